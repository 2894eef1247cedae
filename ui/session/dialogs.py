"""The dialogs of the working session: the first system administrator, login (with a forced password change),
and the lock of an idle window. Keyboard first: each field takes Enter; errors are shown inside the dialog."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QStringListModel, Qt, Slot
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.session.words import login_problem_text, policy_hint

if TYPE_CHECKING:
    from gridapp.actor import Actor
    from gridapp.security.accounts import AccountService, LoggedIn


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(128)
    return field


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("error")
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    label.hide()
    return label


def _show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class NewPassword(QWidget):
    """A new password typed twice, with the policy said in words before the user types."""

    def __init__(self, accounts: AccountService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        policy = accounts.policy()
        self.first = _password_field("newPassword")
        self.second = _password_field("repeatPassword")
        hint = QLabel(policy_hint(policy.min_length, policy.min_kinds))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(mid);")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("New password:"), self.first)
        form.addRow(self.tr("Repeat it:"), self.second)
        form.addRow(hint)
        self.first.returnPressed.connect(self.second.setFocus)

    def value(self) -> str | None:
        """The password, or None when the two differ."""
        return self.first.text() if self.first.text() == self.second.text() else None

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()


class InitAdminDialog(QDialog):
    """A new database: the system administrator's password before anything else (no default passwords)."""

    def __init__(self, accounts: AccountService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("initAdminDialog")
        self.setWindowTitle(self.tr("First start: system administrator"))
        self._accounts = accounts
        intro = QLabel(
            self.tr(
                "This database has no accounts yet. Choose the password of the system administrator "
                "(login “sysadmin”). The system administrator manages accounts and settings only; the work "
                "of the plant is done with personal accounts."
            )
        )
        intro.setWordWrap(True)
        self.password = NewPassword(accounts)
        self.error = _error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.password.second.returnPressed.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.password)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(480, 0)

    def accept(self) -> None:
        from gridapp.security.accounts import LoginRefused

        password = self.password.value()
        if password is None:
            _show_error(self.error, self.tr("The two passwords differ."))
            return
        try:
            self._accounts.init_admin(password)
        except LoginRefused as exc:
            _show_error(self.error, login_problem_text(exc))
            return
        self.password.clear()
        super().accept()


class LoginDialog(QDialog):
    """Login name (with completion) and password; a first login, a reset or an expired password asks for a new
    one on a second page. ``logged_in`` holds the result when accepted."""

    def __init__(
        self,
        accounts: AccountService | None,
        parent: QWidget | None = None,
        title: str = "",
        changing: str = "",
        starting: bool = False,
    ) -> None:
        """``changing``: the login whose password is changed by choice (the current password first);
        ``starting``: the login at start, whose cancel quits the program. ``accounts`` is None while the database
        is still opening (the login is asked at once at start): typing goes on, and a login pressed meanwhile
        waits for ``set_accounts``."""
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self._changing = changing
        self.setWindowTitle(title or self.tr("Log in — Red Grid Workstation"))
        self._accounts: AccountService | None = None
        self._waiting = False  # a login pressed before the database was open
        self.logged_in: LoggedIn | None = None
        self.pages = QStackedWidget()
        heading = QLabel(self.tr("Red Grid Workstation"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        heading.setStyleSheet("color: #b00020;")

        login_page = QWidget()
        self.login = QLineEdit()
        self.login.setObjectName("login")
        self.login.setPlaceholderText(self.tr("Login name (employee number)"))
        self.completer = QCompleter([], self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.login.setCompleter(self.completer)
        self.password = _password_field("password")
        form = QFormLayout(login_page)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Login name:"), self.login)
        form.addRow(self.tr("Password:"), self.password)
        self.pages.addWidget(login_page)

        change_page = QWidget()
        self.change_intro = QLabel()
        self.change_intro.setWordWrap(True)
        self._change_layout = QVBoxLayout(change_page)
        self._change_layout.setContentsMargins(0, 0, 0, 0)
        self._change_layout.addWidget(self.change_intro)
        self.pages.addWidget(change_page)

        self.error = _error_label()
        self.buttons = QDialogButtonBox()
        self.ok = QPushButton(self.tr("Log in"))
        self.ok.setDefault(True)
        self.buttons.addButton(self.ok, QDialogButtonBox.ButtonRole.AcceptRole)
        if starting:
            self.buttons.addButton(self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        else:
            self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.login.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.pages)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(420, 0)
        self.login.setFocus()
        if accounts is not None:
            self.set_accounts(accounts)
        if changing:
            self.login.setText(changing)
            self.login.setEnabled(False)
            self.ok.setText(self.tr("Next"))
            self.password.setFocus()

    def set_accounts(self, accounts: AccountService) -> None:
        """The database is open: logins complete, the password policy is known, and a login pressed while it
        opened goes ahead."""
        self._accounts = accounts
        self.completer.setModel(QStringListModel(accounts.logins(), self.completer))
        self.new_password = NewPassword(accounts)
        self.new_password.second.returnPressed.connect(self.accept)
        self._change_layout.addWidget(self.new_password)
        if self._waiting:
            self._waiting = False
            self.ok.setEnabled(True)
            _show_error(self.error, "")
            self.accept()

    def _ask_new_password(self, text: str) -> None:
        self.change_intro.setText(text)
        self.pages.setCurrentIndex(1)
        self.ok.setText(self.tr("Change and log in"))
        self.login.setEnabled(False)
        _show_error(self.error, "")
        self.new_password.first.setFocus()

    def accept(self) -> None:
        from gridapp.security.accounts import LoginRefused
        from gridapp.security.kinds import LoginProblem

        login = self.login.text().strip()
        if self.pages.currentIndex() == 0 and not (login and self.password.text()):
            (self.password if login else self.login).setFocus()  # Enter in a field moves on; no empty attempt
            return
        if self._accounts is None:
            self._waiting = True
            self.ok.setEnabled(False)
            _show_error(self.error, self.tr("Opening the database… you are logged in as soon as it is open."))
            self.error.setStyleSheet("color: palette(text);")
            return
        self.error.setStyleSheet("color: #b00020;")
        try:
            if self.pages.currentIndex() == 0:
                self.logged_in = self._accounts.login(login, self.password.text())
                if self._changing:
                    self._ask_new_password(self.tr("Choose your new password."))
                    return
            else:
                new = self.new_password.value()
                if new is None:
                    _show_error(self.error, self.tr("The two passwords differ."))
                    return
                self.logged_in = self._accounts.change_password(login, self.password.text(), new)
        except LoginRefused as exc:
            if exc.problem in (LoginProblem.MUST_CHANGE, LoginProblem.EXPIRED):
                self._ask_new_password(login_problem_text(exc))
                return
            if exc.problem is not LoginProblem.WEAK and exc.problem is not LoginProblem.SAME_AS_OLD:
                self.password.clear()
                self.password.setFocus()
            _show_error(self.error, login_problem_text(exc))
            return
        self.password.clear()
        self.new_password.clear()
        super().accept()


class LockDialog(QDialog):
    """The window locked after idle time: the same person unlocks with the password, or another person logs in.
    Open dialogs stay as they were behind it."""

    SWITCH = 2  # done() code: someone else will log in

    def __init__(self, accounts: AccountService, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockDialog")
        self.setWindowTitle(self.tr("Locked"))
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self._accounts = accounts
        self._actor = actor
        text = QLabel(
            self.tr("The window was locked after a time without use. {0}, enter your password to go on.").format(
                actor.name
            )
        )
        text.setWordWrap(True)
        self.password = _password_field("password")
        self.error = _error_label()
        buttons = QDialogButtonBox()
        unlock = QPushButton(self.tr("Unlock"))
        unlock.setDefault(True)
        switch = QPushButton(self.tr("Switch user…"))
        switch.setObjectName("switchUser")
        buttons.addButton(unlock, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(switch, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        switch.clicked.connect(lambda: self.done(self.SWITCH))
        self.password.returnPressed.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.password)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(420, 0)

    def accept(self) -> None:
        from gridapp.security.accounts import LoginRefused

        try:
            self._accounts.unlock_window(self._actor, self.password.text())
        except LoginRefused as exc:
            self.password.clear()
            _show_error(self.error, login_problem_text(exc))
            return
        self.password.clear()
        super().accept()

    @Slot()
    def reject(self) -> None:
        """Escape does not unlock."""


class DemoDialog(QDialog):
    """The demo plant is offered on an empty database; its accounts share one password the user chooses here."""

    def __init__(self, accounts: AccountService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demoDialog")
        self.setWindowTitle(self.tr("Demo plant"))
        self._accounts = accounts
        self.password = ""
        intro = QLabel(
            self.tr(
                "This database holds no plant yet. Load the demo water plant (one grid, six officers, five "
                "workshops, 58 staff) to look around? It can be used for training; real data needs an empty "
                "database.\n\nEvery person of the demo plant gets an account (login: the employee number, e.g. "
                "DH0001 for the grid leader), and so do “secadmin” and “auditor”. Choose their common password:"
            )
        )
        intro.setWordWrap(True)
        self.new_password = NewPassword(accounts)
        self.error = _error_label()
        buttons = QDialogButtonBox()
        load = QPushButton(self.tr("Load the demo plant"))
        load.setDefault(True)
        buttons.addButton(load, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Not now"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.new_password.second.returnPressed.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.new_password)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(520, 0)

    def accept(self) -> None:
        from gridapp.security.accounts import LoginRefused, check_password

        password = self.new_password.value()
        if password is None:
            _show_error(self.error, self.tr("The two passwords differ."))
            return
        try:
            check_password(self._accounts.policy(), password, "")
        except LoginRefused as exc:
            _show_error(self.error, login_problem_text(exc))
            return
        self.password = password
        super().accept()
