"""Every text a person wrote on an issue is searched: feedback notes, return / hold / escalation reasons, stage
notes, the hazard's written fixes and the category's name, and the sync's re-derivation indexes the same."""

from __future__ import annotations

from gridapp.issues.kinds import Action, HazardGrade, Stage
from gridapp.issues.rows import HazardDraft, IssueFilter
from tests.issues.conftest import LEADER, OFFICER, STAFF_2, ZONE_LEAD, Plant


def _found(plant: Plant, text: str) -> set[str]:
    return {row.title for row in plant.service.page(IssueFilter(text=text))}


def test_a_word_written_only_in_a_note_is_found(plant: Plant) -> None:
    """Four issues, each with one word that appears nowhere else: 叶轮 only in A's feedback, 密封圈 only in A's
    return reason, 备件 only in B's hold reason, 协调 only in C's escalation reason, 频谱 only in D's stage note.
    Each search finds exactly the one issue (before this rule: none of them)."""
    svc, leader, worker = plant.service, plant.actor(LEADER), plant.actor(STAFF_2)
    a = plant.report(title="一号泵异响").id
    b = plant.report(title="二号阀门内漏").id
    c = plant.report(title="三号管线渗水").id
    d = plant.report(title="四号电机温升").id
    svc.assign(leader, a, plant.people[STAFF_2])
    svc.act(worker, a, Action.FEED_BACK, "已拆检，叶轮磨损")
    svc.act(worker, a, Action.RECTIFY)
    svc.act(plant.actor(ZONE_LEAD), a, Action.RETURN, "密封圈未更换")
    svc.act(leader, b, Action.HOLD, "等待备件到货")
    svc.act(plant.actor(ZONE_LEAD), c, Action.ESCALATE, "需要车间协调")
    svc.reach_stage(plant.actor(OFFICER), d, Stage.DISCOVERY, "振动频谱异常")
    assert _found(plant, "叶轮") == {"一号泵异响"}
    assert _found(plant, "密封圈") == {"一号泵异响"}
    assert _found(plant, "备件") == {"二号阀门内漏"}
    assert _found(plant, "协调") == {"三号管线渗水"}
    assert _found(plant, "频谱") == {"四号电机温升"}
    assert _found(plant, "叶轮 泵") == {"一号泵异响"}  # a note's word and a title's word together


def test_category_names_and_hazard_fixes_are_found(plant: Plant) -> None:
    """The shipped categories 生产运行 (production) and 风险隐患 (hazard): one issue in each. 运行 is only in the first
    category's name; the hazard's measures say 加装护栏, written nowhere else. Renaming nothing, 运行 finds the
    production issue, 护栏 the hazard, 隐患 the hazard (its category's name) and not the other."""
    plant.report(title="出水浊度偏高")
    ref = plant.report(title="楼梯扶手松动", category="hazard")
    plant.service.set_hazard(plant.actor(LEADER), ref.id, HazardDraft(HazardGrade.GENERAL, measures="加装护栏"))
    assert _found(plant, "运行") == {"出水浊度偏高"}
    assert _found(plant, "护栏") == {"楼梯扶手松动"}
    assert _found(plant, "隐患") == {"楼梯扶手松动"}


def test_the_sync_rederivation_indexes_the_same_texts(plant: Plant) -> None:
    """project_issues (offline sync) rebuilds the index from the events: the feedback word is still found."""
    from gridapp.sync.exchange import project_issues

    svc, leader, worker = plant.service, plant.actor(LEADER), plant.actor(STAFF_2)
    a = plant.report(title="一号泵异响").id
    svc.assign(leader, a, plant.people[STAFF_2])
    svc.act(worker, a, Action.FEED_BACK, "已拆检，叶轮磨损")
    with plant.db.write(plant.db.system_actor()) as s:
        project_issues(s, [a])
    assert _found(plant, "叶轮") == {"一号泵异响"}
    assert _found(plant, "运行") == {"一号泵异响"}
