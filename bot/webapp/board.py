"""The board's use cases: the pipeline as columns, an application's card, and what a card can do.

Nothing here is new coaching. Every change runs the chat's own use case
(`bot.coach.cards.press_card`, the card dialogs of `bot.coach.answers`) on a `Turn`, in one
transaction that locks the user as a Telegram update does, so the stage, the notes and the
nudges change exactly as from the chat's buttons. What the chat would say about it is handed to
`deliver` after the commit. The JSON the page reads is shaped in `bot.webapp.cards`.

A card carries a `version`: a digest of everything the board shows of it. A change sent with a
version that no longer matches (another device, or the chat, changed the card meanwhile) is
refused with `Conflict`, and the board reloads.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from bot.coach.answers import answer_dialog
from bot.coach.cards import next_nudges, press_card, user_applications
from bot.coach.dialogs import open_dialog
from bot.coach.planning import load_application
from bot.coach.turn import Turn, take_turn
from bot.services import Services
from bot.views.callbacks import CardAction
from bot.views.render import Outgoing
from bot.webapp.auth import WebAppUser
from bot.webapp.cards import (
    COLUMNS,
    MOVE_IN_CHAT,
    NOTE,
    actions_of,
    card_json,
    detail_json,
    moves_of,
    page_texts,
    plain,
    version_of,
)
from flows.card import NOTE_LIMIT
from flows.catalog import Text
from flows.dialog import Answer
from flows.domain import Stage
from storage.models import Application
from storage.repositories import ApplicationRepo, ConversationRepo

__all__ = ["Board", "Conflict", "Deliver", "Invalid", "NotFound", "Outcome", "plain"]

# The card's actions, by the name the board uses, and the chat button each one is.
CARD_ACTIONS: dict[str, CardAction] = {
    "interview": CardAction.INTERVIEW,
    "call": CardAction.CALL,
    "answer": CardAction.ANSWER,
    "edit": CardAction.EDIT,
    "archive": CardAction.ARCHIVE,
    "delete": CardAction.DELETE_YES,  # the board asks for the confirmation itself
    "accepted": CardAction.ACCEPTED,
}
IN_CHAT_ACTIONS = frozenset({"interview", "call", "answer", "edit"})


class NotFound(Exception):
    """No such application among this user's."""


class Conflict(Exception):
    """The card changed since the board showed it."""

    def __init__(self, card: dict[str, Any]) -> None:
        super().__init__("stale card")
        self.card = card


class Invalid(ValueError):
    """A request the board never sends (unknown action or stage, a move it does not offer)."""


Deliver = Callable[[int, list[Outgoing]], Awaitable[None]]
T = TypeVar("T")


@dataclass
class Outcome:
    """What a change did: the card as it now stands (None once deleted), what to tell the user
    on the board, and whether the rest happens in the chat (a dialog opened there)."""

    card: dict[str, Any] | None
    notice: str
    in_chat: bool = False


class Board:
    """The board of whoever the init data says; one transaction per request."""

    def __init__(self, services: Services, deliver: Deliver) -> None:
        self.services = services
        self.deliver = deliver

    async def _run(self, who: WebAppUser, work: Callable[[Turn], Awaitable[T]]) -> tuple[Turn, T]:
        """One request's work in one transaction, the user locked as for a Telegram update;
        then what the chat would have said, sent there."""
        turn, result = await take_turn(self.services, who, work)
        if turn.outbox:
            await self.deliver(turn.user.id, turn.outbox)
        return turn, result

    async def board(self, who: WebAppUser) -> dict[str, Any]:
        """Every application as a card, in its column; the archived ones apart."""

        async def work(turn: Turn) -> dict[str, Any]:
            apps = await ApplicationRepo(turn.session).all_of(turn.user.id, recent_first=True)
            upcoming = await next_nudges(turn.session, turn.user.id)
            cards = [card_json(turn, app, upcoming.get(app.id)) for app in apps]
            return {
                "lang": turn.lang,
                "texts": page_texts(turn.lang),
                "columns": [stage.value for stage in COLUMNS],
                "cards": cards,
            }

        return (await self._run(who, work))[1]

    async def application(self, who: WebAppUser, app_id: int) -> dict[str, Any]:
        """One application, opened."""

        async def work(turn: Turn) -> dict[str, Any]:
            app = await load_application(turn.session, turn.user.id, app_id)
            if app is None:
                raise NotFound
            nudge = (await next_nudges(turn.session, turn.user.id)).get(app.id)
            return detail_json(turn, app, nudge)

        return (await self._run(who, work))[1]

    async def change(
        self,
        who: WebAppUser,
        app_id: int,
        version: str,
        *,
        action: str | None = None,
        stage: str | None = None,
        text: str | None = None,
    ) -> Outcome:
        """Carry out a card action, or a move to another column, if the card is as shown."""

        async def work(turn: Turn) -> Outcome:
            app = await load_application(turn.session, turn.user.id, app_id)
            if app is None:
                raise NotFound
            nudge = (await next_nudges(turn.session, turn.user.id)).get(app.id)
            if version != version_of(app, nudge):
                raise Conflict(detail_json(turn, app, nudge))
            if stage is not None:
                outcome = await self._move(turn, app, stage)
            else:
                outcome = await self._act(turn, app, action or "", text)
            await turn.session.flush()
            fresh = await load_application(turn.session, turn.user.id, app_id)
            if fresh is not None:
                await turn.session.refresh(fresh, attribute_names=["interviews", "follow_ups"])
                nudge = (await next_nudges(turn.session, turn.user.id)).get(fresh.id)
                outcome.card = detail_json(turn, fresh, nudge)
            return outcome

        return (await self._run(who, work))[1]

    async def _move(self, turn: Turn, app: Application, stage_name: str) -> Outcome:
        if stage_name not in moves_of(app):
            raise Invalid(f"no move to {stage_name!r} from {app.stage.value}")
        target = Stage(stage_name)
        if target is Stage.ACCEPTED:
            await press_card(turn, app.id, CardAction.ACCEPTED)
            return Outcome(None, turn.text(Text("board.moved")))
        if target is Stage.OFFER:
            # "They answered: good news, an offer", the chat's dialog answered in one go.
            done = await _answer_here(turn, "good_news", app.id, Answer.choice("offer"))
            return _dialog_outcome(turn, done)
        await open_dialog(turn, MOVE_IN_CHAT[target], application_id=app.id)
        return Outcome(None, turn.text(Text("board.in_chat")), in_chat=True)

    async def _act(self, turn: Turn, app: Application, action: str, text: str | None) -> Outcome:
        if action not in actions_of(app):
            raise Invalid(f"no action {action!r} here")
        if action == NOTE:
            note = (text or "").replace("\x00", "").strip()
            if not note or len(note) > NOTE_LIMIT:
                raise Invalid("a note is 1 to 1000 characters")
            done = await _answer_here(turn, "note", app.id, Answer.text(note))
            return _dialog_outcome(turn, done)
        await press_card(turn, app.id, CARD_ACTIONS[action])
        if action in IN_CHAT_ACTIONS:
            return Outcome(None, turn.text(Text("board.in_chat")), in_chat=True)
        return Outcome(None, turn.text(Text("board.done")))

    async def stats(self, who: WebAppUser, *, chart: bool = False) -> dict[str, Any]:
        """The figures of /stats (`lines`), whether there is a chart (`has_chart`), and with
        `chart` the chart itself as a PNG, drawn after the transaction."""
        # matplotlib weighs tens of megabytes: loaded on the first use, as /stats does.
        from bot.coach.stats import compute, stats_chart, stats_text

        async def work(turn: Turn) -> tuple[list[str], Any]:
            apps = await user_applications(turn.session, turn.user.id)
            if not apps:
                return [plain(turn.text(Text("stats.empty")))], None
            figures = compute(apps)
            return [plain(line) for line in stats_text(turn, figures).split("\n")], figures

        turn, (lines, figures) = await self._run(who, work)
        result: dict[str, Any] = {"lines": lines, "has_chart": figures is not None}
        if chart and figures is not None:
            result["chart"] = stats_chart(turn.lang, figures)
        return result


async def _answer_here(turn: Turn, flow: str, app_id: int, answer: Answer) -> bool:
    """Open the chat's dialog `flow` and answer its question with what the board sent, in this
    turn. False when another dialog was open: the chat then asks whether to drop it."""
    before = len(turn.outbox)
    await open_dialog(turn, flow, application_id=app_id)
    conversation = await ConversationRepo(turn.session).get(turn.user.id, for_update=True)
    if conversation is None or conversation.flow != flow:
        return False
    asked = len(turn.outbox)
    await answer_dialog(turn, conversation, answer)
    del turn.outbox[before:asked]  # the question was answered on the board: not asked in chat
    return True


def _dialog_outcome(turn: Turn, done: bool) -> Outcome:
    if done:
        return Outcome(None, turn.text(Text("board.done")))
    return Outcome(None, turn.text(Text("board.in_chat")), in_chat=True)
