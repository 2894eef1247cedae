# Install everything the tests need and run the whole suite on Windows (PostgreSQL tests run when a server's
# binaries are on PATH; set GRIDAPP_REQUIRE_POSTGRES=1 to make their absence an error).
$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent $PSScriptRoot)
if (-not (Test-Path .venv\Scripts\python.exe)) { py -3 -m venv .venv }
.venv\Scripts\python.exe -m pip install -q --upgrade pip
.venv\Scripts\python.exe -m pip install -q -e ".[test]" --config-settings editable_mode=compat
$env:QT_QPA_PLATFORM = "offscreen"
.venv\Scripts\ruff.exe check .
.venv\Scripts\lint-imports.exe
.venv\Scripts\pytest.exe @args
