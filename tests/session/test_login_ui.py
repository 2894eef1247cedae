"""The working session through the window's own dialogs: login, lock-out, idle lock, switching user."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

import main
from gridapp.db.database import Database
from gridapp.security.models import AuditRecord
from tests.conftest import ADMIN_PASSWORD, DEMO_PASSWORD
from tests.session_helpers import sign_in
from ui.main_window import MainWindow
from ui.session.dialogs import InitAdminDialog, LockDialog, LoginDialog


def _window(qtbot, demo_db: Database) -> MainWindow:  # type: ignore[no-untyped-def]
    path = demo_db.location.path
    demo_db.dispose()
    window = main.launch(str(path))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.services_attached, timeout=10_000):
        pass
    return window


def _login_dialog(qtbot, window: MainWindow) -> LoginDialog:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.session.dialog is not None)
    dialog = window.session.dialog
    if isinstance(dialog, InitAdminDialog):
        dialog.password.first.setText(ADMIN_PASSWORD)
        dialog.password.second.setText(ADMIN_PASSWORD)
        qtbot.keyClick(dialog.password.second, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: isinstance(window.session.dialog, LoginDialog))
        dialog = window.session.dialog
    assert isinstance(dialog, LoginDialog)
    return dialog


def _records(window: MainWindow, action: str) -> list[AuditRecord]:
    from sqlalchemy import select

    assert window.services is not None
    with window.services.db.read() as s:
        return list(s.scalars(select(AuditRecord).where(AuditRecord.action == action).order_by(AuditRecord.seq)))


def test_login_with_the_keyboard_and_the_account_in_the_status_bar(qtbot, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, demo_db)
    dialog = _login_dialog(qtbot, window)
    assert not window.tabs.isVisible()
    assert "DH0001" in dialog.login.completer().model().stringList()
    dialog.login.setText("DH0001")  # (typed: the completer's popup would take the focus offscreen)
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    qtbot.keyClick(dialog.login, Qt.Key.Key_Return)  # Enter moves on to the password, with no attempt
    assert not dialog.error.isVisible() and not _records(window, "login")
    qtbot.keyClicks(dialog.password, DEMO_PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert window.context.actor is not None and window.context.actor.name == "熊德明"
    assert "熊德明" in window.account_label.text()
    assert window.tabs.isVisible()
    assert window.demo_label.isVisible()  # demo accounts exist: the window says so
    assert _records(window, "login")[-1].result == "ok"


def test_five_wrong_passwords_lock_the_account(qtbot, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, demo_db)
    dialog = _login_dialog(qtbot, window)
    dialog.login.setText("DH0012")
    for _ in range(5):
        dialog.password.setText("Wrong#2026")
        dialog.accept()
        assert dialog.isVisible()
    assert "锁定" in dialog.error.text() or "locked" in dialog.error.text()
    dialog.password.setText(DEMO_PASSWORD)  # the right password is refused while locked
    dialog.accept()
    assert dialog.isVisible() and window.context.actor is None
    assert not dialog.password.text()  # never left on screen
    failed = [r for r in _records(window, "login") if r.result == "failed"]
    assert len(failed) == 6 and all("Wrong" not in str(r.detail) for r in failed)
    dialog.login.setText("DH0001")
    dialog.password.setText(DEMO_PASSWORD)
    dialog.accept()
    assert window.context.actor is not None and window.context.actor.login == "DH0001"


def test_first_login_changes_the_password(qtbot, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, demo_db)
    dialog = _login_dialog(qtbot, window)
    services = window.services
    assert services is not None
    admin = services.security.accounts.login("sysadmin", ADMIN_PASSWORD).actor
    person = services.org.search_people("DH0030")[0]
    account = services.security.accounts.account_for_person(person.id)
    assert account is not None
    services.security.accounts.reset_password(admin, account.id, "Temp#2026x")
    dialog.login.setText("DH0030")
    dialog.password.setText("Temp#2026x")
    dialog.accept()
    assert dialog.pages.currentIndex() == 1  # a new password first
    dialog.new_password.first.setText("short")
    dialog.new_password.second.setText("short")
    dialog.accept()
    assert "8" in dialog.error.text()  # the policy in words
    dialog.new_password.first.setText("Better#2026")
    dialog.new_password.second.setText("Better#2026")
    dialog.accept()
    assert window.context.actor is not None and window.context.actor.login == "DH0030"
    assert services.security.accounts.login("DH0030", "Better#2026").actor.login == "DH0030"


def test_idle_lock_keeps_open_dialogs_and_unlocks_with_the_password(qtbot, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, demo_db)
    sign_in(qtbot, window, "DH0001")
    unsaved = QDialog(window)
    unsaved.setObjectName("unsaved")
    unsaved.open()  # a dialog in progress, as every editing dialog here opens
    own_window = QWidget()
    qtbot.addWidget(own_window)
    own_window.show()  # a window of its own (the audit trail): hidden while locked
    window.session.idle.start(30)  # as if the policy's minutes had passed
    qtbot.waitUntil(lambda: isinstance(window.session.dialog, LockDialog))
    lock = window.session.dialog
    assert not window.tabs.isVisible()  # nothing of the plant shows while locked
    assert not own_window.isVisible()
    lock.password.setText("Wrong#2026")
    lock.accept()
    assert lock.isVisible() and lock.error.text()
    lock.reject()  # Escape does not unlock
    assert lock.isVisible()
    lock.password.setText(DEMO_PASSWORD)
    lock.accept()
    assert window.session.dialog is None and window.tabs.isVisible()
    assert unsaved.isVisible()  # the unsaved dialog is still there
    assert own_window.isVisible()
    assert window.session.idle.isActive()  # counting again


def test_switch_user_at_shift_change(qtbot, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, demo_db)
    sign_in(qtbot, window, "DH0001")
    assert window.switch_user_action.shortcut().toString() == "Ctrl+Shift+L"  # one shortcut
    window.switch_user_action.trigger()
    qtbot.waitUntil(lambda: isinstance(window.session.dialog, LoginDialog))
    dialog = window.session.dialog
    dialog.login.setText("DH0020")
    dialog.password.setText(DEMO_PASSWORD)
    dialog.accept()
    assert window.context.actor is not None and window.context.actor.login == "DH0020"
    assert "DH0020" in window.account_label.text()
    logout = _records(window, "logout")
    assert logout and logout[-1].account_login == "DH0001"


def test_a_broken_chain_opens_read_only_with_a_red_banner(qtbot, demo_db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    path = demo_db.location.path
    demo_db.dispose()
    con = sqlite3.connect(path)
    con.execute("DROP TRIGGER audit_record_no_update")
    con.execute("UPDATE audit_record SET action = 'nothing' WHERE seq = 2")
    con.execute(
        "CREATE TRIGGER audit_record_no_update BEFORE UPDATE ON audit_record "
        "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"
    )
    con.commit()
    con.close()
    window = main.launch(str(path))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.services_attached, timeout=10_000):
        pass
    assert window.banner.isVisible() and "2" in window.banner.text()
    sign_in(qtbot, window, "auditor")  # the auditor can still read everything
    assert window.services is not None and window.services.db.read_only
