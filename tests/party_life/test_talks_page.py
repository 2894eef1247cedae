"""The talks page of the organisation tab: the quarter's 1+N coverage, a link's talk recorded from its row."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QPlainTextEdit

from gridapp.services import Services
from tests.org_helpers import unit
from tests.org_ui import _dialog_failures, _tab_fixture, ok, when_dialog  # noqa: F401  (fixtures)
from tests.test_org_dialogs import wait_for_preview
from ui.org.tab import OrgTab, Page


def test_a_links_talk_recorded_from_the_coverage(qtbot, tab: OrgTab, services: Services) -> None:  # type: ignore[no-untyped-def]
    grid = unit(services, "DH-W")
    tab.select_unit(grid.id)
    tab.pages.setCurrentIndex(Page.TALKS)
    page = tab.talks_page
    qtbot.waitUntil(lambda: page.coverage_model.rowCount() > 0)
    links = page.coverage_model.rowCount()
    covered_before = {(r.guardian_id, r.ward_id) for r in page.coverage_model.rows() if r.covered}
    talks_before = page.talks_model.rowCount()
    # the demo plant has talked with most of its links this quarter, not all
    gap = next(n for n, r in enumerate(page.coverage_model.rows()) if not r.covered)
    page.coverage_view.selectRow(gap)
    link = page.current_link()
    assert link is not None and page.record_for_link_action.isEnabled()

    def fill(dialog: QDialog) -> None:
        assert dialog.talker.person().id == link.guardian_id  # type: ignore[attr-defined]
        assert dialog.person.person().id == link.ward_id  # type: ignore[attr-defined]
        summary = dialog.findChild(QPlainTextEdit, "talkSummary")
        summary.setFocus()
        QTest.keyClicks(summary, "Family fine; wants training")
        QTest.keyClick(summary, Qt.Key.Key_Tab)
        ok(dialog)

    when_dialog(fill)
    page.record_for_link_action.trigger()
    qtbot.waitUntil(lambda: page.talks_model.rowCount() == talks_before + 1)
    covered = {(r.guardian_id, r.ward_id) for r in page.coverage_model.rows() if r.covered}
    assert covered == covered_before | {(link.guardian_id, link.ward_id)}
    assert page.coverage_model.rowCount() == links
    new = next(r for r in page.talks_model.rows() if (r.talker_id, r.person_id) == (link.guardian_id, link.ward_id))
    assert new.summary == "Family fine; wants training"  # the secretary reads it
    pages = wait_for_preview(qtbot)
    page.print_action.trigger()  # the quarter's coverage, to check off
    assert pages and pages[0] >= 1
