"""Red Grid Workstation application core: domain model, services, database, reports, sync. No Qt here."""

__version__ = "0.1.0"

APP_NAME = "RedGridWorkstation"
APP_AUTHOR = "RedGrid"
