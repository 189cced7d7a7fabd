"""Alembic environment for Relance.

The bot calls the upgrade itself at start (`storage.db.upgrade_to_head`) and hands Alembic its
connection. From the command line (`alembic upgrade head`, `alembic revision --autogenerate`)
the database comes from `DATABASE_URL`.
"""

from __future__ import annotations

import asyncio
import os

from alembic import context
from sqlalchemy import Connection

from storage.models import Base

target_metadata = Base.metadata


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


async def _run_from_url(url: str) -> None:
    from storage.db import create_engine

    engine = create_engine(url)
    async with engine.connect() as connection:
        await connection.run_sync(_configure)
        await connection.commit()
    await engine.dispose()


def run() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        return
    url = os.environ.get("DATABASE_URL", "sqlite+aiosqlite:///data/relance.db")
    asyncio.run(_run_from_url(url))


if context.is_offline_mode():
    raise SystemExit("Relance migrations run online only")
run()
