"""The end-to-end harness: the real Relance Application against the fake Bot API over HTTP.

Tests read like a user's actions:

    alice = await relance.user(first_name="Alice", language_code="fr")
    await alice.send("/start")
    await alice.click("France")
    assert "C'est noté" in alice.last.plain_text

`send` and `click` return once the bot has finished handling that update (a marker handler in
the last group sees it), so no test waits on a timer.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import itertools
import socket
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from telegram import Update
from telegram.ext import Application, ContextTypes, TypeHandler

from bot.settings import Settings
from bot.telegram import runner
from bot.telegram.app import ALLOWED_UPDATES, build_application
from bot.telegram.pacing import ChatPacer
from bot.telegram.webhook import WebhookServer
from bot.webapp.server import BoardServer
from testkit.fakebot import FakeBotAPI, FakeUser, SentMessage, find_button

HANG_GUARD_S = 20.0  # only stops a broken test from hanging; no test asserts a timing
WEBHOOK_SECRET = "relance-test-webhook-secret-0123456789"


class TestClock:
    """A settable clock handed to the bot instead of the real one."""

    __test__ = False  # a helper, not a test class, wherever it is imported

    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def pacer(application: Application) -> ChatPacer:
    """The Application's outbox pacer."""
    limiter = application.bot.rate_limiter
    assert isinstance(limiter, ChatPacer)
    return limiter


@dataclass
class Relance:
    """A running Relance bot process, in-process, and its fake Telegram."""

    fake: FakeBotAPI
    database_url: str
    mode: str
    clock: TestClock
    application: Application | None = None
    webhook_port: int | None = None
    webhook: WebhookServer | None = None
    board: BoardServer | None = None
    _processed: dict[int, asyncio.Event] = field(default_factory=dict)
    _ids: Any = field(default_factory=lambda: itertools.count(1001))

    def settings(self, **overrides: Any) -> Settings:
        values: dict[str, Any] = {
            "telegram_bot_token": self.fake.token,
            "telegram_api_base_url": self.fake.base_url,
            "database_url": self.database_url,
            "default_language": "fr",
            # The tests tick the reminder engine themselves, on their clock.
            "dispatch_interval_s": 3600,
        }
        values.update(overrides)
        return Settings(_env_file=None, **values)  # type: ignore[call-arg]

    async def start(self, **overrides: Any) -> None:
        """Start the bot as `python -m bot` would: post_init, then polling or the webhook."""
        application = build_application(self.settings(**overrides), clock=self.clock)
        # Tests type faster than one message a second in a chat: only the tests of the pacing
        # itself wait for it (`pacer(...).set_pace`); the order per chat and the 429 retries
        # stay on for all.
        pacer(application).set_pace(1, 0.0)
        application.add_handler(TypeHandler(Update, self._mark_processed), group=10_000)
        await runner.start(application)
        assert application.updater is not None
        if self.mode == "webhook":
            self.webhook_port = free_port()
            self.webhook = WebhookServer(
                application, secret=WEBHOOK_SECRET, listen="127.0.0.1", port=self.webhook_port
            )
            await runner.start_board(application, self.webhook)
            await self.webhook.start()
            await application.bot.set_webhook(
                f"http://127.0.0.1:{self.webhook_port}/telegram",
                secret_token=WEBHOOK_SECRET,
                allowed_updates=ALLOWED_UPDATES,
            )
        else:
            self.board = await runner.start_board(application)
            await application.updater.start_polling(
                poll_interval=0, timeout=1, allowed_updates=ALLOWED_UPDATES
            )
        await application.start()
        self.application = application

    async def stop(self) -> None:
        """Stop the bot as on SIGTERM."""
        application = self.application
        if application is None:
            return
        self.application = None
        await runner.stop(application, self.webhook, self.board)
        self.webhook = None
        self.board = None

    async def restart(self) -> None:
        await self.stop()
        await self.start()

    async def _mark_processed(self, update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
        self._event(update.update_id).set()

    def _event(self, update_id: int) -> asyncio.Event:
        return self._processed.setdefault(update_id, asyncio.Event())

    async def processed(self, update_id: int) -> None:
        """Wait until the bot has handled this update completely."""
        await asyncio.wait_for(self._event(update_id).wait(), HANG_GUARD_S)

    async def tick(self) -> Any:
        """Run one reminder engine tick at the test clock's time."""
        from bot.telegram.app import get_reminder_engine

        assert self.application is not None
        return await get_reminder_engine(self.application.bot_data).tick(self.clock())

    def services(self) -> Any:
        from bot.services import get_services

        assert self.application is not None
        return get_services(self.application.bot_data)

    async def user(
        self,
        *,
        first_name: str = "Alice",
        language_code: str | None = "fr",
        user_id: int | None = None,
    ) -> Client:
        user = FakeUser(
            id=user_id if user_id is not None else next(self._ids),
            first_name=first_name,
            language_code=language_code,
        )
        return Client(self, user)


@dataclass
class Client:
    """One Telegram user talking to the bot."""

    relance: Relance
    user: FakeUser

    @property
    def id(self) -> int:
        return self.user.id

    @property
    def fake(self) -> FakeBotAPI:
        return self.relance.fake

    @property
    def last(self) -> SentMessage:
        """The last message the bot sent this user, as it stands now (after edits)."""
        return self.fake.last_message(self.user.id)

    def messages(self) -> list[SentMessage]:
        return self.fake.messages(self.user.id)

    async def _deliver(self, push: Callable[[], int]) -> list[SentMessage]:
        """Push one update, wait until the bot has handled it; return what it sent this user."""
        before = len(self.fake.sent)
        await self.relance.processed(push())
        return [m for m in self.fake.sent[before:] if m.chat_id == self.user.id]

    async def send(self, text: str) -> list[SentMessage]:
        """Type a message (or a command); return what the bot sent back."""
        return await self._deliver(lambda: self.fake.push_message(self.user, text))

    async def click(self, label: str, message: SentMessage | None = None) -> list[SentMessage]:
        """Press the button whose label contains `label` (on the last message with buttons)."""
        target = message or self.last_with_buttons()
        return await self._deliver(lambda: self.fake.press_button(self.user, target, label))

    async def clicks(self, *labels: str) -> list[SentMessage]:
        """Press these buttons in turn, each on the last message with buttons, as a user walks
        through a dialog; return what the bot sent back to the last press."""
        replies: list[SentMessage] = []
        for label in labels:
            replies = await self.click(label)
        return replies

    async def press(self, message: SentMessage, data: str) -> list[SentMessage]:
        """Send raw callback data on a message, as a forged or old button would."""
        return await self._deliver(lambda: self.fake.push_callback(self.user, message, data))

    def last_with_buttons(self) -> SentMessage:
        for message in reversed(self.messages()):
            if message.buttons:
                return message
        raise AssertionError("the bot sent this user no message with buttons")

    def last_answer_text(self) -> str | None:
        """The text of the answer to this user's last button press (a toast), if any."""
        answers = [q for q in self.fake.callback_queries.values() if q.user.id == self.user.id]
        if not answers or answers[-1].answer is None:
            return None
        text = answers[-1].answer.get("text")
        return str(text) if text is not None else None

    def button_data(self, message: SentMessage, label: str) -> str:
        return find_button(message, label)[1]
