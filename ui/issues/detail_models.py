"""The detail panel's lists: the timeline of an issue's events and its photos as thumbnails."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QPixmap

from gridapp.issues.clock import Calendar
from gridapp.issues.kinds import EventKind, Stage
from gridapp.issues.rows import EventRow, PhotoRow
from ui.issues import labels
from ui.roles import ROW_ROLE

Index = QModelIndex | QPersistentModelIndex
THUMB = QSize(120, 90)


class TimelineModel(QAbstractListModel):
    """Every event of one issue, oldest first: when, who, what, and the note."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._events: list[EventRow] = []
        self._names: dict[str, str] = {}
        self._calendar = Calendar()

    def set_events(self, events: tuple[EventRow, ...], names: dict[str, str], calendar: Calendar) -> None:
        self.beginResetModel()
        self._events = list(events)
        self._names = names
        self._calendar = calendar
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._events)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._events):
            return None
        event = self._events[index.row()]
        if role == ROW_ROLE:
            return event
        if role == Qt.ItemDataRole.DisplayRole:
            return self.describe(event)
        if role == Qt.ItemDataRole.ForegroundRole and event.kind is EventKind.COMMENTED:
            return None
        return None

    def describe(self, event: EventRow) -> str:
        who = event.actor or self.tr("the station")
        head = f"{labels.when(event.at, self._calendar)}  {who} {labels.event_label(event.kind)}"
        detail = self._detail(event)
        if detail:
            head += f" {detail}"
        if event.to_state is not None:
            head += f"  → {labels.state_label(event.to_state)}"
        return head + (f"\n{event.note}" if event.note else "")

    def _name(self, value: object) -> str:
        return self._names.get(str(value), "") if value else ""

    def _detail(self, event: EventRow) -> str:
        d = event.data
        match event.kind:
            case EventKind.ASSIGNED:
                text = self.tr("to {0}").format(self._name(d.get("assignee")))
                if d.get("feedback_due"):
                    due = labels.when(_time(d["feedback_due"]), self._calendar)
                    text += self.tr(", feedback by {0}").format(due)
                return text
            case EventKind.ESCALATED:
                return self.tr("from {0} to {1}").format(self._name(d.get("from_unit")), self._name(d.get("to_unit")))
            case EventKind.FED_BACK:
                return self.tr("(on time)") if d.get("on_time") else self.tr("(late)")
            case EventKind.STAGE_REACHED:
                text = f"“{labels.stage_label(Stage(str(d['stage'])))}”"
                skipped = d.get("skipped") or []
                if skipped:
                    names = "、".join(labels.stage_label(Stage(str(s))) for s in skipped)  # type: ignore[union-attr]
                    text += self.tr(", skipping {0}").format(names)
                return text
            case EventKind.HELD | EventKind.HOLD_REVIEWED:
                return self.tr("review on {0}").format(d["review_on"]) if d.get("review_on") else ""
            case EventKind.PEOPLE_SET:
                return self.tr("lead {0}, supervisor {1}").format(
                    self._name(d.get("lead")) or "—", self._name(d.get("supervisor")) or "—"
                )
            case EventKind.PHOTOS_ADDED:
                return self.tr("({0})").format(len(d.get("photos", [])))  # type: ignore[arg-type]
            case EventKind.LINK_ADDED:
                return f"“{d.get('label', '')}”"
            case EventKind.EDITED:
                changes = d.get("changes", {})
                return "、".join(str(name) for name in changes)  # type: ignore[union-attr]
        return ""


def _time(text: object) -> Any:
    import datetime as dt

    return dt.datetime.fromisoformat(str(text))


class PhotoModel(QAbstractListModel):
    """An issue's photos; thumbnails are read from disk when first shown and kept."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._photos: list[PhotoRow] = []
        self._pixmaps: dict[int, QPixmap] = {}

    def set_photos(self, photos: tuple[PhotoRow, ...]) -> None:
        self.beginResetModel()
        self._photos = list(photos)
        self._pixmaps = {}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._photos)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._photos):
            return None
        photo = self._photos[index.row()]
        if role == ROW_ROLE:
            return photo
        if role == Qt.ItemDataRole.DecorationRole:
            if index.row() not in self._pixmaps:
                pixmap = QPixmap(str(photo.thumbnail))
                self._pixmaps[index.row()] = (
                    pixmap.scaled(THUMB, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
                    if not pixmap.isNull()
                    else pixmap
                )
            return self._pixmaps[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{photo.name}  {photo.width}×{photo.height}"
        return None
