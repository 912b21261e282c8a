"""ORM models of the app database. The schema is made only by Alembic (`migrations/`).

No `from __future__ import annotations` here: SQLAlchemy would `eval` every string annotation
when it maps the classes, on every cold start of a function (~3 ms); a forward reference to a
class defined further down is quoted instead.
"""

import json
import unicodedata
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.dialects import mysql
from sqlalchemy.orm import Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

from shared.storage.db import Base

LongText = Text().with_variant(mysql.LONGTEXT(), "mysql", "mariadb")
ROLES = ("admin", "analyst", "viewer")


class JSONText(TypeDecorator[Any]):
    """JSON stored as (long) text: identical on SQLite, MySQL and MariaDB, no drift."""

    impl = LongText
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> str | None:
        return None if value is None else json.dumps(value, ensure_ascii=False, default=str)

    def process_result_value(self, value: Any, dialect: Any) -> Any:
        return None if value is None else json.loads(value)


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def fold_username(username: str) -> str:
    """How usernames are compared: NFKC (fullwidth and look-alike forms) and case-folded."""
    return unicodedata.normalize("NFKC", username).casefold()[:64]


def _username_key_default(context: Any) -> str:
    return fold_username(context.get_current_parameters()["username"])


class User(Base):
    __tablename__ = "users"
    __table_args__ = (UniqueConstraint("username_key", name="uq_users_username_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True, nullable=False)
    # The username folded for comparison (NFKC, case-folded): unique, so 'Alice' and 'ａｌｉｃｅ' are one.
    username_key: Mapped[str] = mapped_column(String(64), nullable=False, default=_username_key_default)
    password_hash: Mapped[str] = mapped_column(String(255), nullable=False)
    role: Mapped[str] = mapped_column(String(16), nullable=False, default="viewer")
    is_active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    # Bumped when the password changes: tokens carry it, so older tokens stop working.
    token_version: Mapped[int] = mapped_column(Integer, nullable=False, default=0, server_default="0")
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow, onupdate=utcnow)


class ApiKey(Base):
    __tablename__ = "api_keys"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True
    )
    name: Mapped[str] = mapped_column(String(128), nullable=False)
    prefix: Mapped[str] = mapped_column(String(16), nullable=False, unique=True)
    key_hash: Mapped[str] = mapped_column(String(128), nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
    last_used_at: Mapped[datetime | None] = mapped_column(DateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime)

    user: Mapped[User] = relationship()


class Datasource(Base):
    """An uploaded file (kind='file') or a connected database (kind='database')."""

    __tablename__ = "datasources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True
    )
    name: Mapped[str] = mapped_column(String(255), nullable=False)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    dialect: Mapped[str] = mapped_column(String(32), nullable=False)
    # Connected databases: the SQLAlchemy URL, Fernet-encrypted; never returned by the API.
    url_encrypted: Mapped[str | None] = mapped_column(Text)
    # Uploaded files: the unique prefix of the physical tables in the workspace database.
    table_prefix: Mapped[str | None] = mapped_column(String(64), unique=True)
    file_name: Mapped[str | None] = mapped_column(String(255))
    file_key: Mapped[str | None] = mapped_column(String(512))
    file_size: Mapped[int | None] = mapped_column(BigInteger)
    data_version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    semantic: Mapped[Any] = mapped_column(JSONText, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow, onupdate=utcnow)

    tables: Mapped[list["DatasourceTable"]] = relationship(
        back_populates="datasource", cascade="all, delete-orphan", order_by="DatasourceTable.position"
    )


class DatasourceTable(Base):
    """One logical table of a datasource, with its physical name, columns and profile."""

    __tablename__ = "datasource_tables"
    __table_args__ = (UniqueConstraint("datasource_id", "name", name="uq_datasource_tables_name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    datasource_id: Mapped[int] = mapped_column(
        ForeignKey("datasources.id", ondelete="CASCADE"), nullable=False, index=True
    )
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    name: Mapped[str] = mapped_column(String(255), nullable=False)
    physical_name: Mapped[str] = mapped_column(String(255), nullable=False)
    physical_schema: Mapped[str | None] = mapped_column(String(255))
    row_count: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    columns: Mapped[Any] = mapped_column(JSONText, nullable=False)
    foreign_keys: Mapped[Any] = mapped_column(JSONText, nullable=True)
    profile: Mapped[Any] = mapped_column(JSONText, nullable=True)

    datasource: Mapped["Datasource"] = relationship(back_populates="tables")


class DatasourceShare(Base):
    __tablename__ = "datasource_shares"
    __table_args__ = (
        UniqueConstraint("datasource_id", "grantee_user_id", "grantee_role", name="uq_datasource_share"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    datasource_id: Mapped[int] = mapped_column(
        ForeignKey("datasources.id", ondelete="CASCADE"), nullable=False, index=True
    )
    grantee_user_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    grantee_role: Mapped[str | None] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow)


class Conversation(Base):
    __tablename__ = "conversations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True
    )
    datasource_id: Mapped[int | None] = mapped_column(ForeignKey("datasources.id", ondelete="SET NULL"))
    title: Mapped[str] = mapped_column(String(255), nullable=False, default="")
    # What an engine needs for follow-ups (e.g. the last structured intent).
    state: Mapped[Any] = mapped_column(JSONText, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow, onupdate=utcnow)

    messages: Mapped[list["Message"]] = relationship(
        back_populates="conversation", cascade="all, delete-orphan", order_by="Message.id"
    )


class Message(Base):
    __tablename__ = "messages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    conversation_id: Mapped[int] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), nullable=False, index=True
    )
    datasource_id: Mapped[int | None] = mapped_column(ForeignKey("datasources.id", ondelete="SET NULL"))
    question: Mapped[str] = mapped_column(Text, nullable=False)
    status: Mapped[str] = mapped_column(String(16), nullable=False)
    engine: Mapped[str | None] = mapped_column(String(32))
    sql: Mapped[str | None] = mapped_column(Text)
    interpretation: Mapped[str | None] = mapped_column(Text)
    summary: Mapped[str | None] = mapped_column(Text)
    message: Mapped[str | None] = mapped_column(Text)
    # A bounded snapshot of the answer (columns, first rows, chart) and timings.
    result: Mapped[Any] = mapped_column(JSONText, nullable=True)
    timings: Mapped[Any] = mapped_column(JSONText, nullable=True)
    # LLM calls: tokens, latency, outcome.
    llm_usage: Mapped[Any] = mapped_column(JSONText, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow)

    conversation: Mapped["Conversation"] = relationship(back_populates="messages")


class Feedback(Base):
    __tablename__ = "feedback"
    __table_args__ = (UniqueConstraint("message_id", "user_id", name="uq_feedback_message_user"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"), nullable=False)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), nullable=False)
    rating: Mapped[str] = mapped_column(String(8), nullable=False)
    comment: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow)


class AuditLog(Base):
    __tablename__ = "audit_logs"
    __table_args__ = (Index("ix_audit_logs_user_created", "user_id", "created_at"),)

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow, index=True)
    user_id: Mapped[int | None] = mapped_column(Integer)
    username: Mapped[str | None] = mapped_column(String(64))
    api_key_id: Mapped[int | None] = mapped_column(Integer)
    method: Mapped[str] = mapped_column(String(8), nullable=False)
    path: Mapped[str] = mapped_column(String(512), nullable=False)
    status: Mapped[int] = mapped_column(Integer, nullable=False)
    latency_ms: Mapped[float] = mapped_column(Float, nullable=False)
    client_ip: Mapped[str | None] = mapped_column(String(64))
    request_id: Mapped[str | None] = mapped_column(String(64))
    # Events beyond the request itself (e.g. what deleting a user erased).
    detail: Mapped[str | None] = mapped_column(Text)


class Installation(Base):
    """This install's identity: one row, created by `chatbi migrate`. Cache keys are namespaced by
    it, so two installs (or a reset database) sharing one Redis never read each other's entries."""

    __tablename__ = "installation"

    install_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow)


class ExampleProposal(Base):
    """A 👍 on an answer proposes its question and SQL as an example of the datasource's semantic
    layer; the datasource's owner (or an admin) accepts or rejects it. `sql` is in the semantic
    layer's declared dialect (standard SQL)."""

    __tablename__ = "example_proposals"
    __table_args__ = (UniqueConstraint("message_id", name="uq_example_proposals_message"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    datasource_id: Mapped[int] = mapped_column(
        ForeignKey("datasources.id", ondelete="CASCADE"), nullable=False, index=True
    )
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"), nullable=False)
    proposer_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), nullable=False)
    question: Mapped[str] = mapped_column(Text, nullable=False)
    sql: Mapped[str] = mapped_column(Text, nullable=False)
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="pending")
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
    decided_at: Mapped[datetime | None] = mapped_column(DateTime)
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
