"""The policy dialog: the security administrator saves a stricter policy; nobody else can."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from gridapp.actor import Actor
from gridapp.security.passwords import Policy
from gridapp.services import Services
from ui.admin.policy_dialog import PolicyDialog


def save(dialog: PolicyDialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()


def test_the_security_administrator_saves_the_policy(qtbot, services: Services, secadmin: Actor) -> None:  # type: ignore[no-untyped-def]
    dialog = PolicyDialog(services, secadmin)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.spins["min_length"].value() == 8
    for name, (low, high) in Policy.LIMITS.items():
        spin = dialog.spins[name]
        assert (spin.minimum(), spin.maximum()) == (low, high)
    assert dialog.spins["expire_days"].text() == "90 days"
    dialog.spins["min_length"].setValue(12)
    dialog.spins["min_kinds"].setValue(4)
    dialog.spins["expire_days"].setValue(0)
    assert dialog.spins["expire_days"].text() == "Never expires"
    dialog.spins["lock_attempts"].setValue(99)  # beyond the limit: held at 10
    dialog.spins["idle_minutes"].setValue(15)
    save(dialog)
    assert not dialog.isVisible()
    assert services.security.accounts.policy() == Policy(12, 4, 0, 10, 5, 15)


def test_others_are_refused(qtbot, services: Services, sysadmin: Actor, warnings_shown: list[str]) -> None:  # type: ignore[no-untyped-def]
    dialog = PolicyDialog(services, sysadmin)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.spins["min_length"].setValue(10)
    save(dialog)
    assert warnings_shown == [
        "Your account does not have the right to set the password policy. Nothing was changed; ask your grid leader."
    ]
    assert dialog.isVisible() and services.security.accounts.policy() == Policy()
