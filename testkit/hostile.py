"""The hostile-input harness: hypothesis drives the real bot through `testkit.harness`, seeding
people straight into the database and drawing steps (commands, pasted messages, typed text, real
and forged buttons, clock ticks), then checks after every step that no handler raised, that an
attacker changed no row of the victim, that the fake Bot API refused nothing and that every open
dialog is in a state of its flow. `tests/e2e/test_hostile_input.py` runs it and holds the
regression tests of what it found."""

from __future__ import annotations

import datetime as dt
import logging
import re
import sqlite3
import traceback
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.dialects.sqlite import dialect as sqlite_dialect
from sqlalchemy.engine import make_url

from flows.domain import Stage
from flows.registry import FLOWS
from storage.models import (
    Application,
    Conversation,
    FollowUp,
    Interview,
    Nudge,
    User,
)
from testkit.fakebot import SentMessage
from testkit.harness import Client, Relance
from testkit.hostile_inputs import (
    AGENDA_ACTIONS,
    BAD_IDS,
    CARD_ACTIONS,
    ENTRIES,
    FREE_TEXT_ONLY,
    NUDGE_ACTIONS,
    PLAUSIBLE,
    commands,
    garbage_data,
    hostile_texts,
)
from testkit.rows import planned_application

# Generated updates per backend, across the fuzz tests (their shares in PROFILES add up).
TOTAL_UPDATES = 2_000
EXAMPLE_UPDATES = 100  # generated updates in each hypothesis example
TRIED: Counter[str] = Counter()  # generated updates pushed to the bot, by database backend
KNOWN_SEEN: Counter[str] = Counter()  # known failures met again (see KNOWN)
STATES_SEEN: set[tuple[str, str]] = set()  # the dialog states the fuzzer reached

ERROR_TEXTS = ("cette étape n'a pas été enregistrée", "this step was not saved")
PARIS = dt.timezone(dt.timedelta(hours=1))
BASE_NOW = dt.datetime(2026, 11, 23, 10, 0, tzinfo=PARIS)  # a Monday morning in Paris
ROOT = Path(__file__).resolve().parents[1]

# ------------------------------------------------------------------------- known failures

# A failure the fuzzing found, reproduced by a strict-xfail regression test in
# tests/e2e/test_hostile_input.py: its signature (see `Run.check`) maps to that test's name.
# Met again, it is counted and printed at the end, not raised, so that the fuzzer explores past it.
DIGITS = "test_callback_data_with_digits_int_cannot_read"
TOO_BIG = "test_callback_data_with_an_id_too_big_for_the_database"
TWICE = "test_a_button_pressed_twice_edits_its_message_once"
CUT_HTML = "test_long_user_text_is_cut_outside_html_entities_and_tags"
AGENDA_KINDS = "test_agenda_lists_the_nudges_that_are_not_about_one_application"
SWITCH = "test_switching_back_to_a_dialog_whose_application_was_deleted"
NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup are "
    "exactly the same as a current content and reply markup of the message"
)
# Every failure found so far is fixed; its regression test is in tests/e2e/test_hostile_input.py.
KNOWN: dict[str, str] = {}


# --------------------------------------------------------------------------------- helpers


class ErrorRecords(logging.Handler):
    """Collects the ERROR records of the bot and of python-telegram-bot."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.name.split(".")[0] in ("bot", "telegram"):
            self.records.append(record)


def exception_signature(record: logging.LogRecord) -> str:
    """The exception's type and the deepest frame of the project's own code it went through."""
    if not record.exc_info or record.exc_info[1] is None:
        return f"log {record.name}: {re.sub(r'[0-9]+', 'N', record.getMessage())}"
    error = record.exc_info[1]
    where = "?"
    for frame in traceback.extract_tb(error.__traceback__):
        path = Path(frame.filename)
        if ROOT in path.parents and ".venv" not in path.parts:
            where = f"{path.relative_to(ROOT)}:{frame.name}"
    name = type(error).__name__
    if isinstance(error, KeyError):
        name += f"({error.args[0]!r})"
    cause = getattr(error, "orig", None)  # a database error: say which one the driver raised
    if cause is not None:
        while cause.__cause__ is not None:
            cause = cause.__cause__
        name += f"({type(cause).__name__})"
    return f"{name} in {where}"


def refusal_signature(refusal: Any) -> str:
    """The method and Telegram's reason, byte offsets and lengths left out."""
    return f"refused {refusal.method}: {re.sub(r'[0-9]+', 'N', refusal.description)}"


@dataclass
class Snapshot:
    rows: dict[str, list[tuple[Any, ...]]]  # the victim's rows, table by table
    app_ids: dict[int, set[int]]  # user id: their application ids
    nudge_ids: dict[int, set[int]]  # user id: their nudge ids
    conversations: dict[int, tuple[str, str, int]]  # user id: flow, state, step


Fetch = Callable[[Any], Awaitable[list[tuple[Any, ...]]]]


@asynccontextmanager
async def reader(relance: Relance) -> AsyncIterator[Fetch]:
    """Runs the checks' queries. They run after every step: on SQLite, through a plain sqlite3
    connection (no thread hop: ten times faster than aiosqlite, and the bot is idle between
    steps); on PostgreSQL, through the bot's engine."""
    url = make_url(relance.database_url)
    if url.get_backend_name() == "sqlite":
        assert url.database is not None
        connection = sqlite3.connect(url.database)
        dialect = sqlite_dialect()

        async def fetch_sqlite(statement: Any) -> list[tuple[Any, ...]]:
            sql = statement.compile(dialect=dialect, compile_kwargs={"literal_binds": True})
            return connection.execute(str(sql)).fetchall()

        try:
            yield fetch_sqlite
        finally:
            connection.close()
        return
    async with relance.services().session() as session:

        async def fetch(statement: Any) -> list[tuple[Any, ...]]:
            return [tuple(row) for row in (await session.execute(statement)).all()]

        yield fetch


async def take_snapshot(relance: Relance, victim_id: int, user_ids: list[int]) -> Snapshot:
    """The victim's rows, column by column, the ids every person of the example owns, and
    every open dialog. Six plain queries: this runs after every step."""
    users, apps, interviews, follow_ups = (
        User.__table__,
        Application.__table__,
        Interview.__table__,
        FollowUp.__table__,
    )
    nudges, conversations = Nudge.__table__, Conversation.__table__
    victim_apps = select(apps.c.id).where(apps.c.user_id == victim_id)
    app_ids: dict[int, set[int]] = {u: set() for u in user_ids}
    nudge_ids: dict[int, set[int]] = {u: set() for u in user_ids}
    async with reader(relance) as fetch:
        rows = {
            "users": await fetch(select(users).where(users.c.id == victim_id)),
            "interviews": await fetch(
                select(interviews).where(interviews.c.application_id.in_(victim_apps))
            ),
            "follow_ups": await fetch(
                select(follow_ups).where(follow_ups.c.application_id.in_(victim_apps))
            ),
        }
        every_app = await fetch(select(apps).where(apps.c.user_id.in_(user_ids)))
        every_nudge = await fetch(select(nudges).where(nudges.c.user_id.in_(user_ids)))
        every_conversation = await fetch(select(conversations))
    user_column = list(apps.c.keys()).index("user_id")
    rows["applications"] = [r for r in every_app if r[user_column] == victim_id]
    for row in every_app:
        app_ids[row[user_column]].add(row[0])
    user_column = list(nudges.c.keys()).index("user_id")
    rows["nudges"] = [r for r in every_nudge if r[user_column] == victim_id]
    for row in every_nudge:
        nudge_ids[row[user_column]].add(row[0])
    keys = list(conversations.c.keys())
    at = {name: keys.index(name) for name in ("user_id", "flow", "state", "step")}
    open_dialogs = {
        r[at["user_id"]]: (r[at["flow"]], r[at["state"]], r[at["step"]]) for r in every_conversation
    }
    rows["conversations"] = [r for r in every_conversation if r[at["user_id"]] == victim_id]
    for table in rows.values():
        table.sort(key=repr)
    return Snapshot(rows, app_ids, nudge_ids, open_dialogs)


def invalid_states(snapshot: Snapshot) -> list[str]:
    problems = []
    for user_id, (flow, state, _step) in snapshot.conversations.items():
        if flow not in FLOWS or state not in FLOWS[flow].states:
            problems.append(f"user {user_id} is in dialog {flow!r} at invalid state {state!r}")
    return problems


def diff(before: Snapshot, after: Snapshot) -> list[str]:
    changes = []
    for table, rows in before.rows.items():
        if rows != after.rows[table]:
            changes.append(f"victim's {table} changed: {rows} -> {after.rows[table]}")
    return changes


# ----------------------------------------------------------------------------- the seeds


async def seed_user(
    relance: Relance, user_id: int, *, language: str = "fr", onboarded: bool = True
) -> None:
    now = relance.clock()
    async with relance.services().session() as session, session.begin():
        session.add(
            User(
                id=user_id,
                language=language,
                timezone="Europe/Paris",
                country="FR",
                nudge_hour=dt.time(9, 0),
                paused_all=False,
                blocked=False,
                onboarded=onboarded,
                created_at=now,
                last_seen_at=now,
            )
        )


async def seed_application(
    relance: Relance,
    user_id: int,
    company: str,
    stage: Stage,
    *,
    interview_ago: dt.timedelta | None = None,
    interview_in: dt.timedelta | None = None,
    notes: str | None = None,
) -> int:
    """An application as the dialogs leave it, with its plan (or its interview) scheduled."""
    return await planned_application(
        relance,
        user_id,
        company,
        stage,
        applied_ago=dt.timedelta(days=12),
        interview_ago=interview_ago,
        interview_notes=notes,
        interview_in=interview_in,
        role="Data analyst",
        company_size="large",
        urgency="urgent",
        recruiter_name="Jane <Doe>",
        recruiter_contact="jane@globex.example",
    )


DAY_BEFORE = (BASE_NOW - dt.timedelta(days=1)).isoformat()
# Dialogs deep in their questions, with the answers that lead there: (flow, state, answers).
DEEP_DIALOGS: list[tuple[str, str, dict[str, Any]]] = [
    (
        "refusal",
        "reason",
        {"refused_at": DAY_BEFORE, "channel": "email", "_history": ["when", "channel"]},
    ),
    *(
        (
            "refusal",
            state,
            {
                "refused_at": DAY_BEFORE,
                "channel": "call",
                "reason": reason,
                "_history": ["when", "channel", "reason"],
            },
        )
        for state, reason in (("interviews", "categorical"), ("months", "opening_later"))
    ),
    ("good_news", "next", {}),
    # A typed place, then its country (the paste dialogs' draws would otherwise leave them).
    ("settings", "timezone", {}),
    (
        "after_interview",
        "announced",
        {"interview_at": DAY_BEFORE, "_history": ["when", "size", "urgency"]},
    ),
]


async def seed_dialog(
    relance: Relance,
    user_id: int,
    app_id: int,
    flow: str,
    state: str,
    answers: dict[str, Any],
) -> None:
    async with relance.services().session() as session, session.begin():
        session.add(
            Conversation(
                user_id=user_id,
                flow=flow,
                state=state,
                step=len(answers.get("_history", [])) + 1,
                answers=answers,
                application_id=app_id,
                updated_at=relance.clock(),
            )
        )


async def delete_application(relance: Relance, app_id: int) -> None:
    async with relance.services().session() as session, session.begin():
        app = await session.get(Application, app_id)
        assert app is not None
        await session.delete(app)


# ------------------------------------------------------------------------------- the run


@dataclass
class Run:
    """One hypothesis example: its people, its draws, and the checks after every step."""

    relance: Relance
    data: Any
    errors: ErrorRecords
    victim: Client
    attackers: list[Client]
    weights: dict[str, int]
    budget: int = EXAMPLE_UPDATES  # generated updates this example may still push
    snapshot: Snapshot | None = None
    seen_apps: set[int] = field(default_factory=set)
    seen_nudges: set[int] = field(default_factory=set)
    history: list[str] = field(default_factory=list)
    sent_mark: int = 0
    refused_mark: int = 0
    error_mark: int = 0
    sticker_ids: Iterator[int] = field(default_factory=lambda: iter(range(10**6, 10**9)))

    @property
    def backend(self) -> str:
        return "postgres" if self.relance.database_url.startswith("postgresql") else "sqlite"

    @property
    def people(self) -> list[Client]:
        return [self.victim, *self.attackers]

    @property
    def fake(self) -> Any:
        return self.relance.fake

    def draw(self, strategy: st.SearchStrategy[Any], label: str) -> Any:
        return self.data.draw(strategy, label=label)

    # ---- bookkeeping

    async def refresh(self) -> None:
        self.snapshot = await take_snapshot(
            self.relance, self.victim.id, [p.id for p in self.people]
        )
        for person in self.people:
            if person.id in self.snapshot.conversations:
                STATES_SEEN.add(self.snapshot.conversations[person.id][:2])
        for ids in self.snapshot.app_ids.values():
            self.seen_apps |= ids
        for ids in self.snapshot.nudge_ids.values():
            self.seen_nudges |= ids
        self.sent_mark = len(self.fake.sent)
        self.refused_mark = len(self.fake.refused)
        self.error_mark = len(self.errors.records)

    def deleted_apps(self) -> set[int]:
        assert self.snapshot is not None
        current = set().union(*self.snapshot.app_ids.values())
        return self.seen_apps - current

    def deleted_nudges(self) -> set[int]:
        assert self.snapshot is not None
        current = set().union(*self.snapshot.nudge_ids.values())
        return self.seen_nudges - current

    async def check(self, actor: Client | None) -> None:
        """The four properties, after a step by `actor` (None: the reminder engine ticked)."""
        records = self.errors.records[self.error_mark :]
        refusals = self.fake.refused[self.refused_mark :]
        problems = [
            exception_signature(record)
            for record in records
            # A refused send raises BadRequest: the refusal below says precisely what failed.
            if not (refusals and exception_signature(record).startswith("BadRequest in"))
        ]
        error_messages = [
            m
            for m in self.fake.sent[self.sent_mark :]
            if any(t in (m.plain_text or "") + (m.plain_caption or "") for t in ERROR_TEXTS)
        ]
        if error_messages and not records:
            # Each exception logged above has its own; one without is a failure of its own.
            problems.append(f"error message sent to {error_messages[0].chat_id}")
        for refusal in refusals:
            problems.append(refusal_signature(refusal))
        unanswered = self.fake.unanswered_callback_queries()
        if unanswered:
            problems.append(f"callback queries never answered: {unanswered}")
        before = self.snapshot
        assert before is not None
        await self.refresh()
        assert self.snapshot is not None
        problems += invalid_states(self.snapshot)
        if actor is not None and actor is not self.victim:
            problems += diff(before, self.snapshot)
        unknown = [p for p in problems if p not in KNOWN]
        KNOWN_SEEN.update(p for p in problems if p in KNOWN)
        # Known refusals are taken out, so that the harness's own final check passes.
        self.fake.refused[:] = [r for r in self.fake.refused if refusal_signature(r) not in KNOWN]
        self.refused_mark = len(self.fake.refused)
        if unknown:
            steps = "\n  ".join(self.history[-12:])
            details = "\n".join(
                "".join(traceback.format_exception(*r.exc_info)) for r in records if r.exc_info
            )
            raise AssertionError(
                "hostile input broke a property:\n  "
                + "\n  ".join(unknown)
                + f"\nlast steps:\n  {steps}\n{details}"
            )

    # ---- pushing updates

    async def wait(self, update_ids: list[int]) -> None:
        TRIED[self.backend] += len(update_ids)
        self.budget -= len(update_ids)
        for update_id in update_ids:
            await self.relance.processed(update_id)

    async def type(self, actor: Client, text: str) -> None:
        self.history.append(f"{actor.user.first_name} types {text[:80]!r} ({len(text)} chars)")
        await self.wait([self.fake.push_message(actor.user, text)])

    async def press(
        self, actor: Client, message: SentMessage, data: str, *, times: int = 1
    ) -> None:
        where = "own" if message.chat_id == actor.id else f"chat {message.chat_id}'s"
        self.history.append(
            f"{actor.user.first_name} presses {data!r} x{times} on {where} message "
            f"{message.message_id}"
        )
        # Five presses at once: all pushed before the bot handles the first.
        ids = [
            self.fake.push_callback(actor.user, message, data)
            for _ in range(max(1, min(times, self.budget)))
        ]
        await self.wait(ids)

    def with_buttons(self, client: Client) -> list[SentMessage]:
        return [m for m in client.messages() if m.buttons]

    # ---- steps

    async def step(self) -> None:
        kinds = [kind for kind, weight in self.weights.items() for _ in range(weight)]
        kind = self.draw(st.sampled_from(kinds), "kind")
        if kind == "tick":
            delta = self.draw(
                st.sampled_from([1, 6, 24, 72, 24 * 7]).map(lambda h: dt.timedelta(hours=h)),
                "advance",
            )
            self.relance.clock.now += delta
            self.history.append(f"clock +{delta}, tick")
            await self.relance.tick()
            await self.check(None)
            return
        actor = self.draw(st.sampled_from(self.people), "actor")
        await getattr(self, f"step_{kind}")(actor)
        await self.check(actor)

    async def step_command(self, actor: Client) -> None:
        await self.type(actor, self.draw(commands, "command"))

    async def step_text(self, actor: Client) -> None:
        await self.type(actor, self.draw(hostile_texts, "text"))

    async def step_answer(self, actor: Client) -> None:
        """A plausible answer to the open question (or a command when none is open)."""
        assert self.snapshot is not None
        open_dialog = self.snapshot.conversations.get(actor.id)
        answers = PLAUSIBLE.get(open_dialog[:2]) if open_dialog else None
        if answers:
            text = self.draw(st.one_of(st.sampled_from(answers), hostile_texts), "answer")
        else:
            text = self.draw(commands, "command")
        await self.type(actor, text)

    async def step_walk(self, actor: Client) -> None:
        """Legit moves in a row by one person, deep into a dialog; hostile input comes next."""
        for move in range(self.draw(st.integers(2, 16), "walk")):
            if self.budget <= 0:
                return
            if move:
                await self.check(actor)
            await self.legit_move(actor)

    async def legit_move(self, actor: Client) -> None:
        """What a user would do: answer the open question (a plausible text, right or wrong,
        or one of its buttons), or open something (a command, a button of the last message)."""
        assert self.snapshot is not None
        open_dialog = self.snapshot.conversations.get(actor.id)
        answers = PLAUSIBLE.get(open_dialog[:2]) if open_dialog else None
        messages = self.with_buttons(actor)
        if (answers and open_dialog) and (
            open_dialog[:2] in FREE_TEXT_ONLY or not messages or self.draw(st.booleans(), "type")
        ):
            await self.type(actor, self.draw(st.sampled_from(answers), "plausible"))
        elif messages and (open_dialog or self.draw(st.integers(0, 2), "open") > 0):
            message = messages[-1]
            _label, data = self.draw(st.sampled_from(message.buttons), "button")
            assert data is not None
            await self.press(actor, message, data)
        else:
            await self.type(actor, self.draw(st.sampled_from(ENTRIES), "entry"))

    async def step_click(self, actor: Client) -> None:
        """A real button of one of the actor's last three messages with buttons, most often the
        last one; sometimes pressed five times at once."""
        messages = self.with_buttons(actor)[-3:]
        if not messages:
            await self.type(actor, "/start")
            return
        back = self.draw(st.sampled_from([0, 0, 0, 1, 2]), "message")
        message = messages[-1 - min(back, len(messages) - 1)]
        buttons = message.buttons
        _label, data = buttons[self.draw(st.integers(0, len(buttons) - 1), "button")]
        assert data is not None
        times = self.draw(st.sampled_from([1, 1, 1, 1, 5]), "times")
        await self.press(actor, message, data, times=times)

    def forged_data(self, actor: Client) -> str:
        assert self.snapshot is not None
        others = [p for p in self.people if p is not actor]
        other_apps = sorted(set().union(*(self.snapshot.app_ids[p.id] for p in others)))
        other_nudges = sorted(set().union(*(self.snapshot.nudge_ids[p.id] for p in others)))
        own_apps = sorted(self.snapshot.app_ids[actor.id])
        own_nudges = sorted(self.snapshot.nudge_ids[actor.id])
        deleted_apps = sorted(self.deleted_apps())
        deleted_nudges = sorted(self.deleted_nudges())

        def ids(*pools: list[int]) -> st.SearchStrategy[str]:
            known = sorted({str(i) for pool in pools for i in pool})
            choices: list[st.SearchStrategy[str]] = [st.sampled_from(BAD_IDS)]
            if known:
                choices.insert(0, st.sampled_from(known))
            return st.one_of(*choices)

        app_ids = ids(other_apps, deleted_apps, own_apps)
        nudge_ids = ids(other_nudges, deleted_nudges, own_nudges)
        other_steps = [
            str(self.snapshot.conversations[p.id][2])
            for p in others
            if p.id in self.snapshot.conversations
        ]
        other_answers = [
            data
            for p in others
            for m in self.with_buttons(p)[-1:]
            for _, data in m.buttons
            if data and data.startswith("a:")
        ]
        forged = st.one_of(
            st.tuples(app_ids, st.sampled_from(CARD_ACTIONS)).map(lambda t: f"c:{t[0]}:{t[1]}"),
            st.tuples(nudge_ids, st.sampled_from(NUDGE_ACTIONS)).map(lambda t: f"n:{t[0]}:{t[1]}"),
            st.tuples(nudge_ids, st.sampled_from(AGENDA_ACTIONS)).map(lambda t: f"g:{t[0]}:{t[1]}"),
            st.tuples(
                st.sampled_from([*other_steps, "0", "1", "999999", "²", "-1"]),
                st.sampled_from(["FR", "other", "yes", "drop", "resume", "_back", "d1", "x" * 50]),
            ).map(lambda t: f"a:{t[0]}:{t[1]}"),
            st.sampled_from(other_answers or ["a:1:FR"]),
            st.sampled_from(["l:0", "l:1", "l:99999999999999999999", "l:²", "m:list", "m:new"]),
            st.tuples(
                st.sampled_from(["c", "n", "g", "a", "l", "m", "zz", "", "ç", "n:n", "c:c"]),
                ids(other_apps, other_nudges, deleted_apps),
                st.sampled_from(["", "d", "xy", "zz", "d:extra", "🛑"]),
            ).map(lambda t: ":".join(t)),
            garbage_data,
        )
        data = self.draw(forged, "forged")
        return data if len(data.encode()) <= 64 else data.encode()[:64].decode(errors="ignore")

    async def step_forge(self, actor: Client) -> None:
        """Forged callback data, on one of the actor's messages (rarely, on another's)."""
        data = self.forged_data(actor)
        owner = actor
        if self.draw(st.integers(0, 9), "cross") == 0:
            owner = self.draw(st.sampled_from(self.people), "owner")
        messages = self.with_buttons(owner)[-3:] or owner.messages()[-1:]
        if not messages:
            await self.type(actor, "/start")
            return
        message = self.draw(st.sampled_from(messages), "message")
        times = self.draw(st.sampled_from([1, 1, 1, 5]), "times")
        await self.press(actor, message, data, times=times)

    async def step_sticker(self, actor: Client) -> None:
        """Something that is not text: a sticker."""
        self.history.append(f"{actor.user.first_name} sends a sticker")
        await self.wait([self.push_sticker(actor)])

    def push_sticker(self, actor: Client) -> int:
        message = {
            "message_id": next(self.sticker_ids),
            "from": actor.user.to_dict(),
            "chat": actor.user.chat_dict(),
            "date": 0,
            "sticker": {
                "file_id": "CAACAgIAAxkBAAE",
                "file_unique_id": "AgADAQAD",
                "type": "regular",
                "width": 512,
                "height": 512,
                "is_animated": False,
                "is_video": False,
            },
        }
        return self.fake.push_raw({"message": message})


async def start_run(
    relance: Relance, data: Any, errors: ErrorRecords, weights: dict[str, int]
) -> Run:
    """Fresh people for one example: a seeded victim, an attacker with an application of their
    own and a deleted one, and a newcomer with a hostile first name who writes in English."""
    relance.clock.now = BASE_NOW
    victim = await relance.user(first_name="Victime")
    mallory = await relance.user(first_name="Mallory")
    first_name = data.draw(
        st.sampled_from(["Eve", "<b>Eve</b>", "&", "\u202eevE", "👩‍💻" * 16, "Ève_*[x]("]),
        label="first name",
    )
    eve = await relance.user(first_name=first_name, language_code="en")
    await seed_user(relance, victim.id)
    await seed_user(relance, mallory.id)
    await seed_application(
        relance,
        victim.id,
        "Acme & Fils <SA>",
        Stage.WAITING,
        interview_ago=dt.timedelta(days=6),
        notes="la <migration> & le cloud",
    )
    await seed_application(relance, victim.id, "Globex", Stage.APPLIED)
    await seed_application(relance, victim.id, "Initech", Stage.OFFER)
    await seed_application(
        relance, victim.id, "Umbrella", Stage.INTERVIEW_SCHEDULED, interview_in=dt.timedelta(days=2)
    )
    hooli = await seed_application(
        relance, mallory.id, "Hooli", Stage.WAITING, interview_ago=dt.timedelta(days=6)
    )
    # Sometimes Mallory is deep in a dialog already, as its earlier answers would leave it.
    dialog = data.draw(st.sampled_from([None, *DEEP_DIALOGS]), label="open dialog")
    if dialog is not None:
        await seed_dialog(relance, mallory.id, hooli, *dialog)
    gone = await seed_application(
        relance, mallory.id, "Gone", Stage.WAITING, interview_ago=dt.timedelta(days=6)
    )
    run = Run(relance, data, errors, victim, [mallory, eve], weights)
    await run.refresh()
    await delete_application(relance, gone)
    # Their nudges that are due now arrive, with their buttons; and a menu to press.
    await relance.tick()
    for client in (victim, mallory):
        run.fake.push_message(client.user, "/start")
        await relance.processed(run.fake.push_message(client.user, "/list"))
    if dialog is not None:  # a sticker: the open question is asked again, with its buttons
        await relance.processed(run.push_sticker(mallory))
    await run.refresh()
    await run.check(None)
    return run


def quiet_jobs(relance: Relance) -> None:
    """The tests tick the reminder engine themselves: its timer and the retention sweep stay off."""
    assert relance.application is not None and relance.application.job_queue is not None
    for job in relance.application.job_queue.jobs():
        job.enabled = False


FUZZ_SETTINGS = settings(
    deadline=None,
    derandomize=True,
    database=None,
    phases=(Phase.explicit, Phase.generate),
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
    print_blob=False,
)

# Each test function's share of the 2,000 generated updates, and how steps are weighted.
PROFILES: dict[str, tuple[int, dict[str, int]]] = {
    # Typing in and out of every dialog, buttons included, to go deep.
    "dialogs": (
        600,
        {"walk": 6, "answer": 4, "click": 4, "command": 2, "text": 3, "forge": 1, "sticker": 1},
    ),
    # Forged and repeated callback data, with enough legit moves to create and delete rows.
    "callbacks": (
        600,
        {"forge": 8, "walk": 3, "click": 3, "answer": 1, "command": 2, "text": 1, "tick": 1},
    ),
    # Nudges, /agenda, cards: the clock moves and buttons are pressed, again and again.
    "nudges": (
        500,
        {"click": 6, "walk": 3, "forge": 3, "command": 2, "answer": 2, "text": 1, "tick": 3},
    ),
    # Everything at once.
    "mixed": (
        300,
        {
            "walk": 3,
            "answer": 3,
            "click": 3,
            "command": 3,
            "text": 3,
            "forge": 3,
            "sticker": 1,
            "tick": 1,
        },
    ),
}
assert sum(share for share, _ in PROFILES.values()) == TOTAL_UPDATES


def fuzz_test(profile: str) -> Callable[..., Any]:
    share, weights = PROFILES[profile]

    @settings(FUZZ_SETTINGS, max_examples=share // EXAMPLE_UPDATES)
    @given(data=st.data())
    async def test(relance: Relance, error_records: ErrorRecords, data: Any) -> None:
        quiet_jobs(relance)
        run = await start_run(relance, data, error_records, weights)
        while run.budget > 0:
            await run.step()

    test.__name__ = f"test_hostile_{profile}"
    test.__doc__ = f"Hostile input, profile {profile!r}: {share} generated updates."
    return test
