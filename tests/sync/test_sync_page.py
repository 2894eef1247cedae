"""The sync page driven as a user drives it: set up, register a station from its file, export at the station and
import at the plant (with the return file), the conflict archive's restore, refusals in words, the status bar's
warning, and the window's fit at 1280×800."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel, QMainWindow, QMessageBox

from gridapp.actor import Actor
from gridapp.org.service import OrgService
from gridapp.services import Services
from tests.conftest import ADMIN_PASSWORD
from tests.session_helpers import log_in
from tests.sync.helpers import Site, exchange, open_site, plant_and_stations
from ui.context import AppContext
from ui.sync.menu import install_sync
from ui.sync.models import ConflictModel, FieldModel, HistoryModel, PeerModel
from ui.sync.page import SyncDialog


class SiteContext(AppContext):
    """A context whose actor is given (a station's own system actor where no account can log in yet)."""

    def __init__(self, services: Services, actor: Actor) -> None:
        self._given = actor
        super().__init__()
        self.set_services(services)

    @property
    def actor(self) -> Actor | None:  # type: ignore[override]
        return self._given


@pytest.fixture
def sites(_templates: dict[str, Path], tmp_path: Path) -> Iterator[tuple[Site, Site]]:
    plant, (station,) = plant_and_stations(_templates, tmp_path)
    yield plant, station
    plant.db.dispose()
    station.db.dispose()


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """Message boxes answered and collected instead of blocking: questions are answered Yes."""
    shown: dict[str, list[str]] = {"warning": [], "question": [], "information": []}

    def answer(kind: str, result: Any) -> Any:
        return lambda _parent, _title, text, *a, **k: shown[kind].append(text) or result

    monkeypatch.setattr(QMessageBox, "warning", answer("warning", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "question", answer("question", QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(QMessageBox, "information", answer("information", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown["warning"].append(box.text()) or 0)
    return shown


def files(monkeypatch: pytest.MonkeyPatch, save: Path | None = None, open_: Path | None = None) -> None:
    if save is not None:
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(save), ""))
    if open_ is not None:
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(open_), ""))


def page(qtbot: Any, context: AppContext) -> SyncDialog:
    dialog = SyncDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def leader_context(site: Site, login: str = "DH0001") -> AppContext:
    context = AppContext()
    context.set_services(Services.over(site.db))
    log_in(context, login)
    return context


def unit_of(site: Site) -> Any:
    return next(u for u in OrgService(site.db).units() if u.parent_id is not None)


def rename(site: Site, name: str) -> None:
    unit = unit_of(site)
    OrgService(site.db).tree.update_unit(site.actor, unit.id, name, unit.kind, unit.code)


def wait_idle(qtbot: Any, dialog: SyncDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.guard.busy, timeout=20_000)


def test_export_at_the_station_and_import_at_the_plant(
    qtbot: Any, sites: tuple[Site, Site], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, boxes: dict
) -> None:
    plant, station = sites
    rename(station, "二号泵房网格")
    at_station = page(qtbot, leader_context(station))
    assert at_station.export_button.isEnabled() and not at_station.register_button.isVisible()
    assert isinstance(at_station.peers_view.model(), PeerModel)
    assert at_station.peer_model.rows()[0].waiting >= 1
    out = tmp_path / "usb" / "to-plant.rgsync"
    out.parent.mkdir()
    files(monkeypatch, save=out)
    at_station.export_button.click()
    wait_idle(qtbot, at_station)
    assert out.exists() and "to-plant.rgsync" in at_station.last_result
    assert at_station.peer_model.rows()[0].last_written == "to-plant.rgsync"

    at_plant = page(qtbot, leader_context(plant))
    assert at_plant.register_button.isVisible() and not at_plant.sync_now_button.isVisible()
    replies = tmp_path / "replies"
    replies.mkdir()
    files(monkeypatch, open_=out)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(replies))
    at_plant.import_button.click()
    wait_idle(qtbot, at_plant)
    assert boxes["warning"] == []
    assert unit_of(plant).name == "二号泵房网格"
    assert list(replies.glob("*.rgsync")), "the return file for the station"
    qtbot.waitUntil(lambda: at_plant.peer_model.rows()[0].last_read == "to-plant.rgsync")
    history = at_plant.history_model
    assert isinstance(history, HistoryModel)
    assert [(e.direction, e.outcome) for e in history.rows()][:2] == [("export", ""), ("import", "")]

    # the return file read at the station
    files(monkeypatch, open_=next(replies.glob("*.rgsync")))
    at_station.import_button.click()
    wait_idle(qtbot, at_station)
    assert boxes["warning"] == [] and "Read the file from" in at_station.last_result


def test_a_conflict_is_shown_field_by_field_and_restored(
    qtbot: Any, sites: tuple[Site, Site], monkeypatch: pytest.MonkeyPatch, boxes: dict
) -> None:
    plant, station = sites
    rename(station, "站上改的名")
    rename(plant, "厂里改的名")
    exchange(station, plant)
    at_plant = page(qtbot, leader_context(plant))
    model = at_plant.conflict_model
    assert isinstance(model, ConflictModel) and model.rowCount() == 1
    assert at_plant.tabs.tabText(1) == "Conflict archive (1)"
    assert model.index(0, 1).data() == "Unit · 厂里改的名 DH-W" and model.index(0, 3).data() == "泵站1"
    at_plant.conflicts_view.selectRow(0)
    fields = at_plant.field_model
    assert isinstance(fields, FieldModel)
    shown = {fields.index(r, 0).data(): (fields.index(r, 1).data(), fields.index(r, 2).data()) for r in range(2)}
    assert shown["Name"] == ("站上改的名", "厂里改的名")
    assert at_plant.restore_button.isEnabled() and at_plant.dismiss_button.isEnabled()
    at_plant.restore_button.click()
    assert boxes["warning"] == []
    assert unit_of(plant).name == "站上改的名"
    qtbot.waitUntil(lambda: model.rowCount() == 0)
    at_plant.show_resolved.setChecked(True)
    assert model.rowCount() == 1 and model.index(0, 4).data().startswith("Restored")


def test_a_staff_member_may_not_resolve_conflicts(qtbot: Any, sites: tuple[Site, Site], boxes: dict) -> None:
    plant, station = sites
    rename(station, "甲")
    rename(plant, "乙")
    exchange(station, plant)
    context = leader_context(plant)
    from gridapp.security.rights import Right

    for n in range(2, 80):  # a demo account without the right: staff, an officer
        log_in(context, f"DH{n:04d}")
        if context.may(Right.SYNC_RUN) and not context.may(Right.SYNC_CONFLICTS):
            break
    else:
        pytest.fail("no demo account without the right to resolve conflicts")
    at_plant = page(qtbot, context)
    at_plant.conflicts_view.selectRow(0)
    assert not at_plant.restore_button.isEnabled() and not at_plant.dismiss_button.isEnabled()
    assert at_plant.conflict_rights.text()


def test_refused_files_are_told_in_words(
    qtbot: Any, sites: tuple[Site, Site], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, boxes: dict
) -> None:
    plant, station = sites
    at_station = page(qtbot, leader_context(station))
    good = tmp_path / "good.rgsync"
    files(monkeypatch, save=good)
    at_station.export_button.click()
    wait_idle(qtbot, at_station)
    data = bytearray(good.read_bytes())
    data[len(data) // 2] ^= 0xFF
    tampered = tmp_path / "tampered.rgsync"
    tampered.write_bytes(bytes(data))
    not_a_bundle = tmp_path / "notes.rgsync"
    not_a_bundle.write_text("hello", encoding="utf-8")

    at_plant = page(qtbot, leader_context(plant))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)  # no return file
    for path, words in ((tampered, "damaged"), (not_a_bundle, "not a sync file"), (good, "another database")):
        files(monkeypatch, open_=path)
        before = len(boxes["warning"])
        at_plant.import_button.click() if path is not good else at_station.import_button.click()
        wait_idle(qtbot, at_plant)
        wait_idle(qtbot, at_station)
        qtbot.waitUntil(lambda before=before: len(boxes["warning"]) > before, timeout=10_000)
        assert words in boxes["warning"][-1] and "Nothing was changed" in boxes["warning"][-1]


def test_the_status_bar_warns_a_station_not_synced_for_days(
    qtbot: Any, sites: tuple[Site, Site], monkeypatch: pytest.MonkeyPatch
) -> None:
    _plant, station = sites
    station.sync.configure(station.actor, 3, 0)
    window = QMainWindow()
    qtbot.addWidget(window)
    context = AppContext()
    context.set_services(Services.over(station.db))
    menu = install_sync(window, context)
    label = window.statusBar().findChild(QLabel, "syncWarning")
    assert label is menu.warning_label
    log_in(context, "DH0001")
    assert label.isHidden()
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=5)
    monkeypatch.setattr("gridapp.sync.service.utcnow", lambda: later)
    log_in(context, "DH0001")  # the check runs at every login (and every few minutes)
    assert not label.isHidden() and label.text() == "Not synced with the plant for 5 days"
    assert menu.menu.menuAction().isVisible()
    assert isinstance(menu.open(), SyncDialog)


def test_set_up_a_station_and_register_it_at_the_plant(
    qtbot: Any, _templates: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, boxes: dict
) -> None:
    station = open_site(_templates["empty"], tmp_path / "station", "泵站2")
    plant = open_site(_templates["demo"], tmp_path / "plant", "东湖水厂")
    try:
        at_station = page(qtbot, SiteContext(Services.over(station.db), station.actor))
        assert at_station.setup_box.isVisible() and not at_station.identity_box.isVisible()
        at_station.station_radio.setChecked(True)
        at_station.setup_name.setText("二号泵站")
        at_station.setup_code.setText("2B")
        at_station.setup_button.click()
        assert "“2B” cannot be a station code" in boxes["warning"][-1]
        at_station.setup_code.setText("b2")
        at_station.setup_button.click()
        assert not at_station.setup_box.isVisible() and at_station.identity_box.isVisible()
        key_code = at_station.key_value.text()
        assert len(key_code.replace(" ", "")) == 20 and at_station.code_value.text() == "B2"
        assert at_station.request_button.isVisible() and not at_station.export_button.isEnabled()
        request = tmp_path / "request.rgsync"
        files(monkeypatch, save=request)
        at_station.request_button.click()
        assert request.exists()

        services = Services.over(plant.db)
        services.security.accounts.init_admin(ADMIN_PASSWORD)
        context = AppContext()
        context.set_services(services)
        context.set_login(services.security.accounts.login("sysadmin", ADMIN_PASSWORD))
        at_plant = page(qtbot, context)
        at_plant.setup_name.setText("东湖水厂")
        at_plant.setup_button.click()
        assert at_plant.register_button.isEnabled() and at_plant.peer_model.rowCount() == 0
        files(monkeypatch, open_=request)
        at_plant.register_button.click()
        assert key_code in boxes["question"][-1]
        assert [(p.name, p.code, p.key_code) for p in at_plant.peer_model.rows()] == [("二号泵站", "B2", key_code)]
        at_plant.import_button.click()  # the registration file holds no changes: said so, nothing read
        assert "registration file" in boxes["information"][-1]
        at_plant.peers_view.selectRow(0)
        at_plant.active_button.click()
        assert at_plant.peer_model.rows()[0].active is False
        assert boxes["warning"] == ["“2B” cannot be a station code: use 1 to 4 capital letters or digits, "
                                    "starting with a letter (B2)."]  # fmt: skip
    finally:
        plant.db.dispose()
        station.db.dispose()


def test_sync_now_over_the_network(
    qtbot: Any, sites: tuple[Site, Site], monkeypatch: pytest.MonkeyPatch, boxes: dict
) -> None:
    """The plant's database by its address (here its file; a PostgreSQL URL at a real plant)."""
    plant, station = sites
    rename(station, "联网改名")
    context = leader_context(station)
    at_station = page(qtbot, context)
    assert not at_station.sync_now_button.isEnabled()
    station.sync.configure(station.actor, 7, 0, str(plant.db.location.path))
    at_station.refresh()
    assert at_station.sync_now_button.isEnabled()
    at_station.sync_now_button.click()
    wait_idle(qtbot, at_station)
    assert boxes["warning"] == [] and "Synced with the plant" in at_station.last_result
    assert unit_of(plant).name == "联网改名"
    assert at_station.history_model.rows()[0].way == "network"


def cut_short(window: SyncDialog) -> list[str]:
    """Buttons and one-line labels given less width than their text needs."""
    return [
        w.text()
        for w in [*window.findChildren(QAbstractButton), *window.findChildren(QLabel)]
        if w.isVisible() and w.text() and not getattr(w, "wordWrap", lambda: False)()
        and w.width() < w.sizeHint().width()
    ]  # fmt: skip


def test_the_window_fits(qtbot: Any, sites: tuple[Site, Site], output_dir: Path) -> None:
    plant, station = sites
    for name, site in (("plant", plant), ("station", station)):
        dialog = page(qtbot, leader_context(site))
        dialog.resize(1280, 800)
        qtbot.waitExposed(dialog)
        assert dialog.width() <= 1280 and dialog.height() <= 800
        assert dialog.grab().save(str(output_dir / f"sync_{name}.png"))
        assert cut_short(dialog) == [], name


def test_models_pass_the_model_tester(qtmodeltester: Any, sites: tuple[Site, Site]) -> None:
    plant, station = sites
    rename(station, "甲")
    rename(plant, "乙")
    exchange(station, plant)
    for model, rows in (
        (PeerModel(), plant.sync.peers()),
        (ConflictModel(), plant.sync.conflicts()),
        (HistoryModel(), plant.sync.history()),
    ):
        model.set_rows(rows)
        assert model.rowCount() > 0
        qtmodeltester.check(model)
