"""How a nudge reads on the phone: company, role, what to do today and why, the draft, buttons.

Its buttons carry `NudgeButton` data (`bot.views.callbacks`); the id is checked against the
user who pressed the button before anything changes.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable
from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.views.callbacks import NudgeAction, NudgeButton
from bot.views.render import Outgoing, fit_html
from flows.catalog import Text, format_moment, render
from flows.domain import NudgeKind, Stage
from flows.drafts import Draft, DraftChannel
from flows.pipeline import RETENTION
from flows.policy import Plan
from storage.models import Application, Nudge, User

TELEGRAM_TEXT_LIMIT = 4096
# At most this many applications in one message; more wait for the next tick (a second later).
MAX_PER_MESSAGE = 4
LATER_LABELS = {NudgeAction.LATER_1: "nudge.btn.later1", NudgeAction.LATER_3: "nudge.btn.later3"}


@dataclass
class NudgeItem:
    """One nudge to show, with what the policy says about its application now."""

    nudge: Nudge
    application: Application | None
    plan: Plan | None
    # For the weekly review: the stale applications' names.
    names: tuple[str, ...] = ()


def draft_block(lang: str, draft: Draft) -> str:
    """The draft in a <pre> block, copied whole with one tap; the subject as its first line."""
    intro = render(
        lang,
        Text("nudge.draft_call" if draft.channel is DraftChannel.CALL else "nudge.draft_email"),
    )
    body = draft.body
    if draft.subject:
        body = f"{render(lang, Text('nudge.subject', {'subject': draft.subject}))}\n\n{body}"
    # The body is plain text with the user's words in it: escape it for HTML.
    return f"{intro}\n<pre>{html.escape(body, quote=False)}</pre>"


def refused_message(lang: str, company: str, draft: Draft) -> Outgoing:
    """A no, recorded: and the thank-you to send back (I8), ready to copy."""
    said = render(lang, Text("nudge.refused", {"company": company}))
    return Outgoing(f"{said}\n\n{draft_block(lang, draft)}")


def title(lang: str, app: Application | None) -> str:
    if app is None:
        return ""
    if app.role:
        return render(lang, Text("nudge.title_role", {"company": app.company, "role": app.role}))
    return render(lang, Text("nudge.title", {"company": app.company}))


def section(lang: str, user: User, item: NudgeItem) -> str:
    """The part of a nudge message about one application."""
    app, nudge, plan = item.application, item.nudge, item.plan
    company = app.company if app is not None else ""
    if nudge.kind is NudgeKind.STALE_REVIEW:
        return render(lang, Text("stale.review", {"names": ", ".join(item.names)}))
    if nudge.kind is NudgeKind.ACCOUNT_EXPIRY:
        when = format_moment(lang, user.last_seen_at + RETENTION, user.timezone)
        return render(lang, Text("expiry.warning", {"when": when}))
    if nudge.kind is NudgeKind.INTERVIEW_REMINDER:
        upcoming = [i.at for i in (app.interviews if app else []) if i.at >= nudge.due_at]
        when = format_moment(lang, upcoming[0], user.timezone) if upcoming else "?"
        return render(lang, Text("nudge.reminder", {"company": company, "when": when}))
    if nudge.kind is NudgeKind.CHECK_IN and app is not None and app.stage is Stage.REFUSED:
        skill = app.refusal_skill or ""
        return render(lang, Text("nudge.progress", {"company": company, "skill": skill}))
    if nudge.kind is NudgeKind.CHECK_IN:
        return render(lang, Text("nudge.check_in", {"company": company}))
    parts = [title(lang, app)]
    if plan is not None:
        channel = plan.channel.value if plan.follow_up else "none"
        parts.append(render(lang, Text(f"nudge.today.{channel}")))
        parts.append(render(lang, Text("nudge.why", {"why": plan.why})))
        if plan.draft is not None:
            parts.append(draft_block(lang, plan.draft))
    return "\n".join(p for p in parts if p)


def nudge_button(
    lang: str, nudge_id: int, key: str, action: NudgeAction, **params: str
) -> InlineKeyboardButton:
    return InlineKeyboardButton(
        render(lang, Text(key, params)), callback_data=NudgeButton(nudge_id, action).pack()
    )


def buttons_for(lang: str, item: NudgeItem, *, compact: bool) -> list[InlineKeyboardButton]:
    """One row of buttons for one nudge."""
    nudge_id = item.nudge.id

    def button(key: str, action: NudgeAction, **params: str) -> InlineKeyboardButton:
        return nudge_button(lang, nudge_id, key, action, **params)

    def icon(label: str, action: NudgeAction) -> InlineKeyboardButton:
        return InlineKeyboardButton(label, callback_data=NudgeButton(nudge_id, action).pack())

    if item.nudge.kind is NudgeKind.INTERVIEW_REMINDER:
        return [button("nudge.btn.ok", NudgeAction.OK)]
    if item.nudge.kind is NudgeKind.STALE_REVIEW:
        return [
            button("stale.btn.close", NudgeAction.STALE_CLOSE),
            button("stale.btn.keep", NudgeAction.STALE_KEEP),
        ]
    if item.nudge.kind is NudgeKind.ACCOUNT_EXPIRY:
        return [button("expiry.btn.keep", NudgeAction.KEEP_ACCOUNT)]
    if item.nudge.kind is NudgeKind.CHECK_IN:
        return [button("nudge.btn.yes", NudgeAction.YES), button("nudge.btn.no", NudgeAction.NO)]
    company = item.application.company[:20] if item.application else ""
    if compact:
        return [
            button("nudge.btn.short", NudgeAction.DONE, company=company),
            icon("⏰", NudgeAction.LATER),
            icon("💬", NudgeAction.ANSWERED),
            icon("🛑", NudgeAction.STOP),
        ]
    return [
        button("nudge.btn.done", NudgeAction.DONE),
        button("nudge.btn.later", NudgeAction.LATER),
        button("nudge.btn.answered", NudgeAction.ANSWERED),
        button("nudge.btn.stop", NudgeAction.STOP),
    ]


def later_row(
    lang: str, nudge_id: int, options: Iterable[NudgeAction]
) -> list[InlineKeyboardButton]:
    """The "later" choices still possible, and back to the nudge's buttons."""
    row = [nudge_button(lang, nudge_id, LATER_LABELS[a], a) for a in options]
    return [*row, nudge_button(lang, nudge_id, "nudge.btn.back", NudgeAction.BACK)]


def answered_row(lang: str, nudge_id: int) -> list[InlineKeyboardButton]:
    """The recruiter answered: good news or a no, and back to the nudge's buttons."""
    return [
        nudge_button(lang, nudge_id, "nudge.btn.good", NudgeAction.GOOD),
        nudge_button(lang, nudge_id, "nudge.btn.refused", NudgeAction.REFUSED),
        nudge_button(lang, nudge_id, "nudge.btn.back", NudgeAction.BACK),
    ]


def layout(
    rows: list[list[InlineKeyboardButton]], *, compact: bool
) -> list[list[InlineKeyboardButton]]:
    """A message's rows: one per nudge; a lone nudge's four buttons on two rows."""
    laid: list[list[InlineKeyboardButton]] = []
    for row in rows:
        if not compact and len(row) == 4:
            laid.extend([row[:2], row[2:]])
        else:
            laid.append(row)
    return laid


def keyboard_for(lang: str, items: list[NudgeItem]) -> InlineKeyboardMarkup:
    compact = len(items) > 1
    rows = [buttons_for(lang, item, compact=compact) for item in items]
    return InlineKeyboardMarkup(layout(rows, compact=compact))


def nudge_keyboard(
    lang: str,
    items: list[tuple[Nudge, Application | None]],
    override: dict[int, list[InlineKeyboardButton]],
    *,
    compact: bool,
) -> InlineKeyboardMarkup | None:
    """A sent message's buttons now: a row per nudge still awaiting an answer, `override`'s
    row for a nudge that has one (the "later" or "they answered" choices)."""
    rows = [
        override[nudge.id]
        if nudge.id in override
        else buttons_for(lang, NudgeItem(nudge, app, None), compact=compact)
        for nudge, app in items
    ]
    return InlineKeyboardMarkup(layout(rows, compact=compact)) if rows else None


def nudge_message(
    lang: str, user: User, items: list[NudgeItem]
) -> tuple[str, InlineKeyboardMarkup]:
    """One message for every nudge of a user due in this slot, with a row per application."""
    sections = [section(lang, user, item) for item in items]
    follow_ups = [
        i for i in items if i.nudge.kind not in (NudgeKind.INTERVIEW_REMINDER, NudgeKind.CHECK_IN)
    ]
    if len(items) > 1 and follow_ups:
        sections.append(render(lang, Text("nudge.legend")))
    text = "\n\n".join(sections)
    if len(text) > TELEGRAM_TEXT_LIMIT:
        # Very long notes: keep every section's head, shorten the drafts evenly.
        budget = TELEGRAM_TEXT_LIMIT // max(1, len(sections)) - 20
        text = "\n\n".join(fit_html(s, budget) for s in sections)
    return text, keyboard_for(lang, items)


def moment(lang: str, user: User, when: dt.datetime) -> str:
    return format_moment(lang, when, user.timezone)
