"""Builds the python-telegram-bot Application: services, handlers, error handler, menu."""

from __future__ import annotations

import gc
import logging
from typing import Any

from telegram import BotCommand, MenuButtonWebApp, Update, WebAppInfo
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ContextTypes,
    Defaults,
    MessageHandler,
    filters,
)

from bot.coach import retention
from bot.coach.commands import COMMANDS
from bot.delivery.engine import ReminderEngine
from bot.services import (
    SERVICES_KEY,
    Clock,
    Services,
    get_services,
    open_database,
    system_clock,
)
from bot.settings import Settings
from bot.telegram import handlers
from bot.telegram.pacing import ChatPacer
from bot.telegram.transport import with_transport
from bot.telegram.updates import PerUserUpdateProcessor
from flows.catalog import LANGUAGES, Text, render

logger = logging.getLogger(__name__)
REMINDER_ENGINE_KEY = "relance.reminder_engine"
RETENTION_SWEEP_S = 6 * 3600


def build_application(settings: Settings, *, clock: Clock = system_clock) -> Application:
    """Wire up Relance: the Application, its services, and every handler in one place."""
    if settings.telegram_bot_token is None:
        raise ValueError("TELEGRAM_BOT_TOKEN is not set")
    application = (
        with_transport(ApplicationBuilder())
        .token(settings.telegram_bot_token.get_secret_value())
        .base_url(settings.bot_api_base_url)
        .base_file_url(settings.bot_file_base_url)
        .defaults(Defaults(parse_mode=ParseMode.HTML, link_preview_options=None))
        .concurrent_updates(PerUserUpdateProcessor())
        # Every Bot API call, the reminder engine's included, in order and paced per chat.
        .rate_limiter(ChatPacer())
        .post_init(_post_init)
        .post_shutdown(_post_shutdown)
        .build()
    )
    application.bot_data[SERVICES_KEY] = Services(settings=settings, clock=clock)
    register_handlers(application)
    return application


def register_handlers(application: Application) -> None:
    """Every handler, in one place. Order matters: within group 0 the first match wins, so
    commands (known or not: bot.coach.commands tells) come before typed text, and both before the
    catch-all for stickers, photos and the like."""
    application.add_handler(CallbackQueryHandler(handlers.button))
    application.add_handler(
        MessageHandler(filters.COMMAND & filters.ChatType.PRIVATE, handlers.command)
    )
    application.add_handler(
        MessageHandler(
            filters.TEXT & ~filters.COMMAND & filters.ChatType.PRIVATE, handlers.text_message
        )
    )
    application.add_handler(
        MessageHandler(filters.ChatType.PRIVATE & ~filters.StatusUpdate.ALL, handlers.other_message)
    )
    application.add_error_handler(handlers.error_handler)


async def _post_init(application: Application) -> None:
    """Open the database, bring its schema up to date, and publish the command menu."""
    services = get_services(application.bot_data)
    services.engine, services.sessionmaker = await open_database(services.settings.database_url)
    await publish_commands(application, services.settings.default_language)
    if services.settings.webapp_url:
        await publish_board_button(
            application, services.settings.webapp_url, services.settings.default_language
        )
    application.bot_data[REMINDER_ENGINE_KEY] = ReminderEngine(services, application.bot)
    if application.job_queue is not None:
        application.job_queue.run_repeating(
            _reminders_job,
            interval=services.settings.dispatch_interval_s,
            first=1,
            name="dispatch",
            # Our nudges live in our table: a late tick costs nothing, it just runs late.
            job_kwargs={"misfire_grace_time": 60, "coalesce": True, "max_instances": 1},
        )
        application.job_queue.run_repeating(
            _retention_job,
            interval=RETENTION_SWEEP_S,
            first=60,
            name="retention",
            job_kwargs={"misfire_grace_time": 3600, "coalesce": True, "max_instances": 1},
        )
    # What is loaded by now (libraries, texts, calendars, the schema) lives as long as the
    # process: out of the collector's sight, its full collections stay short pauses.
    gc.freeze()


async def _retention_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Warn, then erase, the accounts silent for 24 months."""
    services = get_services(context.bot_data)
    await retention.sweep(services, services.clock())


async def _reminders_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Deliver the nudges that are due now."""
    services = get_services(context.bot_data)
    await get_reminder_engine(context.bot_data).tick(services.clock())


def get_reminder_engine(bot_data: dict[Any, Any]) -> ReminderEngine:
    """The ReminderEngine stored in the Application's bot_data."""
    engine = bot_data[REMINDER_ENGINE_KEY]
    assert isinstance(engine, ReminderEngine)
    return engine


async def _post_shutdown(application: Application) -> None:
    """Close the database."""
    services = get_services(application.bot_data)
    if services.engine is not None:
        await services.engine.dispose()
        services.engine = None
        services.sessionmaker = None


async def publish_commands(application: Application, default_language: str) -> None:
    """Register the command menu in French and in English, plus a default for other languages."""

    def commands(lang: str) -> list[BotCommand]:
        return [BotCommand(name, render(lang, Text(f"cmd.{name}"))) for name in COMMANDS]

    try:
        for lang in LANGUAGES:
            await application.bot.set_my_commands(commands(lang), language_code=lang)
        await application.bot.set_my_commands(commands(default_language))
    except TelegramError as exc:
        # The menu is a convenience: the bot works without it.
        logger.warning("could not publish the command menu: %s", exc)


async def publish_board_button(application: Application, url: str, language: str) -> None:
    """The chat's menu button opens the board (WEBAPP_URL), for every chat."""
    button = MenuButtonWebApp(render(language, Text("board.button")), WebAppInfo(url))
    try:
        await application.bot.set_chat_menu_button(menu_button=button)
    except TelegramError as exc:
        # The board is also on /list and /start: the bot works without the menu button.
        logger.warning("could not set the menu button: %s", exc)


ALLOWED_UPDATES = [Update.MESSAGE, Update.CALLBACK_QUERY]
