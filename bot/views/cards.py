"""How the pipeline reads on the phone: /list's pages, an application's card and its buttons.

Card buttons carry `CardButton` data and /list's arrows `ListPage` (`bot.views.callbacks`).
"""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.views.callbacks import CardAction, CardButton, ListPage
from bot.views.nudge import moment
from bot.views.render import Outgoing, board_button, fit_html
from flows.catalog import Text, render
from flows.domain import Stage
from flows.pipeline import PAGE_SIZE, STAGE_ORDER, pages
from storage.models import Application, Nudge, User

# The stages where "I accepted this offer" is offered on the card.
ACCEPTABLE = (Stage.OFFER, Stage.INTERVIEW_SCHEDULED, Stage.WAITING, Stage.APPLIED)


def card_button(lang: str, app_id: int, key: str, action: CardAction) -> InlineKeyboardButton:
    return InlineKeyboardButton(
        render(lang, Text(key)), callback_data=CardButton(app_id, action).pack()
    )


def next_step(lang: str, user: User, nudge: Nudge | None) -> Text:
    """An application's next step as /list and the board say it: the coming reminder and its
    moment, or that nothing is planned."""
    if nudge is None:
        return Text("list.no_step")
    return Text(
        "list.next",
        {"what": Text(f"kind.{nudge.kind.value}"), "when": moment(lang, user, nudge.due_at)},
    )


def list_view(
    lang: str,
    user: User,
    apps: list[Application],
    upcoming: dict[int, Nudge],
    stale: set[int],
    page: int,
    webapp_url: str,
) -> Outgoing:
    """/list: applications grouped by stage, each with its next step, ten a page; `upcoming`
    is each application's next nudge, `stale` the ids of those gone quiet."""
    rank = {stage: index for index, stage in enumerate(STAGE_ORDER)}
    apps = sorted(apps, key=lambda a: rank[a.stage])
    total_pages = pages(len(apps))
    page = min(max(page, 0), total_pages - 1)
    shown = apps[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
    lines = [render(lang, Text("list.title", {"count": len(apps)}))]
    current: Stage | None = None
    rows: list[list[InlineKeyboardButton]] = []
    for number, app in enumerate(shown, start=page * PAGE_SIZE + 1):
        if app.stage is not current:
            current = app.stage
            stage = Text(f"stage.{app.stage.value}")
            lines.append("\n" + render(lang, Text("list.stage", {"stage": stage})))
        step = next_step(lang, user, upcoming.get(app.id))
        params = {"number": number, "company": app.company, "role": app.role or "", "step": step}
        line = render(lang, Text("list.item", params))
        if app.id in stale:
            line += render(lang, Text("list.stale"))
        lines.append(line)
        view = CardButton(app.id, CardAction.VIEW).pack()
        rows.append([InlineKeyboardButton(f"{number}. {app.company[:40]}", callback_data=view)])
    if total_pages > 1:
        rows.append(_arrows(page, total_pages))
    if board := board_button(lang, webapp_url):
        rows.append(board)
    return Outgoing(fit_html("\n".join(lines)), InlineKeyboardMarkup(rows))


def _arrows(page: int, total_pages: int) -> list[InlineKeyboardButton]:
    """The previous and next pages, with the page number between them (a button that does
    nothing)."""
    nav = []
    if page > 0:
        nav.append(InlineKeyboardButton("◀", callback_data=ListPage(page - 1).pack()))
    number = f"{page + 1}/{total_pages}"
    nav.append(InlineKeyboardButton(number, callback_data=ListPage(None).pack()))
    if page < total_pages - 1:
        nav.append(InlineKeyboardButton("▶", callback_data=ListPage(page + 1).pack()))
    return nav


def card_text(lang: str, user: User, app: Application, nudge: Nudge | None) -> str:
    """The application's details, interview rounds, follow-ups and next reminder."""

    def t(text: Text) -> str:
        return render(lang, text)

    lines = [t(Text("card.title", {"company": app.company, "role": app.role or ""}))]
    lines.append(t(Text("card.stage", {"stage": Text(f"stage.{app.stage.value}")})))
    if app.recruiter_name or app.recruiter_contact:
        recruiter = " · ".join(x for x in (app.recruiter_name, app.recruiter_contact) if x)
        lines.append(t(Text("card.recruiter", {"recruiter": recruiter})))
    for interview in app.interviews:
        when = moment(lang, user, interview.at)
        lines.append(t(Text("card.interview", {"round": interview.round, "when": when})))
    for follow_up in app.follow_ups:
        outcome = Text(f"card.outcome.{follow_up.outcome or 'none'}")
        when = moment(lang, user, follow_up.sent_at)
        lines.append(t(Text("card.follow_up", {"when": when, "outcome": outcome})))
    if nudge is not None:
        what = Text(f"kind.{nudge.kind.value}")
        when = moment(lang, user, nudge.due_at)
        lines.append(t(Text("card.next", {"what": what, "when": when})))
    if app.notes:
        lines.append(t(Text("card.notes", {"notes": app.notes})))
    return fit_html("\n".join(lines))


def card_keyboard(lang: str, app: Application) -> InlineKeyboardMarkup:
    def button(key: str, action: CardAction) -> InlineKeyboardButton:
        return card_button(lang, app.id, key, action)

    rows = [
        [
            button("card.btn.interview", CardAction.INTERVIEW),
            button("card.btn.call", CardAction.CALL),
        ],
        [button("card.btn.answer", CardAction.ANSWER), button("card.btn.note", CardAction.NOTE)],
        [button("card.btn.edit", CardAction.EDIT), button("card.btn.archive", CardAction.ARCHIVE)],
    ]
    if app.stage in ACCEPTABLE:
        rows.append([button("card.btn.accepted", CardAction.ACCEPTED)])
    rows.append([button("card.btn.delete", CardAction.DELETE)])
    return InlineKeyboardMarkup(rows)


def delete_keyboard(lang: str, app_id: int) -> InlineKeyboardMarkup:
    """Delete for good, or back to the card."""
    yes = card_button(lang, app_id, "card.btn.delete_yes", CardAction.DELETE_YES)
    no = card_button(lang, app_id, "card.btn.delete_no", CardAction.VIEW)
    return InlineKeyboardMarkup([[yes, no]])


def withdraw_keyboard(lang: str, app_id: int, count: int) -> InlineKeyboardMarkup:
    """After an accepted offer: withdraw the `count` other applications in one tap."""
    label = render(lang, Text("offer.btn.withdraw", {"count": count}))
    data = CardButton(app_id, CardAction.WITHDRAW).pack()
    return InlineKeyboardMarkup([[InlineKeyboardButton(label, callback_data=data)]])
