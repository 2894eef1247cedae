"""The tabs offer only what the logged-in account may do, and follow a switch of user."""

from __future__ import annotations

import pytest

from gridapp.services import Services
from gridapp.times import plant_today
from tests.inspections.conftest import post_named
from tests.session_helpers import log_in
from ui.context import AppContext
from ui.inspections.tab import InspectionsTab
from ui.issues.tab import IssuesTab
from ui.org.tab import OrgTab


@pytest.fixture
def context(services: Services) -> AppContext:
    ctx = AppContext()
    ctx.set_services(services)
    return ctx


def test_a_staff_member_cannot_release_or_edit_a_card(qtbot, context: AppContext, services: Services) -> None:  # type: ignore[no-untyped-def]
    log_in(context, "DH0020")  # 邹淑英, dosing operator: staff of 加药班
    tab = InspectionsTab(context)
    qtbot.addWidget(tab)
    tab.set_services(services)
    tab.select_post(post_named(services.inspections, "加药工"))  # her own post
    cards = tab.cards
    assert cards.document is not None and cards.document.started
    assert not cards.release_button.isEnabled() and not cards.add_button.isEnabled()
    assert not cards.remove_button.isEnabled() and not cards.import_button.isEnabled()
    assert cards.history_button.isEnabled()  # reading stays open
    log_in(context, "DH0008")  # shift change: 秦大伟, lead of the zone, edits; releasing is the grid leader's
    assert cards.add_button.isEnabled() and not cards.release_button.isEnabled()
    log_in(context, "DH0001")
    assert cards.release_button.isEnabled()


def test_the_clock_settings_are_offered_to_the_grid_leader_only(qtbot, context: AppContext, services: Services) -> None:  # type: ignore[no-untyped-def]
    log_in(context, "DH0012")
    tab = IssuesTab(context)
    qtbot.addWidget(tab)
    assert tab.settings_button.isHidden() and tab.report_button.isEnabled()
    log_in(context, "DH0001")
    assert not tab.settings_button.isHidden()


def test_staff_cannot_change_the_organisation_or_import_a_roster(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    log_in(context, "DH0012")
    tab = OrgTab(context)
    qtbot.addWidget(tab)
    actions = tab.actions_
    assert tab.current_unit() is not None
    for action in (actions.add_unit, actions.edit_unit, actions.add_person, actions.assign_role, actions.import_roster,
                   actions.export_roster, actions.role_catalogue):  # fmt: skip
        assert not action.isEnabled(), action.objectName()
    assert actions.org_chart.isEnabled()  # reading stays open
    log_in(context, "DH0001")
    assert actions.add_unit.isEnabled() and actions.import_roster.isEnabled() and actions.export_roster.isEnabled()


def test_staff_record_rounds_on_their_own_line_only(qtbot, context: AppContext, services: Services) -> None:  # type: ignore[no-untyped-def]
    log_in(context, "DH0020")  # 邹淑英 of 加药班
    tab = InspectionsTab(context)
    qtbot.addWidget(tab)
    tab.set_services(services)
    page = tab.rounds
    page.set_unit(services.org.units()[0])
    enabled = {}
    for row in range(page.due.rowCount()):
        page.due_view.selectRow(row)
        due = page.selected_due()
        assert due is not None
        if due.period_start <= plant_today():
            enabled[due.group.post] = page.record_button.isEnabled()
    assert enabled["加药工"] and not enabled["取水泵工"]
