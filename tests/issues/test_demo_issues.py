"""The demo plant's issues: loaded through the same service calls, covering the board's states, consistent."""

from __future__ import annotations

from gridapp.issues.kinds import IssueState
from gridapp.issues.rows import IssueFilter, Overdue
from gridapp.services import Services


def test_demo_issues_cover_the_board_and_replay_exactly(services: Services) -> None:
    issues = services.issues
    counts = issues.state_counts(IssueFilter())
    assert sum(counts.values()) == 18
    for state in (IssueState.REPORTED, IssueState.ASSIGNED, IssueState.IN_PROGRESS, IssueState.FED_BACK,
                  IssueState.RECTIFIED, IssueState.CLOSED, IssueState.HELD, IssueState.REOPENED):  # fmt: skip
        assert counts[state] > 0, state
    assert issues.count(IssueFilter(overdue=Overdue.OVERDUE)) > 0
    assert issues.count(IssueFilter(hazards_only=True)) == 4
    now = issues.now()
    for row in issues.page(IssueFilter(), limit=100):
        assert issues.replayed(row.id) == issues.stored(row.id)
        detail = issues.detail(row.id)
        assert detail is not None and all(event.at <= now for event in detail.events)
    assert len(issues.page(IssueFilter(text="护栏"))) == 1
