"""Nudge rows: planning, the reminder engine's atomic claim with a lease, and recording outcomes.

The row is the only truth about a reminder. A claim picks due rows, then marks them claimed
with a conditional UPDATE in the same transaction: on PostgreSQL the pick locks with
`FOR UPDATE SKIP LOCKED`, so several reminder engines share the table without waiting on each
other; on SQLite, which ignores `FOR UPDATE` and has one writer at a time, the UPDATE's
condition (still pending and due) lets only one reminder engine win a row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Sequence
from typing import cast

from sqlalchemy import Table, and_, bindparam, exists, func, insert, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.attributes import set_committed_value

from flows.domain import NudgeKind, NudgeState
from storage.loaded import Loaded, flush_changes
from storage.models import Nudge, User

# States in which a nudge is still to be delivered (or re-delivered).
OPEN_STATES = (NudgeState.PENDING, NudgeState.CLAIMED, NudgeState.PAUSED)
# Built once, as the statements a turn runs (building one costs about as much as running it).
_PENDING_OF = select(Nudge).where(
    Nudge.user_id == bindparam("p_user_id"), Nudge.state == NudgeState.PENDING
)
UPCOMING_STATES = (
    NudgeState.PENDING,
    NudgeState.CLAIMED,
    NudgeState.PAUSED,
    NudgeState.FAILED,
)


_NUDGES = cast(Table, Nudge.__table__)
# One sent nudge of a group (mark_sent_each): a Core UPDATE run with many parameter sets.
_SENT_EACH = (
    update(_NUDGES)
    .where(
        _NUDGES.c.id == bindparam("b_id"),
        _NUDGES.c.state == NudgeState.CLAIMED,
        _NUDGES.c.lease_until == bindparam("b_held"),
    )
    .values(
        state=NudgeState.SENT,
        lease_until=None,
        telegram_message_id=bindparam("b_message"),
        last_error=None,
    )
)

# A new plan (`plan`): the open nudges of its kind stopped, then the new one inserted and its
# row returned, both with Core. The ORM's unit of work for one new object cost as much as
# half a dialog turn.
_STOP_OPEN_OF_KIND = (
    update(_NUDGES)
    .where(
        _NUDGES.c.application_id == bindparam("p_application_id"),
        _NUDGES.c.kind == bindparam("p_kind"),
        _NUDGES.c.state.in_(OPEN_STATES),
    )
    .values(state=NudgeState.STOPPED, lease_until=None, updated_at=bindparam("p_now"))
)
_NUDGES_LOADED = Loaded(Nudge)
_INSERT_NUDGE = (
    insert(_NUDGES)
    .values(
        user_id=bindparam("p_user_id"),
        application_id=bindparam("p_application_id"),
        kind=bindparam("p_kind"),
        due_at=bindparam("p_due_at"),
        last_useful_at=bindparam("p_last_useful_at"),
        state=NudgeState.PENDING,
        attempts=0,
        created_at=bindparam("p_now"),
        updated_at=bindparam("p_now"),
    )
    .returning(*(column for _, column in _NUDGES_LOADED.columns))
)


class NudgeRepo:
    """Reminders of every user."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def plan(
        self,
        *,
        user_id: int,
        application_id: int | None,
        kind: NudgeKind,
        due_at: dt.datetime,
        last_useful_at: dt.datetime | None,
        now: dt.datetime,
        replace: bool = True,
    ) -> Nudge:
        """Plan a reminder; with `replace`, it supersedes the open ones of that kind."""
        session = self.session
        await flush_changes(session)  # what the turn changed goes first
        parameters = {
            "p_user_id": user_id,
            "p_application_id": application_id,
            "p_kind": kind,
            "p_due_at": due_at,
            "p_last_useful_at": last_useful_at,
            "p_now": now,
        }
        if replace and application_id is not None:
            await session.execute(_STOP_OPEN_OF_KIND, parameters)
            for held in list(session.identity_map.values()):
                # The nudges this session holds see the change, as the ORM's own would.
                if (
                    isinstance(held, Nudge)
                    and held.application_id == application_id
                    and held.kind == kind
                    and held.state in OPEN_STATES
                ):
                    set_committed_value(held, "state", NudgeState.STOPPED)
                    set_committed_value(held, "lease_until", None)
                    set_committed_value(held, "updated_at", now)
        row = (await session.execute(_INSERT_NUDGE, parameters)).one()
        return _NUDGES_LOADED.add(session, row)

    async def get_for_user(
        self, user_id: int, nudge_id: int, *, for_update: bool = False
    ) -> Nudge | None:
        """The nudge, only if it belongs to this user; with `for_update`, locked until the
        transaction ends on PostgreSQL (SQLite has one writer at a time anyway)."""
        statement = select(Nudge).where(Nudge.id == nudge_id, Nudge.user_id == user_id)
        if for_update and self.session.get_bind().dialect.name == "postgresql":
            statement = statement.with_for_update()
        return (await self.session.execute(statement)).scalar_one_or_none()

    async def by_ids(self, ids: Collection[int]) -> list[Nudge]:
        """These nudges."""
        statement = select(Nudge).where(Nudge.id.in_(ids))
        return list((await self.session.execute(statement)).scalars())

    async def of_user(self, user_id: int) -> list[Nudge]:
        """Every nudge of the user, whatever its state, in due order."""
        statement = select(Nudge).where(Nudge.user_id == user_id).order_by(Nudge.due_at, Nudge.id)
        return list((await self.session.execute(statement)).scalars())

    async def in_message(self, user_id: int, message_id: int) -> list[Nudge]:
        """The user's nudges that were sent in this Telegram message, in the order planned."""
        statement = (
            select(Nudge)
            .where(Nudge.user_id == user_id, Nudge.telegram_message_id == message_id)
            .order_by(Nudge.id)
        )
        return list((await self.session.execute(statement)).scalars())

    async def next_by_application(self, user_id: int) -> dict[int, Nudge]:
        """Each application's next open nudge, by application id."""
        statement = (
            select(Nudge)
            .where(
                Nudge.user_id == user_id,
                Nudge.state.in_(OPEN_STATES),
                Nudge.application_id.is_not(None),
            )
            .order_by(Nudge.due_at.desc())
        )
        found: dict[int, Nudge] = {}
        for nudge in (await self.session.execute(statement)).scalars():
            assert nudge.application_id is not None
            found[nudge.application_id] = nudge  # the earliest wins (ordered latest first)
        return found

    async def has_open(self, user_id: int, kind: NudgeKind) -> bool:
        """Whether the user has an open nudge of this kind."""
        statement = select(Nudge.id).where(
            Nudge.user_id == user_id, Nudge.kind == kind, Nudge.state.in_(OPEN_STATES)
        )
        return (await self.session.execute(statement)).first() is not None

    def reschedule(self, nudge: Nudge, due_at: dt.datetime, now: dt.datetime) -> None:
        """The user moved the reminder: pending again at `due_at`, its attempts and its last
        error cleared, as a new one would be. Written at the session's next flush."""
        nudge.state = NudgeState.PENDING
        nudge.due_at = due_at
        nudge.attempts = 0
        nudge.last_error = None
        nudge.updated_at = now

    async def claim_due(self, now: dt.datetime, lease: dt.timedelta, limit: int) -> list[Nudge]:
        """Claim up to `limit` due nudges for this reminder engine: pending and due, or whose
        lease ran out (their engine died between claim and record). Attempts go up by one."""
        pending = and_(Nudge.state == NudgeState.PENDING, Nudge.due_at <= now)
        lapsed = and_(Nudge.state == NudgeState.CLAIMED, Nudge.lease_until < now)
        due = or_(pending, lapsed)
        # Checked per candidate through the users' primary key, so the claim walks the
        # (state, due_at) index and never scans the users table.
        held = exists().where(
            User.id == Nudge.user_id, or_(User.paused_all.is_(True), User.blocked.is_(True))
        )
        postgres = self.session.get_bind().dialect.name == "postgresql"
        ids: list[int] = []
        # Lapsed claims first, then pending ones in due order: each pick is one range of the
        # (state, due_at) index read in order, so its cost does not grow with the due rows.
        for condition, order in ((lapsed, Nudge.lease_until), (pending, Nudge.due_at)):
            if len(ids) >= limit:
                break
            candidates = (
                select(Nudge.id)
                .where(condition, ~held)
                .order_by(order, Nudge.id)
                .limit(limit - len(ids))
            )
            if postgres:
                # Lock the chosen rows, skipping those another reminder engine holds. (Inside an
                # `UPDATE ... WHERE id IN (...)` PostgreSQL may re-run the sub-select and take
                # more than `limit` rows, so the ids are chosen first, in this transaction.)
                candidates = candidates.with_for_update(skip_locked=True, of=Nudge)
            ids += list((await self.session.execute(candidates)).scalars())
        if not ids:
            return []
        # The UPDATE checks again that each row is still due: on SQLite, where there is no row
        # lock, a row another reminder engine claimed in between is left out.
        statement = (
            update(Nudge)
            .where(Nudge.id.in_(ids), due)
            .values(
                state=NudgeState.CLAIMED,
                lease_until=now + lease,
                attempts=Nudge.attempts + 1,
                updated_at=now,
            )
            .returning(Nudge)
            .execution_options(synchronize_session=False)
        )
        claimed = list((await self.session.execute(statement)).scalars())
        claimed.sort(key=lambda n: (n.due_at, n.id))
        return claimed

    async def _set(
        self,
        ids: Iterable[int],
        now: dt.datetime,
        held_until: dt.datetime | None = None,
        **values: object,
    ) -> None:
        """Update claimed rows; with `held_until`, only those still under the claim whose lease
        it is (a claim that ran out and was taken over belongs to the other process now)."""
        ids = list(ids)
        if not ids:
            return
        conditions = [Nudge.id.in_(ids), Nudge.state == NudgeState.CLAIMED]
        if held_until is not None:
            conditions.append(Nudge.lease_until == held_until)
        await self.session.execute(
            update(Nudge)
            .where(*conditions)
            .values(updated_at=now, **values)
            .execution_options(synchronize_session=False)
        )

    async def mark_sent(
        self,
        ids: Sequence[int],
        now: dt.datetime,
        message_id: int,
        *,
        lease_until: dt.datetime | None = None,
    ) -> None:
        """Delivered: record when, and the Telegram message that carries it."""
        await self._set(
            ids,
            now,
            lease_until,
            state=NudgeState.SENT,
            sent_at=now,
            lease_until=None,
            telegram_message_id=message_id,
            last_error=None,
        )

    async def mark_sent_each(
        self, sends: Sequence[tuple[int, int, dt.datetime]], now: dt.datetime
    ) -> None:
        """Delivered, several at once: (nudge id, Telegram message id, the lease it was sent
        under) for each, in one statement run for every row. As `mark_sent` with `lease_until`:
        a row whose claim ran out and was taken over is left to its new holder."""
        if not sends:
            return
        rows = [{"b_id": i, "b_message": m, "b_held": held} for i, m, held in sends]
        await self.session.execute(_SENT_EACH.values(sent_at=now, updated_at=now), rows)

    async def release(
        self,
        ids: Sequence[int],
        now: dt.datetime,
        *,
        due_at: dt.datetime,
        error: str | None = None,
        refund_attempt: bool = False,
    ) -> None:
        """Back to pending, due again at `due_at` (a 429, a network error, outside a slot)."""
        values: dict[str, object] = {
            "state": NudgeState.PENDING,
            "due_at": due_at,
            "lease_until": None,
            "last_error": error,
        }
        if refund_attempt:
            values["attempts"] = Nudge.attempts - 1
        await self._set(ids, now, None, **values)

    async def mark_failed(self, ids: Sequence[int], now: dt.datetime, error: str) -> None:
        """Attempts used up: failed, shown in /agenda."""
        await self._set(ids, now, state=NudgeState.FAILED, lease_until=None, last_error=error)

    async def mark_expired(
        self, ids: Sequence[int], now: dt.datetime, *, lease_until: dt.datetime | None = None
    ) -> None:
        """Its last useful moment passed while it could not be delivered (T3)."""
        await self._set(ids, now, lease_until, state=NudgeState.EXPIRED, lease_until=None)

    async def pause_user(self, user_id: int, now: dt.datetime, error: str) -> None:
        """The user blocked the bot: hold every open nudge of theirs, delete nothing."""
        await self.session.execute(update(User).where(User.id == user_id).values(blocked=True))
        await self.session.execute(
            update(Nudge)
            .where(
                Nudge.user_id == user_id,
                Nudge.state.in_((NudgeState.PENDING, NudgeState.CLAIMED)),
            )
            .values(state=NudgeState.PAUSED, lease_until=None, last_error=error, updated_at=now)
            .execution_options(synchronize_session=False)
        )

    async def paused_of(self, user_id: int) -> list[Nudge]:
        """The user's nudges held while they had blocked the bot."""
        statement = select(Nudge).where(Nudge.user_id == user_id, Nudge.state == NudgeState.PAUSED)
        return list((await self.session.execute(statement)).scalars())

    async def upcoming(self, user_id: int) -> list[Nudge]:
        """The user's nudges still ahead (or failed), in due order, for /agenda."""
        statement = (
            select(Nudge)
            .where(Nudge.user_id == user_id, Nudge.state.in_(UPCOMING_STATES))
            .order_by(Nudge.due_at, Nudge.id)
        )
        return list((await self.session.execute(statement)).scalars())

    async def pending_of(self, user_id: int) -> list[Nudge]:
        """The user's nudges waiting to be sent, to re-plan them."""
        parameters = {"p_user_id": user_id}
        return list((await self.session.execute(_PENDING_OF, parameters)).scalars())

    async def stop_for_application(self, application_id: int, now: dt.datetime) -> None:
        """Stop every open nudge of an application."""
        await self.session.execute(
            update(Nudge)
            .where(Nudge.application_id == application_id, Nudge.state.in_(OPEN_STATES))
            .values(state=NudgeState.STOPPED, lease_until=None, updated_at=now)
            .execution_options(synchronize_session=False)
        )

    async def next_pending_due(self) -> dt.datetime | None:
        """The earliest due moment of a pending nudge, if any."""
        statement = select(func.min(Nudge.due_at)).where(Nudge.state == NudgeState.PENDING)
        return (await self.session.execute(statement)).scalar_one_or_none()

    async def last_message_id(self) -> int:
        """The highest Telegram message id a nudge was sent in (0 if none)."""
        statement = select(func.max(Nudge.telegram_message_id))
        return (await self.session.execute(statement)).scalar_one_or_none() or 0
