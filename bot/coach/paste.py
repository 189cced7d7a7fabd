"""A recruiter's message pasted or forwarded: read it, show it, confirm, then coach as usual.

`start_paste` reads the text (`flows.recruiter_message`) and opens the `paste` dialog with what
was understood, the recruiter's own words quoted. Nothing is stored before the confirmation:
the dialog keeps the reading's fields, and the text only in its own row (never in the logs),
for the "📝 keep the message as a note" offered once the coaching is given (`paste_keep`); the
text is dropped with the dialog, kept or not. Once confirmed, `bot.coach.handover` hands
over to the usual dialog. A message longer than Telegram's limit arrives in parts: they are
held in the user's row, then read as one (`hold_part`, `add_part`, `read_parts`).

Layers of `bot.coach`, lowest first (a module imports only those before it): `planning`,
`turn`, `dialogs`, `cards`, `reminders`, `paste`, `handover`, `outcomes`, `answers`,
`commands`; `export`, `stats` and `retention` stand apart.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any

from bot.coach.cards import user_applications
from bot.coach.dialogs import open_dialog
from bot.coach.planning import load_application
from bot.coach.turn import Turn
from bot.services import Services
from bot.views.render import Outgoing, menu_keyboard, merge_texts
from flows.catalog import Text
from flows.domain import Stage
from flows.paste import (
    NOTE_TEXT_LIMIT,
    PASTE_NOTE,
    rank_applications,
    reading_answers,
    summary,
)
from flows.recruiter_message import Kind, read_message
from storage.models import Conversation
from storage.repositories import ConversationRepo, UserRepo

logger = logging.getLogger(__name__)

# A typed text this long, or of this many lines, reads as a pasted message, not as a word.
PASTED_CHARS = 140
PASTED_LINES = 3
CLOSED_STAGES = frozenset({Stage.ACCEPTED, Stage.WITHDRAWN})

# A message longer than Telegram's 4096 characters (UTF-16 units) arrives in parts: all but the
# last one about that long (cut at a line or a word, so a little shorter).
PARTS_FLOW = "paste_parts"
FULL_PART = 3500
# The next part follows within seconds; after this quiet delay, what was held is read as is.
PART_WINDOW = dt.timedelta(seconds=5)
MOST_PARTS = 5
MOST_CHARS = 20_000


def looks_pasted(text: str) -> bool:
    """Whether typed text looks like a pasted message rather than an answer or a word."""
    lines = [line for line in text.splitlines() if line.strip()]
    return len(text) >= PASTED_CHARS or len(lines) >= PASTED_LINES


def telegram_length(text: str) -> int:
    """A text's length as Telegram counts it (UTF-16 code units)."""
    return len(text.encode("utf-16-le")) // 2


def is_full_part(text: str) -> bool:
    """Whether this text is as long as a part Telegram cut from a longer message."""
    return telegram_length(text) >= FULL_PART


@dataclass(frozen=True)
class Piece:
    """A text that reached the bot: typed or pasted (`origin` None), or forwarded (`origin`
    names the forward's sender, the same for every part of one forwarded message)."""

    text: str
    sender: str | None = None
    sent_at: dt.datetime | None = None
    origin: str | None = None


async def held_parts(turn: Turn) -> Conversation | None:
    """The parts of a long message this user's row holds, if any."""
    conversation = await ConversationRepo(turn.session).get(turn.user.id, for_update=True)
    return conversation if conversation is not None and conversation.flow == PARTS_FLOW else None


def continues(conversation: Conversation, piece: Piece, now: dt.datetime) -> bool:
    """Whether `piece` is the next part of the message `conversation` holds: from the same
    origin, within the window after the last part (and, forwarded, sent at the same moment)."""
    answers = conversation.answers
    if now - conversation.updated_at > PART_WINDOW or answers.get("origin") != piece.origin:
        return False
    held_at = answers.get("sent_at")
    if piece.sent_at is not None and held_at:
        return abs(piece.sent_at - dt.datetime.fromisoformat(held_at)) <= PART_WINDOW
    return True


async def hold_part(turn: Turn, piece: Piece, *, draft: dict[str, Any] | None = None) -> None:
    """The first part of a long message: kept in the user's row, the open dialog saved with it
    (a "/paste" or "📋" dialog waiting for this text gives its draft instead). Nothing is said."""
    repo = ConversationRepo(turn.session)
    current = await repo.get(turn.user.id, for_update=True)
    saved = None
    if current is not None and draft is None:
        saved = {
            "flow": current.flow,
            "state": current.state,
            "answers": current.answers,
            "application_id": current.application_id,
        }
    await repo.open(
        turn.user.id,
        flow=PARTS_FLOW,
        state="more",
        now=turn.now,
        answers={
            "parts": [piece.text],
            "origin": piece.origin,
            "sender": piece.sender,
            "sent_at": piece.sent_at.isoformat() if piece.sent_at is not None else None,
            "draft": draft,
            "saved": saved,
        },
    )


async def add_part(turn: Turn, conversation: Conversation, piece: Piece) -> None:
    """The next part: held with the others, then the whole read if it is the last one. Past
    the bounds the user is told once, and the parts that still come are dropped."""
    answers = dict(conversation.answers)
    parts = list(answers.get("parts") or [])
    if not answers.get("over"):
        parts.append(piece.text)
        if len(parts) > MOST_PARTS or sum(len(part) for part in parts) > MOST_CHARS:
            answers["over"] = True
            parts = []
            separator = "\u202f" if turn.lang == "fr" else ","
            chars = f"{MOST_CHARS:,}".replace(",", separator)
            turn.say(Text("paste.too_long", {"parts": MOST_PARTS, "chars": chars}))
    answers["parts"] = parts
    conversation.answers = answers
    conversation.updated_at = turn.now
    if not is_full_part(piece.text):
        await read_parts(turn, conversation)


async def read_parts(turn: Turn, conversation: Conversation) -> None:
    """Read the parts held as one message (once), after giving back the dialog they replaced."""
    answers = dict(conversation.answers)
    repo = ConversationRepo(turn.session)
    saved = answers.get("saved")
    app_id = saved.get("application_id") if saved else None
    still_there = app_id is None or (
        await load_application(turn.session, turn.user.id, app_id) is not None
    )
    if saved and still_there:
        await repo.open(
            turn.user.id,
            flow=saved["flow"],
            state=saved["state"],
            answers=saved["answers"],
            now=turn.now,
            application_id=app_id,
        )
    else:
        await repo.close(turn.user.id)
    if answers.get("over") or not answers.get("parts"):
        return
    sent_at = dt.datetime.fromisoformat(answers["sent_at"]) if answers.get("sent_at") else None
    await start_paste(
        turn,
        "\n".join(answers["parts"]),
        sender=answers.get("sender"),
        sent_at=sent_at,
        draft=answers.get("draft") or None,
    )


async def read_held(turn: Turn) -> None:
    """Before anything else this user does: read the parts still held, if any."""
    conversation = await held_parts(turn)
    if conversation is not None:
        await read_parts(turn, conversation)


async def receive(turn: Turn, piece: Piece, *, draft: dict[str, Any] | None = None) -> bool:
    """A text that may be a part of a long message: held or added (True), or, when it is not
    one, whatever was held is read first and the caller goes on with it (False)."""
    conversation = await held_parts(turn)
    if conversation is not None:
        if continues(conversation, piece, turn.now):
            await add_part(turn, conversation, piece)
            return True
        await read_parts(turn, conversation)
    return False


async def read_quiet_parts(
    services: Services, now: dt.datetime
) -> list[tuple[int, list[Outgoing]]]:
    """Read the long messages whose parts stopped coming (the quiet delay passed, or the bot
    restarted meanwhile), each user in a transaction of their own. Returns, for each user whose
    message was read, what to send them (the caller sends it, once committed)."""
    async with services.session() as session:
        user_ids = await ConversationRepo(session).quiet_since(PARTS_FLOW, now - PART_WINDOW)
    answers: list[tuple[int, list[Outgoing]]] = []
    for user_id in user_ids:
        async with services.session() as session, session.begin():
            user = await UserRepo(session).get(user_id, for_update=True)
            conversation = await ConversationRepo(session).get(user_id, for_update=True)
            if (
                user is None
                or conversation is None
                or conversation.flow != PARTS_FLOW
                or conversation.updated_at > now - PART_WINDOW
            ):
                continue  # read meanwhile by the user's own update
            turn = Turn(session=session, settings=services.settings, now=now, user=user)
            await read_parts(turn, conversation)
        answers.append((user_id, merge_texts(turn.outbox)))
    return answers


async def start_paste(
    turn: Turn,
    text: str,
    *,
    sender: str | None = None,
    sent_at: dt.datetime | None = None,
    draft: dict[str, Any] | None = None,
) -> None:
    """Read the message; show what was understood and ask which application, or, when nothing
    could be read, say so kindly with the usual buttons."""
    user = turn.user
    reading = read_message(
        text,
        now=turn.now,
        tz=user.timezone,
        country=user.country,
        sender=sender,
        sent_at=sent_at if sent_at is not None and sent_at <= turn.now else None,
    )
    logger.info("recruiter message read: %s", reading.kind.value)
    if reading.kind is Kind.OTHER:
        if draft:
            await open_dialog(
                turn,
                "new",
                Text("paste.unreadable"),
                answers=draft,
                state="stage",
                confirm_switch=False,
            )
        else:
            turn.say(Text("paste.unreadable"), markup=menu_keyboard(turn.lang, ["new", "list"]))
        return
    apps: list[list[Any]] = []
    if not draft:
        mine = await user_applications(turn.session, user.id)
        apps = rank_applications(
            reading.company,
            [(a.id, a.company, a.role) for a in mine if a.stage not in CLOSED_STAGES],
        )
    await open_dialog(
        turn,
        "paste",
        *summary(reading, turn.lang, user.timezone),
        answers={
            "reading": reading_answers(reading),
            "apps": apps,
            "draft": draft or {},
            PASTE_NOTE: text.strip()[:NOTE_TEXT_LIMIT],
        },
        confirm_switch=draft is None,
    )


async def wait_for_message(turn: Turn, answers: dict[str, Any]) -> None:
    """/new's "📋 paste their message": wait for the text, what was typed kept as its draft."""
    draft = {
        key: answers.get(key) for key in ("company", "role", "recruiter_name", "recruiter_contact")
    }
    await open_dialog(turn, "paste_text", answers={"draft": draft}, confirm_switch=False)
