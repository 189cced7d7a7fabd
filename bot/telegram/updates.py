"""Updates of different users are handled concurrently; those of one user, one at a time and
in order, so a dialog never sees two of its steps interleave."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

MAX_CONCURRENT_UPDATES = 16
# Updates let through to wait for their user's turn and a slot (each is a small task).
WAITING_ROOM = 100_000


class PerUserUpdateProcessor(BaseUpdateProcessor):
    """At most MAX_CONCURRENT_UPDATES at once, and one per user at a time.

    An update first waits for its user's turn, and only then for one of the slots: a user who
    sends many messages at once, or whose replies wait out Telegram's per-chat limit, holds one
    slot, never several, and the other users' updates go on. (python-telegram-bot's own
    semaphore, taken before `do_process_update`, would take a slot first: it is given room
    for every update waiting, and the slots are ours.)"""

    def __init__(self, max_concurrent_updates: int = MAX_CONCURRENT_UPDATES) -> None:
        super().__init__(WAITING_ROOM)
        self.slots = max_concurrent_updates
        self._slots = asyncio.BoundedSemaphore(max_concurrent_updates)
        self._locks: dict[int, asyncio.Lock] = {}
        self._waiting: dict[int, int] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        user = update.effective_user if isinstance(update, Update) else None
        if user is None:
            async with self._slots:
                await coroutine
            return
        lock = self._locks.setdefault(user.id, asyncio.Lock())
        self._waiting[user.id] = self._waiting.get(user.id, 0) + 1
        try:
            async with lock, self._slots:
                await coroutine
        finally:
            self._waiting[user.id] -= 1
            if not self._waiting[user.id]:
                # Nobody else queued for this user: drop the lock, memory stays flat.
                del self._waiting[user.id]
                self._locks.pop(user.id, None)

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""
