"""Every import in two steps: first what the columns mean (ui.imports.mapping), then what importing would do (the
capability's preview), then the import itself, all or nothing, in the background with progress.

A capability subclasses ImportDialog: its __init__ calls the base's, puts its preview widgets on the page with
``add_preview``, then calls ``load()``; it gives the functions below (two run in a worker thread).
A sheet whose headings were imported before, with nothing to decide, opens straight on the preview: the second file
of the same kind imports in one step.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from gridapp.actor import Actor
from gridapp.io.sheets import SheetFile, read_file
from gridapp.io.tables import Schema, Skip, Skipped, Table, skip_counts
from gridapp.io.workbooks import WorkbookRefused
from gridapp.progress import Progress
from ui.errors import show_exception
from ui.file_limits import workbook_refusal_text
from ui.imports.mapping import MappingStep, remember
from ui.progress import run_with_progress
from ui.tasks import Task

translate = QCoreApplication.translate


def file_filter() -> str:
    """The open dialog's filter for every file an import reads."""
    return translate("Imports", "Spreadsheets (*.xlsx *.xlsm *.xls *.et *.csv *.txt);;All files (*)")


def skipped_text(skipped: tuple[Skipped, ...]) -> str:
    """ "Left out as not data: totals rows: 1 — row 45 (合计 120人); …" — one clause per reason."""
    names = {
        Skip.BLANK: translate("Imports", "blank rows: {0}"),
        Skip.TOTALS: translate("Imports", "totals rows: {0}"),
        Skip.NOTE: translate("Imports", "notes under the table: {0}"),
        Skip.SECTION: translate("Imports", "section titles: {0}"),
        Skip.HEADING: translate("Imports", "headings repeated: {0}"),
        Skip.HIDDEN: translate("Imports", "hidden rows: {0}"),
    }
    clauses = []
    for reason, count in skip_counts(skipped).items():
        rows = [s for s in skipped if s.reason is reason]
        lines = "、".join(str(s.line) for s in rows[:6]) + ("…" if len(rows) > 6 else "")
        example = next((s.text for s in rows if s.text), "")
        detail = translate("Imports", "row {0}").format(lines) + (f"（{example}）" if example else "")
        clauses.append(names[reason].format(count) + f" — {detail}")
    return translate("Imports", "Left out as not data: {0}.").format("; ".join(clauses)) if clauses else ""


class ImportDialog(QDialog):
    """Step 1: the mapping; step 2: the capability's preview; then the import."""

    imported = Signal(object)  # what do_import returned

    def __init__(self, path: Path, schema: Schema, label: Any, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.path = path
        self.file: SheetFile | None = None
        self.result: Any = None
        self._preview_task: Task | None = None
        self._run = 0
        self.file_label = QLabel(str(path))
        self.file_label.setWordWrap(True)
        self.mapping = MappingStep(schema, label)
        self.mapping.changed.connect(self._on_table_changed)
        self.table_summary = QLabel()
        self.table_summary.setObjectName("importTableSummary")
        self.table_summary.setWordWrap(True)
        preview_page = QWidget()
        preview_layout = QVBoxLayout(preview_page)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(self.table_summary)
        self._preview_layout = preview_layout
        self.pages = QStackedWidget()
        self.pages.addWidget(self.mapping)
        self.pages.addWidget(preview_page)
        self.back_button = QPushButton(self.tr("< &Columns"))
        self.back_button.setObjectName("importBack")
        self.back_button.clicked.connect(lambda: self._go(0))
        self.next_button = QPushButton(self.tr("&Check rows >"))
        self.next_button.setObjectName("importNext")
        self.next_button.clicked.connect(self.check)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setObjectName("importButton")
        self.import_button.clicked.connect(self._on_import_clicked)
        self.recheck = QPushButton(self.tr("Read the file again"))
        self.recheck.setToolTip(self.tr("Read the file again after correcting it in Excel or WPS"))
        self.recheck.clicked.connect(self.load)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.recheck)
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.import_button, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self.resize(1100, 640)
        self._go(0)
        self.next_button.setEnabled(False)

    def add_preview(self, widget: QWidget) -> None:
        """Put the capability's preview (its table, summary, options) on the second page."""
        self._preview_layout.addWidget(widget, 1)

    # what a capability gives ------------------------------------------------------------------------------------
    def make_preview(self, table: Table, progress: Progress) -> Any:
        """Worker thread: what importing ``table`` would do."""
        raise NotImplementedError

    def show_preview(self, result: Any) -> bool:
        """Show ``result``; whether the import may go ahead."""
        raise NotImplementedError

    def do_import(self, actor: Actor, table: Table, progress: Progress) -> Any:
        """Worker thread: import ``table`` all or nothing."""
        raise NotImplementedError

    def actor(self) -> Actor | None:
        raise NotImplementedError

    def before_work(self) -> None:
        """UI thread, before the preview or the import starts: read the page's choices for the worker."""

    def imported_text(self, result: Any) -> str:
        """What was done, in a sentence for the main window's status line."""
        return ""

    def show_failure(self, exc: BaseException) -> None:
        """The import was refused or failed: say so (a capability words its own refusals)."""
        show_exception(self, exc, self.windowTitle())

    # the steps ---------------------------------------------------------------------------------------------------
    @Slot()
    def load(self) -> None:
        """Read the file (in the background) and show its columns."""
        self._go(0)
        self.next_button.setEnabled(False)
        self.mapping.status.setText(self.tr("Reading the file…"))
        path = self.path
        task = Task(lambda progress: read_file(path, progress=progress), name="read sheet", parent=self)
        task.progressed.connect(
            lambda done, _total, _text: self.mapping.status.setText(self.tr("Reading the file… {0} rows").format(done))
        )
        task.succeeded.connect(self._on_read)
        task.failed.connect(self._on_read_failed)
        self.rejected.connect(task.cancel)
        task.start()

    @Slot(object)
    def _on_read(self, file: SheetFile) -> None:
        self.file = file
        self.mapping.set_file(file)
        table = self.mapping.table
        if table is not None and table.remembered and not table.problems():
            self.check()

    @Slot(object)
    def _on_read_failed(self, exc: BaseException) -> None:
        if isinstance(exc, WorkbookRefused):
            self.mapping.status.setText(workbook_refusal_text(exc.problem, exc.limit))
            self.mapping.status.setStyleSheet("color: #B3261E")
        else:
            show_exception(self, exc, self.windowTitle())

    @Slot(object)
    def _on_table_changed(self, table: Table) -> None:
        self.next_button.setEnabled(not table.problems())
        self._run += 1  # a preview still running for the old choice is no longer wanted

    def _go(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self.back_button.setVisible(page == 1)
        self.next_button.setVisible(page == 0)
        self.import_button.setVisible(page == 1)
        self.import_button.setEnabled(False)

    @Slot()
    def check(self) -> None:
        """Step 2: what importing would do, computed in the background."""
        table = self.mapping.table
        if table is None or table.problems():
            return
        self._go(1)
        self.before_work()
        self.table_summary.setText(self.tr("Checking the rows…"))
        self._run += 1
        run = self._run
        task = Task(lambda progress: self.make_preview(table, progress), name="import preview", parent=self)
        task.succeeded.connect(lambda result: self._on_preview(run, table, result))
        task.failed.connect(lambda exc: show_exception(self, exc, self.windowTitle()))
        self.rejected.connect(task.cancel)
        self._preview_task = task
        task.start()

    def _on_preview(self, run: int, table: Table, result: Any) -> None:
        if run != self._run:
            return
        self.result = result
        parts = [
            self.tr("Sheet “{0}”, headings in row {1}, {2} rows of data.").format(
                table.sheet, table.header_line, len(table.rows)
            )
        ]
        if skipped := skipped_text(table.skipped):
            parts.append(skipped)
        if table.unmapped:
            parts.append(
                self.tr("Columns not imported: {0}.").format("、".join(c.heading or c.letter for c in table.unmapped))
            )
        self.table_summary.setText("\n".join(parts))
        self.import_button.setEnabled(self.show_preview(result))

    @Slot()
    def _on_import_clicked(self) -> None:
        table = self.mapping.table
        actor = self.actor()
        if table is None or actor is None:
            return
        self.import_button.setEnabled(False)
        self.before_work()
        task = run_with_progress(
            self,
            self.tr("Importing…"),
            lambda progress: self.do_import(actor, table, progress),
            lambda result: self._on_imported(table, result),
            name="import",
        )
        task.failed.disconnect()
        task.failed.connect(self._on_import_failed)

    def _on_imported(self, table: Table, result: Any) -> None:
        remember(table)
        self.imported.emit(result)
        window = self.parentWidget().window() if self.parentWidget() else None
        if isinstance(window, QMainWindow) and (text := self.imported_text(result)):
            window.statusBar().showMessage(text, 20_000)
        self.accept()

    @Slot(object)
    def _on_import_failed(self, exc: BaseException) -> None:
        self.show_failure(exc)
        self.check()
