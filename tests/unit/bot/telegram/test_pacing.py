"""The outbox's per-chat pacer, on a virtual clock: order per chat, chats independent, a 429
waited out and retried within the bound, bounded lanes."""

from __future__ import annotations

import asyncio
import heapq
import itertools
import logging
from typing import Any

import pytest
from telegram.error import RetryAfter

from bot.telegram.pacing import ChatPacer, LaneFull, delivering

# python-telegram-bot 22 warns on every RetryAfter built with seconds, as Telegram sends them.
pytestmark = pytest.mark.filterwarnings(
    "ignore:.*retry_after.*:telegram.warnings.PTBDeprecationWarning"
)


class VirtualClock:
    """Time that passes only when the test says so; `sleep` waits for it."""

    def __init__(self) -> None:
        self.now = 0.0
        self._sleepers: list[tuple[float, int, asyncio.Future[None]]] = []
        self._order = itertools.count()

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        heapq.heappush(self._sleepers, (self.now + seconds, next(self._order), future))
        await future

    async def settle(self) -> None:
        """Let every task run until all wait on the clock (or are done)."""
        for _ in range(100):
            await asyncio.sleep(0)

    async def advance(self, seconds: float) -> None:
        """Move time forward, waking the sleepers due on the way, in order."""
        await self.settle()
        target = self.now + seconds
        while self._sleepers and self._sleepers[0][0] <= target:
            wake, _order, future = heapq.heappop(self._sleepers)
            self.now = max(self.now, wake)
            future.set_result(None)
            await self.settle()
        self.now = target
        await self.settle()


class FakeTelegram:
    """The far end of the pacer: records each call at its (virtual) time, or floods it."""

    def __init__(self, clock: VirtualClock) -> None:
        self.clock = clock
        self.sent: list[tuple[float, Any, str]] = []
        self.tries: list[str] = []
        self.floods: dict[str, list[int]] = {}  # text: retry_after of its next answers

    async def call(self, chat_id: Any, text: str) -> dict[str, Any]:
        self.tries.append(text)
        answers = self.floods.get(text)
        if answers:
            raise RetryAfter(answers.pop(0))
        self.sent.append((self.clock.now, chat_id, text))
        return {"ok": True}


def send(
    pacer: ChatPacer, telegram: FakeTelegram, chat_id: int | None, text: str, *, method: str = ""
) -> Any:
    """What python-telegram-bot's ExtBot does for one call with a rate limiter."""
    data: dict[str, Any] = {"text": text}
    if chat_id is not None:
        data["chat_id"] = chat_id
    return pacer.process_request(
        telegram.call, (chat_id, text), {}, method or "sendMessage", data, None
    )


@pytest.fixture
def clock() -> VirtualClock:
    return VirtualClock()


@pytest.fixture
def telegram(clock: VirtualClock) -> FakeTelegram:
    return FakeTelegram(clock)


@pytest.fixture
def pacer(clock: VirtualClock) -> ChatPacer:
    return ChatPacer(burst=3, interval=1.0, clock=clock, sleep=clock.sleep)


async def test_a_chat_gets_a_burst_then_one_a_second_in_order(
    pacer: ChatPacer, telegram: FakeTelegram, clock: VirtualClock
) -> None:
    tasks = [asyncio.create_task(send(pacer, telegram, 1, f"m{i}")) for i in range(6)]
    await clock.advance(10)
    await asyncio.gather(*tasks)
    assert [(at, text) for at, _chat, text in telegram.sent] == [
        (0.0, "m0"),
        (0.0, "m1"),
        (0.0, "m2"),
        (1.0, "m3"),
        (2.0, "m4"),
        (3.0, "m5"),
    ]
    assert pacer.stats.paced_waits == 3


async def test_edits_keep_their_place_in_the_lane_without_spending_the_pace(
    pacer: ChatPacer, telegram: FakeTelegram, clock: VirtualClock
) -> None:
    calls = [("m0", ""), ("m1", ""), ("m2", ""), ("m3", ""), ("e", "editMessageText")]
    tasks = [asyncio.create_task(send(pacer, telegram, 1, t, method=m)) for t, m in calls]
    await clock.advance(5)
    await asyncio.gather(*tasks)
    # The edit waits for the message before it (order), then goes at once (not paced).
    assert [(at, text) for at, _chat, text in telegram.sent][-2:] == [(1.0, "m3"), (1.0, "e")]


async def test_chats_are_independent(
    pacer: ChatPacer, telegram: FakeTelegram, clock: VirtualClock
) -> None:
    telegram.floods["slow0"] = [20]
    with delivering(1, 1, clock=clock):
        slow = [asyncio.create_task(send(pacer, telegram, 1, f"slow{i}")) for i in range(5)]
    await clock.settle()
    other = asyncio.create_task(send(pacer, telegram, 2, "other"))
    answer = asyncio.create_task(send(pacer, telegram, None, "toast", method="answerCallbackQuery"))
    await clock.settle()
    # Chat 1 waits out its 429; chat 2 and the callback answer go out at once meanwhile.
    assert [(at, text) for at, _chat, text in telegram.sent] == [(0.0, "other"), (0.0, "toast")]
    await clock.advance(30)
    await asyncio.gather(*slow, other, answer)
    chat1 = [(at, text) for at, chat, text in telegram.sent if chat == 1]
    assert chat1 == [
        (20.0, "slow0"),
        (21.0, "slow1"),
        (22.0, "slow2"),
        (23.0, "slow3"),
        (24.0, "slow4"),
    ]


async def test_a_429_is_waited_out_then_the_same_call_is_sent_again(
    pacer: ChatPacer, telegram: FakeTelegram, clock: VirtualClock
) -> None:
    telegram.floods["question"] = [1, 2]
    with delivering(7, 42, clock=clock):
        task = asyncio.create_task(send(pacer, telegram, 1, "question"))
        after = asyncio.create_task(send(pacer, telegram, 1, "after"))
    await clock.advance(10)
    assert await task == {"ok": True}
    await after
    assert telegram.tries == ["question", "question", "question", "after"]
    assert [(at, text) for at, _chat, text in telegram.sent] == [(3.0, "question"), (4.0, "after")]
    assert (pacer.stats.floods, pacer.stats.retried, pacer.stats.given_up) == (2, 2, 0)


async def test_a_call_gets_at_most_three_tries_then_it_is_logged_with_the_update_and_user(
    pacer: ChatPacer,
    telegram: FakeTelegram,
    clock: VirtualClock,
    caplog: pytest.LogCaptureFixture,
) -> None:
    telegram.floods["question"] = [1, 1, 1, 1]
    with (
        caplog.at_level(logging.ERROR, logger="bot.telegram.pacing"),
        delivering(7, 42, clock=clock),
    ):
        task = asyncio.create_task(send(pacer, telegram, 1, "question"))
        await clock.advance(10)
        with pytest.raises(RetryAfter):
            await task
    assert telegram.tries == ["question"] * 3 and telegram.sent == []
    [record] = caplog.records
    assert (record.__dict__["update_id"], record.__dict__["user_id"]) == (7, 42)
    assert pacer.stats.given_up == 1


async def test_a_turn_waits_at_most_thirty_seconds_in_all(
    pacer: ChatPacer, telegram: FakeTelegram, clock: VirtualClock
) -> None:
    telegram.floods["first"] = [20]
    telegram.floods["second"] = [20]
    with delivering(7, 42, clock=clock):
        first = asyncio.create_task(send(pacer, telegram, 1, "first"))
        second = asyncio.create_task(send(pacer, telegram, 1, "second"))
    await clock.advance(60)
    assert await first == {"ok": True}
    # The second one met its 429 at 21 s: waiting 20 s more would go past the turn's 30 s.
    with pytest.raises(RetryAfter):
        await second
    assert telegram.tries == ["first", "first", "second"]


async def test_outside_a_turn_a_429_goes_back_to_the_caller_at_once(
    pacer: ChatPacer, telegram: FakeTelegram, clock: VirtualClock
) -> None:
    telegram.floods["nudge"] = [5]
    task = asyncio.create_task(send(pacer, telegram, 1, "nudge"))
    await clock.settle()
    with pytest.raises(RetryAfter):
        await task
    # The chat's lane still honours it: the next message waits the 5 s.
    reply = asyncio.create_task(send(pacer, telegram, 1, "reply"))
    await clock.advance(10)
    await reply
    assert telegram.sent == [(5.0, 1, "reply")]


async def test_a_lane_is_bounded_and_forgotten_once_idle(
    clock: VirtualClock, telegram: FakeTelegram
) -> None:
    pacer = ChatPacer(burst=1, interval=1.0, max_waiting=2, clock=clock, sleep=clock.sleep)
    waiting = [asyncio.create_task(send(pacer, telegram, 1, f"m{i}")) for i in range(3)]
    await clock.settle()
    assert pacer.waiting(1) == 2  # m0 went out at once, m1 and m2 wait their turn
    with pytest.raises(LaneFull):
        await send(pacer, telegram, 1, "one too many")
    await clock.advance(5)
    await asyncio.gather(*waiting)
    assert pacer.waiting(1) == 0
    await send(pacer, telegram, 2, "another chat, later")
    assert pacer.lanes() == 1  # chat 1's lane, idle and back to a full burst, is gone
