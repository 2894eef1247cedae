#!/usr/bin/env bash
# Install (the first time) and start Red Grid Workstation on the embedded SQLite database in the user's data folder.
# A new, empty database offers the demo plant. Arguments go to the app, e.g. --database /path/to/file.sqlite3
source "$(dirname "$0")/_setup.sh"
exec .venv/bin/gridapp "$@"
