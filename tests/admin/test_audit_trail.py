"""The auditor's window: pages of the trail in both orders, filters, a record's details, the export, the check."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from gridapp.actor import Actor
from gridapp.security.accounts import LoginRefused
from gridapp.security.trail import AuditQuery
from gridapp.services import Services
from ui.admin.audit_trail import AuditColumn, AuditTableModel, AuditTrailDialog, RecordDialog
from ui.roles import ROW_ROLE

PAGE = 20
MARKED = 3 * PAGE + 5  # records about one issue: more than three pages of them


@pytest.fixture
def window(qtbot, services: Services, auditor: Actor, monkeypatch: pytest.MonkeyPatch) -> AuditTrailDialog:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(AuditTableModel, "page_size", PAGE)
    station = services.db.system_actor()
    for i in range(MARKED):
        services.db.audit_event(
            station, "test.mark", detail={"i": i, "词": "值"}, target=("issue", f"id{i}", "2026-0999", None)
        )
    window = AuditTrailDialog(services, auditor)
    qtbot.addWidget(window)
    window.show()
    return window


def fetch_all(model: AuditTableModel) -> list[int]:
    while model.canFetchMore():
        model.fetchMore()
    return [model.row_at(r).seq for r in range(model.rowCount())]


def test_pages_in_both_orders(window: AuditTrailDialog, services: Services, auditor: Actor, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = window.model
    total = services.security.trail.count(auditor, AuditQuery())
    assert total > 3 * PAGE and model.total == total
    assert model.rowCount() == PAGE  # one page, then more as the view scrolls
    newest = fetch_all(model)
    assert newest == sorted(newest, reverse=True) and len(set(newest)) == total
    window.view.sortByColumn(AuditColumn.TIME, Qt.SortOrder.AscendingOrder)
    assert window.view.horizontalHeader().sortIndicatorSection() == AuditColumn.SEQ
    assert model.rowCount() == PAGE
    oldest = fetch_all(model)
    assert oldest == sorted(newest) and oldest[0] == 1
    # Qt's tester fetches more inside its own reset handling and then blames the model: it watches from here on.
    model.reload()
    qtmodeltester.check(model)
    assert fetch_all(model) == oldest


def test_filter_by_number_and_see_a_record(window: AuditTrailDialog, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.number.setText("2026-0999")
    qtbot.keyClick(window.number, Qt.Key.Key_Return)
    assert window.model.total == MARKED and window.count.text() == f"Records: {MARKED}"
    rows = fetch_all(window.model)
    assert all(window.model.row_at(r).action == "test.mark" for r in range(len(rows)))
    window.action.setText("no such action")
    window.apply()
    assert window.model.total == 0
    window.clear_button.click()
    assert window.model.total > MARKED

    window.number.setText("2026-0999")
    window.apply()
    index = window.model.index(0, AuditColumn.ACTION)
    window.view.setCurrentIndex(index)
    window.details_button.click()
    dialog = window.findChild(RecordDialog)
    assert dialog is not None and dialog.isVisible()
    record = index.data(ROW_ROLE)
    assert json.loads(dialog.detail.toPlainText()) == record.detail
    assert '"词": "值"' in dialog.detail.toPlainText()  # Chinese stays readable


def test_filter_by_result_and_account(window: AuditTrailDialog, services: Services) -> None:
    with pytest.raises(LoginRefused):
        services.security.accounts.login("DH0012", "Wrong#2026")
    window.result.setCurrentIndex(window.result.findData("failed"))
    window.login.setEditText("DH0012")
    window.apply()
    assert window.model.total == 1 and window.model.row_at(0).result == "failed"
    action = window.model.index(0, AuditColumn.ACTION)
    assert action.data() == "Login" and action.data(Qt.ItemDataRole.ToolTipRole) == "login"
    assert window.model.index(0, AuditColumn.RESULT).data() == "Failed"


def test_export_to_excel(
    window: AuditTrailDialog,
    qtbot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    target = tmp_path / "审计.xlsx"
    told: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: told.append(text))
    window.number.setText("2026-0999")
    window.apply()
    window.export_button.click()
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    sheet = openpyxl.load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("No.", "Time", "Account")
    assert len(rows) == 1 + MARKED
    assert {r[4] for r in rows[1:]} == {"test.mark"} and {r[6] for r in rows[1:]} == {"2026-0999"}


def test_verify_the_whole_chain(window: AuditTrailDialog, qtbot, services: Services, auditor: Actor) -> None:  # type: ignore[no-untyped-def]
    window.verify_button.click()
    qtbot.waitUntil(lambda: window.last_report is not None, timeout=20_000)
    report = window.last_report
    assert report is not None and report.intact
    assert window.verdict.text().startswith(
        f"The audit chain is intact: {report.records} records, {report.events} issue history entries."
    )
    assert window.verify_button.isEnabled()
    checked = services.security.trail.page(auditor, AuditQuery(action="audit.verify"), 0, 1)
    assert checked and window.model.row_at(0).seq == checked[0].seq  # the check is on the list at once


def test_verify_names_the_first_edited_record(window: AuditTrailDialog, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The attack of issue 10: drop the append-only triggers, edit a record, recreate the triggers."""
    con = sqlite3.connect(tmp_path / "gridapp.sqlite3")
    triggers = con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_record'")
    saved = triggers.fetchall()
    for name, _sql in saved:
        con.execute(f"DROP TRIGGER {name}")
    con.execute("UPDATE audit_record SET action = 'nothing.happened' WHERE seq = 5")
    for _name, sql in saved:
        con.execute(sql)
    con.commit()
    con.close()
    window.verify_button.click()
    qtbot.waitUntil(lambda: window.last_report is not None, timeout=20_000)
    assert window.verdict.text() == (
        "The audit chain is broken at record no. 5. Audit record no. 5 was changed: its hash does not match its "
        "content and the record before it."
    )


def test_a_business_write_is_named_by_what_it_did(services: Services) -> None:
    from gridapp.issues.rows import ReportDraft
    from tests.conftest import DEMO_PASSWORD
    from ui.admin.labels import action_label

    reporter = services.security.accounts.login("DH0020", DEMO_PASSWORD).actor
    unit = services.org.person(reporter.person_id).unit_id  # type: ignore[union-attr, arg-type]
    ref = services.issues.report(reporter, ReportDraft(title="加药间地面有积水", unit_id=unit, category="safety"))
    auditor = services.security.accounts.login("auditor", DEMO_PASSWORD).actor
    record = services.security.trail.page(auditor, AuditQuery(number=ref.number), 0, 1)[0]
    assert record.action == "IssueService.report" and record.target_table == "issue"
    assert action_label(record.action, record) == "Added: Issue"  # 新增：问题 in Chinese
