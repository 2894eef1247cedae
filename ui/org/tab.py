"""The organisation tab: the unit tree (drag and drop, counts, warnings) beside the selected unit's header and its
people, roles, guardianship links and areas; every change goes through one undo stack (see ``actions.py``)."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from gridapp.org.kinds import UnitKind
from gridapp.org.rows import AreaRow, AssignmentRow, GuardianshipRow, PersonRow, UnitRow
from ui.org.actions import OrgActions
from ui.org.changes import Changes
from ui.org.labels import unit_kind_label
from ui.org.list_models import AreaTableModel, AssignmentColumn, AssignmentTableModel, GuardianshipTableModel
from ui.org.panels import PersonDetailView, UnitHeaderView
from ui.org.people_model import PeopleTableModel, PersonColumn
from ui.org.unit_tree_model import UnitColumn, UnitTreeModel
from ui.party_life.care_page import CarePage
from ui.party_life.meetings_page import MeetingsPage
from ui.party_life.suggestions_page import SuggestionsPage
from ui.party_life.talks_page import TalksPage
from ui.party_life.zone_reports_page import ZoneReportsPage
from ui.roles import ROW_ROLE
from ui.training.page import TrainingPage
from ui.widgets import EmptyState, fit_columns

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from gridapp.services import Services
    from ui.context import AppContext


class Page:
    PEOPLE = 0
    ROLES = 1
    GUARDIANSHIP = 2
    AREAS = 3
    MEETINGS = 4
    TALKS = 5
    SUGGESTIONS = 6
    ZONE_REPORTS = 7
    CARE = 8
    TRAINING = 9


def _table(model: object, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)  # type: ignore[arg-type]
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.setAlternatingRowColors(True)
    view.setSortingEnabled(True)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    fit_columns(view)
    return view


def _button_row(*actions: QAction | None) -> QHBoxLayout:
    """The page's actions as a tool bar, which folds what does not fit behind a » button on a narrow screen."""
    bar = QToolBar()
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    for action in actions:
        if action is None:
            bar.addSeparator()
        else:
            bar.addAction(action)
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(bar, 1)
    return row


class OrgTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._services: Services | None = None
        self._loaded: set[int] = set()  # pages filled for the current unit
        self._first_load = True
        self._columns_sized = False
        self.units = UnitTreeModel(self)
        self.people = PeopleTableModel(self)
        self.roles_model = AssignmentTableModel(self)
        self.links_model = GuardianshipTableModel(self)
        self.areas_model = AreaTableModel(self)
        self.changes = Changes(context, self)
        self.actions_ = OrgActions(self)

        self.tree = QTreeView()
        self.tree.setObjectName("unitTree")
        self.tree.setModel(self.units)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setDragEnabled(True)
        self.tree.setAcceptDrops(True)
        self.tree.setDropIndicatorShown(True)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(UnitColumn.NAME, QHeaderView.ResizeMode.Stretch)
        # Fixed widths from the font, not ResizeToContents: that re-measures every visible row at each expand,
        # which on a 500-unit plant costs more than loading the tree.
        metrics = self.fontMetrics()
        longest_kind = max((unit_kind_label(kind) for kind in UnitKind), key=metrics.horizontalAdvance)
        for column, sample in (
            (UnitColumn.KIND, longest_kind),  # "Responsibility zone" in English
            (UnitColumn.PEOPLE, "10000"),
            (UnitColumn.PARTY_MEMBERS, "党员数"),
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            # never narrower than its title, which is longer in English ("Party members")
            header.resizeSection(column, max(metrics.horizontalAdvance(sample) + 16, header.sectionSizeHint(column)))
        self.tree.selectionModel().selectionChanged.connect(self._on_tree_selection_changed)
        # Queued: the change (and the model reset it causes) happens after the view has finished the drop.
        self.units.unit_dropped.connect(self.actions_.move_unit_to, Qt.ConnectionType.QueuedConnection)
        self.units.people_dropped.connect(self.actions_.move_people_to, Qt.ConnectionType.QueuedConnection)

        self.unit_header = UnitHeaderView()
        self.pages = QTabWidget()
        self.pages.setObjectName("orgPages")
        self.pages.addTab(self._people_page(), self.tr("People"))
        self.pages.addTab(self._roles_page(), self.tr("Roles"))
        self.pages.addTab(self._guardianship_page(), self.tr("Guardianship"))
        self.pages.addTab(self._areas_page(), self.tr("Areas"))
        self.meetings_page = MeetingsPage(context)
        self.pages.addTab(self.meetings_page, self.tr("Meetings"))
        self.talks_page = TalksPage(context)
        self.pages.addTab(self.talks_page, self.tr("Talks"))
        self.suggestions_page = SuggestionsPage(context)
        self.pages.addTab(self.suggestions_page, self.tr("Suggestions"))
        self.zone_reports_page = ZoneReportsPage(context)
        self.pages.addTab(self.zone_reports_page, self.tr("Zone reports"))
        self.care_page = CarePage(context)
        self.pages.addTab(self.care_page, self.tr("Care"))
        self.training_page = TrainingPage(context)
        self.pages.addTab(self.training_page, self.tr("Training"))
        self.pages.currentChanged.connect(self._on_pages_current_changed)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.unit_header)
        right_layout.addWidget(self.pages, 1)
        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([360, 900])  # until the plant is loaded: then the tree takes what its names need
        self.splitter = splitter

        self.empty = EmptyState(self.tr("Opening the database…"), "")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(splitter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.actions_.toolbar())
        layout.addWidget(self.stack, 1)
        self.actions_.attach_context_menus()
        self._search_timer = QTimer(self)  # no constructor keywords: see ui/org/pickers.py
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self._on_search_timer_timeout)
        self.changes.changed.connect(self._on_changes_changed)
        context.services_changed.connect(self.set_services)
        context.noticed.connect(self._on_context_noticed)
        context.operator_changed.connect(self._on_context_operator_changed)
        context.meetings_requested.connect(self.show_meetings)
        self.actions_.update_enabled()
        self.set_services(context.services)

    # pages

    def _people_page(self) -> QWidget:
        a = self.actions_
        self.search = QLineEdit()
        self.search.setObjectName("peopleSearch")
        self.search.setPlaceholderText(self.tr("Find: name, employee no. or pinyin initials (e.g. wjh)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self._on_search_return_pressed)
        self.show_left = QCheckBox(self.tr("Show people who left"))
        self.show_left.setChecked(True)
        self.show_left.toggled.connect(lambda _on: self._on_search_timer_timeout())
        self.count_label = QLabel()
        self.table = _table(self.people, "peopleTable")
        self.table.sortByColumn(PersonColumn.EMPLOYEE_NO, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setDragEnabled(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().moveSection(PersonColumn.TEAM, PersonColumn.UNIT + 1)
        self.table.horizontalHeader().setResizeContentsPrecision(50)  # size columns from the first rows only
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.table.doubleClicked.connect(lambda _index: a.edit_person.trigger())
        self.detail = PersonDetailView()
        scroll = QScrollArea()
        scroll.setWidget(self.detail)
        scroll.setWidgetResizable(True)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(scroll)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.show_left)
        top.addWidget(self.count_label)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addLayout(
            _button_row(
                a.add_person,
                a.edit_person,
                a.move_people,
                None,
                a.mark_left,
                a.return_to_work,
                a.delete_person,
                None,
                a.assign_role,
            )
        )
        layout.addWidget(split, 1)
        return page

    def _roles_page(self) -> QWidget:
        a = self.actions_
        self.role_history = QCheckBox(self.tr("Include ended roles (history)"))
        self.role_history.toggled.connect(lambda _on: self._load_page(Page.ROLES))
        self.roles_table = _table(self.roles_model, "rolesTable")
        self.roles_table.sortByColumn(AssignmentColumn.ROLE, Qt.SortOrder.AscendingOrder)
        self.roles_table.selectionModel().selectionChanged.connect(lambda *_: a.update_enabled())
        page = QWidget()
        layout = QVBoxLayout(page)
        row = _button_row(a.assign_role, a.end_role, a.remove_role, None, a.role_catalogue)
        row.addWidget(self.role_history)
        layout.addLayout(row)
        layout.addWidget(self.roles_table, 1)
        return page

    def _guardianship_page(self) -> QWidget:
        a = self.actions_
        self.coverage_label = QLabel()
        self.coverage_label.setObjectName("coverageLabel")
        self.coverage_label.setWordWrap(True)
        self.links_table = _table(self.links_model, "linksTable")
        self.links_table.selectionModel().selectionChanged.connect(lambda *_: a.update_enabled())
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(_button_row(a.add_link, a.end_link, a.remove_link, None, a.coverage, a.guardianship_settings))
        layout.addWidget(self.coverage_label)
        layout.addWidget(self.links_table, 1)
        return page

    def _areas_page(self) -> QWidget:
        a = self.actions_
        self.areas_table = _table(self.areas_model, "areasTable")
        self.areas_table.doubleClicked.connect(lambda _index: a.edit_area.trigger())
        self.areas_table.selectionModel().selectionChanged.connect(lambda *_: a.update_enabled())
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(_button_row(a.add_area, a.edit_area, a.delete_area, None, a.print_placards))
        layout.addWidget(self.areas_table, 1)
        return page

    # what is selected

    @property
    def services(self) -> Services | None:
        return self._services

    @property
    def context(self) -> AppContext:
        return self._context

    def current_unit(self) -> UnitRow | None:
        indexes = self.tree.selectionModel().selectedRows()
        return self.units.unit_at(indexes[0]) if indexes else None

    def selected_people(self) -> list[PersonRow]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.people.person_at(r) for r in rows if r < self.people.rowCount()]

    def current_person(self) -> PersonRow | None:
        people = self.selected_people()
        return people[0] if len(people) == 1 else None

    def _selected(self, view: QTableView) -> object | None:
        rows = view.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def current_assignment(self) -> AssignmentRow | None:
        row = self._selected(self.roles_table)
        return row if isinstance(row, AssignmentRow) else None

    def current_link(self) -> GuardianshipRow | None:
        row = self._selected(self.links_table)
        return row if isinstance(row, GuardianshipRow) else None

    def selected_areas(self) -> list[AreaRow]:
        return [i.data(ROW_ROLE) for i in self.areas_table.selectionModel().selectedRows()]

    def select_unit(self, unit_id: uuid.UUID) -> None:
        index = self.units.index_of(unit_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def show_place(self, unit_id: uuid.UUID, area_id: uuid.UUID | None = None) -> None:
        """A scanned place: its unit selected, and an area selected in the areas page."""
        self.select_unit(unit_id)
        if area_id is None:
            return
        self.pages.setCurrentIndex(Page.AREAS)  # loads the page when it was not loaded
        for row in range(self.areas_model.rowCount()):
            index = self.areas_model.index(row, 0)
            if index.data(ROW_ROLE).id == area_id:
                self.areas_table.selectRow(row)
                self.areas_table.scrollTo(index)
                return

    @Slot()
    def _on_search_return_pressed(self) -> None:
        """A barcode scanner types a printed QR's place code into the search field and presses Enter."""
        from gridapp.org.place_codes import looks_like_scan

        text = self.search.text()
        if looks_like_scan(text):
            from ui.scan_box import open_scan

            self.search.clear()
            open_scan(self._context, self, text, show_place=lambda p: self.show_place(p.unit_id, p.area_id))

    @Slot(object)
    def show_meetings(self, unit_id: uuid.UUID) -> None:
        """A unit's meetings page (from the alert of a meeting it missed)."""
        self.select_unit(unit_id)
        self.pages.setCurrentIndex(Page.MEETINGS)

    def show_care(self, unit_id: uuid.UUID) -> None:
        """A unit's care page (from the alert of a ward's overdue hardship step)."""
        self.select_unit(unit_id)
        self.pages.setCurrentIndex(Page.CARE)

    def select_person(self, person_id: uuid.UUID) -> None:
        row = self.people.row_of(person_id)
        if row >= 0:
            self.table.selectRow(row)

    # loading

    @Slot(object)
    def _fit_tree(self) -> None:
        """The tree as wide as its open names and its counts need, up to 40 % of the tab: a fixed share cut the
        names in English (or left the people table too narrow in Chinese)."""
        header = self.tree.header()
        counts = sum(header.sectionSize(c) for c in (UnitColumn.KIND, UnitColumn.PEOPLE, UnitColumn.PARTY_MEMBERS))
        name = max(self.tree.sizeHintForColumn(UnitColumn.NAME), header.sectionSizeHint(UnitColumn.NAME))
        wanted = name + counts + 2 * self.tree.frameWidth() + self.tree.verticalScrollBar().sizeHint().width()
        total = sum(self.splitter.sizes())
        if total > 0:
            left = min(wanted, total * 2 // 5)
            self.splitter.setSizes([left, total - left])

    def set_services(self, services: Services | None) -> None:
        self._services = services
        self.people.set_service(services.org if services else None)
        self.changes.clear()  # steps of another database cannot be undone here
        self._first_load = True
        self.refresh()

    @Slot(object)
    def _on_context_operator_changed(self, actor: object) -> None:
        self.actions_.update_enabled()  # what the account may change

    def refresh(self) -> None:
        """Reload everything, keeping the selected unit and person and the tree's open branches."""
        if self._services is None:
            self.units.set_units([])
            self.stack.setCurrentWidget(self.empty)
            self.actions_.update_enabled()
            return
        current = self.current_unit()
        person = self.current_person()
        expanded = {u.id for u in self.units.units() if self.tree.isExpanded(self.units.index_of(u.id))}
        units = self._services.org.units()
        self.tree.selectionModel().blockSignals(True)
        self.units.set_units(units)
        self.tree.selectionModel().blockSignals(False)
        if not units:
            self.empty.set_text(
                self.tr("No plant yet"),
                self.tr("The database holds no units. Load the demo plant from the File menu, add the plant with "
                        "“Add unit”, or import a roster."),
            )  # fmt: skip
            self.stack.setCurrentWidget(self.empty)
            self._load_unit(None)
            self.actions_.update_enabled()
            return
        self.stack.setCurrentIndex(1)
        if self._first_load:
            self.tree.expandToDepth(1)
            self._first_load = False
            QTimer.singleShot(0, self._fit_tree)
        else:
            for unit_id in expanded:
                self.tree.setExpanded(self.units.index_of(unit_id), True)
        target = self.units.index_of(current.id) if current else QModelIndex()
        self.tree.setCurrentIndex(target if target.isValid() else self.units.index(0, 0))
        if person is not None:
            self.select_person(person.id)

    @Slot(object)
    def _on_context_noticed(self, notice: object) -> None:
        from gridapp.changes import OrganisationChanged

        if isinstance(notice, OrganisationChanged) and not self.changes.busy:
            self.refresh()  # made by another tab, a background task or another PC

    @Slot()
    def _on_changes_changed(self) -> None:
        self.refresh()  # this tab's step, undo or redo — or a refusal, which may come from data changed elsewhere

    @Slot(QItemSelection, QItemSelection)
    def _on_tree_selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        self._load_unit(self.current_unit())

    def _load_unit(self, unit: UnitRow | None) -> None:
        self._loaded.clear()
        self.people.set_unit(unit.id if unit else None)
        if not self._columns_sized and self.people.rowCount():
            self.table.resizeColumnsToContents()  # once: afterwards the user's widths stay
            self._columns_sized = True
        self._update_count()
        # The row the tree already holds: asking by id would count the whole plant's people again.
        header = self._services.org.roles.header(unit) if unit and self._services else None
        self.unit_header.show_header(header)
        self._load_page(self.pages.currentIndex())
        self._on_table_selection_changed()

    def _load_page(self, page: int) -> None:
        unit = self.current_unit()
        org = self._services.org if self._services else None
        if page == Page.ROLES:
            if org is None or unit is None:
                rows: list[AssignmentRow] = []
            elif self.role_history.isChecked():
                rows = org.roles.history(unit_id=unit.id)
            else:
                rows = org.unit_roles(unit.id)
            self.roles_model.set_rows(rows)
        elif page == Page.GUARDIANSHIP:
            self.links_model.set_rows(org.guardianship.links(unit.id) if org and unit else [])
            self.coverage_label.setText(
                self.tr(
                    "{0} links in this unit and below. “Coverage report” lists everyone without a guardian."
                ).format(self.links_model.rowCount())
            )
        elif page == Page.AREAS:
            self.areas_model.set_rows(org.areas.areas(unit.id) if org and unit else [])
        elif page == Page.MEETINGS:
            self.meetings_page.show_unit(unit, self._subtree(unit.id) if unit else [])
        elif page == Page.TALKS:
            self.talks_page.show_unit(unit)
        elif page == Page.SUGGESTIONS:
            self.suggestions_page.show_unit(unit, self._subtree(unit.id) if unit else [])
        elif page == Page.ZONE_REPORTS:
            self.zone_reports_page.show_unit(unit)
        elif page == Page.CARE:
            self.care_page.show_unit(unit)
        elif page == Page.TRAINING:
            self.training_page.show_unit(unit, self._subtree(unit.id) if unit else [])
        view = {Page.ROLES: self.roles_table, Page.GUARDIANSHIP: self.links_table, Page.AREAS: self.areas_table}.get(
            page
        )
        if view is not None:
            view.resizeColumnsToContents()  # short lists: every row is loaded, so the widths fit them all
        self._loaded.add(page)
        self.actions_.update_enabled()

    def _subtree(self, root: uuid.UUID) -> list[UnitRow]:
        """``root`` and the units under it, parents first, from the tree already held (no query)."""
        inside = {root}
        out = []
        for unit in self.units.units():  # parents before children
            if unit.id == root or unit.parent_id in inside:
                inside.add(unit.id)
                out.append(unit)
        return out

    @Slot(int)
    def _on_pages_current_changed(self, page: int) -> None:
        if page not in self._loaded:
            self._load_page(page)

    @Slot()
    def _on_search_timer_timeout(self) -> None:
        self.people.set_filter(self.search.text(), self.show_left.isChecked())
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("{0} people").format(self.people.total))

    @Slot()
    def _on_table_selection_changed(self, *_args: object) -> None:
        person = self.current_person()
        detail = self._services.org.people_edit.detail(person.id) if person and self._services else None
        self.detail.show_detail(detail)
        self.actions_.update_enabled()
