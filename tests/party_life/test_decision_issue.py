"""A meeting's decision raised on the issue board: the quick report opens in the meeting's unit, filled in."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QInputDialog

from gridapp.party_life.rows import MeetingDraft
from gridapp.security.rights import plant_today
from gridapp.services import Services
from tests.org_helpers import actor, unit
from tests.org_ui import _dialog_failures, _tab_fixture, when_dialog  # noqa: F401  (fixtures)
from ui.org.tab import OrgTab, Page


def test_a_decision_opens_the_quick_report(qtbot, tab: OrgTab, services: Services) -> None:  # type: ignore[no-untyped-def]
    team = unit(services, "DH-W-01-1")
    meetings = services.party_life.meetings
    secretary = actor(services, "DH0002")
    meetings.ensure_kinds(secretary)
    group = next(k for k in meetings.kinds() if k.code == "party_group")
    draft = MeetingDraft(group.id, team.id, plant_today(), "难题", decisions="更换2号泵密封\n调整巡检路线")
    meetings.record(secretary, draft)
    tab.select_unit(team.id)
    tab.pages.setCurrentIndex(Page.MEETINGS)
    page = tab.meetings_page
    qtbot.waitUntil(lambda: page.meetings_model.rowCount() == 1)
    page.meetings_view.selectRow(0)
    assert page.issue_action.isEnabled()

    def pick_second(dialog: QDialog) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("调整巡检路线")
        dialog.accept()

    when_dialog(pick_second)
    page.issue_action.trigger()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    report = QApplication.activeModalWidget()
    assert report.objectName() == "quickReportDialog"
    assert report.what.text() == "调整巡检路线"  # type: ignore[attr-defined]
    assert "党小组会决议：调整巡检路线" in report.description.toPlainText()  # type: ignore[attr-defined]
    assert report.findChild(QComboBox, "reportUnit").currentData() == team.id
    report.reject()
