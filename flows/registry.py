"""Every dialog Relance has, by name: the one list `start` and `advance` are given flows from.

The dialog engine (`flows.dialog`) knows no dialog; the dialog modules know the engine; this
module imports both and names each flow once:

    reply = dialog.start(FLOWS["new"], context)

A conversation row stores its flow's name, so a name read back from the database may be one
Relance no longer has: `about_application` and `is_quiet` answer False for it.
"""

from __future__ import annotations

from flows.card import AddNote, EditField, RecordAnswer
from flows.coaching import (
    AfterInterview,
    Applied,
    GoodNews,
    MoveReminder,
    NewApplication,
    Refusal,
    Scheduled,
    Switch,
)
from flows.dialog import DialogModel
from flows.paste import Paste, PasteKeep, PasteParts, PasteText
from flows.setup import ForgetFlow, SettingsFlow, SetupFlow

ALL: tuple[type[DialogModel], ...] = (
    SetupFlow,
    SettingsFlow,
    ForgetFlow,
    NewApplication,
    Applied,
    Scheduled,
    AfterInterview,
    Refusal,
    GoodNews,
    MoveReminder,
    Switch,
    RecordAnswer,
    AddNote,
    EditField,
    PasteText,
    Paste,
    PasteParts,
    PasteKeep,
)
FLOWS: dict[str, type[DialogModel]] = {flow.name: flow for flow in ALL}


def about_application(name: str | None) -> bool:
    """Whether the dialog `name` is about one application (nothing to say once it is deleted)."""
    flow = FLOWS.get(name or "")
    return flow is not None and flow.about_application


def is_quiet(name: str | None) -> bool:
    """Whether the dialog `name` is dropped without asking when another one starts."""
    flow = FLOWS.get(name or "")
    return flow is not None and flow.quiet
