"""A pooled PostgreSQL connection the server closed is replaced at checkout, without a question
asked of the server at every checkout."""

from __future__ import annotations

import asyncio

from sqlalchemy import text

from bot.telegram.updates import MAX_CONCURRENT_UPDATES
from storage.db import create_engine, upgrade_to_head
from tests.conftest import postgres_url, reset_postgres


async def test_a_connection_the_server_closed_is_replaced_before_the_next_transaction() -> None:
    url = postgres_url()
    await reset_postgres(url)
    engine = create_engine(url, pool_size=2, max_overflow=0)
    admin = create_engine(url)
    try:
        await upgrade_to_head(engine)
        async with engine.connect() as connection:
            pid = (await connection.execute(text("SELECT pg_backend_pid()"))).scalar_one()
        # The server ends that backend while its connection waits in the pool (as a restart
        # or an idle timeout would).
        async with admin.connect() as connection:
            ended = await connection.execute(
                text("SELECT pg_terminate_backend(:pid)"), {"pid": pid}
            )
            assert ended.scalar_one() is True
        await asyncio.sleep(0.3)  # the event loop reads the server's goodbye
        async with engine.begin() as connection:
            assert (await connection.execute(text("SELECT 1"))).scalar_one() == 1
            assert (await connection.execute(text("SELECT pg_backend_pid()"))).scalar_one() != pid
    finally:
        await engine.dispose()
        await admin.dispose()


async def test_the_pool_keeps_a_connection_for_each_update_handled_at_once() -> None:
    """Updates handled together each hold a connection for their transaction: a pool smaller
    than the update processor would open and close extra connections all the time."""
    url = postgres_url()
    await reset_postgres(url)
    engine = create_engine(url)
    try:
        await upgrade_to_head(engine)
        held = [await engine.connect() for _ in range(MAX_CONCURRENT_UPDATES + 2)]
        for connection in held:
            await connection.execute(text("SELECT 1"))
        for connection in held:
            await connection.close()
        # Given back, every one of them stays open for the next updates.
        assert engine.pool.checkedin() == MAX_CONCURRENT_UPDATES + 2
    finally:
        await engine.dispose()
