"""Recording a round, at the PC or from a filled paper checklist, keyboard first: every item passes by default,
digits jump to an item, Enter moves on (asking for the value on a reading), F fails an item and asks why, N marks it
not applicable, P passes it again; photos attach to the current item."""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QDoubleValidator, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gridapp.inspections.kinds import ItemKind, Outcome, RoundSource
from gridapp.inspections.photos import shrink_photo
from gridapp.inspections.rows import DueRow, ItemRow, PhotoDraft, RecordedRound, ResultDraft, RoundDraft
from gridapp.inspections.rules import out_of_limit
from gridapp.times import plant_tz, to_plant, utcnow
from ui.file_dialogs import open_file_names
from ui.inspections.labels import frequency_label, limits_label, number_text, outcome_label, round_label
from ui.inspections.messages import show_problem

if TYPE_CHECKING:
    from gridapp.services import Services
    from ui.context import AppContext

Index = QModelIndex | QPersistentModelIndex
JUMP_PAUSE_MS = 1200  # digits typed within this pause make one item number
RED, RED_BG, GREY, AMBER = QColor("#B71C1C"), QColor("#FDECEA"), QColor("#888888"), QColor("#B26A00")


class EntryColumn(enum.IntEnum):
    SEQUENCE = 0
    CONTENT = 1
    STANDARD = 2
    RESULT = 3
    READING = 4
    NOTE = 5
    PHOTOS = 6


class RoundEntryModel(QAbstractTableModel):
    """The items of one round and what the inspector found; pass/fail items start as passed."""

    def __init__(self, items: list[ItemRow], parent: Any = None) -> None:
        super().__init__(parent)
        self._items = items
        # A reading's outcome follows from its value; None there means "by the value" (until marked n.a.).
        self._outcome: list[Outcome | None] = [None if i.kind == ItemKind.READING else Outcome.PASS for i in items]
        self._reading: list[float | None] = [None] * len(items)
        self._note: list[str] = [""] * len(items)
        self._photos: list[list[PhotoDraft]] = [[] for _ in items]
        self.touched = False

    def item_at(self, row: int) -> ItemRow:
        return self._items[row]

    def row_of_sequence(self, sequence: int) -> int:
        return next((n for n, i in enumerate(self._items) if i.sequence == sequence), -1)

    def needs_reading(self, row: int) -> bool:
        return self._items[row].kind == ItemKind.READING and self._outcome[row] is None and self._reading[row] is None

    def first_missing_reading(self) -> int:
        return next((n for n in range(len(self._items)) if self.needs_reading(n)), -1)

    def outcome_of(self, row: int) -> Outcome | None:
        """The outcome as it will be stored (None: a reading still without its value)."""
        item = self._items[row]
        if item.kind != ItemKind.READING or self._outcome[row] is not None:
            return self._outcome[row]
        value = self._reading[row]
        if value is None:
            return None
        return Outcome.FAIL if out_of_limit(value, item.lower, item.upper) else Outcome.PASS

    def failed_rows(self) -> list[int]:
        return [n for n in range(len(self._items)) if self.outcome_of(n) == Outcome.FAIL]

    def set_outcome(self, row: int, outcome: Outcome) -> bool:
        """Pass, fail or n.a. for a pass/fail item; for a reading only n.a. (or back to "by the value")."""
        item = self._items[row]
        if item.kind == ItemKind.READING:
            if outcome == Outcome.FAIL:
                return False
            value: Outcome | None = Outcome.NOT_APPLICABLE if outcome == Outcome.NOT_APPLICABLE else None
        else:
            value = outcome
        self._outcome[row] = value
        self.touched = True
        self._row_changed(row)
        return True

    def add_photo(self, row: int, photo: PhotoDraft) -> None:
        self._photos[row].append(photo)
        self.touched = True
        self._row_changed(row)

    def results(self) -> tuple[ResultDraft, ...]:
        out = []
        for n, item in enumerate(self._items):
            outcome = self._outcome[n]
            if item.kind == ItemKind.READING:
                outcome = Outcome.NOT_APPLICABLE if outcome == Outcome.NOT_APPLICABLE else Outcome.PASS
            assert outcome is not None
            out.append(ResultDraft(item.id, outcome, self._reading[n], self._note[n].strip(), tuple(self._photos[n])))
        return tuple(out)

    def _row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(EntryColumn) - 1))

    # Qt's interface

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(EntryColumn)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if not index.isValid():
            return flags
        column = EntryColumn(index.column())
        editable = column in (EntryColumn.NOTE, EntryColumn.RESULT) or (
            column == EntryColumn.READING and self._items[index.row()].kind == ItemKind.READING
        )
        return flags | Qt.ItemFlag.ItemIsEditable if editable else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), EntryColumn(index.column())
        item = self._items[row]
        outcome = self.outcome_of(row)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column, item, outcome)
        if role == Qt.ItemDataRole.EditRole:
            if column == EntryColumn.READING:
                return number_text(self._reading[row])
            if column == EntryColumn.NOTE:
                return self._note[row]
            if column == EntryColumn.RESULT:
                return (outcome or Outcome.PASS).value
            return None
        if role == Qt.ItemDataRole.ToolTipRole and column in (EntryColumn.CONTENT, EntryColumn.STANDARD):
            return f"{item.content}\n{item.standard}"
        if role == Qt.ItemDataRole.BackgroundRole and outcome == Outcome.FAIL:
            return RED_BG
        if role == Qt.ItemDataRole.ForegroundRole:
            if outcome == Outcome.FAIL and column in (EntryColumn.RESULT, EntryColumn.READING):
                return RED
            if outcome == Outcome.NOT_APPLICABLE:
                return GREY
            if outcome is None and column == EntryColumn.RESULT:
                return AMBER
        return None

    def _display(self, row: int, column: EntryColumn, item: ItemRow, outcome: Outcome | None) -> str:
        match column:
            case EntryColumn.SEQUENCE:
                return str(item.sequence)
            case EntryColumn.CONTENT:
                return item.content
            case EntryColumn.STANDARD:
                if item.kind == ItemKind.READING:
                    limits = limits_label(item.lower, item.upper, item.unit)
                    return f"{item.standard} ({limits})" if item.standard else limits
                return item.standard
            case EntryColumn.RESULT:
                if outcome is None:
                    return self.tr("Type the value")
                text = outcome_label(outcome)
                if item.kind == ItemKind.READING and outcome == Outcome.FAIL:
                    return self.tr("{0}: out of limits").format(text)
                return text
            case EntryColumn.READING:
                value = self._reading[row]
                return f"{number_text(value)} {item.unit}".strip() if value is not None else ""
            case EntryColumn.NOTE:
                return self._note[row]
            case EntryColumn.PHOTOS:
                return str(len(self._photos[row])) if self._photos[row] else ""

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row, column = index.row(), EntryColumn(index.column())
        if column == EntryColumn.NOTE:
            self._note[row] = str(value)[:400]
        elif column == EntryColumn.READING:
            text = str(value).strip().replace(",", ".")
            try:
                self._reading[row] = float(text) if text else None
            except ValueError:
                return False
            if self._outcome[row] == Outcome.NOT_APPLICABLE and self._reading[row] is not None:
                self._outcome[row] = None  # a value typed in means the item was checked after all
        elif column == EntryColumn.RESULT:
            return self.set_outcome(row, Outcome(value))
        else:
            return False
        self.touched = True
        self._row_changed(row)
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            EntryColumn.SEQUENCE: self.tr("No."),
            EntryColumn.CONTENT: self.tr("Item"),
            EntryColumn.STANDARD: self.tr("Standard"),
            EntryColumn.RESULT: self.tr("Result"),
            EntryColumn.READING: self.tr("Reading"),
            EntryColumn.NOTE: self.tr("Note"),
            EntryColumn.PHOTOS: self.tr("Photos"),
        }[EntryColumn(section)]


class _EntryDelegate(QStyledItemDelegate):
    """A number field for readings, a choice for the result, plain text for the note."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        column = EntryColumn(index.column())
        if column == EntryColumn.RESULT:
            combo = QComboBox(parent)
            for outcome in Outcome:
                combo.addItem(outcome_label(outcome), outcome.value)
            return combo
        editor = QLineEdit(parent)
        if column == EntryColumn.READING:
            editor.setObjectName("readingEditor")
            validator = QDoubleValidator(editor)
            validator.setNotation(QDoubleValidator.Notation.StandardNotation)
            editor.setValidator(validator)
        else:
            editor.setObjectName("noteEditor")
            editor.setMaxLength(400)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(editor.findData(index.data(Qt.ItemDataRole.EditRole)))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


class RoundEntryView(QTableView):
    """The keyboard of the paper loop; ``jumped(text)`` shows the item number being typed, ``reached_end`` fires
    when Enter moves past the last item."""

    jumped = Signal(str)
    reached_end = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(_EntryDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked)
        self.setTabKeyNavigation(False)
        self._digits = ""
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(JUMP_PAUSE_MS)
        self._pause.timeout.connect(self._on_pause_timeout)

    @property
    def entry(self) -> RoundEntryModel:
        model = self.model()
        assert isinstance(model, RoundEntryModel)
        return model

    def current_row(self) -> int:
        return max(0, self.currentIndex().row())

    def go_to(self, row: int) -> None:
        self.setCurrentIndex(self.model().index(row, EntryColumn.RESULT))
        self.scrollTo(self.currentIndex())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() == QAbstractItemView.State.EditingState:
            # A key the open editor passed on is not a command for the table; its Enter (which closes the editor)
            # stops here rather than pressing the dialog's default button.
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                event.accept()
            else:
                event.ignore()
            return
        key = event.key()
        plain = not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        row = self.current_row()
        if plain and Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            self._type_digit(key - Qt.Key.Key_0)
            return
        if plain and key == Qt.Key.Key_Backspace and self._digits:
            self._digits = self._digits[:-1]
            self.jumped.emit(self._digits)
            return
        self._end_jump()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            if self.entry.needs_reading(row):
                self.edit(self.model().index(row, EntryColumn.READING))
            else:
                self._next(row)
            return
        if plain and key in (Qt.Key.Key_P, Qt.Key.Key_Space):
            self.entry.set_outcome(row, Outcome.PASS)
            return
        if plain and key in (Qt.Key.Key_F, Qt.Key.Key_X):
            if self.entry.set_outcome(row, Outcome.FAIL):
                self.edit(self.model().index(row, EntryColumn.NOTE))  # say why, then Enter moves on
            else:  # a reading fails by its value: ask for it
                self.edit(self.model().index(row, EntryColumn.READING))
            return
        if plain and key == Qt.Key.Key_N:
            self.entry.set_outcome(row, Outcome.NOT_APPLICABLE)
            return
        if plain and key == Qt.Key.Key_F2:
            self.edit(self.model().index(row, EntryColumn.NOTE))
            return
        super().keyPressEvent(event)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        row = self.current_row()
        super().closeEditor(editor, hint)
        self.setFocus()
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:  # Enter in the editor: on to the next item
            self._next(row)

    def _next(self, row: int) -> None:
        if row + 1 < self.model().rowCount():
            self.go_to(row + 1)
        else:
            self.reached_end.emit()

    def _type_digit(self, digit: int) -> None:
        candidate = self._digits + str(digit)
        if self.entry.row_of_sequence(int(candidate)) < 0 and self.entry.row_of_sequence(digit) >= 0:
            candidate = str(digit)  # no such item: start a new number with this digit
        self._digits = candidate
        self._pause.start()
        target = self.entry.row_of_sequence(int(candidate))
        if target >= 0:
            self.go_to(target)
        self.jumped.emit(candidate)

    def _end_jump(self) -> None:
        if self._digits:
            self._digits = ""
            self._pause.stop()
            self.jumped.emit("")

    @Slot()
    def _on_pause_timeout(self) -> None:
        self._end_jump()


class RoundEntryDialog(QDialog):
    """One round of one card, level and frequency for one period; ``recorded(RecordedRound)`` after saving."""

    recorded = Signal(object)

    def __init__(self, context: AppContext, due: DueRow, source: RoundSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        services = context.services
        assert services is not None
        self._context = context
        self._services: Services = services
        self._due = due
        self._source = source
        g = due.group
        items = services.inspections.rounds.round_items(g.document_id, g.level, g.frequency, g.interval_days)
        title = self.tr("Enter a paper checklist") if source == RoundSource.PAPER else self.tr("Record a round")
        self.setWindowTitle(f"{title} · {g.post} {g.document}")
        period = due.period_start.isoformat() if due.period_start == due.period_end else (
            f"{due.period_start.isoformat()} – {due.period_end.isoformat()}"
        )  # fmt: skip
        heading = QLabel(
            self.tr("<b>{0} · {1}</b> &nbsp; {2} · {3} · period {4} · {5} items").format(
                g.unit, g.post, round_label(g.level), frequency_label(g.frequency, g.interval_days), period, len(items)
            )
        )
        self.inspector = QComboBox()
        self.inspector.setObjectName("inspector")
        operator = context.operator
        people = list(due.responsible)
        for person in people:
            self.inspector.addItem(person.name, str(person.id))  # text: Qt compares Python objects by identity
        if operator is not None and all(p.id != operator.id for p in people):
            self.inspector.addItem(operator.name, str(operator.id))
        # At the PC the logged-in person is the inspector; a paper checklist was filled in by one of those responsible.
        responsible_operator = operator is not None and any(p.id == operator.id for p in people)
        if operator is not None and (source == RoundSource.APP or responsible_operator or not people):
            self.inspector.setCurrentIndex(max(0, self.inspector.findData(str(operator.id))))
        self.performed = QDateTimeEdit(self._default_time())
        self.performed.setCalendarPopup(True)
        self.performed.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("optional remark on the whole round"))
        form = QFormLayout()
        form.addRow(self.tr("Inspector"), self.inspector)
        form.addRow(self.tr("Checked at"), self.performed)
        form.addRow(self.tr("Remark"), self.note)

        self.model = RoundEntryModel(items, self)
        self.view = RoundEntryView()
        self.view.setObjectName("roundEntry")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(EntryColumn.CONTENT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(EntryColumn.STANDARD, QHeaderView.ResizeMode.Stretch)
        self.view.setColumnWidth(EntryColumn.SEQUENCE, 44)
        self.view.setColumnWidth(EntryColumn.RESULT, 130)
        self.view.setColumnWidth(EntryColumn.NOTE, 160)
        self.view.jumped.connect(self._on_view_jumped)
        self.view.reached_end.connect(self._on_view_reached_end)
        self.hint = QLabel(
            self.tr("Every item passes unless you say otherwise. Type an item's number to jump to it; Enter moves "
                    "on (on a reading it asks for the value); F fails the item and asks why; N: not applicable; "
                    "P: pass again; F2: note.")
        )  # fmt: skip
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(mid);")
        self.jump = QLabel()
        self.jump.setObjectName("jumpLabel")
        self.photo_button = QPushButton(self.tr("Attach photo to item…"))
        self.photo_button.setAutoDefault(False)
        self.photo_button.clicked.connect(self._on_photo_clicked)
        self.save_button = QPushButton(self.tr("Save round"))
        self.save_button.setObjectName("saveRoundButton")
        self.save_button.setDefault(False)
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        for sequence in (QKeySequence.StandardKey.Save, QKeySequence("Ctrl+Return")):
            QShortcut(sequence, self, self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.photo_button)
        buttons.addWidget(self.jump, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.resize(1000, 680)
        if items:
            self.view.go_to(0)
        self.view.setFocus()
        self.result: RecordedRound | None = None

    def _default_time(self) -> QDateTime:
        """Now, or the last day of a period already over (a late entry of a missed round)."""
        now = to_plant(utcnow()).replace(tzinfo=None, second=0, microsecond=0)  # the plant's wall clock
        if self._due.period_end < now.date():
            now = dt.datetime.combine(self._due.period_end, now.time())
        return QDateTime(now)

    @Slot(str)
    def _on_view_jumped(self, digits: str) -> None:
        self.jump.setText(self.tr("Go to item {0}").format(digits) if digits else "")

    @Slot()
    def _on_view_reached_end(self) -> None:
        self.save_button.setFocus()
        self.jump.setText(self.tr("Last item: Ctrl+S saves the round."))

    @Slot()
    def _on_photo_clicked(self) -> None:
        row = self.view.current_row()
        for path in open_file_names(self, self.tr("Photos"), "photos", self.tr("Pictures (*.jpg *.jpeg *.png *.bmp)")):
            self.attach_photo(row, path)

    def attach_photo(self, row: int, path: Path) -> None:
        try:
            data = shrink_photo(path.read_bytes())
        except Exception as exc:
            show_problem(self, exc)
            return
        self.model.add_photo(row, PhotoDraft(path.name, data))

    @Slot()
    def save(self) -> None:
        missing = self.model.first_missing_reading()
        if missing >= 0:
            self.view.go_to(missing)
            item = self.model.item_at(missing)
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("Item {0} ({1}) is a reading: type the measured value, or press N if it was not "
                        "applicable.").format(item.sequence, item.content),
            )  # fmt: skip
            self.view.setFocus()
            return
        actor = self._context.require_actor(self)
        if actor is None:
            return
        g = self._due.group
        performed = self.performed.dateTime().toPython()
        assert isinstance(performed, dt.datetime)
        draft = RoundDraft(
            document_id=g.document_id,
            level=g.level,
            frequency=g.frequency,
            period_start=self._due.period_start,
            performed_at=performed.replace(tzinfo=plant_tz()).astimezone(dt.UTC),  # typed in plant time
            inspector_id=uuid.UUID(self.inspector.currentData()) if self.inspector.currentData() else None,
            results=self.model.results(),
            source=self._source,
            note=self.note.text(),
            interval_days=g.interval_days,
        )
        try:
            self.result = self._services.inspections.rounds.record(actor, draft)
        except Exception as exc:
            show_problem(self, exc, self.windowTitle())
            return
        self.recorded.emit(self.result)
        self.accept()

    def reject(self) -> None:
        if self.model.touched and self.result is None:
            answer = QMessageBox.question(self, self.windowTitle(), self.tr("Discard what was entered for this round?"))
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()
