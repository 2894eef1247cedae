"""From an issue raised by a failed item, its links open the round on that item (issue 15)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from gridapp.inspections.kinds import CheckLevel, Frequency, ItemKind, Outcome
from gridapp.inspections.rows import ResultDraft, RoundDraft
from gridapp.services import Services
from gridapp.times import plant_date
from tests.inspections.conftest import document_of, person_actor, post_named
from tests.session_helpers import log_in
from ui.context import AppContext
from ui.inspections.tab import InspectionsTab
from ui.issues.tab import IssuesTab


def test_an_issues_link_opens_the_round_on_its_item(services: Services, qtbot) -> None:  # type: ignore[no-untyped-def]
    ins = services.inspections
    card = document_of(ins, post_named(ins, "加药工"), "round_table")
    inspector = person_actor(services, "DH0020")  # 邹淑英
    items = ins.rounds.round_items(card, CheckLevel.STAFF, Frequency.DAILY)
    # The 3rd item fails (its sequence 3): the issue it raises must lead back to row 3 of that round's results.
    failing = next(i for i in items[2:] if i.kind is ItemKind.PASS_FAIL)
    results = tuple(
        ResultDraft(i.id, Outcome.FAIL, note="跑冒滴漏")
        if i is failing
        else ResultDraft(i.id, reading=(i.lower or 0) + 0.01)
        if i.kind is ItemKind.READING
        else ResultDraft(i.id)
        for i in items
    )
    now = dt.datetime.now(dt.UTC)
    recorded = ins.rounds.record(
        inspector,
        RoundDraft(card, CheckLevel.STAFF, Frequency.DAILY, plant_date(now), now, inspector.person_id, results),
    )
    issue_id = recorded.issues[0][0]

    context = AppContext()
    context.set_services(services)
    log_in(context, "DH0008")
    board = IssuesTab(context)
    tab = InspectionsTab(context)
    for widget in (board, tab):
        qtbot.addWidget(widget)
        widget.set_services(services)
        widget.resize(1400, 900)
        widget.show()
    context.round_requested.connect(tab.show_round)  # what the main window does, with switching tabs
    board.show_issue(issue_id)
    qtbot.waitUntil(lambda: board.detail.issue_id == issue_id, timeout=5_000)

    links = board.detail.links
    assert links.textFormat() == Qt.TextFormat.RichText and "<a href='round:" in links.text()
    assert f"<a href='check_item:{failing.id}'" in links.text()
    with qtbot.waitSignal(context.round_requested, timeout=5_000) as requested:
        links.linkActivated.emit(f"check_item:{failing.id}")
    assert requested.args == [recorded.round_id, failing.id]

    rounds = tab.rounds
    assert tab.pages.currentWidget() is rounds and rounds.shown_round == recorded.round_id
    chosen = rounds.results_view.selectionModel().selectedRows()
    assert len(chosen) == 1
    row = rounds.results.row_at(chosen[0].row())
    assert row.item_id == failing.id and row.outcome is Outcome.FAIL and row.issue_id == issue_id
    assert row.sequence == failing.position + 1
