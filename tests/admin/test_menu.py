"""The Security menu: each action only for the account that may use it, re-evaluated at every login."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QMainWindow

from gridapp.actor import Actor
from gridapp.services import Services
from tests.admin.conftest import FakeContext, login
from ui.admin.accounts import AccountsDialog
from ui.admin.audit_trail import AuditTrailDialog
from ui.admin.menu import AdminMenu, install_admin_menu

ROOT = Path(__file__).resolve().parents[2]


def visible(menu: AdminMenu) -> dict[str, bool]:
    return {a.objectName(): a.isVisible() and a.isEnabled() for a in menu.menu.actions()}


def test_each_action_for_the_account_that_may(
    qtbot,
    services: Services,
    sysadmin: Actor,
    auditor: Actor,
    secadmin: Actor,  # type: ignore[no-untyped-def]
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    context = FakeContext(services, login(services, "DH0012"))
    menu = install_admin_menu(window, context)  # type: ignore[arg-type]
    admin = window.findChild(AdminMenu)
    assert admin is not None and admin.menu is menu and menu.title() == "Secu&rity"  # (&S is Settings)
    assert not any(visible(admin).values()) and not menu.menuAction().isVisible()

    context.log_in(sysadmin)
    assert visible(admin) == {"accountsAction": True, "policyAction": False, "auditAction": False}
    assert menu.menuAction().isVisible()
    admin.accounts_action.trigger()
    assert isinstance(admin.windows["accountsAction"], AccountsDialog)

    context.log_in(secadmin)
    assert visible(admin) == {"accountsAction": False, "policyAction": True, "auditAction": False}
    assert admin.windows == {}  # the administrator's window went with the administrator

    context.log_in(auditor)
    assert visible(admin) == {"accountsAction": False, "policyAction": False, "auditAction": True}
    admin.audit_action.trigger()
    opened = admin.windows["auditAction"]
    assert isinstance(opened, AuditTrailDialog) and opened.isVisible()
    admin.audit_action.trigger()
    assert admin.windows["auditAction"] is opened  # one of each

    context.log_in(login(services, "DH0001"))  # a grid leader holds none of the three
    assert not any(visible(admin).values()) and not menu.menuAction().isVisible()
    context.log_in(None)
    assert not menu.menuAction().isVisible()


def test_installing_the_menu_imports_no_sqlalchemy() -> None:
    """Before a database is open the menu is built from Qt alone (the first screen's promise)."""
    code = (
        "import sys\n"
        "from PySide6.QtCore import QObject, Signal\n"
        "from PySide6.QtWidgets import QApplication, QMainWindow\n"
        "from ui.admin.menu import install_admin_menu\n"
        "class Context(QObject):\n"
        "    operator_changed = Signal(object)\n"
        "    services = None\n"
        "    actor = None\n"
        "app = QApplication([])\n"
        "window = QMainWindow()\n"
        "menu = install_admin_menu(window, Context())\n"
        "assert not menu.menuAction().isVisible()\n"
        "print(sorted({m.split('.')[0] for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'openpyxl')}))\n"
    )
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
