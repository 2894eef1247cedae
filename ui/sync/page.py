"""The sync window: set-up, this database's identity and settings, its peers with sync now / export / import and
station registration, the conflict archive with restore, and the history of exchanges.

It reads through ``services.sync`` only and refreshes on change notices (a merge is a write like any other).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QStandardPaths, Qt, QTimer, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gridapp.security.rights import Right
from gridapp.sync.kinds import ConflictReason, Role
from gridapp.sync.service import ConflictRow, IdentityRow, PeerRow, Received, Written
from gridapp.times import plant_today
from ui.admin.messages import show_refusal
from ui.scoring.page import button_row, set_widths, table_view
from ui.settings import app_settings
from ui.sync.menu import Guard
from ui.sync.models import (
    ConflictColumn,
    ConflictModel,
    FieldModel,
    HistoryColumn,
    HistoryModel,
    PeerColumn,
    PeerModel,
    field_rows,
)
from ui.sync.words import plant_time, problem_text, reason_label, role_label, table_label
from ui.sync.work import network_sync, run_sync

if TYPE_CHECKING:
    from gridapp.changes import Notice
    from ui.context import AppContext

SUFFIX = ".rgsync"
SETTLE_MS = 300
FOLDER_KEY = "sync/folder"


def _key_font() -> QFont:
    font = QFont("monospace")
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSizeF(font.pointSizeF() * 1.2)
    font.setBold(True)
    return font


class SyncDialog(QDialog):
    """Non-modal; one per login (the menu closes it when someone else logs in: it acts as the one who opened it)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None, guard: Guard | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncDialog")
        self.setWindowTitle(self.tr("Sync with the plant and stations"))
        self._context = context
        self.guard = guard or Guard()
        self.me: IdentityRow | None = None
        self.last_result = ""

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_overview(), self.tr("Overview"))
        self.tabs.addTab(self._build_conflicts(), self.tr("Conflict archive"))
        self.tabs.addTab(self._build_history(), self.tr("History"))
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        column = QVBoxLayout(self)
        column.addWidget(self.tabs, 1)
        column.addLayout(button_row(None, close))

        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.refresh)
        context.noticed.connect(self._on_context_noticed)
        self.resize(1180, 720)
        self.refresh()

    # -- building ----------------------------------------------------------------------------------------------------

    def _build_overview(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)

        # set-up, shown while this database has no sync identity
        self.setup_box = QGroupBox(self.tr("Set up sync for this database"))
        self.plant_radio = QRadioButton(self.tr("This database is the plant (the stations exchange with it)"))
        self.station_radio = QRadioButton(self.tr("This PC is a pump station (it exchanges with the plant)"))
        self.plant_radio.setChecked(True)
        kinds = QButtonGroup(self.setup_box)
        kinds.addButton(self.plant_radio)
        kinds.addButton(self.station_radio)
        self.setup_name = QLineEdit()
        self.setup_name.setObjectName("setupName")
        self.setup_name.setMaxLength(80)
        self.setup_code = QLineEdit()
        self.setup_code.setObjectName("setupCode")
        self.setup_code.setMaxLength(4)
        self.setup_code.setPlaceholderText("B2")
        self.setup_code_hint = QLabel(
            self.tr(
                "The station's series in issue numbers: an issue reported here is numbered 2026-B2-0001, so numbers "
                "made at different stations never collide. 1 to 4 capital letters or digits, starting with a letter."
            )
        )
        self.setup_code_hint.setWordWrap(True)
        self.setup_button = QPushButton(self.tr("Set up"))
        self.setup_button.setObjectName("setupButton")
        self.setup_button.clicked.connect(self._on_setup_button_clicked)
        self.setup_rights = QLabel(self.tr("Only the system administrator sets up sync."))
        self.setup_rights.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.plant_radio)
        form.addRow(self.station_radio)
        form.addRow(self.tr("Name"), self.setup_name)
        self.code_label = QLabel(self.tr("Station code"))
        form.addRow(self.code_label, self.setup_code)
        form.addRow("", self.setup_code_hint)
        form.addRow(self.setup_rights, self.setup_button)
        self.setup_box.setLayout(form)
        self.station_radio.toggled.connect(self._show_setup_fields)
        column.addWidget(self.setup_box)

        # identity and settings, side by side
        self.identity_box = QGroupBox(self.tr("This database"))
        self.role_value = QLabel()
        self.name_value = QLabel()
        self.code_value = QLabel()
        self.key_value = QLabel()
        self.key_value.setObjectName("keyCode")
        self.key_value.setFont(_key_font())
        self.key_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_held = QLabel()
        self.key_held.setWordWrap(True)
        identity_form = QFormLayout()
        identity_form.addRow(self.tr("Role"), self.role_value)
        identity_form.addRow(self.tr("Name"), self.name_value)
        identity_form.addRow(self.tr("Code"), self.code_value)
        identity_form.addRow(self.tr("Key code"), self.key_value)
        identity_form.addRow("", self.key_held)
        self.identity_box.setLayout(identity_form)

        self.settings_box = QGroupBox(self.tr("Settings"))
        self.warn_days = QSpinBox()
        self.warn_days.setObjectName("warnDays")
        self.warn_days.setRange(1, 365)
        self.warn_days.setSuffix(self.tr(" days"))
        self.every_minutes = QSpinBox()
        self.every_minutes.setObjectName("everyMinutes")
        self.every_minutes.setRange(0, 24 * 60)
        self.every_minutes.setSuffix(self.tr(" min"))
        self.every_minutes.setSpecialValueText(self.tr("off"))
        self.plant_url = QLineEdit()
        self.plant_url.setObjectName("plantUrl")
        self.plant_url.setPlaceholderText("postgresql://station_b2@plant-server/gridapp")
        self.plant_password = QLineEdit()
        self.plant_password.setObjectName("plantPassword")
        self.plant_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.plant_password.setPlaceholderText(self.tr("kept in this PC's keyring; empty: unchanged"))
        self.save_settings_button = QPushButton(self.tr("Save settings"))
        self.save_settings_button.setObjectName("saveSettings")
        self.save_settings_button.clicked.connect(self._on_save_settings_button_clicked)
        settings_form = QFormLayout()
        settings_form.addRow(self.tr("Warn when not synced for"), self.warn_days)
        self.every_label = QLabel(self.tr("Sync over the network every"))
        settings_form.addRow(self.every_label, self.every_minutes)
        self.url_label = QLabel(self.tr("Plant's database"))
        settings_form.addRow(self.url_label, self.plant_url)
        self.password_label = QLabel(self.tr("Password"))
        settings_form.addRow(self.password_label, self.plant_password)
        settings_form.addRow("", self.save_settings_button)
        self.settings_box.setLayout(settings_form)
        boxes = QHBoxLayout()
        boxes.addWidget(self.identity_box, 1)
        boxes.addWidget(self.settings_box, 1)
        column.addLayout(boxes)

        # peers
        self.peers_label = QLabel()
        self.peers_label.setWordWrap(True)
        column.addWidget(self.peers_label)
        self.peer_model = PeerModel(self)
        self.peers_view = table_view("syncPeers", self.peer_model)
        set_widths(
            self.peers_view,
            {
                PeerColumn.NAME: 8,
                PeerColumn.ROLE: 6,
                PeerColumn.CODE: 3,
                PeerColumn.KEY_CODE: 16,
                PeerColumn.ACTIVE: 3,
                PeerColumn.WAITING: 5,
                PeerColumn.LAST_SYNC: 9,
                PeerColumn.WAY: 3,
                PeerColumn.WRITTEN: 14,
            },
        )
        self.peers_view.selectionModel().currentRowChanged.connect(self._on_peer_current_changed)
        column.addWidget(self.peers_view, 1)

        self.sync_now_button = QPushButton(self.tr("Sync now"))
        self.sync_now_button.setObjectName("syncNow")
        self.sync_now_button.clicked.connect(self.sync_now)
        self.export_button = QPushButton(self.tr("Export sync file…"))
        self.export_button.setObjectName("exportFile")
        self.export_button.clicked.connect(self.export_file)
        self.import_button = QPushButton(self.tr("Import sync file…"))
        self.import_button.setObjectName("importFile")
        self.import_button.clicked.connect(self.import_file)
        self.request_button = QPushButton(self.tr("Write registration file…"))
        self.request_button.setObjectName("writeRequest")
        self.request_button.setToolTip(
            self.tr("A first file for the plant: the plant registers this station from it (its name and key code).")
        )
        self.request_button.clicked.connect(self.write_request)
        self.register_button = QPushButton(self.tr("Register station…"))
        self.register_button.setObjectName("registerStation")
        self.register_button.clicked.connect(self.register_station)
        self.active_button = QPushButton(self.tr("Deactivate"))
        self.active_button.setObjectName("toggleActive")
        self.active_button.clicked.connect(self._on_active_button_clicked)
        column.addLayout(
            button_row(
                self.sync_now_button,
                self.export_button,
                self.import_button,
                None,
                self.request_button,
                self.register_button,
                self.active_button,
            )
        )
        self.result_label = QLabel()
        self.result_label.setObjectName("syncResult")
        self.result_label.setWordWrap(True)
        column.addWidget(self.result_label)
        return page

    def _build_conflicts(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        intro = QLabel(
            self.tr(
                "When the same record was changed on two PCs before they synced, the later change is kept everywhere "
                "and the other is archived here. Compare the values; restore the one that lost if it was right "
                "(it becomes a new change and reaches every PC at the next sync), or ignore it."
            )
        )
        intro.setWordWrap(True)
        column.addWidget(intro)
        self.show_resolved = QCheckBox(self.tr("Show resolved ones too"))
        self.show_resolved.toggled.connect(self._refresh_conflicts)
        column.addWidget(self.show_resolved)
        self.conflict_model = ConflictModel(self)
        self.conflicts_view = table_view("syncConflicts", self.conflict_model)
        set_widths(
            self.conflicts_view,
            {ConflictColumn.TIME: 9, ConflictColumn.TABLE: 16, ConflictColumn.REASON: 18, ConflictColumn.FROM: 8},
        )
        self.conflicts_view.selectionModel().currentRowChanged.connect(self._on_conflict_current_changed)
        self.conflict_title = QLabel()
        self.conflict_title.setWordWrap(True)
        self.differences_only = QCheckBox(self.tr("Only the fields that differ"))
        self.differences_only.setChecked(True)
        self.differences_only.toggled.connect(self._show_conflict)
        self.field_model = FieldModel(self)
        self.fields_view = table_view("conflictFields", self.field_model)
        self.fields_view.setWordWrap(True)
        set_widths(self.fields_view, {0: 10, 1: 24})
        detail = QWidget()
        detail_column = QVBoxLayout(detail)
        detail_column.setContentsMargins(0, 0, 0, 0)
        detail_column.addWidget(self.conflict_title)
        detail_column.addWidget(self.differences_only)
        detail_column.addWidget(self.fields_view, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.conflicts_view)
        splitter.addWidget(detail)
        column.addWidget(splitter, 1)
        self.restore_button = QPushButton(self.tr("Restore this value"))
        self.restore_button.setObjectName("restoreConflict")
        self.restore_button.clicked.connect(self.restore_conflict)
        self.dismiss_button = QPushButton(self.tr("Ignore"))
        self.dismiss_button.setObjectName("dismissConflict")
        self.dismiss_button.clicked.connect(self.dismiss_conflict)
        self.conflict_rights = QLabel()
        column.addLayout(button_row(self.conflict_rights, None, self.restore_button, self.dismiss_button))
        return page

    def _build_history(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        self.history_model = HistoryModel(self)
        self.history_view = table_view("syncHistory", self.history_model)
        set_widths(
            self.history_view,
            {
                HistoryColumn.TIME: 9,
                HistoryColumn.PEER: 7,
                HistoryColumn.WAY: 3,
                HistoryColumn.DIRECTION: 3,
                HistoryColumn.FILE: 16,
                HistoryColumn.ROWS: 4,
                HistoryColumn.PHOTOS: 3,
                HistoryColumn.CONFLICTS: 3,
                HistoryColumn.SIZE: 5,
                HistoryColumn.BY: 5,
            },
        )
        column.addWidget(self.history_view, 1)
        return page

    # -- refreshing --------------------------------------------------------------------------------------------------

    @property
    def _sync(self) -> Any:
        assert self._context.services is not None
        return self._context.services.sync

    def _may(self, right: Right) -> bool:
        return self._context.actor is not None and self._context.may(right)

    @Slot()
    def refresh(self) -> None:
        if self._context.services is None:
            return
        self.me = me = self._sync.identity()
        self.setup_box.setVisible(me is None)
        self.identity_box.setVisible(me is not None)
        self.settings_box.setVisible(me is not None)
        may_setup = self._may(Right.SYNC_SETUP)
        self.setup_button.setEnabled(may_setup)
        self.setup_rights.setVisible(not may_setup)
        self._show_setup_fields()
        if me is not None:
            self._show_identity(me, may_setup)
        self._refresh_peers()
        self._refresh_conflicts()
        self.history_model.set_rows(self._sync.history())

    def _show_setup_fields(self) -> None:
        station = self.station_radio.isChecked()
        for widget in (self.code_label, self.setup_code, self.setup_code_hint):
            widget.setVisible(station)

    def _show_identity(self, me: IdentityRow, may_setup: bool) -> None:
        station = me.role == Role.STATION
        self.role_value.setText(role_label(me.role))
        self.name_value.setText(me.name)
        self.code_value.setText(me.code or "—")
        self.key_value.setText(me.key_code)
        self.key_value.setToolTip(self.tr("Compare these digits with the other PC's screen when registering."))
        if me.has_key:
            self.key_held.setText(self.tr("This PC holds the key: it can sign sync files."))
        else:
            self.key_held.setText(
                self.tr(
                    "This PC does not hold the key, so it cannot write sync files. Export and import on the PC "
                    "where sync was set up."
                )
            )
        if not self.warn_days.hasFocus():
            self.warn_days.setValue(me.warn_after_days)
            self.every_minutes.setValue(me.every_minutes)
            self.plant_url.setText(me.plant_url)
        for widget in (self.every_label, self.every_minutes, self.url_label, self.plant_url):
            widget.setVisible(station)
        for widget in (self.password_label, self.plant_password):
            widget.setVisible(station)
        for widget in (self.warn_days, self.every_minutes, self.plant_url, self.plant_password):
            widget.setEnabled(may_setup)
        self.save_settings_button.setEnabled(may_setup)

    def _refresh_peers(self) -> None:
        current = self.selected_peer()
        peers = self._sync.peers() if self.me is not None else []
        self.peer_model.set_rows(peers)
        if current is not None:
            for row, peer in enumerate(peers):
                if peer.id == current.id:
                    self.peers_view.selectRow(row)
        me = self.me
        if me is None:
            self.peers_label.setText(self.tr("Set up sync first (above)."))
        elif me.role == Role.PLANT:
            self.peers_label.setText(
                self.tr("The pump stations registered here. Register a station from its registration file.")
            )
        elif not peers:
            self.peers_label.setText(
                self.tr(
                    "Not yet joined to the plant: write a registration file and take it to the plant, where it is "
                    "registered; then import the first file the plant exports for this station."
                )
            )
        else:
            self.peers_label.setText(self.tr("The plant this station exchanges with."))
        self._enable_buttons()

    def _enable_buttons(self) -> None:
        me, may_run, may_setup = self.me, self._may(Right.SYNC_RUN), self._may(Right.SYNC_SETUP)
        busy = self.guard.busy
        plant, station = me is not None and me.role == Role.PLANT, me is not None and me.role == Role.STATION
        active = [p for p in self.peer_model.rows() if p.active]
        self.sync_now_button.setVisible(station)
        self.sync_now_button.setEnabled(station and may_run and bool(me and me.plant_url) and bool(active) and not busy)
        if station and not (me and me.plant_url):
            self.sync_now_button.setToolTip(self.tr("Enter the plant's database in the settings first."))
        else:
            self.sync_now_button.setToolTip("")
        self.export_button.setEnabled(me is not None and may_run and bool(active) and not busy)
        self.import_button.setEnabled(me is not None and may_run and not busy)
        self.request_button.setVisible(station and not self.peer_model.rows())
        self.request_button.setEnabled(station and may_run)
        self.register_button.setVisible(plant)
        self.register_button.setEnabled(plant and may_setup)
        peer = self.selected_peer()
        self.active_button.setVisible(plant)
        self.active_button.setEnabled(plant and may_setup and peer is not None)
        self.active_button.setText(
            self.tr("Reactivate") if peer is not None and not peer.active else self.tr("Deactivate")
        )

    @Slot()
    def _refresh_conflicts(self) -> None:
        if self._context.services is None:
            return
        current = self.selected_conflict()
        conflicts = self._sync.conflicts(open_only=not self.show_resolved.isChecked())
        self.conflict_model.set_rows(conflicts)
        open_count = sum(c.resolved_at is None for c in conflicts)
        self.tabs.setTabText(
            1, self.tr("Conflict archive ({0})").format(open_count) if open_count else self.tr("Conflict archive")
        )
        if current is not None:
            for row, conflict in enumerate(conflicts):
                if conflict.id == current.id:
                    self.conflicts_view.selectRow(row)
        self._show_conflict()

    @Slot(object)
    def _on_context_noticed(self, notice: Notice) -> None:
        # Any write changes the count of changes waiting; sync's own tables change everything else here.
        self._settle.start()

    # -- selection ---------------------------------------------------------------------------------------------------

    def selected_peer(self) -> PeerRow | None:
        return self.peer_model.row(self.peers_view.currentIndex())

    def selected_conflict(self) -> ConflictRow | None:
        return self.conflict_model.row(self.conflicts_view.currentIndex())

    @Slot(QModelIndex, QModelIndex)
    def _on_peer_current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._enable_buttons()

    @Slot(QModelIndex, QModelIndex)
    def _on_conflict_current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_conflict()

    @Slot()
    def _show_conflict(self) -> None:
        conflict = self.selected_conflict()
        self.field_model.set_rows(field_rows(conflict, self.differences_only.isChecked()))
        if conflict is None:
            self.conflict_title.setText(self.tr("Choose a conflict to compare its values."))
        else:
            self.conflict_title.setText(
                self.tr("{0}, {1}: {2}. The value that lost came from {3}.").format(
                    plant_time(conflict.at),
                    table_label(conflict.table),
                    reason_label(conflict.reason),
                    conflict.lost_origin or self.tr("an unknown PC"),
                )
            )
        may = self._may(Right.SYNC_CONFLICTS)
        open_ = conflict is not None and conflict.resolved_at is None
        restorable = (
            open_
            and conflict is not None
            and conflict.lost is not None
            and conflict.kept is not None
            and conflict.reason != ConflictReason.PLANT_ONLY
            and conflict.table not in ("issue", "issue_event")
        )
        self.restore_button.setEnabled(may and restorable)
        self.dismiss_button.setEnabled(may and open_)
        self.conflict_rights.setText("" if may else self.tr("Your account may look at conflicts but not resolve them."))

    # -- set-up and settings -----------------------------------------------------------------------------------------

    @Slot()
    def _on_setup_button_clicked(self) -> None:
        actor = self._context.actor
        if actor is None:
            return
        try:
            if self.station_radio.isChecked():
                self._sync.set_up_station(actor, self.setup_name.text(), self.setup_code.text())
            else:
                self._sync.set_up_plant(actor, self.setup_name.text())
        except Exception as exc:
            self.show_problem(exc, self.tr("Sync could not be set up"))
            return
        self.refresh()

    @Slot()
    def _on_save_settings_button_clicked(self) -> None:
        actor, me = self._context.actor, self.me
        if actor is None or me is None:
            return
        url, password = self.plant_url.text().strip(), self.plant_password.text()
        try:
            if me.role == Role.STATION and url:
                url, password = _url_and_password(url, password)
            self._sync.configure(
                actor,
                self.warn_days.value(),
                self.every_minutes.value() if me.role == Role.STATION else 0,
                url if me.role == Role.STATION else None,
            )
        except Exception as exc:
            self.show_problem(exc, self.tr("The settings were not saved"))
            return
        self.plant_password.clear()
        self.refresh()
        self.show_result(self.tr("Settings saved."))

    # -- the exchanges -----------------------------------------------------------------------------------------------

    def _start(self, label: str, work: Any, done: Any, title: str, then: Any = None) -> None:
        """Run ``work`` with progress; ``then(exc)`` may take a failure over (returns True when it did)."""
        self.guard.busy = True
        self._enable_buttons()

        def finished() -> None:
            self.guard.busy = False
            self._enable_buttons()

        def failed(exc: BaseException) -> None:
            if then is not None and then(exc):
                return
            self.show_problem(exc, title)
            self.refresh()

        task = run_sync(
            self,
            label,
            work,
            done,
            failed,
            lambda: self.show_result(self.tr("Cancelled. Nothing was changed.")),
            name=label,
        )
        task.finished.connect(finished)

    @Slot()
    def sync_now(self, confirmed: str = "") -> None:
        """``confirmed``: the plant's key code, compared by the user at the first contact."""
        actor, me, services = self._context.actor, self.me, self._context.services
        if actor is None or me is None or services is None or not me.plant_url or self.guard.busy:
            return

        def done(result: tuple[Any, Any]) -> None:
            there, here = result
            self.refresh()
            self.show_result(
                self.tr("Synced with the plant: {0} changes sent, {1} received, {2} conflicts archived.").format(
                    there.rows, here.rows, there.conflicts + here.conflicts
                )
            )

        self._start(
            self.tr("Syncing with the plant…"),
            network_sync(services, actor, me.plant_url, confirmed),
            done,
            self.tr("Sync with the plant did not work"),
            self._first_contact if not confirmed else None,
        )

    def _first_contact(self, exc: BaseException) -> bool:
        """The station meets its plant by network for the first time: compare the key code, then sync again."""
        from gridapp.sync.bundle import BundleRefused
        from gridapp.sync.kinds import Refusal

        if not isinstance(exc, BundleRefused) or exc.refusal is not Refusal.PLANT_NOT_CONFIRMED:
            return False
        code = self._compare_plant_code(str(exc.facts.get("name", "")), str(exc.facts.get("code", "")))
        if isinstance(code, str):
            QTimer.singleShot(0, lambda: self.sync_now(code))  # once this task has finished
        return True

    def _choose_peer(self) -> PeerRow | None:
        peers = [p for p in self.peer_model.rows() if p.active]
        if len(peers) <= 1:
            return peers[0] if peers else None
        selected = self.selected_peer()
        names = [f"{p.name} ({p.code})" if p.code else p.name for p in peers]
        current = peers.index(selected) if selected in peers else 0
        name, ok = QInputDialog.getItem(
            self, self.tr("Export sync file"), self.tr("For which station?"), names, current, False
        )
        return peers[names.index(name)] if ok and name in names else None

    def _folder(self) -> Path:
        stored = app_settings().value(FOLDER_KEY, "")
        if stored and Path(str(stored)).is_dir():
            return Path(str(stored))
        return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))

    def _file_filter(self) -> str:
        return self.tr("Sync files (*.rgsync)")

    @Slot()
    def export_file(self) -> None:
        actor = self._context.actor
        if actor is None or self.me is None or self.guard.busy:
            return
        peer = self._choose_peer()
        if peer is None:
            return
        suggested = self._sync.file_name(peer.id, plant_today())
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export sync file for {0}").format(peer.name), str(self._folder() / suggested),
            self._file_filter(),
        )  # fmt: skip
        if not name:
            return
        path = Path(name if name.lower().endswith(SUFFIX) else name + SUFFIX)
        app_settings().setValue(FOLDER_KEY, str(path.parent))
        sync = self._sync

        def done(written: Written) -> None:
            self.refresh()
            self.show_result(
                self.tr("Written {0}: {1} changes and {2} photos for {3}. Take it to {3} and import it there.").format(
                    written.path, written.rows, written.blobs, peer.name
                )
            )

        self._start(
            self.tr("Writing the sync file for {0}…").format(peer.name),
            lambda progress, cancelled: sync.export_file(actor, peer.id, path, progress, cancelled),
            done,
            self.tr("The sync file was not written"),
        )

    @Slot()
    def import_file(self) -> None:
        actor, me = self._context.actor, self.me
        if actor is None or me is None or self.guard.busy:
            return
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import sync file"), str(self._folder()), self._file_filter()
        )
        if not name:
            return
        path = Path(name)
        app_settings().setValue(FOLDER_KEY, str(path.parent))
        if _is_request(path):
            QMessageBox.information(
                self,
                self.tr("Import sync file"),
                self.tr(
                    "This is a station's registration file, which holds no changes. At the plant, register the "
                    "station from it with “Register station…”."
                ),
            )
            return
        trust = self._confirm_plant_if_new(path)
        if trust is False:
            return
        reply_folder: Path | None = None
        if me.role == Role.PLANT:
            answer = QMessageBox.question(
                self,
                self.tr("Return file"),
                self.tr(
                    "After reading the file, write the return file for the station (the plant's changes it "
                    "lacks)? You choose the folder next; the file's own folder is suggested."
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.Yes,
            )
            if answer == QMessageBox.StandardButton.Yes:
                folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the return file"), str(path.parent))
                if not folder:
                    return
                reply_folder = Path(folder)
        sync = self._sync
        confirmed = trust if isinstance(trust, str) else None

        def trust_plant(_name: str, code: str) -> bool:
            return confirmed is not None and code == confirmed

        def done(received: Received) -> None:
            self.refresh()
            merged = received.merged
            text = self.tr("Read the file from {0}: {1} changes, {2} photos, {3} conflicts archived.").format(
                received.peer_name, merged.rows, merged.blobs, merged.conflicts
            )
            if merged.refused:
                text += " " + self.tr("{0} changes to accounts or rights were refused (they are set at the plant).")
                text = text.format(merged.refused)
            if received.reply is not None:
                text += " " + self.tr("Return file written: {0}. Take it back to the station.").format(
                    received.reply.path
                )
            if merged.conflicts:
                text += " " + self.tr("See the conflict archive.")
            self.show_result(text)

        self._start(
            self.tr("Reading the sync file…"),
            lambda progress, cancelled: sync.import_file(
                actor, path, reply_folder, trust_plant=trust_plant, progress=progress, cancelled=cancelled
            ),
            done,
            self.tr("The sync file was not read"),
        )

    def _confirm_plant_if_new(self, path: Path) -> str | bool | None:
        """At a station's first file from the plant: the plant's key code, once the user compared it (a string);
        False when they did not confirm; None when nothing needs confirming (the service refuses what is wrong)."""
        me = self.me
        if me is None or me.role != Role.STATION:
            return None
        try:
            sender = self._sync.sender_of(path)
        except Exception:
            return None  # the import itself says what is wrong with the file
        if sender.role != Role.PLANT or any(p.id == sender.id for p in self.peer_model.rows()):
            return None
        return self._compare_plant_code(sender.name, sender.key_code)

    def _compare_plant_code(self, name: str, code: str) -> str | bool:
        """The plant's key code once the user has compared it with the plant's screen; False when they did not."""
        answer = QMessageBox.question(
            self,
            self.tr("The plant's key code"),
            self.tr(
                "This is the first file from the plant {0}. Its key code is\n\n{1}\n\nCompare it digit by digit "
                "with the key code shown on the plant's sync page. Do they match?"
            ).format(name, code),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return code if answer == QMessageBox.StandardButton.Yes else False

    @Slot()
    def write_request(self) -> None:
        """At a station: the file the plant registers it from."""
        actor, me = self._context.actor, self.me
        if actor is None or me is None:
            return
        safe = "".join(c if c not in '\\/:*?"<>| ' else "-" for c in me.name) or "station"
        suffix = self.tr("registration")
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Write registration file"),
            str(self._folder() / f"{safe}-{suffix}{SUFFIX}"),
            self._file_filter(),
        )
        if not name:
            return
        path = Path(name if name.lower().endswith(SUFFIX) else name + SUFFIX)
        app_settings().setValue(FOLDER_KEY, str(path.parent))
        try:
            self._sync.write_request(actor, path)
        except Exception as exc:
            self.show_problem(exc, self.tr("The registration file was not written"))
            return
        self.show_result(
            self.tr(
                "Written {0}. At the plant, choose “Register station…” with this file and compare the key code "
                "{1} with this screen."
            ).format(path, me.key_code)
        )

    @Slot()
    def register_station(self) -> None:
        actor = self._context.actor
        if actor is None:
            return
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Register station: its registration or sync file"), str(self._folder()), self._file_filter()
        )
        if not name:
            return
        path = Path(name)
        from gridapp.sync import bundle, keys
        from gridapp.sync.bundle import BundleRefused
        from gridapp.sync.kinds import Refusal

        try:
            sender = bundle.read_header(path).get("from") or {}
            if sender.get("role") != Role.STATION:
                raise BundleRefused(Refusal.SAME_ROLE)
            station, code, key_code = str(sender.get("name", "")), str(sender.get("code", "")), ""
            key_code = keys.code(str(sender["public_key"]))
        except Exception as exc:
            self.show_problem(_as_refusal(exc), self.tr("The station was not registered"))
            return
        answer = QMessageBox.question(
            self,
            self.tr("Register station"),
            self.tr(
                "Register the pump station {0} (code {1})?\n\nIts key code is\n\n{2}\n\nCompare it digit by digit "
                "with the key code on the station's sync page. Register only if they match."
            ).format(station, code or "—", key_code),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            peer = self._sync.register_station(actor, path)
        except Exception as exc:
            self.show_problem(_as_refusal(exc), self.tr("The station was not registered"))
            return
        self.refresh()
        self.show_result(
            self.tr("{0} is registered. Export a sync file for it and take it to the station.").format(peer.name)
        )

    @Slot()
    def _on_active_button_clicked(self) -> None:
        actor, peer = self._context.actor, self.selected_peer()
        if actor is None or peer is None:
            return
        if peer.active:
            answer = QMessageBox.question(
                self,
                self.tr("Deactivate station"),
                self.tr(
                    "Stop accepting files from {0}? Do this for a lost or replaced PC; a new PC is registered "
                    "again from its own file."
                ).format(peer.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            self._sync.set_active(actor, peer.id, not peer.active)
        except Exception as exc:
            self.show_problem(exc, self.tr("Not changed"))
            return
        self.refresh()

    # -- conflicts ---------------------------------------------------------------------------------------------------

    @Slot()
    def restore_conflict(self) -> None:
        actor, conflict = self._context.actor, self.selected_conflict()
        if actor is None or conflict is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore this value"),
            self.tr(
                "Put the value that lost back into this {0}? It becomes a new change made here and reaches every "
                "PC at the next sync."
            ).format(table_label(conflict.table)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._sync.restore(actor, conflict.id)
        except Exception as exc:
            self.show_problem(exc, self.tr("The value was not restored"))
            return
        self.refresh()
        self.show_result(self.tr("The value was restored."))

    @Slot()
    def dismiss_conflict(self) -> None:
        actor, conflict = self._context.actor, self.selected_conflict()
        if actor is None or conflict is None:
            return
        try:
            self._sync.dismiss(actor, conflict.id)
        except Exception as exc:
            self.show_problem(exc, self.tr("Not changed"))
            return
        self.refresh()

    # -- words -------------------------------------------------------------------------------------------------------

    def show_result(self, text: str) -> None:
        self.last_result = text
        self.result_label.setText(text)

    def show_problem(self, exc: BaseException, title: str) -> None:
        text = problem_text(exc)
        if text is not None:
            self.last_result = text
            QMessageBox.warning(self, title, text)
        else:
            show_refusal(self, exc, title)


def _is_request(path: Path) -> bool:
    from gridapp.sync.service import SyncService

    try:
        return SyncService.sender_of(path).is_request
    except Exception:
        return False  # the import says what is wrong with the file


def _as_refusal(exc: BaseException) -> BaseException:
    """A file that cannot be read as a bundle, as the refusal the import would give."""
    from gridapp.sync.bundle import BundleRefused
    from gridapp.sync.kinds import Refusal

    if isinstance(exc, (KeyError, ValueError, TypeError, AttributeError)):
        return BundleRefused(Refusal.DAMAGED)
    return exc


def _url_and_password(text: str, password: str) -> tuple[str, str]:
    """The URL as kept in the database (never with a password) and the password for the keyring; a password typed
    into the URL is moved out of it."""
    from gridapp.db.connect import to_url
    from gridapp.security.secrets import store_database_password

    url = to_url(text)
    if url.drivername.startswith("sqlite"):
        return text, ""
    typed = url.password
    password = password or (str(typed) if typed else "")
    url = url.set(password=None)
    if password:
        store_database_password(url, password)
    return url.render_as_string(hide_password=False), password
