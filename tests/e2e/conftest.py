"""The end-to-end fixtures: the fake Bot API, a test clock, and Relance running against them in
polling or webhook mode, on SQLite and on PostgreSQL. The harness itself is `testkit.harness`."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator

import pytest

from testkit.fakebot import DEFAULT_TOKEN, FakeBotAPI
from testkit.harness import Relance, TestClock


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotAPI]:
    """The fake Bot API; at the end, nothing the bot sent was refused and every query answered."""
    async with FakeBotAPI(DEFAULT_TOKEN) as server:
        yield server
        assert not server.refused, server.refused
        assert not server.unanswered_callback_queries()


@pytest.fixture
def clock() -> TestClock:
    # A Monday morning in Paris.
    return TestClock(dt.datetime(2026, 11, 23, 9, 30, tzinfo=dt.UTC))


async def _relance(
    fake: FakeBotAPI, database_url: str, clock: TestClock, mode: str
) -> AsyncIterator[Relance]:
    relance = Relance(fake=fake, database_url=database_url, mode=mode, clock=clock)
    await relance.start()
    try:
        yield relance
    finally:
        await relance.stop()


@pytest.fixture
async def relance(fake: FakeBotAPI, database_url: str, clock: TestClock) -> AsyncIterator[Relance]:
    """Relance in polling mode, on SQLite and on PostgreSQL."""
    async for running in _relance(fake, database_url, clock, "polling"):
        yield running


@pytest.fixture(params=["polling", "webhook"])
async def relance_any_mode(
    request: pytest.FixtureRequest, fake: FakeBotAPI, database_url: str, clock: TestClock
) -> AsyncIterator[Relance]:
    """Relance in polling mode and in webhook mode, on SQLite and on PostgreSQL."""
    async for running in _relance(fake, database_url, clock, request.param):
        yield running
