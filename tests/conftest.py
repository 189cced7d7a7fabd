"""Shared fixtures: a fresh database on SQLite and on PostgreSQL (TEST_POSTGRES_URL)."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.db import create_engine, upgrade_to_head
from testkit.databases import empty_postgres

BACKENDS = ["sqlite", "postgres"]


def postgres_url() -> str:
    """The PostgreSQL server for tests; in CI its absence is a failure, elsewhere a skip."""
    url = os.environ.get("TEST_POSTGRES_URL", "").strip()
    if not url:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("TEST_POSTGRES_URL is empty but CI=true: PostgreSQL tests must run")
        pytest.skip("TEST_POSTGRES_URL is not set")
    return url


async def reset_postgres(url: str) -> None:
    """Drop every table so the test starts from an empty database."""
    await empty_postgres(url)


@pytest.fixture(params=BACKENDS)
async def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database, once on SQLite and once on PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite+aiosqlite:///{tmp_path / 'relance.db'}"
    url = postgres_url()
    await reset_postgres(url)
    return url


@pytest.fixture
async def engine(database_url: str) -> AsyncIterator[AsyncEngine]:
    """An engine on a database brought to the latest schema."""
    engine = create_engine(database_url)
    await upgrade_to_head(engine)
    yield engine
    await engine.dispose()
