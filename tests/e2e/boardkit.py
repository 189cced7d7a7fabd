"""What the board's tests share: a bot with the board on a port, init data signed for a user,
applications made through the chat, and the rows behind them."""

from __future__ import annotations

import io
import logging
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from typing import Any

import aiohttp
from sqlalchemy import event, select

from bot.logs import QUIET_LIBRARIES, configure_logging
from bot.webapp.auth import sign_init_data
from storage.models import Application, Nudge
from testkit.fakebot import FakeBotAPI
from testkit.harness import Client, Relance, TestClock, free_port
from testkit.rows import onboarded as onboarded_user


async def running_board(
    fake: FakeBotAPI, database_url: str, clock: TestClock, mode: str = "polling", **overrides: Any
) -> AsyncIterator[Relance]:
    relance = Relance(fake=fake, database_url=database_url, mode=mode, clock=clock)
    port = free_port()
    await relance.start(webapp_port=port, **overrides)
    relance.board_port = port  # type: ignore[attr-defined]
    try:
        yield relance
    finally:
        await relance.stop()


async def relance_with_board(
    fake: FakeBotAPI, database_url: str, clock: TestClock
) -> AsyncIterator[Relance]:
    """Relance polling, with the board on WEBAPP_PORT, on SQLite and on PostgreSQL: the board
    tests' `relance` fixture."""
    async for running in running_board(fake, database_url, clock):
        yield running


def board_url(relance: Relance) -> str:
    if relance.mode == "webhook":
        return f"http://127.0.0.1:{relance.webhook_port}"
    port = relance.board_port  # type: ignore[attr-defined]
    return f"http://127.0.0.1:{port}"


def init_data_for(relance: Relance, client: Client, **kwargs: Any) -> str:
    return sign_init_data(
        relance.fake.token,
        client.id,
        kwargs.pop("now", relance.clock()),
        first_name=client.user.first_name,
        language_code=client.user.language_code,
        **kwargs,
    )


async def onboarded(relance: Relance, language_code: str = "fr", name: str = "Alice") -> Client:
    return await onboarded_user(relance, first_name=name, language_code=language_code)


async def add_applied(client: Client, company: str, role: str = "Data analyst") -> None:
    """An application sent today, made through the chat as a user would."""
    await client.send("/new")
    await client.send(company)
    await client.send(role)
    await client.click("Passer")  # recruiter
    await client.click("Passer")  # contact
    await client.click("J'ai postulé")
    await client.click("Aujourd'hui")


async def add_scheduled(client: Client, company: str, when: str = "jeudi 14h") -> None:
    """An application with an interview coming, made through the chat."""
    await client.send("/new")
    await client.send(company)
    await client.send("Product manager")
    await client.click("Passer")
    await client.click("Passer")
    await client.click("Un entretien est prévu")
    await client.send(when)


async def application(relance: Relance, user_id: int, company: str) -> Application:
    async with relance.services().session() as session:
        statement = select(Application).where(
            Application.user_id == user_id, Application.company == company
        )
        return (await session.execute(statement)).scalar_one()


async def nudges_of(relance: Relance, app_id: int) -> list[Nudge]:
    async with relance.services().session() as session:
        statement = select(Nudge).where(Nudge.application_id == app_id).order_by(Nudge.id)
        return list((await session.execute(statement)).scalars())


def board_of(relance: Relance, http: aiohttp.ClientSession, client: Client) -> BoardClient:
    """The board's API as this client's page calls it."""
    return BoardClient(http, board_url(relance), init_data_for(relance, client))


async def alice_with_a_card(
    relance: Relance, http: aiohttp.ClientSession, company: str = "Acme", *, scheduled: bool = False
) -> tuple[Client, BoardClient, dict[str, Any]]:
    """Alice, who applied to `company` today through the chat (or has an interview there on
    Thursday, if `scheduled`): her board and the company's card on it."""
    alice = await onboarded(relance)
    await (add_scheduled if scheduled else add_applied)(alice, company)
    board = board_of(relance, http, alice)
    return alice, board, await board.card(company)


@contextmanager
def database_fails_on(relance: Relance, statement_start: str) -> Iterator[None]:
    """Within the block, every statement that starts with `statement_start` (upper case) fails
    with the driver's own error, as when the database goes away."""
    engine = relance.services().engine
    assert engine is not None

    def fail(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().upper().startswith(statement_start):
            raise engine.dialect.loaded_dbapi.OperationalError("the database went away")

    event.listen(engine.sync_engine, "before_cursor_execute", fail)
    try:
        yield
    finally:
        event.remove(engine.sync_engine, "before_cursor_execute", fail)


@contextmanager
def json_logs(relance: Relance, level: str) -> Iterator[io.StringIO]:
    """Within the block, the logs as production writes them (JSON, the token masked), into the
    stream yielded; then the logging as it was."""
    stream = io.StringIO()
    root = logging.getLogger()
    saved = (root.handlers[:], root.level)
    levels = {name: logging.getLogger(name).level for name in QUIET_LIBRARIES}
    configure_logging(level, "json", [relance.fake.token], stream=stream)
    try:
        yield stream
    finally:
        root.handlers[:], root.level = saved
        for name, level_before in levels.items():
            logging.getLogger(name).setLevel(level_before)


class BoardClient:
    """The board's API as the page calls it, for one user's init data."""

    def __init__(self, http: aiohttp.ClientSession, base: str, init_data: str | None) -> None:
        self.http = http
        self.base = base
        self.init_data = init_data

    def _headers(self) -> dict[str, str]:
        return {"Authorization": f"tma {self.init_data}"} if self.init_data is not None else {}

    async def get(self, path: str) -> tuple[int, Any]:
        async with self.http.get(self.base + "/app/api" + path, headers=self._headers()) as r:
            return r.status, await r.json()

    async def post(self, path: str, body: Any) -> tuple[int, Any]:
        async with self.http.post(
            self.base + "/app/api" + path, json=body, headers=self._headers()
        ) as r:
            return r.status, await r.json()

    async def card(self, company: str) -> dict[str, Any]:
        status, board = await self.get("/board")
        assert status == 200, board
        return next(c for c in board["cards"] if c["company"] == company)

    async def move(self, card: dict[str, Any], stage: str) -> tuple[int, Any]:
        body = {"stage": stage, "version": card["version"]}
        return await self.post(f"/applications/{card['id']}/move", body)

    async def act(self, card: dict[str, Any], action: str, **extra: Any) -> tuple[int, Any]:
        body = {"action": action, "version": card["version"], **extra}
        return await self.post(f"/applications/{card['id']}/action", body)
