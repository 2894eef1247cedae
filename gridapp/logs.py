"""The rotating log file in the data folder (falls back to the console when the folder cannot be written)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_FILE = "gridapp.log"


def setup_logging(folder: Path, level: int = logging.INFO) -> Path | None:
    """Log to ``folder``/gridapp.log (1 MB × 5 files); returns the file, or None when only the console is used."""
    root = logging.getLogger()
    root.setLevel(level)
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            folder / LOG_FILE, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
        path: Path | None = folder / LOG_FILE
    except OSError:
        handler = logging.StreamHandler()
        path = None
    handler.setFormatter(formatter)
    root.addHandler(handler)
    return path
