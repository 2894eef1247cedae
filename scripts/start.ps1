# Install (the first time) and start Red Grid Workstation on Windows, on the embedded SQLite database.
$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent $PSScriptRoot)
if (-not (Test-Path .venv\Scripts\python.exe)) { py -3 -m venv .venv }
# pip runs only when pyproject.toml (metadata, dependencies) changed since the last install, as in _setup.sh.
$extras = ""
$stamp = ".venv\.installed-" + $(if ($extras) { $extras.Trim("[]") } else { "base" })
$wanted = (Get-FileHash pyproject.toml -Algorithm SHA256).Hash
if (-not (Test-Path $stamp) -or (Get-Content $stamp) -ne $wanted) {
    Remove-Item .venv\.installed-* -ErrorAction SilentlyContinue
    .venv\Scripts\python.exe -m pip install -qq --upgrade pip
    .venv\Scripts\python.exe -m pip install -qq -e ".$extras" --config-settings editable_mode=compat
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
    Set-Content $stamp $wanted
    if ($extras) { Set-Content .venv\.installed-base $wanted }
}
.venv\Scripts\gridapp.exe @args
