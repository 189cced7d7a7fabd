"""SQLAlchemy models of the whole product: users, their pipeline, dialogs and reminders.

Times are aware datetimes stored in UTC (`UTCDateTime`). Schema changes go through Alembic
(`storage/migrations`), never through `create_all` in production code.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Enum,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    Time,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from flows.domain import NudgeKind, NudgeState, Stage
from storage.types import UTCDateTime

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Bounds on what a user may type; the dialogs refuse longer input with a clear message.
NAME_MAX = 200
CONTACT_MAX = 200
TEXT_MAX = 4000


def _enum(enum_cls: type[Any], name: str) -> Enum:
    return Enum(
        enum_cls,
        name=name,
        native_enum=False,
        length=32,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


class Base(DeclarativeBase):
    """Declarative base with a stable constraint naming convention."""

    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dt.datetime: UTCDateTime(), dict[str, Any]: JSON()}


class User(Base):
    """A Telegram user of Relance, with their language, time zone and reminder preferences."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    language: Mapped[str] = mapped_column(String(2))
    timezone: Mapped[str] = mapped_column(String(64))
    country: Mapped[str] = mapped_column(String(8))
    nudge_hour: Mapped[dt.time] = mapped_column(Time())
    paused_all: Mapped[bool] = mapped_column(Boolean, default=False)
    blocked: Mapped[bool] = mapped_column(Boolean, default=False)
    onboarded: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime]
    last_seen_at: Mapped[dt.datetime]

    applications: Mapped[list[Application]] = relationship(
        back_populates="user", cascade="all, delete-orphan", passive_deletes=True
    )


class Application(Base):
    """One job application: the pipeline's unit."""

    __tablename__ = "applications"
    __table_args__ = (Index("ix_applications_user_stage", "user_id", "stage"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    company: Mapped[str] = mapped_column(String(NAME_MAX))
    role: Mapped[str | None] = mapped_column(String(NAME_MAX))
    recruiter_name: Mapped[str | None] = mapped_column(String(NAME_MAX))
    recruiter_contact: Mapped[str | None] = mapped_column(String(CONTACT_MAX))
    stage: Mapped[Stage] = mapped_column(_enum(Stage, "stage"), default=Stage.APPLIED)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    company_size: Mapped[str | None] = mapped_column(String(16))
    urgency: Mapped[str | None] = mapped_column(String(16))
    applied_at: Mapped[dt.datetime | None]
    announced_answer_at: Mapped[dt.datetime | None]
    # The first day of an announced window ("la semaine prochaine"); `announced_answer_at` is its
    # last day. Empty when a single day was announced.
    announced_answer_from: Mapped[dt.datetime | None]
    refused_at: Mapped[dt.datetime | None]
    refusal_channel: Mapped[str | None] = mapped_column(String(16))
    refusal_reason: Mapped[str | None] = mapped_column(String(32))
    refusal_skill: Mapped[str | None] = mapped_column(Text)
    refusal_proof: Mapped[str | None] = mapped_column(Text)
    opening_in_months: Mapped[int | None] = mapped_column(Integer)
    comeback_months: Mapped[int | None] = mapped_column(Integer)
    # Interviews the user reported without dates (a refusal after "3 interviews", N1).
    interview_count: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]

    user: Mapped[User] = relationship(back_populates="applications")
    interviews: Mapped[list[Interview]] = relationship(
        back_populates="application",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Interview.round",
    )
    follow_ups: Mapped[list[FollowUp]] = relationship(
        back_populates="application",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="FollowUp.sent_at",
    )


class Interview(Base):
    """One interview round of an application."""

    __tablename__ = "interviews"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), index=True
    )
    round: Mapped[int] = mapped_column(Integer, default=1)
    at: Mapped[dt.datetime]
    notes: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime]

    application: Mapped[Application] = relationship(back_populates="interviews")


class Conversation(Base):
    """The dialog a user is in, if any: one per user, its state a plain string column."""

    __tablename__ = "conversations"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    flow: Mapped[str] = mapped_column(String(32))
    state: Mapped[str] = mapped_column(String(64))
    # Increases at every question asked: a button carries it, so an old button is recognised.
    step: Mapped[int] = mapped_column(Integer, default=0)
    answers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    application_id: Mapped[int | None] = mapped_column(
        ForeignKey("applications.id", ondelete="SET NULL")
    )
    message_id: Mapped[int | None] = mapped_column(BigInteger)
    updated_at: Mapped[dt.datetime]


class FollowUp(Base):
    """A follow-up the user sent to a recruiter, and what came of it."""

    __tablename__ = "follow_ups"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(32))
    sent_at: Mapped[dt.datetime]
    channel: Mapped[str] = mapped_column(String(16))
    outcome: Mapped[str | None] = mapped_column(String(16))

    application: Mapped[Application] = relationship(back_populates="follow_ups")


class Nudge(Base):
    """A planned reminder. This row is the only truth about it: the scheduler holds nothing."""

    __tablename__ = "nudges"
    __table_args__ = (
        # Serves the reminder engine's "pending and due" claim.
        Index("ix_nudges_state_due", "state", "due_at"),
        Index("ix_nudges_user_state", "user_id", "state"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    application_id: Mapped[int | None] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[NudgeKind] = mapped_column(_enum(NudgeKind, "nudge_kind"))
    due_at: Mapped[dt.datetime]
    last_useful_at: Mapped[dt.datetime | None]
    state: Mapped[NudgeState] = mapped_column(
        _enum(NudgeState, "nudge_state"), default=NudgeState.PENDING
    )
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    lease_until: Mapped[dt.datetime | None]
    sent_at: Mapped[dt.datetime | None]
    telegram_message_id: Mapped[int | None] = mapped_column(BigInteger)
    last_error: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]


class ProcessedUpdate(Base):
    """A Telegram update already handled: a repeated webhook delivery is answered once.
    Rows older than a couple of days are deleted (Telegram stops retrying long before)."""

    __tablename__ = "processed_updates"

    update_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    processed_at: Mapped[dt.datetime] = mapped_column(index=True)
