"""The Security menu: accounts, password policy and audit trail, each shown only to the account that may use it.

Nothing from gridapp.security (nor the windows) is imported until a database is open: the first screen is built
without SQLAlchemy.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QWidget

if TYPE_CHECKING:
    from ui.context import AppContext


def _accounts(services: Any, actor: Any, parent: QWidget) -> QDialog:
    from ui.admin.accounts import AccountsDialog

    return AccountsDialog(services, actor, parent)


def _policy(services: Any, actor: Any, parent: QWidget) -> QDialog:
    from ui.admin.policy_dialog import PolicyDialog

    return PolicyDialog(services, actor, parent)


def _audit_trail(services: Any, actor: Any, parent: QWidget) -> QDialog:
    from ui.admin.audit_trail import AuditTrailDialog

    return AuditTrailDialog(services, actor, parent)


class AdminMenu(QObject):
    """Owns the menu's actions and the windows they opened; a new login closes those windows (they act as the
    account that opened them)."""

    def __init__(self, window: QMainWindow, context: AppContext) -> None:
        super().__init__(window)
        self._window, self._context = window, context
        self.menu = window.menuBar().addMenu(self.tr("Secu&rity"))
        self.menu.setObjectName("securityMenu")
        self.accounts_action = self._action("accountsAction", self.tr("&Accounts…"), "account_admin", _accounts)
        self.policy_action = self._action("policyAction", self.tr("Password &policy…"), "security_policy", _policy)
        self.audit_action = self._action("auditAction", self.tr("Audit &trail…"), "audit_read", _audit_trail)
        self.windows: dict[str, QDialog] = {}
        context.operator_changed.connect(self._on_context_operator_changed)
        self._on_context_operator_changed(context.actor)

    def _action(self, name: str, text: str, right: str, build: Callable[[Any, Any, QWidget], QDialog]) -> QAction:
        action = QAction(text, self._window)
        action.setObjectName(name)
        action.setData(right)
        action.triggered.connect(lambda _checked=False: self.open(name, build))
        self.menu.addAction(action)
        return action

    @Slot(object)
    def _on_context_operator_changed(self, _actor: object) -> None:
        for window in list(self.windows.values()):
            window.close()
        self.windows.clear()
        services = self._context.services
        allowed = {}
        if services is not None and self._context.actor is not None:
            from gridapp.security.rights import Right  # a database is open: SQLAlchemy is loaded already

            allowed = {a: self._context.may(Right(a.data())) for a in self.menu.actions()}
        for action in self.menu.actions():
            action.setVisible(allowed.get(action, False))
            action.setEnabled(allowed.get(action, False))
        self.menu.menuAction().setVisible(any(allowed.values()))

    def open(self, name: str, build: Callable[[Any, Any, QWidget], QDialog]) -> QDialog | None:
        """One window of each kind: a second click brings the open one forward."""
        window = self.windows.get(name)
        if window is None:
            services, actor = self._context.services, self._context.actor
            if services is None or actor is None:
                return None
            window = build(services, actor, self._window)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.finished.connect(lambda _result: self.windows.pop(name, None))
            self.windows[name] = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window


def install_admin_menu(window: QMainWindow, context: AppContext) -> QMenu:
    """Add the Security menu to ``window``'s menu bar; its actions follow who is logged in."""
    return AdminMenu(window, context).menu
