"""The seam between a failed checkpoint item and the issue board: what a failure says, and who turns it into an issue.

Recording a round calls ``FailedItemReporter.report`` inside the round's own transaction for every failed item, so
the round and its issues commit or roll back together. The issue board's adapter lives in ``issue_board.py``.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy.orm import Session

from gridapp.actor import Actor
from gridapp.inspections.kinds import CheckLevel, Frequency, ItemKind


@dataclass(frozen=True, slots=True)
class FailedItem:
    round_id: uuid.UUID
    item_id: uuid.UUID
    unit_id: uuid.UUID
    post: str
    document: str
    version: str
    level: CheckLevel
    frequency: Frequency
    sequence: int
    equipment: str
    content: str
    standard: str
    kind: ItemKind
    reading: float | None
    lower: float | None
    upper: float | None
    unit: str
    note: str
    inspector: str
    performed_at: dt.datetime
    photos: tuple[tuple[str, bytes], ...]  # (file name, JPEG bytes)
    # The person who did the round (None: named only by a name on paper): the issue's reporter, who gets the
    # quick-report credit, whoever keyed the round in.
    inspector_id: uuid.UUID | None = None


@dataclass(frozen=True, slots=True)
class RaisedIssue:
    id: uuid.UUID
    number: str  # the issue board's number, e.g. 2026-0012


class FailedItemReporter(Protocol):
    def report(self, session: Session, actor: Actor, failure: FailedItem) -> RaisedIssue: ...
