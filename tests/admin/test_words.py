"""Every refusal and every kind of broken chain has its own sentence (none falls through to a generic error)."""

from __future__ import annotations

import datetime as dt

import pytest

from gridapp.security.accounts import LoginRefused
from gridapp.security.chain import Breach, BreachKind, ChainReport
from gridapp.security.kinds import LoginProblem
from gridapp.security.passwords import PolicyRule
from gridapp.security.rights import AccessDenied, Right
from ui.admin.labels import right_label
from ui.admin.messages import chain_report_text, login_problem_text, refusal_text

DETAILS = {
    LoginProblem.LOCKED: {"until": dt.datetime(2026, 3, 1, 1, 5, tzinfo=dt.UTC)},
    LoginProblem.WEAK: {"rules": list(PolicyRule), "min_length": 10, "min_kinds": 4},
    LoginProblem.LOGIN_TAKEN: {"login": "DH0012"},
    LoginProblem.LOGIN_INVALID: {"login": "a b"},
    LoginProblem.PERSON_HAS_ACCOUNT: {"name": "谢雪莲"},
    LoginProblem.SYSTEM_ROLE_TAKEN: {"role": "auditor"},
}


@pytest.mark.parametrize("problem", list(LoginProblem))
def test_each_login_problem_is_worded(problem: LoginProblem) -> None:
    text = login_problem_text(LoginRefused(problem, **DETAILS.get(problem, {})))
    assert text and "{" not in text


def test_the_details_fill_the_sentence() -> None:
    assert "2026-03-01 09:05:00" in login_problem_text(
        LoginRefused(LoginProblem.LOCKED, **DETAILS[LoginProblem.LOCKED])
    )
    weak = login_problem_text(LoginRefused(LoginProblem.WEAK, **DETAILS[LoginProblem.WEAK]))
    assert "at least 10 characters" in weak and "at least 4 of" in weak and "login name" in weak
    setting = login_problem_text(LoginRefused(LoginProblem.WEAK, setting="lock_attempts", low=3, high=10))
    assert setting == "“Lock after wrong passwords” must be between 3 and 10."
    assert refusal_text(ValueError()) is None


@pytest.mark.parametrize("right", list(Right))
def test_each_missing_right_is_named(right: Right) -> None:
    assert right_label(right) in (refusal_text(AccessDenied(right)) or "")


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
