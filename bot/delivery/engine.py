"""The reminder engine: claim due nudges, send them within the rate, record what happened.

`tick(now)` is the whole of it; the JobQueue calls it every DISPATCH_INTERVAL_S with the real
clock, tests call it with theirs. Delivery is at least once: a process that dies between a send
and its record re-sends after the lease (the duplicate window is the sends in flight).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import time
import warnings
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

from aiolimiter import AsyncLimiter
from telegram import InlineKeyboardMarkup
from telegram.error import BadRequest, Forbidden, RetryAfter, TelegramError
from telegram.warnings import PTBDeprecationWarning

from bot.coach.cards import stale_of
from bot.coach.paste import read_quiet_parts
from bot.coach.planning import calendar_of
from bot.delivery.messages import Delivery, Message, messages_of, plan_of
from bot.delivery.records import Record, Recorder, log_delivered, retry_or_fail
from bot.services import Services
from bot.views.nudge import MAX_PER_MESSAGE, NudgeItem
from flows.domain import NudgeKind, NudgeState
from storage.models import User
from storage.nudges import NudgeRepo
from storage.repositories import ApplicationRepo, UserRepo

logger = logging.getLogger(__name__)

BATCH = 200
# More nudges of one user than fit a message: the rest go one tick later.
NEXT_MESSAGE_DELAY = dt.timedelta(seconds=1)
CONCURRENT_SENDS = 16
SEND_BURST = 5
TELEGRAM_OVERALL_RATE = 30.0
# A claim's messages stop going out once this share of its lease has passed.
LEASE_SAFETY = 0.8


@dataclass
class TickReport:
    """What one tick did, for logs, tests and benchmarks."""

    claimed: int = 0
    sent: int = 0
    messages: int = 0
    deferred: int = 0
    expired: int = 0
    retried: int = 0
    failed: int = 0
    paused: int = 0
    floods: int = 0
    nudge_ids_sent: list[int] = field(default_factory=list)


class Sender(Protocol):
    """What the reminder engine needs of a bot: python-telegram-bot's Bot, or the console's."""

    async def send_message(
        self, chat_id: int, text: str, *, reply_markup: InlineKeyboardMarkup | None = None
    ) -> Any: ...


class ReminderEngine:
    """Delivers due nudges for one bot process."""

    def __init__(self, services: Services, bot: Sender, *, batch: int = BATCH) -> None:
        self.services = services
        self.bot = bot
        self.batch = batch
        rate = services.settings.send_rate_per_s
        # This limits the whole process's reminders; each chat's own pace (shared with the
        # replies to that user) is the pacer's (bot/telegram/pacing.py), which hands a 429 back
        # here: the nudge is put back with a due time, a retry that survives a restart.
        # Small bursts: at most SEND_BURST messages at once, then one every 1/rate seconds, so
        # no second ever carries much more than `rate` (a burst of `rate` plus `rate` a second
        # would go past Telegram's bucket of 30).
        self.limiter = AsyncLimiter(max_rate=SEND_BURST, time_period=SEND_BURST / rate)
        self.semaphore = asyncio.Semaphore(CONCURRENT_SENDS)
        self._lock = asyncio.Lock()
        self._closed = False
        self._task: asyncio.Task[object] | None = None
        # Claimed by this process and not recorded yet: put back to pending if it stops.
        self._in_flight: set[int] = set()
        # Each claimed nudge's lease, as written at the claim: only its holder records it.
        self._lease: dict[int, dt.datetime] = {}
        self._claimed_at = 0.0  # time.monotonic() of the last claim
        # Sends that went out while the database could not record them: recorded first thing
        # at the next tick, before anything else is claimed or sent.
        self._unrecorded: list[Record] = []
        self._db_down = False
        self._recorder = Recorder(services)

    async def tick(self, now: dt.datetime) -> TickReport:
        """Claim what is due now, deliver it, record it. Never two ticks at once in a process."""
        async with self._lock:
            report = TickReport()
            if self._closed:
                return report
            self._task = asyncio.current_task()
            self._db_down = False
            try:
                if not await self._flush_unrecorded():
                    return report  # the database is still down: claim nothing more
                await self._read_quiet_parts(now)
                deliveries = await self._claim(now, report)
                results = await asyncio.gather(
                    *(self._deliver(d, now, report) for d in deliveries), return_exceptions=True
                )
                for result in results:
                    if isinstance(result, BaseException):
                        logger.error(
                            "nudge delivery failed: %s", type(result).__name__, exc_info=result
                        )
            finally:
                self._task = None
            if report.claimed:
                logger.info(
                    "dispatch: claimed=%d sent=%d deferred=%d expired=%d retried=%d failed=%d "
                    "paused=%d",
                    report.claimed,
                    report.sent,
                    report.deferred,
                    report.expired,
                    report.retried,
                    report.failed,
                    report.paused,
                )
            return report

    async def _read_quiet_parts(self, now: dt.datetime) -> None:
        """Long messages whose parts stopped coming: read them now, and send the answers (see
        bot.coach.paste)."""
        try:
            answers = await read_quiet_parts(self.services, now)
        except Exception:
            # Held in the database: the next tick tries again; the nudges go on meanwhile.
            logger.exception("could not read the held parts of a long message")
            return
        for user_id, outbox in answers:
            for item in outbox:
                try:
                    await self.bot.send_message(user_id, item.text, reply_markup=item.markup)
                except TelegramError as exc:
                    logger.info("held message's answer not delivered to %s: %s", user_id, exc)
                    break

    async def close(self, now: dt.datetime) -> int:
        """Stop for good: cancel the tick under way and put its claimed, unrecorded nudges back
        to pending (a send already on its way may then go out twice: at least once, never
        lost). Returns how many were put back."""
        self._closed = True
        task = self._task
        if task is not None and not task.done() and task is not asyncio.current_task():
            task.cancel()
            await asyncio.wait([task])
        await self._flush_unrecorded()
        ids = sorted(self._in_flight)
        self._forget(ids)
        if ids:
            async with self.services.session() as session, session.begin():
                await NudgeRepo(session).release(ids, now, due_at=now, refund_attempt=True)
            logger.info("put %d claimed nudges back to pending", len(ids))
        return len(ids)

    def _batch_size(self) -> int:
        """No more than can be sent within half a lease at this process's send rate, so that no
        claim runs out while its messages wait their turn."""
        settings = self.services.settings
        rate = min(settings.send_rate_per_s, TELEGRAM_OVERALL_RATE)
        return max(1, min(self.batch, int(rate * settings.nudge_lease_s / 2)))

    def _lease_running_out(self) -> bool:
        """Whether the last claim's lease is nearly over: another process may take its rows."""
        lease = self.services.settings.nudge_lease_s
        return time.monotonic() - self._claimed_at > lease * LEASE_SAFETY

    async def _flush_unrecorded(self) -> bool:
        """Record the sends the database missed; False if it still cannot."""
        while self._unrecorded:
            record = self._unrecorded[0]
            try:
                async with self.services.session() as session, session.begin():
                    await record.write(NudgeRepo(session))
            except Exception as exc:
                logger.warning("database still unavailable (%s): will retry", type(exc).__name__)
                return False
            self._unrecorded.pop(0)
        return True

    async def _claim(self, now: dt.datetime, report: TickReport) -> list[Delivery]:
        """Claim due nudges in one committed transaction and sort them out per user (T2, T3)."""
        settings = self.services.settings
        lease = dt.timedelta(seconds=settings.nudge_lease_s)
        by_user: dict[int, Delivery] = {}
        async with self.services.session() as session, session.begin():
            repo = NudgeRepo(session)
            claimed = await repo.claim_due(now, lease, self._batch_size())
            self._claimed_at = time.monotonic()
            for nudge in claimed:
                if nudge.lease_until is not None:
                    self._lease[nudge.id] = nudge.lease_until
            report.claimed = len(claimed)
            if not claimed:
                return []
            users = await UserRepo(session).by_ids({n.user_id for n in claimed})
            apps = await ApplicationRepo(session).by_ids(
                {n.application_id for n in claimed if n.application_id}
            )
            deferred: dict[dt.datetime, list[int]] = defaultdict(list)
            for nudge in claimed:
                user = users[nudge.user_id]
                calendar = calendar_of(user, settings.workday_end)
                if not calendar.in_slot(now):
                    # T2: outside working hours, wait for the next slot (even to say it expired).
                    deferred[calendar.first_slot_at_or_after(now)].append(nudge.id)
                    continue
                app = apps.get(nudge.application_id) if nudge.application_id else None
                item = NudgeItem(nudge, app, plan_of(app, user, now, nudge))
                if nudge.kind is NudgeKind.STALE_REVIEW:
                    stale = await stale_of(session, user.id, now)
                    if not stale:
                        # Nothing is stale any more: nothing to offer this week.
                        nudge.state = NudgeState.DONE
                        continue
                    item.names = tuple(a.company for a in stale[:20])
                delivery = by_user.setdefault(user.id, Delivery(user, []))
                if nudge.last_useful_at is not None and nudge.last_useful_at < now:
                    delivery.expired.append(item)  # T3
                elif len(delivery.items) < MAX_PER_MESSAGE:
                    delivery.items.append(item)
                else:
                    deferred[now + NEXT_MESSAGE_DELAY].append(nudge.id)
            for due_at, ids in deferred.items():
                await repo.release(ids, now, due_at=due_at, refund_attempt=True)
                report.deferred += len(ids)
                self._forget(ids)
        deliveries = list(by_user.values())
        for delivery in deliveries:
            self._in_flight.update(i.nudge.id for i in (*delivery.items, *delivery.expired))
        return deliveries

    async def _deliver(self, delivery: Delivery, now: dt.datetime, report: TickReport) -> None:
        for message in messages_of(delivery):
            await self._send(message, now, report)

    async def _send(self, message: Message, now: dt.datetime, report: TickReport) -> None:
        """Send one message and record its outcome; then its nudges are no longer in flight.
        At most CONCURRENT_SENDS messages are between their send and their record at once:
        that bounds what a crash or a database failure can make go out twice."""
        async with self.semaphore:
            await self._send_and_record(message, now, report)
        self._forget(message.ids)

    def _forget(self, ids: Iterable[int]) -> None:
        """These nudges are recorded, or back in the table's hands: no longer this process's."""
        for nudge_id in ids:
            self._in_flight.discard(nudge_id)
            self._lease.pop(nudge_id, None)

    async def _send_and_record(
        self, message: Message, now: dt.datetime, report: TickReport
    ) -> None:
        user, ids, expired = message.user, message.ids, message.expired
        error: str | None = None
        lease_until = self._lease.get(ids[0]) if ids else None
        try:
            async with self.limiter:
                if self._db_down or self._lease_running_out():
                    # Nothing could record it, or another process may take it over: leave the
                    # claim to run out, and the nudge comes back then. No send, no duplicate.
                    return
                sent = await self.bot.send_message(
                    user.id, message.text, reply_markup=message.markup
                )
        except RetryAfter as exc:
            seconds = _retry_after_s(exc)
            report.floods += 1
            report.retried += len(ids)
            async with self.services.session() as session, session.begin():
                await NudgeRepo(session).release(
                    ids,
                    now,
                    due_at=now + dt.timedelta(seconds=seconds),
                    error="flood control",
                    refund_attempt=True,
                )
            return
        except Forbidden as exc:
            error = f"forbidden: {exc.message}"[:200]
            await self._pause(user, now, error, report)
            return
        except BadRequest as exc:
            if "chat not found" in exc.message.lower():
                await self._pause(user, now, f"bad request: {exc.message}"[:200], report)
                return
            error = f"bad request: {exc.message}"[:200]
            logger.error("nudge message refused for user %s: %s", user.id, exc.message)
        except TelegramError as exc:
            error = f"{type(exc).__name__}: {exc.message}"[:200]
        else:
            report.messages += 1
            record = Record(ids, now, sent.message_id, expired, lease_until)
            try:
                await self._recorder.write(record)
            except Exception as exc:
                # Sent but not recorded: keep it in memory, stop sending in this tick.
                logger.error(
                    "could not record a sent nudge (%s): kept to record later", type(exc).__name__
                )
                self._db_down = True
                self._unrecorded.append(record)
            if expired:
                report.expired += len(ids)
            else:
                report.sent += len(ids)
                report.nudge_ids_sent.extend(ids)
            log_delivered(user.id, ids, expired)
            return
        # A network error, a timeout, or a refusal: back off, then fail after max attempts.
        failed, retried = await retry_or_fail(self.services, ids, now, error)
        report.failed += failed
        report.retried += retried

    async def _pause(self, user: User, now: dt.datetime, error: str, report: TickReport) -> None:
        """The user blocked the bot (or their chat is gone): hold their nudges, delete nothing."""
        async with self.services.session() as session, session.begin():
            await NudgeRepo(session).pause_user(user.id, now, error)
        report.paused += 1
        logger.info("user %s blocked the bot: their nudges are paused", user.id)


def _retry_after_s(exc: RetryAfter) -> float:
    """How long Telegram asked to wait, in seconds."""
    with warnings.catch_warnings():
        # PTB 22 warns that retry_after becomes a timedelta; both forms are handled.
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        retry_after = exc.retry_after
    if isinstance(retry_after, dt.timedelta):
        return retry_after.total_seconds()
    return float(retry_after)
