"""What the benchmarks share: a throw-away database, bulk seeding, the simulated clock, RSS.

A benchmark never touches data it did not create:

- without `--database`, it uses a fresh SQLite file in a temporary folder, removed at the end;
- with a SQLite URL, the file must not exist yet (it is left in place afterwards);
- with a PostgreSQL URL, it creates a private schema `bench_<pid>_<time>` in that database,
  points the connections' `search_path` at it, and drops it at the end (`keep=True` keeps it).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import os
import resource
import shutil
import tempfile
import time
from collections.abc import AsyncIterator, Iterable, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from sqlalchemy import Table, text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, AsyncSession, async_sessionmaker

from bot.services import Services, open_database
from bot.settings import Settings
from flows.domain import Stage
from storage.db import create_engine
from storage.models import Application, Nudge, User

# Monday 23 November 2026, 10:00 in Paris: a business day, inside the default working hours
# (09:00-18:00). The benchmarks' simulated clock starts here.
START = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)
NUDGE_HOUR = dt.time(9, 0)
TIMEZONE = "Europe/Paris"
COUNTRY = "FR"
# Telegram user ids of the seeded users: user number i has id USER_ID_BASE + i.
USER_ID_BASE = 10_000_000
CHUNK = 5000

USERS: Table = User.__table__  # type: ignore[assignment]
APPLICATIONS: Table = Application.__table__  # type: ignore[assignment]
NUDGES: Table = Nudge.__table__  # type: ignore[assignment]


@dataclass
class BenchDatabase:
    """A database with the schema at head, for one benchmark run."""

    url: str
    kind: str  # "sqlite" or "postgresql"
    engine: AsyncEngine
    sessionmaker: async_sessionmaker[AsyncSession]
    schema: str | None = None
    engine_kwargs: dict[str, Any] = field(default_factory=dict)


def engine_kwargs(schema: str | None) -> dict[str, Any]:
    """Extra `create_engine` arguments that put the connections in the benchmark's schema."""
    if schema is None:
        return {}
    return {"connect_args": {"server_settings": {"search_path": schema}}}


def check_new_sqlite_file(url: str, *, created: bool) -> None:
    """A SQLite URL must name a file, and a new one unless the benchmark created its folder."""
    database = make_url(url).database
    if not database or database == ":memory:" or database.startswith("file:"):
        raise SystemExit("bench: give a SQLite file URL (an in-memory one is per connection)")
    if not created and Path(database).exists():
        raise SystemExit(f"bench: {database} exists; give the path of a new file")


@asynccontextmanager
async def bench_database(url: str | None, *, keep: bool = False) -> AsyncIterator[BenchDatabase]:
    """A fresh database at the latest schema; see the module docstring for what "fresh" means."""
    tmp: Path | None = None
    schema: str | None = None
    if url is None:
        tmp = Path(tempfile.mkdtemp(prefix="relance-bench-"))
        url = f"sqlite+aiosqlite:///{tmp / 'relance.db'}"
    backend = make_url(url).get_backend_name()
    if backend == "sqlite":
        check_new_sqlite_file(url, created=tmp is not None)
    elif backend == "postgresql":
        schema = f"bench_{os.getpid()}_{int(time.time())}"
        await _as_admin(url, f'CREATE SCHEMA "{schema}"')
    else:
        raise SystemExit(f"bench: unsupported database {backend!r}")
    kwargs = engine_kwargs(schema)
    engine: AsyncEngine | None = None
    try:
        # As the bot opens it, in the benchmark's schema.
        engine, sessionmaker = await open_database(url, **kwargs)
        yield BenchDatabase(url, backend, engine, sessionmaker, schema, kwargs)
    finally:
        if engine is not None:
            await engine.dispose()
        if schema is not None and not keep:
            await _as_admin(url, f'DROP SCHEMA "{schema}" CASCADE')
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)


async def _as_admin(url: str, statement: str) -> None:
    """One statement on a connection of its own, outside any benchmark schema."""
    admin = create_engine(url)
    try:
        async with admin.begin() as connection:
            await connection.execute(text(statement))
    finally:
        await admin.dispose()


def bench_settings(**values: Any) -> Settings:
    """Settings from these values and the environment, never from a `.env` file."""
    options: dict[str, Any] = {"_env_file": None, **values}
    return Settings(**options)


def make_services(db: BenchDatabase, **settings: Any) -> Services:
    """Services on the benchmark's database, with explicit settings (no `.env` file read)."""
    return Services(
        settings=bench_settings(database_url=db.url, **settings),
        engine=db.engine,
        sessionmaker=db.sessionmaker,
    )


def chunks(rows: Iterable[dict[str, Any]], size: int = CHUNK) -> Iterator[list[dict[str, Any]]]:
    """The rows, `size` at a time."""
    iterator = iter(rows)
    while batch := list(islice(iterator, size)):
        yield batch


async def insert_rows(
    connection: AsyncConnection, table: Table, rows: Iterable[dict[str, Any]]
) -> int:
    """Bulk insert (Core `insert()`, executemany in chunks) in the caller's transaction."""
    count = 0
    for batch in chunks(rows):
        await connection.execute(table.insert(), batch)
        count += len(batch)
    return count


def user_row(number: int, *, paused_all: bool = False, blocked: bool = False) -> dict[str, Any]:
    """User number `number`: French, in Paris, nudged from 09:00."""
    return {
        "id": USER_ID_BASE + number,
        "language": "fr" if number % 3 else "en",
        "timezone": TIMEZONE,
        "country": COUNTRY,
        "nudge_hour": NUDGE_HOUR,
        "paused_all": paused_all,
        "blocked": blocked,
        "onboarded": True,
        "created_at": START - dt.timedelta(days=30),
        "last_seen_at": START - dt.timedelta(days=1),
    }


def application_row(app_id: int, user_number: int) -> dict[str, Any]:
    """An application sent eight days before the benchmark's start, waiting for an answer."""
    return {
        "id": app_id,
        "user_id": USER_ID_BASE + user_number,
        "company": f"Entreprise {app_id}",
        "role": "Développeuse backend" if app_id % 2 else None,
        "recruiter_name": "Camille Martin" if app_id % 3 == 0 else None,
        "stage": Stage.APPLIED.value,
        "archived": False,
        "applied_at": START - dt.timedelta(days=8),
        "created_at": START - dt.timedelta(days=8),
        "updated_at": START - dt.timedelta(days=8),
    }


def peak_rss_mb() -> float:
    """This process's peak resident set size, in MiB (Linux reports ru_maxrss in KiB)."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def print_json(result: dict[str, Any]) -> None:
    """The one JSON line a benchmark prints with `--json`."""
    print(json.dumps(result, separators=(", ", ": ")), flush=True)


async def wait_or_kill(process: asyncio.subprocess.Process, timeout_s: float) -> None:
    """Wait for a child process to end (its input closed), and kill it past `timeout_s`."""
    try:
        await asyncio.wait_for(process.wait(), timeout_s)
    except TimeoutError:
        process.kill()
        await process.wait()
