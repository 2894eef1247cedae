"""Entries: points given by hand or proposed by events, confirmed or rejected by a person with the right role,
capped per period, and corrected only by new entries; plus the lists that show why each point was given."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import Row, Select, func, select
from sqlalchemy.orm import Session, aliased

from gridapp.actor import Actor
from gridapp.db.base import utcnow
from gridapp.org.kinds import UnitKind
from gridapp.org.models import Person, Unit
from gridapp.org.service import subtree_ids
from gridapp.scoring import tallies
from gridapp.scoring.access import as_person, may_grant
from gridapp.scoring.base import Part, person_of, require_open
from gridapp.scoring.closing import waiting_conditions
from gridapp.scoring.kinds import EntrySource, EntryStatus, Refusal, ScoringRefused, SubjectKind
from gridapp.scoring.models import ScoreCatalogue, ScoreCategory, ScoreEntry, ScoreRule
from gridapp.scoring.periods import Period, PeriodKind
from gridapp.scoring.points import from_tenths, to_tenths
from gridapp.scoring.rows import EntryQuery, EntryRow, EntrySort
from gridapp.scoring.rules import applies_to
from gridapp.security.rights import Right, may, require

MAX_QUANTITY = 99
MAX_REASON = 2000
MAX_EVIDENCE = 500


def new_entry(
    session: Session,
    rule: ScoreRule,
    *,
    person_id: uuid.UUID | None,
    unit_id: uuid.UUID,
    booked_on: dt.date,
    quantity: int,
    source: EntrySource,
    source_id: uuid.UUID | None,
    occurred_at: dt.datetime,
    reason: str,
    evidence: str,
    proposed_by: uuid.UUID | None,
) -> ScoreEntry:
    """A proposal under ``rule`` (nothing counts until a person confirms it)."""
    entry = ScoreEntry(
        id=uuid.uuid4(),
        catalogue=rule.catalogue,
        rule_id=rule.id,
        category=rule.category,
        person_id=person_id,
        unit_id=unit_id,
        booked_on=booked_on,
        quantity=quantity,
        requested_tenths=rule.points_tenths * quantity,
        points_tenths=0,
        status=EntryStatus.PROPOSED,
        source=source,
        source_id=source_id,
        occurred_at=occurred_at,
        reason=reason,
        evidence=evidence,
        proposed_by=proposed_by,
        proposed_at=utcnow(),
        decision_note="",
    )
    session.add(entry)
    session.flush()
    return entry


def capped_points(session: Session, rule: ScoreRule, entry: ScoreEntry) -> int:
    """The entry's points after the rule's cap for the subject in the cap period (corrections count as used)."""
    requested = entry.requested_tenths
    if rule.cap_tenths is None:
        return requested
    window = Period.of(rule.cap_period, entry.booked_on)
    same_rule = select(ScoreRule.id).where(ScoreRule.catalogue == rule.catalogue, ScoreRule.code == rule.code)
    query = select(func.coalesce(func.sum(ScoreEntry.points_tenths), 0)).where(
        ScoreEntry.rule_id.in_(same_rule),
        ScoreEntry.status == EntryStatus.CONFIRMED,
        ScoreEntry.deleted_at.is_(None),
        ScoreEntry.booked_on.between(window.starts_on, window.ends_on),
        ScoreEntry.id != entry.id,
    )
    if entry.person_id is not None:
        query = query.where(ScoreEntry.person_id == entry.person_id)
    else:
        query = query.where(ScoreEntry.unit_id == entry.unit_id, ScoreEntry.person_id.is_(None))
    used = int(session.scalar(query) or 0)
    if requested > 0:
        return min(requested, max(0, rule.cap_tenths - used))
    return max(requested, -max(0, rule.cap_tenths + used))


def _subject_filter(query: Any, entry: ScoreEntry) -> Any:
    if entry.person_id is not None:
        return query.where(ScoreEntry.person_id == entry.person_id)
    return query.where(ScoreEntry.unit_id == entry.unit_id, ScoreEntry.person_id.is_(None))


def floored_points(session: Session, entry: ScoreEntry, points: int) -> int:
    """A deduction cut off where it would take a category with a full score (the assessment's 25 分 of 安全环保)
    below zero in the month: the month's sheet shows the category at 0, never −9, and the entry shows what was
    asked and what counted. Entries count in the order they are confirmed."""
    if points >= 0:
        return points
    full = session.scalar(
        select(ScoreCategory.full_tenths).where(
            ScoreCategory.catalogue == entry.catalogue,
            ScoreCategory.code == entry.category,
            ScoreCategory.deleted_at.is_(None),
        )
    )
    if full is None:
        return points
    month = Period.of(PeriodKind.MONTH, entry.booked_on)
    query = select(func.coalesce(func.sum(ScoreEntry.points_tenths), 0)).where(
        ScoreEntry.catalogue == entry.catalogue,
        ScoreEntry.category == entry.category,
        ScoreEntry.status == EntryStatus.CONFIRMED,
        ScoreEntry.deleted_at.is_(None),
        ScoreEntry.booked_on.between(month.starts_on, month.ends_on),
        ScoreEntry.id != entry.id,
    )
    used = int(session.scalar(_subject_filter(query, entry)) or 0)
    return max(points, -max(0, full + used))


def counted_points(session: Session, rule: ScoreRule, entry: ScoreEntry) -> int:
    """What an entry counts when confirmed: the rule's cap, then the category's floor."""
    return floored_points(session, entry, capped_points(session, rule, entry))


def _check_decider(session: Session, entry: ScoreEntry, rule: ScoreRule, decider: uuid.UUID, on: dt.date) -> None:
    if entry.person_id == decider:
        raise ScoringRefused(Refusal.OWN_POINTS)
    if not may_grant(session, decider, rule.grantor_roles.split(","), entry.unit_id, on):
        raise ScoringRefused(Refusal.NOT_ALLOWED, rule=rule.name, roles=rule.grantor_roles)
    # The rule's own grantors, and the table's say as well: a grantor role the table gives no POINTS_CONFIRM is not
    # enough (the refusal above names the rule's roles, the more useful word when both fail).
    require(session, as_person(decider), Right.POINTS_CONFIRM, entry.unit_id, on)


def confirm_entry(session: Session, entry: ScoreEntry, decider: uuid.UUID, note: str, on: dt.date) -> None:
    if entry.deleted_at is not None or entry.status is not EntryStatus.PROPOSED:
        raise ScoringRefused(Refusal.NOT_PROPOSED)
    require_open(session, entry.booked_on)
    rule = session.get(ScoreRule, entry.rule_id)
    assert rule is not None
    if entry.source is EntrySource.CORRECTION and entry.proposed_by == decider:
        # A correction is a free amount: four eyes, the one who wrote it and another who confirms it.
        raise ScoringRefused(Refusal.OWN_CORRECTION)
    _check_decider(session, entry, rule, decider, on)
    entry.points_tenths = counted_points(session, rule, entry)
    entry.status = EntryStatus.CONFIRMED
    entry.decided_by = decider
    entry.decided_at = utcnow()
    entry.decision_note = note.strip()
    session.flush()
    tallies.add_entry(session, entry)


def correct_entry(
    session: Session, original: ScoreEntry, tenths: int, reason: str, maker: uuid.UUID, today: dt.date
) -> ScoreEntry:
    """A correction waits, like any proposal, for a grantor other than its maker; the rule's cap (and a category's
    floor) then clip it as they clip every entry."""
    if original.status is not EntryStatus.CONFIRMED:
        raise ScoringRefused(Refusal.NOT_CONFIRMED)
    if tenths == 0:
        raise ScoringRefused(Refusal.BAD_POINTS, value="0")
    reason = reason.strip()
    if not reason or len(reason) > MAX_REASON:
        raise ScoringRefused(Refusal.REASON_REQUIRED)
    rule = session.get(ScoreRule, original.rule_id)
    assert rule is not None
    _check_decider(session, original, rule, maker, today)
    require_open(session, today)
    now = utcnow()
    entry = ScoreEntry(
        id=uuid.uuid4(),
        catalogue=original.catalogue,
        rule_id=original.rule_id,
        category=original.category,
        person_id=original.person_id,
        unit_id=original.unit_id,
        booked_on=today,
        quantity=1,
        requested_tenths=tenths,
        points_tenths=0,
        status=EntryStatus.PROPOSED,
        source=EntrySource.CORRECTION,
        source_id=original.id,
        occurred_at=now,
        reason=reason,
        evidence="",
        proposed_by=maker,
        proposed_at=now,
        decision_note="",
        corrects_id=original.id,
    )
    session.add(entry)
    session.flush()
    return entry


def reject_entry(session: Session, entry: ScoreEntry, decider: uuid.UUID, note: str, on: dt.date) -> None:
    if entry.status is not EntryStatus.PROPOSED:
        raise ScoringRefused(Refusal.NOT_PROPOSED)
    rule = session.get(ScoreRule, entry.rule_id)
    assert rule is not None
    _check_decider(session, entry, rule, decider, on)
    entry.status = EntryStatus.REJECTED
    entry.decided_by = decider
    entry.decided_at = utcnow()
    entry.decision_note = note


class EntryService(Part):
    def give(
        self,
        actor: Actor,
        rule_id: uuid.UUID,
        *,
        person_id: uuid.UUID | None = None,
        unit_id: uuid.UUID | None = None,
        booked_on: dt.date | None = None,
        quantity: int = 1,
        reason: str,
        evidence: str = "",
    ) -> EntryRow:
        """Points given by hand: confirmed at once when the actor may grant the rule for the subject, otherwise
        left as a proposal for someone who may (the returned row says which)."""
        today = self.today()
        booked_on = booked_on or today
        with self._db.write(actor) as s:
            giver = person_of(actor)
            rule = s.get(ScoreRule, rule_id)
            if rule is None or rule.deleted_at is not None or rule.superseded_at or rule.retired_at:
                raise ScoringRefused(Refusal.RULE_NOT_IN_FORCE)
            head = s.execute(
                select(ScoreCatalogue.subject, ScoreCatalogue.unit_kind).where(
                    ScoreCatalogue.code == rule.catalogue, ScoreCatalogue.deleted_at.is_(None)
                )
            ).first()
            person_id, unit_id = _subject(s, head[0] if head else None, person_id, unit_id, head[1] if head else None)
            if not applies_to(s, rule, unit_id):
                raise ScoringRefused(Refusal.OUTSIDE_RULE_UNIT, rule=rule.name)
            if not 1 <= quantity <= MAX_QUANTITY:
                raise ScoringRefused(Refusal.BAD_QUANTITY, quantity=quantity)
            if booked_on > today:
                raise ScoringRefused(Refusal.FUTURE_DATE, day=booked_on.isoformat())
            require_open(s, booked_on)
            reason = reason.strip()
            evidence = evidence.strip()
            if not reason or len(reason) > MAX_REASON:
                raise ScoringRefused(Refusal.REASON_REQUIRED)
            if len(evidence) > MAX_EVIDENCE or (rule.evidence_required and not evidence):
                raise ScoringRefused(Refusal.EVIDENCE_REQUIRED, rule=rule.name)
            entry = new_entry(
                s,
                rule,
                person_id=person_id,
                unit_id=unit_id,
                booked_on=booked_on,
                quantity=quantity,
                source=EntrySource.MANUAL,
                source_id=None,
                occurred_at=utcnow(),
                reason=reason,
                evidence=evidence,
                proposed_by=giver,
            )
            if (
                person_id != giver
                and may(s, actor, Right.POINTS_CONFIRM, unit_id, today)
                and may_grant(s, giver, rule.grantor_roles.split(","), unit_id, today)
            ):
                confirm_entry(s, entry, giver, "", today)
            return _one(s, entry.id)

    def confirm(self, actor: Actor, entry_ids: Sequence[uuid.UUID], note: str = "") -> list[EntryRow]:
        """Confirm proposals, all or none (the first refusal names the entry and rolls back the rest)."""
        today = self.today()
        with self._db.write(actor) as s:
            decider = person_of(actor)
            for entry_id in entry_ids:
                confirm_entry(s, _get(s, entry_id), decider, note, today)
            return [_one(s, i) for i in entry_ids]

    def reject(self, actor: Actor, entry_ids: Sequence[uuid.UUID], note: str) -> list[EntryRow]:
        today = self.today()
        note = note.strip()
        with self._db.write(actor) as s:
            decider = person_of(actor)
            if not note:
                raise ScoringRefused(Refusal.REASON_REQUIRED)
            for entry_id in entry_ids:
                reject_entry(s, _get(s, entry_id), decider, note, today)
            s.flush()
            return [_one(s, i) for i in entry_ids]

    def correct(self, actor: Actor, entry_id: uuid.UUID, amount: Decimal | str, reason: str) -> EntryRow:
        """A correction of a confirmed entry: a new entry of ``amount`` points booked today (in the open period),
        pointing at the entry it corrects, that waits for another grantor's confirmation (four eyes) and is then
        capped like every entry; the original, perhaps in a closed period, stays as it was."""
        today = self.today()
        tenths = to_tenths(amount)
        with self._db.write(actor) as s:
            entry = correct_entry(s, _get(s, entry_id), tenths, reason, person_of(actor), today)
            return _one(s, entry.id)

    # reading

    def entry(self, entry_id: uuid.UUID) -> EntryRow | None:
        with self._db.read() as s:
            row = s.execute(_entry_query().where(ScoreEntry.id == entry_id)).first()
            return _entry_row(row) if row else None

    def corrections_of(self, entry_id: uuid.UUID) -> list[EntryRow]:
        with self._db.read() as s:
            rows = s.execute(_entry_query().where(ScoreEntry.corrects_id == entry_id).order_by(ScoreEntry.booked_on))
            return [_entry_row(r) for r in rows]

    def count(self, query: EntryQuery) -> int:
        with self._db.read() as s:
            filtered = _filtered(select(func.count()).select_from(ScoreEntry), query)
            return int(s.scalar(filtered) or 0)

    def page(
        self,
        query: EntryQuery,
        offset: int = 0,
        limit: int = 200,
        sort: EntrySort = EntrySort.BOOKED_ON,
        descending: bool = True,
    ) -> list[EntryRow]:
        person, unit, rule = Person, Unit, ScoreRule
        order = {
            EntrySort.BOOKED_ON: ScoreEntry.booked_on,
            EntrySort.SUBJECT: func.coalesce(person.name_pinyin, unit.name),
            EntrySort.RULE: rule.code,
            EntrySort.CATEGORY: ScoreEntry.category,
            EntrySort.POINTS: func.coalesce(func.nullif(ScoreEntry.points_tenths, 0), ScoreEntry.requested_tenths),
            EntrySort.STATUS: ScoreEntry.status,
            EntrySort.SOURCE: ScoreEntry.source,
            EntrySort.PROPOSED_AT: ScoreEntry.proposed_at,
        }[sort]
        statement = (
            _filtered(_entry_query(), query)
            .order_by(order.desc() if descending else order, ScoreEntry.proposed_at.desc(), ScoreEntry.id)
            .offset(offset)
            .limit(limit)
        )
        with self._db.read() as s:
            return [_entry_row(r) for r in s.execute(statement)]

    def all(self, query: EntryQuery, sort: EntrySort = EntrySort.BOOKED_ON, descending: bool = False) -> list[EntryRow]:
        """Every entry of the query (exports and printed tables)."""
        rows: list[EntryRow] = []
        while True:
            page = self.page(query, len(rows), 2000, sort, descending)
            rows.extend(page)
            if len(page) < 2000:
                return rows


def _subject(
    s: Session,
    kind: SubjectKind | None,
    person_id: uuid.UUID | None,
    unit_id: uuid.UUID | None,
    unit_kind: UnitKind | None = None,
) -> tuple[uuid.UUID | None, uuid.UUID]:
    if kind is SubjectKind.PERSON:
        if person_id is None or unit_id is not None:
            raise ScoringRefused(Refusal.WRONG_SUBJECT)
        person = s.get(Person, person_id)
        if person is None or person.deleted_at is not None:
            raise ScoringRefused(Refusal.UNKNOWN)
        return person.id, person.home_unit_id
    if kind is SubjectKind.UNIT:
        if unit_id is None or person_id is not None:
            raise ScoringRefused(Refusal.WRONG_SUBJECT)
        unit = s.get(Unit, unit_id)
        if unit is None or unit.deleted_at is not None:
            raise ScoringRefused(Refusal.UNKNOWN)
        if unit_kind is not None and unit.kind != unit_kind:  # a team assessment scores teams, not zones
            raise ScoringRefused(Refusal.WRONG_SUBJECT, kind=unit.kind.value)
        return None, unit.id
    raise ScoringRefused(Refusal.UNKNOWN)


def _get(s: Session, entry_id: uuid.UUID) -> ScoreEntry:
    entry = s.get(ScoreEntry, entry_id)
    if entry is None or entry.deleted_at is not None:
        raise ScoringRefused(Refusal.UNKNOWN)
    return entry


_proposer = aliased(Person, name="proposer")
_decider = aliased(Person, name="decider")


def _entry_query() -> Select[Any]:
    return (
        select(
            ScoreEntry.id,
            ScoreEntry.catalogue,
            ScoreEntry.rule_id,
            ScoreRule.code,
            ScoreRule.name,
            ScoreRule.version,
            ScoreEntry.category,
            ScoreEntry.person_id,
            Person.name,
            Person.employee_no,
            ScoreEntry.unit_id,
            Unit.name,
            ScoreEntry.booked_on,
            ScoreEntry.quantity,
            ScoreEntry.requested_tenths,
            ScoreEntry.points_tenths,
            ScoreEntry.status,
            ScoreEntry.source,
            ScoreEntry.source_id,
            ScoreEntry.occurred_at,
            ScoreEntry.reason,
            ScoreEntry.evidence,
            _proposer.name,
            ScoreEntry.proposed_at,
            _decider.name,
            ScoreEntry.decided_at,
            ScoreEntry.decision_note,
            ScoreEntry.corrects_id,
        )
        .join(ScoreRule, ScoreRule.id == ScoreEntry.rule_id)
        .join(Unit, Unit.id == ScoreEntry.unit_id)
        .outerjoin(Person, Person.id == ScoreEntry.person_id)
        .outerjoin(_proposer, _proposer.id == ScoreEntry.proposed_by)
        .outerjoin(_decider, _decider.id == ScoreEntry.decided_by)
        .where(ScoreEntry.deleted_at.is_(None))
    )


def _filtered(statement: Select[Any], query: EntryQuery) -> Select[Any]:
    if query.status is EntryStatus.PROPOSED and query.person_id is None and query.subject_unit_id is None:
        # The waiting list and its count: the one definition the periods page counts with too.
        return statement.where(*waiting_conditions(query.catalogue, query.unit_id, query.period))
    statement = statement.where(ScoreEntry.catalogue == query.catalogue, ScoreEntry.deleted_at.is_(None))
    if query.period is not None:
        statement = statement.where(ScoreEntry.booked_on.between(query.period.starts_on, query.period.ends_on))
    if query.status is not None:
        statement = statement.where(ScoreEntry.status == query.status)
    if query.unit_id is not None:
        statement = statement.where(ScoreEntry.unit_id.in_(subtree_ids(query.unit_id)))
    if query.person_id is not None:
        statement = statement.where(ScoreEntry.person_id == query.person_id)
    if query.subject_unit_id is not None:
        statement = statement.where(ScoreEntry.unit_id == query.subject_unit_id, ScoreEntry.person_id.is_(None))
    return statement


def _entry_row(r: Row[Any]) -> EntryRow:
    return EntryRow(
        id=r[0],
        catalogue=r[1],
        rule_id=r[2],
        rule_code=r[3],
        rule_name=r[4],
        rule_version=r[5],
        category=r[6],
        person_id=r[7],
        person_name=r[8] or "",
        employee_no=r[9] or "",
        unit_id=r[10],
        unit_name=r[11],
        booked_on=r[12],
        quantity=r[13],
        requested=from_tenths(r[14]),
        points=from_tenths(r[15]),
        status=r[16],
        source=r[17],
        source_id=r[18],
        occurred_at=r[19],
        reason=r[20],
        evidence=r[21],
        proposed_by=r[22] or "",
        proposed_at=r[23],
        decided_by=r[24] or "",
        decided_at=r[25],
        decision_note=r[26],
        corrects_id=r[27],
    )


def _one(s: Session, entry_id: uuid.UUID) -> EntryRow:
    row = s.execute(_entry_query().where(ScoreEntry.id == entry_id)).one()
    return _entry_row(row)
