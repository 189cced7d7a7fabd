"""A question's keyboard: its buttons, rows and data, shared between users at the same step."""

from __future__ import annotations

from bot.views.callbacks import AnswerButton
from bot.views.render import keyboard
from flows.catalog import Text, render
from flows.dialog import Choice, Question, choices_of


def _question(*values: str, columns: int = 2) -> Question:
    return Question(Text("coach.size"), choices_of("coach.size", values), columns=columns)


def test_a_keyboard_has_the_choices_in_rows_with_the_step_in_their_data() -> None:
    markup = keyboard("fr", 7, _question("small", "medium", "large"))
    assert markup is not None
    rows = markup.inline_keyboard
    assert [len(row) for row in rows] == [2, 1]
    first = rows[0][0]
    assert first.text == render("fr", Text("coach.size.small"))
    assert first.callback_data == AnswerButton(7, "small").pack()


def test_the_same_question_at_the_same_step_shares_one_keyboard() -> None:
    same = keyboard("en", 3, _question("small", "large"))
    assert keyboard("en", 3, _question("small", "large")) is same


def test_another_step_language_layout_or_choice_gives_another_keyboard() -> None:
    base = keyboard("fr", 3, _question("small", "large"))
    assert base is not None
    others = [
        keyboard("fr", 4, _question("small", "large")),
        keyboard("en", 3, _question("small", "large")),
        keyboard("fr", 3, _question("small", "large", columns=1)),
        keyboard("fr", 3, _question("small", "medium")),
    ]
    for other in others:
        assert other is not None and other.to_dict() != base.to_dict()


def test_a_label_with_parameters_that_cannot_be_a_key_is_still_rendered() -> None:
    label = Text("coach.size.small", {"names": ["a", "b"]})  # a list: not hashable
    question = Question(Text("coach.size"), (Choice("x", label),))
    first = keyboard("fr", 1, question)
    second = keyboard("fr", 1, question)
    assert first is not None and second is not None
    assert first is not second
    assert first.to_dict() == second.to_dict()
    assert first.inline_keyboard[0][0].callback_data == AnswerButton(1, "x").pack()


def test_no_choices_no_keyboard() -> None:
    assert keyboard("fr", 1, Question(Text("coach.size"), free_text=True)) is None
