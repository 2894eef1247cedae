"""The domain event bus: subscribers run inside the publisher's transaction and roll back with it."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gridapp.db.database import Database
from gridapp.events import EventBus, IssueReported
from gridapp.org.kinds import UnitKind
from gridapp.org.models import Unit


def test_subscribers_share_the_publishers_transaction(db: Database) -> None:
    bus = EventBus()
    seen: list[IssueReported] = []

    def add_unit(session: Session, event: IssueReported) -> None:
        seen.append(event)
        session.add(Unit(kind=UnitKind.TEAM, name="事件班", code="EV-1"))

    bus.subscribe(IssueReported, add_unit)
    event = IssueReported(uuid.uuid4(), uuid.uuid4(), None, dt.datetime.now(dt.UTC))
    with pytest.raises(RuntimeError), db.write(db.system_actor()) as session:
        bus.publish(session, event)
        raise RuntimeError("the report failed after the event")
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Unit)) == 0
    with db.write(db.system_actor()) as session:
        bus.publish(session, event)
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Unit)) == 1
    assert seen == [event, event]
