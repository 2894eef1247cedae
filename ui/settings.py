"""The user's settings (language, window geometry) as an INI file in the data folder."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from gridapp.paths import data_dir

LANGUAGES = ("zh_CN", "en")
DEFAULT_LANGUAGE = "zh_CN"


def app_settings() -> QSettings:
    return QSettings(str(data_dir() / "settings.ini"), QSettings.Format.IniFormat)


def language() -> str:
    value = str(app_settings().value("ui/language", DEFAULT_LANGUAGE))
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def set_language(value: str) -> None:
    app_settings().setValue("ui/language", value)
