"""Every refusal has its own sentence in a warning box, and every kind of broken chain its own verdict."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QMessageBox

from gridapp.security.accounts import LoginRefused
from gridapp.security.chain import Breach, BreachKind, ChainReport
from gridapp.security.kinds import LoginProblem
from gridapp.security.passwords import PolicyRule
from gridapp.security.rights import AccessDenied, Right
from ui.admin.messages import chain_report_text, show_refusal

DETAILS = {
    LoginProblem.LOCKED: {"until": dt.datetime(2026, 3, 1, 1, 5, tzinfo=dt.UTC)},
    LoginProblem.WEAK: {"rules": list(PolicyRule), "min_length": 10, "min_kinds": 4},
    LoginProblem.LOGIN_TAKEN: {"login": "DH0012"},
    LoginProblem.LOGIN_INVALID: {"login": "a b"},
    LoginProblem.PERSON_HAS_ACCOUNT: {"name": "谢雪莲"},
    LoginProblem.SYSTEM_ROLE_TAKEN: {"role": "auditor"},
}
REFUSALS = [LoginRefused(p, **DETAILS.get(p, {})) for p in LoginProblem] + [AccessDenied(r) for r in Right]


@pytest.mark.parametrize("refusal", REFUSALS, ids=str)
def test_each_refusal_is_worded(qapp, refusal: Exception, warnings_shown: list[str]) -> None:  # type: ignore[no-untyped-def]
    show_refusal(None, refusal)
    text = warnings_shown[0]
    assert len(warnings_shown) == 1 and "{" not in text and "unexpected" not in text
    code = refusal.problem if isinstance(refusal, LoginRefused) else refusal.right  # type: ignore[attr-defined]
    assert text != code.value and ("_" not in code.value or code.value not in text)  # no code left unworded


def test_anything_else_is_an_error(qapp, monkeypatch: pytest.MonkeyPatch, warnings_shown: list[str]) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    show_refusal(None, ValueError("boom"))
    assert warnings_shown == [] and shown == [
        "An unexpected error occurred. The details have been written to the log file."
    ]


@pytest.mark.parametrize("kind", list(BreachKind))
def test_each_breach_is_worded(kind: BreachKind) -> None:
    text = chain_report_text(ChainReport(10, 4, True, Breach(kind, 7, "2026-0013 #2")))
    assert text.startswith("The audit chain is broken at record no. 7.") and "{" not in text


def test_an_intact_chain_says_how_much_was_checked() -> None:
    assert chain_report_text(ChainReport(1200, 345, True, None)) == (
        "The audit chain is intact: 1200 records, 345 issue history entries."
    )
    assert "no key" in chain_report_text(ChainReport(3, 0, False, None))
    assert chain_report_text(ChainReport(3, 0, True, Breach(BreachKind.GUARD_DROPPED, None, "x"))).startswith(
        "The audit chain is broken. The database guard x"
    )
    genesis = Breach(BreachKind.EVENT_CHANGED, 1, "events before the audit trail started")
    assert "(those written before the audit trail began)" in chain_report_text(ChainReport(3, 9, True, genesis))
