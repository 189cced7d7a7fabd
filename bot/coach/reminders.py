"""What the buttons of a nudge do, and /agenda's move and cancel.

Every press is checked: the nudge must be the presser's, its application must still exist, and
it must still be in the state the button was made for, so pressing twice records once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from typing import TypeVar

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.coach.cards import press_stale_review
from bot.coach.dialogs import open_dialog
from bot.coach.planning import (
    calendar_of,
    load_application,
    plan_for,
    schedule_plan,
    thank_you_draft,
)
from bot.coach.turn import Turn
from bot.views.agenda import agenda_view, move_message
from bot.views.callbacks import AgendaAction, NudgeAction
from bot.views.nudge import answered_row, later_row, moment, nudge_keyboard, refused_message
from bot.views.render import Outgoing
from flows.catalog import Text
from flows.domain import NudgeKind, NudgeState, Stage
from flows.policy import Plan
from storage.models import Application, FollowUp, Nudge
from storage.nudges import UPCOMING_STATES, NudgeRepo

LATER_DAYS = {NudgeAction.LATER_1: 1, NudgeAction.LATER_3: 3}  # in business days
A = TypeVar("A", NudgeAction, AgendaAction)
MOVE_DAYS = {AgendaAction.MOVE_1: 1, AgendaAction.MOVE_3: 3, AgendaAction.MOVE_WEEK: 5}


async def _nudge_of(turn: Turn, nudge_id: int) -> tuple[Nudge | None, Application | None, bool]:
    """The presser's nudge and its application; the flag says the application is gone."""
    nudge = await NudgeRepo(turn.session).get_for_user(turn.user.id, nudge_id, for_update=True)
    if nudge is None:
        return None, None, True
    if nudge.application_id is None:
        return nudge, None, False
    app = await load_application(turn.session, turn.user.id, nudge.application_id)
    return nudge, app, app is None


async def _pressed(
    turn: Turn, nudge_id: int, states: Collection[NudgeState]
) -> tuple[Nudge, Application | None] | None:
    """The presser's nudge, still in one of `states`, and its application; None (and a toast
    that says why) when it is gone or was already answered."""
    nudge, app, gone = await _nudge_of(turn, nudge_id)
    if nudge is None or gone:
        turn.toast = turn.text(Text("nudge.gone"))
        return None
    if nudge.state not in states:
        turn.toast = turn.text(Text("nudge.already"))
        return None
    return nudge, app


def _later_options(turn: Turn, nudge: Nudge, choices: dict[A, int]) -> dict[A, dt.datetime]:
    """The "later" moments still before the nudge's last useful moment."""
    calendar = calendar_of(turn.user, turn.settings.workday_end)
    today = calendar.local_date(turn.now)
    options = {}
    for action, days in choices.items():
        due = calendar.opening(calendar.business_days_after(today, days))
        if nudge.last_useful_at is None or due <= nudge.last_useful_at:
            options[action] = due
    return options


def _offer_later(turn: Turn, nudge: Nudge, choices: dict[A, int]) -> dict[A, dt.datetime]:
    """The "later" moments to offer; when none is left, say until when it was useful."""
    options = _later_options(turn, nudge, choices)
    if not options and nudge.last_useful_at is not None:
        when = moment(turn.lang, turn.user, nudge.last_useful_at)
        turn.say(Text("nudge.later_none", {"when": when}))
    return options


async def _message_keyboard(
    turn: Turn, message_id: int | None, override: dict[int, list[InlineKeyboardButton]]
) -> InlineKeyboardMarkup | None:
    """The buttons a nudge message should show now: a row per nudge still awaiting an answer."""
    if message_id is None:
        return None
    in_message = await NudgeRepo(turn.session).in_message(turn.user.id, message_id)
    items: list[tuple[Nudge, Application | None]] = []
    for nudge in in_message:
        if nudge.state is not NudgeState.SENT:
            continue
        app = (
            await load_application(turn.session, turn.user.id, nudge.application_id)
            if nudge.application_id and nudge.id not in override
            else None
        )
        items.append((nudge, app))
    # A message that carried several applications keeps its compact rows, one per company.
    return nudge_keyboard(turn.lang, items, override, compact=len(in_message) > 1)


def _move_to_option(turn: Turn, nudge: Nudge, choices: dict[A, int], action: A, said: str) -> bool:
    """Move the reminder to the "later" option `action` and say when (`said`); False, with the
    stale-button notice, for an option it no longer has."""
    options = _later_options(turn, nudge, choices)
    if action not in options:
        turn.toast = turn.text(Text("fallback.stale_button"))
        return False
    NudgeRepo(turn.session).reschedule(nudge, options[action], turn.now)
    turn.say(Text(said, {"when": moment(turn.lang, turn.user, nudge.due_at)}))
    return True


async def press_nudge(
    turn: Turn, nudge_id: int, action: NudgeAction, message_id: int | None
) -> None:
    """Carry out a nudge button, then refresh that message's buttons."""
    if (pressed := await _pressed(turn, nudge_id, (NudgeState.SENT,))) is None:
        return
    nudge, app = pressed
    override: dict[int, list[InlineKeyboardButton]] = {}
    company = app.company if app is not None else ""
    if action == NudgeAction.LATER:
        options = _offer_later(turn, nudge, LATER_DAYS)
        if not options:
            return
        override[nudge.id] = later_row(turn.lang, nudge.id, options)
    elif action == NudgeAction.ANSWERED:
        override[nudge.id] = answered_row(turn.lang, nudge.id)
    elif action == NudgeAction.BACK:
        pass
    elif action in LATER_DAYS:
        if not _move_to_option(turn, nudge, LATER_DAYS, action, "nudge.later_set"):
            return
    elif action == NudgeAction.DONE and app is not None:
        await _done(turn, nudge, app)
    elif action == NudgeAction.STOP:
        nudge.state = NudgeState.STOPPED
        nudge.updated_at = turn.now
        if app is not None:
            await NudgeRepo(turn.session).stop_for_application(app.id, turn.now)
        turn.say(Text("nudge.stopped", {"company": company}))
    elif action in (NudgeAction.GOOD, NudgeAction.REFUSED) and app is not None:
        await _answered(turn, nudge, app, good=action == NudgeAction.GOOD)
    elif action in (NudgeAction.STALE_CLOSE, NudgeAction.STALE_KEEP) and (
        nudge.kind is NudgeKind.STALE_REVIEW
    ):
        await press_stale_review(turn, nudge, close=action == NudgeAction.STALE_CLOSE)
    elif action == NudgeAction.KEEP_ACCOUNT and nudge.kind is NudgeKind.ACCOUNT_EXPIRY:
        # Writing at all refreshed last_seen_at: the account is kept.
        nudge.state = NudgeState.DONE
        nudge.updated_at = turn.now
        turn.say(Text("expiry.kept"))
    elif action == NudgeAction.OK:
        nudge.state = NudgeState.DONE
        nudge.updated_at = turn.now
        turn.toast = turn.text(Text("nudge.ok"))
    elif action in (NudgeAction.YES, NudgeAction.NO) and app is not None:
        await _checked_in(turn, nudge, app, announced=action == NudgeAction.YES)
    else:
        turn.toast = turn.text(Text("fallback.stale_button"))
        return
    await turn.session.flush()
    markup = await _message_keyboard(turn, message_id, override)
    if message_id is not None:
        turn.outbox.insert(0, Outgoing("", markup, message_id, markup_only=True))


async def _done(turn: Turn, nudge: Nudge, app: Application) -> None:
    """The user sent the follow-up: record it and plan the next check (N2)."""
    plan_before = plan_for(app, turn.user, turn.now)
    channel = plan_before.draft.channel.value if plan_before.draft else "email"
    turn.session.add(
        FollowUp(application_id=app.id, kind=nudge.kind.value, sent_at=turn.now, channel=channel)
    )
    nudge.state = NudgeState.DONE
    nudge.updated_at = turn.now
    await turn.session.flush()
    await turn.session.refresh(app, attribute_names=["follow_ups"])  # the follow-up just recorded
    plan = plan_for(app, turn.user, turn.now)
    scheduled = await schedule_plan(turn.session, turn.user, app, plan, turn.now)
    if scheduled is not None:
        when = moment(turn.lang, turn.user, scheduled.due_at)
        turn.say(Text("nudge.done_next", {"company": app.company, "when": when}))
    else:
        turn.say(Text("nudge.done_stop", {"company": app.company, "why": plan.why}))


async def _answered(turn: Turn, nudge: Nudge, app: Application, *, good: bool) -> None:
    """The recruiter answered: good news moves the stage on; a no offers the I8 thank-you."""
    nudge.state = NudgeState.ANSWERED
    nudge.updated_at = turn.now
    for follow_up in app.follow_ups:
        if follow_up.outcome is None:
            follow_up.outcome = "answered" if good else "refused"
    await NudgeRepo(turn.session).stop_for_application(app.id, turn.now)
    app.updated_at = turn.now
    if good:
        # What comes next: another interview (its date) or an offer.
        await open_dialog(turn, "good_news", application_id=app.id)
        return
    app.stage = Stage.REFUSED
    app.refused_at = turn.now
    draft = thank_you_draft(app, turn.user, turn.now)
    turn.outbox.append(refused_message(turn.lang, app.company, draft))
    # Then the refusal coaching (F1-F4, N1-N3): it came now, so it asks how and why.
    await open_dialog(
        turn, "refusal", application_id=app.id, answers={"refused_at": turn.now.isoformat()}
    )


async def _checked_in(turn: Turn, nudge: Nudge, app: Application, *, announced: bool) -> None:
    """The quick yes/no: after an interview, "did they say when they would answer?"; after a
    refusal for a missing skill (F4), "have you acquired it?"."""
    nudge.state = NudgeState.ANSWERED
    nudge.updated_at = turn.now
    if app.stage is Stage.REFUSED:
        await _progress_checked(turn, app, acquired=announced)
        return
    if app.stage in (Stage.APPLIED, Stage.INTERVIEW_SCHEDULED):
        app.stage = Stage.WAITING
        app.updated_at = turn.now
    if announced:
        # Yes: ask the date, then the plan, without asking again what is known.
        await turn.session.flush()
        await open_dialog(turn, "after_interview", application_id=app.id, state="announced_date")
        return
    plan = plan_for(app, turn.user, turn.now)
    if when := await _replanned(turn, app, plan):
        turn.say(Text("nudge.check_in_plan", {"why": plan.why, "when": when}))


async def _progress_checked(turn: Turn, app: Application, *, acquired: bool) -> None:
    """F4's progress check-in: a "not yet" moves the come-back later (6 months to 12)."""
    if not acquired:
        app.comeback_months = 12 if (app.comeback_months or 6) < 12 else app.comeback_months
        app.updated_at = turn.now
        await turn.session.flush()
    if when := await _replanned(turn, app, plan_for(app, turn.user, turn.now)):
        key = "nudge.progress_yes" if acquired else "nudge.progress_no"
        turn.say(Text(key, {"company": app.company, "when": when}))


async def _replanned(turn: Turn, app: Application, plan: Plan) -> str | None:
    """Plan the application's next nudge: when it comes, or None (said) if nothing is planned."""
    scheduled = await schedule_plan(turn.session, turn.user, app, plan, turn.now)
    if scheduled is None:
        turn.say(Text("nudge.no_plan", {"why": plan.why}))
        return None
    return moment(turn.lang, turn.user, scheduled.due_at)


# /agenda


async def show_agenda(turn: Turn) -> None:
    """/agenda: the user's upcoming nudges in order, each with move and cancel buttons."""
    turn.outbox.append(agenda_view(turn.lang, turn.user, await upcoming_items(turn)))


async def upcoming_items(turn: Turn) -> list[tuple[Nudge, Application | None]]:
    items = []
    for nudge in (await NudgeRepo(turn.session).upcoming(turn.user.id))[:30]:
        app = (
            await load_application(turn.session, turn.user.id, nudge.application_id)
            if nudge.application_id
            else None
        )
        items.append((nudge, app))
    return items


async def press_agenda(
    turn: Turn, nudge_id: int, action: AgendaAction, message_id: int | None
) -> None:
    """Move or cancel a nudge from /agenda."""
    if (pressed := await _pressed(turn, nudge_id, UPCOMING_STATES)) is None:
        return
    nudge, app = pressed
    if action == AgendaAction.CANCEL:
        nudge.state = NudgeState.STOPPED
        nudge.updated_at = turn.now
        turn.say(Text("agenda.cancelled"))
    elif action == AgendaAction.MOVE_TYPED:
        await open_dialog(
            turn,
            "move_reminder",
            application_id=nudge.application_id,
            answers={"nudge_id": nudge.id, "kind": nudge.kind.value},
        )
        return
    elif action == AgendaAction.MOVE:
        options = _offer_later(turn, nudge, MOVE_DAYS)
        if not options:
            return
        turn.outbox.append(move_message(turn.lang, nudge, app, options))
        return
    else:
        if not _move_to_option(turn, nudge, MOVE_DAYS, action, "agenda.moved"):
            return
    await turn.session.flush()
    await show_agenda(turn)


async def move_nudge_to(turn: Turn, nudge_id: int, wanted: dt.datetime) -> None:
    """A reminder moved to a typed moment: the first slot at or after it (T2), if the reminder
    is still to come and that is before its last useful moment."""
    nudge, _app, gone = await _nudge_of(turn, nudge_id)
    if nudge is None or gone:
        turn.say(Text("nudge.gone"))
        return
    if nudge.state not in UPCOMING_STATES:
        turn.say(Text("nudge.already"))
        return
    due = calendar_of(turn.user, turn.settings.workday_end).first_slot_at_or_after(
        max(wanted, turn.now)
    )
    if nudge.last_useful_at is not None and due > nudge.last_useful_at:
        turn.say(
            Text("nudge.later_none", {"when": moment(turn.lang, turn.user, nudge.last_useful_at)})
        )
        return
    NudgeRepo(turn.session).reschedule(nudge, due, turn.now)
    turn.say(Text("agenda.moved", {"when": moment(turn.lang, turn.user, due)}))
    await turn.session.flush()
    await show_agenda(turn)
