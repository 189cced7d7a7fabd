"""The commands Relance answers, in the order the menu shows them."""

from __future__ import annotations

# Each later feature adds its command here (and to help.text) once it works.
COMMANDS: tuple[str, ...] = (
    "start",
    "help",
    "new",
    "list",
    "agenda",
    "stats",
    "export",
    "settings",
    "privacy",
    "cancel",
    "forget",
)
