"""What a finished dialog step asks for (`flows.outcomes`): one handler per outcome type.

`HANDLERS` maps each outcome type to its handler and to the moment of the step it runs at
(`When`): before the dialog's row is stored, once it is closed, on its application after the
flush, or after that. `bot.coach.answers.apply_reply` runs them, within a moment in the order
the dialog gave them. A handler reads and adds to the `Step`; the one that hands a confirmed
recruiter's message over to the usual dialog returns that dialog's first step, to be applied
in turn.

Layers of `bot.coach`, lowest first (a module imports only those before it): `planning`,
`turn`, `dialogs`, `cards`, `reminders`, `paste`, `handover`, `outcomes`, `answers`,
`commands`; `export`, `stats` and `retention` stand apart. The use cases the handlers hand
over to (moving a reminder, reading a recruiter's message) are below, so none imports this.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any, NamedTuple

from bot.coach import paste
from bot.coach.dialogs import FIRST_ACTIONS, SETUP_THEN, ask_again, open_dialog, still_there
from bot.coach.handover import Handed, settle
from bot.coach.planning import plan_for, schedule_interview, schedule_plan
from bot.coach.reminders import move_nudge_to
from bot.coach.turn import Turn
from bot.views.plan import plan_result
from bot.views.render import Outgoing, join, menu_keyboard
from flows import outcomes
from flows.catalog import Text, format_moment
from flows.dialog import Reply
from flows.domain import NudgeKind, Stage
from flows.setup import country_label
from storage.models import Application, Conversation, Interview
from storage.nudges import NudgeRepo
from storage.repositories import ConversationRepo, UserRepo


class When(Enum):
    """The moments of a step at which outcomes run, in this order."""

    STORING = 1  # before the dialog's row is stored (it may still ask a question)
    CLOSING = 2  # the dialog is closed, and what it says not said yet
    APPLICATION = 3  # on the dialog's application, flushed (skipped without one)
    AFTER = 4  # what follows: another dialog, a moved reminder, a message read


@dataclass
class Step:
    """A dialog step being applied: what its outcomes' handlers read and add to."""

    turn: Turn
    conversation: Conversation
    reply: Reply
    app: Application | None
    says: list[Text]
    # Set by a handler that ends the step: nothing after it runs.
    over: bool = False

    @property
    def answers(self) -> dict[str, Any]:
        return self.reply.answers


class Handler(NamedTuple):
    """When an outcome runs, and what runs it (returning a further step to apply, if any)."""

    when: When
    run: Callable[[Step, Any], Awaitable[Handed | None]]


def handler_of(outcome: outcomes.Outcome) -> Handler:
    """The handler of this outcome's type; a type without one is a bug, said at once."""
    handler = HANDLERS.get(type(outcome))
    if handler is None:
        raise TypeError(f"no handler for the dialog outcome {outcome!r}")
    return handler


async def _forget(step: Step, _: outcomes.Forget) -> None:
    turn = step.turn
    lang = turn.lang
    await UserRepo(turn.session).forget(turn.user.id)
    turn.outbox.append(Outgoing(join(lang, [Text("forget.done")])))
    step.over = True


async def _create_application(step: Step, _: outcomes.CreateApplication) -> None:
    turn, answers = step.turn, step.answers
    app = Application(
        user_id=turn.user.id,
        company=answers["company"],
        role=answers.get("role"),
        recruiter_name=answers.get("recruiter_name"),
        recruiter_contact=answers.get("recruiter_contact"),
        stage=Stage(answers["stage"]),
        archived=False,
        created_at=turn.now,
        updated_at=turn.now,
    )
    turn.session.add(app)
    await turn.session.flush()
    step.app = app
    step.conversation.application_id = app.id
    step.says.insert(0, Text("result.created", {"company": app.company}))


async def _setup_done(step: Step, _: outcomes.SetupDone) -> None:
    """The settings said back, then /new carried on in the same message, or the first steps."""
    turn = step.turn
    place = {"country": country_label(turn.user.country), "timezone": turn.user.timezone}
    says = [*step.says, Text("setup.done", place)]
    step.over = True
    if step.answers.get(SETUP_THEN) == "new":
        # /new was sent before the first settings were done: on with it, in one message.
        await open_dialog(turn, "new", *says, confirm_switch=False)
        return
    turn.say(
        *says,
        Text("start.next"),
        markup=menu_keyboard(turn.lang, FIRST_ACTIONS, turn.settings.webapp_url),
    )


async def _stop_reminders(step: Step, _: outcomes.StopReminders) -> None:
    assert step.app is not None
    await NudgeRepo(step.turn.session).stop_for_application(step.app.id, step.turn.now)


async def _add_note(step: Step, _: outcomes.AddNote) -> None:
    app, note = step.app, step.answers.get("note")
    assert app is not None
    if note:
        app.notes = "\n".join(x for x in (app.notes, note) if x)[-4000:]


async def _new_round(turn: Turn, app: Application, at: dt.datetime, notes: Any = None) -> Interview:
    interview = Interview(
        application_id=app.id,
        round=len(app.interviews) + 1,
        at=at,
        notes=notes,
        created_at=turn.now,
    )
    turn.session.add(interview)
    await turn.session.flush()
    return interview


async def _record_interview(step: Step, _: outcomes.RecordInterview) -> None:
    """The interview that took place: the row it already has, or a new round."""
    app, answers = step.app, step.answers
    assert app is not None
    if not answers.get("interview_at"):
        return
    at = dt.datetime.fromisoformat(answers["interview_at"])
    notes = answers.get("notes")
    existing = next((i for i in app.interviews if i.at == at), None)
    if existing is None:
        await _new_round(step.turn, app, at, notes)
    elif notes:
        existing.notes = notes


async def _plan_interview(step: Step, _: outcomes.PlanInterview) -> None:
    turn, app, answers = step.turn, step.app, step.answers
    assert app is not None
    if not answers.get("interview_at"):
        return
    at = dt.datetime.fromisoformat(answers["interview_at"])
    interview = await _new_round(turn, app, at)
    await turn.session.refresh(app, attribute_names=["interviews"])
    await schedule_interview(turn.session, turn.user, app, interview, turn.now)
    turn.say(Text("result.interview"))


async def _make_plan(step: Step, _: outcomes.MakePlan) -> None:
    turn, app = step.turn, step.app
    assert app is not None
    await turn.session.refresh(app, attribute_names=["interviews", "follow_ups"])
    plan = plan_for(app, turn.user, turn.now)
    nudge = await schedule_plan(turn.session, turn.user, app, plan, turn.now)
    turn.outbox.append(plan_result(turn.lang, turn.user, turn.now, plan, nudge))
    if plan.check_in is not None:
        # F4: the progress check-in ("have you acquired it?").
        await NudgeRepo(turn.session).plan(
            user_id=turn.user.id,
            application_id=app.id,
            kind=NudgeKind.CHECK_IN,
            due_at=plan.check_in,
            last_useful_at=None,
            now=turn.now,
        )
        when = format_moment(turn.lang, plan.check_in, turn.user.timezone)
        turn.say(Text("result.check_in", {"when": when, "skill": app.refusal_skill or ""}))


async def _move_nudge(step: Step, _: outcomes.MoveNudge) -> None:
    """A reminder moved to a typed date (/agenda); it may have no application."""
    moved_to = dt.datetime.fromisoformat(step.answers["move_to"])
    await move_nudge_to(step.turn, int(step.answers["nudge_id"]), moved_to)


async def _paste_prompt(step: Step, _: outcomes.PastePrompt) -> None:
    await paste.wait_for_message(step.turn, step.answers)


async def _paste_read(step: Step, _: outcomes.PasteRead) -> None:
    text, draft = str(step.answers.get("text") or ""), step.answers.get("draft") or None
    await paste.start_paste(step.turn, text, draft=draft)


async def _paste_settle(
    step: Step, outcome: outcomes.PasteApply | outcomes.PasteFix
) -> Handed | None:
    return await settle(step.turn, step.answers, fix=isinstance(outcome, outcomes.PasteFix))


async def _then(step: Step, outcome: outcomes.Then) -> None:
    if step.app is not None:
        await open_dialog(step.turn, outcome.flow, application_id=step.app.id, confirm_switch=False)


async def _switch(step: Step, outcome: outcomes.SwitchDrop | outcomes.SwitchResume) -> None:
    """The dialog asked for (`target`), the open one dropped; or the open one (`saved`) again."""
    turn, drop = step.turn, isinstance(outcome, outcomes.SwitchDrop)
    other = step.answers["target" if drop else "saved"]
    if not await still_there(turn, other):
        turn.say(Text("nudge.gone"))
    elif drop:
        await open_dialog(
            turn,
            other["flow"],
            application_id=other.get("application_id"),
            answers=other.get("answers"),
            state=other.get("state"),
            confirm_switch=False,
        )
    else:
        resumed = await ConversationRepo(turn.session).open(
            turn.user.id,
            flow=other["flow"],
            state=other["state"],
            answers=other["answers"],
            now=turn.now,
            application_id=other["application_id"],
        )
        await ask_again(turn, resumed)


HANDLERS: dict[type[outcomes.Outcome], Handler] = {
    outcomes.Forget: Handler(When.STORING, _forget),
    outcomes.CreateApplication: Handler(When.STORING, _create_application),
    outcomes.SetupDone: Handler(When.CLOSING, _setup_done),
    outcomes.StopReminders: Handler(When.APPLICATION, _stop_reminders),
    outcomes.AddNote: Handler(When.APPLICATION, _add_note),
    outcomes.RecordInterview: Handler(When.APPLICATION, _record_interview),
    outcomes.PlanInterview: Handler(When.APPLICATION, _plan_interview),
    outcomes.MakePlan: Handler(When.APPLICATION, _make_plan),
    outcomes.MoveNudge: Handler(When.AFTER, _move_nudge),
    outcomes.PastePrompt: Handler(When.AFTER, _paste_prompt),
    outcomes.PasteRead: Handler(When.AFTER, _paste_read),
    outcomes.PasteApply: Handler(When.AFTER, _paste_settle),
    outcomes.PasteFix: Handler(When.AFTER, _paste_settle),
    outcomes.Then: Handler(When.AFTER, _then),
    outcomes.SwitchDrop: Handler(When.AFTER, _switch),
    outcomes.SwitchResume: Handler(When.AFTER, _switch),
}
