"""What a finished dialog step asks the bot to do, beyond storing its answers.

A dialog appends these to its `outcomes`, in the order they are to happen; `Reply.outcomes`
carries them to the coach (`bot.coach.outcomes`), which runs each through one table of handlers
keyed by type. They are plain frozen data, so a dialog stays testable without a bot:

    assert reply.outcomes == [CreateApplication(), Then("applied")]

The answers a step gathered stay in `Reply.answers`; an outcome names only what to do with them.
"""

from __future__ import annotations

from dataclasses import dataclass


class Outcome:
    """The base of every outcome; a handler is found by the outcome's exact type."""


@dataclass(frozen=True)
class Forget(Outcome):
    """Erase everything Relance holds about the user (the answers end there)."""


@dataclass(frozen=True)
class SetupDone(Outcome):
    """The first settings are given: say them, then the first steps (or carry on with /new)."""


@dataclass(frozen=True)
class CreateApplication(Outcome):
    """Create the application the answers describe, and tie the dialog to it."""


@dataclass(frozen=True)
class StopReminders(Outcome):
    """Stop the application's pending reminders (an offer ends the waiting)."""


@dataclass(frozen=True)
class AddNote(Outcome):
    """Add the answers' `note` to the application's notes."""


@dataclass(frozen=True)
class RecordInterview(Outcome):
    """Record the interview that took place at the answers' `interview_at` (with its notes)."""


@dataclass(frozen=True)
class PlanInterview(Outcome):
    """Add the interview scheduled at the answers' `interview_at`, and plan its reminders."""


@dataclass(frozen=True)
class MakePlan(Outcome):
    """Plan the application's follow-ups from its stage (and the check-in, if any)."""


@dataclass(frozen=True)
class MoveNudge(Outcome):
    """Move the reminder `nudge_id` of the answers to their `move_to` moment."""


@dataclass(frozen=True)
class PastePrompt(Outcome):
    """Wait for the recruiter's message, the answers kept as its draft."""


@dataclass(frozen=True)
class PasteRead(Outcome):
    """Read the recruiter's message the answers hold (`text`)."""


@dataclass(frozen=True)
class PasteApply(Outcome):
    """The reading is confirmed: coach the application it is about, with what it said."""


@dataclass(frozen=True)
class PasteFix(Outcome):
    """The reading is not right: ask the usual questions, prefilled with what was read."""


@dataclass(frozen=True)
class Then(Outcome):
    """Open the dialog `flow` about the same application."""

    flow: str


@dataclass(frozen=True)
class SwitchDrop(Outcome):
    """Drop the open dialog and open the one asked for (the answers' `target`)."""


@dataclass(frozen=True)
class SwitchResume(Outcome):
    """Go back to the open dialog (the answers' `saved`)."""
