"""Business days, working hours and slots in the user's country and time zone.

The time words of ``docs/coaching-rules.md`` live here, as pure functions of a calendar:

- a *business day* is Monday to Friday minus the public holidays of the user's country (T1,
  the ``holidays`` package);
- *working hours* run from the user's nudge hour to the end of the workday, local time, on a
  business day (T2), and a *slot* is a moment inside them (half-open: the end is not a slot);
- *N business days after D* is the Nth business day strictly after D's local date.

Nothing here reads the clock. Usage::

    cal = WorkCalendar.for_user("Europe/Paris", "FR", time(9, 0))
    cal.first_slot_at_or_after(moment)
    cal.business_days_after(date(2026, 12, 21), 4)   # 2026-12-28: Christmas and a weekend skipped
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import holidays
from dateutil.relativedelta import relativedelta

UTC = dt.UTC

DEFAULT_WORKDAY_END = dt.time(18, 0)


def load_time_zone(name: str) -> ZoneInfo:
    """Returns the IANA time zone called ``name``; raises ValueError when it is unknown."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, TypeError) as exc:
        raise ValueError(f"unknown time zone: {name!r}") from exc


def is_supported_country(code: str) -> bool:
    """Tells whether the ``holidays`` package knows the public holidays of ``code``: an ISO 3166
    country ("FR"), optionally with one of its subdivisions ("CA-QC" for Québec)."""
    country, _, subdivision = code.upper().partition("-")
    supported = holidays.list_supported_countries()
    if country not in supported:
        return False
    return not subdivision or subdivision in supported[country]


@functools.lru_cache(maxsize=64)
def _public_holidays(code: str) -> holidays.HolidayBase:
    """The public holidays of a country or subdivision; filled in each year on first lookup."""
    country, _, subdivision = code.upper().partition("-")
    return holidays.country_holidays(country, subdiv=subdivision or None)


def add_months(day: dt.date, months: int) -> dt.date:
    """Adds calendar months, clamping to the month's end (31 January + 1 month = 28/29 February)."""
    return day + relativedelta(months=months)


def to_utc(moment: dt.datetime) -> dt.datetime:
    """The same instant in UTC; comparisons between moments go through it.

    Two datetimes sharing one ZoneInfo compare by wall clock, which is wrong around a DST change,
    and ``+ timedelta`` on them is wall-clock arithmetic; UTC is safe for both.
    """
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"naive datetime: {moment.isoformat()}")
    return moment.astimezone(UTC)


@dataclass(frozen=True)
class WorkCalendar:
    """One user's business days and working hours."""

    tz: ZoneInfo
    country: str
    nudge_hour: dt.time = dt.time(9, 0)
    workday_end: dt.time = DEFAULT_WORKDAY_END

    def __post_init__(self) -> None:
        if not is_supported_country(self.country):
            raise ValueError(f"unknown country: {self.country!r}")
        if not self.nudge_hour < self.workday_end:
            raise ValueError("the nudge hour must come before the end of the workday")

    @classmethod
    def for_user(
        cls,
        tz_name: str,
        country: str,
        nudge_hour: dt.time = dt.time(9, 0),
        workday_end: dt.time = DEFAULT_WORKDAY_END,
    ) -> WorkCalendar:
        """Builds the calendar from settings as stored (time-zone name, country code)."""
        return cls(load_time_zone(tz_name), country.upper(), nudge_hour, workday_end)

    # Local time

    def local(self, moment: dt.datetime) -> dt.datetime:
        """The moment on the user's wall clock."""
        return to_utc(moment).astimezone(self.tz)

    def local_date(self, moment: dt.datetime) -> dt.date:
        """The user's calendar date at that moment."""
        return self.local(moment).date()

    def at(self, day: dt.date, hour: dt.time) -> dt.datetime:
        """The aware local moment ``hour`` on ``day``, normalised when it falls in a DST gap."""
        return self.local(dt.datetime.combine(day, hour, tzinfo=self.tz))

    def opening(self, day: dt.date) -> dt.datetime:
        """The start of working hours on ``day`` (the nudge hour)."""
        return self.at(day, self.nudge_hour)

    def closing(self, day: dt.date) -> dt.datetime:
        """The end of working hours on ``day``."""
        return self.at(day, self.workday_end)

    # Business days (T1)

    def is_business_day(self, day: dt.date) -> bool:
        """Monday to Friday, except the country's public holidays (T1)."""
        return day.weekday() < 5 and day not in _public_holidays(self.country)

    def business_days_after(self, day: dt.date, n: int) -> dt.date:
        """The ``n``-th business day strictly after ``day`` (Thursday + 3 = next Tuesday)."""
        if n < 1:
            raise ValueError("n must be at least 1")
        current = day
        while n:
            current += dt.timedelta(days=1)
            if self.is_business_day(current):
                n -= 1
        return current

    def business_days_before(self, day: dt.date, n: int) -> dt.date:
        """The ``n``-th business day strictly before ``day``."""
        if n < 1:
            raise ValueError("n must be at least 1")
        current = day
        while n:
            current -= dt.timedelta(days=1)
            if self.is_business_day(current):
                n -= 1
        return current

    def first_business_day_on_or_after(self, day: dt.date) -> dt.date:
        """``day`` itself when it is a business day, else the next one."""
        return day if self.is_business_day(day) else self.business_days_after(day, 1)

    def skips_non_business_day(self, start: dt.date, end: dt.date) -> bool:
        """Tells whether a weekend day or holiday lies in ``[start, end)``."""
        day = start
        while day < end:
            if not self.is_business_day(day):
                return True
            day += dt.timedelta(days=1)
        return False

    # Slots (T2)

    def in_slot(self, moment: dt.datetime) -> bool:
        """Inside working hours: a business day, from the nudge hour to (not at) the workday end."""
        local = self.local(moment)
        return (
            self.is_business_day(local.date())
            and self.nudge_hour <= local.time() < self.workday_end
        )

    def first_slot_at_or_after(self, moment: dt.datetime) -> dt.datetime:
        """``moment`` itself when inside working hours, else the next opening (T2)."""
        local = self.local(moment)
        if self.in_slot(local):
            return local
        day = local.date()
        if self.is_business_day(day) and local.time() < self.nudge_hour:
            return self.opening(day)
        return self.opening(self.business_days_after(day, 1))

    def first_slot_on_or_after_day(self, day: dt.date) -> dt.datetime:
        """The opening of ``day`` when it is a business day, else of the next business day."""
        return self.opening(self.first_business_day_on_or_after(day))

    def last_opening_at_or_before(self, moment: dt.datetime) -> dt.datetime:
        """The latest opening (nudge hour of a business day) not after ``moment``."""
        local = self.local(moment)
        day = local.date()
        if self.is_business_day(day) and local.time() >= self.nudge_hour:
            return self.opening(day)
        return self.opening(self.business_days_before(day, 1))
