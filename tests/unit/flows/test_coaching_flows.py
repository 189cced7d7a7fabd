"""The coaching dialogs (new, applied, scheduled, after_interview, refusal, good_news, switch),
driven without Telegram, at a fixed now: Monday 23 November 2026, 10:00 in Paris (09:00 UTC).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flows import dialog
from flows.catalog import FR
from flows.dialog import Answer, Context, Profile
from flows.domain import Stage
from flows.outcomes import (
    CreateApplication,
    MakePlan,
    Outcome,
    PlanInterview,
    RecordInterview,
    StopReminders,
    SwitchDrop,
    SwitchResume,
    Then,
)
from flows.policy import RefusalReason
from flows.registry import FLOWS

PARIS = ZoneInfo("Europe/Paris")
NOW = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)  # Monday, 10:00 in Paris
PROFILE = Profile(language="fr", timezone="Europe/Paris", country="FR", nudge_hour=dt.time(9))
CONTEXT = Context(PROFILE, now=NOW, application={"company": "Acme"})
COACHING = ("new", "applied", "scheduled", "after_interview", "refusal", "good_news", "switch")

YESTERDAY_NOON = dt.datetime(2026, 11, 22, 12, 0, tzinfo=PARIS)
INTERVIEW = dt.datetime(2026, 11, 20, 10, 0, tzinfo=PARIS)  # Friday 20 November, 10:00


def step(
    flow: str,
    state: str,
    answers: Mapping[str, Any],
    answer: Answer,
    context: Context = CONTEXT,
) -> dialog.Reply:
    return dialog.advance(FLOWS[flow], state, answers, context, answer)


def walk(
    flow: str, state: str, answers: Mapping[str, Any], *moves: tuple[Answer, str]
) -> dialog.Reply:
    """Answers the question `state` of `flow`, then the next ones: each move is an answer and the
    state it leads to."""
    reply: dialog.Reply | None = None
    for answer, then in moves:
        reply = step(flow, state, answers, answer)
        assert reply.state == then, (state, answer)
        state, answers = then, reply.answers
    assert reply is not None
    return reply


def with_application(**application: Any) -> Context:
    return Context(PROFILE, now=NOW, application={"company": "Acme", **application})


def keys(reply: dialog.Reply) -> list[str]:
    return [text.key for text in reply.says]


def values(question: dialog.Question | None) -> list[str]:
    assert question is not None
    return [choice.value for choice in question.choices]


def assert_rejected(reply: dialog.Reply, state: str, key: str, answers: Mapping[str, Any]) -> None:
    assert reply.rejected
    assert reply.state == state
    assert keys(reply) == [key]
    assert reply.answers == dict(answers)
    assert reply.app_changes == {} and reply.user_changes == {} and reply.outcomes == []


def test_every_coaching_dialog_is_registered() -> None:
    assert set(COACHING) <= set(FLOWS)


# --- new --------------------------------------------------------------------------------------


def test_new_asks_company_role_recruiter_contact_then_stage() -> None:
    reply = dialog.start(FLOWS["new"], CONTEXT)
    assert reply.state == "company"
    assert reply.question is not None
    assert reply.question.free_text and reply.question.text_limit == 200
    assert values(reply.question) == []  # no back button on the first question

    reply = step("new", "company", reply.answers, Answer.text("  Globex   SA "))
    assert reply.state == "role"
    assert reply.answers["company"] == "Globex SA"
    assert reply.question is not None
    assert reply.question.text.params == {"company": "Globex SA"}
    assert values(reply.question) == ["skip", "_back"]

    reply = walk(
        "new",
        "role",
        reply.answers,
        (Answer.text("Data analyst"), "recruiter"),
        (Answer.text("Jeanne Martin"), "contact"),
        (Answer.text("jeanne@globex.example"), "stage"),
    )
    assert values(reply.question) == [
        "applied",
        "interview_scheduled",
        "waiting",
        "refused",
        "paste",  # the recruiter's message will say
        "_back",
    ]
    assert reply.answers["role"] == "Data analyst"
    assert reply.answers["recruiter_name"] == "Jeanne Martin"
    assert reply.answers["recruiter_contact"] == "jeanne@globex.example"
    assert reply.answers["_history"] == ["company", "role", "recruiter", "contact"]


def test_new_skip_buttons_store_none() -> None:
    answers: dict[str, Any] = {"company": "Acme", "_history": ["company"]}
    reply = step("new", "role", answers, Answer.choice("skip"))
    assert reply.state == "recruiter"
    assert reply.chosen is not None and reply.chosen.key == "dialog.skip"
    reply = step("new", "recruiter", reply.answers, Answer.choice("skip"))
    reply = step("new", "contact", reply.answers, Answer.choice("skip"))
    assert reply.state == "stage"
    assert reply.answers["role"] is None
    assert reply.answers["recruiter_name"] is None
    assert reply.answers["recruiter_contact"] is None


def test_new_the_company_cannot_be_skipped() -> None:
    reply = step("new", "company", {}, Answer.choice("skip"))
    assert_rejected(reply, "company", "fallback.stale_button", {})


def test_new_a_201_character_company_is_refused_with_the_limit() -> None:
    reply = step("new", "company", {}, Answer.text("A" * 201))
    assert_rejected(reply, "company", "dialog.text_too_long", {})
    assert reply.says[0].params == {"limit": 200}
    assert "company" not in reply.answers


def test_new_a_200_character_company_is_taken() -> None:
    reply = step("new", "company", {}, Answer.text("A" * 200))
    assert reply.state == "role"
    assert reply.answers["company"] == "A" * 200


def test_new_html_in_a_name_is_kept_as_typed() -> None:
    """Escaping is the renderer's job: the dialog stores exactly what was typed."""
    reply = step("new", "company", {}, Answer.text("<b>Smith & Sons</b>"))
    assert reply.answers["company"] == "<b>Smith & Sons</b>"
    assert reply.question is not None
    assert reply.question.text.params["company"] == "<b>Smith & Sons</b>"


def test_new_empty_text_is_refused() -> None:
    reply = step("new", "company", {}, Answer.text(" \n\t "))
    assert_rejected(reply, "company", "dialog.empty_text", {})


@pytest.mark.parametrize(
    ("stage", "then"),
    [
        ("applied", "applied"),
        ("interview_scheduled", "scheduled"),
        ("waiting", "after_interview"),
        ("refused", "refusal"),
    ],
)
def test_new_each_stage_creates_the_application_then_opens_its_dialog(
    stage: str, then: str
) -> None:
    answers = {"company": "Acme", "role": None, "_history": ["company", "role"]}
    reply = step("new", "stage", answers, Answer.choice(stage))
    assert reply.finished
    assert reply.question is None
    assert reply.outcomes == [CreateApplication(), Then(then)]
    assert reply.answers["stage"] == stage
    assert then in FLOWS


def test_new_back_from_role_returns_to_company_keeping_the_answer() -> None:
    reply = step("new", "company", {}, Answer.text("Acme"))
    reply = step("new", "role", reply.answers, Answer.choice("_back"))
    assert reply.state == "company"
    assert reply.chosen is not None and reply.chosen.key == "dialog.back"
    assert reply.answers["company"] == "Acme"
    assert reply.answers["_history"] == []
    assert values(reply.question) == []  # back at the first question: no back button
    reply = step("new", "company", reply.answers, Answer.text("Initech"))
    assert reply.state == "role"
    assert reply.answers["company"] == "Initech"


def test_back_without_history_is_a_stale_button() -> None:
    reply = step("new", "company", {}, Answer.choice("_back"))
    assert_rejected(reply, "company", "fallback.stale_button", {})


def test_a_rejected_answer_asks_again_with_the_back_button() -> None:
    answers = {"company": "Acme", "_history": ["company"]}
    reply = step("new", "role", answers, Answer.text("R" * 201))
    assert reply.rejected
    assert reply.question == dialog.current_question(FLOWS["new"], "role", answers, CONTEXT)
    assert "_back" in values(reply.question)


# --- applied (A1) -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (Answer.choice("d1"), YESTERDAY_NOON),
        (Answer.choice("d2"), dt.datetime(2026, 11, 21, 12, 0, tzinfo=PARIS)),
        (Answer.text("12/11"), dt.datetime(2026, 11, 12, 12, 0, tzinfo=PARIS)),
        (Answer.text("mardi dernier"), dt.datetime(2026, 11, 17, 12, 0, tzinfo=PARIS)),
    ],
)
def test_A1_applied_records_when_and_asks_for_the_plan(
    answer: Answer, expected: dt.datetime
) -> None:
    reply = step("applied", "when", {}, answer)
    assert reply.finished
    assert reply.app_changes == {"applied_at": expected, "stage": Stage.APPLIED}
    assert reply.outcomes == [MakePlan()]


def test_applied_today_before_noon_is_now_not_the_future() -> None:
    reply = step("applied", "when", {}, Answer.choice("d0"))
    assert reply.app_changes["applied_at"] == NOW
    assert reply.app_changes["applied_at"] <= NOW


def test_applied_a_future_date_is_refused() -> None:
    reply = step("applied", "when", {}, Answer.text("demain"))
    assert_rejected(reply, "when", "coach.date.in_future", {})
    assert reply.says[0].params == {"value": "demain"}


# --- scheduled --------------------------------------------------------------------------------


def test_scheduled_records_the_interview_and_plans_the_reminder() -> None:
    reply = step("scheduled", "when", {}, Answer.text("jeudi 14h"))
    assert reply.finished
    assert reply.app_changes == {"stage": Stage.INTERVIEW_SCHEDULED}
    assert reply.answers["interview_at"] == "2026-11-26T14:00:00+01:00"
    assert keys(reply) == ["coach.scheduled_ok"]
    assert reply.says[0].params == {"when": "jeudi 26 novembre à 14:00"}
    assert reply.outcomes == [PlanInterview()]


@pytest.mark.parametrize("typed", ["hier à 14h", "aujourd'hui 8h", "avant-hier 10h"])
def test_scheduled_a_past_date_is_refused(typed: str) -> None:
    reply = step("scheduled", "when", {}, Answer.text(typed))
    assert_rejected(reply, "when", "coach.date.in_past", {})


def test_scheduled_a_past_day_and_month_is_refused() -> None:
    reply = step("scheduled", "when", {}, Answer.text("20/11 10h"))
    assert_rejected(reply, "when", "coach.date.in_past", {})


def test_scheduled_has_no_buttons_so_a_choice_is_stale() -> None:
    reply = step("scheduled", "when", {}, Answer.choice("d1"))
    assert_rejected(reply, "when", "fallback.stale_button", {})


# --- after_interview (I1-I6) ------------------------------------------------------------------


def test_after_interview_full_path() -> None:
    reply = dialog.start(FLOWS["after_interview"], CONTEXT)
    assert reply.state == "when"
    assert values(reply.question) == ["d0", "d1", "d2"]

    reply = step("after_interview", "when", reply.answers, Answer.choice("d1"))
    assert reply.state == "size"
    assert reply.answers["interview_at"] == YESTERDAY_NOON.isoformat()
    assert keys(reply) == ["coach.interview_ok"]
    assert reply.says[0].params == {"when": "dimanche 22 novembre à 12:00"}
    assert values(reply.question) == ["large", "medium", "small", "startup", "_back"]

    reply = step("after_interview", "size", reply.answers, Answer.choice("large"))
    assert reply.state == "urgency"
    reply = step("after_interview", "urgency", reply.answers, Answer.choice("normal"))
    assert reply.state == "announced"
    assert values(reply.question) == ["yes", "no", "didnt_ask", "_back"]
    reply = step("after_interview", "announced", reply.answers, Answer.choice("yes"))
    assert reply.state == "announced_date"
    reply = step("after_interview", "announced_date", reply.answers, Answer.text("vendredi"))
    assert reply.state == "notes"
    assert keys(reply) == ["coach.announced_ok"]
    assert reply.says[0].params == {"when": "vendredi 27 novembre à 12:00"}
    assert reply.app_changes == {}  # nothing is stored before the end

    reply = step("after_interview", "notes", reply.answers, Answer.text("L'équipe data, le SQL"))
    assert reply.finished
    assert reply.answers["notes"] == "L'équipe data, le SQL"
    assert reply.app_changes == {
        "stage": Stage.WAITING,
        "company_size": "large",
        "urgency": "normal",
        "announced_answer_at": dt.datetime(2026, 11, 27, 12, 0, tzinfo=PARIS),
    }
    assert reply.app_changes["announced_answer_at"].tzinfo is not None
    assert reply.outcomes == [RecordInterview(), MakePlan()]


def test_I1_no_announced_date_goes_to_the_notes() -> None:
    answers = {"interview_at": YESTERDAY_NOON.isoformat(), "size": "small", "urgency": "urgent"}
    reply = step("after_interview", "announced", answers, Answer.choice("no"))
    assert reply.state == "notes"
    assert "coach.I1_next_time" not in keys(reply)
    reply = step("after_interview", "notes", reply.answers, Answer.choice("skip"))
    assert reply.finished
    assert reply.answers["notes"] is None
    assert reply.app_changes == {
        "stage": Stage.WAITING,
        "company_size": "small",
        "urgency": "urgent",
        "announced_answer_at": None,
    }


def test_I1_didnt_ask_adds_the_coach_note() -> None:
    answers = {"interview_at": YESTERDAY_NOON.isoformat(), "size": "startup", "urgency": "normal"}
    reply = step("after_interview", "announced", answers, Answer.choice("didnt_ask"))
    assert reply.state == "notes"
    assert keys(reply) == ["coach.I1_next_time"]
    assert reply.answers["announced_at"] is None


def test_I3_I4_size_and_urgency_are_not_asked_again_when_known() -> None:
    context = with_application(company_size="startup", urgency="urgent")
    reply = step("after_interview", "when", {}, Answer.choice("d1"), context)
    assert reply.state == "announced"
    reply = step("after_interview", "announced", reply.answers, Answer.choice("no"), context)
    reply = step("after_interview", "notes", reply.answers, Answer.choice("skip"), context)
    assert reply.finished
    # Already stored on the application: not changed again.
    assert "company_size" not in reply.app_changes
    assert "urgency" not in reply.app_changes
    assert reply.app_changes["stage"] is Stage.WAITING


def test_I3_only_the_unknown_question_is_asked() -> None:
    size_known = with_application(company_size="medium")
    assert step("after_interview", "when", {}, Answer.choice("d1"), size_known).state == "urgency"
    urgency_known = with_application(urgency="normal")
    reply = step("after_interview", "when", {}, Answer.choice("d1"), urgency_known)
    assert reply.state == "size"
    reply = step("after_interview", "size", reply.answers, Answer.choice("large"), urgency_known)
    assert reply.state == "announced"


def test_I1_announced_date_from_a_reminder_ends_at_once_when_notes_are_known() -> None:
    context = with_application(interview_at=INTERVIEW.isoformat(), interview_notes="x")
    reply = dialog.start(FLOWS["after_interview"], context, state="announced_date")
    assert reply.state == "announced_date"
    assert reply.question is not None and reply.question.free_text
    reply = step("after_interview", "announced_date", reply.answers, Answer.text("4/12"), context)
    assert reply.finished
    assert reply.outcomes == [RecordInterview(), MakePlan()]
    assert reply.app_changes == {
        "stage": Stage.WAITING,
        "announced_answer_at": dt.datetime(2026, 12, 4, 12, 0, tzinfo=PARIS),
    }


def test_I1_an_announced_date_is_read_from_the_interview_on() -> None:
    """ "le 18" after an interview on 20/11: the next 18th from the interview, 18 December."""
    answers = {"interview_at": INTERVIEW.isoformat()}
    reply = step("after_interview", "announced_date", answers, Answer.text("le 18"))
    assert reply.answers["announced_at"] == "2026-12-18T12:00:00+01:00"


@pytest.mark.parametrize("typed", ["hier", "19/11/2026", "20/11/2026 9h"])
def test_I1_an_announced_date_before_the_interview_is_refused(typed: str) -> None:
    answers = {"interview_at": INTERVIEW.isoformat(), "_history": ["announced"]}
    reply = step("after_interview", "announced_date", answers, Answer.text(typed))
    assert_rejected(reply, "announced_date", "coach.date.before_interview", answers)
    assert reply.says[0].params == {"when": "vendredi 20 novembre à 10:00"}


def test_I1_an_announced_day_and_month_before_the_interview_is_refused() -> None:
    answers = {"interview_at": INTERVIEW.isoformat()}
    reply = step("after_interview", "announced_date", answers, Answer.text("19/11"))
    assert_rejected(reply, "announced_date", "coach.date.before_interview", answers)


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("demain 14h", "coach.date.in_future"),
        ("tomorrow 3pm", "coach.date.in_future"),
        ("bientôt", "coach.date.unreadable"),
        ("<b>x</b>", "coach.date.unreadable"),
        ("31/02", "coach.date.unreadable"),
    ],
)
def test_after_interview_a_bad_interview_date_is_refused(typed: str, key: str) -> None:
    reply = step("after_interview", "when", {}, Answer.text(typed))
    assert_rejected(reply, "when", key, {})
    assert reply.says[0].params == {"value": typed}
    assert reply.question is not None and reply.question.text.key == "coach.interview_when"


def test_after_interview_a_typed_date_is_taken() -> None:
    reply = step("after_interview", "when", {}, Answer.text("hier à 14h"))
    assert reply.answers["interview_at"] == "2026-11-22T14:00:00+01:00"


@pytest.mark.parametrize("state", ["size", "urgency", "announced"])
def test_free_text_at_a_button_question_asks_again(state: str) -> None:
    answers = {"interview_at": YESTERDAY_NOON.isoformat(), "_history": ["when"]}
    reply = step("after_interview", state, answers, Answer.text("large"))
    assert_rejected(reply, state, "dialog.choose_button", answers)
    assert reply.question is not None and reply.question.choices


@pytest.mark.parametrize(
    ("state", "forged"),
    [("size", "huge"), ("urgency", "yesterday"), ("announced", "maybe"), ("when", "d9")],
)
def test_after_interview_a_forged_choice_is_refused(state: str, forged: str) -> None:
    answers = {"interview_at": YESTERDAY_NOON.isoformat()}
    reply = step("after_interview", state, answers, Answer.choice(forged))
    assert_rejected(reply, state, "fallback.stale_button", answers)


def test_I6_notes_are_limited_to_1000_characters() -> None:
    answers = {"interview_at": YESTERDAY_NOON.isoformat(), "size": "large", "urgency": "normal"}
    reply = step("after_interview", "notes", answers, Answer.text("n" * 1001))
    assert_rejected(reply, "notes", "dialog.text_too_long", answers)
    assert reply.says[0].params == {"limit": 1000}


def test_after_interview_back_then_no_clears_the_announced_date() -> None:
    answers: dict[str, Any] = {
        "interview_at": YESTERDAY_NOON.isoformat(),
        "size": "large",
        "urgency": "normal",
        "_history": ["when", "size", "urgency"],
    }
    reply = walk(
        "after_interview",
        "announced",
        answers,
        (Answer.choice("yes"), "announced_date"),
        (Answer.text("vendredi"), "notes"),
        (Answer.choice("_back"), "announced_date"),
        (Answer.choice("_back"), "announced"),
        (Answer.choice("no"), "notes"),
    )
    reply = step("after_interview", "notes", reply.answers, Answer.choice("skip"))
    assert reply.app_changes["announced_answer_at"] is None


# --- refusal (F1-F4, N1, N3) ------------------------------------------------------------------

REFUSED = YESTERDAY_NOON.isoformat()
REASON_ASKED = {"refused_at": REFUSED, "channel": "email", "_history": ["when", "channel"]}


def refusal_changes(**changes: Any) -> dict[str, Any]:
    """The app_changes of a finished refusal dialog: the common part plus the reason's own."""
    return {
        "stage": Stage.REFUSED,
        "refused_at": YESTERDAY_NOON,
        "refusal_channel": "email",
        "refusal_reason": None,
        "refusal_skill": None,
        "refusal_proof": None,
        "comeback_months": None,
        "opening_in_months": None,
        **changes,
    }


def test_refusal_asks_when_then_channel_then_reason() -> None:
    reply = dialog.start(FLOWS["refusal"], CONTEXT)
    assert reply.state == "when"
    reply = step("refusal", "when", reply.answers, Answer.choice("d1"))
    assert reply.state == "channel"
    assert reply.answers["refused_at"] == REFUSED
    assert values(reply.question) == ["call", "email", "_back"]
    reply = step("refusal", "channel", reply.answers, Answer.choice("email"))
    assert reply.state == "reason"
    assert values(reply.question) == [*(r.value for r in RefusalReason), "_back"]
    assert reply.answers == REASON_ASKED


def test_refusal_from_a_reminder_skips_the_when_question() -> None:
    reply = dialog.start(FLOWS["refusal"], CONTEXT, {"refused_at": REFUSED})
    assert reply.state == "channel"
    assert values(reply.question) == ["call", "email"]  # nothing to go back to
    reply = step("refusal", "channel", reply.answers, Answer.choice("call"))
    reply = step("refusal", "reason", reply.answers, Answer.choice("none"))
    assert reply.finished
    assert reply.app_changes["refused_at"] == YESTERDAY_NOON
    assert reply.app_changes["refusal_channel"] == "call"


def test_refusal_a_typed_date() -> None:
    reply = step("refusal", "when", {}, Answer.text("le 20"))
    assert reply.answers["refused_at"] == "2026-11-20T12:00:00+01:00"
    reply = step("refusal", "when", {}, Answer.text("demain"))
    assert_rejected(reply, "when", "coach.date.in_future", {})


@pytest.mark.parametrize(
    "reason",
    [
        pytest.param(RefusalReason.NONE, id="F1_none"),
        pytest.param(RefusalReason.OTHER_OPENING, id="F3b_other_opening"),
        pytest.param(RefusalReason.DISCRIMINATORY, id="N3_discriminatory"),
    ],
)
def test_F1_F3b_N3_reasons_without_a_follow_up_question_end_at_once(
    reason: RefusalReason,
) -> None:
    reply = step("refusal", "reason", REASON_ASKED, Answer.choice(reason.value))
    assert reply.finished
    assert reply.app_changes == refusal_changes(refusal_reason=reason)
    assert "interview_count" not in reply.app_changes
    assert reply.outcomes == [MakePlan()]


def test_F2_skill_misunderstanding_asks_the_skill_then_the_proof() -> None:
    reply = step("refusal", "reason", REASON_ASKED, Answer.choice("skill_misunderstanding"))
    assert reply.state == "skill"
    assert reply.question is not None
    assert reply.question.text.key == "coach.skill_contested"
    assert reply.question.text_limit == 200
    reply = step("refusal", "skill", reply.answers, Answer.text("SQL"))
    assert reply.state == "proof"
    assert reply.question is not None and reply.question.text.key == "coach.proof"
    reply = step("refusal", "proof", reply.answers, Answer.text("Certification PostgreSQL"))
    assert reply.finished
    assert reply.app_changes == refusal_changes(
        refusal_reason="skill_misunderstanding",
        refusal_skill="SQL",
        refusal_proof="Certification PostgreSQL",
    )
    assert reply.outcomes == [MakePlan()]


@pytest.mark.parametrize("months", ["6", "12"])
def test_F4_missing_skills_asks_the_skill_then_the_come_back(months: str) -> None:
    reply = step("refusal", "reason", REASON_ASKED, Answer.choice("missing_skills"))
    assert reply.state == "skill"
    assert reply.question is not None
    assert reply.question.text.key == "coach.skill_missing"
    reply = step("refusal", "skill", reply.answers, Answer.text("Anglais courant"))
    assert reply.state == "comeback"
    assert values(reply.question) == ["6", "12", "_back"]
    reply = step("refusal", "comeback", reply.answers, Answer.choice(months))
    assert reply.finished
    assert reply.app_changes == refusal_changes(
        refusal_reason="missing_skills",
        refusal_skill="Anglais courant",
        comeback_months=int(months),
    )


def test_F4_the_come_back_is_a_button_only() -> None:
    answers = {**REASON_ASKED, "reason": "missing_skills", "skill": "Anglais"}
    reply = step("refusal", "comeback", answers, Answer.text("9"))
    assert_rejected(reply, "comeback", "dialog.choose_button", answers)
    reply = step("refusal", "comeback", answers, Answer.choice("9"))
    assert_rejected(reply, "comeback", "fallback.stale_button", answers)


@pytest.mark.parametrize(("button", "count"), [("1", 1), ("2", 2), ("3", 3)])
def test_N1_categorical_asks_the_number_of_interviews(button: str, count: int) -> None:
    reply = step("refusal", "reason", REASON_ASKED, Answer.choice("categorical"))
    assert reply.state == "interviews"
    assert values(reply.question) == ["1", "2", "3", "_back"]
    reply = step("refusal", "interviews", reply.answers, Answer.choice(button))
    assert reply.finished
    assert reply.app_changes == {
        **refusal_changes(refusal_reason="categorical"),
        "interview_count": count,
    }


@pytest.mark.parametrize(
    "answer",
    [Answer.choice("6"), Answer.text("6"), Answer.text(" 6 mois "), Answer.choice("12")],
)
def test_F3a_opening_later_asks_the_months(answer: Answer) -> None:
    reply = step("refusal", "reason", REASON_ASKED, Answer.choice("opening_later"))
    assert reply.state == "months"
    assert values(reply.question) == ["1", "2", "3", "6", "12", "_back"]
    reply = step("refusal", "months", reply.answers, answer)
    assert reply.finished
    assert reply.app_changes == refusal_changes(
        refusal_reason="opening_later", opening_in_months=int(answer.value.split()[0])
    )


def test_F3a_a_typed_number_of_months_without_a_button() -> None:
    answers = {**REASON_ASKED, "reason": "opening_later"}
    reply = step("refusal", "months", answers, Answer.text("4"))
    assert reply.app_changes["opening_in_months"] == 4
    assert step("refusal", "months", answers, Answer.text("24")).finished


@pytest.mark.parametrize("typed", ["0", "25", "abc", "-3", "4.5", "mois 4"])
def test_F3a_months_out_of_range_or_not_a_number_are_refused(typed: str) -> None:
    answers = {**REASON_ASKED, "reason": "opening_later"}
    reply = step("refusal", "months", answers, Answer.text(typed))
    assert_rejected(reply, "months", "coach.months_invalid", answers)
    assert reply.says[0].params == {"value": typed}


def test_refusal_a_skill_given_before_going_back_to_another_reason_is_not_stored() -> None:
    reply = step("refusal", "reason", REASON_ASKED, Answer.choice("skill_misunderstanding"))
    reply = step("refusal", "skill", reply.answers, Answer.text("SQL"))
    reply = step("refusal", "proof", reply.answers, Answer.choice("_back"))
    reply = step("refusal", "skill", reply.answers, Answer.choice("_back"))
    assert reply.state == "reason"
    reply = step("refusal", "reason", reply.answers, Answer.choice("none"))
    assert reply.finished
    assert reply.app_changes == refusal_changes(refusal_reason="none")


@pytest.mark.parametrize(
    ("flow", "state", "typed"),
    [
        ("refusal", "months", "²"),
        ("refusal", "months", "፩"),
        ("after_interview", "when", "፩"),
        ("applied", "when", "𐩀"),
        ("scheduled", "when", "፩"),
    ],
)
def test_a_digit_int_cannot_read_is_refused_not_a_crash(flow: str, state: str, typed: str) -> None:
    answers = {**REASON_ASKED, "reason": "opening_later"} if flow == "refusal" else {}
    reply = step(flow, state, answers, Answer.text(typed))
    assert reply.rejected
    assert reply.state == state


# --- good_news, switch ------------------------------------------------------------------------


def test_good_news_an_offer_ends_with_congratulations_and_its_reminders() -> None:
    reply = dialog.start(FLOWS["good_news"], CONTEXT)
    assert values(reply.question) == ["interview", "offer"]
    reply = step("good_news", "next", {}, Answer.choice("offer"))
    assert reply.finished
    assert reply.app_changes == {"stage": Stage.OFFER}
    assert keys(reply) == ["coach.offer_congrats"]
    assert reply.says[0].params == {"company": "Acme"}
    assert reply.outcomes == [StopReminders()]


def test_good_news_another_interview_asks_its_date() -> None:
    reply = step("good_news", "next", {}, Answer.choice("interview"))
    assert reply.state == "when"
    assert values(reply.question) == ["_back"]
    reply = step("good_news", "when", reply.answers, Answer.text("demain 9h"))
    assert reply.finished
    assert reply.app_changes == {"stage": Stage.INTERVIEW_SCHEDULED}
    assert reply.answers["interview_at"] == "2026-11-24T09:00:00+01:00"
    assert keys(reply) == ["coach.scheduled_ok"]
    assert reply.outcomes == [PlanInterview()]


def test_good_news_a_past_interview_date_is_refused() -> None:
    reply = step("good_news", "when", {}, Answer.text("hier 9h"))
    assert_rejected(reply, "when", "coach.date.in_past", {})


@pytest.mark.parametrize(
    ("choice", "outcome"), [("drop", SwitchDrop()), ("resume", SwitchResume())]
)
def test_switch_drop_or_resume(choice: str, outcome: Outcome) -> None:
    reply = step("switch", "confirm", {}, Answer.choice(choice))
    assert reply.finished
    assert reply.outcomes == [outcome]
    assert reply.app_changes == {} and reply.user_changes == {}


def test_switch_takes_no_typed_text() -> None:
    reply = step("switch", "confirm", {}, Answer.text("drop"))
    assert_rejected(reply, "confirm", "dialog.choose_button", {})


# --- The machines -----------------------------------------------------------------------------


def test_no_model_stays_attached_to_any_machine_after_steps() -> None:
    step("new", "company", {}, Answer.text("Acme"))
    step("new", "company", {}, Answer.text("A" * 201))  # a rejection
    step("after_interview", "when", {}, Answer.choice("d1"))
    step("refusal", "reason", REASON_ASKED, Answer.choice("none"))
    step("good_news", "next", {}, Answer.choice("offer"))
    step("switch", "confirm", {}, Answer.choice("drop"))
    dialog.start(FLOWS["refusal"], CONTEXT, {"refused_at": REFUSED})
    dialog.current_question(FLOWS["applied"], "when", {}, CONTEXT)
    assert_no_model_leaks()


# Realistic answers before each free-text question (what the dialog knows when it asks it).
FREE_TEXT_STATES: dict[tuple[str, str], dict[str, Any]] = {
    ("new", "company"): {},
    ("new", "role"): {"company": "Acme", "_history": ["company"]},
    ("new", "recruiter"): {"company": "Acme", "role": None, "_history": ["company", "role"]},
    ("new", "contact"): {"company": "Acme", "role": None, "recruiter_name": None},
    ("applied", "when"): {},
    ("scheduled", "when"): {},
    ("after_interview", "when"): {},
    ("after_interview", "announced_date"): {
        "interview_at": REFUSED,
        "size": "large",
        "urgency": "normal",
    },
    ("after_interview", "notes"): {
        "interview_at": REFUSED,
        "size": "large",
        "urgency": "normal",
        "announced_at": None,
    },
    ("refusal", "when"): {},
    ("refusal", "skill"): {**REASON_ASKED, "reason": "skill_misunderstanding"},
    ("refusal", "proof"): {**REASON_ASKED, "reason": "skill_misunderstanding", "skill": "SQL"},
    ("refusal", "months"): {**REASON_ASKED, "reason": "opening_later"},
    ("good_news", "when"): {},
}


def test_the_free_text_states_are_all_listed() -> None:
    found = {
        (name, state)
        for name in COACHING
        for state in FLOWS[name].states
        if dialog.current_question(FLOWS[name], state, {}, CONTEXT).free_text
    }
    assert found == set(FREE_TEXT_STATES)


ODD = ["\u200f", "\u200e", "\u202e", "\u2066", "\u00a0", "🎉", "👩‍💻", "<b>", "</b>", "&amp;"]
ODD += ["<script>alert(1)</script>", "’", "'", "\n", "\t", "\x00", "12/11", "hier", "14h", "6"]
TEXTS = st.one_of(
    st.text(),
    st.lists(st.sampled_from(ODD) | st.text(max_size=3), max_size=12).map("".join),
    st.tuples(st.text(min_size=1, max_size=4), st.integers(1, 5000)).map(
        lambda pair: (pair[0] * pair[1])[:5000]
    ),
    st.sampled_from(
        ["x" * 5000, "مرحبا 12/11", "\u200fhier à 14h", "<b>Acme</b>", "2pm", "²", "፩"]
    ),
)


@settings(deadline=None, max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(where=st.sampled_from(sorted(FREE_TEXT_STATES)), text=TEXTS)
def test_any_typed_text_at_a_free_text_question_is_rejected_or_moves_on(
    where: tuple[str, str], text: str
) -> None:
    name, state = where
    answers = FREE_TEXT_STATES[where]
    reply = step(name, state, answers, Answer.text(text))
    for said in reply.says:
        assert said.key in FR
    if reply.rejected:
        assert reply.state == state
        assert reply.answers == answers
        assert reply.app_changes == {} and reply.user_changes == {} and reply.outcomes == []
        assert len(reply.says) == 1
    else:
        assert reply.state is None or reply.state in FLOWS[name].states
        assert reply.question is None if reply.state is None else reply.question is not None
    assert_no_model_leaks()


def assert_no_model_leaks() -> None:
    """Each machine keeps at most its flow's one idle model, holding nothing of the last step."""
    for flow in FLOWS.values():
        models = flow.machine().models
        assert len(models) <= 1
        for model in models:
            assert not {"context", "answers", "value", "says", "state"} & vars(model).keys()
