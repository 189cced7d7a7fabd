"""Rows written straight into the database, as the dialogs would leave them, for tests and bench
(a user of Paris, an application with its interview and its plan, a pending nudge), and read back
(a user's nudges and applications). `onboarded` is a user who went through /start."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.coach.planning import load_application, plan_for, schedule_interview, schedule_plan
from flows.domain import NudgeKind, NudgeState, Stage
from storage.models import Application, Interview, Nudge, User
from storage.nudges import NudgeRepo
from storage.repositories import UserRepo
from testkit.harness import Client, Relance

# The profile a French user leaves after /start: Paris, France, nudges at 09:00.
PARIS_PROFILE: dict[str, Any] = {
    "language": "fr",
    "timezone": "Europe/Paris",
    "country": "FR",
    "nudge_hour": dt.time(9),
}


async def paris_user(session: AsyncSession, user_id: int, now: dt.datetime) -> User:
    """A user of Paris, created as /start creates one."""
    return await UserRepo(session).create(user_id, **PARIS_PROFILE, now=now)


async def plan_nudge(
    session: AsyncSession,
    user_id: int,
    kind: NudgeKind,
    due_at: dt.datetime,
    now: dt.datetime,
    application_id: int | None = None,
) -> Nudge:
    """A pending nudge with no last useful date."""
    nudge: dict[str, Any] = {"user_id": user_id, "application_id": application_id, "kind": kind}
    return await NudgeRepo(session).plan(**nudge, due_at=due_at, last_useful_at=None, now=now)


async def new_application(
    session: AsyncSession,
    user_id: int,
    company: str,
    stage: Stage,
    now: dt.datetime,
    **fields: Any,
) -> Application:
    """An application row, not archived, created now; flushed, so it has its id."""
    app = Application(user_id=user_id, company=company, stage=stage, archived=False, **fields)
    app.created_at = app.updated_at = now
    session.add(app)
    await session.flush()
    return app


async def planned_application(
    relance: Relance,
    user_id: int,
    company: str,
    stage: Stage,
    *,
    applied_ago: dt.timedelta = dt.timedelta(0),
    interview_at: dt.datetime | None = None,
    interview_ago: dt.timedelta | None = None,
    interview_notes: str | None = None,
    interview_in: dt.timedelta | None = None,
    **fields: Any,
) -> int:
    """An application as a dialog leaves it, sent `applied_ago` before the clock's now: with the
    interview done at `interview_at` (or `interview_ago` before now), if any, then with its
    interview in `interview_in` scheduled, or else its plan if it is waiting or applied."""
    now = relance.clock()
    if interview_at is None and interview_ago is not None:
        interview_at = now - interview_ago
    async with relance.services().session() as session, session.begin():
        user = await session.get(User, user_id)
        assert user is not None
        app = await new_application(
            session, user_id, company, stage, now, applied_at=now - applied_ago, **fields
        )
        if interview_at is not None:
            done = Interview(application_id=app.id, round=1, at=interview_at, created_at=now)
            done.notes = interview_notes
            session.add(done)
            await session.flush()
        loaded = await load_application(session, user_id, app.id)
        assert loaded is not None
        if interview_in is not None:
            interview = Interview(
                application_id=app.id, round=1, at=now + interview_in, created_at=now
            )
            session.add(interview)
            await session.flush()
            await schedule_interview(session, user, loaded, interview, now)
        elif stage in (Stage.WAITING, Stage.APPLIED):
            await schedule_plan(session, user, loaded, plan_for(loaded, user, now), now)
        return app.id


def pending_nudge_row(
    user_id: int,
    application_id: int | None,
    kind: NudgeKind,
    due_at: dt.datetime,
    created_at: dt.datetime,
    last_useful_at: dt.datetime | None = None,
) -> dict[str, Any]:
    """The columns of a pending nudge, never tried, for a bulk insert."""
    return {
        "user_id": user_id,
        "application_id": application_id,
        "kind": kind,
        "due_at": due_at,
        "last_useful_at": last_useful_at,
        "state": NudgeState.PENDING,
        "attempts": 0,
        "lease_until": None,
        "sent_at": None,
        "telegram_message_id": None,
        "last_error": None,
        "created_at": created_at,
        "updated_at": created_at,
    }


async def onboarded(relance: Relance, **user: Any) -> Client:
    """A new user (`Relance.user`'s arguments) who answered /start: in France."""
    client = await relance.user(**user)
    await client.send("/start")
    await client.click("France")
    return client


async def nudges_of(relance: Relance, user_id: int) -> list[Nudge]:
    """The user's nudges, in the order they were planned."""
    async with relance.services().session() as session:
        statement = select(Nudge).where(Nudge.user_id == user_id).order_by(Nudge.id)
        return list((await session.execute(statement)).scalars())


async def applications_of(relance: Relance, user_id: int) -> list[Application]:
    """The user's applications."""
    async with relance.services().session() as session:
        statement = select(Application).where(Application.user_id == user_id)
        return list((await session.execute(statement)).scalars())
