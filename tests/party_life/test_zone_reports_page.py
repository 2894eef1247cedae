"""The zone reports page: a party member of a zone files this week's report by the dialog; the week's list shows
them reported and the others not yet."""

from __future__ import annotations

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QPlainTextEdit
from sqlalchemy import select

from gridapp.org.kinds import PARTY_MEMBERS, UnitKind
from gridapp.org.models import Person, Unit
from gridapp.services import Services
from tests.org_ui import _dialog_failures, ok, when_dialog  # noqa: F401  (fixture)
from tests.session_helpers import log_in
from ui.context import AppContext
from ui.org.tab import OrgTab, Page


def test_a_member_files_the_weeks_report(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    with services.db.read() as s:
        member, team = s.execute(
            select(Person.employee_no, Unit.id)
            .join(Unit, Unit.id == Person.home_unit_id)
            .where(Person.party_status.in_(PARTY_MEMBERS), Unit.kind == UnitKind.TEAM, Person.left_on.is_(None))
            .limit(1)
        ).one()
        zone = s.scalar(select(Unit.parent_id).where(Unit.id == team))
    context = AppContext()
    tab = OrgTab(context)
    qtbot.addWidget(tab)
    context.set_services(services)
    log_in(context, member)
    tab.show()
    qtbot.waitExposed(tab)
    tab.select_unit(zone)
    tab.pages.setCurrentIndex(Page.ZONE_REPORTS)
    page = tab.zone_reports_page
    qtbot.waitUntil(lambda: page.model.rowCount() > 1)
    assert not any(r.filed for r in page.model.rows())
    assert page.file_action.isEnabled()

    def fill(dialog: QDialog) -> None:
        state = dialog.findChild(QPlainTextEdit, "zoneState")
        state.setFocus()
        QTest.keyClicks(state, "All pumps normal")
        dialog.findChild(QPlainTextEdit, "zoneProblems").setPlainText("2号泵渗漏")
        ok(dialog)

    when_dialog(fill)
    page.file_action.trigger()
    qtbot.waitUntil(lambda: any(r.filed for r in page.model.rows()))
    assert QApplication.activeModalWidget() is None
    filed = [r for r in page.model.rows() if r.filed]
    assert [(r.state, r.problems) for r in filed] == [("All pumps normal", "2号泵渗漏")]
    assert page.model.row_at(0).filed is False  # who has not reported comes first
    page.view.selectRow(page.model.rowCount() - 1)
    assert page.issue_action.isEnabled()
    tab.close()
