"""Red/yellow/blue warnings on people's situation (seed 004): raised, re-graded and closed by a grid leader or
party secretary, and seen only by them, for the people of the units they lead (see ``access``)."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import Row, Select, case, select
from sqlalchemy.orm import Session, aliased

from gridapp.actor import Actor
from gridapp.org.models import Person, Unit
from gridapp.org.service import subtree_ids
from gridapp.scoring.access import permissions, watched_units
from gridapp.scoring.base import Part, person_of
from gridapp.scoring.kinds import Refusal, ScoringRefused, WarningLevel
from gridapp.scoring.models import ScoreWarning
from gridapp.scoring.rows import WarningRow
from gridapp.security.rights import Right, audited_export, require

MAX_TEXT = 2000


class WarningService(Part):
    def may_see(self, person_id: uuid.UUID | None) -> bool:
        with self._db.read() as s:
            return permissions(s, person_id, self.today()).see_warnings

    def warnings(
        self, viewer_id: uuid.UUID | None, unit_id: uuid.UUID | None = None, include_closed: bool = False
    ) -> list[WarningRow]:
        """Warnings the viewer may see (none for anybody else), most serious and newest first."""
        if viewer_id is None:
            return []
        with self._db.read() as s:
            if not permissions(s, viewer_id, self.today()).see_warnings:
                return []
            statement = _query().where(Person.home_unit_id.in_(watched_units(viewer_id, self.today())))
            if unit_id is not None:
                statement = statement.where(Person.home_unit_id.in_(subtree_ids(unit_id)))
            if not include_closed:
                statement = statement.where(ScoreWarning.closed_on.is_(None))
            severity = case({WarningLevel.RED: 1, WarningLevel.YELLOW: 2}, value=ScoreWarning.level, else_=3)
            statement = statement.order_by(
                ScoreWarning.closed_on.is_not(None), severity, ScoreWarning.raised_on.desc(), Person.name_pinyin
            )
            return [_row(r) for r in s.execute(statement)]

    def for_export(
        self, actor: Actor, unit_id: uuid.UUID | None = None, include_closed: bool = False
    ) -> list[WarningRow]:
        """The warnings for a file: WARNING_EXPORT is required (they are confidential) and the export is audited."""
        detail = {"unit": str(unit_id) if unit_id else "", "closed": include_closed}
        audited_export(self._db, actor, Right.WARNING_EXPORT, "warnings", detail)
        return self.warnings(actor.person_id, unit_id, include_closed)

    def raise_warning(
        self, actor: Actor, person_id: uuid.UUID, level: WarningLevel, situation: str, measures: str = ""
    ) -> WarningRow:
        with self._db.write(actor) as s:
            self._require_watcher(s, actor, person_id)
            situation = situation.strip()
            if not situation or len(situation) > MAX_TEXT or len(measures) > MAX_TEXT:
                raise ScoringRefused(Refusal.REASON_REQUIRED)
            warning = ScoreWarning(
                id=uuid.uuid4(),
                person_id=person_id,
                level=level,
                situation=situation,
                measures=measures.strip(),
                raised_on=self.today(),
                raised_by=person_of(actor),
                closing_note="",
            )
            s.add(warning)
            s.flush()
            return _row(s.execute(_query().where(ScoreWarning.id == warning.id)).one())

    def update(self, actor: Actor, warning_id: uuid.UUID, level: WarningLevel, measures: str) -> WarningRow:
        """Re-grade an open warning and record the measures taken (苗头性问题, 超前采取措施)."""
        with self._db.write(actor) as s:
            warning = self._open_warning(s, actor, warning_id)
            if len(measures) > MAX_TEXT:
                raise ScoringRefused(Refusal.REASON_REQUIRED)
            warning.level = level
            warning.measures = measures.strip()
            s.flush()
            return _row(s.execute(_query().where(ScoreWarning.id == warning.id)).one())

    def close(self, actor: Actor, warning_id: uuid.UUID, note: str) -> WarningRow:
        """Close a warning once the situation is resolved (闭合处置), saying how."""
        with self._db.write(actor) as s:
            warning = self._open_warning(s, actor, warning_id)
            note = note.strip()
            if not note or len(note) > MAX_TEXT:
                raise ScoringRefused(Refusal.REASON_REQUIRED)
            warning.closed_on = self.today()
            warning.closed_by = person_of(actor)
            warning.closing_note = note
            s.flush()
            return _row(s.execute(_query().where(ScoreWarning.id == warning.id)).one())

    def _open_warning(self, s: Session, actor: Actor, warning_id: uuid.UUID) -> ScoreWarning:
        warning = s.get(ScoreWarning, warning_id)
        if warning is None or warning.deleted_at is not None:
            raise ScoringRefused(Refusal.UNKNOWN)
        self._require_watcher(s, actor, warning.person_id)
        if warning.closed_on is not None:
            raise ScoringRefused(Refusal.NOT_PROPOSED)
        return warning

    def _require_watcher(self, s: Session, actor: Actor, person_id: uuid.UUID) -> None:
        viewer = person_of(actor)
        person = s.get(Person, person_id)
        if person is None or person.deleted_at is not None:
            raise ScoringRefused(Refusal.UNKNOWN)
        require(s, actor, Right.WARNING_RAISE, person.home_unit_id, self.today())
        watched = s.scalar(
            select(Person.id).where(
                Person.id == person_id, Person.home_unit_id.in_(watched_units(viewer, self.today()))
            )
        )
        if watched is None:
            raise ScoringRefused(Refusal.NOT_VISIBLE)


_raiser = aliased(Person, name="raiser")
_closer = aliased(Person, name="closer")


def _query() -> Select[Any]:
    return (
        select(
            ScoreWarning.id,
            ScoreWarning.person_id,
            Person.name,
            Person.employee_no,
            Unit.name,
            ScoreWarning.level,
            ScoreWarning.situation,
            ScoreWarning.measures,
            ScoreWarning.raised_on,
            _raiser.name,
            ScoreWarning.closed_on,
            _closer.name,
            ScoreWarning.closing_note,
        )
        .join(Person, Person.id == ScoreWarning.person_id)
        .join(Unit, Unit.id == Person.home_unit_id)
        .join(_raiser, _raiser.id == ScoreWarning.raised_by)
        .outerjoin(_closer, _closer.id == ScoreWarning.closed_by)
        .where(ScoreWarning.deleted_at.is_(None))
    )


def _row(r: Row[Any]) -> WarningRow:
    return WarningRow(
        id=r[0],
        person_id=r[1],
        person_name=r[2],
        employee_no=r[3],
        unit_name=r[4],
        level=r[5],
        situation=r[6],
        measures=r[7],
        raised_on=r[8],
        raised_by=r[9],
        closed_on=r[10],
        closed_by=r[11] or "",
        closing_note=r[12],
    )
