"""The filters above the board and the table: unit subtree, states, category, assignee, overdue, hazards, dates and
full-text search; every change becomes one ``IssueFilter``."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QTimer, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from gridapp.issues.kinds import BOARD_ORDER, IssueState, Stage
from gridapp.issues.rows import IssueFilter, Overdue
from gridapp.org.rows import UnitRow
from gridapp.times import plant_today
from ui.issues import labels
from ui.issues.person_picker import PersonPicker
from ui.widgets import FlowLayout, MenuButton, find_data

if TYPE_CHECKING:
    from gridapp.services import Services

SEARCH_DELAY_MS = 250


def unit_depths(units: list[UnitRow]) -> dict[uuid.UUID, int]:
    depth: dict[uuid.UUID, int] = {}
    for unit in units:  # parents come before children
        depth[unit.id] = depth.get(unit.parent_id, -1) + 1 if unit.parent_id else 0
    return depth


def fill_unit_combo(combo: QComboBox, units: list[UnitRow], current: uuid.UUID | None = None) -> None:
    """Units indented by depth, parents first; the item data is the unit id."""
    combo.blockSignals(True)
    combo.clear()
    depth = unit_depths(units)
    for unit in units:
        combo.addItem("　" * depth[unit.id] + unit.name, unit.id)
    if current is not None:
        combo.setCurrentIndex(max(find_data(combo, current), 0))
    combo.blockSignals(False)


def _choice_text(chosen: list[str], none: str, many: str) -> str:
    """A drop-down's label: what is chosen (up to two, named), or ``none``, or ``many``."""
    if not chosen:
        return none
    return "、".join(chosen) if len(chosen) <= 2 else many


class FilterBar(QWidget):
    filter_changed = Signal(object)  # IssueFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("issueFilters")
        self.unit = QComboBox()
        self.unit.setObjectName("unitFilter")
        self.unit.setToolTip(self.tr("Show the issues of this unit and every unit below it"))
        self.states = MenuButton()
        self.states.setObjectName("stateFilter")
        self.state_actions: dict[IssueState, QAction] = self._checkable_menu(
            self.states, {state: labels.state_label(state) for state in BOARD_ORDER}, self.tr("All states")
        )
        # The six stages (六环节): what a cell of the diagnosis matrix opens.
        self.stages = MenuButton()
        self.stages.setObjectName("stageFilter")
        self.stage_actions: dict[Stage, QAction] = self._checkable_menu(
            self.stages, {stage: labels.stage_label(stage) for stage in Stage}, self.tr("Any stage")
        )
        # A group of the logged-in person's to-do (its "N more" line opens it here); a click shows every issue again.
        self.todo_group = QToolButton()
        self.todo_group.setObjectName("todoGroupFilter")
        self.todo_group.setToolTip(self.tr("Only this group of my to-do; click to show every issue again"))
        self.todo_group.hide()
        self.todo_group.clicked.connect(lambda: self._show_todo_group(None, emit=True))
        self._todo_group: tuple[uuid.UUID, str] | None = None
        self.category = QComboBox()
        self.category.setObjectName("categoryFilter")
        self.assignee = PersonPicker(None)
        self.assignee.setObjectName("assigneeFilter")
        self.assignee.setPlaceholderText(self.tr("Assignee"))
        self.assignee.setMaximumWidth(140)
        self.assignee.setMinimumWidth(70)
        self.overdue = QComboBox()
        self.overdue.setObjectName("overdueFilter")
        for text, value in (
            (self.tr("Any deadline"), Overdue.ANY),
            (self.tr("Overdue"), Overdue.OVERDUE),
            (self.tr("Due soon"), Overdue.DUE_SOON),
            (self.tr("Overdue or due soon"), Overdue.ATTENTION),
        ):
            self.overdue.addItem(text, value)
        self.hazards = QCheckBox(self.tr("Hazards"))
        self.hazards.setObjectName("hazardFilter")
        self.dated = QCheckBox(self.tr("Reported"))
        self.dated.setObjectName("dateFilter")
        today = QDate(plant_today())
        self.date_from = QDateEdit(today.addDays(-30))
        self.date_to = QDateEdit(today)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
            edit.dateChanged.connect(self._on_any_changed)
        self.dated.toggled.connect(self.date_from.setEnabled)
        self.dated.toggled.connect(self.date_to.setEnabled)
        # The date range sits in a drop-down, so the filters fit a narrow window on one line.
        self.dates = MenuButton()
        self.dates.setObjectName("dateFilterButton")
        range_box = QWidget()
        range_layout = QHBoxLayout(range_box)
        range_layout.addWidget(self.dated)
        range_layout.addWidget(self.date_from)
        range_layout.addWidget(QLabel("–"))
        range_layout.addWidget(self.date_to)
        range_menu = QMenu(self.dates)
        range_action = QWidgetAction(range_menu)
        range_action.setDefaultWidget(range_box)
        range_menu.addAction(range_action)
        self.dates.setMenu(range_menu)
        self.search = QLineEdit()
        self.search.setObjectName("issueSearch")
        self.search.setPlaceholderText(self.tr("Search titles, descriptions, comments"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(90)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._emit)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self._emit)

        # A narrow window (1280 px with the to-do list open, or longer English words) wraps the filters onto a second
        # line rather than cutting their words ("All categ").
        layout = FlowLayout(self)
        for widget in (self.todo_group, self.unit, self.states, self.stages, self.category, self.assignee, self.overdue,
                       self.hazards, self.dates):  # fmt: skip
            layout.addWidget(widget)
        layout.add_stretching(self.search)
        self.search.setMinimumWidth(self.fontMetrics().horizontalAdvance(self.search.placeholderText()) + 40)
        for combo in (self.unit, self.category, self.overdue):
            combo.currentIndexChanged.connect(self._on_any_changed)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.hazards.toggled.connect(self._on_any_changed)
        self.dated.toggled.connect(self._on_any_changed)
        self.assignee.person_chosen.connect(self._on_any_changed)
        self.unit.currentIndexChanged.connect(lambda: self.assignee.set_near(self.unit.currentData()))
        self._update_states_text()
        self._update_stages_text()
        self._update_dates_text()

    def set_services(self, services: Services | None) -> None:
        self.blockSignals(True)
        self.assignee.set_org(services.org if services else None)
        units = services.org.units() if services else []
        fill_unit_combo(self.unit, units)
        self.assignee.set_near(self.unit.currentData())
        self.category.clear()
        self.category.addItem(self.tr("All categories"), None)
        for category in services.issues.categories() if services else []:
            self.category.addItem(labels.category_label(category.code, category.name), category.code)
        self.blockSignals(False)

    def current(self) -> IssueFilter:
        states = frozenset(s for s, a in self.state_actions.items() if a.isChecked())
        category = self.category.currentData()
        return IssueFilter(
            unit_id=self.unit.currentData(),
            states=states,
            categories=frozenset({category}) if category else frozenset(),
            assignee_id=self.assignee.person_id,
            overdue=self.overdue.currentData() or Overdue.ANY,
            reported_from=self.date_from.date().toPython() if self.dated.isChecked() else None,  # type: ignore[arg-type]
            reported_to=self.date_to.date().toPython() if self.dated.isChecked() else None,  # type: ignore[arg-type]
            text=self.search.text().strip(),
            hazards_only=self.hazards.isChecked(),
            stages=frozenset(s for s, a in self.stage_actions.items() if a.isChecked()),
            todo_group=self._todo_group,
        )

    def apply(self, where: IssueFilter) -> None:
        """Show ``where``'s unit, states, stages and deadline filter (the rest cleared) and emit it once: how another
        view (the diagnosis matrix) opens its issues on the board."""
        self.blockSignals(True)
        index = find_data(self.unit, where.unit_id)
        if index >= 0:
            self.unit.setCurrentIndex(index)
        for actions, chosen in ((self.state_actions, where.states), (self.stage_actions, where.stages)):
            for value, action in actions.items():
                action.setChecked(value in chosen)  # type: ignore[operator]
        self.overdue.setCurrentIndex(max(find_data(self.overdue, where.overdue), 0))
        self.category.setCurrentIndex(0)
        self.assignee.set_person(None)
        self.hazards.setChecked(where.hazards_only)
        self.dated.setChecked(False)
        self.search.clear()
        self._show_todo_group(where.todo_group)
        self.blockSignals(False)
        self._emit()

    def clear_todo_group(self) -> None:
        """Show every issue again (the filter of a to-do group cleared), if a group was shown."""
        if self._todo_group is not None:
            self._show_todo_group(None, emit=True)

    def _show_todo_group(self, group: tuple[uuid.UUID, str] | None, emit: bool = False) -> None:
        from ui.todo.model import kind_label  # the to-do's words (and gridapp.todo) only once a group is opened

        self._todo_group = group
        if group is not None:
            from gridapp.todo import TodoKind

            self.todo_group.setText(self.tr("My to-do: {0} ✕").format(kind_label(TodoKind(group[1]))))
        self.todo_group.setVisible(group is not None)
        if emit:
            self._emit()

    def _update_dates_text(self) -> None:
        if not self.dated.isChecked():
            self.dates.setText(self.tr("Any date"))
            return
        start, end = self.date_from.date().toString("MM-dd"), self.date_to.date().toString("MM-dd")
        self.dates.setText(self.tr("Reported {0}–{1}").format(start, end))

    def _checkable_menu(self, button: MenuButton, items: dict[Any, str], clear_text: str) -> dict[Any, QAction]:
        """A drop-down of checkable choices (none checked: no narrowing) with a last entry that clears them."""
        menu = QMenu(button)
        actions: dict[Any, QAction] = {}
        for value, text in items.items():
            actions[value] = menu.addAction(text)
            actions[value].setCheckable(True)
            actions[value].toggled.connect(self._on_any_changed)
        menu.addSeparator()
        menu.addAction(clear_text).triggered.connect(lambda: self._clear_menu(actions))
        button.setMenu(menu)
        return actions

    def _clear_menu(self, actions: dict[Any, QAction]) -> None:
        for action in actions.values():
            action.blockSignals(True)
            action.setChecked(False)
            action.blockSignals(False)
        self._emit()

    def _update_stages_text(self) -> None:
        chosen = [a.text() for a in self.stage_actions.values() if a.isChecked()]
        many = self.tr("{0} stages").format(len(chosen))
        self.stages.setText(_choice_text(chosen, self.tr("Any stage"), many))

    def _update_states_text(self) -> None:
        chosen = [a.text() for a in self.state_actions.values() if a.isChecked()]
        many = self.tr("{0} states").format(len(chosen))
        self.states.setText(_choice_text(chosen, self.tr("All states"), many))

    @Slot()
    def _on_any_changed(self) -> None:
        self._emit()

    @Slot()
    def _emit(self) -> None:
        self._search_timer.stop()
        self._update_states_text()
        self._update_stages_text()
        self._update_dates_text()
        if not self.signalsBlocked():
            self.filter_changed.emit(self.current())
