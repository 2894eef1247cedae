"""Dialogs opened on something saved show its saved choices: ids read again from the database are equal UUIDs, not
the same objects, and ``QComboBox.findData`` compares objects by identity (``ui.widgets.find_data`` by value)."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from gridapp.org.models import Person
from gridapp.services import Services
from ui.org.person_dialogs import PersonDialog
from ui.party_life.suggestion_dialogs import SubmitDialog


def test_editing_a_person_keeps_their_post(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    with services.db.read() as s:
        person_id = s.scalar(select(Person.id).where(Person.post_id.is_not(None), Person.deleted_at.is_(None)))
    assert person_id is not None
    fields = services.org.people_edit.fields(person_id)
    dialog = PersonDialog(services.org.units(), services.org.people_edit.posts, lambda *_: None, fields)
    qtbot.addWidget(dialog)
    assert dialog.post.currentData() == fields.post_id  # not "(no post)", which saving would have stored


def test_a_suggestion_starts_in_the_unit_chosen(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    units = services.org.units()
    chosen = units[len(units) // 2]
    dialog = SubmitDialog(units, uuid.UUID(str(chosen.id)))
    qtbot.addWidget(dialog)
    assert dialog.unit.currentData() == chosen.id


def test_a_training_session_reopens_with_its_unit_and_classroom(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from gridapp.training.kinds import TrainingKind
    from gridapp.training.rows import SessionDraft
    from gridapp.training.service import TrainingService
    from ui.training.dialogs import SessionDialog

    training = TrainingService(services.db)
    actor = services.db.system_actor()
    training.ensure_classrooms(actor)
    units = services.org.units()
    unit, classroom = units[len(units) // 2], training.classrooms()[-1]
    draft = SessionDraft(
        unit.id, TrainingKind.JOINT, classroom.id, "离心泵检修要点", "王工", dt.date(2026, 11, 2), 2, ()
    )
    detail = training.detail(training.record(actor, draft))
    dialog = SessionDialog(training.classrooms(), units, training.people, detail=detail)
    qtbot.addWidget(dialog)
    assert dialog.unit.currentData() == unit.id and dialog.classroom.currentData() == classroom.id
