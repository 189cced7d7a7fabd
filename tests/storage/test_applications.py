"""The pipeline's queries (ApplicationRepo), the reminders a card shows and moves (NudgeRepo), and
the users the retention sweep picks (UserRepo), on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from flows.domain import NudgeKind, NudgeState, Stage
from storage.db import make_sessionmaker
from storage.models import Application, Conversation, FollowUp, Interview, Nudge
from storage.nudges import NudgeRepo
from storage.repositories import ApplicationRepo, ConversationRepo, UserRepo

NOW = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)
DAY = dt.timedelta(days=1)
PROFILE: dict[str, Any] = {
    "language": "fr",
    "timezone": "Europe/Paris",
    "country": "FR",
    "nudge_hour": dt.time(9),
}
NEW_APPLICATION: dict[str, Any] = {
    "stage": Stage.APPLIED,
    "archived": False,
    "created_at": NOW,
    "updated_at": NOW,
}
Sessions = async_sessionmaker[AsyncSession]
# A reminder planned beside the others, useful to the end.
BESIDE: dict[str, Any] = {"last_useful_at": None, "now": NOW, "replace": False}


async def add_user(session: AsyncSession, user_id: int, *, seen: dt.datetime = NOW) -> None:
    user = await UserRepo(session).create(user_id, now=NOW, **PROFILE)
    user.last_seen_at = seen


async def add_app(session: AsyncSession, user_id: int, company: str, **fields: Any) -> Application:
    app = Application(user_id=user_id, company=company, **{**NEW_APPLICATION, **fields})
    session.add(app)
    await session.flush()
    return app


async def plan(
    session: AsyncSession, user_id: int, app_id: int | None, due: dt.datetime, kind: NudgeKind
) -> Nudge:
    repo = NudgeRepo(session)
    return await repo.plan(user_id=user_id, application_id=app_id, kind=kind, due_at=due, **BESIDE)


@pytest.fixture
def sessions(engine: AsyncEngine) -> Sessions:
    return make_sessionmaker(engine)


@pytest.fixture
async def ids(sessions: Sessions) -> dict[str, int]:
    """User 1: Acme (2 interviews, a follow-up), Beta (archived), Gamma (changed last); user 2:
    Other. The applications' ids by company."""
    async with sessions() as session, session.begin():
        await add_user(session, 1)
        await add_user(session, 2)
        acme = await add_app(session, 1, "Acme", created_at=NOW - 3 * DAY, updated_at=NOW - 2 * DAY)
        beta = await add_app(session, 1, "Beta", created_at=NOW - 2 * DAY, archived=True)
        gamma = await add_app(session, 1, "Gamma", created_at=NOW - DAY)
        other = await add_app(session, 2, "Other")
        for round_ in (2, 1):
            session.add(
                Interview(
                    application_id=acme.id, round=round_, at=NOW - round_ * DAY, created_at=NOW
                )
            )
        session.add(FollowUp(application_id=acme.id, kind="applied", sent_at=NOW, channel="email"))
        return {"Acme": acme.id, "Beta": beta.id, "Gamma": gamma.id, "Other": other.id}


def count_statements(engine: AsyncEngine) -> list[str]:
    """The SQL statements the engine runs from now on."""
    seen: list[str] = []

    def record(*args: object) -> None:
        seen.append(str(args[2]))

    event.listen(engine.sync_engine, "before_cursor_execute", record)
    return seen


async def test_an_application_with_its_history_only_for_its_user(
    engine: AsyncEngine, sessions: Sessions, ids: dict[str, int]
) -> None:
    async with sessions() as session:
        repo = ApplicationRepo(session)
        app = await repo.with_history(1, ids["Acme"])
        assert app is not None
        assert [i.round for i in app.interviews] == [1, 2]
        assert [f.kind for f in app.follow_ups] == ["applied"]
        assert await repo.with_history(2, ids["Acme"]) is None
        assert await repo.with_history(1, 999_999) is None
    async with sessions() as session:
        statements = count_statements(engine)
        light = await ApplicationRepo(session).with_history(1, ids["Acme"], follow_ups=False)
        assert light is not None
        assert [i.round for i in light.interviews] == [1, 2]
        assert len(statements) == 1  # a dialog step: the interviews joined, no follow-ups


async def test_open_all_and_by_ids_load_the_history_in_their_order(
    engine: AsyncEngine, sessions: Sessions, ids: dict[str, int]
) -> None:
    async with sessions() as session:
        repo = ApplicationRepo(session)
        statements = count_statements(engine)
        opened = await repo.open_of(1)
        assert [a.company for a in opened] == ["Gamma", "Acme"]  # the last changed first
        assert len(statements) == 3  # the applications, their interviews, their follow-ups
        assert [len(a.interviews) for a in opened] == [0, 2]
        assert [a.company for a in await repo.all_of(1)] == ["Acme", "Beta", "Gamma"]
        recent = await repo.all_of(1, recent_first=True)
        assert [a.company for a in recent] == ["Gamma", "Beta", "Acme"]
        found = await repo.by_ids({ids["Acme"], ids["Other"]})
        assert sorted(a.company for a in found.values()) == ["Acme", "Other"]
        assert len(found[ids["Acme"]].follow_ups) == 1
        before = len(statements)
        assert await repo.by_ids(set()) == {}
        assert len(statements) == before
        assert await repo.open_of(3) == []


async def test_deleting_an_application_deletes_its_reminders(
    sessions: Sessions, ids: dict[str, int]
) -> None:
    async with sessions() as session, session.begin():
        await plan(session, 1, ids["Acme"], NOW + DAY, NudgeKind.APPLIED)
        kept = await plan(session, 1, ids["Gamma"], NOW + DAY, NudgeKind.APPLIED)
    async with sessions() as session, session.begin():
        repo = ApplicationRepo(session)
        app = await repo.with_history(1, ids["Acme"])
        assert app is not None
        await repo.delete(app)
    async with sessions() as session:
        assert await ApplicationRepo(session).with_history(1, ids["Acme"]) is None
        assert [n.id for n in await NudgeRepo(session).of_user(1)] == [kept.id]


async def test_the_reminders_of_a_user_by_application_message_and_kind(
    sessions: Sessions, ids: dict[str, int]
) -> None:
    async with sessions() as session, session.begin():
        late = await plan(session, 1, ids["Acme"], NOW + 3 * DAY, NudgeKind.APPLIED)
        soon = await plan(session, 1, ids["Acme"], NOW + DAY, NudgeKind.APPLIED)
        done = await plan(session, 1, ids["Gamma"], NOW, NudgeKind.APPLIED)
        done.state = NudgeState.DONE
        review = await plan(session, 1, None, NOW + 2 * DAY, NudgeKind.STALE_REVIEW)
        theirs = await plan(session, 2, ids["Other"], NOW, NudgeKind.APPLIED)
        for nudge in (late, soon):
            nudge.telegram_message_id = 77
    async with sessions() as session:
        repo = NudgeRepo(session)
        nexts = await repo.next_by_application(1)
        assert {app_id: n.id for app_id, n in nexts.items()} == {ids["Acme"]: soon.id}
        assert [n.id for n in await repo.of_user(1)] == [done.id, soon.id, review.id, late.id]
        assert [n.id for n in await repo.in_message(1, 77)] == [late.id, soon.id]
        assert await repo.in_message(2, 77) == []
        assert await repo.has_open(1, NudgeKind.STALE_REVIEW)
        assert not await repo.has_open(2, NudgeKind.STALE_REVIEW)
        assert sorted(n.id for n in await repo.by_ids({soon.id, theirs.id})) == sorted(
            [soon.id, theirs.id]
        )
    async with sessions() as session, session.begin():
        repo = NudgeRepo(session)
        locked = await repo.get_for_user(1, soon.id, for_update=True)
        assert locked is not None and locked.id == soon.id
        assert await repo.get_for_user(2, soon.id, for_update=True) is None


async def test_rescheduling_a_reminder_clears_its_attempts_and_last_error(
    sessions: Sessions, ids: dict[str, int]
) -> None:
    async with sessions() as session, session.begin():
        nudge = await plan(session, 1, ids["Acme"], NOW, NudgeKind.APPLIED)
        nudge.state = NudgeState.FAILED
        nudge.attempts = 5
        nudge.last_error = "TimedOut"
    later = NOW + 2 * DAY
    async with sessions() as session, session.begin():
        repo = NudgeRepo(session)
        mine = await repo.get_for_user(1, nudge.id)
        assert mine is not None
        repo.reschedule(mine, later, NOW + dt.timedelta(minutes=5))
    async with sessions() as session:
        moved = await NudgeRepo(session).get_for_user(1, nudge.id)
        assert moved is not None
        assert moved.state is NudgeState.PENDING
        assert moved.due_at == later
        assert moved.attempts == 0
        assert moved.last_error is None
        assert moved.updated_at == NOW + dt.timedelta(minutes=5)


async def test_the_users_the_retention_sweep_warns_then_erases(sessions: Sessions) -> None:
    long_ago = NOW - 800 * DAY
    async with sessions() as session, session.begin():
        await add_user(session, 1, seen=long_ago)  # silent, never warned
        await add_user(session, 2, seen=long_ago)  # silent, warned and the warning sent
        await add_user(session, 3)  # active
        await add_user(session, 4, seen=long_ago)  # silent, warned, the warning still pending
        sent = await plan(session, 2, None, long_ago + DAY, NudgeKind.ACCOUNT_EXPIRY)
        sent.created_at = long_ago + DAY
        sent.state = NudgeState.SENT
        pending = await plan(session, 4, None, NOW, NudgeKind.ACCOUNT_EXPIRY)
        pending.created_at = long_ago + DAY
    async with sessions() as session:
        users = UserRepo(session)
        assert [u.id for u in await users.silent_unwarned(NOW - 30 * DAY, 10)] == [1]
        assert await users.warned_and_silent(NOW - 30 * DAY, NOW - 20 * DAY, 10) == [2]
        assert await users.warned_and_silent(NOW - 30 * DAY, long_ago, 10) == []
        assert sorted(await users.by_ids({1, 3, 99})) == [1, 3]


async def test_the_dialogs_quiet_since_a_moment(sessions: Sessions) -> None:
    async with sessions() as session, session.begin():
        for user_id in (1, 2, 3):
            await add_user(session, user_id)
        session.add(Conversation(user_id=1, flow="parts", state="s", updated_at=NOW - DAY))
        session.add(Conversation(user_id=2, flow="parts", state="s", updated_at=NOW))
        session.add(Conversation(user_id=3, flow="new", state="s", updated_at=NOW - DAY))
    async with sessions() as session:
        assert await ConversationRepo(session).quiet_since(
            "parts", NOW - dt.timedelta(hours=1)
        ) == [1]
