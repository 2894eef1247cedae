"""The detail panel: everything about one issue (description, hazard, people, stages, photos, links, the timeline
of events and comments) with the transitions the logged-in person may make now."""

from __future__ import annotations

import html
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QSize, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListView,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from gridapp.issues.clock import Calendar, due_status
from gridapp.issues.errors import IssueInputError, TransitionRefused
from gridapp.issues.kinds import Action, IssueState, LinkKind, Stage
from gridapp.issues.rows import IssueDetail, IssueLinkDraft
from gridapp.issues.workflow import TRANSITIONS, stages_skipped
from gridapp.projects.rows import AttackingProject
from ui.errors import show_exception
from ui.file_dialogs import open_file_names
from ui.issues import labels
from ui.issues.actions import IssueActions
from ui.issues.detail_dialogs import EditDialog, HazardDialog, HoldReviewDialog, PeopleDialog
from ui.issues.detail_models import THUMB, PhotoModel, TimelineModel
from ui.projects.words import status_label
from ui.roles import ROW_ROLE
from ui.tasks import Task
from ui.widgets import FlowLayout, MenuButton

if TYPE_CHECKING:
    from ui.context import AppContext

PHOTO_FILTER = "*.jpg *.jpeg *.png *.webp *.bmp *.gif *.tif *.tiff"


def _section(title: str) -> QLabel:
    label = QLabel(f"<b>{html.escape(title)}</b>")
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setContentsMargins(0, 8, 0, 0)
    return label


def _text(wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class DetailPanel(QScrollArea):
    changed = Signal(object)  # uuid of the issue that changed
    notice = Signal(str)  # a sentence for the tab's notice bar
    project_opened = Signal(object)  # uuid of a tackling project attacking the issue, to open on the projects page

    def __init__(self, context: AppContext, actions: IssueActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("issueDetail")
        self._context = context
        self._actions = actions
        self.detail: IssueDetail | None = None
        self._calendar = Calendar()
        self.dialog: Any = None
        self.setWidgetResizable(True)
        self.setMinimumWidth(340)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        self.heading = QLabel()
        self.heading.setObjectName("detailHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.facts = _text()
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.clock = QLabel()
        self.clock.setObjectName("detailClock")
        self.clock.setWordWrap(True)
        # The actions wrap onto more lines in a narrow panel: five buttons side by side made the panel wider than
        # its place and cut the history and the comment button off on the right.
        self.buttons_row = FlowLayout()
        self.buttons_row.setContentsMargins(0, 4, 0, 4)
        self.more = MenuButton(self.tr("More"))
        self.description = _text()
        self.hazard_title, self.hazard = _section(self.tr("Hazard")), _text()
        self.hazard.setTextFormat(Qt.TextFormat.RichText)
        self.people_title, self.people = _section(self.tr("Lead, supervisor, partners")), _text()
        self.stages_title, self.stages = _section(self.tr("Six stages")), _text()
        self.stages.setTextFormat(Qt.TextFormat.RichText)
        self.photos_title = _section(self.tr("Photos"))
        self.photos = PhotoModel(self)
        self.photo_view = QListView()
        self.photo_view.setObjectName("detailPhotos")
        self.photo_view.setModel(self.photos)
        self.photo_view.setViewMode(QListView.ViewMode.IconMode)
        self.photo_view.setIconSize(THUMB)
        self.photo_view.setGridSize(QSize(THUMB.width() + 10, THUMB.height() + 10))
        self.photo_view.setFixedHeight(THUMB.height() + 24)
        self.photo_view.setFlow(QListView.Flow.LeftToRight)
        self.photo_view.setWrapping(False)
        self.photo_view.doubleClicked.connect(self._on_photo_view_double_clicked)
        self.links_title, self.links = _section(self.tr("Links")), _text()
        self.links.setObjectName("issueLinks")
        self.links.setTextFormat(Qt.TextFormat.RichText)
        self.links.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.links.linkActivated.connect(self._on_links_link_activated)
        self.projects_title, self.projects = _section(self.tr("Tackling projects")), _text()
        self.projects.setObjectName("issueProjects")
        self.projects.setTextFormat(Qt.TextFormat.RichText)
        self.projects.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.projects.linkActivated.connect(self._on_projects_link_activated)
        self.timeline = TimelineModel(self)
        self.timeline_view = QListView()
        self.timeline_view.setObjectName("detailTimeline")
        self.timeline_view.setModel(self.timeline)
        self.timeline_view.setWordWrap(True)
        self.timeline_view.setAlternatingRowColors(True)
        self.timeline_view.setMinimumHeight(160)
        # Lines wrap to the view's width, again whenever the panel is resized, rather than run off its right edge.
        self.timeline_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.timeline_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("commentBox")
        self.comment.setPlaceholderText(self.tr("Write a comment…"))
        self.comment.setFixedHeight(self.fontMetrics().height() * 3 + 12)
        self.comment_button = QPushButton(self.tr("Add comment"))
        self.comment_button.setObjectName("commentButton")
        self.comment_button.clicked.connect(self._on_comment_button_clicked)

        layout.addWidget(self.heading)
        layout.addWidget(self.facts)
        layout.addWidget(self.clock)
        layout.addLayout(self.buttons_row)
        layout.addWidget(self.description)
        for widget in (
            self.hazard_title,
            self.hazard,
            self.people_title,
            self.people,
            self.stages_title,
            self.stages,
            self.photos_title,
            self.photo_view,
            self.links_title,
            self.links,
            self.projects_title,
            self.projects,
        ):
            layout.addWidget(widget)
        layout.addWidget(_section(self.tr("History")))
        layout.addWidget(self.timeline_view, 1)
        comment_row = QHBoxLayout()
        comment_row.addWidget(self.comment, 1)
        comment_row.addWidget(self.comment_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(comment_row)
        self.setWidget(inner)
        self.show_issue(None)

    # showing

    @property
    def issue_id(self) -> uuid.UUID | None:
        return self.detail.row.id if self.detail else None

    def _links_html(self, d: IssueDetail) -> str:
        """The links, those to a round or its checkpoint item as anchors that open the round on its item."""
        lines = []
        for link in d.links:
            label = html.escape(link.label)
            if link.kind in (LinkKind.ROUND.value, LinkKind.CHECK_ITEM.value):
                tip = html.escape(self.tr("Open the round and this item"))
                label = f"<a href='{link.kind}:{link.target_id}' title='{tip}'>{label}</a>"
            lines.append(label)
        return "<br>".join(lines)

    def _projects_html(self, projects: list[AttackingProject]) -> str:
        """Each project attacking the issue as an anchor that opens it on the projects page."""
        tip = html.escape(self.tr("Open the project on the projects page"))
        return "<br>".join(
            f"<a href='project:{p.id}' title='{tip}'>{html.escape(p.number)} {html.escape(p.title)}</a>"
            f" · {html.escape(status_label(p.status))} · {html.escape(p.leader)}"
            for p in projects
        )

    @Slot(str)
    def _on_projects_link_activated(self, href: str) -> None:
        kind, _, target = href.partition(":")
        if kind == "project" and target:
            self.project_opened.emit(uuid.UUID(target))

    @Slot(str)
    def _on_links_link_activated(self, href: str) -> None:
        """A round's or its item's link: open the round (the issue's round link) on the item (its item link)."""
        if self.detail is None:
            return
        links = self.detail.links
        round_id = next((x.target_id for x in links if x.kind == LinkKind.ROUND.value), None)
        item_id = next((x.target_id for x in links if x.kind == LinkKind.CHECK_ITEM.value), None)
        if round_id is not None:
            self._context.show_round(round_id, item_id)

    def show_issue(self, issue_id: uuid.UUID | None) -> None:
        services = self._context.services
        self.detail = services.issues.detail(issue_id) if services and issue_id else None
        self.widget().setEnabled(self.detail is not None)
        if self.detail is None:
            self.heading.setText(self.tr("<i>Choose an issue on the board or in the table.</i>"))
            for widget in (
                self.facts, self.clock, self.description, self.hazard, self.people, self.stages, self.links, self.projects,
            ):  # fmt: skip
                widget.clear()
            for widget in (
                self.hazard_title,
                self.hazard,
                self.people_title,
                self.people,
                self.stages_title,
                self.stages,
                self.photos_title,
                self.photo_view,
                self.links_title,
                self.links,
                self.projects_title,
                self.projects,
            ):
                widget.hide()
            self.timeline.set_events((), {}, self._calendar)
            self._set_buttons([])
            return
        assert services is not None
        self._calendar = services.issues.calendar()
        d, row, cal = self.detail, self.detail.row, self._calendar
        badge = labels.state_label(row.state)
        grade = f" · {labels.grade_label(row.hazard_grade)}" if row.is_hazard else ""
        self.heading.setText(
            f"<span style='font-size:large'><b>{html.escape(row.number)}</b> {html.escape(row.title)}</span><br>"
            f"<span style='background:#ECEFF1'>&nbsp;{html.escape(badge)}&nbsp;</span> "
            f"{html.escape(labels.category_label(row.category_code, d.category))}{html.escape(grade)}"
        )
        facts = [self.tr("Unit: {0}").format(html.escape(row.unit))]
        if row.origin_unit_id != row.unit_id:
            facts.append(
                self.tr("found in {0}, escalated {1}×").format(html.escape(d.origin_unit), row.escalation_count)
            )
        if d.area:
            facts.append(self.tr("Area: {0}").format(html.escape(d.area)))
        lines = [" · ".join(facts)]
        lines.append(
            self.tr("Reported by {0} at {1}").format(
                html.escape(row.reporter or "—"), labels.when(row.reported_at, cal)
            )
        )
        if d.entered_by is not None:  # keyed in for the reporter (a paper checklist typed in by a clerk)
            lines.append(self.tr("Entered by {0} for the reporter").format(html.escape(d.entered_by.name)))
        if row.assignee:
            lines.append(self.tr("Assignee: {0}").format(html.escape(row.assignee)))
        if row.rework_count:
            lines.append(self.tr("Returned for rework {0}×").format(row.rework_count))
        if d.hold_reason and row.state is IssueState.HELD:
            lines.append(self.tr("Held on register: {0}").format(html.escape(d.hold_reason)))
            if d.hold_review_on is not None:
                lines.append(self.tr("Review on {0}").format(d.hold_review_on.isoformat()))
        self.facts.setText("<br>".join(lines))
        now = services.issues.now()
        due = due_status(row.deadline_at, row.deadline_soon_at, now)
        if row.deadline_at is not None:
            colour = labels.DUE_STRONG.get(due)
            self.clock.setText(
                f"{labels.deadline_kind_label(row.deadline_kind)} {labels.deadline_when(row.deadline_at, cal)}"
                f"  ({labels.remaining(row.deadline_at, now)})"
            )
            self.clock.setStyleSheet(f"color: {colour.name()}; font-weight: bold;" if colour else "")
            self.clock.show()
        else:
            self.clock.hide()
        self.description.setText(d.description or self.tr("(no description)"))
        self._show_hazard(d)
        people = []
        if d.lead:
            people.append(self.tr("Lead: {0}").format(d.lead.name))
        if d.supervisor:
            people.append(self.tr("Supervisor: {0}").format(d.supervisor.name))
        if d.partners:
            people.append(self.tr("Partners: {0}").format("、".join(p.name for p in d.partners)))
        self.people.setText("\n".join(people))
        for widget in (self.people_title, self.people):
            widget.setVisible(bool(people))
        reached = dict(d.stages)
        cells = []
        for stage in Stage:
            if stage in reached:
                when = labels.when(reached[stage], cal, with_time=False)
                cells.append(f"<b style='color:#2E7D32'>✓ {html.escape(labels.stage_label(stage))}</b> {when}")
            else:
                cells.append(f"<span style='color:gray'>{html.escape(labels.stage_label(stage))}</span>")
        self.stages.setText(" → ".join(cells))
        for widget in (self.stages_title, self.stages):
            widget.setVisible(bool(reached))
        self.photos.set_photos(d.photos)
        for widget in (self.photos_title, self.photo_view):
            widget.setVisible(bool(d.photos))
        self.links.setText(self._links_html(d))
        for widget in (self.links_title, self.links):
            widget.setVisible(bool(d.links))
        attacking = services.projects.attacking(row.id)
        self.projects.setText(self._projects_html(attacking))
        for widget in (self.projects_title, self.projects):
            widget.setVisible(bool(attacking))
        self.timeline.set_events(d.events, d.names, cal)
        self.timeline_view.scrollToBottom()
        self._set_buttons(self._possible_actions())

    def _show_hazard(self, d: IssueDetail) -> None:
        row = d.row
        for widget in (self.hazard_title, self.hazard):
            widget.setVisible(row.is_hazard)
        if not row.is_hazard:
            return
        swatch = labels.RISK_QCOLOR[row.risk_colour].name() if row.risk_colour else "#B0BEC5"
        parts = [
            f"<span style='background:{swatch}'>&nbsp;&nbsp;&nbsp;</span> "
            f"{html.escape(labels.grade_label(row.hazard_grade))} {html.escape(labels.colour_label(row.risk_colour))}",
            self.tr("Responsible person: {0}").format(html.escape(d.responsible.name if d.responsible else "—")),
            self.tr("Measures: {0}").format(html.escape(d.measures or "—")),
            self.tr("Funds: {0}").format(html.escape(d.funds or "—")),
            self.tr("Rectify by: {0}").format(labels.deadline_when(d.due_at, self._calendar) or "—"),
            self.tr("Contingency plan: {0}").format(html.escape(d.contingency_plan or "—")),
        ]
        if d.verifier:
            parts.append(self.tr("Accepted by {0}").format(html.escape(d.verifier.name)))
        self.hazard.setText("<br>".join(parts))

    def _possible_actions(self) -> list[Action]:
        services, detail = self._context.services, self.detail
        if services is None or detail is None:
            return []
        actor = self._context.actor
        if actor is None:
            return [a for a, t in TRANSITIONS.items() if detail.row.state in t.sources]
        return services.issues.available_actions(actor, detail.row.id)

    def _set_buttons(self, actions: list[Action]) -> None:
        while self.buttons_row.count():
            item = self.buttons_row.takeAt(0)
            widget = item.widget()
            if widget is not None and widget is not self.more:
                widget.hide()  # out of sight now, not when the event loop gets round to deleting it
                widget.deleteLater()
        for action in actions:
            button = QPushButton(labels.action_label(action))
            button.setObjectName(f"action_{action.value}")
            button.clicked.connect(lambda _=False, a=action: self._on_action_clicked(a))
            self.buttons_row.addWidget(button)
        self.more.setMenu(self._more_menu())
        self.buttons_row.addWidget(self.more)
        self.more.setVisible(self.detail is not None and self.detail.row.state is not IssueState.CLOSED)

    def _more_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.addAction(self.tr("Correct the report…"), self._on_edit_triggered)
        menu.addAction(self.tr("Hazard details and five fixes…"), self._on_hazard_triggered)
        menu.addAction(self.tr("Lead, supervisor, partners…"), self._on_people_triggered)
        stages = menu.addMenu(self.tr("Record stage reached"))
        for stage in Stage:
            stages.addAction(labels.stage_label(stage), lambda s=stage: self._on_stage_triggered(s))
        if self.detail is not None and self.detail.row.state is IssueState.HELD:
            menu.addAction(self.tr("Review the hold…"), self._on_hold_review_triggered)
        menu.addAction(self.tr("Add photos…"), self._on_photos_triggered)
        areas = menu.addMenu(self.tr("Link an area"))
        services = self._context.services
        if services is not None and self.detail is not None:
            for area_id, name in services.issues.areas(self.detail.row.origin_unit_id):
                areas.addAction(name, lambda a=area_id, n=name: self._on_area_triggered(a, n))
        areas.setEnabled(not areas.isEmpty())
        return menu

    # doing

    def _change(self, call: Callable[[Any], None]) -> str | None:
        """Run a change as the logged-in person; returns a sentence when refused."""
        services = self._context.services
        actor = self._context.require_actor(self)
        if services is None or actor is None or self.detail is None:
            return self.tr("Log in with your personal account first.")
        try:
            call(actor)
        except (TransitionRefused, IssueInputError) as exc:
            return labels.problem_text(exc)
        self._after_change()
        return None

    def _after_change(self) -> None:
        issue_id = self.issue_id
        self.changed.emit(issue_id)
        self.show_issue(issue_id)

    def _on_action_clicked(self, action: Action) -> None:
        if self.detail is not None:
            self._actions.request(self.detail.row.id, action)

    @Slot()
    def _on_comment_button_clicked(self) -> None:
        services, detail = self._context.services, self.detail
        if services is None or detail is None:
            return
        error = self._change(lambda actor: services.issues.comment(actor, detail.row.id, self.comment.toPlainText()))
        if error:
            self.notice.emit(error)
        else:
            self.comment.clear()

    def _open(self, dialog: Any) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        dialog.open()

    @Slot()
    def _on_edit_triggered(self) -> None:
        services, detail = self._context.services, self.detail
        if services is None or detail is None:
            return

        def submit(values: tuple[str, str, str]) -> str | None:
            title, description, category = values
            return self._change(
                lambda a: services.issues.edit(
                    a, detail.row.id, title=title, description=description, category=category
                )
            )

        self._open(EditDialog(detail, services.issues.categories(), submit, self))

    @Slot()
    def _on_hold_review_triggered(self) -> None:
        services, detail = self._context.services, self.detail
        if services is None or detail is None:
            return

        def submit(values: tuple[str, Any]) -> str | None:
            note, review_on = values
            return self._change(lambda a: services.issues.review_hold(a, detail.row.id, note, review_on))

        self._open(HoldReviewDialog(detail, submit, self))

    @Slot()
    def _on_hazard_triggered(self) -> None:
        services, detail = self._context.services, self.detail
        if services is None or detail is None:
            return
        self._open(
            HazardDialog(
                detail,
                services.org,
                self._calendar,
                lambda draft: self._change(lambda a: services.issues.set_hazard(a, detail.row.id, draft)),
                self,
            )
        )

    @Slot()
    def _on_people_triggered(self) -> None:
        services, detail = self._context.services, self.detail
        if services is None or detail is None:
            return

        def submit(values: tuple[Any, Any, list[uuid.UUID]]) -> str | None:
            return self._change(lambda a: services.issues.set_people(a, detail.row.id, *values))

        self._open(PeopleDialog(detail, services.org, submit, self))

    def _on_stage_triggered(self, stage: Stage) -> None:
        services, detail = self._context.services, self.detail
        if services is None or detail is None:
            return
        note = ""
        current = detail.stage
        behind = current is not None and list(Stage).index(stage) <= list(Stage).index(current)
        skipped = () if behind else stages_skipped(current, stage)
        if skipped:
            names = "、".join(labels.stage_label(s) for s in skipped)
            note, ok = QInputDialog.getMultiLineText(
                self, self.tr("Skip stages"), self.tr("This passes over: {0}. Why are they skipped?").format(names)
            )
            if not ok:
                return
        error = self._change(lambda a: services.issues.reach_stage(a, detail.row.id, stage, note))
        if error:
            self.notice.emit(error)

    def _on_area_triggered(self, area_id: uuid.UUID, name: str) -> None:
        services, detail = self._context.services, self.detail
        if services is None or detail is None:
            return
        link = IssueLinkDraft(LinkKind.AREA.value, area_id, name)
        error = self._change(lambda a: services.issues.add_link(a, detail.row.id, link))
        if error:
            self.notice.emit(error)

    @Slot()
    def _on_photos_triggered(self) -> None:
        files = open_file_names(self, self.tr("Add photos"), "photos", self.tr("Pictures ({0})").format(PHOTO_FILTER))
        if files:
            self.add_photos(files)

    def add_photos(self, paths: list[Path]) -> Task | None:
        """Copy and thumbnail the photos in the background, then attach them in one transaction."""
        services, detail = self._context.services, self.detail
        actor = self._context.require_actor(self)
        if services is None or detail is None or actor is None:
            return None
        issue_id = detail.row.id
        task = Task(lambda progress: services.issues.add_photos(actor, issue_id, paths), name="add photos", parent=self)
        task.succeeded.connect(lambda _n: self._after_change() if self.issue_id == issue_id else None)
        task.failed.connect(self._on_photo_task_failed)
        return task.start()

    def _on_photo_task_failed(self, exc: BaseException) -> None:
        text = labels.problem_text(exc)
        if text:
            self.notice.emit(text)
        else:
            show_exception(self, exc, self.tr("The photos could not be added"))

    @Slot(QModelIndex)
    def _on_photo_view_double_clicked(self, index: QModelIndex) -> None:
        photo = index.data(ROW_ROLE)
        if photo is not None and photo.path.is_file():  # a photo whose bytes are nowhere here has no file to open
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(photo.path)))
