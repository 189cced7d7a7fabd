"""What the buttons of a nudge do, and /agenda's move and cancel.

Every press is checked: the nudge must be the presser's, its application must still exist, and
it must still be in the state the button was made for, so pressing twice records once.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
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
from bot.views.nudge import (
    ANSWERED,
    BACK,
    DONE,
    GOOD,
    KEEP_ACCOUNT,
    LATER,
    LATER_1,
    LATER_3,
    NO,
    OK,
    REFUSED,
    STALE_CLOSE,
    STALE_KEEP,
    STOP,
    YES,
    NudgeItem,
    buttons_for,
    draft_block,
    moment,
    nudge_data,
)
from bot.views.render import Outgoing, fit_html, parse_id
from flows.catalog import Text
from flows.domain import NudgeKind, NudgeState, Stage
from storage.models import Application, FollowUp, Nudge
from storage.nudges import UPCOMING_STATES, NudgeRepo

AGENDA = "g"
MOVE, CANCEL, MOVE_1, MOVE_3, MOVE_WEEK = "m", "c", "m1", "m3", "mw"
MOVE_TYPED = "mt"  # "another date…": the date is typed
AGENDA_ACTIONS = frozenset({MOVE, CANCEL, MOVE_1, MOVE_3, MOVE_WEEK, MOVE_TYPED})
# Good news moves an application on to the next stage.
NEXT_STAGE = {
    Stage.APPLIED: Stage.INTERVIEW_SCHEDULED,
    Stage.INTERVIEW_SCHEDULED: Stage.OFFER,
    Stage.WAITING: Stage.OFFER,
    Stage.REFUSED: Stage.INTERVIEW_SCHEDULED,
}


def agenda_data(nudge_id: int, action: str) -> str:
    return f"{AGENDA}:{nudge_id}:{action}"


def parse_agenda_data(data: str) -> tuple[int, str] | None:
    prefix, _, rest = data.partition(":")
    id_text, sep, action = rest.partition(":")
    row_id = parse_id(id_text)
    if prefix != AGENDA or not sep or row_id is None or action not in AGENDA_ACTIONS:
        return None
    return row_id, action


async def _nudge_of(turn: Turn, nudge_id: int) -> tuple[Nudge | None, Application | None, bool]:
    """The presser's nudge and its application; the flag says the application is gone."""
    statement = select(Nudge).where(Nudge.id == nudge_id, Nudge.user_id == turn.user.id)
    if turn.session.get_bind().dialect.name == "postgresql":
        statement = statement.with_for_update()
    nudge = (await turn.session.execute(statement)).scalar_one_or_none()
    if nudge is None:
        return None, None, True
    if nudge.application_id is None:
        return nudge, None, False
    app = await load_application(turn.session, turn.user.id, nudge.application_id)
    return nudge, app, app is None


def _later_options(turn: Turn, nudge: Nudge, choices: dict[str, int]) -> dict[str, dt.datetime]:
    """The "later" moments still before the nudge's last useful moment."""
    calendar = calendar_of(turn.user, turn.settings.workday_end)
    today = calendar.local_date(turn.now)
    options = {}
    for action, days in choices.items():
        due = calendar.opening(calendar.business_days_after(today, days))
        if nudge.last_useful_at is None or due <= nudge.last_useful_at:
            options[action] = due
    return options


def _offer_later(turn: Turn, nudge: Nudge, choices: dict[str, int]) -> dict[str, dt.datetime]:
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
    statement = (
        select(Nudge)
        .where(Nudge.user_id == turn.user.id, Nudge.telegram_message_id == message_id)
        .order_by(Nudge.id)
    )
    in_message = list((await turn.session.execute(statement)).scalars())
    # A message that carried several applications keeps its compact rows, one per company.
    compact = len(in_message) > 1
    nudges = [n for n in in_message if n.state is NudgeState.SENT]
    rows: list[list[InlineKeyboardButton]] = []
    for nudge in nudges:
        if nudge.id in override:
            rows.append(override[nudge.id])
            continue
        app = (
            await load_application(turn.session, turn.user.id, nudge.application_id)
            if nudge.application_id
            else None
        )
        row = buttons_for(turn.lang, NudgeItem(nudge, app, None), compact=compact)
        if not compact and len(row) == 4:
            rows.extend([row[:2], row[2:]])
        else:
            rows.append(row)
    return InlineKeyboardMarkup(rows) if rows else None


async def press_nudge(turn: Turn, nudge_id: int, action: str, message_id: int | None) -> None:
    """Carry out a nudge button, then refresh that message's buttons."""
    nudge, app, gone = await _nudge_of(turn, nudge_id)
    if nudge is None or gone:
        turn.toast = turn.text(Text("nudge.gone"))
        return
    if nudge.state is not NudgeState.SENT:
        turn.toast = turn.text(Text("nudge.already"))
        return
    override: dict[int, list[InlineKeyboardButton]] = {}
    company = app.company if app is not None else ""

    def button(key: str, act: str) -> InlineKeyboardButton:
        return InlineKeyboardButton(turn.text(Text(key)), callback_data=nudge_data(nudge_id, act))

    if action == LATER:
        options = _offer_later(turn, nudge, {LATER_1: 1, LATER_3: 3})
        if not options:
            return
        labels = {LATER_1: "nudge.btn.later1", LATER_3: "nudge.btn.later3"}
        override[nudge.id] = [button(labels[a], a) for a in options] + [
            button("nudge.btn.back", BACK)
        ]
    elif action == ANSWERED:
        override[nudge.id] = [
            button("nudge.btn.good", GOOD),
            button("nudge.btn.refused", REFUSED),
            button("nudge.btn.back", BACK),
        ]
    elif action == BACK:
        pass
    elif action in (LATER_1, LATER_3):
        options = _later_options(turn, nudge, {LATER_1: 1, LATER_3: 3})
        if action not in options:
            turn.toast = turn.text(Text("fallback.stale_button"))
            return
        nudge.state = NudgeState.PENDING
        nudge.due_at = options[action]
        nudge.attempts = 0
        nudge.updated_at = turn.now
        turn.say(Text("nudge.later_set", {"when": moment(turn.lang, turn.user, nudge.due_at)}))
    elif action == DONE and app is not None:
        await _done(turn, nudge, app)
    elif action == STOP:
        nudge.state = NudgeState.STOPPED
        nudge.updated_at = turn.now
        if app is not None:
            await NudgeRepo(turn.session).stop_for_application(app.id, turn.now)
        turn.say(Text("nudge.stopped", {"company": company}))
    elif action in (GOOD, REFUSED) and app is not None:
        await _answered(turn, nudge, app, good=action == GOOD)
    elif action in (STALE_CLOSE, STALE_KEEP) and nudge.kind is NudgeKind.STALE_REVIEW:
        await press_stale_review(turn, nudge, close=action == STALE_CLOSE)
    elif action == KEEP_ACCOUNT and nudge.kind is NudgeKind.ACCOUNT_EXPIRY:
        # Writing at all refreshed last_seen_at: the account is kept.
        nudge.state = NudgeState.DONE
        nudge.updated_at = turn.now
        turn.say(Text("expiry.kept"))
    elif action == OK:
        nudge.state = NudgeState.DONE
        nudge.updated_at = turn.now
        turn.toast = turn.text(Text("nudge.ok"))
    elif action in (YES, NO) and app is not None:
        await _checked_in(turn, nudge, app, announced=action == YES)
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
    app = await _reload(turn, app)
    plan = plan_for(app, turn.user, turn.now)
    scheduled = await schedule_plan(turn.session, turn.user, app, plan, turn.now)
    if scheduled is not None:
        when = moment(turn.lang, turn.user, scheduled.due_at)
        turn.say(Text("nudge.done_next", {"company": app.company, "when": when}))
    else:
        turn.say(Text("nudge.done_stop", {"company": app.company, "why": plan.why}))


async def _reload(turn: Turn, app: Application) -> Application:
    """The application with the follow-up just recorded."""
    await turn.session.refresh(app, attribute_names=["follow_ups"])
    return app


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
    turn.outbox.append(
        Outgoing(
            f"{turn.text(Text('nudge.refused', {'company': app.company}))}\n\n"
            f"{draft_block(turn.lang, draft)}"
        )
    )
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
    scheduled = await schedule_plan(turn.session, turn.user, app, plan, turn.now)
    if scheduled is None:
        turn.say(Text("nudge.no_plan", {"why": plan.why}))
        return
    when = moment(turn.lang, turn.user, scheduled.due_at)
    turn.say(Text("nudge.check_in_plan", {"why": plan.why, "when": when}))


async def _progress_checked(turn: Turn, app: Application, *, acquired: bool) -> None:
    """F4's progress check-in: a "not yet" moves the come-back later (6 months to 12)."""
    if not acquired:
        app.comeback_months = 12 if (app.comeback_months or 6) < 12 else app.comeback_months
        app.updated_at = turn.now
        await turn.session.flush()
    plan = plan_for(app, turn.user, turn.now)
    scheduled = await schedule_plan(turn.session, turn.user, app, plan, turn.now)
    if scheduled is None:
        turn.say(Text("nudge.no_plan", {"why": plan.why}))
        return
    when = moment(turn.lang, turn.user, scheduled.due_at)
    key = "nudge.progress_yes" if acquired else "nudge.progress_no"
    turn.say(Text(key, {"company": app.company, "when": when}))


# /agenda


def agenda_message(turn: Turn, items: list[tuple[Nudge, Application | None]]) -> Outgoing:
    """The user's upcoming nudges in order, each with move and cancel buttons."""
    if not items:
        return Outgoing(turn.text(Text("agenda.empty")))
    lines = [turn.text(Text("agenda.title"))]
    if turn.user.paused_all:
        lines.append(turn.text(Text("agenda.all_paused")))
    rows: list[list[InlineKeyboardButton]] = []
    for number, (nudge, app) in enumerate(items, start=1):
        line = turn.text(
            Text(
                "agenda.item",
                {
                    "number": number,
                    "when": moment(turn.lang, turn.user, nudge.due_at),
                    "company": app.company if app else "",
                    "what": Text(f"kind.{nudge.kind.value}"),
                },
            )
        )
        if nudge.state is NudgeState.FAILED:
            line += turn.text(Text("agenda.failed"))
        elif nudge.state is NudgeState.PAUSED:
            line += turn.text(Text("agenda.paused"))
        lines.append(line)
        # One row per reminder, that says what it acts on and what it does.
        name: str | Text = app.company if app else Text(f"kind.{nudge.kind.value}")
        rows.append(
            [
                InlineKeyboardButton(
                    turn.text(Text("agenda.btn.move", {"company": name})),
                    callback_data=agenda_data(nudge.id, MOVE),
                ),
                InlineKeyboardButton(
                    turn.text(Text("agenda.btn.cancel")),
                    callback_data=agenda_data(nudge.id, CANCEL),
                ),
            ]
        )
    text = "\n".join(lines)
    return Outgoing(fit_html(text), InlineKeyboardMarkup(rows[:50]))


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


async def press_agenda(turn: Turn, nudge_id: int, action: str, message_id: int | None) -> None:
    """Move or cancel a nudge from /agenda."""
    nudge, app, gone = await _nudge_of(turn, nudge_id)
    if nudge is None or gone:
        turn.toast = turn.text(Text("nudge.gone"))
        return
    if nudge.state not in UPCOMING_STATES:
        turn.toast = turn.text(Text("nudge.already"))
        return
    if action == CANCEL:
        nudge.state = NudgeState.STOPPED
        nudge.updated_at = turn.now
        turn.say(Text("agenda.cancelled"))
    elif action == MOVE_TYPED:
        await open_dialog(
            turn,
            "move_reminder",
            application_id=nudge.application_id,
            answers={"nudge_id": nudge.id, "kind": nudge.kind.value},
        )
        return
    elif action == MOVE:
        options = _offer_later(turn, nudge, {MOVE_1: 1, MOVE_3: 3, MOVE_WEEK: 5})
        if not options:
            return
        labels = {
            MOVE_1: "nudge.btn.later1",
            MOVE_3: "nudge.btn.later3",
            MOVE_WEEK: "agenda.btn.week",
        }
        markup = InlineKeyboardMarkup(
            [
                [
                    InlineKeyboardButton(
                        turn.text(Text(labels[a])), callback_data=agenda_data(nudge.id, a)
                    )
                    for a in options
                ],
                [
                    InlineKeyboardButton(
                        turn.text(Text("agenda.btn.typed")),
                        callback_data=agenda_data(nudge.id, MOVE_TYPED),
                    )
                ],
            ]
        )
        company = app.company if app else ""
        what = Text(f"kind.{nudge.kind.value}")
        turn.say(Text("agenda.move_to", {"what": what, "company": company}), markup=markup)
        return
    else:
        options = _later_options(turn, nudge, {MOVE_1: 1, MOVE_3: 3, MOVE_WEEK: 5})
        if action not in options:
            turn.toast = turn.text(Text("fallback.stale_button"))
            return
        nudge.state = NudgeState.PENDING
        nudge.due_at = options[action]
        nudge.attempts = 0
        nudge.last_error = None
        nudge.updated_at = turn.now
        turn.say(Text("agenda.moved", {"when": moment(turn.lang, turn.user, nudge.due_at)}))
    await turn.session.flush()
    turn.outbox.append(agenda_message(turn, await upcoming_items(turn)))


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
    nudge.state = NudgeState.PENDING
    nudge.due_at = due
    nudge.attempts = 0
    nudge.last_error = None
    nudge.updated_at = turn.now
    turn.say(Text("agenda.moved", {"when": moment(turn.lang, turn.user, due)}))
    await turn.session.flush()
    turn.outbox.append(agenda_message(turn, await upcoming_items(turn)))
