"""The main window: four tabs, menus, a status bar saying where the data is, and remembered geometry.

The window is shown before the database is open; the services arrive from a background task (see main.py)
through ``attach``, so the first paint never waits on SQLAlchemy or a slow disk.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabWidget, QWidget

from gridapp import __version__
from gridapp.actor import Actor
from gridapp.paths import data_dir
from ui.context import AppContext
from ui.errors import show_exception
from ui.issues.report_action import install_quick_report
from ui.lazy_tab import LazyTab
from ui.progress import run_with_progress
from ui.settings import LANGUAGES, app_settings, language, set_language

if TYPE_CHECKING:
    from gridapp.services import Opened, Services


class MainWindow(QMainWindow):
    services_attached = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.context = AppContext(self)
        self.setWindowTitle(self.tr("Red Grid Workstation"))

        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.tabs.setDocumentMode(True)
        self.org_tab = LazyTab(self.context, _org_tab)
        self.issues_tab = LazyTab(self.context, _issues_tab)
        self.inspections_tab = LazyTab(self.context, _inspections_tab)
        self.scoring_tab = LazyTab(self.context, _scoring_board)
        self.tabs.addTab(self.org_tab, self.tr("Organisation"))
        self.tabs.addTab(self.issues_tab, self.tr("Issue board"))
        self.tabs.addTab(self.inspections_tab, self.tr("Inspection cards"))
        self.tabs.addTab(self.scoring_tab, self.tr("Score dashboards"))
        self.setCentralWidget(self.tabs)

        self.database_label = QLabel(self.tr("Opening the database…"))
        self.station_label = QLabel()
        self.operator_label = QLabel()
        status = self.statusBar()
        status.addWidget(self.database_label, 1)
        status.addPermanentWidget(self.operator_label)
        status.addPermanentWidget(self.station_label)
        self._build_menus()
        self.quick_report_action = install_quick_report(self, self.context)
        self._restore_geometry()
        self.context.operator_changed.connect(self._on_context_operator_changed)
        self.context.issue_requested.connect(self._on_context_issue_requested)

    @property
    def services(self) -> Services | None:
        return self.context.services

    # menus

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.load_demo_action = QAction(self.tr("Load &demo plant…"), self)
        self.load_demo_action.setEnabled(False)
        self.load_demo_action.triggered.connect(self.offer_demo)
        file_menu.addAction(self.load_demo_action)
        open_folder = QAction(self.tr("Open &data folder"), self)
        open_folder.triggered.connect(self._on_open_folder_triggered)
        file_menu.addAction(open_folder)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        self.operator_action = QAction(self.tr("Choose &operator…"), self)
        self.operator_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.operator_action.setEnabled(False)
        self.operator_action.triggered.connect(lambda: self.context.choose_operator(self))
        settings_menu.addAction(self.operator_action)
        language_menu = settings_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        names = {"zh_CN": "简体中文", "en": "English"}
        current = language()
        for code in LANGUAGES:
            action = QAction(names[code], self, checkable=True)
            action.setChecked(code == current)
            action.setData(code)
            group.addAction(action)
            language_menu.addAction(action)
        group.triggered.connect(self._on_language_triggered)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About"), self)
        about.triggered.connect(self._on_about_triggered)
        help_menu.addAction(about)

    # services

    @Slot(object)
    def attach(self, opened: Opened) -> None:
        """The database is open: show its data, and offer the demo plant when it is empty."""
        services = opened.services
        location = services.db.location
        self.database_label.setText(self.tr("Database: {0}").format(location.url))
        self.database_label.setToolTip(location.url)
        self.station_label.setText(self.tr("Station: {0}").format(services.db.station.name))
        self.load_demo_action.setEnabled(True)
        self.operator_action.setEnabled(True)
        self.context.set_services(services)
        if opened.upgrade and opened.upgrade.backup:
            self.statusBar().showMessage(
                self.tr("Database upgraded; the previous version was saved as {0}").format(opened.upgrade.backup),
                15000,
            )
        self.services_attached.emit()
        if opened.empty:
            self.offer_demo()

    @Slot(object)
    def show_open_failure(self, exc: BaseException) -> None:
        self.database_label.setText(self.tr("No database open"))
        for tab in (self.org_tab, self.issues_tab, self.inspections_tab, self.scoring_tab):
            tab.empty.set_text(self.tr("No database open"), self.tr("See the message for what went wrong."))
        show_exception(self, exc, self.tr("The database could not be opened"))

    @Slot()
    def offer_demo(self) -> None:
        services = self.services
        if services is None:
            return
        if not services.org.is_empty():
            QMessageBox.information(
                self, self.tr("Demo plant"), self.tr("The demo plant can only be loaded into an empty database.")
            )
            return
        answer = QMessageBox.question(
            self,
            self.tr("Demo plant"),
            self.tr(
                "This database holds no plant yet. Load the demo water plant (one grid, six officers, "
                "five workshops, 58 staff) to look around? It can be used for training; real data needs an "
                "empty database."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        from gridapp.demo import load_demo

        actor = self.context.station_actor()
        run_with_progress(
            self,
            self.tr("Loading the demo plant…"),
            lambda progress: load_demo(services.db, actor, progress),
            lambda _result: self.context.set_services(services),
            name="load demo",
            failure_title=self.tr("The demo plant could not be loaded"),
        )

    @Slot(object)
    def _on_context_operator_changed(self, actor: Actor | None) -> None:
        self.operator_label.setText(
            self.tr("Operator: {0}").format(actor.name) if actor else self.tr("Operator: not chosen")
        )

    @Slot(object)
    def _on_context_issue_requested(self, issue_id: uuid.UUID) -> None:
        tab = self.issues_tab.build()
        if tab is not None:
            self.tabs.setCurrentWidget(self.issues_tab)
            tab.show_issue(issue_id)  # type: ignore[attr-defined]

    # slots

    @Slot()
    def _on_open_folder_triggered(self) -> None:
        folder = data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    @Slot(QAction)
    def _on_language_triggered(self, action: QAction) -> None:
        set_language(str(action.data()))
        QMessageBox.information(
            self, self.tr("Language"), self.tr("The new language takes effect when the program is started again.")
        )

    @Slot()
    def _on_about_triggered(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Red Grid Workstation"),
            self.tr(
                "<b>Red Grid Workstation</b> {0}<br>Grid governance for plants: organisation, issue board, "
                "inspection cards and scores.<br>Data folder: {1}"
            ).format(__version__, data_dir()),
        )

    # geometry

    def _restore_geometry(self) -> None:
        settings = app_settings()
        geometry = settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        state = settings.value("window/state")
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = app_settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        super().closeEvent(event)


# Each tab is imported and built when first shown with the database open (ui/lazy_tab.py): the window appears
# at once, the organisation tab is built as soon as the database is open, the others when first opened.


def _org_tab(context: AppContext) -> QWidget:
    from ui.org.tab import OrgTab

    return OrgTab(context)


def _issues_tab(context: AppContext) -> QWidget:
    from ui.issues.tab import IssuesTab

    return IssuesTab(context)


def _inspections_tab(context: AppContext) -> QWidget:
    from ui.inspections.tab import InspectionsTab

    return InspectionsTab(context)


def _scoring_board(context: AppContext) -> QWidget:
    from ui.scoring.board import ScoringBoard

    return ScoringBoard(context)
