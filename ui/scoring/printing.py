"""Printing the posted boards through the shared print preview."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from gridapp.actor import Actor
from gridapp.progress import Progress
from ui.print_preview import PrintPreviewDialog
from ui.scoring.labels import period_label
from ui.scoring.scope import Scope

if TYPE_CHECKING:
    from gridapp.services import Services


def posting_preview(services: Services, actor: Actor, scope: Scope, size: str, parent: QWidget) -> PrintPreviewDialog:
    from gridapp.scoring.reports import gather, points_table_pdf

    def build(progress: Progress) -> bytes:
        posting = gather(  # checks RANKING_EXPORT and audits the print
            services.scoring,
            actor,
            scope.catalogue.code,
            scope.period,
            scope.unit_id,
            scope.unit_name,
            scope.party_members_only,
            progress,
        )
        return points_table_pdf(posting, size, progress)

    title = QCoreApplication.translate("ScoringPrint", "Points table for posting ({0})").format(size)
    name = f"{scope.unit_name}-{period_label(scope.period)}-{scope.catalogue.name}-{size}.pdf"
    return PrintPreviewDialog(title, build, name, parent)


def star_board_preview(
    services: Services, actor: Actor, scope: Scope, size: str, parent: QWidget
) -> PrintPreviewDialog:
    from gridapp.scoring.reports import gather, star_board_pdf

    def build(progress: Progress) -> bytes:
        posting = gather(  # checks RANKING_EXPORT and audits the print
            services.scoring,
            actor,
            scope.catalogue.code,
            scope.period,
            scope.unit_id,
            scope.unit_name,
            scope.party_members_only,
            progress,
        )
        return star_board_pdf(posting, size, progress)

    title = QCoreApplication.translate("ScoringPrint", "Star board ({0})").format(size)
    name = f"{scope.unit_name}-{period_label(scope.period)}-star-board-{size}.pdf"
    return PrintPreviewDialog(title, build, name, parent)
