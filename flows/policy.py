"""The coaching policy: when and how to follow up with a recruiter (``docs/coaching-rules.md``).

``plan_follow_up(situation)`` turns what happened (an application, an interview, a refusal) into
a plan: whether to follow up, the due moment and the last useful one, the channel, the rules
that decided it, a one-line why in the user's language, and the drafts. It is pure: no clock, no
transport, no storage; "now" is part of the situation. Every number comes from ``POLICY``.
Usage::

    plan = plan_follow_up(Situation(kind=SituationKind.INTERVIEW, at=interview, now=now,
                                    size=CompanySize.LARGE, urgency=Urgency.NORMAL))
    plan.due, plan.rules, plan.why   # 2026-12-28 09:00+01:00, ("I3", "I4", "T1", "T2"), ...

How the plan names its rules: the deciding rule first, then each rule that moved or bounded the
date, in the order they acted. T1 is named when a weekend or public holiday was skipped, T2 when
working hours set the moment (the nudge hour of a day, or the next opening after an
out-of-hours moment), T3 when the rule's moment had passed and the plan starts from now, I5 when
the 10-day ceiling bounds or overrides the date, and I8 when the thank-you draft is offered.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from flows.business_calendar import (
    WorkCalendar,
    add_months,
    is_supported_country,
    load_time_zone,
    to_utc,
)
from flows.catalog import LANGUAGES, describe_window, written_date
from flows.domain import NudgeKind
from flows.drafts import (
    Draft,
    DraftChannel,
    DraftFacts,
    DraftKind,
    Topic,
    write_draft,
)
from flows.plan_texts import plan_text


class SituationKind(StrEnum):
    """What just happened."""

    APPLICATION = "application"
    INTERVIEW = "interview"
    REFUSAL = "refusal"


class CompanySize(StrEnum):
    """The size of the hiring company (I3, I4)."""

    LARGE = "large"
    MEDIUM = "medium"
    SMALL = "small"
    STARTUP = "startup"


class Urgency(StrEnum):
    """How urgently the position must be filled (I2, I3); unknown counts as not urgent."""

    URGENT = "urgent"
    NORMAL = "normal"
    UNKNOWN = "unknown"


class RefusalReason(StrEnum):
    """Why the recruiter said no (F1-F4, N1, N3)."""

    NONE = "none"  # F1
    SKILL_MISUNDERSTANDING = "skill_misunderstanding"  # F2
    OPENING_LATER = "opening_later"  # F3a
    OTHER_OPENING = "other_opening"  # F3b
    MISSING_SKILLS = "missing_skills"  # F4
    CATEGORICAL = "categorical"  # N1
    DISCRIMINATORY = "discriminatory"  # N3


class Channel(StrEnum):
    """How to follow up."""

    EMAIL = "email"
    CALL = "call"
    EMAIL_OR_CALL = "email_or_call"
    APPLY = "apply"
    NONE = "none"


@dataclass(frozen=True)
class Policy:
    """Every number of docs/coaching-rules.md, in one place."""

    # I2 (and the floor of I1 and I3): elapsed time after the interview, compared in UTC.
    urgent_wait: dt.timedelta = dt.timedelta(hours=48)
    # I3, I4: business days to wait when not urgent, by company size.
    reactive_company_business_days: int = 3  # start-up, small company
    structured_company_business_days: int = 4  # mid-size company, large group
    # I5: after this, a follow-up is late (when no answer date was announced).
    interview_ceiling: dt.timedelta = dt.timedelta(days=10)
    # N2: business days between two follow-ups, and the most follow-ups without an answer.
    follow_up_gap_business_days: int = 5
    max_follow_ups: int = 2
    # F1: the feedback request is due on the 1st business day, useful until the 3rd one's end.
    feedback_due_business_days: int = 1
    feedback_last_useful_business_days: int = 3
    # F3a: write this long before the opening, not sooner than this from now, and write at once
    # when that would land later than this many business days before the opening.
    opening_lead: dt.timedelta = dt.timedelta(weeks=3)
    opening_min_wait: dt.timedelta = dt.timedelta(weeks=1)
    opening_latest_business_days_before: int = 2
    # F4: the come-back, in months after the refusal, and the progress check-in.
    come_back_months: tuple[int, ...] = (6, 12)
    default_come_back_months: int = 6
    check_in_months: int = 3
    # A1: business days after an application with no answer.
    application_business_days: int = 10
    # T2: working hours; the nudge hour is the user's, within these bounds.
    default_nudge_hour: dt.time = dt.time(9, 0)
    earliest_nudge_hour: dt.time = dt.time(7, 0)
    latest_nudge_hour: dt.time = dt.time(17, 0)
    workday_end: dt.time = dt.time(18, 0)

    def not_urgent_business_days(self, size: CompanySize) -> int:
        """I3/I4: three business days for a reactive company, four for a structured one."""
        if size in (CompanySize.STARTUP, CompanySize.SMALL):
            return self.reactive_company_business_days
        return self.structured_company_business_days


POLICY = Policy()


def _require_aware(name: str, moment: dt.datetime | None) -> None:
    if moment is not None and (moment.tzinfo is None or moment.utcoffset() is None):
        raise ValueError(f"{name} must be timezone-aware")


@dataclass(frozen=True, kw_only=True)
class Situation:
    """What the user reports, with their settings and the current moment.

    ``at`` is when the application was sent, the interview took place or the refusal came.
    ``announced_on`` is the answer date the recruiter announced (interview only, I1); when
    they announced a window ("la semaine prochaine"), it is the window's last day and
    ``announced_from`` its first.
    ``notes`` are the interview notes (I6); after a skill misunderstanding, the proof (F2).
    ``followups_unanswered`` and ``last_followup_at`` describe follow-ups already sent (N2).
    """

    kind: SituationKind
    at: dt.datetime
    now: dt.datetime
    size: CompanySize = CompanySize.MEDIUM
    urgency: Urgency = Urgency.UNKNOWN
    announced_on: dt.date | None = None
    announced_from: dt.date | None = None
    reason: RefusalReason = RefusalReason.NONE
    opening_in_months: int | None = None
    skill: str | None = None
    comeback_months: int = POLICY.default_come_back_months
    interviews: int = 1
    followups_unanswered: int = 0
    last_followup_at: dt.datetime | None = None
    company: str | None = None
    role: str | None = None
    recruiter: str | None = None
    notes: str | None = None
    tz: str = "Europe/Paris"
    country: str = "FR"
    nudge_hour: dt.time = POLICY.default_nudge_hour
    language: str = "fr"

    def __post_init__(self) -> None:
        _require_aware("at", self.at)
        _require_aware("now", self.now)
        _require_aware("last_followup_at", self.last_followup_at)
        zone = load_time_zone(self.tz)
        object.__setattr__(self, "country", self.country.upper())
        if not is_supported_country(self.country):
            raise ValueError(f"unknown country: {self.country!r}")
        if self.language not in LANGUAGES:
            raise ValueError(f"unsupported language: {self.language!r}")
        if not POLICY.earliest_nudge_hour <= self.nudge_hour <= POLICY.latest_nudge_hour:
            raise ValueError(
                f"the nudge hour must be between {POLICY.earliest_nudge_hour:%H:%M} "
                f"and {POLICY.latest_nudge_hour:%H:%M}"
            )
        if self.interviews < 1:
            raise ValueError("interviews must be at least 1")
        if self.followups_unanswered < 0:
            raise ValueError("followups_unanswered cannot be negative")
        if self.last_followup_at is not None:
            if self.followups_unanswered == 0:
                raise ValueError("a last follow-up date needs at least one unanswered follow-up")
            if to_utc(self.last_followup_at) < to_utc(self.at):
                raise ValueError(f"the last follow-up comes before the {self.kind.value}")
        if self.announced_on is not None:
            if self.kind is not SituationKind.INTERVIEW:
                raise ValueError("an announced answer date only goes with an interview")
            if self.announced_on < to_utc(self.at).astimezone(zone).date():
                raise ValueError("the announced answer date is before the interview")
        if self.announced_from is not None and (
            self.announced_on is None or self.announced_from > self.announced_on
        ):
            raise ValueError("an announced window needs its last day, after its first")
        needs_months = (
            self.kind is SituationKind.REFUSAL and self.reason is RefusalReason.OPENING_LATER
        )
        if needs_months and (self.opening_in_months is None or self.opening_in_months < 1):
            raise ValueError("an opening later needs opening_in_months (1 or more)")
        if not needs_months and self.opening_in_months is not None:
            raise ValueError("opening_in_months only goes with a refusal for an opening later")
        if self.comeback_months not in POLICY.come_back_months:
            months = " or ".join(str(m) for m in POLICY.come_back_months)
            raise ValueError(f"comeback_months must be {months}")

    def calendar(self) -> WorkCalendar:
        """The user's business days and working hours."""
        return WorkCalendar.for_user(self.tz, self.country, self.nudge_hour, POLICY.workday_end)


@dataclass(frozen=True)
class Plan:
    """The advice for one situation. Moments are aware, in the user's time zone."""

    follow_up: bool
    due: dt.datetime | None
    last_useful: dt.datetime | None
    channel: Channel
    rules: tuple[str, ...]
    why: str
    draft: Draft | None = None
    alternatives: tuple[Draft, ...] = ()
    follow_up_kind: NudgeKind | None = None  # the nudge it becomes
    check_in: dt.datetime | None = None  # F4: the 3-month progress check-in

    def as_dict(self) -> dict[str, Any]:
        """The plan as JSON-ready data (the shape ``python -m flows.plan --json`` prints)."""

        def moment(value: dt.datetime | None) -> str | None:
            return None if value is None else value.isoformat(timespec="seconds")

        return {
            "follow_up": self.follow_up,
            "due": moment(self.due),
            "last_useful": moment(self.last_useful),
            "channel": self.channel.value,
            "rules": list(self.rules),
            "why": self.why,
            "draft": None if self.draft is None else self.draft.to_dict(),
            "alternatives": [draft.to_dict() for draft in self.alternatives],
        }


@dataclass(frozen=True)
class Reminder:
    """A nudge before a scheduled interview (I1: ask when they expect to answer)."""

    due: dt.datetime
    rules: tuple[str, ...]
    text: str


# Timing: each helper computes a moment and notes the rules that moved it.


@dataclass
class _Trail:
    """Computes moments on a calendar and records which rules (T1, T2...) moved them."""

    calendar: WorkCalendar
    rules: list[str] = field(default_factory=list)

    def note(self, *rule_ids: str) -> None:
        for rule_id in rule_ids:
            if rule_id not in self.rules:
                self.rules.append(rule_id)

    def business_days_after(self, day: dt.date, n: int) -> dt.date:
        result = self.calendar.business_days_after(day, n)
        if (result - day).days > n:
            self.note("T1")  # T1: a weekend or a public holiday does not count
        return result

    def business_days_before(self, day: dt.date, n: int) -> dt.date:
        result = self.calendar.business_days_before(day, n)
        if (day - result).days > n:
            self.note("T1")
        return result

    def opening(self, day: dt.date) -> dt.datetime:
        self.note("T2")  # T2: the nudge comes at the start of working hours
        return self.calendar.opening(day)

    def first_slot_on_or_after_day(self, day: dt.date) -> dt.datetime:
        business_day = self.calendar.first_business_day_on_or_after(day)
        if business_day != day:
            self.note("T1")
        return self.opening(business_day)

    def first_slot(self, moment: dt.datetime) -> dt.datetime:
        slot = self.calendar.first_slot_at_or_after(moment)
        if to_utc(slot) != to_utc(moment):
            start, end = self.calendar.local_date(moment), slot.date()
            if self.calendar.skips_non_business_day(start, end):
                self.note("T1")
            self.note("T2")  # T2: outside working hours, the nudge waits for the next slot
        return slot


_Candidate = tuple[dt.datetime, _Trail]


def _later(first: _Candidate, second: _Candidate) -> _Candidate:
    """The later of two candidate moments, with the trail that produced it."""
    return second if to_utc(second[0]) > to_utc(first[0]) else first


@dataclass(frozen=True)
class _Settled:
    """A due moment once "now" is taken into account."""

    due: dt.datetime
    rules: tuple[str, ...]
    moved: bool  # T3: the rule's moment had passed
    late: bool  # ... and so had the last useful moment


def _settle(
    trail: _Trail, due: dt.datetime, last_useful: dt.datetime | None, now: dt.datetime
) -> _Settled:
    """Keeps ``due`` unless it has passed; then the first slot from now (T3), maybe too late."""
    if to_utc(due) >= to_utc(now):
        return _Settled(due, tuple(trail.rules), moved=False, late=False)
    # T3: reported late or missed while the bot was down: the next slot, if still useful.
    fresh = _Trail(trail.calendar, ["T3"])
    slot = fresh.first_slot(now)
    late = last_useful is not None and to_utc(slot) > to_utc(last_useful)
    return _Settled(slot, tuple(fresh.rules), moved=True, late=late)


# The plans, one function per rule family.


@dataclass(frozen=True)
class _Context:
    """What every rule function needs besides the situation."""

    situation: Situation
    calendar: WorkCalendar
    facts: DraftFacts

    def why(self, key: str, **values: object) -> str:
        return plan_text(self.situation.language, key, **values)

    def draft(self, kind: DraftKind, channel: DraftChannel = DraftChannel.EMAIL) -> Draft:
        return write_draft(kind, self.facts, channel)

    def long_date(self, day: dt.date) -> str:
        return written_date(day, "long", self.situation.language)

    @property
    def event_day(self) -> dt.date:
        """The local date of the application, interview or refusal."""
        return self.facts.event_date


def _no_follow_up(rules: tuple[str, ...], why: str, draft: Draft | None = None) -> Plan:
    """A plan without a follow-up, maybe with a draft to send now (the I8 thank-you)."""
    return Plan(
        follow_up=False,
        due=None,
        last_useful=None,
        channel=Channel.NONE,
        rules=rules,
        why=why,
        draft=draft,
    )


def _late_note(context: _Context, due: dt.datetime, rules: tuple[str, ...], why_key: str) -> Plan:
    """I5: past the 10-day ceiling, a short "late" note; Relance never stays silent."""
    return Plan(
        follow_up=True,
        due=due,
        last_useful=None,
        channel=Channel.EMAIL,
        rules=("I5", *rules),
        why=context.why(why_key, days=POLICY.interview_ceiling.days),
        draft=context.draft(DraftKind.LATE_NOTE),
        follow_up_kind=NudgeKind.AFTER_INTERVIEW,
    )


@dataclass(frozen=True)
class _Timing:
    """A rule's moment before "now" is considered: the rule, the moment, what moved it, why."""

    rule: str
    due: dt.datetime
    trail: _Trail
    why: str


def _after_announced_date(context: _Context, announced_on: dt.date, floor: dt.datetime) -> _Timing:
    """I1: the first slot on the first business day after the announced date (the last day of
    an announced window); no ceiling."""
    announced = _Trail(context.calendar)
    on_date = announced.opening(announced.business_days_after(announced_on, 1))
    floor_trail = _Trail(context.calendar, ["I2"])  # the 48 h floor still applies
    due, trail = _later((on_date, announced), (floor_trail.first_slot(floor), floor_trail))
    key = "why.I1.floor" if trail is floor_trail else "why.I1"
    hours = int(POLICY.urgent_wait.total_seconds() // 3600)
    start = context.situation.announced_from
    if start is not None and start < announced_on:
        today = context.calendar.local_date(context.situation.now)
        window = describe_window(context.situation.language, start, announced_on, today)
        why = context.why(
            key + ".window", window=window, date=context.long_date(announced_on), hours=hours
        )
        return _Timing("I1", due, trail, why)
    return _Timing(
        "I1", due, trail, context.why(key, date=context.long_date(announced_on), hours=hours)
    )


def _urgent(context: _Context, floor: dt.datetime) -> _Timing:
    """I2: urgent, whatever the size: the first slot at or after interview + 48 h."""
    trail = _Trail(context.calendar)
    due = trail.first_slot(floor)
    hours = int(POLICY.urgent_wait.total_seconds() // 3600)
    size = context.why(f"size.{context.situation.size.value}")
    return _Timing("I2", due, trail, context.why("why.I2", size=size, hours=hours))


def _not_urgent(context: _Context, floor: dt.datetime) -> _Timing:
    """I3: 3 or 4 business days, at the nudge hour, never before interview + 48 h.

    I4: the company size picks 3 (start-up, small company) or 4 (mid-size, large group).
    """
    situation = context.situation
    days = POLICY.not_urgent_business_days(situation.size)
    counted = _Trail(context.calendar, ["I4"])
    on_day = counted.opening(counted.business_days_after(context.event_day, days))
    floor_trail = _Trail(context.calendar, ["I4"])
    due, trail = _later((on_day, counted), (floor_trail.first_slot(floor), floor_trail))
    size = context.why(f"size.{situation.size.value}")
    urgency = context.why(f"urgency.{situation.urgency.value}")
    return _Timing("I3", due, trail, context.why("why.I3", size=size, urgency=urgency, days=days))


def _plan_interview(context: _Context) -> Plan:
    """I1-I5: the follow-up after an interview with no news yet."""
    situation, calendar = context.situation, context.calendar
    floor = calendar.local(
        to_utc(situation.at) + POLICY.urgent_wait
    )  # I2/I3: never before interview + 48 h
    ceiling: dt.datetime | None = None
    if situation.announced_on is not None:
        timing = _after_announced_date(context, situation.announced_on, floor)
    else:
        ceiling = calendar.local(to_utc(situation.at) + POLICY.interview_ceiling)  # I5
        timing = (
            _urgent(context, floor)
            if situation.urgency is Urgency.URGENT
            else _not_urgent(context, floor)
        )
    due, trail, why = timing.due, timing.trail, timing.why
    if ceiling is not None and to_utc(due) > to_utc(ceiling):
        # I5: the ceiling bounds the date; this only happens when holidays pile up.
        bounded = calendar.last_opening_at_or_before(ceiling)
        if to_utc(bounded) < to_utc(calendar.first_slot_at_or_after(floor)):
            # I5: no slot at all between the 48 h floor and the ceiling: a late note when
            # offices reopen (or from now, when that is later: T3).
            reopening = _Trail(calendar)
            start = floor
            if to_utc(situation.now) > to_utc(floor):
                reopening.note("T3")
                start = situation.now
            due = reopening.first_slot(start)
            return _late_note(context, due, tuple(reopening.rules), "why.I5.closed")
        due = bounded
        trail.note("I5")
        why += context.why("why.I5.bound", days=POLICY.interview_ceiling.days)
    settled = _settle(trail, due, ceiling, situation.now)
    if settled.late:
        # I5 + T3: past the ceiling: a short "late" note at the first slot from now.
        return _late_note(context, settled.due, settled.rules, "why.I5.late")
    if settled.moved:
        why += context.why("why.T3")
    return Plan(
        follow_up=True,
        due=settled.due,
        last_useful=ceiling,
        channel=Channel.EMAIL,
        rules=(timing.rule, *settled.rules),
        why=why,
        draft=context.draft(DraftKind.AFTER_INTERVIEW),  # I6: weaves in the interview notes
        follow_up_kind=NudgeKind.AFTER_INTERVIEW,
    )


def _plan_application(context: _Context) -> Plan:
    """A1: one short follow-up 10 business days after the application, at the nudge hour."""
    days = POLICY.application_business_days
    return _plan_days_after(
        context,
        "A1",
        context.event_day,
        days,
        context.why("why.A1", days=days),
        DraftKind.APPLIED,
        NudgeKind.APPLIED,
    )


def _plan_second_follow_up(context: _Context) -> Plan:
    """N2: one follow-up unanswered: the second and last one, 5 business days after it."""
    situation = context.situation
    # Without the date of the last follow-up, count from now: never too early.
    reference = (
        situation.last_followup_at if situation.last_followup_at is not None else situation.now
    )
    days = POLICY.follow_up_gap_business_days
    return _plan_days_after(
        context,
        "N2",
        context.calendar.local_date(reference),
        days,
        context.why("why.N2.next", days=days),
        DraftKind.SECOND_FOLLOW_UP,
        NudgeKind.SECOND_FOLLOW_UP,
    )


def _plan_days_after(
    context: _Context,
    rule: str,
    day: dt.date,
    days: int,
    why: str,
    draft: DraftKind,
    kind: NudgeKind,
) -> Plan:
    """A1 and N2: an email `days` business days after `day`, at the nudge hour, with no ceiling
    (T3: from now, if that moment has passed)."""
    trail = _Trail(context.calendar)
    due = trail.opening(trail.business_days_after(day, days))
    settled = _settle(trail, due, None, context.situation.now)
    return Plan(
        follow_up=True,
        due=settled.due,
        last_useful=None,
        channel=Channel.EMAIL,
        rules=(rule, *settled.rules),
        why=why + (context.why("why.T3") if settled.moved else ""),
        draft=context.draft(draft),
        follow_up_kind=kind,
    )


def _plan_feedback_request(context: _Context) -> Plan:
    """F1: no reason given: ask why on the next business day, until the 3rd one's end."""
    calendar, situation = context.calendar, context.situation
    trail = _Trail(calendar)
    due = trail.opening(
        trail.business_days_after(context.event_day, POLICY.feedback_due_business_days)
    )
    last_day = calendar.business_days_after(
        context.event_day, POLICY.feedback_last_useful_business_days
    )
    last_useful = calendar.closing(last_day)
    settled = _settle(trail, due, last_useful, situation.now)
    days = POLICY.feedback_last_useful_business_days
    thank_you = context.draft(DraftKind.THANK_YOU)  # I8
    if settled.late:
        # F1 + T3: the window has passed: no request now; the thank-you still leaves a good image.
        return _no_follow_up(("F1", "T3", "I8"), context.why("why.F1.late", days=days), thank_you)
    why = context.why("why.F1", days=days) + (context.why("why.T3") if settled.moved else "")
    return Plan(
        follow_up=True,
        due=settled.due,
        last_useful=last_useful,
        channel=Channel.EMAIL_OR_CALL,
        rules=("F1", *settled.rules, "I8"),
        why=why,
        draft=context.draft(DraftKind.FEEDBACK_REQUEST),
        alternatives=(context.draft(DraftKind.FEEDBACK_REQUEST, DraftChannel.CALL), thank_you),
        follow_up_kind=NudgeKind.FEEDBACK_REQUEST,
    )


def _plan_skill_clarification(context: _Context) -> Plan:
    """F2: a skill the user has was judged missing: say so at once, with proof; no thank-you."""
    return _plan_at_first_slot(
        context,
        ("F2",),
        (),
        context.why("why.F2"),
        Channel.EMAIL_OR_CALL,
        DraftKind.SKILL_CLARIFICATION,
        context.draft(DraftKind.SKILL_CLARIFICATION, DraftChannel.CALL),
        NudgeKind.SKILL_CLARIFICATION,
    )


def _plan_at_first_slot(
    context: _Context,
    rules: tuple[str, ...],
    then: tuple[str, ...],
    why: str,
    channel: Channel,
    draft: DraftKind,
    alternative: Draft,
    kind: NudgeKind,
) -> Plan:
    """F2 and F3b: act at the first slot from now (the rules, the calendar's, then `then`)."""
    trail = _Trail(context.calendar)
    return Plan(
        follow_up=True,
        due=trail.first_slot(context.situation.now),
        last_useful=None,
        channel=channel,
        rules=(*rules, *trail.rules, *then),
        why=why,
        draft=context.draft(draft),
        alternatives=(alternative,),
        follow_up_kind=kind,
    )


def _plan_opening_later(context: _Context) -> Plan:
    """F3a: an equivalent position opens in N months: write before it and propose a meeting."""
    calendar, situation = context.calendar, context.situation
    opening = context.facts.opening_date  # refusal date + N months, month-end clamped
    assert opening is not None  # Situation requires opening_in_months here
    lead = _Trail(calendar)
    before_opening = lead.first_slot_on_or_after_day(opening - POLICY.opening_lead)
    wait = _Trail(calendar)  # but not before now + 1 week
    not_before = wait.first_slot(calendar.local(to_utc(situation.now) + POLICY.opening_min_wait))
    due, trail = _later((before_opening, lead), (not_before, wait))
    latest = calendar.business_days_before(opening, POLICY.opening_latest_business_days_before)
    key = "why.F3a"
    if due.date() > latest:
        # F3a: too close to the opening for that: write at the first slot from now.
        trail = _Trail(calendar)
        due = trail.first_slot(situation.now)
        key = "why.F3a.soon"
    weeks = POLICY.opening_lead.days // 7
    return Plan(
        follow_up=True,
        due=due,
        last_useful=None,
        channel=Channel.EMAIL,
        rules=("F3", *trail.rules, "I8"),
        why=context.why(key, date=context.long_date(opening), weeks=weeks),
        draft=context.draft(DraftKind.OPENING),
        alternatives=(context.draft(DraftKind.THANK_YOU),),  # I8
        follow_up_kind=NudgeKind.OPENING,
    )


def _plan_other_opening(context: _Context) -> Plan:
    """F3b: other positions are open now: apply at the first slot, naming the earlier contact."""
    return _plan_at_first_slot(
        context,
        ("F3",),
        ("I8",),
        context.why("why.F3b"),
        Channel.APPLY,
        DraftKind.OTHER_OPENING,
        context.draft(DraftKind.THANK_YOU),  # I8
        NudgeKind.OTHER_OPENING,
    )


def _plan_come_back(context: _Context) -> Plan:
    """F4: missing skills: come back 6 (or 12) months later, with a check-in at 3 months."""
    calendar, situation = context.calendar, context.situation
    refused = calendar.local(situation.at)

    def months_later(months: int) -> dt.datetime:
        return calendar.at(add_months(refused.date(), months), refused.time())

    trail = _Trail(calendar)
    come_back = trail.first_slot(months_later(situation.comeback_months))
    settled = _settle(trail, come_back, None, situation.now)
    # F4: the progress check-in at 3 months, unless reported after it.
    check_moment = calendar.first_slot_at_or_after(months_later(POLICY.check_in_months))
    check_in = check_moment if to_utc(check_moment) >= to_utc(situation.now) else None
    why = context.why("why.F4", months=situation.comeback_months)
    if check_in is not None:
        why += context.why("why.F4.check_in", months=POLICY.check_in_months)
    if settled.moved:
        why += context.why("why.T3")
    return Plan(
        follow_up=True,
        due=settled.due,
        last_useful=None,
        channel=Channel.EMAIL,
        rules=("F4", *settled.rules, "I8"),
        why=why,
        draft=context.draft(DraftKind.COME_BACK),
        alternatives=(context.draft(DraftKind.THANK_YOU),),  # I8
        follow_up_kind=NudgeKind.COME_BACK,
        check_in=check_in,
    )


def _plan_refusal_without_follow_up(context: _Context) -> Plan | None:
    """N3 and N1: refusals that never get a follow-up; None for the others."""
    situation = context.situation
    if situation.reason is RefusalReason.DISCRIMINATORY:
        # N3: no follow-up and no thank-you; point to the body in charge of discrimination.
        key = "why.N3.FR" if situation.country == "FR" else "why.N3.other"
        return _no_follow_up(("N3",), context.why(key))
    if situation.reason is RefusalReason.CATEGORICAL:
        # N1: no follow-up, whatever the number of interviews; offer the I8 thank-you.
        several = situation.interviews > 1
        why = (
            context.why("why.N1.several", count=situation.interviews)
            if several
            else context.why("why.N1")
        )
        return _no_follow_up(("N1", "I8"), why, context.draft(DraftKind.THANK_YOU))
    return None


_REFUSAL_PLANS: dict[RefusalReason, Callable[[_Context], Plan]] = {
    RefusalReason.NONE: _plan_feedback_request,
    RefusalReason.SKILL_MISUNDERSTANDING: _plan_skill_clarification,
    RefusalReason.OPENING_LATER: _plan_opening_later,
    RefusalReason.OTHER_OPENING: _plan_other_opening,
    RefusalReason.MISSING_SKILLS: _plan_come_back,
}


_TOPICS: dict[SituationKind, Topic] = {
    SituationKind.APPLICATION: "application",
    SituationKind.INTERVIEW: "interview",
    SituationKind.REFUSAL: "refusal",
}


def _context(situation: Situation) -> _Context:
    calendar = situation.calendar()
    event_date = calendar.local_date(situation.at)
    opening_date = None
    if situation.opening_in_months is not None:
        # F3a: the opening = refusal date + N calendar months, month-end clamped.
        opening_date = add_months(event_date, situation.opening_in_months)
    facts = DraftFacts(
        language=situation.language,
        topic=_TOPICS[situation.kind],
        event_date=event_date,
        company=situation.company,
        role=situation.role,
        recruiter=situation.recruiter,
        notes=situation.notes,
        skill=situation.skill,
        opening_date=opening_date,
    )
    return _Context(situation, calendar, facts)


def plan_follow_up(situation: Situation) -> Plan:
    """Decides whether, when and how to follow up; the same situation always gives the same plan."""
    context = _context(situation)
    if situation.kind is SituationKind.REFUSAL:
        never = _plan_refusal_without_follow_up(context)
        if never is not None:
            return never
    if situation.followups_unanswered >= POLICY.max_follow_ups:
        # N2: after the 2nd follow-up without an answer, move on; nothing more is planned.
        why = context.why("why.N2.stop", count=situation.followups_unanswered)
        return _no_follow_up(("N2",), why)
    if situation.followups_unanswered >= 1:
        return _plan_second_follow_up(context)
    if situation.kind is SituationKind.APPLICATION:
        return _plan_application(context)
    if situation.kind is SituationKind.INTERVIEW:
        return _plan_interview(context)
    return _REFUSAL_PLANS[situation.reason](context)


def plan_interview_reminder(
    interview_at: dt.datetime, calendar: WorkCalendar, language: str, now: dt.datetime
) -> Reminder | None:
    """I1: before a scheduled interview, remind the user to ask when they will get an answer.

    Due at the opening of the last business day before the interview (or the first slot from now,
    when that has passed); None when no slot is left before the interview.
    """
    trail = _Trail(calendar)
    day_before = trail.business_days_before(calendar.local_date(interview_at), 1)
    due = trail.opening(day_before)
    settled = _settle(trail, due, interview_at, now)
    if settled.late:
        return None
    return Reminder(settled.due, ("I1", *settled.rules), plan_text(language, "reminder.I1"))
