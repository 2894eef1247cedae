"""Domain events: what happened in one capability that another reacts to, inside the same transaction.

A service publishes an event with the session it is writing in; every subscriber runs right there, so its changes
commit or roll back together with the change that caused them (a scoring proposal never outlives a cancelled
report). Capabilities stay decoupled: the issue board does not import scoring, scoring subscribes to the bus.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy.orm import Session


@dataclass(frozen=True, slots=True)
class IssueReported:
    issue_id: uuid.UUID
    unit_id: uuid.UUID
    reporter_id: uuid.UUID | None
    at: dt.datetime


@dataclass(frozen=True, slots=True)
class IssueFedBack:
    """The assignee gave feedback; ``on_time`` says whether it was within the feedback deadline."""

    issue_id: uuid.UUID
    person_id: uuid.UUID | None
    on_time: bool
    at: dt.datetime


@dataclass(frozen=True, slots=True)
class IssueClosed:
    """A verified closure; ``hazard`` is true for hazards (隐患销号), ``rectifier_id`` is who fixed it."""

    issue_id: uuid.UUID
    unit_id: uuid.UUID
    rectifier_id: uuid.UUID | None
    verifier_id: uuid.UUID | None
    hazard: bool
    at: dt.datetime


@dataclass(frozen=True, slots=True)
class RoundCompleted:
    """An inspection round (daily / weekly / monthly) was recorded as done."""

    round_id: uuid.UUID
    unit_id: uuid.UUID
    inspector_id: uuid.UUID | None
    frequency: str
    at: dt.datetime


@dataclass(frozen=True, slots=True)
class MemberAbsent:
    """A person was marked absent without reason (无故缺席) on a meeting's record (组织生活)."""

    meeting_id: uuid.UUID
    unit_id: uuid.UUID
    person_id: uuid.UUID
    at: dt.datetime


@dataclass(frozen=True, slots=True)
class SuggestionAdopted:
    """A rationalisation suggestion (合理化建议) was adopted; ``category`` is its code (safety, cost, …)."""

    suggestion_id: uuid.UUID
    unit_id: uuid.UUID
    submitter_id: uuid.UUID
    category: str
    at: dt.datetime


@dataclass(frozen=True, slots=True)
class ProjectFinished:
    """A tackling project (攻关项目) was finished; ``people`` are its leader, then its members; ``evidence`` names
    the project and ``results`` its results, for the proposals' evidence."""

    project_id: uuid.UUID
    unit_id: uuid.UUID
    people: tuple[uuid.UUID, ...]
    evidence: str
    results: str
    at: dt.datetime


E = TypeVar("E")
Handler = Callable[[Session, Any], None]


class EventBus:
    def __init__(self) -> None:
        self._handlers: defaultdict[type, list[Handler]] = defaultdict(list)

    def subscribe(self, event_type: type[E], handler: Callable[[Session, E], None]) -> None:
        self._handlers[event_type].append(handler)

    def publish(self, session: Session, event: object) -> None:
        """Run every subscriber of ``type(event)`` in ``session``'s transaction; an error rolls the whole change back.
        After the commit the event also reaches the write's change notices (``gridapp.changes``)."""
        for handler in self._handlers.get(type(event), ()):
            handler(session, event)
        published = session.info.get("gridapp.events")
        if published is not None:
            published.append(event)
