"""Scoring tables: catalogues and their categories, versioned rules, entries, closed periods, warnings, tallies.

Entries are never edited once confirmed: a mistake is corrected by a new entry. The two tally tables are derived
data (sums of confirmed entries per period, kept in the same transaction as each confirmation) so that a year of
500,000 entries ranks in milliseconds; ``tallies.rebuild`` recomputes them from the entries at any time.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from gridapp.db.base import Base, Tracked, code_enum, unique_while_live
from gridapp.org.kinds import UnitKind
from gridapp.scoring.kinds import EntrySource, EntryStatus, ScoreMode, SubjectKind, WarningLevel
from gridapp.scoring.periods import PeriodKind

CONFIRMED_LIVE = text("status = 'confirmed' AND deleted_at IS NULL")


class ScoreCatalogue(Tracked, Base):
    """A points scheme: who it scores, its base score, how quarters and years are scored, star thresholds."""

    __tablename__ = "score_catalogue"
    __table_args__ = (unique_while_live("uq_score_catalogue_code_live", "code"),)

    code: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(80))
    subject: Mapped[SubjectKind] = mapped_column(code_enum(SubjectKind))
    mode: Mapped[ScoreMode] = mapped_column(code_enum(ScoreMode))
    base_tenths: Mapped[int] = mapped_column(default=0)
    # {"month": [five, four, three, two, one], "quarter": [...], "year": [...]} in tenths; None: no stars.
    thresholds: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    top_n: Mapped[int] = mapped_column(default=3)
    bottom_n: Mapped[int] = mapped_column(default=2)
    position: Mapped[int] = mapped_column(default=0)
    # A unit catalogue scores units of one kind (班组考核: teams): points go to that kind, rankings compare it only.
    unit_kind: Mapped[UnitKind | None] = mapped_column(code_enum(UnitKind))


class ScoreCategory(Tracked, Base):
    """A category of a catalogue (a star criterion, or one of the five assessment categories with its full score)."""

    __tablename__ = "score_category"
    __table_args__ = (unique_while_live("uq_score_category_code_live", "catalogue", "code"),)

    catalogue: Mapped[str] = mapped_column(String(16))
    code: Mapped[str] = mapped_column(String(24))
    name: Mapped[str] = mapped_column(String(80))
    full_tenths: Mapped[int | None]
    position: Mapped[int] = mapped_column(default=0)


class ScoreRule(Tracked, Base):
    """One version of a point rule. Changing a rule supersedes its version with a new one, so entries and closed
    periods keep pointing at the exact wording, points and cap they were scored under."""

    __tablename__ = "score_rule"
    __table_args__ = (
        unique_while_live("uq_score_rule_version_live", "catalogue", "code", "version"),
        Index("ix_score_rule_trigger", "trigger"),
    )

    catalogue: Mapped[str] = mapped_column(String(16))
    code: Mapped[str] = mapped_column(String(24))
    version: Mapped[int] = mapped_column(default=1)
    name: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(24))
    standard: Mapped[str] = mapped_column(Text, default="")  # how to apply it (考核标准)
    points_tenths: Mapped[int]  # per time; negative for deductions
    cap_tenths: Mapped[int | None]  # most points (or deduction) per subject per cap period; None: no cap
    cap_period: Mapped[PeriodKind] = mapped_column(code_enum(PeriodKind), default=PeriodKind.MONTH)
    evidence_required: Mapped[bool] = mapped_column(default=False)
    grantor_roles: Mapped[str] = mapped_column(String(400), default="")  # role codes, comma-separated
    trigger: Mapped[EntrySource | None] = mapped_column(code_enum(EntrySource))
    # Whose rule it is: None, the plant's (managed by the plant's leaders, applies everywhere); else one unit's own
    # (managed by that unit's leaders, applies to its subtree only). No database foreign key (see migration 0012):
    # the rule service checks the unit.
    owner_unit_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    position: Mapped[int] = mapped_column(default=0)
    superseded_at: Mapped[dt.datetime | None]
    retired_at: Mapped[dt.datetime | None]


class ScoreEntry(Tracked, Base):
    """Points for a person (with the unit they belonged to) or for a unit, under one rule version, with the why."""

    __tablename__ = "score_entry"
    __table_args__ = (
        Index("ix_score_entry_catalogue_status_booked", "catalogue", "status", "booked_on"),
        Index("ix_score_entry_person_booked", "person_id", "booked_on"),
        Index("ix_score_entry_unit_booked", "unit_id", "booked_on"),
        Index("ix_score_entry_source", "source", "source_id"),
        CheckConstraint("quantity >= 1", name="quantity_positive"),
    )

    catalogue: Mapped[str] = mapped_column(String(16))
    rule_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("score_rule.id"), index=True)
    category: Mapped[str] = mapped_column(String(24))  # the rule version's category, kept for fast sums
    person_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"))
    unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("unit.id"))  # the person's home unit when booked
    booked_on: Mapped[dt.date]  # the day the points count for; decides the period
    quantity: Mapped[int] = mapped_column(default=1)
    requested_tenths: Mapped[int]  # quantity × the rule's points, or a correction's amount
    points_tenths: Mapped[int] = mapped_column(default=0)  # what counts: 0 until confirmed, less when capped
    status: Mapped[EntryStatus] = mapped_column(code_enum(EntryStatus))
    source: Mapped[EntrySource] = mapped_column(code_enum(EntrySource))
    source_id: Mapped[uuid.UUID | None]  # the issue or round behind an event proposal
    occurred_at: Mapped[dt.datetime]
    reason: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[str] = mapped_column(String(500), default="")
    proposed_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"))  # None: proposed by an event
    proposed_at: Mapped[dt.datetime]
    decided_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"))
    decided_at: Mapped[dt.datetime | None]
    decision_note: Mapped[str] = mapped_column(Text, default="")
    corrects_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("score_entry.id"), index=True)


class ScorePeriod(Tracked, Base):
    """A closed (frozen) period; an open period has no row. ``settings`` keeps each catalogue's base, mode and
    star thresholds as they were at closing, so later changes do not re-rate a closed period."""

    __tablename__ = "score_period"
    __table_args__ = (unique_while_live("uq_score_period_key_live", "key"),)

    key: Mapped[str] = mapped_column(String(12))  # Period.key: "M2025-03", "Q2025-1", "Y2025"
    kind: Mapped[PeriodKind] = mapped_column(code_enum(PeriodKind))
    starts_on: Mapped[dt.date]
    ends_on: Mapped[dt.date]
    closed_at: Mapped[dt.datetime]
    closed_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"))
    settings: Mapped[dict[str, Any]] = mapped_column(JSON)


class ScorePeriodRule(Tracked, Base):
    """A rule version in force when a period closed: the closed period's scorecards show exactly these."""

    __tablename__ = "score_period_rule"

    period_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("score_period.id"), index=True)
    rule_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("score_rule.id"), index=True)


class ScoreWarning(Tracked, Base):
    """A red/yellow/blue warning on a person's situation (seed 004), seen only by the person's leaders."""

    __tablename__ = "score_warning"

    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"), index=True)
    level: Mapped[WarningLevel] = mapped_column(code_enum(WarningLevel))
    situation: Mapped[str] = mapped_column(Text)
    measures: Mapped[str] = mapped_column(Text, default="")
    raised_on: Mapped[dt.date]
    raised_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"))
    closed_on: Mapped[dt.date | None]
    closed_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"))
    closing_note: Mapped[str] = mapped_column(Text, default="")


ALL_CATEGORIES = "*"  # the tally row of a subject's total over every category


class ScorePersonTally(Base):
    """Derived: confirmed points of one person per period (month, quarter and year keys) and category, plus a
    ``*`` row with the total: a ranking reads 5,000 such rows in key order, not a pivot of every category."""

    __tablename__ = "score_person_tally"
    __table_args__ = (
        Index("ix_score_person_tally_person", "person_id", "catalogue", "period"),
        {"sqlite_with_rowid": False},
    )

    catalogue: Mapped[str] = mapped_column(String(16), primary_key=True)
    period: Mapped[str] = mapped_column(String(12), primary_key=True)
    category: Mapped[str] = mapped_column(String(24), primary_key=True)
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"), primary_key=True)
    points_tenths: Mapped[int]
    entries: Mapped[int]


class ScoreUnitTally(Base):
    """Derived: confirmed points booked to one unit (its people's and its own) per period and category (and ``*``)."""

    __tablename__ = "score_unit_tally"
    __table_args__ = {"sqlite_with_rowid": False}

    catalogue: Mapped[str] = mapped_column(String(16), primary_key=True)
    period: Mapped[str] = mapped_column(String(12), primary_key=True)
    category: Mapped[str] = mapped_column(String(24), primary_key=True)
    unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("unit.id"), primary_key=True)
    points_tenths: Mapped[int]
    entries: Mapped[int]
