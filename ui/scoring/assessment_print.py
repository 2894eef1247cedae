"""Printing a team's assessment sheet (考核表) for posting and signature through the shared print preview."""

from __future__ import annotations

import uuid
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


def assessment_preview(
    services: Services, actor: Actor, scope: Scope, subject_id: uuid.UUID, subject_name: str, size: str, parent: QWidget
) -> PrintPreviewDialog:
    from gridapp.scoring.assessment import assessment_sheet_pdf, gather_sheet

    def build(progress: Progress) -> bytes:
        # checks RANKING_EXPORT and audits the print
        sheet = gather_sheet(services.scoring, actor, scope.catalogue.code, subject_id, scope.period)
        return assessment_sheet_pdf(sheet, size, progress)

    title = QCoreApplication.translate("ScoringPrint", "Assessment sheet of {0} ({1})").format(subject_name, size)
    name = f"{subject_name}-{period_label(scope.period)}-{scope.catalogue.name}-{size}.pdf"
    return PrintPreviewDialog(title, build, name, parent)
