"""Tests of the fake Bot API server, driven by python-telegram-bot's own client."""

from __future__ import annotations

import asyncio
import datetime as dtm
import warnings
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from telegram import (
    Bot,
    BotCommand,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    Update,
)
from telegram.constants import ParseMode
from telegram.error import (
    BadRequest,
    Conflict,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TimedOut,
)
from telegram.ext import ApplicationBuilder, CommandHandler, ContextTypes

from testkit.fakebot import FakeBotAPI, FakeUser, find_button, parse_entities

TOKEN = "424242:AAE-fake-token_for_tests"
ALICE = FakeUser(id=1001, first_name="Alice", language_code="fr", username="alice")
BOB = FakeUser(id=1002, first_name="Bob", language_code=None)
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI(TOKEN) as server:
        yield server


@pytest.fixture
async def bot(fake: FakeBotAPI) -> AsyncIterator[Bot]:
    async with Bot(TOKEN, base_url=fake.bot_base_url) as client:
        yield client


def keyboard(*buttons: tuple[str, str]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(text, callback_data=data)] for text, data in buttons]
    )


def retry_after_seconds(exc: RetryAfter) -> float:
    with warnings.catch_warnings():  # PTB 22 deprecates the int form of retry_after
        warnings.simplefilter("ignore")
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, dtm.timedelta) else float(value)


# ------------------------------------------------------------------ basics


async def test_get_me(fake: FakeBotAPI, bot: Bot) -> None:
    me = await bot.get_me()
    assert me.id == 424242
    assert me.is_bot
    assert me.username == "relance_test_bot"
    assert me.can_join_groups is True
    assert fake.calls[0].method == "getMe"
    assert fake.base_url.startswith("http://127.0.0.1:")


async def test_wrong_token_is_unauthorized(fake: FakeBotAPI) -> None:
    bad = Bot("1:wrong", base_url=fake.bot_base_url)
    try:
        with pytest.raises(InvalidToken, match="rejected"):
            await bad.initialize()  # calls getMe
    finally:
        await bad.shutdown()
    assert fake.refused[-1][:2] == ("getMe", "Unauthorized")


async def test_raw_http_unknown_method_json_body_and_query(fake: FakeBotAPI) -> None:
    async with aiohttp.ClientSession() as http:
        async with http.post(f"{fake.bot_base_url}{TOKEN}/fooBar") as resp:
            assert resp.status == 404
            assert await resp.json() == {"ok": False, "error_code": 404, "description": "Not Found"}
        async with http.post(f"{fake.bot_base_url}1:wrong/getMe") as resp:
            assert resp.status == 401
            assert (await resp.json())["description"] == "Unauthorized"
        body = {
            "chat_id": 7,
            "text": "<b>json</b>",
            "parse_mode": "HTML",
            "reply_markup": {"inline_keyboard": [[{"text": "A", "callback_data": "a"}]]},
        }
        async with http.post(f"{fake.bot_base_url}{TOKEN}/SENDMESSAGE", json=body) as resp:
            data = await resp.json()
            assert resp.status == 200
            assert data["ok"] is True
            assert data["result"]["text"] == "json"
            assert data["result"]["entities"] == [{"type": "bold", "offset": 0, "length": 4}]
            assert data["result"]["reply_markup"] == body["reply_markup"]
        async with http.get(f"{fake.bot_base_url}{TOKEN}/getUpdates?timeout=0") as resp:
            assert await resp.json() == {"ok": True, "result": []}
    assert fake.sent[-1].chat_id == 7
    assert fake.calls_of("sendMessage")[0]["reply_markup"] == body["reply_markup"]


# ------------------------------------------------------------------ sendMessage and refusals


async def test_send_message_html_is_recorded(fake: FakeBotAPI, bot: Bot) -> None:
    html = 'Bonjour <b>Alice</b> 😀 <i>é</i> &amp; <a href="https://example.org/x">lien</a>'
    message = await bot.send_message(
        ALICE.id, html, parse_mode=ParseMode.HTML, reply_markup=keyboard(("Oui", "yes:1"))
    )
    assert message.text == "Bonjour Alice 😀 é & lien"
    assert message.text_html == html
    assert message.from_user is not None and message.from_user.is_bot
    assert message.chat.type == "private"
    assert message.reply_markup == keyboard(("Oui", "yes:1"))
    sent = fake.sent[-1]
    assert (sent.chat_id, sent.message_id, sent.kind) == (ALICE.id, message.message_id, "message")
    assert sent.text == html
    assert sent.parse_mode == "HTML"
    assert sent.reply_markup == {"inline_keyboard": [[{"text": "Oui", "callback_data": "yes:1"}]]}
    assert fake.last_message(ALICE.id) == sent
    assert find_button(sent, "Ou") == ("Oui", "yes:1")
    assert find_button(message, "Oui") == ("Oui", "yes:1")  # a telegram.Message works too
    params = fake.calls_of("sendMessage")[0]
    assert params["chat_id"] == ALICE.id
    assert isinstance(params["reply_markup"], dict)
    assert not fake.refused


async def test_length_is_counted_after_entity_parsing(fake: FakeBotAPI, bot: Bot) -> None:
    await bot.send_message(1, "<b>" + "é" * 4096 + "</b>", parse_mode=ParseMode.HTML)
    with pytest.raises(BadRequest, match=r"(?i)message is too long"):
        await bot.send_message(1, "x" * 5000)
    with pytest.raises(BadRequest, match=r"(?i)message is too long"):
        await bot.send_message(1, "&amp;" * 4097, parse_mode=ParseMode.HTML)
    with pytest.raises(BadRequest, match=r"(?i)message text is empty"):
        await bot.send_message(1, "<b> </b>", parse_mode=ParseMode.HTML)
    assert [r.description for r in fake.refused] == [
        "Bad Request: message is too long",
        "Bad Request: message is too long",
        "Bad Request: message text is empty",
    ]
    assert len(fake.sent) == 1


@pytest.mark.parametrize(
    "text",
    ["<b>x", "a < b", "a & b", "<b>x</i>", "<br>", "<span>x</span>", "</b>", "&nbsp;"],
)
async def test_broken_html_is_refused(fake: FakeBotAPI, bot: Bot, text: str) -> None:
    with pytest.raises(BadRequest, match=r"(?i)can't parse entities"):
        await bot.send_message(1, text, parse_mode=ParseMode.HTML)
    assert fake.refused[-1].method == "sendMessage"
    assert fake.refused[-1].description.startswith("Bad Request: can't parse entities: ")
    assert not fake.sent


async def test_markdown_v2_reserved_characters(fake: FakeBotAPI, bot: Bot) -> None:
    ok = await bot.send_message(1, "*Relance* demain\\.", parse_mode=ParseMode.MARKDOWN_V2)
    assert ok.text == "Relance demain."
    with pytest.raises(BadRequest, match="reserved"):
        await bot.send_message(1, "Relance demain.", parse_mode=ParseMode.MARKDOWN_V2)


async def test_inline_keyboard_validation(fake: FakeBotAPI, bot: Bot) -> None:
    await bot.send_message(1, "ok", reply_markup=keyboard(("a", "x" * 64)))
    await bot.send_message(1, "ok", reply_markup=keyboard(("a", "é" * 32)))
    with pytest.raises(BadRequest, match=r"(?i)BUTTON_DATA_INVALID"):
        await bot.send_message(1, "too long", reply_markup=keyboard(("a", "x" * 65)))
    with pytest.raises(BadRequest, match=r"(?i)BUTTON_DATA_INVALID"):
        await bot.send_message(1, "too long", reply_markup=keyboard(("a", "é" * 32 + "x")))
    with pytest.raises(BadRequest, match=r"(?i)text buttons are unallowed"):
        await bot.send_message(
            1, "no action", reply_markup=InlineKeyboardMarkup([[InlineKeyboardButton("a")]])
        )
    both = InlineKeyboardButton("a", callback_data="a")
    both._unfreeze()
    both.url = "https://example.org"
    with pytest.raises(BadRequest, match="exactly one"):
        await bot.send_message(1, "two actions", reply_markup=InlineKeyboardMarkup([[both]]))
    url_button = InlineKeyboardButton("site", url="https://example.org")
    await bot.send_message(1, "url", reply_markup=InlineKeyboardMarkup([[url_button]]))
    assert len(fake.sent) == 3
    assert len(fake.refused) == 4


async def test_documents_and_photos(fake: FakeBotAPI, bot: Bot) -> None:
    document = await bot.send_document(
        ALICE.id,
        b"BEGIN:VCALENDAR",
        filename="relance.ics",
        caption="<b>Rappel</b>",
        parse_mode=ParseMode.HTML,
    )
    photo = await bot.send_photo(ALICE.id, b"\x89PNG fake", caption="graphique")
    assert document.document is not None and document.document.file_name == "relance.ics"
    assert document.caption == "Rappel"
    assert photo.photo and photo.caption == "graphique"
    doc, pic = fake.sent
    assert (doc.kind, doc.filename, doc.document, doc.caption) == (
        "document",
        "relance.ics",
        b"BEGIN:VCALENDAR",
        "<b>Rappel</b>",
    )
    assert (pic.kind, pic.photo, pic.caption) == ("photo", b"\x89PNG fake", "graphique")
    again = await bot.send_document(BOB.id, document.document.file_id)
    assert fake.sent[-1].document == b"BEGIN:VCALENDAR"
    assert again.document is not None
    with pytest.raises(BadRequest, match=r"(?i)caption is too long"):
        await bot.send_photo(ALICE.id, b"x", caption="c" * 1025)


# ------------------------------------------------------------------ edits, deletes, callbacks


async def test_edits_and_deletes(fake: FakeBotAPI, bot: Bot) -> None:
    markup = keyboard(("Oui", "y"), ("Non", "n"))
    message = await bot.send_message(
        ALICE.id, "<b>Relancer ?</b>", parse_mode=ParseMode.HTML, reply_markup=markup
    )
    with pytest.raises(BadRequest, match=r"(?i)message is not modified"):
        await bot.edit_message_text(
            "<strong>Relancer ?</strong>",
            ALICE.id,
            message.message_id,
            parse_mode=ParseMode.HTML,
            reply_markup=markup,
        )
    with pytest.raises(BadRequest, match=r"(?i)message is not modified"):
        await bot.edit_message_reply_markup(ALICE.id, message.message_id, reply_markup=markup)
    edited = await bot.edit_message_text(
        "Relancer ?", ALICE.id, message.message_id, reply_markup=markup
    )  # bold removed: modified
    assert isinstance(edited, type(message)) and edited.edit_date is not None
    await bot.edit_message_reply_markup(ALICE.id, message.message_id)  # keyboard removed
    current = fake.chats[ALICE.id][message.message_id]
    assert (current.plain_text, current.reply_markup, current.edit_count) == ("Relancer ?", None, 2)
    assert fake.sent[0].reply_markup is not None  # fake.sent keeps the original
    with pytest.raises(BadRequest, match=r"(?i)message to edit not found"):
        await bot.edit_message_text("x", ALICE.id, 999)
    assert await bot.delete_message(ALICE.id, message.message_id)
    with pytest.raises(BadRequest, match=r"(?i)message to delete not found"):
        await bot.delete_message(ALICE.id, message.message_id)
    assert ALICE.id not in fake.chats or not fake.chats[ALICE.id]
    assert len(fake.refused) == 4


async def test_callback_queries(fake: FakeBotAPI, bot: Bot) -> None:
    sent = await bot.send_message(ALICE.id, "Relancer ?", reply_markup=keyboard(("Oui", "y")))
    first = fake.press_button(ALICE, fake.last_message(ALICE.id), "Oui")
    second = fake.push_callback(BOB, fake.last_message(ALICE.id), "forged")
    updates = await bot.get_updates(timeout=0)
    assert [u.update_id for u in updates] == [first, second]
    query = updates[0].callback_query
    assert query is not None and query.data == "y"
    assert query.from_user.id == ALICE.id
    assert isinstance(query.message, Message) and query.message.message_id == sent.message_id
    assert query.message.reply_markup == sent.reply_markup
    assert sorted(fake.unanswered_callback_queries()) == sorted(
        [query.id, updates[1].callback_query.id]  # type: ignore[union-attr]
    )
    assert await bot.answer_callback_query(query.id, text="C'est noté")
    with pytest.raises(BadRequest, match=r"(?i)query is too old"):
        await bot.answer_callback_query(query.id)
    with pytest.raises(BadRequest, match=r"(?i)query is too old"):
        await bot.answer_callback_query("123")
    assert fake.callback_queries[query.id].answer == {"text": "C'est noté"}
    assert fake.unanswered_callback_queries() == [updates[1].callback_query.id]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("html", "plain", "entities"),
    [
        ("<b>a<i>b</i></b>", "ab", [("bold", 0, 2, None), ("italic", 1, 1, None)]),
        ("😀 <u>é</u>", "😀 é", [("underline", 3, 1, None)]),  # UTF-16 offsets
        ("&lt;&gt;&amp;&quot;&#233;&#xE9;", '<>&"éé', []),
        ('<pre><code class="language-py">x</code></pre>', "x", [("pre", 0, 1, "py")]),
        (
            '<a href="https://e.org/?q=1&amp;r=2">l</a>',
            "l",
            [("text_link", 0, 1, "https://e.org/?q=1&r=2")],
        ),
        (
            "<blockquote expandable>q</blockquote> <tg-spoiler>s</tg-spoiler>",
            "q s",
            [("expandable_blockquote", 0, 1, None), ("spoiler", 2, 1, None)],
        ),
        ("  <b> padded </b>\n", "padded", [("bold", 0, 6, None)]),
    ],
)
def test_parse_entities_html(
    html: str, plain: str, entities: list[tuple[str, int, int, str | None]]
) -> None:
    parsed = parse_entities(html, "HTML")
    assert parsed.text == plain
    assert [
        (e["type"], e["offset"], e["length"], e.get("language") or e.get("url"))
        for e in parsed.entities
    ] == entities


def test_find_button_lists_labels() -> None:
    markup = {
        "inline_keyboard": [
            [
                {"text": "Oui", "callback_data": "y"},
                {"text": "Oui, relancer", "callback_data": "yr"},
            ],
            [{"text": "Site", "url": "https://example.org"}],
        ]
    }
    assert find_button(markup, "Oui") == ("Oui", "y")  # the exact label wins
    assert find_button({"reply_markup": markup}, "relancer") == ("Oui, relancer", "yr")
    with pytest.raises(AssertionError, match=r"'Oui', 'Oui, relancer', 'Site'"):
        find_button(markup, "Non")
    with pytest.raises(AssertionError, match="not a callback button"):
        find_button(markup, "Site")
    with pytest.raises(AssertionError, match="buttons are"):
        find_button(None, "Oui")


# ------------------------------------------------------------------ fault injection


@pytest.mark.filterwarnings("ignore:.*retry_after.*:telegram.warnings.PTBDeprecationWarning")
async def test_fail_next_retry_after_forbidden_and_5xx(fake: FakeBotAPI, bot: Bot) -> None:
    fake.fail_next("sendMessage", 429, retry_after=7)
    with pytest.raises(RetryAfter) as info:
        await bot.send_message(1, "x")
    assert retry_after_seconds(info.value) == 7
    fake.fail_next("sendMessage", 403, times=2)
    for _ in range(2):
        with pytest.raises(Forbidden, match="bot was blocked by the user"):
            await bot.send_message(1, "x")
    fake.fail_next("*", 502)
    with pytest.raises(NetworkError):
        await bot.send_chat_action(1, "typing")
    fake.fail_next("sendMessage", 400, "Bad Request: chat not found")
    with pytest.raises(BadRequest, match=r"(?i)chat not found"):
        await bot.send_message(1, "x")
    await bot.send_message(1, "finally")
    assert [s.text for s in fake.sent] == ["finally"]
    assert [(i.method, i.error_code) for i in fake.injected] == [
        ("sendMessage", 429),
        ("sendMessage", 403),
        ("sendMessage", 403),
        ("sendChatAction", 502),
        ("sendMessage", 400),
    ]
    assert not fake.refused


async def test_fail_chat_until_cleared(fake: FakeBotAPI, bot: Bot) -> None:
    fake.fail_chat(BOB.id, 403)
    with pytest.raises(Forbidden):
        await bot.send_message(BOB.id, "x")
    with pytest.raises(Forbidden):
        await bot.send_chat_action(BOB.id, "typing")
    await bot.send_message(ALICE.id, "ok")
    fake.clear_failures()
    await bot.send_message(BOB.id, "ok")
    assert [s.chat_id for s in fake.sent] == [ALICE.id, BOB.id]


async def test_delay_makes_the_client_time_out(fake: FakeBotAPI, bot: Bot) -> None:
    fake.delay("sendMessage", 0.5, times=1)
    with pytest.raises(TimedOut):
        await bot.send_message(1, "slow", read_timeout=0.1)
    # Like a real server, the request is still executed once its delay is over.
    await fake.wait_until(lambda: len(fake.sent) == 1, timeout=10, what="the slow send")
    await bot.send_message(1, "fast", read_timeout=5)
    assert [s.text for s in fake.sent] == ["slow", "fast"]


@pytest.mark.filterwarnings("ignore:.*retry_after.*:telegram.warnings.PTBDeprecationWarning")
async def test_global_flood_limit() -> None:
    async with (
        FakeBotAPI(TOKEN, rate_limit=2) as fake,
        Bot(TOKEN, base_url=fake.bot_base_url) as bot,
    ):
        floods = 0
        for index in range(6):
            try:
                await bot.send_message(1, f"m{index}")
            except RetryAfter as exc:
                assert retry_after_seconds(exc) == 1
                floods += 1
        assert floods >= 1
        assert fake.floods == floods
        assert len(fake.sent) == 6 - floods
        assert not fake.refused


@pytest.mark.filterwarnings("ignore:.*retry_after.*:telegram.warnings.PTBDeprecationWarning")
async def test_per_chat_flood_limit_counts_new_messages_of_each_chat() -> None:
    # A refill so slow that no token comes back during the test: no timing involved.
    async with (
        FakeBotAPI(TOKEN, chat_rate_limit=0.01, chat_burst=3) as fake,
        Bot(TOKEN, base_url=fake.bot_base_url) as bot,
    ):
        first = [await bot.send_message(1, f"m{index}") for index in range(3)]
        with pytest.raises(RetryAfter) as flood:
            await bot.send_message(1, "one too many")
        assert retry_after_seconds(flood.value) == 100  # until one token is back
        # Edits are not new messages; another chat has its own bucket.
        await bot.edit_message_text("m0 edited", chat_id=1, message_id=first[0].message_id)
        await bot.send_message(2, "another chat")
        assert fake.chat_floods == 1 and fake.floods == 0
        assert [m.text for m in fake.sent] == ["m0", "m1", "m2", "another chat"]
        assert not fake.refused


# ------------------------------------------------------------------ commands and misc methods


async def test_commands_menu_button_and_chat_action(fake: FakeBotAPI, bot: Bot) -> None:
    await bot.set_my_commands(
        [BotCommand("start", "Commencer"), BotCommand("aide", "Aide")], language_code="fr"
    )
    await bot.set_my_commands([BotCommand("start", "Start")])
    assert fake.commands == {
        "fr": [
            {"command": "start", "description": "Commencer"},
            {"command": "aide", "description": "Aide"},
        ],
        "": [{"command": "start", "description": "Start"}],
    }
    assert [c.command for c in await bot.get_my_commands(language_code="fr")] == ["start", "aide"]
    assert await bot.get_my_commands(language_code="de") == ()
    await bot.delete_my_commands(language_code="fr")
    assert list(fake.commands) == [""]
    with pytest.raises(BadRequest, match=r"(?i)BOT_COMMAND_INVALID"):
        await bot.set_my_commands([BotCommand("Start", "x")])
    await bot.set_chat_menu_button()
    await bot.send_chat_action(ALICE.id, "typing")
    assert fake.chat_actions == [(ALICE.id, "typing")]
    assert await bot.close() and await bot.log_out()
    assert fake.closed_by_bot and fake.logged_out


# ------------------------------------------------------------------ getUpdates and webhooks


async def test_get_updates_long_poll_and_offset(fake: FakeBotAPI, bot: Bot) -> None:
    first = fake.push_message(ALICE, "bonjour")
    updates = await bot.get_updates(timeout=0)
    assert [u.update_id for u in updates] == [first]
    assert updates[0].message is not None and updates[0].message.text == "bonjour"
    assert updates[0].message.from_user is not None
    assert updates[0].message.from_user.language_code == "fr"
    await fake.wait_update_taken(first)
    # Not confirmed yet: handed out again.
    assert [u.update_id for u in await bot.get_updates(timeout=0)] == [first]

    mark = len(fake.calls)
    poll = asyncio.create_task(bot.get_updates(offset=first + 1, timeout=5))
    await fake.wait_for_call("getUpdates", since=mark)
    assert not poll.done()
    second = fake.push_message(BOB, "/start ref_42")
    updates = await asyncio.wait_for(poll, 10)  # a hang guard only
    assert [u.update_id for u in updates] == [second]
    message = updates[0].message
    assert message is not None and message.text == "/start ref_42"
    assert message.parse_entities() == {message.entities[0]: "/start"}
    assert message.entities[0].type == "bot_command"

    third, fourth, fifth = (fake.push_message(ALICE, t) for t in ("a", "b", "c"))
    updates = await bot.get_updates(offset=second + 1, limit=2, timeout=0)
    assert [u.update_id for u in updates] == [third, fourth]
    updates = await bot.get_updates(offset=fourth + 1, timeout=0)
    assert [u.update_id for u in updates] == [fifth]
    assert await bot.get_updates(offset=fifth + 1, timeout=0) == ()
    assert fake.pending_update_ids == []
    assert not fake.refused


async def test_app_receives_start_command_in_polling_mode(fake: FakeBotAPI) -> None:
    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.message is not None
        await update.message.reply_text("hi")

    app = ApplicationBuilder().token(TOKEN).base_url(fake.bot_base_url).build()
    app.add_handler(CommandHandler("start", start))
    await app.initialize()
    await app.start()
    assert app.updater is not None
    await app.updater.start_polling(poll_interval=0, timeout=1)
    try:
        update_id = fake.push_message(ALICE, "/start")
        await fake.wait_update_taken(update_id)
        call = await asyncio.wait_for(fake.wait_for_call("sendMessage"), 10)
    finally:
        await app.updater.stop()
        await app.stop()
        await app.shutdown()
    assert call.params["chat_id"] == ALICE.id
    assert [(s.chat_id, s.text) for s in fake.sent] == [(ALICE.id, "hi")]
    assert not fake.refused
    assert fake.calls_of("deleteWebhook")  # PTB's polling bootstrap


async def test_webhook_delivery_with_secret(fake: FakeBotAPI, bot: Bot) -> None:
    received: list[tuple[str | None, dict[str, Any]]] = []

    async def ok(request: web.Request) -> web.Response:
        received.append((request.headers.get(SECRET_HEADER), await request.json()))
        return web.Response(text="ok")

    async def broken(request: web.Request) -> web.Response:
        return web.Response(status=500, text="boom")

    receiver = web.Application()
    receiver.router.add_post("/hook", ok)
    receiver.router.add_post("/broken", broken)
    runner = web.AppRunner(receiver, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    root = f"http://127.0.0.1:{runner.addresses[0][1]}"
    try:
        queued = fake.push_message(ALICE, "queued before setWebhook")
        assert await bot.set_webhook(f"{root}/hook", secret_token="s3cr3t")
        update_id = fake.push_message(ALICE, "/start")
        await fake.wait_update_taken(queued)
        await fake.wait_update_taken(update_id)
        assert [(secret, body["update_id"]) for secret, body in received] == [
            ("s3cr3t", queued),
            ("s3cr3t", update_id),
        ]
        assert received[1][1]["message"]["text"] == "/start"
        info = await bot.get_webhook_info()
        assert info.url == f"{root}/hook" and info.pending_update_count == 0
        with pytest.raises(Conflict):
            await bot.get_updates(timeout=0)
        fake.refused.clear()

        await bot.set_webhook(f"{root}/broken")
        failed = fake.push_message(ALICE, "lost")
        with pytest.raises(AssertionError, match="failed"):
            await fake.wait_update_taken(failed)
        assert [(f.update_id, f.status) for f in fake.webhook_failures] == [(failed, 500)]
        assert (await bot.get_webhook_info()).last_error_message is not None

        assert await bot.delete_webhook()
        later = fake.push_message(ALICE, "polling again")
        assert [u.update_id for u in await bot.get_updates(timeout=0)] == [later]
        assert len(received) == 2
        assert not fake.refused
    finally:
        await runner.cleanup()


async def test_allowed_updates_and_drop_pending(fake: FakeBotAPI, bot: Bot) -> None:
    member = fake.push_raw(
        {
            "chat_member": {
                "chat": ALICE.chat_dict(),
                "from": ALICE.to_dict(),
                "date": 0,
                "old_chat_member": {"status": "member", "user": ALICE.to_dict()},
                "new_chat_member": {"status": "kicked", "user": ALICE.to_dict(), "until_date": 0},
            }
        }
    )
    message = fake.push_message(ALICE, "hello")
    updates = await bot.get_updates(timeout=0)  # chat_member is opt-in on Telegram
    assert [u.update_id for u in updates] == [message]
    with pytest.raises(AssertionError, match="filtered"):
        await fake.wait_update_taken(member)
    unread = fake.push_message(BOB, "never read")
    assert fake.pending_update_ids == [unread]
    assert await bot.delete_webhook(drop_pending_updates=True)
    assert fake.update_state(unread) == "dropped"
    assert fake.update_state(message) == "taken"
    assert fake.pending_update_ids == []
    assert await bot.get_updates(timeout=0) == ()
