"""Updates of different users are handled concurrently; those of one user, one at a time and
in order, so a dialog never sees two of its steps interleave."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

MAX_CONCURRENT_UPDATES = 16


class PerUserUpdateProcessor(BaseUpdateProcessor):
    """At most MAX_CONCURRENT_UPDATES at once, and one per user at a time."""

    def __init__(self, max_concurrent_updates: int = MAX_CONCURRENT_UPDATES) -> None:
        super().__init__(max_concurrent_updates)
        self._locks: dict[int, asyncio.Lock] = {}
        self._waiting: dict[int, int] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        user = update.effective_user if isinstance(update, Update) else None
        if user is None:
            await coroutine
            return
        lock = self._locks.setdefault(user.id, asyncio.Lock())
        self._waiting[user.id] = self._waiting.get(user.id, 0) + 1
        try:
            async with lock:
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
