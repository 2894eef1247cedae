"""Accounts, the security policy, the audit trail and its chain anchor (the tables of ``gridapp.security``)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from gridapp.db.base import Base, Tracked, code_enum, unique_while_live
from gridapp.security.kinds import SystemRole


class Account(Tracked, Base):
    """A login: a person of the organisation, or one of the three system accounts (三员) with no person."""

    __tablename__ = "account"
    __table_args__ = (unique_while_live("uq_account_login_live", "login"),)

    login: Mapped[str] = mapped_column(String(40))
    person_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"), index=True)
    system_role: Mapped[SystemRole | None] = mapped_column(code_enum(SystemRole))
    active: Mapped[bool] = mapped_column(default=True)
    demo: Mapped[bool] = mapped_column(default=False)  # made with the demo plant; the window says 演示数据
    password_hash: Mapped[str] = mapped_column(String(200))
    password_changed_at: Mapped[dt.datetime]
    must_change: Mapped[bool] = mapped_column(default=True)  # at first login and after a reset
    failed_logins: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[dt.datetime | None]
    last_login_at: Mapped[dt.datetime | None]
    created_by: Mapped[uuid.UUID | None]  # the account that made it (None: the station, first start)
    disabled_at: Mapped[dt.datetime | None]
    disabled_by: Mapped[uuid.UUID | None]


class SecuritySetting(Tracked, Base):
    """One value of the password and session policy, set by the security administrator."""

    __tablename__ = "security_setting"
    __table_args__ = (unique_while_live("uq_security_setting_key_live", "key"),)

    key: Mapped[str] = mapped_column(String(40))
    value: Mapped[str] = mapped_column(String(200))


class AuditRecord(Base):
    """One line of the audit trail. Never updated or deleted (database triggers); chained by ``hash``."""

    __tablename__ = "audit_record"
    __table_args__ = (
        Index("ix_audit_record_at", "at"),
        Index("ix_audit_record_account_id", "account_id"),
        Index("ix_audit_record_target_number", "target_number"),
    )

    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    id: Mapped[uuid.UUID] = mapped_column(unique=True, default=uuid.uuid4)
    at: Mapped[dt.datetime]
    station_id: Mapped[uuid.UUID]
    account_id: Mapped[uuid.UUID | None]
    account_login: Mapped[str] = mapped_column(String(40), default="")
    person_id: Mapped[uuid.UUID | None]
    person_name: Mapped[str] = mapped_column(String(40), default="")
    action: Mapped[str] = mapped_column(String(80))
    target_table: Mapped[str] = mapped_column(String(40), default="")
    target_id: Mapped[str] = mapped_column(String(40), default="")
    target_number: Mapped[str] = mapped_column(String(40), default="")
    unit_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    result: Mapped[str] = mapped_column(String(16))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    hash: Mapped[str] = mapped_column(String(64))


class AuditChain(Base):
    """The one row that names the chain's key (by fingerprint) and the last head verified."""

    __tablename__ = "audit_chain"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    key_fingerprint: Mapped[str] = mapped_column(String(64))  # "unkeyed" when no OS keyring held the key
    created_at: Mapped[dt.datetime]
    checked_seq: Mapped[int] = mapped_column(default=0)
    checked_hash: Mapped[str] = mapped_column(String(64), default="")
    checked_events: Mapped[int] = mapped_column(default=0)  # issue events covered by records up to checked_seq
    checked_mac: Mapped[str] = mapped_column(Text, default="")
