"""Run the Application until SIGTERM or SIGINT, in polling or webhook mode, and stop cleanly:
stop taking updates, finish those in flight, put claimed but unsent nudges back to pending."""

from __future__ import annotations

import asyncio
import gc
import logging
import signal

from telegram.error import Conflict, TelegramError
from telegram.ext import Application

from bot.services import get_services
from bot.settings import Settings
from bot.telegram.app import (
    ALLOWED_UPDATES,
    REMINDER_ENGINE_KEY,
    build_application,
    get_reminder_engine,
)
from bot.telegram.outbox import board_delivery
from bot.telegram.webhook import PATH, WebhookServer
from bot.webapp.server import BoardRoutes, BoardServer

logger = logging.getLogger(__name__)

EXIT_CONFLICT = 3


async def start(application: Application) -> None:
    """Initialise the Application and its services (the database, the menu, the reminder engine)."""
    await application.initialize()
    if application.post_init is not None:
        await application.post_init(application)
    # What was loaded at start lives as long as the process: keep it out of every full garbage
    # collection, whose pauses otherwise reach a tenth of a second.
    gc.freeze()


def board_routes(application: Application) -> BoardRoutes:
    """The Mini App board over this Application's services; it tells the chat through its bot."""
    services = get_services(application.bot_data)
    token = services.settings.telegram_bot_token
    assert token is not None
    return BoardRoutes(services, token.get_secret_value(), board_delivery(application.bot))


async def start_board(
    application: Application, webhook: WebhookServer | None = None
) -> BoardServer | None:
    """The board: on the webhook's server (before it starts), or in polling mode on a port of
    its own when WEBAPP_PORT is set. The server started here, if any, is for `stop`."""
    settings = get_services(application.bot_data).settings
    if webhook is not None:
        board_routes(application).add_to(webhook.web_app)
        return None
    if settings.webapp_port is None:
        if settings.webapp_url:
            logger.warning(
                "WEBAPP_URL is set but nothing serves the board in polling mode: set WEBAPP_PORT"
            )
        return None
    server = BoardServer(
        board_routes(application), listen=settings.webhook_listen, port=settings.webapp_port
    )
    await server.start()
    return server


async def stop(
    application: Application,
    webhook: WebhookServer | None = None,
    board: BoardServer | None = None,
) -> None:
    """The graceful stop: no new updates, the in-flight ones finished, no nudge left claimed."""
    if webhook is not None:
        await webhook.stop()
    if board is not None:
        await board.stop()
    if application.updater is not None and application.updater.running:
        await application.updater.stop()
    if REMINDER_ENGINE_KEY in application.bot_data:
        services = get_services(application.bot_data)
        await get_reminder_engine(application.bot_data).close(services.clock())
    if application.running:
        await application.stop()
    if application.post_shutdown is not None:
        await application.post_shutdown(application)
    await application.shutdown()


async def serve(settings: Settings) -> int:
    """Run until SIGTERM/SIGINT (or, when polling, until another poller takes over)."""
    application = build_application(settings)
    finished = asyncio.Event()
    status = 0

    def on_polling_error(error: TelegramError) -> None:
        nonlocal status
        if isinstance(error, Conflict):
            if status == EXIT_CONFLICT:
                return  # said once already
            logger.error(
                "another process is already polling with this bot token (Telegram says 409 "
                "Conflict): stopping; run one poller, or use webhook mode for several processes"
            )
            status = EXIT_CONFLICT
            finished.set()
        else:
            logger.warning("polling error: %s", type(error).__name__)

    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, finished.set)

    await start(application)
    webhook: WebhookServer | None = None
    board: BoardServer | None = None
    if settings.webhook_mode:
        webhook = WebhookServer(
            application,
            secret=settings.webhook_secret.get_secret_value(),
            listen=settings.webhook_listen,
            port=settings.webhook_port,
        )
        await start_board(application, webhook)
        await webhook.start()
        url = settings.webhook_url.rstrip("/")
        if not url.endswith(PATH):
            url += PATH
        await application.bot.set_webhook(
            url,
            secret_token=settings.webhook_secret.get_secret_value(),
            allowed_updates=ALLOWED_UPDATES,
        )
    else:
        board = await start_board(application)
        assert application.updater is not None
        await application.updater.start_polling(
            allowed_updates=ALLOWED_UPDATES, error_callback=on_polling_error
        )
    await application.start()
    logger.info("Relance is running (%s mode)", "webhook" if webhook else "polling")
    await finished.wait()
    logger.info("stopping")
    await stop(application, webhook, board)
    return status
