"""The score tab for issue 15, driven like a user: a team's 考核表 printed from the scorecard page, and the rules
page saying whose each rule is."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from gridapp.scoring.periods import Period, PeriodKind
from gridapp.services import Services
from gridapp.times import plant_today
from tests.session_helpers import log_in
from ui.context import AppContext
from ui.lazy_tab import LazyTab
from ui.scoring.board import ScoringBoard


@pytest.fixture
def tab(qtbot, services: Services) -> Iterator[ScoringBoard]:  # type: ignore[no-untyped-def]
    context = AppContext()
    widget = LazyTab(context, ScoringBoard)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    context.set_services(services)
    log_in(context, "DH0001")  # 熊德明, grid leader of the whole grid
    assert isinstance(widget.content, ScoringBoard)
    yield widget.content


def test_a_teams_assessment_sheet_prints_from_the_scorecard(qtbot, tab: ScoringBoard) -> None:  # type: ignore[no-untyped-def]
    tab.scope_bar.choose(catalogue="team", period=Period.of(PeriodKind.QUARTER, plant_today()).previous())
    tab.show()
    tab.ranking.view.selectRow(0)
    assert tab.subject is not None
    tab.pages.setCurrentWidget(tab.scorecard)
    assert tab.scorecard.print_a4_button.isEnabled() and tab.scorecard.print_a3_button.isEnabled()
    dialog = tab.scorecard.print_sheet("A4")
    assert dialog is not None
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.task.finished, timeout=30_000):  # type: ignore[attr-defined]
        pass
    assert dialog.pages.count() >= 1  # type: ignore[attr-defined]
    dialog.close()
    # A person catalogue has no assessment sheet to print.
    tab.scope_bar.choose(catalogue="star")
    tab.ranking.view.selectRow(0)
    tab.scorecard.refresh()
    assert not tab.scorecard.print_a4_button.isEnabled()


def test_the_rules_page_says_whose_each_rule_is(qtbot, tab: ScoringBoard) -> None:  # type: ignore[no-untyped-def]
    tab.show()
    tab.pages.setCurrentWidget(tab.rules)
    model = tab.rules.model
    last = model.columnCount() - 1
    assert model.headerData(last, Qt.Orientation.Horizontal) == "Applies to"
    assert {model.data(model.index(r, last)) for r in range(model.rowCount())} == {"whole plant"}
    assert tab.rules.add_button.isEnabled()


def test_team_points_can_be_given_to_teams_only(qtbot, tab: ScoringBoard, services: Services) -> None:  # type: ignore[no-untyped-def]
    from gridapp.org.kinds import UnitKind
    from ui.scoring.give_dialog import GiveDialog

    tab.scope_bar.choose(catalogue="team")
    assert tab.scope is not None and tab.services is not None
    actor = tab.require_actor()
    assert actor is not None
    dialog = GiveDialog(tab.services, tab.scope, actor, None, tab)
    qtbot.addWidget(dialog)
    kinds = {u.id: u.kind for u in services.org.units()}
    listed = [dialog.unit_box.itemData(i) for i in range(dialog.unit_box.count())]
    teams = [u for u, kind in kinds.items() if kind is UnitKind.TEAM]
    assert listed and len(listed) == len(teams)
    assert all(kinds[uuid.UUID(u)] is UnitKind.TEAM for u in listed)
