"""One update's work in one transaction: the `Turn` every use case takes, and how it is run.

`take_turn` is the one place a turn's transaction is written, for every front end (Telegram,
the console, the board): it opens a session and a transaction, loads (or creates) the user, runs
the work, and commits. The work only collects `Outgoing` messages in `turn.outbox`; the adapter
sends them once `take_turn` returns, so a failed send never leaves half a change, and a failed
commit never tells the user something that was not saved.

Layers of `bot.coach`, lowest first (a module imports only those before it): `planning`,
`turn`, `dialogs`, `cards`, `reminders`, `paste`, `handover`, `outcomes`, `answers`,
`commands`; `export`, `stats` and `retention` stand apart.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

from sqlalchemy.ext.asyncio import AsyncSession

from bot.coach.planning import resume_user
from bot.services import Services
from bot.settings import Settings
from bot.views.render import Outgoing, join
from flows.catalog import Text, language_for, render
from flows.dialog import Context, Profile
from storage.models import User
from storage.repositories import UserRepo

T = TypeVar("T")


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


class Person(Protocol):
    """Who a turn is for, as any front end knows them: a Telegram user, the board's signed
    user, the console's local one."""

    @property
    def id(self) -> int: ...

    @property
    def language_code(self) -> str | None: ...


async def begin_turn(
    session: AsyncSession,
    settings: Settings,
    now: dt.datetime,
    who: Person,
    *,
    update_id: int | None = None,
) -> Turn:
    """Load the user who sent the update, creating them at first contact. With `update_id`,
    the update's id is recorded first, and `Repeated` raised (nothing done) if it was handled
    before."""
    profile: dict[str, Any] = {
        "language": language_for(who.language_code, settings.default_language),
        "timezone": settings.default_timezone,
        "country": settings.default_country,
        "nudge_hour": settings.nudge_hour,
        "now": now,
    }
    repo = UserRepo(session)
    if update_id is None:
        user = await repo.seen(who.id, **profile)
    else:
        found = await repo.seen_once(update_id, who.id, **profile)
        if found is None:
            raise Repeated(update_id)
        user = found
    turn = Turn(session=session, settings=settings, now=now, user=user)
    if user.blocked:
        # They had blocked the bot and write again: their held nudges resume.
        resumed = await resume_user(session, user, now)
        if resumed:
            turn.say(Text("nudge.resumed", {"count": resumed}))
    return turn


class Repeated(Exception):
    """The update was handled before (a repeated delivery): nothing was done."""


async def take_turn(
    services: Services,
    who: Person,
    work: Callable[[Turn], Awaitable[T]],
    *,
    update_id: int | None = None,
) -> tuple[Turn, T]:
    """Run `work` for the user `who` in one transaction, at the services' clock, and commit.

    With `update_id`, the update's id is recorded first, and `Repeated` raised (nothing done)
    if it was handled before. The user's row is locked for the transaction, so that their
    updates take turns, whichever process serves them."""
    session = services.session()
    try:
        async with session.begin():
            now = services.clock()
            turn = await begin_turn(session, services.settings, now, who, update_id=update_id)
            result = await work(turn)
    finally:
        # The transaction has ended and given its connection back to the pool, so the close
        # only forgets the session's objects: there is nothing a cancellation could leave half
        # done, and no need for the task `AsyncSession`'s own exit starts to shield its close
        # (about 3% of a turn).
        await session.close()
    return turn, result
