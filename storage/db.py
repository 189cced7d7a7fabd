"""Engine and session setup, and bringing the schema to the latest Alembic revision.

One `AsyncSession` and one transaction per update or job:

    async with sessionmaker() as session, session.begin():
        ...
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.pool import ConnectionPoolEntry

from storage import sqlite_inline

logger = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# Any fixed 64-bit number: the PostgreSQL advisory lock that serialises schema upgrades.
MIGRATION_LOCK_KEY = 0x52454C414E4345  # "RELANCE"
# How long a SQLite connection waits for another process's write lock before the step fails
# (and the user is asked to try again): ample for a transaction, short enough to answer.
SQLITE_LOCK_WAIT_S = 5
# PostgreSQL: connections kept open (the update processor's 16 at once, the reminder engine's
# and the board's); up to SQLAlchemy's 10 more at a peak, closed when given back.
SERVER_POOL_SIZE = 20
# Alembic's command API keeps module-level state: one upgrade at a time in a process.
_upgrade_lock = asyncio.Lock()


def create_engine(url: str, **kwargs: Any) -> AsyncEngine:
    """Create the async engine; for SQLite, create its folder and turn on foreign keys and WAL.

    A failed statement's error (and so its log line) never carries its parameters: they hold
    what users typed (a company, a note, a recruiter's name)."""
    kwargs.setdefault("hide_parameters", True)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        connect_args = kwargs.pop("connect_args", {})
        connect_args.setdefault("timeout", SQLITE_LOCK_WAIT_S)
        connector: sqlite_inline.Connector | None = None
        if database and database != ":memory:" and not database.startswith("file:"):
            Path(database).parent.mkdir(parents=True, exist_ok=True)
            # On the loop's thread rather than aiosqlite's (see storage.sqlite_inline).
            connector = sqlite_inline.Connector(database, SQLITE_LOCK_WAIT_S)
            kwargs.setdefault("async_creator", connector.connect)
            # SQLite has one writer at a time. Sessions of this process queue for one connection
            # (an asyncio wait, served in order) instead of each taking its own and polling for
            # the file lock, whose back-off idles the writer away under concurrent updates.
            # A step that cannot have the connection within the lock wait fails the same way.
            kwargs.setdefault("pool_size", 1)
            kwargs.setdefault("max_overflow", 0)
            kwargs.setdefault("pool_timeout", SQLITE_LOCK_WAIT_S)
        engine = create_async_engine(url, connect_args=connect_args, **kwargs)
        if connector is not None:
            event.listen(engine.sync_engine, "engine_disposed", lambda _engine: connector.close())

        @event.listens_for(engine.sync_engine, "connect")
        def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()

        return engine
    # A connection for each update handled at once, and for the jobs and the board beside
    # them: a smaller pool opens and closes overflow connections all the time under load.
    kwargs.setdefault("pool_size", SERVER_POOL_SIZE)
    engine = create_async_engine(url, **kwargs)
    event.listen(engine.sync_engine, "checkout", _drop_if_closed)
    return engine


def _drop_if_closed(_dbapi_connection: Any, record: ConnectionPoolEntry, _proxy: Any) -> None:
    """At checkout, give up a pooled connection the server has closed (a restart, an idle
    timeout, a terminated backend), so the pool opens a new one and the turn runs as usual.

    This replaces SQLAlchemy's `pool_pre_ping`, which asks the server a question at every
    checkout: a round trip per transaction, 10 to 17% of a turn's CPU on PostgreSQL. The
    driver already knows when the server closed the socket (the event loop reads it), so asking
    it costs nothing. A connection cut without a word (a network dropped in between) is only
    found by its first statement, which fails like any database error: the user is asked to try
    again and the pool starts afresh."""
    driver = record.driver_connection
    is_closed = getattr(driver, "is_closed", None)
    if is_closed is not None and is_closed():
        raise DisconnectionError("the database server closed this pooled connection")


def make_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    """A session factory whose objects stay readable after commit."""
    return async_sessionmaker(engine, expire_on_commit=False)


def alembic_config() -> Config:
    """The Alembic configuration, pointing at the migrations shipped with the package."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def _upgrade(connection: Connection) -> None:
    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, "head")


async def upgrade_to_head(engine: AsyncEngine) -> None:
    """Bring the database to the latest schema.

    On PostgreSQL the upgrade runs under a transaction-scoped advisory lock, so that several bot
    processes starting together do not race: the second waits, then finds nothing to do.
    """
    async with _upgrade_lock, engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            await connection.execute(
                text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY}
            )
        elif connection.dialect.name == "sqlite":
            # Take SQLite's write lock first, so a second process waits instead of failing.
            await connection.exec_driver_sql("BEGIN IMMEDIATE")
        await connection.run_sync(_upgrade)
    if engine.dialect.name == "sqlite":
        # SQLite keeps no statistics unless asked: without them it may pick a poor index.
        async with engine.begin() as connection:
            await connection.exec_driver_sql("PRAGMA optimize=0x10002")
    logger.info("database schema is up to date")


async def ping(engine: AsyncEngine) -> None:
    """Ask the database the simplest question; raises if it does not answer."""
    async with engine.connect() as connection:
        await connection.execute(text("SELECT 1"))
