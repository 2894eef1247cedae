# Install (the first time) and start Red Grid Workstation on Windows, on the embedded SQLite database.
$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent $PSScriptRoot)
if (-not (Test-Path .venv\Scripts\python.exe)) { py -3 -m venv .venv }
.venv\Scripts\python.exe -m pip install -q --upgrade pip
.venv\Scripts\python.exe -m pip install -q -e . --config-settings editable_mode=compat
.venv\Scripts\gridapp.exe @args
