"""The points schemes: installing the shipped default catalogues, reading them, and changing their settings."""

from __future__ import annotations

import itertools
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from gridapp.org.kinds import UnitKind
from gridapp.paths import CATALOGUES
from gridapp.scoring.kinds import EntrySource, Refusal, ScoreMode, ScoringRefused, SubjectKind
from gridapp.scoring.models import ScoreCatalogue, ScoreCategory, ScoreRule
from gridapp.scoring.periods import PeriodKind
from gridapp.scoring.points import from_tenths, to_tenths
from gridapp.scoring.rows import STAR_LEVELS, CatalogueRow, CategoryRow


def shipped_files() -> list[Path]:
    return sorted(CATALOGUES.glob("scoring_*.json"))


def is_installed(session: Session) -> bool:
    return session.scalar(select(ScoreCatalogue.id).where(ScoreCatalogue.deleted_at.is_(None)).limit(1)) is not None


def install_defaults(session: Session) -> bool:
    """Add the shipped catalogues, categories and rules that are missing (by code); True if anything was added.

    A site's own changes are kept: an existing catalogue, category or rule code is never overwritten.
    """
    added = False
    catalogues = {c.code for c in session.scalars(select(ScoreCatalogue).where(ScoreCatalogue.deleted_at.is_(None)))}
    categories = {
        (c.catalogue, c.code) for c in session.scalars(select(ScoreCategory).where(ScoreCategory.deleted_at.is_(None)))
    }
    rules = {(r.catalogue, r.code) for r in session.scalars(select(ScoreRule).where(ScoreRule.deleted_at.is_(None)))}
    for position, path in enumerate(shipped_files()):
        data = json.loads(path.read_text(encoding="utf-8"))
        head = data["catalogue"]
        code = head["code"]
        if code not in catalogues:
            session.add(
                ScoreCatalogue(
                    code=code,
                    name=head["name"],
                    subject=SubjectKind(head["subject"]),
                    mode=ScoreMode(head["mode"]),
                    base_tenths=to_tenths(head["base"]),
                    thresholds=_thresholds_to_tenths(head["thresholds"]),
                    top_n=head["top_n"],
                    bottom_n=head["bottom_n"],
                    position=position,
                    unit_kind=UnitKind(head["unit_kind"]) if head.get("unit_kind") else None,
                )
            )
            added = True
        for index, entry in enumerate(data["categories"]):
            if (code, entry["code"]) in categories:
                continue
            session.add(
                ScoreCategory(
                    catalogue=code,
                    code=entry["code"],
                    name=entry["name"],
                    full_tenths=to_tenths(entry["full"]) if entry.get("full") is not None else None,
                    position=index,
                )
            )
            added = True
        for index, entry in enumerate(data["rules"]):
            if (code, entry["code"]) in rules:
                continue
            session.add(
                ScoreRule(
                    catalogue=code,
                    code=entry["code"],
                    version=1,
                    name=entry["name"],
                    category=entry["category"],
                    standard=entry.get("standard", ""),
                    points_tenths=to_tenths(entry["points"]),
                    cap_tenths=to_tenths(entry["cap"]) if entry.get("cap") is not None else None,
                    cap_period=PeriodKind(entry.get("cap_period", "month")),
                    evidence_required=bool(entry.get("evidence_required")),
                    grantor_roles=",".join(entry.get("grantors", [])),
                    trigger=EntrySource(entry["trigger"]) if entry.get("trigger") else None,
                    position=index,
                )
            )
            added = True
    if added:
        session.flush()
    return added


def _thresholds_to_tenths(raw: dict[str, list[Any]] | None) -> dict[str, list[int]] | None:
    if raw is None:
        return None
    return {kind: [to_tenths(v) for v in values] for kind, values in raw.items()}


def read_catalogues(session: Session) -> list[CatalogueRow]:
    heads = session.scalars(
        select(ScoreCatalogue).where(ScoreCatalogue.deleted_at.is_(None)).order_by(ScoreCatalogue.position)
    ).all()
    categories = session.scalars(
        select(ScoreCategory).where(ScoreCategory.deleted_at.is_(None)).order_by(ScoreCategory.position)
    ).all()
    return [
        catalogue_row(head, [c for c in categories if c.catalogue == head.code], settings_of(head)) for head in heads
    ]


def settings_of(head: ScoreCatalogue) -> dict[str, Any]:
    """The catalogue settings a closed period keeps a copy of."""
    return {
        "base": head.base_tenths,
        "mode": head.mode.value,
        "thresholds": head.thresholds,
        "top_n": head.top_n,
        "bottom_n": head.bottom_n,
    }


def catalogue_row(head: ScoreCatalogue, categories: list[ScoreCategory], settings: dict[str, Any]) -> CatalogueRow:
    raw = settings.get("thresholds")
    thresholds = (
        {PeriodKind(kind): tuple(from_tenths(v) for v in values) for kind, values in raw.items()} if raw else None
    )
    return CatalogueRow(
        code=head.code,
        name=head.name,
        subject=head.subject,
        mode=ScoreMode(settings["mode"]),
        base=from_tenths(settings["base"]),
        thresholds=thresholds,
        top_n=settings["top_n"],
        bottom_n=settings["bottom_n"],
        unit_kind=head.unit_kind,
        categories=tuple(
            CategoryRow(c.code, c.name, from_tenths(c.full_tenths) if c.full_tenths is not None else None, c.position)
            for c in categories
        ),
    )


def validate_thresholds(thresholds: dict[PeriodKind, tuple[Decimal, ...]]) -> dict[str, list[int]]:
    """Five minimums per period kind, strictly falling from five stars to one; returned in tenths."""
    out: dict[str, list[int]] = {}
    for kind in PeriodKind:
        values = thresholds.get(kind)
        if values is None or len(values) != STAR_LEVELS:
            raise ScoringRefused(Refusal.BAD_THRESHOLDS, kind=kind.value)
        tenths = [to_tenths(v) for v in values]
        if any(a <= b for a, b in itertools.pairwise(tenths)):
            raise ScoringRefused(Refusal.BAD_THRESHOLDS, kind=kind.value)
        out[kind.value] = tenths
    return out
