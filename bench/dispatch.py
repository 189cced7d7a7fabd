"""Nudge delivery: the real reminder engine against a fake Bot API that has Telegram's flood limit.

Run from the repository root:

    python -m bench.dispatch [--nudges 10000] [--database URL] [--uncapped] [--json]

What it does:

1. Fills a fresh database (a temporary SQLite file by default; see `bench.common` for what
   `--database` does) with N users in Paris (nudge hour 09:00), one application each and one
   due `applied` nudge each, with bulk Core inserts.
2. Starts the fake Bot API of `tests/fakebot.py` on 127.0.0.1, in a child process of its own
   (so its CPU and memory are not the bot's; `--fake-in-process` runs it in this event loop).
   Capped (the default), the fake enforces Telegram's overall limit as a token bucket: 30
   requests, refilled at 30/s, a 429 with `retry_after` beyond it.
3. Runs the real `bot.delivery.engine.ReminderEngine` with SEND_RATE_PER_S=29 and the bot object
   that production builds (`bot.telegram.app.build_application(...).bot`: HTML defaults, Relance's
   aiohttp transport `bot.telegram.transport.AiohttpRequest` with a connection pool of 256; the
   reminder engine paces its own sends). `tick(now)` runs back to back while there
   is work, as a JobQueue with a short interval would, with a simulated clock that starts on a
   Monday at 10:00 in Paris and advances with real time (so `retry_after` delays are honoured).
   `--uncapped` lifts the fake's bucket and the bot's send rate (1e6/s), and uses a plain bot
   (same HTML defaults and transport, a connection pool of 32).
4. Stops when every nudge is sent, or when nothing is left to claim, or at the time limit, and
   counts: `sent` (nudges in state sent), `lost` (the others), `doubled` (chats that received
   more than one message, from the fake's record), `floods` (429s the fake answered),
   `seconds` (wall time of the dispatch phase only), `rate_per_s` (sent / seconds) and
   `peak_rss_mb` (this process: seeding, reminder engine and bot; the fake runs apart).

Diagnostics in the same line: `cpu_ms_per_nudge` (this process's CPU, all threads, during the
dispatch phase; steadier than the rate on a shared machine), `fake_cpu_s`, `flood_at_s` (when
the 429s came, in seconds from the first send), `max_calls_in_1s` (the busiest second at the
fake), `tick_s_median`, `states`, and `load_avg_1m` before and after (timings on a loaded machine
are slower). `--batch`, `--pool`, `--plain-bot` and `--profile FILE` (cProfile) help find where
the time goes.

`--json` prints exactly one JSON line. Targets (issue 4), N=10000: capped `rate_per_s` >= 28.5,
0 lost, 0 doubled, 0 floods; uncapped >= 500/s on SQLite. Only 127.0.0.1 is contacted; every
loop is bounded by a count and a time limit.

`--bare` measures the ceiling instead: python-telegram-bot alone (the plain bot of
`--uncapped`, no database, no reminder engine; `--bare-transport httpx` gives it
python-telegram-bot's own HTTP client instead of Relance's) sending --nudges nudge-sized
messages with buttons to the same child fake, CONCURRENT_SENDS at a time; one JSON line with
`rate_per_s` and `cpu_ms_per_send`.

`--compare-bare` (issue 18) runs both from one command: --repeats rounds (3 by default), each
the uncapped reminder engine then the bare ceiling, same transport (aiohttp), same child fake, same
--nudges, so the sides alternate. One line: the medians (`rate_per_s`, `bare_rate_per_s`, CPU
per nudge and per send), `ratio_vs_bare` (the median of each round's ratio; `cpu_ratio_vs_bare`,
the same for CPU per send over CPU per nudge, steadier on a busy machine), the spread (min,
max) of each, lost and doubled summed, the load average before and after with `under_load`
when the 1-minute figure exceeded half the cores as the run began. Target: `ratio_vs_bare` >=
0.5, that is a nudge costs at most twice a bare send; `targets_met` says so.

Where a nudge's time went (cProfile of `--uncapped --nudges 3000`, 2 shared cores; cumulative
seconds of the 25 s profiled, before the cut): the send through python-telegram-bot 9.0 s
(aiohttp 3.3 s, parsing the returned Message 2.7 s), recording each send in a transaction of
its own 8.1 s (`mark_sent` 3,010 times, SQLAlchemy's statement setup and the commit), the claim
with its users and applications 2.4 s. The records of sends that come back together are now
written in one transaction and one statement (`NudgeRepo.mark_sent_each`; each sender still
waits for its own): 3.0 to 2.0 ms of CPU per nudge, 181-219/s to 360-424/s against a bare
550-675/s in the same runs.
After it (the same profile, 3,000 nudges): records 4.9 s in 706 transactions (about 4 sends
each); the claim 7.4 s, of which each nudge's plan and draft 3.3 s (Babel writing its dates out
0.9 s, now remembered for the process), loading the applications with their interviews and
follow-ups 1.7 s, the users 1.1 s, the claim's statements 0.8 s; the message's keyboard 1.3 s
(python-telegram-bot's buttons); the sends themselves, as bare, the rest.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import cProfile
import datetime as dt
import json
import logging
import os
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from telegram import InlineKeyboardButton, InlineKeyboardMarkup
from telegram.constants import ParseMode
from telegram.ext import Defaults, ExtBot
from telegram.request import BaseRequest, HTTPXRequest

from bench.common import (
    APPLICATIONS,
    NUDGES,
    START,
    USER_ID_BASE,
    USERS,
    BenchDatabase,
    application_row,
    bench_database,
    insert_rows,
    make_services,
    peak_rss_mb,
    print_json,
    user_row,
    wait_or_kill,
)
from bot.delivery.engine import BATCH, CONCURRENT_SENDS, ReminderEngine, TickReport
from bot.services import Services
from bot.telegram.transport import AiohttpRequest
from flows.domain import NudgeKind, NudgeState
from storage import counts
from testkit.fakebot import FakeBotAPI
from testkit.rows import pending_nudge_row

logger = logging.getLogger("bench.dispatch")

TELEGRAM_RATE = 30.0  # the fake's bucket: capacity and refill per second
CAPPED_SEND_RATE = 29.0  # SEND_RATE_PER_S, the setting's default
UNCAPPED_SEND_RATE = 1_000_000.0
IDLE_SLEEP_S = 0.05  # when a tick claimed nothing but nudges are still open
MAX_TICKS = 1_000_000
CHILD_TIMEOUT_S = 60.0
OPEN_STATES = (NudgeState.PENDING, NudgeState.CLAIMED)


# ------------------------------------------------------------------------------------ seeding


def nudge_row(number: int, count: int) -> dict[str, Any]:
    """The due nudge of user number `number`: due within the hour before the start."""
    due = START - dt.timedelta(seconds=(count - number) * 3600 / max(1, count))
    return pending_nudge_row(
        USER_ID_BASE + number,
        number + 1,
        NudgeKind.APPLIED,
        due,
        created_at=START - dt.timedelta(days=8),
        last_useful_at=START + dt.timedelta(days=10),
    )


async def seed(db: BenchDatabase, count: int) -> None:
    """N users, one application and one due nudge each, in one transaction."""
    async with db.engine.begin() as connection:
        await insert_rows(connection, USERS, (user_row(i) for i in range(count)))
        await insert_rows(
            connection, APPLICATIONS, (application_row(i + 1, i) for i in range(count))
        )
        await insert_rows(connection, NUDGES, (nudge_row(i, count) for i in range(count)))


# ------------------------------------------------------------------------------- the fake API


class SendClock:
    """Arrival times of sendMessage calls at the fake, and of the 429s it answered."""

    def __init__(self, fake: FakeBotAPI) -> None:
        self.loop = asyncio.get_running_loop()
        self.calls: list[float] = []
        self.floods: list[float] = []
        fake.add_listener(self.seen)

    def seen(self, call: Any, payload: dict[str, Any]) -> None:
        if call.method != "sendMessage":
            return
        now = self.loop.time()
        self.calls.append(now)
        if payload.get("error_code") == 429:
            self.floods.append(now)

    def summary(self) -> dict[str, Any]:
        """Floods in seconds from the first sendMessage, and the most calls in any 1 s window."""
        first = self.calls[0] if self.calls else 0.0
        busiest, start = 0, 0
        for end, at in enumerate(self.calls):
            while at - self.calls[start] >= 1.0:
                start += 1
            busiest = max(busiest, end - start + 1)
        return {
            "flood_at_s": [round(t - first, 2) for t in self.floods[:10]],
            "max_calls_in_1s": busiest,
        }


def fake_stats(fake: FakeBotAPI, clock: SendClock | None = None) -> dict[str, Any]:
    """What the fake saw: messages, chats that got more than one, 429s, refusals."""
    per_chat = Counter(message.chat_id for message in fake.sent)
    return {
        **(clock.summary() if clock is not None else {}),
        "messages": len(fake.sent),
        "chats": len(per_chat),
        "doubled": sum(1 for n in per_chat.values() if n > 1),
        "floods": fake.floods,
        "refused": len(fake.refused),
        "refusals": sorted({r.description for r in fake.refused})[:3],
        "cpu_s": round(time.process_time(), 2),
    }


class FakeServer(Protocol):
    """A running fake Bot API: where it is, and what it saw."""

    base_url: str
    token: str

    async def stats(self) -> dict[str, Any]: ...

    async def close(self) -> None: ...


class InProcessFake:
    """The fake in this process's event loop (competes with the bot for CPU)."""

    def __init__(self, rate_limit: float | None) -> None:
        self.fake = FakeBotAPI(rate_limit=rate_limit)
        self.base_url = ""
        self.token = self.fake.token
        self.clock: SendClock | None = None

    async def start(self) -> None:
        await self.fake.start()
        self.base_url = self.fake.base_url
        self.clock = SendClock(self.fake)

    async def stats(self) -> dict[str, Any]:
        # Its CPU time cannot be told apart from the bot's in one process.
        return {**fake_stats(self.fake, self.clock), "cpu_s": None}

    async def close(self) -> None:
        await self.fake.stop()


class ChildFake:
    """The fake in a child process (`python -m bench.dispatch --serve-fake`), driven by lines
    on its stdin: `stats` answers one JSON line; end of input stops it."""

    def __init__(self, rate_limit: float | None) -> None:
        self.rate_limit = rate_limit
        self.base_url = ""
        self.token = ""
        self.process: asyncio.subprocess.Process | None = None

    async def start(self) -> None:
        rate = "none" if self.rate_limit is None else str(self.rate_limit)
        self.process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bench.dispatch",
            "--serve-fake",
            "--fake-rate",
            rate,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
        )
        hello = await self._read()
        self.base_url, self.token = hello["base_url"], hello["token"]

    async def _read(self) -> dict[str, Any]:
        assert self.process is not None and self.process.stdout is not None
        line = await asyncio.wait_for(self.process.stdout.readline(), CHILD_TIMEOUT_S)
        if not line:
            raise RuntimeError("the fake Bot API process ended")
        data = json.loads(line)
        assert isinstance(data, dict)
        return data

    async def stats(self) -> dict[str, Any]:
        assert self.process is not None and self.process.stdin is not None
        self.process.stdin.write(b"stats\n")
        await self.process.stdin.drain()
        return await self._read()

    async def close(self) -> None:
        if self.process is None:
            return
        if self.process.stdin is not None:
            self.process.stdin.close()
        await wait_or_kill(self.process, CHILD_TIMEOUT_S)


async def serve_fake(rate_limit: float | None) -> None:
    """The child side of ChildFake."""
    async with FakeBotAPI(rate_limit=rate_limit) as fake:
        clock = SendClock(fake)
        print(json.dumps({"base_url": fake.base_url, "token": fake.token}), flush=True)
        while True:
            line = await asyncio.to_thread(sys.stdin.readline)
            if line.strip() != "stats":
                break  # end of input (the parent closed it, or died) or "quit"
            print(json.dumps(fake_stats(fake, clock)), flush=True)


# --------------------------------------------------------------------------------- the run


@dataclass
class DriveResult:
    """What the ticks did, summed."""

    seconds: float = 0.0
    ticks: int = 0
    idle_ticks: int = 0
    timed_out: bool = False
    released: int = 0
    totals: Counter[str] = field(default_factory=Counter)
    tick_seconds: list[float] = field(default_factory=list)
    nudge_ids_sent: Counter[int] = field(default_factory=Counter)


async def open_nudges(services: Services) -> int:
    """Nudges still pending or claimed."""
    async with services.session() as session:
        return await counts.open_nudges(session)


def add_report(result: DriveResult, report: TickReport) -> None:
    for name in ("claimed", "sent", "messages", "deferred", "expired", "retried", "failed"):
        result.totals[name] += getattr(report, name)
    for name in ("paused", "floods"):
        result.totals[name] += getattr(report, name)
    result.nudge_ids_sent.update(report.nudge_ids_sent)


async def drive(
    reminders: ReminderEngine, services: Services, count: int, time_limit: float
) -> DriveResult:
    """Tick back to back while there is work, with a clock that starts at START."""
    result = DriveResult()
    started = time.monotonic()
    deadline = started + time_limit
    now = START
    while result.ticks < MAX_TICKS:
        remaining = deadline - time.monotonic()
        now = START + dt.timedelta(seconds=time.monotonic() - started)
        if remaining <= 0:
            result.timed_out = True
            break
        tick_started = time.monotonic()
        try:
            report = await asyncio.wait_for(reminders.tick(now), remaining)
        except TimeoutError:
            result.timed_out = True
            break
        result.ticks += 1
        result.tick_seconds.append(time.monotonic() - tick_started)
        add_report(result, report)
        result.seconds = time.monotonic() - started
        if result.totals["sent"] >= count:
            break
        if report.claimed == 0:
            result.idle_ticks += 1
            if await open_nudges(services) == 0:
                break
            await asyncio.sleep(IDLE_SLEEP_S)
    if result.timed_out:
        result.seconds = time.monotonic() - started
        # As at a shutdown: the claimed, unrecorded nudges go back to pending (counted lost).
        result.released = await reminders.close(now)
    return result


def build_bot(services: Services, *, uncapped: bool, plain: bool, pool: int) -> ExtBot[Any]:
    """The production bot (capped), or one without PTB's rate limiter (uncapped / --plain-bot)."""
    settings = services.settings
    if not uncapped and not plain:
        from bot.telegram.app import build_application  # the whole bot, as production builds it

        bot = build_application(settings).bot
        assert isinstance(bot, ExtBot)
        return bot
    assert settings.telegram_bot_token is not None
    return plain_bot(
        settings.telegram_bot_token.get_secret_value(),
        settings.bot_api_base_url,
        pool,
        base_file_url=settings.bot_file_base_url,
    )


def plain_bot(
    token: str, base_url: str, pool: int, transport: str = "aiohttp", **kwargs: Any
) -> ExtBot[Any]:
    """Production's HTML defaults and transport (or httpx, python-telegram-bot's own), a
    connection pool of `pool`."""
    request: BaseRequest = (
        AiohttpRequest(connection_pool_size=pool)
        if transport == "aiohttp"
        else HTTPXRequest(connection_pool_size=pool)
    )
    return ExtBot(
        token,
        base_url=base_url,
        defaults=Defaults(parse_mode=ParseMode.HTML, link_preview_options=None),
        request=request,
        **kwargs,
    )


async def bare_ceiling(args: argparse.Namespace) -> dict[str, Any]:
    """`--bare`: python-telegram-bot alone, no database and no reminder engine, sending --nudges
    nudge-sized messages with buttons to the same child fake (uncapped), CONCURRENT_SENDS at a
    time, with the plain bot of --uncapped. The most any reminder engine built on it can reach."""
    fake = ChildFake(None)
    await fake.start()
    bot = plain_bot(fake.token, f"{fake.base_url}/bot", args.pool, args.bare_transport)
    text = (
        "<b>Acme &amp; Fils</b> · Data analyst\nAujourd'hui : une relance par e-mail.\n"
        f"<pre>{'Bonjour Madame Martin, ' * 20}</pre>"
    )
    markup = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton("C'est fait", callback_data="n:1:d"),
                InlineKeyboardButton("Plus tard", callback_data="n:1:l"),
            ],
            [
                InlineKeyboardButton("Ils ont répondu", callback_data="n:1:a"),
                InlineKeyboardButton("Stop", callback_data="n:1:s"),
            ],
        ]
    )
    limit = asyncio.Semaphore(CONCURRENT_SENDS)

    async def send(number: int) -> None:
        async with limit:
            await bot.send_message(USER_ID_BASE + number, text, reply_markup=markup)

    await bot.initialize()
    try:
        cpu_started, started = time.process_time(), time.perf_counter()
        await asyncio.wait_for(
            asyncio.gather(*(send(n) for n in range(args.nudges))), 60 + args.nudges / 50
        )
        seconds = time.perf_counter() - started
        cpu_s = time.process_time() - cpu_started
        stats = await fake.stats()
    finally:
        await bot.shutdown()
        await fake.close()
    return {
        "mode": "bare",
        "sent": args.nudges,
        "seconds": round(seconds, 2),
        "rate_per_s": round(args.nudges / seconds, 1),
        "cpu_ms_per_send": round(cpu_s * 1000 / args.nudges, 3),
        "fake_cpu_s": stats.get("cpu_s"),
        "concurrency": CONCURRENT_SENDS,
        "transport": args.bare_transport,
    }


async def state_counts(services: Services) -> dict[str, int]:
    async with services.session() as session:
        return await counts.nudges_by_state(session)


async def run(args: argparse.Namespace) -> dict[str, Any]:
    count: int = args.nudges
    capped = not args.uncapped
    send_rate = args.send_rate or (CAPPED_SEND_RATE if capped else UNCAPPED_SEND_RATE)
    time_limit = args.time_limit or (60 + 1.5 * count / send_rate if capped else 60 + count / 50)
    load_before = os.getloadavg()[0]
    async with bench_database(args.database) as db:
        seed_started = time.perf_counter()
        await seed(db, count)
        seed_s = time.perf_counter() - seed_started
        logger.info("seeded %d nudges in %.1f s", count, seed_s)
        rate_limit = TELEGRAM_RATE if capped else None
        fake: InProcessFake | ChildFake = (
            InProcessFake(rate_limit) if args.fake_in_process else ChildFake(rate_limit)
        )
        await fake.start()
        try:
            services = make_services(
                db,
                telegram_bot_token=fake.token,
                telegram_api_base_url=fake.base_url,
                send_rate_per_s=send_rate,
            )
            bot = build_bot(services, uncapped=args.uncapped, plain=args.plain_bot, pool=args.pool)
            await bot.initialize()
            try:
                reminders = ReminderEngine(services, bot, batch=args.batch)
                profiler = cProfile.Profile() if args.profile else None
                if profiler is not None:
                    profiler.enable()
                cpu_started = time.process_time()
                result = await drive(reminders, services, count, time_limit)
                cpu_s = time.process_time() - cpu_started
                if profiler is not None:
                    profiler.disable()
                    profiler.dump_stats(args.profile)
            finally:
                await bot.shutdown()
            seen = await fake.stats()
        finally:
            await fake.close()
        states = await state_counts(services)
    sent = states.get(NudgeState.SENT.value, 0)
    seconds = result.seconds
    ticks = [t for t in result.tick_seconds if t > 0]
    return {
        "nudges": count,
        "sent": sent,
        "lost": count - sent,
        "doubled": seen["doubled"],
        "floods": seen["floods"],
        "seconds": round(seconds, 2),
        "rate_per_s": round(sent / seconds, 2) if seconds else 0.0,
        "peak_rss_mb": peak_rss_mb(),
        "database": db.kind,
        "capped": capped,
        "send_rate_per_s": send_rate,
        "batch": args.batch,
        "bot": f"plain(pool={args.pool})" if args.uncapped or args.plain_bot else "production",
        "fake": "in-process" if args.fake_in_process else "child",
        "seed_s": round(seed_s, 2),
        "ticks": result.ticks,
        "idle_ticks": result.idle_ticks,
        "tick_s_median": round(statistics.median(ticks), 3) if ticks else 0.0,
        "cpu_s": round(cpu_s, 2),
        "cpu_ms_per_nudge": round(1000 * cpu_s / max(1, sent), 2),
        "fake_cpu_s": seen["cpu_s"],
        "messages": seen["messages"],
        "retried": result.totals["retried"],
        "deferred": result.totals["deferred"],
        "failed": result.totals["failed"],
        "paused": result.totals["paused"],
        "resent_ids": sum(1 for n in result.nudge_ids_sent.values() if n > 1),
        "flood_at_s": seen["flood_at_s"],
        "max_calls_in_1s": seen["max_calls_in_1s"],
        "refused": seen["refused"],
        "refusals": seen["refusals"],
        "timed_out": result.timed_out,
        "released_at_timeout": result.released,
        "load_avg_1m": [round(load_before, 2), round(os.getloadavg()[0], 2)],
        "cpus": os.cpu_count(),
        "states": states,
    }


MIN_RATIO_VS_BARE = 0.5  # issue 18: a nudge costs at most twice a bare send
LOADED_SHARE = 0.5  # a 1-minute load average above half the cores before the run: flagged


async def compare_bare(args: argparse.Namespace) -> dict[str, Any]:
    """`--compare-bare`: --repeats rounds, each the uncapped reminder engine then the bare ceiling
    (same transport, same child fake, same count), so the two sides alternate; the medians,
    their spread, and the ratio of each round's rates."""
    load_before = os.getloadavg()
    rounds: list[tuple[dict[str, Any], dict[str, Any]]] = []
    for number in range(args.repeats):
        logger.info("round %d of %d", number + 1, args.repeats)
        relance = await run(args)
        bare = await bare_ceiling(args)
        rounds.append((relance, bare))
    load_after = os.getloadavg()
    rates = [r["rate_per_s"] for r, _ in rounds]
    bare_rates = [b["rate_per_s"] for _, b in rounds]
    ratios = [r / b if b else 0.0 for r, b in zip(rates, bare_rates, strict=True)]
    cpu = [r["cpu_ms_per_nudge"] for r, _ in rounds]
    bare_cpu = [b["cpu_ms_per_send"] for _, b in rounds]
    cpus = os.cpu_count() or 1
    result: dict[str, Any] = {
        "mode": "uncapped_vs_bare",
        "rate_per_s": round(statistics.median(rates), 1),
        "bare_rate_per_s": round(statistics.median(bare_rates), 1),
        "ratio_vs_bare": round(statistics.median(ratios), 3),
        # Bare CPU per send over CPU per nudge: steadier than the rates on a busy machine.
        "cpu_ratio_vs_bare": round(
            statistics.median(b / c for b, c in zip(bare_cpu, cpu, strict=True) if c), 3
        ),
        "cpu_ms_per_nudge": round(statistics.median(cpu), 3),
        "bare_cpu_ms_per_send": round(statistics.median(bare_cpu), 3),
        "spread": {
            "rate_per_s": [min(rates), max(rates)],
            "bare_rate_per_s": [min(bare_rates), max(bare_rates)],
            "ratio_vs_bare": [round(min(ratios), 3), round(max(ratios), 3)],
            "cpu_ms_per_nudge": [min(cpu), max(cpu)],
            "bare_cpu_ms_per_send": [min(bare_cpu), max(bare_cpu)],
        },
        "nudges": args.nudges,
        "repeats": args.repeats,
        "lost": sum(r["lost"] for r, _ in rounds),
        "doubled": sum(r["doubled"] for r, _ in rounds),
        "floods": sum(r["floods"] for r, _ in rounds),
        "database": rounds[0][0]["database"],
        "transport": "aiohttp",
        "bare_transport": args.bare_transport,
        "load_avg": {
            "before": [round(x, 2) for x in load_before],
            "after": [round(x, 2) for x in load_after],
        },
        "cpus": cpus,
        "under_load": load_before[0] > LOADED_SHARE * cpus,
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
    }
    result["targets_met"] = (
        result["lost"] == 0
        and result["doubled"] == 0
        and args.bare_transport == "aiohttp"
        and result["ratio_vs_bare"] >= MIN_RATIO_VS_BARE
    )
    return result


def human(result: dict[str, Any]) -> str:
    verdict = "capped" if result["capped"] else "uncapped"
    return (
        f"{result['nudges']} nudges on {result['database']} ({verdict}, batch {result['batch']}):"
        f" {result['sent']} sent in {result['seconds']} s = {result['rate_per_s']}/s;"
        f" lost {result['lost']}, doubled {result['doubled']}, floods {result['floods']}"
        f" (retried {result['retried']}), refused {result['refused']};"
        f" {result['ticks']} ticks ({result['idle_ticks']} idle), median tick"
        f" {result['tick_s_median']} s; peak RSS {result['peak_rss_mb']} MiB;"
        f" seeding {result['seed_s']} s" + ("; TIME LIMIT REACHED" if result["timed_out"] else "")
    )


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.dispatch", description=__doc__)
    parser.add_argument("--nudges", type=int, default=10_000, help="due nudges (one per user)")
    parser.add_argument("--database", help="database URL (default: a temporary SQLite file)")
    parser.add_argument(
        "--uncapped", action="store_true", help="no flood limit in the fake, no send rate"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON line")
    parser.add_argument("--batch", type=int, default=BATCH, help="the reminder engine's claim size")
    parser.add_argument("--send-rate", type=float, help="override SEND_RATE_PER_S")
    parser.add_argument("--time-limit", type=float, help="seconds for the dispatch phase")
    parser.add_argument(
        "--plain-bot", action="store_true", help="the plain bot of --uncapped, capped"
    )
    parser.add_argument(
        "--pool", type=int, default=32, help="HTTP connection pool of the plain bot"
    )
    parser.add_argument(
        "--fake-in-process", action="store_true", help="run the fake in this event loop"
    )
    parser.add_argument(
        "--bare",
        action="store_true",
        help="python-telegram-bot alone sending --nudges messages, uncapped: the ceiling",
    )
    parser.add_argument(
        "--bare-transport",
        choices=("aiohttp", "httpx"),
        default="aiohttp",
        help="--bare's HTTP client: Relance's (aiohttp, default) or python-telegram-bot's own",
    )
    parser.add_argument(
        "--compare-bare",
        action="store_true",
        help="uncapped, then --bare, --repeats times alternating: medians and their ratio",
    )
    parser.add_argument(
        "--repeats", type=int, default=3, help="rounds of --compare-bare (default 3)"
    )
    parser.add_argument("--profile", help="write a cProfile of the dispatch phase to this file")
    parser.add_argument("--verbose", action="store_true", help="log the reminder engine's ticks")
    parser.add_argument("--serve-fake", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--fake-rate", default="none", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.nudges < 1 or args.batch < 1:
        parser.error("--nudges and --batch must be positive")
    if not 1 <= args.repeats <= 20:
        parser.error("--repeats must be between 1 and 20")
    if args.compare_bare:
        args.uncapped = True
    return args


def comparison_text(compared: dict[str, Any]) -> str:
    return (
        f"uncapped {compared['rate_per_s']}/s against bare {compared['bare_rate_per_s']}/s"
        f" (medians of {compared['repeats']}): ratio {compared['ratio_vs_bare']}, spread"
        f" {compared['spread']['ratio_vs_bare']}; lost {compared['lost']}, doubled"
        f" {compared['doubled']}; load average {compared['load_avg']}"
        + (" UNDER LOAD" if compared["under_load"] else "")
        + f"; target (>= {MIN_RATIO_VS_BARE}x bare): "
        + ("met" if compared["targets_met"] else "NOT met")
    )


def ceiling_text(ceiling: dict[str, Any]) -> str:
    return (
        f"python-telegram-bot alone: {ceiling['sent']} sends in {ceiling['seconds']} s"
        f" = {ceiling['rate_per_s']}/s, {ceiling['cpu_ms_per_send']} ms of CPU each"
    )


def show(result: dict[str, Any], as_json: bool, text: Callable[[dict[str, Any]], str]) -> None:
    """The result on stdout: as JSON, or as the sentence `text` makes of it."""
    if as_json:
        print_json(result)
    else:
        print(text(result))


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.serve_fake:
        logging.basicConfig(level=logging.ERROR)
        rate = None if args.fake_rate == "none" else float(args.fake_rate)
        with contextlib.suppress(KeyboardInterrupt):
            asyncio.run(serve_fake(rate))
        return 0
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        stream=sys.stderr,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    if args.compare_bare:
        compared = asyncio.run(compare_bare(args))
        show(compared, args.json, comparison_text)
        return 0 if compared["lost"] == 0 and compared["doubled"] == 0 else 1
    if args.bare:
        show(asyncio.run(bare_ceiling(args)), args.json, ceiling_text)
        return 0
    result = asyncio.run(run(args))
    show(result, args.json, human)
    ok = result["lost"] == 0 and result["doubled"] == 0
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
