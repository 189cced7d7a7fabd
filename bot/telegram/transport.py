"""The Bot API transport: python-telegram-bot's requests, sent with aiohttp's client.

python-telegram-bot sends through httpx by default. Measured on the same machine against the
same local server, an httpx POST costs about 1.1 ms of CPU and an aiohttp one about 0.2 ms
(`python -m bench.dialogs` shows what it does to a whole dialog step). Every update Relance
handles makes two or three Bot API calls, and the long poll one more, so the transport is a
large part of what an update costs.

`AiohttpRequest` is a `telegram.request.BaseRequest`, the interface python-telegram-bot
documents for this: it only moves bytes. Building the parameters, reading Telegram's answer,
and turning an error status into `RetryAfter`, `Forbidden`, `BadRequest`... stay
python-telegram-bot's. Its own network errors become the same ones `HTTPXRequest` raises:
`TimedOut` when a time limit passed, `NetworkError` otherwise.
"""

from __future__ import annotations

import asyncio
import re
import ssl
import urllib.request
from contextvars import ContextVar
from typing import Any
from urllib.parse import urlsplit

import aiohttp
import certifi
from aiohttp.connector import Connection
from telegram._utils.defaultvalue import DefaultValue
from telegram._utils.types import ODVInput
from telegram.error import NetworkError, TimedOut
from telegram.ext import ApplicationBuilder
from telegram.request import BaseRequest, RequestData

# python-telegram-bot's own defaults (HTTPXRequest), in seconds.
READ_TIMEOUT_S = 5.0
WRITE_TIMEOUT_S = 5.0
CONNECT_TIMEOUT_S = 5.0
POOL_TIMEOUT_S = 1.0
MEDIA_WRITE_TIMEOUT_S = 20.0


def with_transport(builder: ApplicationBuilder) -> ApplicationBuilder:
    """`builder` sending its calls and its long poll with `AiohttpRequest`: one pool for the
    calls, one connection for the long poll (python-telegram-bot's own sizes)."""
    return builder.request(AiohttpRequest()).get_updates_request(
        AiohttpRequest(connection_pool_size=1)
    )


class AiohttpRequest(BaseRequest):
    """Sends python-telegram-bot's requests with one `aiohttp.ClientSession`.

    `connection_pool_size` bounds the connections open at once. The timeouts are those of
    `HTTPXRequest`, and a call may override each (None: no limit):

    - `pool_timeout` + `connect_timeout` for having a connection, a free one or a new one
      (aiohttp bounds the two together); past it the call fails with `TimedOut`, not sent;
    - `connect_timeout` for opening a new one;
    - `write_timeout` (`media_write_timeout` with files) + `read_timeout` for sending a POST
      and reading its answer, counted once the connection is had (aiohttp has no write
      timeout of its own);
    - `read_timeout` for each wait on the answer: a long poll's is its own timeout plus this.
    """

    __slots__ = (
        "_connect_timeout",
        "_media_write_timeout",
        "_pool_size",
        "_pool_timeout",
        "_proxies",
        "_proxy_by_origin",
        "_read_timeout",
        "_session",
        "_write_timeout",
    )

    def __init__(
        self,
        connection_pool_size: int = 256,
        read_timeout: float | None = READ_TIMEOUT_S,
        write_timeout: float | None = WRITE_TIMEOUT_S,
        connect_timeout: float | None = CONNECT_TIMEOUT_S,
        pool_timeout: float | None = POOL_TIMEOUT_S,
        media_write_timeout: float | None = MEDIA_WRITE_TIMEOUT_S,
    ) -> None:
        if connection_pool_size < 1:
            raise ValueError("connection_pool_size must be at least 1")
        self._pool_size = connection_pool_size
        self._read_timeout = read_timeout
        self._write_timeout = write_timeout
        self._connect_timeout = connect_timeout
        self._pool_timeout = pool_timeout
        self._media_write_timeout = media_write_timeout
        self._session: aiohttp.ClientSession | None = None
        self._proxies: dict[str, str] = {}
        self._proxy_by_origin: dict[tuple[str, str], str | None] = {}

    @property
    def read_timeout(self) -> float | None:
        return self._read_timeout

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            # Certificates from certifi, as httpx checks them.
            tls = ssl.create_default_context(cafile=certifi.where())
            connector = _Connector(limit=self._pool_size, limit_per_host=0, ssl=tls)
            # Proxies from the environment (HTTPS_PROXY, NO_PROXY...), as httpx takes them,
            # read once here: aiohttp's `trust_env` reads them, and ~/.netrc, on every request,
            # which tripled a request's CPU.
            self._proxies = urllib.request.getproxies()
            self._proxy_by_origin = {}
            self._session = aiohttp.ClientSession(
                connector=connector, headers={"User-Agent": self.USER_AGENT}
            )

    async def shutdown(self) -> None:
        session, self._session = self._session, None
        if session is not None and not session.closed:
            await session.close()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        write_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        connect_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        pool_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        session = self._session
        if session is None or session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        files = request_data is not None and request_data.contains_files
        read = _given(read_timeout, self._read_timeout)
        write = _given(write_timeout, self._media_write_timeout if files else self._write_timeout)
        connect = _given(connect_timeout, self._connect_timeout)
        pool = _given(pool_timeout, self._pool_timeout)
        timeout = aiohttp.ClientTimeout(
            total=None,
            connect=None if connect is None or pool is None else connect + pool,
            sock_connect=connect,
            sock_read=read,
        )
        sending = None if method != "POST" or read is None or write is None else write + read
        try:
            data: aiohttp.FormData | dict[str, str] | None = None
            if request_data is not None:
                data = _form(request_data) if files else request_data.json_parameters
            async with asyncio.timeout(None) as deadline:
                current = _SENDING.set(_Sending(deadline, sending))
                try:
                    # Like httpx, redirects are not followed: Telegram never sends one.
                    async with session.request(
                        method,
                        url,
                        data=data,
                        timeout=timeout,
                        allow_redirects=False,
                        proxy=self._proxy(url),
                    ) as response:
                        return response.status, await response.read()
                finally:
                    _SENDING.reset(current)
        # aiohttp's messages may quote the URL, which holds the bot's token: the errors carry
        # a cleaned copy of the message, and not the original (`from None`).
        except aiohttp.ConnectionTimeoutError as err:
            raise TimedOut(
                "Timed out waiting for a connection: the request was *not* sent to Telegram "
                f"({_clean(err)})"
            ) from None
        except TimeoutError as err:  # aiohttp's read timeouts are TimeoutErrors too
            raise TimedOut(f"Timed out ({_clean(err) or 'no answer in time'})") from None
        except aiohttp.ClientError as err:
            raise NetworkError(f"aiohttp.{err.__class__.__name__}: {_clean(err)}") from None

    def _proxy(self, url: str) -> str | None:
        """The environment's proxy for this URL's origin, if any (NO_PROXY honoured)."""
        if not self._proxies:
            return None
        parts = urlsplit(url)
        origin = (parts.scheme, parts.hostname or "")
        if origin not in self._proxy_by_origin:
            proxy = self._proxies.get(parts.scheme)
            if proxy and urllib.request.proxy_bypass(origin[1]):
                proxy = None
            self._proxy_by_origin[origin] = proxy
        return self._proxy_by_origin[origin]


class _Sending:
    """A request's deadline, and how long writing and reading may take once it has its
    connection (None: no limit)."""

    __slots__ = ("deadline", "seconds")

    def __init__(self, deadline: asyncio.Timeout, seconds: float | None) -> None:
        self.deadline = deadline
        self.seconds = seconds


# The request being sent in this task: its connector sets its deadline once connected.
_SENDING: ContextVar[_Sending | None] = ContextVar("relance_sending", default=None)


class _Connector(aiohttp.TCPConnector):
    """A TCPConnector that starts the request's write-and-read deadline when it hands over
    the connection (aiohttp's hooks for this, trace configs, cost a quarter of a request)."""

    async def connect(
        self,
        req: aiohttp.ClientRequest,
        traces: list[Any],
        timeout: aiohttp.ClientTimeout,  # noqa: ASYNC109 - aiohttp's own signature
    ) -> Connection:
        connection = await super().connect(req, traces, timeout)
        sending = _SENDING.get()
        if sending is not None and sending.seconds is not None:
            sending.deadline.reschedule(asyncio.get_running_loop().time() + sending.seconds)
        return connection


_TOKEN_IN_PATH = re.compile(r"/bot[^/\s'\"]+")


def _clean(error: BaseException) -> str:
    """An error's message without the token of any Bot API URL it quotes."""
    return _TOKEN_IN_PATH.sub("/bot<token>", str(error))


def _given(value: ODVInput[float], default: float | None) -> float | None:
    """A call's own timeout, or this transport's when the call left it out."""
    return default if isinstance(value, DefaultValue) else value


# Control characters in a file name, percent-encoded as httpx (and browsers) write them; with
# `quote_fields=False` aiohttp escapes quotes and backslashes itself.
_CONTROL = re.compile(r"[\x00-\x1f]")


def _form(request_data: RequestData) -> aiohttp.FormData:
    """A multipart body: the parameters, then the files (python-telegram-bot's names), with
    file names as typed, not percent-encoded."""
    form = aiohttp.FormData(quote_fields=False)
    for name, value in request_data.json_parameters.items():
        form.add_field(name, value)
    for name, (filename, content, mimetype) in request_data.multipart_data.items():
        safe = _CONTROL.sub(lambda m: f"%{ord(m.group(0)):02X}", filename)
        form.add_field(name, content, filename=safe, content_type=mimetype)
    return form
