"""The shift handover sheet and the 挂账 register in the print preview (built off the UI thread, printed or saved as
PDF)."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from gridapp.progress import Progress
from ui.print_preview import PrintPreviewDialog

if TYPE_CHECKING:
    from ui.context import AppContext


def open_handover(context: AppContext, unit_id: uuid.UUID, parent: QWidget) -> PrintPreviewDialog | None:
    services = context.services
    if services is None:
        return None
    issues = services.issues
    operator = context.operator.name if context.operator else ""

    def build(progress: Progress) -> bytes:
        from gridapp.issues.handover import handover_pdf

        sheet = issues.handover(unit_id)
        return handover_pdf(sheet, issues.calendar(), operator, progress)

    stamp = issues.calendar().local(issues.now()).strftime("%Y%m%d-%H%M")
    dialog = PrintPreviewDialog(
        QCoreApplication.translate("IssuePrinting", "Shift handover sheet"),
        build,
        QCoreApplication.translate("IssuePrinting", "handover-{0}.pdf").format(stamp),
        parent,
    )
    dialog.open()
    return dialog


def open_held_register(context: AppContext, unit_id: uuid.UUID, parent: QWidget) -> PrintPreviewDialog | None:
    """The 挂账 register of the unit subtree (A4 landscape)."""
    services = context.services
    if services is None:
        return None
    issues = services.issues
    unit = next((u.name for u in services.org.units() if u.id == unit_id), "")
    calendar = issues.calendar()
    today = calendar.local_date(issues.now())

    def build(progress: Progress) -> bytes:
        from gridapp.issues.register import register_pdf

        rows = issues.held_register(unit_id)
        return register_pdf(rows, f"{unit}挂账问题台账", f"截至 {today.isoformat()}，共 {len(rows)} 项", calendar, today,
                            progress)  # fmt: skip

    dialog = PrintPreviewDialog(
        QCoreApplication.translate("IssuePrinting", "Held-on-register list"),
        build,
        QCoreApplication.translate("IssuePrinting", "held-register-{0}.pdf").format(today.strftime("%Y%m%d")),
        parent,
    )
    dialog.open()
    return dialog
