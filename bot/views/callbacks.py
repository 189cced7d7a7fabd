"""Every kind of button data, in one place.

A button carries a short text, `<prefix>:<field>:<field>`, that comes back when it is pressed.
Each kind is a small frozen dataclass that names its prefix: `pack()` writes the text (at most
64 bytes, Telegram's limit, checked there), and `unpack(data)` reads it back, or gives None for
anything that is not one: another prefix, a missing or extra field, an id that is not plain
ASCII digits within the database's integer range, an action that does not exist. `unpack_any`
reads any of them. The texts are those of the buttons already in users' chats: keep them as
they are.

Fields are read by their type: `int` is a row id or a number (`parse_id`), a `StrEnum` one of
its values, `int | None` a number or `-`, `str` any text (the last field only).
"""

from __future__ import annotations

import typing
from collections.abc import Callable
from dataclasses import Field, astuple, dataclass, fields
from enum import StrEnum
from types import NoneType, UnionType
from typing import Any, ClassVar, Self

CALLBACK_DATA_LIMIT = 64  # bytes, Telegram's limit
ID_MAX = 2**31 - 1  # the database's integer columns
NONE = "-"  # an `int | None` field left empty


def parse_id(text: str) -> int | None:
    """A row id or step number from outside (button data, a URL): plain ASCII digits, within
    the database's integer range; anything else (forged, "²", huge) is None."""
    if not text or len(text) > 10 or not all("0" <= c <= "9" for c in text):
        return None
    value = int(text)
    return value if value <= ID_MAX else None


class Button:
    """The data of one kind of button; subclasses are frozen dataclasses that name a prefix:
    `class CardButton(Button, prefix="c")`."""

    prefix: ClassVar[str]
    __dataclass_fields__: ClassVar[dict[str, Field[Any]]]  # every kind is a dataclass

    def __init_subclass__(cls, prefix: str, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if prefix in KINDS or ":" in prefix:
            raise ValueError(f"button prefix {prefix!r} taken or malformed")
        cls.prefix = prefix
        KINDS[prefix] = cls

    def pack(self) -> str:
        """The button's data, `<prefix>:<field>:...`; a ValueError beyond 64 bytes."""
        parts = [self.prefix] + [_write(value) for value in astuple(self)]
        data = ":".join(parts)
        if len(data.encode()) > CALLBACK_DATA_LIMIT:
            raise ValueError(f"callback data too long: {data!r}")
        return data

    @classmethod
    def unpack(cls, data: str) -> Self | None:
        """The button this data is, or None if it is not one of this kind."""
        prefix, sep, rest = data.partition(":")
        readers = _readers(cls)
        if prefix != cls.prefix or not sep or not readers:
            return None
        texts = rest.split(":", len(readers) - 1)  # the last field takes the rest
        if len(texts) != len(readers):
            return None
        values = [read(text) for read, text in zip(readers, texts, strict=True)]
        if any(value is _INVALID for value in values):
            return None
        return cls(*values)


KINDS: dict[str, type[Button]] = {}  # by prefix
_READERS: dict[type[Button], tuple[Callable[[str], object], ...]] = {}
_INVALID = object()


def unpack_any(data: str) -> Button | None:
    """The button of any kind this data is, or None for anything forged, stale or unknown."""
    kind = KINDS.get(data.partition(":")[0])
    return kind.unpack(data) if kind is not None else None


def _write(value: object) -> str:
    if value is None:
        return NONE
    if isinstance(value, StrEnum):
        return value.value
    return str(value)


def _readers(kind: type[Button]) -> tuple[Callable[[str], object], ...]:
    """How to read each field of a kind, from its type (worked out at its first use)."""
    if kind not in _READERS:
        hints = typing.get_type_hints(kind)
        _READERS[kind] = tuple(_reader(hints[f.name]) for f in fields(kind))
    return _READERS[kind]


def _reader(hint: Any) -> Callable[[str], object]:
    if hint is int:
        return lambda text: _valid(parse_id(text))
    if hint is str:
        return lambda text: text
    if isinstance(hint, UnionType) and set(typing.get_args(hint)) == {int, NoneType}:
        return lambda text: None if text == NONE else _valid(parse_id(text))
    if isinstance(hint, type) and issubclass(hint, StrEnum):
        members = {member.value: member for member in hint}
        return lambda text: members.get(text, _INVALID)
    raise TypeError(f"no button field of type {hint!r}")


def _valid(value: int | None) -> object:
    return _INVALID if value is None else value


# The kinds of buttons, each after the actions it can carry.


@dataclass(frozen=True)
class AnswerButton(Button, prefix="a"):
    """`a:<step>:<value>`: a choice of the open question, valid while its step is current."""

    step: int
    value: str


class MenuAction(StrEnum):
    """Menu shortcuts that work like the command of the same name."""

    HELP, SETTINGS, NEW, LIST = "help", "settings", "new", "list"


@dataclass(frozen=True)
class MenuButton(Button, prefix="m"):
    """`m:<action>`: a shortcut that works like a command."""

    action: MenuAction


class NudgeAction(StrEnum):
    DONE = "d"  # done, I sent it
    LATER, LATER_1, LATER_3 = "l", "l1", "l3"  # later: the choices, next business day, in 3
    ANSWERED, GOOD, REFUSED = "a", "ag", "ar"  # they answered: the choices, good news, a no
    STOP, BACK, OK = "s", "b", "k"  # stop this application; back to the buttons; got it
    YES, NO = "y", "n"  # the quick yes/no
    STALE_CLOSE, STALE_KEEP = "sc", "sk"  # the weekly review: archive the stale ones, or keep
    KEEP_ACCOUNT = "ek"  # keep an account that was about to expire


@dataclass(frozen=True)
class NudgeButton(Button, prefix="n"):
    """`n:<nudge id>:<action>`: a reminder's button; the id is checked against the presser."""

    nudge_id: int
    action: NudgeAction


class CardAction(StrEnum):
    VIEW = "v"
    INTERVIEW = "i"
    CALL = "k"
    ANSWER = "r"
    NOTE = "n"
    EDIT = "e"
    ARCHIVE = "a"
    DELETE = "x"
    DELETE_YES = "xy"
    ACCEPTED = "o"  # I accepted this offer
    WITHDRAW = "w"  # withdraw the other applications in progress


@dataclass(frozen=True)
class CardButton(Button, prefix="c"):
    """`c:<application id>:<action>`: an application card's button, for the presser's own."""

    app_id: int
    action: CardAction


@dataclass(frozen=True)
class ListPage(Button, prefix="l"):
    """`l:<page>`: a page of /list; `l:-` (no page) is the page number between the arrows,
    which does nothing."""

    page: int | None


class AgendaAction(StrEnum):
    MOVE, CANCEL = "m", "c"
    MOVE_1, MOVE_3, MOVE_WEEK = "m1", "m3", "mw"  # next business day, in 3, in a week
    MOVE_TYPED = "mt"  # "another date…": the date is typed


@dataclass(frozen=True)
class AgendaButton(Button, prefix="g"):
    """`g:<nudge id>:<action>`: /agenda's move and cancel."""

    nudge_id: int
    action: AgendaAction
