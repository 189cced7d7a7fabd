"""What the board's tests share: a bot with the board on a port, init data signed for a user,
applications made through the chat, and the rows behind them."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import aiohttp
from sqlalchemy import select

from bot.webapp.auth import sign_init_data
from storage.models import Application, Nudge
from testkit.fakebot import FakeBotAPI
from testkit.harness import Client, Relance, TestClock, free_port


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
    client = await relance.user(first_name=name, language_code=language_code)
    await client.send("/start")
    await client.click("France")
    return client


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
