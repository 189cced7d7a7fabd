"""Rows counted, for the benchmarks and the operators' checks: reminders by state, open
reminders, users and applications. Each takes a session or a plain connection."""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from flows.domain import NudgeKind, NudgeState
from storage.models import Application, Nudge, User
from storage.nudges import OPEN_STATES

Database = AsyncSession | AsyncConnection


async def nudges_by_state(
    db: Database, *, kind: NudgeKind | None = None, user_ids: Collection[int] | None = None
) -> dict[str, int]:
    """Reminders by state (of one kind, of some users, or all), states without any left out."""
    statement = select(Nudge.state, func.count()).group_by(Nudge.state)
    if kind is not None:
        statement = statement.where(Nudge.kind == kind)
    if user_ids is not None:
        statement = statement.where(Nudge.user_id.in_(user_ids))
    rows = (await db.execute(statement)).all()
    return {NudgeState(state).value: int(count) for state, count in rows}


async def open_nudges(db: Database) -> int:
    """Reminders still pending or claimed."""
    statement = select(func.count()).select_from(Nudge).where(Nudge.state.in_(OPEN_STATES))
    return int((await db.execute(statement)).scalar_one())


async def users(
    db: Database, *, ids: Collection[int] | None = None, blocked: bool | None = None
) -> int:
    """Users (among `ids`, and with that `blocked` flag, when given)."""
    statement = select(func.count()).select_from(User)
    if ids is not None:
        statement = statement.where(User.id.in_(ids))
    if blocked is not None:
        statement = statement.where(User.blocked.is_(blocked))
    return int((await db.execute(statement)).scalar_one())


async def applications_of(db: Database, user_ids: Collection[int]) -> int:
    """The applications of these users."""
    statement = select(func.count()).select_from(Application)
    statement = statement.where(Application.user_id.in_(user_ids))
    return int((await db.execute(statement)).scalar_one())
