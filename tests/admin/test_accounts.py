"""The accounts window: a new account for a person, a password reset, unlocking, disabling, refusals in words."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from gridapp.actor import Actor
from gridapp.org.rows import PersonFields
from gridapp.security.accounts import LoginRefused
from gridapp.security.kinds import LoginProblem
from gridapp.services import Services
from tests.conftest import DEMO_PASSWORD
from ui.admin.accounts import AccountColumn, AccountsDialog, NewAccountDialog, ResetPasswordDialog
from ui.roles import ROW_ROLE

NEW_PASSWORD = "Temp#2026x"


def ok(dialog) -> None:  # type: ignore[no-untyped-def]
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def choose(window: AccountsDialog, login: str) -> None:
    for row in range(window.proxy.rowCount()):
        if window.proxy.index(row, 0).data(ROW_ROLE).login == login:
            window.view.selectRow(row)
            return
    raise AssertionError(login)


def type_passwords(dialog, first: str, second: str | None = None) -> None:  # type: ignore[no-untyped-def]
    dialog.passwords.password.setText(first)
    dialog.passwords.repeat.setText(first if second is None else second)


@pytest.fixture
def window(qtbot, services: Services, sysadmin: Actor) -> AccountsDialog:  # type: ignore[no-untyped-def]
    window = AccountsDialog(services, sysadmin)
    qtbot.addWidget(window)
    return window


def test_the_list_shows_every_account(window: AccountsDialog, services: Services, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(window.model)
    assert window.model.rowCount() == len(services.security.accounts.accounts())
    logins = [window.proxy.index(r, AccountColumn.LOGIN).data() for r in range(window.proxy.rowCount())]
    assert "sysadmin" in logins and "auditor" in logins and "DH0012" in logins
    window.view.sortByColumn(AccountColumn.LOGIN, Qt.SortOrder.DescendingOrder)
    after = [window.proxy.index(r, AccountColumn.LOGIN).data() for r in range(window.proxy.rowCount())]
    assert after == sorted(logins, reverse=True)
    window.search.setText("sysadmin")
    assert window.proxy.rowCount() == 1


def test_a_new_account_for_a_person(
    window: AccountsDialog, services: Services, sysadmin: Actor, warnings_shown: list[str]
) -> None:
    plant = services.org.units()[0]
    person_id = services.org.people_edit.add_person(
        sysadmin, PersonFields(name="新员工", employee_no="DH0900", home_unit_id=plant.id)
    )
    window.new_button.click()
    dialog = window.dialog
    assert isinstance(dialog, NewAccountDialog)
    ok(dialog)
    assert warnings_shown == ["Choose the person the account is for."]
    dialog.person.text.setText("DH0900")
    dialog.person.refresh()
    assert dialog.login.text() == "DH0900"  # the employee number is the usual login
    type_passwords(dialog, NEW_PASSWORD, "something else")
    ok(dialog)
    assert dialog.isVisible() and dialog.passwords.repeat.text() == ""
    type_passwords(dialog, "short")
    ok(dialog)
    assert "at least 8 characters" in warnings_shown[-1] and dialog.isVisible()
    type_passwords(dialog, NEW_PASSWORD)
    ok(dialog)
    assert not dialog.isVisible()
    account = services.security.accounts.account_for_person(person_id)
    assert account is not None and account.login == "DH0900" and account.must_change
    assert window.selected() is not None and window.selected().id == account.id
    with pytest.raises(LoginRefused) as refused:
        services.security.accounts.login("DH0900", NEW_PASSWORD)
    assert refused.value.problem is LoginProblem.MUST_CHANGE


def test_a_second_auditor_is_refused_in_words(window: AccountsDialog, warnings_shown: list[str]) -> None:
    window.new_button.click()
    dialog = window.dialog
    assert isinstance(dialog, NewAccountDialog)
    dialog.for_role.setChecked(True)
    dialog.role.setCurrentIndex(1)
    assert dialog.login.text() == "auditor"
    dialog.login.setText("auditor2")
    type_passwords(dialog, NEW_PASSWORD)
    ok(dialog)
    assert warnings_shown == ["There is already an account for this system role; no account holds two of them."]
    assert dialog.isVisible()


def test_reset_password(window: AccountsDialog, services: Services) -> None:
    choose(window, "DH0012")
    window.reset_button.click()
    dialog = window.dialog
    assert isinstance(dialog, ResetPasswordDialog)
    type_passwords(dialog, NEW_PASSWORD)
    ok(dialog)
    assert not dialog.isVisible()
    with pytest.raises(LoginRefused) as refused:
        services.security.accounts.login("DH0012", NEW_PASSWORD)
    assert refused.value.problem is LoginProblem.MUST_CHANGE
    assert window.selected().login == "DH0012" and window.selected().must_change


def test_unlock_disable_and_enable(window: AccountsDialog, services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    for _ in range(services.security.accounts.policy().lock_attempts):
        with pytest.raises(LoginRefused):
            services.security.accounts.login("DH0012", "Wrong#2026")
    window.refresh()
    choose(window, "DH0012")
    assert window.unlock_button.isEnabled()
    assert window.proxy.index(window.view.currentIndex().row(), AccountColumn.LOCKED_UNTIL).data()
    window.unlock_button.click()
    assert not window.unlock_button.isEnabled()
    services.security.accounts.login("DH0012", DEMO_PASSWORD)

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.active_button.click()
    assert not window.selected().active and window.active_button.text() == "&Enable"
    with pytest.raises(LoginRefused) as refused:
        services.security.accounts.login("DH0012", DEMO_PASSWORD)
    assert refused.value.problem is LoginProblem.DISABLED
    window.active_button.click()
    assert window.selected().active
    choose(window, "sysadmin")
    assert not window.active_button.isEnabled()  # the one system administrator stays


def test_only_the_system_administrator_changes_accounts(
    qtbot,
    services: Services,
    warnings_shown: list[str],  # type: ignore[no-untyped-def]
) -> None:
    leader = services.security.accounts.login("DH0001", DEMO_PASSWORD).actor
    window = AccountsDialog(services, leader)
    qtbot.addWidget(window)
    choose(window, "DH0012")
    window.unlock_button.setEnabled(True)
    window.unlock_button.click()
    assert warnings_shown == [
        "Your account does not have the right to administer accounts. Nothing was changed; ask your grid leader."
    ]
