"""What the user reads at the end of a coaching dialog: the plan, the draft, the reminder."""

from __future__ import annotations

import datetime as dt

from bot.views.nudge import draft_block, moment
from bot.views.render import TELEGRAM_TEXT_LIMIT, Outgoing, fit_html
from flows.catalog import Text, render
from flows.policy import Plan
from storage.models import Nudge, User


def plan_result(
    lang: str, user: User, now: dt.datetime, plan: Plan, nudge: Nudge | None
) -> Outgoing:
    """The plan in words (T4), the draft ready to copy, and when the reminder will come."""
    parts: list[str] = []
    if not plan.follow_up:
        parts.append(render(lang, Text("result.no_follow_up", {"why": plan.why})))
    elif plan.due is not None and plan.due <= now:
        parts.append(render(lang, Text("result.now", {"why": plan.why})))
    elif plan.due is not None:
        when = moment(lang, user, plan.due)
        parts.append(render(lang, Text("result.follow_up", {"when": when, "why": plan.why})))
    if nudge is not None and nudge.due_at > now:
        parts.append(
            render(lang, Text("result.reminder", {"when": moment(lang, user, nudge.due_at)}))
        )
    if plan.draft is not None:
        parts.append(draft_block(lang, plan.draft))
    for alternative in plan.alternatives:
        parts.append(render(lang, Text("result.alternative")))
        parts.append(draft_block(lang, alternative))
    text = "\n\n".join(parts)
    if len(text) > TELEGRAM_TEXT_LIMIT:
        text = fit_html("\n\n".join(parts[: 2 + (plan.draft is not None)]))
    return Outgoing(text)
