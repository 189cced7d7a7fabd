"""Turns the plain data of `flows/` into Telegram text and inline keyboards."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, WebAppInfo

from bot.views.callbacks import AnswerButton, MenuAction, MenuButton
from flows.catalog import Text, render
from flows.dialog import Choice, Question

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


_TAG = re.compile(r"<(/?)([a-zA-Z-]+)[^>]*>")


def fit_html(text: str, limit: int = TELEGRAM_TEXT_LIMIT) -> str:
    """Telegram HTML cut to `limit` characters without breaking it: no half tag or entity is
    left, and the tags still open at the cut are closed."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 40]  # room for the closing tags and the ellipsis
    last_lt, last_gt = cut.rfind("<"), cut.rfind(">")
    if last_lt > last_gt:
        cut = cut[:last_lt]  # a tag cut in half
    last_amp = cut.rfind("&")
    if last_amp != -1 and ";" not in cut[last_amp:]:
        cut = cut[:last_amp]  # an entity cut in half
    open_tags: list[str] = []
    for match in _TAG.finditer(cut):
        closing, name = match.group(1), match.group(2).lower()
        if closing:
            if name in open_tags:
                open_tags.remove(name)
        else:
            open_tags.append(name)
    return cut + "…" + "".join(f"</{name}>" for name in reversed(open_tags))


def keyboard(lang: str, step: int, question: Question) -> InlineKeyboardMarkup | None:
    """The question's choices as an inline keyboard, `question.columns` buttons a row.

    A keyboard is the same for every user at the same step of the same question, and Telegram's
    keyboard objects are immutable: it is built once and shared (a date picker's buttons cost
    a tenth of a turn to build). Labels with parameters that cannot be a key are built each
    time."""
    if not question.choices:
        return None
    try:
        choices = tuple((c.value, c.label.key, _frozen(c.label.params)) for c in question.choices)
    except TypeError:
        return _keyboard(lang, step, question.choices, question.columns)
    return _shared_keyboard(lang, step, choices, question.columns)


def _frozen(params: Mapping[str, Any]) -> tuple[tuple[str, Any], ...]:
    """A label's parameters as a key; a TypeError if one of them cannot be hashed."""
    items = tuple(params.items())
    hash(items)
    return items


# Bounded: 512 keyboards of 31 buttons take 7.8 MB (tracemalloc); the usual ones have 2 to 6.
@functools.lru_cache(maxsize=512)
def _shared_keyboard(
    lang: str,
    step: int,
    choices: tuple[tuple[str, str, tuple[tuple[str, Any], ...]], ...],
    columns: int,
) -> InlineKeyboardMarkup:
    labelled = [Choice(value, Text(key, dict(params))) for value, key, params in choices]
    return _keyboard(lang, step, labelled, columns)


def _keyboard(
    lang: str, step: int, choices: Sequence[Choice], columns: int
) -> InlineKeyboardMarkup:
    buttons = [
        InlineKeyboardButton(
            render(lang, choice.label), callback_data=AnswerButton(step, choice.value).pack()
        )
        for choice in choices
    ]
    columns = max(1, columns)
    rows = [buttons[i : i + columns] for i in range(0, len(buttons), columns)]
    return InlineKeyboardMarkup(rows)


def menu_keyboard(lang: str, actions: list[str], webapp_url: str = "") -> InlineKeyboardMarkup:
    """Shortcut buttons, one a row; with WEBAPP_URL, the board's button last."""
    rows = [
        [
            InlineKeyboardButton(
                render(lang, Text(f"menu.{a}")), callback_data=MenuButton(MenuAction(a)).pack()
            )
        ]
        for a in actions
    ]
    if board := board_button(lang, webapp_url):
        rows.append(board)
    return InlineKeyboardMarkup(rows)


def join(lang: str, texts: list[Text]) -> str:
    """Several texts as one message, a blank line apart, cut to Telegram's limit."""
    body = "\n\n".join(render(lang, text) for text in texts)
    return fit_html(body)


def board_button(lang: str, webapp_url: str) -> list[InlineKeyboardButton]:
    """A row with the button that opens the board (the Mini App at WEBAPP_URL); none without it."""
    if not webapp_url:
        return []
    label = render(lang, Text("board.button"))
    return [InlineKeyboardButton(label, web_app=WebAppInfo(webapp_url))]


def merge_texts(outbox: list[Outgoing]) -> list[Outgoing]:
    """The outbox with texts that follow each other as one message, a blank line apart (a
    confirmation and the next question), as long as the message stays within Telegram's
    limit: fewer messages, the same words. A text is joined to the next one only when it has no
    buttons of its own; edits, documents and pictures stay as they are."""
    merged: list[Outgoing] = []
    for item in outbox:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and _plain_message(previous)
            and _plain_message(item)
            and previous.markup is None
            and len(previous.text) + 2 + len(item.text) <= TELEGRAM_TEXT_LIMIT
        ):
            merged[-1] = Outgoing(f"{previous.text}\n\n{item.text}", item.markup)
        else:
            merged.append(item)
    return merged


def _plain_message(item: Outgoing) -> bool:
    """A new text message: not an edit, a file or a picture, and not empty."""
    return (
        item.edit_message_id is None
        and item.document is None
        and item.photo is None
        and bool(item.text)
    )
