# Install everything the tests need and run the whole suite on Windows (PostgreSQL tests run when a server's
# binaries are on PATH; set GRIDAPP_REQUIRE_POSTGRES=1 to make their absence an error).
$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent $PSScriptRoot)
if (-not (Test-Path .venv\Scripts\python.exe)) { py -3 -m venv .venv }
# pip runs only when pyproject.toml (metadata, dependencies) changed since the last install, as in _setup.sh.
$extras = "[test]"
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
$env:QT_QPA_PLATFORM = "offscreen"
.venv\Scripts\ruff.exe check .
.venv\Scripts\lint-imports.exe
.venv\Scripts\pytest.exe @args
