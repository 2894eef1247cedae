"""The catalogue of meeting kinds: installing the shipped kinds, reading and editing the site's own."""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from gridapp.org.kinds import UnitKind
from gridapp.party_life.kinds import Attendees, MeetingFrequency
from gridapp.party_life.models import MeetingKind
from gridapp.party_life.rows import MeetingKindRow
from gridapp.paths import CATALOGUES

SHIPPED = CATALOGUES / "party_meeting_kinds.json"


def install_kinds(session: Session) -> bool:
    """Add the shipped kinds that are missing (by code) when the catalogue is empty; True if any was added.

    Once a site has kinds its catalogue is its own: a kind it deleted does not come back."""
    if session.scalar(select(MeetingKind.id).limit(1)) is not None:
        return False
    data = json.loads(SHIPPED.read_text(encoding="utf-8"))
    for position, entry in enumerate(data["kinds"]):
        session.add(
            MeetingKind(
                code=entry["code"],
                name=entry["name"],
                frequency=MeetingFrequency(entry["frequency"]),
                attendees=Attendees(entry["attendees"]),
                unit_kind=UnitKind(entry["unit_kind"]) if entry.get("unit_kind") else None,
                position=position,
            )
        )
    session.flush()
    return True


def kind_row(k: MeetingKind) -> MeetingKindRow:
    return MeetingKindRow(k.id, k.code, k.name, k.frequency, k.attendees, k.unit_kind, k.in_use, k.position)


def read_kinds(session: Session, in_use_only: bool = False) -> list[MeetingKindRow]:
    query = select(MeetingKind).where(MeetingKind.deleted_at.is_(None)).order_by(MeetingKind.position, MeetingKind.code)
    if in_use_only:
        query = query.where(MeetingKind.in_use.is_(True))
    return [kind_row(k) for k in session.scalars(query)]
