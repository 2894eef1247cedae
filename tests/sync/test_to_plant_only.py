"""Personal information travels to the plant only (issue 18, item 7): a talk's summary and a state-of-mind note
written at one station reach the plant, and neither the plant's own nor another station's reach any station; the
talks themselves (who, with whom, when) reach every PC, so each counts them in its quarterly coverage."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

from sqlalchemy import func, select

from gridapp.org.models import Person
from gridapp.party_life.kinds import TalkKind
from gridapp.party_life.models import CareNote, Talk, TalkNote
from gridapp.sync.digest import table_digests
from gridapp.sync.tables import TO_PLANT_ONLY
from tests.sync.helpers import Site, exchange, plant_and_stations


def _two_people(site: Site) -> tuple[uuid.UUID, uuid.UUID]:
    with site.db.read() as s:
        a, b = s.scalars(select(Person.id).where(Person.deleted_at.is_(None)).order_by(Person.employee_no).limit(2))
        return a, b


def _write(site: Site, text: str) -> tuple[uuid.UUID, uuid.UUID]:
    a, b = _two_people(site)
    note, talk = uuid.uuid4(), uuid.uuid4()
    with site.db.write(site.actor) as s:
        s.add(CareNote(id=note, person_id=b, author_id=a, written_on=dt.date(2026, 11, 1), text=text))
        s.add(Talk(id=talk, talker_id=a, person_id=b, held_on=dt.date(2026, 11, 1), kind=TalkKind.HARDSHIP))
        s.add(TalkNote(id=talk, summary=text, follow_up=""))
    return note, talk


def _has(site: Site, note: uuid.UUID, talk: uuid.UUID) -> tuple[bool, bool]:
    """Whether ``site`` holds the state-of-mind note and the talk's summary."""
    with site.db.read() as s:
        return s.get(CareNote, note) is not None, s.get(TalkNote, talk) is not None


def _talk(site: Site, talk: uuid.UUID) -> bool:
    with site.db.read() as s:
        return s.get(Talk, talk) is not None


def _count(site: Site, model: type) -> int:
    with site.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_notes_and_talks_go_up_to_the_plant_and_never_down(_templates: dict[str, Path], tmp_path: Path) -> None:
    assert {"party_talk_note", "party_care_note"} == TO_PLANT_ONLY
    plant, (one, two) = plant_and_stations(_templates, tmp_path, stations=2)
    at_plant = _write(plant, "厂部写的思想动态")
    at_one = _write(one, "泵站一写的思想动态")
    for _ in range(2):
        exchange(one, plant)
        exchange(two, plant)
    assert _has(plant, *at_one) == (True, True)  # the plant holds every station's
    assert _has(one, *at_plant) == (False, False)  # the plant's own never goes down
    assert _has(two, *at_one) == (False, False)  # nor another station's
    assert _has(one, *at_one) == (True, True)  # a station keeps what was written there
    assert _count(two, CareNote) == _count(two, TalkNote) == 0
    assert all(_talk(site, talk) for site in (plant, one, two) for _note, talk in (at_plant, at_one))
    # Everything else is the same everywhere; the digests leave the personal tables out.
    with plant.db.read() as p, two.db.read() as s:
        a, b = table_digests(p), table_digests(s)
    assert not TO_PLANT_ONLY & set(a)
    assert {t for t in a if a[t] != b[t]} == set()


def test_a_talk_changed_at_a_station_without_its_note_keeps_the_plants_note(
    _templates: dict[str, Path], tmp_path: Path
) -> None:
    from gridapp.party_life.rows import TalkDraft
    from gridapp.party_life.talks import TalkService

    plant, (one,) = plant_and_stations(_templates, tmp_path, stations=1)
    _note, talk = _write(plant, "厂部记的谈话摘要")
    exchange(one, plant)
    with one.db.read() as s:
        row = s.get(Talk, talk)
        assert row is not None
        draft = TalkDraft(row.talker_id, row.person_id, row.held_on, TalkKind.CONFLICT, "", "", id=talk)
    TalkService(one.db).record(one.actor, draft)  # the station's user sees no summary and changes the kind only
    assert _has(one, _note, talk)[1] is False  # no empty note made here
    exchange(one, plant)
    with plant.db.read() as s:
        assert s.get(Talk, talk).kind is TalkKind.CONFLICT
        assert s.get(TalkNote, talk).summary == "厂部记的谈话摘要"
