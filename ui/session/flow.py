"""Who works at this PC, from the first start to the shift change: the system administrator on a new database,
the login, the lock after idle time (open dialogs stay), and switching user in a few seconds."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMenu, QWidget

from ui.context import AppContext
from ui.session.dialogs import InitAdminDialog, LockDialog, LoginDialog

if TYPE_CHECKING:
    from gridapp.security.accounts import LoggedIn

# What counts as someone using the PC (a repaint or a timer does not).
ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class SessionFlow(QObject):
    """Owned by the main window; the dialogs open window-modal (``open``), so the event loop keeps running."""

    def __init__(self, window: QMainWindow, context: AppContext) -> None:
        super().__init__(window)
        self._window = window
        self._context = context
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self.lock)
        self.dialog: QDialog | None = None  # the session dialog now open
        self._early: LoginDialog | None = None  # the login asked while the database opens
        self.locked = False
        self._veiled: list[QWidget] = []  # other windows hidden while locked
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY and self.idle.isActive():
            self.idle.start()  # restart the idle time
        return False

    @property
    def _accounts(self):  # type: ignore[no-untyped-def]
        assert self._context.services is not None
        return self._context.services.security.accounts

    # the first start

    def ask_login_early(self) -> None:
        """At start, on a database ready for a login (``gridapp.db.identify.ready_for_login``): the login is asked
        while the database opens, so a person types while the program loads; ``begin`` hands it the accounts."""
        self._set_content_visible(False)
        self._early = LoginDialog(None, self._window, starting=True)
        self.ask_login(self._early)

    def cancel_early(self) -> None:
        """The database did not open as the early look promised: the early login closes without quitting."""
        early, self._early = self._early, None
        if early is None or self.dialog is not early:
            return
        early.rejected.disconnect(self._window.close)
        early.reject()
        self._set_content_visible(True)  # the window says why nothing opened

    def begin(self, then_before_login: Callable[[Callable[[], None]], None] | None = None) -> None:
        """A new database asks for the system administrator first; then ``then_before_login`` (the demo
        offer) may run, and the login dialog opens (or the one asked early gets the accounts). Nothing of the
        plant shows before someone logged in."""
        services = self._context.services
        needs_admin = services is not None and services.db.read_only is None and self._accounts.needs_admin()
        early = self._early
        if early is not None and self.dialog is early and then_before_login is None and not needs_admin:
            self._early = None
            early.set_accounts(self._accounts)
            return
        self.cancel_early()
        self._set_content_visible(False)

        def login_next() -> None:
            if then_before_login is None:
                self.ask_login()
            else:
                then_before_login(self.ask_login)

        if needs_admin:
            dialog = InitAdminDialog(self._accounts, self._window)
            dialog.accepted.connect(login_next)
            dialog.rejected.connect(self._window.close)  # nothing can be done without an administrator
            self._show(dialog)
        else:
            login_next()

    def ask_login(self, dialog: LoginDialog | None = None) -> None:
        dialog = dialog or LoginDialog(self._accounts, self._window, starting=True)
        dialog.accepted.connect(lambda: self._logged_in(dialog.logged_in))
        dialog.rejected.connect(self._window.close)  # nobody logged in: the window shows nothing
        self._show(dialog)

    # the working day

    @Slot()
    def switch_user(self) -> None:
        """Shift change: the next person logs in; the current session ends when they have."""
        if self._context.services is None or self.dialog is not None:
            return
        dialog = LoginDialog(self._accounts, self._window, self.tr("Switch user"))
        dialog.accepted.connect(lambda: self._switched(dialog.logged_in))
        dialog.rejected.connect(self._switch_cancelled)
        self._show(dialog)

    @Slot()
    def change_password(self) -> None:
        actor = self._context.actor
        if actor is None or self.dialog is not None:
            return
        dialog = LoginDialog(self._accounts, self._window, self.tr("Change password"), changing=actor.login)
        dialog.accepted.connect(lambda: self._logged_in(dialog.logged_in))
        self._show(dialog)

    @Slot()
    def lock(self) -> None:
        actor = self._context.actor
        if actor is None or self.dialog is not None:
            return
        self.locked = True
        self._set_content_visible(False)
        self._veil()
        self._context.services.db.audit_event(actor, "session.lock")  # type: ignore[union-attr]
        dialog = LockDialog(self._accounts, actor, self._window)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)  # no other window takes input meanwhile
        self._show(dialog)  # first: the session dialog is gone when the next one is asked for
        dialog.finished.connect(self._on_lock_finished)

    @Slot(int)
    def _on_lock_finished(self, code: int) -> None:
        if code == LockDialog.SWITCH:
            self.switch_user()
            return
        self.locked = False
        self._set_content_visible(True)
        self._unveil()
        self._restart_idle()

    def _switch_cancelled(self) -> None:
        if self.locked:
            self.lock_again()

    def lock_again(self) -> None:
        self.locked = False
        self.lock()

    def _switched(self, logged: LoggedIn | None) -> None:
        old = self._context.actor
        if logged is None:
            return
        if old is not None and old.account_id != logged.actor.account_id:
            self._close_open_dialogs()  # they were the old session's work
            self._context.services.db.audit_event(old, "logout")  # type: ignore[union-attr]
        self.locked = False
        self._set_content_visible(True)
        self._unveil()
        self._logged_in(logged)

    def _logged_in(self, logged: LoggedIn | None) -> None:
        if logged is None:
            return
        self._set_content_visible(True)
        self._window.activateWindow()  # the keyboard goes back to the window (F8 works at once)
        self._context.set_login(logged)
        self._restart_idle()

    def _restart_idle(self) -> None:
        login = self._context.login
        minutes = login.idle_minutes if login else 0
        if minutes > 0:
            self.idle.start(minutes * 60_000)
        else:
            self.idle.stop()

    # helpers

    def _show(self, dialog: QDialog) -> None:
        self.dialog = dialog

        def done() -> None:
            if self.dialog is dialog:
                self.dialog = None
            dialog.deleteLater()

        dialog.finished.connect(done)
        dialog.open()

    def _set_content_visible(self, visible: bool) -> None:
        """The plant's data (the tabs) hides; a banner above them stays, so a broken trail shows at the login."""
        content = getattr(self._window, "tabs", None) or self._window.centralWidget()
        if content is not None:
            content.setVisible(visible)

    def _veil(self) -> None:
        """Windows of their own (the security windows, a preview) hide while locked; dialogs in progress stay
        open behind the lock, so nothing typed is lost."""
        self._veiled = [
            w
            for w in QApplication.topLevelWidgets()
            if w.isVisible() and w is not self._window and not w.isModal() and not isinstance(w, QMenu)
        ]
        for widget in self._veiled:
            widget.hide()

    def _unveil(self) -> None:
        for widget in self._veiled:
            widget.show()
        self._veiled = []

    def _close_open_dialogs(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible() and widget is not self.dialog:
                widget.reject()
