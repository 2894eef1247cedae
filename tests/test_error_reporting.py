"""Unexpected exceptions reach the log file in the data folder and an error dialog, never a silent exit."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from gridapp.logs import LOG_FILE, setup_logging
from ui.errors import install_excepthook


def test_unhandled_exception_is_logged_and_shown(qapp, monkeypatch, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.text(), box.detailedText())) or 0)
    root = logging.getLogger()
    handlers = list(root.handlers)
    previous_hook = sys.excepthook
    log_file = setup_logging(data_dir / "logs")
    try:
        install_excepthook()
        try:
            raise ZeroDivisionError("班组积分除以零")
        except ZeroDivisionError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        sys.excepthook = previous_hook
        for handler in set(root.handlers) - set(handlers):
            handler.close()
            root.removeHandler(handler)
    assert log_file == data_dir / "logs" / LOG_FILE
    assert "班组积分除以零" in log_file.read_text(encoding="utf-8")
    assert len(shown) == 1 and "班组积分除以零" in shown[0][1]
