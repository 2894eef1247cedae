"""The meeting dialog's photos: added to a new record, shown as thumbnails when it is opened again, one taken off;
the record sheet prints with them."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QListView

from gridapp.services import Services
from tests.org_helpers import unit
from tests.org_ui import _dialog_failures, _tab_fixture, ok, when_dialog  # noqa: F401  (fixtures)
from tests.test_org_dialogs import wait_for_preview
from ui.org.tab import OrgTab, Page


def test_photos_added_shown_and_taken_off(qtbot, tab: OrgTab, services: Services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pictures = []
    for name, colour in (("hall.jpg", "red"), ("signin.png", "blue")):
        Image.new("RGB", (800, 600), colour).save(tmp_path / name)
        pictures.append(tmp_path / name)
    tab.select_unit(unit(services, "DH-W-01-1").id)
    tab.pages.setCurrentIndex(Page.MEETINGS)
    page = tab.meetings_page
    qtbot.waitUntil(lambda: page.matrix_model.rowCount() > 0)

    def new(dialog: QDialog) -> None:
        kind = dialog.findChild(QComboBox, "meetingKind")
        kind.setCurrentIndex(kind.findText("党小组会"))
        assert kind.currentIndex() > 0
        host = dialog.findChild(QComboBox, "meetingHost")
        host.setCurrentIndex(1)
        topic = dialog.findChild(QLineEdit, "meetingTopic")
        topic.setFocus()
        QTest.keyClicks(topic, "Photos")
        dialog.photos.add(pictures)  # type: ignore[attr-defined]  (what "Add photos…" does with the files picked)
        assert dialog.findChild(QListView, "meetingPhotos").model().rowCount() == 2
        ok(dialog)

    when_dialog(new)
    page.record_action.trigger()
    qtbot.waitUntil(lambda: page.meetings_model.rowCount() == 1)
    meeting = page.meetings_model.row_at(0)
    assert [p.name for p in services.party_life.meetings.detail(meeting.id).photos] == ["hall.jpg", "signin.png"]

    def reopen(dialog: QDialog) -> None:
        # the record's own kind and host, not the first of each list (ids read again are equal, not identical)
        assert dialog.findChild(QComboBox, "meetingKind").currentText() == "党小组会"
        assert dialog.findChild(QComboBox, "meetingHost").currentData() == meeting.host_id is not None
        view = dialog.findChild(QListView, "meetingPhotos")
        model = view.model()
        assert model.rowCount() == 2
        icon = model.data(model.index(0, 0), Qt.ItemDataRole.DecorationRole)
        assert not icon.isNull() and icon.width() <= 96  # the thumbnail from the photo folder
        view.setCurrentIndex(model.index(0, 0))
        dialog.remove_photo.click()  # type: ignore[attr-defined]
        ok(dialog)

    page.meetings_view.selectRow(0)
    when_dialog(reopen)
    page.edit_action.trigger()
    qtbot.waitUntil(lambda: len(services.party_life.meetings.detail(meeting.id).photos) == 1)
    after = services.party_life.meetings.detail(meeting.id)
    assert after.photos[0].name == "signin.png" and after.meeting.kind == "党小组会"
    assert after.meeting.host_id == meeting.host_id
    page.meetings_view.selectRow(0)
    pages = wait_for_preview(qtbot)
    page.print_action.trigger()
    assert pages and pages[0] >= 1
