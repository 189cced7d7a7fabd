"""Databases for tests and bench: an empty PostgreSQL schema to start from."""

from __future__ import annotations

from sqlalchemy import text

from storage.db import create_engine


async def empty_postgres(url: str) -> None:
    """Drop the `public` schema with every table in it, and create it again, empty."""
    engine = create_engine(url)
    try:
        async with engine.begin() as connection:
            await connection.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            await connection.execute(text("CREATE SCHEMA public"))
    finally:
        await engine.dispose()
