"""A Core statement run straight on SQLite's own connection, for the statements every update
runs.

SQLAlchemy's execution of a statement (its compiled cache, its parameter and result pipelines,
the async adapter's cursor, the events) costs about 0.1 ms of CPU a statement, twice or three
times what SQLite takes to run it. For a handful of fixed statements that run at every update,
`Direct` does that work once: it compiles the statement for the dialect, keeps its SQL, the
order of its parameters and each one's type conversion, and each returned column's; then each
run only converts the values and calls the driver.

It runs on the connection, in the transaction, of the session it is given, so its writes commit
or roll back with the rest of the turn. Only for `storage.sqlite_inline` connections (SQLite on
the loop's own thread); PostgreSQL keeps SQLAlchemy's execution. A statement that finds the
database locked by another process waits as every other statement does
(`InlineConnection.run`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping, Sequence
from typing import Any, NamedTuple

from sqlalchemy import Connection, Dialect
from sqlalchemy.exc import DBAPIError, StatementError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.expression import ClauseElement
from sqlalchemy.util import await_only

from storage.sqlite_inline import InlineConnection

Processor = Callable[[Any], Any] | None
_CONNECTION_KEY = "relance.inline_connection"


class Direct:
    """One statement compiled for one dialect, with its conversions."""

    def __init__(self, statement: ClauseElement, dialect: Dialect) -> None:
        self.dialect = dialect
        compiled = statement.compile(dialect=dialect)
        assert isinstance(compiled, SQLCompiler)
        self.sql = compiled.string
        self.names: tuple[str, ...] = tuple(compiled.positiontup or ())
        self._defaults = {
            name: bind.value
            for name, bind in compiled.binds.items()
            if not bind.required and bind.callable is None
        }
        self._bind: tuple[Processor, ...] = tuple(
            compiled.binds[name].type.dialect_impl(dialect).bind_processor(dialect)
            for name in self.names
        )
        columns = getattr(statement, "exported_columns", ())
        self._result: tuple[Processor, ...] = tuple(
            column.type.dialect_impl(dialect).result_processor(dialect, None) for column in columns
        )

    def parameters(self, values: Mapping[str, Any]) -> tuple[Any, ...]:
        """The driver's parameters, in order and converted, from the bound values by name."""
        out = []
        for name, process in zip(self.names, self._bind, strict=True):
            value = values[name] if name in values else self._defaults[name]
            out.append(value if process is None or value is None else process(value))
        return tuple(out)

    def row(self, raw: Sequence[Any]) -> tuple[Any, ...]:
        """A returned row, each column converted as SQLAlchemy would."""
        return tuple(
            value if process is None or value is None else process(value)
            for value, process in zip(raw, self._result, strict=True)
        )

    def run(self, inline: Inline, values: Mapping[str, Any]) -> tuple[Any, ...] | None:
        """Run on this connection, in its transaction, from SQLAlchemy's side of the async
        adapter (`AsyncSession.run_sync`); the first returned row."""
        cursor = inline.driver.raw.cursor()
        try:
            parameters = self._started(inline, cursor, values)
            if not self._tried(inline.driver, cursor, parameters):
                await_only(self._waited(inline.driver, cursor, parameters))
            self._told(inline, cursor, parameters)
            raw = cursor.fetchone()
            return None if raw is None else self.row(raw)
        except sqlite3.Error as error:
            raise self._error(error) from error
        finally:
            cursor.close()

    async def run_async(self, inline: Inline, values: Mapping[str, Any]) -> tuple[Any, ...] | None:
        """As `run`, from async code."""
        rows = await self._run_async(inline, values, first=True)
        return rows[0] if rows else None

    async def all_async(self, inline: Inline, values: Mapping[str, Any]) -> list[tuple[Any, ...]]:
        """As `run_async`, every row."""
        return await self._run_async(inline, values, first=False)

    async def _run_async(
        self, inline: Inline, values: Mapping[str, Any], *, first: bool
    ) -> list[tuple[Any, ...]]:
        cursor = inline.driver.raw.cursor()
        try:
            parameters = self._started(inline, cursor, values)
            if not self._tried(inline.driver, cursor, parameters):
                await self._waited(inline.driver, cursor, parameters)
            self._told(inline, cursor, parameters)
            raw = [cursor.fetchone()] if first else cursor.fetchall()
            return [self.row(row) for row in raw if row is not None]
        except sqlite3.Error as error:
            raise self._error(error) from error
        finally:
            cursor.close()

    def _tried(
        self, driver: InlineConnection, cursor: sqlite3.Cursor, parameters: tuple[Any, ...]
    ) -> bool:
        """Run once; False if another connection holds the lock (then `_waited`)."""
        try:
            cursor.execute(self.sql, parameters)
        except sqlite3.OperationalError as error:
            if not driver.locked(error):
                raise
            return False
        return True

    async def _waited(
        self, driver: InlineConnection, cursor: sqlite3.Cursor, parameters: tuple[Any, ...]
    ) -> None:
        """Run once the lock is free, as SQLAlchemy's statements wait (`InlineConnection.run`)."""
        await driver.run(cursor.execute, self.sql, parameters)

    def _started(
        self, inline: Inline, cursor: sqlite3.Cursor, values: Mapping[str, Any]
    ) -> tuple[Any, ...]:
        """The driver's parameters; SQLAlchemy's `before_cursor_execute` told, if anyone
        listens (statement counts in tests and benches), as its own execution tells it."""
        parameters = self.parameters(values)
        dispatch = inline.connection.dispatch
        if dispatch.before_cursor_execute:
            dispatch.before_cursor_execute(
                inline.connection, cursor, self.sql, parameters, None, False
            )
        return parameters

    def _told(self, inline: Inline, cursor: sqlite3.Cursor, parameters: tuple[Any, ...]) -> None:
        """SQLAlchemy's `after_cursor_execute` told, if anyone listens."""
        dispatch = inline.connection.dispatch
        if dispatch.after_cursor_execute:
            dispatch.after_cursor_execute(
                inline.connection, cursor, self.sql, parameters, None, False
            )

    def _error(self, error: sqlite3.Error) -> StatementError:
        """The driver's error as SQLAlchemy raises it (parameters hidden), so that callers see
        one kind whichever way a statement ran."""
        return DBAPIError.instance(
            self.sql, None, error, sqlite3.Error, hide_parameters=True, dialect=self.dialect
        )


class Inline(NamedTuple):
    """A session's SQLAlchemy connection, and the inline SQLite connection under it."""

    connection: Connection
    driver: InlineConnection


def inline_connection(session: Session) -> Inline | None:
    """From SQLAlchemy's side of the adapter: the session's connection (its transaction begun),
    if SQLite's inline one is under it. Kept in the session's `info` for `connection_of`, with
    the transaction it belongs to."""
    connection = session.connection()
    driver = connection.connection.driver_connection
    if not isinstance(driver, InlineConnection):
        return None
    inline = Inline(connection, driver)
    session.info[_CONNECTION_KEY] = (session.get_transaction(), inline)
    return inline


def connection_of(session: AsyncSession) -> Inline | None:
    """From async code: what `inline_connection` found, while the transaction it found it in
    goes on (None otherwise: SQLAlchemy's execution is then the way)."""
    known = session.info.get(_CONNECTION_KEY)
    if known is None:
        return None
    transaction, inline = known
    current = session.sync_session.get_transaction()
    if current is None or current is not transaction or not current.is_active:
        return None
    return inline
