"""UserRepo.seen and seen_once: one upsert that returns the user, loaded as the session's own
instance; seen_once reads the open dialog in the same pass."""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.db import make_sessionmaker
from storage.models import Conversation, User
from storage.repositories import ConversationRepo, UserRepo
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


async def test_seen_once_reads_the_open_dialog_in_the_same_pass(engine: AsyncEngine) -> None:
    sessionmaker = make_sessionmaker(engine)
    async with sessionmaker() as session, session.begin():
        assert await UserRepo(session).seen_once(1, 7, **PARIS_PROFILE, now=NOW) is not None
        # No dialog open: known as none, no statement to ask again.
        statements: list[str] = []

        def count(*_args: Any) -> None:
            statements.append("one")

        event.listen(engine.sync_engine, "before_cursor_execute", count)
        try:
            assert await ConversationRepo(session).get(7, for_update=True) is None
        finally:
            event.remove(engine.sync_engine, "before_cursor_execute", count)
        assert statements == []
        await ConversationRepo(session).open(
            7, flow="setup", state="language", now=NOW, answers={"a": 1}
        )
    async with sessionmaker() as session, session.begin():
        assert await UserRepo(session).seen_once(2, 7, **PARIS_PROFILE, now=NOW) is not None
        event.listen(engine.sync_engine, "before_cursor_execute", count)
        try:
            conversation = await ConversationRepo(session).get(7, for_update=True)
        finally:
            event.remove(engine.sync_engine, "before_cursor_execute", count)
        assert statements == []
        assert conversation is not None
        assert (conversation.flow, conversation.state) == ("setup", "language")
        assert conversation.step == 1
        assert conversation.answers == {"a": 1} and conversation.updated_at == NOW
        # The session's own instance, loaded clean: nothing to write back.
        assert await session.get(Conversation, 7) is conversation
        assert not session.dirty and not session.new
        # A change made to it is written as any loaded object's.
        conversation.state = "country"
    async with sessionmaker() as session:
        stored = await session.get(Conversation, 7)
        assert stored is not None and stored.state == "country"
        # A repeated update: nothing done, nothing read.
        assert await UserRepo(session).seen_once(2, 7, **PARIS_PROFILE, now=NOW) is None


async def test_an_update_being_handled_elsewhere_is_not_handled_again(engine: AsyncEngine) -> None:
    sessionmaker = make_sessionmaker(engine)

    async def deliver_again() -> User | None:
        async with sessionmaker() as session, session.begin():
            return await UserRepo(session).seen_once(5, 7, **PARIS_PROFILE, now=NOW)

    async with sessionmaker() as session:
        async with session.begin():
            assert await UserRepo(session).seen_once(5, 7, **PARIS_PROFILE, now=NOW) is not None
            again = asyncio.create_task(deliver_again())
            await asyncio.sleep(0.3)
            # It waits for this transaction (PostgreSQL: the update's row; SQLite: the one
            # connection), then finds the update handled.
            assert not again.done()
        assert await asyncio.wait_for(again, 10) is None
    async with sessionmaker() as session:
        users = list((await session.execute(select(User))).scalars())
        assert [(u.id, u.last_seen_at) for u in users] == [(7, NOW)]


async def test_seen_once_takes_two_statements_with_the_open_dialog(engine: AsyncEngine) -> None:
    """SQLite: the update log, then the upsert whose row carries the dialog. PostgreSQL: the
    update log and the upsert as one statement, then the dialog read after the user's lock."""
    sessionmaker = make_sessionmaker(engine)
    async with sessionmaker() as session, session.begin():
        await UserRepo(session).seen(7, **PARIS_PROFILE, now=NOW)
        await ConversationRepo(session).open(7, flow="setup", state="country", now=NOW)
    statements: list[str] = []

    def count(_connection: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    event.listen(engine.sync_engine, "before_cursor_execute", count)
    try:
        async with sessionmaker() as session, session.begin():
            user = await UserRepo(session).seen_once(3, 7, **PARIS_PROFILE, now=NOW)
            assert user is not None and user.last_seen_at == NOW
            conversation = await ConversationRepo(session).get(7, for_update=True)
            assert conversation is not None
            assert (conversation.flow, conversation.state, conversation.step) == (
                "setup",
                "country",
                1,
            )
    finally:
        event.remove(engine.sync_engine, "before_cursor_execute", count)
    assert len(statements) == 2, statements
