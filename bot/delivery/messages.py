"""What a reminder message says: the nudges due for one user, or the ones they missed (T3).

The reminder engine claims the nudges; this module turns them into text and buttons, through
the nudge views (`bot.views.nudge`) and the policy's plan for each application.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field

from telegram import InlineKeyboardMarkup

from bot.coach.planning import FOLLOW_UP_KINDS, plan_for
from bot.views.nudge import NudgeItem, draft_block, nudge_message
from bot.views.render import fit_html
from flows.catalog import Text, render
from flows.policy import Plan
from storage.models import Application, Nudge, User

logger = logging.getLogger(__name__)


@dataclass
class Delivery:
    """What one user is sent in a tick: the nudges due, and those whose moment passed."""

    user: User
    items: list[NudgeItem]
    expired: list[NudgeItem] = field(default_factory=list)


@dataclass
class Message:
    """One message to send, and the claimed nudges it delivers (or says were missed)."""

    user: User
    text: str
    markup: InlineKeyboardMarkup | None
    ids: list[int]
    expired: bool = False


def messages_of(delivery: Delivery) -> list[Message]:
    """The messages of a delivery, in the order they go out."""
    user = delivery.user
    messages: list[Message] = []
    if delivery.expired:
        # T3: one message saying what was missed and what to do now; the nudges close as
        # expired once it is delivered, and are retried like any other otherwise.
        ids = [i.nudge.id for i in delivery.expired]
        messages.append(Message(user, missed_message(user, delivery.expired), None, ids, True))
    if delivery.items:
        text, markup = due_message(user, delivery.items)
        messages.append(Message(user, text, markup, [i.nudge.id for i in delivery.items]))
    return messages


def plan_of(app: Application | None, user: User, now: dt.datetime, nudge: Nudge) -> Plan | None:
    """The policy's plan that a follow-up nudge shows (its why and its draft), if any."""
    if app is None or nudge.kind not in FOLLOW_UP_KINDS:
        return None
    try:
        return plan_for(app, user, now)
    except ValueError:
        logger.warning("no plan for application %s", app.id)
        return None


def due_message(user: User, items: list[NudgeItem]) -> tuple[str, InlineKeyboardMarkup]:
    """The message of the user's nudges due now, with a row of buttons for each."""
    return nudge_message(user.language, user, items)


def missed_message(user: User, items: list[NudgeItem]) -> str:
    """T3: what was missed and what to do now, for every expired nudge of the user."""
    lang = user.language
    parts: list[str] = []
    for item in items:
        company = item.application.company if item.application else "?"
        parts.append(render(lang, Text("nudge.missed", {"company": company})))
        if item.plan is not None:
            parts.append(render(lang, Text("nudge.missed_now", {"why": item.plan.why})))
            if item.plan.draft is not None:
                parts.append(draft_block(lang, item.plan.draft))
    return fit_html("\n\n".join(parts))
