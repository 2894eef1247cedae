"""Talks (谈心谈话 / 一访谈): recording a party member's talk with a person, and the quarterly coverage of the 1+N
links — for every link in force during the quarter, whether its talk happened ("全覆盖、无遗漏").

A talk's summary and follow-ups are personal information (PIPL): only the talker and whoever holds
``Right.TALK_READ`` over the person's unit (the grid leader, the branch secretary) read them; others see that the
talk happened, and when.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from gridapp.actor import Actor
from gridapp.db.database import Database
from gridapp.org.models import Guardianship, Person, Unit
from gridapp.org.queries import UnitIndex
from gridapp.party_life.kinds import PartyLifeRefused, Refusal
from gridapp.party_life.meetings import add_months
from gridapp.party_life.models import Talk, TalkNote, live
from gridapp.party_life.rows import CoverageRow, TalkCoverage, TalkDraft, TalkRow
from gridapp.security.rights import AccessDenied, Right, may, plant_today, require


def quarter_span(year: int, quarter: int) -> tuple[dt.date, dt.date]:
    first = dt.date(year, 3 * (quarter - 1) + 1, 1)
    return first, add_months(first, 3) - dt.timedelta(days=1)


def may_read(session: Session, actor: Actor, talker_id: uuid.UUID, home_unit_id: uuid.UUID) -> bool:
    """Whether ``actor`` may read a talk's summary: its talker, or one holding TALK_READ over the person's unit."""
    return actor.person_id == talker_id or may(session, actor, Right.TALK_READ, home_unit_id)


class TalkService:
    def __init__(self, db: Database, today: Callable[[], dt.date] = plant_today) -> None:
        self._db = db
        self._today = today

    def record(self, actor: Actor, draft: TalkDraft) -> uuid.UUID:
        """Record a talk (or change the record ``draft.id``, which its talker or a reader of summaries may)."""
        if draft.talker_id == draft.person_id:
            raise PartyLifeRefused(Refusal.SAME_PERSON)
        if draft.held_on > self._today():
            raise PartyLifeRefused(Refusal.FUTURE_DATE)
        with self._db.write(actor) as s:
            talker, person = live(s, Person, draft.talker_id), live(s, Person, draft.person_id)
            require(s, actor, Right.TALK_RECORD, person.home_unit_id)
            if draft.id is None:
                talk = Talk(id=uuid.uuid4())
                s.add(talk)
            else:
                talk = live(s, Talk, draft.id)
                before = live(s, Person, talk.person_id)
                if not may_read(s, actor, talk.talker_id, before.home_unit_id):
                    raise AccessDenied(Right.TALK_READ, before.home_unit_id)
            talk.talker_id, talk.person_id = talker.id, person.id
            talk.held_on, talk.kind = draft.held_on, draft.kind
            summary, follow_up = draft.summary.strip(), draft.follow_up.strip()
            note = s.get(TalkNote, talk.id)
            # A talk recorded at another PC has its note at the plant only: left empty here, it is not replaced.
            if note is None and (summary or follow_up):
                note = TalkNote(id=talk.id)
                s.add(note)
            if note is not None:
                note.summary, note.follow_up = summary, follow_up
            s.flush()
            return talk.id

    def delete(self, actor: Actor, talk_id: uuid.UUID) -> None:
        with self._db.write(actor) as s:
            talk = live(s, Talk, talk_id)
            home = live(s, Person, talk.person_id).home_unit_id
            require(s, actor, Right.TALK_RECORD, home)
            if not may_read(s, actor, talk.talker_id, home):
                raise AccessDenied(Right.TALK_READ, home)
            talk.mark_deleted()
            note = s.get(TalkNote, talk.id)
            if note is not None:
                note.mark_deleted()

    def talks(self, actor: Actor | None, unit_id: uuid.UUID, first: dt.date, last: dt.date) -> list[TalkRow]:
        """Talks with people of ``unit_id``'s subtree within ``first``..``last``, newest first; the summaries
        only where ``actor`` may read them."""
        talker, person = aliased(Person), aliased(Person)
        with self._db.read() as s:
            units = UnitIndex(s).descendants(unit_id)
            rows = s.execute(
                select(
                    Talk, talker.name, person.name, person.home_unit_id, Unit.name, TalkNote.summary, TalkNote.follow_up
                )
                .join(talker, talker.id == Talk.talker_id)
                .join(person, person.id == Talk.person_id)
                .join(Unit, Unit.id == person.home_unit_id)
                .outerjoin(TalkNote, (TalkNote.id == Talk.id) & TalkNote.deleted_at.is_(None))
                .where(
                    Talk.deleted_at.is_(None),
                    person.home_unit_id.in_(units),
                    Talk.held_on >= first,
                    Talk.held_on <= last,
                )
                .order_by(Talk.held_on.desc(), person.name_pinyin)
            ).all()
            readable: dict[tuple[uuid.UUID, uuid.UUID], bool] = {}
            out = []
            for talk, talker_name, person_name, home, unit_name, summary, follow_up in rows:
                key = (talk.talker_id, home)
                if key not in readable:
                    readable[key] = actor is not None and may_read(s, actor, talk.talker_id, home)
                shown = readable[key]
                out.append(
                    TalkRow(
                        talk.id,
                        talk.held_on,
                        talk.kind,
                        talk.talker_id,
                        talker_name,
                        talk.person_id,
                        person_name,
                        unit_name,
                        (summary or "") if shown else None,
                        (follow_up or "") if shown else None,
                    )
                )
            return out

    def coverage(self, unit_id: uuid.UUID, year: int, quarter: int) -> TalkCoverage:
        """Every 1+N link in force during the quarter whose staff member belongs to ``unit_id``'s subtree, with
        the day of the first talk between guardian and ward in the quarter (any kind of talk covers it)."""
        first, last = quarter_span(year, quarter)
        guardian, ward = aliased(Person), aliased(Person)
        with self._db.read() as s:
            units = UnitIndex(s).descendants(unit_id)
            # one index seek per link (party_talk's talker, person, day index), not a scan of the quarter's talks
            talked = (
                select(func.min(Talk.held_on))
                .where(
                    Talk.talker_id == Guardianship.guardian_id,
                    Talk.person_id == Guardianship.ward_id,
                    Talk.deleted_at.is_(None),
                    Talk.held_on >= first,
                    Talk.held_on <= last,
                )
                .correlate(Guardianship)
                .scalar_subquery()
            )
            query = (
                select(
                    guardian.id,
                    guardian.name,
                    ward.id,
                    ward.name,
                    ward.employee_no,
                    Unit.name,
                    talked,
                )
                .select_from(Guardianship)
                .join(guardian, guardian.id == Guardianship.guardian_id)
                .join(ward, ward.id == Guardianship.ward_id)
                .join(Unit, Unit.id == ward.home_unit_id)
                .where(
                    Guardianship.deleted_at.is_(None),
                    Guardianship.starts_on <= last,
                    Guardianship.ends_on.is_(None) | (Guardianship.ends_on >= first),
                    guardian.deleted_at.is_(None),
                    ward.deleted_at.is_(None),
                    ward.left_on.is_(None) | (ward.left_on >= first),
                )
                .order_by(Unit.name, guardian.name_pinyin, ward.name_pinyin)
            )
            if units[0] != index_root(s):  # the whole plant needs no list of its units
                query = query.where(ward.home_unit_id.in_(units))
            rows = s.connection().execute(query).all()  # Core rows: the ORM's per-row work doubled the time
        return TalkCoverage(first, last, tuple(CoverageRow(*r) for r in rows))


def index_root(session: Session) -> uuid.UUID | None:
    return session.scalar(select(Unit.id).where(Unit.parent_id.is_(None), Unit.deleted_at.is_(None)).limit(1))
