"""From stored rows to the policy and back: the situation of an application, and its nudges.

`flows/` knows nothing of the database; this module reads the rows an application is made of,
builds the policy's `Situation`, and turns the `Plan` into nudge rows (in the caller's
transaction, so a plan and the change that caused it commit together).
"""

from __future__ import annotations

import datetime as dt
import logging
from enum import StrEnum
from typing import TypeVar

from sqlalchemy.ext.asyncio import AsyncSession

from flows.business_calendar import WorkCalendar
from flows.domain import NudgeKind, NudgeState
from flows.drafts import Draft, DraftFacts, DraftKind, write_draft
from flows.policy import (
    POLICY,
    CompanySize,
    Plan,
    RefusalReason,
    Situation,
    SituationKind,
    Urgency,
    plan_follow_up,
    plan_interview_reminder,
)
from storage.models import Application, Interview, Nudge, User
from storage.nudges import NudgeRepo
from storage.repositories import ApplicationRepo

logger = logging.getLogger(__name__)

FOLLOW_UP_KINDS = frozenset(NudgeKind) - {
    NudgeKind.INTERVIEW_REMINDER,
    NudgeKind.CHECK_IN,
    NudgeKind.STALE_REVIEW,
    NudgeKind.ACCOUNT_EXPIRY,
}
# The quick yes/no comes this long after an interview starts, moved into a slot.
CHECK_IN_AFTER = dt.timedelta(hours=1)


def calendar_of(user: User, workday_end: dt.time = POLICY.workday_end) -> WorkCalendar:
    """The user's business days and working hours."""
    return WorkCalendar.for_user(user.timezone, user.country, user.nudge_hour, workday_end)


async def load_application(
    session: AsyncSession, user_id: int, app_id: int, *, follow_ups: bool = True
) -> Application | None:
    """The application with its interviews (and its follow-ups unless told not to), only if it
    is this user's. Without follow-ups it is one statement: a dialog step needs no more."""
    return await ApplicationRepo(session).with_history(user_id, app_id, follow_ups=follow_ups)


E = TypeVar("E", bound=StrEnum)


def _enum_or(enum: type[E], value: str | None, default: E) -> E:
    try:
        return enum(value) if value else default
    except ValueError:
        return default


def situation_for(app: Application, user: User, now: dt.datetime) -> Situation:
    """What the policy needs to know about this application, as the rows stand."""
    past_interviews = [i for i in app.interviews if i.at <= now]
    if app.refused_at is not None:
        kind, at = SituationKind.REFUSAL, app.refused_at
    elif past_interviews:
        kind, at = SituationKind.INTERVIEW, past_interviews[-1].at
    else:
        kind, at = SituationKind.APPLICATION, app.applied_at or app.created_at
    unanswered = [f for f in app.follow_ups if f.outcome is None and f.sent_at >= at]
    reason = _enum_or(RefusalReason, app.refusal_reason, RefusalReason.NONE)
    announced_on = announced_from = None
    if kind is SituationKind.INTERVIEW and app.announced_answer_at is not None:
        tz = calendar_of(user).tz
        interview_day = at.astimezone(tz).date()
        announced_on = max(app.announced_answer_at.astimezone(tz).date(), interview_day)
        if app.announced_answer_from is not None:
            announced_from = min(
                max(app.announced_answer_from.astimezone(tz).date(), interview_day), announced_on
            )
    notes = past_interviews[-1].notes if past_interviews and past_interviews[-1].notes else None
    return Situation(
        kind=kind,
        at=at,
        now=now,
        size=_enum_or(CompanySize, app.company_size, CompanySize.MEDIUM),
        urgency=_enum_or(Urgency, app.urgency, Urgency.UNKNOWN),
        announced_on=announced_on,
        announced_from=announced_from,
        reason=reason if kind is SituationKind.REFUSAL else RefusalReason.NONE,
        opening_in_months=(
            app.opening_in_months or 1
            if kind is SituationKind.REFUSAL and reason is RefusalReason.OPENING_LATER
            else None
        ),
        skill=app.refusal_skill if kind is SituationKind.REFUSAL else None,
        comeback_months=app.comeback_months
        if app.comeback_months in POLICY.come_back_months
        else POLICY.default_come_back_months,
        interviews=max(1, len(past_interviews), app.interview_count or 0),
        followups_unanswered=len(unanswered),
        last_followup_at=max((f.sent_at for f in unanswered), default=None),
        company=app.company,
        role=app.role,
        recruiter=app.recruiter_name,
        notes=(app.refusal_proof if kind is SituationKind.REFUSAL else notes) or None,
        tz=user.timezone,
        country=user.country,
        nudge_hour=user.nudge_hour,
        language=user.language,
    )


def plan_for(app: Application, user: User, now: dt.datetime) -> Plan:
    """The policy's plan for this application, now."""
    return plan_follow_up(situation_for(app, user, now))


async def schedule_plan(
    session: AsyncSession, user: User, app: Application, plan: Plan, now: dt.datetime
) -> Nudge | None:
    """Keep the plan's follow-up as a nudge row (replacing the open one of that kind)."""
    if not plan.follow_up or plan.due is None or plan.follow_up_kind is None:
        return None
    kind, due = plan.follow_up_kind, plan.due
    return await _plan_nudge(NudgeRepo(session), user, app, kind, due, plan.last_useful, now)


async def _plan_nudge(
    repo: NudgeRepo,
    user: User,
    app: Application,
    kind: NudgeKind,
    due_at: dt.datetime,
    last_useful_at: dt.datetime | None,
    now: dt.datetime,
) -> Nudge:
    """A nudge of the application's, replacing the open one of that kind."""
    return await repo.plan(
        user_id=user.id,
        application_id=app.id,
        kind=kind,
        due_at=due_at,
        last_useful_at=last_useful_at,
        now=now,
    )


async def schedule_interview(
    session: AsyncSession, user: User, app: Application, interview: Interview, now: dt.datetime
) -> list[Nudge]:
    """An interview with a date gets the I1 reminder the business day before, and the quick
    yes/no an hour after it starts, in a slot."""
    calendar = calendar_of(user)
    repo = NudgeRepo(session)
    nudges: list[Nudge] = []
    reminder = plan_interview_reminder(interview.at, calendar, user.language, now)
    if reminder is not None:
        kind = NudgeKind.INTERVIEW_REMINDER
        nudges.append(await _plan_nudge(repo, user, app, kind, reminder.due, interview.at, now))
    check_in = calendar.first_slot_at_or_after(max(interview.at + CHECK_IN_AFTER, now))
    nudges.append(await _plan_nudge(repo, user, app, NudgeKind.CHECK_IN, check_in, None, now))
    return nudges


async def replan_user(session: AsyncSession, user: User, now: dt.datetime) -> int:
    """After a change of time zone, country or nudge hour: move every pending nudge of the user
    to where the policy now puts it, or (for one the user moved) into the new working hours."""
    calendar = calendar_of(user)
    moved = 0
    for nudge in await NudgeRepo(session).pending_of(user.id):
        due = calendar.first_slot_at_or_after(max(nudge.due_at, now))
        app = (
            await load_application(session, user.id, nudge.application_id)
            if nudge.application_id is not None
            else None
        )
        if app is not None and nudge.kind in FOLLOW_UP_KINDS and nudge.sent_at is None:
            try:
                plan = plan_for(app, user, now)
            except ValueError:
                logger.warning("could not re-plan nudge %s", nudge.id)
            else:
                if plan.follow_up and plan.due is not None and plan.follow_up_kind == nudge.kind:
                    due, nudge.last_useful_at = plan.due, plan.last_useful
        elif app is not None and nudge.kind is NudgeKind.INTERVIEW_REMINDER:
            upcoming = [i for i in app.interviews if i.at > now]
            if upcoming:
                reminder = plan_interview_reminder(upcoming[0].at, calendar, user.language, now)
                if reminder is not None:
                    due = reminder.due
        if due != nudge.due_at:
            nudge.due_at = due
            nudge.updated_at = now
            moved += 1
    return moved


async def resume_user(session: AsyncSession, user: User, now: dt.datetime) -> int:
    """The user who had blocked the bot writes again: their held nudges are due again (the
    reminder engine delivers them at the next slot, or expires them past their last useful
    moment)."""
    user.blocked = False
    paused = await NudgeRepo(session).paused_of(user.id)
    for nudge in paused:
        nudge.state = NudgeState.PENDING
        nudge.updated_at = now
    return len(paused)


def thank_you_draft(app: Application, user: User, now: dt.datetime) -> Draft:
    """The I8 thank-you after a negative answer."""
    facts = DraftFacts(
        language=user.language,
        topic="refusal",
        event_date=now.astimezone(calendar_of(user).tz).date(),
        company=app.company,
        role=app.role,
        recruiter=app.recruiter_name,
    )
    return write_draft(DraftKind.THANK_YOU, facts)
