"""CPU per turn, in one process, without HTTP: the real Relance Application (handlers,
update processor, pacer, database) fed parsed updates directly, its Bot API calls answered by
a stub transport (a `BaseRequest` that returns what the fake Bot API would, at once).

    python -m bench.turn_cpu [--dialogs 300] [--concurrency 8] [--repeats 5]
                             [--profile FILE] [--sql] [--echo] [--database URL]

What remains is what Relance adds to a bare python-telegram-bot bot: no socket, no HTTP
client, no JSON over the wire, but python-telegram-bot still builds each call's parameters and
parses each answer (the echo pays those too, `--echo` measures them alone: the same calls,
made by a handler that does nothing else).

Each round: `--dialogs` users (language "fr") each do /start, "France" (not measured), then
the 11 updates of bench.dialogs' after-interview dialog, `--concurrency` users at once; the
figure is `time.process_time()` over the measured updates / their count. Prints the median
and the spread over `--repeats` rounds (each on a fresh SQLite file, or on the `--database`
given, which is kept: each round has users and update ids of its own), and with `--sql` the
statements per turn by kind.

Where a turn's time goes (7 December 2026, 2 shared cores, load 2 to 3; py-spy, 400 samples a
second, over the measured walk; SQLite's own time per call timed around the driver's calls).
Relance about 3.2 ms a turn against the echo's 0.92 ms (same calls, no database):

- SQLAlchemy's own work (session and transaction, ORM and Core execution, the async adapter's
  greenlet switches, the pool): 21% of the walk, about 0.65 ms;
- Relance's own code (coach, views, dialogs: rendering, keyboards, the dialog step): 21%;
- python-telegram-bot parsing the incoming update (the echo pays it too): 16%;
- SQLite itself: 0.33 ms a turn (the commit 71 us, the update-id insert 55 us, the user's
  upsert 36 us, the step's UPDATE 28 us, the open dialog's SELECT 19 us); bare sqlite3 runs the
  same statements in a tight loop in 77 us (the gap was not traced: a CPU cache gone cold
  between two statements is the likely cause);
- the replies (python-telegram-bot, the pacer, the outbox; the echo pays most of it): 11%;
- `transitions`: 4% (12% before each flow kept its model attached: `add_model` binds a
  trigger and an `is_<state>` per state); python-telegram-bot's keyboard objects: 4%.

Cut, each measured in before/after pairs side by side (ms per turn, 3 rounds each): the open
dialog read in the turn's first pass, with the update log and the upsert (3.84, 3.58, 3.68
before; 3.40, 3.45, 3.39 after); one model per flow kept attached to its machine (3.59, 3.25,
3.41; 3.14, 3.20, 3.19). On PostgreSQL the update log and the upsert are one statement (one
round trip fewer; CPU pairs 4.56/4.33, 4.61/5.02, 5.08/4.67: within the noise). Measured and
left: the SQLite driver's calls without a greenlet switch each (no gain beyond the noise), the
cyclic garbage collector (42 us a turn), button data packed without `astuple` (1.26 to 1.19 us
a button); on PostgreSQL asyncpg's prepared-statement cache (off: +1 to +1.4 ms of CPU a turn;
500 instead of 100: the same) and the pool size (5 + 10 overflow, 16, or 4: the same within the
noise, the update processor runs 16 updates at once).

Cut on the afternoon of 7 December, measured by instructions (`valgrind --tool=cachegrind`,
the whole process, 20 and 60 dialogs, the slope per update of the walk with its set-up; the
machine's load of 2 to 3 made CPU pairs swing by more than each cut), before -> after, in
millions of instructions an update:
- replies and edits sent without parsing Telegram's answer into a `Message` (Relance never
  reads it; `bot.telegram.outbox.call_unread`), and the keyboard converted to its JSON once
  instead of twice: 11.80 -> 9.71 (-18%);
- a question's keyboard at a step built once and shared (`bot.views.render.keyboard`), and
  the statements a dialog runs to read its application, list pending reminders and close a
  dialog built once with bound parameters: 9.74 -> 9.03 (-7%);
- a plan's reminder stopped and inserted with Core, its row returned, instead of the ORM's
  bulk UPDATE and unit of work: 9.10 -> 8.84 (-3%);
- the turn's session closed with a plain await, not `AsyncSession.__aexit__` (which starts a
  task to shield the close): 8.86 -> 8.73 (-1.4%);
- a dialog opened with one Core upsert whose returned row becomes the session's object:
  8.63 -> 8.54 (-1%).
In all, 11.80 -> 8.54 (-28%). CPU per turn, alternating with the echo at load 2.8 to 3.0:
3.23 and 3.50 ms against the echo's 0.97 and 1.26 (before: 4.62 against 1.13 at load 0.3).
What is left, by py-spy (300 samples a second): SQLite's own calls about a fifth of a turn
(the commit a third of that), SQLAlchemy's session, transaction and statement execution about
a quarter (a new `AsyncSession` a turn 3.5%), python-telegram-bot's handling of the update and
of each call (the echo pays it too), the dialog step itself 4%, the pacer's own work under 1%.

The async SQLite path, measured again and left (7 December; load 2 to 4, so CPU pairs swung
by 0.5 ms either way and instructions were counted too: `valgrind --tool=cachegrind`, 20 and 80
dialogs, the slope per update; a turn is 9.4 M instructions, about 2.4 a ns here):
- SQLAlchemy's greenlets parked and reused rather than one made per awaited call (about six a
  turn): the same instructions (9.39 M and 9.42 M an update), but 7 minor page faults an update
  fewer (likely each new greenlet's frames taking a fresh data-stack chunk, not yet mapped):
  system time 0.28 to 0.39 s a round instead of 0.72 to 0.87, about 0.1 ms a turn. CPU pairs,
  main then parked (ms a turn): 4.19/4.08, 4.13/4.69, 5.19/4.74; in one process, alternate
  rounds, main minus parked: 0.75, 0.45, 0.90, -0.38, -0.25, 0.28, 0.55, 0.73, -0.35. Not clear.
- no greenlet at all (each call run in place; a sketch only: a lock wait would block the loop):
  9.27 M instructions an update against 9.46 M, L1 misses 303 k against 317 k: about 0.2 ms
  with the page faults. Its CPU pairs (0.19 to 1.03 ms) were the load's noise.
- what a statement costs above SQLite: the update log's insert made straight on the sqlite3
  connection saves 264 k instructions (0.11 ms); the open dialog's read (Core select, then the
  session's object) costs 424 k. The adapter's greenlets are a small part of SQLAlchemy's
  share; what is left is its execution of each statement, or fewer statements. On SQLite the
  open dialog now comes back with the user's upsert, a subquery a column in its RETURNING (7
  December, evening): 8.513 M -> 8.282 M instructions an update (-2.7%), 1.82 -> 0.82 SELECTs
  an update.
- a turn's `AsyncSession` kept once closed and used again by a later turn, rather than made
  anew (7 December, evening; 8.535 M instructions an update on main): 8.376 M (-1.9%), with
  the session's `info` emptied between turns. A first sketch that left `info` as it was gave
  7.821 M, but only because the next turn then trusted the earlier turn's open dialog and
  skipped reading it: a stale read, which a test (another session closing the dialog between
  two turns) caught. Left: 2% does not pay for a pool of sessions whose every piece of state
  must be wiped by hand. CPU pairs at load 3 to 4 could not tell the two apart (3.51/3.53,
  3.10/3.41, 3.94/3.17, 3.81/4.00 ms).
- on PostgreSQL, `pool_pre_ping` replaced by a checkout that drops a connection the driver
  knows the server closed (see `bench/dialogs.py`): 0.67 ms less CPU a turn, median of five
  pairs.

On SQLite, the statements every update runs go straight to the driver (7 December, night;
`storage.direct`: compiled once, their values converted by the types' own processors, run on
the session's connection in its transaction). Instructions an update, the same method, with
the bench's statement counter made cheap on both sides first (it split and joined each
statement's SQL at every run: 8.246 -> 8.152 M): the update log and the user's upsert 8.152 ->
7.381 M (-9.5%; the upsert returns 18 columns, whose rows SQLAlchemy's result pipeline built
at some cost), then the dialog's step and the application's facts 7.381 -> 7.279 M; in all
-10.7%. (`perf`'s CPU samples over the whole process, before: the interpreter 83%, the kernel
7% (a third of it mapping and unmapping memory: each new greenlet's first frames), SQLite's own
code 3%. `py-spy` put a quarter of the walk in the lines that call SQLite; they are not where
the CPU goes.)
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import datetime as dt
import gc
import html
import itertools
import json
import re
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from sqlalchemy import event
from telegram import Update
from telegram.ext import Application, ApplicationBuilder
from telegram.request import BaseRequest, RequestData

import bot.telegram.app as bot_app
from bench.dialogs import CLOCK_START, DIALOG, PLAN_MARK, SETUP, Step
from bot.services import get_services
from bot.settings import Settings
from testkit.harness import TestClock

TOKEN = "123456:TEST-token-for-the-turn-bench"
BOT_USER = {"id": 123456, "is_bot": True, "first_name": "Relance", "username": "relance_bot"}
_TAGS = re.compile(r"<[^>]+>")


def by_kind(statements: Counter[str]) -> Counter[str]:
    """Statement counts by their first word (INSERT, SELECT...)."""
    kinds: Counter[str] = Counter()
    for statement, count in statements.items():
        kinds[statement.split(None, 1)[0].upper()] += count
    return kinds


def by_text(statements: Counter[str]) -> Counter[str]:
    """Statement counts by their first 150 characters, spaces folded."""
    texts: Counter[str] = Counter()
    for statement, count in statements.items():
        texts[" ".join(statement.split())[:150]] += count
    return texts


class StubApi(BaseRequest):
    """Answers each Bot API call at once, as the fake Bot API would; keeps the last message
    with buttons of each chat, so the simulated users can press them."""

    def __init__(self) -> None:
        self.message_ids = itertools.count(10_000)
        self.calls: Counter[str] = Counter()
        self.last_with_buttons: dict[int, dict[str, Any]] = {}
        self.last_text: dict[int, str] = {}

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass

    @property
    def read_timeout(self) -> float | None:
        return 5.0

    async def do_request(
        self, url: str, method: str, request_data: RequestData | None = None, **_: Any
    ) -> tuple[int, bytes]:
        name = url.rsplit("/", 1)[-1]
        self.calls[name] += 1
        params = request_data.parameters if request_data is not None else {}
        result: Any = True
        if name == "getMe":
            result = BOT_USER
        elif name in ("sendMessage", "editMessageText", "editMessageReplyMarkup"):
            chat_id = int(params["chat_id"])
            message_id = (
                int(params["message_id"]) if "message_id" in params else next(self.message_ids)
            )
            text = html.unescape(_TAGS.sub("", str(params.get("text", ""))))
            result = {
                "message_id": message_id,
                "from": BOT_USER,
                "chat": {"id": chat_id, "type": "private", "first_name": "U"},
                "date": 1_795_000_000,
                "text": text,
            }
            markup = params.get("reply_markup")
            if isinstance(markup, str):
                markup = json.loads(markup)
            if markup:
                result["reply_markup"] = markup
                self.last_with_buttons[chat_id] = result
            if name != "editMessageReplyMarkup":
                self.last_text[chat_id] = text
            if name != "sendMessage":
                result["edit_date"] = 1_795_000_001
        return 200, json.dumps({"ok": True, "result": result}).encode()


def message_update(update_id: int, user_id: int, text: str) -> dict[str, Any]:
    message: dict[str, Any] = {
        "message_id": update_id,
        "from": {"id": user_id, "is_bot": False, "first_name": "U", "language_code": "fr"},
        "chat": {"id": user_id, "type": "private", "first_name": "U"},
        "date": 1_795_000_000,
        "text": text,
    }
    if text.startswith("/"):
        message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text)}]
    return {"update_id": update_id, "message": message}


def button_update(update_id: int, user_id: int, message: dict[str, Any], label: str) -> dict:
    rows = message["reply_markup"]["inline_keyboard"]
    data = next(b["callback_data"] for row in rows for b in row if label in b["text"])
    return {
        "update_id": update_id,
        "callback_query": {
            "id": str(update_id),
            "from": {"id": user_id, "is_bot": False, "first_name": "U", "language_code": "fr"},
            "message": message,
            "chat_instance": "1",
            "data": data,
        },
    }


class Harness:
    def __init__(self, database_url: str, echo: bool) -> None:
        self.api = StubApi()
        self.echo = echo
        self.update_ids = itertools.count(1)
        original = bot_app.with_transport
        bot_app.with_transport = lambda b: b.request(self.api).get_updates_request(StubApi())
        try:
            settings = Settings(
                _env_file=None,  # type: ignore[call-arg]
                telegram_bot_token=TOKEN,
                database_url=database_url,
                default_language="fr",
                dispatch_interval_s=3600,
                log_level="WARNING",
            )
            self.application: Application = bot_app.build_application(
                settings, clock=TestClock(CLOCK_START)
            )
        finally:
            bot_app.with_transport = original
        # The users here answer at once: no per-chat pacing (the order per chat stays).
        self.application.bot.rate_limiter.set_pace(1, 0.0)
        if echo:
            self.application = self._echo_application()
        # Each statement's SQL as run, counted as it is (a string's hash is kept, so the count
        # costs the walk next to nothing); sorted by kind and shortened at the end.
        self.statements: Counter[str] = Counter()

    def _echo_application(self) -> Application:
        """A bare Application making, for each update, the calls Relance makes for it (a
        reply, plus the edit and the callback answer of a button), with no database."""
        from telegram import InlineKeyboardButton, InlineKeyboardMarkup
        from telegram.ext import CallbackQueryHandler, MessageHandler, filters

        application = ApplicationBuilder().token(TOKEN).request(self.api).build()
        markup = InlineKeyboardMarkup(
            [[InlineKeyboardButton(s.value, callback_data=f"x:{i}")] for i, s in enumerate(DIALOG)]
            + [[InlineKeyboardButton(label, callback_data=f"y:{label}")] for label in ("France",)]
        )

        async def text(update: Update, context: Any) -> None:
            await context.bot.send_message(
                update.effective_chat.id, "Une question " * 8 + PLAN_MARK, reply_markup=markup
            )

        async def press(update: Update, context: Any) -> None:
            query = update.callback_query
            await asyncio.gather(
                context.bot.edit_message_text(
                    "Question\n\nChoisi",
                    chat_id=update.effective_chat.id,
                    message_id=query.message.message_id,
                ),
                context.bot.send_message(
                    update.effective_chat.id, "Une question " * 8, reply_markup=markup
                ),
                query.answer(),
            )

        application.add_handler(CallbackQueryHandler(press))
        application.add_handler(MessageHandler(filters.TEXT, text))
        return application

    async def start(self) -> None:
        application = self.application
        await application.initialize()
        if application.post_init is not None:
            await application.post_init(application)
            engine = get_services(application.bot_data).engine
            assert engine is not None

            @event.listens_for(engine.sync_engine, "before_cursor_execute")
            def _count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
                self.statements[statement] += 1

            @event.listens_for(engine.sync_engine, "commit")
            def _commit(_conn: Any) -> None:
                self.statements["COMMIT"] += 1

        gc.freeze()

    async def stop(self) -> None:
        application = self.application
        if application.post_shutdown is not None:
            await application.post_shutdown(application)
        await application.shutdown()

    async def step(self, user_id: int, step: Step) -> None:
        update_id = next(self.update_ids)
        if step.kind == "text":
            data = message_update(update_id, user_id, step.value)
        else:
            data = button_update(
                update_id, user_id, self.api.last_with_buttons[user_id], step.value
            )
        update = Update.de_json(data, self.application.bot)
        processor = self.application.update_processor
        await processor.process_update(update, self.application.process_update(update))

    async def walk(self, user_ids: list[int], steps: tuple[Step, ...], concurrency: int) -> None:
        queue = list(user_ids)

        async def worker() -> None:
            while queue:
                user_id = queue.pop()
                for step in steps:
                    await self.step(user_id, step)

        await asyncio.gather(*(worker() for _ in range(concurrency)))


async def one_round(args: argparse.Namespace, number: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="relance-turn-") as folder:
        url = args.database or f"sqlite+aiosqlite:///{Path(folder) / 'relance.db'}"
        harness = Harness(url, args.echo)
        await harness.start()
        base = 1_000_000 * (number + 1)
        # Update ids of their own each round too: a database given with --database is kept
        # between rounds, and a repeated update id is skipped as a repeated delivery.
        harness.update_ids = itertools.count(base)
        users = list(range(base, base + args.dialogs))
        try:
            if not args.echo:
                await harness.walk(users, SETUP, args.concurrency)
            harness.statements.clear()
            profiler = cProfile.Profile() if args.profile else None
            cpu = time.process_time()
            wall = time.perf_counter()
            if profiler:
                profiler.enable()
            await harness.walk(users, DIALOG, args.concurrency)
            if profiler:
                profiler.disable()
                profiler.dump_stats(args.profile)
            cpu = time.process_time() - cpu
            wall = time.perf_counter() - wall
            plans = sum(PLAN_MARK in harness.api.last_text.get(u, "") for u in users)
        finally:
            await harness.stop()
    updates = len(users) * len(DIALOG)
    return {
        "cpu_ms_per_update": round(cpu * 1000 / updates, 3),
        "wall_ms_per_update": round(wall * 1000 / updates, 3),
        "plans": plans,
        "statements_per_update": {
            k: round(v / updates, 2) for k, v in sorted(by_kind(harness.statements).items())
        },
        "sql": {k: round(v / updates, 2) for k, v in by_text(harness.statements).most_common()}
        if args.sql
        else {},
        "calls_per_update": {
            k: round(v / updates, 2)
            for k, v in sorted(harness.api.calls.items())
            if k not in ("getMe", "setMyCommands")
        },
    }


async def run(args: argparse.Namespace) -> dict[str, Any]:
    rounds = [await one_round(args, n) for n in range(args.repeats)]
    cpus = [r["cpu_ms_per_update"] for r in rounds]
    return {
        "cpu_ms_per_update": round(statistics.median(cpus), 3),
        "spread": [min(cpus), max(cpus)],
        "rounds": cpus,
        "plans": rounds[-1]["plans"],
        "dialogs": args.dialogs,
        "statements_per_update": rounds[-1]["statements_per_update"],
        "calls_per_update": rounds[-1]["calls_per_update"],
        **({"sql": rounds[-1]["sql"]} if args.sql else {}),
        "echo": args.echo,
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.turn_cpu")
    parser.add_argument("--dialogs", type=int, default=300)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--database", default=None)
    parser.add_argument("--profile", metavar="FILE")
    parser.add_argument("--echo", action="store_true")
    parser.add_argument("--sql", action="store_true", help="each statement's count per update")
    args = parser.parse_args(argv)
    if args.profile:
        args.repeats = 1
    import logging

    logging.basicConfig(level=logging.WARNING)
    logging.getLogger("transitions").setLevel(logging.WARNING)
    print(json.dumps(asyncio.run(run(args))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
