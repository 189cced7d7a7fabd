"""The table of dialog outcomes: one handler for each outcome type, at the moment it runs."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

import pytest

from bot.coach.outcomes import HANDLERS, Step, When, handler_of
from bot.coach.turn import Turn
from flows import outcomes
from flows.catalog import Text
from flows.dialog import Reply
from flows.outcomes import Outcome
from storage.models import Application, Conversation


def _outcome_types() -> set[type[Outcome]]:
    return {
        value
        for value in vars(outcomes).values()
        if isinstance(value, type) and issubclass(value, Outcome) and value is not Outcome
    }


def test_every_outcome_type_has_a_handler() -> None:
    assert _outcome_types()
    assert set(HANDLERS) == _outcome_types()


def test_an_outcome_without_a_handler_fails_loudly() -> None:
    @dataclass(frozen=True)
    class Unknown(Outcome):
        pass

    with pytest.raises(TypeError, match="no handler"):
        handler_of(Unknown())
    # Nor does a subclass borrow its parent's handler: a handler is found by the exact type.
    with pytest.raises(TypeError):
        handler_of(Outcome())


def test_the_moment_each_outcome_runs_at() -> None:
    moments = {kind.__name__: handler.when for kind, handler in HANDLERS.items()}
    assert {name for name, when in moments.items() if when is When.STORING} == {
        "Forget",
        "CreateApplication",
    }
    assert {name for name, when in moments.items() if when is When.CLOSING} == {"SetupDone"}
    assert {name for name, when in moments.items() if when is When.APPLICATION} == {
        "StopReminders",
        "AddNote",
        "RecordInterview",
        "PlanInterview",
        "MakePlan",
    }
    assert list(When) == [When.STORING, When.CLOSING, When.APPLICATION, When.AFTER]


def _step(answers: dict[str, Any], app: Application | None) -> Step:
    turn = cast(Turn, object())  # these handlers touch neither the session nor the user
    reply = Reply(state=None, answers=answers)
    return Step(turn, Conversation(), reply, app, [Text("x")])


async def test_a_note_is_added_to_the_notes_and_bounded() -> None:
    app = Application(notes="first")
    await HANDLERS[outcomes.AddNote].run(_step({"note": "second"}, app), outcomes.AddNote())
    assert app.notes == "first\nsecond"
    await HANDLERS[outcomes.AddNote].run(_step({"note": "y" * 5000}, app), outcomes.AddNote())
    assert app.notes == "y" * 4000
    await HANDLERS[outcomes.AddNote].run(_step({}, app), outcomes.AddNote())
    assert app.notes == "y" * 4000


async def test_a_then_without_an_application_opens_nothing() -> None:
    step = _step({}, None)
    assert await HANDLERS[outcomes.Then].run(step, outcomes.Then("refusal")) is None
    assert not step.over


def test_outcomes_are_plain_comparable_data() -> None:
    assert outcomes.Then("refusal") == outcomes.Then("refusal") != outcomes.Then("good_news")
    assert outcomes.MakePlan() == outcomes.MakePlan() != outcomes.PlanInterview()
    with pytest.raises(AttributeError):
        outcomes.Then("refusal").flow = "good_news"  # type: ignore[misc]
