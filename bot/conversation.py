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

from bot.planning import replan_user, resume_user
from bot.render import Outgoing, join, keyboard, menu_keyboard
from bot.settings import Settings
from flows import dialog
from flows.catalog import Text, language_for, render
from flows.dialog import Answer, Context, Profile, Question, Reply
from flows.setup import country_label
from storage.models import Conversation, User
from storage.repositories import ConversationRepo, UserRepo

logger = logging.getLogger(__name__)

FIRST_ACTIONS = ["settings", "help"]
# A change of these re-plans the user's pending nudges.
REPLAN_ON = frozenset({"timezone", "country", "nudge_hour"})


@dataclass
class Turn:
    """The state of one update: its session, its user, its clock, and the outbox."""

    session: AsyncSession
    settings: Settings
    now: dt.datetime
    user: User
    created: bool = False
    outbox: list[Outgoing] = field(default_factory=list)
    toast: str | None = None

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
        return Context(profile=profile, now=self.now)

    def say(self, *texts: Text, markup: Any = None) -> None:
        self.outbox.append(Outgoing(join(self.lang, list(texts)), markup))

    def text(self, text: Text) -> str:
        return render(self.lang, text)


async def begin_turn(
    session: AsyncSession, settings: Settings, now: dt.datetime, tg_user: TelegramUser
) -> Turn:
    """Load the user who sent the update, creating them at first contact."""
    users = UserRepo(session)
    user = await users.get(tg_user.id)
    created = False
    if user is None:
        user = await users.create(
            tg_user.id,
            language=language_for(tg_user.language_code, settings.default_language),
            timezone=settings.default_timezone,
            country=settings.default_country,
            nudge_hour=settings.nudge_hour,
            now=now,
        )
        created = True
    user.last_seen_at = now
    turn = Turn(session=session, settings=settings, now=now, user=user, created=created)
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
        markup=menu_keyboard(turn.lang, FIRST_ACTIONS),
    )


def _ask(turn: Turn, conversation: Conversation, question: Question, *lead: Text) -> None:
    turn.say(*lead, question.text, markup=keyboard(turn.lang, conversation.step, question))


async def open_dialog(turn: Turn, flow: str, *lead: Text) -> None:
    """Open `flow` for this user (replacing any open dialog) and ask its first question."""
    reply = dialog.start(flow, turn.context)
    assert reply.state is not None and reply.question is not None
    conversation = await ConversationRepo(turn.session).open(
        turn.user.id, flow=flow, state=reply.state, answers=reply.answers, now=turn.now
    )
    _ask(turn, conversation, reply.question, *lead)


async def ask_again(turn: Turn, conversation: Conversation, *lead: Text) -> None:
    """Ask the open question once more, with its buttons (same step: they stay valid)."""
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
    if question_message_id is not None and reply.chosen is not None:
        chosen = turn.text(Text("dialog.chosen", {"choice": reply.chosen}))
        turn.outbox.append(Outgoing(f"{asked_text}\n\n{chosen}", None, question_message_id))
    await apply_reply(turn, conversation, reply)


async def apply_reply(turn: Turn, conversation: Conversation, reply: Reply) -> None:
    """Store what a dialog step changed, and queue what it says and asks."""
    for name, value in reply.user_changes.items():
        setattr(turn.user, name, value)
    if REPLAN_ON & reply.user_changes.keys():
        await turn.session.flush()
        await replan_user(turn.session, turn.user, turn.now)
    says = list(reply.says)
    if "forget" in reply.actions:
        lang = turn.lang
        await UserRepo(turn.session).forget(turn.user.id)
        turn.outbox.append(Outgoing(join(lang, [Text("forget.done")])))
        return
    if "setup_done" in reply.actions:
        says.append(
            Text(
                "setup.done",
                {"country": country_label(turn.user.country), "timezone": turn.user.timezone},
            )
        )
    repo = ConversationRepo(turn.session)
    if reply.finished:
        await repo.close(turn.user.id)
        if "setup_done" in reply.actions:
            turn.say(*says, Text("start.next"), markup=menu_keyboard(turn.lang, FIRST_ACTIONS))
        elif says:
            turn.say(*says)
        return
    assert reply.state is not None and reply.question is not None
    conversation.state = reply.state
    conversation.answers = reply.answers
    conversation.step += 1
    conversation.updated_at = turn.now
    _ask(turn, conversation, reply.question, *says)
