"""Telegram handlers: commands, answers to dialogs, menu buttons, and the fallbacks.

Each handler opens one session and one transaction, lets `bot.conversation` do the work and
collect the replies, commits, then sends. Every callback query is answered exactly once.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator

from telegram import CallbackQuery, InputFile, Update
from telegram.constants import ChatType
from telegram.error import BadRequest, Forbidden, TelegramError
from telegram.ext import ContextTypes

from bot.conversation import Turn, answer_dialog, ask_again, begin_turn, greet, open_dialog
from bot.export import export_files
from bot.nudge_actions import (
    agenda_message,
    parse_agenda_data,
    press_agenda,
    press_nudge,
    upcoming_items,
)
from bot.nudge_view import parse_nudge_data
from bot.pipeline import (
    LIST_NOOP,
    ensure_stale_review,
    list_message,
    parse_card_data,
    parse_list_data,
    press_card,
    user_applications,
)
from bot.render import MENU, Outgoing, join, parse_answer_data
from bot.services import get_services
from bot.stats import compute, stats_chart, stats_text
from flows.catalog import Text, language_for
from flows.dialog import Answer
from storage.repositories import ConversationRepo, UserRepo

logger = logging.getLogger(__name__)

Context = ContextTypes.DEFAULT_TYPE


@contextlib.asynccontextmanager
async def turn_for(update: Update, context: Context) -> AsyncIterator[Turn]:
    """Open the update's transaction and its Turn; send the outbox once committed."""
    services = get_services(context.bot_data)
    assert update.effective_user is not None
    async with services.session() as session, session.begin():
        turn = await begin_turn(session, services.settings, services.clock(), update.effective_user)
        yield turn
        # Committed: now it is safe to tell the user.
    await send_outbox(update, context, turn.outbox)


async def send_outbox(update: Update, context: Context, outbox: list[Outgoing]) -> None:
    """Send or edit, in order, the messages one update produced."""
    chat = update.effective_chat
    if chat is None:
        return
    for item in outbox:
        if item.edit_message_id is not None and item.markup_only:
            try:
                await context.bot.edit_message_reply_markup(
                    chat_id=chat.id, message_id=item.edit_message_id, reply_markup=item.markup
                )
            except BadRequest as exc:
                logger.info("could not edit buttons: %s", exc.message)
            continue
        if item.edit_message_id is not None:
            try:
                await context.bot.edit_message_text(
                    item.text,
                    chat_id=chat.id,
                    message_id=item.edit_message_id,
                    reply_markup=item.markup,
                )
            except BadRequest as exc:
                # The message is gone or already shows this: the answer itself is saved.
                logger.info("could not edit message: %s", exc.message)
            continue
        await context.bot.send_message(chat.id, item.text, reply_markup=item.markup)


def _is_private(update: Update) -> bool:
    return update.effective_chat is not None and update.effective_chat.type == ChatType.PRIVATE


async def start(update: Update, context: Context) -> None:
    """Greets the user; at first use, asks where they are job hunting."""
    if not _is_private(update):
        return
    first_name = update.effective_user.first_name if update.effective_user else ""
    async with turn_for(update, context) as turn:
        if not turn.user.onboarded:
            await open_dialog(
                turn, "setup", Text("start.welcome", {"name": first_name}), Text("start.pitch")
            )
        else:
            greet(turn, first_name)


async def help_command(update: Update, context: Context) -> None:
    """Lists the commands that exist."""
    async with turn_for(update, context) as turn:
        turn.say(Text("help.text"))


async def new_command(update: Update, context: Context) -> None:
    """Starts a new application."""
    async with turn_for(update, context) as turn:
        if not turn.user.onboarded:
            await open_dialog(turn, "setup", Text("fallback.setup_first"))
        else:
            await open_dialog(turn, "new")


async def settings_command(update: Update, context: Context) -> None:
    """Opens the settings menu."""
    async with turn_for(update, context) as turn:
        await open_dialog(turn, "settings")


async def forget_command(update: Update, context: Context) -> None:
    """Asks for confirmation before erasing everything."""
    async with turn_for(update, context) as turn:
        await open_dialog(turn, "forget")


async def agenda_command(update: Update, context: Context) -> None:
    """Lists the upcoming nudges, each with move and cancel buttons."""
    async with turn_for(update, context) as turn:
        turn.outbox.append(agenda_message(turn, await upcoming_items(turn)))


async def list_command(update: Update, context: Context) -> None:
    """Lists the applications by stage, ten a page, each opening its card."""
    async with turn_for(update, context) as turn:
        turn.outbox.append(await list_message(turn))
        await ensure_stale_review(turn)


async def export_command(update: Update, context: Context) -> None:
    """Sends all the user's data as JSON, CSV and an .ics calendar."""
    async with turn_for(update, context) as turn:
        files = await export_files(turn)
        caption = turn.text(Text("export.caption"))
    chat = update.effective_chat
    assert chat is not None
    for index, (name, content) in enumerate(files):
        await context.bot.send_document(
            chat.id, InputFile(content, filename=name), caption=caption if index == 0 else None
        )


async def stats_command(update: Update, context: Context) -> None:
    """Sends the pipeline's figures and a chart of it."""
    async with turn_for(update, context) as turn:
        apps = await user_applications(turn.session, turn.user.id)
        if not apps:
            turn.say(Text("stats.empty"))
            figures = None
        else:
            figures = compute(apps)
            caption = stats_text(turn, figures)
            lang = turn.lang
    if figures is None:
        return
    chat = update.effective_chat
    assert chat is not None
    chart = stats_chart(lang, figures)
    await context.bot.send_photo(
        chat.id, InputFile(chart, filename="stats.png"), caption=caption[:1024]
    )


async def privacy_command(update: Update, context: Context) -> None:
    """Says what Relance keeps, why, for how long, and how to export or erase it."""
    async with turn_for(update, context) as turn:
        turn.say(Text("privacy.text"))


async def cancel_command(update: Update, context: Context) -> None:
    """Leaves the open dialog, if any."""
    async with turn_for(update, context) as turn:
        closed = await ConversationRepo(turn.session).close(turn.user.id)
        turn.say(Text("cancel.done" if closed else "cancel.nothing"))


async def text_message(update: Update, context: Context) -> None:
    """Takes typed text as the answer to the open question, or says nothing is asked."""
    if not _is_private(update) or update.effective_message is None:
        return
    typed = update.effective_message.text or ""
    async with turn_for(update, context) as turn:
        conversation = await ConversationRepo(turn.session).get(turn.user.id, for_update=True)
        if conversation is not None:
            await answer_dialog(turn, conversation, Answer.text(typed))
        elif not turn.user.onboarded:
            await open_dialog(turn, "setup", Text("fallback.setup_first"))
        else:
            turn.say(Text("fallback.free_text"))


async def other_message(update: Update, context: Context) -> None:
    """Answers a sticker, photo or anything else: nothing is expected of it."""
    if not _is_private(update):
        return
    async with turn_for(update, context) as turn:
        conversation = await ConversationRepo(turn.session).get(turn.user.id)
        if conversation is not None:
            await ask_again(turn, conversation, Text("dialog.choose_button"))
        else:
            turn.say(Text("fallback.free_text"))


async def unknown_command(update: Update, context: Context) -> None:
    """Says the command does not exist and points to /help."""
    async with turn_for(update, context) as turn:
        turn.say(Text("fallback.unknown_command"))


async def button(update: Update, context: Context) -> None:
    """Routes a button press: an answer to the open question, or a menu shortcut."""
    query = update.callback_query
    assert query is not None
    toast: str | None = None
    try:
        toast = await _route_button(update, context, query)
    finally:
        with contextlib.suppress(TelegramError):
            await query.answer(toast)


async def _route_button(update: Update, context: Context, query: CallbackQuery) -> str | None:
    data = query.data or ""
    message_id = query.message.message_id if query.message is not None else None
    if data.startswith(f"{MENU}:"):
        action = data.partition(":")[2]
        if action == "help":
            await help_command(update, context)
            return None
        if action == "settings":
            await settings_command(update, context)
            return None
        if action == "new":
            await new_command(update, context)
            return None
        if action == "list":
            await list_command(update, context)
            return None
    nudge_press = parse_nudge_data(data)
    if nudge_press is not None:
        async with turn_for(update, context) as turn:
            await press_nudge(turn, *nudge_press, message_id)
        return turn.toast
    if data == LIST_NOOP:
        return None
    card_press = parse_card_data(data)
    if card_press is not None:
        async with turn_for(update, context) as turn:
            await press_card(turn, *card_press)
        return turn.toast
    page = parse_list_data(data)
    if page is not None:
        async with turn_for(update, context) as turn:
            listing = await list_message(turn, page)
            if message_id is not None:
                listing.edit_message_id = message_id
            turn.outbox.append(listing)
        return turn.toast
    agenda_press = parse_agenda_data(data)
    if agenda_press is not None:
        async with turn_for(update, context) as turn:
            await press_agenda(turn, *agenda_press, message_id)
        return turn.toast
    parsed = parse_answer_data(data)
    async with turn_for(update, context) as turn:
        conversation = await ConversationRepo(turn.session).get(turn.user.id, for_update=True)
        if parsed is None or conversation is None or conversation.step != parsed[0]:
            turn.toast = turn.text(Text("fallback.stale_button"))
        else:
            await answer_dialog(
                turn, conversation, Answer.choice(parsed[1]), question_message_id=message_id
            )
    return turn.toast


async def error_handler(update: object, context: Context) -> None:
    """Logs the failure, then tells the user in their language that the step was not saved."""
    logger.error("update failed: %s", type(context.error).__name__, exc_info=context.error)
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    if isinstance(context.error, Forbidden):
        return
    lang = language_for(
        update.effective_user.language_code if update.effective_user else None,
        get_services(context.bot_data).settings.default_language,
    )
    with contextlib.suppress(Exception):
        services = get_services(context.bot_data)
        if update.effective_user is not None:
            async with services.session() as session:
                user = await UserRepo(session).get(update.effective_user.id)
                if user is not None:
                    lang = user.language
    with contextlib.suppress(TelegramError):
        await context.bot.send_message(update.effective_chat.id, join(lang, [Text("error.retry")]))
