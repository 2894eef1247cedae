"""Typed change notices: what a committed write changed, per capability, handed to listeners after the commit.

``Database.write`` already gathers every row a transaction inserts, updates or tombstones (for its audit record);
once the commit has succeeded — never on a rollback — it turns them into one notice per capability touched,
with the domain events the write published (``gridapp.events``), and hands them to the subscribers of that
notice type. Nothing here knows Qt: the UI relays notices onto its own thread. A change that arrives another way
(another PC's write, a synced file) is published as the same notices on the same board: one path, not two.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from gridapp.events import MemberAbsent, ProjectFinished, RoundCompleted, SuggestionAdopted

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Notice:
    """Rows of one capability that one committed write changed, by table, and the domain events it published."""

    inserted: Mapping[str, frozenset[uuid.UUID]] = field(default_factory=dict)
    updated: Mapping[str, frozenset[uuid.UUID]] = field(default_factory=dict)
    deleted: Mapping[str, frozenset[uuid.UUID]] = field(default_factory=dict)  # tombstoned or removed
    events: tuple[object, ...] = ()
    station_id: uuid.UUID | None = None  # where the write was made (another PC's, for a change from elsewhere)

    def ids(self, table: str) -> frozenset[uuid.UUID]:
        """Every row of ``table`` this write touched, however."""
        return (
            self.inserted.get(table, frozenset())
            | self.updated.get(table, frozenset())
            | self.deleted.get(table, frozenset())
        )

    @property
    def tables(self) -> frozenset[str]:
        return frozenset(self.inserted) | frozenset(self.updated) | frozenset(self.deleted)


class OrganisationChanged(Notice):
    """Units, posts, people, roles, guardianship, areas, organisation settings."""


class IssuesChanged(Notice):
    """Issues and their history, photos, links, partners; categories and the shift calendar."""


class InspectionsChanged(Notice):
    """The book, cards and tables, their items and versions; rounds and their results."""


class ProjectsChanged(Notice):
    """Tackling projects (攻关项目): their linked issues, team, milestones, results and files."""


class ScoringChanged(Notice):
    """Point rules, entries, periods, warnings and the tallies behind the rankings."""


class SecurityChanged(Notice):
    """Accounts and the password policy (the audit trail itself is not a notice: it changes with every write)."""


class PartyLifeChanged(Notice):
    """Meetings of party life and their attendance, the catalogue of meeting kinds, talks, suggestions."""


class TrainingChanged(Notice):
    """Training sessions (三学四课堂) and who attended, the catalogue of classrooms, the units' required hours."""


class SyncChanged(Notice):
    """This database's sync identity, its peers, the conflict archive and the history of exchanges."""


# Which notice a table's rows belong to, by the table's name: its capability's prefix, or the organisation's tables.
# tests/test_change_notices.py checks every table of the schema is named here or in NOT_NOTICED.
PREFIXES: tuple[tuple[str, type[Notice]], ...] = (
    ("issue", IssuesChanged),
    ("work_calendar", IssuesChanged),
    ("inspection", InspectionsChanged),
    ("project", ProjectsChanged),
    ("score", ScoringChanged),
    ("account", SecurityChanged),
    ("security", SecurityChanged),
    ("sync", SyncChanged),
    ("party_", PartyLifeChanged),
    ("training_", TrainingChanged),
)
ORGANISATION_TABLES = frozenset(
    {"unit", "post", "person", "role", "role_assignment", "area", "area_photo", "guardianship", "org_setting"}
)
# bookkeeping; one's read marks; photo bytes (their issue_photo rows are the notice)
# and sync's own bookkeeping (row versions, clocks, stations' trails), never a write's subject
NOT_NOTICED = frozenset(
    {
        "station",
        "audit_record",
        "audit_chain",
        "alert_read",
        "photo_blob",
        "sync_version",
        "sync_clock",
        "sync_station_audit",
    }
)
NOTICE_TYPES: tuple[type[Notice], ...] = (
    OrganisationChanged,
    IssuesChanged,
    InspectionsChanged,
    ProjectsChanged,
    ScoringChanged,
    SecurityChanged,
    SyncChanged,
    PartyLifeChanged,
    TrainingChanged,
)


def notice_type(table: str) -> type[Notice] | None:
    if table in ORGANISATION_TABLES:
        return OrganisationChanged
    return next((kind for prefix, kind in PREFIXES if table.startswith(prefix)), None)


def event_notice_type(event: object) -> type[Notice]:
    """The capability a domain event belongs to: the rounds' (RoundCompleted), party life's, else the issue board's."""
    if isinstance(event, (MemberAbsent, SuggestionAdopted)):
        return PartyLifeChanged
    if isinstance(event, ProjectFinished):
        return ProjectsChanged
    return InspectionsChanged if isinstance(event, RoundCompleted) else IssuesChanged


def notices_of(
    rows: Mapping[tuple[str, str], str],
    events: Iterable[object] = (),
    station_id: uuid.UUID | None = None,
    tables: Iterable[tuple[str, str]] = (),
) -> list[Notice]:
    """One notice per capability from ``rows`` ((table, id) -> "insert" | "update" | "delete"), ``events``, and
    ``tables`` ((table, op) changed beyond the rows named: a bulk statement, a long list cut short)."""
    gathered: dict[type[Notice], dict[str, defaultdict[str, set[uuid.UUID]]]] = {}

    def ids_of(table: str, op: str) -> set[uuid.UUID] | None:
        kind = notice_type(table)
        if kind is None or op not in ("insert", "update", "delete"):
            return None
        ops = gathered.setdefault(
            kind, {"insert": defaultdict(set), "update": defaultdict(set), "delete": defaultdict(set)}
        )
        return ops[op][table]

    for (table, row), op in rows.items():
        found = ids_of(table, op)
        if found is None:
            continue
        with contextlib.suppress(ValueError):  # a table keyed otherwise is named by its table only
            found.add(uuid.UUID(row))
    for table, op in tables:
        ids_of(table, op)
    published: dict[type[Notice], list[object]] = defaultdict(list)
    for event in events:
        published[event_notice_type(event)].append(event)
    notices = []
    for kind in NOTICE_TYPES:
        by_op = gathered.get(kind)
        if by_op is None and kind not in published:
            continue
        by_op = by_op or {"insert": {}, "update": {}, "delete": {}}
        notices.append(
            kind(
                inserted={t: frozenset(ids) for t, ids in by_op["insert"].items()},
                updated={t: frozenset(ids) for t, ids in by_op["update"].items()},
                deleted={t: frozenset(ids) for t, ids in by_op["delete"].items()},
                events=tuple(published.get(kind, ())),
                station_id=station_id,
            )
        )
    return notices


N = TypeVar("N", bound=Notice)
Listener = Callable[[Any], None]


class NoticeBoard:
    """Subscribers by notice type; ``publish`` runs them on the publishing thread, each failure logged and kept
    from the others (the change is committed already: a listener cannot undo it)."""

    def __init__(self) -> None:
        self._listeners: defaultdict[type[Notice], list[Listener]] = defaultdict(list)
        self._lock = threading.Lock()

    def subscribe(self, kind: type[N], listener: Callable[[N], None]) -> Callable[[], None]:
        """Returns the call that unsubscribes."""
        with self._lock:
            self._listeners[kind].append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners[kind]:
                    self._listeners[kind].remove(listener)

        return unsubscribe

    def publish(self, notices: Iterable[Notice]) -> None:
        for notice in notices:
            with self._lock:
                listeners = [fn for kind, fns in self._listeners.items() if isinstance(notice, kind) for fn in fns]
            for listener in listeners:
                try:
                    listener(notice)
                except Exception:
                    log.exception("a listener of %s failed", type(notice).__name__)
