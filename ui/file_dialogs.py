"""Where files are saved and opened: the user's Documents folder at first, then the folder last used for that kind of
file (prints, exports, sync files, photos…), remembered in the settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from ui.settings import app_settings

UNSAFE = '\\/:*?"<>|'  # characters no file name may hold on Windows


def safe_file_name(name: str) -> str:
    return "".join("-" if c in UNSAFE else c for c in name).strip() or "-"


def documents_folder() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


def last_folder(kind: str, default: Path | None = None) -> Path:
    """The folder last used for ``kind`` while it still exists, else ``default`` or Documents."""
    value = app_settings().value(f"folders/{kind}", "")
    folder = Path(str(value)) if value else None
    return folder if folder is not None and folder.is_dir() else default or documents_folder()


def remember_folder(kind: str, path: Path) -> None:
    app_settings().setValue(f"folders/{kind}", str(path if path.is_dir() else path.parent))


def save_file_name(
    parent: QWidget | None,
    caption: str,
    kind: str,
    suggested: str,
    file_filter: str,
    suffix: str = "",
    default: Path | None = None,
) -> Path | None:
    """The file the user chooses to save to (``suffix`` added when they left it out), or None when cancelled."""
    folder = last_folder(kind, default)
    start = folder / safe_file_name(suggested) if suggested else folder
    name, _ = QFileDialog.getSaveFileName(parent, caption, str(start), file_filter)
    if not name:
        return None
    path = Path(name)
    if suffix and not name.lower().endswith(suffix.lower()):
        path = Path(name + suffix)
    remember_folder(kind, path.parent)
    return path


def open_file_name(parent: QWidget | None, caption: str, kind: str, file_filter: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, caption, str(last_folder(kind)), file_filter)
    if not name:
        return None
    remember_folder(kind, Path(name).parent)
    return Path(name)


def open_file_names(parent: QWidget | None, caption: str, kind: str, file_filter: str) -> list[Path]:
    names, _ = QFileDialog.getOpenFileNames(parent, caption, str(last_folder(kind)), file_filter)
    if names:
        remember_folder(kind, Path(names[0]).parent)
    return [Path(n) for n in names]


def existing_folder(parent: QWidget | None, caption: str, kind: str, start: Path | None = None) -> Path | None:
    folder = QFileDialog.getExistingDirectory(parent, caption, str(start or last_folder(kind)))
    if not folder:
        return None
    remember_folder(kind, Path(folder))
    return Path(folder)
