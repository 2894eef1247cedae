"""Qt's own file dialog speaks Chinese, and save dialogs open in Documents, then where that kind of file went last."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from ui.app import install_translators
from ui.file_dialogs import documents_folder, save_file_name


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "zh_CN")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def test_the_file_dialog_labels_are_chinese(chinese: None) -> None:
    # Qt 6.11's labels carry mnemonics its Chinese catalogue lacks; they are found under their older form.
    assert QCoreApplication.translate("QFileDialog", "&Look in:") == "查找范围(&L)："
    assert QCoreApplication.translate("QFileDialog", "Files of &type:") == "文件类型(&T)："
    assert QCoreApplication.translate("QFileDialog", "File &name:") == "文件名称(&N)："  # the catalogue's own
    assert QCoreApplication.translate("QAbstractFileIconProvider", "Folder", "All other platforms") == "文件夹"
    assert QCoreApplication.translate("NoSuchContext", "&Nothing") == "&Nothing"


def test_the_file_dialog_shows_chinese_labels(chinese: None, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = QFileDialog(None, "", "", "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"].startswith("查找范围")
    assert labels["fileTypeLabel"].startswith("文件类型")


def test_save_dialogs_start_in_documents_and_remember_each_kind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    QStandardPaths.setTestModeEnabled(True)
    try:
        asked: list[str] = []
        answer = {"value": ""}

        def fake_save(parent, caption, start, file_filter):  # type: ignore[no-untyped-def]
            asked.append(start)
            return answer["value"], ""

        monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_save)
        assert save_file_name(None, "Save", "pdf", "台账:11/30.pdf", "PDF (*.pdf)", ".pdf") is None  # cancelled
        assert Path(asked[-1]) == documents_folder() / "台账-11-30.pdf"  # no character Windows refuses
        prints = tmp_path / "prints"
        prints.mkdir()
        answer["value"] = str(prints / "board")
        assert save_file_name(None, "Save", "pdf", "board.pdf", "PDF (*.pdf)", ".pdf") == prints / "board.pdf"
        save_file_name(None, "Save", "pdf", "next.pdf", "PDF (*.pdf)", ".pdf")
        assert Path(asked[-1]) == prints / "next.pdf"  # where the last print went
        answer["value"] = ""
        save_file_name(None, "Export", "xlsx", "ledger.xlsx", "Excel (*.xlsx)", ".xlsx")
        assert Path(asked[-1]) == documents_folder() / "ledger.xlsx"  # another kind of file: its own folder
    finally:
        QStandardPaths.setTestModeEnabled(False)


def test_strings_no_catalogue_knows_stay_as_written(chinese: None) -> None:
    assert QCoreApplication.translate("QFileDialog", "&Nothing like this") == "&Nothing like this"
    assert QCoreApplication.translate("QFileDialog", "Nothing like this") == "Nothing like this"
    assert QCoreApplication.translate("QAbstractFileIconProvider", "Nothing") == "Nothing"
