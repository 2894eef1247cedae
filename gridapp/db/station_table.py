"""The stations that have written to this database, so a row's ``station_id`` can be shown as a name."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import String, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from gridapp.db.base import Base, utcnow
from gridapp.station import Station


class StationRecord(Base):
    __tablename__ = "station"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    first_seen: Mapped[dt.datetime] = mapped_column(default=utcnow)
    last_seen: Mapped[dt.datetime] = mapped_column(default=utcnow)


def register_station(session: Session, station: Station) -> None:
    record = session.scalar(select(StationRecord).where(StationRecord.id == station.id))
    if record is None:
        session.add(StationRecord(id=station.id, name=station.name))
    else:
        record.name = station.name
        record.last_seen = utcnow()
