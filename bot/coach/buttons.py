"""What a button does: its data, read by `bot.views.callbacks`, and one handler per kind.

A press is the same for Telegram and for the console. Anything that is not a button of ours
(forged, cut, an action that no longer exists), or an old question's button, is closed with
`turn.toast`.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from bot.coach.answers import answer_dialog
from bot.coach.cards import list_message, press_card
from bot.coach.commands import command
from bot.coach.paste import read_held
from bot.coach.reminders import press_agenda, press_nudge
from bot.coach.turn import Turn
from bot.views.callbacks import (
    AgendaButton,
    AnswerButton,
    Button,
    CardButton,
    ListPage,
    MenuButton,
    NudgeButton,
    unpack_any,
)
from flows.catalog import Text
from flows.dialog import Answer
from storage.repositories import ConversationRepo

Handler = Callable[[Turn, Any, int | None], Awaitable[None]]


async def press(turn: Turn, data: str, message_id: int | None) -> None:
    """A button: a menu shortcut, a nudge, a card, a page of /list, /agenda, or an answer to the
    open question, pressed on the message `message_id`."""
    await read_held(turn)
    button = unpack_any(data)
    if button is None:
        turn.toast = turn.text(Text("fallback.stale_button"))
        return
    await HANDLERS[type(button)](turn, button, message_id)


async def _menu(turn: Turn, button: MenuButton, _message_id: int | None) -> None:
    await command(turn, button.action.value)


async def _nudge(turn: Turn, button: NudgeButton, message_id: int | None) -> None:
    await press_nudge(turn, button.nudge_id, button.action, message_id)


async def _card(turn: Turn, button: CardButton, _message_id: int | None) -> None:
    await press_card(turn, button.app_id, button.action)


async def _page(turn: Turn, button: ListPage, message_id: int | None) -> None:
    if button.page is None:
        return  # the page number between the arrows
    listing = await list_message(turn, button.page)
    listing.edit_message_id = message_id
    turn.outbox.append(listing)


async def _agenda(turn: Turn, button: AgendaButton, message_id: int | None) -> None:
    await press_agenda(turn, button.nudge_id, button.action, message_id)


async def _answer(turn: Turn, button: AnswerButton, message_id: int | None) -> None:
    """A choice of the open question, if it is still the question asked."""
    conversation = await ConversationRepo(turn.session).get(turn.user.id, for_update=True)
    if conversation is None or conversation.step != button.step:
        turn.toast = turn.text(Text("fallback.stale_button"))
        return
    answer = Answer.choice(button.value)
    await answer_dialog(turn, conversation, answer, question_message_id=message_id)


HANDLERS: dict[type[Button], Handler] = {
    MenuButton: _menu,
    NudgeButton: _nudge,
    CardButton: _card,
    ListPage: _page,
    AgendaButton: _agenda,
    AnswerButton: _answer,
}
