"""Periods: which are closed, closing one (it and every period inside it freeze, with a copy of the rules and
settings it was scored under), and what still waits in a period."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session, aliased

from gridapp.actor import Actor
from gridapp.db.base import utcnow
from gridapp.org.models import Person
from gridapp.org.service import subtree_ids
from gridapp.scoring.base import Part, closed_period, person_of
from gridapp.scoring.catalogue import settings_of
from gridapp.scoring.kinds import EntryStatus, Refusal, ScoringRefused
from gridapp.scoring.models import ScoreCatalogue, ScoreEntry, ScorePeriod, ScorePeriodRule, ScoreRule
from gridapp.scoring.periods import Period, PeriodKind, recent
from gridapp.scoring.rows import PeriodRow
from gridapp.scoring.rules import in_force
from gridapp.security.rights import Right, plant_root, require


def close_in(session: Session, period: Period, closer: uuid.UUID) -> list[Period]:
    """Close ``period`` and its open inner periods, each with a copy of the settings and of the rules in force."""
    waiting = waiting_in(session, period)
    if waiting:
        raise ScoringRefused(Refusal.PROPOSALS_WAITING, period=period.key, count=waiting)
    heads = session.scalars(select(ScoreCatalogue).where(ScoreCatalogue.deleted_at.is_(None)))
    settings = {head.code: settings_of(head) for head in heads}
    rule_ids = list(session.scalars(select(ScoreRule.id).where(*in_force())))
    now = utcnow()
    done = []
    for each in [period, *period.within()]:
        if closed_period(session, each) is not None:
            continue
        row = ScorePeriod(
            key=each.key,
            kind=each.kind,
            starts_on=each.starts_on,
            ends_on=each.ends_on,
            closed_at=now,
            closed_by=closer,
            settings=settings,
        )
        session.add(row)
        session.flush()
        session.add_all(ScorePeriodRule(period_id=row.id, rule_id=rule_id) for rule_id in rule_ids)
        done.append(each)
    return done


def waiting_conditions(
    catalogue: str | None = None, unit_id: uuid.UUID | None = None, period: Period | None = None
) -> list[ColumnElement[bool]]:
    """The one definition of "waiting" (待确认): a live proposal nobody has confirmed or rejected yet, of the
    catalogue, booked to a unit of ``unit_id``'s subtree (people by their home unit), booked in the period. Left
    out, each means "every": the closing of a period counts every catalogue of the whole plant."""
    conditions: list[ColumnElement[bool]] = [
        ScoreEntry.status == EntryStatus.PROPOSED,
        ScoreEntry.deleted_at.is_(None),
    ]
    if catalogue is not None:
        conditions.append(ScoreEntry.catalogue == catalogue)
    if unit_id is not None:
        conditions.append(ScoreEntry.unit_id.in_(subtree_ids(unit_id)))
    if period is not None:
        conditions.append(ScoreEntry.booked_on.between(period.starts_on, period.ends_on))
    return conditions


def waiting_in(
    session: Session, period: Period | None, catalogue: str | None = None, unit_id: uuid.UUID | None = None
) -> int:
    return int(
        session.scalar(
            select(func.count()).select_from(ScoreEntry).where(*waiting_conditions(catalogue, unit_id, period))
        )
        or 0
    )


class PeriodService(Part):
    def periods(
        self,
        kind: PeriodKind,
        count: int = 24,
        catalogue: str | None = None,
        unit_id: uuid.UUID | None = None,
    ) -> list[PeriodRow]:
        """The latest ``count`` periods of ``kind`` up to the current one, newest first, with their state.

        ``waiting`` counts the proposals of ``catalogue`` in ``unit_id``'s subtree (``waiting_conditions``: the
        same number the waiting list shows for that scope and period); ``waiting_plant`` every catalogue's in
        the whole plant, which is what holds the closing back."""
        wanted = recent(kind, self.today(), count)
        closer = aliased(Person)
        with self._db.read() as s:
            closed = {
                row[0]: row
                for row in s.execute(
                    select(ScorePeriod.key, ScorePeriod.closed_at, closer.name)
                    .join(closer, closer.id == ScorePeriod.closed_by)
                    .where(ScorePeriod.deleted_at.is_(None), ScorePeriod.key.in_([p.key for p in wanted]))
                )
            }
            in_span = ScoreEntry.booked_on.between(wanted[-1].starts_on, wanted[0].ends_on)
            scoped = dict(
                s.execute(
                    select(ScoreEntry.booked_on, func.count())
                    .where(*waiting_conditions(catalogue, unit_id), in_span)
                    .group_by(ScoreEntry.booked_on)
                ).all()
            )
            plant = dict(
                s.execute(
                    select(ScoreEntry.booked_on, func.count())
                    .where(*waiting_conditions(), in_span)
                    .group_by(ScoreEntry.booked_on)
                ).all()
            )
        rows = []
        for period in wanted:
            found = closed.get(period.key)
            rows.append(
                PeriodRow(
                    period,
                    found is not None,
                    found[1] if found else None,
                    found[2] if found else "",
                    sum(n for day, n in scoped.items() if period.contains(day)),
                    sum(n for day, n in plant.items() if period.contains(day)),
                )
            )
        return rows

    def is_closed(self, period: Period) -> bool:
        with self._db.read() as s:
            return closed_period(s, period) is not None

    def close(self, actor: Actor, period: Period) -> list[Period]:
        """Close ``period`` and the still open periods inside it; returns what was closed.

        Refused while the period has not ended, is already closed, or holds proposals nobody has decided on.
        """
        with self._db.write(actor) as s:
            closer = person_of(actor)
            require(s, actor, Right.PERIOD_CLOSE, plant_root(s), self.today())
            if period.ends_on >= self.today():
                raise ScoringRefused(Refusal.PERIOD_NOT_ENDED, period=period.key)
            if closed_period(s, period) is not None:
                raise ScoringRefused(Refusal.PERIOD_ALREADY_CLOSED, period=period.key)
            return close_in(s, period, closer)

    def settings_json(self, period: Period) -> dict[str, object] | None:
        with self._db.read() as s:
            found = closed_period(s, period)
            return dict(found.settings) if found else None


def closed_on(session: Session, day: dt.date) -> bool:
    return (
        session.scalar(
            select(ScorePeriod.id)
            .where(ScorePeriod.deleted_at.is_(None), ScorePeriod.starts_on <= day, ScorePeriod.ends_on >= day)
            .limit(1)
        )
        is not None
    )
