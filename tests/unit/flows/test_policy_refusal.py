"""After a refusal: rules F1-F4, N1, N3 and the I8 thank-you. Dates worked out by hand (France)."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from flows.domain import NudgeKind
from flows.drafts import DraftChannel, DraftKind
from flows.policy import Channel, Plan, RefusalReason, Situation, SituationKind, plan_follow_up

PARIS = ZoneInfo("Europe/Paris")


def paris(year: int, month: int, day: int, hour: int = 10, minute: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=PARIS)


def after_refusal(
    at: dt.datetime, reason: RefusalReason, now: dt.datetime | None = None, **fields: Any
) -> Plan:
    now = now if now is not None else at + dt.timedelta(minutes=15)
    situation = Situation(kind=SituationKind.REFUSAL, at=at, now=now, reason=reason, **fields)
    return plan_follow_up(situation)


def drafts(plan: Plan) -> list[tuple[DraftKind, DraftChannel]]:
    every = ([plan.draft] if plan.draft else []) + list(plan.alternatives)
    return [(draft.kind, draft.channel) for draft in every]


# F1


def test_F1_refusal_on_a_friday_evening_asks_for_feedback_on_monday() -> None:
    # Fri 20 Nov 2026 19:30: next business day Mon 23 Nov; last useful Wed 25 Nov 18:00.
    plan = after_refusal(paris(2026, 11, 20, 19, 30), RefusalReason.NONE)
    assert plan.follow_up
    assert plan.due == paris(2026, 11, 23, 9)
    assert plan.last_useful == paris(2026, 11, 25, 18)
    assert plan.channel is Channel.EMAIL_OR_CALL
    assert plan.rules == ("F1", "T1", "T2", "I8")
    assert plan.follow_up_kind is NudgeKind.FEEDBACK_REQUEST
    assert drafts(plan) == [
        (DraftKind.FEEDBACK_REQUEST, DraftChannel.EMAIL),
        (DraftKind.FEEDBACK_REQUEST, DraftChannel.CALL),
        (DraftKind.THANK_YOU, DraftChannel.EMAIL),
    ]
    assert plan.alternatives[0].subject is None  # a call script has no subject


def test_F1_window_runs_to_the_end_of_the_third_business_day() -> None:
    # Mon 23 Nov: due Tue 24 09:00, last useful Thu 26 Nov 18:00.
    plan = after_refusal(paris(2026, 11, 23), RefusalReason.NONE)
    assert plan.due == paris(2026, 11, 24, 9)
    assert plan.last_useful == paris(2026, 11, 26, 18)
    assert plan.rules == ("F1", "T2", "I8")


def test_F1_reported_inside_the_window_is_due_now() -> None:
    plan = after_refusal(paris(2026, 11, 23), RefusalReason.NONE, paris(2026, 11, 25, 11))
    assert plan.due == paris(2026, 11, 25, 11)
    assert plan.rules == ("F1", "T3", "I8")


def test_F1_window_passed_offers_only_the_thank_you() -> None:
    plan = after_refusal(paris(2026, 11, 23), RefusalReason.NONE, paris(2026, 11, 30))
    assert not plan.follow_up
    assert plan.due is None and plan.channel is Channel.NONE
    assert plan.rules == ("F1", "T3", "I8")
    assert plan.draft is not None and plan.draft.kind is DraftKind.THANK_YOU
    assert "trop tard" in plan.why


# F2


def test_F2_skill_clarification_is_due_at_once_without_thank_you() -> None:
    plan = after_refusal(
        paris(2026, 11, 23),
        RefusalReason.SKILL_MISUNDERSTANDING,
        paris(2026, 11, 23, 14),
        skill="SQL",
    )
    assert plan.due == paris(2026, 11, 23, 14)
    assert plan.rules == ("F2",)
    assert plan.channel is Channel.EMAIL_OR_CALL
    assert plan.follow_up_kind is NudgeKind.SKILL_CLARIFICATION
    assert drafts(plan) == [
        (DraftKind.SKILL_CLARIFICATION, DraftChannel.EMAIL),
        (DraftKind.SKILL_CLARIFICATION, DraftChannel.CALL),
    ]
    for draft in (plan.draft, *plan.alternatives):
        assert draft is not None
        assert "SQL" in draft.body
        assert "nouvel entretien" not in draft.body


def test_F2_refusal_on_a_friday_evening_waits_for_monday_morning() -> None:
    plan = after_refusal(paris(2026, 11, 20, 19, 30), RefusalReason.SKILL_MISUNDERSTANDING)
    assert plan.due == paris(2026, 11, 23, 9)
    assert plan.rules == ("F2", "T1", "T2")


# F3


def test_F3_opening_later_writes_three_weeks_before_and_proposes_a_meeting() -> None:
    # Mon 23 Nov 2026 + 3 months = Tue 23 Feb 2027; 3 weeks before: Tue 2 Feb 2027 09:00.
    plan = after_refusal(paris(2026, 11, 23), RefusalReason.OPENING_LATER, opening_in_months=3)
    assert plan.due == paris(2027, 2, 2, 9)
    assert plan.rules == ("F3", "T2", "I8")
    assert plan.channel is Channel.EMAIL
    assert plan.follow_up_kind is NudgeKind.OPENING
    assert drafts(plan) == [
        (DraftKind.OPENING, DraftChannel.EMAIL),
        (DraftKind.THANK_YOU, DraftChannel.EMAIL),
    ]
    assert "23 février 2027" in plan.why


@pytest.mark.parametrize(
    ("refused", "now", "language", "due", "rules", "why"),
    [
        # Sun 31 Jan 2027 + 1 month = Sun 28 Feb 2027. 3 weeks before: Sun 7 Feb, so Mon 8 Feb
        # 09:00 (also the first slot after now + 1 week); 2 business days before the opening:
        # Thu 25 Feb.
        pytest.param(
            paris(2027, 1, 31),
            paris(2027, 1, 31, 11),
            "fr",
            paris(2027, 2, 8, 9),
            ("F3", "T1", "T2", "I8"),
            "28 février 2027",
            id="31_january_plus_one_month_is_28_february",
        ),
        # Refused Mon 23 Nov, opening Wed 23 Dec; 3 weeks before is Wed 2 Dec, but reported
        # Mon 30 Nov 11:00: not before Mon 7 Dec 11:00 (still before Mon 21 Dec).
        pytest.param(
            paris(2026, 11, 23),
            paris(2026, 11, 30, 11),
            "fr",
            paris(2026, 12, 7, 11),
            ("F3", "I8"),
            "",
            id="not_before_one_week_from_now",
        ),
        # Refused Mon 2 Nov, opening Wed 2 Dec. Reported Wed 25 Nov 10:00: now + 1 week is Wed
        # 2 Dec, later than Mon 30 Nov (2 business days before the opening), so: the first slot
        # from now.
        pytest.param(
            paris(2026, 11, 2),
            paris(2026, 11, 25),
            "en",
            paris(2026, 11, 25),
            ("F3", "I8"),
            "soon",
            id="reported_late_is_due_now",
        ),
    ],
)
def test_F3_an_opening_in_one_month(
    refused: dt.datetime,
    now: dt.datetime,
    language: str,
    due: dt.datetime,
    rules: tuple[str, ...],
    why: str,
) -> None:
    reason = RefusalReason.OPENING_LATER
    plan = after_refusal(refused, reason, now, opening_in_months=1, language=language)
    assert plan.due == due
    assert plan.rules == rules
    assert why in plan.why


def test_F3_other_opening_now_applies_at_once_naming_the_contact() -> None:
    plan = after_refusal(
        paris(2026, 11, 23),
        RefusalReason.OTHER_OPENING,
        paris(2026, 11, 23, 10, 30),
        recruiter="Mme Martin",
        company="Acme",
    )
    assert plan.due == paris(2026, 11, 23, 10, 30)
    assert plan.channel is Channel.APPLY
    assert plan.rules == ("F3", "I8")
    assert plan.follow_up_kind is NudgeKind.OTHER_OPENING
    assert plan.draft is not None and plan.draft.kind is DraftKind.OTHER_OPENING
    assert "Mme Martin" in plan.draft.body


# F4


def test_F4_missing_skills_come_back_after_six_months_with_a_check_in() -> None:
    # Mon 23 Nov 2026 10:00 + 6 months = Sun 23 May 2027: Mon 24 May 09:00 CEST.
    # Check-in at 3 months: Tue 23 Feb 2027 10:00, inside working hours.
    plan = after_refusal(paris(2026, 11, 23), RefusalReason.MISSING_SKILLS, skill="l'anglais")
    assert plan.due == paris(2027, 5, 24, 9)
    assert plan.check_in == paris(2027, 2, 23, 10)
    assert plan.rules == ("F4", "T1", "T2", "I8")
    assert plan.follow_up_kind is NudgeKind.COME_BACK
    assert plan.draft is not None and plan.draft.kind is DraftKind.COME_BACK
    assert "l'anglais" in plan.draft.body
    assert "CV" in plan.draft.body


def test_F4_twelve_months_when_the_user_chooses() -> None:
    # Mon 23 Nov 2026 + 12 months = Tue 23 Nov 2027 10:00, a business day in working hours.
    plan = after_refusal(paris(2026, 11, 23), RefusalReason.MISSING_SKILLS, comeback_months=12)
    assert plan.due == paris(2027, 11, 23, 10)
    assert plan.rules == ("F4", "I8")
    assert "12" in plan.why


def test_F4_only_six_or_twelve_months() -> None:
    with pytest.raises(ValueError, match="comeback_months"):
        after_refusal(paris(2026, 11, 23), RefusalReason.MISSING_SKILLS, comeback_months=9)


def test_F4_check_in_already_passed_is_dropped() -> None:
    plan = after_refusal(paris(2026, 11, 23), RefusalReason.MISSING_SKILLS, paris(2027, 3, 1))
    assert plan.check_in is None
    assert plan.due == paris(2027, 5, 24, 9)


# N1


def test_N1_categorical_refusal_never_follows_up_and_offers_thanks() -> None:
    plan = after_refusal(paris(2026, 11, 23), RefusalReason.CATEGORICAL, interviews=3)
    assert not plan.follow_up
    assert plan.due is None and plan.last_useful is None
    assert plan.channel is Channel.NONE
    assert plan.rules == ("N1", "I8")
    assert plan.draft is not None and plan.draft.kind is DraftKind.THANK_YOU
    assert "3 entretiens" in plan.why


def test_N1_after_a_single_interview_too() -> None:
    plan = after_refusal(paris(2026, 11, 23), RefusalReason.CATEGORICAL, language="en")
    assert not plan.follow_up
    assert plan.why.startswith("categorical refusal:")


# N3


def test_N3_discriminatory_refusal_in_france_names_the_defenseur_des_droits() -> None:
    plan = after_refusal(paris(2026, 11, 23), RefusalReason.DISCRIMINATORY)
    assert not plan.follow_up
    assert plan.rules == ("N3",)
    assert plan.draft is None and plan.alternatives == ()
    assert "Défenseur des droits" in plan.why
    assert "defenseurdesdroits.fr" in plan.why


def test_N3_elsewhere_points_to_the_national_body() -> None:
    brussels = ZoneInfo("Europe/Brussels")
    plan = after_refusal(
        dt.datetime(2026, 11, 23, 10, tzinfo=brussels),
        RefusalReason.DISCRIMINATORY,
        tz="Europe/Brussels",
        country="BE",
        language="en",
    )
    assert not plan.follow_up
    assert "Défenseur" not in plan.why
    assert "national body" in plan.why


def test_N3_wins_over_unanswered_follow_ups() -> None:
    plan = after_refusal(
        paris(2026, 11, 23),
        RefusalReason.DISCRIMINATORY,
        followups_unanswered=1,
        last_followup_at=paris(2026, 11, 24),
    )
    assert plan.rules == ("N3",)


# I8


@pytest.mark.parametrize(
    ("reason", "fields", "offered"),
    [
        (RefusalReason.NONE, {}, True),
        (RefusalReason.OPENING_LATER, {"opening_in_months": 3}, True),
        (RefusalReason.OTHER_OPENING, {}, True),
        (RefusalReason.MISSING_SKILLS, {}, True),
        (RefusalReason.CATEGORICAL, {}, True),
        (RefusalReason.SKILL_MISUNDERSTANDING, {}, False),
        (RefusalReason.DISCRIMINATORY, {}, False),
    ],
)
def test_I8_thank_you_offered_on_refusals_except_N3_and_F2(
    reason: RefusalReason, fields: dict[str, Any], offered: bool
) -> None:
    plan = after_refusal(paris(2026, 11, 23), reason, **fields)
    kinds = [kind for kind, _ in drafts(plan)]
    assert (DraftKind.THANK_YOU in kinds) is offered
    assert ("I8" in plan.rules) is offered


# Validation


def test_opening_later_needs_its_months() -> None:
    with pytest.raises(ValueError, match="opening_in_months"):
        after_refusal(paris(2026, 11, 23), RefusalReason.OPENING_LATER)
    with pytest.raises(ValueError, match="opening_in_months"):
        after_refusal(paris(2026, 11, 23), RefusalReason.NONE, opening_in_months=2)
