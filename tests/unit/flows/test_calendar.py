"""Business days, slots and month arithmetic (T1, T2), checked against real 2026/2027 calendars."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from flows.business_calendar import WorkCalendar, add_months, is_supported_country, load_time_zone

PARIS = ZoneInfo("Europe/Paris")
NEW_YORK = ZoneInfo("America/New_York")


@pytest.fixture
def fr() -> WorkCalendar:
    return WorkCalendar.for_user("Europe/Paris", "FR", dt.time(9, 0))


def test_T1_thursday_plus_three_business_days_is_next_tuesday(fr: WorkCalendar) -> None:
    assert fr.business_days_after(dt.date(2026, 11, 19), 3) == dt.date(2026, 11, 24)


@pytest.mark.parametrize(
    ("holiday", "name"),
    [
        (dt.date(2026, 5, 1), "1 May"),
        (dt.date(2026, 5, 8), "8 May"),
        (dt.date(2026, 5, 14), "Ascension"),
        (dt.date(2026, 12, 25), "Christmas"),
        (dt.date(2026, 11, 11), "Armistice"),
        (dt.date(2027, 5, 17), "Whit Monday"),
    ],
)
def test_T1_french_public_holidays_are_not_business_days(
    fr: WorkCalendar, holiday: dt.date, name: str
) -> None:
    assert holiday.weekday() < 5, name
    assert not fr.is_business_day(holiday), name


def test_T1_weekends_are_not_business_days(fr: WorkCalendar) -> None:
    assert not fr.is_business_day(dt.date(2026, 11, 21))  # Saturday
    assert not fr.is_business_day(dt.date(2026, 11, 22))  # Sunday
    assert fr.is_business_day(dt.date(2026, 11, 23))  # Monday


def test_T1_counting_skips_christmas_and_the_weekend(fr: WorkCalendar) -> None:
    # Mon 21 Dec 2026 + 4: Tue 22, Wed 23, Thu 24, (Fri 25 Christmas, weekend), Mon 28.
    assert fr.business_days_after(dt.date(2026, 12, 21), 4) == dt.date(2026, 12, 28)


def test_T1_counting_backwards(fr: WorkCalendar) -> None:
    # Two business days before Sun 28 Feb 2027: Fri 26, Thu 25.
    assert fr.business_days_before(dt.date(2027, 2, 28), 2) == dt.date(2027, 2, 25)


def test_T1_other_country_has_its_own_holidays() -> None:
    us = WorkCalendar.for_user("America/New_York", "US", dt.time(9, 0))
    assert not us.is_business_day(dt.date(2026, 11, 26))  # Thanksgiving
    assert us.is_business_day(dt.date(2026, 5, 8))  # no 8 May in the US
    fr = WorkCalendar.for_user("Europe/Paris", "FR")
    assert fr.is_business_day(dt.date(2026, 11, 26))


def test_T2_a_moment_in_working_hours_is_its_own_slot(fr: WorkCalendar) -> None:
    moment = dt.datetime(2026, 11, 24, 14, 30, tzinfo=PARIS)
    assert fr.in_slot(moment)
    assert fr.first_slot_at_or_after(moment) == moment


def test_T2_evening_waits_for_next_morning(fr: WorkCalendar) -> None:
    slot = fr.first_slot_at_or_after(dt.datetime(2026, 11, 24, 18, 45, tzinfo=PARIS))
    assert slot == dt.datetime(2026, 11, 25, 9, 0, tzinfo=PARIS)


def test_T2_the_end_of_the_workday_is_not_a_slot(fr: WorkCalendar) -> None:
    assert not fr.in_slot(dt.datetime(2026, 11, 24, 18, 0, tzinfo=PARIS))
    assert fr.in_slot(dt.datetime(2026, 11, 24, 17, 59, tzinfo=PARIS))


def test_T2_early_morning_waits_for_the_nudge_hour_of_the_same_day(fr: WorkCalendar) -> None:
    slot = fr.first_slot_at_or_after(dt.datetime(2026, 11, 24, 6, 0, tzinfo=PARIS))
    assert slot == dt.datetime(2026, 11, 24, 9, 0, tzinfo=PARIS)


def test_T2_friday_evening_waits_for_monday(fr: WorkCalendar) -> None:
    slot = fr.first_slot_at_or_after(dt.datetime(2026, 11, 20, 19, 30, tzinfo=PARIS))
    assert slot == dt.datetime(2026, 11, 23, 9, 0, tzinfo=PARIS)


def test_T2_user_nudge_hour_opens_the_slot() -> None:
    cal = WorkCalendar.for_user("Europe/Paris", "FR", dt.time(7, 30))
    slot = cal.first_slot_at_or_after(dt.datetime(2026, 11, 24, 5, 0, tzinfo=PARIS))
    assert slot == dt.datetime(2026, 11, 24, 7, 30, tzinfo=PARIS)


def test_T2_slot_is_in_the_users_time_zone_whatever_the_input_zone(fr: WorkCalendar) -> None:
    # 23:30 in New York on Tuesday is 05:30 in Paris on Wednesday.
    slot = fr.first_slot_at_or_after(dt.datetime(2026, 11, 24, 23, 30, tzinfo=NEW_YORK))
    assert slot == dt.datetime(2026, 11, 25, 9, 0, tzinfo=PARIS)
    assert slot.utcoffset() == dt.timedelta(hours=1)


def test_T2_opening_keeps_local_hour_across_dst(fr: WorkCalendar) -> None:
    assert fr.opening(dt.date(2026, 3, 27)).utcoffset() == dt.timedelta(hours=1)
    assert fr.opening(dt.date(2026, 3, 30)).utcoffset() == dt.timedelta(hours=2)
    assert fr.opening(dt.date(2026, 3, 30)).astimezone(dt.UTC).hour == 7


def test_T2_last_opening_at_or_before(fr: WorkCalendar) -> None:
    # Sunday 10:00 -> Friday's opening; Tuesday 08:00 -> Monday's opening.
    sunday = dt.datetime(2026, 11, 22, 10, 0, tzinfo=PARIS)
    assert fr.last_opening_at_or_before(sunday) == dt.datetime(2026, 11, 20, 9, 0, tzinfo=PARIS)
    tuesday = dt.datetime(2026, 11, 24, 8, 0, tzinfo=PARIS)
    assert fr.last_opening_at_or_before(tuesday) == dt.datetime(2026, 11, 23, 9, 0, tzinfo=PARIS)


def test_31_january_plus_one_month_is_end_of_february() -> None:
    assert add_months(dt.date(2027, 1, 31), 1) == dt.date(2027, 2, 28)
    assert add_months(dt.date(2028, 1, 31), 1) == dt.date(2028, 2, 29)
    assert add_months(dt.date(2027, 8, 31), 6) == dt.date(2028, 2, 29)
    assert add_months(dt.date(2026, 11, 23), 6) == dt.date(2027, 5, 23)


def test_unknown_time_zone_and_country_are_refused() -> None:
    with pytest.raises(ValueError, match="time zone"):
        load_time_zone("Mars/Olympus")
    assert not is_supported_country("ZZ")
    assert is_supported_country("fr")
    with pytest.raises(ValueError, match="country"):
        WorkCalendar.for_user("Europe/Paris", "ZZ")


def test_naive_moments_are_refused(fr: WorkCalendar) -> None:
    with pytest.raises(ValueError, match="naive"):
        fr.in_slot(dt.datetime(2026, 11, 24, 10, 0))


def test_T1_a_subdivision_adds_its_own_holidays() -> None:
    # 24 June 2027 (a Thursday) is the Fête nationale du Québec: a holiday in CA-QC only.
    quebec = WorkCalendar.for_user("America/Toronto", "CA-QC")
    ontario = WorkCalendar.for_user("America/Toronto", "CA-ON")
    assert not quebec.is_business_day(dt.date(2027, 6, 24))
    assert ontario.is_business_day(dt.date(2027, 6, 24))
    assert not is_supported_country("CA-ZZ")
