"""A user's open dialog: opening it, asking its question (again), and what is known of it.

A dialog's state and answers live in the user's one `Conversation` row; every function here
runs inside the turn's transaction and only collects what to say. Answering a dialog and
running what its step asks for is `bot.coach.answers` (with the handlers of `bot.coach.outcomes`),
above this module and the use cases that open dialogs (`cards`, `reminders`, `paste`).

Layers of `bot.coach`, lowest first (a module imports only those before it): `planning`,
`turn`, `dialogs`, `cards`, `reminders`, `paste`, `handover`, `outcomes`, `answers`,
`commands`; `export`, `stats` and `retention` stand apart.
"""

from __future__ import annotations

from typing import Any

from bot.coach.planning import load_application
from bot.coach.turn import Turn
from bot.views.render import keyboard, menu_keyboard
from flows import dialog, registry
from flows.catalog import Text
from flows.dialog import Answer, Question, Reply
from flows.paste import PASTE_NOTE
from storage.models import Application, Conversation
from storage.repositories import ApplicationRepo, ConversationRepo

FIRST_ACTIONS = ["new", "list", "settings", "help"]
# In the setup's answers: the command to carry on with once it is done.
SETUP_THEN = "then"
# Answers a dialog gets without asking, by state: what a pasted recruiter's message said.
KNOWN = "_known"


def greet(turn: Turn, first_name: str) -> None:
    """The greeting: who Relance is, in three lines, and the first actions."""
    turn.say(
        Text("start.welcome", {"name": first_name}),
        Text("start.pitch"),
        Text("start.next"),
        markup=menu_keyboard(turn.lang, FIRST_ACTIONS, turn.settings.webapp_url),
    )


def ask(turn: Turn, conversation: Conversation, question: Question, *lead: Text) -> None:
    """Queue the question with its buttons (tied to the dialog's step), after `lead`."""
    turn.say(*lead, question.text, markup=keyboard(turn.lang, conversation.step, question))


async def load_snapshot(turn: Turn, application_id: int | None) -> bool:
    """Tell the dialog what is known of its application (plain values, read without loading
    the ORM object); whether it has one that is still there."""
    turn.application = {}
    if application_id is None:
        return False
    app = await ApplicationRepo(turn.session).facts(turn.user.id, application_id)
    if app is None:
        return False
    past = [(at, notes) for at, notes in app.interviews if at <= turn.now]
    turn.application = {
        "id": app.id,
        "company": app.company,
        "role": app.role,
        "stage": app.stage.value,
        "company_size": app.company_size,
        "urgency": app.urgency,
        "interview_at": past[-1][0].isoformat() if past else None,
        "interview_notes": past[-1][1] if past else None,
        "recruiter_name": app.recruiter_name,
        "recruiter_contact": app.recruiter_contact,
    }
    return True


async def open_dialog(
    turn: Turn,
    flow: str,
    *lead: Text,
    application_id: int | None = None,
    answers: dict[str, Any] | None = None,
    state: str | None = None,
    confirm_switch: bool = True,
) -> None:
    """Open `flow` and ask its first question. If another dialog is open, first ask whether to
    drop it (its state is kept in the question, to resume it)."""
    repo = ConversationRepo(turn.session)
    current = await repo.get(turn.user.id, for_update=True)
    if confirm_switch and current is not None and not registry.is_quiet(current.flow):
        saved = {
            "flow": current.flow,
            "state": current.state,
            "answers": current.answers,
            "application_id": current.application_id,
        }
        target = {
            "flow": flow,
            "application_id": application_id,
            "answers": answers or {},
            "state": state,
        }
        await open_dialog(
            turn,
            "switch",
            *lead,
            answers={"saved": saved, "target": target},
            confirm_switch=False,
        )
        return
    await load_snapshot(turn, application_id)
    reply = dialog.start(registry.FLOWS[flow], turn.context, answers or {}, state=state)
    assert reply.state is not None and reply.question is not None
    conversation = await repo.open(
        turn.user.id,
        flow=flow,
        state=reply.state,
        answers=reply.answers,
        now=turn.now,
        application_id=application_id,
    )
    ask(turn, conversation, reply.question, *lead)


async def ask_again(turn: Turn, conversation: Conversation, *lead: Text) -> None:
    """Ask the open question once more, with its buttons (same step: they stay valid)."""
    await load_snapshot(turn, conversation.application_id)
    question = dialog.current_question(
        registry.FLOWS[conversation.flow], conversation.state, conversation.answers, turn.context
    )
    ask(turn, conversation, question, *lead)


def advance_known(flow: str, reply: Reply, turn: Turn) -> Reply:
    """Give the dialog the answers a pasted recruiter's message already gave (`KNOWN`, by
    state), while it asks for them; what each step said is kept, in order."""
    says = list(reply.says)
    while reply.state is not None:
        known = dict(reply.answers.get(KNOWN) or {})
        given = known.pop(reply.state, None)
        if given is None:
            break
        answers = {**reply.answers, KNOWN: known}
        following = dialog.advance(
            registry.FLOWS[flow], reply.state, answers, turn.context, Answer(*given)
        )
        if following.rejected:
            break
        says.extend(following.says)
        following.says = says
        reply = following
    return reply


async def offer_note(turn: Turn, app: Application, text: str) -> None:
    """A confirmed pasted message's coaching is given: offer to keep its text as a note. If
    another dialog about it follows, the text rides along in that one's row until then."""
    current = await ConversationRepo(turn.session).get(turn.user.id, for_update=True)
    if current is None:
        await open_dialog(
            turn,
            "paste_keep",
            application_id=app.id,
            answers={PASTE_NOTE: text},
            confirm_switch=False,
        )
    elif current.application_id == app.id:
        current.answers = {**current.answers, PASTE_NOTE: text}


async def still_there(turn: Turn, dialog_state: dict[str, Any]) -> bool:
    """Whether the application a saved dialog is about still exists (if it is about one)."""
    app_id = dialog_state.get("application_id")
    if not registry.about_application(dialog_state.get("flow")) and app_id is None:
        return True
    if app_id is None:
        return False
    return await load_application(turn.session, turn.user.id, app_id) is not None
