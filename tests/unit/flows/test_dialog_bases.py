"""What the dialogs are built from: transitions written once, buttons labelled by a prefix, the
two-button question and the one-date question.

A fixed now: Monday 23 November 2026, 10:00 in Paris (09:00 UTC), as in test_coaching_flows.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from flows import dialog, outcomes
from flows.catalog import Text
from flows.coaching import OneDate
from flows.dates import Prefer
from flows.dialog import (
    Answer,
    Choice,
    Context,
    Profile,
    TwoButtons,
    branches,
    choices_of,
    on_answer,
)
from flows.registry import ALL

NOW = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)  # Monday, 10:00 in Paris
PROFILE = Profile(language="fr", timezone="Europe/Paris", country="FR", nudge_hour=dt.time(9))
CONTEXT = Context(PROFILE, now=NOW, application={"company": "Acme"})


# --- Transitions --------------------------------------------------------------------------------


def test_a_transition_holds_only_what_it_is_given() -> None:
    assert on_answer("a", "b") == {"trigger": "answer", "source": "a", "dest": "b"}
    assert on_answer("a", "done", conditions=["x", "y"], after="z") == {
        "trigger": "answer",
        "source": "a",
        "dest": "done",
        "conditions": ["x", "y"],
        "after": "z",
    }


def test_branches_try_each_condition_in_order_then_the_fallback() -> None:
    assert branches("when", ("p", "size"), ("q", "urgency"), otherwise="end", after="keep") == [
        on_answer("when", "size", conditions="p", after="keep"),
        on_answer("when", "urgency", conditions="q", after="keep"),
        on_answer("when", "end", after="keep"),
    ]
    assert branches("s", ("p", "t"), otherwise="u") == [
        on_answer("s", "t", conditions="p"),
        on_answer("s", "u"),
    ]


def test_every_dialog_answers_on_one_event_from_its_own_states() -> None:
    for flow in ALL:
        for transition in flow.transitions:
            assert transition["trigger"] == "answer", flow.name
            assert transition["source"] in flow.states, flow.name
            assert transition["dest"] in (*flow.states, dialog.DONE), flow.name


def test_buttons_are_labelled_by_their_prefix_and_value() -> None:
    assert choices_of("coach.size", ["small", "large"]) == (
        Choice("small", Text("coach.size.small")),
        Choice("large", Text("coach.size.large")),
    )
    assert choices_of("lang", ()) == ()


# --- Two buttons ----------------------------------------------------------------------------------
# The dialogs made here name no flow (no `name`): the registry lists every one that does.


class Ask(TwoButtons):
    states = ["sure"]
    first = Choice("yes", Text("forget.yes"))
    second = Choice("no", Text("forget.no"))
    columns = 1

    def asking(self) -> Text:
        return Text("forget.confirm", {"company": self.application.get("company")})

    def on_first(self) -> None:
        self.outcomes.append(outcomes.Forget())

    def on_second(self) -> None:
        self.says.append(Text("forget.kept"))


def test_two_buttons_ask_from_the_one_state_they_name() -> None:
    assert Ask.initial == "sure"
    reply = dialog.start(Ask, CONTEXT)
    assert reply.state == "sure"
    assert reply.question == dialog.Question(
        Text("forget.confirm", {"company": "Acme"}), (Ask.first, Ask.second), columns=1
    )


@pytest.mark.parametrize(
    ("value", "says", "done"),
    [("yes", [], [outcomes.Forget()]), ("no", [Text("forget.kept")], [])],
)
def test_the_first_button_runs_on_first_the_second_on_second(
    value: str, says: list[Text], done: list[Any]
) -> None:
    reply = dialog.advance(Ask, "sure", {}, CONTEXT, Answer.choice(value))
    assert reply.finished
    assert reply.says == says
    assert reply.outcomes == done
    assert reply.chosen == (Ask.first if value == "yes" else Ask.second).label


@pytest.mark.parametrize(
    ("answer", "key"),
    [
        (Answer.choice("maybe"), "fallback.stale_button"),
        (Answer.text("yes"), "dialog.choose_button"),
    ],
)
def test_two_buttons_take_nothing_else(answer: Answer, key: str) -> None:
    reply = dialog.advance(Ask, "sure", {}, CONTEXT, answer)
    assert reply.rejected
    assert reply.state == "sure"
    assert [t.key for t in reply.says] == [key]


class Failing(Ask):
    def on_first(self) -> None:
        raise RuntimeError("the step fails")


def test_one_model_per_flow_stays_attached_and_keeps_nothing_of_a_step() -> None:
    first = dialog.advance(Ask, "sure", {"who": "A"}, CONTEXT, Answer.choice("yes"))
    assert first.answers == {"who": "A"} and first.outcomes == [outcomes.Forget()]
    (model,) = Ask.machine().models
    assert not {"context", "answers", "value", "says", "outcomes", "state"} & vars(model).keys()
    # The next step, another user's, starts from its own data only.
    second = dialog.advance(Ask, "sure", {}, CONTEXT, Answer.choice("no"))
    assert second.answers == {} and second.outcomes == []
    assert second.says == [Text("forget.kept")]
    assert Ask.machine().models == [model]
    # The first reply was not changed by the second step.
    assert first.answers == {"who": "A"} and first.outcomes == [outcomes.Forget()]


def test_a_failing_step_detaches_its_model() -> None:
    with pytest.raises(RuntimeError):
        dialog.advance(Failing, "sure", {}, CONTEXT, Answer.choice("yes"))
    assert Failing.machine().models == []
    assert dialog.advance(Failing, "sure", {}, CONTEXT, Answer.choice("no")).finished
    with pytest.raises(ValueError):
        dialog.advance(Failing, "nowhere", {}, CONTEXT, Answer.choice("no"))
    assert len(Failing.machine().models) <= 1


# --- One date -------------------------------------------------------------------------------------


class When(OneDate):
    DATE_STATES = {"when": Prefer.PAST}

    def asking(self) -> Text:
        return Text("coach.applied_when", {"company": self.company})

    def finish(self) -> None:
        self.app_changes["applied_at"] = self.value


class Later(When):
    DATE_STATES = {"when": Prefer.FUTURE}


def test_a_past_date_is_asked_with_day_buttons_a_future_one_typed() -> None:
    past = dialog.start(When, CONTEXT).question
    assert past is not None
    assert [c.value for c in past.choices] == ["d0", "d1", "d2"]
    assert (past.free_text, past.columns, past.text_limit) == (True, 3, 100)
    future = dialog.start(Later, CONTEXT).question
    assert future is not None
    assert future.text == Text("coach.applied_when", {"company": "Acme"})
    assert (future.choices, future.free_text, future.columns, future.text_limit) == (
        (),
        True,
        2,
        100,
    )


def test_one_date_gives_finish_the_moment_typed_or_pressed() -> None:
    typed = dialog.advance(When, "when", {}, CONTEXT, Answer.text("vendredi dernier"))
    assert typed.finished
    assert typed.app_changes["applied_at"].isoformat() == "2026-11-20T12:00:00+01:00"
    pressed = dialog.advance(When, "when", {}, CONTEXT, Answer.choice("d1"))
    assert pressed.app_changes["applied_at"].isoformat() == "2026-11-22T12:00:00+01:00"


def test_one_date_refuses_what_it_cannot_read() -> None:
    reply = dialog.advance(When, "when", {}, CONTEXT, Answer.text("bientôt peut-être"))
    assert reply.rejected
    assert reply.state == "when"
    assert [t.key for t in reply.says] == ["coach.date.unreadable"]
