"""Relance's Bot API transport (bot.telegram.transport.AiohttpRequest), driven by
python-telegram-bot's own Bot against the fake Bot API over HTTP: what it sends, and the errors it
raises."""

from __future__ import annotations

import asyncio
import socket
import traceback
from collections.abc import AsyncIterator

import pytest
from aiohttp import web
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, InputFile
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut

from bot.telegram.transport import AiohttpRequest
from testkit.fakebot import FakeBotAPI, FakeUser

TOKEN = "424242:AAE-fake-token_for_tests"
ALICE = FakeUser(id=1001, first_name="Alice", language_code="fr")


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotAPI]:
    """The fake Bot API; at the end, it refused nothing the bot sent as malformed."""
    async with FakeBotAPI(TOKEN) as server:
        yield server
        assert not server.refused, server.refused


def make_bot(base_url: str, **options: float | int | None) -> Bot:
    return Bot(
        TOKEN,
        base_url=base_url,
        request=AiohttpRequest(**options),  # type: ignore[arg-type]
        get_updates_request=AiohttpRequest(connection_pool_size=1),
    )


@pytest.fixture
async def bot(fake: FakeBotAPI) -> AsyncIterator[Bot]:
    async with make_bot(fake.bot_base_url) as client:
        yield client


async def test_a_message_with_html_and_buttons_arrives_as_sent(fake: FakeBotAPI, bot: Bot) -> None:
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("Oui é", callback_data="y:1")]])
    sent = await bot.send_message(
        ALICE.id, "<b>Acme &amp; Fils</b> : 12 €", parse_mode=ParseMode.HTML, reply_markup=markup
    )
    [message] = fake.sent
    assert message.plain_text == "Acme & Fils : 12 €"
    assert message.inline_keyboard == [[{"text": "Oui é", "callback_data": "y:1"}]]
    assert sent.message_id == message.message_id and sent.text == "Acme & Fils : 12 €"


async def test_a_file_is_uploaded_as_multipart_with_its_caption(fake: FakeBotAPI, bot: Bot) -> None:
    content = bytes(range(256)) * 40
    await bot.send_document(
        ALICE.id, InputFile(content, filename="pipeline.csv"), caption="Vos candidatures"
    )
    [message] = fake.sent
    assert message.kind == "document"
    assert message.filename == "pipeline.csv"
    assert message.document == content
    assert message.caption == "Vos candidatures"


async def test_a_file_name_arrives_as_typed(fake: FakeBotAPI, bot: Bot) -> None:
    await bot.send_document(ALICE.id, InputFile(b"a;b\n", filename='Mes "candidatures" é.csv'))
    # A line break in a name cannot break the part's headers: it is percent-encoded.
    await bot.send_document(ALICE.id, InputFile(b"a;b\n", filename="deux\r\nlignes.csv"))
    assert [m.filename for m in fake.sent] == ['Mes "candidatures" é.csv', "deux%0D%0Alignes.csv"]


async def test_a_long_poll_outlasts_the_read_timeout(fake: FakeBotAPI, bot: Bot) -> None:
    # Nothing comes: the server holds the poll for its 2 s, longer than the read timeout
    # alone (python-telegram-bot waits for the poll's timeout plus the read timeout).
    assert await bot.get_updates(timeout=2, read_timeout=0.3) == ()
    fake.push_message(ALICE, "bonjour")
    updates = await bot.get_updates(timeout=2, read_timeout=0.3)
    assert [u.message.text for u in updates if u.message] == ["bonjour"]


@pytest.mark.filterwarnings("ignore:.*retry_after.*:telegram.warnings.PTBDeprecationWarning")
async def test_error_statuses_become_telegram_errors(fake: FakeBotAPI, bot: Bot) -> None:
    fake.fail_next("sendMessage", 403, "Forbidden: bot was blocked by the user")
    with pytest.raises(Forbidden):
        await bot.send_message(ALICE.id, "x")
    fake.fail_next("sendMessage", 429, retry_after=7)
    with pytest.raises(RetryAfter) as flood:
        await bot.send_message(ALICE.id, "x")
    assert flood.value.retry_after == 7
    fake.fail_next("sendMessage", 400, "Bad Request: message text is empty")
    with pytest.raises(BadRequest, match=r"(?i)message text is empty"):
        await bot.send_message(ALICE.id, "x")
    await bot.send_message(ALICE.id, "ok")
    assert [m.text for m in fake.sent] == ["ok"]


async def test_a_slow_answer_times_out_and_the_next_call_works(fake: FakeBotAPI, bot: Bot) -> None:
    fake.delay("sendMessage", 0.6, times=1)
    with pytest.raises(TimedOut):
        await bot.send_message(ALICE.id, "slow", read_timeout=0.1)
    # The server still carries it out once its delay is over: a timeout is not "not sent".
    await fake.wait_until(lambda: len(fake.sent) == 1, timeout=10, what="the slow send")
    await bot.send_message(ALICE.id, "fast")
    assert [m.text for m in fake.sent] == ["slow", "fast"]


async def test_a_full_pool_times_out_without_sending(fake: FakeBotAPI) -> None:
    options = {"connection_pool_size": 1, "pool_timeout": 0.2, "connect_timeout": 0.2}
    async with make_bot(fake.bot_base_url, **options) as client:
        fake.delay("sendMessage", 2.0, times=1)
        slow = asyncio.create_task(client.send_message(ALICE.id, "first"))
        await fake.wait_until(lambda: fake.in_flight == 1, timeout=5, what="the first call")
        with pytest.raises(TimedOut, match="not"):
            await client.send_message(ALICE.id, "second")
        await slow
    assert [m.text for m in fake.sent] == ["first"]


async def test_a_server_that_never_reads_the_upload_times_out() -> None:
    async def swallow(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await asyncio.sleep(30)  # never reads, never answers
        writer.close()

    server = await asyncio.start_server(swallow, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    # No limit on waiting for a connection: the upload's own limit must still hold.
    request = AiohttpRequest(media_write_timeout=0.5, read_timeout=0.5, pool_timeout=None)
    await request.initialize()
    # Not initialized (its getMe would wait forever too): it sends without it.
    client = Bot(TOKEN, base_url=f"http://127.0.0.1:{port}/bot", request=request)
    try:
        with pytest.raises(TimedOut):
            await client.send_document(ALICE.id, InputFile(b"x" * 20_000_000, filename="big"))
    finally:
        await request.shutdown()
        server.close()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_no_server_is_a_network_error() -> None:
    request = AiohttpRequest()
    await request.initialize()
    try:
        with pytest.raises(NetworkError) as error:
            await request.do_request(f"http://127.0.0.1:{free_port()}/bot{TOKEN}/getMe", "POST")
    finally:
        await request.shutdown()
    assert not isinstance(error.value, TimedOut)
    assert "aiohttp." in str(error.value) and TOKEN not in described(error.value)


async def test_it_must_be_initialized_and_shuts_down_twice() -> None:
    request = AiohttpRequest()
    with pytest.raises(RuntimeError, match="not initialized"):
        await request.do_request("http://127.0.0.1:1/", "POST")
    await request.initialize()
    await request.shutdown()
    await request.shutdown()
    with pytest.raises(ValueError):
        AiohttpRequest(connection_pool_size=0)


async def test_a_redirect_is_not_followed_and_the_token_stays_out_of_the_error() -> None:
    hits: list[str] = []

    async def redirect(request: web.Request) -> web.Response:
        hits.append(request.path)
        raise web.HTTPFound("/elsewhere")

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", redirect)
    runner = web.AppRunner(app)
    await runner.setup()
    port = free_port()
    site = web.TCPSite(runner, "127.0.0.1", port)
    await site.start()
    request = AiohttpRequest()
    await request.initialize()
    try:
        with pytest.raises(NetworkError) as error:
            await request.post(f"http://127.0.0.1:{port}/bot{TOKEN}/getMe")
    finally:
        await request.shutdown()
        await runner.cleanup()
    assert hits == [f"/bot{TOKEN}/getMe"]
    assert TOKEN not in described(error.value)


def described(error: BaseException) -> str:
    """All a log line with this error's traceback would show."""
    return "".join(traceback.format_exception(error))


async def test_errors_never_show_the_token_even_in_their_traceback() -> None:
    async def garbled(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: abc\r\n\r\n{}")
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(garbled, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    request = AiohttpRequest(connection_pool_size=1, pool_timeout=0.1, connect_timeout=0.1)
    await request.initialize()
    try:
        # A malformed answer: aiohttp's own message quotes the URL, token included.
        with pytest.raises(NetworkError) as garbled_answer:
            await request.post(f"http://LOCALHOST:{port}/bot{TOKEN}/getMe")
        # No free connection in time: aiohttp's message quotes the URL too.
        release, held = asyncio.Event(), asyncio.Event()

        async def hold(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            held.set()
            await release.wait()
            writer.close()

        slow = await asyncio.start_server(hold, "127.0.0.1", 0)
        slow_url = f"http://127.0.0.1:{slow.sockets[0].getsockname()[1]}/bot{TOKEN}/getMe"
        first = asyncio.create_task(request.do_request(slow_url, "POST", read_timeout=5))
        await asyncio.wait_for(held.wait(), 5)  # the pool's one connection is taken
        with pytest.raises(TimedOut) as no_connection:
            await request.do_request(slow_url, "POST")
        release.set()
        with pytest.raises(NetworkError):
            await first
        slow.close()
    finally:
        await request.shutdown()
        server.close()
    assert "aiohttp." in str(garbled_answer.value)
    assert "not* sent" in str(no_connection.value)
    for error in (garbled_answer.value, no_connection.value):
        assert TOKEN not in described(error) and TOKEN.split(":")[1] not in described(error)


@pytest.mark.parametrize("bypassed", [False, True])
async def test_the_environments_proxy_is_used_unless_no_proxy_names_the_host(
    monkeypatch: pytest.MonkeyPatch, fake: FakeBotAPI, bypassed: bool
) -> None:
    through_proxy: list[str] = []

    async def proxy(request: web.Request) -> web.Response:
        through_proxy.append(str(request.url))
        return web.json_response({"ok": True, "result": True})

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", proxy)
    runner = web.AppRunner(app)
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{port}")
    if bypassed:
        monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    request = AiohttpRequest()
    await request.initialize()  # the environment is read here
    try:
        status, _body = await request.do_request(f"{fake.bot_base_url}{TOKEN}/getMe", "POST")
    finally:
        await request.shutdown()
        await runner.cleanup()
    assert status == 200
    if bypassed:
        assert through_proxy == [] and [c.method for c in fake.calls] == ["getMe"]
    else:
        assert through_proxy == [f"{fake.bot_base_url}{TOKEN}/getMe"] and fake.calls == []
