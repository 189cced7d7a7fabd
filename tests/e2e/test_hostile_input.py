"""Hostile input (issue 8): hypothesis drives the real bot, through the end-to-end harness, with
2,000 generated updates per database backend (SQLite, and PostgreSQL when TEST_POSTGRES_URL is
set), and checks four properties after every update (or batch of five identical presses).

Each hypothesis example seeds three people straight into the database: a victim (applications,
interviews, nudges; some delivered so that their buttons exist) and two attackers (one with an
application of their own, sometimes already deep in a dialog; one brand new, who writes in
English under a hostile first name). Then it draws steps until its 100 updates are used:

* every command (/start /help /new /list /agenda /stats /export /settings /privacy /cancel
  /forget /paste), with odd suffixes, in odd case, and unknown ones;
* recruiter's messages pasted (refusals, an invitation, an announced date, a missing skill, a
  motive the law forbids, a first part of a message Telegram cut), so that the paste dialogs and
  the "keep it as a note" offer are reached;
* typed text: random Unicode, right-to-left and zero-width marks, emoji, empty and 5,000
  character texts, HTML and Telegram-markdown fragments, dates like "31/02", "hier soir" or "in
  300 years", and plausible answers to the question open at that moment (so that the fuzzer
  goes deep into every dialog);
* buttons: a real button of one of the user's last messages (legit moves), or forged callback
  data: unknown prefixes, other users' application and nudge ids, ids of deleted rows, numbers
  too big for the database, digits `int()` cannot read, 64-byte garbage; sometimes the same
  button pressed five times at once (five updates pushed before waiting for any);
* the clock moving on and the nudge dispatcher ticking, so that nudge buttons exist too.

After every step (an update, five presses of one button, or a dispatcher tick):

* no handler raised: no ERROR record from `bot.*` or `telegram.*`, and no "this step was not
  saved" message (the error handler sends it after any exception);
* when an attacker acted, no row of the victim changed (users, applications, interviews,
  follow_ups, nudges, conversations, compared column by column);
* the fake Bot API refused nothing the bot sent (length, HTML, buttons, edits) and every callback
  query was answered;
* every open dialog is in a state of its flow (`flows.registry.FLOWS`).

The draws are derandomized: a run is the same every time (on a given backend). A failure prints
the broken properties, the last steps and the traceback; hypothesis prints every draw.

The failures the fuzzing found are each minimised to a regression test at the end of this file,
marked `xfail(strict=True)` until the bot is fixed. So that the fuzzer keeps exploring past them,
their exact signatures are listed in `KNOWN`: a failure matching one is counted (and printed at
the end), not raised. When a bug is fixed, its strict xfail starts failing: remove the xfail and
its `KNOWN` entries together.

Every generated update is counted in `TRIED`; at the end of the module, "hostile inputs tried: N"
is printed, with the dialog states reached and the known failures met again.
"""

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

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.dialects.sqlite import dialect as sqlite_dialect
from sqlalchemy.engine import make_url

from bot.coach.planning import load_application, plan_for, schedule_interview, schedule_plan
from bot.coach.retention import sweep
from flows.domain import NudgeKind, Stage
from flows.registry import FLOWS
from storage.models import (
    Application,
    Conversation,
    FollowUp,
    Interview,
    Nudge,
    User,
)
from storage.nudges import NudgeRepo
from tests.e2e.conftest import Client, Relance
from tests.fakebot import SentMessage

# Generated updates per backend, across the test functions below (their shares add up).
TOTAL_UPDATES = 2_000
EXAMPLE_UPDATES = 100  # generated updates in each hypothesis example
TRIED: Counter[str] = Counter()  # generated updates pushed to the bot, by database backend
KNOWN_SEEN: Counter[str] = Counter()  # known failures met again (see KNOWN)
STATES_SEEN: set[tuple[str, str]] = set()  # the dialog states the fuzzer reached

ERROR_TEXTS = ("cette étape n'a pas été enregistrée", "this step was not saved")
PARIS = dt.timezone(dt.timedelta(hours=1))
BASE_NOW = dt.datetime(2026, 11, 23, 10, 0, tzinfo=PARIS)  # a Monday morning in Paris
ROOT = Path(__file__).resolve().parents[2]

# ---------------------------------------------------------------------------------- inputs

RTL_AND_INVISIBLE = [
    "\u200f",  # right-to-left mark
    "\u200e",  # left-to-right mark
    "\u202e",  # right-to-left override
    "\u2067",  # right-to-left isolate
    "\u2069",  # pop directional isolate
    "\u200b",  # zero-width space
    "\u200d",  # zero-width joiner
    "\ufeff",  # byte order mark
    "\u00a0",  # no-break space
    "\u0301",  # combining acute accent, alone
]
EMOJI = ["👩‍💻", "🇫🇷", "🏳️‍🌈", "😀", "🧑🏽‍🚀", "❤️", "🔥" * 3, "𝕬𝖈𝖒𝖊", "ﷺ", "עברית", "العربية"]
HTML = [
    "<b>gras",
    "</b>",
    "<i>",
    "<a href='javascript:alert(1)'>x</a>",
    "<script>alert(1)</script>",
    "<pre>",
    "</pre>",
    "<tg-spoiler>",
    "<span class='x'>",
    "&",
    "&amp;",
    "&lt;",
    "&#0;",
    "&#x110000;",
    "&nbsp;",
    "<<>>",
    "<",
    ">",
    '"',
    "'",
    "<b><i></b></i>",
]
MARKDOWN = [
    "*gras*",
    "_italique_",
    "__souligné__",
    "~barré~",
    "||spoiler||",
    "`code`",
    "```pre```",
    "[lien](http://example.com)",
    "\\",
    "*",
    "_",
    "[",
    "](",
    "```",
]
DATES = [
    "31/02",
    "hier soir",
    "in 300 years",
    "dans 300 ans",
    "il y a 300 ans",
    "300 years ago",
    "hier",
    "avant-hier à 14h",
    "lundi dernier",
    "yesterday at 2pm",
    "20/11",
    "20/11/2026",
    "29/02",
    "29/02/2028",
    "jeudi 14h",
    "demain 10h",
    "next monday 9am",
    "le 31",
    "1/1/1",
    "9999-12-31",
    "01/01/0001",
    "12/13",
    "00/00",
    "24:00",
    "23h59",
    "tomorrow 25pm",
    "in 1000000000 days",
    "0",
    "-1",
    "2026-11-20T10:00:00+14:00",
    "12 décembre 15h",
    "December 12th 3pm",
    "lundi 99h",
    "ce matin 8h",
]
WORDS = ["Acme", "Globex & Fils <SA>", "Data analyst", "Jane Doe", "jane@globex.example", "Paris"]
LONG_TEXTS = [
    "A" * 5000,
    "<" * 5000,
    "&" * 5000,
    "é" * 5000,
    "😀" * 2500,
    "\u200f" * 5000,
    ("<b>" + "x" * 40 + "</b> ") * 110,
    "A" * 201,
    "<" * 200,
    "&" * 1000,
    "a\n" * 2500,
]
BLANKS = ["", " ", "\n", "\t", "   \n  ", "\u200b", "\u3000"]
FRAGMENTS = RTL_AND_INVISIBLE + EMOJI + HTML + MARKDOWN + DATES + WORDS

# Control characters other than tab and newline do not reach a bot in a text message.
UNICODE = st.characters(
    exclude_categories=("Cs", "Cc"),
    include_characters="\n\t",
)
hostile_texts = st.one_of(
    st.text(UNICODE, max_size=60),
    st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=6).map("".join),
    st.lists(st.sampled_from([*FRAGMENTS, " "]), min_size=1, max_size=3).map(
        lambda parts: "".join(parts) * 150
    ),
    st.sampled_from(LONG_TEXTS),
    st.sampled_from(BLANKS),
    st.sampled_from(DATES),
)

COMMAND_NAMES = [
    "start",
    "help",
    "new",
    "list",
    "agenda",
    "stats",
    "export",
    "settings",
    "privacy",
    "cancel",
    "forget",
    "paste",
]
commands = st.one_of(
    st.sampled_from([f"/{name}" for name in COMMAND_NAMES]),
    st.sampled_from(
        [
            "/foo",
            "/START",
            "/New",
            "/start@RelanceBot",
            "/list@some_other_bot",
            "/agenda now",
            "/start <b>payload</b>",
            "/export " + "x" * 4000,
            "/new\u200f",
            "/",
            "//",
            "/ｓｔａｒｔ",  # full-width: no command entity, plain text
            "/cancel /forget",
            "/" + "a" * 64,
        ]
    ),
    st.from_regex(r"/[A-Za-z0-9_]{1,32}", fullmatch=True),
    st.tuples(st.sampled_from(COMMAND_NAMES), hostile_texts).map(lambda t: f"/{t[0]} {t[1]}"),
)

# Plausible answers to each open question, so that the fuzzer goes deep into the dialogs.
PLACES = [
    "Europe/Paris",
    "europe/paris",
    "America/Argentina/Buenos_Aires",
    "Mars/Olympus",
    "Etc/GMT-14",
    "Pacific/Kiritimati",
    "Factory",
    "UTC",
    "America/New_York",
]
COUNTRIES = ["FR", "us", "CA-QC", "ca_qc", "XX", "US-ZZ", "🇫🇷", "fr-"]
HOURS = ["9", "9h", "08:30", "17h", "25:00", "7h59", "midi", "17:30", "-1", "٩", "07.00"]
NOTES = ["la migration vers le cloud", "<b>notes</b> & co", "N" * 1000, "<" * 1000, "&" * 999]
NAMES = ["Acme", "Globex & Fils <SA>", "𝕬𝖈𝖒𝖊 \u202eevil", "A" * 200, "<" * 200, "&" * 200]
# Recruiter's messages, to paste (the paste dialog and the coaching it hands over to).
RECRUITER_MESSAGES = [
    "Bonjour,\nAprès réflexion, nous ne donnerons pas suite. Un poste équivalent devrait "
    "s'ouvrir dans environ trois mois.\nCordialement,\nSophie Durand\nAcme & Fils <SA>",
    "Bonjour,\nNous souhaiterions vous rencontrer pour un entretien le jeudi 26 novembre à "
    "14h30.\nBien cordialement,\nMarc Petit\nGlobex",
    "Hello,\nUnfortunately we are looking for someone with more experience in Kubernetes, so we "
    "won't move forward.\nBest,\nAnna Weber\n<b>Hooli</b>",
    "Bonjour,\nNous reviendrons vers vous d'ici la fin de la semaine prochaine.\nBien à vous,\nLéa",
    "Bonjour,\nNous recherchons quelqu'un de plus jeune pour ce poste.\nCordialement\nKiwee",
    # The first part of a message Telegram cut at 4096 characters: held for the rest.
    ("Bonjour,\nNous ne donnerons pas suite à votre candidature, <b>hélas</b> & co.\n" * 60)[:4000],
]
PLAUSIBLE: dict[tuple[str, str], list[str]] = {
    ("paste_text", "text"): RECRUITER_MESSAGES,
    ("paste", "company"): NAMES,
    ("setup", "timezone"): PLACES,
    ("setup", "country_code"): COUNTRIES,
    ("settings", "timezone"): PLACES,
    ("settings", "country_code"): COUNTRIES,
    ("settings", "nudge_hour"): HOURS,
    ("new", "company"): NAMES,
    ("new", "role"): ["Data analyst", "<b>CTO</b>", "R" * 200],
    ("new", "recruiter"): ["Jane Doe", "Ø", "&" * 200],
    ("new", "contact"): ["jane@globex.example", "+33 6 12 34 56 78", "javascript:alert(1)"],
    ("applied", "when"): DATES,
    ("scheduled", "when"): DATES,
    ("good_news", "when"): DATES,
    ("after_interview", "when"): DATES,
    ("after_interview", "announced_date"): DATES,
    ("after_interview", "notes"): NOTES,
    ("refusal", "when"): DATES,
    ("refusal", "skill"): ["l'anglais courant", "SQL & <Python>", "S" * 200],
    ("refusal", "proof"): NOTES,
    ("refusal", "months"): ["3", "0", "25", "6 mois", "٣", "12", "²", "1e3"],
    ("note", "text"): NOTES,
    ("edit", "value"): NAMES,
}

# The questions that take typed text only (no button but "back").
FREE_TEXT_ONLY = {
    ("new", "company"),
    ("scheduled", "when"),
    ("good_news", "when"),
    ("after_interview", "announced_date"),
    ("refusal", "skill"),
    ("refusal", "proof"),
    ("note", "text"),
    ("edit", "value"),
    ("paste_text", "text"),
    ("paste", "company"),
    ("setup", "timezone"),
    ("setup", "country_code"),
    ("settings", "timezone"),
    ("settings", "country_code"),
}
# How a user opens something when no question is open.
ENTRIES = [
    "/new",
    "/new",
    "/settings",
    "/list",
    "/list",
    "/agenda",
    "/start",
    "/forget",
    "/paste",
    *RECRUITER_MESSAGES,
]

CARD_ACTIONS = ["v", "i", "k", "r", "n", "e", "a", "x", "xy", "o", "w"]
NUDGE_ACTIONS = ["d", "l", "l1", "l3", "a", "ag", "ar", "s", "b", "k", "y", "n", "sc", "sk", "ek"]
AGENDA_ACTIONS = ["m", "c", "m1", "m3", "mw"]
BAD_IDS = ["0", "-1", "", "x", " 1", "01", "1.0", "2147483648", "9223372036854775808", "9" * 30]
garbage_data = st.one_of(
    st.text(UNICODE, min_size=1, max_size=64).filter(lambda s: 1 <= len(s.encode()) <= 64),
    st.binary(min_size=64, max_size=64).map(lambda b: b.decode("latin-1")[:21]),
    st.sampled_from(
        [
            "a:" + "9" * 62,
            "x" * 64,
            "m:",
            "m:forget",
            "m:export",
            "m:new:extra",
            "l:-",
            "l:",
            "l:-1",
            "l:" + "9" * 62,
            "a::",
            "a:0:",
            "a:1:_back",
            "n::d",
            "c::v",
            "g::c",
            ":::",
            "zz:1:d",
            "N:1:d",
            "c:1:V",
        ]
    ),
)


# ------------------------------------------------------------------------- known failures

# A failure the fuzzing found, reproduced by a strict-xfail regression test at the end of this
# file: its signature (see `Run.check`) maps to that test's name. Met again, it is counted and
# printed at the end, not raised, so that the fuzzer explores past it.
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
# Every failure found so far is fixed; its regression test is at the end of this file.
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


@pytest.fixture
def error_records() -> Iterator[ErrorRecords]:
    handler = ErrorRecords()
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield handler
    finally:
        root.removeHandler(handler)


@pytest.fixture(scope="module", autouse=True)
def report_count(request: pytest.FixtureRequest) -> Iterator[None]:
    """Prints how many hostile updates the module tried, at the end of the module."""
    yield
    every_state = {(name, state) for name, flow in FLOWS.items() for state in flow.states}
    missed = sorted(every_state - STATES_SEEN)
    lines = [
        f"hostile inputs tried: {TRIED.total()}"
        + "".join(f", {n} on {backend}" for backend, n in sorted(TRIED.items())),
        f"  dialog states reached: {len(STATES_SEEN & every_state)} of {len(every_state)}"
        + (f" (not reached: {missed})" if missed else ""),
    ]
    lines += [f"  known failure met {n} time(s): {sig}" for sig, n in KNOWN_SEEN.items()]
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    capture = request.config.pluginmanager.get_plugin("capturemanager")
    if reporter is None or capture is None:
        print("\n".join(lines))
        return
    with capture.global_and_fixture_disabled():
        reporter.write_line("")
        for line in lines:
            reporter.write_line(line)


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
    now = relance.clock()
    async with relance.services().session() as session, session.begin():
        user = await session.get(User, user_id)
        assert user is not None
        app = Application(
            user_id=user_id,
            company=company,
            role="Data analyst",
            stage=stage,
            archived=False,
            company_size="large",
            urgency="urgent",
            recruiter_name="Jane <Doe>",
            recruiter_contact="jane@globex.example",
            applied_at=now - dt.timedelta(days=12),
            created_at=now,
            updated_at=now,
        )
        session.add(app)
        await session.flush()
        if interview_ago is not None:
            at = now - interview_ago
            session.add(
                Interview(application_id=app.id, round=1, at=at, notes=notes, created_at=now)
            )
            await session.flush()
        loaded = await load_application(session, user_id, app.id)
        assert loaded is not None
        if interview_in is not None:
            interview = Interview(
                application_id=app.id, round=1, at=now + interview_in, created_at=now
            )
            session.add(interview)
            await session.flush()
            await schedule_interview(session, user, loaded, interview, now)
        elif stage in (Stage.WAITING, Stage.APPLIED):
            await schedule_plan(session, user, loaded, plan_for(loaded, user, now), now)
        return app.id


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
        """The four properties, after a step by `actor` (None: the dispatcher ticked)."""
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
        if answers and (
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
    """The tests tick the dispatcher themselves: its timer and the retention sweep stay off."""
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


test_hostile_dialogs = fuzz_test("dialogs")
test_hostile_callbacks = fuzz_test("callbacks")
test_hostile_nudges = fuzz_test("nudges")
test_hostile_mixed = fuzz_test("mixed")


# ------------------------------------------------------------------------ regression tests
# Each failure the fuzzing found, minimised: regression tests of the fixes.


async def onboarded(relance: Relance, first_name: str = "Mallory") -> Client:
    relance.clock.now = BASE_NOW
    client = await relance.user(first_name=first_name)
    await client.send("/start")
    await client.click("France")
    return client


def assert_handled(errors: ErrorRecords, replies: list[SentMessage]) -> None:
    """No handler raised: nothing logged at ERROR, and no "this step was not saved"."""
    assert [exception_signature(r) for r in errors.records] == []
    assert not [m for m in replies if any(t in (m.plain_text or "") for t in ERROR_TEXTS)]


@pytest.mark.parametrize("data", ["a:²:FR", "n:²:d", "c:²:v", "g:²:c", "l:²"])
async def test_callback_data_with_digits_int_cannot_read(
    relance: Relance, error_records: ErrorRecords, data: str
) -> None:
    mallory = await onboarded(relance)
    replies = await mallory.press(mallory.last_with_buttons(), data)
    assert_handled(error_records, replies)
    assert mallory.last_answer_text() is not None  # "this button no longer does anything"


@pytest.mark.parametrize(
    "data", ["n:99999999999999999999:d", "g:99999999999999999999:c", "c:99999999999999999999:v"]
)
async def test_callback_data_with_an_id_too_big_for_the_database(
    relance: Relance, error_records: ErrorRecords, data: str
) -> None:
    mallory = await onboarded(relance)
    replies = await mallory.press(mallory.last_with_buttons(), data)
    assert_handled(error_records, replies)


async def double_tap(client: Client, message: SentMessage, data: str) -> list[SentMessage]:
    """The same button pressed twice in a row, before the bot answers the first press."""
    fake = client.fake
    before = len(fake.sent)
    first = fake.push_callback(client.user, message, data)
    second = fake.push_callback(client.user, message, data)
    await client.relance.processed(first)
    await client.relance.processed(second)
    return [m for m in fake.sent[before:] if m.chat_id == client.id]


@pytest.mark.parametrize("button", ["list page", "nudge later", "nudge answered", "nudge back"])
async def test_a_button_pressed_twice_edits_its_message_once(
    relance: Relance, error_records: ErrorRecords, button: str
) -> None:
    alice = await onboarded(relance, "Alice")
    for n in range(11):
        await seed_application(
            relance, alice.id, f"Company {n}", Stage.WAITING, interview_ago=dt.timedelta(days=6)
        )
    if button == "list page":
        await alice.send("/list")
        message = alice.last_with_buttons()
        data = alice.button_data(message, "▶")
    else:
        await relance.tick()  # the nudges due now arrive in one message
        message = alice.last_with_buttons()
        data = message.buttons[{"nudge later": 1, "nudge answered": 2, "nudge back": 1}[button]][1]
        assert data is not None
        if button == "nudge back":
            await alice.press(message, data)  # "later": its choices, and "back"
            data = alice.button_data(alice.fake.chats[alice.id][message.message_id], "Retour")
    fake = relance.fake
    try:
        replies = await double_tap(alice, message, data)
        refused = [(r.method, r.description) for r in fake.refused]
    finally:
        fake.refused.clear()  # the harness's own check would fail the teardown, not the test
    assert_handled(error_records, replies)
    assert refused == []


@pytest.mark.parametrize("kind", ["stale_review", "account_expiry"])
async def test_agenda_lists_the_nudges_that_are_not_about_one_application(
    relance: Relance, error_records: ErrorRecords, kind: str
) -> None:
    alice = await onboarded(relance, "Alice")
    await seed_application(relance, alice.id, "Initech", Stage.OFFER)
    if kind == "stale_review":
        relance.clock.now = BASE_NOW + dt.timedelta(days=11)  # an offer with no news: stale
        await alice.send("/list")  # plans the weekly review
    else:
        relance.clock.now = BASE_NOW + dt.timedelta(days=710)  # silent for 23 months and more
        assert await sweep(relance.services(), relance.clock()) == (1, 0)  # plans the warning
    replies = await alice.send("/agenda")
    assert_handled(error_records, replies)


@pytest.mark.parametrize("where", ["plan", "card", "list", "weekly review"])
async def test_long_user_text_is_cut_outside_html_entities_and_tags(
    relance: Relance, error_records: ErrorRecords, where: str
) -> None:
    try:
        await _long_user_text(relance, error_records, where)
    finally:
        relance.fake.refused.clear()  # the harness's own check would fail the teardown


async def _long_user_text(relance: Relance, error_records: ErrorRecords, where: str) -> None:
    alice = await onboarded(relance, "Alice")
    if where == "plan":
        await alice.send("/new")
        await alice.send("Acme")
        for _ in range(3):
            await alice.click("Passer")
        await alice.click("Entretien passé")
        await alice.click("Hier")
        await alice.click("Grand groupe")
        await alice.click("Pas urgent")
        await alice.click("Non")
        replies = await alice.send("<" * 1000)  # the interview notes, quoted in the draft
    elif where == "card":
        await seed_application(relance, alice.id, "Acme!", Stage.APPLIED)
        await alice.send("/list")
        card = (await alice.click("1. Acme"))[0]
        for note in ("<" * 1000, "x" + "<" * 999):
            await alice.click("Ajouter une note", card)
            await alice.send(note)
        await alice.send("/list")
        replies = await alice.click("1. Acme")
    elif where == "list":
        for n in range(10):
            await seed_application(relance, alice.id, f"{n}" + "&" * 199, Stage.APPLIED)
        replies = await alice.send("/list")
    else:
        for n in range(6):
            await seed_application(relance, alice.id, f"{n}" + "&" * 199, Stage.OFFER)
        async with relance.services().session() as session, session.begin():
            await NudgeRepo(session).plan(  # as /list plans it once they are stale
                user_id=alice.id,
                application_id=None,
                kind=NudgeKind.STALE_REVIEW,
                due_at=BASE_NOW + dt.timedelta(days=18),
                last_useful_at=None,
                now=BASE_NOW,
            )
        relance.clock.now = BASE_NOW + dt.timedelta(days=18)
        before = len(relance.fake.sent)
        await relance.tick()
        replies = relance.fake.sent[before:]
    fake = relance.fake
    refused = [(r.method, r.description) for r in fake.refused]
    fake.refused.clear()  # the harness's own check would fail the teardown, not the test
    assert refused == []
    assert_handled(error_records, replies)
    assert replies, "nothing was delivered"


@pytest.mark.parametrize("choice", ["Non, reprendre", "Oui, commencer"])
async def test_switching_back_to_a_dialog_whose_application_was_deleted(
    relance: Relance, error_records: ErrorRecords, choice: str
) -> None:
    alice = await onboarded(relance, "Alice")
    await seed_application(relance, alice.id, "Acme", Stage.APPLIED)
    await alice.send("/list")
    card = (await alice.click("1. Acme"))[0]
    if choice == "Non, reprendre":
        await alice.click("Ajouter une note", card)  # the dialog to resume is about Acme
        await alice.send("/new")
    else:
        await alice.send("/new")
        await alice.send("Globex")
        await alice.click("Ajouter une note", card)  # the dialog to start is about Acme
    switch = alice.last_with_buttons()
    await alice.click("Supprimer", card)
    await alice.click("Oui, supprimer")
    replies = await alice.click(choice, switch)
    assert_handled(error_records, replies)


async def test_a_note_for_a_deleted_application_is_not_said_to_be_saved(
    relance: Relance, error_records: ErrorRecords
) -> None:
    alice = await onboarded(relance, "Alice")
    await seed_application(relance, alice.id, "Acme", Stage.APPLIED)
    await alice.send("/list")
    card = (await alice.click("1. Acme"))[0]
    await alice.click("Ajouter une note", card)
    await alice.click("Supprimer", card)
    await alice.click("Oui, supprimer")
    replies = await alice.send("Rappeler Jane lundi")
    assert_handled(error_records, replies)
    assert "Note ajoutée" not in replies[-1].plain_text


async def test_forged_page_data_on_a_file_sends_the_page_rather_than_editing_it(
    relance: Relance, error_records: ErrorRecords
) -> None:
    mallory = await onboarded(relance)
    await mallory.send("/export")
    document = mallory.messages()[-1]
    assert document.plain_text is None or document.plain_text == ""
    refused = len(relance.fake.refused)
    replies = await mallory.press(document, "l:0")
    assert_handled(error_records, replies)
    assert relance.fake.refused[refused:] == []
    assert "Aucune candidature" in replies[-1].plain_text  # the list, as a new message
