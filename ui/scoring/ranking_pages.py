"""The ranking with the reasons behind the chosen row, the chosen subject's scorecard, and the charts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelection, QStandardPaths, Qt, Slot
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from gridapp.files import write_atomically
from gridapp.progress import Progress
from gridapp.scoring.charts import comparison_png, trend_png
from gridapp.scoring.kinds import SubjectKind
from gridapp.scoring.points import format_points
from gridapp.scoring.rows import EntryQuery, StandingQuery
from gridapp.security.rights import AccessDenied
from ui.errors import show_exception
from ui.roles import ROW_ROLE
from ui.scoring import entry_model, standing_model
from ui.scoring.entry_model import WIDTHS, EntryColumn, EntryTableModel
from ui.scoring.labels import month_short, period_label
from ui.scoring.list_models import ScorecardColumn, ScorecardTreeModel
from ui.scoring.page import Host, Page, Subject, ask_where_to_save, button_row, set_widths, table_view
from ui.scoring.standing_model import StandingColumn, StandingTableModel
from ui.tasks import Task


class RankingPage(Page):
    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.model = StandingTableModel(self)
        self.view = table_view("rankingTable", self.model)
        self.view.horizontalHeader().setStretchLastSection(False)
        self.view.selectionModel().selectionChanged.connect(self._on_view_selection_changed)
        self.why = EntryTableModel(self)
        self.why_view = table_view("reasonsTable", self.why)
        set_widths(self.why_view, WIDTHS)
        self.why_view.sortByColumn(EntryColumn.DATE, Qt.SortOrder.DescendingOrder)
        self.summary = QLabel()
        self.summary.setObjectName("rankingSummary")
        self.why_title = QLabel()
        self.export_button = QPushButton(self.tr("Export ranking…"))
        self.export_why_button = QPushButton(self.tr("Export reasons…"))
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.export_why_button.clicked.connect(self._on_export_why_button_clicked)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.summary)
        top_layout.addWidget(self.view)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.why_title)
        bottom_layout.addWidget(self.why_view)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        layout.addLayout(button_row(None, self.export_why_button, self.export_button))

    def refresh(self) -> None:
        super().refresh()
        host, scope = self.host, self.host.scope
        if host.services is None or scope is None:
            self.model.set_query(None, None, None, False)
            self.why.set_query(None, None, None)
            return
        query = StandingQuery(
            scope.catalogue.code, scope.period, scope.unit_id, scope.party_members_only, host.permissions.person_id
        )
        self.model.set_query(host.services.scoring.standings, query, scope.catalogue, host.permissions.see_warnings)
        self.export_button.setEnabled(host.permissions.export)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        cat = scope.catalogue
        state = self.tr("closed: frozen") if scope.closed else self.tr("open")
        self.summary.setText(
            self.tr(
                "{0} · {1} ({2}) · {3} ranked; the top {4} are marked gold, the bottom {5} blue; ties share a rank."
            ).format(scope.unit_name, period_label(scope.period), state, self.model.total, cat.top_n, cat.bottom_n)
        )
        self._select_subject()

    def _select_subject(self) -> None:
        subject = self.host.subject
        for row in range(self.model.rowCount()):
            if subject is not None and self.model.row_at(row).subject_id == subject.id:
                self.view.selectRow(row)
                return
        self._show_reasons(None)

    def _show_reasons(self, subject: Subject | None) -> None:
        host, scope = self.host, self.host.scope
        if host.services is None or scope is None or subject is None:
            self.why.set_query(None, None, None)
            self.why_title.setText(self.tr("Choose a row to see why each point was given."))
            return
        if scope.people:
            query = EntryQuery(scope.catalogue.code, scope.period, person_id=subject.id)
        else:
            query = EntryQuery(scope.catalogue.code, scope.period, subject_unit_id=subject.id)
        self.why.set_query(host.services.scoring.entries, query, scope.catalogue)
        self.why_title.setText(self.tr("Why {0} has these points ({1} entries):").format(subject.name, self.why.total))

    @Slot(QItemSelection, QItemSelection)
    def _on_view_selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        indexes = self.view.selectionModel().selectedRows()
        row = indexes[0].data(ROW_ROLE) if indexes else None
        subject = Subject(row.subject_id, row.name) if row is not None else None
        self.host.choose_subject(subject)
        self._show_reasons(subject)

    @Slot()
    def _on_export_button_clicked(self) -> None:
        scope, services, model = self.host.scope, self.host.services, self.model
        query, catalogue = model.query, model.catalogue
        if scope is None or services is None or query is None or catalogue is None:
            return
        actor = self.host.require_actor()
        if actor is None:
            return
        try:  # RANKING_EXPORT, audited; the warnings stay out of the file unless the account may export them
            ranking = services.scoring.standings.for_export(actor, query, model.sort_key)
        except AccessDenied as denied:
            self.host.refuse(denied)
            return
        columns = [c for c in model.columns if ranking.with_warnings or c.kind is not StandingColumn.WARNING]
        headers = [standing_model.header(c, catalogue) for c in columns]

        def rows(progress: Progress) -> list[list[Any]]:
            return [[standing_model.cell(r, c, catalogue) for c in columns] for r in ranking.rows]

        self.host.export(self.tr("Ranking {0} {1}").format(scope.unit_name, period_label(scope.period)), headers, rows)

    @Slot()
    def _on_export_why_button_clicked(self) -> None:
        export_entries(self.host, self.why, self.tr("Reasons"))


def export_entries(host: Host, model: EntryTableModel, title: str) -> None:
    services, scope, query = host.services, host.scope, model.query
    if services is None or scope is None or query is None:
        return
    categories = model.categories
    entries = services.scoring.entries

    def rows(progress: Progress) -> list[list[Any]]:
        return [[entry_model.cell(e, c, categories) for c in EntryColumn] for e in entries.all(query)]

    host.export(f"{title} {scope.unit_name} {period_label(scope.period)}", entry_model.headers(), rows)


class ScorecardPage(Page):
    """The chosen person's card of the criteria, or the chosen team's 5 × 44 assessment sheet."""

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.model = ScorecardTreeModel(self)
        self.view = QTreeView()
        self.view.setObjectName("scorecardTree")
        self.view.setModel(self.model)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.title = QLabel()
        self.title.setObjectName("scorecardTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.export_button = QPushButton(self.tr("Export sheet…"))
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.export_all_button = QPushButton(self.tr("Export every sheet side by side…"))
        self.export_all_button.setToolTip(self.tr("One row per item, one column per person or team of the ranking"))
        self.export_all_button.clicked.connect(self._on_export_all_button_clicked)
        self.print_a4_button = QPushButton(self.tr("Print sheet A4…"))
        self.print_a4_button.setObjectName("printSheetA4")
        self.print_a3_button = QPushButton(self.tr("Print sheet A3…"))
        for button, size in ((self.print_a4_button, "A4"), (self.print_a3_button, "A3")):
            button.setToolTip(self.tr("The team's assessment sheet for posting, with signature lines"))
            button.clicked.connect(lambda _checked=False, size=size: self.print_sheet(size))
            button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.view)
        layout.addLayout(
            button_row(self.print_a4_button, self.print_a3_button, None, self.export_all_button, self.export_button)
        )

    def refresh(self) -> None:
        super().refresh()
        host, scope, subject = self.host, self.host.scope, self.host.subject
        printable = (
            host.services is not None
            and scope is not None
            and subject is not None
            and scope.catalogue.subject is SubjectKind.UNIT
            and host.permissions.export
        )
        self.print_a4_button.setEnabled(printable)
        self.print_a3_button.setEnabled(printable)
        if host.services is None or scope is None or subject is None:
            self.model.set_card(None)
            self.title.setText(self.tr("Choose a person or a team in the ranking to see their sheet."))
            self.export_button.setEnabled(False)
            self.export_all_button.setEnabled(
                host.services is not None and scope is not None and host.permissions.export
            )
            return
        self.export_all_button.setEnabled(host.permissions.export)
        card = host.services.scoring.standings.scorecard(scope.catalogue.code, subject.id, scope.period)
        self.model.set_card(card)
        self.view.expandAll()
        header = self.view.header()
        header.setSectionResizeMode(ScorecardColumn.ITEM, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ScorecardColumn.STANDARD, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        items = sum(len(c.items) for c in card.categories)
        self.title.setText(
            self.tr("{0} · {1} · {2} categories, {3} items · score {4}").format(
                card.subject_name, period_label(card.period), len(card.categories), items, format_points(card.score)
            )
        )
        self.export_button.setEnabled(host.permissions.export)

    def permissions_changed(self) -> None:
        self.stale = True  # the export buttons follow RANKING_EXPORT

    def print_sheet(self, size: str) -> QWidget | None:
        """The chosen team's 考核表 in a print preview (built off the UI thread)."""
        host, scope, subject = self.host, self.host.scope, self.host.subject
        if host.services is None or scope is None or subject is None:
            return None
        from ui.scoring.assessment_print import assessment_preview  # ReportLab loads when first printing

        actor = host.require_actor()
        if actor is None:
            return None
        dialog = assessment_preview(host.services, actor, scope, subject.id, subject.name, size, self)
        dialog.setModal(False)
        dialog.show()
        return dialog

    @Slot()
    def _on_export_button_clicked(self) -> None:
        card = self.model.card
        if card is None:
            return
        headers = [self.model.headerData(c, Qt.Orientation.Horizontal) for c in ScorecardColumn]
        category_word = self.tr("Category")

        def rows(progress: Progress) -> list[list[Any]]:
            out: list[list[Any]] = []
            for category in card.categories:
                out.append(
                    [
                        f"{category_word}: {category.category.name}",
                        "",
                        "",
                        sum(i.times for i in category.items),
                        category.points,
                        category.score,
                    ]
                )
                out += [
                    [
                        f"{i.rule.code} {i.rule.name}",
                        i.rule.standard,
                        i.rule.points,
                        i.times,
                        i.points if i.times else None,
                        None,
                    ]
                    for i in category.items
                ]
            return out

        self.host.export(f"{card.subject_name} {period_label(card.period)}", headers, rows)

    @Slot()
    def _on_export_all_button_clicked(self) -> None:
        """The 5 × 44 sheets of every team (or the cards of every person) of the ranking, side by side."""
        services, scope = self.host.services, self.host.scope
        if services is None or scope is None:
            return
        standings, rules = services.scoring.standings, services.scoring.rules
        query = StandingQuery(scope.catalogue.code, scope.period, scope.unit_id, scope.party_members_only)
        subjects = standings.all(query)
        categories = {c.code: c.name for c in scope.catalogue.categories}
        headers = [self.tr("Category"), self.tr("Item"), self.tr("Points each"), *[r.name for r in subjects]]
        score_word = self.tr("Score")

        def rows(progress: Progress) -> list[list[Any]]:
            matrix = standings.scorecard_matrix(scope.catalogue.code, scope.unit_id, scope.period, scope.people)
            out: list[list[Any]] = []
            for rule in rules.rules(scope.catalogue.code, scope.period):
                cells = [matrix.get((rule.code, r.subject_id), (0, None))[1] for r in subjects]
                out.append(
                    [categories.get(rule.category, rule.category), f"{rule.code} {rule.name}", rule.points, *cells]
                )
            out.append(["", score_word, None, *[r.score for r in subjects]])
            return out

        self.host.export(self.tr("Sheets {0} {1}").format(scope.unit_name, period_label(scope.period)), headers, rows)


class ChartsPage(Page):
    """The trend over twelve months and the comparison of the units below, drawn off the UI thread."""

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.trend = QLabel()
        self.trend.setObjectName("trendChart")
        self.comparison = QLabel()
        self.comparison.setObjectName("comparisonChart")
        for label in (self.trend, self.comparison):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setMinimumHeight(200)
        self.only_subject = QCheckBox(self.tr("Trend of the chosen person or team only"))
        self.per_member = QCheckBox(self.tr("Compare per member"))
        self.per_member.setChecked(True)
        self.only_subject.toggled.connect(self._on_option_toggled)
        self.per_member.toggled.connect(self._on_option_toggled)
        self.save_trend = QPushButton(self.tr("Save the trend as a picture…"))
        self.save_comparison = QPushButton(self.tr("Save the comparison as a picture…"))
        self.save_trend.clicked.connect(lambda: self._save_picture(0))
        self.save_comparison.clicked.connect(lambda: self._save_picture(1))
        self.status = QLabel()
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addWidget(self.trend)
        inner_layout.addWidget(self.comparison)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addLayout(button_row(self.only_subject, self.per_member, None, self.save_trend, self.save_comparison))
        layout.addWidget(self.status)
        layout.addWidget(scroll)
        self.task: Task | None = None
        self.pictures: tuple[bytes, bytes] | None = None
        self.titles = ("", "")
        self._enable_saving()

    def refresh(self) -> None:
        super().refresh()
        host, scope = self.host, self.host.scope
        if host.services is None or scope is None:
            return
        if self.task is not None and self.task.running:
            self.task.cancel()
        standings = host.services.scoring.standings
        subject = host.subject if self.only_subject.isChecked() else None
        names = [c.name for c in scope.catalogue.categories]
        per_member = self.per_member.isChecked()
        who = subject.name if subject else scope.unit_name
        trend_title = self.tr("{0}: points per month, twelve months to {1}").format(who, period_label(scope.period))
        compare_title = (
            self.tr("{0}, {1}: points per member of each unit below").format(
                scope.unit_name, period_label(scope.period)
            )
            if per_member
            else self.tr("{0}, {1}: points of each unit below").format(scope.unit_name, period_label(scope.period))
        )
        total, empty = self.tr("Total"), self.tr("No points in this period")
        person = subject.id if subject and scope.people else None
        width = max(6.0, min(14.0, (self.width() - 60) / 100))  # the charts are drawn at 100 dpi

        def draw(progress: Progress) -> tuple[bytes, bytes]:
            points = standings.trend(
                scope.catalogue.code,
                scope.unit_id if subject is None or scope.people else subject.id,
                scope.period,
                person_id=person,
            )
            progress(1, 4, "")
            rows = standings.comparison(scope.catalogue.code, scope.unit_id, scope.period)
            progress(2, 4, "")
            first = trend_png(points, names, trend_title, [month_short(p.period) for p in points], total, empty, width)
            progress(3, 4, "")
            return first, comparison_png(rows, names, compare_title, per_member, empty, width)

        self.titles = (trend_title, compare_title)
        self.pictures = None
        self._enable_saving()
        self.status.setText(self.tr("Drawing the charts…"))
        self.task = Task(draw, name="scoring charts", parent=self)
        self.task.succeeded.connect(self._on_task_succeeded)
        self.task.failed.connect(self._on_task_failed)
        self.task.start()

    @Slot(bool)
    def _on_option_toggled(self, checked: bool) -> None:
        self.refresh()

    @Slot(object)
    def _on_task_succeeded(self, pictures: tuple[bytes, bytes]) -> None:
        self.pictures = pictures
        for label, png in zip((self.trend, self.comparison), pictures, strict=True):
            pixmap = QPixmap()
            pixmap.loadFromData(png, "PNG")
            label.setPixmap(pixmap)
        self.status.clear()
        self._enable_saving()

    def _enable_saving(self) -> None:
        for button in (self.save_trend, self.save_comparison):
            button.setEnabled(self.pictures is not None)

    def _save_picture(self, which: int) -> None:
        """Save one chart as the PNG shown (for a report or a slide), written whole or not at all."""
        if self.pictures is None:
            return
        png = self.pictures[which]
        path = ask_where_to_save(
            self,
            self.tr("Save the chart"),
            self.titles[which],
            ".png",
            self.tr("PNG picture (*.png)"),
            QStandardPaths.StandardLocation.PicturesLocation,
        )
        if path is None:
            return
        try:
            write_atomically(path, lambda fh: fh.write(png))
        except OSError as exc:
            show_exception(self, exc, self.tr("The picture could not be saved"))
            return
        self.status.setText(self.tr("Saved {0}").format(path))

    @Slot(object)
    def _on_task_failed(self, exc: BaseException) -> None:
        self.status.setText(self.tr("The charts could not be drawn."))
        show_exception(self, exc)
