"""Statements run straight on SQLite's inline connection (`storage.direct`): the same values
as SQLAlchemy's execution, in the session's transaction, waiting for a lock like any other."""

from __future__ import annotations

import asyncio
import datetime as dt
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import bindparam, event, select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from storage.db import create_engine, make_sessionmaker, upgrade_to_head
from storage.direct import Direct, Inline, connection_of
from storage.models import Conversation, User
from storage.repositories import ConversationRepo, UserRepo
from testkit.rows import PARIS_PROFILE

NOW = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)
CONVERSATIONS = Conversation.__table__
SET_STATE = (
    update(CONVERSATIONS)
    .where(CONVERSATIONS.c.user_id == bindparam("p_user_id"))
    .values(state=bindparam("p_state"), answers=bindparam("p_answers"))
)
ROW = select(CONVERSATIONS.c.state, CONVERSATIONS.c.answers, CONVERSATIONS.c.updated_at).where(
    CONVERSATIONS.c.user_id == bindparam("p_user_id")
)


@pytest.fixture
async def sessions(tmp_path: Path) -> AsyncIterator[tuple[Path, async_sessionmaker[AsyncSession]]]:
    """A SQLite file at the latest schema, user 7 with an open dialog."""
    path = tmp_path / "relance.db"
    engine = create_engine(f"sqlite+aiosqlite:///{path}")
    await upgrade_to_head(engine)
    sessionmaker = make_sessionmaker(engine)
    async with sessionmaker() as session, session.begin():
        await UserRepo(session).seen(7, **PARIS_PROFILE, now=NOW)
        await ConversationRepo(session).open(
            7, flow="setup", state="language", now=NOW, answers={"a": [1, "é"]}
        )
    yield path, sessionmaker
    await engine.dispose()


async def _begun(session: AsyncSession, update_id: int) -> Inline:
    """A turn's start: the update recorded and the user read, which finds the inline connection."""
    assert await UserRepo(session).seen_once(update_id, 7, **PARIS_PROFILE, now=NOW) is not None
    inline = connection_of(session)
    assert inline is not None
    return inline


def _engine(session: AsyncSession) -> AsyncEngine:
    engine = session.bind
    assert isinstance(engine, AsyncEngine)
    return engine


async def test_a_direct_read_gives_what_sqlalchemy_gives(
    sessions: tuple[Path, async_sessionmaker[AsyncSession]],
) -> None:
    _, sessionmaker = sessions
    async with sessionmaker() as session, session.begin():
        inline = await _begun(session, 1)
        direct = Direct(ROW, _engine(session).dialect)
        ours = await direct.all_async(inline, {"p_user_id": 7})
        theirs = (await session.execute(ROW, {"p_user_id": 7})).all()
    assert ours == [tuple(row) for row in theirs]
    # JSON and an aware moment came back as Python values, not as SQLite's text.
    assert ours == [("language", {"a": [1, "é"]}, NOW)]


async def test_a_direct_write_commits_and_rolls_back_with_the_session(
    sessions: tuple[Path, async_sessionmaker[AsyncSession]],
) -> None:
    _, sessionmaker = sessions
    direct: Direct | None = None

    async def set_state(session: AsyncSession, state: str) -> None:
        nonlocal direct
        inline = connection_of(session)
        assert inline is not None
        direct = direct or Direct(SET_STATE, _engine(session).dialect)
        await direct.run_async(inline, {"p_user_id": 7, "p_state": state, "p_answers": {"b": 2}})

    with pytest.raises(RuntimeError):
        async with sessionmaker() as session, session.begin():
            await _begun(session, 2)
            await set_state(session, "lost")
            raise RuntimeError("the turn fails after the write")
    async with sessionmaker() as session, session.begin():
        stored = await session.get(Conversation, 7)
        assert stored is not None and stored.state == "language"
        # The failed turn's update was not recorded either: it can be handled again.
        await _begun(session, 2)
        await set_state(session, "kept")
    async with sessionmaker() as session:
        stored = await session.get(Conversation, 7)
        assert stored is not None and (stored.state, stored.answers) == ("kept", {"b": 2})


async def test_the_connection_is_given_only_while_its_transaction_goes_on(
    sessions: tuple[Path, async_sessionmaker[AsyncSession]],
) -> None:
    _, sessionmaker = sessions
    async with sessionmaker() as session:
        assert connection_of(session) is None  # nothing read yet
        async with session.begin():
            await _begun(session, 3)
            assert connection_of(session) is not None
        # Committed: the connection went back to the pool, the next transaction finds its own.
        assert connection_of(session) is None
        async with session.begin():
            assert connection_of(session) is None


async def test_a_direct_statement_waits_for_another_process_lock(
    sessions: tuple[Path, async_sessionmaker[AsyncSession]],
) -> None:
    path, sessionmaker = sessions
    async with sessionmaker() as session:
        direct = Direct(SET_STATE, _engine(session).dialect)
    values = {"p_user_id": 7, "p_state": "after", "p_answers": {}}
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    async with sessionmaker() as session, session.begin():
        writing = asyncio.create_task(_begun(session, 5))
        await asyncio.sleep(0.05)
        assert not writing.done()  # waiting, and the loop goes on
        other.rollback()
        inline = await asyncio.wait_for(writing, 5)
        await direct.run_async(inline, values)
    other.close()
    async with sessionmaker() as session:
        stored = await session.get(Conversation, 7)
        assert stored is not None and stored.state == "after"


async def test_a_driver_error_is_raised_as_sqlalchemy_raises_it_without_values(
    sessions: tuple[Path, async_sessionmaker[AsyncSession]],
) -> None:
    _, sessionmaker = sessions
    secret = "a company the user typed"
    broken = select(User.__table__.c.id).where(User.__table__.c.id == bindparam("p_id"))
    async with sessionmaker() as session, session.begin():
        inline = await _begun(session, 6)
        direct = Direct(broken, _engine(session).dialect)
        direct.sql = direct.sql.replace("users", "no_such_table")
        with pytest.raises(DBAPIError) as raised:
            await direct.run_async(inline, {"p_id": secret})
    assert isinstance(raised.value.orig, sqlite3.OperationalError)
    assert secret not in str(raised.value)


async def test_statement_listeners_see_direct_statements(
    sessions: tuple[Path, async_sessionmaker[AsyncSession]],
) -> None:
    _, sessionmaker = sessions
    seen: list[str] = []

    def record(_connection: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        seen.append(statement.split(None, 1)[0])

    async with sessionmaker() as session:
        engine = _engine(session).sync_engine
        event.listen(engine, "before_cursor_execute", record)
        try:
            async with session.begin():
                await _begun(session, 7)
        finally:
            event.remove(engine, "before_cursor_execute", record)
    assert seen == ["INSERT", "INSERT"]  # the update log, the user's upsert
