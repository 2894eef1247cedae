"""What a new user needs inside the app: people to choose from before typing a name, and the indicators' definitions
where the numbers are (no pointer to a README a plant user does not have)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QLabel

from gridapp.issues.kinds import Action
from gridapp.issues.rows import IssueFilter
from gridapp.services import Services
from tests.session_helpers import log_in
from ui.context import AppContext
from ui.issues.action_dialog import ActionDialog
from ui.issues.indicators_dialog import IndicatorsDialog
from ui.issues.person_picker import PersonPicker


@pytest.fixture
def context(services: Services) -> Iterator[AppContext]:
    context = AppContext()
    context.set_services(services)
    log_in(context, "DH0001")
    yield context


def test_the_assignee_list_is_open_with_the_units_people_before_typing(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    issue = services.issues.page(IssueFilter())[0]
    dialog = ActionDialog(Action.ASSIGN, issue, services.org, lambda _i: None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.assignee.setFocus()
    popup = dialog.assignee.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=3_000)
    rows = [dialog.assignee.matches.index(i, 0).data() for i in range(dialog.assignee.matches.rowCount())]
    expected = services.org.people(issue.unit_id, limit=30, include_left=False)
    assert rows and len(rows) == len(expected)
    assert all(p.employee_no in row for p, row in zip(expected, rows, strict=True))
    assert not dialog.assignee.choose_first_match()  # Enter on an empty field picks nobody


def test_a_picker_without_a_unit_waits_for_typing(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    picker = PersonPicker(services.org)
    qtbot.addWidget(picker)
    picker.show()
    picker.show_suggestions()
    assert picker.matches.rowCount() == 0
    picker.setText("DH0013")
    assert picker.choose_first_match() and picker.person is not None and picker.person.employee_no == "DH0013"


def test_every_indicator_says_what_it_counts(qtbot, context: AppContext, services: Services) -> None:  # type: ignore[no-untyped-def]
    root = services.org.units()[0].id
    dialog = IndicatorsDialog(context, root)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.task.finished, timeout=20_000):
        pass
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "README" not in texts
    for key in dialog.values:
        name = dialog.findChild(QLabel, f"indicatorName_{key}")
        assert name is not None and len(name.toolTip()) > 20, key
    dialog.help_button.click()
    assert dialog.help_box is not None and dialog.help_box.isVisible()
    assert all(name in dialog.help_box.text() for name, _ in dialog.definitions.values())
    dialog.help_box.close()
