"""Faults: real bot processes (`python -m bot`) under crashes, floods, blocks and outages.

Run from the repository root:

    python -m bench.faults [--scenario NAME] [--json] [--database URL|pg-throwaway]
                           [--outage-s 10] [--keep]

Every scenario starts the fake Bot API of `tests/fakebot.py` in this process, on 127.0.0.1,
seeds a fresh database with bulk Core inserts, then runs one or two real bot processes
(`sys.executable -m bot`, settings in environment variables, polling mode unless said otherwise)
that talk to the fake over HTTP. Each `sendMessage` takes 50 ms at the fake (a network's
latency), so sends really are in flight. It prints one JSON line per scenario with
`scenario`, `lost` (nudges never delivered), its own figures, and `ok` (the targets hold).
`--json` prints only those lines; the exit status is 1 when a target is missed.

The bot processes read the real clock and deliver only in their users' working hours, so the
users are seeded in the first time zone of `ZONES` where it is now a business day between 10:00
and 16:00 (the country's public holidays count); the run stops with a message when there is
none (a weekend everywhere). Every user has one application; a due nudge is a `check_in` due
one minute ago.

Scenarios (`--scenario NAME`, default: all, in this order):

- `kill9`: 2,000 nudges due; one bot (DISPATCH_INTERVAL_S=0.2, NUDGE_LEASE_S=5,
  SEND_RATE_PER_S=200; PTB's own limiter keeps it at 30/s) is killed with SIGKILL once a
  quarter of them were delivered, then started again, until every nudge is sent. Reports
  `lost` (0), `doubled` (chats that got more than one message) and `in_flight_at_kill`: the
  fake's sendMessage requests being served at the kill plus the rows still `claimed` (claimed,
  not recorded as sent) once the process is dead. Target: doubled <= in_flight_at_kill.
- `two_workers`: 5,000 nudges, two bot processes in webhook mode (two pollers would get 409) on
  one PostgreSQL database. Reports `lost` and `doubled` (both 0) and `sent_by_worker` (from each
  process's "nudge N sent" log lines).
- `flood`: 1,500 nudges, one bot at SEND_RATE_PER_S=29 (the default); for 60 s from its first
  send, the fake answers 429 with retry_after 1-3 s to 30% of sendMessage calls (a seeded
  random draw per call). Reports `lost` (0), `drain_s` (first send to last nudge recorded
  sent), `floods_429`, `doubled`.
- `fast_user`: 40 new users at once, each playing `tests/fastuser.py`: /start, then five
  messages within a second (France, /new, the company, the role, the recruiter), then each
  answer as soon as its question arrives, through the after-interview dialog to its plan. The
  fake enforces Telegram's per-chat limit (a burst of 3 messages, then one a second) and
  answers 429 (retry_after 1-3 s) to 5% of sendMessage calls besides (any chat's: the next
  call). Reports `lost` (expected questions that never arrived), `doubled` (messages beyond
  them), `out_of_order` (users whose chat is not exactly the expected questions in order),
  `told_not_saved` (the error.retry text), `flood_429` (429s met, per-chat and random), and
  from the bot's log `replies_given_up` (past the outbox's 3 tries / 30 s) and
  `replies_not_delivered`. A reply can meet three random 429s in a row (about one call in
  8,000) and be given up: its user's walk stops there (`users_stopped`). Target: doubled,
  told_not_saved and `users_stopped_unlogged` (stopped without a logged give-up) all 0.
- `blocked`: 300 users, 100 of whom blocked the bot (the fake answers 403 "Forbidden: bot was
  blocked by the user" to every call for their chat); everyone has a due nudge and a nudge
  due in three days. After delivery the bench watches a lease and more. Reports
  `sends_after_403` (sendMessage calls to a blocked chat after its first 403: 0) and `intact`
  (their users, applications and nudges rows are all there, every nudge `paused`).
- `db_outage`: 600 nudges due; once 120 are delivered the database becomes unavailable for
  `--outage-s` seconds (10) while 40 users send `/agenda` (spread over the outage) and the
  reminder engine is mid-batch. On SQLite another process holds `BEGIN EXCLUSIVE` on the file; on
  PostgreSQL (`--database pg-throwaway`) the bench's own cluster is stopped with
  `pg_ctl stop -m immediate`, then started again. Reports `lost` (0 once it is back),
  `try_again_replies` (the error.retry text, "cette étape n'a pas été enregistrée"),
  `normal_replies`, `talkers_without_reply` (0), `max_reply_s`, `recover_s` (outage end to the
  first normal answer to a probe `/agenda`, sent once the database is back),
  `drain_after_outage_s`, and, for duplicates, `doubled` against `in_flight_at_outage` (the
  fake's sendMessage requests being served when it began), `doubled_beyond_in_flight` and
  `nudges_sent_during_outage`.
  On SQLite the bot's connections wait up to `SQLITE_LOCK_WAIT_S` (5 s, storage/db.py) for
  the lock, then the step fails and the user is asked to try again.

Databases (`--database`):

- absent: a fresh SQLite file per scenario in a temporary folder; `two_workers` uses the
  database `relance_faults` on the server of `TEST_POSTGRES_URL` (created when missing, its
  schema reset), or a throwaway cluster when that variable is empty;
- `sqlite+aiosqlite:///path/x.db`: SQLite, one new file per scenario (`x-kill9.db`...; they must
  not exist); `two_workers` is skipped;
- `postgresql+asyncpg://.../NAME`: every scenario on that database, whose `public` schema is
  dropped and re-created before each one (so NAME must contain "faults": the bench refuses to
  wipe anything else); `db_outage` is skipped (it cannot stop a server it does not own);
- `pg-throwaway`: a PostgreSQL cluster the bench creates itself (initdb and pg_ctl of the
  highest /usr/lib/postgresql/*/bin, as the postgres user via `runuser` when run as root, in a
  temporary folder, on a free 127.0.0.1 port), used by every scenario and removed at the end.

Examples:

    python -m bench.faults --json                                  # all, SQLite (+ PG for two)
    python -m bench.faults --scenario two_workers \\
        --database postgresql+asyncpg://postgres@127.0.0.1:55432/relance_faults --json
    python -m bench.faults --scenario db_outage --database pg-throwaway --json

Only 127.0.0.1 is contacted; every wait is bounded in time; every child process and server is
stopped at the end of its scenario, whatever happened (`--keep` keeps the temporary folders
with the bot logs). None of this runs in the tests.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import os
import pwd
import random
import re
import secrets
import shutil
import signal
import socket
import sys
import tempfile
import time
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine

from bench.common import APPLICATIONS, NUDGES, USERS, insert_rows, print_json
from bot.settings import Settings
from flows.business_calendar import WorkCalendar
from flows.catalog import LANGUAGES, Text, render
from flows.domain import NudgeKind, NudgeState, Stage
from storage import counts
from storage.db import create_engine, upgrade_to_head
from testkit import fastuser
from testkit.databases import empty_postgres
from testkit.fakebot import ApiCall, FakeBotAPI, FakeUser
from testkit.rows import pending_nudge_row

SCENARIOS = ("kill9", "two_workers", "flood", "fast_user", "blocked", "db_outage")
FAST_USERS = 40
FAST_USER_WAIT_S = 40.0  # for each question: past it (the outbox's 30 s and more), it never came
FAST_USER_SETTLE_S = 3.0
REPO = Path(__file__).resolve().parent.parent
THROWAWAY = "pg-throwaway"
FAULTS_DATABASE = "relance_faults"

# (IANA zone, country of its public holidays), tried in this order.
ZONES: tuple[tuple[str, str], ...] = (
    ("Europe/Paris", "FR"),
    ("America/New_York", "US"),
    ("Asia/Tokyo", "JP"),
    ("Australia/Sydney", "AU"),
    ("America/Los_Angeles", "US"),
    ("Asia/Kolkata", "IN"),
    ("Europe/London", "GB"),
    ("America/Chicago", "US"),
    ("America/Sao_Paulo", "BR"),
    ("Asia/Singapore", "SG"),
    ("Pacific/Auckland", "NZ"),
    ("America/Denver", "US"),
    ("Asia/Dubai", "AE"),
    ("Pacific/Honolulu", "US"),
)
SLOT = (dt.time(10, 0), dt.time(16, 0))  # now must be in here, locally: the run has hours left

USER_ID_BASE = 30_000_000
SEND_LATENCY_S = 0.05  # the fake answers sendMessage after this: sends are really in flight
PROCESS_START_S = 60.0  # a bot process must be up (polling or webhook set) within this
STOP_GRACE_S = 20.0  # SIGTERM, then SIGKILL after this
RETRY_MARKERS = tuple(render(lang, Text("error.retry")) for lang in LANGUAGES)
SETTING_NAMES = frozenset(name.upper() for name in Settings.model_fields)
PROXY_NAMES = frozenset({"HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"})
SENT_LOG = re.compile(r"\bnudge \d+ sent\b")

SQLITE_LOCKER = """
import sqlite3, sys, time
connection = sqlite3.connect(sys.argv[1], timeout=60, isolation_level=None)
connection.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
connection.execute("COMMIT")
connection.close()
print("released", flush=True)
"""


class FaultsError(RuntimeError):
    """The bench cannot go on (no working-hours zone, a server that will not start...)."""


class Progress:
    """Progress notes on stderr, silent with --json."""

    quiet = False

    @classmethod
    def note(cls, message: str) -> None:
        if not cls.quiet:
            print(f"[faults {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# --------------------------------------------------------------------------------- time zone


def working_zone(now: dt.datetime) -> tuple[str, str]:
    """The first zone of ZONES where `now` is a business day between 10:00 and 16:00."""
    for tz_name, country in ZONES:
        calendar = WorkCalendar.for_user(tz_name, country)
        local = calendar.local(now)
        if calendar.is_business_day(local.date()) and SLOT[0] <= local.time() < SLOT[1]:
            return tz_name, country
    raise FaultsError(
        "no time zone of bench.faults.ZONES is in working hours on a business day right now "
        "(the bot delivers only then, by the real clock): run it on a weekday"
    )


# --------------------------------------------------------------------------------- helpers


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def until(
    check: Callable[[], bool | Awaitable[bool]],
    within_s: float,
    *,
    alive: Sequence[BotProcess] = (),
    interval: float = 0.25,
) -> bool:
    """Wait until `check()` is true (True) or `within_s` seconds passed (False). A process of
    `alive` that exits meanwhile is an error (its log tail is in the message)."""
    deadline = time.monotonic() + within_s
    while True:
        result = check()
        if not isinstance(result, bool):
            result = await result
        if result:
            return True
        for process in alive:
            if not process.alive:
                raise FaultsError(
                    f"{process.name} exited with status {process.returncode}:\n{process.tail()}"
                )
        if time.monotonic() >= deadline:
            return False
        await asyncio.sleep(interval)


def messages_per_chat(fake: FakeBotAPI, chats: Iterable[int]) -> Counter[int]:
    """How many messages the fake accepted for each of these chats."""
    wanted = set(chats)
    return Counter(m.chat_id for m in fake.sent if m.chat_id in wanted)


def delivery_figures(fake: FakeBotAPI, chats: Sequence[int]) -> dict[str, int]:
    """`lost`: chats that never got their nudge; `doubled`: chats that got it more than once."""
    counts = messages_per_chat(fake, chats)
    return {
        "lost": sum(1 for chat in chats if counts[chat] == 0),
        "doubled": sum(1 for chat in chats if counts[chat] > 1),
        "extra_messages": sum(max(0, counts[chat] - 1) for chat in chats),
    }


async def nudge_states(engine: AsyncEngine, kind: NudgeKind | None = None) -> dict[str, int]:
    """Nudge rows by state (of one kind, or all)."""
    async with engine.connect() as connection:
        return await counts.nudges_by_state(connection, kind=kind)


async def all_sent(engine: AsyncEngine, expected: int) -> bool:
    """Whether the `check_in` nudges (the due ones) are all recorded sent."""
    states = await nudge_states(engine, NudgeKind.CHECK_IN)
    return states.get(NudgeState.SENT.value, 0) >= expected


# --------------------------------------------------------------------------------- seeding


@dataclass
class Seeded:
    users: list[int]
    due: list[int]  # users with one due check_in nudge


async def seed(
    engine: AsyncEngine,
    zone: tuple[str, str],
    now: dt.datetime,
    *,
    users: int,
    due: int,
    future: bool = False,
) -> Seeded:
    """`users` onboarded users in `zone`, one application each; the first `due` of them have a
    check_in nudge due a minute ago; with `future`, everyone also has an `applied` nudge due in
    three days."""
    tz_name, country = zone
    ids = [USER_ID_BASE + i for i in range(users)]
    user_rows = [
        {
            "id": uid,
            "language": "fr",
            "timezone": tz_name,
            "country": country,
            "nudge_hour": dt.time(9, 0),
            "paused_all": False,
            "blocked": False,
            "onboarded": True,
            "created_at": now - dt.timedelta(days=30),
            "last_seen_at": now - dt.timedelta(days=1),
        }
        for uid in ids
    ]
    app_rows = [
        {
            "id": index + 1,
            "user_id": uid,
            "company": f"Entreprise {index + 1}",
            "role": "Développeuse backend",
            "recruiter_name": None,
            "stage": Stage.WAITING,
            "archived": False,
            "applied_at": now - dt.timedelta(days=10),
            "created_at": now - dt.timedelta(days=10),
            "updated_at": now - dt.timedelta(days=2),
        }
        for index, uid in enumerate(ids)
    ]

    def nudge(index: int, kind: NudgeKind, due_at: dt.datetime) -> dict[str, Any]:
        created_at = now - dt.timedelta(days=2)
        return pending_nudge_row(ids[index], index + 1, kind, due_at, created_at)

    nudge_rows = [nudge(i, NudgeKind.CHECK_IN, now - dt.timedelta(minutes=1)) for i in range(due)]
    if future:
        later = now + dt.timedelta(days=3)
        nudge_rows += [nudge(i, NudgeKind.APPLIED, later) for i in range(users)]
    async with engine.begin() as connection:
        await insert_rows(connection, USERS, user_rows)
        await insert_rows(connection, APPLICATIONS, app_rows)
        await insert_rows(connection, NUDGES, nudge_rows)
        if connection.dialect.name == "postgresql":
            # Explicit ids: move the sequence past them, for the rows the bot may add.
            await connection.execute(
                text(
                    "SELECT setval(pg_get_serial_sequence('applications', 'id'), "
                    "(SELECT max(id) FROM applications))"
                )
            )
    return Seeded(ids, ids[:due])


# --------------------------------------------------------------------------------- PostgreSQL


def postgres_bin() -> Path:
    """The bin folder of the highest PostgreSQL version installed."""
    found = [p for p in Path("/usr/lib/postgresql").glob("*/bin") if (p / "pg_ctl").exists()]
    if not found:
        raise FaultsError("no /usr/lib/postgresql/*/bin/pg_ctl: PostgreSQL is not installed")
    return max(found, key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0)


class ThrowawayCluster:
    """A PostgreSQL cluster in a temporary folder on a free 127.0.0.1 port, owned by the bench:
    started, stopped (`-m immediate`: a crash) and removed at will."""

    def __init__(self) -> None:
        self.bin = postgres_bin()
        self.root = Path(tempfile.mkdtemp(prefix="relance-faults-pg-"))
        self.data = self.root / "data"
        self.log = self.root / "postgres.log"
        self.port = free_port()
        self.initialised = False
        self.running = False
        self._as_postgres: list[str] = []
        if os.geteuid() == 0:
            # PostgreSQL refuses to run as root: the folder goes to the postgres user.
            owner = pwd.getpwnam("postgres")
            os.chown(self.root, owner.pw_uid, owner.pw_gid)
            self._as_postgres = ["runuser", "-u", "postgres", "--"]

    @property
    def url(self) -> str:
        return f"postgresql+asyncpg://postgres@127.0.0.1:{self.port}/{FAULTS_DATABASE}"

    async def _run(self, tool: str, *args: str, limit_s: float = 120.0) -> None:
        process = await asyncio.create_subprocess_exec(
            *self._as_postgres,
            str(self.bin / tool),
            *args,
            stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.STDOUT,
            cwd=self.root,
        )
        try:
            output, _ = await asyncio.wait_for(process.communicate(), limit_s)
        except TimeoutError:
            process.kill()
            await process.wait()
            raise FaultsError(f"{tool} {' '.join(args)}: no answer in {limit_s:.0f} s") from None
        if process.returncode != 0:
            raise FaultsError(f"{tool} {' '.join(args)} failed:\n{output.decode(errors='replace')}")

    async def start(self) -> None:
        """initdb the first time, then start and wait until it accepts connections."""
        if not self.initialised:
            await self._run(
                "initdb", "-D", str(self.data), "-U", "postgres", "-A", "trust", "-E", "UTF8"
            )
            self.initialised = True
        options = (
            f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.root} "
            "-c fsync=off -c max_connections=200"
        )
        await self._run(
            "pg_ctl", "-D", str(self.data), "-l", str(self.log), "-w", "-t", "60", "-o", options,
            "start",
        )  # fmt: skip
        self.running = True

    async def stop_immediate(self) -> None:
        """Stop at once, as a crash would: connections are cut, nothing is flushed cleanly."""
        await self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        self.running = False

    async def close(self) -> None:
        """Stop (if running) and remove the folder."""
        try:
            if self.running:
                await self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")
                self.running = False
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


async def ensure_database(url: str) -> None:
    """Create the URL's database on its server when missing (through the `postgres` one)."""
    parsed = make_url(url)
    admin = create_engine(
        parsed.set(database="postgres").render_as_string(hide_password=False),
        isolation_level="AUTOCOMMIT",
    )
    try:
        async with admin.connect() as connection:
            exists = await connection.scalar(
                text("SELECT 1 FROM pg_database WHERE datname = :name"),
                {"name": parsed.database},
            )
            if not exists:
                await connection.execute(text(f'CREATE DATABASE "{parsed.database}"'))
    finally:
        await admin.dispose()


def check_wipeable(url: str) -> None:
    """Only a database named for this bench may be wiped (never relance_test, say)."""
    name = make_url(url).database or ""
    if "faults" not in name:
        raise FaultsError(f"refusing to wipe database {name!r}: its name must contain 'faults'")


async def reset_schema(url: str) -> None:
    """Drop and re-create the `public` schema: an empty database for the scenario."""
    check_wipeable(url)
    await empty_postgres(url)


# --------------------------------------------------------------------------------- databases


@dataclass
class Target:
    """Where one scenario's data lives."""

    url: str
    label: str  # "sqlite", "postgresql" or "pg-throwaway"
    cluster: ThrowawayCluster | None = None

    @property
    def backend(self) -> str:
        return make_url(self.url).get_backend_name()


class Databases:
    """Picks and prepares each scenario's database from `--database` (see the docstring)."""

    def __init__(self, option: str | None, workdir: Path) -> None:
        self.option = option
        self.workdir = workdir
        self.cluster: ThrowawayCluster | None = None

    async def _throwaway(self) -> ThrowawayCluster:
        if self.cluster is None:
            Progress.note("starting a throwaway PostgreSQL cluster")
            self.cluster = ThrowawayCluster()
            await self.cluster.start()
        if not self.cluster.running:
            await self.cluster.start()
        return self.cluster

    async def target(self, scenario: str) -> Target | str:
        """The scenario's database, empty; or why the scenario cannot run on this option."""
        option = self.option
        if option == THROWAWAY or (
            option is None
            and scenario == "two_workers"
            and not os.environ.get("TEST_POSTGRES_URL", "").strip()
        ):
            cluster = await self._throwaway()
            await ensure_database(cluster.url)
            await reset_schema(cluster.url)
            return Target(cluster.url, THROWAWAY, cluster)
        if option is None and scenario == "two_workers":
            server = make_url(os.environ["TEST_POSTGRES_URL"].strip())
            url = server.set(database=FAULTS_DATABASE).render_as_string(hide_password=False)
            await ensure_database(url)
            await reset_schema(url)
            return Target(url, "postgresql")
        if option is None:
            return Target(f"sqlite+aiosqlite:///{self.workdir / f'{scenario}.db'}", "sqlite")
        backend = make_url(option).get_backend_name()
        if backend == "sqlite":
            if scenario == "two_workers":
                return "two_workers needs PostgreSQL (a PostgreSQL URL or pg-throwaway)"
            database = make_url(option).database or ""
            if not database or database == ":memory:" or database.startswith("file:"):
                raise FaultsError("give a SQLite file URL (the bot processes share the file)")
            path = Path(database)
            path = path.with_name(f"{path.stem}-{scenario}{path.suffix or '.db'}")
            if path.exists():
                raise FaultsError(f"{path} exists; give the path of a new file")
            path.parent.mkdir(parents=True, exist_ok=True)
            return Target(f"sqlite+aiosqlite:///{path.resolve()}", "sqlite")
        if backend == "postgresql":
            if scenario == "db_outage":
                return "db_outage on PostgreSQL stops the server: use --database pg-throwaway"
            check_wipeable(option)
            await ensure_database(option)
            await reset_schema(option)
            return Target(option, "postgresql")
        raise FaultsError(f"unsupported database {backend!r}")

    async def close(self) -> None:
        if self.cluster is not None:
            await self.cluster.close()
            self.cluster = None


# --------------------------------------------------------------------------------- bot processes


class BotProcess:
    """One `python -m bot` child process, its output in a log file."""

    def __init__(self, name: str, env: dict[str, str], cwd: Path) -> None:
        self.name = name
        self.env = env
        self.cwd = cwd
        self.log_path = cwd / f"{name}.log"
        self.process: asyncio.subprocess.Process | None = None
        self._log: IO[bytes] | None = None

    async def start(self) -> None:
        self._log = self.log_path.open("wb")
        self.process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            env=self.env,
            cwd=self.cwd,
            stdin=asyncio.subprocess.DEVNULL,
            stdout=self._log,
            stderr=asyncio.subprocess.STDOUT,
        )

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    @property
    def alive(self) -> bool:
        return self.process is not None and self.process.returncode is None

    @property
    def returncode(self) -> int | None:
        return None if self.process is None else self.process.returncode

    def kill9(self) -> None:
        """SIGKILL, now (synchronous: callable from the fake's listener)."""
        if self.alive:
            os.kill(self.pid, signal.SIGKILL)

    async def stop(self) -> None:
        """SIGTERM (the graceful stop), then SIGKILL after STOP_GRACE_S."""
        if self.process is None:
            return
        if self.process.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                self.process.send_signal(signal.SIGTERM)
            try:
                await asyncio.wait_for(self.process.wait(), STOP_GRACE_S)
            except TimeoutError:
                with contextlib.suppress(ProcessLookupError):
                    self.process.kill()
                await self.process.wait()
        if self._log is not None:
            self._log.close()
            self._log = None

    def tail(self, lines: int = 30) -> str:
        with contextlib.suppress(OSError):
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        return ""

    def count_in_log(self, pattern: re.Pattern[str]) -> int:
        with contextlib.suppress(OSError):
            return len(pattern.findall(self.log_path.read_text(errors="replace")))
        return 0


def bot_env(fake: FakeBotAPI, url: str, settings: dict[str, str]) -> dict[str, str]:
    """The child's environment: ours without any Relance setting or proxy, plus `settings`."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key.upper() not in SETTING_NAMES and key.upper() not in PROXY_NAMES
    }
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    env["NO_PROXY"] = env["no_proxy"] = "127.0.0.1,localhost"
    env.update(
        {
            "TELEGRAM_BOT_TOKEN": fake.token,
            "TELEGRAM_API_BASE_URL": fake.base_url,
            "DATABASE_URL": url,
            "LOG_LEVEL": "INFO",
            "LOG_FORMAT": "text",
        }
    )
    env.update(settings)
    return env


@dataclass
class Harness:
    """One scenario's world: the fake, the database, the bench's engine, the bot processes."""

    fake: FakeBotAPI
    target: Target
    engine: AsyncEngine
    workdir: Path
    zone: tuple[str, str]
    now: dt.datetime
    processes: list[BotProcess] = field(default_factory=list)

    async def spawn(self, name: str, *, webhook: bool = False, **settings: str) -> BotProcess:
        """Start a bot process and wait until it polls (or has set its webhook)."""
        values = {key.upper(): value for key, value in settings.items()}
        if webhook:
            port = free_port()
            values.update(
                WEBHOOK_URL=f"http://127.0.0.1:{port}/telegram",
                WEBHOOK_SECRET=secrets.token_urlsafe(24),
                WEBHOOK_LISTEN="127.0.0.1",
                WEBHOOK_PORT=str(port),
            )
        process = BotProcess(name, bot_env(self.fake, self.target.url, values), self.workdir)
        since = len(self.fake.calls)
        await process.start()
        self.processes.append(process)
        method = "setWebhook" if webhook else "getUpdates"

        def up() -> bool:
            return any(c.method == method for c in self.fake.calls[since:])

        if not await until(up, PROCESS_START_S, alive=[process]):
            raise FaultsError(f"{name} did not start in {PROCESS_START_S:.0f} s:\n{process.tail()}")
        return process

    async def close(self) -> None:
        for process in self.processes:
            await process.stop()


@asynccontextmanager
async def harness(
    target: Target, workdir: Path, fake: FakeBotAPI | None = None
) -> AsyncIterator[Harness]:
    """The fake started, the schema at head; everything stopped at the end."""
    fake = fake or FakeBotAPI()
    engine = create_engine(target.url)
    world: Harness | None = None
    try:
        await fake.start()
        fake.delay("sendMessage", SEND_LATENCY_S)
        await upgrade_to_head(engine)
        now = dt.datetime.now(dt.UTC)
        world = Harness(fake, target, engine, workdir, working_zone(now), now)
        yield world
    finally:
        try:
            if world is not None:
                await world.close()
        finally:
            await engine.dispose()
            await fake.stop()


# --------------------------------------------------------------------------------- scenarios


async def scenario_kill9(h: Harness) -> dict[str, Any]:
    """SIGKILL mid-dispatch, restart, every nudge delivered; doubles within what was in flight."""
    n = 2000
    seeded = await seed(h.engine, h.zone, h.now, users=n, due=n)
    chats = set(seeded.due)
    kill_after = n // 4
    seen: dict[str, Any] = {"ok": 0, "done": 0, "killed": False, "fake_in_flight": 0}
    victim: list[BotProcess] = []

    def on_call(call: ApiCall, payload: dict[str, Any]) -> None:
        if call.method != "sendMessage":
            return
        seen["done"] += 1
        if payload.get("ok") and call.params.get("chat_id") in chats:
            seen["ok"] += 1
        if seen["ok"] >= kill_after and not seen["killed"] and victim:
            victim[0].kill9()
            seen["killed"] = True
            seen["killed_at"] = time.monotonic()
            arrived = sum(1 for c in h.fake.calls if c.method == "sendMessage")
            seen["fake_in_flight"] = arrived - seen["done"]
            seen["sent_at_kill"] = seen["ok"]

    remove = h.fake.add_listener(on_call)
    started = time.monotonic()
    try:
        first = await h.spawn(
            "bot-1", dispatch_interval_s="0.2", nudge_lease_s="5", send_rate_per_s="200"
        )
        victim.append(first)
        if not await until(lambda: bool(seen["killed"]), 120, alive=[first]):
            raise FaultsError(f"kill9: {kill_after} sends not reached in 120 s")
    finally:
        remove()
    assert first.process is not None
    await asyncio.wait_for(first.process.wait(), 10)
    await asyncio.sleep(1.0)  # the fake finishes serving what was in flight (50 ms each)
    claimed = (await nudge_states(h.engine, NudgeKind.CHECK_IN)).get(NudgeState.CLAIMED.value, 0)
    delivered_before_restart = len(messages_per_chat(h.fake, chats))
    Progress.note(
        f"kill9: killed after {seen['sent_at_kill']} sends; {seen['fake_in_flight']} in flight, "
        f"{claimed} claimed; restarting"
    )
    second = await h.spawn(
        "bot-2", dispatch_interval_s="0.2", nudge_lease_s="5", send_rate_per_s="200"
    )

    async def done() -> bool:
        return len(messages_per_chat(h.fake, chats)) >= n and await all_sent(h.engine, n)

    finished = await until(done, 300, alive=[second])
    seconds = round(time.monotonic() - started, 1)
    await second.stop()
    figures = delivery_figures(h.fake, seeded.due)
    in_flight = int(seen["fake_in_flight"]) + claimed
    return {
        "scenario": "kill9",
        "nudges": n,
        **figures,
        "in_flight_at_kill": in_flight,
        "fake_in_flight_at_kill": seen["fake_in_flight"],
        "claimed_unsent_at_kill": claimed,
        "sent_at_kill": seen["sent_at_kill"],
        "delivered_before_restart": delivered_before_restart,
        "states": await nudge_states(h.engine, NudgeKind.CHECK_IN),
        "refused": len(h.fake.refused),
        "finished": finished,
        "seconds": seconds,
        "ok": figures["lost"] == 0 and figures["doubled"] <= in_flight and not h.fake.refused,
    }


async def scenario_two_workers(h: Harness) -> dict[str, Any]:
    """Two webhook-mode processes share one PostgreSQL: nothing lost, nothing sent twice."""
    n = 5000
    seeded = await seed(h.engine, h.zone, h.now, users=n, due=n)
    chats = set(seeded.due)
    started = time.monotonic()
    settings = {"dispatch_interval_s": "0.2", "send_rate_per_s": "200", "nudge_lease_s": "60"}
    workers = [
        await h.spawn("worker-1", webhook=True, **settings),
        await h.spawn("worker-2", webhook=True, **settings),
    ]

    async def done() -> bool:
        return len(messages_per_chat(h.fake, chats)) >= n and await all_sent(h.engine, n)

    finished = await until(done, 400, alive=workers, interval=0.5)
    seconds = round(time.monotonic() - started, 1)
    await asyncio.sleep(1.0)  # a late duplicate would show now
    for worker in workers:
        await worker.stop()
    figures = delivery_figures(h.fake, seeded.due)
    return {
        "scenario": "two_workers",
        "nudges": n,
        **figures,
        "sent_by_worker": [w.count_in_log(SENT_LOG) for w in workers],
        "states": await nudge_states(h.engine, NudgeKind.CHECK_IN),
        "refused": len(h.fake.refused),
        "finished": finished,
        "seconds": seconds,
        "rate_per_s": round(n / seconds, 1) if finished else None,
        "ok": figures["lost"] == 0 and figures["doubled"] == 0 and not h.fake.refused,
    }


class FloodingFakeBotAPI(FakeBotAPI):
    """The fake, answering 429 (retry_after 1-3 s, drawn per call) to `ratio` of the
    sendMessage calls during `seconds` from the first one. Uses the fake's own `fail_next`."""

    def __init__(self, ratio: float, seconds: float, seed: int = 8) -> None:
        super().__init__()
        self.ratio = ratio
        self.seconds = seconds
        self.random = random.Random(seed)
        self.flood_started: float | None = None
        self.flood_calls = 0  # sendMessage calls during the flood
        self.flood_429 = 0

    def _check_faults(self, method: str, params: Any) -> None:
        if method == "sendMessage":
            now = time.monotonic()
            if self.flood_started is None:
                self.flood_started = now
            if now - self.flood_started < self.seconds:
                self.flood_calls += 1
                if self.random.random() < self.ratio:
                    self.fail_next("sendMessage", 429, retry_after=self.random.randint(1, 3))
                    self.flood_429 += 1
        super()._check_faults(method, params)


async def scenario_flood(h: Harness) -> dict[str, Any]:
    """30% of sends answered 429 for a minute: everything still delivered, once."""
    assert isinstance(h.fake, FloodingFakeBotAPI)
    n = 1500
    seeded = await seed(h.engine, h.zone, h.now, users=n, due=n)
    chats = set(seeded.due)
    bot = await h.spawn("bot", dispatch_interval_s="0.2", nudge_lease_s="30", send_rate_per_s="29")

    async def done() -> bool:
        return len(messages_per_chat(h.fake, chats)) >= n and await all_sent(h.engine, n)

    finished = await until(done, 420, alive=[bot], interval=0.5)
    drained = time.monotonic()
    await bot.stop()
    figures = delivery_figures(h.fake, seeded.due)
    flood_started = h.fake.flood_started or drained
    injected = Counter(f.error_code for f in h.fake.injected)
    return {
        "scenario": "flood",
        "nudges": n,
        **figures,
        "drain_s": round(drained - flood_started, 1) if finished else None,
        "floods_429": injected[429],
        "flood_s": h.fake.seconds,
        "sends_during_flood": h.fake.flood_calls,
        "flood_ratio": round(h.fake.flood_429 / max(1, h.fake.flood_calls), 3),
        "send_calls": sum(1 for c in h.fake.calls if c.method == "sendMessage"),
        "ideal_drain_s": round(n / 29, 1),
        "states": await nudge_states(h.engine, NudgeKind.CHECK_IN),
        "refused": len(h.fake.refused),
        "finished": finished,
        "ok": figures["lost"] == 0 and figures["doubled"] == 0 and not h.fake.refused,
    }


async def scenario_fast_user(h: Harness) -> dict[str, Any]:
    """Users faster than Telegram's per-chat limit, and 10% of sends flooded besides: every
    question arrives, in order, once, and nobody is told a saved step was not saved."""
    assert isinstance(h.fake, FloodingFakeBotAPI)
    n = FAST_USERS
    h.fake.chat_rate_limit, h.fake.chat_burst = 1.0, 3
    bot = await h.spawn("bot")
    users = [FakeUser(id=7_000_000 + i, first_name=f"F{i}", language_code="fr") for i in range(n)]
    started = time.monotonic()
    drives = await asyncio.gather(
        *(fastuser.drive(h.fake, user, FAST_USER_WAIT_S) for user in users),
        return_exceptions=True,
    )
    played_s = time.monotonic() - started

    def quiet() -> bool:
        return h.fake.in_flight == 0

    # A reply sent twice would come after the last expected one: give it time to show.
    await until(quiet, 30, alive=[bot], interval=0.1)
    await asyncio.sleep(FAST_USER_SETTLE_S)
    await bot.stop()
    outcomes = [fastuser.outcome(h.fake, user) for user in users]
    errors = [f"{type(r).__name__}: {r}"[:120] for r in drives if isinstance(r, BaseException)]
    injected = Counter(f.error_code for f in h.fake.injected)
    given_up = bot.count_in_log(re.compile(r"given up after"))
    not_delivered = bot.count_in_log(re.compile(r"not delivered to user"))
    figures = {
        "users": n,
        "questions_expected": sum(o.expected for o in outcomes),
        "lost": sum(o.lost for o in outcomes),
        "doubled": sum(o.doubled for o in outcomes),
        "out_of_order": sum(1 for o in outcomes if not o.in_order),
        "told_not_saved": sum(o.told_not_saved for o in outcomes),
        "flood_429": injected[429],
        "chat_floods_429": h.fake.chat_floods,
        "random_floods_429": h.fake.flood_429,
        "replies_given_up": given_up,
        "replies_not_delivered": not_delivered,
        "played_s": round(played_s, 1),
        "driver_errors": len(errors),
        "first_errors": errors[:3],
        "refused": len(h.fake.refused),
    }
    # A reply given up past the bound (3 tries, 30 s) is allowed, if logged: the user it
    # stopped is then not a silent loss.
    users_stopped = sum(1 for o in outcomes if o.lost or not o.in_order)
    figures["users_stopped"] = users_stopped
    figures["users_stopped_unlogged"] = max(0, users_stopped - given_up - not_delivered)
    return {
        "scenario": "fast_user",
        **figures,
        "ok": not (
            figures["users_stopped_unlogged"]
            or figures["doubled"]
            or figures["told_not_saved"]
            or h.fake.refused
        ),
    }


async def scenario_blocked(h: Harness) -> dict[str, Any]:
    """100 of 300 users blocked the bot: no send after their 403, their data kept, paused."""
    n = 300
    seeded = await seed(h.engine, h.zone, h.now, users=n, due=n, future=True)
    blocked = seeded.users[::3]
    active = [u for u in seeded.users if u not in set(blocked)]
    for chat in blocked:
        h.fake.fail_chat(chat, 403, "Forbidden: bot was blocked by the user")
    lease_s = 5
    bot = await h.spawn(
        "bot", dispatch_interval_s="0.2", nudge_lease_s=str(lease_s), send_rate_per_s="200"
    )

    async def blocked_flags() -> int:
        async with h.engine.connect() as connection:
            return await counts.users(connection, blocked=True)

    async def done() -> bool:
        delivered = len(messages_per_chat(h.fake, active))
        return delivered >= len(active) and await blocked_flags() >= len(blocked)

    finished = await until(done, 180, alive=[bot])
    # Past a lease and a few ticks: a retried send to a blocked chat would show now.
    await until(lambda: False, lease_s + 3, alive=[bot])
    await bot.stop()
    calls = Counter(
        c.params.get("chat_id")
        for c in h.fake.calls
        if c.method == "sendMessage" and c.params.get("chat_id") in set(blocked)
    )
    forbidden = Counter(
        f.params.get("chat_id")
        for f in h.fake.injected
        if f.method == "sendMessage" and f.error_code == 403
    )
    sends_after_403 = sum(max(0, calls[chat] - 1) for chat in blocked if forbidden[chat])
    async with h.engine.connect() as connection:
        users_kept = await counts.users(connection, ids=blocked)
        flagged = await counts.users(connection, ids=blocked, blocked=True)
        apps_kept = await counts.applications_of(connection, blocked)
        blocked_states = await counts.nudges_by_state(connection, user_ids=blocked)
    nudges_kept = sum(blocked_states.values())
    expected_nudges = 2 * len(blocked)  # the due one and the one in three days
    intact = (
        users_kept == len(blocked)
        and apps_kept == len(blocked)
        and nudges_kept == expected_nudges
        and blocked_states.get(NudgeState.PAUSED.value, 0) == expected_nudges
    )
    figures = delivery_figures(h.fake, active)
    lost = figures["lost"] + max(0, expected_nudges - nudges_kept)
    return {
        "scenario": "blocked",
        "users": n,
        "blocked_users": len(blocked),
        "lost": lost,
        "doubled": figures["doubled"],
        "sends_after_403": sends_after_403,
        "calls_to_blocked": sum(calls.values()),
        "blocked_chats_answered_403": sum(1 for chat in blocked if forbidden[chat]),
        "intact": intact,
        "blocked_rows": {
            "users": users_kept,
            "flagged_blocked": flagged,
            "applications": apps_kept,
            "nudges": blocked_states,
        },
        "refused": len(h.fake.refused),
        "finished": finished,
        "ok": lost == 0 and sends_after_403 == 0 and intact and not h.fake.refused,
    }


class Outage:
    """Makes the database unavailable for a while, and back."""

    def __init__(self, target: Target, workdir: Path) -> None:
        self.target = target
        self.workdir = workdir
        self.locker: asyncio.subprocess.Process | None = None

    async def begin(self, seconds: float) -> float:
        """SQLite: a process takes the write lock (`BEGIN EXCLUSIVE`) and keeps it `seconds`;
        PostgreSQL: the throwaway cluster stops at once. Returns when it became unavailable
        (`time.monotonic()`)."""
        if self.target.backend == "sqlite":
            path = make_url(self.target.url).database or ""
            self.locker = await asyncio.create_subprocess_exec(
                sys.executable,
                "-c",
                SQLITE_LOCKER,
                path,
                str(seconds),
                stdin=asyncio.subprocess.DEVNULL,
                stdout=asyncio.subprocess.PIPE,
                stderr=asyncio.subprocess.STDOUT,
            )
            assert self.locker.stdout is not None
            line = await asyncio.wait_for(self.locker.stdout.readline(), 60)
            if line.strip() != b"locked":
                raise FaultsError(f"the SQLite locker did not lock: {line!r}")
            return time.monotonic()
        assert self.target.cluster is not None
        started = time.monotonic()
        await self.target.cluster.stop_immediate()
        return started

    async def end(self, started: float, seconds: float) -> None:
        """Back `seconds` after `started`: the locker commits and exits, or the cluster starts."""
        if self.locker is not None:
            assert self.locker.stdout is not None
            try:
                await asyncio.wait_for(self.locker.stdout.read(), seconds + 30)
                await asyncio.wait_for(self.locker.wait(), 10)
            finally:
                await self.close()
        else:
            assert self.target.cluster is not None
            await asyncio.sleep(max(0.0, started + seconds - time.monotonic()))
            await self.target.cluster.start()

    async def close(self) -> None:
        if self.locker is not None and self.locker.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                self.locker.kill()
            await self.locker.wait()
        self.locker = None


async def scenario_db_outage(h: Harness, outage_s: float) -> dict[str, Any]:
    """The database away for `outage_s` during updates and dispatch: users told to try again,
    every due nudge delivered once it is back."""
    n = 600
    talkers_count = 40
    seeded = await seed(h.engine, h.zone, h.now, users=n + talkers_count + 1, due=n)
    chats = set(seeded.due)
    talkers = seeded.users[n : n + talkers_count]
    probe = seeded.users[-1]
    pushed_at: dict[int, float] = {}
    first_reply_at: dict[int, float] = {}
    nudge_sends: list[float] = []  # when each nudge message was accepted
    finished_sends = [0]

    def on_call(call: ApiCall, payload: dict[str, Any]) -> None:
        if call.method != "sendMessage":
            return
        finished_sends[0] += 1
        chat = call.params.get("chat_id")
        if payload.get("ok") and chat in pushed_at:
            first_reply_at.setdefault(chat, time.monotonic())
        if payload.get("ok") and chat in chats:
            nudge_sends.append(time.monotonic())

    def in_flight() -> int:
        return sum(1 for c in h.fake.calls if c.method == "sendMessage") - finished_sends[0]

    remove = h.fake.add_listener(on_call)
    outage = Outage(h.target, h.workdir)
    bot: BotProcess | None = None
    try:
        bot = await h.spawn(
            "bot", dispatch_interval_s="0.2", nudge_lease_s="5", send_rate_per_s="200"
        )
        if not await until(lambda: len(messages_per_chat(h.fake, chats)) >= 120, 90, alive=[bot]):
            raise FaultsError("db_outage: 120 nudges not delivered in 90 s")
        Progress.note(f"db_outage: database unavailable for {outage_s:.0f} s")
        in_flight_before = in_flight()
        outage_started = await outage.begin(outage_s)
        in_flight_at_outage = max(in_flight_before, in_flight())
        sent_before = len(h.fake.sent)
        users = {uid: FakeUser(id=uid, first_name="Test", language_code="fr") for uid in talkers}
        for index, uid in enumerate(talkers):
            at = outage_started + index * outage_s * 0.8 / talkers_count
            await asyncio.sleep(max(0.0, at - time.monotonic()))
            pushed_at[uid] = time.monotonic()
            h.fake.push_message(users[uid], "/agenda")
        await outage.end(outage_started, outage_s)
        outage_ended = time.monotonic()
        sent_during = len(h.fake.sent) - sent_before
        Progress.note("db_outage: database back")
        # Recovery: a probe /agenda at a time, until one gets a normal answer.
        recovered_at: float | None = None
        probe_user = FakeUser(id=probe, first_name="Probe", language_code="fr")
        for _ in range(60):
            before = len(h.fake.chats.get(probe, {}))
            h.fake.push_message(probe_user, "/agenda")
            pushed_at.setdefault(probe, time.monotonic())

            def answered(count: int = before) -> bool:
                return len(h.fake.chats.get(probe, {})) > count

            if await until(answered, 30, alive=[bot], interval=0.05):
                reply = h.fake.last_message(probe).plain_text or ""
                if not any(marker in reply for marker in RETRY_MARKERS):
                    recovered_at = time.monotonic()
                    break
            await asyncio.sleep(0.5)

        async def done() -> bool:
            return (
                len(messages_per_chat(h.fake, chats)) >= n
                and all(uid in first_reply_at for uid in talkers)
                and await all_sent(h.engine, n)
            )

        finished = await until(done, 300, alive=[bot], interval=0.5)
        drained = time.monotonic()
    finally:
        remove()
        await outage.close()
        if bot is not None:
            await bot.stop()
    replies = [m for m in h.fake.sent if m.chat_id in set(talkers)]
    try_again = sum(
        1 for m in replies if any(marker in (m.plain_text or "") for marker in RETRY_MARKERS)
    )
    latencies = [first_reply_at[u] - pushed_at[u] for u in talkers if u in first_reply_at]
    figures = delivery_figures(h.fake, seeded.due)
    without_reply = sum(1 for uid in talkers if uid not in first_reply_at)
    return {
        "scenario": "db_outage",
        "database": h.target.label,
        "nudges": n,
        **figures,
        "outage_s": round(outage_ended - outage_started, 1),
        "talkers": talkers_count,
        "try_again_replies": try_again,
        "normal_replies": len(replies) - try_again,
        "talkers_without_reply": without_reply,
        "max_reply_s": round(max(latencies), 1) if latencies else None,
        "recover_s": round(recovered_at - outage_ended, 2) if recovered_at else None,
        "drain_after_outage_s": round(drained - outage_ended, 1) if finished else None,
        "messages_during_outage": sent_during,
        "nudges_sent_during_outage": sum(
            1 for at in nudge_sends if outage_started <= at < outage_ended
        ),
        "in_flight_at_outage": in_flight_at_outage,
        "doubled_beyond_in_flight": max(0, figures["doubled"] - in_flight_at_outage),
        "states": await nudge_states(h.engine, NudgeKind.CHECK_IN),
        "refused": len(h.fake.refused),
        "finished": finished,
        "ok": figures["lost"] == 0
        and without_reply == 0
        and recovered_at is not None
        and not h.fake.refused,
    }


# --------------------------------------------------------------------------------- main


async def run_scenario(name: str, databases: Databases, args: argparse.Namespace) -> dict[str, Any]:
    """Prepare the scenario's world, run it, and return its JSON line (errors included)."""
    started = time.monotonic()
    workdir = Path(tempfile.mkdtemp(prefix=f"relance-faults-{name}-"))
    result: dict[str, Any]
    try:
        target = await databases.target(name)
        if isinstance(target, str):
            result = {"scenario": name, "lost": None, "skipped": target, "ok": True}
        else:
            Progress.note(f"{name}: on {target.label}")
            fake: FakeBotAPI | None = None
            if name == "flood":
                fake = FloodingFakeBotAPI(ratio=0.3, seconds=60.0)
            elif name == "fast_user":
                fake = FloodingFakeBotAPI(ratio=0.05, seconds=3600.0)
            async with harness(target, workdir, fake) as world:
                Progress.note(f"{name}: users in {world.zone[0]} ({world.zone[1]})")
                if name == "kill9":
                    result = await scenario_kill9(world)
                elif name == "two_workers":
                    result = await scenario_two_workers(world)
                elif name == "flood":
                    result = await scenario_flood(world)
                elif name == "fast_user":
                    result = await scenario_fast_user(world)
                elif name == "blocked":
                    result = await scenario_blocked(world)
                else:
                    result = await scenario_db_outage(world, args.outage_s)
            result.setdefault("database", target.label)
    except FaultsError as exc:
        result = {"scenario": name, "lost": None, "error": str(exc), "ok": False}
    finally:
        if args.keep:
            Progress.note(f"{name}: logs kept in {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    result["wall_s"] = round(time.monotonic() - started, 1)
    return result


def summary(result: dict[str, Any]) -> str:
    """One human line for a result."""
    skip = {"scenario", "states", "blocked_rows", "ok"}
    figures = ", ".join(f"{k}={v}" for k, v in result.items() if k not in skip)
    return f"{result['scenario']}: {'OK' if result.get('ok') else 'FAILED'} ({figures})"


async def main_async(args: argparse.Namespace) -> int:
    workroot = Path(tempfile.mkdtemp(prefix="relance-faults-"))
    databases = Databases(args.database, workroot)
    failures = 0
    try:
        for name in [args.scenario] if args.scenario else list(SCENARIOS):
            result = await run_scenario(name, databases, args)
            if not args.json:
                print(summary(result), flush=True)
            print_json(result)
            failures += 0 if result.get("ok") else 1
    finally:
        try:
            await databases.close()
        finally:
            shutil.rmtree(workroot, ignore_errors=True)
    return 1 if failures else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.faults", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--scenario", choices=SCENARIOS, help="run only this one (default: all)")
    parser.add_argument("--json", action="store_true", help="print only the JSON lines")
    parser.add_argument(
        "--database",
        help="a SQLite or PostgreSQL URL, or pg-throwaway (see the module docstring)",
    )
    parser.add_argument(
        "--outage-s", type=float, default=10.0, help="db_outage: how long the database is away"
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary folders and logs")
    args = parser.parse_args(argv)
    if not 1 <= args.outage_s <= 120:
        parser.error("--outage-s must be between 1 and 120")
    Progress.quiet = args.json
    try:
        return asyncio.run(main_async(args))
    except FaultsError as exc:
        print(f"bench.faults: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
