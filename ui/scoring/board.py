"""The score dashboards (积分看板): the scope bar over pages for the ranking and its reasons, scorecards, proposals to
decide, the ledger, charts, warnings (for those allowed), rules and periods; printing and export."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QStandardPaths, Slot
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gridapp.actor import Actor
from gridapp.progress import Progress
from gridapp.scoring.kinds import EntryStatus, ScoringRefused
from gridapp.scoring.periods import PeriodKind
from gridapp.scoring.rows import EntryQuery, Permissions
from ui.context import AppContext
from ui.errors import show_exception
from ui.progress import run_with_progress
from ui.scoring.admin_pages import PeriodsPage, RulesPage, WarningsPage
from ui.scoring.entry_pages import LedgerPage, ProposalsPage
from ui.scoring.give_dialog import GiveDialog
from ui.scoring.labels import refusal_text
from ui.scoring.page import Page, Subject, ask_where_to_save
from ui.scoring.ranking_pages import ChartsPage, RankingPage, ScorecardPage
from ui.scoring.scope import RECENT, Scope, ScopeBar
from ui.widgets import EmptyState

if TYPE_CHECKING:
    from gridapp.services import Services


class ScoringBoard(QWidget):
    """Built the first time the tab is shown (see ui/lazy_tab.py)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.services: Services | None = None
        self.scope: Scope | None = None
        self.permissions = Permissions(None)
        self.subject: Subject | None = None
        self._loaded = False

        self.scope_bar = ScopeBar()
        self.scope_bar.scope_changed.connect(self._on_scope_bar_scope_changed)
        self.give_button = QPushButton(self.tr("&Give points…"))
        self.give_button.setObjectName("giveTopButton")
        self.give_button.clicked.connect(self.give)
        self.print_button = QPushButton(self.tr("&Print"))
        self.print_button.setObjectName("printButton")
        self.print_menu = QMenu(self)
        self.posting_actions = [self._print_action(self.tr("Points table for posting, A4"), "posting", "A4")]
        self.posting_actions.append(self._print_action(self.tr("Points table for posting, A3"), "posting", "A3"))
        self.star_actions = [self._print_action(self.tr("Star board, A3"), "stars", "A3")]
        self.star_actions.append(self._print_action(self.tr("Star board, A2"), "stars", "A2"))
        self.print_button.setMenu(self.print_menu)
        corner = QWidget()  # beside the page tabs: the scope bar alone must fit a small screen's width
        corner_layout = QHBoxLayout(corner)
        corner_layout.setContentsMargins(0, 0, 0, 2)
        corner_layout.addWidget(self.scope_bar.party_only)
        corner_layout.addWidget(self.give_button)
        corner_layout.addWidget(self.print_button)

        self.pages = QTabWidget()
        self.pages.setObjectName("scoringPages")
        self.pages.setCornerWidget(corner)
        self.ranking = RankingPage(self)
        self.scorecard = ScorecardPage(self)
        self.proposals = ProposalsPage(self)
        self.ledger = LedgerPage(self)
        self.charts = ChartsPage(self)
        self.warnings = WarningsPage(self)
        self.rules = RulesPage(self)
        self.periods = PeriodsPage(self)
        for page, title in (
            (self.ranking, self.tr("Ranking")),
            (self.scorecard, self.tr("Scorecard")),
            (self.proposals, self.tr("Waiting")),
            (self.ledger, self.tr("Entries")),
            (self.charts, self.tr("Charts")),
            (self.warnings, self.tr("Warnings")),
            (self.rules, self.tr("Rules")),
            (self.periods, self.tr("Periods")),
        ):
            self.pages.addTab(page, title)
        self.pages.setTabVisible(self.pages.indexOf(self.warnings), False)
        self.pages.currentChanged.connect(self._on_pages_current_changed)
        self.proposals.counted.connect(self._on_proposals_counted)
        self.status = QLabel()
        self.status.setObjectName("scoringStatus")

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(self.scope_bar)
        body_layout.addWidget(self.pages, 1)
        body_layout.addWidget(self.status)
        self.empty = EmptyState(self.tr("Opening the database…"), "")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.stack)
        give = QAction(self)
        give.setShortcut(QKeySequence("Ctrl+Shift+G"))
        give.triggered.connect(self.give)
        self.addAction(give)
        context.services_changed.connect(self.set_services)
        context.operator_changed.connect(self._on_context_operator_changed)
        context.noticed.connect(self._on_context_noticed)
        self.set_services(context.services)

    # the host of the pages

    def all_pages(self) -> list[Page]:
        return [
            self.ranking,
            self.scorecard,
            self.proposals,
            self.ledger,
            self.charts,
            self.warnings,
            self.rules,
            self.periods,
        ]

    def require_actor(self) -> Actor | None:
        return self._context.require_actor(self)

    def choose_subject(self, subject: Subject | None) -> None:
        if subject != self.subject:
            self.subject = subject
            for page in (self.scorecard, self.charts, self.warnings):
                page.stale = True
                if page is self.pages.currentWidget():
                    page.refresh()

    def refuse(self, error: Exception) -> None:
        if isinstance(error, ScoringRefused):
            roles = dict(self.services.scoring.roles()) if self.services else {}
            QMessageBox.warning(self, self.tr("Not done"), refusal_text(error, roles))
        else:
            show_exception(self, error)

    def export(self, title: str, headers: Sequence[str], rows: Callable[[Progress], Sequence[Sequence[Any]]]) -> None:
        """Ask where, then write the .xlsx off the UI thread with progress and cancel."""
        from gridapp.scoring.export import Sheet, write_xlsx

        path = ask_where_to_save(
            self,
            self.tr("Export to Excel"),
            title,
            ".xlsx",
            self.tr("Excel workbook (*.xlsx)"),
            QStandardPaths.StandardLocation.DocumentsLocation,
        )
        if path is None:
            return
        heads = list(headers)

        def work(progress: Progress) -> Path:
            return write_xlsx(path, [Sheet(title, heads, list(rows(progress)))], progress)

        run_with_progress(
            self,
            self.tr("Exporting {0}…").format(title),
            work,
            lambda saved: self.status.setText(self.tr("Saved {0}").format(saved)),
            name="scoring export",
            failure_title=self.tr("The export failed"),
        )

    # services, operator, other tabs

    @Slot(object)
    def set_services(self, services: Services | None) -> None:
        self.services = services
        self.subject = None
        self._loaded = False
        if self.isVisible() or services is None:
            self._load()
        # Otherwise the tab loads when first shown: start-up shows the organisation tab and need not wait for scores.

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self._load()

    def _load(self) -> None:
        self._loaded = True
        services = self.services
        if services is None:
            self.empty.set_text(self.tr("No database open"), "")
            self.stack.setCurrentWidget(self.empty)
            return
        if services.org.is_empty():
            self.empty.set_text(
                self.tr("No plant yet"),
                self.tr("The database holds no units. Load the demo plant from the File menu to look around."),
            )
            self.stack.setCurrentWidget(self.empty)
            return
        try:
            services.scoring.ensure_catalogues(self._context.station_actor())
        except Exception as exc:  # the tab stays usable for reading; the user sees why
            show_exception(self, exc)
        self._update_permissions()
        self.stack.setCurrentIndex(1)
        self.scope_bar.set_choices(services.scoring.catalogues(), services.org.units(), self._periods())

    def _periods(self) -> dict[PeriodKind, list[Any]]:
        assert self.services is not None
        return {kind: self.services.scoring.periods.periods(kind, RECENT[kind]) for kind in PeriodKind}

    def _reload_periods(self) -> None:
        if self.services is not None:
            self.scope_bar.set_periods(self._periods())

    def _update_permissions(self) -> None:
        actor = self._context.actor
        person = actor.person_id if actor else None
        self.permissions = self.services.scoring.permissions(person) if self.services else Permissions(None)
        visible = self.permissions.see_warnings
        index = self.pages.indexOf(self.warnings)
        if not visible and self.pages.currentIndex() == index:
            self.pages.setCurrentIndex(0)
        self.pages.setTabVisible(index, visible)
        self.print_button.setEnabled(self.permissions.export)  # a posted board is a ranking leaving the app
        for page in self.all_pages():
            page.permissions_changed()

    @Slot(object)
    def _on_context_operator_changed(self, actor: Actor | None) -> None:
        if self.services is None or not self._loaded or self.stack.currentIndex() == 0:
            return
        self._update_permissions()
        self._refresh_all()

    @Slot(object)
    def _on_context_noticed(self, notice: object) -> None:
        """Points booked or proposed (by this tab, by a report or a round, on another PC), rules, periods and
        warnings arrive as ScoringChanged; units, people and roles as OrganisationChanged."""
        from gridapp.changes import OrganisationChanged, ScoringChanged

        if self.services is None or not self._loaded:
            return
        if isinstance(notice, OrganisationChanged) or (
            isinstance(notice, ScoringChanged) and self.stack.currentIndex() == 0
        ):
            self.set_services(self.services)
        elif isinstance(notice, ScoringChanged):
            self._reload_periods()
            self._refresh_all()

    # scope and pages

    @Slot()
    def _on_scope_bar_scope_changed(self) -> None:
        scope = self.scope_bar.scope()
        if scope is not None and self.scope is not None and scope.catalogue.code != self.scope.catalogue.code:
            self.subject = None
        self.scope = scope
        has_stars = scope is not None and bool(scope.catalogue.thresholds)
        for action in self.star_actions:
            action.setEnabled(has_stars)
        self._refresh_all()

    def _refresh_all(self) -> None:
        for page in self.all_pages():
            page.stale = True
        current = self.pages.currentWidget()
        if isinstance(current, Page):
            current.refresh()
        self._count_proposals()

    def _count_proposals(self) -> None:
        if self.services is None or self.scope is None:
            return
        query = EntryQuery(self.scope.catalogue.code, None, self.scope.unit_id, EntryStatus.PROPOSED)
        self._on_proposals_counted(self.services.scoring.entries.count(query))

    @Slot(int)
    def _on_proposals_counted(self, count: int) -> None:
        index = self.pages.indexOf(self.proposals)
        self.pages.setTabText(index, self.tr("Waiting ({0})").format(count) if count else self.tr("Waiting"))

    @Slot(int)
    def _on_pages_current_changed(self, index: int) -> None:
        page = self.pages.widget(index)
        if isinstance(page, Page) and page.stale:
            page.refresh()

    # actions

    @Slot()
    def give(self) -> None:
        if self.services is None or self.scope is None:
            return
        actor = self.require_actor()
        if actor is None:
            return
        subject = (self.subject.id, self.subject.name) if self.subject else None
        GiveDialog(self.services, self.scope, actor, subject, self).exec()  # what it books arrives as a notice

    def _print_action(self, text: str, kind: str, size: str) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda: self.print_board(kind, size))
        self.print_menu.addAction(action)
        return action

    def print_board(self, kind: str, size: str) -> QWidget | None:
        if self.services is None or self.scope is None:
            return None
        from ui.scoring.printing import posting_preview, star_board_preview  # ReportLab loads when first printing

        actor = self.require_actor()
        if actor is None:
            return None
        make = posting_preview if kind == "posting" else star_board_preview
        dialog = make(self.services, actor, self.scope, size, self)
        dialog.setModal(False)
        dialog.show()
        return dialog
