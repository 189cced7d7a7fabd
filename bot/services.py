"""The long-lived services of a bot process, owned by the Application's post_init/post_shutdown,
and the one place a process opens its database."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.settings import Settings
from storage.db import create_engine, make_sessionmaker, upgrade_to_head

Clock = Callable[[], dt.datetime]


def system_clock() -> dt.datetime:
    """The real time, aware, in UTC."""
    return dt.datetime.now(dt.UTC)


@dataclass
class Services:
    """What every handler and job needs: settings, database and clock."""

    settings: Settings
    clock: Clock = system_clock
    engine: AsyncEngine | None = None
    sessionmaker: async_sessionmaker[AsyncSession] | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def session(self) -> AsyncSession:
        """A new session; use as `async with services.session() as s, s.begin():`."""
        if self.sessionmaker is None:
            raise RuntimeError("the database is not open yet")
        return self.sessionmaker()


async def open_database(
    url: str, *, upgrade: bool = True, **engine_kwargs: Any
) -> tuple[AsyncEngine, async_sessionmaker[AsyncSession]]:
    """The database at `url`, its schema brought to the latest revision first (unless told not
    to): its engine (`engine_kwargs` go to `storage.db.create_engine`) and its session factory.
    The caller disposes of the engine; if the upgrade fails, it is disposed of here."""
    engine = create_engine(url, **engine_kwargs)
    if upgrade:
        try:
            await upgrade_to_head(engine)
        except BaseException:
            await engine.dispose()
            raise
    return engine, make_sessionmaker(engine)


SERVICES_KEY = "relance.services"


def get_services(bot_data: dict[Any, Any]) -> Services:
    """The Services stored in the Application's bot_data."""
    services = bot_data[SERVICES_KEY]
    assert isinstance(services, Services)
    return services
