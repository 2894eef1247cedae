"""The Sync menu, the status bar's warning when a station has not synced with the plant for too long, and the
automatic network sync.

The window, the models and the core are imported only once a database is open: the first screen is built from Qt
alone. The warning is checked at every login and every few minutes (one small read); the automatic sync runs in
the background, never two exchanges at once, and says only a short note in the status bar when it fails.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow

if TYPE_CHECKING:
    from gridapp.changes import Notice
    from ui.context import AppContext
    from ui.sync.page import SyncDialog

CHECK_MS = 5 * 60_000  # the warning's days move slowly; a login and every sync check it too
SETTLE_MS = 500


class Guard:
    """One exchange at a time on this PC: sync now, an automatic sync, an export or an import."""

    def __init__(self) -> None:
        self.busy = False


class SyncMenu(QObject):
    def __init__(self, window: QMainWindow, context: AppContext) -> None:
        super().__init__(window)
        self._window, self._context = window, context
        self.menu = window.menuBar().addMenu(self.tr("S&ync"))
        self.menu.setObjectName("syncMenu")
        self.open_action = QAction(self.tr("&Sync page…"), window)
        self.open_action.setObjectName("syncPageAction")
        self.open_action.triggered.connect(self.open)
        self.menu.addAction(self.open_action)
        self.dialog: SyncDialog | None = None
        self.guard = Guard()

        self.warning_label = QLabel()
        self.warning_label.setObjectName("syncWarning")
        self.warning_label.setStyleSheet("color: black; background: #ffe08a; padding: 0 6px;")
        self.warning_label.hide()
        window.statusBar().addPermanentWidget(self.warning_label)

        self._check = QTimer(self)
        self._check.setInterval(CHECK_MS)
        self._check.timeout.connect(self.check_warning)
        self._auto = QTimer(self)
        self._auto.timeout.connect(self.sync_automatically)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._on_sync_settings_changed)
        self._auto_task: Any = None
        context.operator_changed.connect(self._on_context_operator_changed)
        context.noticed.connect(self._on_context_noticed)
        self._on_context_operator_changed(context.actor)

    def _allowed(self) -> bool:
        if self._context.services is None or self._context.actor is None:
            return False
        from gridapp.security.rights import Right  # a database is open: SQLAlchemy is loaded already

        return any(self._context.may(r) for r in (Right.SYNC_RUN, Right.SYNC_SETUP, Right.SYNC_CONFLICTS))

    @Slot(object)
    def _on_context_operator_changed(self, _actor: object) -> None:
        if self.dialog is not None:
            self.dialog.close()  # it acted as the one who opened it
        allowed = self._allowed()
        self.open_action.setEnabled(allowed)
        self.menu.menuAction().setVisible(allowed)
        self.check_warning()
        self._schedule()
        if allowed:
            self._check.start()
        else:
            self._check.stop()

    @Slot(object)
    def _on_context_noticed(self, notice: Notice) -> None:
        from gridapp.changes import SyncChanged

        if isinstance(notice, SyncChanged):
            self._settle.start()  # an exchange, or new settings

    @Slot()
    def _on_sync_settings_changed(self) -> None:
        self.check_warning()
        self._schedule()

    @Slot()
    def open(self) -> SyncDialog | None:
        """One window: a second click brings it forward."""
        if self.dialog is None:
            if not self._allowed():
                return None
            from PySide6.QtCore import Qt

            from ui.sync.page import SyncDialog

            dialog = SyncDialog(self._context, self._window, self.guard)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.finished.connect(self._on_dialog_finished)
            self.dialog = dialog
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    @Slot(int)
    def _on_dialog_finished(self, _result: int) -> None:
        self.dialog = None

    # -- the warning -------------------------------------------------------------------------------------------------

    @Slot()
    def check_warning(self) -> None:
        services = self._context.services
        days = None
        if services is not None and self._context.actor is not None:
            try:
                days = services.sync.days_since_sync()
            except Exception:  # a lost server connection: the app says so elsewhere; the warning waits
                days = None
        if days is None:
            self.warning_label.hide()
            return
        self.warning_label.setText(self.tr("Not synced with the plant for {0} days").format(days))
        self.warning_label.setToolTip(
            self.tr("Sync → Sync page: sync now over the network, or exchange files with the plant by USB stick.")
        )
        self.warning_label.show()

    # -- automatic sync ----------------------------------------------------------------------------------------------

    def _identity(self) -> Any:
        services = self._context.services
        if services is None or self._context.actor is None:
            return None
        try:
            return services.sync.identity()
        except Exception:
            return None

    def _schedule(self) -> None:
        from_role = self._identity()
        minutes = 0
        if from_role is not None and from_role.role == "station" and from_role.plant_url:
            minutes = from_role.every_minutes
        if minutes <= 0:
            self._auto.stop()
        elif self._auto.interval() != minutes * 60_000 or not self._auto.isActive():
            self._auto.start(minutes * 60_000)

    @Slot()
    def sync_automatically(self) -> None:
        services, actor, me = self._context.services, self._context.actor, self._identity()
        if services is None or actor is None or me is None or not me.plant_url or self.guard.busy:
            return
        from gridapp.security.rights import Right

        if not self._context.may(Right.SYNC_RUN):
            return
        from ui.sync.work import background, network_sync

        task, _stop = background(network_sync(services, actor, me.plant_url), "automatic sync", self)
        self.guard.busy = True
        self._auto_task = task
        task.succeeded.connect(self._on_auto_succeeded)
        task.failed.connect(self._on_auto_failed)
        task.finished.connect(self._on_auto_finished)
        task.start()

    @Slot(object)
    def _on_auto_succeeded(self, _result: object) -> None:
        from gridapp.times import plant_text, utcnow

        self._window.statusBar().showMessage(
            self.tr("Synced with the plant at {0}.").format(plant_text(utcnow())[-5:]), 10_000
        )
        self.check_warning()

    @Slot(object)
    def _on_auto_failed(self, exc: BaseException) -> None:
        from ui.errors import exception_text
        from ui.sync.words import problem_text

        text = problem_text(exc) or exception_text(exc)[0]
        self._window.statusBar().showMessage(self.tr("Automatic sync did not work: {0}").format(text), 60_000)

    @Slot()
    def _on_auto_finished(self) -> None:
        self.guard.busy = False
        self._auto_task = None
        if self.dialog is not None:
            self.dialog.refresh()


def install_sync(window: QMainWindow, context: AppContext) -> SyncMenu:
    """Add the Sync menu and the status bar's warning to ``window``; they follow who is logged in."""
    return SyncMenu(window, context)
