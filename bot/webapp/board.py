"""The board's use cases: the pipeline as columns, an application's card, and what a card can do.

Nothing here is new coaching. Every change runs the chat's own use case
(`bot.coach.cards.press_card`, the card dialogs of `bot.coach.answers`) on a `Turn`, in one
transaction that locks the user as a Telegram update does, so the stage, the notes and the
nudges change exactly as from the chat's buttons. What the chat would say about it is handed to
`deliver` after the commit.

A card carries a `version`: a digest of everything the board shows of it. A change sent with a
version that no longer matches (another device, or the chat, changed the card meanwhile) is
refused with `Conflict`, and the board reloads.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
import logging
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import selectinload
from telegram import User as TelegramUser

from bot.coach.answers import answer_dialog
from bot.coach.cards import (
    ACCEPTED,
    ANSWER,
    ARCHIVE,
    CALL,
    DELETE_YES,
    EDIT,
    INTERVIEW,
    last_news,
    next_nudges,
    next_step,
    press_card,
    user_applications,
)
from bot.coach.dialogs import open_dialog
from bot.coach.planning import load_application, plan_for
from bot.coach.turn import Turn, take_turn
from bot.services import Services
from bot.views.nudge import moment
from bot.views.render import Outgoing
from bot.webapp.auth import WebAppUser
from flows.card import NOTE_LIMIT
from flows.catalog import Text, render
from flows.dialog import Answer
from flows.domain import Stage
from flows.pipeline import OPEN_STAGES, is_stale
from flows.policy import Plan
from storage.models import Application, Nudge
from storage.repositories import ConversationRepo

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
# The card's actions, by the name the board uses, and the chat button each one is.
CARD_ACTIONS: dict[str, str] = {
    "interview": INTERVIEW,
    "call": CALL,
    "answer": ANSWER,
    "edit": EDIT,
    "archive": ARCHIVE,
    "delete": DELETE_YES,  # the board asks for the confirmation itself
    "accepted": ACCEPTED,
}
IN_CHAT_ACTIONS = frozenset({"interview", "call", "answer", "edit"})
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


class NotFound(Exception):
    """No such application among this user's."""


class Conflict(Exception):
    """The card changed since the board showed it."""

    def __init__(self, card: dict[str, Any]) -> None:
        super().__init__("stale card")
        self.card = card


class Invalid(ValueError):
    """A request the board never sends (unknown action or stage, a move it does not offer)."""


Deliver = Callable[[int, list[Outgoing]], Awaitable[None]]
T = TypeVar("T")


@dataclass
class Outcome:
    """What a change did: the card as it now stands (None once deleted), what to tell the user
    on the board, and whether the rest happens in the chat (a dialog opened there)."""

    card: dict[str, Any] | None
    notice: str
    in_chat: bool = False


def _telegram_user(who: WebAppUser) -> TelegramUser:
    return TelegramUser(
        id=who.id, first_name=who.first_name, is_bot=False, language_code=who.language_code
    )


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
    step = next_step(turn, nudge)
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


async def _all_applications(turn: Turn) -> list[Application]:
    statement = (
        select(Application)
        .where(Application.user_id == turn.user.id)
        .options(selectinload(Application.interviews), selectinload(Application.follow_ups))
        .order_by(Application.updated_at.desc(), Application.id.desc())
    )
    return list((await turn.session.execute(statement)).scalars())


class Board:
    """The board of whoever the init data says; one transaction per request."""

    def __init__(self, services: Services, deliver: Deliver) -> None:
        self.services = services
        self.deliver = deliver

    async def _run(self, who: WebAppUser, work: Callable[[Turn], Awaitable[T]]) -> tuple[Turn, T]:
        """One request's work in one transaction, the user locked as for a Telegram update;
        then what the chat would have said, sent there."""
        turn, result = await take_turn(self.services, _telegram_user(who), work)
        if turn.outbox:
            await self.deliver(turn.user.id, turn.outbox)
        return turn, result

    async def board(self, who: WebAppUser) -> dict[str, Any]:
        """Every application as a card, in its column; the archived ones apart."""

        async def work(turn: Turn) -> dict[str, Any]:
            apps = await _all_applications(turn)
            upcoming = await next_nudges(turn.session, turn.user.id)
            cards = [card_json(turn, app, upcoming.get(app.id)) for app in apps]
            return {
                "lang": turn.lang,
                "texts": page_texts(turn.lang),
                "columns": [stage.value for stage in COLUMNS],
                "cards": cards,
            }

        return (await self._run(who, work))[1]

    async def application(self, who: WebAppUser, app_id: int) -> dict[str, Any]:
        """One application, opened."""

        async def work(turn: Turn) -> dict[str, Any]:
            app = await load_application(turn.session, turn.user.id, app_id)
            if app is None:
                raise NotFound
            nudge = (await next_nudges(turn.session, turn.user.id)).get(app.id)
            return detail_json(turn, app, nudge)

        return (await self._run(who, work))[1]

    async def change(
        self,
        who: WebAppUser,
        app_id: int,
        version: str,
        *,
        action: str | None = None,
        stage: str | None = None,
        text: str | None = None,
    ) -> Outcome:
        """Carry out a card action, or a move to another column, if the card is as shown."""

        async def work(turn: Turn) -> Outcome:
            app = await load_application(turn.session, turn.user.id, app_id)
            if app is None:
                raise NotFound
            nudge = (await next_nudges(turn.session, turn.user.id)).get(app.id)
            if version != version_of(app, nudge):
                raise Conflict(detail_json(turn, app, nudge))
            if stage is not None:
                outcome = await self._move(turn, app, stage)
            else:
                outcome = await self._act(turn, app, action or "", text)
            await turn.session.flush()
            fresh = await load_application(turn.session, turn.user.id, app_id)
            if fresh is not None:
                await turn.session.refresh(fresh, attribute_names=["interviews", "follow_ups"])
                nudge = (await next_nudges(turn.session, turn.user.id)).get(fresh.id)
                outcome.card = detail_json(turn, fresh, nudge)
            return outcome

        return (await self._run(who, work))[1]

    async def _move(self, turn: Turn, app: Application, stage_name: str) -> Outcome:
        if stage_name not in moves_of(app):
            raise Invalid(f"no move to {stage_name!r} from {app.stage.value}")
        target = Stage(stage_name)
        if target is Stage.ACCEPTED:
            await press_card(turn, app.id, ACCEPTED)
            return Outcome(None, turn.text(Text("board.moved")))
        if target is Stage.OFFER:
            # "They answered: good news, an offer", the chat's dialog answered in one go.
            done = await _answer_here(turn, "good_news", app.id, Answer.choice("offer"))
            return _dialog_outcome(turn, done)
        await open_dialog(turn, MOVE_IN_CHAT[target], application_id=app.id)
        return Outcome(None, turn.text(Text("board.in_chat")), in_chat=True)

    async def _act(self, turn: Turn, app: Application, action: str, text: str | None) -> Outcome:
        if action not in actions_of(app):
            raise Invalid(f"no action {action!r} here")
        if action == NOTE:
            note = (text or "").replace("\x00", "").strip()
            if not note or len(note) > NOTE_LIMIT:
                raise Invalid("a note is 1 to 1000 characters")
            done = await _answer_here(turn, "note", app.id, Answer.text(note))
            return _dialog_outcome(turn, done)
        await press_card(turn, app.id, CARD_ACTIONS[action])
        if action in IN_CHAT_ACTIONS:
            return Outcome(None, turn.text(Text("board.in_chat")), in_chat=True)
        return Outcome(None, turn.text(Text("board.done")))

    async def stats(self, who: WebAppUser, *, chart: bool = False) -> dict[str, Any]:
        """The figures of /stats (`lines`), whether there is a chart (`has_chart`), and with
        `chart` the chart itself as a PNG, drawn after the transaction."""
        # matplotlib weighs tens of megabytes: loaded on the first use, as /stats does.
        from bot.coach.stats import compute, stats_chart, stats_text

        async def work(turn: Turn) -> tuple[list[str], Any]:
            apps = await user_applications(turn.session, turn.user.id)
            if not apps:
                return [plain(turn.text(Text("stats.empty")))], None
            figures = compute(apps)
            return [plain(line) for line in stats_text(turn, figures).split("\n")], figures

        turn, (lines, figures) = await self._run(who, work)
        result: dict[str, Any] = {"lines": lines, "has_chart": figures is not None}
        if chart and figures is not None:
            result["chart"] = stats_chart(turn.lang, figures)
        return result


async def _answer_here(turn: Turn, flow: str, app_id: int, answer: Answer) -> bool:
    """Open the chat's dialog `flow` and answer its question with what the board sent, in this
    turn. False when another dialog was open: the chat then asks whether to drop it."""
    before = len(turn.outbox)
    await open_dialog(turn, flow, application_id=app_id)
    conversation = await ConversationRepo(turn.session).get(turn.user.id, for_update=True)
    if conversation is None or conversation.flow != flow:
        return False
    asked = len(turn.outbox)
    await answer_dialog(turn, conversation, answer)
    del turn.outbox[before:asked]  # the question was answered on the board: not asked in chat
    return True


def _dialog_outcome(turn: Turn, done: bool) -> Outcome:
    if done:
        return Outcome(None, turn.text(Text("board.done")))
    return Outcome(None, turn.text(Text("board.in_chat")), in_chat=True)
