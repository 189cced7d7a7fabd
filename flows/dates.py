"""Dates typed by a user, in French or English, read as a person means them.

`read_when` returns a day ("le 18", "jeudi 17", "the twenty second"), a moment (a day and a
time: "demain 14h", "friday at 2pm") or a window, from a first to a last day, both inclusive
("la semaine prochaine", "sous 15 jours", "by Friday", "mi-décembre", "avant Noël"). A phrase
that can be read two ways ("vendredi prochain" said on a Thursday) carries its other readings.
Nothing here reads the clock: "now" is passed in, and every day is local to the user's zone.

    read_when("sous 15 jours", now=now, tz="Europe/Paris", country="FR", expect=Prefer.FUTURE)
    # When(start=2026-12-07, end=2026-12-22, time=None)

`python -m flows.dates --json` reads one JSON object per line on stdin ({"text", "now", "tz",
"country", "expect"}) and writes one per line: {"start", "end", "time"} or {"error": reason}.

Why a grammar of our own and not a library. `dateparser` reads single dates well (numeric
dates in either order, month names in many languages) and stays the last resort here, but it
returns one moment: it has no notion of a window ("la semaine prochaine", "d'ici vendredi"), of
a duration counted from an event ("sous 15 jours", "sous huitaine"), or of feasts, and it
misreads "next friday" and "lundi prochain" (its issues #573 and #459). Microsoft
Recognizers-Text's Python port is an unmaintained alpha (2019, pins `emoji<1`) and misreads
French windows ("fin décembre", "mi-décembre", "jeudi 17"); `ctparse` reads English and German
only; Duckling needs a Haskell service. The phrases candidates use are a small, closed set of
shapes, so a table of words and a few dozen patterns, each tested, read them faster (well under
a millisecond) and say exactly which reading Relance chose and why. Measured on the table of
tests/unit/flows/dates_corpus.jsonl: `dateparser` alone reads 152 of its 250 single days right (61%)
and none of its 326 windows, at a median of 0.96 ms a phrase; this reader, 0.18 ms.

How it reads: the text is folded (lower case, no accents, no punctuation but what dates use),
words become tokens (weekdays `WD0`-`WD6`, months `MO1`-`MO12`, numbers in words become digits,
ordinals `17th`, units `DAYS`/`WEEKS`...), the time of day is taken out, then the patterns are
tried from the most specific to the least, each searching the whole sentence, so that "ils
m'ont dit qu'ils répondraient la semaine prochaine" reads like "la semaine prochaine".
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import json
import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import dateparser
import holidays
from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

NOON = dt.time(12, 0)
MONTH_FIRST_COUNTRIES = frozenset({"US", "PH", "FM", "MH", "PW"})
# A past event older than this, or a future one further than this, is surely a typo.
FURTHEST = dt.timedelta(days=366)
FURTHEST_DAYS = 366
# A day and month without a year this close on the wrong side of today mean this year: "20/11"
# typed on 23/11 for a coming interview is a slip, not next November; "19-20 novembre" typed on
# 7 November for an interview that took place is refused, not read as last year's (as public
# corpora read it): an interview a year old is not one Relance coaches a follow-up for.
JUST_PASSED_DAYS = 31
# A longer text is not a date someone typed: it is not read. Nor is pasted markup.
TEXT_LIMIT = 300
MARKUP = re.compile(r"<\s*/?\s*[a-zA-Z][^>]*>")


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


@dataclass(frozen=True)
class When:
    """What a typed date means: the days from `start` to `end` (inclusive, local to the user's
    zone; equal for a single day), the time of day if one was given, and the other readings of
    an ambiguous phrase."""

    start: dt.date
    end: dt.date
    time: dt.time | None = None
    alternatives: tuple[When, ...] = field(default=(), compare=False)

    @property
    def is_day(self) -> bool:
        return self.start == self.end

    @property
    def is_window(self) -> bool:
        return self.start != self.end

    def moment(self, tz: str, *, last: bool = False) -> dt.datetime:
        """The first day (or the last, with `last`) at its time, 12:00 without one (coaching rules),
        aware in `tz`; a wall time in a DST gap is moved forward."""
        zone = ZoneInfo(tz)
        day = self.end if last else self.start
        moment = dt.datetime.combine(day, self.time or NOON, tzinfo=zone)
        return moment.astimezone(dt.UTC).astimezone(zone)

    def as_json(self) -> dict[str, str | None]:
        return {
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "time": self.time.strftime("%H:%M") if self.time else None,
        }


# --- Words -----------------------------------------------------------------------------------

WEEKDAY_WORDS = {
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5,
    "dimanche": 6, "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6, "tues": 1, "weds": 2, "thurs": 3, "thur": 3,
}  # fmt: skip
# Short forms that are also ordinary words ("sat", "sun", "mar") count only next to a number.
WEEKDAY_SHORT = {
    "lun": 0, "mar": 1, "mer": 2, "jeu": 3, "ven": 4, "sam": 5, "dim": 6,
    "mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6,
}  # fmt: skip
MONTH_WORDS = {
    "janvier": 1, "janv": 1, "january": 1, "jan": 1, "fevrier": 2, "fevr": 2, "fev": 2,
    "february": 2, "feb": 2, "mars": 3, "march": 3, "avril": 4, "avr": 4, "april": 4, "apr": 4,
    "mai": 5, "juin": 6, "june": 6, "jun": 6, "juillet": 7, "juil": 7, "july": 7, "jul": 7,
    "aout": 8, "august": 8, "aug": 8, "septembre": 9, "september": 9, "sept": 9, "sep": 9,
    "octobre": 10, "october": 10, "oct": 10, "novembre": 11, "november": 11, "nov": 11,
    "decembre": 12, "december": 12, "dec": 12,
}  # fmt: skip
# Words around a short weekday that make it one ("from Tue to Thu", "ven prochain").
SHORT_DAY_CUES = frozenset(
    {
        "from",
        "to",
        "until",
        "till",
        "et",
        "and",
        "ou",
        "or",
        "au",
        "du",
        "ce",
        "this",
        "next",
        "last",
        "prochain",
        "dernier",
    }
)
# Short weekdays that are no other word in French or English: a weekday wherever they stand.
UNMISTAKABLE_SHORT_DAYS = frozenset({"lun", "ven", "tue", "thu", "fri"})
# Month names that are also other words: "sept" (seven), "mar" (Tuesday), "may" (a verb).
MONTH_IF_NEAR_A_NUMBER = {"sept": 9, "mar": 3, "may": 5}
CARDINALS = {
    "un": 1, "une": 1, "one": 1, "deux": 2, "two": 2, "trois": 3, "three": 3, "quatre": 4,
    "four": 4, "cinq": 5, "five": 5, "six": 6, "sept": 7, "seven": 7, "huit": 8, "eight": 8,
    "neuf": 9, "nine": 9, "dix": 10, "ten": 10, "onze": 11, "eleven": 11, "douze": 12,
    "twelve": 12, "treize": 13, "thirteen": 13, "quatorze": 14, "fourteen": 14, "quinze": 15,
    "fifteen": 15, "seize": 16, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
ORDINALS = {
    "premier": 1, "premiere": 1, "unieme": 1, "first": 1, "deuxieme": 2, "second": 2,
    "seconde": 2, "troisieme": 3, "third": 3, "quatrieme": 4, "fourth": 4, "cinquieme": 5,
    "fifth": 5, "sixieme": 6, "sixth": 6, "septieme": 7, "seventh": 7, "huitieme": 8,
    "eighth": 8, "neuvieme": 9, "ninth": 9, "dixieme": 10, "tenth": 10, "onzieme": 11,
    "eleventh": 11, "douzieme": 12, "twelfth": 12, "treizieme": 13, "thirteenth": 13,
    "quatorzieme": 14, "fourteenth": 14, "quinzieme": 15, "fifteenth": 15, "seizieme": 16,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "vingtieme": 20,
    "twentieth": 20, "trentieme": 30, "thirtieth": 30,
}  # fmt: skip
TENS = {
    "vingt": 20, "twenty": 20, "trente": 30, "thirty": 30, "quarante": 40, "forty": 40,
    "cinquante": 50, "fifty": 50, "soixante": 60, "sixty": 60, "dix": 10,
}  # fmt: skip
PARTS_OF_DAY = {
    "matin": dt.time(9, 0), "matinee": dt.time(9, 0), "morning": dt.time(9, 0),
    "midi": dt.time(12, 0), "noon": dt.time(12, 0), "midday": dt.time(12, 0),
    "aprem": dt.time(15, 0), "afternoon": dt.time(15, 0), "eod": dt.time(17, 0),
    "lateaprem": dt.time(17, 0), "earlyaprem": dt.time(14, 0), "latemorning": dt.time(11, 0),
    "soir": dt.time(19, 0),
    "soiree": dt.time(19, 0), "evening": dt.time(19, 0), "tonight": dt.time(19, 0),
}  # fmt: skip
LATER_PARTS = {
    "aprem", "afternoon", "soir", "soiree", "evening", "tonight", "lateaprem", "earlyaprem",
}  # fmt: skip

# Phrases made one token before anything else, longest first where they overlap.
PHRASES: tuple[tuple[str, str], ...] = (
    # Short forms typed on a phone
    (r"sem", "semaine"),
    (r"wk|wks", "week"),
    (r"(?:a |one )?fortnight", "2 weeks"),
    (r"nxt", "next"),
    (r"qtrs?", "quarter"),
    (r"(?<=semaine )(?:pro|proch)|(?<=mois )(?:pro|proch)", "prochain"),
    (r"eod|cob|end of (?:the )?(?:business )?day|close of business|fin de (?:la )?journee", "eod"),
    (r"eow", "end of the week"),
    (r"eom", "end of the month"),
    (r"bom", "beginning of the month"),
    (r"eoy", "end of the year"),
    # "this coming Monday": the first one after today (said on a Monday, next week's)
    (r"this (?:coming|upcoming) (?=(?:mon|tues?|wed|thu|fri|sat|sun)\w*\b)", "thiscoming "),
    (r"this (?:coming|upcoming)|ce (\w+) qui vient", "this \\1"),
    (r"first thing|a la premiere heure|a la 1ere heure", "morning"),
    (r"(?:en )?fin d apres midi|late afternoon", " lateaprem "),
    (r"(?:en )?debut d apres midi|early afternoon", " earlyaprem "),
    (r"(?:en )?fin de matinee|late morning", " latemorning "),
    (r"(?:en )?debut de soiree|early evening", " soir "),
    (r"apres midi", "aprem"),
    (r"(?:le |the )?(?:day before yesterday|avant hier)", " DBY "),
    (r"(?:le |the )?(?:day after tomorrow|apres demain|surlendemain)", " DAT "),
    (r"aujourd hui|aujourdhui|today|ce jour ci|ce jour(?! la)|this day|tonight", " TODAY \\g<0> "),
    (r"demain|tomorrow|tomorow|tmrw|tmr|2moro|2morrow|tommorow|tommorrow|tomorrw", " TOMORROW "),
    (r"last night|yesterday night|yesterday evening", " YESTERDAY evening "),
    (r"hier|yesterday", " YESTERDAY "),
    (
        r"(?:le |the )?(?:lendemain|next day|following day|day after|jour suivant"
        r"|jour d apres)",
        " NEXTDAY ",
    ),
    (r"(?:la |the )?(?:veille|day before|jour d avant|jour precedent)", " PREVDAY "),
    (r"week ?ends?|fin de semaine prochaine", "\\g<0>"),
)


def _fold(text: str) -> str:
    """Lower case, no accents, no invisible marks; apostrophes and joining hyphens become
    spaces; the punctuation dates use (/ . - : between digits) stays."""
    text = text[:TEXT_LIMIT].lower().replace("’", "'").replace("`", "'")
    text = re.sub(r"(?<=\d)\s*([ap])\.\s?m\b\.?", r"\1m", text)  # "8 p.m." is "8pm"
    text = unicodedata.normalize("NFKD", text)
    text = "".join(
        c for c in text if not unicodedata.combining(c) and unicodedata.category(c)[0] != "C"
    )
    text = re.sub(r"[^\w\s/.:\-+'@]", " ", text).replace("@", " at ")
    text = re.sub(r"(?<=[a-z]) \+ (?=[a-z])", " plus ", text)  # "au + tard"
    text = text.replace("_", " ").replace("'", " ")
    text = re.sub(r"(?<!\d):|:(?!\d)", " ", text)  # "June: a festival"
    text = text.replace("calendar year", "year")
    # A month and year spaced out ("11 / 2026", "2026 - 11") is one date; a dash between two dates
    # in figures ("28/2-1/3", "02-02-2026 - 03-03-2026") is a range.
    text = re.sub(r"\b(\d{1,2}) *([/\-]) *(\d{4})\b", r"\1\2\3", text)
    text = re.sub(r"\b(\d{4}) *([/\-]) *(\d{1,2})\b(?![/\-.]\d)", r"\1\2\3", text)
    text = re.sub(
        r"(\b\d{1,2}[/.\-]\d{1,2}(?:[/.\-]\d{2,4})?) *- *(?=\d{1,2}[/.\-]\d{1,2}\b)",
        r"\1 au ",
        text,
    )
    # "13 juillet - 15 juillet", "Aug 8 - Aug 12": a spaced dash between words is a range
    text = re.sub(r"\b(\w+) +- +(?=[a-z]|\d+(?!\d| ?h\b|[:h]\d))", _spaced_dash, text)
    text = re.sub(r"(?<!\d)[.\-]|[.\-](?!\d)", " ", text)
    return " ".join(text.split())


_WORD = re.compile(r"[a-z]+")


def _spaced_dash(m: re.Match[str]) -> str:
    """A dash after a day or a month ("13 juillet - 15 juillet") joins a range; after other
    words ("previous week - Monday") it is a pause."""
    word = m[1]
    if (
        re.fullmatch(r"\d+(?:th|st|nd|rd|er|e)?", word)
        or word in MONTH_WORDS
        or (word in WEEKDAY_WORDS or word in WEEKDAY_SHORT)
    ):
        return f"{word} au "
    return f"{word} "


def _tokens(text: str) -> str:
    """Weekdays, months and numbers in words as tokens."""
    for pattern, token in PHRASES:
        text = re.sub(rf"\b(?:{pattern})\b", token, text)
    text = re.sub(r"(?<=[a-z])/|/(?=[a-z])", " ", text)
    text = re.sub(r"\b(\d{1,2}) ?(?:er|ere|re|e|eme|ieme|st|nd|rd|th)\b", r"\1th", text)
    text = re.sub(r"\b(\d{1,2}th|\w+(?:th|st|nd|rd|ieme|ier)) (?:day|jour)\b", r"\1", text)
    words = text.split()
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        prev = out[-1] if out else ""
        nxt = words[i + 1] if i + 1 < len(words) else ""
        near_number = bool(
            re.match(r"\d", prev)
            or re.match(r"\d", nxt)
            or nxt in ORDINALS
            or nxt in TENS
            or nxt in CARDINALS
        )
        unit_next = bool(re.match(UNIT_WORDS, nxt))
        if w in WEEKDAY_WORDS:
            out.append(f"WD{WEEKDAY_WORDS[w]}")
        elif w in MONTH_IF_NEAR_A_NUMBER and (
            near_number
            or (w == "may" and prev in {"in", "early", "mid", "late", "of", "next", "last"})
            or (w == "may" and len(words) == 1)
            or (w == "sept" and prev in {"de", "of", "en", "mi", "fin", "debut"} and not unit_next)
        ):
            out.append(f"MO{MONTH_IF_NEAR_A_NUMBER[w]}")
        elif w in MONTH_WORDS and w not in MONTH_IF_NEAR_A_NUMBER:
            out.append(f"MO{MONTH_WORDS[w]}")
        elif w in WEEKDAY_SHORT and (
            near_number
            or len(words) == 1
            or w in UNMISTAKABLE_SHORT_DAYS
            or prev in SHORT_DAY_CUES
            or nxt in SHORT_DAY_CUES
        ):
            out.append(f"WD{WEEKDAY_SHORT[w]}")
        elif w in TENS or w in CARDINALS or w in ORDINALS:
            value, ordinal, used = _number_at(words, i)
            if value is None:
                out.append(w)
                i += 1
                continue
            out.append(f"{value}th" if ordinal else str(value))
            i += used
            continue
        else:
            out.append(w)
        i += 1
    return " ".join(out)


def _number_at(words: list[str], i: int) -> tuple[int | None, bool, int]:
    """The number spelled from words[i] on ("vingt et un", "twenty second"): its value,
    whether it is an ordinal, and how many words it took."""
    w = words[i]
    if w in TENS:
        base = TENS[w]
        j = i + 1
        if j < len(words) and words[j] in ("et", "and") and j + 1 < len(words):
            j += 1
        unit = words[j] if j < len(words) else ""
        value = CARDINALS.get(unit) or ORDINALS.get(unit)
        if value is not None and 1 <= value <= 9 and (base != 10 or value >= 7):
            return base + value, unit in ORDINALS, j - i + 1
        return base, False, 1
    if w in ORDINALS:
        if i + 1 < len(words) and words[i + 1] in ORDINAL_NOUNS:
            return None, False, 1  # "le second entretien", "the first round"
        return ORDINALS[w], True, 1
    # "un", "une", "one" alone are articles unless a unit follows (handled with the units).
    if w in ("un", "une", "one"):
        return None, False, 1
    return CARDINALS[w], False, 1


# Words after an ordinal that make it no date: "le second entretien", "the first round".
ORDINAL_NOUNS = frozenset({
    "entretien", "entretiens", "interview", "interviews", "round", "rounds", "tour", "tours",
    "rdv", "rendez", "appel", "call", "calls", "echange", "etape", "step", "stage", "poste",
    "candidature", "offre", "relance", "reponse", "meeting", "contact", "fois", "time", "choix",
    "choice", "partie", "part",
})  # fmt: skip

UNITS: tuple[tuple[str, str], ...] = (
    (r"jours? ouvres?|jours? ouvrables?|business days?|working days?|work days?", "BDAYS"),
    (r"jours?|journees?|days?|j", "DAYS"),
    (r"semaines?|weeks?|wks?|sem", "WEEKS"),
    (r"mois(?! (?:prochain|dernier|ci|suivant|precedent|passe|en cours))|months?", "MONTHS"),
    (r"ans?|annees?|years?|yrs?", "YEARS"),
    (r"heures?|hours?|hrs?|h", "HOURS"),
    (r"minutes?|mins?|mn", "MINUTES"),
)
UNIT_WORDS = (
    r"jours?|journees?|days?|semaines?|weeks?|mois|months?|ans?|annees?|years?|heures?|hours?"
    r"|minutes?|huitaine|quinzaine|couple"
)


def _units(text: str) -> str:
    """Counts and units: "une semaine" is "1 WEEKS", "quinze jours" "15 DAYS"."""
    text = re.sub(rf"\b(?:a|an|un|une|one)\s+(?=(?:{UNIT_WORDS})\b)", "1 ", text)
    text = re.sub(r"\bdans la (quinzaine|huitaine)\b", r"sous \1", text)
    text = re.sub(r"\bendeans(?: les)?\b", "sous", text)  # Belgian: "endéans les 15 jours"
    text = re.sub(r"\b(?:1 |la |une )?huitaine(?: de jours)?\b", "8 DAYS", text)
    text = re.sub(r"\b(?:1 |la |une )?quinzaine(?: de jours)?\b", "15 DAYS", text)
    text = re.sub(r"\b(?:1 |une )?dizaine(?: de jours)?\b", "10 DAYS", text)
    text = re.sub(r"\b(?:1 |une )?vingtaine(?: de jours)?\b", "20 DAYS", text)
    text = re.sub(r"\b(?:a |1 )?couple(?: of)?\b", "2", text)
    text = re.sub(r"\b(?:quelques|qq|qqs|qlq|qlqs|plusieurs|several|a few|few)\b", "3", text)
    text = re.sub(r"(\d)(?!th\b)([a-z])", r"\1 \2", text)
    # "3 prochaines semaines", "2 derniers jours": the count, its unit, then the word
    text = re.sub(
        r"\b(\d+) (prochaine?s?|derniere?s?|derniers|passee?s?) (\w+)\b", r"\1 \3 \2", text
    )
    for pattern, token in UNITS:
        text = re.sub(rf"(?<=\d )(?:{pattern})\b", token, text)
    return text


# --- Time of day -------------------------------------------------------------------------------

TIME_12 = re.compile(r"\b(1[0-2]|0?[1-9])(?:[:.h]([0-5]\d))?\s*(a\.?m|p\.?m)\b\.?")
TIME_24 = re.compile(r"\b([01]?\d|2[0-3])\s*(?:h|:|heures?\b)\s*([0-5]\d)?(?!\d)")
TIME_AT = re.compile(
    r"\b(?:a|at|vers|around|des)\s+([01]?\d|2[0-3])\s*(?:h|heures?|o clock)\s*([0-5]\d)?\b"
)
# "at 4", "around 10:30": an English hour without am/pm, in the working day (1-7 is the afternoon)
TIME_BARE_AT = re.compile(
    r"\b(?:at|around)\s+(1[0-2]|0?[1-9])(?::([0-5]\d))?\b(?!\s*(?:th\b|st\b|nd\b|rd\b|[/.\-]\d"
    r"|days?\b|weeks?\b|months?\b|years?\b|jours?\b|semaines?\b|mois\b|MO\d))"
)
# "14.30": a time when the part after the dot cannot be a month
TIME_DOT = re.compile(r"(?<!\d[./\-])\b([01]?\d|2[0-3])\.([1-5]\d)\b(?![.\-/]\d)")


_CLOCK = r"\d{1,2}(?:h\d{2}|h\b|:\d{2}| ?[ap]m\b)(?: ?[ap]m\b)?"
TIME_RANGE = re.compile(
    rf"\b(?:(?:de|from|between|entre) )?({_CLOCK}) ?(?:(?:-|a|au|to|until|till|et|and) )?{_CLOCK}"
)


def _take_time(text: str, *, month_first: bool = False) -> tuple[str, dt.time | None]:
    """The time of day in the text, and the text without it. An exact time wins over a part of
    the day ("ce matin 8h" is 08:00), and a part of the day sets an hour's half ("3h de
    l'après-midi" is 15:00)."""
    found: dt.time | None = None
    # "de 10h à 12h", "14:00 - 15:00", "2pm-3pm": the appointment starts at the first time
    text = TIME_RANGE.sub(r"\1 ", text)
    match = TIME_12.search(text)
    if match:
        hour = int(match.group(1)) % 12 + (12 if match.group(3).startswith("p") else 0)
        found = dt.time(hour, int(match.group(2) or 0))
    else:
        match = TIME_AT.search(text) or TIME_24.search(text)
        dot = TIME_DOT.search(text)
        if match is None and dot is not None:
            # "14.30" is a time where it cannot be a date in the user's order ("4.22" in the US
            # is 22 April), and only in the working day.
            hour, minute = int(dot.group(1)), int(dot.group(2))
            if (hour if month_first else minute) > 12 and hour >= 7:
                match = dot
        if match:
            found = dt.time(int(match.group(1)), int(match.group(2) or 0))
        elif bare := TIME_BARE_AT.search(text):
            match = bare
            hour = int(bare.group(1))
            found = dt.time(hour + 12 if hour < 8 else hour, int(bare.group(2) or 0))
    if match:
        text = text[: match.start()] + " " + text[match.end() :]
    part = None
    for word in PARTS_OF_DAY:
        if re.search(rf"\b{word}\b", text):
            part = word
            text = re.sub(rf"\b(?:en |dans la |in the |du |de l |de la )?{word}\b", " ", text)
    if found is None and part is not None:
        found = PARTS_OF_DAY[part]
    elif found is not None and part in LATER_PARTS and found.hour < 12:
        found = found.replace(hour=found.hour + 12)
    return " ".join(text.split()), found


# --- Calendar helpers ----------------------------------------------------------------------------


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _add_months(day: dt.date, months: int) -> dt.date:
    return day + relativedelta(months=months)


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


@functools.lru_cache(maxsize=32)
def _feasts_of(country: str, year: int) -> tuple[tuple[dt.date, str], ...]:
    """The public holidays of a country for a year, named in English (lower case)."""
    code, _, subdivision = country.upper().partition("-")
    try:
        days = holidays.country_holidays(
            code, subdiv=subdivision or None, years=year, language="en_US"
        )
    except (NotImplementedError, KeyError, ValueError):
        return ()
    return tuple(sorted((day, name.lower()) for day, name in days.items()))


def _business_days_after(day: dt.date, count: int, country: str) -> dt.date:
    """The `count`-th business day after `day` (weekends and the country's holidays skipped)."""
    step = 1 if count >= 0 else -1
    left = abs(count)
    while left:
        day += dt.timedelta(days=step)
        feasts = {d for d, _ in _feasts_of(country, day.year)}
        if day.weekday() < 5 and day not in feasts:
            left -= 1
    return day


# --- The reading context -----------------------------------------------------------------------


@dataclass(frozen=True)
class _Ctx:
    today: dt.date
    expect: Prefer
    country: str
    month_first: bool
    anchor: dt.date  # where durations count from ("sous 15 jours" after an interview)
    now: dt.datetime  # local

    @property
    def future(self) -> bool:
        return self.expect is Prefer.FUTURE


def _day(d: dt.date) -> When:
    return When(d, d)


def _span(a: dt.date, b: dt.date) -> When:
    return When(min(a, b), max(a, b))


def _month_window(ctx: _Ctx, month: int, year: int | None, part: str = "") -> When:
    """A month (or its beginning, middle or end), in the expected direction without a year."""
    if year is None:
        year = ctx.today.year
        if ctx.future and month < ctx.today.month:
            year += 1
        elif not ctx.future and month > ctx.today.month:
            year -= 1
    last = calendar.monthrange(year, month)[1]
    first_day, last_day = {"early": (1, 10), "mid": (11, 20), "late": (21, last)}.get(
        part, (1, last)
    )
    return When(dt.date(year, month, first_day), dt.date(year, month, last_day))


def _month_day(ctx: _Ctx, month: int, day: int, year: int | None) -> When | None:
    """A day and month; without a year, the one in the expected direction, except just on the
    wrong side of today (60 days), which stays this year ("20/11" typed on 23/11 is past)."""
    try:
        if year is not None:
            return _day(dt.date(year, month, day))
        this_year = (
            dt.date(ctx.today.year, month, day) if _valid(ctx.today.year, month, day) else None
        )
    except ValueError:
        return None
    if this_year is not None and abs((this_year - ctx.today).days) <= JUST_PASSED_DAYS:
        return _day(this_year)
    step = 1 if ctx.future else -1
    for offset in range(0, 9 * step, step):
        year_ = ctx.today.year + offset
        if not _valid(year_, month, day):
            continue
        candidate = dt.date(year_, month, day)
        if (ctx.future and candidate >= ctx.today) or (not ctx.future and candidate <= ctx.today):
            return _day(candidate)
    return None


def _valid(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1] and year >= 1


def _day_of_month(ctx: _Ctx, day: int, weekday: int | None = None) -> When | None:
    """The `day`th of the month ("le 17"), the next or last one as expected; with a weekday
    ("jeudi 17"), the nearest month in which the 17th is that weekday, if within a year."""
    step = 1 if ctx.future else -1
    year, month = ctx.today.year, ctx.today.month
    fallback: dt.date | None = None
    for _ in range(13):
        if _valid(year, month, day):
            candidate = dt.date(year, month, day)
            right_side = candidate >= ctx.today if ctx.future else candidate <= ctx.today
            if right_side:
                if weekday is None or candidate.weekday() == weekday:
                    return _day(candidate)
                fallback = fallback or candidate
        month += step
        if month == 0:
            year, month = year - 1, 12
        elif month == 13:
            year, month = year + 1, 1
    return _day(fallback) if fallback else None


def _weekday(ctx: _Ctx, weekday: int, which: str) -> When:
    """A weekday: "this", "next", "last" or bare (the nearest one in the expected direction,
    today included). "next" said when that day is still to come this week is ambiguous: the
    other reading goes in `alternatives`."""
    today = ctx.today
    ahead = (weekday - today.weekday()) % 7
    behind = (today.weekday() - weekday) % 7
    if which == "last":
        return _day(today - dt.timedelta(days=behind or 7))
    if which == "next":
        coming = today + dt.timedelta(days=ahead or 7)
        if ahead and coming <= _monday(today) + dt.timedelta(days=6):
            # Still to come this week: the nearest one, or the one of next week. Said the day
            # before ("vendredi prochain" on a Thursday), next week's comes first: tomorrow would
            # be "demain" (and public corpora read it so); both are offered.
            later = coming + dt.timedelta(days=7)
            if ahead == 1:
                return When(later, later, alternatives=(_day(coming),))
            return When(coming, coming, alternatives=(_day(later),))
        return _day(coming)
    if ctx.future or (which == "this" and ahead <= 3 and behind > 3):
        return _day(today + dt.timedelta(days=ahead))
    return _day(today - dt.timedelta(days=behind))


def _week(ctx: _Ctx, offset: int, part: str = "") -> When:
    """A calendar week (Monday to Sunday), `offset` weeks from this one, or a part of it."""
    monday = _monday(ctx.today) + dt.timedelta(weeks=offset)
    first, last = {"early": (0, 2), "mid": (1, 3), "late": (3, 6), "weekend": (5, 6)}.get(
        part, (0, 6)
    )
    return When(monday + dt.timedelta(days=first), monday + dt.timedelta(days=last))


def _duration(ctx: _Ctx, count: int, unit: str, base: dt.date, sign: int = 1) -> dt.date:
    n = count * sign
    if unit == "DAYS":
        return base + dt.timedelta(days=n)
    if unit == "BDAYS":
        return _business_days_after(base, n, ctx.country)
    if unit == "WEEKS":
        return base + dt.timedelta(weeks=n)
    if unit == "MONTHS":
        return _add_months(base, n)
    if unit == "YEARS":
        return base + relativedelta(years=n)
    return base


# --- Feasts --------------------------------------------------------------------------------------

# A feast: its words, then either a fixed (month, day), days from Easter, or the English name of
# the country's public holiday (so "labor day" is 1 May in France, the first Monday of September in
# the US, "thanksgiving" in October in Canada).
FEASTS: tuple[tuple[str, tuple[int, int] | int | str], ...] = (
    (r"PREVDAY de noel|veille de noel|reveillon de noel|christmas eve", (12, 24)),
    (r"noel|christmas|xmas|nativite", (12, 25)),
    (
        r"saint sylvestre|st sylvestre|new year(?: s|s)? eve|reveillon du nouvel an|reveillon",
        (12, 31),
    ),
    (r"nouvel an|jour de l an|(?<!in the )new year(?: s|s)?(?: day)?|yuandan", (1, 1)),
    (r"fete des peres|father s day|fathers day", "fathers"),
    (r"fete des meres|mother s day|mothers day", "mothers"),
    (r"WD0 de paques|easter WD0", 1),
    (r"WD4 saint|good WD4", -2),
    (r"paques|easter", 0),
    (r"WD0 de pentecote|pentecost WD0|whit WD0", 50),
    (r"boxing day|saint etienne|st etienne", (12, 26)),
    (r"pentecote|pentecost", 49),
    (r"ascension", 39),
    (r"toussaint|all saints(?: day)?", (11, 1)),
    (r"armistice", (11, 11)),
    (r"assomption|assumption", (8, 15)),
    (r"halloween", (10, 31)),
    (r"saint valentin|st valentin|valentine s day|valentines day|valentine day", (2, 14)),
    (r"(?:saint|st) (?:patrick|paddy)(?: s)?(?: day)?|(?:saint|st) patricks day", (3, 17)),
    (r"WD6 des rameaux|rameaux|palm WD6", -7),
    (r"WD3 saint|maundy WD3", -3),
    (r"fete nationale|national day", "national day"),
    (r"thanksgiving|thanks giving|action de grace", "thanksgiving"),
    (r"international workers day|fete des travailleurs", (5, 1)),
    (r"fete du travail|labou?r day", "labo"),
    (r"memorial day", "memorial day"),
    (r"independence day|4th of MO7|4th MO7", "independence day"),
    (r"martin luther king(?: jr)?(?: day)?|mlk day", "martin luther king"),
    (r"canada day|fete du canada", "canada day"),
)
FEAST_FALLBACK = {
    "national day": (7, 14),
    "thanksgiving": (11, 26),
    "labo": (5, 1),
    "independence day": (7, 4),
    "canada day": (7, 1),
}
# The end-of-year holidays, from Christmas Eve to New Year's Day.
SEASON = (
    r"(?:les fetes(?: de fin d annee| de noel)?|fetes de fin d annee|the holidays|holiday season"
    r"|christmas holidays|christmas break|vacances de noel|treve des confiseurs)"
)


def _feast_day(ctx: _Ctx, rule: tuple[int, int] | int | str, year: int) -> dt.date | None:
    if isinstance(rule, tuple):
        return dt.date(year, *rule) if _valid(year, *rule) else None
    if isinstance(rule, int):
        return easter(year) + dt.timedelta(days=rule)
    if rule in ("fathers", "mothers"):
        return _family_day(rule, ctx.country, year)
    for country in (ctx.country, "US"):
        for day, name in _feasts_of(country, year):
            if rule in name and "observed" not in name:
                return day
    fallback = FEAST_FALLBACK.get(rule)
    return dt.date(year, *fallback) if fallback else None


def _family_day(rule: str, country: str, year: int) -> dt.date:
    """Fathers' day: the third Sunday of June. Mothers' day: the last Sunday of May in France
    (the first of June when that is Pentecost), the second Sunday of May elsewhere."""
    if rule == "fathers":
        first = dt.date(year, 6, 1)
        return first + dt.timedelta(days=(6 - first.weekday()) % 7 + 14)
    if country.startswith("FR"):
        last = dt.date(year, 5, 31)
        day = last - dt.timedelta(days=(last.weekday() - 6) % 7)
        return day + dt.timedelta(weeks=1) if day == easter(year) + dt.timedelta(days=49) else day
    first = dt.date(year, 5, 1)
    return first + dt.timedelta(days=(6 - first.weekday()) % 7 + 7)


def _feast(ctx: _Ctx, rule: tuple[int, int] | int | str, year: int | None) -> When | None:
    if year is not None:
        day = _feast_day(ctx, rule, year)
        return _day(day) if day else None
    step = 1 if ctx.future else -1
    for offset in (0, step):
        day = _feast_day(ctx, rule, ctx.today.year + offset)
        if day and (day >= ctx.today if ctx.future else day <= ctx.today):
            return _day(day)
    return None


def _season(ctx: _Ctx) -> When:
    """The end-of-year holidays around today, the coming ones or the last ones as expected."""
    year = ctx.today.year
    if (ctx.today.month == 1 and ctx.today.day <= 1) or (
        not ctx.future and ctx.today < dt.date(year, 12, 24)
    ):
        year -= 1
    return When(dt.date(year, 12, 24), dt.date(year + 1, 1, 1))


# --- The grammar ---------------------------------------------------------------------------------

D = r"\b(\d{1,2})(?:th)?\b"
WD = r"WD(\d)"
MO = r"MO(\d{1,2})"
YEAR = r"(\d{4})"
NEXT = r"(?:prochaine?s?|next|coming|upcoming|qui vient|qui suit|a venir|suivante?|following)"
LAST = r"(?:derniere?s?|last|passee?s?|past|previous|precedente?)"
THIS = r"(?:thiscoming|cette|ce|cet|this|current|en cours)"
EARLY = (
    r"(?:en |au |in the |at the |the |dans les |les )?(?:debut|early|beginning|start|premiers jours"
    r"|1th (?:3 )?(?:days|DAYS))(?: de| du| d| of)?"
)
MID = r"(?:en |au |a la |in the |at the |the )?(?:mi|milieu|mid|middle)(?: de| du| d| of)?"
LATE = r"(?:en |a la |au |in the |at the |the )?(?:fin|late|end|tout debut)(?: de| du| d| of)?"
BY = (
    r"(?:d ici(?: a)?|by|avant|before|au plus tard|at the latest|no later than|not later than"
    r"|pas plus tard qu[e ]?|au plus tard pour"
    r"|jusqu a|jusqu au|until|till|til|up to|prior to|d ici au|ahead of)"
)
AFTER = (
    r"(?:apres|after|des|a partir d[eu]?|a compter d[eu]?|from|starting(?! of)|beginning(?! of)"
    r"|pas avant"
    r"|not before|not until|pas avant le)"
)
UNIT = r"(BDAYS|DAYS|WEEKS|MONTHS|YEARS)"
ABOUT = r"(?:about|environ|approximately|approx|roughly|around|a peu pres|quelque|grosso modo)"
WEEK = r"(?:la |the |a |une )?(?:semaine|week)"
MONTH = r"(?:le |the |du |a |au )?(?:mois|month)"
EVENT = (
    r"(?:l |the |mon |my |cet |this |le |la )?(?:entretien|interview|entrevue|rdv|rendez vous"
    r"|meeting|call|appel|echange|refus|rejection|candidature|application)"
)

Rule = Callable[[re.Match[str], _Ctx], When | None]
_RULES: list[tuple[re.Pattern[str], Rule]] = []


def rule(pattern: str) -> Callable[[Rule], Rule]:
    """Registers a pattern of the grammar; the order of registration is the order of trial."""

    def register(fn: Rule) -> Rule:
        _RULES.append((re.compile(pattern), fn))
        return fn

    return register


def _year(text: str | None) -> int | None:
    if not text:
        return None
    value = int(text)
    return value + 2000 if value < 100 else value


# Numeric dates
@rule(
    r"\b((?:19|20)\d{2})(?:[/.\- ]?)(\d{2})(?:[/.\- ]?)(\d{2})\b"
    r"|\b(\d{4})[/.\-](\d{1,2})[/.\-](\d{1,2})\b"
)
def _iso(m: re.Match[str], ctx: _Ctx) -> When | None:
    y, mo, d = (int(m[1]), int(m[2]), int(m[3])) if m[1] else (int(m[4]), int(m[5]), int(m[6]))
    return _day(dt.date(y, mo, d)) if _valid(y, mo, d) else None


@rule(r"\b(\d{1,2})[/.\-](\d{1,2})(?:[/.\-]| )(\d{4}|\d{2})\b")
def _numeric_with_year(m: re.Match[str], ctx: _Ctx) -> When | None:
    day, month = _day_and_month(ctx, int(m[1]), int(m[2]))
    year = _year(m[3])
    return _month_day(ctx, month, day, year) if year else None


@rule(r"(?<![\d.])\b(\d{1,2})[/.\-](\d{1,2})\b(?![/.\-]\d)")
def _numeric(m: re.Match[str], ctx: _Ctx) -> When | None:
    day, month = _day_and_month(ctx, int(m[1]), int(m[2]))
    return _month_day(ctx, month, day, None)


def _day_and_month(ctx: _Ctx, a: int, b: int) -> tuple[int, int]:
    """Day first, or month first in the US; the other way when only that one is a date."""
    day, month = (b, a) if ctx.month_first else (a, b)
    if month > 12 >= day:
        return month, day
    return day, month


# Ranges inside a month: "du 4 au 22 de ce mois", "from 4-23 in next month"
@rule(
    rf"(?:du |from |entre (?:le )?|between (?:the )?)?(?:le |the )?{D} ?(?:-|au|to|a|et|and|till"
    rf"|until|through|jusqu au|jusqu a) ?(?:le |the )?{D}(?: de| of| in| du)?"
    rf" (?:(?:le |the )?(?:mois|month) (?P<w1>{NEXT}|{THIS}|{LAST}|ci)"
    rf"|(?P<w2>{NEXT}|{THIS}|{LAST}) (?:mois|month))"
)
def _day_range_this_month(m: re.Match[str], ctx: _Ctx) -> When | None:
    first = _add_months(ctx.today.replace(day=1), _week_offset(m["w1"] or m["w2"] or ""))
    a, b = int(m[1]), int(m[2])
    if not (_valid(first.year, first.month, a) and _valid(first.year, first.month, b)):
        return None
    return _span(first.replace(day=a), first.replace(day=b))


# Month and year in figures: "11/2026", "2026-11"
@rule(r"\b(?:(\d{4}) ?[/.\-] ?(\d{1,2})|(\d{1,2}) ?[/.\-] ?(\d{4}))\b(?! ?[/.\-] ?\d)")
def _month_year_figures(m: re.Match[str], ctx: _Ctx) -> When | None:
    year, month = (int(m[1]), int(m[2])) if m[1] else (int(m[4]), int(m[3]))
    return _month_window(ctx, month, year) if 1 <= month <= 12 else None


# Ranges inside one month: "du 10 au 15 décembre", "December 10-15", "entre le 4 et le 22"
@rule(
    rf"(?:du |from |entre (?:le )?|between (?:the )?)?(?:le |the )?{D} ?(?:-|au|to|a|et|and|till"
    rf"|until|through|jusqu au) ?(?:le |the )?{D}(?: de| of)? {MO}(?: {YEAR})?"
)
def _day_range_month(m: re.Match[str], ctx: _Ctx) -> When | None:
    month, year = int(m[3]), _year(m[4])
    first = _month_day(ctx, month, int(m[2]), year)
    if first is None or not _valid(first.start.year, month, int(m[1])):
        return None
    return _span(dt.date(first.start.year, month, int(m[1])), first.start)


@rule(
    rf"{MO} (?:entre |between )?(?:le |the )?{D} ?(?:-|au|to|et|and|till|until|through) ?(?:le "
    rf"|the )?{D}"
)
def _month_day_range(m: re.Match[str], ctx: _Ctx) -> When | None:
    month = int(m[1])
    last = _month_day(ctx, month, int(m[3]), None)
    if last is None or not _valid(last.start.year, month, int(m[2])):
        return None
    return _span(dt.date(last.start.year, month, int(m[2])), last.start)


# Day and month in words: "17 décembre", "le 1er janvier 2027", "December 17th", "17th of Dec"
@rule(rf"(?:{WD} )?(?:le |the )?{D}(?: de| of)? {MO}(?: {YEAR}| (\d{{2}})\b)?")
def _day_month(m: re.Match[str], ctx: _Ctx) -> When | None:
    return _month_day(ctx, int(m[3]), int(m[2]), _year(m[4] or m[5]))


@rule(rf"(?:{WD} )?{MO} (?:the )?{D}\b(?: {YEAR}| (\d{{2}})\b)?")
def _month_day_words(m: re.Match[str], ctx: _Ctx) -> When | None:
    return _month_day(ctx, int(m[2]), int(m[3]), _year(m[4] or m[5]))


# Durations counted back: "il y a 3 jours", "a week ago", "ça fait deux semaines"
@rule(
    rf"(?:il y a|ca fait|cela fait|voila|y a)(?: {ABOUT})? (\d+) {UNIT}"
    rf"|(\d+) {UNIT} (?:ago|back|plus tot|earlier)"
)
def _ago(m: re.Match[str], ctx: _Ctx) -> When | None:
    count, unit = (m[1], m[2]) if m[1] else (m[3], m[4])
    return _day(_duration(ctx, int(count), unit, ctx.today, -1))


# Durations from a day: "two days after tomorrow", "3 jours après l'entretien"
@rule(
    rf"(\d+) {UNIT} (apres|after|from|avant|before) (TOMORROW|YESTERDAY|TODAY|DAT|DBY|{EVENT}"
    rf"|WD\d)"
)
def _duration_from_day(m: re.Match[str], ctx: _Ctx) -> When | None:
    base = {
        "TOMORROW": 1, "YESTERDAY": -1, "TODAY": 0, "DAT": 2, "DBY": -2,
    }  # fmt: skip
    start = ctx.today + dt.timedelta(days=base[m[4]]) if m[4] in base else ctx.anchor
    if m[4].startswith("WD"):  # "two weeks from Friday": from the nearest Friday
        start = _weekday(ctx, int(m[4][2]), "").start
    sign = -1 if m[3] in ("avant", "before") else 1
    return _day(_duration(ctx, int(m[1]), m[2], start, sign))


# Windows from now: "sous 15 jours", "within two weeks", "d'ici une semaine", "next 3 days"
@rule(
    rf"(?:sous|within|d ici(?: a)?|en moins de|under|in less than|in under|less than"
    rf"|au plus tard dans"
    rf"|at most|at the latest in|max|maximum|dans les)"
    rf" (\d+) {UNIT}(?! (?:ago|apres|after|avant|before))"
)
def _within(m: re.Match[str], ctx: _Ctx) -> When | None:
    return _span(ctx.anchor, _duration(ctx, int(m[1]), m[2], ctx.anchor))


# "the next 3 days": from tomorrow
@rule(
    rf"(within |dans les |d ici les )?(?:in the next|over the next|the next|next|during the next)"
    rf" (\d+) {UNIT}"
)
def _next_count(m: re.Match[str], ctx: _Ctx) -> When | None:
    end = _duration(ctx, int(m[2]), m[3], ctx.anchor)
    if m[1]:  # "within the next 10 days": from now on
        return _span(ctx.anchor, end)
    return _span(min(ctx.anchor + dt.timedelta(days=1), end), end)


# "les 5 jours à venir", "the 3 days to come": the same window from now as "sous 5 jours"
rule(
    rf"(?:les |the )?(\d+) (?:prochains? |prochaines? )?{UNIT} (?:a venir|qui viennent|prochaine?s"
    rf"|to come|suivants?|suivantes)"
)(_within)


@rule(
    rf"(?:les |the |over the |in the |during the )?(?:{LAST}) (\d+) {UNIT}|(?:les "
    rf"|the )?(\d+) {UNIT} (?:derniere?s?|derniers|passee?s?|ecoulee?s?)\b"
)
def _last_n(m: re.Match[str], ctx: _Ctx) -> When | None:
    count, unit = (m[1], m[2]) if m[1] else (m[3], m[4])
    return _span(_duration(ctx, int(count), unit, ctx.today, -1), ctx.today)


# A day after a duration: "dans 10 jours", "in a week", "two weeks from now", "10 jours plus tard"
@rule(
    rf"(?:dans|in|en|d ici)(?: {ABOUT})? (\d+) {UNIT}|(\d+) {UNIT} (?:from now|from today|later"
    rf"|plus tard|apres|after|from then|hence|out)"
)
def _in_duration(m: re.Match[str], ctx: _Ctx) -> When | None:
    count, unit = (m[1], m[2]) if m[1] else (m[3], m[4])
    return _day(_duration(ctx, int(count), unit, ctx.anchor))


# A count alone: "15 jours", "about two weeks": ahead, or back for a past event
@rule(rf"^(?:(?!.*\b(?:ago|il y a|depuis|since|pendant|for)\b)[a-z ]+ )?(?:{ABOUT} )?(\d+) {UNIT}$")
def _count_alone(m: re.Match[str], ctx: _Ctx) -> When | None:
    if ctx.future:
        return _day(_duration(ctx, int(m[1]), m[2], ctx.anchor))
    return _day(_duration(ctx, int(m[1]), m[2], ctx.today, -1))


# "lundi en huit", "jeudi en quinze", "demain en huit"
@rule(rf"(?:{WD}|(TODAY|TOMORROW)) en (8|15)\b")
def _en_huit(m: re.Match[str], ctx: _Ctx) -> When | None:
    weeks = 1 if m[3] == "8" else 2
    if m[2]:
        base = ctx.today + dt.timedelta(days=1 if m[2] == "TOMORROW" else 0)
        return _day(base + dt.timedelta(weeks=weeks))
    ahead = (int(m[1]) - ctx.today.weekday()) % 7 or 7
    return _day(ctx.today + dt.timedelta(days=ahead, weeks=weeks))


# The end-of-year holidays: "les fêtes", "the holidays"; before and after come below.
@rule(
    rf"(?:le |the |on the |on |du |au |ce |this )?{D}(?: (?:du |of )?(?:{MONTH}|{MO}) "
    rf"(?P<which>{NEXT}|{THIS}|{LAST})| (?:du |of )?(?:the |le )?(?P<which2>{NEXT}|{THIS}|{LAST}) "
    rf"(?:mois|month))"
)
def _day_of_named_month(m: re.Match[str], ctx: _Ctx) -> When | None:
    day, which = int(m[1]), m["which"] or m["which2"]
    if m[2] and m["which"]:  # "le 3 janvier prochain"
        month = int(m[2])
        year = ctx.today.year + (1 if re.fullmatch(NEXT, which) and month <= ctx.today.month else 0)
        year -= 1 if re.fullmatch(LAST, which) and month >= ctx.today.month else 0
        return _day(dt.date(year, month, day)) if _valid(year, month, day) else None
    first = _add_months(ctx.today.replace(day=1), _week_offset(which))
    return _day(first.replace(day=day)) if _valid(first.year, first.month, day) else None


# "semaine 51", "week 2", "S51"
@rule(r"\b(?:semaine|week|s|w) ?(\d{1,2})\b(?! ?(?:[/.:-]|DAYS|WEEKS|MONTHS|YEARS))")
def _week_number(m: re.Match[str], ctx: _Ctx) -> When | None:
    number = int(m[1])
    for year in (ctx.today.year, ctx.today.year + (1 if ctx.future else -1)):
        try:
            monday = dt.date.fromisocalendar(year, number, 1)
        except ValueError:
            continue
        sunday = monday + dt.timedelta(days=6)
        if (sunday >= ctx.today) if ctx.future else (monday <= ctx.today):
            return When(monday, sunday)
    return None


# "the first week of October", "la dernière semaine de juillet": the week of its first or last
# Thursday
@rule(
    rf"\b(?:(\d)th|(last|derniere)) (?:week|semaine) (?:of |de |d |in )?(?:{MO}|(?:the |le )?"
    rf"(?:mois|month) ?({NEXT}|{LAST}|{THIS}|ci)?|({NEXT}|{LAST}|{THIS}) (?:mois|month))"
)
def _week_of_month(m: re.Match[str], ctx: _Ctx) -> When | None:
    if m[3]:
        first = _month_window(ctx, int(m[3]), None).start.replace(day=1)
    else:
        which = m[4] or m[5] or ""
        first = _add_months(ctx.today.replace(day=1), _week_offset(which) if which != "ci" else 0)
    # A week belongs to the month that holds most of its days, that is its Thursday (as ISO
    # weeks belong to years): July 2017's last week is 24-30, October 2019's first starts on
    # Monday 30 September.
    if m[2]:
        last = _add_months(first, 1) - dt.timedelta(days=1)
        thursday = last - dt.timedelta(days=(last.weekday() - 3) % 7)
    else:
        thursday = first + dt.timedelta(days=(3 - first.weekday()) % 7, weeks=int(m[1]) - 1)
    monday = thursday - dt.timedelta(days=3)
    return When(monday, monday + dt.timedelta(days=6))


# Quarters and halves: "Q1", "Q3 2027", "le premier trimestre", "the third quarter", "H2"
@rule(
    r"\b(?:q([1-4])|([1-4])th (?:quarter|trimestre|quart)|(?:le )?trimestre ([1-4])|h([12])"
    r"|([12])th (?:semestre|half))\b(?:(?: of| de| in)? (\d{4})| (?:this|cette) (?:year|annee))?"
    r"|\b(\d{4}) ?(?:q([1-4])|h([12]))\b"
)
def _quarter(m: re.Match[str], ctx: _Ctx) -> When | None:
    quarter = m[1] or m[2] or m[3] or m[8]
    half = m[4] or m[5] or m[9]
    months = 3 if quarter else 6
    first_month = (int(quarter) - 1) * 3 + 1 if quarter else (int(half or 1) - 1) * 6 + 1
    year = int(m[6] or m[7]) if (m[6] or m[7]) else None

    def period(y: int) -> When:
        start = dt.date(y, first_month, 1)
        return When(start, _add_months(start, months) - dt.timedelta(days=1))

    if year is not None or "this" in m[0] or "cette" in m[0]:
        return period(year or ctx.today.year)
    found = period(ctx.today.year)
    if ctx.future and found.end < ctx.today:
        return period(ctx.today.year + 1)
    if not ctx.future and found.start > ctx.today:
        return period(ctx.today.year - 1)
    return found


# "next quarter", "le trimestre dernier", "ce trimestre"
@rule(
    rf"\b(?:({NEXT}|{LAST}|{THIS}) (?:quarter|trimestre)"
    rf"|(?:le )?trimestre ({NEXT}|{LAST}|en cours))\b"
)
def _quarter_words(m: re.Match[str], ctx: _Ctx) -> When | None:
    offset = _week_offset(m[1] or m[2] or "")
    first = dt.date(ctx.today.year, (ctx.today.month - 1) // 3 * 3 + 1, 1)
    start = _add_months(first, 3 * offset)
    return When(start, _add_months(start, 3) - dt.timedelta(days=1))


# "à la rentrée" (early September), "in the new year", "début 2027"
@rule(rf"\b(?:a la |la |de la )?rentree\b|\bin the new year\b|({EARLY}|{MID}|{LATE}) (\d{{4}})\b")
def _seasons(m: re.Match[str], ctx: _Ctx) -> When | None:
    if m[1]:
        return _year_part(int(m[2]), _part(m[1]))
    if "new year" in m[0]:
        return _month_window(ctx, 1, None, "early")
    found = _month_window(ctx, 9, None)
    return When(found.start, found.start + dt.timedelta(days=14))


# "dans les prochains jours", "in the coming days"
@rule(
    r"\b(?:prochains jours|jours (?:qui viennent|a venir|suivants)|coming days|next (?:few )?days"
    r"|days to come|days ahead)\b"
)
def _coming_days(m: re.Match[str], ctx: _Ctx) -> When | None:
    return When(ctx.anchor, ctx.anchor + dt.timedelta(days=3))


# "within the next week", "d'ici un mois"
@rule(r"\b(?:within|in) the next (week|month)\b")
def _within_next(m: re.Match[str], ctx: _Ctx) -> When | None:
    unit = "WEEKS" if m[1] == "week" else "MONTHS"
    return When(ctx.anchor, _duration(ctx, 1, unit, ctx.anchor))


# Relative days
@rule(r"\b(TODAY|TOMORROW|YESTERDAY|DAT|DBY)\b")
def _relative_day(m: re.Match[str], ctx: _Ctx) -> When | None:
    delta = {"TODAY": 0, "TOMORROW": 1, "YESTERDAY": -1, "DAT": 2, "DBY": -2}[m[1]]
    return _day(ctx.today + dt.timedelta(days=delta))


@rule(r"\b(NEXTDAY|PREVDAY)\b")
def _next_day(m: re.Match[str], ctx: _Ctx) -> When | None:
    return _day(ctx.anchor + dt.timedelta(days=1 if m[1] == "NEXTDAY" else -1))


# The last day of a month: "le dernier jour du mois", "the last day of January"
@rule(
    rf"\b(?:last|dernier) (?:de |du |d |of |in )(?:the |le )?(?:{MO}|(?:mois|month)"
    rf"(?: ({NEXT}|{LAST}))?|({NEXT}|{LAST}|{THIS}) (?:mois|month))"
)
def _last_day_of_month(m: re.Match[str], ctx: _Ctx) -> When | None:
    if m[1]:
        return _day(_month_window(ctx, int(m[1]), None).end)
    first = _add_months(ctx.today.replace(day=1), _week_offset(m[2] or m[3] or ""))
    return _day(_add_months(first, 1) - dt.timedelta(days=1))


# The last weekday of a month: "le dernier vendredi de janvier", "the last Friday in October"
@rule(
    rf"\b(?:last|derniere?) {WD} (?:de |d |of |in |du )(?:{MO}|(?:the |le )?({THIS}|{NEXT}|{LAST}) "
    rf"(?:mois|month)|{MONTH} ({THIS}|{NEXT}|{LAST})|(?:the |le |ce |this )?(?:mois|month))"
)
def _last_weekday_of_month(m: re.Match[str], ctx: _Ctx) -> When | None:
    weekday = int(m[1])
    if m[2]:
        first = _month_window(ctx, int(m[2]), None).start.replace(day=1)
    else:
        first = _add_months(ctx.today.replace(day=1), _week_offset(m[3] or m[4] or ""))
    last = _add_months(first, 1) - dt.timedelta(days=1)
    found = _day(last - dt.timedelta(days=(last.weekday() - weekday) % 7))
    if m[2] and (found.end < ctx.today if ctx.future else found.start > ctx.today):
        # "the last Friday of December" said after it: next (or last) year's
        first = first.replace(year=first.year + (1 if ctx.future else -1))
        last = _add_months(first, 1) - dt.timedelta(days=1)
        found = _day(last - dt.timedelta(days=(last.weekday() - weekday) % 7))
    return found


# Nth weekday of a month: "le premier vendredi de juillet", "the second Monday of next month"
@rule(
    rf"\b(\d)th {WD}(?: (?:de |of |in )?(?:{MO}|(?:the |le )?({THIS}|{NEXT}|{LAST}) (?:mois|month)"
    rf"|{MONTH} ({THIS}|{NEXT}|{LAST})))?"
)
def _nth_weekday(m: re.Match[str], ctx: _Ctx) -> When | None:
    nth, weekday = int(m[1]), int(m[2])
    if m[3]:
        first = _month_window(ctx, int(m[3]), None).start.replace(day=1)
    else:
        which = m[4] or m[5] or ""
        offset = 1 if re.fullmatch(NEXT, which) else -1 if re.fullmatch(LAST, which) else 0
        first = _add_months(ctx.today.replace(day=1), offset)
    day = first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    return _day(day) if day.month == first.month else None


# A weekday in a named week: "vendredi de la semaine prochaine", "Tuesday next week"
@rule(
    rf"{WD} (?:de |of |on )?{WEEK} ({NEXT}|{LAST}|{THIS}|d apres)|{WD} (?:de |of |on )?(?:la "
    rf"|the )?({NEXT}|{LAST}|{THIS}) (?:semaine|week)"
    rf"|(?:{WEEK} )?({NEXT}|{LAST}|{THIS})(?: {WEEK}| semaine| week) (?:on |le )?{WD}"
    rf"|{WD} (?:de |of )?{THIS} (?:semaine|week)"
)
def _weekday_of_week(m: re.Match[str], ctx: _Ctx) -> When | None:
    weekday = next(int(g) for g in (m[1], m[3], m[6], m[7]) if g is not None)
    which = m[2] or m[4] or m[5] or "this"
    # "mardi de la semaine d'après": the week after this one
    offset = 1 if re.fullmatch(NEXT, which) or which == "d apres" else 0
    offset = -1 if re.fullmatch(LAST, which) else offset
    return _day(_monday(ctx.today) + dt.timedelta(weeks=offset, days=weekday))


# "the Friday after next"
@rule(rf"{WD} (?:after next|d apres|en 15)")
def _weekday_after_next(m: re.Match[str], ctx: _Ctx) -> When | None:
    ahead = (int(m[1]) - ctx.today.weekday()) % 7 or 7
    return _day(ctx.today + dt.timedelta(days=ahead + 7))


# "jeudi 17", "Thursday the 17th"
@rule(rf"{WD},? (?:le |the )?{D}\b(?! ?(?:h\b|:|DAYS|WEEKS|MONTHS|YEARS|BDAYS|HOURS))")
def _weekday_and_day(m: re.Match[str], ctx: _Ctx) -> When | None:
    day = int(m[2])
    return _day_of_month(ctx, day, int(m[1])) if 1 <= day <= 31 else None


# "mardi dernier", "next Friday", "ce vendredi", "vendredi"
@rule(rf"(?:({NEXT}|{LAST}|{THIS}) {WD}|{WD}(?: ({NEXT}|{LAST}|{THIS}))?)")
def _weekday_named(m: re.Match[str], ctx: _Ctx) -> When | None:
    weekday = int(m[2] or m[3])
    which = m[1] or m[4] or ""
    if which == "thiscoming":
        return _day(ctx.today + dt.timedelta(days=(weekday - ctx.today.weekday()) % 7 or 7))
    kind = (
        "next" if re.fullmatch(NEXT, which) else "last" if re.fullmatch(LAST, which)
        else "this" if which else ""
    )  # fmt: skip
    return _weekday(ctx, weekday, kind)


# Weeks: "la semaine prochaine", "fin de semaine prochaine", "early next week", "ce week-end"
def _week_offset(which: str) -> int:
    if re.fullmatch(NEXT, which):
        return 1
    if re.fullmatch(LAST, which):
        return -1
    if which in ("d apres", "after next", "suivant l autre"):
        return 2
    if which in ("d avant", "before"):
        return -1
    if which == "before last":
        return -2
    return 0


@rule(
    rf"(?:(?P<p1>{EARLY}|{MID}|{LATE}) )?(?:(?:la |the |le |this |ce )?(?P<we1>week ?ends?)|{WEEK})"
    rf"(?: (?P<w1>before last|{NEXT}|{LAST}|{THIS}|d apres|d avant|after next|before))?"
    rf"|(?:(?P<p2>{EARLY}|{MID}|{LATE}) )?(?P<w2>{NEXT}|{LAST}|{THIS}) (?P<k2>week ?ends?|semaine"
    rf"|week)"
    rf"(?P<an> after next)?"
    rf"|(?P<fin>end of(?: the)? week|fin de semaine)"
    rf"|(?P<rest>(?:dans la semaine|in the week|(?:rest|remaining|remainder) of(?: the| my| this)?"
    rf" week|(?:le )?reste de (?:la|cette) semaine|later this week"
    rf"|courant de la semaine|within the week|during the week)(?! (?:{NEXT}|{LAST})))"
)
def _week_words(m: re.Match[str], ctx: _Ctx) -> When | None:
    # On a Sunday, "cette semaine" for a coming date is the week that starts tomorrow.
    sunday_ahead = 1 if ctx.future and ctx.today.weekday() == 6 else 0
    if m["fin"]:
        # In Québec "la fin de semaine" is the weekend.
        if ctx.country.startswith("CA"):
            return _week(ctx, 0, "weekend")
        return _week(ctx, sunday_ahead, "late")
    if m["rest"]:
        return _week(ctx, sunday_ahead)
    part_words = m["p1"] or m["p2"] or ""
    weekend = (
        bool(m["we1"])
        or (m["k2"] or "").startswith("week ")
        or (m["k2"] or "").startswith("weekend")
    )
    which = m["w1"] or m["w2"] or ""
    if m["an"]:
        which = "after next"
    offset = _week_offset(which)
    if weekend:
        if ctx.today.weekday() >= 5 and offset == 0 and ctx.future:
            return When(ctx.today, _monday(ctx.today) + dt.timedelta(days=6))
        if not ctx.future and offset == 0 and ctx.today.weekday() < 5:
            offset = -1
        return _week(ctx, offset, "weekend")
    part = _part(part_words)
    if not which and not part:
        return None  # "semaine" alone says nothing
    if part == "late" and "fin" in part_words and ctx.country.startswith("CA"):
        part = "weekend"
    if offset == 0 and re.fullmatch(THIS, which or "this"):
        offset = sunday_ahead
    return _week(ctx, offset, part)


def _part(words: str) -> str:
    if not words:
        return ""
    if re.fullmatch(EARLY, words):
        return "early"
    if re.fullmatch(MID, words):
        return "mid"
    return "late"


# Months: "mi-décembre", "début janvier", "early January", "fin du mois", "next month"
@rule(
    rf"(?:({EARLY}|{MID}|{LATE}) )?(?:(?:le |du |au |en |in |of |courant |mois de |mois d "
    rf"|month of |the month of )*){MO}(?: ({NEXT}|{LAST}))?(?: {YEAR})?"
)
def _month_named(m: re.Match[str], ctx: _Ctx) -> When | None:
    year = _year(m[4])
    window = _month_window(ctx, int(m[2]), year, _part(m[1] or ""))
    if m[3] and year is None:
        direction = 1 if re.fullmatch(NEXT, m[3]) else -1
        years = window.start.year
        if direction == 1 and window.start.year == ctx.today.year and int(m[2]) <= ctx.today.month:
            years += 1
        if direction == -1 and window.start.year == ctx.today.year and int(m[2]) >= ctx.today.month:
            years -= 1
        window = _month_window(ctx, int(m[2]), years, _part(m[1] or ""))
    return window


@rule(
    rf"(?:({EARLY}|{MID}|{LATE}) )?{MONTH}(?: ({NEXT}|{LAST}|{THIS}|ci))?"
    rf"|(?:({EARLY}|{MID}|{LATE}) )?({NEXT}|{LAST}|{THIS}) (?:mois|month)"
    rf"|(dans le mois|within the month|rest of the month|later this month|courant du mois"
    rf"|in the month)"
)
def _month_words(m: re.Match[str], ctx: _Ctx) -> When | None:
    if m[5]:
        return When(ctx.today, _month_end(ctx.today.year, ctx.today.month))
    part = _part(m[1] or m[3] or "")
    which = m[2] or m[4] or ""
    if not which and not part:
        return None
    offset = _week_offset(which) if which != "ci" else 0
    first = _add_months(ctx.today.replace(day=1), offset)
    found = _month_window(ctx, first.month, first.year, part)
    if not which and part and (found.end < ctx.today if ctx.future else found.start > ctx.today):
        # "en début de mois" said on the 20th for a coming date: next month's beginning
        first = _add_months(first, 1 if ctx.future else -1)
        found = _month_window(ctx, first.month, first.year, part)
    return found


# Years: "l'année prochaine", "next year", "fin d'année", "end of the year"
@rule(
    rf"(?:({EARLY}|{MID}|{LATE}) )?(?:l |the |(?P<this>cette |this |current |l annee en cours))?"
    rf"(?:annee|year|yr|an)(?: ({NEXT}|{LAST}|{THIS}))?"
    rf"|(?:({EARLY}|{MID}|{LATE}) )?({NEXT}|{LAST}) (?:annee|year)"
    rf"|(rest of the year|d ici la fin de l annee|reste de l annee)"
)
def _year_words(m: re.Match[str], ctx: _Ctx) -> When | None:
    if m[6]:
        return When(ctx.today, dt.date(ctx.today.year, 12, 31))
    part = _part(m[1] or m[4] or "")
    which = m[3] or m[5] or ("this" if m["this"] else "")
    if not part and not which:
        return None
    year = ctx.today.year + _week_offset(which)
    found = _year_part(year, part)
    if not which:  # "début d'année" in December: the coming one
        if ctx.future and found.end < ctx.today:
            found = _year_part(year + 1, part)
        elif not ctx.future and found.start > ctx.today:
            found = _year_part(year - 1, part)
    return found


def _year_part(year: int, part: str) -> When:
    first, last = {
        "early": ((1, 1), (1, 31)),
        "mid": ((6, 1), (7, 31)),
        "late": ((12, 1), (12, 31)),
    }.get(part, ((1, 1), (12, 31)))
    return When(dt.date(year, *first), dt.date(year, *last))


# A day of the month alone: "le 17", "the 4th", "on the twenty second", "le 1er du mois prochain"
@rule(
    r"(?:^|\b(?:le|the|on the|on|du|au|ce|this|jusqu au|d ici le|by the|before the|avant le"
    r"|en)\s)(\d{1,2})(?:th)?\b(?! ?(?:DAYS|WEEKS|MONTHS|YEARS|BDAYS|HOURS|MINUTES|\d|[/.:-]))"
    r"|\b(\d{1,2})th\b(?! WD)"
)
def _day_alone(m: re.Match[str], ctx: _Ctx) -> When | None:
    day = int(m[1] or m[2])
    return _day_of_month(ctx, day) if 1 <= day <= 31 else None


@rule(
    r"\b(?:now|maintenant|right now|tout de suite|asap|des que possible|tout a l heure"
    r"|earlier today|plus tot aujourd hui)\b"
)
def _now(m: re.Match[str], ctx: _Ctx) -> When | None:
    return _day(ctx.today)


# Feasts are tried separately (see `_feast_in`).


def _feast_in(text: str, ctx: _Ctx) -> tuple[When, re.Match[str]] | None:
    # The holidays first: "les vacances de Noël" are not Christmas Day.
    m = re.search(rf"\b{SEASON}\b", text)
    if m:
        return _season(ctx), m
    for pattern, spec in FEASTS:
        m = re.search(rf"\b(?:{pattern})\b(?: {YEAR})?", text)
        if m:
            found = _feast(ctx, spec, _year(m[1]) if m.lastindex else None)
            if found:
                return found, m
    return None


def _read_plain(text: str, ctx: _Ctx) -> tuple[When, int, int] | None:
    """The first pattern that reads something in the text: the reading and where it was."""
    feast = _feast_in(text, ctx)
    if feast:
        return feast[0], feast[1].start(), feast[1].end()
    for pattern, fn in _RULES:
        for m in pattern.finditer(text):
            try:
                found = fn(m, ctx)
            except (ValueError, OverflowError):
                found = None
            if found is not None:
                return found, m.start(), m.end()
    return None


# --- Combinations: "entre X et Y", "X ou Y", "d'ici X", "après X" --------------------------------

RANGE = re.compile(
    r"^(?:.*?\b(?:entre|between|du|from|de|depuis)\s+)?(?P<a>.+?)\s+(?:et|and|au|a|to|till|until"
    r"|through|thru|jusqu au|jusqu a|-)\s+(?P<b>.+)$"
)
WEEK_OF = re.compile(
    r"\b(?:la |the )?(?:semaine|week) (?:du |of |de |starting |beginning |commencing )(?:on )?"
    r"(?:the |le )?(?P<x>.+)$|\bw ?/? ?c (?P<y>.+)$"
)
EITHER = re.compile(r"^(?P<a>.+?)\s+(?:ou|or|voire|maybe|peut etre|-)\s+(?P<b>.+)$")
BY_AFTER_RE = re.compile(
    r"^(?P<x>.+?)\s+(?:au plus tard|at the latest|latest|max|maximum|dernier delai|grand max)$"
)
BY_RE = re.compile(rf"\b{BY}\s+(?P<x>.+)$")
AFTER_RE = re.compile(rf"(?:^|\s){AFTER}\s+(?P<x>.+)$")


def _with_month_of(first_text: str, other: When) -> When | None:
    """ "du 10 au 15 décembre": a day number alone takes the month of the other end."""
    m = re.fullmatch(r"(?:WD\d )?(?:le |the )?(\d{1,2})(?:th)?", first_text.strip())
    if not m:
        # "je serai absent 4 jusqu'à 23 de ce mois": a day number ends words without a date
        m = re.fullmatch(r"(?P<words>[a-z ]+ )(?:le |the )?(\d{1,2})(?:th)?", first_text.strip())
        if not m or re.search(r"\b(?:MO|WD)\d|\b(?:TODAY|TOMORROW|DAT|DBY)\b", m["words"]):
            return None
        m = re.fullmatch(r".*?(\d{1,2})(?:th)?", first_text.strip())
        if not m:
            return None
    day = int(m[1])
    if not _valid(other.start.year, other.start.month, day):
        return None
    return _day(dt.date(other.start.year, other.start.month, day))


QUALIFIED_DAY = re.compile(rf"(?:({NEXT}|{LAST}|{THIS}) )?(WD\d)(?: ({NEXT}|{LAST}))?$")


def _share_qualifier(a: str, b: str) -> tuple[str, str]:
    """ "next Tuesday or Wednesday", "mardi ou mercredi prochain": the word applies to both."""
    a, b = a.strip(), b.strip()
    # "lundi ou mardi de la semaine prochaine", "next week Monday or Tuesday"
    if re.fullmatch(r"WD\d", a) and (tail := re.fullmatch(r"WD\d( [a-z ]+)", b)):
        return a + tail[1], b
    if re.fullmatch(r"WD\d", b) and (head := re.search(r"(?:^|\s)([a-z][a-z ]* )WD\d$", a)):
        return a, head[1] + b
    ma, mb = QUALIFIED_DAY.search(a), QUALIFIED_DAY.fullmatch(b)
    if not ma or not mb:
        return a, b
    if ma[1] and not (mb[1] or mb[3]):
        return a, f"{ma[1]} {mb[2]}"
    if mb[3] and not (ma[1] or ma[3]):
        return f"{a} {mb[3]}", b
    return a, b


def _either(a: When, b: When) -> When:
    """ "lundi ou mardi": the days from the first to the last. With ambiguous sides, the
    tightest pairing first, the other tight pairings as alternatives."""
    spans = sorted(
        {
            _span(min(x.start, y.start), max(x.end, y.end))
            for x in (a, *a.alternatives)
            for y in (b, *b.alternatives)
        },
        key=lambda w: ((w.end - w.start).days, w.start),
    )
    tightest = (spans[0].end - spans[0].start).days
    others = tuple(w for w in spans[1:] if (w.end - w.start).days == tightest)
    return replace(spans[0], alternatives=others)


def _range(a_text: str, b_text: str, ctx: _Ctx) -> When | None:
    """ "du 10 au 15 décembre", "from Oct 2 to Oct 22", "entre lundi et mercredi"."""
    a_read = _read_plain(a_text, ctx)
    if a_read is not None and re.fullmatch(
        r"(?:WD\d )?(?:le |the )?\d{1,2}(?:th)?", b_text.strip()
    ):
        b = _with_month_of(b_text, a_read[0])
        if b is not None:
            return _span(a_read[0].start, b.end)
    b_read = _read_plain(b_text, ctx)
    if b_read is None:
        return None
    b = b_read[0]
    a = _with_month_of(a_text, b) or (a_read[0] if a_read else None)
    if a is None:
        return None
    start, end = b.start, b.end
    while end < a.start and _valid(end.year + 1, end.month, end.day):
        start, end = start.replace(year=start.year + 1), end.replace(year=end.year + 1)
    return _span(min(a.start, start), max(a.end, end))


DURATION_RANGE = re.compile(
    r"(?:\b(?P<how>dans|in|en|entre|between|sous|within|d ici|under|in about|environ)\s+)?"
    r"\b(?P<low>\d+)\s?(?:-|a|to|ou|or|et|and)\s?(?P<high>\d+) (?P<unit>BDAYS|DAYS|WEEKS|MONTHS)\b"
    r"(?P<ago> ago)?"
)
THE_ONE_AFTER = re.compile(
    r"(?:celle|celui|la|le|the one|the week|the month) (?:d apres|suivante?|after)"
    r"|(?:la|le) (?:semaine|mois) (?:d apres|suivante?)"
)


def _duration_range(text: str, ctx: _Ctx) -> When | None:
    """ "dans 2 à 3 semaines", "in 3 to 5 days" (a window from the first count to the
    second), "sous 10 à 15 jours", "within 3-5 business days" (from now to the second)."""
    m = DURATION_RANGE.search(text)
    if not m or int(m["low"]) > int(m["high"]):
        return None
    if m["ago"] or re.search(r"\bil y a\s+$", text[: m.start()]):
        first = _duration(ctx, int(m["high"]), m["unit"], ctx.today, -1)
        return When(first, _duration(ctx, int(m["low"]), m["unit"], ctx.today, -1))
    high = _duration(ctx, int(m["high"]), m["unit"], ctx.anchor)
    if m["how"] in ("sous", "within", "d ici", "under"):
        return When(ctx.anchor, high)
    return When(_duration(ctx, int(m["low"]), m["unit"], ctx.anchor), high)


DAY_DASH_DAY = re.compile(
    r"\b(\d{1,2})-(\d{1,2})\b(?![/.\-]\d)"
    r"(?=(?: (?:de |du |d |of |in )?(?:the |le |ce |cette |this )?(?:next |last )?(?:MO\d|mois"
    r"|month)))"
)
DAY_OF_THIS_MONTH = re.compile(
    r"\b(\d{1,2}(?:th)?) (?:de |du |d |of |in )?(?:(?:ce|cette|this|current|le|the) )?"
    rf"(?:({NEXT}|{LAST}) )?(?:mois|month)(?: ({NEXT}|{LAST}|ci|en cours))?\b"
)
MONTH_THEN_DAYS = re.compile(
    r"\b(MO\d{1,2}) (entre|between|du|from|de) (\d{1,2}(?:th)?) (et|and|au|to|a|till|until|-) "
    r"(\d{1,2}(?:th)?)\b"
)


def _rewrite(text: str, ctx: _Ctx) -> str:
    """Shapes said in several ways, put in the one the grammar reads."""
    # "4-23 mois prochain", "19-20 novembre": days from the 4th to the 23rd
    text = DAY_DASH_DAY.sub(r"\1 au \2", text)

    # "du 4 au 23 de ce mois", "from 4 to 23 of next month": that month, with its year
    def month_of(m: re.Match[str]) -> str:
        which = m[2] or m[3] or ""
        first = _add_months(ctx.today.replace(day=1), _week_offset(which) if which else 0)
        return f"{m[1]} MO{first.month} {first.year}"

    text = DAY_OF_THIS_MONTH.sub(month_of, text)
    # "July 13-15": from the 13th to the 15th
    text = re.sub(r"\b(MO\d{1,2}) (\d{1,2})(?:th)?-(\d{1,2})\b(?![/.\-]\d)", r"\1 \2 au \3", text)
    # "novembre entre 19 et 20", "November from 4 to 8"
    text = MONTH_THEN_DAYS.sub(r"\2 \3 \4 \5 \1", text)
    # "mardi-jeudi": from Tuesday to Thursday
    text = re.sub(r"^(WD\d) (WD\d)$", r"\1 au \2", text)
    # "fin janvier début février": either
    text = re.sub(rf"\b((?:{LATE}) MO\d{{1,2}}) ((?:{EARLY}) MO\d{{1,2}})\b", r"\1 ou \2", text)

    # "la deuxième quinzaine de janvier", "the first half of January": days 1-15 or 16-last
    def half(m: re.Match[str]) -> str:
        if m[2]:
            month, year = int(m[2]), ""
            last = calendar.monthrange(ctx.today.year, month)[1]
        else:  # "the first half of next month"
            first = _add_months(ctx.today.replace(day=1), _week_offset(m[3] or m[4] or ""))
            month, year = first.month, f" {first.year}"
            last = calendar.monthrange(first.year, month)[1]
        days = "1 au 15" if m[1] == "1" else f"16 au {last}"
        return f"du {days} MO{month}{year}"

    text = re.sub(
        r"\b(?:la |the )?([12])th (?:15 DAYS|half|moitie) (?:de |d |of |du mois de |du )?"
        rf"(?:the |le )?(?:MO(\d{{1,2}})\b|(?:mois|month) ({NEXT}|{THIS}|{LAST})\b"
        rf"|({NEXT}|{THIS}|{LAST}) (?:mois|month)\b)",
        half,
        text,
    )
    # "early-mid January", "mi-fin janvier": from the first part to the second
    text = re.sub(
        rf"\b({EARLY}|{MID}) ({MID}|{LATE}) (MO\d{{1,2}})\b", r"entre \1 \3 et \2 \3", text
    )
    # "en moins d'une semaine", "dans moins de 10 jours": within
    text = re.sub(
        r"\b(?:en|dans) moins d[e ]? ?(?=\d+ (?:BDAYS|DAYS|WEEKS|MONTHS)\b)", "sous ", text
    )
    # "à la rentrée de janvier": back at work early in January
    text = re.sub(
        r"\b(?:a la |la )?rentree (?:de |d |du mois de )?(MO\d{1,2})\b", r"debut \1", text
    )
    # "la première semaine de l'année prochaine", "the first week of the new year"
    text = re.sub(
        r"\b(\dth|last|derniere) (week|semaine) (?:of |de |d )(?:the |l )?(?:new year|next year"
        r"|annee prochaine|nouvelle annee)\b",
        lambda m: f"{m[1]} {m[2]} of MO{1 if m[1][0].isdigit() else 12}",
        text,
    )
    # "in a week or two", "dans 2 ou 3 jours": from the first count to the second
    text = re.sub(
        r"\b(\d+) (BDAYS|DAYS|WEEKS|MONTHS) (?:ou|or) (\d+)\b"
        r"(?! ?(?:BDAYS|DAYS|WEEKS|MONTHS|MO\d|th))",
        r"\1 a \3 \2",
        text,
    )
    # "Monday week": a week after the coming Monday, as "lundi en huit"
    return re.sub(r"\b(WD\d) (?:week|WEEKS)$", r"\1 en 8", text)


def _read(text: str, ctx: _Ctx) -> When | None:
    text = text.strip()
    if not text:
        return None
    ranged_duration = _duration_range(text, ctx)
    if ranged_duration is not None:
        return ranged_duration
    m = WEEK_OF.search(text)
    if m and re.search(r"(?:\dth|last|derniere)\s+$", text[: m.start()]):
        m = None  # "the first week of January" has a rule of its own
    if m:
        inner_range = RANGE.match(m["x"] or m["y"])
        if inner_range:  # "la semaine du 14 au 18 décembre": those days
            ranged = _range(inner_range["a"], inner_range["b"], ctx)
            if ranged is not None and ranged.is_window:
                return ranged
        inner = _read_part(m["x"] or m["y"], ctx)
        if inner is not None:
            # "the week of October 6th", a Sunday: the week it opens, as in a US calendar
            monday = _monday(
                inner.start + dt.timedelta(days=1 if inner.start.weekday() == 6 else 0)
            )
            return When(monday, monday + dt.timedelta(days=6))
    m = RANGE.match(text)
    if m:
        ranged = _range(m["a"], m["b"], ctx)
        if ranged is not None:
            return ranged
    m = BY_AFTER_RE.match(text)
    if m:  # "le 15 au plus tard", "by mid January at the latest"
        text = m["x"] if re.match(rf"{BY}\s", m["x"]) else "by " + m["x"]
    m = BY_RE.search(text)
    if m and re.search(r"\b(?:pas|not)\s+$", text[: m.start()]):
        m = None  # "pas avant janvier" is read below, as from January on
    if m and not re.match(r"\s*(?:DBY|la veille)", m["x"]):
        inner = _read_part(m["x"], ctx, by=True, leading=True)
        if (
            inner is not None
            and ctx.future
            and inner.is_day
            and inner.start == ctx.today
            and re.fullmatch(r"(?:le |on |this |ce )?WD\d", m["x"].strip())
        ):
            inner = _day(ctx.today + dt.timedelta(weeks=1))  # "d'ici lundi" said on a Monday
        if inner is not None:
            feast = _feast_in(m["x"], ctx) is not None
            last = inner.start - dt.timedelta(days=1) if feast else inner.end
            if re.search(
                r"\b(?:juste|just|right|peu|shortly|(?:la |the )?(?:semaine|week))\s+$",
                text[: m.start("x")].rstrip().rsplit(" ", 1)[0] + " ",
            ):
                # "juste avant Noël", "the week before Christmas": the seven days before, as
                # "right after" is the seven days after
                return When(last - dt.timedelta(days=6), last, inner.time)
            if ctx.future:
                others = tuple(
                    When(ctx.today, alt.end) for alt in inner.alternatives if alt.end >= ctx.today
                )
                return When(min(ctx.today, last), max(ctx.today, last), inner.time, others)
            return When(last - dt.timedelta(days=6), last, inner.time)
    m = AFTER_RE.search(text)
    if m and not re.search(r"(?:DAYS|WEEKS|MONTHS|YEARS|BDAYS)\s+\S+\s+$", text[: m.start("x")]):
        inner = _read_part(m["x"], ctx, leading=True)
        if inner is not None:
            word = text[: m.start("x")].split()[-1]
            if word in ("apres", "after", "passe"):
                first = inner.end + dt.timedelta(days=1)
                return When(first, first + dt.timedelta(days=6), inner.time)
            if (inner.end - inner.start).days >= 6:  # "from October": the month
                return inner
            return When(inner.start, inner.start + dt.timedelta(days=6), inner.time)
    m = EITHER.match(text)
    if m:
        a_text, b_text = _share_qualifier(m["a"], m["b"])
        a, b = _read_plain(a_text, ctx), _read_plain(b_text, ctx)
        if a is not None and b is None and THE_ONE_AFTER.search(b_text):
            # "la semaine prochaine ou celle d'après": the same span, once more
            length = (a[0].end - a[0].start).days + 1
            step = 7 if length <= 7 and a[0].start.weekday() == 0 else length
            after = When(a[0].start + dt.timedelta(days=step), a[0].end + dt.timedelta(days=step))
            return _span(a[0].start, after.end)
        if a is not None and b is not None:
            return _either(a[0], b[0])
    found = _read_plain(text, ctx)
    return found[0] if found else None


def _read_part(text: str, ctx: _Ctx, *, by: bool = False, leading: bool = False) -> When | None:
    """The reading of `text`; with `leading`, only if the date opens it ("after the 15th", not
    "from me, suggesting times today")."""
    found = _read_plain(text, ctx)
    if found is None and by:
        # "by the end of the month", "d'ici la fin de la semaine"
        found = _read_plain("fin " + text, ctx)
    if found is None or (leading and not _only_filler(text[: found[1]])):
        return None
    return found[0]


# --- dateparser, for what it reads well --------------------------------------------------------


def _dateparser(text: str, ctx: _Ctx) -> When | None:
    """Dates in shapes the grammar does not know, read by dateparser, day first unless the user
    writes the month first."""
    words = re.sub(r"\b(?:WD|MO)\d+\b|\b[A-Z]+\b", " ", text)
    if len(words.split()) > 6 or not re.search(r"\d", words):
        return None
    base = dt.datetime.combine(ctx.today, NOON)
    try:
        parsed = dateparser.parse(
            text,
            languages=["fr", "en"],
            settings={
                "DATE_ORDER": "MDY" if ctx.month_first else "DMY",
                "PREFER_DATES_FROM": ctx.expect.value,
                "RELATIVE_BASE": base,
                "REQUIRE_PARTS": ["day", "month"],
            },
        )
    except (ValueError, OverflowError, TypeError):
        return None
    return _day(parsed.date()) if parsed else None


# --- The reader ----------------------------------------------------------------------------------


def _detokenize(text: str) -> str:
    """Tokens back to words dateparser knows (for the fallback)."""
    months = ["", "january", "february", "march", "april", "may", "june", "july", "august",
              "september", "october", "november", "december"]  # fmt: skip
    text = re.sub(r"\bMO(\d{1,2})\b", lambda m: months[int(m[1])], text)
    return re.sub(r"(\d)th\b", r"\1", text)


def read_when(
    text: str,
    *,
    now: dt.datetime,
    tz: str,
    country: str,
    expect: Prefer,
    anchor: dt.datetime | None = None,
) -> When | DateProblem:
    """What a typed date means, as a day, a moment or a window local to `tz`, or why it cannot
    be taken.

    `expect` says which way an open phrase points ("vendredi" is the coming Friday for an
    interview to come, the last one for an interview that took place). A past event may not be
    in the future, a coming one not in the past; neither more than a year away. A window is
    cut at today on the wrong side ("cette semaine" for a coming date starts today). Durations
    ("sous 15 jours", "dans 10 jours", "le lendemain") count from `anchor` when given (the
    interview the question is about), else from now.
    """
    try:
        zone = ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        zone = ZoneInfo("UTC")
    local_now = now.astimezone(zone)
    today = local_now.date()
    anchor_day = anchor.astimezone(zone).date() if anchor is not None else today
    ctx = _Ctx(
        today=today,
        expect=expect,
        country=(country or "FR").upper(),
        month_first=(country or "").upper().split("-")[0] in MONTH_FIRST_COUNTRIES,
        anchor=anchor_day,
        now=local_now,
    )
    if len(text) > TEXT_LIMIT or MARKUP.search(text):
        return DateProblem.UNREADABLE
    folded = _fold(text)
    tokens = _tokens(folded)
    hours = _hours_from_now(tokens, local_now, anchor)
    if hours is not None:
        return _check(hours, ctx)
    rest, time_of_day = _take_time(tokens, month_first=ctx.month_first)
    rest = _units(rest)
    try:
        rest = _rewrite(rest, ctx)
        found = _read(rest, ctx)
        if (
            found is None
            and time_of_day is not None
            and re.fullmatch(rf"(?:{BY})(?: (?:ce|cette|this))?", rest.strip())
        ):
            found = When(today, today)  # "by EOD", "d'ici ce soir"
        if found is None and time_of_day is not None and THIS_PART_OF_DAY.search(tokens):
            found = When(today, today)  # "ils m'ont refusé ce matin"
        if (found is None and not rest.strip()) or (found is None and _only_filler(rest)):
            found = _day(today) if time_of_day is not None else None
        if found is None:
            found = _dateparser(_detokenize(rest), ctx)
    except (ValueError, OverflowError):
        found = None
    if found is None:
        return DateProblem.UNREADABLE
    if time_of_day is not None:
        found = replace(
            found,
            time=time_of_day,
            alternatives=tuple(replace(a, time=time_of_day) for a in found.alternatives),
        )
        try:
            found = _out_of_gap(found, zone)
        except (OverflowError, ValueError):
            return DateProblem.TOO_FAR
        same_weekday = re.search(rf"\bWD{today.weekday()}\b", rest)
        if (
            expect is Prefer.FUTURE
            and found.is_day
            and found.start == today
            and time_of_day < local_now.time()
            and same_weekday
            and not re.search(r"\bTODAY\b", rest)
        ):
            # "lundi 10h" typed on a Monday afternoon: next Monday.
            found = _out_of_gap(
                replace(
                    found, start=today + dt.timedelta(weeks=1), end=today + dt.timedelta(weeks=1)
                ),
                zone,
            )
    return _check(found, ctx)


def _out_of_gap(found: When, zone: ZoneInfo) -> When:
    """A wall time that does not exist on a day (the spring DST gap) moves forward, as a clock
    would: 02:30 on the night clocks go from 02:00 to 03:00 is 03:30."""
    if found.time is None or not found.is_day:
        return found
    wall = dt.datetime.combine(found.start, found.time, tzinfo=zone)
    real = wall.astimezone(dt.UTC).astimezone(zone)
    if (real.date(), real.time()) == (found.start, found.time):
        return found
    return replace(found, start=real.date(), end=real.date(), time=real.time())


THIS_PART_OF_DAY = re.compile(
    r"\b(?:ce|cet|cette|this|in the|plus tot dans l|dans l) ?(?:matin|matinee|morning|aprem"
    r"|afternoon|soir|soiree|evening)\b|\btonight\b"
)
FILLER = re.compile(
    r"\b(?:a|at|on|le|la|les|l|the|en|ce|cet|cette|this|vers|around|about|de|du|d|in|et|and"
    r"|TODAY)\b"
)


def _only_filler(text: str) -> bool:
    return not FILLER.sub(" ", text).strip()


HOURS_FROM_NOW = re.compile(
    r"\b(?:(dans les|in the next|within the next|dans|in|sous|within|d ici|under)\s+(\d+)\s*"
    r"(?:h|heures?|hours?|hrs?|minutes?|mins?|mn)"
    r"|(?:il y a)\s+(\d+)\s*(?:h|heures?|hours?|minutes?|mins?|mn)"
    r"|(\d+)\s*(?:h|heures?|hours?|hrs?|minutes?|mins?)\s+ago)\b"
)


def _hours_from_now(text: str, now: dt.datetime, anchor: dt.datetime | None) -> When | None:
    """ "dans 2 heures" (a moment), "sous 48h" (a window to that moment), "il y a 3 heures"."""
    m = HOURS_FROM_NOW.search(text)
    if not m:
        return None
    minutes = "min" in m[0] or m[0].rstrip().endswith("mn")
    count = int(m[2] or m[3] or m[4])
    delta = dt.timedelta(minutes=count) if minutes else dt.timedelta(hours=count)
    if m[1] in ("sous", "within", "d ici", "under", "dans les", "in the next", "within the next"):
        base = (anchor or now).astimezone(now.tzinfo)
        return When(min(now.date(), (base + delta).date()), max(now.date(), (base + delta).date()))
    # Elapsed hours, counted in UTC: 24 hours across a DST change is not the same wall time.
    utc = now.astimezone(dt.UTC)
    moment = ((utc - delta) if m[3] or m[4] else (utc + delta)).astimezone(now.tzinfo)
    if moment.date() == now.date() or abs(delta) <= dt.timedelta(hours=72):
        return When(moment.date(), moment.date(), moment.time().replace(second=0, microsecond=0))
    return _day(moment.date())


def _check(found: When, ctx: _Ctx) -> When | DateProblem:
    """The reading cut to the expected side of today, or the problem with it."""
    today = ctx.today
    now_time = ctx.now.time()
    if found.start > found.end:
        found = replace(found, start=found.end, end=found.start)
    if ctx.future:
        if found.end < today:
            return DateProblem.IN_PAST
        if found.start < today:
            found = replace(found, start=today)
        if (
            found.is_day
            and found.start == today
            and found.time
            and found.time < now_time.replace(second=0, microsecond=0)
        ):
            return DateProblem.IN_PAST
        if (found.start - today).days > FURTHEST_DAYS:
            return DateProblem.TOO_FAR
        if (found.end - today).days > FURTHEST_DAYS:
            found = replace(found, end=today + FURTHEST)
    else:
        if found.start > today:
            return DateProblem.IN_FUTURE
        if found.end > today:
            found = replace(found, end=today)
        if found.is_day and found.start == today and found.time and found.time > now_time:
            return DateProblem.IN_FUTURE
        if (today - found.end).days > FURTHEST_DAYS:
            return DateProblem.TOO_FAR
        if (today - found.start).days > FURTHEST_DAYS:
            found = replace(found, start=today - FURTHEST)
    alternatives = tuple(
        a for a in (_check(alt, ctx) for alt in found.alternatives) if isinstance(a, When)
    )
    return replace(found, alternatives=alternatives)


# --- The command line ----------------------------------------------------------------------------


def read_json_line(line: str) -> dict[str, str | None]:
    """One request of the command line, answered: {"start", "end", "time"} or {"error"}."""
    try:
        request = json.loads(line)
    except ValueError:
        return {"error": "bad_json"}
    if not isinstance(request, dict):
        return {"error": "bad_request"}
    text, now_text = request.get("text"), request.get("now")
    tz, country = request.get("tz") or "UTC", request.get("country") or "FR"
    if not isinstance(text, str) or not isinstance(now_text, str):
        return {"error": "bad_request"}
    if not isinstance(tz, str) or not isinstance(country, str):
        return {"error": "bad_request"}
    try:
        now = dt.datetime.fromisoformat(now_text.replace("Z", "+00:00"))
        expect = Prefer(request.get("expect") or "future")
        ZoneInfo(tz)
    except (ValueError, TypeError, ZoneInfoNotFoundError):
        return {"error": "bad_request"}
    if now.tzinfo is None:
        now = now.replace(tzinfo=ZoneInfo(tz))
    anchor = None
    if isinstance(request.get("anchor"), str):
        try:
            anchor = dt.datetime.fromisoformat(request["anchor"])
            if anchor.tzinfo is None:
                anchor = anchor.replace(tzinfo=ZoneInfo(tz))
        except ValueError:
            return {"error": "bad_request"}
    try:
        found = read_when(text, now=now, tz=tz, country=country, expect=expect, anchor=anchor)
    except Exception:
        return {"error": "unreadable"}
    if isinstance(found, DateProblem):
        return {"error": found.value}
    return found.as_json()


def main(argv: list[str] | None = None) -> int:
    """`python -m flows.dates --json`: one JSON request a line on stdin, one answer a line out."""
    args = sys.argv[1:] if argv is None else argv
    if args != ["--json"]:
        print("usage: python -m flows.dates --json < requests.jsonl", file=sys.stderr)
        return 2
    # Bytes, decoded line by line: a line that is not UTF-8 gets its error line like any other.
    for raw in sys.stdin.buffer:
        line = raw.decode("utf-8", errors="replace")
        sys.stdout.write(json.dumps(read_json_line(line)) + "\n")
        sys.stdout.flush()
    return 0


# --- A moment, for callers that want one day and time -----------------------------------------


def parse_moment(
    text: str, *, tz: str, country: str, now: dt.datetime, prefer: Prefer
) -> dt.datetime | DateProblem:
    """The moment a user typed, aware in their time zone, or why it cannot be taken: the first
    day of what `read_when` reads, at its time, 12:00 without one (coaching rules). A past "today"
    without a time is now at the latest."""
    found = read_when(text, now=now, tz=tz, country=country, expect=prefer)
    if isinstance(found, DateProblem):
        return found
    try:
        moment = found.moment(tz)
    except (OverflowError, ValueError):
        return DateProblem.TOO_FAR
    if prefer is Prefer.PAST and found.time is None:
        return min(moment, now.astimezone(moment.tzinfo).replace(second=0, microsecond=0))
    return moment


if __name__ == "__main__":
    sys.exit(main())
