"""A recruiter's message read and confirmed, handed over to the usual coaching.

`settle` creates the application if the message is about a new one (or finds the user's own),
then opens the usual dialog (refusal, scheduled interview, after the interview, applied) with
the answers the message gave, so the plan, the nudges, I8 and the N3 wording are exactly the
buttons'; what the message does not say is asked as usual. "✏️ Corriger" opens the usual
questions instead. The dialog's first step is returned, not applied: `bot.coach.outcomes`, which
runs the `PasteApply` and `PasteFix` outcomes, returns it and `bot.coach.answers` applies it.

Layers of `bot.coach`, lowest first (a module imports only those before it): `planning`,
`turn`, `dialogs`, `cards`, `reminders`, `paste`, `handover`, `outcomes`, `answers`,
`commands`; `export`, `stats` and `retention` stand apart.
"""

from __future__ import annotations

from typing import Any

from bot.coach.dialogs import KNOWN, advance_known, load_snapshot, open_dialog
from bot.coach.planning import load_application
from bot.coach.turn import Turn
from flows import dialog, registry
from flows.catalog import Text
from flows.dialog import Reply
from flows.paste import NEW, PASTE_NOTE, handover
from storage.models import Application, Conversation
from storage.repositories import ConversationRepo

# A dialog's first step, not applied yet: its row, its reply, and its application.
Handed = tuple[Conversation, Reply, Application]


async def settle(turn: Turn, answers: dict[str, Any], *, fix: bool) -> Handed | None:
    """The reading confirmed (or to correct): the application it is about, created if new, and
    the usual dialog it hands over to, opened and given the answers the message gave. Returns
    that dialog's step for the caller to apply (`bot.coach.outcomes`); None when the usual
    questions are asked instead, or the application is gone."""
    reading = dict(answers.get("reading") or {})
    draft = dict(answers.get("draft") or {})
    chosen = answers.get("app")
    hand = handover(reading, now=turn.now, have_skill=answers.get("have_skill"))
    if chosen == NEW and fix:
        prefilled = {
            "company": draft.get("company") or reading.get("company"),
            "role": draft.get("role"),
            "recruiter_name": draft.get("recruiter_name") or reading.get("recruiter"),
            "recruiter_contact": draft.get("recruiter_contact"),
        }
        state = "stage" if prefilled["company"] else "company"
        await open_dialog(
            turn,
            "new",
            Text("paste.fix_lead"),
            answers=prefilled,
            state=state,
            confirm_switch=False,
        )
        return None
    if chosen == NEW:
        app = Application(
            user_id=turn.user.id,
            company=str(draft.get("company") or reading.get("company"))[:200],
            role=draft.get("role"),
            recruiter_name=draft.get("recruiter_name") or reading.get("recruiter"),
            recruiter_contact=draft.get("recruiter_contact"),
            stage=hand.stage,
            archived=False,
            created_at=turn.now,
            updated_at=turn.now,
        )
        turn.session.add(app)
        await turn.session.flush()
        turn.say(Text("result.created", {"company": app.company}))
    else:
        try:
            app_id = int(str(chosen))
        except ValueError:
            app_id = -1
        # The application must be this user's own, whatever the button said.
        found = await load_application(turn.session, turn.user.id, app_id)
        if found is None:
            turn.say(Text("nudge.gone"))
            return None
        app = found
        if not app.recruiter_name and reading.get("recruiter"):
            app.recruiter_name = str(reading["recruiter"])[:200]
    if fix:
        await open_dialog(
            turn,
            hand.flow,
            Text("paste.fix_lead"),
            application_id=app.id,
            answers=dict(hand.answers),
            confirm_switch=False,
        )
        return None
    known = {state: [answer.kind, answer.value] for state, answer in hand.known}
    await load_snapshot(turn, app.id)
    # The text rides along until "📝 keep it as a note?" is answered, once the coaching is given.
    note = {PASTE_NOTE: answers[PASTE_NOTE]} if answers.get(PASTE_NOTE) else {}
    flow = registry.FLOWS[hand.flow]
    reply = dialog.start(flow, turn.context, {**hand.answers, KNOWN: known, **note})
    reply = advance_known(hand.flow, reply, turn)
    conversation = await ConversationRepo(turn.session).open(
        turn.user.id,
        flow=hand.flow,
        state=reply.state or "done",
        answers=reply.answers,
        now=turn.now,
        application_id=app.id,
    )
    return conversation, reply, app
