"""UserRepo.seen: one upsert that returns the user, loaded as the session's own instance."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.db import make_sessionmaker
from storage.models import User
from storage.repositories import UserRepo
from testkit.rows import PARIS_PROFILE

NOW = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)


async def seen(repo: UserRepo, user_id: int, now: dt.datetime) -> User:
    return await repo.seen(user_id, **PARIS_PROFILE, now=now)


async def test_seen_creates_then_returns_the_stored_row(engine: AsyncEngine) -> None:
    sessionmaker = make_sessionmaker(engine)
    async with sessionmaker() as session, session.begin():
        user = await seen(UserRepo(session), 7, NOW)
        assert (user.id, user.language, user.onboarded, user.last_seen_at) == (7, "fr", False, NOW)
        assert not session.dirty and not session.new  # loaded, nothing to write back
        user.onboarded = True
        user.language = "en"
    later = NOW + dt.timedelta(hours=1)
    async with sessionmaker() as session, session.begin():
        user = await seen(UserRepo(session), 7, later)
        # The stored preferences, not the defaults the upsert offered; last_seen_at moved.
        assert (user.language, user.onboarded, user.created_at, user.last_seen_at) == (
            "en",
            True,
            NOW,
            later,
        )
        assert await session.get(User, 7) is user  # the session's one instance
        # Seen again in the same session: the same instance, refreshed.
        again = await seen(UserRepo(session), 7, later + dt.timedelta(minutes=1))
        assert again is user and user.last_seen_at == later + dt.timedelta(minutes=1)
    async with sessionmaker() as session:
        rows = list((await session.execute(select(User))).scalars())
        assert [(u.id, u.language, u.onboarded) for u in rows] == [(7, "en", True)]
