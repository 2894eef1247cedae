"""Rounds: the schedule derived from the items (who checks what, when), the done-vs-due matrix, recording a round
(results, readings against limits, photos, an issue for each failed item, the RoundCompleted event), and the record."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Row, Select, case, func, select
from sqlalchemy.orm import Session

from gridapp.actor import Actor
from gridapp.db.database import Database
from gridapp.events import EventBus, RoundCompleted
from gridapp.inspections.issue_link import FailedItem, FailedItemReporter
from gridapp.inspections.kinds import FREQUENCY_ORDER, LEVEL_ORDER, CheckLevel, Frequency, ItemKind, Outcome
from gridapp.inspections.models import (
    CheckItem,
    Document,
    DocumentType,
    InspectionRound,
    RoundOwner,
    RoundPhoto,
    RoundResult,
)
from gridapp.inspections.people import OrgSnapshot, default_owner, post_staff
from gridapp.inspections.photos import shrink_photo
from gridapp.inspections.rows import (
    DoneMatrix,
    DueRow,
    DueStatus,
    InspectionRefused,
    MatrixCell,
    MatrixColumn,
    MissedRound,
    PersonRef,
    RecordedRound,
    Refusal,
    ResultRow,
    RoundDraft,
    RoundOwnerRow,
    RoundRow,
    ScheduleGroup,
)
from gridapp.inspections.rules import out_of_limit
from gridapp.inspections.schedule import month_span, period_end, period_start, periods
from gridapp.org.models import Person, Post, Unit
from gridapp.org.service import subtree_ids
from gridapp.security.rights import Right, require
from gridapp.times import plant_date, plant_today

GroupKey = tuple[uuid.UUID, CheckLevel, Frequency, int | None]


def local_date(moment: dt.datetime) -> dt.date:
    """The calendar day at this station of an aware time (rounds are due by the plant's local day)."""
    return plant_date(moment)


class RoundService:
    def __init__(self, db: Database, events: EventBus, reporter: FailedItemReporter | None = None) -> None:
        self._db = db
        self._events = events
        # None until the issue board offers its report API; then failed items are recorded without an issue.
        self.reporter = reporter

    # schedule

    def schedule_groups(
        self, unit_id: uuid.UUID | None = None, document_id: uuid.UUID | None = None
    ) -> list[ScheduleGroup]:
        """The recurring rounds of documents in force, of posts in ``unit_id``'s subtree (or of one document)."""
        with self._db.read() as s:
            return _groups(s, unit_id, document_id)

    def due(self, unit_id: uuid.UUID, today: dt.date | None = None) -> list[DueRow]:
        """Who is due to check what: each recurring round's current period, and its previous period when that
        ended without a round (overdue); overdue first, then open, then done."""
        today = today or plant_today()
        with self._db.read() as s:
            groups = _groups(s, unit_id)
            wanted: list[tuple[ScheduleGroup, dt.date, dt.date]] = []
            for g in groups:
                start = period_start(g.frequency, today, g.interval_days, g.in_force_from)
                wanted.append((g, start, period_end(g.frequency, start, g.interval_days)))
                before = start - dt.timedelta(days=1)
                if before >= g.in_force_from:
                    prev = period_start(g.frequency, before, g.interval_days, g.in_force_from)
                    wanted.append((g, prev, period_end(g.frequency, prev, g.interval_days)))
            rows = _status_rows(s, groups, wanted, today)
        # A previous period that was done is not news.
        return [r for r in rows if not (r.period_end < today and r.status == DueStatus.DONE)]

    def period_status(
        self, unit_id: uuid.UUID, frequency: Frequency, first: dt.date, last: dt.date, today: dt.date | None = None
    ) -> list[DueRow]:
        """The rounds of ``frequency`` that the posts of ``unit_id`` itself (one row of the matrix) owe for the
        periods within ``first``..``last`` (one cell), with their status."""
        today = today or plant_today()
        with self._db.read() as s:
            groups = [g for g in _groups(s, unit_id) if g.unit_id == unit_id and g.frequency == frequency]
            wanted = [
                (g, a, b)
                for g in groups
                for a, b in periods(frequency, first, last, g.interval_days, g.in_force_from)
                if b >= g.in_force_from and a <= last
            ]
            return _status_rows(s, groups, wanted, today)

    def matrix(
        self,
        unit_id: uuid.UUID,
        first: dt.date | None = None,
        last: dt.date | None = None,
        today: dt.date | None = None,
    ) -> DoneMatrix:
        """Done vs due per unit (rows) and period (columns: each day, each week, each month of the span, and one
        column for custom intervals); the span defaults to the current month."""
        today = today or plant_today()
        if first is None or last is None:
            first, last = month_span(today)
        with self._db.read() as s:
            groups = _groups(s, unit_id)
            done = {
                (k, start) for (k, start) in _last_rounds(s, {_key(g) for g in groups}, first - dt.timedelta(days=62))
            }
            owners = _owners(s, groups, today)
            unit_order = {
                r[0]: (r[1], r[2])
                for r in s.execute(
                    select(Unit.id, Unit.position, Unit.name).where(Unit.id.in_({g.unit_id for g in groups}))
                )
            }
        columns: list[MatrixColumn] = []
        for frequency in (Frequency.DAILY, Frequency.WEEKLY, Frequency.MONTHLY):
            columns.extend(MatrixColumn(frequency, a, b) for a, b in periods(frequency, first, last))
        if any(g.frequency == Frequency.CUSTOM for g in groups):
            columns.append(MatrixColumn(Frequency.CUSTOM, first, last))
        by_unit: dict[uuid.UUID, list[ScheduleGroup]] = defaultdict(list)
        for g in groups:
            by_unit[g.unit_id].append(g)
        units = sorted(by_unit, key=lambda u: unit_order.get(u, (0, "")))
        cells = []
        for uid in units:
            row = []
            for column in columns:
                counts = [0, 0, 0, 0]  # done, overdue, open, upcoming
                overdue_by: list[str] = []
                open_by: list[str] = []
                for g in by_unit[uid]:
                    if g.frequency != column.frequency:
                        continue
                    if column.frequency == Frequency.CUSTOM:
                        spans = periods(g.frequency, column.start, column.end, g.interval_days, g.in_force_from)
                    else:
                        spans = [(column.start, column.end)]
                    for start, end in spans:
                        if end < g.in_force_from:
                            continue
                        if start > today:
                            counts[3] += 1
                        elif (_key(g), start) in done:
                            counts[0] += 1
                        elif end < today:
                            counts[1] += 1
                            overdue_by.append(_name(owners[_key(g)][0]))
                        else:
                            counts[2] += 1
                            open_by.append(_name(owners[_key(g)][0]))
                row.append(
                    MatrixCell(
                        counts[0] + counts[1] + counts[2],
                        counts[0],
                        counts[1],
                        counts[2],
                        counts[3],
                        tuple(dict.fromkeys(overdue_by)),
                        tuple(dict.fromkeys(open_by)),
                    )
                )
            cells.append(tuple(row))
        return DoneMatrix(tuple((u, unit_order.get(u, (0, ""))[1]) for u in units), tuple(columns), tuple(cells), today)

    def owners(self, unit_id: uuid.UUID, today: dt.date | None = None) -> list[RoundOwnerRow]:
        """Each recurring round of posts in ``unit_id``'s subtree with the person named for it, and the default."""
        today = today or plant_today()
        with self._db.read() as s:
            groups = _groups(s, unit_id)
            owners = _owners(s, groups, today)
            defaults = _default_owners(s, groups, today)
        return [RoundOwnerRow(g, owners[_key(g)][0], defaults[_key(g)], owners[_key(g)][1]) for g in groups]

    def set_owner(
        self,
        actor: Actor,
        document_id: uuid.UUID,
        level: CheckLevel,
        frequency: Frequency,
        interval_days: int | None,
        person_id: uuid.UUID | None,
    ) -> None:
        """Name ``person_id`` as answering for one recurring round of a document; None goes back to the default.
        Who keeps a post's cards (``CARD_EDIT`` over its unit) decides."""
        interval = interval_days if frequency == Frequency.CUSTOM else None
        with self._db.write(actor) as s:
            document = s.get(Document, document_id)
            if document is None or document.deleted_at is not None:
                raise InspectionRefused(Refusal.NO_SUCH_DOCUMENT)
            post = s.get(Post, document.post_id)
            assert post is not None
            require(s, actor, Right.CARD_EDIT, post.unit_id)
            if person_id is not None:
                person = s.get(Person, person_id)
                if person is None or person.deleted_at is not None or person.left_on is not None:
                    raise InspectionRefused(Refusal.NO_SUCH_PERSON)
            query = select(RoundOwner).where(
                RoundOwner.document_id == document_id,
                RoundOwner.level == level,
                RoundOwner.frequency == frequency,
                RoundOwner.deleted_at.is_(None),
            )
            if interval is None:
                query = query.where(RoundOwner.interval_days.is_(None))
            else:
                query = query.where(RoundOwner.interval_days == interval)
            current = s.scalars(query).first()
            if person_id is None:
                if current is not None:
                    current.deleted_at = dt.datetime.now(dt.UTC)
            elif current is None:
                s.add(
                    RoundOwner(
                        document_id=document_id,
                        level=level,
                        frequency=frequency,
                        interval_days=interval,
                        person_id=person_id,
                    )
                )
            elif current.person_id != person_id:
                current.person_id = person_id

    def misses(
        self, unit_id: uuid.UUID, first: dt.date, last: dt.date, today: dt.date | None = None
    ) -> list[MissedRound]:
        """Every period within ``first``..``last`` that ended before ``today`` without its round, with the person
        named for it (today's owner), by person then period: the list for the monthly review. Unlike ``due`` it
        reaches back as far as asked."""
        today = today or plant_today()
        with self._db.read() as s:
            groups = _groups(s, unit_id)
            owners = _owners(s, groups, today)
            since = min((max(first, g.in_force_from) for g in groups), default=first)
            done = set(_last_rounds(s, {_key(g) for g in groups}, since - dt.timedelta(days=62)))
        out = []
        for g in groups:
            for start, end in periods(g.frequency, max(first, g.in_force_from), last, g.interval_days, g.in_force_from):
                if end >= today or end < g.in_force_from or (_key(g), start) in done:
                    continue
                owner = owners[_key(g)][0]
                out.append(MissedRound(owner.id if owner else None, _name(owner), g, start, end))
        out.sort(
            key=lambda m: (
                m.person_id is None,
                m.person,
                m.period_start,
                m.group.unit,
                m.group.post,
                LEVEL_ORDER.index(m.group.level),
                FREQUENCY_ORDER.index(m.group.frequency),
            )
        )
        return out

    def round_items(
        self, document_id: uuid.UUID, level: CheckLevel, frequency: Frequency, interval_days: int | None = None
    ) -> list[Any]:
        """The live items one round checks, in sequence."""
        from gridapp.inspections.documents import item_row

        with self._db.read() as s:
            return [item_row(i) for i in s.scalars(_group_items(document_id, level, frequency, interval_days))]

    # recording

    def record(self, actor: Actor, draft: RoundDraft) -> RecordedRound:
        """Record a round in one transaction: its results and photos, an issue on the board for each failed item
        (linked to the item and the round), and the RoundCompleted event."""
        with self._db.write(actor) as s:
            document = s.get(Document, draft.document_id)
            if document is None or document.deleted_at is not None:
                raise InspectionRefused(Refusal.NO_SUCH_DOCUMENT)
            if document.in_force_from is None:
                raise InspectionRefused(Refusal.NOT_IN_FORCE)
            post = s.get(Post, document.post_id)
            doc_type = s.get(DocumentType, document.type_id)
            assert post is not None and doc_type is not None
            require(s, actor, Right.ROUND_RECORD, post.unit_id)
            interval = draft.interval_days if draft.frequency == Frequency.CUSTOM else None
            start = period_start(draft.frequency, draft.period_start, interval, document.in_force_from)
            if start > local_date(draft.performed_at):
                raise InspectionRefused(Refusal.FUTURE_ROUND)
            items = {i.id: i for i in s.scalars(_group_items(document.id, draft.level, draft.frequency, interval))}
            if not items:
                raise InspectionRefused(Refusal.NO_ITEMS)
            if {r.item_id for r in draft.results} != set(items) or len(draft.results) != len(items):
                raise InspectionRefused(Refusal.STALE_ITEMS)
            inspector = s.get(Person, draft.inspector_id) if draft.inspector_id else None
            inspector_name = inspector.name if inspector else actor.name
            the_round = InspectionRound(
                id=uuid.uuid4(),
                document_id=document.id,
                unit_id=post.unit_id,
                level=draft.level,
                frequency=draft.frequency,
                interval_days=interval,
                period_start=start,
                performed_at=draft.performed_at,
                inspector_id=inspector.id if inspector else None,
                inspector_name=inspector_name,
                version=document.version,
                source=draft.source,
                note=draft.note.strip()[:400],
            )
            s.add(the_round)
            s.flush()
            failures: list[tuple[RoundResult, FailedItem]] = []
            pictures: list[RoundPhoto] = []
            for result in draft.results:
                item = items[result.item_id]
                outcome, reading, flagged = _judge(item, result.outcome, result.reading)
                row = RoundResult(
                    id=uuid.uuid4(),
                    round_id=the_round.id,
                    item_id=item.id,
                    position=item.position,
                    outcome=outcome,
                    reading=reading,
                    out_of_limit=flagged,
                    note=result.note.strip()[:400],
                )
                s.add(row)
                photos = tuple((p.name, shrink_photo(p.data)) for p in result.photos)
                pictures.extend(
                    RoundPhoto(result_id=row.id, name=n[:120], mime="image/jpeg", data=d) for n, d in photos
                )
                if outcome == Outcome.FAIL:
                    failure = FailedItem(
                        round_id=the_round.id,
                        item_id=item.id,
                        unit_id=post.unit_id,
                        post=post.name,
                        document=doc_type.name,
                        version=document.version,
                        level=draft.level,
                        frequency=draft.frequency,
                        sequence=item.position + 1,
                        equipment=item.equipment,
                        content=item.content,
                        standard=item.standard,
                        kind=item.kind,
                        reading=reading,
                        lower=item.lower,
                        upper=item.upper,
                        unit=item.unit,
                        note=row.note,
                        inspector=inspector_name,
                        performed_at=draft.performed_at,
                        photos=photos,
                        inspector_id=inspector.id if inspector else None,
                    )
                    failures.append((row, failure))
            s.flush()  # results before their photos: the models declare no relationships to order them
            s.add_all(pictures)
            raised = []
            if self.reporter is not None:
                for row, failure in failures:
                    issue = self.reporter.report(s, actor, failure)
                    row.issue_id, row.issue_number = issue.id, issue.number
                    raised.append((issue.id, issue.number))
            self._events.publish(
                s,
                RoundCompleted(
                    the_round.id, post.unit_id, the_round.inspector_id, draft.frequency.value, draft.performed_at
                ),
            )
            return RecordedRound(the_round.id, len(failures), tuple(raised))

    # the record

    def rounds(self, unit_id: uuid.UUID, offset: int = 0, limit: int = 200) -> list[RoundRow]:
        """Rounds of units in ``unit_id``'s subtree, newest first, one page."""
        query = _round_query().where(InspectionRound.unit_id.in_(subtree_ids(unit_id)))
        query = query.order_by(InspectionRound.performed_at.desc(), InspectionRound.id).offset(offset).limit(limit)
        with self._db.read() as s:
            return _with_counts(s, s.execute(query).all())

    def count_rounds(self, unit_id: uuid.UUID) -> int:
        with self._db.read() as s:
            return (
                s.scalar(
                    select(func.count()).where(
                        InspectionRound.deleted_at.is_(None), InspectionRound.unit_id.in_(subtree_ids(unit_id))
                    )
                )
                or 0
            )

    def round(self, round_id: uuid.UUID) -> RoundRow:
        with self._db.read() as s:
            rows = s.execute(_round_query().where(InspectionRound.id == round_id)).all()
            if not rows:
                raise InspectionRefused(Refusal.NO_SUCH_DOCUMENT, "round")
            return _with_counts(s, rows)[0]

    def round_place(self, round_id: uuid.UUID) -> tuple[uuid.UUID, uuid.UUID] | None:
        """Where a round belongs, to open it from elsewhere (an issue's link): (its post's id, its unit's id)."""
        with self._db.read() as s:
            row = s.execute(
                select(Document.post_id, InspectionRound.unit_id)
                .join(Document, Document.id == InspectionRound.document_id)
                .where(InspectionRound.id == round_id, InspectionRound.deleted_at.is_(None))
            ).first()
        return (row[0], row[1]) if row else None

    def results(self, round_id: uuid.UUID) -> list[ResultRow]:
        photos = (
            select(func.count()).where(RoundPhoto.result_id == RoundResult.id, RoundPhoto.deleted_at.is_(None))
        ).scalar_subquery()
        with self._db.read() as s:
            rows = s.execute(
                select(
                    RoundResult.id,
                    RoundResult.item_id,
                    RoundResult.position + 1,
                    CheckItem.content,
                    CheckItem.standard,
                    CheckItem.kind,
                    RoundResult.outcome,
                    RoundResult.reading,
                    CheckItem.unit,
                    CheckItem.lower,
                    CheckItem.upper,
                    RoundResult.out_of_limit,
                    RoundResult.note,
                    RoundResult.issue_id,
                    RoundResult.issue_number,
                    photos,
                )
                .join(CheckItem, CheckItem.id == RoundResult.item_id)
                .where(RoundResult.round_id == round_id, RoundResult.deleted_at.is_(None))
                .order_by(RoundResult.position)
            ).all()
        return [ResultRow(*r) for r in rows]

    def photos(self, result_id: uuid.UUID) -> list[tuple[str, bytes]]:
        with self._db.read() as s:
            rows = s.execute(
                select(RoundPhoto.name, RoundPhoto.data)
                .where(RoundPhoto.result_id == result_id, RoundPhoto.deleted_at.is_(None))
                .order_by(RoundPhoto.created_at)
            ).all()
        return [(r[0], r[1]) for r in rows]

    def results_of_item(
        self, item_id: uuid.UUID, limit: int = 50
    ) -> list[tuple[dt.datetime, str, Outcome, float | None, int | None]]:
        """The latest results of one item: (when, inspector, outcome, reading, issue number)."""
        with self._db.read() as s:
            rows = s.execute(
                select(
                    InspectionRound.performed_at,
                    InspectionRound.inspector_name,
                    RoundResult.outcome,
                    RoundResult.reading,
                    RoundResult.issue_number,
                )
                .join(InspectionRound, InspectionRound.id == RoundResult.round_id)
                .where(RoundResult.item_id == item_id, RoundResult.deleted_at.is_(None))
                .order_by(InspectionRound.performed_at.desc())
                .limit(limit)
            ).all()
        return [tuple(r) for r in rows]  # type: ignore[misc]


def _status_rows(
    s: Session, groups: list[ScheduleGroup], wanted: list[tuple[ScheduleGroup, dt.date, dt.date]], today: dt.date
) -> list[DueRow]:
    """Each (group, period) with its status and who answers for it; overdue first, then due, then done."""
    owners = _owners(s, groups, today)
    last = _last_rounds(s, {_key(g) for g in groups}, min((w[1] for w in wanted), default=today))
    out = []
    for g, start, end in wanted:
        done = last.get((_key(g), start))
        if done is not None:
            status = DueStatus.DONE
        elif start > today:
            status = DueStatus.NOT_YET
        elif end < today:
            status = DueStatus.OVERDUE
        else:
            status = DueStatus.OPEN
        owner, chosen = owners[_key(g)]
        people = (owner,) if owner is not None else ()
        out.append(
            DueRow(
                g,
                start,
                end,
                status,
                people,
                done[0] if done else None,
                done[1] if done else "",
                done[2] if done else None,
                chosen,
            )
        )
    rank = {DueStatus.OVERDUE: 0, DueStatus.OPEN: 1, DueStatus.DONE: 2, DueStatus.NOT_YET: 3}
    out.sort(
        key=lambda r: (
            rank[r.status],
            r.group.unit,
            r.group.post,
            LEVEL_ORDER.index(r.group.level),
            FREQUENCY_ORDER.index(r.group.frequency),
            r.period_start,
        )
    )
    return out


def _name(person: PersonRef | None) -> str:
    return person.name if person is not None else ""


def _default_owners(s: Session, groups: list[ScheduleGroup], today: dt.date) -> dict[GroupKey, PersonRef | None]:
    org = OrgSnapshot(s, today)
    staff = {g.post_id: post_staff(s, g.post_id) for g in groups}
    return {_key(g): default_owner(org, staff, g.post_id, g.unit_id, g.level) for g in groups}


def _owners(s: Session, groups: list[ScheduleGroup], today: dt.date) -> dict[GroupKey, tuple[PersonRef | None, bool]]:
    """Each group's named person and whether they were chosen by hand. A chosen person who has left falls back
    to the default, so a round never stays with someone no longer here."""
    defaults = _default_owners(s, groups, today)
    chosen: dict[GroupKey, PersonRef] = {}
    documents = {g.document_id for g in groups}
    if documents:
        for doc, level, frequency, interval, pid, name, phone in s.execute(
            select(
                RoundOwner.document_id,
                RoundOwner.level,
                RoundOwner.frequency,
                RoundOwner.interval_days,
                Person.id,
                Person.name,
                Person.phone,
            )
            .join(Person, Person.id == RoundOwner.person_id)
            .where(
                RoundOwner.deleted_at.is_(None),
                RoundOwner.document_id.in_(documents),
                Person.deleted_at.is_(None),
                Person.left_on.is_(None),
            )
        ):
            chosen[(doc, level, frequency, interval)] = PersonRef(pid, name, phone or "")
    out: dict[GroupKey, tuple[PersonRef | None, bool]] = {}
    for g in groups:
        key = _key(g)
        out[key] = (chosen[key], True) if key in chosen else (defaults[key], False)
    return out


def _judge(item: CheckItem, outcome: Outcome, reading: float | None) -> tuple[Outcome, float | None, bool]:
    """The stored outcome: a reading's pass or fail follows from its limits; n.a. needs no value."""
    if outcome == Outcome.NOT_APPLICABLE:
        return outcome, reading if item.kind == ItemKind.READING else None, False
    if item.kind == ItemKind.PASS_FAIL:
        return outcome, None, False
    if reading is None:
        raise InspectionRefused(Refusal.READING_REQUIRED, str(item.position + 1))
    flagged = out_of_limit(reading, item.lower, item.upper)
    return (Outcome.FAIL if flagged else Outcome.PASS), reading, flagged


def _key(g: ScheduleGroup) -> GroupKey:
    return (g.document_id, g.level, g.frequency, g.interval_days)


def _group_items(
    document_id: uuid.UUID, level: CheckLevel, frequency: Frequency, interval_days: int | None
) -> Select[Any]:
    query = select(CheckItem).where(
        CheckItem.document_id == document_id,
        CheckItem.deleted_at.is_(None),
        CheckItem.level == level,
        CheckItem.frequency == frequency,
    )
    if frequency == Frequency.CUSTOM:
        query = query.where(CheckItem.interval_days == interval_days)
    return query.order_by(CheckItem.position)


def _groups(s: Session, unit_id: uuid.UUID | None, document_id: uuid.UUID | None = None) -> list[ScheduleGroup]:
    query = (
        select(
            Document.id,
            DocumentType.name,
            Post.id,
            Post.name,
            Unit.id,
            Unit.name,
            CheckItem.level,
            CheckItem.frequency,
            CheckItem.interval_days,
            func.count(),
            Document.in_force_from,
        )
        .join(Document, Document.id == CheckItem.document_id)
        .join(DocumentType, DocumentType.id == Document.type_id)
        .join(Post, Post.id == Document.post_id)
        .join(Unit, Unit.id == Post.unit_id)
        .where(
            CheckItem.deleted_at.is_(None),
            Document.deleted_at.is_(None),
            Post.deleted_at.is_(None),
            Document.in_force_from.is_not(None),
        )
        .group_by(
            Document.id,
            DocumentType.name,
            Post.id,
            Post.name,
            Unit.id,
            Unit.name,
            CheckItem.level,
            CheckItem.frequency,
            CheckItem.interval_days,
            Document.in_force_from,
        )
    )
    if unit_id is not None:
        query = query.where(Post.unit_id.in_(subtree_ids(unit_id)))
    if document_id is not None:
        query = query.where(Document.id == document_id)
    groups = [ScheduleGroup(*r) for r in s.execute(query)]
    groups.sort(
        key=lambda g: (
            g.unit,
            g.post,
            g.document,
            LEVEL_ORDER.index(g.level),
            FREQUENCY_ORDER.index(g.frequency),
            g.interval_days or 0,
        )
    )
    return groups


def _last_rounds(
    s: Session, keys: Iterable[GroupKey], since: dt.date
) -> dict[tuple[GroupKey, dt.date], tuple[uuid.UUID, str, dt.datetime]]:
    """The latest round of each (group, period) since ``since``: (round id, inspector, when)."""
    documents = {k[0] for k in keys}
    if not documents:
        return {}
    rows = s.execute(
        select(
            InspectionRound.document_id,
            InspectionRound.level,
            InspectionRound.frequency,
            InspectionRound.interval_days,
            InspectionRound.period_start,
            InspectionRound.id,
            InspectionRound.inspector_name,
            InspectionRound.performed_at,
        )
        .where(
            InspectionRound.deleted_at.is_(None),
            InspectionRound.document_id.in_(documents),
            InspectionRound.period_start >= since,
        )
        .order_by(InspectionRound.performed_at)
    ).all()
    return {((r[0], r[1], r[2], r[3]), r[4]): (r[5], r[6], r[7]) for r in rows}


def _round_query() -> Select[Any]:
    return (
        select(
            InspectionRound.id,
            InspectionRound.document_id,
            DocumentType.name,
            Post.name,
            Unit.name,
            InspectionRound.level,
            InspectionRound.frequency,
            InspectionRound.period_start,
            InspectionRound.performed_at,
            InspectionRound.inspector_name,
            InspectionRound.version,
            InspectionRound.source,
            InspectionRound.note,
        )
        .join(Document, Document.id == InspectionRound.document_id)
        .join(DocumentType, DocumentType.id == Document.type_id)
        .join(Post, Post.id == Document.post_id)
        .join(Unit, Unit.id == InspectionRound.unit_id)
        .where(InspectionRound.deleted_at.is_(None))
    )


def _with_counts(s: Session, rows: Sequence[Row[Any]]) -> list[RoundRow]:
    """The rows with their pass / fail / n.a. / issue counts, counted for this page only (a year of rounds holds
    hundreds of thousands of results)."""
    ids = [r[0] for r in rows]
    counts: dict[uuid.UUID, tuple[int, int, int, int]] = {}
    if ids:
        for rid, passed, failed, na, issues in s.execute(
            select(
                RoundResult.round_id,
                func.sum(case((RoundResult.outcome == Outcome.PASS, 1), else_=0)),
                func.sum(case((RoundResult.outcome == Outcome.FAIL, 1), else_=0)),
                func.sum(case((RoundResult.outcome == Outcome.NOT_APPLICABLE, 1), else_=0)),
                func.count(RoundResult.issue_id),
            )
            .where(RoundResult.round_id.in_(ids), RoundResult.deleted_at.is_(None))
            .group_by(RoundResult.round_id)
        ):
            counts[rid] = (passed or 0, failed or 0, na or 0, issues or 0)
    return [RoundRow(*r, *counts.get(r[0], (0, 0, 0, 0))) for r in rows]
