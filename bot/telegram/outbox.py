"""Sending what a turn produced: its messages and edits, in order, once it is committed.

Texts that follow each other go as one message (`merge_texts`); an edit that would leave the
message as it is (the same button pressed twice) is skipped, thanks to a bounded memory of what
the last edited messages show; a file or picture pressed with forged data gets a new message
instead of an edit. Every call goes through the Application's rate limiter
(`bot.telegram.pacing`), which paces each chat and retries a 429.
"""

from __future__ import annotations

import html
import json
import logging
import re
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from typing import Any

from telegram import Bot, InlineKeyboardMarkup, InputFile, Message, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, TelegramError
from telegram.ext import ContextTypes

from bot.telegram.pacing import delivering
from bot.views.render import Outgoing, merge_texts

logger = logging.getLogger(__name__)

Context = ContextTypes.DEFAULT_TYPE

_TAGS = re.compile(r"<[^>]+>")
EDITS_KEY = "relance.edits"


def _plain(text: str) -> str:
    """What the user reads of an HTML text."""
    return html.unescape(_TAGS.sub("", text))


class EditMemory:
    """What the last `size` messages the bot edited show, across all chats: a digest of the
    text and buttons per (chat, message), so that an edit that would change nothing (the same
    button pressed twice) is skipped. Bounded: about 6 MB when full (measured with
    tracemalloc), whatever the number of users."""

    def __init__(self, size: int = 20_000) -> None:
        self.size = size
        self._shown: OrderedDict[tuple[int, int], int] = OrderedDict()

    def __len__(self) -> int:
        return len(self._shown)

    @staticmethod
    def digest(text: str | None, markup: dict[str, object] | None) -> int:
        return hash((text, json.dumps(markup, sort_keys=True) if markup is not None else None))

    def shows(self, chat_id: int, message_id: int, digest: int) -> bool:
        return self._shown.get((chat_id, message_id)) == digest

    def edited(self, chat_id: int, message_id: int) -> bool:
        return (chat_id, message_id) in self._shown

    def remember(self, chat_id: int, message_id: int, digest: int) -> None:
        key = (chat_id, message_id)
        self._shown[key] = digest
        self._shown.move_to_end(key)
        while len(self._shown) > self.size:
            self._shown.popitem(last=False)


def edit_memory(context: Context) -> EditMemory:
    memory = context.bot_data.get(EDITS_KEY)
    if not isinstance(memory, EditMemory):
        memory = context.bot_data[EDITS_KEY] = EditMemory()
    return memory


def _unchanged(
    update: Update, context: Context, chat_id: int, item: Outgoing, markup: dict[str, Any] | None
) -> bool:
    """Whether this edit would leave the message as it is (as pressed, or as last edited);
    `markup` is the item's keyboard as sent."""
    message_id = item.edit_message_id or 0
    digest = EditMemory.digest(None if item.markup_only else item.text, markup)
    memory = edit_memory(context)
    if memory.shows(chat_id, message_id, digest):
        return True
    query = update.callback_query
    pressed = query.message if query is not None else None
    if (
        isinstance(pressed, Message)
        and pressed.message_id == message_id
        and not memory.edited(chat_id, message_id)  # as it was when pressed
        and _same_markup(pressed.reply_markup, markup)
        and (item.markup_only or pressed.text == _plain(item.text))
    ):
        return True
    memory.remember(chat_id, message_id, digest)
    return False


def _same_markup(shown: InlineKeyboardMarkup | None, markup: dict[str, Any] | None) -> bool:
    """Whether the message's buttons are these; no buttons wanted needs no conversion of the
    shown ones (a keyboard's `to_dict` costs more than the rest of the check)."""
    if markup is None or shown is None:
        return shown is None and markup is None
    return bool(shown.to_dict() == markup)


async def send_outbox(update: Update, context: Context, outbox: list[Outgoing]) -> None:
    """Send or edit, in order, the messages one update produced (texts that follow each other
    as one message). A reply that fails stops the ones after it: they would arrive out of
    order; the failure is logged with the update and the user."""
    chat = update.effective_chat
    if chat is None:
        return
    items = merge_texts(outbox)
    for index, item in enumerate(items):
        try:
            await _send_one(update, context, chat.id, item)
        except TelegramError as exc:
            # A user who blocked the bot meanwhile is no fault of ours.
            logger.log(
                logging.INFO if isinstance(exc, Forbidden) else logging.ERROR,
                "update %s: reply %d of %d not delivered to user %s: %s",
                update.update_id,
                index + 1,
                len(items),
                chat.id,
                type(exc).__name__,
                extra={
                    "update_id": update.update_id,
                    "user_id": chat.id,
                    "event": "reply_not_delivered",
                },
            )
            return


async def _send_one(update: Update, context: Context, chat_id: int, item: Outgoing) -> None:
    """Send or edit one message."""
    query = update.callback_query
    pressed = query.message if query is not None else None
    if (
        item.edit_message_id is not None
        and not item.markup_only
        and isinstance(pressed, Message)
        and pressed.message_id == item.edit_message_id
        and pressed.text is None
    ):
        # A file or a picture has no text to edit (forged data pressed on it): a new message.
        item = Outgoing(item.text, item.markup)
    markup = item.markup.to_dict() if item.markup is not None else None
    if item.edit_message_id is not None:
        if _unchanged(update, context, chat_id, item, markup):
            return  # the same button pressed twice: Telegram refuses an edit that changes nothing
        target = {"chat_id": chat_id, "message_id": item.edit_message_id, "reply_markup": markup}
        try:
            if item.markup_only:
                await call_unread(context.bot, "editMessageReplyMarkup", target)
            else:
                await call_unread(context.bot, "editMessageText", {**target, **_text(item)})
        except BadRequest as exc:
            # The message is gone or already shows this: the answer itself is saved.
            logger.info("could not edit message: %s", exc.message)
        return
    if item.document is not None:
        name, content = item.document
        await context.bot.send_document(
            chat_id, InputFile(content, filename=name), caption=item.text or None
        )
    elif item.photo is not None:
        await context.bot.send_photo(
            chat_id, InputFile(item.photo, filename="chart.png"), caption=item.text or None
        )
    else:
        params = {"chat_id": chat_id, **_text(item), "reply_markup": markup}
        await call_unread(context.bot, "sendMessage", params)


def _text(item: Outgoing) -> dict[str, Any]:
    return {"text": item.text, "parse_mode": ParseMode.HTML}


async def call_unread(bot: Bot, method: str, params: dict[str, Any]) -> None:
    """A Bot API call whose answer (the message sent or edited) Relance does not read: made as
    `Bot.send_message` makes it (the bot's rate limiter and transport, the same errors raised),
    but the answer is not parsed into a `Message`, which cost about a sixth of a turn's CPU
    (a `Message` and its keyboard's objects, about 0.15 ms each). Parameters are the Bot API's
    own (a keyboard as its JSON dict); None values are left out."""
    await bot._post(method, params)


def board_delivery(bot: Bot) -> Callable[[int, list[Outgoing]], Awaitable[None]]:
    """How the board tells the chat about a change made on the board (the chat's own words for
    it), through this outbox."""

    async def deliver(chat_id: int, outbox: list[Outgoing]) -> None:
        # Paced with the chat's other replies and retried past a 429, as a turn's replies are.
        with delivering(None, chat_id):
            for item in merge_texts(outbox):
                if item.edit_message_id is not None or item.document or item.photo:
                    continue  # a board change edits no chat message and sends no file
                try:
                    await bot.send_message(chat_id, item.text, reply_markup=item.markup)
                except Forbidden:
                    return  # they blocked the bot: the change itself is saved
                except TelegramError as exc:
                    logger.warning("board: could not tell the chat: %s", type(exc).__name__)
                    return

    return deliver
