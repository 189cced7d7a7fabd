"""What the reminder engine writes after a send: the outcome of each message, grouped.

A sent message's nudges become sent (or expired, for the message that said they were missed),
under the lease they were claimed with: a claim that ran out and was taken over belongs to the
other process, and its record is left out.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections import defaultdict
from dataclasses import dataclass

from bot.services import Services
from storage.nudges import NudgeRepo

logger = logging.getLogger(__name__)

# Network errors and timeouts: wait 30 s, 60 s, 120 s... at most an hour, then try again.
BACKOFF_BASE = dt.timedelta(seconds=30)
BACKOFF_MAX = dt.timedelta(hours=1)


@dataclass
class Record:
    """The outcome of one sent message, to write in the database."""

    ids: list[int]
    now: dt.datetime
    message_id: int
    expired: bool
    lease_until: dt.datetime | None

    async def write(self, repo: NudgeRepo) -> None:
        if self.expired:
            await repo.mark_expired(self.ids, self.now, lease_until=self.lease_until)
        else:
            await repo.mark_sent(self.ids, self.now, self.message_id, lease_until=self.lease_until)


class Recorder:
    """Writes the records of sends that came back at about the same time in one transaction:
    each sender still waits until its own record is committed (or failed) before it lets the
    next send go, so what a crash can re-send stays bounded by the engine's concurrent sends."""

    def __init__(self, services: Services) -> None:
        self.services = services
        self._waiting: list[tuple[Record, asyncio.Future[None]]] = []
        self._writer: asyncio.Task[None] | None = None

    async def write(self, record: Record) -> None:
        """Commit this record, with those that arrive meanwhile; raises what the write raised."""
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiting.append((record, done))
        if self._writer is None or self._writer.done():
            self._writer = asyncio.create_task(self._write_all())
        await done

    async def _write_all(self) -> None:
        while self._waiting:
            group, self._waiting = self._waiting, []
            try:
                async with self.services.session() as session, session.begin():
                    await write_records(NudgeRepo(session), [r for r, _ in group])
            except Exception as exc:
                for _, done in group:
                    if not done.done():
                        done.set_exception(exc)
            else:
                for _, done in group:
                    if not done.done():
                        done.set_result(None)


async def write_records(repo: NudgeRepo, records: list[Record]) -> None:
    """Sent nudges under a known lease in one statement; the others one record at a time."""
    sent = [r for r in records if not r.expired and r.lease_until is not None]
    by_now: dict[dt.datetime, list[tuple[int, int, dt.datetime]]] = defaultdict(list)
    for record in sent:
        assert record.lease_until is not None
        by_now[record.now].extend((i, record.message_id, record.lease_until) for i in record.ids)
    for now, sends in by_now.items():
        await repo.mark_sent_each(sends, now)
    for record in records:
        if record.expired or record.lease_until is None:
            await record.write(repo)


async def retry_or_fail(
    services: Services, ids: list[int], now: dt.datetime, error: str | None
) -> tuple[int, int]:
    """A send that failed (a network error, a timeout, a refusal): each nudge is due again
    after a back-off, or failed once its attempts are used up. Returns (failed, retried)."""
    max_attempts = services.settings.nudge_max_attempts
    failed = retried = 0
    async with services.session() as session, session.begin():
        repo = NudgeRepo(session)
        for nudge in await repo.by_ids(set(ids)):
            if nudge.attempts >= max_attempts:
                await repo.mark_failed([nudge.id], now, error or "unknown error")
                failed += 1
                logger.warning(
                    "nudge %s failed after %d attempts: %s", nudge.id, nudge.attempts, error
                )
            else:
                delay = min(BACKOFF_BASE * 2 ** (nudge.attempts - 1), BACKOFF_MAX)
                await repo.release([nudge.id], now, due_at=now + delay, error=error)
                retried += 1
    return failed, retried


def log_delivered(user_id: int, ids: list[int], expired: bool) -> None:
    """A line per nudge delivered (or said to be missed), for the logs' search."""
    for nudge_id in ids:
        logger.info(
            "nudge %s %s",
            nudge_id,
            "expired" if expired else "sent",
            extra={
                "nudge_id": nudge_id,
                "user_id": user_id,
                "event": "nudge_expired" if expired else "nudge_sent",
            },
        )
