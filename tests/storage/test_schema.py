"""The schema: migrations, round trips of every model, and erasing a user."""

from __future__ import annotations

import asyncio
import datetime as dt
import sys

from sqlalchemy import func, inspect, select, text
from sqlalchemy.ext.asyncio import AsyncEngine

from flows.domain import NudgeKind, NudgeState, Stage
from storage.db import create_engine, make_sessionmaker, upgrade_to_head
from storage.models import Application, Base, FollowUp, Interview, Nudge, User
from storage.repositories import ApplicationRepo, ConversationRepo, UserRepo
from testkit.rows import new_application, paris_user, pending_nudge_row

NOW = dt.datetime(2026, 11, 23, 10, 30, tzinfo=dt.UTC)


async def _make_user(session, user_id: int = 1) -> User:  # type: ignore[no-untyped-def]
    return await paris_user(session, user_id, NOW)


async def test_migrations_create_every_table_of_the_models(engine: AsyncEngine) -> None:
    async with engine.connect() as connection:
        tables = await connection.run_sync(lambda c: set(inspect(c).get_table_names()))
        indexes = await connection.run_sync(
            lambda c: {i["name"] for i in inspect(c).get_indexes("nudges")}
        )
    assert set(Base.metadata.tables) <= tables
    assert "alembic_version" in tables
    assert "ix_nudges_state_due" in indexes


async def test_upgrade_twice_is_a_no_op(engine: AsyncEngine) -> None:
    await upgrade_to_head(engine)
    await upgrade_to_head(engine)


UPGRADE = (
    "import asyncio, sys; from storage.db import create_engine, upgrade_to_head\n"
    "async def main():\n"
    "    engine = create_engine(sys.argv[1])\n"
    "    await upgrade_to_head(engine)\n"
    "    await engine.dispose()\n"
    "asyncio.run(main())\n"
)


async def test_bot_processes_starting_together_upgrade_without_racing(database_url: str) -> None:
    processes = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", UPGRADE, database_url, stderr=asyncio.subprocess.PIPE
        )
        for _ in range(4)
    ]
    results = [await p.communicate() for p in processes]
    assert [p.returncode for p in processes] == [0, 0, 0, 0], [r[1][-500:] for r in results]
    engine = create_engine(database_url)
    try:
        async with engine.connect() as connection:
            tables = await connection.run_sync(lambda c: set(inspect(c).get_table_names()))
            versions = (
                await connection.execute(text("SELECT version_num FROM alembic_version"))
            ).all()
        assert "nudges" in tables
        assert len(versions) == 1
    finally:
        await engine.dispose()


async def test_aware_datetimes_round_trip_in_utc(engine: AsyncEngine) -> None:
    sessionmaker = make_sessionmaker(engine)
    paris_time = dt.datetime(2026, 3, 29, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    async with sessionmaker() as session, session.begin():
        user = await _make_user(session)
        app = await new_application(session, user.id, "Acme", Stage.WAITING, NOW)
        session.add(Interview(application_id=app.id, round=1, at=paris_time, created_at=NOW))
        kind = NudgeKind.AFTER_INTERVIEW
        session.add(Nudge(**pending_nudge_row(user.id, app.id, kind, paris_time, NOW)))
    async with sessionmaker() as session:
        interview = (await session.execute(select(Interview))).scalar_one()
        nudge = (await session.execute(select(Nudge))).scalar_one()
        app = (await session.execute(select(Application))).scalar_one()
    assert interview.at == paris_time
    assert interview.at.tzinfo is not None
    assert interview.at.utcoffset() == dt.timedelta(0)
    assert nudge.kind is NudgeKind.AFTER_INTERVIEW
    assert nudge.state is NudgeState.PENDING
    assert app.stage is Stage.WAITING


async def test_forget_erases_every_row_of_that_user_only(engine: AsyncEngine) -> None:
    sessionmaker = make_sessionmaker(engine)
    async with sessionmaker() as session, session.begin():
        for user_id in (1, 2):
            await _make_user(session, user_id)
            app = await new_application(session, user_id, f"C{user_id}", Stage.APPLIED, NOW)
            session.add(Interview(application_id=app.id, round=1, at=NOW, created_at=NOW))
            session.add(
                FollowUp(application_id=app.id, kind="applied", sent_at=NOW, channel="email")
            )
            row = pending_nudge_row(user_id, app.id, NudgeKind.APPLIED, NOW, NOW)
            session.add(Nudge(**row))
            await ConversationRepo(session).open(user_id, flow="settings", state="menu", now=NOW)
    async with sessionmaker() as session, session.begin():
        await UserRepo(session).forget(1)
    async with sessionmaker() as session:
        for model in (User, Application, Interview, FollowUp, Nudge):
            count = (await session.execute(select(func.count()).select_from(model))).scalar_one()
            assert count == 1, model.__name__
        assert await UserRepo(session).get(1) is None
        assert await UserRepo(session).get(2) is not None
        assert await ConversationRepo(session).get(1) is None
        assert await ConversationRepo(session).get(2) is not None


async def test_an_application_is_only_found_by_its_owner(engine: AsyncEngine) -> None:
    sessionmaker = make_sessionmaker(engine)
    async with sessionmaker() as session, session.begin():
        await _make_user(session, 1)
        await _make_user(session, 2)
        app = await new_application(session, 1, "Acme", Stage.APPLIED, NOW)
    async with sessionmaker() as session:
        repo = ApplicationRepo(session)
        assert await repo.get_for_user(1, app.id) is not None
        assert await repo.get_for_user(2, app.id) is None
        assert [a.company for a in await repo.list_for_user(1)] == ["Acme"]
        assert await repo.list_for_user(2) == []


async def test_opening_a_dialog_moves_its_step_past_every_earlier_button(
    engine: AsyncEngine,
) -> None:
    sessionmaker = make_sessionmaker(engine)
    async with sessionmaker() as session, session.begin():
        await _make_user(session)
        first = await ConversationRepo(session).open(1, flow="settings", state="menu", now=NOW)
        first_step = first.step
    async with sessionmaker() as session, session.begin():
        second = await ConversationRepo(session).open(1, flow="forget", state="confirm", now=NOW)
        assert second.step > first_step
        assert second.flow == "forget"
        assert await ConversationRepo(session).close(1) is True
        assert await ConversationRepo(session).close(1) is False


async def test_the_migrations_match_the_models(engine: AsyncEngine) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    def differences(connection):  # type: ignore[no-untyped-def]
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return compare_metadata(context, Base.metadata)

    async with engine.connect() as connection:
        assert await connection.run_sync(differences) == []
