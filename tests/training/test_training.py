"""Training (三学四课堂) on the hand-built plant of the scoring tests (tests/scoring/conftest.py):

东风厂 → 一网格 (林网格长 leader, 沈书记, 苏监督) → 一区 (郑区长 zone lead) → 甲班 (甲一 甲二 甲三 甲群),
二区 → 乙班 (乙一 乙二). Today is 2025-05-15.

The grid requires 4 h of 领学 and 2 h of 联学 a quarter; 甲班 also 8 h of 专学 a year (2 h in a quarter). Three
sessions in the second quarter:
  S1 领学 2.5 h 04-10 by 一网格: 甲一 甲二 甲三 乙一
  S2 领学 2 h   05-08 by 一网格: 甲一 乙一 乙二
  S3 联学 3 h   05-12 by 一区:   甲一 甲二 郑区长
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import select

from gridapp.changes import Notice, TrainingChanged
from gridapp.security.models import AuditRecord
from gridapp.security.rights import AccessDenied
from gridapp.training.kinds import Refusal, RequirementPeriod, TrainingKind, TrainingRefused
from gridapp.training.rows import ClassroomDraft, SessionDraft
from gridapp.training.service import TrainingService, months_between
from tests.scoring.conftest import Plant

LEAD, JOINT, SPECIAL = TrainingKind.LEAD, TrainingKind.JOINT, TrainingKind.SPECIAL
Q2 = (dt.date(2025, 4, 1), dt.date(2025, 6, 30))


def room(training: TrainingService, code: str):  # type: ignore[no-untyped-def]
    return next(c for c in training.classrooms() if c.code == code)


def session(plant: Plant, training: TrainingService, kind, unit, day, hours, *names, by="林网格长", **kw):  # type: ignore[no-untyped-def]
    draft = SessionDraft(
        plant.units[unit],
        kind,
        room(training, kw.pop("room", "practice")).id,
        kw.pop("topic", "离心泵检修要点"),
        kw.pop("teacher", "王工"),
        day,
        hours,
        tuple(plant.people[n] for n in names),
    )
    return training.record(plant.actor(by), draft)


@pytest.fixture
def three(plant: Plant, training: TrainingService):  # type: ignore[no-untyped-def]
    leader = plant.actor("林网格长")
    training.set_requirement(leader, plant.units["一网格"], LEAD, RequirementPeriod.QUARTERLY, 4)
    training.set_requirement(leader, plant.units["一网格"], JOINT, RequirementPeriod.QUARTERLY, 2)
    training.set_requirement(leader, plant.units["甲班"], SPECIAL, RequirementPeriod.YEARLY, 8)
    return [
        session(plant, training, LEAD, "一网格", dt.date(2025, 4, 10), 2.5, "甲一", "甲二", "甲三", "乙一"),
        session(plant, training, LEAD, "一网格", dt.date(2025, 5, 8), 2, "甲一", "乙一", "乙二", room="backbone"),
        session(plant, training, JOINT, "一区", dt.date(2025, 5, 12), 3, "甲一", "甲二", "郑区长", by="郑区长"),
    ]


def test_the_shipped_classrooms(training: TrainingService) -> None:
    assert [c.name for c in training.classrooms()] == ["实践课堂", "骨干课堂", "夜校云课堂", "导师课堂"]


def test_months_of_a_span() -> None:
    assert months_between(*Q2) == 3
    assert months_between(dt.date(2025, 1, 1), dt.date(2025, 12, 31)) == 12
    assert months_between(dt.date(2025, 4, 16), dt.date(2025, 4, 30)) == 0.5


def test_three_sessions_give_each_person_hours_by_kind(plant: Plant, training: TrainingService, three) -> None:  # type: ignore[no-untyped-def]
    assert training.person_hours(plant.people["甲一"], *Q2) == {LEAD: 4.5, JOINT: 3.0, SPECIAL: 0.0}
    assert training.person_hours(plant.people["甲二"], *Q2) == {LEAD: 2.5, JOINT: 3.0, SPECIAL: 0.0}
    assert training.person_hours(plant.people["乙二"], *Q2) == {LEAD: 2.0, JOINT: 0.0, SPECIAL: 0.0}
    # April alone: only the first session
    assert training.person_hours(plant.people["甲一"], dt.date(2025, 4, 1), dt.date(2025, 4, 30))[LEAD] == 2.5
    rows = training.sessions(plant.units["一网格"], *Q2)
    assert [(r.kind, r.attendees, r.classroom) for r in rows] == [
        (JOINT, 3, "实践课堂"),
        (LEAD, 3, "骨干课堂"),
        (LEAD, 4, "实践课堂"),
    ]
    # the zone sees its own session only
    assert [r.unit for r in training.sessions(plant.units["一区"], *Q2)] == ["一区"]


def test_the_matrix_and_the_shortfall_list(plant: Plant, training: TrainingService, three) -> None:  # type: ignore[no-untyped-def]
    matrix = training.matrix(plant.units["一网格"], *Q2)
    by_name = {r.name: r for r in matrix.rows}
    assert len(by_name) == 10
    assert by_name["甲一"].hours == (4.5, 3.0, 0.0)
    assert by_name["甲一"].required == (4.0, 2.0, 2.0)  # 甲班's 8 h a year is 2 h in a quarter
    assert by_name["乙一"].required == (4.0, 2.0, None)  # no 专学 required outside 甲班
    assert by_name["郑区长"].hours == (0.0, 3.0, 0.0)
    assert matrix.totals() == (4 * 2.5 + 3 * 2.0, 9.0, 0.0)
    short = {(s.name, s.kind): s.missing for s in matrix.shortfalls}
    assert short == {
        ("甲一", SPECIAL): 2.0,
        ("甲二", LEAD): 1.5,
        ("甲二", SPECIAL): 2.0,
        ("甲三", LEAD): 1.5,
        ("甲三", JOINT): 2.0,
        ("甲三", SPECIAL): 2.0,
        ("甲群", LEAD): 4.0,
        ("甲群", JOINT): 2.0,
        ("甲群", SPECIAL): 2.0,
        ("乙一", JOINT): 2.0,
        ("乙二", LEAD): 2.0,
        ("乙二", JOINT): 2.0,
        ("郑区长", LEAD): 4.0,
        ("林网格长", LEAD): 4.0,
        ("林网格长", JOINT): 2.0,
        ("沈书记", LEAD): 4.0,
        ("沈书记", JOINT): 2.0,
        ("苏监督", LEAD): 4.0,
        ("苏监督", JOINT): 2.0,
    }
    # a fourth session of 专学 for 甲班 makes 甲一 whole
    session(plant, training, SPECIAL, "甲班", dt.date(2025, 5, 14), 2, "甲一", room="mentor")
    again = {r.name: r for r in training.matrix(plant.units["一网格"], *Q2).rows}
    assert not again["甲一"].is_short
    # the team's matrix holds its own people, with the requirements it inherits
    team = training.matrix(plant.units["甲班"], *Q2)
    assert [r.name for r in team.rows] == ["甲一", "甲二", "甲三", "甲群"]
    assert {r.name for r in team.rows if r.is_short} == {"甲二", "甲三", "甲群"}


def test_requirements_inherit_and_can_be_dropped(plant: Plant, training: TrainingService, three) -> None:  # type: ignore[no-untyped-def]
    leader = plant.actor("林网格长")
    got = {r.kind: (r.hours, r.period, r.set_at_name) for r in training.requirements(plant.units["甲班"])}
    assert got == {
        SPECIAL: (8.0, RequirementPeriod.YEARLY, "甲班"),
        LEAD: (4.0, RequirementPeriod.QUARTERLY, "一网格"),
        JOINT: (2.0, RequirementPeriod.QUARTERLY, "一网格"),
    }
    training.set_requirement(leader, plant.units["甲班"], LEAD, RequirementPeriod.MONTHLY, 1)
    assert training.matrix(plant.units["甲班"], *Q2).rows[0].required[0] == 3.0
    training.set_requirement(leader, plant.units["甲班"], LEAD, RequirementPeriod.MONTHLY, None)
    assert training.matrix(plant.units["甲班"], *Q2).rows[0].required[0] == 4.0
    with pytest.raises(TrainingRefused) as refused:
        training.set_requirement(leader, plant.units["甲班"], LEAD, RequirementPeriod.MONTHLY, -1)
    assert refused.value.refusal is Refusal.BAD_HOURS
    with pytest.raises(AccessDenied):  # a zone lead does not set what the grid requires
        training.set_requirement(plant.actor("郑区长"), plant.units["一区"], LEAD, RequirementPeriod.MONTHLY, 1)


def test_changing_a_session_and_its_attendees(plant: Plant, training: TrainingService, three) -> None:  # type: ignore[no-untyped-def]
    first = three[0]
    detail = training.detail(first)
    assert [a.name for a in detail.attendees] == ["甲一", "甲二", "甲三", "乙一"]
    draft = SessionDraft(
        detail.session.unit_id,
        LEAD,
        detail.session.classroom_id,
        "离心泵检修要点（二）",
        "王工",
        detail.session.held_on,
        3,
        (plant.people["甲一"], plant.people["甲群"]),
        id=first,
    )
    assert training.record(plant.actor("林网格长"), draft) == first
    detail = training.detail(first)
    assert [a.name for a in detail.attendees] == ["甲一", "甲群"]
    assert detail.session.hours == 3 and detail.session.topic == "离心泵检修要点（二）"
    assert training.add_attendees(plant.actor("林网格长"), first, [plant.people["甲一"], plant.people["甲二"]]) == 1
    training.delete(plant.actor("林网格长"), first)
    assert training.person_hours(plant.people["甲群"], *Q2)[LEAD] == 0
    with pytest.raises(TrainingRefused):
        training.detail(first)


def test_refusals(plant: Plant, training: TrainingService) -> None:
    def refusal(**kw: object) -> Refusal:
        with pytest.raises(TrainingRefused) as refused:
            session(plant, training, LEAD, kw.pop("unit", "一区"), kw.pop("day", dt.date(2025, 5, 1)),
                    kw.pop("hours", 2), *kw.pop("names", ("甲一",)), **kw)  # fmt: skip
        return refused.value.refusal

    assert refusal(names=("乙一",)) is Refusal.NOT_IN_UNIT  # 乙一 belongs to 二区
    assert refusal(day=dt.date(2025, 5, 16)) is Refusal.FUTURE_DATE
    assert refusal(hours=0) is Refusal.BAD_HOURS
    assert refusal(hours=25) is Refusal.BAD_HOURS
    assert refusal(topic="  ") is Refusal.NAME_REQUIRED
    with pytest.raises(AccessDenied):  # staff do not record sessions
        session(plant, training, LEAD, "甲班", dt.date(2025, 5, 1), 2, "甲一", by="甲一")
    with pytest.raises(AccessDenied):  # nor does a zone lead outside the zone
        session(plant, training, LEAD, "乙班", dt.date(2025, 5, 1), 2, "乙一", by="郑区长")


def test_the_catalogue_of_classrooms(plant: Plant, training: TrainingService) -> None:
    leader = plant.actor("林网格长")
    added = training.save_classroom(leader, ClassroomDraft("field", "现场课堂"))
    assert [c.name for c in training.classrooms()][-1] == "现场课堂"
    with pytest.raises(TrainingRefused) as refused:
        training.save_classroom(leader, ClassroomDraft("field", "重复"))
    assert refused.value.refusal is Refusal.DUPLICATE_CODE
    training.save_classroom(leader, replace(ClassroomDraft("field", "现场课堂"), in_use=False), added.id)
    assert "现场课堂" not in [c.name for c in training.classrooms(in_use_only=True)]
    training.delete_classroom(leader, added.id)
    session(plant, training, LEAD, "一网格", dt.date(2025, 5, 1), 2, "甲一", room="mentor")
    with pytest.raises(TrainingRefused) as refused:
        training.delete_classroom(leader, room(training, "mentor").id)
    assert refused.value.refusal is Refusal.CLASSROOM_IN_USE
    with pytest.raises(AccessDenied):
        training.save_classroom(plant.actor("郑区长"), ClassroomDraft("x", "x"))


def test_a_session_is_audited_and_noticed(plant: Plant, training: TrainingService) -> None:
    heard: list[Notice] = []
    plant.db.notices.subscribe(Notice, heard.append)
    sid = session(plant, training, LEAD, "一网格", dt.date(2025, 5, 1), 2, "甲一", "甲二")
    notice = next(n for n in heard if isinstance(n, TrainingChanged))
    assert sid in notice.inserted["training_session"]
    assert len(notice.inserted["training_attendance"]) == 2
    with plant.db.read() as s:
        actions = list(s.scalars(select(AuditRecord.action).where(AuditRecord.person_id == plant.people["林网格长"])))
    assert "TrainingService.record" in actions, actions


def test_the_hours_follow_every_write_however_made(plant: Plant, training: TrainingService, three, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A large unit's period hours are kept between reads (the audit trail's head unmoved, or moved by other writes
    only); a training write by another service over the same database, as another PC's would be, is seen at once."""
    from gridapp.org.models import Unit
    from gridapp.training import service as training_service

    small = {(r.name, r.hours, r.required) for r in training.matrix(plant.units["一网格"], *Q2).rows}
    monkeypatch.setattr(training_service, "FEW_PEOPLE", 0)  # every unit read as a large one
    assert {(r.name, r.hours, r.required) for r in training.matrix(plant.units["一网格"], *Q2).rows} == small

    def lead(name: str) -> float:
        return next(r for r in training.matrix(plant.units["一网格"], *Q2).rows if r.name == name).hours[0]

    assert lead("甲群") == 0
    with plant.db.write(plant.db.system_actor()) as s:  # an unrelated write moves the head
        s.get(Unit, plant.units["甲班"]).name = "甲班组"  # type: ignore[union-attr]
    assert lead("甲群") == 0
    other = TrainingService(plant.db, today=lambda: plant.today[0])
    session(plant, other, LEAD, "甲班", dt.date(2025, 5, 14), 1.5, "甲群")
    assert lead("甲群") == 1.5
    with plant.db.read() as s:
        from gridapp.security.models import AuditRecord

        last = s.scalars(select(AuditRecord.detail).order_by(AuditRecord.seq.desc()).limit(1)).one()
    assert "training_attendance" in str(last)
