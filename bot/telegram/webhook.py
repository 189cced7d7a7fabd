"""The webhook server: `/telegram` takes Telegram's updates, `/healthz` checks the database.

An update is accepted only with the secret Telegram was given (`X-Telegram-Bot-Api-Secret-Token`,
compared in constant time); anything else gets 403 and is not processed. Accepted updates go to
the Application's queue; a repeated delivery is recognised by its update id when handled.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging

from aiohttp import web
from telegram import Update
from telegram.ext import Application

from bot.services import get_services
from storage.db import ping

logger = logging.getLogger(__name__)

PATH = "/telegram"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
HEALTH_TIMEOUT_S = 3.0


class WebhookServer:
    """An aiohttp server in front of one Application."""

    def __init__(self, application: Application, *, secret: str, listen: str, port: int) -> None:
        self.application = application
        self.secret = secret.encode()
        self.listen = listen
        self.port = port
        self.accepting = True
        self._runner: web.AppRunner | None = None
        app = web.Application(client_max_size=1 << 20)
        app.router.add_post(PATH, self.telegram)
        app.router.add_get("/healthz", self.healthz)
        self.web_app = app

    async def telegram(self, request: web.Request) -> web.Response:
        """Queue an update from Telegram, if it carries the secret."""
        given = request.headers.get(SECRET_HEADER, "").encode()
        if not hmac.compare_digest(given, self.secret):
            logger.warning("webhook request without the right secret refused")
            return web.Response(status=403, text="forbidden")
        if not self.accepting:
            # Shutting down: Telegram will deliver it again, to a process that is up.
            return web.Response(status=503, text="shutting down")
        try:
            data = await request.json()
            update = Update.de_json(data, self.application.bot)
        except (json.JSONDecodeError, ValueError, TypeError, KeyError):
            return web.Response(status=400, text="not an update")
        if update is None:
            return web.Response(status=400, text="not an update")
        await self.application.update_queue.put(update)
        return web.Response(text="ok")

    async def healthz(self, _request: web.Request) -> web.Response:
        """200 when the database answers, 503 otherwise."""
        services = get_services(self.application.bot_data)
        try:
            assert services.engine is not None
            async with asyncio.timeout(HEALTH_TIMEOUT_S):
                await ping(services.engine)
        except Exception as exc:  # any failure means unhealthy
            logger.warning("health check failed: %s", type(exc).__name__)
            return web.Response(status=503, text="database unavailable")
        return web.Response(text="ok")

    async def start(self) -> None:
        self._runner = web.AppRunner(self.web_app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.listen, self.port)
        await site.start()
        logger.info("webhook server listening on %s:%s%s", self.listen, self.port, PATH)

    async def stop(self) -> None:
        """Stop taking updates (those queued already are still handled)."""
        self.accepting = False
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
