"""Nudge rows under the reminder engine: atomic claims, leases, pausing, on SQLite and
PostgreSQL."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections import Counter
from collections.abc import AsyncIterator

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine
from telegram import Bot

from bot.coach.planning import resume_user
from bot.delivery.engine import CONCURRENT_SENDS, ReminderEngine
from bot.services import Services
from bot.settings import Settings
from flows.domain import NudgeKind, NudgeState, Stage
from storage.db import create_engine, make_sessionmaker
from storage.models import Nudge, User
from storage.nudges import NudgeRepo
from storage.repositories import UserRepo
from testkit.fakebot import DEFAULT_TOKEN, FakeBotAPI
from testkit.rows import new_application, paris_user, plan_nudge

# Monday 23 November 2026, 10:00 in Paris: inside working hours.
NOW = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)
LEASE = dt.timedelta(seconds=60)


async def seed(engine: AsyncEngine, users: int, per_user: int = 1, due: dt.datetime = NOW) -> None:
    sessionmaker = make_sessionmaker(engine)
    async with sessionmaker() as session, session.begin():
        for user_id in range(1, users + 1):
            await paris_user(session, user_id, NOW)
            for n in range(per_user):
                company = f"Company {user_id}-{n}"
                applied_at = NOW - dt.timedelta(days=15)
                app = await new_application(
                    session, user_id, company, Stage.APPLIED, NOW, applied_at=applied_at
                )
                await plan_nudge(session, user_id, NudgeKind.APPLIED, due, NOW, app.id)


async def states(engine: AsyncEngine) -> Counter[NudgeState]:
    async with make_sessionmaker(engine)() as session:
        return Counter((await session.execute(select(Nudge.state))).scalars())


async def test_claim_takes_due_pending_nudges_with_a_lease(engine: AsyncEngine) -> None:
    await seed(engine, 3)
    async with make_sessionmaker(engine)() as session, session.begin():
        later = await plan_nudge(session, 1, NudgeKind.CHECK_IN, NOW + dt.timedelta(hours=1), NOW)
    async with make_sessionmaker(engine)() as session, session.begin():
        claimed = await NudgeRepo(session).claim_due(NOW, LEASE, 100)
    assert len(claimed) == 3
    assert later.id not in {n.id for n in claimed}
    assert all(n.state is NudgeState.CLAIMED for n in claimed)
    assert all(n.attempts == 1 and n.lease_until == NOW + LEASE for n in claimed)
    async with make_sessionmaker(engine)() as session, session.begin():
        assert await NudgeRepo(session).claim_due(NOW, LEASE, 100) == []


async def test_an_expired_lease_makes_the_nudge_due_again(engine: AsyncEngine) -> None:
    await seed(engine, 1)
    sessionmaker = make_sessionmaker(engine)
    async with sessionmaker() as session, session.begin():
        assert len(await NudgeRepo(session).claim_due(NOW, LEASE, 10)) == 1
    # The reminder engine died: nothing recorded. Within the lease nobody takes it...
    async with sessionmaker() as session, session.begin():
        assert await NudgeRepo(session).claim_due(NOW + LEASE / 2, LEASE, 10) == []
    # ...after it, it is claimed again, one more attempt counted.
    async with sessionmaker() as session, session.begin():
        again = await NudgeRepo(session).claim_due(NOW + LEASE * 2, LEASE, 10)
    assert [n.attempts for n in again] == [2]


async def test_concurrent_claims_never_take_a_row_twice(database_url: str) -> None:
    engines = [create_engine(database_url) for _ in range(2)]
    from storage.db import upgrade_to_head

    await upgrade_to_head(engines[0])
    await seed(engines[0], 200)

    async def claimer(engine: AsyncEngine) -> list[int]:
        taken: list[int] = []
        sessionmaker = make_sessionmaker(engine)
        while True:
            async with sessionmaker() as session, session.begin():
                batch = await NudgeRepo(session).claim_due(NOW, LEASE, 7)
            if not batch:
                return taken
            taken.extend(n.id for n in batch)

    try:
        first, second = await asyncio.gather(*(claimer(e) for e in engines))
    finally:
        for e in engines:
            await e.dispose()
    assert len(first) + len(second) == 200
    assert not set(first) & set(second)


async def test_paused_and_blocked_users_are_not_claimed(engine: AsyncEngine) -> None:
    await seed(engine, 3)
    sessionmaker = make_sessionmaker(engine)
    async with sessionmaker() as session, session.begin():
        user1 = await UserRepo(session).get(1)
        assert user1 is not None
        user1.paused_all = True
        await NudgeRepo(session).pause_user(2, NOW, "forbidden")
    async with sessionmaker() as session, session.begin():
        claimed = await NudgeRepo(session).claim_due(NOW, LEASE, 10)
    assert [n.user_id for n in claimed] == [3]
    assert (await states(engine))[NudgeState.PAUSED] == 1
    async with sessionmaker() as session, session.begin():
        user2 = await UserRepo(session).get(2)
        assert user2 is not None
        assert await resume_user(session, user2, NOW) == 1
    async with sessionmaker() as session, session.begin():
        claimed = await NudgeRepo(session).claim_due(NOW, LEASE, 10)
    assert [n.user_id for n in claimed] == [2]


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI(DEFAULT_TOKEN) as server:
        yield server


def reminder_engine_on(engine: AsyncEngine, fake: FakeBotAPI, **settings: object) -> ReminderEngine:
    values: dict[str, object] = {"telegram_bot_token": fake.token, "send_rate_per_s": 1000}
    values.update(settings)
    services = Services(settings=Settings(_env_file=None, **values))  # type: ignore[call-arg]
    services.engine = engine
    services.sessionmaker = make_sessionmaker(engine)
    return ReminderEngine(services, Bot(fake.token, base_url=fake.bot_base_url), batch=25)


def sends_per_chat(fake: FakeBotAPI) -> Counter[int]:
    return Counter(m.chat_id for m in fake.sent)


async def test_two_reminder_engines_on_one_database_send_each_nudge_once(
    database_url: str, fake: FakeBotAPI
) -> None:
    engines = [create_engine(database_url) for _ in range(2)]
    from storage.db import upgrade_to_head

    await upgrade_to_head(engines[0])
    await seed(engines[0], 120)
    reminder_engines = [reminder_engine_on(e, fake) for e in engines]
    bots = [d.bot for d in reminder_engines]
    try:
        for bot in bots:
            await bot.initialize()
        for _ in range(10):
            reports = await asyncio.gather(*(d.tick(NOW) for d in reminder_engines))
            if not any(r.claimed for r in reports):
                break
        assert (await states(engines[0]))[NudgeState.SENT] == 120
    finally:
        for bot in bots:
            await bot.shutdown()
        for e in engines:
            await e.dispose()
    per_chat = sends_per_chat(fake)
    assert len(per_chat) == 120
    assert set(per_chat.values()) == {1}


async def test_a_crash_between_claim_and_record_resends_after_the_lease(
    engine: AsyncEngine, fake: FakeBotAPI
) -> None:
    await seed(engine, 5)
    async with make_sessionmaker(engine)() as session, session.begin():
        await NudgeRepo(session).claim_due(NOW, LEASE, 2)  # a process claims two, then dies
    reminders = reminder_engine_on(engine, fake)
    async with reminders.bot:
        first = await reminders.tick(NOW + dt.timedelta(seconds=1))
        assert first.sent == 3
        second = await reminders.tick(NOW + LEASE + dt.timedelta(seconds=1))
        assert second.sent == 2
    assert (await states(engine)) == Counter({NudgeState.SENT: 5})
    assert set(sends_per_chat(fake)) == {1, 2, 3, 4, 5}


async def test_several_nudges_of_one_user_go_out_as_one_message(
    engine: AsyncEngine, fake: FakeBotAPI
) -> None:
    await seed(engine, 2, per_user=3)
    reminders = reminder_engine_on(engine, fake)
    async with reminders.bot:
        report = await reminders.tick(NOW)
    assert report.sent == 6 and report.messages == 2
    assert sends_per_chat(fake) == Counter({1: 1, 2: 1})
    message = fake.last_message(1)
    assert len(message.inline_keyboard) == 3
    assert all(f"Company 1-{n}" in message.plain_text for n in range(3))
    assert not fake.refused


async def test_network_errors_back_off_then_fail_after_max_attempts(
    engine: AsyncEngine, fake: FakeBotAPI
) -> None:
    await seed(engine, 1)
    reminders = reminder_engine_on(engine, fake, nudge_max_attempts=3)
    now = NOW
    async with reminders.bot:
        fake.fail_chat(1, 502, "Bad Gateway")
        for _ in range(3):
            await reminders.tick(now)
            now += dt.timedelta(hours=1)
    async with make_sessionmaker(engine)() as session:
        nudge = (await session.execute(select(Nudge))).scalar_one()
    assert nudge.state is NudgeState.FAILED
    assert nudge.attempts == 3
    assert nudge.last_error and "Bad Gateway" in nudge.last_error


async def test_a_blocked_user_pauses_their_nudges_and_deletes_nothing(
    engine: AsyncEngine, fake: FakeBotAPI
) -> None:
    await seed(engine, 2, per_user=2)
    async with make_sessionmaker(engine)() as session, session.begin():
        await plan_nudge(session, 1, NudgeKind.CHECK_IN, NOW + dt.timedelta(days=2), NOW)
    fake.fail_chat(1, 403, "Forbidden: bot was blocked by the user")
    reminders = reminder_engine_on(engine, fake)
    async with reminders.bot:
        report = await reminders.tick(NOW)
        assert report.paused == 1
        again = await reminders.tick(NOW + dt.timedelta(days=3))
        assert again.claimed == 0  # nothing more is tried for that user
    async with make_sessionmaker(engine)() as session:
        user = await session.get(User, 1)
        rows = list((await session.execute(select(Nudge).where(Nudge.user_id == 1))).scalars())
    assert user is not None and user.blocked
    assert [n.state for n in rows] == [NudgeState.PAUSED] * 3
    assert sends_per_chat(fake) == Counter({2: 1})


async def test_only_the_holder_of_a_claim_records_it(engine: AsyncEngine) -> None:
    await seed(engine, 1)
    sessionmaker = make_sessionmaker(engine)
    async with sessionmaker() as session, session.begin():
        [first] = await NudgeRepo(session).claim_due(NOW, LEASE, 10)
    later = NOW + LEASE * 2  # the first claim ran out; another process takes it
    async with sessionmaker() as session, session.begin():
        [second] = await NudgeRepo(session).claim_due(later, LEASE, 10)
    async with sessionmaker() as session, session.begin():
        await NudgeRepo(session).mark_sent([first.id], later, 1, lease_until=first.lease_until)
    async with sessionmaker() as session:
        row = await session.get(Nudge, first.id)
        assert row is not None and row.state is NudgeState.CLAIMED  # not the first's to record
    async with sessionmaker() as session, session.begin():
        await NudgeRepo(session).mark_sent([second.id], later, 2, lease_until=second.lease_until)
    async with sessionmaker() as session:
        row = await session.get(Nudge, first.id)
        assert row is not None and (row.state, row.telegram_message_id) == (NudgeState.SENT, 2)


async def test_a_batch_fits_in_half_a_lease_at_the_send_rate(fake: FakeBotAPI) -> None:
    engine = create_engine("sqlite+aiosqlite:///:memory:")
    try:
        slow = reminder_engine_on(engine, fake, send_rate_per_s=2, nudge_lease_s=60)
        slow.batch = 200
        assert slow._batch_size() == 60
        fast = reminder_engine_on(engine, fake, send_rate_per_s=1000, nudge_lease_s=60)
        fast.batch = 200
        assert fast._batch_size() == 200
    finally:
        await engine.dispose()


async def test_sends_the_database_could_not_record_are_recorded_later_not_sent_again(
    engine: AsyncEngine, fake: FakeBotAPI, monkeypatch: pytest.MonkeyPatch
) -> None:
    await seed(engine, 60)
    reminders = reminder_engine_on(engine, fake)
    outage = {"on": True}

    def failing(real):  # type: ignore[no-untyped-def]
        async def write(self, *args, **kwargs):  # type: ignore[no-untyped-def]
            if outage["on"]:
                from sqlalchemy.exc import OperationalError

                raise OperationalError("UPDATE nudges", {}, Exception("database is locked"))
            return await real(self, *args, **kwargs)

        return write

    # Both ways a send is recorded: one at a time, and a group at once.
    monkeypatch.setattr(NudgeRepo, "mark_sent", failing(NudgeRepo.mark_sent))
    monkeypatch.setattr(NudgeRepo, "mark_sent_each", failing(NudgeRepo.mark_sent_each))
    async with reminders.bot:
        await reminders.tick(NOW)
        # Once a send could not be recorded, the rest of the batch was held back: only the
        # sends already in flight went out.
        in_flight = len(fake.sent)
        assert in_flight <= CONCURRENT_SENDS
        await reminders.tick(NOW + dt.timedelta(seconds=5))  # still down: nothing claimed
        assert len(fake.sent) == in_flight
        outage["on"] = False
        for _ in range(5):
            await reminders.tick(NOW + LEASE * 2)
    assert (await states(engine)) == Counter({NudgeState.SENT: 60})
    assert set(sends_per_chat(fake).values()) == {1}  # none sent twice


async def test_sends_recorded_together_each_keep_their_own_message(
    engine: AsyncEngine, fake: FakeBotAPI
) -> None:
    # Sends that come back together are recorded in one statement: each nudge still gets the
    # Telegram message that carried it, and a claim another process took over is not touched.
    await seed(engine, 40)
    reminders = reminder_engine_on(engine, fake)
    async with reminders.bot:
        sent = (await reminders.tick(NOW)).sent + (await reminders.tick(NOW)).sent
    assert sent == 40
    message_of_chat = {m.chat_id: m.message_id for m in fake.sent}
    async with make_sessionmaker(engine)() as session:
        rows = list((await session.execute(select(Nudge))).scalars())
    assert len(message_of_chat) == 40
    for row in rows:
        assert row.state is NudgeState.SENT
        assert row.telegram_message_id == message_of_chat[row.user_id]
        assert row.sent_at is not None and row.lease_until is None


async def test_a_group_record_leaves_a_claim_taken_over_to_its_new_holder(
    engine: AsyncEngine,
) -> None:
    await seed(engine, 2)
    sessionmaker = make_sessionmaker(engine)
    async with sessionmaker() as session, session.begin():
        first, second = await NudgeRepo(session).claim_due(NOW, LEASE, 10)
    later = NOW + LEASE * 2
    async with sessionmaker() as session, session.begin():
        [retaken] = await NudgeRepo(session).claim_due(later, LEASE, 1)  # one claim ran out
    assert retaken.id == first.id
    async with sessionmaker() as session, session.begin():
        await NudgeRepo(session).mark_sent_each(
            [(first.id, 7, first.lease_until), (second.id, 8, second.lease_until)], later
        )
    async with sessionmaker() as session:
        rows = {n.id: n for n in (await session.execute(select(Nudge))).scalars()}
    assert (rows[first.id].state, rows[first.id].telegram_message_id) == (NudgeState.CLAIMED, None)
    assert (rows[second.id].state, rows[second.id].telegram_message_id) == (NudgeState.SENT, 8)


async def test_a_new_plan_stops_the_open_one_of_its_kind_also_in_the_session(
    engine: AsyncEngine,
) -> None:
    await seed(engine, 1)
    later = NOW + dt.timedelta(days=3)
    async with make_sessionmaker(engine)() as session, session.begin():
        held = (await NudgeRepo(session).pending_of(1))[0]
        assert held.kind is NudgeKind.APPLIED and held.application_id is not None
        other = await plan_nudge(session, 1, NudgeKind.CHECK_IN, later, NOW, held.application_id)
        new = await plan_nudge(session, 1, NudgeKind.APPLIED, later, NOW, held.application_id)
        # The object this session held sees the change, as the table does.
        assert held.state is NudgeState.STOPPED and held.updated_at == NOW
        assert new.state is NudgeState.PENDING and new.due_at == later and new.attempts == 0
        assert new.id != held.id and other.state is NudgeState.PENDING
        assert await session.get(Nudge, new.id) is new
    async with make_sessionmaker(engine)() as session:
        rows = {n.id: n.state for n in (await session.execute(select(Nudge))).scalars()}
    assert rows == {
        held.id: NudgeState.STOPPED,
        other.id: NudgeState.PENDING,
        new.id: NudgeState.PENDING,
    }
