"""Production: webhook replicas on one PostgreSQL behind a proxy, /healthz, repeated updates,
and a graceful stop that leaves no nudge claimed."""

from __future__ import annotations

import asyncio
import datetime as dt
import itertools
from collections import Counter
from collections.abc import AsyncIterator, Iterable

import aiohttp
import pytest
from aiohttp import web
from sqlalchemy import func, select

from bot.telegram import runner
from bot.telegram.webhook import SECRET_HEADER
from flows.domain import NudgeKind, NudgeState, Stage
from storage.db import create_engine
from storage.models import Application, Nudge, User
from testkit.fakebot import FakeBotAPI
from testkit.harness import WEBHOOK_SECRET, Client, Relance, TestClock, free_port
from testkit.rows import paris_user, plan_nudge

PARIS = dt.timezone(dt.timedelta(hours=1))
MONDAY = dt.datetime(2026, 11, 23, 10, 0, tzinfo=PARIS)


class Proxy:
    """A reverse proxy that hands Telegram's deliveries to the bot processes in turn."""

    def __init__(self, targets: list[str]) -> None:
        self.targets = itertools.cycle(targets)
        self.port = free_port()
        self.http: aiohttp.ClientSession | None = None
        self.runner: web.AppRunner | None = None

    async def forward(self, request: web.Request) -> web.Response:
        assert self.http is not None
        body = await request.read()
        headers = {
            SECRET_HEADER: request.headers.get(SECRET_HEADER, ""),
            "Content-Type": "application/json",
        }
        async with self.http.post(next(self.targets), data=body, headers=headers) as response:
            return web.Response(status=response.status, text=await response.text())

    async def __aenter__(self) -> Proxy:
        self.http = aiohttp.ClientSession()
        app = web.Application()
        app.router.add_post("/telegram", self.forward)
        self.runner = web.AppRunner(app)
        await self.runner.setup()
        await web.TCPSite(self.runner, "127.0.0.1", self.port).start()
        return self

    async def __aexit__(self, *_: object) -> None:
        assert self.runner is not None and self.http is not None
        await self.runner.cleanup()
        await self.http.close()


@pytest.fixture
async def postgres_url(database_url: str) -> str:
    if not database_url.startswith("postgresql"):
        pytest.skip("several bot processes share a PostgreSQL database")
    return database_url


@pytest.fixture
async def replicas(
    fake: FakeBotAPI, postgres_url: str, clock: TestClock
) -> AsyncIterator[tuple[Relance, Relance]]:
    """Two bot processes in webhook mode on one PostgreSQL, behind one proxy."""
    first = Relance(fake=fake, database_url=postgres_url, mode="webhook", clock=clock)
    second = Relance(
        fake=fake,
        database_url=postgres_url,
        mode="webhook",
        clock=clock,
        _processed=first._processed,
    )
    await first.start()
    await second.start()
    targets = [f"http://127.0.0.1:{r.webhook_port}/telegram" for r in (first, second)]
    async with Proxy(targets) as proxy:
        assert first.application is not None
        await first.application.bot.set_webhook(
            f"http://127.0.0.1:{proxy.port}/telegram", secret_token=WEBHOOK_SECRET
        )
        try:
            yield first, second
        finally:
            await second.stop()
            await first.stop()


async def after_interview(client: Client, company: str) -> None:
    await client.send("/start")
    await client.click("France")
    await client.send("/new")
    await client.send(company)
    await client.send("Analyste")
    await client.clicks("Passer", "Passer", "Entretien passé", "Hier", "Start-up", "Urgent", "Non")
    await client.send("le produit et l'équipe")


async def test_dialogs_split_across_two_processes_end_as_if_one_served_them(
    replicas: tuple[Relance, Relance],
) -> None:
    first, _ = replicas
    first.clock.now = MONDAY
    clients = [await first.user(first_name=f"U{n}") for n in range(20)]
    await asyncio.gather(*(after_interview(c, f"Company {n}") for n, c in enumerate(clients)))
    for client in clients:
        assert "Relancez le mardi 24 novembre à 12:00." in client.last.plain_text  # I2: 48 h
    async with first.services().session() as session:
        apps = list((await session.execute(select(Application))).scalars())
        nudges = list((await session.execute(select(Nudge))).scalars())
    assert len(apps) == 20 and {a.stage for a in apps} == {Stage.WAITING}
    assert Counter(n.user_id for n in nudges) == Counter({c.id: 1 for c in clients})


async def test_the_same_button_pressed_on_both_processes_at_once_counts_once(
    replicas: tuple[Relance, Relance],
) -> None:
    first, _ = replicas
    first.clock.now = MONDAY
    alice = await first.user()
    await alice.send("/start")
    question = alice.last_with_buttons()
    data = alice.button_data(question, "Suisse")
    ids = [alice.fake.push_callback(alice.user, question, data) for _ in range(5)]
    await asyncio.gather(*(first.processed(i) for i in ids))
    async with first.services().session() as session:
        user = await session.get(User, alice.id)
    assert user is not None and user.country == "CH"
    confirmations = [m for m in alice.messages() if "C'est noté" in (m.plain_text or "")]
    assert len(confirmations) == 1


async def users_with_a_due_check_in(relance: Relance, user_ids: Iterable[int]) -> None:
    """These users, each with a check-in nudge due on Monday morning."""
    async with relance.services().session() as session, session.begin():
        for user_id in user_ids:
            await paris_user(session, user_id, MONDAY)
            await plan_nudge(session, user_id, NudgeKind.CHECK_IN, MONDAY, MONDAY)


async def test_due_nudges_are_each_sent_once_by_two_reminder_engines(
    replicas: tuple[Relance, Relance],
) -> None:
    first, second = replicas
    first.clock.now = MONDAY
    await users_with_a_due_check_in(first, range(1, 61))
    for _ in range(5):
        await asyncio.gather(first.tick(), second.tick())
    per_chat = Counter(m.chat_id for m in first.fake.sent if m.chat_id <= 60)
    assert per_chat == Counter({user_id: 1 for user_id in range(1, 61)})


async def test_a_repeated_update_is_processed_once(relance_any_mode: Relance) -> None:
    relance = relance_any_mode
    alice = await relance.user()
    update_id = relance.fake.push_message(alice.user, "/start")
    await relance.processed(update_id)
    before = len(alice.messages())
    update = {
        "update_id": update_id,
        "message": {
            "message_id": 99,
            "date": 0,
            "text": "/forget",
            "entities": [{"type": "bot_command", "offset": 0, "length": 7}],
            "chat": {"id": alice.id, "type": "private", "first_name": "Alice"},
            "from": {"id": alice.id, "is_bot": False, "first_name": "Alice"},
        },
    }
    relance._processed.pop(update_id)
    if relance.mode == "webhook":
        url = f"http://127.0.0.1:{relance.webhook_port}/telegram"
        headers = {SECRET_HEADER: WEBHOOK_SECRET}
        async with (
            aiohttp.ClientSession() as http,
            http.post(url, json=update, headers=headers) as response,
        ):
            assert response.status == 200
    else:
        relance.fake.push_raw({**update, "update_id": update_id + 1000})
        update_id += 1000
        relance._processed.pop(update_id, None)
        await relance.processed(update_id)
        assert len(alice.messages()) == before + 1  # a different id is handled
        return
    await relance.processed(update_id)
    assert len(alice.messages()) == before


async def test_healthz_checks_the_database(relance_any_mode: Relance) -> None:
    relance = relance_any_mode
    if relance.mode != "webhook":
        return
    url = f"http://127.0.0.1:{relance.webhook_port}/healthz"
    async with aiohttp.ClientSession() as http:
        async with http.get(url) as response:
            assert response.status == 200
        services = relance.services()
        healthy = services.engine
        services.engine = create_engine("postgresql+asyncpg://nobody@127.0.0.1:1/none")
        try:
            async with http.get(url) as response:
                assert response.status == 503
        finally:
            await services.engine.dispose()
            services.engine = healthy


async def test_a_stop_during_a_send_leaves_no_nudge_claimed(relance: Relance) -> None:
    relance.clock.now = MONDAY
    await users_with_a_due_check_in(relance, (1, 2, 3))
    relance.fake.delay("sendMessage", 30)
    tick = asyncio.create_task(relance.tick())
    await relance.fake.wait_until(lambda: relance.fake.in_flight > 0, what="a send held open")
    services = relance.services()
    engine = create_engine(relance.database_url)
    await relance.stop()
    await asyncio.wait([tick])
    relance.fake.clear_failures()
    async with engine.connect() as connection:
        rows = (
            await connection.execute(select(Nudge.state, func.count()).group_by(Nudge.state))
        ).all()
    await engine.dispose()
    assert dict(rows) == {NudgeState.PENDING: 3}
    assert services.engine is None  # the stop closed the database too


async def test_a_second_poller_gets_409_and_stops_with_one_log_line(
    fake: FakeBotAPI, database_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    from bot.settings import Settings

    settings = Settings(  # type: ignore[call-arg]
        _env_file=None,
        telegram_bot_token=fake.token,
        telegram_api_base_url=fake.base_url,
        database_url=database_url,
        dispatch_interval_s=3600,
    )
    fake.fail_next("getUpdates", 409, "Conflict: terminated by other getUpdates request", times=3)
    status = await asyncio.wait_for(runner.serve(settings), 30)
    assert status == runner.EXIT_CONFLICT
    conflict_lines = [r for r in caplog.records if "409 Conflict" in r.getMessage()]
    assert len(conflict_lines) == 1
