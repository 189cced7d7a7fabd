"""How /agenda reads: the upcoming reminders in order, each with move and cancel buttons.

Its buttons carry `AgendaButton` data (`bot.views.callbacks`).
"""

from __future__ import annotations

from collections.abc import Iterable

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.views.callbacks import AgendaAction, AgendaButton
from bot.views.nudge import moment
from bot.views.render import Outgoing, fit_html
from flows.catalog import Text, render
from flows.domain import NudgeState
from storage.models import Application, Nudge, User

MOVE_LABELS = {
    AgendaAction.MOVE_1: "nudge.btn.later1",
    AgendaAction.MOVE_3: "nudge.btn.later3",
    AgendaAction.MOVE_WEEK: "agenda.btn.week",
}


def agenda_button(label: str, nudge_id: int, action: AgendaAction) -> InlineKeyboardButton:
    return InlineKeyboardButton(label, callback_data=AgendaButton(nudge_id, action).pack())


def agenda_view(lang: str, user: User, items: list[tuple[Nudge, Application | None]]) -> Outgoing:
    """The user's upcoming nudges in order, each with move and cancel buttons."""
    if not items:
        return Outgoing(render(lang, Text("agenda.empty")))
    lines = [render(lang, Text("agenda.title"))]
    if user.paused_all:
        lines.append(render(lang, Text("agenda.all_paused")))
    rows: list[list[InlineKeyboardButton]] = []
    for number, (nudge, app) in enumerate(items, start=1):
        what = Text(f"kind.{nudge.kind.value}")
        when = moment(lang, user, nudge.due_at)
        company = app.company if app else ""
        params = {"number": number, "when": when, "company": company, "what": what}
        line = render(lang, Text("agenda.item", params))
        if nudge.state is NudgeState.FAILED:
            line += render(lang, Text("agenda.failed"))
        elif nudge.state is NudgeState.PAUSED:
            line += render(lang, Text("agenda.paused"))
        lines.append(line)
        # One row per reminder, that says what it acts on and what it does.
        name: str | Text = app.company if app else what
        move = render(lang, Text("agenda.btn.move", {"company": name}))
        cancel = render(lang, Text("agenda.btn.cancel"))
        rows.append(
            [
                agenda_button(move, nudge.id, AgendaAction.MOVE),
                agenda_button(cancel, nudge.id, AgendaAction.CANCEL),
            ]
        )
    text = "\n".join(lines)
    return Outgoing(fit_html(text), InlineKeyboardMarkup(rows[:50]))


def move_message(
    lang: str, nudge: Nudge, app: Application | None, options: Iterable[AgendaAction]
) -> Outgoing:
    """Where to move a reminder: the moments it can move to, and "another date…" to type one."""
    what = Text(f"kind.{nudge.kind.value}")
    text = render(
        lang, Text("agenda.move_to", {"what": what, "company": app.company if app else ""})
    )
    choices = [agenda_button(render(lang, Text(MOVE_LABELS[a])), nudge.id, a) for a in options]
    typed = agenda_button(render(lang, Text("agenda.btn.typed")), nudge.id, AgendaAction.MOVE_TYPED)
    return Outgoing(fit_html(text), InlineKeyboardMarkup([choices, [typed]]))
