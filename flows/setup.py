"""The first-use setup, the settings menu and the confirmation before erasing everything."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from typing import Any, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

import holidays

from flows import outcomes
from flows.dialog import (
    Answer,
    Choice,
    DialogModel,
    Question,
    Rejected,
    Text,
    TwoButtons,
    choices_of,
    on_answer,
)

# The places proposed as buttons: country code (with subdivision) and time zone.
PLACES: dict[str, str] = {
    "FR": "Europe/Paris",
    "BE": "Europe/Brussels",
    "CH": "Europe/Zurich",
    "LU": "Europe/Luxembourg",
    "CA-QC": "America/Toronto",
}
OTHER = "other"
NUDGE_HOUR_MIN = dt.time(7, 0)
NUDGE_HOUR_MAX = dt.time(17, 0)


@functools.cache
def _timezones_by_lower_name() -> dict[str, str]:
    return {name.lower(): name for name in available_timezones()}


def parse_timezone(value: str) -> str | None:
    """The canonical IANA name of a typed time zone ("europe/paris" gives "Europe/Paris")."""
    name = _timezones_by_lower_name().get(value.strip().replace(" ", "_").lower())
    if name is None:
        return None
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    return name


def parse_country(value: str) -> str | None:
    """A country code known to `holidays`, with an optional subdivision ("ca-qc" gives "CA-QC")."""
    code = value.strip().upper().replace("_", "-")
    country, _, subdivision = code.partition("-")
    supported = holidays.list_supported_countries()
    if country not in supported:
        return None
    if subdivision and subdivision not in supported[country]:
        return None
    return code


def parse_nudge_hour(value: str) -> dt.time | None:
    """A time of day between 07:00 and 17:00, typed as 8, 8h, 08:30 or 8h30."""
    cleaned = value.strip().lower().replace("h", ":").replace(".", ":")
    hour_text, _, minute_text = cleaned.partition(":")
    try:
        hour = int(hour_text)
        minute = int(minute_text) if minute_text else 0
        moment = dt.time(hour, minute)
    except ValueError:
        return None
    if not NUDGE_HOUR_MIN <= moment <= NUDGE_HOUR_MAX:
        return None
    return moment


_Parsed = TypeVar("_Parsed")


def _parsed(parse: Callable[[str], _Parsed | None], value: str, invalid: str) -> _Parsed:
    """What `parse` makes of a typed value, or the refusal `invalid` that quotes it."""
    parsed = parse(value)
    if parsed is None:
        raise Rejected(Text(invalid, {"value": value}))
    return parsed


def country_label(code: str) -> Text:
    """How a country shows: its name for the proposed ones, else its code."""
    if code in PLACES:
        return Text(f"country.{code}")
    return Text("dialog.raw", {"value": code})


def _place_question() -> Question:
    return Question(Text("setup.country"), choices_of("country", (*PLACES, OTHER)), columns=2)


class PlaceMixin(DialogModel):
    """The country and time zone questions, shared by the setup and the settings."""

    def place_question(self, state: str) -> Question | None:
        if state == "country":
            return _place_question()
        if state == "timezone":
            return Question(Text("setup.timezone"), free_text=True, text_limit=64)
        if state == "country_code":
            return Question(Text("setup.country_code"), free_text=True, text_limit=16)
        return None

    def parse_place_text(self, state: str, value: str) -> Any:
        if state == "timezone":
            return _parsed(parse_timezone, value, "setup.timezone_invalid")
        if state == "country_code":
            return _parsed(parse_country, value, "setup.country_invalid")
        return value

    def is_other(self) -> bool:
        return bool(self.value == OTHER)

    def set_place(self) -> None:
        """Store a proposed place, both its country and its time zone."""
        self.user_changes["country"] = self.value
        self.user_changes["timezone"] = PLACES[self.value]

    def set_timezone(self) -> None:
        self.answers["timezone"] = self.value

    def set_typed_place(self) -> None:
        self.user_changes["country"] = self.value
        self.user_changes["timezone"] = self.answers["timezone"]


PLACE_TRANSITIONS: list[dict[str, Any]] = [
    on_answer("country", "timezone", conditions="is_other"),
    on_answer("timezone", "country_code", after="set_timezone"),
]


class SetupFlow(PlaceMixin):
    """First use: where the user is job hunting (country, time zone)."""

    name = "setup"
    states = ["country", "timezone", "country_code"]
    initial = "country"
    transitions = [
        *PLACE_TRANSITIONS,
        on_answer("country", "done", after=["set_place", "finish"]),
        on_answer("country_code", "done", after=["set_typed_place", "finish"]),
    ]

    def question(self, state: str) -> Question:
        question = self.place_question(state)
        assert question is not None, state
        return question

    def parse_text(self, state: str, value: str) -> Any:
        return self.parse_place_text(state, value)

    def finish(self) -> None:
        self.user_changes["onboarded"] = True
        self.outcomes.append(outcomes.SetupDone())


class SettingsFlow(PlaceMixin):
    """/settings: a menu of what can change, back to the menu after each change."""

    name = "settings"
    quiet = True
    states = ["menu", "language", "country", "timezone", "country_code", "nudge_hour"]
    initial = "menu"
    transitions = [
        on_answer("menu", "done", conditions="wants_close", after="closed"),
        on_answer("menu", "menu", conditions="wants_pause", after="toggle_pause"),
        on_answer("menu", "language", conditions="wants_language"),
        on_answer("menu", "country", conditions="wants_place"),
        on_answer("menu", "nudge_hour", conditions="wants_hour"),
        on_answer("language", "menu", after="set_language"),
        *PLACE_TRANSITIONS,
        on_answer("country", "menu", after="set_place"),
        on_answer("country_code", "menu", after="set_typed_place"),
        on_answer("nudge_hour", "menu", after="set_hour"),
    ]

    def wants_close(self) -> bool:
        return bool(self.value == "close")

    def wants_pause(self) -> bool:
        return bool(self.value == "pause")

    def toggle_pause(self) -> None:
        self.user_changes["paused_all"] = not self._profile_value("paused_all")

    def wants_language(self) -> bool:
        return bool(self.value == "language")

    def wants_place(self) -> bool:
        return bool(self.value == "place")

    def wants_hour(self) -> bool:
        return bool(self.value == "nudge_hour")

    def on_enter_menu(self) -> None:
        self.says.append(Text("settings.saved"))

    def closed(self) -> None:
        self.says.append(Text("settings.closed"))

    def set_language(self) -> None:
        self.user_changes["language"] = self.value

    def set_hour(self) -> None:
        self.user_changes["nudge_hour"] = self.value

    def _profile_value(self, name: str) -> Any:
        return self.user_changes.get(name, getattr(self.context.profile, name))

    def question(self, state: str) -> Question:
        place = self.place_question(state)
        if place is not None:
            return place
        if state == "menu":
            hour: dt.time = self._profile_value("nudge_hour")
            paused: bool = self._profile_value("paused_all")
            params = {
                "language": Text(f"lang.{self._profile_value('language')}"),
                "country": country_label(self._profile_value("country")),
                "timezone": self._profile_value("timezone"),
                "nudge_hour": hour.strftime("%H:%M"),
                "nudges": Text("settings.nudges_paused" if paused else "settings.nudges_on"),
            }
            pause_label = "settings.choice.resume" if paused else "settings.choice.pause"
            choices = (
                Choice("language", Text("settings.choice.language")),
                Choice("place", Text("settings.choice.place")),
                Choice("nudge_hour", Text("settings.choice.nudge_hour")),
                Choice("pause", Text(pause_label)),
                Choice("close", Text("settings.choice.close")),
            )
            return Question(Text("settings.menu", params), choices)
        if state == "language":
            return Question(
                Text("settings.language"),
                choices_of("lang", ("fr", "en")),
            )
        if state == "nudge_hour":
            hours = tuple(
                Choice(f"{h:02d}:00", Text("dialog.raw", {"value": f"{h:02d}:00"}))
                for h in range(NUDGE_HOUR_MIN.hour, NUDGE_HOUR_MAX.hour + 1)
            )
            return Question(
                Text("settings.nudge_hour"), hours, free_text=True, columns=4, text_limit=16
            )
        raise KeyError(state)

    def accept(self, state: str, answer: Answer) -> Any:
        value = super().accept(state, answer)
        if state == "nudge_hour" and isinstance(value, str):
            return parse_nudge_hour(value)
        return value

    def parse_text(self, state: str, value: str) -> Any:
        if state == "nudge_hour":
            hour = _parsed(parse_nudge_hour, value, "settings.nudge_hour_invalid")
            return hour.strftime("%H:%M")
        return self.parse_place_text(state, value)


class ForgetFlow(TwoButtons):
    """/forget: one confirmation, then every row of the user is deleted."""

    name = "forget"
    quiet = True
    states = ["confirm"]
    first = Choice("yes", Text("forget.yes"))
    second = Choice("no", Text("forget.no"))

    def asking(self) -> Text:
        return Text("forget.confirm")

    def on_first(self) -> None:
        self.outcomes.append(outcomes.Forget())

    def on_second(self) -> None:
        self.says.append(Text("forget.kept"))
