"""The system administrator's accounts window: the list, new accounts, password resets, unlocking, disabling."""

from __future__ import annotations

import enum
import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QItemSelection, QSortFilterProxyModel, Qt, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from gridapp.actor import Actor
from gridapp.security.accounts import SYSTEM_LOGINS, AccountRow
from gridapp.security.kinds import SystemRole
from gridapp.times import utcnow
from ui.admin.labels import plant_time, system_role_label
from ui.admin.messages import show_refusal
from ui.org.pickers import PersonPicker
from ui.roles import ROW_ROLE, SORT_ROLE
from ui.row_table import RowTableModel
from ui.scoring.page import button_row, set_widths, table_view
from ui.session.words import policy_hint

if TYPE_CHECKING:
    from gridapp.services import Services

translate = QCoreApplication.translate


class AccountColumn(enum.IntEnum):
    LOGIN = 0
    PERSON = 1
    UNIT = 2
    KIND = 3
    ACTIVE = 4
    LOCKED_UNTIL = 5
    MUST_CHANGE = 6
    LAST_LOGIN = 7


class AccountTableModel(RowTableModel[AccountRow]):
    columns = AccountColumn

    def title(self, column: Any) -> str:
        return {
            AccountColumn.LOGIN: translate("AccountTableModel", "Login"),
            AccountColumn.PERSON: translate("AccountTableModel", "Person"),
            AccountColumn.UNIT: translate("AccountTableModel", "Unit"),
            AccountColumn.KIND: translate("AccountTableModel", "Kind"),
            AccountColumn.ACTIVE: translate("AccountTableModel", "State"),
            AccountColumn.LOCKED_UNTIL: translate("AccountTableModel", "Locked until"),
            AccountColumn.MUST_CHANGE: translate("AccountTableModel", "Must change password"),
            AccountColumn.LAST_LOGIN: translate("AccountTableModel", "Last login"),
        }[column]

    def text(self, row: AccountRow, column: Any) -> str:
        match column:
            case AccountColumn.LOGIN:
                return row.login
            case AccountColumn.PERSON:
                return row.person_name
            case AccountColumn.UNIT:
                return row.unit
            case AccountColumn.KIND:
                kind = system_role_label(row.system_role)
                return translate("AccountTableModel", "{0} (demo)").format(kind) if row.demo else kind
            case AccountColumn.ACTIVE:
                return (
                    translate("AccountTableModel", "Active")
                    if row.active
                    else translate("AccountTableModel", "Disabled")
                )
            case AccountColumn.LOCKED_UNTIL:
                return plant_time(row.locked_until) if is_locked(row) else ""
            case AccountColumn.MUST_CHANGE:
                return translate("AccountTableModel", "Yes") if row.must_change else ""
            case AccountColumn.LAST_LOGIN:
                return plant_time(row.last_login_at)
        return ""

    def dimmed(self, row: AccountRow) -> bool:
        return not row.active


def is_locked(row: AccountRow) -> bool:
    return row.locked_until is not None and row.locked_until > utcnow()


class PasswordFields:
    """A temporary password typed twice (hidden); the holder must change it at first login."""

    def __init__(self, form: QFormLayout, hint: str) -> None:
        self.password = QLineEdit()
        self.password.setObjectName("passwordEdit")
        self.repeat = QLineEdit()
        self.repeat.setObjectName("repeatEdit")
        for edit in (self.password, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        note = QLabel(hint)
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(mid);")
        form.addRow(translate("PasswordFields", "Temporary password:"), self.password)
        form.addRow(translate("PasswordFields", "Repeat it:"), self.repeat)
        form.addRow(note)

    def checked(self, parent: QWidget) -> str | None:
        if self.password.text() != self.repeat.text():
            QMessageBox.warning(
                parent,
                translate("PasswordFields", "Not possible"),
                translate("PasswordFields", "The two passwords differ. Type the same password twice."),
            )
            self.repeat.clear()
            self.repeat.setFocus()
            return None
        return self.password.text()


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def _hint(services: Services) -> str:
    policy = services.security.accounts.policy()
    return " ".join(
        [
            policy_hint(policy.min_length, policy.min_kinds),
            translate("PasswordFields", "It must be changed at the first login; tell it to the holder in person."),
        ]
    )


class NewAccountDialog(QDialog):
    """An account for a person (picked from the organisation) or for a system role (三员); the dialog stays open on
    a refusal so nothing typed is lost."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New account"))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("汉") * 40)  # room for the notes to read in few lines
        self._services, self._actor = services, actor
        self.created: AccountRow | None = None
        self.for_person = QRadioButton(self.tr("For a person of the organisation"))
        self.for_person.setChecked(True)
        self.for_role = QRadioButton(self.tr("For a system role (三员)"))
        kinds = QButtonGroup(self)
        kinds.addButton(self.for_person)
        kinds.addButton(self.for_role)
        self.person = PersonPicker(lambda text: services.org.search_people(text), None, self)
        self.role = QComboBox()
        self.role.setObjectName("roleCombo")
        for role in (SystemRole.SECURITY_ADMIN, SystemRole.AUDITOR):
            self.role.addItem(system_role_label(role), role)
        self.login = QLineEdit()
        self.login.setObjectName("loginEdit")
        self.login.setPlaceholderText(self.tr("Usually the employee number"))
        form = QFormLayout()
        form.addRow(self.for_person)
        form.addRow(self.person)
        form.addRow(self.for_role)
        form.addRow(self.tr("System role:"), self.role)
        form.addRow(self.tr("Login name:"), self.login)
        self.passwords = PasswordFields(form, _hint(services))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))
        self.person.person_changed.connect(self._on_person_person_changed)
        self.role.currentIndexChanged.connect(lambda _row: self._suggest_login())
        self.for_person.toggled.connect(self._on_for_person_toggled)
        self._suggested = ""
        self._on_for_person_toggled(True)

    @Slot(bool)
    def _on_for_person_toggled(self, on: bool) -> None:
        self.person.setEnabled(on)
        self.role.setEnabled(not on)
        self._suggest_login()

    @Slot(object)
    def _on_person_person_changed(self, _person: object) -> None:
        self._suggest_login()

    def _suggest_login(self) -> None:
        """The employee number or the role's usual login, unless the administrator typed another."""
        if self.login.text() not in ("", self._suggested):
            return
        if self.for_person.isChecked():
            person = self.person.person()
            self._suggested = person.employee_no if person else ""
        else:
            self._suggested = SYSTEM_LOGINS[SystemRole(self.role.currentData())]
        self.login.setText(self._suggested)

    def accept(self) -> None:
        person_id: uuid.UUID | None = None
        role: SystemRole | None = None
        if self.for_person.isChecked():
            person = self.person.person()
            if person is None:
                QMessageBox.warning(self, self.tr("Not possible"), self.tr("Choose the person the account is for."))
                return
            person_id = person.id
        else:
            role = SystemRole(self.role.currentData())  # (Qt hands the enum back as its string)
        password = self.passwords.checked(self)
        if password is None:
            return
        try:
            self.created = self._services.security.accounts.create(
                self._actor, self.login.text().strip(), password, person_id=person_id, system_role=role
            )
        except Exception as exc:
            show_refusal(self, exc, self.tr("Account not created"))
            return
        super().accept()


class ResetPasswordDialog(QDialog):
    def __init__(self, services: Services, actor: Actor, account: AccountRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reset password of {0}").format(account.login))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("汉") * 40)  # room for the notes to read in few lines
        self._services, self._actor, self._account = services, actor, account
        form = QFormLayout()
        form.addRow(self.tr("Account:"), QLabel(f"{account.login}　{account.person_name}"))
        self.passwords = PasswordFields(form, _hint(services))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))

    def accept(self) -> None:
        password = self.passwords.checked(self)
        if password is None:
            return
        try:
            self._services.security.accounts.reset_password(self._actor, self._account.id, password)
        except Exception as exc:
            show_refusal(self, exc, self.tr("Password not reset"))
            return
        super().accept()


class AccountsDialog(QDialog):
    """Only the system administrator opens it (the menu asks); the service checks the right again on every change."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Accounts"))
        self._services, self._actor = services, actor
        self.dialog: QDialog | None = None  # the new-account or reset dialog while it is open
        self.model = AccountTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.view = table_view("accountsTable", self.proxy)
        set_widths(self.view, {c: w for c, w in zip(AccountColumn, (8, 6, 12, 8, 4, 10, 6, 10), strict=True)})
        self.view.sortByColumn(AccountColumn.LOGIN, Qt.SortOrder.AscendingOrder)
        self.search = QLineEdit()
        self.search.setObjectName("accountSearch")
        self.search.setPlaceholderText(self.tr("Filter: login, name or unit"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.new_button = QPushButton(self.tr("&New account…"))
        self.reset_button = QPushButton(self.tr("&Reset password…"))
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.active_button = QPushButton(self.tr("&Disable"))
        self.new_button.clicked.connect(self._on_new_button_clicked)
        self.reset_button.clicked.connect(self._on_reset_button_clicked)
        self.unlock_button.clicked.connect(self._on_unlock_button_clicked)
        self.active_button.clicked.connect(self._on_active_button_clicked)
        self.view.selectionModel().selectionChanged.connect(self._on_view_selection_changed)
        self.view.doubleClicked.connect(lambda _index: self._on_reset_button_clicked())
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.view)
        layout.addLayout(button_row(self.new_button, None, self.reset_button, self.unlock_button, self.active_button))
        self.resize(1100, 640)
        self.refresh()

    def refresh(self) -> None:
        chosen = self.selected()
        self.model.set_rows(self._services.security.accounts.accounts())
        if chosen is not None:
            self.select(chosen.id)
        self._on_view_selection_changed(QItemSelection(), QItemSelection())

    def selected(self) -> AccountRow | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def select(self, account_id: uuid.UUID) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ROW_ROLE).id == account_id:
                self.view.selectRow(row)
                self.view.scrollTo(index)
                return

    @Slot(QItemSelection, QItemSelection)
    def _on_view_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        account = self.selected()
        self.reset_button.setEnabled(account is not None)
        self.unlock_button.setEnabled(account is not None and is_locked(account))
        self.active_button.setEnabled(account is not None and account.system_role is not SystemRole.SYSTEM_ADMIN)
        enable = account is not None and not account.active
        self.active_button.setText(self.tr("&Enable") if enable else self.tr("&Disable"))

    def _open(self, dialog: QDialog) -> None:
        """Window-modal, not exec(): the accounts window keeps working underneath and tests can drive the dialog."""
        self.dialog = dialog
        dialog.accepted.connect(self.refresh)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    @Slot()
    def _on_new_button_clicked(self) -> None:
        dialog = NewAccountDialog(self._services, self._actor, self)
        self._open(dialog)
        dialog.accepted.connect(lambda: dialog.created and self.select(dialog.created.id))  # after the refresh

    @Slot()
    def _on_reset_button_clicked(self) -> None:
        account = self.selected()
        if account is not None:
            self._open(ResetPasswordDialog(self._services, self._actor, account, self))

    @Slot()
    def _on_unlock_button_clicked(self) -> None:
        account = self.selected()
        if account is not None:
            self._change(lambda: self._services.security.accounts.unlock(self._actor, account.id))

    @Slot()
    def _on_active_button_clicked(self) -> None:
        account = self.selected()
        if account is None:
            return
        if account.active:
            answer = QMessageBox.question(
                self,
                self.tr("Disable account"),
                self.tr("Disable the account {0}? Its holder can no longer log in; the records stay.").format(
                    account.login
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._change(lambda: self._services.security.accounts.set_active(self._actor, account.id, not account.active))

    def _change(self, change: Any) -> None:
        try:
            change()
        except Exception as exc:
            show_refusal(self, exc)
        self.refresh()
