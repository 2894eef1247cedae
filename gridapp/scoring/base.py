"""What every part of the scoring service shares: the database, today's date, and small lookups."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from gridapp.actor import Actor
from gridapp.db.database import Database
from gridapp.scoring.kinds import Refusal, ScoringRefused
from gridapp.scoring.models import ScorePeriod
from gridapp.scoring.periods import Period


class Part:
    def __init__(self, db: Database, today: Callable[[], dt.date]) -> None:
        self._db = db
        self._today = today

    def today(self) -> dt.date:
        return self._today()


def person_of(actor: Actor) -> uuid.UUID:
    """The person behind a change; points never change on behalf of the station alone."""
    if actor.person_id is None:
        raise ScoringRefused(Refusal.NO_PERSON)
    return actor.person_id


def closed_period(session: Session, period: Period) -> ScorePeriod | None:
    return session.scalar(select(ScorePeriod).where(ScorePeriod.key == period.key, ScorePeriod.deleted_at.is_(None)))


def closing_of(session: Session, day: dt.date) -> ScorePeriod | None:
    """The closed period holding ``day``, if any (a closed month, quarter or year freezes its days)."""
    return session.scalar(
        select(ScorePeriod)
        .where(ScorePeriod.deleted_at.is_(None), ScorePeriod.starts_on <= day, ScorePeriod.ends_on >= day)
        .order_by(ScorePeriod.starts_on)
        .limit(1)
    )


def require_open(session: Session, day: dt.date) -> None:
    frozen = closing_of(session, day)
    if frozen is not None:
        raise ScoringRefused(Refusal.PERIOD_CLOSED, period=frozen.key, day=day.isoformat())
