"""An account silent for 24 months is erased, after one warning a month before (/privacy).

`sweep(services, now)` runs from a daily JobQueue job; the warning is a nudge row like any
other, so it reaches the user in a slot, once, whichever process sends it.
"""

from __future__ import annotations

import datetime as dt
import logging

from bot.services import Services
from flows.domain import NudgeKind
from flows.pipeline import RETENTION, RETENTION_WARNING
from storage.nudges import NudgeRepo
from storage.repositories import UpdateLog, UserRepo

logger = logging.getLogger(__name__)
BATCH = 500
UPDATE_IDS_KEPT = dt.timedelta(days=2)


async def sweep(services: Services, now: dt.datetime) -> tuple[int, int]:
    """Warn the accounts a month from deletion, erase those warned and still silent.
    Returns (warned, erased)."""
    warned = erased = 0
    async with services.session() as session, session.begin():
        users = UserRepo(session)
        to_warn = await users.silent_unwarned(now - (RETENTION - RETENTION_WARNING), BATCH)
        repo = NudgeRepo(session)
        for user in to_warn:
            await repo.plan(
                user_id=user.id,
                application_id=None,
                kind=NudgeKind.ACCOUNT_EXPIRY,
                due_at=now,
                last_useful_at=None,
                now=now,
            )
            warned += 1
        to_erase = await users.warned_and_silent(now - RETENTION, now - RETENTION_WARNING, BATCH)
        for user_id in to_erase:
            await users.forget(user_id)
            erased += 1
        # Telegram retries a webhook delivery for a day at most: older ids can go.
        await UpdateLog(session).prune(now - UPDATE_IDS_KEPT)
    if warned or erased:
        logger.info("retention: %d accounts warned, %d erased", warned, erased)
    return warned, erased
