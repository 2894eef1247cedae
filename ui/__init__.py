"""The PySide6 desktop UI: main window, one package per tab, item models, dialogs, background tasks."""
