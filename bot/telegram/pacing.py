"""The outbox: every Bot API call of the process, in order per chat, paced per chat, and a
flood-control answer (429, `RetryAfter`) waited out and the call sent again.

`ChatPacer` is a python-telegram-bot rate limiter, given to `ApplicationBuilder.rate_limiter`:
every call the Application's bot makes passes through it, whoever makes it (the handlers'
replies, edits, documents and callback answers, the error handler's message, the reminder engine's
nudges). So a nudge and a reply to the same chat share one pace.

Telegram asks a bot not to send more than about one message a second in a chat, short bursts
tolerated. Each chat has a lane:

- its calls go out one at a time, in the order they came (a FIFO lock), so a reply never
  overtakes the one before it, even when that one is being retried;
- the calls that put a new message in the chat (`PACED_METHODS`) are paced: `burst` at once,
  then one every `interval` seconds (a GCRA, one float per chat). Edits keep their place in the
  lane but are not paced, callback answers carry no chat and are never held: Telegram does not
  count them as messages in the chat, and the user's button spins until it is answered;
- a 429 holds the lane for its `retry_after`; then the same call is sent again. Within a turn
  (`delivering(...)`) a call gets at most `MAX_TRIES` tries, and all the calls of a turn must
  be done within `TURN_BUDGET_S`; past that bound the call is given up, and logged with the
  update id and the user id. Outside a turn (the reminder engine) a 429 goes straight back to the
  caller, which has its own durable retry (the nudge is put back with a due time);
- at most `MAX_WAITING_PER_CHAT` calls wait in a lane (`LaneFull` past it), and idle lanes
  are forgotten: memory is bounded by the chats active in the last few seconds;
- lanes are independent: a chat waiting out its 429 holds up nobody else.

Why our own and not python-telegram-bot's `AIORateLimiter`: that one paces the whole bot and
group chats, but not private chats, which are all of Relance's; its retry counts tries per call
with no time bound per turn; and a `RetryAfter` in one chat halts every request of the bot
until it has passed, so one slow chat would hold up all the others. Its overall limit is not
needed either: the reminder engine keeps its own (`SEND_RATE_PER_S`), and replies follow the users'
own pace. A lane costs a dict lookup, an uncontended lock and a few float operations: about
4 microseconds of CPU per call (measured on 500 chats, against some 170 for the HTTP call).

Several bot processes each pace their own sends; a 429 met because of another process is
waited out like any other.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import time
import warnings
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Coroutine, Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from telegram.error import RetryAfter, TelegramError
from telegram.ext import BaseRateLimiter
from telegram.warnings import PTBDeprecationWarning

logger = logging.getLogger(__name__)

# A burst of 3, then one message every 1.1 s: Telegram's "about 1 a second" with a margin for
# the network's jitter between two sends.
CHAT_BURST = 3
CHAT_INTERVAL_S = 1.1
MAX_TRIES = 3
TURN_BUDGET_S = 30.0
MAX_WAITING_PER_CHAT = 32
# Calls that put a new message in a chat: those Telegram counts against the chat's limit.
PACED_METHODS = frozenset(
    {
        "sendMessage",
        "sendDocument",
        "sendPhoto",
        "sendMediaGroup",
        "sendAudio",
        "sendVideo",
        "sendVoice",
        "sendAnimation",
        "sendSticker",
        "sendLocation",
        "sendContact",
        "sendPoll",
        "copyMessage",
        "forwardMessage",
    }
)

Result = bool | dict[str, Any] | list[dict[str, Any]]
Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]


class LaneFull(TelegramError):
    """A chat already has `MAX_WAITING_PER_CHAT` calls waiting: this one is not queued."""


@dataclass
class Delivery:
    """The replies of one turn: whom they answer (for the logs), and until when they may be
    retried."""

    update_id: int | None
    user_id: int | None
    deadline: float


_DELIVERY: ContextVar[Delivery | None] = ContextVar("relance_delivery", default=None)


@contextlib.contextmanager
def delivering(
    update_id: int | None,
    user_id: int | None,
    *,
    budget_s: float = TURN_BUDGET_S,
    clock: Clock = time.monotonic,
) -> Iterator[Delivery]:
    """Within this block, the calls made (in this task and the tasks it starts) are one turn's
    replies: a 429 is waited out and the call sent again, within the turn's bound."""
    delivery = Delivery(update_id, user_id, clock() + budget_s)
    token = _DELIVERY.set(delivery)
    try:
        yield delivery
    finally:
        _DELIVERY.reset(token)


def retry_after_s(exc: RetryAfter) -> float:
    """`retry_after` in seconds (python-telegram-bot 22 warns that it becomes a timedelta)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, dt.timedelta) else float(value)


class _Lane:
    """One chat: who waits, in order, and when its next paced call may go (GCRA's theoretical
    arrival time)."""

    __slots__ = ("lock", "tat", "waiting")

    def __init__(self) -> None:
        self.lock = asyncio.Lock()  # FIFO: waiters are served in the order they came
        self.tat = 0.0
        self.waiting = 0


@dataclass
class PacerStats:
    """What the pacer met, for logs and benchmarks."""

    calls: int = 0
    paced_waits: int = 0
    floods: int = 0
    retried: int = 0
    given_up: int = 0
    lane_full: int = 0


class ChatPacer(BaseRateLimiter[None]):
    """Per-chat lanes for every Bot API call; see the module docstring."""

    def __init__(
        self,
        *,
        burst: int = CHAT_BURST,
        interval: float = CHAT_INTERVAL_S,
        max_tries: int = MAX_TRIES,
        max_waiting: int = MAX_WAITING_PER_CHAT,
        clock: Clock = time.monotonic,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        if max_tries < 1 or max_waiting < 1:
            raise ValueError("max_tries and max_waiting must be >= 1")
        self.set_pace(burst, interval)
        self.max_tries = max_tries
        self.max_waiting = max_waiting
        self.clock = clock
        self.sleep = sleep
        self.stats = PacerStats()
        self._lanes: OrderedDict[int | str, _Lane] = OrderedDict()

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release: the calls still waiting are their callers'."""

    def set_pace(self, burst: int, interval: float) -> None:
        """`burst` messages at once in a chat, then one every `interval` seconds (0: no
        pacing, only the order and the retries)."""
        if burst < 1 or interval < 0:
            raise ValueError("burst must be >= 1, interval >= 0")
        self.interval = interval
        self.tolerance = (burst - 1) * interval

    def waiting(self, chat_id: int | str) -> int:
        """How many calls wait in (or are going out of) this chat's lane."""
        lane = self._lanes.get(chat_id)
        return lane.waiting if lane is not None else 0

    def lanes(self) -> int:
        """How many chats the pacer remembers."""
        return len(self._lanes)

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, Result]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: None,
    ) -> Result:
        """Send the call in its chat's lane (paced if it posts a message), retrying a 429."""
        self.stats.calls += 1
        chat_id = data.get("chat_id")
        if not isinstance(chat_id, int | str):
            # No chat (a callback answer, the menu): never held behind a chat's messages.
            return await self._send(callback, args, kwargs, endpoint, None)
        lane = self._lane(chat_id)
        if lane.waiting >= self.max_waiting:
            self.stats.lane_full += 1
            delivery = _DELIVERY.get()
            logger.error(
                "chat %s has %d calls waiting: %s not sent",
                chat_id,
                lane.waiting,
                endpoint,
                extra=_log_extra(delivery, "reply_dropped"),
            )
            raise LaneFull(f"too many calls waiting for chat {chat_id}")
        lane.waiting += 1
        try:
            async with lane.lock:
                return await self._send(callback, args, kwargs, endpoint, lane)
        finally:
            lane.waiting -= 1

    def _lane(self, chat_id: int | str) -> _Lane:
        lanes = self._lanes
        lane = lanes.get(chat_id)
        if lane is not None:
            lanes.move_to_end(chat_id)
            return lane
        # Forget the lanes nobody waits in and whose pace is back to a full burst, oldest
        # first: what is left is the chats of the last few seconds.
        now = self.clock()
        while lanes:
            oldest = next(iter(lanes.values()))
            if oldest.waiting or oldest.tat > now:
                break
            lanes.popitem(last=False)
        lane = lanes[chat_id] = _Lane()
        return lane

    async def _pace(self, lane: _Lane) -> None:
        """Wait until the lane may post one more message, then count it."""
        now = self.clock()
        allowed_at = lane.tat - self.tolerance
        if allowed_at > now:
            self.stats.paced_waits += 1
            await self.sleep(allowed_at - now)
            now = self.clock()
        lane.tat = max(lane.tat, now) + self.interval

    async def _send(
        self,
        callback: Callable[..., Coroutine[Any, Any, Result]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        lane: _Lane | None,
    ) -> Result:
        paced = lane is not None and endpoint in PACED_METHODS
        tries = 0
        while True:
            if paced:
                assert lane is not None
                await self._pace(lane)
            tries += 1
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as exc:
                self.stats.floods += 1
                wait = retry_after_s(exc)
                now = self.clock()
                if lane is not None:
                    # Nothing more for this chat until Telegram allows it, then one at a time.
                    lane.tat = max(lane.tat, now + wait + self.tolerance)
                delivery = _DELIVERY.get()
                if delivery is None:
                    raise  # the caller (the reminder engine) retries in its own way
                if tries >= self.max_tries or now + wait > delivery.deadline:
                    self.stats.given_up += 1
                    logger.error(
                        "flood control: %s for update %s (user %s) given up after %d tries",
                        endpoint,
                        delivery.update_id,
                        delivery.user_id,
                        tries,
                        extra=_log_extra(delivery, "reply_given_up"),
                    )
                    raise
                self.stats.retried += 1
                logger.info(
                    "flood control: %s for update %s waits %.1f s",
                    endpoint,
                    delivery.update_id,
                    wait,
                    extra=_log_extra(delivery, "reply_retried"),
                )
                if not paced:
                    await self.sleep(wait)
                # A paced call waits in _pace, where the lane now holds it until then.


def _log_extra(delivery: Delivery | None, event: str) -> dict[str, Any]:
    extra: dict[str, Any] = {"event": event}
    if delivery is not None:
        if delivery.update_id is not None:
            extra["update_id"] = delivery.update_id
        if delivery.user_id is not None:
            extra["user_id"] = delivery.user_id
    return extra
