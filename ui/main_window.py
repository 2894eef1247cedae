"""The main window: four tabs, menus, a status bar saying where the data is, and remembered geometry.

The window is shown before the database is open; the services arrive from a background task (see main.py)
through ``attach``, so the first paint never waits on SQLAlchemy or a slow disk.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QUrl, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabWidget, QVBoxLayout, QWidget

from gridapp import __version__
from gridapp.actor import Actor
from gridapp.paths import data_dir
from ui.alerts.centre import install_alerts
from ui.change_poll import ChangePoll
from ui.context import AppContext
from ui.errors import READ_ONLY_FILE, connection_state, show_exception
from ui.issues.report_action import install_quick_report
from ui.lazy_tab import LazyTab
from ui.progress import run_with_progress
from ui.scan_box import install_scan_box
from ui.session.flow import SessionFlow
from ui.settings import LANGUAGES, app_settings, language, set_language
from ui.todo.dock import install_todo

if TYPE_CHECKING:
    from gridapp.org.place_codes import ScannedPlace
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
        # A red banner when the audit chain failed its check (the database is then read-only), an orange one
        # when the file cannot be written (read-only too), a yellow one when this PC has no keyring for the key.
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(self.tabs, 1)
        column.addStretch(0)  # takes the space only while the tabs are hidden (before a login, while locked)
        self.setCentralWidget(central)

        self.database_label = QLabel(self.tr("Opening the database…"))
        self.station_label = QLabel()
        self.account_label = QLabel()
        self.account_label.setObjectName("accountLabel")
        self.demo_label = QLabel(self.tr("Demo data"))
        self.demo_label.setStyleSheet("color: white; background: #c05800; padding: 0 6px;")
        self.demo_label.hide()
        status = self.statusBar()
        status.addWidget(self.database_label, 1)
        status.addPermanentWidget(self.demo_label)
        status.addPermanentWidget(self.account_label)
        status.addPermanentWidget(self.station_label)
        self.session = SessionFlow(self, self.context)
        self.change_poll = ChangePoll(self)
        connection_state().changed.connect(self._on_connection_state_changed)
        self.context.services_changed.connect(self.change_poll.watch)
        self._build_menus()
        self.quick_report_action = install_quick_report(self, self.context)
        self.scan_action = install_scan_box(self, self.context, self._show_place)
        self.todo_dock = install_todo(self, self.context)
        self.alerts = install_alerts(self, self.context)
        self._restore_geometry()
        self.context.operator_changed.connect(self._on_context_operator_changed)
        self.context.issue_requested.connect(self._on_context_issue_requested)
        self.context.round_requested.connect(self._on_context_round_requested)

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
        from ui.backup.menu import install_backup

        self.backup_menu = install_backup(self, self.context, file_menu)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        account_menu = self.menuBar().addMenu(self.tr("&Account"))
        self.switch_user_action = QAction(self.tr("&Switch user…"), self)
        self.switch_user_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.switch_user_action.setEnabled(False)
        self.switch_user_action.triggered.connect(self.session.switch_user)
        account_menu.addAction(self.switch_user_action)
        self.lock_action = QAction(self.tr("&Lock the window"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setEnabled(False)
        self.lock_action.triggered.connect(self.session.lock)
        account_menu.addAction(self.lock_action)
        self.change_password_action = QAction(self.tr("&Change password…"), self)
        self.change_password_action.setEnabled(False)
        self.change_password_action.triggered.connect(self.session.change_password)
        account_menu.addAction(self.change_password_action)
        from ui.admin.menu import install_admin_menu

        self.admin_menu = install_admin_menu(self, self.context)
        from ui.sync.menu import install_sync

        self.sync_menu = install_sync(self, self.context)

        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
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
        self.context.set_services(services)
        self._show_chain(opened)
        if opened.upgrade and opened.upgrade.backup:
            self.statusBar().showMessage(
                self.tr("Database upgraded; the previous version was saved as {0}").format(opened.upgrade.backup),
                15000,
            )
        self.services_attached.emit()
        self.session.begin(self.offer_demo if opened.empty else None)

    def _show_chain(self, opened: Opened) -> None:
        from ui.session.words import breach_text

        breach = opened.chain.breach
        if breach is not None:
            self.banner.setText(breach_text(breach))
            self.banner.setStyleSheet("background: #b00020; color: white; padding: 6px; font-weight: bold;")
            self.banner.show()
        elif opened.services.db.read_only == READ_ONLY_FILE:
            self.banner.setText(
                self.tr(
                    "This database file cannot be written on this PC (the file or its folder is read-only), so it "
                    "is open for reading only: you can browse and print, but nothing can be changed. Once it can be "
                    "written, close the program and open the database again."
                )
            )
            self.banner.setStyleSheet("background: #ffd27a; color: black; padding: 6px; font-weight: bold;")
            self.banner.show()
        elif not opened.chain.keyed and opened.chain.records:
            self.banner.setText(
                self.tr(
                    "This PC has no secure key store (keyring), so the audit trail is kept without a secret key: "
                    "edits by other programs are still found, but someone who can write the database file could "
                    "forge a consistent trail. Use a PC with Windows Credential Manager or a Linux keyring."
                )
            )
            self.banner.setStyleSheet("background: #ffe08a; color: black; padding: 6px;")
            self.banner.show()
        else:
            self.banner.hide()

    @Slot(object)
    def show_open_failure(self, exc: BaseException) -> None:
        from ui.backup.upgrade import confirm_upgrade_without_backup

        self.session.cancel_early()
        if confirm_upgrade_without_backup(self, exc):
            return
        self.database_label.setText(self.tr("No database open"))
        for tab in (self.org_tab, self.issues_tab, self.inspections_tab, self.scoring_tab):
            tab.empty.set_text(self.tr("No database open"), self.tr("See the message for what went wrong."))
        show_exception(self, exc, self.tr("The database could not be opened"))

    @Slot()
    def offer_demo(self, then: object = None) -> None:
        """Offer the demo plant (with demo accounts sharing one password the user chooses); ``then`` runs after,
        whether it was loaded or not (the login follows it at first start)."""
        services = self.services
        after = then if callable(then) else (lambda: None)
        if services is None:
            return
        if not services.org.is_empty():
            QMessageBox.information(
                self, self.tr("Demo plant"), self.tr("The demo plant can only be loaded into an empty database.")
            )
            after()
            return
        from ui.session.dialogs import DemoDialog

        dialog = DemoDialog(services.security.accounts, self)
        if dialog.exec() != DemoDialog.DialogCode.Accepted:
            after()
            return
        from gridapp.demo import load_demo

        actor = self.context.station_actor()
        password = dialog.password

        def loaded(_result: object) -> None:
            self.context.set_services(services)
            self._show_demo_label()
            after()

        run_with_progress(
            self,
            self.tr("Loading the demo plant…"),
            lambda progress: load_demo(services.db, actor, progress, demo_password=password),
            loaded,
            name="load demo",
            failure_title=self.tr("The demo plant could not be loaded"),
        )

    def _show_demo_label(self) -> None:
        services = self.services
        self.demo_label.setVisible(services is not None and services.security.accounts.has_demo_accounts())

    @Slot(object)
    def _on_context_operator_changed(self, actor: Actor | None) -> None:
        self.switch_user_action.setEnabled(actor is not None)
        self.lock_action.setEnabled(actor is not None)
        self.change_password_action.setEnabled(actor is not None)
        self._show_demo_label()
        if actor is None:
            self.account_label.setText(self.tr("Not logged in"))
        elif actor.person_id is None:
            self.account_label.setText(self.tr("Logged in: {0} (system account)").format(actor.login))
        else:
            self.account_label.setText(self.tr("Logged in: {0} ({1})").format(actor.name, actor.login))
        login = self.context.login
        if login and login.password_expires_on:
            from gridapp.times import plant_today

            days = (login.password_expires_on - plant_today()).days
            if days <= 7:
                self.statusBar().showMessage(
                    self.tr("Your password expires in {0} days (Account → Change password).").format(max(days, 0)),
                    30000,
                )

    @Slot(bool)
    def _on_connection_state_changed(self, lost: bool) -> None:
        services = self.services
        if not lost:
            self.statusBar().clearMessage()
        elif services is not None and services.db.location.is_sqlite:
            self.statusBar().showMessage(self.tr("The database file cannot be read; retrying…"))
        else:
            self.statusBar().showMessage(self.tr("Connection to the server lost; retrying…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.WindowStateChange:
            self.change_poll.paused = self.isMinimized()  # nobody looks; the first poll after catches up
        super().changeEvent(event)

    @Slot(object)
    def _on_context_issue_requested(self, issue_id: uuid.UUID) -> None:
        tab = self.issues_tab.build()
        if tab is not None:
            self.tabs.setCurrentWidget(self.issues_tab)
            tab.show_issue(issue_id)  # type: ignore[attr-defined]

    @Slot(object, object)
    def _on_context_round_requested(self, round_id: uuid.UUID, item_id: uuid.UUID | None) -> None:
        tab = self.inspections_tab.build()
        if tab is not None:
            self.tabs.setCurrentWidget(self.inspections_tab)
            tab.show_round(round_id, item_id)  # type: ignore[attr-defined]

    def _show_place(self, place: ScannedPlace) -> None:
        """A scanned area or post, shown in the organisation tab (its unit, and the area in the areas page)."""
        tab = self.org_tab.build()
        if tab is not None:
            self.tabs.setCurrentWidget(self.org_tab)
            tab.show_place(place.unit_id, place.area_id)  # type: ignore[attr-defined]

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
        self.change_poll.watch(None)  # nothing polls a database about to be closed
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
