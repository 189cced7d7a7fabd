"""SQLite on the event loop's thread: waiting for another process's lock without blocking."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from storage import sqlite_inline
from storage.db import create_engine


def _hold_lock(path: Path) -> sqlite3.Connection:
    """Another process's exclusive transaction on the file."""
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    return other


@pytest.fixture
async def table(tmp_path: Path) -> AsyncIterator[tuple[Path, AsyncEngine]]:
    """A SQLite file with a table `t (s TEXT)`, and the engine the bot would open on it."""
    path = tmp_path / "x.db"
    engine = create_engine(f"sqlite+aiosqlite:///{path}")
    async with engine.begin() as connection:
        await connection.execute(text("CREATE TABLE t (s TEXT)"))
    yield path, engine
    await engine.dispose()


async def test_a_write_waits_for_the_lock_while_the_loop_goes_on(
    table: tuple[Path, AsyncEngine],
) -> None:
    path, engine = table
    other = _hold_lock(path)
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            ticks += 1
            await asyncio.sleep(0.01)

    async def write() -> None:
        async with engine.begin() as connection:
            await connection.execute(text("INSERT INTO t VALUES ('1')"))

    running = asyncio.create_task(ticker())
    writing = asyncio.create_task(write())
    # The writer waits while the other connection holds the lock; the loop keeps turning.
    for _ in range(20):
        await asyncio.sleep(0.01)
    assert not writing.done()
    assert ticks >= 10
    other.rollback()
    other.close()
    await asyncio.wait_for(writing, 10)
    running.cancel()
    async with engine.connect() as connection:
        assert (await connection.execute(text("SELECT count(*) FROM t"))).scalar_one() == 1


async def test_a_lock_held_past_the_wait_fails_as_database_is_locked(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    connector = sqlite_inline.Connector(str(path), lock_wait_s=0.2)
    connection = await connector.connect()
    cursor = connection.cursor()
    await cursor.execute("CREATE TABLE t (n INTEGER)")
    other = _hold_lock(path)
    try:
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            await cursor.execute("INSERT INTO t VALUES (1)")
    finally:
        other.rollback()
        other.close()
    await cursor.execute("INSERT INTO t VALUES (2)")
    await connection.commit()
    await cursor.execute("SELECT n FROM t")
    assert await cursor.fetchall() == [(2,)]
    await connection.close()
    connector.close()
    with pytest.raises(ValueError, match="closed"):
        connection.cursor()


async def test_other_errors_are_not_retried(tmp_path: Path) -> None:
    connector = sqlite_inline.Connector(str(tmp_path / "x.db"), lock_wait_s=5)
    connection = await connector.connect()
    cursor = connection.cursor()
    with pytest.raises(sqlite3.OperationalError, match="no such table"):
        await cursor.execute("SELECT * FROM missing")
    await connection.close()
    connector.close()


async def test_the_log_is_copied_into_the_file_by_the_checkpoint_thread(
    table: tuple[Path, AsyncEngine],
) -> None:
    path, engine = table
    async with engine.begin() as connection:
        for _ in range(200):
            await connection.execute(text("INSERT INTO t VALUES (:s)"), {"s": "x" * 1000})
    # The commit itself copies nothing (its connection's automatic checkpoints are off)...
    async with engine.connect() as connection:
        pragma = await connection.execute(text("PRAGMA wal_autocheckpoint"))
        assert pragma.scalar_one() == 0
    # ...the thread does, within a few of its rounds.
    for _ in range(500):
        if path.stat().st_size > 200 * 1000:
            break
        await asyncio.sleep(0.02)
    assert path.stat().st_size > 200 * 1000


async def _steady_writes(engine: AsyncEngine, count: int) -> None:
    """Writes a few milliseconds apart: every checkpoint round sees new frames."""
    for _ in range(count):
        async with engine.begin() as connection:
            await connection.execute(text("INSERT INTO t VALUES (:s)"), {"s": "x" * 4000})
        await asyncio.sleep(0.002)


def _log_size(path: Path) -> int:
    log = path.parent / "x.db-wal"
    return log.stat().st_size if log.exists() else 0


async def test_a_long_log_is_emptied_in_a_quiet_moment_not_under_writes(
    table: tuple[Path, AsyncEngine],
) -> None:
    """Emptying the log makes every writer wait for the disk: not while updates come in."""
    path, engine = table
    checkpointer = sqlite_inline.Checkpointer(
        str(path), interval_s=0.2, truncate_at_frames=20, truncate_always_at_frames=10**9
    )
    checkpointer.start()
    try:
        await _steady_writes(engine, 300)
        assert checkpointer.emptied == 0
        assert _log_size(path) > 0
        # The writes stop: within a few rounds the log is emptied.
        for _ in range(100):
            if checkpointer.emptied:
                break
            await asyncio.sleep(0.02)
        assert checkpointer.emptied == 1
        assert _log_size(path) == 0
    finally:
        checkpointer.stop()


async def test_a_log_grown_past_its_bound_is_emptied_under_steady_writes(
    table: tuple[Path, AsyncEngine],
) -> None:
    path, engine = table
    checkpointer = sqlite_inline.Checkpointer(
        str(path), interval_s=0.05, truncate_at_frames=20, truncate_always_at_frames=40
    )
    checkpointer.start()
    # Steady writes (about 5 MB of log in all): a passive checkpoint alone would let the log
    # grow the whole way, never seeing it fully copied to rewind it.
    await _steady_writes(engine, 600)
    checkpointer.stop()
    assert checkpointer.emptied > 0
    assert _log_size(path) < 1_000_000
