"""The security windows at 1280×800: pictures in test-output/ to look at, and no button or label cut short."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QDialog, QLabel

from gridapp.actor import Actor
from gridapp.services import Services
from ui.admin.accounts import AccountsDialog, NewAccountDialog
from ui.admin.audit_trail import AuditTrailDialog
from ui.admin.policy_dialog import PolicyDialog


def cut_short(window: QDialog) -> list[str]:
    """Buttons and one-line labels given less width than their text needs."""
    return [
        w.text()
        for w in [*window.findChildren(QAbstractButton), *window.findChildren(QLabel)]
        if w.isVisible() and w.text() and not getattr(w, "wordWrap", lambda: False)()
        and w.width() < w.sizeHint().width()
    ]  # fmt: skip


def test_the_windows_fit(  # type: ignore[no-untyped-def]
    qtbot, services: Services, sysadmin: Actor, secadmin: Actor, auditor: Actor, output_dir: Path
) -> None:
    windows = {
        "accounts": AccountsDialog(services, sysadmin),
        "new_account": NewAccountDialog(services, sysadmin),
        "policy": PolicyDialog(services, secadmin),
        "audit_trail": AuditTrailDialog(services, auditor),
    }
    for name, window in windows.items():
        qtbot.addWidget(window)
        if name in ("accounts", "audit_trail"):
            window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        assert window.width() <= 1280 and window.height() <= 800
        assert window.grab().save(str(output_dir / f"{name}.png"))
        assert cut_short(window) == [], name
