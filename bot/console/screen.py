"""The console's screen: Telegram HTML printed as terminal text, each message's buttons numbered,
and what a typed number or label presses."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import TextIO

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.coach.turn import Turn
from bot.views.render import Outgoing
from flows.catalog import Text, format_moment, render

EXPORTS_DIR = Path("data/exports")


class ConsoleClock:
    """The console's time: set once at start, moved forward only by /wait."""

    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


@dataclass(frozen=True)
class Choice:
    """A button of a printed message: what it says and the callback data it carries."""

    label: str
    data: str | None


@dataclass(frozen=True)
class SentMessage:
    """What the reminder engine reads back from a send."""

    message_id: int


class _PlainText(HTMLParser):
    """Telegram HTML to terminal text: tags dropped, entities unescaped, <pre> indented."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.pre: list[str] | None = None
        self.href: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "pre":
            self.pre = []
        elif tag == "a":
            self.href = dict(attrs).get("href")

    def handle_endtag(self, tag: str) -> None:
        if tag == "pre" and self.pre is not None:
            lines = "".join(self.pre).strip("\n").split("\n")
            self.parts.append("\n".join(f"    {line}" if line else "" for line in lines))
            self.pre = None
        elif tag == "a" and self.href:
            self.parts.append(f" ({self.href})")
            self.href = None

    def handle_data(self, data: str) -> None:
        (self.pre if self.pre is not None else self.parts).append(data)


def plain_text(html_text: str) -> str:
    """The message as it reads in a terminal."""
    parser = _PlainText()
    parser.feed(html_text)
    parser.close()
    return "".join(parser.parts).strip("\n")


class Screen:
    """What the console prints, and the choices the next number or label picks from."""

    def __init__(self, out: TextIO, clock: ConsoleClock, first_id: int = 1) -> None:
        self.out = out
        self.clock = clock
        self.lang = "fr"
        self.timezone = "UTC"
        self._next_id = first_id
        self._texts: dict[int, str] = {}
        self.last_message_id: int | None = None
        # The choices of the last message that has some: a number typed picks one of them.
        self.choices: list[Choice] = []
        self.choices_message_id: int | None = None

    def line(self, text: str = "") -> None:
        self.out.write(f"{text}\n")
        self.out.flush()

    def say(self, text: Text) -> None:
        """A line of the console itself, from the catalog."""
        self.line(plain_text(render(self.lang, text)))

    def moment(self) -> str:
        return format_moment(self.lang, self.clock.now, self.timezone)

    def message(self, html_text: str, markup: InlineKeyboardMarkup | None = None) -> int:
        """Print a new message and its choices; its message id."""
        message_id = self._next_id
        self._next_id += 1
        self.last_message_id = message_id
        text = plain_text(html_text)
        self._texts[message_id] = text
        self.line()
        if text:
            self.line(text)
        self._show_choices(message_id, markup)
        return message_id

    def edit(self, item: Outgoing) -> None:
        """An edit of an earlier message: print only what it adds, and its new choices."""
        assert item.edit_message_id is not None
        message_id = item.edit_message_id
        if not item.markup_only:
            before = set(self._texts.get(message_id, "").split("\n"))
            text = plain_text(item.text)
            self._texts[message_id] = text
            added = [line for line in text.split("\n") if line.strip() and line not in before]
            if added:
                self.line("\n".join(added))
        self._show_choices(message_id, item.markup)

    def _show_choices(self, message_id: int, markup: InlineKeyboardMarkup | None) -> None:
        rows = [list(row) for row in markup.inline_keyboard] if markup is not None else []
        if not any(rows):
            if self.choices_message_id == message_id:
                self.choices, self.choices_message_id = [], None
            return
        choices: list[Choice] = []
        for row in rows:
            cells = []
            for button in row:
                choices.append(Choice(button.text, _callback_data(button)))
                link = f" ({button.url})" if button.url else ""
                cells.append(f"{len(choices)}) {button.text}{link}")
            self.line("  " + "   ".join(cells))
        self.choices, self.choices_message_id = choices, message_id

    def match(self, typed: str) -> Choice | None:
        """The choice whose label is `typed` (any case), or the only one it begins; only while
        those choices are on the last message (after a question without any, words answer it)."""
        if self.choices_message_id != self.last_message_id:
            return None
        wanted = typed.casefold()
        for choice in self.choices:
            if wanted in _names(choice.label):
                return choice
        found = [c for c in self.choices if any(n.startswith(wanted) for n in _names(c.label))]
        return found[0] if len(found) == 1 else None

    def file(self, name: str, content: bytes) -> None:
        path = EXPORTS_DIR / Path(name).name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
        self.say(Text("console.file", {"name": path.name, "size": len(content), "path": path}))

    def photo(self, content: bytes) -> None:
        path = EXPORTS_DIR / "stats.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
        self.say(Text("console.photo", {"path": path}))

    def outbox(self, turn: Turn) -> None:
        """Print what one input produced, in order, then its notice."""
        for item in turn.outbox:
            if item.edit_message_id is not None:
                self.edit(item)
                continue
            if item.text or (item.document is None and item.photo is None):
                self.message(item.text, item.markup)
            if item.document is not None:
                self.file(*item.document)
            if item.photo is not None:
                self.photo(item.photo)
        if turn.toast:
            self.line(f"({turn.toast})")


def _names(label: str) -> tuple[str, str]:
    """A label as one may type it: whole, or without its leading emoji and symbols."""
    folded = label.casefold().strip()
    return folded, re.sub(r"^[\W_]+", "", folded) or folded


def _callback_data(button: InlineKeyboardButton) -> str | None:
    """A button's callback data (PTB allows any object there; ours are strings)."""
    return button.callback_data if isinstance(button.callback_data, str) else None
