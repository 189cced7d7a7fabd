"""Typed dates in the coaching dialogs: windows, readings to choose from, examples that fit.

A fixed now: Monday 23 November 2026, 10:00 in Paris (09:00 UTC), as in test_coaching_flows.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from flows import dialog
from flows.catalog import describe_window
from flows.dialog import Answer, Context, Profile
from flows.outcomes import MoveNudge
from flows.policy import Plan, Situation, SituationKind, plan_follow_up
from flows.registry import FLOWS

PARIS = ZoneInfo("Europe/Paris")
NOW = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)  # Monday, 10:00 in Paris
THURSDAY = dt.datetime(2026, 11, 26, 9, 0, tzinfo=dt.UTC)
PROFILE = Profile(language="fr", timezone="Europe/Paris", country="FR", nudge_hour=dt.time(9))
INTERVIEW = dt.datetime(2026, 11, 23, 9, 30, tzinfo=PARIS)  # this morning


def context(now: dt.datetime = NOW, **application: Any) -> Context:
    return Context(PROFILE, now=now, application={"company": "Acme", **application})


def step(flow: str, state: str, answers: dict[str, Any], answer: Answer, now: dt.datetime = NOW):
    return dialog.advance(FLOWS[flow], state, answers, context(now), answer)


def choices(reply: dialog.Reply) -> list[str]:
    assert reply.question is not None
    return [c.value for c in reply.question.choices if c.value != "_back"]


# --- An announced answer: a window waits for its last day (I1) --------------------------------


def test_I1_an_announced_window_keeps_its_first_and_last_day() -> None:
    answers = {"interview_at": INTERVIEW.isoformat()}
    reply = step("after_interview", "announced_date", answers, Answer.text("la semaine prochaine"))
    assert not reply.rejected
    assert reply.answers["announced_from"] == "2026-11-30T12:00:00+01:00"
    assert reply.answers["announced_at"] == "2026-12-06T12:00:00+01:00"
    assert [t.key for t in reply.says] == ["coach.announced_window_ok"]
    assert reply.says[0].params == {"window": "la semaine prochaine", "when": "dimanche 6 décembre"}


def test_I1_an_announced_window_is_stored_with_the_application() -> None:
    answers = {"interview_at": INTERVIEW.isoformat(), "size": "large", "urgency": "normal"}
    reply = step("after_interview", "announced_date", answers, Answer.text("sous 15 jours"))
    reply = step("after_interview", "notes", reply.answers, Answer.choice("skip"))
    assert reply.finished
    assert reply.app_changes["announced_answer_from"] == dt.datetime(2026, 11, 23, 12, tzinfo=PARIS)
    assert reply.app_changes["announced_answer_at"] == dt.datetime(2026, 12, 8, 12, tzinfo=PARIS)


def test_I1_a_duration_counts_from_the_interview() -> None:
    """Told on Thursday about Monday's interview: "sous 8 jours" ends 8 days after Monday."""
    interview = dt.datetime(2026, 11, 23, 10, 0, tzinfo=PARIS)
    answers = {"interview_at": interview.isoformat()}
    reply = step(
        "after_interview", "announced_date", answers, Answer.text("sous 8 jours"), THURSDAY
    )
    assert reply.answers["announced_at"] == "2026-12-01T12:00:00+01:00"


def plan_after_interview(
    announced_from: dt.date, announced_on: dt.date, language: str = "fr"
) -> Plan:
    """The plan an hour after this morning's interview, with an answer announced in a window."""
    return plan_follow_up(
        Situation(
            kind=SituationKind.INTERVIEW,
            at=INTERVIEW,
            now=INTERVIEW + dt.timedelta(hours=1),
            announced_on=announced_on,
            announced_from=announced_from,
            language=language,
        )
    )


def test_I1_the_plan_waits_for_the_end_of_an_announced_week_and_says_so() -> None:
    plan = plan_after_interview(dt.date(2026, 11, 30), dt.date(2026, 12, 6))
    assert plan.due == dt.datetime(2026, 12, 7, 9, 0, tzinfo=PARIS)  # the Monday after
    assert plan.rules[0] == "I1"
    assert "réponse annoncée la semaine prochaine" in plan.why
    assert "dimanche 6 décembre" in plan.why or "6 décembre 2026" in plan.why


def test_I1_a_window_in_english() -> None:
    plan = plan_after_interview(dt.date(2026, 11, 23), dt.date(2026, 11, 27), "en")
    assert plan.due == dt.datetime(2026, 11, 30, 9, 0, tzinfo=PARIS)
    assert "answer announced by Friday 27 November" in plan.why


def test_a_window_in_words() -> None:
    today = dt.date(2026, 11, 23)
    assert describe_window("fr", dt.date(2026, 11, 30), dt.date(2026, 12, 6), today) == (
        "la semaine prochaine"
    )
    assert describe_window("en", dt.date(2026, 12, 1), dt.date(2026, 12, 31), today) == (
        "in December"
    )
    assert describe_window("fr", today, dt.date(2026, 12, 8), today) == "d'ici le mardi 8 décembre"
    assert describe_window("en", dt.date(2026, 12, 14), dt.date(2026, 12, 20), today) == (
        "the week of Monday 14 December"
    )


# --- A past window asks which day --------------------------------------------------------------


def test_a_past_week_for_an_interview_asks_which_business_day() -> None:
    reply = step("after_interview", "when", {}, Answer.text("la semaine dernière"))
    assert reply.rejected and reply.state == "when"
    assert [t.key for t in reply.says] == ["coach.date.which_day"]
    assert choices(reply) == [f"day:2026-11-{d}" for d in (16, 17, 18, 19, 20)]
    assert reply.question is not None and reply.question.free_text

    picked = step("after_interview", "when", {}, Answer.choice("day:2026-11-18"))
    assert not picked.rejected
    assert picked.answers["interview_at"] == "2026-11-18T12:00:00+01:00"
    assert picked.chosen is not None and picked.chosen.params == {"value": "mercredi 18 novembre"}


def test_a_past_window_with_a_time_keeps_it_on_each_day() -> None:
    reply = step("refusal", "when", {}, Answer.text("la semaine dernière vers 15h"))
    assert choices(reply)[0] == "day:2026-11-16T15:00"
    picked = step("refusal", "when", {}, Answer.choice("day:2026-11-16T15:00"))
    assert picked.answers["refused_at"] == "2026-11-16T15:00:00+01:00"


def test_a_long_past_window_asks_to_type_the_day() -> None:
    reply = step("applied", "when", {}, Answer.text("en octobre"))
    assert reply.rejected
    assert [t.key for t in reply.says] == ["coach.date.which_day_typed"]


def test_a_day_button_in_the_wrong_direction_is_refused() -> None:
    reply = step("after_interview", "when", {}, Answer.choice("day:2026-11-30"))
    assert reply.rejected
    assert [t.key for t in reply.says] == ["fallback.stale_button"]


def test_a_day_button_where_no_date_is_asked_is_stale() -> None:
    reply = step(
        "after_interview",
        "size",
        {"interview_at": INTERVIEW.isoformat()},
        Answer.choice("day:2026-11-18"),
    )
    assert reply.rejected
    assert [t.key for t in reply.says] == ["fallback.stale_button"]


# --- An ambiguous phrase offers its readings -----------------------------------------------------


def test_next_friday_said_on_a_thursday_offers_tomorrow_and_the_friday_after() -> None:
    reply = step("scheduled", "when", {}, Answer.text("vendredi prochain 14h"), THURSDAY)
    assert reply.rejected
    assert [t.key for t in reply.says] == ["coach.date.which_reading"]
    assert sorted(choices(reply)) == ["day:2026-11-27T14:00", "day:2026-12-04T14:00"]
    picked = step("scheduled", "when", {}, Answer.choice("day:2026-11-27T14:00"), THURSDAY)
    assert picked.finished
    assert picked.answers["interview_at"] == "2026-11-27T14:00:00+01:00"


def test_I1_an_ambiguous_announced_date_offers_its_readings() -> None:
    answers = {"interview_at": dt.datetime(2026, 11, 26, 9, 0, tzinfo=PARIS).isoformat()}
    reply = step(
        "after_interview", "announced_date", answers, Answer.text("vendredi prochain"), THURSDAY
    )
    assert reply.rejected
    assert sorted(choices(reply)) == ["day:2026-11-27", "day:2026-12-04"]


# --- "I couldn't read it": examples that fit the question ----------------------------------------


def test_the_unreadable_reply_gives_coming_examples_for_a_coming_date() -> None:
    reply = step("scheduled", "when", {}, Answer.text("bientôt"))
    assert [t.key for t in reply.says] == ["coach.date.unreadable_future"]


def test_the_unreadable_reply_gives_past_examples_for_a_past_date() -> None:
    reply = step("refusal", "when", {}, Answer.text("bientôt"))
    assert [t.key for t in reply.says] == ["coach.date.unreadable"]


def test_I1_the_unreadable_reply_gives_answer_examples_for_an_announced_date() -> None:
    answers = {"interview_at": INTERVIEW.isoformat()}
    reply = step("after_interview", "announced_date", answers, Answer.text("bientôt"))
    assert [t.key for t in reply.says] == ["coach.date.unreadable_answer"]


def test_I1_an_ambiguous_announced_window_offers_both_windows() -> None:
    """ "mardi ou mercredi prochain" on a Monday: this week's or next week's."""
    answers = {"interview_at": INTERVIEW.isoformat()}
    typed = Answer.text("mardi ou mercredi prochain")
    reply = step("after_interview", "announced_date", answers, typed)
    assert reply.rejected
    assert choices(reply) == ["day:2026-11-24~2026-11-25", "day:2026-12-01~2026-12-02"]
    picked = step("after_interview", "announced_date", answers, Answer.choice(choices(reply)[1]))
    assert not picked.rejected
    assert picked.answers["announced_from"] == "2026-12-01T12:00:00+01:00"
    assert picked.answers["announced_at"] == "2026-12-02T12:00:00+01:00"
    assert picked.chosen is not None
    assert picked.chosen.params == {"value": "mardi 1 décembre – mercredi 2 décembre"}


def test_a_window_button_where_a_day_is_asked_is_stale() -> None:
    reply = step("after_interview", "when", {}, Answer.choice("day:2026-11-16~2026-11-17"))
    assert reply.rejected
    assert [t.key for t in reply.says] == ["fallback.stale_button"]


# --- Moving a reminder to a typed date -------------------------------------------------------


def test_a_reminder_is_moved_to_a_typed_moment() -> None:
    answers = {"nudge_id": 7, "kind": "after_interview"}
    reply = dialog.start(FLOWS["move_reminder"], context(), answers)
    assert reply.question is not None and reply.question.free_text
    reply = step("move_reminder", "when", reply.answers, Answer.text("jeudi 14h"))
    assert reply.finished
    assert reply.answers["move_to"] == "2026-11-26T14:00:00+01:00"
    assert reply.outcomes == [MoveNudge()]


def test_a_reminder_cannot_be_moved_to_the_past() -> None:
    reply = step("move_reminder", "when", {"nudge_id": 7}, Answer.text("hier"))
    assert reply.rejected
    assert [t.key for t in reply.says] == ["coach.date.in_past"]
