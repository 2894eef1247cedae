"""The security administrator's password and session policy, each value held within the policy's limits."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from gridapp.actor import Actor
from gridapp.security.passwords import Policy
from ui.admin.messages import show_refusal

if TYPE_CHECKING:
    from gridapp.services import Services


class PolicyDialog(QDialog):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Password and session policy"))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("汉") * 40)  # room for the notes to read in few lines
        self._services, self._actor = services, actor
        titles = {
            "min_length": self.tr("Minimum length:"),
            "min_kinds": self.tr("Kinds of characters:"),
            "expire_days": self.tr("Password expires after:"),
            "lock_attempts": self.tr("Lock after:"),
            "lock_minutes": self.tr("Lock for:"),
            "idle_minutes": self.tr("Lock the window when idle for:"),
        }
        suffixes = {
            "min_length": self.tr(" characters"),
            "min_kinds": self.tr(" of 4 kinds"),
            "expire_days": self.tr(" days"),
            "lock_attempts": self.tr(" wrong passwords"),
            "lock_minutes": self.tr(" minutes"),
            "idle_minutes": self.tr(" minutes"),
        }
        never = {"expire_days": self.tr("Never expires"), "idle_minutes": self.tr("Never locks")}
        note = QLabel(
            self.tr(
                "The four kinds are lower case, upper case, digits and other characters. The limits keep the policy at "
                "least as strict as MLPS 2.0 level 2 expects. A change applies at the next login."
            )
        )
        note.setWordWrap(True)
        form = QFormLayout()
        self.spins: dict[str, QSpinBox] = {}
        policy = services.security.accounts.policy()
        for name, (low, high) in Policy.LIMITS.items():
            spin = QSpinBox()
            spin.setObjectName(name)
            spin.setRange(low, high)
            spin.setSuffix(suffixes[name])
            if name in never:
                spin.setSpecialValueText(never[name])  # shown at the minimum, 0
            spin.setValue(getattr(policy, name))
            form.addRow(titles[name], spin)
            self.spins[name] = spin
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def policy(self) -> Policy:
        current = self._services.security.accounts.policy()
        return dataclasses.replace(current, **{name: spin.value() for name, spin in self.spins.items()})

    def accept(self) -> None:
        try:
            self._services.security.accounts.set_policy(self._actor, self.policy())
        except Exception as exc:
            show_refusal(self, exc, self.tr("Policy not saved"))
            return
        super().accept()
