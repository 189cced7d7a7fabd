"""The setup, settings and forget dialogs, driven without Telegram."""

from __future__ import annotations

import datetime as dt

import pytest

from flows import dialog
from flows.dialog import Answer, Context, Profile
from flows.outcomes import Forget, SetupDone
from flows.registry import FLOWS
from flows.setup import parse_country, parse_nudge_hour, parse_timezone

CONTEXT = Context(
    Profile(language="fr", timezone="Europe/Paris", country="FR", nudge_hour=dt.time(9)),
    now=dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC),
)


def step(flow: str, state: str, answers: dict, answer: Answer) -> dialog.Reply:  # type: ignore[type-arg]
    return dialog.advance(FLOWS[flow], state, answers, CONTEXT, answer)


def test_setup_starts_by_asking_the_country_with_the_proposed_places() -> None:
    reply = dialog.start(FLOWS["setup"], CONTEXT)
    assert reply.state == "country"
    assert reply.question is not None
    assert [c.value for c in reply.question.choices] == ["FR", "BE", "CH", "LU", "CA-QC", "other"]


def test_setup_with_a_proposed_place_sets_country_and_timezone_and_finishes() -> None:
    reply = step("setup", "country", {}, Answer.choice("CA-QC"))
    assert reply.finished
    assert reply.user_changes == {
        "country": "CA-QC",
        "timezone": "America/Toronto",
        "onboarded": True,
    }
    assert reply.outcomes == [SetupDone()]


def test_setup_other_asks_a_typed_timezone_then_a_country_code() -> None:
    reply = step("setup", "country", {}, Answer.choice("other"))
    assert reply.state == "timezone"
    reply = step("setup", "timezone", reply.answers, Answer.text("africa/dakar"))
    assert reply.state == "country_code"
    assert reply.answers["timezone"] == "Africa/Dakar"
    reply = step("setup", "country_code", reply.answers, Answer.text("sn"))
    assert reply.finished
    assert reply.user_changes["timezone"] == "Africa/Dakar"
    assert reply.user_changes["country"] == "SN"


def test_an_unknown_timezone_is_refused_and_changes_nothing() -> None:
    reply = step("setup", "timezone", {}, Answer.text("Mars/Olympus"))
    assert reply.rejected
    assert reply.state == "timezone"
    assert reply.user_changes == {}
    assert reply.says[0].key == "setup.timezone_invalid"


def test_free_text_where_a_button_is_expected_asks_again() -> None:
    reply = step("setup", "country", {}, Answer.text("France"))
    assert reply.rejected
    assert reply.says[0].key == "dialog.choose_button"
    assert reply.question is not None and reply.question.choices


def test_a_forged_choice_value_is_refused() -> None:
    reply = step("setup", "country", {}, Answer.choice("XX"))
    assert reply.rejected
    assert reply.user_changes == {}


def test_a_very_long_answer_is_refused_with_the_limit() -> None:
    reply = step("setup", "timezone", {}, Answer.text("x" * 4000))
    assert reply.rejected
    assert reply.says[0].key == "dialog.text_too_long"


def test_settings_change_the_language_then_return_to_the_menu() -> None:
    reply = step("settings", "menu", {}, Answer.choice("language"))
    assert reply.state == "language"
    reply = step("settings", "language", reply.answers, Answer.choice("en"))
    assert reply.state == "menu"
    assert reply.user_changes == {"language": "en"}
    assert reply.question is not None
    assert reply.question.text.params["language"].key == "lang.en"


@pytest.mark.parametrize("typed", ["8h30", "08:30", "8.30"])
def test_settings_take_a_typed_nudge_hour(typed: str) -> None:
    reply = step("settings", "nudge_hour", {}, Answer.text(typed))
    assert reply.user_changes == {"nudge_hour": dt.time(8, 30)}


def test_settings_take_a_nudge_hour_button() -> None:
    reply = step("settings", "nudge_hour", {}, Answer.choice("07:00"))
    assert reply.user_changes == {"nudge_hour": dt.time(7, 0)}


@pytest.mark.parametrize("typed", ["6:00", "18:00", "25", "soon"])
def test_a_nudge_hour_outside_working_hours_is_refused(typed: str) -> None:
    reply = step("settings", "nudge_hour", {}, Answer.text(typed))
    assert reply.rejected
    assert reply.user_changes == {}


def test_settings_close_finishes_the_dialog() -> None:
    reply = step("settings", "menu", {}, Answer.choice("close"))
    assert reply.finished


def test_forget_yes_erases_and_no_keeps() -> None:
    assert step("forget", "confirm", {}, Answer.choice("yes")).outcomes == [Forget()]
    kept = step("forget", "confirm", {}, Answer.choice("no"))
    assert kept.outcomes == [] and kept.finished


def test_no_model_stays_attached_to_a_machine_after_a_step() -> None:
    for _ in range(3):
        step("settings", "menu", {}, Answer.choice("language"))
    assert_no_model_leaks()


def test_parsers() -> None:
    assert parse_timezone("europe/paris") == "Europe/Paris"
    assert parse_timezone("Nowhere/City") is None
    assert parse_country("fr") == "FR"
    assert parse_country("ca-qc") == "CA-QC"
    assert parse_country("ZZ") is None
    assert parse_country("FR-ZZZ") is None
    assert parse_nudge_hour("17:00") == dt.time(17)
    assert parse_nudge_hour("17:01") is None


def assert_no_model_leaks() -> None:
    """Each machine keeps at most its flow's one idle model, holding nothing of the last step."""
    for flow in FLOWS.values():
        models = flow.machine().models
        assert len(models) <= 1
        for model in models:
            assert not {"context", "answers", "value", "says", "state"} & vars(model).keys()
