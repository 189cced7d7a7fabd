"""One update's work against the database: the user, their open dialog, and what to send.

Everything here runs inside the update's one transaction and only collects `Outgoing`
messages; the handlers send them after the commit, so a failed send never leaves half a change,
and a failed commit never tells the user something that was not saved.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import User as TelegramUser

from bot.coach.planning import (
    load_application,
    plan_for,
    replan_user,
    resume_user,
    schedule_interview,
    schedule_plan,
)
from bot.settings import Settings
from bot.views.render import Outgoing, join, keyboard, menu_keyboard
from flows import card, coaching, dialog
from flows.catalog import Text, format_moment, language_for, render
from flows.dialog import Answer, Context, Profile, Question, Reply
from flows.domain import NudgeKind, Stage
from flows.setup import country_label
from storage.models import Application, Conversation, Interview, User
from storage.nudges import NudgeRepo
from storage.repositories import ConversationRepo, UserRepo

logger = logging.getLogger(__name__)
# Importing the dialog modules registers their dialogs.
assert coaching.NewApplication.name == "new" and card.AddNote.name == "note"

FIRST_ACTIONS = ["new", "list", "settings", "help"]
# Dialogs about one application: when it is deleted (the dialog's link is then cleared),
# they have nothing left to talk about.
APPLICATION_FLOWS = frozenset(
    {
        "applied",
        "scheduled",
        "after_interview",
        "refusal",
        "good_news",
        "answer",
        "note",
        "edit",
        "paste_keep",
    }
)
# Dialogs dropped without asking when another one starts: nothing is lost with them (a pasted
# message not kept as a note is dropped, as by default).
QUIET_FLOWS = frozenset({"settings", "forget", "switch", "paste_keep"})
# In a dialog's answers: a pasted message's text, until "📝 keep it as a note?" is answered.
PASTE_NOTE = "_paste_note"
# In the setup's answers: the command to carry on with once it is done.
SETUP_THEN = "then"
# Answers a dialog gets without asking, by state: what a pasted recruiter's message said.
KNOWN = "_known"
# A change of these re-plans the user's pending nudges.
REPLAN_ON = frozenset({"timezone", "country", "nudge_hour"})


@dataclass
class Turn:
    """The state of one update: its session, its user, its clock, and the outbox."""

    session: AsyncSession
    settings: Settings
    now: dt.datetime
    user: User
    outbox: list[Outgoing] = field(default_factory=list)
    toast: str | None = None
    application: dict[str, Any] = field(default_factory=dict)

    @property
    def lang(self) -> str:
        return self.user.language

    @property
    def context(self) -> Context:
        profile = Profile(
            language=self.user.language,
            timezone=self.user.timezone,
            country=self.user.country,
            nudge_hour=self.user.nudge_hour,
            paused_all=self.user.paused_all,
        )
        return Context(profile=profile, now=self.now, application=self.application)

    def say(self, *texts: Text, markup: Any = None) -> None:
        self.outbox.append(Outgoing(join(self.lang, list(texts)), markup))

    def text(self, text: Text) -> str:
        return render(self.lang, text)


async def begin_turn(
    session: AsyncSession, settings: Settings, now: dt.datetime, tg_user: TelegramUser
) -> Turn:
    """Load the user who sent the update, creating them at first contact."""
    user = await UserRepo(session).seen(
        tg_user.id,
        language=language_for(tg_user.language_code, settings.default_language),
        timezone=settings.default_timezone,
        country=settings.default_country,
        nudge_hour=settings.nudge_hour,
        now=now,
    )
    turn = Turn(session=session, settings=settings, now=now, user=user)
    if user.blocked:
        # They had blocked the bot and write again: their held nudges resume.
        resumed = await resume_user(session, user, now)
        if resumed:
            turn.say(Text("nudge.resumed", {"count": resumed}))
    return turn


def greet(turn: Turn, first_name: str) -> None:
    """The greeting: who Relance is, in three lines, and the first actions."""
    turn.say(
        Text("start.welcome", {"name": first_name}),
        Text("start.pitch"),
        Text("start.next"),
        markup=menu_keyboard(turn.lang, FIRST_ACTIONS, turn.settings.webapp_url),
    )


def _ask(turn: Turn, conversation: Conversation, question: Question, *lead: Text) -> None:
    turn.say(*lead, question.text, markup=keyboard(turn.lang, conversation.step, question))


async def load_snapshot(turn: Turn, application_id: int | None) -> Application | None:
    """Load the dialog's application and tell the dialog what is known of it."""
    turn.application = {}
    if application_id is None:
        return None
    app = await load_application(turn.session, turn.user.id, application_id, follow_ups=False)
    if app is None:
        return None
    past = [i for i in app.interviews if i.at <= turn.now]
    turn.application = {
        "id": app.id,
        "company": app.company,
        "role": app.role,
        "stage": app.stage.value,
        "company_size": app.company_size,
        "urgency": app.urgency,
        "interview_at": past[-1].at.isoformat() if past else None,
        "interview_notes": past[-1].notes if past else None,
        "recruiter_name": app.recruiter_name,
        "recruiter_contact": app.recruiter_contact,
    }
    return app


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
    if confirm_switch and current is not None and current.flow not in QUIET_FLOWS:
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
    reply = dialog.start(flow, turn.context, answers or {}, state=state)
    assert reply.state is not None and reply.question is not None
    conversation = await repo.open(
        turn.user.id,
        flow=flow,
        state=reply.state,
        answers=reply.answers,
        now=turn.now,
        application_id=application_id,
    )
    _ask(turn, conversation, reply.question, *lead)


async def ask_again(turn: Turn, conversation: Conversation, *lead: Text) -> None:
    """Ask the open question once more, with its buttons (same step: they stay valid)."""
    await load_snapshot(turn, conversation.application_id)
    question = dialog.current_question(
        conversation.flow, conversation.state, conversation.answers, turn.context
    )
    _ask(turn, conversation, question, *lead)


async def answer_dialog(
    turn: Turn,
    conversation: Conversation,
    answer: Answer,
    *,
    question_message_id: int | None = None,
) -> None:
    """Give the user's answer to their open dialog and apply what it says."""
    app = await load_snapshot(turn, conversation.application_id)
    if conversation.flow in APPLICATION_FLOWS and app is None:
        # The application was deleted meanwhile: this dialog has nothing left to talk about.
        await ConversationRepo(turn.session).close(turn.user.id)
        turn.toast = turn.text(Text("nudge.gone"))
        turn.say(Text("nudge.gone"))
        return
    asked = dialog.current_question(
        conversation.flow, conversation.state, conversation.answers, turn.context
    )
    asked_text = turn.text(asked.text)
    reply = dialog.advance(
        conversation.flow, conversation.state, conversation.answers, turn.context, answer
    )
    if reply.rejected and answer.kind == "choice":
        # A button this question never had: forged, or from another question.
        turn.toast = turn.text(Text("fallback.stale_button"))
        return
    if reply.rejected:
        # Same question again, kindly; nothing changes.
        assert reply.question is not None
        _ask(turn, conversation, reply.question, *reply.says)
        return
    if reply.answers.get(KNOWN):
        reply = advance_known(conversation.flow, reply, turn)
    if question_message_id is not None and reply.chosen is not None:
        chosen = turn.text(Text("dialog.chosen", {"choice": reply.chosen}))
        turn.outbox.append(Outgoing(f"{asked_text}\n\n{chosen}", None, question_message_id))
    await apply_reply(turn, conversation, reply, app)


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
        following = dialog.advance(flow, reply.state, answers, turn.context, Answer(*given))
        if following.rejected:
            break
        says.extend(following.says)
        following.says = says
        reply = following
    return reply


async def apply_reply(
    turn: Turn, conversation: Conversation, reply: Reply, app: Application | None = None
) -> None:
    """Store what a dialog step changed, and queue what it says and asks."""
    for name, value in reply.user_changes.items():
        setattr(turn.user, name, value)
    if REPLAN_ON & reply.user_changes.keys():
        await turn.session.flush()
        await replan_user(turn.session, turn.user, turn.now)
    says = list(reply.says)
    actions = list(reply.actions)
    if "forget" in actions:
        lang = turn.lang
        await UserRepo(turn.session).forget(turn.user.id)
        turn.outbox.append(Outgoing(join(lang, [Text("forget.done")])))
        return
    if "setup_done" in actions:
        says.append(
            Text(
                "setup.done",
                {"country": country_label(turn.user.country), "timezone": turn.user.timezone},
            )
        )
    if "create_application" in actions:
        app = await _create_application(turn, reply.answers)
        conversation.application_id = app.id
        says.insert(0, Text("result.created", {"company": app.company}))
    if app is not None and reply.app_changes:
        if "announced_answer_at" in reply.app_changes:
            # An announced date replaces the whole announcement, window or day.
            app.announced_answer_from = reply.app_changes.get("announced_answer_from")
        for name, value in reply.app_changes.items():
            setattr(app, name, value)
        app.updated_at = turn.now
    repo = ConversationRepo(turn.session)
    if not reply.finished:
        assert reply.state is not None and reply.question is not None
        conversation.state = reply.state
        conversation.answers = reply.answers
        conversation.step += 1
        conversation.updated_at = turn.now
        _ask(turn, conversation, reply.question, *says)
        return
    await repo.close(turn.user.id)
    if "setup_done" in actions:
        if reply.answers.get(SETUP_THEN) == "new":
            # /new was sent before the first settings were done: on with it, in one message.
            await open_dialog(turn, "new", *says, confirm_switch=False)
            return
        turn.say(
            *says,
            Text("start.next"),
            markup=menu_keyboard(turn.lang, FIRST_ACTIONS, turn.settings.webapp_url),
        )
        return
    if says:
        turn.say(*says)
    if app is not None:
        await turn.session.flush()
        await _carry_out(turn, app, reply.answers, actions)
    if "move_nudge" in actions:
        # A reminder moved to a typed date (/agenda); it may have no application.
        from bot.coach.reminders import move_nudge_to

        moved_to = dt.datetime.fromisoformat(reply.answers["move_to"])
        await move_nudge_to(turn, int(reply.answers["nudge_id"]), moved_to)
    for action in actions:
        if action.startswith("paste:"):
            from bot.coach.paste import follow

            await follow(turn, action, reply.answers)
        elif action.startswith("then:") and app is not None:
            await open_dialog(
                turn, action.removeprefix("then:"), application_id=app.id, confirm_switch=False
            )
        elif action in ("switch:drop", "switch:resume") and not await _still_there(
            turn, reply.answers["target" if action == "switch:drop" else "saved"]
        ):
            turn.say(Text("nudge.gone"))
        elif action == "switch:drop":
            target = reply.answers["target"]
            await open_dialog(
                turn,
                target["flow"],
                application_id=target.get("application_id"),
                answers=target.get("answers"),
                state=target.get("state"),
                confirm_switch=False,
            )
        elif action == "switch:resume":
            saved = reply.answers["saved"]
            resumed = await repo.open(
                turn.user.id,
                flow=saved["flow"],
                state=saved["state"],
                answers=saved["answers"],
                now=turn.now,
                application_id=saved["application_id"],
            )
            await ask_again(turn, resumed)
    if reply.answers.get(PASTE_NOTE) and app is not None:
        await _offer_note(turn, app, str(reply.answers[PASTE_NOTE]))


async def _offer_note(turn: Turn, app: Application, text: str) -> None:
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


async def _still_there(turn: Turn, dialog_state: dict[str, Any]) -> bool:
    """Whether the application a saved dialog is about still exists (if it is about one)."""
    app_id = dialog_state.get("application_id")
    if dialog_state.get("flow") not in APPLICATION_FLOWS and app_id is None:
        return True
    if app_id is None:
        return False
    return await load_application(turn.session, turn.user.id, app_id) is not None


async def _create_application(turn: Turn, answers: dict[str, Any]) -> Application:
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
    return app


async def _carry_out(
    turn: Turn, app: Application, answers: dict[str, Any], actions: list[str]
) -> None:
    """The application-side actions a finished dialog asks for."""
    from bot.views.plan import plan_result

    if "stop_reminders" in actions:
        await NudgeRepo(turn.session).stop_for_application(app.id, turn.now)
    if "add_note" in actions and answers.get("note"):
        app.notes = "\n".join(x for x in (app.notes, answers["note"]) if x)[-4000:]
    if "interview_done" in actions and answers.get("interview_at"):
        await _record_interview(turn, app, answers)
    if "interview" in actions and answers.get("interview_at"):
        interview = Interview(
            application_id=app.id,
            round=len(app.interviews) + 1,
            at=dt.datetime.fromisoformat(answers["interview_at"]),
            created_at=turn.now,
        )
        turn.session.add(interview)
        await turn.session.flush()
        await turn.session.refresh(app, attribute_names=["interviews"])
        await schedule_interview(turn.session, turn.user, app, interview, turn.now)
        turn.say(Text("result.interview"))
    if "plan" in actions:
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


async def _record_interview(turn: Turn, app: Application, answers: dict[str, Any]) -> None:
    """The interview that took place: the row it already has, or a new round."""
    at = dt.datetime.fromisoformat(answers["interview_at"])
    notes = answers.get("notes")
    existing = next((i for i in app.interviews if i.at == at), None)
    if existing is not None:
        if notes:
            existing.notes = notes
        return
    turn.session.add(
        Interview(
            application_id=app.id,
            round=len(app.interviews) + 1,
            at=at,
            notes=notes,
            created_at=turn.now,
        )
    )
    await turn.session.flush()
