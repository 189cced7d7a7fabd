"""Mapped objects made from the row a Core statement returned (an upsert's or an insert's
RETURNING, a plain SELECT of the columns), as if the ORM had loaded them: nothing to flush, no
second statement, and no instrumented constructor (8 µs an object against 24 µs)."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from sqlalchemy import inspect
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session, make_transient_to_detached

T = TypeVar("T")


class Loaded(Generic[T]):
    """How rows of one mapped class become the session's objects."""

    def __init__(self, cls: type[T]) -> None:
        mapper = inspect(cls)
        # Each column with the attribute that maps it, in the order a statement returns them.
        self.columns = tuple((attr.key, attr.columns[0]) for attr in mapper.column_attrs)
        self.keys = tuple(key for key, _ in self.columns)
        self._new = mapper.class_manager.new_instance

    def add(self, session: Session | AsyncSession, row: Any) -> T:
        """The row as a new object of the session (one it does not hold yet)."""
        loaded: T = self._new()
        loaded.__dict__.update(zip(self.keys, row, strict=True))
        make_transient_to_detached(loaded)
        session.add(loaded)
        return loaded


async def flush_changes(session: AsyncSession) -> None:
    """Flush what the session holds unwritten, before a Core statement that may depend on it
    (a row it points to), as the ORM's autoflush would have."""
    if session.new or session.dirty:
        await session.flush()
