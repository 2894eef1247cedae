"""The quick report action (一键上报): F8 from anywhere in the application, and a toolbar button.

Light on purpose: the main window installs it at start-up; the dialog's module is imported when it is first used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

if TYPE_CHECKING:
    from ui.context import AppContext

translate = QCoreApplication.translate
SHORTCUT = QKeySequence(Qt.Key.Key_F8)


def install_quick_report(window: QMainWindow, context: AppContext) -> QAction:
    action = QAction(translate("QuickReport", "Quick report (F8)"), window)
    action.setObjectName("quickReportAction")
    action.setToolTip(translate("QuickReport", "Report a problem in one step (F8, from anywhere)"))
    action.setShortcut(SHORTCUT)
    action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    action.setEnabled(context.actor is not None)
    toolbar = window.addToolBar(translate("QuickReport", "Issues"))
    toolbar.setObjectName("issuesToolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    toolbar.addAction(action)
    # A report is made by someone logged in (a system account reports nothing: it holds no business role).
    context.operator_changed.connect(lambda actor: action.setEnabled(actor is not None and actor.person_id is not None))

    def open_dialog() -> None:
        from ui.issues.quick_report import open_quick_report

        open_quick_report(context, window)

    action.triggered.connect(open_dialog)
    return action
