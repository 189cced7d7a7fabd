"""Repositories: one per aggregate, each over the caller's `AsyncSession`.

They never commit: the caller owns the one transaction of its update or job.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Sequence
from typing import Any, NamedTuple

from sqlalchemy import Select, Table, bindparam, delete, exists, literal_column, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session, joinedload, selectinload
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.orm.util import identity_key

from flows.domain import NudgeKind, NudgeState, Stage
from storage.direct import Direct, connection_of, inline_connection
from storage.loaded import Loaded, flush_changes
from storage.models import (
    Application,
    Conversation,
    FollowUp,
    Interview,
    Nudge,
    ProcessedUpdate,
    User,
)

SEEN_DEFAULTS = {"paused_all": False, "blocked": False, "onboarded": False}
# The users table's columns, each with the attribute that maps it.
_USERS = Loaded(User)
_USER_COLUMNS = _USERS.columns
# The user's open dialog, built once (a statement object reused keeps its cache key).
_CONVERSATION = select(Conversation).where(Conversation.user_id == bindparam("p_user_id"))
_CONVERSATION_FOR_UPDATE = _CONVERSATION.with_for_update()
# An application's history, loaded with it: its interviews and follow-ups, in a statement each.
_HISTORY = (selectinload(Application.interviews), selectinload(Application.follow_ups))
# The account-expiry warnings a user was sent since they last wrote: they stay warned.
_WARNED = (
    Nudge.user_id == User.id,
    Nudge.kind == NudgeKind.ACCOUNT_EXPIRY,
    Nudge.created_at > User.last_seen_at,
)
# A warning in one of these states reached the user, or was tried long enough.
_WARNING_OVER = (
    NudgeState.SENT,
    NudgeState.DONE,
    NudgeState.EXPIRED,
    NudgeState.PAUSED,
    NudgeState.FAILED,
)
# A dialog's next step, written with Core: the ORM's flush of a changed object costs about twice
# the statement itself, at every answer.
_CONVERSATIONS_TABLE = Conversation.__table__
assert isinstance(_CONVERSATIONS_TABLE, Table)
_CONVERSATION_STEP = (
    update(_CONVERSATIONS_TABLE)
    .where(_CONVERSATIONS_TABLE.c.user_id == bindparam("p_user_id"))
    .values(
        state=bindparam("p_state"),
        step=bindparam("p_step"),
        answers=bindparam("p_answers"),
        application_id=bindparam("p_application_id"),
        updated_at=bindparam("p_now"),
    )
)
# What a dialog knows of its application, read with Core: the plain columns and each interview's
# moment and notes (an outer join, one row per interview, in their rounds' order). Loading the
# ORM object with its interviews costs half as much again, at nearly every answer.
_APPLICATIONS_TABLE = Application.__table__
_INTERVIEWS_TABLE = Interview.__table__
assert isinstance(_APPLICATIONS_TABLE, Table) and isinstance(_INTERVIEWS_TABLE, Table)
_FACTS_COLUMNS = (
    "id",
    "company",
    "role",
    "stage",
    "company_size",
    "urgency",
    "recruiter_name",
    "recruiter_contact",
)
_FACTS = (
    select(
        *(_APPLICATIONS_TABLE.c[name] for name in _FACTS_COLUMNS),
        _INTERVIEWS_TABLE.c.at,
        _INTERVIEWS_TABLE.c.notes,
    )
    .select_from(
        _APPLICATIONS_TABLE.outerjoin(
            _INTERVIEWS_TABLE, _INTERVIEWS_TABLE.c.application_id == _APPLICATIONS_TABLE.c.id
        )
    )
    .where(
        _APPLICATIONS_TABLE.c.id == bindparam("p_id"),
        _APPLICATIONS_TABLE.c.user_id == bindparam("p_user_id"),
    )
    .order_by(_INTERVIEWS_TABLE.c.round, _INTERVIEWS_TABLE.c.id)
)
# An application of one user, with its interviews, or with its whole history; and closing a
# dialog. Built once: building a statement costs about as much as SQLAlchemy's running it.
_THIS_APPLICATION = select(Application).where(
    Application.id == bindparam("p_id"), Application.user_id == bindparam("p_user_id")
)
_WITH_INTERVIEWS = _THIS_APPLICATION.options(joinedload(Application.interviews))
_WITH_HISTORY = _THIS_APPLICATION.options(*_HISTORY)
# (`close` takes the dialog out of the session itself.)
_CLOSE_CONVERSATION = (
    delete(Conversation)
    .where(Conversation.user_id == bindparam("p_user_id"))
    .execution_options(synchronize_session=False)
)
# Statements run at every update, built once per SQL dialect (Core, not ORM: cheaper to run).
_PREPARED: dict[tuple[str, Callable[[Any], Any]], Any] = {}


def _prepared(session: AsyncSession | Session, build: Callable[[Any], Any]) -> Any:
    """`build(insert)` for the session's dialect, built at its first use."""
    key = (session.get_bind().dialect.name, build)
    statement = _PREPARED.get(key)
    if statement is None:
        statement = _PREPARED[key] = build(_dialect_insert(session))
    return statement


_DIRECT: dict[Any, Direct] = {}


def _direct(session: AsyncSession | Session, statement: Any) -> Direct:
    """A fixed statement for SQLite, run straight on the driver (`storage.direct`)."""
    direct = _DIRECT.get(statement)
    if direct is None:
        direct = _DIRECT[statement] = Direct(statement, session.get_bind().dialect)
    return direct


def _user_upsert(insert: Any) -> Any:
    names = ("id", "language", "timezone", "country", "nudge_hour", *SEEN_DEFAULTS)
    values: dict[str, Any] = {name: bindparam(f"p_{name}") for name in names}
    values["created_at"] = values["last_seen_at"] = bindparam("p_now")
    statement = insert(User.__table__).values(values)
    return statement.on_conflict_do_update(
        index_elements=["id"], set_={"last_seen_at": statement.excluded.last_seen_at}
    ).returning(*(column for _, column in _USER_COLUMNS))


def _user_upsert_with_dialog(insert: Any) -> Any:
    """SQLite: `_user_upsert`, its RETURNING also carrying the user's open dialog, a column each
    (all None for none): the update's second statement instead of two. The turn holds SQLite's
    one write lock from its first write (the update log), so this read is as fresh as one of
    its own. (PostgreSQL reads the dialog in a statement of its own, after the upsert waited
    for the user's row: a statement sees only what was committed when it began.)"""
    dialog = [
        literal_column(
            f"(SELECT conversations.{column.name} FROM conversations"
            " WHERE conversations.user_id = users.id)",
            type_=column.type,
        ).label(f"dialog_{key}")
        for key, column in _CONVERSATION_COLUMNS
    ]
    return _user_upsert(insert).returning(*dialog)


def _first_seen(insert: Any) -> Any:
    """PostgreSQL: `_update_record` then `_user_upsert` as one statement (one round trip), the
    user upserted only from the update's new row: no row at all for an update handled before.
    (SQLite takes no INSERT in a WITH clause.)"""
    users = User.__table__
    assert isinstance(users, Table)
    record = _update_record(insert).cte("first_time")
    names = ("id", "language", "timezone", "country", "nudge_hour", *SEEN_DEFAULTS)
    values = [bindparam(f"p_{name}", type_=users.c[name].type) for name in names]
    values += [
        bindparam("p_now", type_=users.c[name].type) for name in ("created_at", "last_seen_at")
    ]
    statement = insert(users).from_select(
        [*names, "created_at", "last_seen_at"], select(*values).select_from(record)
    )
    return statement.on_conflict_do_update(
        index_elements=["id"], set_={"last_seen_at": statement.excluded.last_seen_at}
    ).returning(*(column for _, column in _USER_COLUMNS))


def _conversation_upsert(insert: Any) -> Any:
    """`ConversationRepo.open`: the user's dialog row written whole, its step one past the
    row it replaces (1 for a new row), the row returned."""
    table = _CONVERSATIONS_TABLE
    statement = insert(table).values(
        user_id=bindparam("p_user_id"),
        flow=bindparam("p_flow"),
        state=bindparam("p_state"),
        step=1,
        answers=bindparam("p_answers"),
        application_id=bindparam("p_application_id"),
        message_id=None,
        updated_at=bindparam("p_now"),
    )
    excluded = statement.excluded
    return statement.on_conflict_do_update(
        index_elements=["user_id"],
        set_={
            "flow": excluded.flow,
            "state": excluded.state,
            "step": table.c.step + 1,
            "answers": excluded.answers,
            "application_id": excluded.application_id,
            "message_id": None,
            "updated_at": excluded.updated_at,
        },
    ).returning(*(column for _, column in _CONVERSATION_COLUMNS))


def _update_record(insert: Any) -> Any:
    table = ProcessedUpdate.__table__
    return (
        insert(table)
        .values(update_id=bindparam("p_update_id"), processed_at=bindparam("p_now"))
        .on_conflict_do_nothing(index_elements=["update_id"])
        .returning(table.c.update_id)
    )


def _dialect_insert(session: AsyncSession | Session) -> Any:
    """The `insert` of the session's SQL dialect: it can skip rows already there."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert


def _seen_values(
    user_id: int,
    language: str,
    timezone: str,
    country: str,
    nudge_hour: dt.time,
    now: dt.datetime,
) -> dict[str, Any]:
    values = {
        "id": user_id,
        **SEEN_DEFAULTS,
        "language": language,
        "timezone": timezone,
        "country": country,
        "nudge_hour": nudge_hour,
        "now": now,
    }
    return {f"p_{name}": value for name, value in values.items()}


def _seen(session: Session, parameters: dict[str, Any]) -> User:
    """`UserRepo.seen`, on the sync session (in one greenlet with what runs before it)."""
    row = session.execute(_prepared(session, _user_upsert), parameters).one()
    return _user_of_row(session, parameters["p_id"], row)


def _user_of_row(session: Session, user_id: int, row: Any) -> User:
    """The session's User from the upsert's returned row."""
    if identity_key(User, user_id) in session.identity_map:
        # Already in this session: refresh that instance rather than make a second one.
        user = session.get(User, user_id, populate_existing=True)
        assert user is not None
        return user
    return _USERS.add(session, row)


def _seen_once(session: Session, update_id: int, parameters: dict[str, Any]) -> User | None:
    """`UserRepo.seen_once`, on the sync session."""
    if session.get_bind().dialect.name == "postgresql":
        row = session.execute(
            _prepared(session, _first_seen), {**parameters, "p_update_id": update_id}
        ).first()
        if row is None:
            return None
        user = _user_of_row(session, parameters["p_id"], row)
        _read_conversation(session, user.id)
    else:
        seen = _first_seen_on_sqlite(session, update_id, parameters)
        if seen is None:
            return None
        width = len(_USER_COLUMNS)
        user = _user_of_row(session, parameters["p_id"], seen[:width])
        if user.id not in _known_conversations(session):
            dialog = seen[width:]  # its first column is the dialog's key, None for no dialog
            _know_conversation(session, user.id, dialog if dialog[0] is not None else None)
    return user


def _first_seen_on_sqlite(
    session: Session, update_id: int, parameters: dict[str, Any]
) -> Sequence[Any] | None:
    """SQLite: the update recorded, then the user's upsert with their open dialog (its row);
    None if the update was handled before. Straight on the driver when it is the inline one."""
    inline = inline_connection(session)
    if inline is None:
        if not _first_time(session, update_id, parameters["p_now"]):
            return None
        return session.execute(_prepared(session, _user_upsert_with_dialog), parameters).one()
    recorded = _direct(session, _prepared(session, _update_record)).run(
        inline, {**parameters, "p_update_id": update_id}
    )
    if recorded is None:  # handled before: the insert skipped the row, none came back
        return None
    return _direct(session, _prepared(session, _user_upsert_with_dialog)).run(inline, parameters)


# The user's open dialog read with Core, locked as `ConversationRepo.get(for_update=True)` locks
# it, and made the session's Conversation from the row as `_seen` makes the User.
_CONVERSATIONS = Loaded(Conversation)
_CONVERSATION_COLUMNS = _CONVERSATIONS.columns
_CONVERSATION_ROW = (
    select(*(column for _, column in _CONVERSATION_COLUMNS))
    .where(Conversation.__table__.c.user_id == bindparam("p_user_id"))
    .with_for_update()
)


def _read_conversation(session: Session, user_id: int) -> None:
    """Read the user's open dialog into what this session knows of it (`ConversationRepo.get`
    then answers without a statement). Skipped if the session knows it already."""
    if user_id in _known_conversations(session):
        return
    _know_conversation(
        session, user_id, session.execute(_CONVERSATION_ROW, {"p_user_id": user_id}).first()
    )


def _know_conversation(session: Session, user_id: int, row: Any) -> None:
    """The user's open dialog from its row (None for none), as the session's object."""
    known = _known_conversations(session)
    conversation: Conversation | None = None
    if row is not None:
        loaded = session.identity_map.get(identity_key(Conversation, user_id))
        if loaded is not None:
            conversation = session.get(Conversation, user_id, populate_existing=True)
        else:
            conversation = _CONVERSATIONS.add(session, row)
    known[user_id] = conversation


def _first_time(session: Session, update_id: int, now: dt.datetime) -> bool:
    parameters = {"p_update_id": update_id, "p_now": now}
    return session.execute(_prepared(session, _update_record), parameters).first() is not None


class UserRepo:
    """Users and their preferences."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def get(self, user_id: int, *, for_update: bool = False) -> User | None:
        """The user with this Telegram id, if known."""
        statement = select(User).where(User.id == user_id)
        if for_update:
            statement = statement.with_for_update()
        return (await self.session.execute(statement)).scalar_one_or_none()

    async def create(
        self,
        user_id: int,
        *,
        language: str,
        timezone: str,
        country: str,
        nudge_hour: dt.time,
        now: dt.datetime,
    ) -> User:
        """Create a user who has not finished the first-use setup yet."""
        user = User(
            id=user_id,
            language=language,
            timezone=timezone,
            country=country,
            nudge_hour=nudge_hour,
            paused_all=False,
            blocked=False,
            onboarded=False,
            created_at=now,
            last_seen_at=now,
        )
        self.session.add(user)
        await self.session.flush()
        return user

    async def seen(
        self,
        user_id: int,
        *,
        language: str,
        timezone: str,
        country: str,
        nudge_hour: dt.time,
        now: dt.datetime,
    ) -> User:
        """The user who just wrote, created at first contact, their last_seen_at moved to now,
        in one upsert that returns their row. The upsert locks the row until the transaction
        ends, so several processes serving one user take turns."""
        values = _seen_values(user_id, language, timezone, country, nudge_hour, now)
        return await self.session.run_sync(_seen, values)

    async def seen_once(
        self,
        update_id: int,
        user_id: int,
        *,
        language: str,
        timezone: str,
        country: str,
        nudge_hour: dt.time,
        now: dt.datetime,
    ) -> User | None:
        """As `seen`, once the update is recorded as handled (`UpdateLog.first_time`); None,
        and nothing done, if it was handled before (or is being handled right now by another
        process, which then wins). The user's open dialog is read in the same pass (every
        update asks for it, see `ConversationRepo.get`): three statements, one switch to the
        driver's side instead of two."""
        values = _seen_values(user_id, language, timezone, country, nudge_hour, now)
        return await self.session.run_sync(_seen_once, update_id, values)

    async def by_ids(self, ids: Collection[int]) -> dict[int, User]:
        """These users, by id."""
        rows = (await self.session.execute(select(User).where(User.id.in_(ids)))).scalars()
        return {row.id: row for row in rows}

    async def silent_unwarned(self, seen_before: dt.datetime, limit: int) -> list[User]:
        """Up to `limit` users silent since before `seen_before` who have not been warned since
        they last wrote that their account will be erased."""
        warning = select(Nudge.id).where(*_WARNED)
        statement = (
            select(User).where(User.last_seen_at < seen_before, ~exists(warning)).limit(limit)
        )
        return list((await self.session.execute(statement)).scalars())

    async def warned_and_silent(
        self, seen_before: dt.datetime, warned_before: dt.datetime, limit: int
    ) -> list[int]:
        """The ids of up to `limit` users silent since before `seen_before` whose warning went
        out (or was tried to the end) before `warned_before`, and who did not write since."""
        warned_long_ago = select(Nudge.id).where(
            *_WARNED,
            Nudge.state.in_(_WARNING_OVER),
            Nudge.created_at <= warned_before,
        )
        statement = (
            select(User.id)
            .where(User.last_seen_at < seen_before, exists(warned_long_ago))
            .limit(limit)
        )
        return list((await self.session.execute(statement)).scalars())

    async def forget(self, user_id: int) -> None:
        """Delete every row of this user: reminders, dialogs, pipeline, then the user."""
        app_ids = select(Application.id).where(Application.user_id == user_id)
        await self.session.execute(delete(Nudge).where(Nudge.user_id == user_id))
        await self.session.execute(delete(Conversation).where(Conversation.user_id == user_id))
        await self.session.execute(delete(FollowUp).where(FollowUp.application_id.in_(app_ids)))
        await self.session.execute(delete(Interview).where(Interview.application_id.in_(app_ids)))
        await self.session.execute(delete(Application).where(Application.user_id == user_id))
        await self.session.execute(delete(User).where(User.id == user_id))
        self.session.expunge_all()
        _known_conversations(self.session).clear()


_CONVERSATIONS_KEY = "relance.conversations"


def _known_conversations(session: AsyncSession | Session) -> dict[int, Conversation | None]:
    """The dialogs this session has read or written, by user: the object, or None for none."""
    known = session.info.get(_CONVERSATIONS_KEY)
    if known is None:
        known = session.info[_CONVERSATIONS_KEY] = {}
    return known


class ConversationRepo:
    """The one open dialog of each user."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def get(self, user_id: int, *, for_update: bool = False) -> Conversation | None:
        """The user's open dialog, if any. Read once per session (a turn asks for it two or
        three times): the only writers of a dialog's row are `open` and `close`, which keep
        what this session knows of it as the row is, and `UserRepo.forget`, which empties the
        session; and the user's row, locked by the turn's upsert, keeps every other
        transaction about this user waiting, so a second SELECT would find the same row (and
        the ORM would hand back the same object, or none). Held here rather than found in the
        identity map, which forgets an object nobody holds."""
        known = _known_conversations(self.session)
        if user_id in known:
            return known[user_id]
        statement = _CONVERSATION_FOR_UPDATE if for_update else _CONVERSATION
        parameters = {"p_user_id": user_id}
        conversation = (await self.session.execute(statement, parameters)).scalar_one_or_none()
        known[user_id] = conversation
        return conversation

    async def open(
        self,
        user_id: int,
        *,
        flow: str,
        state: str,
        now: dt.datetime,
        answers: dict[str, Any] | None = None,
        application_id: int | None = None,
    ) -> Conversation:
        """Open a dialog, replacing any open one; its step moves past every earlier button.
        One Core upsert, its row returned; the ORM's flush of a new or changed object cost
        about twice as much."""
        parameters = {
            "p_user_id": user_id,
            "p_flow": flow,
            "p_state": state,
            "p_answers": dict(answers or {}),
            "p_application_id": application_id,
            "p_now": now,
        }
        await flush_changes(self.session)  # an application it points to may be new
        statement = _prepared(self.session, _conversation_upsert)
        row = (await self.session.execute(statement, parameters)).one()
        conversation = self.session.identity_map.get(identity_key(Conversation, user_id))
        if isinstance(conversation, Conversation):
            for key, value in zip(_CONVERSATIONS.keys, row, strict=True):
                set_committed_value(conversation, key, value)
        else:
            conversation = _CONVERSATIONS.add(self.session, row)
        _known_conversations(self.session)[user_id] = conversation
        return conversation

    async def step_to(
        self, conversation: Conversation, *, state: str, answers: dict[str, Any], now: dt.datetime
    ) -> None:
        """The dialog's next question: its state, answers and step (one more) written in one
        Core UPDATE (its application link too, which a step may have just set), and the
        session's object given the same values as clean ones: the ORM's flush of a changed
        object costs about twice the statement itself."""
        values = {
            "p_user_id": conversation.user_id,
            "p_state": state,
            "p_step": (conversation.step or 0) + 1,
            "p_answers": answers,
            "p_application_id": conversation.application_id,
            "p_now": now,
        }
        inline = connection_of(self.session)
        if inline is not None:
            await _direct(self.session, _CONVERSATION_STEP).run_async(inline, values)
        else:
            await self.session.execute(_CONVERSATION_STEP, values)
        for key in ("state", "step", "answers", "application_id"):
            set_committed_value(conversation, key, values[f"p_{key}"])
        set_committed_value(conversation, "updated_at", now)

    async def close(self, user_id: int) -> bool:
        """Close the user's dialog; tell whether one was open."""
        loaded = self.session.identity_map.get(identity_key(Conversation, user_id))
        if loaded is not None:
            # Gone from the table: it must not be found in the session either.
            self.session.expunge(loaded)
        _known_conversations(self.session)[user_id] = None
        result = await self.session.execute(_CLOSE_CONVERSATION, {"p_user_id": user_id})
        return bool(getattr(result, "rowcount", 0))

    async def quiet_since(self, flow: str, before: dt.datetime) -> list[int]:
        """The users whose open dialog is `flow` and has not moved since `before`."""
        statement = select(Conversation.user_id).where(
            Conversation.flow == flow, Conversation.updated_at <= before
        )
        return list((await self.session.execute(statement)).scalars())


class ApplicationFacts(NamedTuple):
    """What a dialog reads of an application: plain values, no ORM object."""

    id: int
    company: str
    role: str | None
    stage: Stage
    company_size: str | None
    urgency: str | None
    recruiter_name: str | None
    recruiter_contact: str | None
    # Each interview's moment and notes, in the order of their rounds.
    interviews: list[tuple[dt.datetime, str | None]]


class ApplicationRepo:
    """The pipeline: applications of one user."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def facts(self, user_id: int, application_id: int) -> ApplicationFacts | None:
        """What a dialog needs of the application, only if it is this user's: one Core
        statement, no ORM object. An application this session holds already is read from the
        object instead, so that its changes not yet flushed count."""
        loaded = self.session.identity_map.get(identity_key(Application, application_id))
        if loaded is not None:
            app = await self.with_history(user_id, application_id, follow_ups=False)
            if app is None:
                return None
            values = {name: getattr(app, name) for name in _FACTS_COLUMNS}
            interviews = [(i.at, i.notes) for i in app.interviews]
            return ApplicationFacts(**values, interviews=interviews)
        parameters = {"p_id": application_id, "p_user_id": user_id}
        inline = connection_of(self.session)
        rows: Sequence[Sequence[Any]]
        if inline is not None:
            rows = await _direct(self.session, _FACTS).all_async(inline, parameters)
        else:
            rows = (await self.session.execute(_FACTS, parameters)).all()
        if not rows:
            return None
        width = len(_FACTS_COLUMNS)
        interviews = [(row[width], row[width + 1]) for row in rows if row[width] is not None]
        values = dict(zip(_FACTS_COLUMNS, rows[0], strict=False))
        return ApplicationFacts(**values, interviews=interviews)

    async def get_for_user(self, user_id: int, application_id: int) -> Application | None:
        """The application, only if it belongs to this user."""
        parameters = {"p_id": application_id, "p_user_id": user_id}
        return (await self.session.execute(_THIS_APPLICATION, parameters)).scalar_one_or_none()

    async def list_for_user(self, user_id: int, *, archived: bool = False) -> list[Application]:
        """The user's applications, newest first."""
        statement = (
            select(Application)
            .where(Application.user_id == user_id, Application.archived.is_(archived))
            .order_by(Application.created_at.desc(), Application.id.desc())
        )
        return list((await self.session.execute(statement)).scalars())

    async def with_history(
        self, user_id: int, application_id: int, *, follow_ups: bool = True
    ) -> Application | None:
        """The application with its interviews (and its follow-ups unless told not to), only if
        it is this user's. Without follow-ups it is one statement: a dialog step needs no more."""
        statement = _WITH_HISTORY if follow_ups else _WITH_INTERVIEWS
        parameters = {"p_id": application_id, "p_user_id": user_id}
        return (await self.session.execute(statement, parameters)).unique().scalar_one_or_none()

    async def open_of(self, user_id: int) -> list[Application]:
        """The user's applications that are not archived, with their history, the most recently
        changed first (what /list, /stats and the stale review read)."""
        statement = _recent_first(
            select(Application).where(
                Application.user_id == user_id, Application.archived.is_(False)
            )
        )
        return await self._all(statement)

    async def all_of(self, user_id: int, *, recent_first: bool = False) -> list[Application]:
        """Every application of the user, archived ones too, with their history: in the order
        they were created, or with `recent_first` the most recently changed first."""
        statement = select(Application).where(Application.user_id == user_id)
        if recent_first:
            statement = _recent_first(statement)
        else:
            statement = statement.order_by(Application.created_at, Application.id)
        return await self._all(statement)

    async def by_ids(self, ids: Collection[int]) -> dict[int, Application]:
        """These applications with their history, by id (no statement for no id)."""
        if not ids:
            return {}
        statement = select(Application).where(Application.id.in_(ids)).options(*_HISTORY)
        return {a.id: a for a in (await self.session.execute(statement)).scalars()}

    async def delete(self, app: Application) -> None:
        """Delete the application with its reminders (its history goes with it)."""
        await self.session.execute(delete(Nudge).where(Nudge.application_id == app.id))
        await self.session.delete(app)

    async def _all(self, statement: Select[Application]) -> list[Application]:
        return list((await self.session.execute(statement.options(*_HISTORY))).scalars())


def _recent_first(statement: Select[Application]) -> Select[Application]:
    return statement.order_by(Application.updated_at.desc(), Application.id.desc())


class UpdateLog:
    """The update ids already handled, to handle a repeated webhook delivery once."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def first_time(self, update_id: int, now: dt.datetime) -> bool:
        """Record the update; False if it was handled before (or is being handled right now
        by another process, which then wins)."""
        return await self.session.run_sync(_first_time, update_id, now)

    async def prune(self, before: dt.datetime) -> int:
        """Forget the ids of updates handled before `before`."""
        result = await self.session.execute(
            delete(ProcessedUpdate).where(ProcessedUpdate.processed_at < before)
        )
        return int(getattr(result, "rowcount", 0) or 0)
