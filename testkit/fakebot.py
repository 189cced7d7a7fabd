"""An in-process fake of the Telegram Bot API, for end-to-end tests and benchmarks.

``FakeBotAPI`` is a small ``aiohttp.web`` server bound to ``127.0.0.1`` on a free port. The real
bot code (python-telegram-bot) talks to it over HTTP exactly as it would talk to
``api.telegram.org``: nothing in the bot is mocked, only the server is.

Quick start::

    from telegram.ext import ApplicationBuilder
    from testkit.fakebot import FakeBotAPI, FakeUser, find_button

    async def test_start() -> None:
        async with FakeBotAPI() as fake:  # or: fake = FakeBotAPI(); await fake.start()
            app = ApplicationBuilder().token(fake.token).base_url(fake.bot_base_url).build()
            ...  # add handlers, app.initialize(), app.start(), app.updater.start_polling(...)
            alice = FakeUser(id=1001, first_name="Alice", language_code="fr")
            update_id = fake.push_message(alice, "/start")
            await fake.wait_update_taken(update_id)  # handed to the bot (not yet processed)
            reply = await fake.wait_for_call("sendMessage")  # or read fake.sent / fake.chats
            label, data = find_button(fake.last_message(alice.id), "Oui")
            fake.push_callback(alice, fake.last_message(alice.id), data)
            ...
            assert not fake.refused  # the bot never sent anything Telegram would refuse

What it does
------------
* Serves ``{base_url}/bot{token}/{method}`` for GET and POST with query strings, form-encoded,
  multipart (file uploads) or JSON bodies. python-telegram-bot's ``HTTPXRequest`` sends
  ``application/x-www-form-urlencoded`` (``multipart/form-data`` when uploading), where every
  non-string parameter arrives JSON-encoded (``reply_markup``, ``commands``, numbers, booleans).
  Parameters are normalised before being recorded: JSON-typed ones are decoded to dicts/lists,
  integer and boolean ones converted, uploads become :class:`UploadedFile`.
* Answers in the Bot API shape: ``{"ok": true, "result": ...}`` or
  ``{"ok": false, "error_code": N, "description": "...", "parameters": {"retry_after": N}}``
  with the HTTP status equal to ``error_code``. Wrong token: 401 ``Unauthorized``. Unknown
  method: 404 ``Not Found``. Method names are case-insensitive, as on Telegram.
* Refuses what Telegram refuses, with Telegram's texts: empty text, text over 4096 characters
  after entity parsing, caption over 1024, broken HTML / MarkdownV2, callback_data over 64 bytes,
  inline buttons without exactly one action field, edits that change nothing, edits of unknown
  messages, answering an unknown or already answered callback query, etc. Every refusal is
  appended to :attr:`FakeBotAPI.refused` so a test can end with ``assert not fake.refused``.
* Long polling (``getUpdates`` with ``offset``/``limit``/``timeout``/``allowed_updates``) and
  webhooks (``setWebhook``: pushed updates are POSTed, one at a time and in order, to the URL
  with the ``X-Telegram-Bot-Api-Secret-Token`` header; plain ``http://`` URLs are accepted).
* Fault injection: :meth:`FakeBotAPI.fail_next`, :meth:`FakeBotAPI.fail_chat`,
  :meth:`FakeBotAPI.delay`, :meth:`FakeBotAPI.clear_failures`, and an optional global
  token-bucket flood limit (``FakeBotAPI(rate_limit=30)``) and an optional per-chat one
  (``FakeBotAPI(chat_rate_limit=1, chat_burst=3)``: a burst of 3 messages in a chat, then one a
  second). Injected failures are recorded in :attr:`FakeBotAPI.injected` and floods counted in
  :attr:`FakeBotAPI.floods` and :attr:`FakeBotAPI.chat_floods`; neither counts as a refusal.

Results are real Bot API objects: ``Message`` has ``text`` as the user sees it (tags removed,
entities decoded) plus ``entities`` with UTF-16 offsets, ``from`` is the bot, ``chat`` the private
chat, and only an inline keyboard is echoed in ``reply_markup``. In :attr:`FakeBotAPI.sent`,
``text`` is what the bot sent (HTML included) and ``plain_text`` what the user reads.

Deliberate strictness: a bare ``&`` (not ``&lt; &gt; &amp; &quot;`` or a numeric reference) is
refused in HTML, and update types chat_member / message_reaction(_count) are only delivered when
listed in ``allowed_updates``, as on Telegram.

Deliberate simplifications: every chat is treated as a private chat with a user; message ids are
allocated per chat (shared between the user's and the bot's messages, as in private chats);
a webhook delivery that fails is recorded in :attr:`FakeBotAPI.webhook_failures` and is not
retried; a delayed request is still executed after its delay even if the client gave up (like a
real server that got the request), which is what you want to test duplicate-send handling.

Hooks for test harnesses: :meth:`FakeBotAPI.wait_update_taken`, :meth:`FakeBotAPI.wait_for_call`,
:meth:`FakeBotAPI.wait_until` (re-checks a predicate on every state change),
:meth:`FakeBotAPI.add_listener` (called after every API call with the response sent),
:meth:`FakeBotAPI.add_taken_listener` (called when an update is handed to the bot),
:attr:`FakeBotAPI.in_flight` (API requests being served, long polls excluded) and
:attr:`FakeBotAPI.pending_update_ids`.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import itertools
import json
import logging
import math
import re
import time
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from types import TracebackType
from typing import Any, NamedTuple

import aiohttp
from aiohttp import web

from testkit.botapi import (
    _CHAT_ACTIONS,
    _CHAT_PACED,
    _COMMAND_RE,
    _DEFAULT_DESCRIPTIONS,
    _FLOOD_EXEMPT,
    _OPT_IN_UPDATE_TYPES,
    _PATH_RE,
    DEFAULT_TOKEN,
    ERR_CANT_EDIT,
    ERR_CAPTION_TOO_LONG,
    ERR_DELETE_NOT_FOUND,
    ERR_EDIT_NOT_FOUND,
    ERR_NO_TEXT_TO_EDIT,
    ERR_NOT_FOUND,
    ERR_NOT_MODIFIED,
    ERR_POLL_CONFLICT,
    ERR_QUERY_INVALID,
    ERR_REPLY_NOT_FOUND,
    ERR_TEXT_EMPTY,
    ERR_TEXT_TOO_LONG,
    ERR_UNAUTHORIZED,
    ERR_WEBHOOK_ACTIVE,
    MAX_CALLBACK_ANSWER_LENGTH,
    MAX_CAPTION_LENGTH,
    MAX_TEXT_LENGTH,
    ApiCall,
    ApiError,
    CallbackQueryRecord,
    CallListener,
    FakeUser,
    InjectedFailure,
    ParsedText,
    Refusal,
    SentMessage,
    TakenListener,
    UploadedFile,
    WebhookFailure,
    _chat_id,
    _check_reply_markup,
    _Delay,
    _Fault,
    _Handler,
    _InjectedError,
    _inline_markup,
    _json_param,
    _lang,
    _message_id,
    _normalise,
    _opt_bool,
    _opt_int,
    _opt_str,
    _scope_key,
    _update_type,
    find_button,
)
from testkit.telegram_html import _strip, _u16, parse_entities

__all__ = [
    "DEFAULT_TOKEN",
    "ApiCall",
    "CallbackQueryRecord",
    "FakeBotAPI",
    "FakeUser",
    "InjectedFailure",
    "ParsedText",
    "Refusal",
    "SentMessage",
    "UploadedFile",
    "WebhookFailure",
    "find_button",
    "parse_entities",
]

_LOGGER = logging.getLogger(__name__)

# --------------------------------------------------------------------------------------------
# The server
# --------------------------------------------------------------------------------------------


class FakeBotAPI:
    """A fake Telegram Bot API server; see the module docstring.

    Args:
        token: the bot token the server accepts (anything else answers 401).
        rate_limit: optional global flood limit, a token bucket of ``rate_limit`` requests
            refilled at ``rate_limit`` per second; over it, 429 with ``retry_after=1``.
        chat_rate_limit: optional per-chat flood limit, as Telegram's "about one message a
            second" in a chat: each chat has a token bucket of ``chat_burst`` messages refilled
            at ``chat_rate_limit`` per second, spent by the calls that post a new message
            (``sendMessage``, ``sendDocument``, ``sendPhoto``; not edits, not callback
            answers); over it, 429 with ``retry_after`` the whole seconds until a token is
            back. Counted in :attr:`chat_floods`. Both can be changed while running.
        bot_first_name / bot_username: the bot's identity returned by getMe.
        webhook_timeout: seconds to wait for the webhook receiver's answer.
    """

    def __init__(
        self,
        token: str = DEFAULT_TOKEN,
        *,
        rate_limit: float | None = None,
        chat_rate_limit: float | None = None,
        chat_burst: int = 3,
        bot_first_name: str = "Relance",
        bot_username: str = "relance_test_bot",
        webhook_timeout: float = 10.0,
    ) -> None:
        self.token = token
        prefix = token.split(":", 1)[0]
        self.bot_user: dict[str, Any] = {
            "id": int(prefix) if prefix.isdigit() else 123456789,
            "is_bot": True,
            "first_name": bot_first_name,
            "username": bot_username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }
        self.rate_limit = rate_limit
        self.chat_rate_limit = chat_rate_limit
        self.chat_burst = chat_burst
        self.webhook_timeout = webhook_timeout

        # Recorded state, read by tests.
        self.calls: list[ApiCall] = []
        self.refused: list[Refusal] = []
        self.injected: list[InjectedFailure] = []
        self.floods = 0
        self.chat_floods = 0
        self.sent: list[SentMessage] = []
        self.edits: list[SentMessage] = []
        self.deleted: list[SentMessage] = []
        self.chats: dict[int, dict[int, SentMessage]] = {}
        self.commands: dict[str, list[dict[str, Any]]] = {}
        self.scoped_commands: dict[tuple[str, str], list[dict[str, Any]]] = {}
        self.menu_buttons: dict[int | None, dict[str, Any]] = {}
        self.chat_actions: list[tuple[int, str]] = []
        self.callback_queries: dict[str, CallbackQueryRecord] = {}
        self.user_messages: list[dict[str, Any]] = []
        self.files: dict[str, UploadedFile] = {}
        self.webhook_url: str = ""
        self.webhook_secret: str | None = None
        self.webhook_deliveries: list[int] = []
        self.webhook_failures: list[WebhookFailure] = []
        self.allowed_updates: list[str] | None = None
        self.in_flight = 0
        self.closed_by_bot = False
        self.logged_out = False

        # Internals.
        self._updates: dict[int, dict[str, Any]] = {}  # not yet confirmed / delivered
        self._update_state: dict[int, str] = {}
        self._update_ids = itertools.count(100_001)
        self._callback_ids = itertools.count(1)
        self._file_ids = itertools.count(1)
        self._next_message_id: dict[int, int] = {}
        self._user_message_ids: dict[int, set[int]] = {}
        self._chat_info: dict[int, dict[str, Any]] = {}
        self._faults: dict[str, deque[_Fault]] = {}
        self._chat_faults: dict[int, _Fault] = {}
        self._delays: dict[str, _Delay] = {}
        self._webhook_max_connections = 40
        self._webhook_last_error: tuple[int, str] | None = None
        self._poll_generation = 0
        self._tokens = float(rate_limit or 0)
        self._tokens_at = 0.0
        self._chat_buckets: dict[int, tuple[float, float]] = {}  # chat: (tokens, at)
        self._listeners: list[CallListener] = []
        self._taken_listeners: list[TakenListener] = []
        self._changed = asyncio.Event()
        self._closing = False
        self._runner: web.AppRunner | None = None
        self._session: aiohttp.ClientSession | None = None
        self._webhook_task: asyncio.Task[None] | None = None
        self._port: int | None = None
        self._handlers: dict[str, _Handler] = {
            "getMe": self._get_me,
            "getUpdates": self._get_updates,
            "setWebhook": self._set_webhook,
            "deleteWebhook": self._delete_webhook,
            "getWebhookInfo": self._get_webhook_info,
            "sendMessage": self._send_message,
            "editMessageText": self._edit_message_text,
            "editMessageCaption": self._edit_message_caption,
            "editMessageReplyMarkup": self._edit_message_reply_markup,
            "deleteMessage": self._delete_message,
            "answerCallbackQuery": self._answer_callback_query,
            "setMyCommands": self._set_my_commands,
            "getMyCommands": self._get_my_commands,
            "deleteMyCommands": self._delete_my_commands,
            "sendDocument": self._send_document,
            "sendPhoto": self._send_photo,
            "sendChatAction": self._send_chat_action,
            "setChatMenuButton": self._set_chat_menu_button,
            "getChatMenuButton": self._get_chat_menu_button,
            "close": self._close,
            "logOut": self._log_out,
        }
        self._method_names = {name.lower(): name for name in self._handlers}

    # ---------------------------------------------------------------- lifecycle

    async def start(self) -> None:
        """Bind 127.0.0.1 on a free port and start serving."""
        if self._runner is not None:
            raise RuntimeError("FakeBotAPI already started")
        self._closing = False
        self._changed = asyncio.Event()
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/{path:.*}", self._handle)
        runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        self._runner = runner
        self._port = int(runner.addresses[0][1])
        self._session = aiohttp.ClientSession()
        self._webhook_task = asyncio.create_task(self._webhook_worker(), name="fakebot-webhook")

    async def stop(self) -> None:
        """Stop serving; pending long polls return at once. Safe to call twice."""
        if self._runner is None:
            return
        self._closing = True
        self._notify()
        if self._webhook_task is not None:
            self._webhook_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._webhook_task
            self._webhook_task = None
        if self._session is not None:
            await self._session.close()
            self._session = None
        await self._runner.cleanup()
        self._runner = None

    async def __aenter__(self) -> FakeBotAPI:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    @property
    def port(self) -> int:
        if self._port is None:
            raise RuntimeError("FakeBotAPI is not started")
        return self._port

    @property
    def base_url(self) -> str:
        """Server root, e.g. ``http://127.0.0.1:PORT``."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def bot_base_url(self) -> str:
        """What to give python-telegram-bot as ``base_url``: ``{base_url}/bot``."""
        return f"{self.base_url}/bot"

    # ---------------------------------------------------------------- fault injection

    def fail_next(
        self,
        method: str,
        error_code: int,
        description: str | None = None,
        retry_after: int | None = None,
        times: int = 1,
    ) -> None:
        """Make the next ``times`` calls of ``method`` (``"*"``: any method) fail.

        ``description`` defaults to Telegram's usual text for the code (429:
        ``Too Many Requests: retry after N``, 403: ``Forbidden: bot was blocked by the user``,
        400: ``Bad Request: chat not found``, 5xx: the HTTP reason).
        """
        method = self._canonical(method)
        fault = self._make_fault(error_code, description, retry_after, times)
        self._faults.setdefault(method, deque()).append(fault)

    def fail_chat(
        self,
        chat_id: int,
        error_code: int = 403,
        description: str | None = None,
        retry_after: int | None = None,
    ) -> None:
        """Fail every call that carries ``chat_id`` until :meth:`clear_failures`."""
        self._chat_faults[chat_id] = self._make_fault(error_code, description, retry_after, None)

    def delay(self, method: str, seconds: float, times: int | None = None) -> None:
        """Make ``method`` (``"*"``: any but getUpdates) answer after ``seconds``.

        ``times=None`` keeps the delay until :meth:`clear_failures`. The call is still executed
        after the delay even if the client timed out meanwhile.
        """
        self._delays[self._canonical(method)] = _Delay(seconds, times)

    def clear_failures(self) -> None:
        """Remove every pending fail_next, fail_chat and delay."""
        self._faults.clear()
        self._chat_faults.clear()
        self._delays.clear()

    def _canonical(self, method: str) -> str:
        if method == "*":
            return method
        name = self._method_names.get(method.lower())
        if name is None:
            raise ValueError(f"FakeBotAPI does not implement {method!r}")
        return name

    @staticmethod
    def _make_fault(
        error_code: int, description: str | None, retry_after: int | None, times: int | None
    ) -> _Fault:
        if description is None:
            if error_code == 429:
                retry_after = retry_after if retry_after is not None else 1
                description = f"Too Many Requests: retry after {retry_after}"
            else:
                description = _DEFAULT_DESCRIPTIONS.get(error_code, f"Error {error_code}")
        return _Fault(error_code, description, retry_after, times)

    # ---------------------------------------------------------------- update builders

    def push_message(
        self,
        user: FakeUser,
        text: str,
        *,
        reply_to: SentMessage | int | None = None,
        entities: list[dict[str, Any]] | None = None,
        forward_origin: dict[str, Any] | None = None,
    ) -> int:
        """Queue a private-chat text message from ``user``; returns its update_id.

        ``forward_origin`` (a Bot API MessageOrigin dict) makes it a forwarded message.

        A text starting with ``/`` gets a ``bot_command`` entity at offset 0 (so
        ``CommandHandler`` matches). ``reply_to`` makes it a reply to that bot message.
        """
        self._remember_user(user)
        message_id = self._allocate_message_id(user.id)
        self._user_message_ids.setdefault(user.id, set()).add(message_id)
        message: dict[str, Any] = {
            "message_id": message_id,
            "from": user.to_dict(),
            "chat": user.chat_dict(),
            "date": int(time.time()),
            "text": text,
        }
        if entities is None and text.startswith("/"):
            command = re.match(r"/[A-Za-z0-9_]+(?:@[A-Za-z0-9_]+)?", text)
            if command is not None:
                entities = [{"type": "bot_command", "offset": 0, "length": _u16(command[0])}]
        if entities:
            message["entities"] = entities
        if forward_origin is not None:
            message["forward_origin"] = forward_origin
        if reply_to is not None:
            replied = self._current(reply_to, user.id)
            message["reply_to_message"] = (
                self._message_dict(replied)
                if replied is not None
                else {"message_id": reply_to, "chat": user.chat_dict(), "date": 0}
            )
        self.user_messages.append(message)
        return self.push_raw({"message": message})

    def push_callback(
        self, user: FakeUser, message: SentMessage | Mapping[str, Any], data: str
    ) -> int:
        """Queue a callback query from ``user`` pressing a button of ``message``.

        ``message`` is a :class:`SentMessage` (its current state is used if the bot edited it)
        or a Bot API message dict. Returns the update_id; the query id is tracked in
        :attr:`callback_queries`.
        """
        self._remember_user(user)
        if isinstance(message, SentMessage):
            current = self._current(message, message.chat_id) or message
            message_dict = self._message_dict(current)
        else:
            message_dict = dict(message)
        chat_id = int(message_dict["chat"]["id"])
        query_id = str(4_000_000_000_000_000_000 + next(self._callback_ids) * 7_919)
        return self.push_raw(
            {
                "callback_query": {
                    "id": query_id,
                    "from": user.to_dict(),
                    "message": message_dict,
                    "chat_instance": str(-7_000_000_000_000_000 - chat_id),
                    "data": data,
                }
            }
        )

    def _track_callback(self, update_id: int, query: Mapping[str, Any]) -> None:
        sender = query.get("from") or {}
        message = query.get("message") or {}
        self.callback_queries[str(query["id"])] = CallbackQueryRecord(
            id=str(query["id"]),
            update_id=update_id,
            user=FakeUser(
                id=int(sender.get("id", 0)),
                first_name=str(sender.get("first_name", "")),
                language_code=sender.get("language_code"),
                username=sender.get("username"),
                last_name=sender.get("last_name"),
            ),
            chat_id=int((message.get("chat") or {}).get("id", 0)),
            message_id=int(message.get("message_id", 0)),
            data=str(query.get("data", "")),
            pushed_at=time.monotonic(),
        )

    def press_button(self, user: FakeUser, message: SentMessage, label_substring: str) -> int:
        """:func:`find_button` + :meth:`push_callback`; returns the update_id."""
        _, data = find_button(self._current(message, message.chat_id) or message, label_substring)
        return self.push_callback(user, message, data)

    def push_raw(self, update: Mapping[str, Any]) -> int:
        """Queue any update dict (an ``update_id`` is assigned when missing); returns it.

        A ``callback_query`` in it is tracked like those of :meth:`push_callback`.
        """
        data = dict(update)
        if "update_id" in data:
            update_id = int(data["update_id"])
            if update_id in self._update_state:
                raise ValueError(f"update_id {update_id} was already pushed")
            self._update_ids = itertools.count(max(update_id + 1, next(self._update_ids)))
        else:
            update_id = next(self._update_ids)
            data = {"update_id": update_id, **data}
        query = data.get("callback_query")
        if isinstance(query, Mapping) and "id" in query:
            self._track_callback(update_id, query)
        self._updates[update_id] = data
        self._update_state[update_id] = "pending"
        self._notify()
        return update_id

    def unanswered_callback_queries(self) -> list[str]:
        """Ids of pushed callback queries the bot never answered."""
        return [q.id for q in self.callback_queries.values() if not q.answered]

    @property
    def pending_update_ids(self) -> list[int]:
        """Updates pushed but not handed to the bot yet."""
        return [u for u, state in self._update_state.items() if state == "pending"]

    def update_state(self, update_id: int) -> str:
        """``pending``, ``taken``, ``failed`` (webhook), ``dropped`` or ``filtered``."""
        return self._update_state[update_id]

    # ---------------------------------------------------------------- waiting / hooks

    async def wait_update_taken(
        self,
        update_id: int,
        timeout: float | None = 10.0,  # noqa: ASYNC109 (hang guard)
    ) -> None:
        """Resolve once ``update_id`` was returned by getUpdates or delivered to the webhook.

        Raises ``AssertionError`` if the update can no longer be delivered (webhook failure,
        dropped, filtered by allowed_updates) and ``TimeoutError`` after ``timeout`` seconds.
        """
        if update_id not in self._update_state:
            raise AssertionError(f"update {update_id} was never pushed")

        def taken() -> bool:
            state = self._update_state[update_id]
            if state in ("failed", "dropped", "filtered"):
                raise AssertionError(f"update {update_id} will never reach the bot: {state}")
            return state == "taken"

        await self.wait_until(taken, timeout, f"update {update_id} taken")

    async def wait_for_call(
        self,
        method: str,
        predicate: Callable[[dict[str, Any]], bool] | None = None,
        *,
        since: int = 0,
        timeout: float | None = 10.0,  # noqa: ASYNC109 (a hang guard, part of the API)
    ) -> ApiCall:
        """Return the first call of ``method`` in ``calls[since:]`` matching ``predicate``.

        Waits for it when it has not happened yet. Use ``since=len(fake.calls)`` to ignore
        earlier calls.
        """
        name = self._canonical(method)
        found: list[ApiCall] = []

        def seen() -> bool:
            for call in self.calls[since:]:
                if call.method == name and (predicate is None or predicate(call.params)):
                    found.append(call)
                    return True
            return False

        await self.wait_until(seen, timeout, f"a {name} call")
        return found[0]

    def add_listener(self, listener: CallListener) -> Callable[[], None]:
        """Call ``listener(call, response_json)`` after every API call; returns a remover."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def add_taken_listener(self, listener: TakenListener) -> Callable[[], None]:
        """Call ``listener(update_id)`` when an update is handed to the bot; returns a remover."""
        self._taken_listeners.append(listener)
        return lambda: self._taken_listeners.remove(listener)

    async def wait_until(
        self,
        condition: Callable[[], bool],
        timeout: float | None = 10.0,  # noqa: ASYNC109 (a hang guard, part of the API)
        what: str = "a condition",
    ) -> None:
        """Wait until ``condition()`` is true; it is re-checked whenever the fake's state changes
        (an API call answered, an update pushed, taken or delivered). ``TimeoutError`` after
        ``timeout`` seconds."""
        loop = asyncio.get_running_loop()
        deadline = None if timeout is None else loop.time() + timeout
        while True:
            event = self._changed
            if condition():
                return
            remaining = None if deadline is None else deadline - loop.time()
            if remaining is not None and remaining <= 0:
                raise TimeoutError(f"FakeBotAPI: timed out after {timeout}s waiting for {what}")
            try:
                await asyncio.wait_for(event.wait(), remaining)
            except TimeoutError:
                continue

    def _notify(self) -> None:
        self._changed.set()
        self._changed = asyncio.Event()

    # ---------------------------------------------------------------- state helpers

    def last_message(self, chat_id: int) -> SentMessage:
        """The most recent bot message still present in the chat (after edits/deletes)."""
        messages = self.chats.get(chat_id)
        if not messages:
            raise AssertionError(f"the bot has no message in chat {chat_id}")
        return messages[max(messages)]

    def messages(self, chat_id: int) -> list[SentMessage]:
        """Current bot messages of a chat, oldest first."""
        return [m for _, m in sorted(self.chats.get(chat_id, {}).items())]

    def calls_of(self, method: str) -> list[dict[str, Any]]:
        """Params of every call of ``method``, in order."""
        name = self._canonical(method)
        return [c.params for c in self.calls if c.method == name]

    def reset_records(self) -> None:
        """Forget recorded calls, refusals, injected failures and floods (not the chats)."""
        self.calls.clear()
        self.refused.clear()
        self.injected.clear()
        self.floods = 0
        self.webhook_failures.clear()

    def _remember_user(self, user: FakeUser) -> None:
        self._chat_info[user.id] = user.chat_dict()

    def _chat_dict(self, chat_id: int) -> dict[str, Any]:
        info = self._chat_info.get(chat_id)
        if info is not None:
            return dict(info)
        if chat_id < 0:
            return {"id": chat_id, "type": "supergroup", "title": "Group"}
        return {"id": chat_id, "type": "private", "first_name": "User"}

    def _allocate_message_id(self, chat_id: int) -> int:
        message_id = self._next_message_id.get(chat_id, 1)
        self._next_message_id[chat_id] = message_id + 1
        return message_id

    def _current(self, message: SentMessage | int, chat_id: int) -> SentMessage | None:
        message_id = message if isinstance(message, int) else message.message_id
        return self.chats.get(chat_id, {}).get(message_id)

    def _message_dict(self, msg: SentMessage) -> dict[str, Any]:
        data: dict[str, Any] = {
            "message_id": msg.message_id,
            "from": dict(self.bot_user),
            "chat": self._chat_dict(msg.chat_id),
            "date": msg.date,
        }
        if msg.edit_date is not None:
            data["edit_date"] = msg.edit_date
        if msg.kind == "message":
            data["text"] = msg.plain_text
            if msg.entities:
                data["entities"] = [dict(e) for e in msg.entities]
        else:
            size = len(msg.file_bytes or b"")
            unique = f"AgAD{msg.file_id}"
            if msg.kind == "document":
                data["document"] = {
                    "file_id": msg.file_id,
                    "file_unique_id": unique,
                    "file_name": msg.filename,
                    "mime_type": msg.mime_type or "application/octet-stream",
                    "file_size": size,
                }
            else:
                data["photo"] = [
                    {
                        "file_id": f"{msg.file_id}_s",
                        "file_unique_id": f"{unique}_s",
                        "width": 90,
                        "height": 90,
                        "file_size": min(size, 1000),
                    },
                    {
                        "file_id": msg.file_id,
                        "file_unique_id": unique,
                        "width": 800,
                        "height": 600,
                        "file_size": size,
                    },
                ]
            if msg.plain_caption:
                data["caption"] = msg.plain_caption
                if msg.caption_entities:
                    data["caption_entities"] = [dict(e) for e in msg.caption_entities]
        inline = _inline_markup(msg.reply_markup)
        if inline is not None:
            data["reply_markup"] = inline
        return data

    def _mark_taken(self, update_ids: Iterable[int]) -> None:
        for update_id in update_ids:
            if self._update_state.get(update_id) == "pending":
                self._update_state[update_id] = "taken"
                for listener in list(self._taken_listeners):
                    try:
                        listener(update_id)
                    except Exception:
                        _LOGGER.exception("FakeBotAPI taken listener failed")
        self._notify()

    def _drop_update(self, update_id: int, state: str) -> None:
        self._updates.pop(update_id, None)
        if self._update_state.get(update_id) == "pending":
            self._update_state[update_id] = state

    def _deliverable(self, update: Mapping[str, Any]) -> bool:
        kind = _update_type(update)
        if self.allowed_updates:
            return kind in self.allowed_updates
        return kind not in _OPT_IN_UPDATE_TYPES

    def _next_updates(self, limit: int) -> list[dict[str, Any]]:
        batch: list[dict[str, Any]] = []
        for update_id, update in list(self._updates.items()):
            if not self._deliverable(update):
                self._drop_update(update_id, "filtered")
                continue
            batch.append(update)
            if len(batch) >= limit:
                break
        return batch

    # ---------------------------------------------------------------- HTTP plumbing

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        match = _PATH_RE.fullmatch(request.path)
        if match is None:
            return self._json({"ok": False, "error_code": 404, "description": ERR_NOT_FOUND}, 404)
        raw_method = match["method"]
        method = self._method_names.get(raw_method.lower(), raw_method)
        try:
            params = await self._read_params(request)
        except ApiError as exc:
            params = {}
            call = ApiCall(method, params)
            self.calls.append(call)
            return self._finish(call, self._refuse(call, exc))
        call = ApiCall(method, params)
        self.calls.append(call)
        self._notify()  # wait_for_call() sees calls on arrival, before they are answered
        if match["token"] != self.token:
            return self._finish(call, self._refuse(call, ApiError(401, ERR_UNAUTHORIZED)))
        handler = self._handlers.get(method)
        if handler is None:
            return self._finish(call, self._refuse(call, ApiError(404, ERR_NOT_FOUND)))
        counted = method != "getUpdates"
        if counted:
            self.in_flight += 1
        try:
            await self._apply_delay(method)
            self._check_flood(method)
            self._check_chat_flood(method, params)
            self._check_faults(method, params)
            result = await handler(params, request)
            if isinstance(result, _Described):
                payload = {"ok": True, "result": result.result, "description": result.description}
            else:
                payload = {"ok": True, "result": result}
        except _InjectedError as exc:
            self.injected.append(InjectedFailure(method, exc.error_code, exc.description, params))
            payload = self._error_payload(exc)
        except ApiError as exc:
            payload = self._refuse(call, exc)
        except _SilentEmpty:
            payload = {"ok": True, "result": []}
        finally:
            if counted:
                self.in_flight -= 1
        return self._finish(call, payload)

    def _finish(self, call: ApiCall, payload: dict[str, Any]) -> web.Response:
        for listener in list(self._listeners):
            try:
                listener(call, payload)
            except Exception:
                _LOGGER.exception("FakeBotAPI call listener failed")
        self._notify()
        status = 200 if payload.get("ok") else int(payload["error_code"])
        return self._json(payload, status)

    @staticmethod
    def _json(payload: Mapping[str, Any], status: int) -> web.Response:
        return web.json_response(payload, status=status)

    @staticmethod
    def _error_payload(exc: ApiError) -> dict[str, Any]:
        payload: dict[str, Any] = {
            "ok": False,
            "error_code": exc.error_code,
            "description": exc.description,
        }
        if exc.retry_after is not None:
            payload["parameters"] = {"retry_after": exc.retry_after}
        return payload

    def _refuse(self, call: ApiCall, exc: ApiError) -> dict[str, Any]:
        self.refused.append(Refusal(call.method, exc.description, call.params))
        _LOGGER.info("FakeBotAPI refused %s: %s", call.method, exc.description)
        return self._error_payload(exc)

    async def _read_params(self, request: web.Request) -> dict[str, Any]:
        raw: dict[str, Any] = dict(request.query)
        if request.body_exists:
            if request.content_type == "application/json":
                try:
                    body = await request.json()
                except ValueError:
                    raise ApiError(400, "Bad Request: can't parse JSON body") from None
                if not isinstance(body, dict):
                    raise ApiError(400, "Bad Request: JSON body must be an object")
                raw.update(body)
            elif request.content_type in (
                "application/x-www-form-urlencoded",
                "multipart/form-data",
            ):
                form = await request.post()
                for key, value in form.items():
                    if isinstance(value, web.FileField):
                        raw[key] = UploadedFile(
                            value.filename, value.file.read(), value.content_type
                        )
                    else:
                        raw[key] = value
        params = {key: _normalise(key, value) for key, value in raw.items()}
        for key, value in list(params.items()):  # resolve attach://<name>
            if isinstance(value, str) and value.startswith("attach://"):
                part = params.get(value.removeprefix("attach://"))
                if isinstance(part, UploadedFile):
                    params[key] = part
                    del params[value.removeprefix("attach://")]
        return params

    async def _apply_delay(self, method: str) -> None:
        spec = self._delays.get(method)
        if spec is None and method != "getUpdates":
            spec = self._delays.get("*")
        if spec is None:
            return
        if spec.remaining is not None:
            spec.remaining -= 1
            if spec.remaining <= 0:
                self._delays = {k: v for k, v in self._delays.items() if v is not spec}
        loop = asyncio.get_running_loop()
        deadline = loop.time() + spec.seconds
        while not self._closing and loop.time() < deadline:
            event = self._changed
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(event.wait(), deadline - loop.time())

    def _check_flood(self, method: str) -> None:
        if self.rate_limit is None or method in _FLOOD_EXEMPT:
            return
        now = asyncio.get_running_loop().time()
        if self._tokens_at:
            self._tokens = min(
                float(self.rate_limit),
                self._tokens + (now - self._tokens_at) * self.rate_limit,
            )
        self._tokens_at = now
        if self._tokens < 1:
            self.floods += 1
            raise _InjectedError(429, "Too Many Requests: retry after 1", retry_after=1)
        self._tokens -= 1

    def _check_chat_flood(self, method: str, params: Mapping[str, Any]) -> None:
        chat_id = params.get("chat_id")
        if (
            self.chat_rate_limit is None
            or method not in _CHAT_PACED
            or not isinstance(chat_id, int)
        ):
            return
        now = asyncio.get_running_loop().time()
        burst = float(self.chat_burst)
        tokens, at = self._chat_buckets.get(chat_id, (burst, now))
        tokens = min(burst, tokens + (now - at) * self.chat_rate_limit)
        if tokens < 1:
            self._chat_buckets[chat_id] = (tokens, now)
            self.chat_floods += 1
            retry_after = max(1, math.ceil((1 - tokens) / self.chat_rate_limit))
            raise _InjectedError(
                429, f"Too Many Requests: retry after {retry_after}", retry_after=retry_after
            )
        self._chat_buckets[chat_id] = (tokens - 1, now)

    def _check_faults(self, method: str, params: Mapping[str, Any]) -> None:
        for key in (method, "*"):
            if key == "*" and method == "getUpdates":
                continue
            queue = self._faults.get(key)
            if queue:
                fault = queue[0]
                if fault.remaining is not None:
                    fault.remaining -= 1
                    if fault.remaining <= 0:
                        queue.popleft()
                raise _InjectedError(fault.error_code, fault.description, fault.retry_after)
        chat_id = params.get("chat_id")
        if isinstance(chat_id, int) and chat_id in self._chat_faults:
            fault = self._chat_faults[chat_id]
            raise _InjectedError(fault.error_code, fault.description, fault.retry_after)

    # ---------------------------------------------------------------- webhook delivery

    async def _webhook_worker(self) -> None:
        while not self._closing:
            event = self._changed
            update = self._next_updates(1) if self.webhook_url else []
            if not update:
                await event.wait()
                continue
            await self._deliver(update[0])

    async def _deliver(self, update: dict[str, Any]) -> None:
        assert self._session is not None
        update_id = int(update["update_id"])
        url = self.webhook_url
        headers = {"Content-Type": "application/json"}
        if self.webhook_secret:
            headers["X-Telegram-Bot-Api-Secret-Token"] = self.webhook_secret
        status: int | None = None
        try:
            async with self._session.post(
                url,
                data=json.dumps(update),
                headers=headers,
                timeout=aiohttp.ClientTimeout(total=self.webhook_timeout),
            ) as response:
                status = response.status
                body = await response.text()
        except (aiohttp.ClientError, TimeoutError, OSError) as exc:
            body = repr(exc)
        self._updates.pop(update_id, None)
        if status is not None and 200 <= status < 300:
            self.webhook_deliveries.append(update_id)
            self._mark_taken([update_id])
            return
        self.webhook_failures.append(WebhookFailure(update_id, url, status, body))
        self._webhook_last_error = (
            int(time.time()),
            f"Wrong response from the webhook: {status}"
            if status is not None
            else f"Connection failed: {body}",
        )
        self._drop_update(update_id, "failed")
        self._notify()

    # ---------------------------------------------------------------- methods

    def _take_allowed_updates(self, params: dict[str, Any]) -> None:
        """``allowed_updates`` of getUpdates and setWebhook: kept when given, else as it was."""
        allowed = _json_param(params, "allowed_updates", "Bad Request: can't parse allowed updates")
        if allowed is not None:
            if not isinstance(allowed, list):
                raise ApiError(400, "Bad Request: can't parse allowed updates")
            self.allowed_updates = [str(a) for a in allowed]

    async def _get_me(self, params: dict[str, Any], request: web.Request) -> Any:
        return dict(self.bot_user)

    async def _get_updates(self, params: dict[str, Any], request: web.Request) -> Any:
        if self.webhook_url:
            raise ApiError(409, ERR_WEBHOOK_ACTIVE)
        offset = _opt_int(params, "offset")
        limit = _opt_int(params, "limit") or 100
        limit = min(max(limit, 1), 100)
        timeout = params.get("timeout") or 0
        if not isinstance(timeout, int | float) or isinstance(timeout, bool):
            raise ApiError(400, 'Bad Request: field "timeout" must be a Number')
        self._take_allowed_updates(params)
        if offset is not None:
            ids = list(self._updates)
            confirmed = (
                ids[: max(len(ids) + offset, 0)] if offset < 0 else [u for u in ids if u < offset]
            )
            for update_id in confirmed:
                self._updates.pop(update_id, None)
        self._poll_generation += 1
        generation = self._poll_generation
        loop = asyncio.get_running_loop()
        deadline = loop.time() + float(timeout)
        while True:
            event = self._changed
            if self._closing:
                return []
            if generation != self._poll_generation:
                await self._superseded(request)
            if self.webhook_url:
                raise ApiError(409, ERR_WEBHOOK_ACTIVE)
            batch = self._next_updates(limit)
            if batch:
                if not _client_gone(request):
                    self._mark_taken(int(u["update_id"]) for u in batch)
                return batch
            remaining = deadline - loop.time()
            if remaining <= 0:
                return []
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(event.wait(), remaining)

    @staticmethod
    async def _superseded(request: web.Request) -> None:
        """Another getUpdates arrived. Telegram answers 409 to the older request; when its
        client already went away (PTB cancelling a long poll on shutdown) nobody reads it."""
        for _ in range(20):
            if _client_gone(request):
                raise _SilentEmpty
            await asyncio.sleep(0.01)
        raise ApiError(409, ERR_POLL_CONFLICT)

    async def _set_webhook(self, params: dict[str, Any], request: web.Request) -> Any:
        url = _opt_str(params, "url") or ""
        if url and not re.match(r"https?://[^/\s]+", url):
            raise ApiError(
                400, "Bad Request: bad webhook: Failed to resolve host: Name or service not known"
            )
        secret = _opt_str(params, "secret_token")
        if secret is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", secret):
            raise ApiError(400, "Bad Request: secret token contains unallowed characters")
        self._take_allowed_updates(params)
        self._webhook_max_connections = _opt_int(params, "max_connections") or 40
        if _opt_bool(params, "drop_pending_updates"):
            for update_id in list(self._updates):
                self._drop_update(update_id, "dropped")
        self.webhook_url = url
        self.webhook_secret = secret if url else None
        self._webhook_last_error = None
        self._notify()
        return True

    async def _delete_webhook(self, params: dict[str, Any], request: web.Request) -> Any:
        had_webhook = bool(self.webhook_url)
        if _opt_bool(params, "drop_pending_updates"):
            for update_id in list(self._updates):
                self._drop_update(update_id, "dropped")
        self.webhook_url = ""
        self.webhook_secret = None
        self._notify()
        return True if had_webhook else _Described(True, "Webhook is already deleted")

    async def _get_webhook_info(self, params: dict[str, Any], request: web.Request) -> Any:
        info: dict[str, Any] = {
            "url": self.webhook_url,
            "has_custom_certificate": False,
            "pending_update_count": len(self._updates),
        }
        if self.webhook_url:
            info["max_connections"] = self._webhook_max_connections
            info["ip_address"] = "127.0.0.1"
            if self.allowed_updates is not None:
                info["allowed_updates"] = list(self.allowed_updates)
        if self._webhook_last_error is not None:
            info["last_error_date"], info["last_error_message"] = self._webhook_last_error
        return info

    def _check_reply_to(self, chat_id: int, params: Mapping[str, Any]) -> None:
        reply = _json_param(
            params, "reply_parameters", "Bad Request: can't parse reply parameters JSON object"
        )
        target: int | None = None
        allow_missing = _opt_bool(params, "allow_sending_without_reply")
        if isinstance(reply, dict):
            target = reply.get("message_id")
            allow_missing = allow_missing or bool(reply.get("allow_sending_without_reply"))
        elif params.get("reply_to_message_id") is not None:
            target = _opt_int(params, "reply_to_message_id")
        if target is None or allow_missing:
            return
        if target not in self.chats.get(chat_id, {}) and target not in self._user_message_ids.get(
            chat_id, set()
        ):
            raise ApiError(400, ERR_REPLY_NOT_FOUND)

    def _store_new(self, msg: SentMessage) -> dict[str, Any]:
        self.sent.append(msg)
        self.chats.setdefault(msg.chat_id, {})[msg.message_id] = msg
        return self._message_dict(msg)

    async def _send_message(self, params: dict[str, Any], request: web.Request) -> Any:
        chat_id = _chat_id(params)
        assert chat_id is not None
        text, parse_mode, parsed = self._parse_message_text(params)
        markup = _check_reply_markup(params)
        self._check_reply_to(chat_id, params)
        msg = SentMessage(
            chat_id=chat_id,
            message_id=self._allocate_message_id(chat_id),
            kind="message",
            date=int(time.time()),
            text=text,
            parse_mode=parse_mode,
            plain_text=parsed.text,
            entities=tuple(parsed.entities),
            reply_markup=markup,
            params=params,
        )
        return self._store_new(msg)

    @staticmethod
    def _parse_text(
        text: str, parse_mode: str | None, params: Mapping[str, Any], entities_name: str
    ) -> ParsedText:
        explicit = _json_param(params, entities_name, "Bad Request: can't parse entities JSON")
        if explicit is not None and not parse_mode:
            if not isinstance(explicit, list):
                raise ApiError(400, "Bad Request: can't parse entities JSON")
            return _strip(ParsedText(text, [dict(e) for e in explicit]))
        return parse_entities(text, parse_mode)

    def _parse_message_text(self, params: Mapping[str, Any]) -> tuple[str, str | None, ParsedText]:
        """A message's text, its parse mode and what Telegram reads in it: neither empty nor
        over the length limit once its entities are parsed."""
        text = _opt_str(params, "text") or ""
        parse_mode = _opt_str(params, "parse_mode") or None
        parsed = self._parse_text(text, parse_mode, params, "entities")
        if not parsed.text:
            raise ApiError(400, ERR_TEXT_EMPTY)
        if len(parsed.text) > MAX_TEXT_LENGTH:
            raise ApiError(400, ERR_TEXT_TOO_LONG)
        return text, parse_mode, parsed

    def _parse_caption(self, params: Mapping[str, Any]) -> tuple[str | None, ParsedText]:
        caption = _opt_str(params, "caption")
        parse_mode = _opt_str(params, "parse_mode") or None
        if caption is None:
            return None, ParsedText("", [])
        parsed = self._parse_text(caption, parse_mode, params, "caption_entities")
        if len(parsed.text) > MAX_CAPTION_LENGTH:
            raise ApiError(400, ERR_CAPTION_TOO_LONG)
        return caption, parsed

    def _file_param(self, params: Mapping[str, Any], name: str) -> tuple[UploadedFile, str]:
        value = params.get(name)
        if isinstance(value, UploadedFile):
            if not value.data:
                raise ApiError(400, "Bad Request: file must be non-empty")
            file_id = f"BQACAgQAAxkDAAI{next(self._file_ids):06d}"
            self.files[file_id] = value
            return value, file_id
        if isinstance(value, str) and value:
            if value in self.files:
                return self.files[value], value
            if re.match(r"https?://", value):
                return UploadedFile(value.rsplit("/", 1)[-1] or None, b"", None), value
            raise ApiError(400, "Bad Request: wrong file identifier/HTTP URL specified")
        raise ApiError(400, f"Bad Request: there is no {name} in the request")

    async def _send_file(self, params: dict[str, Any], kind: str) -> dict[str, Any]:
        chat_id = _chat_id(params)
        assert chat_id is not None
        upload, file_id = self._file_param(params, kind)
        caption, parsed = self._parse_caption(params)
        markup = _check_reply_markup(params)
        self._check_reply_to(chat_id, params)
        msg = SentMessage(
            chat_id=chat_id,
            message_id=self._allocate_message_id(chat_id),
            kind=kind,
            date=int(time.time()),
            parse_mode=_opt_str(params, "parse_mode") or None,
            reply_markup=markup,
            caption=caption,
            plain_caption=parsed.text if caption is not None else None,
            caption_entities=tuple(parsed.entities),
            filename=upload.filename if kind == "document" else None,
            file_bytes=upload.data,
            mime_type=upload.content_type,
            file_id=file_id,
            params=params,
        )
        return self._store_new(msg)

    async def _send_document(self, params: dict[str, Any], request: web.Request) -> Any:
        return await self._send_file(params, "document")

    async def _send_photo(self, params: dict[str, Any], request: web.Request) -> Any:
        return await self._send_file(params, "photo")

    def _editable(self, params: Mapping[str, Any]) -> SentMessage:
        if params.get("inline_message_id") is not None:
            raise ApiError(400, "Bad Request: MESSAGE_ID_INVALID")
        chat_id = _chat_id(params)
        assert chat_id is not None
        message_id = _message_id(params)
        current = self.chats.get(chat_id, {}).get(message_id)
        if current is None:
            if message_id in self._user_message_ids.get(chat_id, set()):
                raise ApiError(400, ERR_CANT_EDIT)
            raise ApiError(400, ERR_EDIT_NOT_FOUND)
        return current

    def _store_edit(self, current: SentMessage, **changes: Any) -> dict[str, Any]:
        edited = dataclasses.replace(
            current, edit_date=int(time.time()), edit_count=current.edit_count + 1, **changes
        )
        self.chats[current.chat_id][current.message_id] = edited
        self.edits.append(edited)
        return self._message_dict(edited)

    async def _edit_message_text(self, params: dict[str, Any], request: web.Request) -> Any:
        current = self._editable(params)
        text, parse_mode, parsed = self._parse_message_text(params)
        markup = _check_reply_markup(params, inline_only=True)
        if current.kind != "message":
            raise ApiError(400, ERR_NO_TEXT_TO_EDIT)
        old = (current.plain_text, list(current.entities))
        _refuse_unmodified((parsed.text, list(parsed.entities)) == old, markup, current)
        return self._store_edit(
            current,
            text=text,
            parse_mode=parse_mode,
            plain_text=parsed.text,
            entities=tuple(parsed.entities),
            reply_markup=markup,
        )

    async def _edit_message_caption(self, params: dict[str, Any], request: web.Request) -> Any:
        current = self._editable(params)
        caption, parsed = self._parse_caption(params)
        markup = _check_reply_markup(params, inline_only=True)
        if current.kind == "message":
            raise ApiError(400, "Bad Request: there is no caption in the message to edit")
        plain_caption = parsed.text if caption is not None else None
        old = (current.plain_caption, list(current.caption_entities))
        _refuse_unmodified((plain_caption, list(parsed.entities)) == old, markup, current)
        return self._store_edit(
            current,
            caption=caption,
            plain_caption=plain_caption,
            caption_entities=tuple(parsed.entities),
            parse_mode=_opt_str(params, "parse_mode") or None,
            reply_markup=markup,
        )

    async def _edit_message_reply_markup(self, params: dict[str, Any], request: web.Request) -> Any:
        current = self._editable(params)
        markup = _check_reply_markup(params, inline_only=True)
        _refuse_unmodified(True, markup, current)
        return self._store_edit(current, reply_markup=markup)

    async def _delete_message(self, params: dict[str, Any], request: web.Request) -> Any:
        chat_id = _chat_id(params)
        assert chat_id is not None
        message_id = _message_id(params)
        current = self.chats.get(chat_id, {}).pop(message_id, None)
        if current is not None:
            self.deleted.append(current)
            return True
        user_ids = self._user_message_ids.get(chat_id, set())
        if message_id in user_ids:
            user_ids.discard(message_id)
            return True
        raise ApiError(400, ERR_DELETE_NOT_FOUND)

    async def _answer_callback_query(self, params: dict[str, Any], request: web.Request) -> Any:
        query_id = _opt_str(params, "callback_query_id")
        if not query_id:
            raise ApiError(400, "Bad Request: callback_query_id is empty")
        record = self.callback_queries.get(query_id)
        if record is None or record.answered:
            raise ApiError(400, ERR_QUERY_INVALID)
        text = _opt_str(params, "text")
        if text is not None and len(text) > MAX_CALLBACK_ANSWER_LENGTH:
            raise ApiError(400, "Bad Request: MESSAGE_TOO_LONG")
        record.answered = True
        record.answer = {k: v for k, v in params.items() if k != "callback_query_id"}
        return True

    def _commands_target(self, params: Mapping[str, Any]) -> tuple[str, str]:
        scope = _json_param(params, "scope", "Bad Request: can't parse BotCommandScope JSON object")
        return _scope_key(scope), _lang(params)

    def _store_commands(self, key: tuple[str, str], commands: list[dict[str, Any]]) -> None:
        if commands:
            self.scoped_commands[key] = commands
        else:
            self.scoped_commands.pop(key, None)
        if key[0] == "default":
            if commands:
                self.commands[key[1]] = commands
            else:
                self.commands.pop(key[1], None)

    async def _set_my_commands(self, params: dict[str, Any], request: web.Request) -> Any:
        commands = _json_param(params, "commands", "Bad Request: can't parse commands JSON object")
        if not isinstance(commands, list):
            raise ApiError(400, "Bad Request: can't parse commands JSON object")
        if len(commands) > 100:
            raise ApiError(400, "Bad Request: too many commands specified")
        cleaned: list[dict[str, Any]] = []
        for command in commands:
            if not isinstance(command, dict):
                raise ApiError(400, "Bad Request: can't parse BotCommand JSON object")
            name = command.get("command")
            description = command.get("description")
            if not isinstance(name, str) or not _COMMAND_RE.fullmatch(name):
                raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
            if not isinstance(description, str) or not 1 <= len(description.strip()) <= 256:
                raise ApiError(400, "Bad Request: command description is empty or too long")
            cleaned.append({"command": name, "description": description})
        self._store_commands(self._commands_target(params), cleaned)
        return True

    async def _get_my_commands(self, params: dict[str, Any], request: web.Request) -> Any:
        return list(self.scoped_commands.get(self._commands_target(params), []))

    async def _delete_my_commands(self, params: dict[str, Any], request: web.Request) -> Any:
        self._store_commands(self._commands_target(params), [])
        return True

    async def _send_chat_action(self, params: dict[str, Any], request: web.Request) -> Any:
        chat_id = _chat_id(params)
        assert chat_id is not None
        action = _opt_str(params, "action")
        if action not in _CHAT_ACTIONS:
            raise ApiError(400, "Bad Request: wrong parameter action in request")
        self.chat_actions.append((chat_id, action))
        return True

    async def _set_chat_menu_button(self, params: dict[str, Any], request: web.Request) -> Any:
        chat_id = _chat_id(params, required=False)
        button = _json_param(
            params, "menu_button", "Bad Request: can't parse menu button JSON object"
        )
        if button is None:
            button = {"type": "default"}
        if not isinstance(button, dict) or button.get("type") not in (
            "default",
            "commands",
            "web_app",
        ):
            raise ApiError(400, "Bad Request: can't parse menu button JSON object")
        self.menu_buttons[chat_id] = button
        return True

    async def _get_chat_menu_button(self, params: dict[str, Any], request: web.Request) -> Any:
        chat_id = _chat_id(params, required=False)
        button = self.menu_buttons.get(chat_id) or self.menu_buttons.get(None)
        if button is None or button.get("type") == "default":
            return {"type": "commands"}
        return button

    async def _close(self, params: dict[str, Any], request: web.Request) -> Any:
        self.closed_by_bot = True
        return True

    async def _log_out(self, params: dict[str, Any], request: web.Request) -> Any:
        self.logged_out = True
        return True


class _Described(NamedTuple):
    """A successful result that also carries a ``description`` (as Telegram sometimes does)."""

    result: Any
    description: str


class _SilentEmpty(Exception):
    """A superseded long poll whose client went away: answer ``[]`` without recording."""


def _client_gone(request: web.Request) -> bool:
    transport = request.transport
    return transport is None or transport.is_closing()


def _refuse_unmodified(
    same_content: bool, markup: dict[str, Any] | None, current: SentMessage
) -> None:
    """Telegram refuses an edit that changes nothing: the same content and the same buttons."""
    if same_content and _inline_markup(markup) == _inline_markup(current.reply_markup):
        raise ApiError(400, ERR_NOT_MODIFIED)
