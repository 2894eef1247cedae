"""Counts that do not scan: the tallies the triggers keep equal a count of the issues, and a rebuild from scratch,
after random transitions, escalations, tombstones and raw writes; the board and the table read their counts from
them, and a filter the tallies cannot answer is counted up to a cap ("10,000+")."""

from __future__ import annotations

import contextlib
import random

from sqlalchemy import select, text, update

from gridapp.issues import tallies
from gridapp.issues.errors import IssueInputError, TransitionRefused
from gridapp.issues.kinds import Action, IssueState
from gridapp.issues.models import Issue, IssueTally
from gridapp.issues.rows import IssueFilter
from gridapp.security.rights import AccessDenied
from tests.issues.conftest import LEADER, STAFF_2, Plant


def _kept(plant: Plant) -> list[tuple[object, ...]]:
    with plant.db.read() as s:
        return sorted((tuple(r) for r in s.execute(select(IssueTally.__table__)) if r.issues), key=str)


def _agree(plant: Plant) -> None:
    with plant.db.read() as s:
        assert not tallies.differences(s)
    kept = _kept(plant)
    with plant.db.write(plant.db.system_actor(), "test.rebuild") as s:
        tallies.rebuild(s)
    assert _kept(plant) == kept


def test_tallies_follow_random_changes(plant: Plant) -> None:
    rng = random.Random(7)
    leader, assignee = plant.actor(LEADER), plant.actor(STAFF_2)
    units = ["DH-W-01-1", "DH-W-01", "DH-W"]
    issues = []
    for n in range(40):
        issues.append(plant.report(unit=rng.choice(units), title=f"泵房漏水{n}").id)
        for _ in range(3):
            issue_id = rng.choice(issues)
            actor = rng.choice([leader, assignee])
            actions = plant.service.available_actions(actor, issue_id)
            if not actions:
                continue
            action = rng.choice(actions)
            with contextlib.suppress(TransitionRefused, IssueInputError, AccessDenied):
                plant.service.act(actor, issue_id, action, "处理", assignee_id=assignee.person_id)
        if n % 10 == 9:
            _agree(plant)
    with plant.db.write(plant.db.system_actor(), "test.raw") as s:
        # Writes past the services (a sync's merge writes rows this way): a tombstone, a revived row, a moved one.
        s.execute(update(Issue).where(Issue.id == issues[0]).values(deleted_at=plant.clock.now()))
        s.execute(update(Issue).where(Issue.id == issues[1]).values(category_code="hazard", is_hazard=True))
        s.execute(update(Issue).where(Issue.id == issues[2]).values(unit_id=plant.units["DH-W"]))
        s.execute(update(Issue).where(Issue.id == issues[2]).values(title="只改标题"))
    _agree(plant)
    with plant.db.write(plant.db.system_actor(), "test.raw") as s:
        s.execute(update(Issue).where(Issue.id == issues[0]).values(deleted_at=None))
        s.execute(text("DELETE FROM issue_link"))
    _agree(plant)


def test_board_and_table_counts_come_from_the_tallies(plant: Plant) -> None:
    for n in range(5):
        plant.report(title=f"泵房漏水{n}")
    plant.service.act(plant.actor(LEADER), plant.report().id, Action.ASSIGN, assignee_id=plant.actor(STAFF_2).person_id)
    everything = IssueFilter()
    board = plant.service.board(everything)
    assert board.counts[IssueState.REPORTED] == 5 and board.counts[IssueState.ASSIGNED] == 1
    assert not board.capped
    assert plant.service.count(everything) == 6 and not plant.service.count(everything).more
    # Proof that the numbers are the tallies' own: a tally changed by hand shows on the board.
    with plant.db.write(plant.db.system_actor(), "test.raw") as s:
        s.execute(
            update(IssueTally).where(IssueTally.state == IssueState.REPORTED).values(issues=IssueTally.issues + 1)
        )
    assert plant.service.board(everything).counts[IssueState.REPORTED] == 6
    total, rows = plant.service.first_page(IssueFilter(states=frozenset({IssueState.ASSIGNED})))
    assert total == 1 and len(rows) == 1


def test_filters_the_tallies_cannot_answer_are_counted_up_to_the_cap(plant: Plant, monkeypatch) -> None:
    for n in range(5):
        plant.report(title=f"泵房漏水{n}")
    overdue = IssueFilter(text="漏水")
    assert not tallies.answers(overdue)
    assert plant.service.count(overdue) == 5
    monkeypatch.setattr(tallies, "CAP", 3)
    capped = plant.service.count(overdue)
    assert capped == 3 and capped.more
    board = plant.service.board(overdue)
    assert board.counts[IssueState.REPORTED] == 3 and board.capped == {IssueState.REPORTED}
    assert len(board.pages[IssueState.REPORTED]) == 5  # the first page does not stop at the count


def test_a_common_word_pages_through_the_index_with_estimated_counts(plant: Plant, monkeypatch) -> None:
    from gridapp.issues import search

    for n in range(5):
        plant.report(title=f"泵房漏水{n}")
    plant.report(title="配电室跳闸")
    monkeypatch.setattr(search, "COMMON", 2)  # more than two matches: a common word
    where = IssueFilter(text="漏水")
    assert len(plant.service.page(where)) == 5
    total, rows = plant.service.first_page(where)
    assert len(rows) == 5 and total.approximate and total >= 5
    board = plant.service.board(where)
    assert len(board.pages[IssueState.REPORTED]) == 5 and IssueState.REPORTED in board.approximate
    assert board.counts[IssueState.REPORTED] == 5  # the estimate is never below what is shown
