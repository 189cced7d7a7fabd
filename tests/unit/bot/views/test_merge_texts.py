"""Texts of one turn that follow each other go out as one message, when they may."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.views.render import TELEGRAM_TEXT_LIMIT, Outgoing, merge_texts

BUTTONS = InlineKeyboardMarkup([[InlineKeyboardButton("Oui", callback_data="a:1:yes")]])


def test_a_confirmation_and_the_next_question_become_one_message_with_its_buttons() -> None:
    merged = merge_texts([Outgoing("Saved."), Outgoing("Which role?", BUTTONS)])
    assert [(m.text, m.markup) for m in merged] == [("Saved.\n\nWhich role?", BUTTONS)]


def test_a_message_with_buttons_keeps_them_under_its_own_text() -> None:
    items = [Outgoing("Question?", BUTTONS), Outgoing("Later words.")]
    assert merge_texts(items) == items


def test_edits_files_and_pictures_stay_apart() -> None:
    edit = Outgoing("Question?\n\n✔ Yes", edit_message_id=7)
    document = Outgoing("Your data", document=("data.json", b"{}"))
    items = [edit, Outgoing("Saved."), document, Outgoing("Next?")]
    assert merge_texts(items) == items


def test_texts_too_long_together_stay_two_messages() -> None:
    first, second = Outgoing("a" * 3000), Outgoing("b" * 2000)
    assert merge_texts([first, second]) == [first, second]
    assert len(merge_texts([Outgoing("a" * 2000), Outgoing("b" * 2000)])[0].text) <= (
        TELEGRAM_TEXT_LIMIT
    )
