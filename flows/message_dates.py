"""Where a recruiter's message names a day, a time or a window, and what it means.

``find_dates(folded, ref=..., country=...)`` scans a message (folded by ``message_text.fold``)
for the phrases a recruiter uses for an interview ("mardi 15 décembre à 14h30", "Tuesday,
December 15 at 2:30 PM", "demain 10h") and for an answer ("d'ici la fin de la semaine
prochaine", "sous 15 jours", "within two weeks", "by Friday", "avant le 18"), and returns each
with its span, so the exact words can be shown back. Days are read relative to ``ref``, the day
the message was sent: "next week" in a message of 3 December is the week of 7 December.

Each hit gives a first and a last day (equal for a day) and a time when one is given. The
span is also what ``flows.dates.read_when`` is asked about, when that reader takes it.
Windows end as ``flows.dates.read_when`` ends them (a week on its Sunday, "sous huitaine" on
the 8th day), so that a phrase means the same whichever reader took it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from flows.business_calendar import WorkCalendar, add_months, is_supported_country

MONTHS = {
    "janvier": 1, "janv": 1, "january": 1, "jan": 1,
    "fevrier": 2, "fevr": 2, "fev": 2, "february": 2, "feb": 2,
    "mars": 3, "march": 3, "mar": 3,
    "avril": 4, "avr": 4, "april": 4, "apr": 4,
    "mai": 5, "may": 5,
    "juin": 6, "june": 6, "jun": 6,
    "juillet": 7, "juil": 7, "july": 7, "jul": 7,
    "aout": 8, "august": 8, "aug": 8,
    "septembre": 9, "september": 9, "sept": 9, "sep": 9,
    "octobre": 10, "october": 10, "oct": 10,
    "novembre": 11, "november": 11, "nov": 11,
    "decembre": 12, "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "lundi": 0, "lun": 0, "monday": 0, "mon": 0,
    "mardi": 1, "tuesday": 1, "tues": 1, "tue": 1,
    "mercredi": 2, "mer": 2, "wednesday": 2, "wed": 2,
    "jeudi": 3, "jeu": 3, "thursday": 3, "thurs": 3, "thur": 3, "thu": 3,
    "vendredi": 4, "ven": 4, "friday": 4, "fri": 4,
    "samedi": 5, "sam": 5, "saturday": 5, "sat": 5,
    "dimanche": 6, "dim": 6, "sunday": 6, "sun": 6,
}  # fmt: skip
NUMBERS = {
    "un": 1, "une": 1, "one": 1, "a": 1, "an": 1,
    "deux": 2, "two": 2, "trois": 3, "three": 3, "quatre": 4, "four": 4,
    "cinq": 5, "five": 5, "six": 6, "sept": 7, "seven": 7, "huit": 8, "eight": 8,
    "neuf": 9, "nine": 9, "dix": 10, "ten": 10, "onze": 11, "eleven": 11,
    "douze": 12, "twelve": 12, "quinze": 15, "fifteen": 15, "vingt": 20, "twenty": 20,
    "trente": 30, "thirty": 30, "dix-huit": 18, "eighteen": 18,
    "vingt-quatre": 24, "twenty-four": 24,
}  # fmt: skip
MONTH_FIRST_COUNTRIES = frozenset({"US", "PH", "FM", "MH", "PW"})

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY_FULL = (
    "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
)
_WEEKDAY = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_NUMBER = "|".join(sorted(NUMBERS, key=len, reverse=True))
_ORD = r"(?:er|re|st|nd|rd|th|e|eme)?"

TIME_12 = re.compile(r"\b(1[0-2]|0?[1-9])(?:[:.h]([0-5]\d))?\s?([ap])\.?\s?m\b\.?")
TIME_24 = re.compile(r"\b([01]?\d|2[0-3])\s?(?:h|:|heures?)\s?([0-5]\d)?(?![\d/])")
# "I'll call you tomorrow at 8.45": a dotted time, only right after "at" or "à" (not "3.5%").
TIME_DOT = re.compile(
    r"(?:(?<=\bat )|(?<=\ba )|(?<=\bvers ))([01]?\d|2[0-3])\.([0-5]\d)\b(?![.,]?\d|\s?(?:%|€|eur|"
    r"k\b|[ap]\.?\s?m\b))"
)
TIME_WORDS = re.compile(
    r"\b(midi|noon)\b|\b(half past|quarter past|quarter to) (one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|\d{1,2})\b|\b(one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|\d{1,2}) o'clock\b"
)

_DAY_MONTH = re.compile(
    rf"\b(?:(?P<wd>{_WEEKDAY})\.?,?\s+)?(?:le\s+|the\s+)?(?P<d>[0-3]?\d){_ORD}\s+(?:of\s+|de\s+)?"
    rf"(?P<m>{_MONTH})\b\.?(?:,?\s+(?P<y>20\d\d)\b)?"
)
_MONTH_DAY = re.compile(
    rf"\b(?:(?P<wd>{_WEEKDAY})\.?,?\s+)?(?:the\s+)?(?P<m>{_MONTH})\.?\s+(?P<d>[0-3]?\d){_ORD}\b"
    rf"(?!\s?(?:h|:|am|pm)|[/.]\d)(?:,?\s+(?P<y>20\d\d)\b)?"
)
_NUMERIC = re.compile(
    rf"\b(?:(?P<wd>{_WEEKDAY})\.?,?\s+)?(?:le\s+|the\s+)?(?P<a>[0-3]?\d)[/.](?P<b>[01]?\d)"
    rf"(?:[/.](?P<y>(?:20)?\d\d))?\b(?![/.]\d)"
)
_ISO = re.compile(r"\b(?P<y>20\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")
_WEEKDAY_DAY = re.compile(
    rf"\b(?P<wd>{_WEEKDAY_FULL})\s+(?:le\s+|the\s+)?(?P<d>[0-3]?\d){_ORD}\b(?!\s?(?:h\b|:|am|pm|"
    rf"[/.]\d))"
)
_WEEKDAY_ALONE = re.compile(
    rf"\b(?P<this>ce |cette |this |coming |this coming )?(?P<wd>{_WEEKDAY_FULL})"
    rf"(?P<next>\s+prochain|\s+(?:de\s+)?la\s+semaine\s+prochaine|\s+next\s+week|\s+en\s+huit)?\b"
    r"|\bnext\s+(?P<wd2>" + _WEEKDAY_FULL + r")\b"
)
_RELATIVE_DAY = re.compile(
    r"\b(?P<w>apres-demain|apres demain|the day after tomorrow|demain|tomorrow|tmrw|tmr|tomoz|"
    r"aujourd'hui|today|"
    r"ce matin|cet apres-midi|ce soir|this morning|this afternoon|tonight)\b"
)
_DAY_ONLY = re.compile(
    rf"(?<!\bin\s)(?<!\bdans\s)\b(?:le|the|du|jusqu'au|au)\s+(?P<d>[0-3]?\d){_ORD}\b(?!\s?(?:h\b|:|"
    rf"am|pm|[/.]\d|%))"
    r"(?=\s*(?:$|[,.;:!?)(\n]|a\b|at\b|au\b|prochain|de ce mois|of this month|et\b|ou\b|or\b))"
)

# Windows
_SPAN = re.compile(
    rf"\b(?:sous|dans|d'ici|endeans|within|in|in the next|over the next|au cours des|dans les|"
    rf"during the next|d'ici a|under|(?:dans|sous) un delai (?:maximum |max |d'environ )?de|"
    rf"within a period of)\s+(?:les\s+|the\s+)?(?:next\s+|coming\s+|"
    rf"prochaine?s\s+)?(?P<n>\d{{1,3}}(?:\s?[-–]\s?\d{{1,3}}|\s(?:a|à|to|or|ou)\s\d{{1,3}})?|"
    rf"{_NUMBER}|quelques|few|a few)\s*"
    r"(?:prochain(?:e)?s\s+|next\s+|coming\s+)?(?P<u>jours? ouvr[ea]s|jours? ouvrables|"
    r"business days?|working days?|jours?|days?|semaines?|weeks?|mois|months?|heures?|hours?|h)\b"
)
_SPAN_WORD = re.compile(
    r"\b(?:sous|d'ici|dans|endeans|within|in)\s+(?:une\s+|a\s+|la\s+)?(?P<w>huitaine|quinzaine|"
    r"fortnight)\b"
)
_WEEK_WINDOW = re.compile(
    r"\b(?P<pre>(?:d'ici|avant|by|before|until|au plus tard|no later than)\s+)?"
    r"(?:(?:a\s+|la\s+|the\s+|en\s+|dans\s+le\s+courant\s+de\s+|courant\s+|au\s+cours\s+de\s+|"
    r"sometime\s+|during\s+|at\s+the\s+)?(?P<part>fin|end|debut|early|beginning|start|"
    r"milieu|mid|middle|late)(?:\s+of|\s+de|\s+d')?\s+)?"
    r"(?:la\s+|the\s+|cette\s+|this\s+)?"
    r"(?P<which>semaine prochaine|semaine pro|sem pro|next week|semaine d'apres|semaine qui suit|"
    r"la semaine suivante|"
    r"semaine suivante|following week|week after next|week after|cette semaine|this week|"
    r"semaine|week)\b"
)
_NEXT_WEEK = ("semaine prochaine", "semaine pro", "sem pro", "next week")
# "By the end of the year", "d'ici la fin de l'année": a deadline only, never "les congés de fin
# d'année".
_YEAR_END = re.compile(
    r"\b(?:by|before|until|d'ici|avant)\s+(?:the\s+|la\s+)?(?:end\s+of\s+(?:the|this)\s+year|"
    r"year[- ]end|fin\s+de\s+l'annee|fin\s+d'annee)\b"
)
# "La semaine qui suit", "the following week": the week after a day said just before, if any.
_WEEK_AFTER = (
    "semaine d'apres",
    "semaine qui suit",
    "following week",
    "week after",
    "la semaine suivante",
    "semaine suivante",
)
_MONTH_WINDOW = re.compile(
    r"\b(?:(?:d'ici|avant|by|before|until|au plus tard)\s+)?"
    r"(?:(?:a\s+|la\s+|the\s+|en\s+|at\s+the\s+|courant\s+|dans\s+le\s+courant\s+d[eu]\s+)?"
    r"(?P<part>fin|end|debut|early|beginning|start|milieu|mid|middle|late)(?:\s+of|\s+de|\s+d'|"
    r"\s+du|-)?\s*)?"
    r"(?:(?:le|du|ce|the|this)\s+)?(?P<which>mois prochain|next month|mois|month)\b"
)
_FIRST_WEEK = re.compile(
    rf"\b(?:the |la )?(?P<n>first|second|last|premiere|deuxieme|derniere) (?:week|semaine) "
    rf"(?:of|de|d') ?(?P<m>{_MONTH})\b"
)
_PART_MONTH = re.compile(
    rf"\b(?P<part>fin|end of|debut|early|beginning of|start of|mi|mid|milieu|middle of|late|"
    rf"courant|en|in|during|(?:premiere|1re|1ere|deuxieme|seconde|2e|2eme) quinzaine (?:de|d')|"
    rf"(?:first|second) half of)[-\s]+(?P<m>{_MONTH})\b(?!\s+[0-3]?\d)"
)
_BEFORE = re.compile(
    r"\b(?:d'ici|avant|by|before|until|no later than|au plus tard|jusqu'au|jusqu'a|"
    r"au plus tard le|d'ici au)\s+(?:le\s+|the\s+|ce\s+|this\s+)?$"
)
DAY_AFTER = re.compile(
    r"\b(?:le lendemain|le jour suivant|the (?:next|following) day|the day after)\b"
    r"(?!\s+(?:tomorrow|demain))"
)
# "entre le 4 et le 8 janvier", "between the 4th and the 8th of January", "between January 4
# and 8": a window from the first day to the second.
_BETWEEN = re.compile(
    rf"\b(?:entre|between)\s+(?:le\s+|the\s+)?(?P<a>[0-3]?\d){_ORD}(?:\s+(?P<ma>{_MONTH}))?"
    rf"\s+(?:et|and)\s+(?:le\s+|the\s+)?(?P<b>[0-3]?\d){_ORD}\s+(?:of\s+)?(?P<m>{_MONTH})\b|"
    rf"\bbetween\s+(?P<m2>{_MONTH})\s+(?P<a2>[0-3]?\d){_ORD}\s+and\s+(?P<b2>[0-3]?\d){_ORD}\b"
)
# "dans les prochains jours", "in the coming days": a few days, three.
SOON = re.compile(
    r"\b(?:dans|au cours|sous|in|over|within|during|d'ici)\s+(?:les|des|the)\s+"
    r"(?:tout\s+|very\s+)?(?:prochains|coming|next)\s+(?:few\s+)?(?:jours|days)\b"
)
SOON_DAYS = 3
_CHRISTMAS = re.compile(
    r"\b(?:avant|d'ici|before|by)\s+(?:noel|christmas|les fetes|the holidays)\b"
)


@dataclass(frozen=True)
class DateHit:
    """A date phrase found in a message."""

    start: int
    end: int
    first: dt.date
    last: dt.date
    time: dt.time | None
    window: bool  # a window or a deadline, not one day named for an event


def _number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return NUMBERS.get(word)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _next_day_month(ref: dt.date, month: int, day: int, year: int | None) -> dt.date | None:
    if year is not None:
        return _safe_date(year, month, day)
    found = _safe_date(ref.year, month, day)
    if found is not None and found < ref - dt.timedelta(days=31):
        found = _safe_date(ref.year + 1, month, day)
    return found


def _sunday(day: dt.date) -> dt.date:
    return day + dt.timedelta(days=6 - day.weekday())


def _month_end(year: int, month: int) -> dt.date:
    first_next = dt.date(year + month // 12, month % 12 + 1, 1)
    return first_next - dt.timedelta(days=1)


def _month_window(ref: dt.date, month: int, part: str | None) -> tuple[dt.date, dt.date]:
    year = ref.year if month >= ref.month else ref.year + 1
    end = _month_end(year, month)
    if part in ("debut", "early", "beginning of", "start of", "beginning", "start"):
        return dt.date(year, month, 1), dt.date(year, month, 10)
    if part in ("mi", "mid", "milieu", "middle of", "middle"):
        return dt.date(year, month, 11), dt.date(year, month, 20)
    if part in ("fin", "end of", "end", "late"):
        return dt.date(year, month, 21), end
    if part and ("quinzaine" in part or "half" in part):
        # "la première quinzaine de janvier", "the second half of January"
        if part.startswith(("premiere", "1re", "1ere", "first")):
            return dt.date(year, month, 1), dt.date(year, month, 15)
        return dt.date(year, month, 16), end
    return dt.date(year, month, 1), end


def _add_business_days(day: dt.date, n: int, country: str) -> dt.date:
    if is_supported_country(country):
        calendar = WorkCalendar.for_user("UTC", country)
        return calendar.business_days_after(day, max(n, 1))
    while n > 0:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            n -= 1
    return day


# "Come in Monday at 9": a bare hour, only right after the day and "at" (not "at 9 Mill Lane").
TIME_BARE = re.compile(
    r"\s*,?\s*(?:at|a)\s+(1[0-2]|[1-9])\b(?![:.,/]?\d|\s?(?:%|h\b|heures?|[ap]\.?\s?m\b|"
    r"days?|weeks?|months?|jours?|semaines?|mois|minutes?|mins?|people|personnes|[a-z]+ (?:street|"
    r"road|lane|rue|avenue|place)))"
)


def _time_near(folded: str, start: int, end: int) -> tuple[dt.time | None, int]:
    """A time given right after a day ("à 14h30", "at 2 pm"), or just before it."""
    after = folded[end : end + 40]
    bare = TIME_BARE.match(after)
    if bare and not any(p.match(after, bare.start(1)) for p in (TIME_24, TIME_12)):
        hour = int(bare.group(1))
        hour = hour + 12 if hour <= 7 else hour  # "at 3": an office's afternoon
        return dt.time(hour, 0), end + bare.end()
    for pattern in (TIME_DOT, TIME_24, TIME_12, TIME_WORDS):
        match = pattern.search(after)
        if match and not re.search(r"[.!?;\n]", after[: match.start()]):
            time = _time_of(match)
            twelve = TIME_12.search(after)
            if pattern is TIME_24 and twelve is not None and twelve.start() <= match.start():
                time = _time_of(twelve)
            elif pattern is TIME_24 and time.hour < 12:
                # "from 1:00 to 1:45 PM": the half of the day said at the range's end.
                later = re.match(
                    r"\s*(?:-|–|to|a|au|jusqu'a)\s*[0-9:.h]{1,5}\s?([ap])\.?\s?m\b",
                    after[match.end() :],
                )
                if later and later.group(1) == "p":
                    time = dt.time(time.hour + 12, time.minute)
            return time, end + match.end()
    before = folded[max(0, start - 25) : start]
    bare_before = re.search(r"\b(?:at|a) (1[0-2]|[1-9]) $", before)
    if bare_before:
        hour = int(bare_before.group(1))  # "Could you come in at 8 tomorrow morning?"
        return dt.time(hour + 12 if hour <= 7 else hour, 0), end
    for pattern in (TIME_12, TIME_24):
        found = list(pattern.finditer(before))
        if found and not re.search(r"[.!?;\n]", before[found[-1].end() :]):
            if len(found) > 1 and _RANGE_DASH.fullmatch(before, found[-2].end(), found[-1].start()):
                return _time_of(found[-2]), end  # "10:00 - 10:30, vendredi 4 décembre": its start
            return _time_of(found[-1]), end
    return None, end


def _time_of(match: re.Match[str]) -> dt.time:
    if match.re is TIME_WORDS:
        if match.group(1):
            return dt.time(12, 0)
        word = match.group(3) or match.group(4)
        hour = int(word) if word.isdigit() else NUMBERS.get(word, 12)
        hour = hour + 12 if 1 <= hour <= 7 else hour  # "half past two": an office's afternoon
        if match.group(2) == "half past":
            return dt.time(hour % 24, 30)
        if match.group(2) == "quarter past":
            return dt.time(hour % 24, 15)
        if match.group(2) == "quarter to":
            return dt.time((hour - 1) % 24, 45)
        return dt.time(hour % 24, 0)
    hour = int(match.group(1))
    minute = int(match.group(2) or 0)
    if match.re is TIME_12:
        hour = hour % 12 + (12 if match.group(3) == "p" else 0)
    return dt.time(hour, minute)


def _overlaps(hits: list[DateHit], start: int, end: int) -> bool:
    return any(h.start < end and start < h.end for h in hits)


def _is_deadline(folded: str, start: int) -> bool:
    return _BEFORE.search(folded[max(0, start - 25) : start]) is not None


def find_dates(folded: str, *, ref: dt.date, country: str = "FR") -> list[DateHit]:
    """Every date phrase of the text, in order, with its first and last day."""
    hits: list[DateHit] = []
    month_first = country.upper() in MONTH_FIRST_COUNTRIES

    def add(start: int, end: int, first: dt.date, last: dt.date, window: bool) -> None:
        if _overlaps(hits, start, end):
            return
        time, _ = (None, end) if window else _time_near(folded, start, end)
        hits.append(DateHit(start, end, first, last, time, window))

    def day(start: int, end: int, found: dt.date | None) -> None:
        if found is not None:
            deadline = _is_deadline(folded, start)
            add(start, end, ref if deadline else found, found, deadline)

    for m in _BETWEEN.finditer(folded):
        month = MONTHS[m["m"] or m["m2"]]
        first_month = MONTHS[m["ma"]] if m["ma"] else month
        a, b = int(m["a"] or m["a2"]), int(m["b"] or m["b2"])
        last_day = _next_day_month(ref, month, b, None)
        if last_day is None:
            continue
        first_year = last_day.year if first_month <= month else last_day.year - 1
        first_day = _safe_date(first_year, first_month, a)
        if first_day is not None and first_day <= last_day:
            add(m.start(), m.end(), max(first_day, ref), last_day, True)
    for m in SOON.finditer(folded):
        add(m.start(), m.end(), ref, ref + dt.timedelta(days=SOON_DAYS), True)
    for m in _ISO.finditer(folded):
        day(m.start(), m.end(), _safe_date(int(m["y"]), int(m["m"]), int(m["d"])))
    for m in _DAY_MONTH.finditer(folded):
        year = int(m["y"]) if m["y"] else None
        day(m.start(), m.end(), _next_day_month(ref, MONTHS[m["m"]], int(m["d"]), year))
    for m in _MONTH_DAY.finditer(folded):
        year = int(m["y"]) if m["y"] else None
        day(m.start(), m.end(), _next_day_month(ref, MONTHS[m["m"]], int(m["d"]), year))
    for m in _NUMERIC.finditer(folded):
        a, b = int(m["a"]), int(m["b"])
        d, mo = (b, a) if month_first else (a, b)
        if mo > 12 and d <= 12:
            d, mo = mo, d  # "12/18/2026": written month first whatever the country
        if not (1 <= mo <= 12 and 1 <= d <= 31):
            continue
        year = None
        if m["y"]:
            year = int(m["y"]) + (2000 if len(m["y"]) == 2 else 0)
        day(m.start(), m.end(), _next_day_month(ref, mo, d, year))
    for m in _WEEKDAY_DAY.finditer(folded):
        target = int(m["d"])
        found = None
        for offset in range(0, 370):
            candidate = ref + dt.timedelta(days=offset)
            if candidate.day == target and candidate.weekday() == WEEKDAYS[m["wd"]]:
                found = candidate
                break
        day(m.start(), m.end(), found)
    for m in _RELATIVE_DAY.finditer(folded):
        word = m["w"]
        shift = 0
        if word in ("demain", "tomorrow", "tmrw", "tmr", "tomoz"):
            shift = 1
        elif word in ("apres-demain", "apres demain", "the day after tomorrow"):
            shift = 2
        day(m.start(), m.end(), ref + dt.timedelta(days=shift))
    for m in _WEEKDAY_ALONE.finditer(folded):
        if re.search(
            r"\b(?:every|each|chaque|tous les)\s+$", folded[max(0, m.start() - 10) : m.start()]
        ):
            continue  # "every Monday" is no date
        weekday = WEEKDAYS[m["wd"] or m["wd2"]]
        ahead = (weekday - ref.weekday()) % 7
        suffix = (m["next"] or "").strip()
        if "semaine" in suffix or "week" in suffix or "huit" in suffix:
            monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(days=7)
            found = monday + dt.timedelta(days=weekday)
            if "huit" in suffix:
                found = ref + dt.timedelta(days=ahead or 7) + dt.timedelta(days=7)
        elif suffix or m["wd2"]:
            # "vendredi prochain" said on a Thursday is not tomorrow but the week after.
            found = ref + dt.timedelta(days=ahead + 7 if ahead <= 2 else ahead)
        else:
            found = ref + dt.timedelta(days=ahead or 7)
        day(m.start(), m.end(), found)
    for m in _DAY_ONLY.finditer(folded):
        target = int(m["d"])
        if not 1 <= target <= 31:
            continue
        found = _safe_date(ref.year, ref.month, target)
        if found is None or found < ref:
            nxt = dt.date(ref.year + ref.month // 12, ref.month % 12 + 1, 1)
            found = _safe_date(nxt.year, nxt.month, target)
        day(m.start(), m.end(), found)

    for m in _SPAN.finditer(folded):
        n = _number(re.split(r"\s?[-–]\s?|\s(?:a|à|to|or|ou)\s", m["n"])[-1])
        if n is None:
            continue
        unit = m["u"]
        if "ouvr" in unit or "business" in unit or "working" in unit:
            last = _add_business_days(ref, n, country)
        elif unit.startswith(("jour", "day")):
            last = ref + dt.timedelta(days=n)
        elif unit.startswith(("semaine", "week")):
            last = ref + dt.timedelta(days=7 * n)
        elif unit.startswith(("mois", "month")):
            last = add_months(ref, n)
        else:  # hours
            last = ref + dt.timedelta(days=max(1, round(n / 24)))
        add(m.start(), m.end(), ref, last, True)
    for m in _SPAN_WORD.finditer(folded):
        days = {"huitaine": 8, "quinzaine": 15, "fortnight": 14}[m["w"]]
        add(m.start(), m.end(), ref, ref + dt.timedelta(days=days), True)
    for m in _WEEK_WINDOW.finditer(folded):
        which, part = m["which"], m["part"]
        this_monday = ref - dt.timedelta(days=ref.weekday())
        if which in _NEXT_WEEK or which in _WEEK_AFTER:
            monday = this_monday + dt.timedelta(days=7)
        elif which == "week after next":
            monday = this_monday + dt.timedelta(days=14)
        else:
            if (
                part is None
                and m["pre"] is None
                and not re.search(
                    r"(cette|this|la|the)\s+$", folded[max(0, m.start() - 8) : m.start()]
                )
                and not re.match(r"(?:cette|this|la|the)\s", m.group(0))
                and which in ("semaine", "week")
            ):
                continue
            monday = this_monday if ref.weekday() < 5 else this_monday + dt.timedelta(days=7)
        if part in ("debut", "early", "beginning", "start"):
            last = monday + dt.timedelta(days=2)
        elif part in ("milieu", "mid", "middle"):
            last = monday + dt.timedelta(days=3)
        else:
            last = _sunday(monday)
        add(m.start(), m.end(), monday, last, True)
    for m in _YEAR_END.finditer(folded):
        add(m.start(), m.end(), ref, dt.date(ref.year, 12, 31), True)
    for m in _MONTH_WINDOW.finditer(folded):
        next_month = m["which"] in ("mois prochain", "next month")
        if not next_month and m["part"] is None:
            continue
        year, month = ref.year, ref.month
        if next_month:
            year, month = year + month // 12, month % 12 + 1
        start, end = _month_window(dt.date(year, month, 1), month, m["part"])
        add(m.start(), m.end(), max(start, ref), end, True)
    for m in _PART_MONTH.finditer(folded):
        part = m["part"]
        if part in ("en", "in", "during") and m["m"] in ("mar", "may", "jan", "sept", "dec", "oct"):
            continue
        start, end = _month_window(ref, MONTHS[m["m"]], part)
        add(m.start(), m.end(), max(start, ref), end, True)
    for m in _FIRST_WEEK.finditer(folded):
        month = MONTHS[m["m"]]
        year = ref.year if month >= ref.month else ref.year + 1
        which = m["n"]
        if which in ("first", "premiere"):
            start, end = dt.date(year, month, 1), dt.date(year, month, 7)
        elif which in ("second", "deuxieme"):
            start, end = dt.date(year, month, 8), dt.date(year, month, 14)
        else:
            end = _month_end(year, month)
            start = end - dt.timedelta(days=6)
        add(m.start(), m.end(), max(start, ref), end, True)
    for m in _CHRISTMAS.finditer(folded):
        year = ref.year if ref <= dt.date(ref.year, 12, 24) else ref.year + 1
        add(m.start(), m.end(), ref, dt.date(year, 12, 24), True)
    for index, hit in enumerate(hits):
        week_of = re.search(
            r"(?:la semaine du|the week of|semaine du|(?:the )?week (?:commencing|beginning|"
            r"starting)(?: on)?|(?:la )?semaine (?:commencant|debutant)(?: le)?)\s+$",
            folded[max(0, hit.start - 30) : hit.start],
        )
        if week_of and not hit.window:
            monday = hit.last - dt.timedelta(days=hit.last.weekday())
            hits[index] = DateHit(
                hit.start - len(week_of.group(0)), hit.end, monday, _sunday(monday), None, True
            )
    hits.sort(key=lambda h: h.start)
    for m in _DAY_ONLY.finditer(folded):
        # "courant janvier, au plus tard le 15": the day of the month just named
        at = next((i for i, h in enumerate(hits) if h.start == m.start()), None)
        before = [h for h in hits if 0 <= m.start() - h.end < 60]
        if at is None or not before:
            continue
        hit, month_of = hits[at], before[-1].last
        found = _safe_date(month_of.year, month_of.month, int(m["d"]))
        if found is not None and found >= ref and found != hit.last:
            hits[at] = DateHit(
                hit.start, hit.end, min(hit.first, found), found, hit.time, hit.window
            )
    for m in DAY_AFTER.finditer(folded):
        # "le comité se réunit le 17 décembre ; je reviendrai vers vous le lendemain"
        before = [h for h in hits if not h.window and 0 <= m.start() - h.end < 200]
        if before:
            following = before[-1].last + dt.timedelta(days=1)
            add(m.start(), m.end(), following, following, False)
    hits.sort(key=lambda h: h.start)
    for index, hit in enumerate(hits):
        # "Nous rencontrons d'autres candidats jusqu'au 11 ; réponse la semaine qui suit": the
        # week after the day said just before, not after this one.
        after = _WEEK_WINDOW.match(folded, hit.start)
        said = [h for h in hits[:index] if 0 <= hit.start - h.end < 200 and h.last >= ref]
        if after is None or after["which"] not in _WEEK_AFTER or not said:
            continue
        anchor = said[-1].last
        monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(days=7)
        hits[index] = DateHit(hit.start, hit.end, monday, _sunday(monday), hit.time, hit.window)
    return _joined_ranges(folded, hits)


# "between Monday, December 14 and Friday, December 18", "du lundi 14 au vendredi 18 décembre":
# two days said as the ends of one window.
_RANGE_OPEN = re.compile(r"\b(?:entre|between|from|du)\s+(?:le\s+|the\s+)?$")
_RANGE_JOIN = re.compile(r"^\s*(?:et|and|to|au|until|till|through|[-–])\s+(?:le\s+|the\s+)?$")


def _joined_ranges(folded: str, hits: list[DateHit]) -> list[DateHit]:
    out: list[DateHit] = []
    index = 0
    while index < len(hits):
        hit = hits[index]
        nxt = hits[index + 1] if index + 1 < len(hits) else None
        if (
            nxt is not None
            and not hit.window
            and not nxt.window
            and hit.first <= nxt.last
            and (nxt.last - hit.first).days <= 31
            and _RANGE_OPEN.search(folded[max(0, hit.start - 12) : hit.start])
            and _RANGE_JOIN.match(folded[hit.end : nxt.start])
        ):
            out.append(DateHit(hit.start, nxt.end, hit.first, nxt.last, None, True))
            index += 2
            continue
        out.append(hit)
        index += 1
    return out


# Between the two times of a range: "10:00 - 10:30", "3–4:30pm", "14h à 15h".
_RANGE_DASH = re.compile(r"\s*(?:-|–|—|to|a|au|jusqu'a)\s*")
# A range's first hour said without its half of the day: the "3" of "3–4:30pm".
_RANGE_START = re.compile(r"\b(1[0-2]|0?[1-9])(?:[:.]([0-5]\d))?\s*(?:-|–|—|to)\s*$")


def find_times(folded: str) -> list[tuple[int, dt.time]]:
    """Every time of day in the text, with its position."""
    found: list[tuple[int, dt.time]] = []
    taken: list[tuple[int, int]] = []
    for pattern in (TIME_12, TIME_24, TIME_DOT):
        for match in pattern.finditer(folded):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            taken.append((match.start(), match.end()))
            found.append((match.start(), _time_of(match)))
            opening = (
                _RANGE_START.search(folded, max(0, match.start() - 12), match.start())
                if pattern is TIME_12
                else None
            )
            if opening and not any(s <= opening.start() < e for s, e in taken):
                # "Time: 3–4:30pm": the range opens at 3pm (at 11am in "11–1pm").
                end_time = _time_of(match)
                hour = int(opening.group(1)) % 12 + (12 if match.group(3) == "p" else 0)
                if hour > end_time.hour:
                    hour -= 12
                start_time = dt.time(hour % 24, int(opening.group(2) or 0))
                taken.append((opening.start(), match.start()))
                found.append((opening.start(), start_time))
    return sorted(found, key=lambda item: item[0])
