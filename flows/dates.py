"""Dates typed by a user, in French or English, read in their time zone.

"mardi dernier", "le 12", "12/11", "hier à 14h", "yesterday at 2pm", "26/11 10:00"... Relance
reads the time of day itself (French "14h30" and English "2pm" alike), names of days relative
to today, then hands the rest to `dateparser`, day first unless the user's country writes the
month first (US). A date without a time counts as 12:00 (docs/coaching-rules.md). Nothing here
reads the clock: "now" is passed in.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from enum import StrEnum
from zoneinfo import ZoneInfo

import dateparser

NOON = dt.time(12, 0)
MONTH_FIRST_COUNTRIES = frozenset({"US", "PH", "FM", "MH", "PW"})
# A past event older than this, or a future one further than this, is surely a typo.
FURTHEST = dt.timedelta(days=366)

WEEKDAYS = {
    "lundi": 0,
    "mardi": 1,
    "mercredi": 2,
    "jeudi": 3,
    "vendredi": 4,
    "samedi": 5,
    "dimanche": 6,
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
RELATIVE_DAYS = {
    "aujourd'hui": 0,
    "aujourdhui": 0,
    "today": 0,
    "hier": -1,
    "yesterday": -1,
    "avant-hier": -2,
    "avant hier": -2,
    "demain": 1,
    "tomorrow": 1,
    "apres-demain": 2,
    "apres demain": 2,
}
PARTS_OF_DAY = {
    "matin": dt.time(9, 0),
    "morning": dt.time(9, 0),
    "midi": dt.time(12, 0),
    "noon": dt.time(12, 0),
    "apres-midi": dt.time(15, 0),
    "afternoon": dt.time(15, 0),
    "soir": dt.time(19, 0),
    "evening": dt.time(19, 0),
    "tonight": dt.time(19, 0),
}
FILLER = re.compile(
    r"\b(a|à|at|on|le|la|the|en|ce|cet|cette|this|vers|around|dernier|derniere|last|"
    r"prochain|prochaine|next)\b"
)
TIME_24 = re.compile(r"\b([01]?\d|2[0-3])\s*(?:h|:|heures?)\s*([0-5]\d)?\b")
TIME_12 = re.compile(r"\b(1[0-2]|0?[1-9])(?:[:.]([0-5]\d))?\s*(am|pm)\b")


class Prefer(StrEnum):
    """Whether an ambiguous date means the past (an interview that took place) or the future."""

    PAST = "past"
    FUTURE = "future"


class DateProblem(StrEnum):
    """Why a typed date was not taken."""

    UNREADABLE = "unreadable"
    IN_FUTURE = "in_future"
    IN_PAST = "in_past"
    TOO_FAR = "too_far"


def _fold(text: str) -> str:
    """Lower case, accents removed (except the apostrophe forms), spaces collapsed."""
    text = unicodedata.normalize("NFKD", text.lower().replace("’", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.split())


# Longest first, so that "apres-midi" is not read as "midi".
_PARTS_LONGEST_FIRST = sorted(PARTS_OF_DAY, key=len, reverse=True)


def _without_parts_of_day(text: str) -> str:
    for word in _PARTS_LONGEST_FIRST:
        text = re.sub(rf"\b{word}\b", " ", text)
    return text


def _take_time(text: str) -> tuple[str, dt.time | None]:
    """The time of day mentioned in the text, and the text without it. An exact time wins
    over a part of the day ("ce matin 8h" is 08:00)."""
    match = TIME_12.search(text)
    if match:
        hour = int(match.group(1)) % 12 + (12 if match.group(3) == "pm" else 0)
        minute = int(match.group(2) or 0)
        rest = text[: match.start()] + text[match.end() :]
        return _without_parts_of_day(rest), dt.time(hour, minute)
    match = TIME_24.search(text)
    if match:
        minute = int(match.group(2) or 0)
        rest = text[: match.start()] + text[match.end() :]
        return _without_parts_of_day(rest), dt.time(int(match.group(1)), minute)
    for word in _PARTS_LONGEST_FIRST:
        if re.search(rf"\b{word}\b", text):
            return _without_parts_of_day(text), PARTS_OF_DAY[word]
    return text, None


PAST_WORDS = re.compile(r"\b(dernier|derniere|last)\b")
NEXT_WORDS = re.compile(r"\b(prochain|prochaine|next)\b")
YEAR = re.compile(r"\b\d{4}\b")
# A day and month typed without a year, this close to today, mean this year: "20/11" typed on
# 23/11 is three days ago (too late for a coming interview), not next November.
SAME_YEAR_WINDOW = dt.timedelta(days=60)


def _take_day(
    text: str, today: dt.date, prefer: Prefer, country: str, *, has_time: bool
) -> dt.date | None:
    """The day named in the text (without its time of day)."""
    words = " ".join(FILLER.sub(" ", text).split())
    if not words:
        # A time alone ("14h") is today; filler words alone ("le", "à") say nothing.
        return today if has_time else None
    if words in RELATIVE_DAYS:
        return today + dt.timedelta(days=RELATIVE_DAYS[words])
    if words in WEEKDAYS:
        # "last"/"next" set the direction whatever is expected; "mardi dernier" on a Tuesday
        # is a week ago, "mardi" alone is today.
        backwards = PAST_WORDS.search(text) is not None
        forwards = NEXT_WORDS.search(text) is not None
        if backwards or (prefer is Prefer.PAST and not forwards):
            delta = (today.weekday() - WEEKDAYS[words]) % 7 or (7 if backwards else 0)
            return today - dt.timedelta(days=delta)
        delta = (WEEKDAYS[words] - today.weekday()) % 7 or (7 if forwards else 0)
        return today + dt.timedelta(days=delta)
    if len(words) > 60:
        return None
    if words.isdecimal() and 1 <= int(words) <= 31:
        # "le 12": the 12th of this month, or of the month before/after as preferred.
        return _day_of_month(int(words), today, prefer)
    order = "MDY" if country.split("-")[0] in MONTH_FIRST_COUNTRIES else "DMY"
    base = dt.datetime.combine(today, NOON)
    parsed = dateparser.parse(
        words,
        languages=["fr", "en"],
        settings={
            "DATE_ORDER": order,
            "PREFER_DATES_FROM": prefer.value,
            "RELATIVE_BASE": base,
            "PREFER_DAY_OF_MONTH": "first",
            "REQUIRE_PARTS": ["day"],
        },
    )
    if parsed is None:
        return None
    day = parsed.date()
    if not YEAR.search(words):
        try:
            this_year = day.replace(year=today.year)
        except ValueError:  # 29 February
            return day
        if (
            abs(day - today) <= dt.timedelta(days=366)
            and abs(this_year - today) <= SAME_YEAR_WINDOW
        ):
            return this_year
    return day


def _day_of_month(day: int, today: dt.date, prefer: Prefer) -> dt.date | None:
    step = -1 if prefer is Prefer.PAST else 1
    year, month = today.year, today.month
    for _ in range(3):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            candidate = None
        if candidate is not None and (
            (prefer is Prefer.PAST and candidate <= today)
            or (prefer is Prefer.FUTURE and candidate >= today)
        ):
            return candidate
        month += step
        if month == 0:
            year, month = year - 1, 12
        elif month == 13:
            year, month = year + 1, 1
    return None


def parse_moment(
    text: str, *, tz: str, country: str, now: dt.datetime, prefer: Prefer
) -> dt.datetime | DateProblem:
    """The moment a user typed, aware in their time zone, or why it cannot be taken.

    A past event (`Prefer.PAST`) may not be in the future, a coming one not in the past; neither
    may be more than a year away.
    """
    zone = ZoneInfo(tz)
    local_now = now.astimezone(zone)
    folded = _fold(text)[:200]
    rest, time_of_day = _take_time(folded)
    day = _take_day(rest, local_now.date(), prefer, country, has_time=time_of_day is not None)
    if day is None:
        return DateProblem.UNREADABLE
    try:
        moment = dt.datetime.combine(day, time_of_day or NOON, tzinfo=zone)
        # Normalise a wall time that falls in a DST gap.
        moment = moment.astimezone(dt.UTC).astimezone(zone)
    except (OverflowError, ValueError):
        # At the very edge of the calendar (year 1 or 9999).
        if day < local_now.date():
            return DateProblem.TOO_FAR if prefer is Prefer.PAST else DateProblem.IN_PAST
        return DateProblem.IN_FUTURE if prefer is Prefer.PAST else DateProblem.TOO_FAR
    if prefer is Prefer.PAST:
        if moment > now:
            if time_of_day is None and day == local_now.date():
                return local_now.replace(second=0, microsecond=0)  # "today": earlier today
            return DateProblem.IN_FUTURE
        if now - moment > FURTHEST:
            return DateProblem.TOO_FAR
    else:
        if moment < now:
            return DateProblem.IN_PAST
        if moment - now > FURTHEST:
            return DateProblem.TOO_FAR
    return moment
