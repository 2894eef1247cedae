"""Logging in from UI tests: a demo account proves who acts, as at a real PC."""

from __future__ import annotations

from typing import Any

from tests.conftest import ADMIN_PASSWORD, DEMO_PASSWORD
from ui.context import AppContext
from ui.session.dialogs import InitAdminDialog, LoginDialog


def log_in(context: AppContext, login: str) -> None:
    """Log ``login`` (a demo account: the employee number, or secadmin / auditor) in at ``context``."""
    assert context.services is not None
    context.set_login(context.services.security.accounts.login(login, DEMO_PASSWORD))


def sign_in(qtbot: Any, window: Any, login: str = "DH0001", password: str = DEMO_PASSWORD) -> None:
    """Through the window's own dialogs: the first system administrator when asked, then the login."""
    qtbot.waitUntil(lambda: window.session.dialog is not None, timeout=10_000)
    dialog = window.session.dialog
    if isinstance(dialog, InitAdminDialog):
        dialog.password.first.setText(ADMIN_PASSWORD)
        dialog.password.second.setText(ADMIN_PASSWORD)
        dialog.accept()
        qtbot.waitUntil(lambda: isinstance(window.session.dialog, LoginDialog), timeout=10_000)
        dialog = window.session.dialog
    assert isinstance(dialog, LoginDialog)
    dialog.login.setText(login)
    dialog.password.setText(password)
    dialog.accept()  # at start perhaps before the database is open (the login asked early): it waits for it
    qtbot.waitUntil(lambda: window.context.actor is not None, timeout=10_000)
    assert window.context.actor.login == login
    qtbot.waitUntil(window.isActiveWindow)  # the keyboard is back on the window
