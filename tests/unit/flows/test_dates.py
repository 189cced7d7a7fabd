"""`parse_moment`: dates typed in French or English, read in the user's time zone.

Every expectation is computed by hand from a fixed "now": Monday 23 November 2026, 15:40 in
Paris (14:40 UTC). A date given without a time counts as 12:00 local (docs/coaching-rules.md,
"Time words").
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from flows.dates import DateProblem, Prefer, parse_moment

PARIS = ZoneInfo("Europe/Paris")
MONTREAL = ZoneInfo("America/Montreal")
TOKYO = ZoneInfo("Asia/Tokyo")
NOW = dt.datetime(2026, 11, 23, 15, 40, tzinfo=PARIS)  # a Monday
PAST, FUTURE = Prefer.PAST, Prefer.FUTURE


def parse(
    text: str,
    prefer: Prefer = PAST,
    *,
    now: dt.datetime = NOW,
    tz: str = "Europe/Paris",
    country: str = "FR",
) -> dt.datetime | DateProblem:
    return parse_moment(text, tz=tz, country=country, now=now, prefer=prefer)


def paris(month: int, day: int, hour: int = 12, minute: int = 0, year: int = 2026) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=PARIS)


def test_the_fixed_now_is_a_monday() -> None:
    assert NOW.weekday() == 0
    assert NOW.astimezone(dt.UTC) == dt.datetime(2026, 11, 23, 14, 40, tzinfo=dt.UTC)


# --- Past events (an interview, an application, a refusal) -----------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("mardi dernier", paris(11, 17)),
        ("le 12", paris(11, 12)),
        ("12/11", paris(11, 12)),  # day first in France
        ("hier à 14h", paris(11, 22, 14)),
        ("Hier à 14H", paris(11, 22, 14)),
        ("hier soir", paris(11, 22, 19)),
        ("yesterday at 2pm", paris(11, 22, 14)),
        ("avant-hier 9h30", paris(11, 21, 9, 30)),
        ("20 novembre 10h30", paris(11, 20, 10, 30)),
        ("12/11 10:00", paris(11, 12, 10)),
        ("aujourd'hui", paris(11, 23)),  # 12:00, already past at 15:40
        ("lundi dernier", paris(11, 16)),
        ("le 31", paris(10, 31)),  # no 31 November: the 31st before today
    ],
)
def test_past_dates_read_by_hand(typed: str, expected: dt.datetime) -> None:
    assert parse(typed) == expected


def test_a_date_without_a_time_counts_as_noon_local() -> None:
    moment = parse("12/11")
    assert isinstance(moment, dt.datetime)
    assert moment.tzinfo is not None
    assert moment.astimezone(dt.UTC) == dt.datetime(2026, 11, 12, 11, 0, tzinfo=dt.UTC)


def test_a_weekday_on_that_same_weekday_is_today_in_past_mode() -> None:
    assert parse("lundi") == paris(11, 23)
    assert parse("monday") == paris(11, 23)


def test_last_weekday_on_that_same_weekday_is_a_week_ago() -> None:
    assert parse("lundi dernier") == paris(11, 16)
    assert parse("last monday") == paris(11, 16)


def test_today_before_noon_is_not_in_the_future() -> None:
    """At 10:00, "aujourd'hui" (12:00 by default) would be in the future: it becomes now."""
    morning = paris(11, 23, 10, 0).replace(second=30)
    moment = parse("aujourd'hui", now=morning)
    assert isinstance(moment, dt.datetime)
    assert moment <= morning
    assert moment == paris(11, 23, 10, 0)
    assert parse("today", now=morning) == paris(11, 23, 10, 0)


def test_month_first_in_the_us() -> None:
    assert parse("11/12", country="US") == paris(11, 12)
    assert parse("11/12", country="US-CA") == paris(11, 12)
    # Quebec writes the day first, like France.
    assert parse("12/11", country="CA-QC") == paris(11, 12)


def test_invisible_marks_and_emoji_around_a_date_are_ignored() -> None:
    assert parse("\u200f12/11\u200e") == paris(11, 12)
    assert parse("12/11 🎉") == paris(11, 12)


# --- Coming events (a scheduled interview) --------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("jeudi 14h", paris(11, 26, 14)),
        ("demain 9h", paris(11, 24, 9)),
        ("tomorrow 3pm", paris(11, 24, 15)),
        ("le 26 à 10h", paris(11, 26, 10)),
        ("26/11 10:00", paris(11, 26, 10)),
        ("lundi prochain", paris(11, 30)),  # on a Monday, "next Monday" is in a week
        ("le 12", paris(12, 12)),  # the 12th still to come: in December
    ],
)
def test_future_dates_read_by_hand(typed: str, expected: dt.datetime) -> None:
    assert parse(typed, FUTURE) == expected


# --- Problems -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "prefer", "problem"),
    [
        ("31/02", PAST, DateProblem.UNREADABLE),
        ("31/02", FUTURE, DateProblem.UNREADABLE),
        ("in 300 years", PAST, DateProblem.IN_FUTURE),
        ("in 300 years", FUTURE, DateProblem.TOO_FAR),
        ("dans 300 ans", FUTURE, DateProblem.TOO_FAR),
        ("demain 14h", PAST, DateProblem.IN_FUTURE),
        ("hier", FUTURE, DateProblem.IN_PAST),
        ("hier à 14h", FUTURE, DateProblem.IN_PAST),
        ("x" * 5000, PAST, DateProblem.UNREADABLE),
        ("hier " * 1000, PAST, DateProblem.UNREADABLE),
        ("<b>x</b>", PAST, DateProblem.UNREADABLE),
        ("<b>x</b>", FUTURE, DateProblem.UNREADABLE),
        ("bientôt", FUTURE, DateProblem.UNREADABLE),
        ("0001-01-01", PAST, DateProblem.TOO_FAR),
        ("9999-12-31", FUTURE, DateProblem.TOO_FAR),
        # A day and month just on the wrong side of today is refused.
        ("20/11", FUTURE, DateProblem.IN_PAST),
        ("26/11", PAST, DateProblem.IN_FUTURE),
        # An explicit direction word is not turned around.
        ("jeudi prochain", PAST, DateProblem.IN_FUTURE),
        ("next thursday", PAST, DateProblem.IN_FUTURE),
        ("mardi dernier", FUTURE, DateProblem.IN_PAST),
        ("last tuesday", FUTURE, DateProblem.IN_PAST),
    ],
)
def test_problems(typed: str, prefer: Prefer, problem: DateProblem) -> None:
    assert parse(typed, prefer) is problem


# --- Daylight saving time and time zones ----------------------------------------------------


def test_a_wall_time_in_the_spring_gap_gives_an_aware_moment() -> None:
    """29 March 2026 in Paris: 02:00-03:00 does not exist; 02:30 is read as 03:30 CEST."""
    moment = parse("29/03 à 2h30")
    assert isinstance(moment, dt.datetime)
    assert moment.utcoffset() == dt.timedelta(hours=2)
    assert moment.astimezone(dt.UTC) == dt.datetime(2026, 3, 29, 1, 30, tzinfo=dt.UTC)
    assert (moment.hour, moment.minute) == (3, 30)


def test_the_2027_spring_gap_in_future_mode() -> None:
    """In 2027 the clocks go forward on Sunday 28 March (29 March 2027 is an ordinary day)."""
    moment = parse("28/03/2027 à 2h30", FUTURE)
    assert isinstance(moment, dt.datetime)
    assert moment.astimezone(dt.UTC) == dt.datetime(2027, 3, 28, 1, 30, tzinfo=dt.UTC)
    ordinary = parse("29/03 à 2h30", FUTURE)
    assert ordinary == dt.datetime(2027, 3, 29, 2, 30, tzinfo=PARIS)
    assert isinstance(ordinary, dt.datetime)
    assert ordinary.utcoffset() == dt.timedelta(hours=2)


def test_montreal_offsets() -> None:
    moment = parse("hier à 14h", tz="America/Montreal", country="CA-QC")
    assert moment == dt.datetime(2026, 11, 22, 14, 0, tzinfo=MONTREAL)
    assert isinstance(moment, dt.datetime)
    assert moment.utcoffset() == dt.timedelta(hours=-5)  # EST in November
    assert moment.astimezone(dt.UTC) == dt.datetime(2026, 11, 22, 19, 0, tzinfo=dt.UTC)
    coming = parse("jeudi 14h", FUTURE, tz="America/Montreal", country="CA-QC")
    assert isinstance(coming, dt.datetime)
    assert coming.astimezone(dt.UTC) == dt.datetime(2026, 11, 26, 19, 0, tzinfo=dt.UTC)


def test_tokyo_offsets() -> None:
    moment = parse("hier à 14h", tz="Asia/Tokyo", country="JP")
    assert isinstance(moment, dt.datetime)
    assert moment.utcoffset() == dt.timedelta(hours=9)
    assert moment.astimezone(dt.UTC) == dt.datetime(2026, 11, 22, 5, 0, tzinfo=dt.UTC)
    coming = parse("demain 9h", FUTURE, tz="Asia/Tokyo", country="JP")
    assert isinstance(coming, dt.datetime)
    assert coming.astimezone(dt.UTC) == dt.datetime(2026, 11, 24, 0, 0, tzinfo=dt.UTC)


def test_yesterday_is_the_users_local_yesterday() -> None:
    """At 23:30 UTC on Sunday 22, it is 18:30 Sunday in Montreal but 08:30 Monday in Tokyo."""
    now = dt.datetime(2026, 11, 22, 23, 30, tzinfo=dt.UTC)
    assert parse("hier à 14h", now=now, tz="America/Montreal") == dt.datetime(
        2026, 11, 21, 14, 0, tzinfo=MONTREAL
    )
    assert parse("hier à 14h", now=now, tz="Asia/Tokyo") == dt.datetime(
        2026, 11, 22, 14, 0, tzinfo=TOKYO
    )


# --- Known bugs (see the reasons) -----------------------------------------------------------


@pytest.mark.parametrize("typed", ["፩", "𐩀"])
def test_a_non_decimal_digit_is_unreadable_not_an_error(typed: str) -> None:
    assert parse(typed) is DateProblem.UNREADABLE


@pytest.mark.parametrize(
    ("typed", "prefer", "tz", "problem"),
    [
        ("01/01/0001 0h05", PAST, "Europe/Paris", DateProblem.TOO_FAR),
        ("01/01/0001 0h05", FUTURE, "Europe/Paris", DateProblem.IN_PAST),
        ("31/12/9999 23h", FUTURE, "America/Montreal", DateProblem.TOO_FAR),
    ],
)
def test_a_moment_at_the_edge_of_the_calendar_is_a_problem_not_an_error(
    typed: str, prefer: Prefer, tz: str, problem: DateProblem
) -> None:
    assert parse(typed, prefer, tz=tz) is problem


@pytest.mark.parametrize("typed", ["le", "à", "dernier", ""])
def test_filler_words_alone_are_unreadable(typed: str) -> None:
    assert parse(typed) is DateProblem.UNREADABLE


@pytest.mark.parametrize(
    ("typed", "prefer", "expected"),
    [
        # An exact hour wins over a part of the day.
        ("demain matin 9h", FUTURE, paris(11, 24, 9)),
        ("hier soir 20h", PAST, paris(11, 22, 20)),
        ("ce matin 8h", PAST, paris(11, 23, 8)),
        ("jeudi après-midi 14h30", FUTURE, paris(11, 26, 14, 30)),
        # "Après-midi" is the afternoon (15:00), not noon.
        ("demain après-midi", FUTURE, paris(11, 24, 15)),
        ("jeudi après-midi", FUTURE, paris(11, 26, 15)),
        ("hier après-midi", PAST, paris(11, 22, 15)),
    ],
)
def test_an_exact_hour_wins_over_a_part_of_the_day_and_apres_midi_is_the_afternoon(
    typed: str, prefer: Prefer, expected: dt.datetime
) -> None:
    assert parse(typed, prefer) == expected


def test_parts_of_the_day() -> None:
    assert parse("hier soir") == paris(11, 22, 19)
    assert parse("yesterday afternoon") == paris(11, 22, 15)
    assert parse("demain midi", FUTURE) == paris(11, 24, 12)
    assert parse("tomorrow morning", FUTURE) == paris(11, 24, 9)


def test_a_time_alone_is_today() -> None:
    """The intended reading of empty day words: "14h" alone is today at 14:00."""
    assert parse("14h") == paris(11, 23, 14)
    assert parse("ce matin") == paris(11, 23, 9)
