"""Fixtures for the security windows: the three system accounts logged in, and a context that says who is."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox

from gridapp.actor import Actor
from gridapp.security.rights import Right
from gridapp.services import Services
from tests.conftest import DEMO_PASSWORD

ADMIN_PASSWORD = "Admin#2026"


@pytest.fixture
def sysadmin(services: Services) -> Actor:
    services.security.accounts.init_admin(ADMIN_PASSWORD)
    return services.security.accounts.login("sysadmin", ADMIN_PASSWORD).actor


def login(services: Services, name: str) -> Actor:
    return services.security.accounts.login(name, DEMO_PASSWORD).actor


@pytest.fixture
def auditor(services: Services) -> Actor:
    return login(services, "auditor")


@pytest.fixture
def secadmin(services: Services) -> Actor:
    return login(services, "secadmin")


class FakeContext(QObject):
    """What the Security menu uses of ui.context.AppContext (services, actor, may, operator_changed)."""

    operator_changed = Signal(object)

    def __init__(self, services: Services, actor: Actor | None = None) -> None:
        super().__init__()
        self.services = services
        self.actor = actor

    def log_in(self, actor: Actor | None) -> None:
        self.actor = actor
        self.operator_changed.emit(actor)

    def may(self, right: Right, unit_id: uuid.UUID | None = None) -> bool:
        return self.services.security.may(self.actor, right, unit_id)


@pytest.fixture(autouse=True)
def _no_error_box(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """An error dialog would block the test forever: it fails the test instead."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    yield
    assert shown == []


@pytest.fixture
def warnings_shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Warning boxes would block a test: their sentences are collected instead."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    return shown
