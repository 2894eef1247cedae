#!/usr/bin/env bash
# Smoke test of the built Windows installer under Wine (64-bit), run by .ci/run after the build:
#
#     ./scripts/windows/smoke-wine.sh [dist/RedGridWorkstation-<version>-setup.exe]
#
# In a fresh Wine prefix: silent install (/S) for the current user; checks the files, the Start-menu shortcuts and
# the Apps & features entry; with the installed python\python.exe runs the Qt-free core (installer/smoke_core.py):
# creates the database in %LOCALAPPDATA%\RedGrid\RedGridWorkstation, loads the demo plant, prints a checklist PDF,
# which pdffonts must show with every font embedded; installs again over it (an upgrade's path) and starts the core on
# the existing database; a silent uninstall must remove the program and keep the data folder; then an install into
# another folder (/D=) and an uninstall with /DELETEDATA, which must remove the data folder too.
# Not here: the Qt window (Wine 8 lacks icuuc.dll, which Qt6Core.dll needs) — see README, "Windows installer".
#
# Wine 8 also lacks bcryptprimitives.dll (ProcessPrng), which cryptography's Rust extension imports and every
# Windows 10 has: a two-function stand-in is compiled with mingw-w64 into the test prefix only (never shipped).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

apt_need() {
  command -v dpkg-query >/dev/null || return 0
  local missing=()
  for pkg in "$@"; do dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg"); done
  ((${#missing[@]})) || return 0
  local sudo=""; [[ $(id -u) == 0 ]] || sudo="sudo"
  echo "Installing system packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}
apt_need wine64 poppler-utils gcc-mingw-w64-x86-64-win32

setup=${1:-$(ls -t dist/RedGridWorkstation-*-setup.exe | head -1)}
[[ -f $setup ]] || { echo "no installer: run scripts/build-windows.sh first" >&2; exit 1; }
WINE=$(dpkg -L wine64 | grep -m1 '/wine64$')
export WINEPREFIX=$PWD/build/windows/wineprefix WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
work=build/windows/smoke
rm -rf "$WINEPREFIX" "$work"
mkdir -p "$work"
fail() { echo "SMOKE FAILED: $*" >&2; exit 1; }
wine() { "$WINE" "$@" </dev/null; }
step() { echo "[smoke] $*"; }

step "Wine prefix (Windows 10)"
wine wineboot -i >/dev/null 2>&1
wine winecfg -v win10 >/dev/null 2>&1
user=$(ls "$WINEPREFIX/drive_c/users" | grep -v Public | head -1)
home="$WINEPREFIX/drive_c/users/$user"
x86_64-w64-mingw32-gcc -shared -O2 -s -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" \
  installer/wine/bcryptprimitives.c installer/wine/bcryptprimitives.def -ladvapi32

step "silent install: $setup /S"
t0=$(date +%s.%N)
wine "$setup" /S
install_s=$(printf "%.1f" "$(echo "$(date +%s.%N) - $t0" | bc)")
app="$home/AppData/Local/Programs/RedGridWorkstation"
for f in python/pythonw.exe python/python.exe python/python311._pth app/main.py uninstall.exe gridapp.cmd \
  licenses/Qt-LGPL-NOTICE.txt licenses/Python.txt RedGridWorkstation.ico; do
  [[ -f $app/$f ]] || fail "$f not installed in $app"
done
menu="$home/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/红色网格工作站"
ls "$menu"/*.lnk >/dev/null 2>&1 || fail "no Start-menu shortcuts in $menu"
key='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\RedGridWorkstation'
reg=$(wine reg query "$key" 2>/dev/null | tr -d '\r')
for value in DisplayName DisplayVersion Publisher DisplayIcon EstimatedSize UninstallString; do
  grep -q "$value" <<<"$reg" || fail "Apps & features entry lacks $value"
done
step "installed in ${install_s}s; shortcuts: $(cd "$menu" && ls | tr '\n' ' ')"

step "core on the installed runtime: new database, demo plant, checklist PDF"
cp installer/smoke_core.py "$work/"
# Python under Wine cannot use a regular file as a standard stream (WinError 6 at start): both go through a pipe.
run_core() { wine "$app/python/python.exe" "$(wine winepath -w "$work/smoke_core.py" 2>/dev/null)" "$@" 2>&1 | cat; }
pdf_win=$(wine winepath -w "$work/checklist.pdf" 2>/dev/null)
first=$(run_core "$pdf_win" 'Smoke-Demo-2026!') || fail "the core did not run: $first"
first=$(tail -1 <<<"$first")
echo "  $first"
grep -q '"empty": true' <<<"$first" || fail "the new database was not empty"
grep -q '"qt_loaded": false' <<<"$first" || fail "the core loaded Qt"
data="$home/AppData/Local/RedGrid/RedGridWorkstation"
[[ -f $data/gridapp.sqlite3 ]] || fail "no database in $data"
[[ -s $work/checklist.pdf ]] || fail "no checklist PDF"
fonts=$(pdffonts "$work/checklist.pdf")
echo "$fonts" | sed 's/^/  /'
tail -n +3 <<<"$fonts" | awk '{ if ($(NF-4) != "yes") bad=1 } END { exit bad }' || fail "a font is not embedded"
grep -q WenQuanYi <<<"$fonts" || fail "the CJK font is not in the PDF"

step "install again over it (an upgrade's path: the program folders replaced, the data untouched)"
wine "$setup" /S
second=$(run_core "$pdf_win" x --open-only) || fail "the core did not start again: $second"
second=$(tail -1 <<<"$second")
echo "  second start: $second"
grep -q '"empty": false' <<<"$second" || fail "after the reinstall the demo plant is gone"

step "silent uninstall (keeps the data)"
wine "$app/uninstall.exe" /CurrentUser /S
for _ in $(seq 1 60); do [[ -e $app/uninstall.exe ]] || break; sleep 1; done   # it runs from a temporary copy
[[ ! -e $app/python ]] || fail "program files left in $app"
[[ -f $data/gridapp.sqlite3 ]] || fail "the uninstall deleted the data"
wine reg query "$key" >/dev/null 2>&1 && fail "the Apps & features entry is still there"
ls "$menu"/*.lnk >/dev/null 2>&1 && fail "Start-menu shortcuts left"
step "silent install with /D= (a folder with a space), then uninstall with /DELETEDATA"
# Through cmd, so that the command line reaches the installer as typed (/D= takes the rest of it, unquoted).
wine cmd /c "$(wine winepath -w "$setup" 2>/dev/null) /S /D=C:\\Red Grid\\Workstation"
other="$WINEPREFIX/drive_c/Red Grid/Workstation"
[[ -f $other/python/pythonw.exe ]] || fail "/D= was not followed"
wine reg query "$key" /v InstallLocation | grep -q 'C:\\Red Grid\\Workstation' || fail "InstallLocation is not the /D= folder"
wine "$other/uninstall.exe" /CurrentUser /S /DELETEDATA
for _ in $(seq 1 60); do [[ -e $other/uninstall.exe ]] || break; sleep 1; done
[[ ! -e $other/python ]] || fail "program files left in $other"
[[ ! -e $data ]] || fail "/DELETEDATA kept the data folder"
step "all users (Wine runs as an administrator): /S /AllUsers into Program Files, HKLM, the common Start menu"
wine "$setup" /S /AllUsers
everyone="$WINEPREFIX/drive_c/Program Files/RedGridWorkstation"
common="$WINEPREFIX/drive_c/ProgramData/Microsoft/Windows/Start Menu/Programs/红色网格工作站"
hklm='HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\RedGridWorkstation'
[[ -f $everyone/python/pythonw.exe ]] || fail "no all-users install in $everyone"
ls "$common"/*.lnk >/dev/null 2>&1 || fail "no shortcuts in the common Start menu"
wine reg query "$hklm" /v UninstallString | grep -q '/AllUsers' || fail "no HKLM Apps & features entry"
wine "$everyone/uninstall.exe" /AllUsers /S
for _ in $(seq 1 60); do [[ -e $everyone ]] || break; sleep 1; done
[[ ! -e $everyone ]] || fail "program files left in $everyone"
wine reg query "$hklm" >/dev/null 2>&1 && fail "the HKLM entry is still there"
step "OK: install ${install_s}s, core first start $(sed -n 's/.*"total_s": \([0-9.]*\).*/\1/p' <<<"$first")s" \
  "(open $(sed -n 's/.*"open_s": \([0-9.]*\).*/\1/p' <<<"$first")s), second start" \
  "$(sed -n 's/.*"total_s": \([0-9.]*\).*/\1/p' <<<"$second")s; data kept by an uninstall, deleted by /DELETEDATA"
