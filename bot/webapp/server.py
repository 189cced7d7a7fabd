"""The board's HTTP side: the page at `GET /app`, its files, and its JSON API under `/app/api/`.

Every API call carries `Authorization: tma <initData>`; the user is the one Telegram signed it
for (`bot.webapp.auth`). Another user's application answers 404, as one that does not exist;
init data that is forged, tampered with or too old answers 401 and reads nothing. Bodies are
bounded, and JSON that no database could store answers 400. Every answer under /app, errors
included, carries a Content-Security-Policy that allows no inline script; a failure (the
database away) answers 503 with one sentence, and changes nothing.

In webhook mode these routes join the webhook's server; in polling mode they get a server of
their own on WEBAPP_PORT (`serve_board`).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Awaitable, Callable
from importlib import resources
from typing import Any

from aiohttp import web
from sqlalchemy.exc import SQLAlchemyError

from bot.services import Services
from bot.views.callbacks import parse_id
from bot.webapp.auth import (
    InitDataError,
    WebAppUser,
    claimed_language,
    from_header,
    validate_init_data,
)
from bot.webapp.board import Board, Conflict, Deliver, Invalid, NotFound, plain
from flows.catalog import Text, language_for, render
from storage.repositories import UserRepo

logger = logging.getLogger(__name__)

PAGE = "/app"
API = "/app/api"
BODY_MAX = 16 * 1024  # a note is at most 1000 characters; JSON escapes may triple that
STATIC_FILES = {"board.js": "text/javascript", "board.css": "text/css"}
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob:; "
        "connect-src 'self'; base-uri 'none'; form-action 'none'; "
        "frame-ancestors https://web.telegram.org https://*.telegram.org"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


def _static(name: str) -> bytes:
    return resources.files("bot.webapp").joinpath("static", name).read_bytes()


class BoardRoutes:
    """The handlers, over one `Board`, checking init data with this bot's token."""

    def __init__(self, services: Services, bot_token: str, deliver: Deliver) -> None:
        self.services = services
        self.bot_token = bot_token
        self.board = Board(services, deliver)

    @property
    def max_age(self) -> dt.timedelta:
        return dt.timedelta(seconds=self.services.settings.webapp_auth_max_age_s)

    def add_to(self, app: web.Application) -> None:
        app.middlewares.append(self._guard())
        app.on_response_prepare.append(_secure)
        app.router.add_get(PAGE, self.page)
        app.router.add_get(PAGE + "/", self.page)
        app.router.add_get(PAGE + "/static/{name}", self.static)
        app.router.add_get(API + "/board", self.get_board)
        app.router.add_get(API + "/stats", self.get_stats)
        app.router.add_get(API + "/stats/chart.png", self.get_chart)
        app.router.add_get(API + "/applications/{id}", self.get_application)
        app.router.add_post(API + "/applications/{id}/action", self.post_action)
        app.router.add_post(API + "/applications/{id}/move", self.post_move)

    def _guard(self) -> Callable[..., Awaitable[web.StreamResponse]]:
        """A failure under /app (the database away, a bug) answers one sentence in the user's
        language, as JSON, rather than aiohttp's page; the transaction is rolled back, so
        nothing was changed and nothing is said in the chat. The log has what failed."""

        @web.middleware
        async def guard(request: web.Request, handler: Handler) -> web.StreamResponse:
            if not _under_app(request.path):
                return await handler(request)
            try:
                return await handler(request)
            except web.HTTPException:
                raise
            except Exception as exc:
                logger.error("board: request failed: %s", type(exc).__name__, exc_info=exc)
                away = isinstance(exc, SQLAlchemyError | OSError | TimeoutError)
                return _error(503 if away else 500, self._unchecked_text(request, "board.error"))

        return guard

    # The page and its files.

    async def page(self, _request: web.Request) -> web.Response:
        """The board's page: static, the same for everyone; the data come from the API."""
        return web.Response(
            body=_static("index.html"), content_type="text/html", headers=SECURITY_HEADERS
        )

    async def static(self, request: web.Request) -> web.Response:
        name = request.match_info["name"]
        if name not in STATIC_FILES:
            return _error(404, "not found")
        return web.Response(
            body=_static(name), content_type=STATIC_FILES[name], headers=SECURITY_HEADERS
        )

    # Who is asking.

    def _user(self, request: web.Request) -> WebAppUser:
        init_data = from_header(request.headers.get("Authorization"))
        return validate_init_data(init_data, self.bot_token, self.services.clock(), self.max_age)

    def _refused(self, request: web.Request, exc: InitDataError) -> web.Response:
        logger.info("board: init data refused (%s)", exc)
        return _error(401, self._unchecked_text(request, "board.unauthorized"))

    def _unchecked_text(self, request: web.Request, key: str) -> str:
        """A text in the language the request claims, read without the database: to word a
        refusal or a failure, never to decide anything."""
        header = request.headers.get("Authorization", "")
        claimed = claimed_language(header.partition(" ")[2])
        lang = language_for(claimed or request.headers.get("Accept-Language"), self._default_lang)
        return plain(render(lang, Text(key)))

    @property
    def _default_lang(self) -> str:
        return self.services.settings.default_language

    # The API.

    async def get_board(self, request: web.Request) -> web.Response:
        try:
            user = self._user(request)
        except InitDataError as exc:
            return self._refused(request, exc)
        return _json(await self.board.board(user))

    async def get_stats(self, request: web.Request) -> web.Response:
        try:
            user = self._user(request)
        except InitDataError as exc:
            return self._refused(request, exc)
        stats = await self.board.stats(user)
        return _json({"lines": stats["lines"], "chart": stats["has_chart"]})

    async def get_chart(self, request: web.Request) -> web.Response:
        try:
            user = self._user(request)
        except InitDataError as exc:
            return self._refused(request, exc)
        stats = await self.board.stats(user, chart=True)
        if not stats["has_chart"]:
            return _error(404, "no chart")
        return web.Response(body=stats["chart"], content_type="image/png", headers=SECURITY_HEADERS)

    async def get_application(self, request: web.Request) -> web.Response:
        try:
            user = self._user(request)
        except InitDataError as exc:
            return self._refused(request, exc)
        app_id = parse_id(request.match_info["id"])
        try:
            if app_id is None:
                raise NotFound
            detail = await self.board.application(user, app_id)
        except NotFound:
            return await self._not_found(user)
        return _json({"card": detail})

    async def post_action(self, request: web.Request) -> web.Response:
        return await self._change(request, "action")

    async def post_move(self, request: web.Request) -> web.Response:
        return await self._change(request, "stage")

    async def _change(self, request: web.Request, what: str) -> web.Response:
        try:
            user = self._user(request)
        except InitDataError as exc:
            return self._refused(request, exc)
        body = await _read_json(request)
        if isinstance(body, web.Response):
            return body
        app_id = parse_id(request.match_info["id"])
        version, value, text = body.get("version"), body.get(what), body.get("text")
        if (
            not isinstance(version, str)
            or not isinstance(value, str)
            or (text is not None and not isinstance(text, str))
        ):
            return _error(400, "expected version, and " + what)
        try:
            if app_id is None:
                raise NotFound
            outcome = await self.board.change(
                user,
                app_id,
                version,
                action=value if what == "action" else None,
                stage=value if what == "stage" else None,
                text=text,
            )
        except NotFound:
            return await self._not_found(user)
        except Conflict as conflict:
            return _json(
                {"error": await self._text(user, "board.conflict"), "card": conflict.card},
                status=409,
            )
        except Invalid as exc:
            return _error(400, str(exc))
        logger.info(
            "board: %s on application %s",
            what,
            app_id,
            extra={"user_id": user.id, "event": f"board_{what}"},
        )
        return _json(
            {"card": outcome.card, "notice": plain(outcome.notice), "in_chat": outcome.in_chat}
        )

    async def _not_found(self, user: WebAppUser) -> web.Response:
        return _error(404, await self._text(user, "card.not_found"))

    async def _text(self, user: WebAppUser, key: str) -> str:
        """A text in the user's own language (as stored, else their Telegram app's)."""
        lang = language_for(user.language_code, self._default_lang)
        async with self.services.session() as session:
            stored = await UserRepo(session).get(user.id)
            if stored is not None:
                lang = stored.language
        return plain(render(lang, Text(key)))


async def _read_json(request: web.Request) -> dict[str, Any] | web.Response:
    """The request's JSON object, read no further than BODY_MAX bytes."""
    if request.content_length is not None and request.content_length > BODY_MAX:
        return _error(413, "body too large")
    chunks: list[bytes] = []
    size = 0
    while chunk := await request.content.read(BODY_MAX + 1 - size):
        chunks.append(chunk)
        size += len(chunk)
        if size > BODY_MAX:
            return _error(413, "body too large")
    try:
        body = json.loads(b"".join(chunks))
        # Valid JSON may still hold a lone surrogate (\ud800), which no database stores.
        json.dumps(body, ensure_ascii=False).encode()
    except (ValueError, RecursionError):  # UnicodeError is a ValueError
        return _error(400, "not JSON")
    if not isinstance(body, dict):
        return _error(400, "not a JSON object")
    return body


Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def _under_app(path: str) -> bool:
    return path == PAGE or path.startswith(PAGE + "/")


async def _secure(request: web.Request, response: web.StreamResponse) -> None:
    """Every answer under /app carries the security headers, aiohttp's own 404 and 405 too."""
    if _under_app(request.path):
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)


def _json(payload: Any, status: int = 200) -> web.Response:
    return web.json_response(
        payload,
        status=status,
        headers=SECURITY_HEADERS,
        dumps=lambda value: json.dumps(value, ensure_ascii=False),
    )


def _error(status: int, message: str) -> web.Response:
    return _json({"error": message}, status=status)


def board_app(routes: BoardRoutes) -> web.Application:
    """A server of its own for the board (polling mode, the console)."""
    app = web.Application(client_max_size=BODY_MAX)
    routes.add_to(app)
    return app


class BoardServer:
    """The board on a port of its own."""

    def __init__(self, routes: BoardRoutes, *, listen: str, port: int) -> None:
        self.web_app = board_app(routes)
        self.listen = listen
        self.port = port
        self._runner: web.AppRunner | None = None

    async def start(self) -> None:
        self._runner = web.AppRunner(self.web_app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.listen, self.port)
        await site.start()
        if self.port == 0:  # any free port: the one the system gave
            self.port = int(self._runner.addresses[0][1])
        logger.info("board listening on %s:%s%s", self.listen, self.port, PAGE)

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
