"""How a nudge reads on the phone: company, role, what to do today and why, the draft, buttons.

Callback data of nudge buttons: `n:<nudge id>:<action>`; the id is checked against the user
who pressed the button before anything changes.
"""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.views.render import fit_html, parse_id
from flows.catalog import Text, format_moment, render
from flows.domain import NudgeKind, Stage
from flows.drafts import Draft, DraftChannel
from flows.pipeline import RETENTION
from flows.policy import Plan
from storage.models import Application, Nudge, User

NUDGE = "n"
TELEGRAM_TEXT_LIMIT = 4096
# At most this many applications in one message; more wait for the next tick (a second later).
MAX_PER_MESSAGE = 4

# Actions a nudge button can carry.
DONE = "d"  # done, I sent it
LATER, LATER_1, LATER_3 = "l", "l1", "l3"  # later: the choices, next business day, in 3
ANSWERED, GOOD, REFUSED = "a", "ag", "ar"  # they answered: the choices, good news, a no
STOP, BACK, OK = "s", "b", "k"  # stop this application; back to the buttons; got it
YES, NO = "y", "n"  # the quick yes/no
STALE_CLOSE, STALE_KEEP = "sc", "sk"  # the weekly review: archive the stale ones, or keep
KEEP_ACCOUNT = "ek"  # keep an account that was about to expire
ACTIONS = frozenset(
    {
        DONE,
        LATER,
        LATER_1,
        LATER_3,
        ANSWERED,
        GOOD,
        REFUSED,
        STOP,
        BACK,
        OK,
        YES,
        NO,
        STALE_CLOSE,
        STALE_KEEP,
        KEEP_ACCOUNT,
    }
)


def nudge_data(nudge_id: int, action: str) -> str:
    return f"{NUDGE}:{nudge_id}:{action}"


def parse_nudge_data(data: str) -> tuple[int, str] | None:
    """The nudge id and action of a nudge button, or None if the data is not one."""
    prefix, _, rest = data.partition(":")
    id_text, sep, action = rest.partition(":")
    row_id = parse_id(id_text)
    if prefix != NUDGE or not sep or row_id is None or action not in ACTIONS:
        return None
    return row_id, action


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


def buttons_for(lang: str, item: NudgeItem, *, compact: bool) -> list[InlineKeyboardButton]:
    """One row of buttons for one nudge."""
    nudge_id = item.nudge.id

    def button(key: str, action: str, **params: str) -> InlineKeyboardButton:
        return InlineKeyboardButton(
            render(lang, Text(key, params)), callback_data=nudge_data(nudge_id, action)
        )

    if item.nudge.kind is NudgeKind.INTERVIEW_REMINDER:
        return [button("nudge.btn.ok", OK)]
    if item.nudge.kind is NudgeKind.STALE_REVIEW:
        return [button("stale.btn.close", STALE_CLOSE), button("stale.btn.keep", STALE_KEEP)]
    if item.nudge.kind is NudgeKind.ACCOUNT_EXPIRY:
        return [button("expiry.btn.keep", KEEP_ACCOUNT)]
    if item.nudge.kind is NudgeKind.CHECK_IN:
        return [button("nudge.btn.yes", YES), button("nudge.btn.no", NO)]
    company = item.application.company[:20] if item.application else ""
    if compact:
        return [
            button("nudge.btn.short", DONE, company=company),
            InlineKeyboardButton("⏰", callback_data=nudge_data(nudge_id, LATER)),
            InlineKeyboardButton("💬", callback_data=nudge_data(nudge_id, ANSWERED)),
            InlineKeyboardButton("🛑", callback_data=nudge_data(nudge_id, STOP)),
        ]
    return [
        button("nudge.btn.done", DONE),
        button("nudge.btn.later", LATER),
        button("nudge.btn.answered", ANSWERED),
        button("nudge.btn.stop", STOP),
    ]


def keyboard_for(lang: str, items: list[NudgeItem]) -> InlineKeyboardMarkup:
    compact = len(items) > 1
    rows: list[list[InlineKeyboardButton]] = []
    for item in items:
        row = buttons_for(lang, item, compact=compact)
        if not compact and len(row) == 4:
            rows.extend([row[:2], row[2:]])
        else:
            rows.append(row)
    return InlineKeyboardMarkup(rows)


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
