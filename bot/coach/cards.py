"""The pipeline on Telegram: /list, an application's card and its actions, "I accepted an offer".

Card buttons carry `c:<application id>:<action>`; every press loads the application through
the presser's own id, so another user's id, a deleted application or an old button gets
"not found" and changes nothing.
"""

from __future__ import annotations

import datetime as dt
import html

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload
from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.coach.dialogs import open_dialog
from bot.coach.planning import calendar_of, load_application
from bot.coach.turn import Turn
from bot.views.nudge import draft_block, moment
from bot.views.render import Outgoing, board_button, fit_html, parse_id
from flows.catalog import Text
from flows.domain import NudgeKind, NudgeState, Stage
from flows.drafts import DraftFacts, DraftKind, write_draft
from flows.pipeline import (
    OPEN_STAGES,
    PAGE_SIZE,
    STAGE_ORDER,
    STALE_REVIEW_WEEKDAY,
    is_stale,
    pages,
)
from storage.models import Application, Nudge
from storage.nudges import OPEN_STATES, NudgeRepo

CARD = "c"
LIST = "l"
LIST_NOOP = "l:-"  # the page number between the arrows: does nothing
VIEW, INTERVIEW, CALL, ANSWER, NOTE, EDIT, ARCHIVE, DELETE, DELETE_YES, ACCEPTED, WITHDRAW = (
    "v",
    "i",
    "k",
    "r",
    "n",
    "e",
    "a",
    "x",
    "xy",
    "o",
    "w",
)
CARD_ACTIONS = frozenset(
    {VIEW, INTERVIEW, CALL, ANSWER, NOTE, EDIT, ARCHIVE, DELETE, DELETE_YES, ACCEPTED, WITHDRAW}
)


def card_data(app_id: int, action: str) -> str:
    return f"{CARD}:{app_id}:{action}"


def parse_card_data(data: str) -> tuple[int, str] | None:
    prefix, _, rest = data.partition(":")
    id_text, sep, action = rest.partition(":")
    row_id = parse_id(id_text)
    if prefix != CARD or not sep or row_id is None or action not in CARD_ACTIONS:
        return None
    return row_id, action


def parse_list_data(data: str) -> int | None:
    prefix, sep, page = data.partition(":")
    number = parse_id(page)
    if prefix != LIST or not sep or number is None:
        return None
    return number


async def user_applications(session: AsyncSession, user_id: int) -> list[Application]:
    """The user's applications that are not archived, with what /list and /stats need."""
    statement = (
        select(Application)
        .where(Application.user_id == user_id, Application.archived.is_(False))
        .options(selectinload(Application.interviews), selectinload(Application.follow_ups))
        .order_by(Application.updated_at.desc(), Application.id.desc())
    )
    return list((await session.execute(statement)).scalars())


async def next_nudges(session: AsyncSession, user_id: int) -> dict[int, Nudge]:
    """Each application's next planned nudge."""
    statement = (
        select(Nudge)
        .where(
            Nudge.user_id == user_id,
            Nudge.state.in_(OPEN_STATES),
            Nudge.application_id.is_not(None),
        )
        .order_by(Nudge.due_at.desc())
    )
    found: dict[int, Nudge] = {}
    for nudge in (await session.execute(statement)).scalars():
        assert nudge.application_id is not None
        found[nudge.application_id] = nudge  # the earliest wins (ordered latest first)
    return found


def last_news(app: Application) -> dt.datetime:
    """The last moment something happened on the application."""
    moments = [app.updated_at, app.created_at]
    moments += [i.at for i in app.interviews] + [f.sent_at for f in app.follow_ups]
    if app.refused_at:
        moments.append(app.refused_at)
    return max(moments)


def stale_applications(
    apps: list[Application], upcoming: dict[int, Nudge], now: dt.datetime
) -> list[Application]:
    return [a for a in apps if is_stale(a.stage, last_news(a), a.id in upcoming, now)]


async def list_message(turn: Turn, page: int = 0) -> Outgoing:
    """/list: applications grouped by stage, each with its next step, ten a page."""
    apps = await user_applications(turn.session, turn.user.id)
    if not apps:
        return Outgoing(turn.text(Text("list.empty")))
    upcoming = await next_nudges(turn.session, turn.user.id)
    stale = {a.id for a in stale_applications(apps, upcoming, turn.now)}
    rank = {stage: index for index, stage in enumerate(STAGE_ORDER)}
    apps.sort(key=lambda a: rank[a.stage])
    total_pages = pages(len(apps))
    page = min(max(page, 0), total_pages - 1)
    shown = apps[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
    lines = [turn.text(Text("list.title", {"count": len(apps)}))]
    current: Stage | None = None
    rows: list[list[InlineKeyboardButton]] = []
    for number, app in enumerate(shown, start=page * PAGE_SIZE + 1):
        if app.stage is not current:
            current = app.stage
            lines.append(
                "\n" + turn.text(Text("list.stage", {"stage": Text(f"stage.{app.stage.value}")}))
            )
        step = next_step(turn, upcoming.get(app.id))
        line = turn.text(
            Text(
                "list.item",
                {"number": number, "company": app.company, "role": app.role or "", "step": step},
            )
        )
        if app.id in stale:
            line += turn.text(Text("list.stale"))
        lines.append(line)
        rows.append(
            [
                InlineKeyboardButton(
                    f"{number}. {app.company[:40]}", callback_data=card_data(app.id, VIEW)
                )
            ]
        )
    if total_pages > 1:
        nav = []
        if page > 0:
            nav.append(InlineKeyboardButton("◀", callback_data=f"{LIST}:{page - 1}"))
        nav.append(InlineKeyboardButton(f"{page + 1}/{total_pages}", callback_data=LIST_NOOP))
        if page < total_pages - 1:
            nav.append(InlineKeyboardButton("▶", callback_data=f"{LIST}:{page + 1}"))
        rows.append(nav)
    if board := board_button(turn.lang, turn.settings.webapp_url):
        rows.append(board)
    return Outgoing(fit_html("\n".join(lines)), InlineKeyboardMarkup(rows))


def card_text(turn: Turn, app: Application, nudge: Nudge | None) -> str:
    """The application's details, interview rounds, follow-ups and next reminder."""
    t = turn.text
    lines = [t(Text("card.title", {"company": app.company, "role": app.role or ""}))]
    lines.append(t(Text("card.stage", {"stage": Text(f"stage.{app.stage.value}")})))
    if app.recruiter_name or app.recruiter_contact:
        recruiter = " · ".join(x for x in (app.recruiter_name, app.recruiter_contact) if x)
        lines.append(t(Text("card.recruiter", {"recruiter": recruiter})))
    for interview in app.interviews:
        lines.append(
            t(
                Text(
                    "card.interview",
                    {"round": interview.round, "when": moment(turn.lang, turn.user, interview.at)},
                )
            )
        )
    for follow_up in app.follow_ups:
        outcome = Text(f"card.outcome.{follow_up.outcome or 'none'}")
        lines.append(
            t(
                Text(
                    "card.follow_up",
                    {"when": moment(turn.lang, turn.user, follow_up.sent_at), "outcome": outcome},
                )
            )
        )
    if nudge is not None:
        lines.append(
            t(
                Text(
                    "card.next",
                    {
                        "what": Text(f"kind.{nudge.kind.value}"),
                        "when": moment(turn.lang, turn.user, nudge.due_at),
                    },
                )
            )
        )
    if app.notes:
        lines.append(t(Text("card.notes", {"notes": app.notes})))
    return fit_html("\n".join(lines))


def card_keyboard(turn: Turn, app: Application) -> InlineKeyboardMarkup:
    def button(key: str, action: str) -> InlineKeyboardButton:
        return InlineKeyboardButton(turn.text(Text(key)), callback_data=card_data(app.id, action))

    rows = [
        [button("card.btn.interview", INTERVIEW), button("card.btn.call", CALL)],
        [button("card.btn.answer", ANSWER), button("card.btn.note", NOTE)],
        [button("card.btn.edit", EDIT), button("card.btn.archive", ARCHIVE)],
    ]
    if app.stage in (Stage.OFFER, Stage.INTERVIEW_SCHEDULED, Stage.WAITING, Stage.APPLIED):
        rows.append([button("card.btn.accepted", ACCEPTED)])
    rows.append([button("card.btn.delete", DELETE)])
    return InlineKeyboardMarkup(rows)


async def show_card(turn: Turn, app: Application) -> None:
    nudge = (await next_nudges(turn.session, turn.user.id)).get(app.id)
    turn.outbox.append(Outgoing(card_text(turn, app, nudge), card_keyboard(turn, app)))


async def press_card(turn: Turn, app_id: int, action: str) -> None:
    """Carry out a card button for the presser's own application."""
    app = await load_application(turn.session, turn.user.id, app_id)
    if app is None:
        turn.toast = turn.text(Text("card.not_found"))
        return
    repo = NudgeRepo(turn.session)
    if action == VIEW:
        await show_card(turn, app)
    elif action == INTERVIEW:
        await open_dialog(turn, "scheduled", application_id=app.id)
    elif action == CALL:
        # After a call, the quick yes/no: did they say when they would answer?
        app.updated_at = turn.now
        await open_dialog(
            turn,
            "after_interview",
            application_id=app.id,
            state="announced",
            answers={"interview_at": turn.now.isoformat()},
        )
    elif action == ANSWER:
        await open_dialog(turn, "answer", application_id=app.id)
    elif action == NOTE:
        await open_dialog(turn, "note", application_id=app.id)
    elif action == EDIT:
        await open_dialog(turn, "edit", application_id=app.id)
    elif action == ARCHIVE:
        app.archived = True
        app.updated_at = turn.now
        await repo.stop_for_application(app.id, turn.now)
        turn.say(Text("card.archived", {"company": app.company}))
    elif action == DELETE:
        markup = InlineKeyboardMarkup(
            [
                [
                    InlineKeyboardButton(
                        turn.text(Text("card.btn.delete_yes")),
                        callback_data=card_data(app.id, DELETE_YES),
                    ),
                    InlineKeyboardButton(
                        turn.text(Text("card.btn.delete_no")), callback_data=card_data(app.id, VIEW)
                    ),
                ]
            ]
        )
        turn.say(Text("card.delete_confirm", {"company": app.company}), markup=markup)
    elif action == DELETE_YES:
        await turn.session.execute(delete(Nudge).where(Nudge.application_id == app.id))
        company = app.company
        await turn.session.delete(app)
        turn.say(Text("card.deleted", {"company": company}))
    elif action == ACCEPTED:
        await accept_offer(turn, app)
    elif action == WITHDRAW:
        await withdraw_others(turn, app)


def _in_progress(apps: list[Application], accepted: Application) -> list[Application]:
    return [a for a in apps if a.id != accepted.id and a.stage in OPEN_STAGES]


async def accept_offer(turn: Turn, app: Application) -> None:
    """The offer is accepted; offer to withdraw the other applications in one tap."""
    app.stage = Stage.ACCEPTED
    app.updated_at = turn.now
    await NudgeRepo(turn.session).stop_for_application(app.id, turn.now)
    others = _in_progress(await user_applications(turn.session, turn.user.id), app)
    if not others:
        turn.say(Text("offer.congrats", {"company": app.company}))
        return
    names = ", ".join(a.company for a in others[:20])
    markup = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    turn.text(Text("offer.btn.withdraw", {"count": len(others)})),
                    callback_data=card_data(app.id, WITHDRAW),
                )
            ]
        ]
    )
    turn.say(
        Text("offer.congrats", {"company": app.company}),
        Text("offer.withdraw_others", {"names": names}),
        markup=markup,
    )


async def withdraw_others(turn: Turn, accepted: Application) -> None:
    """Withdraw every other application in progress, stop their nudges, and give the drafts."""
    if accepted.stage is not Stage.ACCEPTED:
        turn.toast = turn.text(Text("nudge.already"))
        return
    others = _in_progress(await user_applications(turn.session, turn.user.id), accepted)
    repo = NudgeRepo(turn.session)
    blocks: list[str] = []
    for app in others:
        app.stage = Stage.WITHDRAWN
        app.updated_at = turn.now
        await repo.stop_for_application(app.id, turn.now)
        if len(blocks) < 5:
            facts = DraftFacts(
                language=turn.lang,
                topic="application",
                event_date=turn.now.date(),
                company=app.company,
                role=app.role,
                recruiter=app.recruiter_name,
            )
            draft = write_draft(DraftKind.WITHDRAWAL, facts)
            blocks.append(
                f"<b>{html.escape(app.company, quote=False)}</b>\n{draft_block(turn.lang, draft)}"
            )
    turn.say(Text("offer.withdrawn", {"count": len(others)}))
    for block in blocks:
        turn.outbox.append(Outgoing(fit_html(block)))


async def stale_of(session: AsyncSession, user_id: int, now: dt.datetime) -> list[Application]:
    """The user's stale applications now."""
    apps = await user_applications(session, user_id)
    return stale_applications(apps, await next_nudges(session, user_id), now)


async def stale_review_items(turn: Turn) -> list[Application]:
    return await stale_of(turn.session, turn.user.id, turn.now)


def next_review_at(turn: Turn) -> dt.datetime:
    """The next weekly review moment: the coming review weekday at the nudge hour (T1, T2)."""
    calendar = calendar_of(turn.user, turn.settings.workday_end)
    today = calendar.local_date(turn.now)
    days = (STALE_REVIEW_WEEKDAY - today.weekday()) % 7 or 7
    return calendar.first_slot_on_or_after_day(today + dt.timedelta(days=days))


async def ensure_stale_review(turn: Turn) -> None:
    """With stale applications, make sure the weekly offer to close them is planned (once)."""
    if not await stale_review_items(turn):
        return
    statement = select(Nudge.id).where(
        Nudge.user_id == turn.user.id,
        Nudge.kind == NudgeKind.STALE_REVIEW,
        Nudge.state.in_(OPEN_STATES),
    )
    if (await turn.session.execute(statement)).first() is not None:
        return
    await NudgeRepo(turn.session).plan(
        user_id=turn.user.id,
        application_id=None,
        kind=NudgeKind.STALE_REVIEW,
        due_at=next_review_at(turn),
        last_useful_at=None,
        now=turn.now,
    )


async def press_stale_review(turn: Turn, nudge: Nudge, close: bool) -> None:
    """Archive the stale applications (and stop their nudges), or keep them."""
    nudge.state = NudgeState.DONE if close else NudgeState.STOPPED
    nudge.updated_at = turn.now
    if not close:
        turn.say(Text("stale.kept"))
        return
    stale = await stale_review_items(turn)
    repo = NudgeRepo(turn.session)
    for app in stale:
        app.archived = True
        app.updated_at = turn.now
        await repo.stop_for_application(app.id, turn.now)
    turn.say(Text("stale.closed", {"count": len(stale)}))


def next_step(turn: Turn, nudge: Nudge | None) -> Text:
    """An application's next step as /list and the board say it: the coming reminder and its
    moment, or that nothing is planned."""
    if nudge is None:
        return Text("list.no_step")
    return Text(
        "list.next",
        {
            "what": Text(f"kind.{nudge.kind.value}"),
            "when": moment(turn.lang, turn.user, nudge.due_at),
        },
    )
