"""Turns the plain data of `flows/` into Telegram text and inline keyboards."""

from __future__ import annotations

from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from flows.catalog import Text, render
from flows.dialog import Question

# Callback data prefixes. Every button's data is short, prefixed, and checked on return.
ANSWER = "a"  # a:<conversation step>:<choice value>, an answer to the open question
MENU = "m"  # m:<action>, a shortcut that works like a command

TELEGRAM_TEXT_LIMIT = 4096


@dataclass
class Outgoing:
    """A message to send (or, with `edit_message_id`, an edit) once the update is committed."""

    text: str
    markup: InlineKeyboardMarkup | None = None
    edit_message_id: int | None = None
    # With `edit_message_id`: change only the buttons of that message, not its text.
    markup_only: bool = False
    # A file to send (its name and bytes), with `text` as its caption.
    document: tuple[str, bytes] | None = None
    # A PNG picture to send, with `text` as its caption.
    photo: bytes | None = None


def answer_data(step: int, value: str) -> str:
    """The callback data of an answer button; at most 64 bytes."""
    data = f"{ANSWER}:{step}:{value}"
    if len(data.encode()) > 64:
        raise ValueError(f"callback data too long: {data!r}")
    return data


def parse_answer_data(data: str) -> tuple[int, str] | None:
    """The step and value of an answer button, or None if the data is not one."""
    prefix, _, rest = data.partition(":")
    step_text, sep, value = rest.partition(":")
    if prefix != ANSWER or not sep or not step_text.isdigit():
        return None
    return int(step_text), value


def keyboard(lang: str, step: int, question: Question) -> InlineKeyboardMarkup | None:
    """The question's choices as an inline keyboard, `question.columns` buttons a row."""
    if not question.choices:
        return None
    buttons = [
        InlineKeyboardButton(
            render(lang, choice.label), callback_data=answer_data(step, choice.value)
        )
        for choice in question.choices
    ]
    columns = max(1, question.columns)
    rows = [buttons[i : i + columns] for i in range(0, len(buttons), columns)]
    return InlineKeyboardMarkup(rows)


def menu_keyboard(lang: str, actions: list[str]) -> InlineKeyboardMarkup:
    """Shortcut buttons, one a row."""
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(render(lang, Text(f"menu.{a}")), callback_data=f"{MENU}:{a}")]
            for a in actions
        ]
    )


def join(lang: str, texts: list[Text]) -> str:
    """Several texts as one message, a blank line apart, cut to Telegram's limit."""
    body = "\n\n".join(render(lang, text) for text in texts)
    return body[:TELEGRAM_TEXT_LIMIT]
