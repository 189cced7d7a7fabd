"""The console front end: `python -m bot --console` talks to the coach in this terminal.

The same dialogs, policy and storage as on Telegram (`bot.coach.commands` over one transaction per
input), without a token; only the rendering differs. Each message is printed as plain text,
its choices numbered. Type a number or a choice's label to press it, free text to answer a
question, or a /command. `/wait 3d` (or 30m, 2h, 1w) moves the console's clock forward and
delivers the reminders that come due meanwhile; `/board` serves the board on this machine and
prints its address, signed for the console's user; `/quit` or the end of input leaves.

Nothing here decides anything about a dialog: a line becomes `actions.command`, `actions.text`
or `buttons.press`, and the reminder engine's `tick(now)` runs on the console's clock.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import re
import secrets
import sys
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from typing import TextIO
from urllib.parse import quote

from telegram import InlineKeyboardMarkup
from telegram import User as TelegramUser

from bot.coach import commands as actions
from bot.coach.buttons import press
from bot.coach.turn import Turn, take_turn
from bot.console.screen import (
    Choice,
    ConsoleClock,
    Screen,
    SentMessage,
    plain_text,
)
from bot.console.stdin import each_line, typed_lines
from bot.delivery.engine import ReminderEngine
from bot.services import Services, open_database
from bot.settings import Settings
from bot.views.render import Outgoing, join
from bot.webapp.auth import sign_init_data
from bot.webapp.server import BoardRoutes, BoardServer
from flows.catalog import Text
from storage.nudges import NudgeRepo
from storage.repositories import UserRepo

logger = logging.getLogger(__name__)

# The one local user of the console (a Telegram user id that no real account has).
LOCAL_USER = TelegramUser(id=1, first_name="", is_bot=False, language_code=None)
WAIT_UNITS = {
    "m": dt.timedelta(minutes=1),
    "h": dt.timedelta(hours=1),
    "d": dt.timedelta(days=1),
    "j": dt.timedelta(days=1),
    "w": dt.timedelta(weeks=1),
}
WAIT_MAX = dt.timedelta(days=3 * 366)
# Enough for every nudge of a long wait; only stops a loop that would never end.
WAIT_MAX_TICKS = 10_000


def parse_wait(arg: str) -> dt.timedelta | None:
    """`3d`, `2h`, `1w`, `30m` (or several: `1d12h`) as a duration; None if unreadable."""
    arg = arg.replace(" ", "").lower()
    if not re.fullmatch(r"(\d{1,6}[mhdjw])+", arg):
        return None
    total = sum(
        (int(n) * WAIT_UNITS[unit] for n, unit in re.findall(r"(\d+)([mhdjw])", arg)),
        dt.timedelta(),
    )
    return total if dt.timedelta() < total <= WAIT_MAX else None


class ConsoleBot:
    """The part of `telegram.Bot` the reminder engine uses: nudges are printed, never refused."""

    def __init__(self, screen: Screen) -> None:
        self.screen = screen

    async def send_message(
        self,
        chat_id: int,
        text: str,
        reply_markup: InlineKeyboardMarkup | None = None,
        **_: object,
    ) -> SentMessage:
        """Print a nudge, headed by the console's time."""
        self.screen.line()
        self.screen.say(Text("console.at", {"when": self.screen.moment()}))
        return SentMessage(self.screen.message(text, reply_markup))


class Console:
    """One local user talking to the coach: each line is one turn, then a reminder engine tick."""

    def __init__(self, services: Services, clock: ConsoleClock, screen: Screen) -> None:
        self.services = services
        self.clock = clock
        self.screen = screen
        self.reminders = ReminderEngine(services, ConsoleBot(screen))
        self.board_server: BoardServer | None = None
        # The console has no bot token: its board's init data is signed with a key of its own.
        self.board_key = secrets.token_urlsafe(32)
        self.pasting: list[str] | None = None

    async def turn(self, act: Callable[[Turn], Awaitable[None]]) -> None:
        """One transaction around a Turn, as for a Telegram update; print once committed."""
        turn, _ = await take_turn(self.services, LOCAL_USER, act)
        self.screen.lang, self.screen.timezone = turn.lang, turn.user.timezone
        self.screen.outbox(turn)

    async def handle(self, line: str) -> bool:
        """Act on one typed line; False when it asks to leave. After `/paste`, lines are a
        recruiter's message until a line with a single "."."""
        if self.pasting is not None:
            if line.strip() != ".":
                self.pasting.append(line.rstrip("\n"))
                return True
            text, self.pasting = "\n".join(self.pasting), None
            await self.turn(lambda t: actions.paste(t, text, whole=True))
            await self.tick()
            return True
        line = line.strip()
        if not line:
            return True
        if line.startswith("/"):
            word, _, rest = line[1:].partition(" ")
            name = word.split("@", 1)[0].lower()
            if name == "quit":
                return False
            if name == "paste" and not rest.strip():
                self.pasting = []
                self.screen.say(Text("console.paste"))
                return True
            if name == "wait":
                await self.wait(rest)
            elif name == "board":
                await self.board()
            else:
                await self.turn(
                    lambda t: actions.command(t, name, t.text(Text("console.you")), rest)
                )
                if name == "help":
                    self.screen.say(Text("console.help"))
        elif line.isdecimal() and self.screen.choices:
            number, count = int(line), len(self.screen.choices)
            if 1 <= number <= count:
                await self.press(self.screen.choices[number - 1])
            else:
                self.screen.say(Text("console.pick_range", {"count": count}))
        elif (choice := self.screen.match(line)) is not None:
            await self.press(choice)
        else:
            await self.turn(lambda t: actions.text(t, line))
        await self.tick()
        return True

    async def board(self) -> None:
        """Serve the board on 127.0.0.1 (WEBAPP_PORT, or any free port) and print its address,
        with init data signed for the console's user, to open in a desktop browser."""
        if self.board_server is None:
            routes = BoardRoutes(self.services, self.board_key, self._board_said)
            port = self.services.settings.webapp_port or 0
            self.board_server = BoardServer(routes, listen="127.0.0.1", port=port)
            await self.board_server.start()
        init_data = sign_init_data(
            self.board_key, LOCAL_USER.id, self.clock(), first_name=LOCAL_USER.first_name
        )
        url = (
            f"http://127.0.0.1:{self.board_server.port}/app"
            f"#tgWebAppData={quote(init_data, safe='')}"
        )
        self.screen.say(Text("board.console", {"url": url}))

    async def _board_said(self, _user_id: int, outbox: list[Outgoing]) -> None:
        """What the chat would say about a change made on the board, printed here."""
        for item in outbox:
            if item.edit_message_id is None and item.text:
                self.screen.message(item.text, item.markup)

    async def close(self) -> None:
        if self.board_server is not None:
            await self.board_server.stop()
            self.board_server = None

    async def press(self, choice: Choice) -> None:
        """Press a button of the message whose choices are shown."""
        if choice.data is None:
            return
        data, message_id = choice.data, self.screen.choices_message_id
        await self.turn(lambda t: press(t, data, message_id))

    async def tick(self) -> None:
        """Deliver the nudges due at the console's time."""
        await self.reminders.tick(self.clock())

    async def wait(self, arg: str) -> None:
        """Move the clock forward, delivering each nudge at the moment it comes due."""
        delta = parse_wait(arg)
        if delta is None:
            self.screen.say(Text("console.wait_usage"))
            return
        target = self.clock.now + delta
        for _ in range(WAIT_MAX_TICKS):
            due = await self._next_due()
            if due is None or due > target:
                break
            self.clock.now = max(self.clock.now, due)
            if not (await self.reminders.tick(self.clock.now)).claimed:
                break  # due but held (reminders paused): nothing more comes before the target
        self.clock.now = target
        self.screen.line()
        self.screen.say(Text("console.now", {"when": self.screen.moment()}))

    async def _next_due(self) -> dt.datetime | None:
        async with self.services.session() as session:
            return await NudgeRepo(session).next_pending_due()

    async def load_user(self) -> None:
        """Speak the local user's language from the first line, if they exist already."""
        self.screen.lang = self.services.settings.default_language
        self.screen.timezone = self.services.settings.default_timezone
        async with self.services.session() as session:
            user = await UserRepo(session).get(LOCAL_USER.id)
            if user is not None:
                self.screen.lang, self.screen.timezone = user.language, user.timezone


async def _last_message_id(services: Services) -> int:
    """The highest message id already stored, so this run's ids never meet an earlier one's."""
    async with services.session() as session:
        return await NudgeRepo(session).last_message_id()


async def run(
    settings: Settings,
    lines: AsyncIterator[str] | Iterable[str],
    out: TextIO,
    *,
    start: dt.datetime | None = None,
    echo: bool = True,
) -> int:
    """Run the console over `lines`, printing to `out`; the exit status.

    `start` is the console clock's first reading (the real time when not given); with `echo`,
    each line read is printed after "> ", so a transcript reads like the session.
    """
    clock = ConsoleClock(start if start is not None else dt.datetime.now(dt.UTC))
    engine, sessionmaker = await open_database(settings.database_url)
    console: Console | None = None
    try:
        services = Services(
            settings=settings, clock=clock, engine=engine, sessionmaker=sessionmaker
        )
        screen = Screen(out, clock, first_id=await _last_message_id(services) + 1)
        console = Console(services, clock, screen)
        await console.load_user()
        screen.say(Text("console.hint"))
        await console.tick()
        async for line in each_line(lines):
            if echo:
                screen.line(f"> {line.rstrip()}")
            try:
                if not await console.handle(line):
                    break
            except Exception:
                logger.exception("console input failed")
                screen.line(plain_text(join(screen.lang, [Text("error.retry")])))
        screen.line()
        screen.say(Text("console.bye"))
        return 0
    finally:
        if console is not None:
            await console.close()
        await engine.dispose()


def main(settings: Settings) -> int:
    """Run the coach in this terminal until end of input or /quit; the exit status."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="replace")
    interactive = sys.stdin.isatty()
    try:
        return asyncio.run(
            run(settings, typed_lines(interactive), sys.stdout, echo=not interactive)
        )
    except KeyboardInterrupt:
        print()
        return 130
