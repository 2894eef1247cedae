"""Where the app keeps its files: the per-user data folder and the bundled resources."""

from __future__ import annotations

import os
from pathlib import Path

from gridapp import APP_AUTHOR, APP_NAME

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
FONTS = RESOURCES / "fonts"
CJK_FONT = FONTS / "WenQuanYiMicroHei.ttf"
SYMBOL_FONT = FONTS / "DejaVuSans.ttf"
EMOJI_FONT = FONTS / "Symbola.ttf"  # the last of the chain: emoji and the symbols neither of the others draws
DEMO = RESOURCES / "demo"
CATALOGUES = RESOURCES / "catalogues"

DATA_DIR_ENV = "GRIDAPP_DATA_DIR"
DATABASE_URL_ENV = "GRIDAPP_DATABASE_URL"


def data_dir() -> Path:
    """The per-user data folder; GRIDAPP_DATA_DIR overrides it (tests, portable installs)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, APP_AUTHOR, roaming=False)


def default_database_path() -> Path:
    return data_dir() / "gridapp.sqlite3"


def log_dir() -> Path:
    return data_dir() / "logs"


def backup_dir() -> Path:
    return data_dir() / "backups"
