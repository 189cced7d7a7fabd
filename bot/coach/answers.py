"""A user's answer to their open dialog: given to it, and what its step says stored and done.

`answer_dialog` gives the answer to the dialog (`flows.dialog.advance`); `apply_reply` stores
what the step changed (the user, the application, the dialog's row), queues what it says and
asks, and runs its outcomes through `bot.coach.outcomes.HANDLERS`, moment by moment.

Layers of `bot.coach`, lowest first (a module imports only those before it): `planning`,
`turn`, `dialogs`, `cards`, `reminders`, `paste`, `handover`, `outcomes`, `answers`,
`commands`; `export`, `stats` and `retention` stand apart.
"""

from __future__ import annotations

from bot.coach.dialogs import KNOWN, advance_known, ask, load_snapshot, offer_note
from bot.coach.outcomes import Step, When, handler_of
from bot.coach.planning import load_application, replan_user
from bot.coach.turn import Turn
from bot.views.render import Outgoing
from flows import dialog, registry
from flows.catalog import Text
from flows.dialog import Answer, Reply
from flows.paste import PASTE_NOTE
from storage.models import Application, Conversation
from storage.repositories import ConversationRepo

# A change of these re-plans the user's pending nudges.
REPLAN_ON = frozenset({"timezone", "country", "nudge_hour"})


async def answer_dialog(
    turn: Turn,
    conversation: Conversation,
    answer: Answer,
    *,
    question_message_id: int | None = None,
) -> None:
    """Give the user's answer to their open dialog and apply what it says."""
    found = await load_snapshot(turn, conversation.application_id)
    if registry.about_application(conversation.flow) and not found:
        await _gone(turn)
        return
    flow = registry.FLOWS[conversation.flow]
    asked = dialog.current_question(flow, conversation.state, conversation.answers, turn.context)
    asked_text = turn.text(asked.text)
    reply = dialog.advance(flow, conversation.state, conversation.answers, turn.context, answer)
    if reply.rejected and answer.kind == "choice":
        # A button this question never had: forged, or from another question.
        turn.toast = turn.text(Text("fallback.stale_button"))
        return
    if reply.rejected:
        # Same question again, kindly; nothing changes.
        assert reply.question is not None
        ask(turn, conversation, reply.question, *reply.says)
        return
    if reply.answers.get(KNOWN):
        reply = advance_known(conversation.flow, reply, turn)
    app = None
    if found and (reply.finished or reply.app_changes or reply.outcomes):
        # Only a step that changes the application or acts on it needs the ORM object.
        assert conversation.application_id is not None
        app = await load_application(
            turn.session, turn.user.id, conversation.application_id, follow_ups=False
        )
        if app is None and registry.about_application(conversation.flow):
            await _gone(turn)
            return
    if question_message_id is not None and reply.chosen is not None:
        chosen = turn.text(Text("dialog.chosen", {"choice": reply.chosen}))
        turn.outbox.append(Outgoing(f"{asked_text}\n\n{chosen}", None, question_message_id))
    await apply_reply(turn, conversation, reply, app)


async def _gone(turn: Turn) -> None:
    """The application was deleted meanwhile: this dialog has nothing left to talk about."""
    await ConversationRepo(turn.session).close(turn.user.id)
    turn.toast = turn.text(Text("nudge.gone"))
    turn.say(Text("nudge.gone"))


async def _run(step: Step, when: When) -> None:
    """The step's outcomes of this moment, in the dialog's order, until one ends the step."""
    for outcome in step.reply.outcomes:
        handler = handler_of(outcome)
        if handler.when is when and not step.over:
            handed = await handler.run(step, outcome)
            if handed is not None:
                await apply_reply(step.turn, *handed)


async def apply_reply(
    turn: Turn, conversation: Conversation, reply: Reply, app: Application | None = None
) -> None:
    """Store what a dialog step changed, queue what it says and asks, and run its outcomes."""
    for name, value in reply.user_changes.items():
        setattr(turn.user, name, value)
    if REPLAN_ON & reply.user_changes.keys():
        await turn.session.flush()
        await replan_user(turn.session, turn.user, turn.now)
    step = Step(turn, conversation, reply, app, list(reply.says))
    await _run(step, When.STORING)
    if step.over:
        return
    app = step.app
    if app is not None and reply.app_changes:
        if "announced_answer_at" in reply.app_changes:
            # An announced date replaces the whole announcement, window or day.
            app.announced_answer_from = reply.app_changes.get("announced_answer_from")
        for name, value in reply.app_changes.items():
            setattr(app, name, value)
        app.updated_at = turn.now
    if not reply.finished:
        assert reply.state is not None and reply.question is not None
        await ConversationRepo(turn.session).step_to(
            conversation, state=reply.state, answers=reply.answers, now=turn.now
        )
        ask(turn, conversation, reply.question, *step.says)
        return
    await ConversationRepo(turn.session).close(turn.user.id)
    await _run(step, When.CLOSING)
    if step.over:
        return
    if step.says:
        turn.say(*step.says)
    if app is not None:
        await turn.session.flush()
        await _run(step, When.APPLICATION)
    await _run(step, When.AFTER)
    if reply.answers.get(PASTE_NOTE) and app is not None:
        await offer_note(turn, app, str(reply.answers[PASTE_NOTE]))
