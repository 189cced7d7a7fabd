"""A failed statement's error never carries what a user typed: it is what gets logged."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine


async def test_a_failed_statement_is_reported_without_its_parameters(engine: AsyncEngine) -> None:
    typed = "Note: <b>ne pas relancer</b> avant lundi"
    with pytest.raises(DBAPIError) as failure:
        async with engine.begin() as connection:
            await connection.execute(
                text("INSERT INTO no_such_table (note) VALUES (:note)"), {"note": typed}
            )
    assert "no_such_table" in str(failure.value)  # what failed is still said
    assert typed not in str(failure.value)
    assert "ne pas relancer" not in repr(failure.value)
