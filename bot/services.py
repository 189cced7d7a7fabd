"""The long-lived services of a bot process, owned by the Application's post_init/post_shutdown."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.settings import Settings

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


SERVICES_KEY = "relance.services"


def get_services(bot_data: dict[Any, Any]) -> Services:
    """The Services stored in the Application's bot_data."""
    services = bot_data[SERVICES_KEY]
    assert isinstance(services, Services)
    return services
