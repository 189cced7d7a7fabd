"""Invariants of the timing policy over random situations; moments compared in UTC.

The checks below use the ``holidays`` package and plain arithmetic directly, not the calendar
under test.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from typing import Any
from zoneinfo import ZoneInfo

import holidays
from hypothesis import given, settings
from hypothesis import strategies as st

from flows import policy
from flows.policy import POLICY, RefusalReason, Situation, SituationKind, plan_follow_up

UTC = dt.UTC
PLACES = [
    ("Europe/Paris", "FR"),
    ("Europe/Berlin", "DE"),
    ("Europe/London", "GB"),
    ("America/New_York", "US"),
    ("America/Sao_Paulo", "BR"),
    ("Asia/Tokyo", "JP"),
    ("Australia/Sydney", "AU"),
]
NUDGE_HOURS = [dt.time(7, 0), dt.time(8, 30), dt.time(9, 0), dt.time(12, 15), dt.time(17, 0)]
RULE_IDS = {f"I{n}" for n in range(1, 9)} | {"F1", "F2", "F3", "F4", "N1", "N2", "N3", "A1"}
RULE_IDS |= {"T1", "T2", "T3", "T4"}


@functools.cache
def public_holidays(country: str) -> holidays.HolidayBase:
    return holidays.country_holidays(country)


@st.composite
def situations(draw: st.DrawFn, kind: SituationKind | None = None, **fixed: Any) -> Situation:
    """A random situation in 2026-2027, reported between 0 and 60 days after the event."""
    tz, country = draw(st.sampled_from(PLACES))
    zone = ZoneInfo(tz)
    at = draw(
        st.datetimes(
            min_value=dt.datetime(2026, 1, 1),
            max_value=dt.datetime(2027, 12, 31),
            timezones=st.just(zone),
        )
    )
    now = at.astimezone(UTC) + draw(
        st.timedeltas(min_value=dt.timedelta(0), max_value=dt.timedelta(days=60))
    )
    kind = kind or draw(st.sampled_from(list(SituationKind)))
    fields: dict[str, Any] = dict(fixed)
    if kind is SituationKind.INTERVIEW:
        fields.setdefault("size", draw(st.sampled_from(list(policy.CompanySize))))
        fields.setdefault("urgency", draw(st.sampled_from(list(policy.Urgency))))
        if "announced_on" not in fields and draw(st.booleans()):
            local_day = at.astimezone(zone).date()
            fields["announced_on"] = local_day + dt.timedelta(days=draw(st.integers(0, 30)))
    if kind is SituationKind.REFUSAL:
        reason = fields.setdefault("reason", draw(st.sampled_from(list(RefusalReason))))
        if reason is RefusalReason.OPENING_LATER:
            fields["opening_in_months"] = draw(st.integers(1, 12))
        fields["comeback_months"] = draw(st.sampled_from(POLICY.come_back_months))
        fields["interviews"] = draw(st.integers(1, 5))
    unanswered = fields.setdefault("followups_unanswered", draw(st.integers(0, 3)))
    if unanswered and draw(st.booleans()):
        fields["last_followup_at"] = at.astimezone(UTC) + draw(
            st.timedeltas(min_value=dt.timedelta(0), max_value=dt.timedelta(days=30))
        )
    return Situation(
        kind=kind,
        at=at,
        now=now,
        tz=tz,
        country=country,
        nudge_hour=draw(st.sampled_from(NUDGE_HOURS)),
        language=draw(st.sampled_from(["fr", "en"])),
        **fields,
    )


def assert_in_a_slot(moment: dt.datetime, situation: Situation) -> None:
    local = moment.astimezone(ZoneInfo(situation.tz))
    assert local.weekday() < 5, local
    assert local.date() not in public_holidays(situation.country), local
    assert situation.nudge_hour <= local.time() < dt.time(18, 0), local


@settings(deadline=None)
@given(situations())
def test_T2_due_moment_is_always_in_a_slot_and_never_in_the_past(situation: Situation) -> None:
    plan = plan_follow_up(situation)
    if not plan.follow_up:
        assert plan.due is None
        return
    assert plan.due is not None
    assert_in_a_slot(plan.due, situation)
    assert plan.due.astimezone(UTC) >= situation.now.astimezone(UTC)
    if plan.check_in is not None:
        assert_in_a_slot(plan.check_in, situation)
    if plan.last_useful is not None:
        assert plan.due.astimezone(UTC) <= plan.last_useful.astimezone(UTC)


@settings(deadline=None)
@given(situations(SituationKind.INTERVIEW))
def test_I2_never_earlier_than_48h_after_an_interview(situation: Situation) -> None:
    plan = plan_follow_up(situation)
    if not plan.follow_up:
        assert plan.rules == ("N2",)  # after two unanswered follow-ups
        return
    assert plan.due is not None
    assert plan.due.astimezone(UTC) - situation.at.astimezone(UTC) >= dt.timedelta(hours=48)


@settings(deadline=None)
@given(situations(SituationKind.INTERVIEW, announced_on=None, followups_unanswered=0))
def test_I5_never_later_than_10_days_unless_reported_after_the_ceiling(
    situation: Situation,
) -> None:
    plan = plan_follow_up(situation)
    assert plan.due is not None
    after_interview = plan.due.astimezone(UTC) - situation.at.astimezone(UTC)
    reported_after = situation.now.astimezone(UTC) - situation.at.astimezone(UTC)
    if reported_after <= dt.timedelta(hours=48):
        # Reported in time: none of these countries closes for the whole window.
        assert after_interview <= dt.timedelta(days=10)
    if after_interview > dt.timedelta(days=10):
        assert plan.rules[0] == "I5"  # the late note, with I5 in the rules


@settings(deadline=None)
@given(
    st.one_of(
        situations(SituationKind.REFUSAL, reason=RefusalReason.CATEGORICAL),
        situations(SituationKind.REFUSAL, reason=RefusalReason.DISCRIMINATORY),
        situations(followups_unanswered=POLICY.max_follow_ups),
        situations(followups_unanswered=POLICY.max_follow_ups + 1),
    )
)
def test_N1_N2_N3_never_produce_a_follow_up(situation: Situation) -> None:
    plan = plan_follow_up(situation)
    assert not plan.follow_up
    assert plan.due is None and plan.follow_up_kind is None
    assert plan.rules[0] in {"N1", "N2", "N3"}


@settings(deadline=None)
@given(situations())
def test_T4_the_same_input_always_gives_the_same_plan(situation: Situation) -> None:
    first = plan_follow_up(situation)
    assert plan_follow_up(dataclasses.replace(situation)) == first
    assert plan_follow_up(situation) == first
    assert first.rules[0] in RULE_IDS and set(first.rules) <= RULE_IDS
    assert len(set(first.rules)) == len(first.rules)
    assert first.why and "\n" not in first.why
