"""Clocks on a fake clock: the acceptance clock of a waiting issue, the 8-hour feedback deadline in calendar hours and
in working hours across a weekend, holidays and make-up days, due-soon and overdue, hazard deadlines, the default
completion after feedback, and the overdue filter."""

from __future__ import annotations

import datetime as dt

import pytest

from gridapp.issues.catalogue import Limits
from gridapp.issues.clock import Calendar, FakeClock, due_status
from gridapp.issues.errors import InputProblem, IssueInputError
from gridapp.issues.kinds import Action, ClockKind, DeadlineKind, DueStatus, HazardGrade, IssueState
from gridapp.issues.rows import HazardDraft, IssueFilter, Overdue
from gridapp.security.rights import AccessDenied
from tests.issues.conftest import LEADER, STAFF_2, Plant

CST = dt.timezone(dt.timedelta(hours=8))


def local(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=CST).astimezone(dt.UTC)  # type: ignore[misc]


CALENDAR = Calendar()  # Monday–Friday 08:00–12:00 and 13:00–17:00, China time


def test_working_hours_skip_the_night_the_lunch_break_and_the_weekend() -> None:
    friday_4pm = local(2026, 3, 6, 16, 0)
    assert CALENDAR.add_working(friday_4pm, 8 * 60) == local(2026, 3, 9, 16, 0)  # Monday 4 pm
    assert CALENDAR.add_working(local(2026, 3, 7, 10, 0), 60) == local(2026, 3, 9, 9, 0)  # from a Saturday
    assert CALENDAR.add_working(local(2026, 3, 9, 11, 30), 60) == local(2026, 3, 9, 13, 30)  # over lunch
    assert CALENDAR.add_working(local(2026, 3, 9, 17, 0), 1) == local(2026, 3, 10, 8, 1)  # after hours
    assert CALENDAR.working_between(friday_4pm, local(2026, 3, 9, 16, 0)) == dt.timedelta(hours=8)
    assert CALENDAR.working_between(local(2026, 3, 7, 0, 0), local(2026, 3, 8, 23, 59)) == dt.timedelta(0)


def test_holidays_and_make_up_working_days() -> None:
    calendar = Calendar(holidays=frozenset({dt.date(2026, 3, 9)}), workdays=frozenset({dt.date(2026, 3, 7)}))
    # Friday 4 pm + 8 h: 1 h on Friday, 7 h on the make-up Saturday; the Monday holiday is not needed.
    assert calendar.add_working(local(2026, 3, 6, 16, 0), 8 * 60) == local(2026, 3, 7, 16, 0)
    assert calendar.add_working(local(2026, 3, 7, 17, 0), 60) == local(2026, 3, 10, 9, 0)  # Monday is off
    assert Calendar(week=((),) * 7).problems() == ["no working time at all"]
    assert Calendar(week=(((600, 700), (650, 800)),) + ((),) * 6).problems() == ["day 0: spans overlap"]


def test_last_shift_change() -> None:
    assert CALENDAR.last_shift_change(local(2026, 3, 3, 9, 30)) == local(2026, 3, 3, 8, 0)
    assert CALENDAR.last_shift_change(local(2026, 3, 3, 21, 0)) == local(2026, 3, 3, 20, 0)
    assert CALENDAR.last_shift_change(local(2026, 3, 3, 7, 59)) == local(2026, 3, 2, 20, 0)


def test_calendar_feedback_clock_after_assignment(plant: Plant) -> None:
    issue = plant.report().id
    plant.service.assign(plant.actor(LEADER), issue, plant.people[STAFF_2])
    row = plant.service.row(issue)
    assert row is not None and row.deadline_kind is DeadlineKind.FEEDBACK
    assert row.deadline_at == plant.clock.now() + dt.timedelta(hours=8)
    assert row.deadline_soon_at == plant.clock.now() + dt.timedelta(hours=6)


def test_working_hours_clock_across_a_weekend_with_due_soon_and_overdue(plant: Plant) -> None:
    plant.service.set_category_clock(plant.actor(LEADER), "health", 8 * 60, ClockKind.WORKING)
    plant.clock.current = local(2026, 3, 6, 15, 0)  # Friday 3 pm
    issue = plant.report(title="班组职工情绪低落，需要谈心", category="health").id
    plant.service.assign(plant.actor(LEADER), issue, plant.people[STAFF_2])
    row = plant.service.row(issue)
    assert row is not None
    assert row.deadline_at == local(2026, 3, 9, 15, 0)  # 2 h on Friday, 6 h on Monday
    assert row.deadline_soon_at == local(2026, 3, 9, 12, 0)  # after 6 of the 8 working hours

    def status_at(moment: dt.datetime) -> DueStatus:
        plant.clock.current = moment
        return due_status(row.deadline_at, row.deadline_soon_at, moment)

    assert status_at(local(2026, 3, 7, 12, 0)) is DueStatus.ON_TRACK  # Saturday: the clock stands still
    assert status_at(local(2026, 3, 9, 12, 30)) is DueStatus.DUE_SOON
    assert plant.service.count(IssueFilter(overdue=Overdue.DUE_SOON)) == 1
    assert plant.service.count(IssueFilter(overdue=Overdue.OVERDUE)) == 0
    assert status_at(local(2026, 3, 9, 15, 1)) is DueStatus.OVERDUE
    assert plant.service.count(IssueFilter(overdue=Overdue.OVERDUE)) == 1
    assert plant.service.count(IssueFilter(overdue=Overdue.ATTENTION)) == 1
    plant.service.act(plant.actor(STAFF_2), issue, Action.FEED_BACK, "已谈心")
    assert plant.service.count(IssueFilter(overdue=Overdue.OVERDUE)) == 0  # fed back: the feedback clock stops
    detail = plant.service.detail(issue)
    assert detail is not None and detail.fed_back_at == local(2026, 3, 9, 15, 1)


def test_feedback_then_the_completion_deadline_runs(plant: Plant) -> None:
    issue = plant.report().id
    plant.service.assign(plant.actor(LEADER), issue, plant.people[STAFF_2], due=dt.date(2026, 3, 5))
    plant.service.act(plant.actor(STAFF_2), issue, Action.FEED_BACK, "需要备件，周四前修好")
    row = plant.service.row(issue)
    assert row is not None and row.deadline_kind is DeadlineKind.RECTIFY
    assert row.deadline_at == local(2026, 3, 6, 0, 0)  # the end of Thursday 5 March, China time
    with pytest.raises(IssueInputError) as caught:
        plant.service.assign(plant.actor(LEADER), issue, plant.people[STAFF_2], due=dt.date(2026, 3, 1))
    assert caught.value.problem is InputProblem.DEADLINE_IN_PAST


def test_hazard_deadlines_default_by_grade_and_run_from_the_report(plant: Plant, clock: FakeClock) -> None:
    general = plant.report(category="hazard", hazard=HazardDraft(HazardGrade.GENERAL)).id
    assert plant.service.stored(general).due_at == local(2026, 3, 19, 0, 0)  # 15 days, to the end of the day
    chosen = plant.report(category="hazard", hazard=HazardDraft(HazardGrade.LARGER, deadline=dt.date(2026, 3, 10))).id
    assert plant.service.stored(chosen).due_at == local(2026, 3, 11, 0, 0)
    for issue in (general, chosen):  # assigned and fed back: the hazard's deadline runs, not a default
        plant.service.assign(plant.actor(LEADER), issue, plant.people[STAFF_2])
        plant.service.act(plant.actor(STAFF_2), issue, Action.FEED_BACK, "已查看")
    row = plant.service.row(general)
    assert row is not None and row.deadline_kind is DeadlineKind.RECTIFY
    assert row.deadline_at == local(2026, 3, 19, 0, 0)
    assert plant.service.row(chosen).deadline_at == local(2026, 3, 11, 0, 0)  # type: ignore[union-attr]
    clock.current = local(2026, 3, 19, 0, 1)
    assert plant.service.count(IssueFilter(overdue=Overdue.OVERDUE)) == 2


def test_a_waiting_issue_is_overdue_after_one_working_hour(plant: Plant) -> None:
    issue = plant.report().id  # Tuesday 09:00
    row = plant.service.row(issue)
    assert row is not None and row.deadline_kind is None  # the acceptance clock, told by the waiting state
    assert row.deadline_at == local(2026, 3, 3, 10, 0)
    plant.clock.current = local(2026, 3, 3, 9, 59)
    assert plant.service.count(IssueFilter(overdue=Overdue.OVERDUE)) == 0
    assert plant.service.count(IssueFilter(overdue=Overdue.DUE_SOON)) == 1
    plant.clock.current = local(2026, 3, 3, 10, 1)
    assert plant.service.count(IssueFilter(overdue=Overdue.OVERDUE)) == 1
    assert plant.service.board(IssueFilter(overdue=Overdue.OVERDUE)).counts[IssueState.REPORTED] == 1
    plant.service.assign(plant.actor(LEADER), issue, plant.people[STAFF_2])  # assigned: the feedback clock runs
    row = plant.service.row(issue)
    assert row is not None and row.deadline_kind is DeadlineKind.FEEDBACK
    assert plant.service.count(IssueFilter(overdue=Overdue.OVERDUE)) == 0
    assert plant.service.replayed(issue) == plant.service.stored(issue)


def test_the_acceptance_clock_stands_still_off_shift(plant: Plant) -> None:
    plant.clock.current = local(2026, 3, 6, 16, 30)  # Friday 16:30: half an hour before the end of the day
    issue = plant.report().id
    assert plant.service.row(issue).deadline_at == local(2026, 3, 9, 8, 30)  # type: ignore[union-attr]
    plant.clock.current = local(2026, 3, 8, 23, 0)  # Sunday night: still on time
    assert plant.service.count(IssueFilter(overdue=Overdue.OVERDUE)) == 0
    plant.clock.current = local(2026, 3, 9, 8, 31)
    assert plant.service.count(IssueFilter(overdue=Overdue.OVERDUE)) == 1


def test_escalation_starts_a_new_acceptance_clock_and_limits_are_per_category(plant: Plant) -> None:
    limits = {"production": Limits(30, ClockKind.CALENDAR, 5)}
    plant.service.set_category_limits(plant.actor(LEADER), limits)
    assert plant.service.category_limits()["production"] == limits["production"]
    assert plant.service.category_limits()["other"] == Limits()
    issue = plant.report().id
    assert plant.service.row(issue).deadline_at == local(2026, 3, 3, 9, 30)  # type: ignore[union-attr]
    plant.clock.current = local(2026, 3, 3, 20, 0)  # long overdue: the leader sends it up
    plant.service.act(plant.actor(LEADER), issue, Action.ESCALATE)
    row = plant.service.row(issue)
    assert row is not None and row.state is IssueState.ESCALATED
    assert row.deadline_at == local(2026, 3, 3, 20, 30)
    assert plant.service.replayed(issue) == plant.service.stored(issue)


def test_after_feedback_without_a_date_the_default_completion_runs(plant: Plant) -> None:
    issue = plant.report().id
    plant.service.assign(plant.actor(LEADER), issue, plant.people[STAFF_2])
    plant.clock.current = local(2026, 3, 3, 11, 0)
    plant.service.act(plant.actor(STAFF_2), issue, Action.FEED_BACK, "已到现场")
    row = plant.service.row(issue)
    assert row is not None and row.deadline_kind is DeadlineKind.RECTIFY
    assert row.deadline_at == local(2026, 3, 7, 0, 0)  # three days, to the end of Friday
    plant.clock.current = local(2026, 3, 7, 0, 1)
    assert plant.service.count(IssueFilter(overdue=Overdue.OVERDUE)) == 1
    assert plant.service.replayed(issue) == plant.service.stored(issue)


def test_limits_out_of_range_and_by_the_wrong_person_are_refused(plant: Plant) -> None:
    for wrong in (Limits(accept_minutes=5), Limits(complete_days=0), Limits(complete_days=400)):
        with pytest.raises(IssueInputError) as caught:
            plant.service.set_category_limits(plant.actor(LEADER), {"production": wrong})
        assert caught.value.problem is InputProblem.HOURS_INVALID
    with pytest.raises(IssueInputError):
        plant.service.set_category_limits(plant.actor(LEADER), {"nonesuch": Limits()})
    with pytest.raises(AccessDenied):
        plant.service.set_category_limits(plant.actor(STAFF_2), {"production": Limits(120)})
    assert plant.service.category_limits()["production"] == Limits()
