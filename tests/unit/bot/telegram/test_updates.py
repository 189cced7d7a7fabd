"""The update processor: one user's updates one at a time and in order, and a user with many
updates waiting holds one slot, never all of them."""

from __future__ import annotations

import asyncio
import datetime as dt

from telegram import Chat, Message, Update, User

from bot.telegram.updates import PerUserUpdateProcessor


def message_update(update_id: int, user_id: int) -> Update:
    user = User(user_id, "Test", is_bot=False)
    chat = Chat(user_id, Chat.PRIVATE)
    sent = dt.datetime(2026, 11, 23, 9, 30, tzinfo=dt.UTC)
    return Update(update_id, message=Message(update_id, sent, chat, from_user=user, text="hi"))


async def test_a_user_with_many_updates_waiting_holds_one_slot() -> None:
    processor = PerUserUpdateProcessor(max_concurrent_updates=2)
    release = asyncio.Event()
    order: list[int] = []

    async def slow(update_id: int) -> None:
        order.append(update_id)
        await release.wait()  # a turn waiting out its chat's pace

    busy = [
        asyncio.create_task(processor.process_update(message_update(i, 1), slow(i)))
        for i in range(1, 11)
    ]
    other_done = asyncio.Event()

    async def other() -> None:
        other_done.set()

    other_task = asyncio.create_task(processor.process_update(message_update(99, 2), other()))
    # User 2 goes through while user 1's first update still holds its slot and nine wait.
    await asyncio.wait_for(other_done.wait(), 5)
    assert order == [1]
    release.set()
    await asyncio.gather(*busy, other_task)
    assert order == list(range(1, 11))  # user 1's, one at a time, in order
