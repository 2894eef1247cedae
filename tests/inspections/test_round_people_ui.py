"""The rounds page's "Responsible and misses" dialog: choosing the person a round is named after, by a user who keeps
the zone's cards, and the month's misses listed per person."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from gridapp.inspections.kinds import CheckLevel
from gridapp.services import Services
from gridapp.times import plant_today
from tests.inspections.conftest import post_named
from tests.session_helpers import log_in
from ui.context import AppContext
from ui.inspections.round_people import MissColumn, MissModel, OwnerColumn, OwnerModel, RoundPeopleDialog
from ui.inspections.tab import InspectionsTab


def test_naming_another_person_for_a_round_and_reading_the_misses(services: Services, qtbot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    context = AppContext()
    context.set_services(services)
    log_in(context, "DH0008")  # 秦大伟, lead of the dosing zone: keeps its cards
    tab = InspectionsTab(context)
    qtbot.addWidget(tab)
    tab.set_services(services)
    tab.show()
    tab.select_post(post_named(services.inspections, "加药工"))
    rounds = tab.rounds
    zone = next(u for u in services.org.units() if u.name == "加药车间责任区")
    rounds.set_unit(zone)
    qtbot.mouseClick(rounds.people_button, Qt.MouseButton.LeftButton)
    dialog = rounds.dialog
    assert isinstance(dialog, RoundPeopleDialog)
    for model in (OwnerModel(), MissModel()):  # models the test owns, outliving the dialog
        model.set_rows(dialog.owners.rows() if isinstance(model, OwnerModel) else dialog.misses.rows())
        qtmodeltester.check(model)
    owners = dialog.owners
    # The dosing post's weekly officer round: the 2nd zone, so the 2nd officer (王德明) by default.
    row = next(n for n in range(owners.rowCount()) if owners.row_at(n).group.post == "加药工"
               and owners.row_at(n).group.level is CheckLevel.OFFICER
               and owners.row_at(n).group.document == "巡回检查表")  # fmt: skip
    assert owners.index(row, OwnerColumn.OWNER).data() == "王德明"
    dialog.owners_view.selectRow(row)
    assert not dialog.default_button.isEnabled() and not dialog.name_button.isEnabled()
    dialog.picker.text.setText("宋俊杰")  # typed Chinese comes through an input method, not key clicks
    qtbot.keyClick(dialog.picker.text, Qt.Key.Key_Return)
    assert dialog.picker.person() is not None and dialog.picker.person().name == "宋俊杰"
    assert dialog.name_button.isEnabled()
    qtbot.mouseClick(dialog.name_button, Qt.MouseButton.LeftButton)
    assert "宋俊杰" in owners.index(row, OwnerColumn.OWNER).data()
    assert owners.index(row, OwnerColumn.DEFAULT).data() == "王德明" and owners.row_at(row).chosen
    due = [r for r in services.inspections.rounds.due(zone.id) if r.group.post == "加药工"
           and r.group.level is CheckLevel.OFFICER and r.group.document == "巡回检查表"]  # fmt: skip
    assert due and all(r.responsible_names == ("宋俊杰",) for r in due)
    dialog.owners_view.selectRow(row)
    qtbot.mouseClick(dialog.default_button, Qt.MouseButton.LeftButton)
    assert owners.index(row, OwnerColumn.OWNER).data() == "王德明" and not owners.row_at(row).chosen

    # The misses of this month: the demo leaves the dosing post's daily rounds of 6 and 19 days ago undone; those
    # falling in this month (and before today) are listed under 邹淑英, the post's first staff member.
    today = plant_today()
    expected = sorted(
        d for d in (today - dt.timedelta(days=6), today - dt.timedelta(days=19)) if d.replace(day=1) == dialog.month
    )
    listed = sorted(
        dialog.misses.row_at(n).period_start
        for n in range(dialog.misses.rowCount())
        if dialog.misses.row_at(n).group.post == "加药工" and dialog.misses.row_at(n).group.document == "巡回检查表"
        and dialog.misses.index(n, MissColumn.PERSON).data() == "邹淑英"
    )  # fmt: skip
    assert listed == expected
    if expected:
        assert "邹淑英" in dialog.summary.text()
    dialog.close()
