"""A database that is away: the user is asked to try again, soon, and nothing is half-saved."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import AsyncIterator

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

import storage.db
from storage.models import Application
from testkit.fakebot import FakeBotAPI
from testkit.harness import Relance, TestClock

RETRY_FR = "cette étape n'a pas été enregistrée"
LOCK_WAIT_S = 0.5


@pytest.fixture
async def relance_sqlite(
    fake: FakeBotAPI, database_url: str, clock: TestClock, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[Relance]:
    if not database_url.startswith("sqlite"):
        pytest.skip("another process's lock on the file is a SQLite matter")
    monkeypatch.setattr(storage.db, "SQLITE_LOCK_WAIT_S", LOCK_WAIT_S)
    relance = Relance(fake=fake, database_url=database_url, mode="polling", clock=clock)
    await relance.start()
    try:
        yield relance
    finally:
        await relance.stop()


def _lock(path: str) -> sqlite3.Connection:
    """What another process holding the file does: an exclusive transaction, left open."""
    connection = sqlite3.connect(path, timeout=5, isolation_level=None)
    connection.execute("BEGIN EXCLUSIVE")
    return connection


async def _count_applications(relance: Relance) -> int:
    async with relance.services().session() as session:
        return int((await session.execute(select(func.count(Application.id)))).scalar_one())


async def test_a_locked_database_asks_every_waiting_user_to_try_again(
    relance_sqlite: Relance,
) -> None:
    relance = relance_sqlite
    alice = await relance.user()
    bob = await relance.user()
    for client in (alice, bob):
        await client.send("/start")
        await client.click("France")
    await alice.send("/new")
    await alice.send("Acme")
    database = make_url(relance.database_url).database
    assert database is not None

    lock = _lock(database)
    try:
        replies = await asyncio.gather(alice.send("Data analyst"), bob.send("/list"))
    finally:
        lock.rollback()
        lock.close()

    for reply in replies:
        assert len(reply) == 1 and RETRY_FR in (reply[0].plain_text or "")
    # Nothing was half-saved: Alice's dialog is still at the role question, and answering it
    # again now works.
    assert await _count_applications(relance) == 0
    after = await alice.send("Data analyst")
    assert "personne qui recrute" in (after[-1].plain_text or "")
