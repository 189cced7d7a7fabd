"""Scale: the bot process's start time and memory, and the claim query on a big table.

Run from the repository root:

    python -m bench.scale [--users 100000] [--nudges 300000] [--database URL] [--json]

What it measures, on a fresh database (a temporary SQLite file by default; see `bench.common`
for what `--database` does):

1. `claim_ms_median_empty`: the median time of `NudgeRepo.claim_due` (the reminder engine's claim,
   batch BATCH, lease NUDGE_LEASE_S) on the empty tables.
2. `claim_ms_median_small`: the same on a table holding only the due nudges (1% of --nudges)
   and their users: the same work as the full-size claim, on a small table.
3. It then fills the database to --users users, --nudges / 2 applications and --nudges nudges,
   a realistic mix: 1% due now, 69% pending in the next 60 days, 15% sent, 10% done, the rest
   stopped, expired, failed or paused; 2% of the users paused all nudges, 1% blocked the bot.
   Bulk Core inserts, 5000 rows a statement, one transaction. On PostgreSQL the tables are
   ANALYZEd afterwards, as autovacuum would soon do; SQLite is left as the bot leaves it.
4. `claim_ms_median`: the claim at full size when a batch is due; `claim_ms_median_idle`: at a
   moment when nothing is due (what most ticks see). Each claim runs in a transaction that is
   rolled back, so every repetition sees the same data.
5. `claim_index`: the index that serves the claim's SELECT, from EXPLAIN QUERY PLAN (SQLite) or
   EXPLAIN (PostgreSQL) of the exact statement the repository sent (captured from the engine),
   with the whole plan in `claim_plan`.
6. `start_s` and `peak_rss_mb`: a child process (`python -m bench.scale --child`) imports the
   bot as `python -m bot` does (bot.__main__, hence bot.telegram.app and bot.delivery.engine),
   creates the
   engine, runs `upgrade_to_head`, builds the Application, its Services and a ReminderEngine, and
   runs one tick at a moment when nothing is due, then prints a "ready" JSON line with its own
   `getrusage` peak RSS. `start_s` is the wall time from spawn to that line (the median of
   --starts runs; `start_s_first` is the first, with cold caches).

`--json` prints one JSON line. Targets (issue 4): RSS < 150 MB, start < 3 s, claim < 20 ms, and a
full-size claim at most 2x the empty one (`claim_ratio` = full / empty; `claim_ratio_same_work`
= full / small compares claims that return the same rows). Every loop is bounded; nothing but
the database and 127.0.0.1 is contacted.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import importlib
import json
import logging
import os
import re
import statistics
import sys
import time
from collections.abc import Iterator
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.engine.interfaces import DBAPICursor, ExecutionContext

from bench.common import (
    APPLICATIONS,
    NUDGES,
    START,
    USER_ID_BASE,
    USERS,
    BenchDatabase,
    application_row,
    bench_database,
    bench_settings,
    engine_kwargs,
    insert_rows,
    make_services,
    peak_rss_mb,
    print_json,
    user_row,
)
from bot.delivery.engine import BATCH
from bot.services import Services
from flows.domain import NudgeKind, NudgeState
from storage.nudges import NudgeRepo
from testkit.rows import pending_nudge_row

logger = logging.getLogger("bench.scale")

DUE_SHARE = 100  # one nudge in a hundred is due at START
IDLE_NOW = START - dt.timedelta(hours=2)  # nothing is due then
CHILD_TIMEOUT_S = 120.0
KINDS = list(NudgeKind)


# ------------------------------------------------------------------------------------ seeding


def is_paused(user_number: int) -> bool:
    return user_number % 50 == 7


def is_blocked(user_number: int) -> bool:
    return user_number % 100 == 13


def users(first: int, stop: int) -> Iterator[dict[str, Any]]:
    for n in range(first, stop):
        yield user_row(n, paused_all=is_paused(n), blocked=is_blocked(n))


def applications(first: int, stop: int, user_count: int) -> Iterator[dict[str, Any]]:
    """Applications number first..stop-1; application k belongs to user (k - 1) % users."""
    for k in range(first, stop):
        yield application_row(k, (k - 1) % user_count)


def nudge(number: int, due_count: int, app_count: int, user_count: int) -> dict[str, Any]:
    """Nudge number `number`: the first `due_count` are due now; the others follow the mix."""
    app_id = number % app_count + 1
    user_number = (app_id - 1) % user_count
    minutes = (number * 7919) % (60 * 24 * 60)  # spread over 60 days
    kind = KINDS[number % len(KINDS)]
    due_now = START - dt.timedelta(seconds=3600 * (due_count - number) / max(due_count, 1))
    created = START - dt.timedelta(days=70)
    row = pending_nudge_row(USER_ID_BASE + user_number, app_id, kind, due_now, created)
    row["updated_at"] = START - dt.timedelta(days=1)
    if number < due_count:
        return row
    share = number % 100
    past = START - dt.timedelta(hours=2, minutes=minutes)
    if share < 15:
        row.update(state=NudgeState.SENT, due_at=past, sent_at=past, attempts=1)
        row["telegram_message_id"] = number
    elif share < 25:
        row.update(state=NudgeState.DONE, due_at=past, sent_at=past, attempts=1)
    elif share < 27:
        row.update(state=NudgeState.STOPPED, due_at=past)
    elif share < 28:
        row.update(state=NudgeState.EXPIRED, due_at=past)
    elif share < 29:
        row.update(state=NudgeState.FAILED, due_at=past, attempts=5, last_error="TimedOut")
    elif share < 30:
        row.update(state=NudgeState.PAUSED, due_at=past, last_error="forbidden")
    else:
        row.update(state=NudgeState.PENDING, due_at=START + dt.timedelta(minutes=1 + minutes))
    return row


def nudges(first: int, stop: int, due: int, apps: int, user_count: int) -> Iterator[dict[str, Any]]:
    for n in range(first, stop):
        yield nudge(n, due, apps, user_count)


async def seed(db: BenchDatabase, first: int, stop: int, plan: dict[str, int]) -> None:
    """Users, applications and nudges with numbers in [first, stop) of each table's range."""
    user_count, app_count, due = plan["users"], plan["applications"], plan["due"]
    async with db.engine.begin() as connection:
        await insert_rows(connection, USERS, users(min(first, user_count), min(stop, user_count)))
        await insert_rows(
            connection,
            APPLICATIONS,
            applications(min(first, app_count) + 1, min(stop, app_count) + 1, user_count),
        )
        await insert_rows(
            connection,
            NUDGES,
            nudges(
                min(first, plan["nudges"]), min(stop, plan["nudges"]), due, app_count, user_count
            ),
        )
        if db.kind == "postgresql":
            for table in ("users", "applications", "nudges"):
                await connection.execute(text(f"ANALYZE {table}"))


# -------------------------------------------------------------------------------- the claim


class ClaimCapture:
    """Records the SQL of the claim's SELECT as the engine sends it, to EXPLAIN it later."""

    def __init__(self, db: BenchDatabase) -> None:
        self.db = db
        self.statement: str | None = None
        self.parameters: Any = None
        event.listen(db.engine.sync_engine, "before_cursor_execute", self._seen)

    def _seen(
        self,
        conn: Connection,
        cursor: DBAPICursor,
        statement: str,
        parameters: Any,
        context: ExecutionContext | None,
        executemany: bool,
    ) -> None:
        if statement.lstrip().upper().startswith("SELECT NUDGES.ID"):
            self.statement, self.parameters = statement, parameters

    def close(self) -> None:
        event.remove(self.db.engine.sync_engine, "before_cursor_execute", self._seen)

    async def select_ms(self, repeats: int) -> float:
        """The median time of the captured SELECT alone, sent as it was (rolled back)."""
        if self.statement is None:
            return 0.0
        times: list[float] = []
        async with self.db.engine.connect() as connection:
            for _ in range(repeats):
                started = time.perf_counter()
                await connection.exec_driver_sql(self.statement, self.parameters)
                times.append((time.perf_counter() - started) * 1000)
            await connection.rollback()
        return median(times)

    async def explain(self) -> list[str]:
        """The plan of the captured SELECT (in a rolled-back transaction)."""
        if self.statement is None:
            return []
        prefix = "EXPLAIN QUERY PLAN " if self.db.kind == "sqlite" else "EXPLAIN "
        async with self.db.engine.connect() as connection:
            result = await connection.exec_driver_sql(prefix + self.statement, self.parameters)
            rows = result.all()
            await connection.rollback()
        if self.db.kind == "sqlite":
            return [str(row[-1]) for row in rows]
        return [str(row[0]) for row in rows]


def index_of(plan: list[str]) -> str | None:
    """The first index on the nudges table that the plan uses."""
    patterns = (
        r"SEARCH nudges USING (?:COVERING )?INDEX (\w+)",
        r"SCAN nudges USING (?:COVERING )?INDEX (\w+)",
        r"Index (?:Only )?Scan(?: Backward)? using (\w+) on nudges",
        r"Bitmap Index Scan on (ix_nudges\w*)",
    )
    for line in plan:
        for pattern in patterns:
            match = re.search(pattern, line)
            if match:
                return match.group(1)
    return None


async def claim_times(
    services: Services, now: dt.datetime, repeats: int
) -> tuple[list[float], int]:
    """Milliseconds of each claim (rolled back), and how many rows the last one claimed."""
    lease = dt.timedelta(seconds=services.settings.nudge_lease_s)
    times: list[float] = []
    claimed = 0
    for i in range(repeats + 3):  # three warm-up rounds
        async with services.session() as session:
            transaction = await session.begin()
            started = time.perf_counter()
            rows = await NudgeRepo(session).claim_due(now, lease, BATCH)
            elapsed = (time.perf_counter() - started) * 1000
            await transaction.rollback()
        if i >= 3:
            times.append(elapsed)
        claimed = len(rows)
    return times, claimed


def median(values: list[float]) -> float:
    return round(statistics.median(values), 3) if values else 0.0


# ------------------------------------------------------------------------------- the child


async def child(url: str, schema: str | None, started: float) -> dict[str, Any]:
    """What a bot process does before it serves: imports, engine, schema, a first tick."""
    importlib.import_module("bot.__main__")  # what `python -m bot` loads
    from bot.delivery.engine import ReminderEngine
    from bot.services import get_services, open_database
    from bot.telegram.app import build_application

    imported = time.perf_counter()
    engine, sessionmaker = await open_database(url, **engine_kwargs(schema))
    try:
        upgraded = time.perf_counter()
        settings = bench_settings(
            database_url=url,
            telegram_bot_token="123456789:AAFakeTokenForTheScaleBenchmark000",
            telegram_api_base_url="http://127.0.0.1:9",  # never called: nothing is due
        )
        application = build_application(settings)
        services = get_services(application.bot_data)
        services.engine, services.sessionmaker = engine, sessionmaker
        report = await ReminderEngine(services, application.bot).tick(IDLE_NOW)
        ticked = time.perf_counter()
    finally:
        await engine.dispose()
    return {
        "ready": True,
        "claimed": report.claimed,
        "import_s": round(imported - started, 3),
        "upgrade_s": round(upgraded - imported, 3),
        "tick_s": round(ticked - upgraded, 3),
        "peak_rss_mb": peak_rss_mb(),
        "modules": len(sys.modules),
        "heavy_modules": sorted(
            name for name in ("matplotlib", "numpy", "PIL", "pandas") if name in sys.modules
        ),
    }


async def spawn_child(db: BenchDatabase) -> dict[str, Any]:
    """Start the child, wait for its ready line; the wall time is the start time."""
    command = [sys.executable, "-m", "bench.scale", "--child", "--database", db.url]
    if db.schema is not None:
        command += ["--schema", db.schema]
    started = time.perf_counter()
    process = await asyncio.create_subprocess_exec(
        *command, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
    )
    assert process.stdout is not None and process.stderr is not None
    try:
        line = await asyncio.wait_for(process.stdout.readline(), CHILD_TIMEOUT_S)
        elapsed = time.perf_counter() - started
        await asyncio.wait_for(process.wait(), CHILD_TIMEOUT_S)
    except TimeoutError:
        process.kill()
        await process.wait()
        raise
    if not line:
        error = (await process.stderr.read()).decode(errors="replace")[-2000:]
        raise RuntimeError(f"the child process failed:\n{error}")
    data = json.loads(line)
    assert isinstance(data, dict)
    data["start_s"] = round(elapsed, 3)
    return data


# --------------------------------------------------------------------------------- the run


async def run(args: argparse.Namespace) -> dict[str, Any]:
    user_count: int = args.users
    nudge_count: int = args.nudges
    app_count = max(1, nudge_count // 2)
    due = max(1, nudge_count // DUE_SHARE)
    plan = {"users": user_count, "applications": app_count, "nudges": nudge_count, "due": due}
    repeats: int = args.repeats
    load_before = os.getloadavg()[0]
    async with bench_database(args.database) as db:
        services = make_services(db)
        capture = ClaimCapture(db)
        empty, _ = await claim_times(services, START, repeats)
        # The due nudges (and their users and applications) alone: same claim, small table.
        await seed(db, 0, due, plan)
        small, small_claimed = await claim_times(services, START, repeats)
        seed_started = time.perf_counter()
        await seed(db, due, max(user_count, app_count, nudge_count), plan)
        seed_s = time.perf_counter() - seed_started
        logger.info("seeded in %.1f s", seed_s)
        full, full_claimed = await claim_times(services, START, repeats)
        claim_plan = await capture.explain()
        select_ms = await capture.select_ms(repeats)
        idle, idle_claimed = await claim_times(services, IDLE_NOW, repeats)
        capture.close()
        starts = [await spawn_child(db) for _ in range(max(1, args.starts))]
    first = starts[0]
    start_times = [s["start_s"] for s in starts]
    claim = median(full)
    result: dict[str, Any] = {
        "users": user_count,
        "nudges": nudge_count,
        "start_s": round(statistics.median(start_times), 3),
        "peak_rss_mb": max(s["peak_rss_mb"] for s in starts),
        "claim_ms_median": claim,
        "claim_ms_median_empty": median(empty),
        "claim_ratio": round(claim / median(empty), 2) if median(empty) else None,
        "claim_index": index_of(claim_plan),
        "database": db.kind,
        "applications": app_count,
        "due": due,
        "batch": BATCH,
        "claimed": full_claimed,
        "claim_select_ms_median": select_ms,
        "claim_ms_median_small": median(small),
        "claimed_small": small_claimed,
        "claim_ratio_same_work": round(claim / median(small), 2) if median(small) else None,
        "claim_ms_median_idle": median(idle),
        "claimed_idle": idle_claimed,
        "claim_ms_p90": round(statistics.quantiles(full, n=10)[-1], 3) if len(full) > 1 else claim,
        "repeats": repeats,
        "seed_s": round(seed_s, 2),
        "start_s_first": first["start_s"],
        "start_s_all": start_times,
        "child_import_s": first["import_s"],
        "child_upgrade_s": first["upgrade_s"],
        "child_tick_s": first["tick_s"],
        "child_modules": first["modules"],
        "child_heavy_modules": first["heavy_modules"],
        "load_avg_1m": [round(load_before, 2), round(os.getloadavg()[0], 2)],
        "cpus": os.cpu_count(),
        "claim_plan": claim_plan,
    }
    return result


def human(result: dict[str, Any]) -> str:
    return "\n".join(
        [
            f"{result['users']} users, {result['nudges']} nudges on {result['database']}"
            f" (seeded in {result['seed_s']} s)",
            f"start {result['start_s']} s (first {result['start_s_first']} s: import"
            f" {result['child_import_s']} s, upgrade {result['child_upgrade_s']} s, tick"
            f" {result['child_tick_s']} s), peak RSS {result['peak_rss_mb']} MiB",
            f"claim median {result['claim_ms_median']} ms ({result['claimed']} rows), empty"
            f" {result['claim_ms_median_empty']} ms, small {result['claim_ms_median_small']} ms,"
            f" idle {result['claim_ms_median_idle']} ms; ratio {result['claim_ratio']}"
            f" (same work {result['claim_ratio_same_work']})",
            f"index: {result['claim_index']}",
            *(f"  {line}" for line in result["claim_plan"]),
        ]
    )


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.scale", description=__doc__)
    parser.add_argument("--users", type=int, default=100_000)
    parser.add_argument("--nudges", type=int, default=300_000)
    parser.add_argument("--database", help="database URL (default: a temporary SQLite file)")
    parser.add_argument("--json", action="store_true", help="print one JSON line")
    parser.add_argument("--repeats", type=int, default=50, help="claims timed per case")
    parser.add_argument("--starts", type=int, default=3, help="child processes started")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--schema", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.users < 1 or args.nudges < 1 or args.repeats < 1:
        parser.error("--users, --nudges and --repeats must be positive")
    if args.child and not args.database:
        parser.error("--child needs --database")
    return args


def main(argv: list[str] | None = None) -> int:
    started = time.perf_counter()
    args = parse_args(argv)
    if args.child:
        logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
        result = asyncio.run(child(args.database, args.schema, started))
        print(json.dumps(result), flush=True)
        return 0
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        stream=sys.stderr,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    if make_url(args.database or "sqlite://").get_backend_name() not in ("sqlite", "postgresql"):
        raise SystemExit("bench: unsupported database")
    result = asyncio.run(run(args))
    if args.json:
        print_json(result)
    else:
        print(human(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
