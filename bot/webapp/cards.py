"""The board's JSON: a card as the columns show it, an opened card with its timeline, the plan and
the draft, and the page's words. What a card may do (its moves, its buttons) is the chat's card's.

Nothing here reads or writes the database: `bot.webapp.board` loads the rows and calls these.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
import logging
import re
from typing import Any

from bot.coach.cards import last_news
from bot.coach.dialogs import Turn
from bot.coach.planning import plan_for
from bot.views.cards import next_step
from bot.views.nudge import moment
from flows.catalog import Text, render
from flows.domain import Stage
from flows.pipeline import OPEN_STAGES, is_stale
from flows.policy import Plan
from storage.models import Application, Nudge

logger = logging.getLogger(__name__)

# The columns, left to right: the way an application goes.
COLUMNS: tuple[Stage, ...] = (
    Stage.APPLIED,
    Stage.INTERVIEW_SCHEDULED,
    Stage.WAITING,
    Stage.OFFER,
    Stage.ACCEPTED,
    Stage.REFUSED,
    Stage.WITHDRAWN,
)
# Moving a card to a column is the chat's way of getting there. Some need answers (a date, a
# reason): their dialog opens in the chat, and the card moves when it is answered there.
MOVE_IN_CHAT: dict[Stage, str] = {
    Stage.INTERVIEW_SCHEDULED: "scheduled",  # the card's "log an interview"
    Stage.WAITING: "after_interview",  # as /new's "interview done, no answer yet"
    Stage.REFUSED: "refusal",  # "record an answer": a no
}
MOVE_ON_BOARD = (Stage.OFFER, Stage.ACCEPTED)  # "good news: an offer", "I accepted this offer"
NOTE = "note"

# Catalogue keys the page needs, besides the stages' names.
PAGE_TEXTS = (
    "board.title",
    "board.tab.board",
    "board.tab.stats",
    "board.show_archived",
    "board.archived",
    "board.empty",
    "board.column_empty",
    "board.move_to",
    "board.drag",
    "board.close",
    "board.timeline",
    "board.plan",
    "board.draft",
    "board.copy",
    "board.copied",
    "board.note_placeholder",
    "board.save",
    "board.cancel",
    "board.delete_confirm",
    "board.conflict",
    "board.error",
    "board.stale",
    "card.btn.interview",
    "card.btn.call",
    "card.btn.answer",
    "card.btn.note",
    "card.btn.edit",
    "card.btn.archive",
    "card.btn.accepted",
    "card.btn.delete",
    "card.btn.delete_yes",
    "card.btn.delete_no",
)

_TAGS = re.compile(r"<[^>]+>")


def plain(html_text: str) -> str:
    """What a reader sees of catalogue HTML: the page shows it as text, never as markup."""
    return html.unescape(_TAGS.sub("", html_text))


def version_of(app: Application, nudge: Nudge | None) -> str:
    """A digest of what the board shows of the card; any change to it changes the version."""
    facts = [
        app.company,
        app.role,
        app.recruiter_name,
        app.recruiter_contact,
        app.stage.value,
        app.archived,
        app.notes,
        app.updated_at.isoformat(),
        app.refused_at.isoformat() if app.refused_at else None,
        [(i.id, i.at.isoformat(), i.notes) for i in app.interviews],
        [(f.id, f.sent_at.isoformat(), f.outcome) for f in app.follow_ups],
        (nudge.id, nudge.kind.value, nudge.due_at.isoformat()) if nudge is not None else None,
    ]
    digest = hashlib.sha256(json.dumps(facts, ensure_ascii=False).encode()).hexdigest()
    return digest[:20]


def moves_of(app: Application) -> list[str]:
    """The columns this card may be moved to, as the chat's card allows."""
    if app.archived or app.stage not in OPEN_STAGES:
        return []
    targets = [*MOVE_IN_CHAT, *MOVE_ON_BOARD]
    return [s.value for s in COLUMNS if s in targets and s is not app.stage]


def actions_of(app: Application) -> list[str]:
    """The card's buttons, as the chat's card shows them."""
    if app.archived:
        return ["delete"]
    names = ["interview", "call", "answer", NOTE, "edit", "archive"]
    if app.stage in OPEN_STAGES:
        names.append("accepted")
    names.append("delete")
    return names


def card_json(turn: Turn, app: Application, nudge: Nudge | None) -> dict[str, Any]:
    """One card of the board: company, role, next step and its date, the stale badge."""
    step = next_step(turn.lang, turn.user, nudge)
    stale = not app.archived and is_stale(app.stage, last_news(app), nudge is not None, turn.now)
    return {
        "id": app.id,
        "company": app.company,
        "role": app.role or "",
        "stage": app.stage.value,
        "archived": app.archived,
        "stale": stale,
        "next": plain(turn.text(step)),
        "next_at": nudge.due_at.isoformat() if nudge is not None else None,
        "version": version_of(app, nudge),
        "moves": moves_of(app),
        "actions": actions_of(app),
    }


def _timeline(turn: Turn, app: Application) -> list[dict[str, str]]:
    """What happened, in order: sent, interviews, follow-ups and their answers, a refusal."""
    events: list[tuple[dt.datetime, str]] = []
    sent = app.applied_at or app.created_at
    events.append((sent, turn.text(Text("board.event.applied", {"when": _when(turn, sent)}))))
    for interview in app.interviews:
        events.append(
            (
                interview.at,
                turn.text(
                    Text(
                        "card.interview",
                        {"round": interview.round, "when": _when(turn, interview.at)},
                    )
                ),
            )
        )
    for follow_up in app.follow_ups:
        outcome = Text(f"card.outcome.{follow_up.outcome or 'none'}")
        events.append(
            (
                follow_up.sent_at,
                turn.text(
                    Text(
                        "card.follow_up",
                        {"when": _when(turn, follow_up.sent_at), "outcome": outcome},
                    )
                ),
            )
        )
    if app.refused_at is not None:
        events.append(
            (
                app.refused_at,
                turn.text(Text("board.event.refused", {"when": _when(turn, app.refused_at)})),
            )
        )
    events.sort(key=lambda event: event[0])
    return [{"at": at.isoformat(), "text": plain(text)} for at, text in events]


def _when(turn: Turn, at: dt.datetime) -> str:
    return moment(turn.lang, turn.user, at)


def _plan_of(turn: Turn, app: Application) -> Plan | None:
    """The policy's advice for the application now, where the policy has a situation for it."""
    if app.archived or app.stage not in (Stage.APPLIED, Stage.WAITING, Stage.REFUSED):
        return None
    try:
        return plan_for(app, turn.user, turn.now)
    except ValueError:
        logger.warning("no plan for application %s", app.id)
        return None


def detail_json(turn: Turn, app: Application, nudge: Nudge | None) -> dict[str, Any]:
    """The opened card: the board's card, the recruiter, the notes, the timeline, the plan and
    why, and the draft to copy."""
    detail = card_json(turn, app, nudge)
    recruiter = " · ".join(x for x in (app.recruiter_name, app.recruiter_contact) if x)
    detail |= {
        "recruiter": recruiter,
        "notes": app.notes or "",
        "timeline": _timeline(turn, app),
        "plan": None,
        "draft": None,
    }
    plan = _plan_of(turn, app)
    if plan is not None:
        if not plan.follow_up:
            advice = Text("result.no_follow_up", {"why": plan.why})
        elif plan.due is not None and plan.due <= turn.now:
            advice = Text("result.now", {"why": plan.why})
        else:
            assert plan.due is not None
            advice = Text("result.follow_up", {"when": _when(turn, plan.due), "why": plan.why})
        detail["plan"] = plain(turn.text(advice))
        if plan.draft is not None:
            subject = plan.draft.subject
            body = plan.draft.body
            copy = body
            if subject:
                copy = f"{plain(turn.text(Text('nudge.subject', {'subject': subject})))}\n\n{body}"
            detail["draft"] = {"subject": subject or "", "body": body, "copy": copy}
    return detail


def page_texts(lang: str) -> dict[str, str]:
    """The page's words in the user's language, from the chat's catalogue."""
    texts = {key: plain(render(lang, Text(key))) for key in PAGE_TEXTS}
    for stage in Stage:
        texts[f"stage.{stage.value}"] = plain(render(lang, Text(f"stage.{stage.value}")))
    return texts
