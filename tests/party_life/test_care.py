"""People's state of mind and hardship care (思想动态与帮扶) on the hand-built plant of the scoring tests
(tests/scoring/conftest.py). Today is 2025-05-15.

Links: 甲一 guards 甲群 (甲班, 一区); 乙一 guards 乙二 (乙班, 二区). 林网格长 and 沈书记 lead 一网格 (CARE_READ);
郑区长 leads 一区 as zone lead only (no CARE_READ); 甲二 is a party member with no link to 甲群.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from gridapp.org.models import Guardianship
from gridapp.party_life.care import CareService, CaseDraft
from gridapp.party_life.kinds import PartyLifeRefused, Refusal
from gridapp.security.models import AuditRecord
from gridapp.security.rights import AccessDenied
from tests.scoring.conftest import Plant


@pytest.fixture
def care(plant: Plant) -> CareService:
    with plant.db.write(plant.db.system_actor()) as s:
        for guardian, ward in [("甲一", "甲群"), ("乙一", "乙二")]:
            s.add(
                Guardianship(
                    guardian_id=plant.people[guardian], ward_id=plant.people[ward], starts_on=dt.date(2025, 1, 1)
                )
            )
    return CareService(plant.db, today=lambda: plant.today[0])


def reads(plant: Plant, action: str) -> list[tuple[str, str, str]]:
    with plant.db.read() as s:
        return [
            (r.account_login or r.person_name, r.result, r.target_id)
            for r in s.scalars(select(AuditRecord).where(AuditRecord.action == action).order_by(AuditRecord.seq))
        ]


def test_the_guardian_writes_and_reads_the_file_others_are_refused_and_every_read_audited(
    plant: Plant, care: CareService
) -> None:
    ward = plant.people["甲群"]
    care.write_note(plant.actor("甲一"), ward, "家中老人住院，情绪低落", dt.date(2025, 5, 10))
    care.write_note(plant.actor("甲一"), ward, "已请假照顾，情绪好转", dt.date(2025, 5, 14))
    with pytest.raises(PartyLifeRefused) as refused:  # only the guardian writes the notes
        care.write_note(plant.actor("林网格长"), ward, "网格长代写")
    assert refused.value.refusal is Refusal.NOT_GUARDIAN
    with pytest.raises(PartyLifeRefused):
        care.write_note(plant.actor("甲一"), ward, "明天的事", dt.date(2025, 5, 16))

    file = care.person_file(plant.actor("甲一"), ward)
    assert [n.text for n in file.notes] == ["已请假照顾，情绪好转", "家中老人住院，情绪低落"]  # newest first
    assert file.guardians == "甲一" and file.unit == "甲班"
    for reader in ("林网格长", "沈书记"):
        assert len(care.person_file(plant.actor(reader), ward).notes) == 2
    for outsider in ("甲二", "郑区长", "乙一", "甲群"):  # another member, the zone lead, another guardian, himself
        assert not care.may_read(plant.actor(outsider), ward)
        with pytest.raises(AccessDenied):
            care.person_file(plant.actor(outsider), ward)
    audited = reads(plant, "care.read_file")
    assert [(who, result) for who, result, _ in audited] == [
        ("甲一", "ok"),
        ("林网格长", "ok"),
        ("沈书记", "ok"),
        ("甲二", "denied"),
        ("郑区长", "denied"),
        ("乙一", "denied"),
        ("甲群", "denied"),
    ]
    assert {target for _, _, target in audited} == {str(ward)}


def test_a_link_that_ended_no_longer_opens_the_file(plant: Plant, care: CareService) -> None:
    ward = plant.people["甲群"]
    with plant.db.write(plant.db.system_actor()) as s:
        link = s.scalars(select(Guardianship).where(Guardianship.ward_id == ward)).one()
        link.ends_on = dt.date(2025, 5, 1)
    with pytest.raises(AccessDenied):
        care.person_file(plant.actor("甲一"), ward)


def test_a_late_step_is_overdue_and_the_case_is_closed_by_another_person(plant: Plant, care: CareService) -> None:
    ward = plant.people["甲群"]
    draft = CaseDraft(
        ward,
        "家属重病，医疗费用困难",
        "妻子住院",
        (("联系工会申请困难补助", dt.date(2025, 5, 10)), ("协调调整班次", dt.date(2025, 5, 30))),
    )
    case_id = care.open_case(plant.actor("甲一"), draft)
    with pytest.raises(AccessDenied):  # the zone lead is not among the readers
        care.open_case(plant.actor("郑区长"), draft)
    (case,) = care.cases(plant.actor("林网格长"), plant.units["一网格"])
    assert [s.overdue for s in case.steps] == [True, False]  # 05-10 has passed, undone
    assert case.overdue_steps == 1 and case.next_due == dt.date(2025, 5, 10) and case.opened_by == "甲一"
    assert [o.action for o in care.overdue_for(plant.people["甲一"])] == ["联系工会申请困难补助"]
    assert care.overdue_for(plant.people["乙一"]) == []

    first, second = case.steps
    care.step_done(plant.actor("甲一"), first.id, "补助 2000 元已发放", dt.date(2025, 5, 12))
    care.add_progress(plant.actor("甲一"), case_id, "补助到位，本人表示感谢")
    with pytest.raises(PartyLifeRefused) as refused:
        care.close_case(plant.actor("林网格长"), case_id)
    assert refused.value.refusal is Refusal.STEPS_OPEN
    care.step_done(plant.actor("甲一"), second.id, "已调白班")
    with pytest.raises(AccessDenied):  # the guardian cannot confirm a closure (no CARE_READ)
        care.close_case(plant.actor("甲一"), case_id, "已脱困")
    care.close_case(plant.actor("沈书记"), case_id, "对账无误，销户")
    (closed,) = care.cases(plant.actor("林网格长"), plant.units["一网格"], open_only=False)
    assert closed.closed_on == dt.date(2025, 5, 15) and closed.closed_by == "沈书记"
    assert closed.closing_note == "对账无误，销户" and closed.overdue_steps == 0
    assert closed.progress == ()  # the list leaves them out; the person's file has them
    (in_file,) = care.person_file(plant.actor("甲一"), ward).cases
    assert [p.text for p in in_file.progress] == ["补助到位，本人表示感谢"] and in_file.closed_by == "沈书记"
    assert care.cases(plant.actor("林网格长"), plant.units["一网格"]) == []
    with pytest.raises(PartyLifeRefused) as refused:
        care.add_progress(plant.actor("甲一"), case_id, "再记一条")
    assert refused.value.refusal is Refusal.CASE_CLOSED


def test_the_opener_never_confirms_the_closure(plant: Plant, care: CareService) -> None:
    case_id = care.open_case(plant.actor("林网格长"), CaseDraft(plant.people["乙二"], "子女上学困难"))
    with pytest.raises(PartyLifeRefused) as refused:
        care.close_case(plant.actor("林网格长"), case_id)
    assert refused.value.refusal is Refusal.SAME_CONFIRMER
    care.close_case(plant.actor("沈书记"), case_id)


def test_open_cases_per_unit_for_the_monthly_analysis(plant: Plant, care: CareService) -> None:
    care.open_case(plant.actor("甲一"), CaseDraft(plant.people["甲群"], "住房困难"))
    care.open_case(
        plant.actor("乙一"), CaseDraft(plant.people["乙二"], "家属失业", steps=(("推荐就业", dt.date(2025, 6, 1)),))
    )
    leader = plant.actor("林网格长")
    assert [c.person for c in care.cases(leader, plant.units["一网格"])] == ["甲群", "乙二"]
    assert [c.person for c in care.cases(leader, plant.units["一区"])] == ["甲群"]
    assert [c.person for c in care.cases(leader, plant.units["二区"])] == ["乙二"]
    assert [c.person for c in care.cases(plant.actor("乙一"), plant.units["一网格"])] == [
        "乙二"
    ]  # a guardian: his ward
    assert care.cases(plant.actor("甲二"), plant.units["一网格"]) == []
    audited = reads(plant, "care.read_cases")
    assert [who for who, _result, _target in audited] == ["林网格长", "林网格长", "林网格长", "乙一"]


def test_a_typed_plan_is_read_a_step_a_line() -> None:
    from gridapp.party_life.care import BadPlanLine, parse_plan

    plan = parse_plan("2025-06-30 联系工会申请补助\n\n2025/7/5，协调调整班次\n2025年8月1日 回访")
    assert plan == (
        ("联系工会申请补助", dt.date(2025, 6, 30)),
        ("协调调整班次", dt.date(2025, 7, 5)),
        ("回访", dt.date(2025, 8, 1)),
    )
    for bad, line in [("回访 2025-08-01", 1), ("2025-06-30 补助\n2025-02-30 回访", 2), ("2025-06-30", 1)]:
        with pytest.raises(BadPlanLine) as refused:
            parse_plan(bad)
        assert refused.value.line == line
