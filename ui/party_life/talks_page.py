"""The organisation tab's talks page (谈心谈话): the quarter's 1+N coverage of the selected unit's subtree (every link
and whether its talk happened, missing ones in red) and the talks held, with recording a talk."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gridapp.party_life.kinds import TalkKind
from gridapp.party_life.rows import CoverageRow
from gridapp.security.rights import Right, plant_today
from ui.party_life.page_parts import PartyLifePage, exec_until_saved, preview, table_view, tool_bar, year_box
from ui.party_life.talk_models import CoverageColumn, CoverageTableModel, TalkColumn, TalkTableModel
from ui.roles import ROW_ROLE

if TYPE_CHECKING:
    from gridapp.org.rows import UnitRow
    from ui.context import AppContext


class TalksPage(PartyLifePage):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.coverage_model = CoverageTableModel(self)
        self.talks_model = TalkTableModel(self)
        self.record_action = QAction(self.tr("Record talk…"), self)
        self.record_action.triggered.connect(self._on_record_triggered)
        self.record_for_link_action = QAction(self.tr("Record this link's talk…"), self)
        self.record_for_link_action.triggered.connect(self._on_record_for_link_triggered)
        self.print_action = QAction(self.tr("Print coverage…"), self)
        self.print_action.triggered.connect(self._on_print_triggered)
        self.member_record_action = QAction(self.tr("Member's yearly record…"), self)
        self.member_record_action.setToolTip(
            self.tr("The selected link's party member's year of organisation life, for the democratic review")
        )
        self.member_record_action.triggered.connect(self._on_member_record_triggered)
        bar = tool_bar(
            (self.record_action, self.record_for_link_action, None, self.print_action, self.member_record_action)
        )
        self.year = year_box("talkYear")
        self.quarter = QSpinBox()
        self.quarter.setObjectName("talkQuarter")
        self.quarter.setRange(1, 4)
        self.quarter.setPrefix("Q")
        self.quarter.setValue((plant_today().month - 1) // 3 + 1)
        self.year.valueChanged.connect(lambda _v: self.reload())
        self.quarter.valueChanged.connect(lambda _v: self.reload())
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(bar, 1)
        top.addWidget(QLabel(self.tr("Quarter")))
        top.addWidget(self.year)
        top.addWidget(self.quarter)
        self.summary = QLabel()
        self.summary.setObjectName("talkSummary")
        self.summary.setWordWrap(True)
        self.coverage_view = table_view(self.coverage_model, "talkCoverage")
        self.coverage_view.doubleClicked.connect(lambda _index: self.record_for_link_action.trigger())
        self.coverage_view.selectionModel().selectionChanged.connect(lambda *_: self.update_enabled())
        self.talks_view = table_view(self.talks_model, "talksTable")
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.coverage_view)
        split.addWidget(self.talks_view)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        self.update_enabled()

    def show_unit(self, unit: UnitRow | None) -> None:
        self._unit = unit
        self.reload()

    def reload(self) -> None:
        services = self._context.services
        if services is None or self._unit is None:
            self.coverage_model.set_rows([])
            self.talks_model.set_rows([])
            self.summary.clear()
            self.update_enabled()
            return
        talks = services.party_life.talks
        coverage = talks.coverage(self._unit.id, self.year.value(), self.quarter.value())
        self.coverage_model.set_rows(coverage.rows)
        self.coverage_view.sortByColumn(CoverageColumn.TALKED_ON, Qt.SortOrder.AscendingOrder)  # missing first
        rows = talks.talks(self._context.actor, self._unit.id, coverage.first, coverage.last)
        self.talks_model.set_rows(rows)
        self.talks_view.sortByColumn(TalkColumn.HELD_ON, Qt.SortOrder.DescendingOrder)
        self.summary.setText(
            self.tr(
                "{0} to {1}: {2} of {3} 1+N links had their quarterly talk; {4} missing (red). {5} talks held."
            ).format(
                coverage.first.isoformat(),
                coverage.last.isoformat(),
                len(coverage.rows) - len(coverage.missing),
                len(coverage.rows),
                len(coverage.missing),
                len(rows),
            )
        )
        self.coverage_view.resizeColumnsToContents()
        self.talks_view.resizeColumnsToContents()
        self.update_enabled()

    def current_link(self) -> CoverageRow | None:
        rows = self.coverage_view.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def update_enabled(self) -> None:
        may = self._unit is not None and self._context.may(Right.TALK_RECORD, self._unit.id)
        self.record_action.setEnabled(may)
        self.record_for_link_action.setEnabled(may and self.current_link() is not None)
        self.print_action.setEnabled(self._unit is not None)
        self.member_record_action.setEnabled(self._context.actor is not None)

    def _record(self, link: CoverageRow | None) -> None:
        from ui.party_life.talk_dialog import TalkDialog

        services, actor = self._context.services, self._context.actor
        if services is None or actor is None:
            return
        org = services.org
        talker = org.person(link.guardian_id) if link else self._context.operator
        person = org.person(link.ward_id) if link else None
        dialog = TalkDialog(
            lambda text: org.search_people(text, party_members_only=True),
            lambda text: org.search_people(text),
            talker,
            person,
            TalkKind.LINKED_QUARTERLY if link else TalkKind.OTHER,
            self,
        )
        exec_until_saved(dialog, lambda: services.party_life.talks.record(actor, dialog.draft()))
        self.reload()

    @Slot()
    def _on_print_triggered(self) -> None:
        from gridapp.party_life.printing import talk_coverage_pdf

        services, unit = self._context.services, self._unit
        if services is None or unit is None:
            return
        coverage = services.party_life.talks.coverage(unit.id, self.year.value(), self.quarter.value())
        path = services.party_life.unit_path(unit.id)
        name = f"1+N谈心谈话覆盖-{self.year.value()}Q{self.quarter.value()}.pdf"
        preview(self, self.tr("Talk coverage"), lambda: talk_coverage_pdf(coverage, path), name)

    @Slot()
    def _on_member_record_triggered(self) -> None:
        from ui.party_life.member_record_dialog import print_member_record

        services, link = self._context.services, self.current_link()
        member = services.org.person(link.guardian_id) if services is not None and link is not None else None
        print_member_record(self, self._context, self.year.value(), member)

    @Slot()
    def _on_record_triggered(self) -> None:
        self._record(None)

    @Slot()
    def _on_record_for_link_triggered(self) -> None:
        link = self.current_link()
        if link is not None:
            self._record(link)
