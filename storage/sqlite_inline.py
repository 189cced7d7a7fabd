"""SQLite on the event loop's own thread, for SQLAlchemy's `sqlite+aiosqlite` dialect.

aiosqlite runs every call (cursor, execute, fetch, close, commit) in a thread of its own and
hands the result back through the event loop: four thread round trips for each statement. Our
statements are small and SQLite answers them in microseconds, so the round trips cost far more
than the work. This connection has the part of aiosqlite's interface that SQLAlchemy's
adapter uses and runs each call directly instead.

What a thread did give is waiting, and the disk:

- a statement that meets another process's lock would block the loop. Here SQLite's own busy
  wait is off; a statement that finds the database locked is retried after an `asyncio.sleep`
  (so other users' updates go on), until `lock_wait_s` has passed, then fails with SQLite's
  "database is locked" as before;
- a commit that fills the write-ahead log would copy it into the database file and wait for
  the disk. Here automatic checkpoints are off and a `Checkpointer` thread does them instead,
  every second, in PASSIVE mode (it never makes a writer wait). Under steady writes a passive
  checkpoint never sees the log fully copied, so the log would only grow. Emptying it
  (TRUNCATE mode) holds the write lock through two waits for the disk, 40 ms on average and
  over 100 ms at times on a busy machine, and every update in flight waits that long: so the
  thread empties a log past TRUNCATE_AT_FRAMES only in a quiet moment (no commit since its
  last round), and one past TRUNCATE_ALWAYS_AT_FRAMES whatever the writers are doing (a bound
  on the file, reached only after minutes of steady writes).

`create_engine` in `storage.db` passes `Connector.connect` as the engine's `async_creator`.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

T = TypeVar("T")

logger = logging.getLogger(__name__)

CHECKPOINT_INTERVAL_S = 1.0
# A log this long (pages of 4 KiB: 16 MiB) is emptied at the first quiet moment...
TRUNCATE_AT_FRAMES = 4000
# ...and one this long (256 MiB: minutes of steady writes) at once, writers waiting meanwhile.
TRUNCATE_ALWAYS_AT_FRAMES = 64000
# Waits between tries when the file is locked: short first, then steadier.
RETRY_DELAYS_S = (0.001, 0.002, 0.005, 0.01, 0.02, 0.05)
SQLITE_BUSY_SNAPSHOT = 517  # retrying cannot help: the transaction's snapshot is stale


def _locked(error: sqlite3.OperationalError) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    if code is None:
        return "locked" in str(error)
    return code & 0xFF == sqlite3.SQLITE_BUSY and code != SQLITE_BUSY_SNAPSHOT


class InlineConnection:
    """A `sqlite3.Connection` with the awaitable methods of `aiosqlite.Connection`."""

    def __init__(self, connection: sqlite3.Connection, lock_wait_s: float) -> None:
        # SQLAlchemy's adapter reads `_connection` (truthy while open) and `_conn`.
        self._connection: sqlite3.Connection | None = connection
        self.lock_wait_s = lock_wait_s

    @property
    def _conn(self) -> sqlite3.Connection:
        if self._connection is None:
            raise ValueError("Connection closed")
        return self._connection

    @property
    def raw(self) -> sqlite3.Connection:
        """The sqlite3 connection itself (`storage.direct` runs its statements on it)."""
        return self._conn

    @staticmethod
    def locked(error: BaseException) -> bool:
        """Whether `error` says another connection holds the lock (worth waiting for)."""
        return isinstance(error, sqlite3.OperationalError) and _locked(error)

    async def run(self, call: Callable[..., T], *args: Any) -> T:
        """`call(*args)`, retried while another connection holds the lock."""
        deadline = time.monotonic() + self.lock_wait_s
        for attempt in itertools.count():
            try:
                return call(*args)
            except sqlite3.OperationalError as error:
                if not _locked(error) or time.monotonic() >= deadline:
                    raise
            delay = RETRY_DELAYS_S[min(attempt, len(RETRY_DELAYS_S) - 1)]
            await asyncio.sleep(min(delay, max(0.0, deadline - time.monotonic())))
        raise AssertionError("unreachable")  # pragma: no cover  (count() never ends)

    @property
    def isolation_level(self) -> str | None:
        return self._conn.isolation_level

    @isolation_level.setter
    def isolation_level(self, value: str | None) -> None:
        self._conn.isolation_level = value  # type: ignore[assignment]  # "" is valid too

    @property
    def in_transaction(self) -> bool:
        return self._conn.in_transaction

    def cursor(self) -> InlineCursor:
        return InlineCursor(self, self._conn.cursor())

    async def execute(self, sql: str, parameters: Sequence[Any] | dict[str, Any] = ()) -> Any:
        cursor = self.cursor()
        await cursor.execute(sql, parameters)
        return cursor

    async def commit(self) -> None:
        await self.run(self._conn.commit)

    async def rollback(self) -> None:
        await self.run(self._conn.rollback)

    async def close(self) -> None:
        self.stop()

    def stop(self) -> None:
        """Close at once (what SQLAlchemy calls to terminate a connection)."""
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    async def create_function(self, *args: Any, **kwargs: Any) -> None:
        self._conn.create_function(*args, **kwargs)


class InlineCursor:
    """A `sqlite3.Cursor` with the awaitable methods of `aiosqlite.Cursor`."""

    def __init__(self, connection: InlineConnection, cursor: sqlite3.Cursor) -> None:
        self._connection = connection
        self._cursor = cursor

    async def __aenter__(self) -> InlineCursor:
        return self

    async def __aexit__(self, *_exc: object) -> None:
        await self.close()

    async def execute(
        self, sql: str, parameters: Sequence[Any] | dict[str, Any] | None = None
    ) -> InlineCursor:
        await self._connection.run(
            self._cursor.execute, sql, () if parameters is None else parameters
        )
        return self

    async def executemany(
        self, sql: str, parameters: Iterable[Sequence[Any] | dict[str, Any]]
    ) -> InlineCursor:
        rows = list(parameters)
        await self._connection.run(self._cursor.executemany, sql, rows)
        return self

    async def fetchone(self) -> Any:
        return self._cursor.fetchone()

    async def fetchmany(self, size: int | None = None) -> list[Any]:
        return self._cursor.fetchmany(self._cursor.arraysize if size is None else size)

    async def fetchall(self) -> list[Any]:
        return self._cursor.fetchall()

    async def close(self) -> None:
        self._cursor.close()

    @property
    def description(self) -> Any:
        return self._cursor.description

    @property
    def rowcount(self) -> int:
        return self._cursor.rowcount

    @property
    def lastrowid(self) -> int | None:
        return self._cursor.lastrowid

    @property
    def arraysize(self) -> int:
        return self._cursor.arraysize

    @arraysize.setter
    def arraysize(self, value: int) -> None:
        self._cursor.arraysize = value


class Checkpointer:
    """Copies the write-ahead log into the database file every `interval_s`, in a thread."""

    def __init__(
        self,
        database: str,
        interval_s: float = CHECKPOINT_INTERVAL_S,
        truncate_at_frames: int = TRUNCATE_AT_FRAMES,
        truncate_always_at_frames: int = TRUNCATE_ALWAYS_AT_FRAMES,
    ) -> None:
        self.database = database
        self.interval_s = interval_s
        self.truncate_at_frames = truncate_at_frames
        self.truncate_always_at_frames = truncate_always_at_frames
        self.emptied = 0  # how many times the log was emptied
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        if self.running:
            return
        self._stop = threading.Event()
        self._thread = threading.Thread(
            target=self._run, args=(self._stop,), name="sqlite-checkpoint", daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()

    def _to_empty(self, frames: int, *, quiet: bool) -> bool:
        """Whether a log of `frames` frames is emptied now; `quiet`: nothing was committed
        since the last round."""
        if frames >= self.truncate_always_at_frames:
            return True
        return quiet and frames >= self.truncate_at_frames

    def _run(self, stop: threading.Event) -> None:
        connection = sqlite3.connect(self.database, timeout=1)
        try:
            frames_before = 0
            while not stop.wait(self.interval_s):
                try:
                    row = connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
                    frames = 0 if row is None else row[1]
                    if self._to_empty(frames, quiet=frames == frames_before):
                        # Writers that come meanwhile wait, on their asyncio retries.
                        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
                        self.emptied += 1
                        frames = 0
                    frames_before = frames
                except sqlite3.Error as error:  # the next round tries again
                    logger.debug("checkpoint skipped: %s", error)
        finally:
            connection.close()


class Connector:
    """The engine's `async_creator`: new inline connections to one file, and its checkpoints."""

    def __init__(self, database: str, lock_wait_s: float) -> None:
        self.database = database
        self.lock_wait_s = lock_wait_s
        self.checkpointer = Checkpointer(database)

    async def connect(self) -> InlineConnection:
        # SQLite's own busy wait would block the loop: off; `InlineConnection.run` waits.
        connection = sqlite3.connect(self.database, timeout=0, check_same_thread=False)
        connection.execute("PRAGMA wal_autocheckpoint=0")
        self.checkpointer.start()
        return InlineConnection(connection, self.lock_wait_s)

    def close(self) -> None:
        """Stop the checkpoints (a later connection starts them again)."""
        self.checkpointer.stop()
