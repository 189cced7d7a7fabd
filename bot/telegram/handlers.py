"""Telegram handlers: commands, answers to dialogs, menu buttons, and the fallbacks.

Each handler runs one turn in one transaction (`bot.coach.turn.take_turn`), lets the coach do
the work and collect the replies, then sends them once committed. Every callback query is
answered exactly once.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable

from sqlalchemy.exc import SQLAlchemyError
from telegram import (
    MessageOrigin,
    MessageOriginChannel,
    MessageOriginChat,
    MessageOriginHiddenUser,
    MessageOriginUser,
    Update,
)
from telegram.constants import ChatType
from telegram.error import Forbidden, TelegramError
from telegram.ext import ContextTypes

from bot.coach import commands as actions
from bot.coach.buttons import press
from bot.coach.turn import Repeated, Turn, take_turn
from bot.services import get_services
from bot.telegram.outbox import send_outbox
from bot.telegram.pacing import delivering
from bot.views.render import join
from flows.catalog import Text, language_for
from storage.repositories import UserRepo

logger = logging.getLogger(__name__)

Context = ContextTypes.DEFAULT_TYPE


Work = Callable[[Turn], Awaitable[None]]


async def run_turn(
    update: Update,
    context: Context,
    kind: str,
    work: Work,
    answer: Callable[[str | None], Awaitable[None]] | None = None,
) -> Turn | None:
    """Handle one update in one transaction: record its id (a repeated delivery is skipped),
    lock the user (their updates take turns, whichever process serves them), do the work,
    commit, then send what it produced, and meanwhile `answer` a button's callback query with
    the turn's toast. None for an update already handled."""
    services = get_services(context.bot_data)
    assert update.effective_user is not None
    started = time.perf_counter()
    try:
        turn, _ = await take_turn(services, update.effective_user, work, update_id=update.update_id)
    except Repeated:
        logger.info(
            "update %s already handled",
            update.update_id,
            extra={"update_id": update.update_id, "event": "duplicate"},
        )
        return None
    # Committed: now it is safe to tell the user. From here on nothing reaches the error
    # handler: a reply that cannot be delivered (past the outbox's retry bound, a blocked
    # user) is logged, and the user is never told that this saved step was not saved.
    with delivering(update.update_id, turn.user.id):
        try:
            if answer is not None:
                await asyncio.gather(send_outbox(update, context, turn.outbox), answer(turn.toast))
            else:
                await send_outbox(update, context, turn.outbox)
        except Exception:
            logger.exception(
                "update %s saved, but its replies failed",
                update.update_id,
                extra={"update_id": update.update_id, "user_id": turn.user.id, "event": kind},
            )
    logger.info(
        "update %s handled: %s in %.0f ms",
        update.update_id,
        kind,
        (time.perf_counter() - started) * 1000,
        extra={"update_id": update.update_id, "user_id": turn.user.id, "event": kind},
    )
    return turn


def _is_private(update: Update) -> bool:
    return update.effective_chat is not None and update.effective_chat.type == ChatType.PRIVATE


def _first_name(update: Update) -> str:
    return update.effective_user.first_name if update.effective_user else ""


async def command(update: Update, context: Context) -> None:
    """Runs a command (see bot.coach.commands.COMMANDS)."""
    if not _is_private(update) or update.effective_message is None:
        return
    word, _, rest = (update.effective_message.text or "/").partition(" ")
    name = word.lstrip("/").split("@", 1)[0].lower()
    first_name = _first_name(update)
    await run_turn(
        update, context, "command", lambda turn: actions.command(turn, name, first_name, rest)
    )


async def text_message(update: Update, context: Context) -> None:
    """Takes typed text as the answer to the open question, or says nothing is asked."""
    if not _is_private(update) or update.effective_message is None:
        return
    message = update.effective_message
    typed = message.text or ""
    if message.forward_origin is not None:
        # A forwarded message is the recruiter's, whatever question is open.
        sender = forward_sender(message.forward_origin)
        sent = message.forward_origin.date
        origin = forward_key(message.forward_origin)
        await run_turn(
            update,
            context,
            "forward",
            lambda turn: actions.paste(turn, typed, sender, sent, origin),
        )
        return
    await run_turn(update, context, "text", lambda turn: actions.text(turn, typed))


def forward_key(origin: MessageOrigin) -> str:
    """Who a forward comes from, the same for every part of one forwarded message."""
    if isinstance(origin, MessageOriginUser):
        return f"user:{origin.sender_user.id}"
    if isinstance(origin, MessageOriginHiddenUser):
        return f"hidden:{origin.sender_user_name}"
    if isinstance(origin, MessageOriginChat):
        return f"chat:{origin.sender_chat.id}"
    if isinstance(origin, MessageOriginChannel):
        return f"channel:{origin.chat.id}"
    return f"other:{origin.type}"


def forward_sender(origin: MessageOrigin) -> str | None:
    """The name a forward shows for its sender, when it shows one (a hidden user shows only a
    name; a chat or channel its title)."""
    if isinstance(origin, MessageOriginUser):
        return origin.sender_user.full_name
    if isinstance(origin, MessageOriginHiddenUser):
        return origin.sender_user_name
    if isinstance(origin, MessageOriginChat):
        return origin.author_signature or origin.sender_chat.title
    if isinstance(origin, MessageOriginChannel):
        return origin.author_signature or origin.chat.title
    return None


async def other_message(update: Update, context: Context) -> None:
    """Answers a sticker, photo or anything else: nothing is expected of it."""
    if not _is_private(update):
        return
    await run_turn(update, context, "other", actions.other)


async def button(update: Update, context: Context) -> None:
    """Routes a button press; the callback query is answered once, whatever happens."""
    query = update.callback_query
    assert query is not None
    answered = False

    async def answer(toast: str | None) -> None:
        nonlocal answered
        if not answered:
            answered = True
            with contextlib.suppress(TelegramError):
                await query.answer(toast)

    try:
        message_id = query.message.message_id if query.message is not None else None
        data = query.data or ""
        await run_turn(
            update, context, "button", lambda turn: press(turn, data, message_id), answer
        )
    finally:
        # Answered with the replies once the step was saved; otherwise (a repeat, a failure) now.
        await answer(None)


async def error_handler(update: object, context: Context) -> None:
    """Logs the failure, then tells the user in their language that the step was not saved
    (the language of their Telegram app when the database itself is failing). Only a turn that
    rolled back comes here: once a turn is committed, `run_turn` keeps its sending failures to
    the log."""
    logger.error("update failed: %s", type(context.error).__name__, exc_info=context.error)
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    if isinstance(context.error, Forbidden):
        return
    lang = language_for(
        update.effective_user.language_code if update.effective_user else None,
        get_services(context.bot_data).settings.default_language,
    )
    database_down = isinstance(context.error, SQLAlchemyError | OSError)
    with contextlib.suppress(Exception):
        services = get_services(context.bot_data)
        if update.effective_user is not None and not database_down:
            async with services.session() as session:
                user = await UserRepo(session).get(update.effective_user.id)
                if user is not None:
                    lang = user.language
    user_id = update.effective_user.id if update.effective_user else None
    with contextlib.suppress(TelegramError), delivering(update.update_id, user_id):
        await context.bot.send_message(update.effective_chat.id, join(lang, [Text("error.retry")]))
