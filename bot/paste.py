"""A recruiter's message pasted or forwarded: read it, show it, confirm, then coach as usual.

`start_paste` reads the text (`flows.recruiter_message`) and opens the `paste` dialog with what
was understood, the recruiter's own words quoted. Nothing is stored before the confirmation:
the dialog keeps the reading's fields, and the text only in its own row (never in the logs),
for the "📝 keep the message as a note" offered once the coaching is given (`paste_keep`); the
text is dropped with the dialog, kept or not. Once confirmed, `follow` creates the
application if it is a new one and hands over to the usual dialog (refusal, scheduled
interview, after the interview, applied) with the answers the message gave, so the plan, the
nudges, I8 and the N3 wording are exactly the buttons'. What the message does not say is asked
as usual. "✏️ Corriger" opens the usual questions instead.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from bot.conversation import KNOWN, Turn, advance_known, apply_reply, load_snapshot, open_dialog
from bot.pipeline import user_applications
from bot.planning import load_application
from bot.render import menu_keyboard
from flows import dialog
from flows.catalog import Text
from flows.domain import Stage
from flows.paste import (
    NEW,
    NOTE_TEXT_LIMIT,
    PASTE_NOTE,
    handover,
    rank_applications,
    reading_answers,
    summary,
)
from flows.recruiter_message import Kind, read_message
from storage.models import Application
from storage.repositories import ConversationRepo

logger = logging.getLogger(__name__)

# A typed text this long, or of this many lines, reads as a pasted message, not as a word.
PASTED_CHARS = 140
PASTED_LINES = 3
CLOSED_STAGES = frozenset({Stage.ACCEPTED, Stage.WITHDRAWN})


def looks_pasted(text: str) -> bool:
    """Whether typed text looks like a pasted message rather than an answer or a word."""
    lines = [line for line in text.splitlines() if line.strip()]
    return len(text) >= PASTED_CHARS or len(lines) >= PASTED_LINES


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


async def follow(turn: Turn, action: str, answers: dict[str, Any]) -> None:
    """What a finished paste dialog asks for: wait for the text, read it, apply or correct."""
    if action == "paste:prompt":
        draft = {
            key: answers.get(key)
            for key in ("company", "role", "recruiter_name", "recruiter_contact")
        }
        await open_dialog(turn, "paste_text", answers={"draft": draft}, confirm_switch=False)
    elif action == "paste:read":
        await start_paste(turn, str(answers.get("text") or ""), draft=answers.get("draft") or None)
    elif action in ("paste:apply", "paste:fix"):
        await _settle(turn, answers, fix=action == "paste:fix")


async def _settle(turn: Turn, answers: dict[str, Any], *, fix: bool) -> None:
    reading = dict(answers.get("reading") or {})
    draft = dict(answers.get("draft") or {})
    chosen = answers.get("app")
    hand = handover(reading, now=turn.now, have_skill=answers.get("have_skill"))
    if chosen == NEW and fix:
        prefilled = {
            "company": draft.get("company") or reading.get("company"),
            "role": draft.get("role"),
            "recruiter_name": draft.get("recruiter_name") or reading.get("recruiter"),
            "recruiter_contact": draft.get("recruiter_contact"),
        }
        state = "stage" if prefilled["company"] else "company"
        await open_dialog(
            turn,
            "new",
            Text("paste.fix_lead"),
            answers=prefilled,
            state=state,
            confirm_switch=False,
        )
        return
    if chosen == NEW:
        app = Application(
            user_id=turn.user.id,
            company=str(draft.get("company") or reading.get("company"))[:200],
            role=draft.get("role"),
            recruiter_name=draft.get("recruiter_name") or reading.get("recruiter"),
            recruiter_contact=draft.get("recruiter_contact"),
            stage=hand.stage,
            archived=False,
            created_at=turn.now,
            updated_at=turn.now,
        )
        turn.session.add(app)
        await turn.session.flush()
        turn.say(Text("result.created", {"company": app.company}))
    else:
        try:
            app_id = int(str(chosen))
        except ValueError:
            app_id = -1
        # The application must be this user's own, whatever the button said.
        found = await load_application(turn.session, turn.user.id, app_id)
        if found is None:
            turn.say(Text("nudge.gone"))
            return
        app = found
        if not app.recruiter_name and reading.get("recruiter"):
            app.recruiter_name = str(reading["recruiter"])[:200]
    if fix:
        await open_dialog(
            turn,
            hand.flow,
            Text("paste.fix_lead"),
            application_id=app.id,
            answers=dict(hand.answers),
            confirm_switch=False,
        )
        return
    known = {state: [answer.kind, answer.value] for state, answer in hand.known}
    await load_snapshot(turn, app.id)
    # The text rides along until "📝 keep it as a note?" is answered, once the coaching is given.
    note = {PASTE_NOTE: answers[PASTE_NOTE]} if answers.get(PASTE_NOTE) else {}
    reply = dialog.start(hand.flow, turn.context, {**hand.answers, KNOWN: known, **note})
    reply = advance_known(hand.flow, reply, turn)
    conversation = await ConversationRepo(turn.session).open(
        turn.user.id,
        flow=hand.flow,
        state=reply.state or "done",
        answers=reply.answers,
        now=turn.now,
        application_id=app.id,
    )
    await apply_reply(turn, conversation, reply, app)
