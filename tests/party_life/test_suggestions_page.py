"""The suggestions page of the organisation tab: one submitted, reviewed and adopted, its points proposed."""

from __future__ import annotations

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QLineEdit

from gridapp.party_life.kinds import SuggestionState
from gridapp.scoring.kinds import EntrySource, EntryStatus
from gridapp.scoring.rows import EntryQuery
from gridapp.services import Services
from tests.org_helpers import unit
from tests.org_ui import _dialog_failures, _tab_fixture, ok, when_dialog  # noqa: F401  (fixtures)
from tests.test_org_dialogs import wait_for_preview
from ui.org.tab import OrgTab, Page


def test_a_suggestion_submitted_and_adopted(qtbot, tab: OrgTab, services: Services) -> None:  # type: ignore[no-untyped-def]
    team = unit(services, "DH-W-01-1")
    tab.select_unit(team.id)
    tab.pages.setCurrentIndex(Page.SUGGESTIONS)
    page = tab.suggestions_page
    assert page.submit_action.isEnabled()

    def submit(dialog: QDialog) -> None:
        title = dialog.findChild(QLineEdit, "suggestionTitle")
        title.setFocus()
        QTest.keyClicks(title, "Guard rail at pump 3")
        ok(dialog)

    when_dialog(submit)
    page.submit_action.trigger()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.view.selectRow(0)
    assert page.review_action.isEnabled() and not page.done_action.isEnabled()
    when_dialog(ok)  # adopt is the default decision
    page.review_action.trigger()
    qtbot.waitUntil(lambda: page.model.row_at(0).state is SuggestionState.ADOPTED)
    page.view.selectRow(0)
    assert page.done_action.isEnabled()
    proposed = services.scoring.entries.all(EntryQuery("star", status=EntryStatus.PROPOSED))
    assert [e.rule_code for e in proposed if e.source is EntrySource.SUGGESTION_SAFETY] == ["SP04"]
    pages = wait_for_preview(qtbot)
    page.print_action.trigger()  # the adopted ones, for posting
    assert pages == [1]
