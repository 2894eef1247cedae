"""The alert centre: a bell with the unread count on the issues toolbar, a list of the alerts (double-click opens
the issue and marks it read), a settings section switching kinds off, and a tray notice for alerts new since the
last look. Like the to-do it refreshes on change notices (here or from another PC) and once a minute."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QMainWindow,
    QPushButton,
    QStyle,
    QSystemTrayIcon,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.settings import app_settings

if TYPE_CHECKING:
    from gridapp.alerts import Alert, AlertKind
    from gridapp.changes import Notice
    from ui.alerts.model import AlertModel
    from ui.context import AppContext

translate = QCoreApplication.translate
SETTLE_MS = 300  # a burst of notices (a task's many writes) refreshes once
CLOCK_MS = 60_000  # "due soon" and "overdue" arrive with the clock, not with a write


class AlertCentre(QObject):
    notified = Signal(object)  # list[Alert]: unread alerts new since the last look (told through the tray if any)

    def __init__(self, context: AppContext, window: QMainWindow) -> None:
        super().__init__(window)
        self._context = context
        self._window = window
        self._alerts: list[Alert] = []
        self._told: set[str] = set()
        self._veiled = False
        self.dialog: AlertDialog | None = None
        self.tray: QSystemTrayIcon | None = None
        self.action: QAction | None = None  # the toolbar's, when the bell sits on one
        self.button = QToolButton()
        self.button.setObjectName("alertsButton")
        self.button.clicked.connect(self.open_centre)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.refresh)
        self._clock = QTimer(self)
        self._clock.setInterval(CLOCK_MS)
        self._clock.timeout.connect(self.refresh)
        self._show_count()
        context.noticed.connect(self._on_context_noticed)
        context.operator_changed.connect(self._on_context_operator_changed)
        self.notified.connect(self._tell_tray)

    @property
    def alerts(self) -> list[Alert]:
        return self._alerts

    @property
    def unread(self) -> int:
        return sum(not a.read for a in self._alerts)

    # the kinds switched off, per person (a shared PC: each login keeps its own)

    def _settings_key(self) -> str:
        actor = self._context.actor
        return f"alerts/off_{actor.person_id if actor else 'none'}"

    def off(self) -> set[AlertKind]:
        from gridapp.alerts import AlertKind

        stored = app_settings().value(self._settings_key(), "")
        return {AlertKind(v) for v in str(stored or "").split(",") if v in set(AlertKind)}

    def set_off(self, kinds: set[AlertKind]) -> None:
        app_settings().setValue(self._settings_key(), ",".join(sorted(kinds)))
        self.refresh()

    # refreshing

    @Slot()
    def refresh(self) -> None:
        from gridapp.alerts import alerts

        services, actor = self._context.services, self._context.actor
        self._alerts = alerts(services, actor, self.off()) if services is not None and actor is not None else []
        self._show_count()
        if self.dialog is not None:
            self.dialog.model.set_alerts(self._alerts)
        fresh = [a for a in self._alerts if not a.read and a.key not in self._told]
        self._told.update(a.key for a in self._alerts)
        if fresh:
            self.notified.emit(fresh)

    def _show_count(self) -> None:
        count = self.unread
        self.button.setText(translate("Alerts", "Alerts ({0})").format(count))
        self.button.setStyleSheet("QToolButton { background: #c62828; color: white; }" if count else "")
        self.button.setToolTip(translate("Alerts", "{0} unread alerts").format(count))

    @Slot(object)
    def _on_context_noticed(self, notice: Notice) -> None:
        from gridapp.changes import InspectionsChanged, IssuesChanged, OrganisationChanged

        # Organisation too: roles decide who is told of an escalation; read marks are among its tables.
        if isinstance(notice, (IssuesChanged, InspectionsChanged, OrganisationChanged)) and self._context.actor:
            self._settle.start()

    @Slot(object)
    def _on_context_operator_changed(self, actor: object) -> None:
        self._told = set()  # a new login is told what is unread for it
        self.refresh()
        self._show_button(actor is not None and not self._veiled)
        if actor is None:
            self._clock.stop()
            if self.dialog is not None:
                self.dialog.hide()
            if self.tray is not None:
                self.tray.hide()
        else:
            self._clock.start()

    def _show_button(self, shown: bool) -> None:
        (self.action.setVisible if self.action is not None else self.button.setVisible)(shown)

    # acting

    @Slot()
    def open_centre(self) -> None:
        if self.dialog is None:
            self.dialog = AlertDialog(self, self._window)
        self.dialog.model.set_alerts(self._alerts)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()

    def open_alert(self, alert: Alert) -> None:
        """The alert's item on its tab, and the alert marked read."""
        self.mark_read([alert.key])
        if alert.is_issue:
            self._context.show_issue(alert.id)
        elif alert.kind.value == "meeting":  # a unit's missed meeting: its meetings page
            tabs, tab = getattr(self._window, "tabs", None), getattr(self._window, "org_tab", None)
            if tabs is not None and tab is not None:
                tabs.setCurrentWidget(tab)
            self._context.show_unit_meetings(alert.id)
        elif alert.kind.value == "care":  # a ward's overdue hardship step: the care page of the ward's unit
            tabs, tab = getattr(self._window, "tabs", None), getattr(self._window, "org_tab", None)
            if tabs is not None and tab is not None:
                tabs.setCurrentWidget(tab)
                tab.show_care(alert.id)
        elif alert.kind.value == "project":  # a project's overdue milestone: the projects page of the issue board
            tabs, tab = getattr(self._window, "tabs", None), getattr(self._window, "issues_tab", None)
            if tabs is not None and tab is not None:
                tabs.setCurrentWidget(tab)
                content = tab.build() if hasattr(tab, "build") else tab
                if content is not None and hasattr(content, "show_project"):
                    content.show_project(alert.id)
        else:
            tabs, tab = getattr(self._window, "tabs", None), getattr(self._window, "inspections_tab", None)
            if tabs is not None and tab is not None:
                tabs.setCurrentWidget(tab)

    def mark_read(self, keys: list[str]) -> None:
        from gridapp.alerts import mark_read

        services, actor = self._context.services, self._context.actor
        if services is not None and actor is not None and keys:
            mark_read(services, actor, keys)
            self.refresh()

    @Slot()
    def mark_all_read(self) -> None:
        self.mark_read([a.key for a in self._alerts if not a.read])

    @Slot(object)
    def _tell_tray(self, fresh: list[Alert]) -> None:
        # Some Linux desktops have no tray: the bell and the list still tell everything.
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        if self.tray is None:
            icon = QApplication.windowIcon()
            if icon.isNull():
                icon = self._window.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.messageClicked.connect(self.open_centre)
            self.tray.activated.connect(lambda _reason: self.open_centre())
        self.tray.show()
        from ui.alerts.model import item_text, reason_label

        if len(fresh) == 1:
            text = f"{reason_label(fresh[0].reason)}: {item_text(fresh[0])}"
        else:
            text = translate("Alerts", "{0} new alerts").format(len(fresh))
        self.tray.showMessage(translate("Alerts", "Red Grid Workstation"), text)

    # While the window is locked the plant's data hides (ui/session/flow.py hides the tabs): so does the bell.

    def veil(self, veiled: bool) -> None:
        self._veiled = veiled
        self._show_button(not veiled and self._context.actor is not None)
        if veiled and self.dialog is not None:
            self.dialog.hide()


class AlertDialog(QDialog):
    """The list of alerts, "mark all read", and which kinds to be told of."""

    def __init__(self, centre: AlertCentre, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from gridapp.alerts import AlertKind
        from ui.alerts.model import AlertModel, kind_label

        self.setObjectName("alertsDialog")
        self.setWindowTitle(translate("Alerts", "Alerts"))
        self._centre = centre
        self.model: AlertModel = AlertModel(self)
        self.view = QTableView()
        self.view.setObjectName("alertsView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        self.settings = QGroupBox(translate("Alerts", "Tell me about"))
        row = QHBoxLayout(self.settings)
        self.switches: dict[AlertKind, QCheckBox] = {}
        off = centre.off()
        for kind in AlertKind:
            box = QCheckBox(kind_label(kind))
            box.setChecked(kind not in off)
            box.toggled.connect(self._on_switch_toggled)
            self.switches[kind] = box
            row.addWidget(box)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.mark_all = QPushButton(translate("Alerts", "Mark all read"))
        self.mark_all.setObjectName("markAllRead")
        buttons.addButton(self.mark_all, QDialogButtonBox.ButtonRole.ActionRole)
        self.mark_all.clicked.connect(centre.mark_all_read)
        buttons.rejected.connect(self.hide)
        column = QVBoxLayout(self)
        column.addWidget(self.view, 1)
        column.addWidget(self.settings)
        column.addWidget(buttons)
        self.resize(860, 420)

    @Slot(QModelIndex)
    def _on_view_double_clicked(self, index: QModelIndex) -> None:
        alert = self.model.alert(index)
        if alert is not None:
            self._centre.open_alert(alert)

    @Slot(bool)
    def _on_switch_toggled(self, _checked: bool) -> None:
        self._centre.set_off({kind for kind, box in self.switches.items() if not box.isChecked()})


class _FollowContent(QObject):
    """Hides the bell whenever the tabs are hidden (before a login, while locked) and brings it back after."""

    def __init__(self, centre: AlertCentre, content: QWidget) -> None:
        super().__init__(centre)
        self._centre = centre
        content.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.HideToParent:
            self._centre.veil(True)
        elif event.type() == QEvent.Type.ShowToParent:
            self._centre.veil(False)
        return False


def install_alerts(window: QMainWindow, context: AppContext) -> AlertCentre:
    """The bell on the issues toolbar (else on the status bar), hidden until someone logs in."""
    centre = AlertCentre(context, window)
    toolbar = window.findChild(QToolBar, "issuesToolbar")
    if toolbar is not None:
        centre.action = toolbar.addWidget(centre.button)
    else:
        window.statusBar().addPermanentWidget(centre.button)
    centre._show_button(False)
    content = getattr(window, "tabs", None)
    if content is not None:
        _FollowContent(centre, content)
    return centre
