"""The pipeline's use cases: /list, an application's card and its actions, "I accepted an
offer", the weekly review of stale applications.

Every card press loads the application through the presser's own id, so another user's id, a
deleted application or an old button gets "not found" and changes nothing.
"""

from __future__ import annotations

import datetime as dt
import html

from sqlalchemy.ext.asyncio import AsyncSession

from bot.coach.dialogs import open_dialog
from bot.coach.planning import calendar_of, load_application
from bot.coach.turn import Turn
from bot.views.callbacks import CardAction
from bot.views.cards import card_keyboard, card_text, delete_keyboard, list_view, withdraw_keyboard
from bot.views.nudge import draft_block
from bot.views.render import Outgoing, fit_html
from flows.catalog import Text
from flows.domain import NudgeKind, NudgeState, Stage
from flows.drafts import DraftFacts, DraftKind, write_draft
from flows.pipeline import OPEN_STAGES, STALE_REVIEW_WEEKDAY, is_stale
from storage.models import Application, Nudge
from storage.nudges import NudgeRepo
from storage.repositories import ApplicationRepo

# The card buttons that open a dialog about the application.
CARD_DIALOGS = {
    CardAction.INTERVIEW: "scheduled",
    CardAction.ANSWER: "answer",
    CardAction.NOTE: "note",
    CardAction.EDIT: "edit",
}


async def user_applications(session: AsyncSession, user_id: int) -> list[Application]:
    """The user's applications that are not archived, with what /list and /stats need."""
    return await ApplicationRepo(session).open_of(user_id)


async def next_nudges(session: AsyncSession, user_id: int) -> dict[int, Nudge]:
    """Each application's next planned nudge."""
    return await NudgeRepo(session).next_by_application(user_id)


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
    webapp_url = turn.settings.webapp_url
    return list_view(turn.lang, turn.user, apps, upcoming, stale, page, webapp_url)


async def show_card(turn: Turn, app: Application) -> None:
    nudge = (await next_nudges(turn.session, turn.user.id)).get(app.id)
    text = card_text(turn.lang, turn.user, app, nudge)
    turn.outbox.append(Outgoing(text, card_keyboard(turn.lang, app)))


async def press_card(turn: Turn, app_id: int, action: CardAction) -> None:
    """Carry out a card button for the presser's own application."""
    app = await load_application(turn.session, turn.user.id, app_id)
    if app is None:
        turn.toast = turn.text(Text("card.not_found"))
        return
    if action == CardAction.VIEW:
        await show_card(turn, app)
    elif action in CARD_DIALOGS:
        await open_dialog(turn, CARD_DIALOGS[action], application_id=app.id)
    elif action == CardAction.CALL:
        # After a call, the quick yes/no: did they say when they would answer?
        app.updated_at = turn.now
        await open_dialog(
            turn,
            "after_interview",
            application_id=app.id,
            state="announced",
            answers={"interview_at": turn.now.isoformat()},
        )
    elif action == CardAction.ARCHIVE:
        app.archived = True
        app.updated_at = turn.now
        await NudgeRepo(turn.session).stop_for_application(app.id, turn.now)
        turn.say(Text("card.archived", {"company": app.company}))
    elif action == CardAction.DELETE:
        markup = delete_keyboard(turn.lang, app.id)
        turn.say(Text("card.delete_confirm", {"company": app.company}), markup=markup)
    elif action == CardAction.DELETE_YES:
        company = app.company
        await ApplicationRepo(turn.session).delete(app)
        turn.say(Text("card.deleted", {"company": company}))
    elif action == CardAction.ACCEPTED:
        await accept_offer(turn, app)
    elif action == CardAction.WITHDRAW:
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
    markup = withdraw_keyboard(turn.lang, app.id, len(others))
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
    repo = NudgeRepo(turn.session)
    if await repo.has_open(turn.user.id, NudgeKind.STALE_REVIEW):
        return
    await repo.plan(
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
