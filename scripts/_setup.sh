# Shared by start.sh and test.sh: the system packages Qt needs, a virtual environment in .venv, the app installed
# into it (editable, so resources/ is found beside the code). Sourced, not run.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

apt_install() {
  local missing=()
  for pkg in "$@"; do dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg"); done
  ((${#missing[@]})) || return 0
  local sudo=""; [[ $(id -u) == 0 ]] || sudo="sudo"
  echo "Installing system packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

PYTHON=${PYTHON:-python3}
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "Red Grid Workstation needs Python 3.11 or newer (set PYTHON=/path/to/python3.11)." >&2
  exit 1
fi
if command -v dpkg-query >/dev/null; then
  # Qt's runtime libraries (headless and X11); python3-venv only where Debian's own Python is used.
  qt_libs=(libegl1 libgl1 libfontconfig1 libglib2.0-0 libdbus-1-3 libxkbcommon0)
  [[ ${GRIDAPP_HEADLESS:-0} == 1 ]] || qt_libs+=(libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4
    libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-randr0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1)
  [[ $("$PYTHON" -c 'import sys; print(sys.prefix)') == /usr ]] && qt_libs+=(python3-venv)
  apt_install "${qt_libs[@]}" ${EXTRA_APT_PACKAGES:-}
fi
[[ -x .venv/bin/python ]] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q -e ".${PIP_EXTRAS:-}" --config-settings editable_mode=compat
