"""After an interview, no news yet: rules I1-I5 and the timing rules T1-T4.

Expected moments are worked out by hand from the real 2026 calendars (France unless stated).
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from flows.business_calendar import WorkCalendar
from flows.domain import NudgeKind
from flows.drafts import DraftKind
from flows.policy import (
    Channel,
    CompanySize,
    Plan,
    Situation,
    SituationKind,
    Urgency,
    plan_follow_up,
    plan_interview_reminder,
)

PARIS = ZoneInfo("Europe/Paris")


def paris(year: int, month: int, day: int, hour: int = 10, minute: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=PARIS)


def after_interview(at: dt.datetime, now: dt.datetime | None = None, **fields: Any) -> Plan:
    now = now if now is not None else at + dt.timedelta(hours=1)
    return plan_follow_up(Situation(kind=SituationKind.INTERVIEW, at=at, now=now, **fields))


def after_interview_abroad(at: dt.datetime, country: str) -> Plan:
    """After an interview with a large company, in no hurry, for an English speaker living in
    `country`, in the time zone of `at`."""
    assert isinstance(at.tzinfo, ZoneInfo)
    tz = at.tzinfo.key
    fields = {"size": CompanySize.LARGE, "urgency": Urgency.NORMAL, "language": "en"}
    return after_interview(at, tz=tz, country=country, **fields)


# I1


def test_I1_announced_date_waits_for_the_next_business_day() -> None:
    # Announced Fri 4 Dec 2026: the next business day is Mon 7 Dec; no 10-day ceiling.
    plan = after_interview(paris(2026, 11, 24), announced_on=dt.date(2026, 12, 4))
    assert plan.due == paris(2026, 12, 7, 9)
    assert plan.rules == ("I1", "T1", "T2")
    assert plan.last_useful is None
    assert "4 décembre 2026" in plan.why


def test_I1_announced_date_on_a_holiday() -> None:
    # Announced for Ascension (Thu 14 May 2026): the next business day is Fri 15 May.
    plan = after_interview(paris(2026, 5, 11), announced_on=dt.date(2026, 5, 14))
    assert plan.due == paris(2026, 5, 15, 9)
    assert plan.rules == ("I1", "T2")


def test_I1_announced_date_before_christmas_skips_the_holiday() -> None:
    # Announced Thu 24 Dec 2026: Fri 25 (Christmas) and the weekend pass, Mon 28 Dec.
    plan = after_interview(paris(2026, 12, 16), announced_on=dt.date(2026, 12, 24))
    assert plan.due == paris(2026, 12, 28, 9)
    assert plan.rules == ("I1", "T1", "T2")


def test_I1_the_48h_floor_still_applies() -> None:
    # Interview Mon 23 Nov 16:00, answer announced the same day: Tue 24 09:00 would be too early.
    plan = after_interview(paris(2026, 11, 23, 16), announced_on=dt.date(2026, 11, 23))
    assert plan.due == paris(2026, 11, 25, 16)
    assert plan.rules == ("I1", "I2")
    assert "48 h" in plan.why


def test_I1_has_no_ceiling() -> None:
    # Announced Fri 18 Dec, 24 days after the interview: still followed, Mon 21 Dec.
    plan = after_interview(paris(2026, 11, 24), announced_on=dt.date(2026, 12, 18))
    assert plan.due == paris(2026, 12, 21, 9)
    assert "I5" not in plan.rules


def test_I1_reminds_to_ask_for_the_answer_date_before_the_interview() -> None:
    calendar = WorkCalendar.for_user("Europe/Paris", "FR")
    # Interview Mon 30 Nov 10:00: the reminder comes on Fri 27 Nov at the nudge hour.
    reminder = plan_interview_reminder(paris(2026, 11, 30), calendar, "fr", paris(2026, 11, 25))
    assert reminder is not None
    assert reminder.due == paris(2026, 11, 27, 9)
    assert reminder.rules == ("I1", "T1", "T2")
    assert "demandez" in reminder.text
    # Too late for a reminder once the interview has started.
    assert (
        plan_interview_reminder(paris(2026, 11, 30), calendar, "en", paris(2026, 11, 30, 11))
        is None
    )


# I2


def test_I2_urgent_position_from_48h() -> None:
    plan = after_interview(paris(2026, 11, 24), size=CompanySize.STARTUP, urgency=Urgency.URGENT)
    assert plan.follow_up
    assert plan.due == paris(2026, 11, 26, 10)
    assert plan.rules == ("I2",)
    assert plan.channel is Channel.EMAIL
    assert plan.follow_up_kind is NudgeKind.AFTER_INTERVIEW


def test_I2_urgent_interview_at_18h45_waits_for_the_next_slot() -> None:
    # Tue 24 Nov 18:45 + 48 h = Thu 26 Nov 18:45, after working hours: Fri 27 Nov 09:00.
    plan = after_interview(paris(2026, 11, 24, 18, 45), urgency=Urgency.URGENT)
    assert plan.due == paris(2026, 11, 27, 9)
    assert plan.rules == ("I2", "T2")


@pytest.mark.parametrize("size", list(CompanySize))
def test_I2_urgent_waits_48h_at_every_size(size: CompanySize) -> None:
    plan = after_interview(paris(2026, 11, 24), size=size, urgency=Urgency.URGENT)
    assert plan.due == paris(2026, 11, 26, 10)


# I3


def test_I3_large_group_waits_four_business_days() -> None:
    # Tue 24 Nov: Wed 25, Thu 26, Fri 27, (weekend), Mon 30 Nov at the nudge hour.
    plan = after_interview(paris(2026, 11, 24), size=CompanySize.LARGE, urgency=Urgency.NORMAL)
    assert plan.due == paris(2026, 11, 30, 9)
    assert plan.rules == ("I3", "I4", "T1", "T2")
    assert plan.why == "grand groupe, poste non urgent : 4 jours ouvrés"


def test_I3_start_up_waits_three_business_days() -> None:
    plan = after_interview(paris(2026, 11, 24), size=CompanySize.STARTUP, urgency=Urgency.NORMAL)
    assert plan.due == paris(2026, 11, 27, 9)
    assert plan.rules == ("I3", "I4", "T2")


def test_I3_unknown_size_and_urgency_count_as_mid_size_and_not_urgent() -> None:
    plan = after_interview(paris(2026, 11, 24))
    assert plan.due == paris(2026, 11, 30, 9)
    assert plan.why == "entreprise de taille moyenne, urgence non précisée : 4 jours ouvrés"


def test_I3_uses_the_users_nudge_hour() -> None:
    plan = after_interview(paris(2026, 11, 24), nudge_hour=dt.time(8, 15))
    assert plan.due == paris(2026, 11, 30, 8, 15)


# I4


def test_I4_size_moves_the_date_inside_the_window_only() -> None:
    monday = paris(2026, 11, 23)
    small = after_interview(monday, size=CompanySize.SMALL, urgency=Urgency.NORMAL)
    large = after_interview(monday, size=CompanySize.LARGE, urgency=Urgency.NORMAL)
    assert small.due == paris(2026, 11, 26, 9)
    assert large.due == paris(2026, 11, 27, 9)
    assert "I4" in small.rules and "I4" in large.rules


# I5


def test_I5_ceiling_is_ten_days_after_the_interview() -> None:
    plan = after_interview(paris(2026, 11, 24), size=CompanySize.LARGE)
    assert plan.last_useful == paris(2026, 12, 4, 10)


def test_I5_reported_after_the_ceiling_gets_a_late_note_now() -> None:
    # Interview Mon 2 Nov; reported Fri 13 Nov 15:00, 11 days later.
    plan = after_interview(paris(2026, 11, 2), paris(2026, 11, 13, 15), size=CompanySize.LARGE)
    assert plan.follow_up
    assert plan.due == paris(2026, 11, 13, 15)
    assert plan.rules == ("I5", "T3")
    assert plan.draft is not None and plan.draft.kind is DraftKind.LATE_NOTE
    assert "tard" in plan.why
    assert plan.last_useful is None
    assert plan.follow_up_kind is NudgeKind.AFTER_INTERVIEW


def test_I5_late_note_in_english_says_it_is_late() -> None:
    plan = after_interview(paris(2026, 11, 2), paris(2026, 11, 13, 20), language="en")
    assert plan.due == paris(2026, 11, 16, 9)
    assert plan.rules == ("I5", "T3", "T1", "T2")
    assert "late" in plan.why


def test_I5_ceiling_bounds_the_date_when_holidays_pile_up() -> None:
    # Japan, Golden Week. Interview Tue 28 Apr 2026 08:00 JST, large group: 4 business days skip
    # Showa Day (29 Apr), the weekend and 4-6 May, giving Fri 8 May 09:00, after the ceiling
    # (Fri 8 May 08:00). The last opening before it is Thu 7 May 09:00.
    tokyo = ZoneInfo("Asia/Tokyo")
    plan = after_interview_abroad(dt.datetime(2026, 4, 28, 8, tzinfo=tokyo), "JP")
    assert plan.due == dt.datetime(2026, 5, 7, 9, tzinfo=tokyo)
    assert plan.rules == ("I3", "I4", "T1", "T2", "I5")
    assert plan.last_useful == dt.datetime(2026, 5, 8, 8, tzinfo=tokyo)
    assert "at the latest 10 days" in plan.why


def test_I5_no_business_day_before_the_ceiling_gives_a_late_note_when_offices_reopen() -> None:
    # China, Spring Festival 2026: Sat 14 to Mon 23 Feb are all days off. Interview Fri 13 Feb.
    shanghai = ZoneInfo("Asia/Shanghai")
    plan = after_interview(
        dt.datetime(2026, 2, 13, 10, tzinfo=shanghai), tz="Asia/Shanghai", country="CN"
    )
    assert plan.due == dt.datetime(2026, 2, 24, 9, tzinfo=shanghai)
    assert plan.rules == ("I5", "T1", "T2")
    assert plan.draft is not None and plan.draft.kind is DraftKind.LATE_NOTE


# I6 (the drafts themselves are tested in test_drafts.py)


def test_I6_the_follow_up_draft_weaves_in_the_interview_notes() -> None:
    plan = after_interview(
        paris(2026, 11, 24),
        role="Data Engineer",
        recruiter="Mme Martin",
        notes="la migration vers le cloud et l'équipe produit",
    )
    assert plan.draft is not None and plan.draft.kind is DraftKind.AFTER_INTERVIEW
    body = plan.draft.body
    assert "la migration vers le cloud et l'équipe produit" in body
    assert "Data Engineer" in body
    assert "24 novembre 2026" in body
    assert body.startswith("Bonjour Mme Martin,")


# T1


@pytest.mark.parametrize(
    ("interview", "size", "due"),
    [
        # 1 May: Wed 29 Apr, large: Thu 30, (Fri 1 May), Mon 4, Tue 5, Wed 6.
        (paris(2026, 4, 29), CompanySize.LARGE, paris(2026, 5, 6, 9)),
        # 8 May: Wed 6 May, start-up: Thu 7, (Fri 8 May), Mon 11, Tue 12.
        (paris(2026, 5, 6), CompanySize.STARTUP, paris(2026, 5, 12, 9)),
        # Ascension: Tue 12 May, mid-size: Wed 13, (Thu 14), Fri 15, Mon 18, Tue 19.
        (paris(2026, 5, 12), CompanySize.MEDIUM, paris(2026, 5, 19, 9)),
        # Christmas: Mon 21 Dec, large: Tue 22, Wed 23, Thu 24, (Fri 25), Mon 28.
        (paris(2026, 12, 21), CompanySize.LARGE, paris(2026, 12, 28, 9)),
    ],
    ids=["1-may", "8-may", "ascension", "christmas"],
)
def test_T1_french_holidays_are_skipped(
    interview: dt.datetime, size: CompanySize, due: dt.datetime
) -> None:
    plan = after_interview(interview, size=size, urgency=Urgency.NORMAL)
    assert plan.due == due
    assert plan.rules == ("I3", "I4", "T1", "T2")


def test_T1_another_country_and_time_zone() -> None:
    # New York, Thanksgiving (Thu 26 Nov 2026). Tue 24 Nov, large: Wed 25, (Thu 26), Fri 27,
    # Mon 30, Tue 1 Dec at 09:00 EST.
    new_york = ZoneInfo("America/New_York")
    plan = after_interview_abroad(dt.datetime(2026, 11, 24, 10, tzinfo=new_york), "US")
    assert plan.due == dt.datetime(2026, 12, 1, 9, tzinfo=new_york)
    assert plan.due is not None and plan.due.utcoffset() == dt.timedelta(hours=-5)
    assert plan.rules == ("I3", "I4", "T1", "T2")
    assert plan.why == "large group, not urgent: 4 business days"


# T2


def test_T2_48h_is_elapsed_time_across_the_spring_dst_change() -> None:
    # Sat 28 Mar 2026 08:30 CET + 48 h = Mon 30 Mar 07:30 UTC = 09:30 CEST (not 08:30).
    plan = after_interview(paris(2026, 3, 28, 8, 30), urgency=Urgency.URGENT)
    assert plan.due == dt.datetime(2026, 3, 30, 7, 30, tzinfo=dt.UTC)
    assert plan.due is not None and plan.due.utcoffset() == dt.timedelta(hours=2)
    assert plan.rules == ("I2",)


def test_T2_48h_is_elapsed_time_across_the_autumn_dst_change() -> None:
    # Sat 24 Oct 2026 09:30 CEST + 48 h = Mon 26 Oct 07:30 UTC = 08:30 CET: before the slot.
    plan = after_interview(paris(2026, 10, 24, 9, 30), urgency=Urgency.URGENT)
    assert plan.due == paris(2026, 10, 26, 9)
    assert plan.due is not None and plan.due.utcoffset() == dt.timedelta(hours=1)
    assert plan.rules == ("I2", "T2")


def test_T2_business_days_across_dst_keep_the_local_nudge_hour() -> None:
    # Thu 26 Mar 2026, large: Fri 27, Mon 30, Tue 31, Wed 1 Apr 09:00 CEST (07:00 UTC).
    plan = after_interview(paris(2026, 3, 26), size=CompanySize.LARGE)
    assert plan.due == dt.datetime(2026, 4, 1, 7, 0, tzinfo=dt.UTC)
    assert plan.due is not None and plan.due.hour == 9


# T3


def test_T3_passed_moment_moves_to_the_first_slot_from_now() -> None:
    # Due Mon 30 Nov 09:00; reported Tue 1 Dec 14:00, before the ceiling (Fri 4 Dec 10:00).
    plan = after_interview(paris(2026, 11, 24), paris(2026, 12, 1, 14), size=CompanySize.LARGE)
    assert plan.due == paris(2026, 12, 1, 14)
    assert plan.rules == ("I3", "T3")
    assert plan.why.endswith("le moment prévu est passé : relancez dès maintenant")
    assert plan.draft is not None and plan.draft.kind is DraftKind.AFTER_INTERVIEW


def test_T3_passed_moment_at_night_waits_for_the_next_slot() -> None:
    plan = after_interview(paris(2026, 11, 24), paris(2026, 12, 1, 20), size=CompanySize.LARGE)
    assert plan.due == paris(2026, 12, 2, 9)
    assert plan.rules == ("I3", "T3", "T2")


def test_T3_a_due_moment_is_never_in_the_past() -> None:
    now = paris(2026, 12, 3, 11, 30)
    plan = after_interview(paris(2026, 11, 24), now, urgency=Urgency.URGENT)
    assert plan.due == now


# T4


def test_T4_why_is_one_line_in_the_users_language() -> None:
    interview = paris(2026, 12, 21)
    fr = after_interview(interview, size=CompanySize.LARGE, urgency=Urgency.NORMAL)
    en = after_interview(interview, size=CompanySize.LARGE, urgency=Urgency.NORMAL, language="en")
    assert fr.why == "grand groupe, poste non urgent : 4 jours ouvrés"
    assert en.why == "large group, not urgent: 4 business days"
    assert fr.due == en.due == paris(2026, 12, 28, 9)


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("urgency", list(Urgency))
def test_T4_every_interview_plan_has_a_date_and_a_one_line_why(
    language: str, urgency: Urgency
) -> None:
    plan = after_interview(paris(2026, 11, 24), urgency=urgency, language=language)
    assert plan.due is not None
    assert plan.why and "\n" not in plan.why


# Validation


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"announced_on": dt.date(2026, 11, 20)}, "before the interview"),
        ({"tz": "Mars/Olympus"}, "time zone"),
        ({"country": "ZZ"}, "country"),
        ({"language": "de"}, "language"),
        ({"nudge_hour": dt.time(20, 0)}, "nudge hour"),
    ],
)
def test_situation_refuses_values_that_cannot_be_right(
    fields: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        after_interview(paris(2026, 11, 24), **fields)


def test_situation_refuses_naive_moments() -> None:
    with pytest.raises(ValueError, match="aware"):
        after_interview(dt.datetime(2026, 11, 24, 10), paris(2026, 11, 24, 11))
