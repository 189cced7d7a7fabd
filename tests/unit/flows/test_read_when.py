"""`read_when`: typed days, moments and windows, read as a person means them.

The table `dates_corpus.jsonl` holds, one a line, a phrase with its "now", time zone, country and
expectation, and the reading a person gives it (`expected`, in the command line's words), plus the
other readings of an ambiguous phrase. It covers French and English, a US user (month first), a
Québec user, the DST changes in Paris, the year's end ("début janvier" said on 28 December) and
a month's end. Every expectation was checked by hand against a calendar.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from flows.dates import DateProblem, Prefer, When, read_json_line, read_when
from testkit.process import run_module

CORPUS_PATH = Path(__file__).with_name("dates_corpus.jsonl")
CORPUS: list[dict[str, Any]] = [
    json.loads(line) for line in CORPUS_PATH.read_text(encoding="utf-8").splitlines() if line
]
PARIS = "Europe/Paris"
MONDAY = dt.datetime(2026, 12, 7, 14, 0, tzinfo=ZoneInfo(PARIS))
THURSDAY = dt.datetime(2026, 12, 10, 10, 0, tzinfo=ZoneInfo(PARIS))
FUTURE, PAST = Prefer.FUTURE, Prefer.PAST


def read(
    text: str,
    expect: Prefer = FUTURE,
    *,
    now: dt.datetime = MONDAY,
    tz: str = PARIS,
    country: str = "FR",
    anchor: dt.datetime | None = None,
) -> When | DateProblem:
    return read_when(text, now=now, tz=tz, country=country, expect=expect, anchor=anchor)


def span(found: When | DateProblem) -> tuple[str, str] | DateProblem:
    if isinstance(found, DateProblem):
        return found
    return found.start.isoformat(), found.end.isoformat()


def test_the_corpus_is_large_and_mixed() -> None:
    assert len(CORPUS) >= 300
    countries = {row["country"] for row in CORPUS}
    assert {"FR", "US", "CA-QC"} <= countries
    windows = [row for row in CORPUS if row["expected"].get("start") != row["expected"].get("end")]
    assert len(windows) >= 100


@pytest.mark.parametrize(
    "row", CORPUS, ids=[f"{r['now'][:10]}-{r['expect']}-{r['text']}" for r in CORPUS]
)
def test_corpus(row: dict[str, Any]) -> None:
    request = {k: row[k] for k in ("text", "now", "tz", "country", "expect")}
    assert read_json_line(json.dumps(request)) == row["expected"]
    found = read(
        row["text"],
        Prefer(row["expect"]),
        now=dt.datetime.fromisoformat(row["now"]),
        tz=row["tz"],
        country=row["country"],
    )
    alternatives = [a.as_json() for a in found.alternatives] if isinstance(found, When) else []
    assert alternatives == row.get("alternatives", [])


# --- What the issue names, one by one -----------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expect", "expected"),
    [
        ("sous 15 jours", FUTURE, ("2026-12-07", "2026-12-22")),
        ("la semaine prochaine", FUTURE, ("2026-12-14", "2026-12-20")),
        ("next week", PAST, DateProblem.IN_FUTURE),
        ("next week", FUTURE, ("2026-12-14", "2026-12-20")),
        ("by Friday", FUTURE, ("2026-12-07", "2026-12-11")),
        ("d'ici vendredi", FUTURE, ("2026-12-07", "2026-12-11")),
        ("avant vendredi", FUTURE, ("2026-12-07", "2026-12-11")),
        ("end of next week", FUTURE, ("2026-12-17", "2026-12-20")),
        ("fin de semaine prochaine", FUTURE, ("2026-12-17", "2026-12-20")),
        ("fin du mois", FUTURE, ("2026-12-21", "2026-12-31")),
        ("by the end of the month", FUTURE, ("2026-12-07", "2026-12-31")),
        ("d'ici la fin du mois", FUTURE, ("2026-12-07", "2026-12-31")),
        ("mi-décembre", FUTURE, ("2026-12-11", "2026-12-20")),
        ("début janvier", FUTURE, ("2027-01-01", "2027-01-10")),
        ("early January", FUTURE, ("2027-01-01", "2027-01-10")),
        ("janvier", FUTURE, ("2027-01-01", "2027-01-31")),
        ("this weekend", FUTURE, ("2026-12-12", "2026-12-13")),
        ("dans la semaine", FUTURE, ("2026-12-07", "2026-12-13")),
        ("end of the week", FUTURE, ("2026-12-10", "2026-12-13")),
        ("avant Noël", FUTURE, ("2026-12-07", "2026-12-24")),
        ("before Christmas", FUTURE, ("2026-12-07", "2026-12-24")),
        ("après les fêtes", FUTURE, ("2027-01-02", "2027-01-08")),
        ("after Easter", FUTURE, ("2027-03-29", "2027-04-04")),
        ("dans 10 jours", FUTURE, ("2026-12-17", "2026-12-17")),
        ("sous huitaine", FUTURE, ("2026-12-07", "2026-12-15")),
        ("d'ici une semaine", FUTURE, ("2026-12-07", "2026-12-14")),
        ("in a week", FUTURE, ("2026-12-14", "2026-12-14")),
        ("within two weeks", FUTURE, ("2026-12-07", "2026-12-21")),
        ("two days after tomorrow", FUTURE, ("2026-12-10", "2026-12-10")),
        ("lundi en huit", FUTURE, ("2026-12-21", "2026-12-21")),
        ("jeudi 17", FUTURE, ("2026-12-17", "2026-12-17")),
        ("le 1er", FUTURE, ("2027-01-01", "2027-01-01")),
        ("the 4th", FUTURE, ("2027-01-04", "2027-01-04")),
        ("the twenty second", FUTURE, ("2026-12-22", "2026-12-22")),
        ("le vingt-deux", FUTURE, ("2026-12-22", "2026-12-22")),
        ("il y a 3 jours", PAST, ("2026-12-04", "2026-12-04")),
        ("a week ago", PAST, ("2026-11-30", "2026-11-30")),
        ("la semaine dernière", PAST, ("2026-11-30", "2026-12-06")),
        ("vendredi dernier", PAST, ("2026-12-04", "2026-12-04")),
        ("last friday", PAST, ("2026-12-04", "2026-12-04")),
        ("mardi 1er", PAST, ("2026-12-01", "2026-12-01")),
        ("la semaine dernière", FUTURE, DateProblem.IN_PAST),
        ("bientôt", FUTURE, DateProblem.UNREADABLE),
        ("", FUTURE, DateProblem.UNREADABLE),
        ("31/02", FUTURE, DateProblem.UNREADABLE),
        ("dans 3 ans", FUTURE, DateProblem.TOO_FAR),
    ],
)
def test_what_a_person_means_by_a_typed_date(
    typed: str, expect: Prefer, expected: tuple[str, str] | DateProblem
) -> None:
    """A coming or past date read as its first and last day, or the problem with it."""
    assert span(read(typed, expect)) == expected


def test_jeudi_17_is_the_17th_not_five_pm() -> None:
    found = read("jeudi 17")
    assert isinstance(found, When)
    assert found.start == dt.date(2026, 12, 17) and found.time is None


def test_a_time_of_day_is_read_wherever_it_is_given() -> None:
    found = read("vendredi 18 décembre à 14h30")
    assert isinstance(found, When)
    assert (found.start, found.time) == (dt.date(2026, 12, 18), dt.time(14, 30))
    found = read("next week, around 3pm")
    assert isinstance(found, When) and found.time == dt.time(15, 0)


def test_next_friday_said_on_a_thursday_offers_both_readings() -> None:
    found = read("vendredi prochain", now=THURSDAY)
    assert isinstance(found, When)
    days = {found.start, *(a.start for a in found.alternatives)}
    assert days == {dt.date(2026, 12, 11), dt.date(2026, 12, 18)}


def test_us_users_write_the_month_first() -> None:
    now = dt.datetime(2026, 12, 7, 9, 0, tzinfo=ZoneInfo("America/New_York"))
    assert span(read("1/4", now=now, tz="America/New_York", country="US")) == (
        "2027-01-04",
        "2027-01-04",
    )
    assert span(read("1/4")) == ("2027-04-01", "2027-04-01")


def test_durations_count_from_the_anchor_when_one_is_given() -> None:
    interview = dt.datetime(2026, 12, 3, 10, 0, tzinfo=ZoneInfo(PARIS))
    assert span(read("sous 15 jours", anchor=interview)) == ("2026-12-07", "2026-12-18")
    assert span(read("le lendemain", PAST, anchor=interview)) == ("2026-12-04", "2026-12-04")


def test_holidays_follow_the_users_country() -> None:
    now = dt.datetime(2026, 12, 7, 9, 0, tzinfo=ZoneInfo("America/New_York"))
    labor_day = read("labor day", now=now, tz="America/New_York", country="US")
    fete_du_travail = read("fête du travail")
    assert span(labor_day) == ("2027-09-06", "2027-09-06")
    assert span(fete_du_travail) == ("2027-05-01", "2027-05-01")


# --- The command line ---------------------------------------------------------------------------


def test_the_command_line_answers_one_line_per_line_and_survives_bad_ones() -> None:
    good = {
        "text": "sous 15 jours",
        "now": "2026-12-07T14:00:00+01:00",
        "tz": "Europe/Paris",
        "country": "FR",
        "expect": "future",
    }
    lines = [
        json.dumps(good),
        json.dumps({"text": 42}),
        "not json at all",
        "[1, 2]",
        json.dumps({**good, "tz": "Nowhere/Else"}),
        json.dumps({**good, "text": "bientôt"}),
        json.dumps({**good, "text": "12/18 at 3pm", "tz": "America/New_York", "country": "US"}),
    ]
    result = run_module("flows.dates", "--json", stdin="\n".join(lines) + "\n")
    assert result.returncode == 0, result.stderr
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert answers[0] == {"start": "2026-12-07", "end": "2026-12-22", "time": None}
    assert [set(a) for a in answers[1:6]] == [{"error"}] * 5
    assert answers[5] == {"error": "unreadable"}
    assert answers[6] == {"start": "2026-12-18", "end": "2026-12-18", "time": "15:00"}


# --- Properties ---------------------------------------------------------------------------------

WORDS = [
    "lundi", "vendredi", "friday", "prochain", "next", "dernier", "last", "semaine", "week",
    "mois", "month", "fin", "end", "début", "early", "mi", "mid", "sous", "within", "dans", "in",
    "d'ici", "by", "avant", "before", "après", "after", "il y a", "ago", "jours", "days", "15",
    "1er", "31", "17", "2", "/", "12/11", "2027", "janvier", "décembre", "february", "Noël",
    "Easter", "les fêtes", "14h", "3pm", "demain", "hier", "huit", "en", "le", "the", "et", "ou",
    "entre", "du", "au", "weekend", "quinzaine", "0", "99", "29/02", "-", "à",
]  # fmt: skip
NOWS = st.datetimes(
    min_value=dt.datetime(2020, 1, 1),
    max_value=dt.datetime(2035, 12, 31),
    timezones=st.just(dt.UTC),
)
ZONES = st.sampled_from(["Europe/Paris", "America/New_York", "America/Montreal", "Asia/Tokyo"])
COUNTRIES = st.sampled_from(["FR", "US", "CA-QC", "GB", "JP"])
PHRASES = st.one_of(
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=6).map(" ".join),
    st.sampled_from([row["text"] for row in CORPUS]),
    st.text(max_size=40),
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=PHRASES, now=NOWS, tz=ZONES, country=COUNTRIES, expect=st.sampled_from(list(Prefer)))
# A month cut to today for a past event, with a time still to come today.
@example(
    text="janvier 14h",
    now=dt.datetime(2020, 1, 1, tzinfo=dt.UTC),
    tz=PARIS,
    country="FR",
    expect=PAST,
)
def test_properties_of_every_reading(
    text: str, now: dt.datetime, tz: str, country: str, expect: Prefer
) -> None:
    """Never an exception; a past reading is never after today, a coming one never before; a
    window's start is never after its end; every answer lies within a year of now."""
    found = read(text, expect, now=now, tz=tz, country=country)
    if isinstance(found, DateProblem):
        return
    today = now.astimezone(ZoneInfo(tz)).date()
    for reading in (found, *found.alternatives):
        assert reading.start <= reading.end
        if expect is PAST:
            assert reading.end <= today
        else:
            assert reading.start >= today
        assert abs((reading.start - today).days) <= 366
        assert abs((reading.end - today).days) <= 366
        if reading.time is not None and reading.is_day and reading.start == today:
            moment = reading.moment(tz)
            minute = now.replace(second=0, microsecond=0)
            assert moment >= minute if expect is FUTURE else moment <= now


def test_the_command_line_answers_blank_and_undecodable_lines_too() -> None:
    good = json.dumps(
        {"text": "mi-décembre", "now": "2026-12-07T14:00:00+01:00", "tz": PARIS, "country": "fr"}
    ).encode()
    result = subprocess.run(
        [sys.executable, "-m", "flows.dates", "--json"],
        input=b"\n\xff\xfe not utf-8\n" + good,
        capture_output=True,
        check=True,
        cwd=Path(__file__).resolve().parents[3],
    )
    answers = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert answers == [
        {"error": "bad_json"},
        {"error": "bad_json"},
        {"start": "2026-12-11", "end": "2026-12-20", "time": None},
    ]
