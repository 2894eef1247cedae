# Shared by start.sh and test.sh: the system packages Qt needs, a virtual environment in .venv, the app installed
# into it (editable, so resources/ is found beside the code and code changes need no reinstall). Sourced, not run.
# pip runs only when pyproject.toml (the package's metadata and dependencies) or the extras asked for changed since the
# last install: .venv/.installed-<extras> holds the checksum it was installed from. When nothing changed, this costs
# one dpkg-query and a checksum (no Python is started: a pyenv shim alone takes 0.15 s).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

apt_install() {
  local missing=() installed
  # One dpkg-query for all of them (a start-up cost paid on every start).
  installed=$(dpkg-query -W -f='${Package} ${Status}\n' "$@" 2>/dev/null | awk '/ ok installed$/ {print $1}' || true)
  for pkg in "$@"; do grep -qx "$pkg" <<<"$installed" || missing+=("$pkg"); done
  ((${#missing[@]})) || return 0
  local sudo=""; [[ $(id -u) == 0 ]] || sudo="sudo"
  echo "Installing system packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

extras=${PIP_EXTRAS:-}
name=${extras//[\[\]]/}
stamp=".venv/.installed-${name:-base}"
wanted=$(cksum <pyproject.toml)
installed=0
[[ -x .venv/bin/python && -f $stamp && $(<"$stamp") == "$wanted" ]] && installed=1

PYTHON=${PYTHON:-python3}
if ((!installed)) && ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "Red Grid Workstation needs Python 3.11 or newer (set PYTHON=/path/to/python3.11)." >&2
  exit 1
fi
if command -v dpkg-query >/dev/null; then
  # Qt's runtime libraries (headless and X11); python3-venv only where Debian's own Python makes the venv.
  qt_libs=(libegl1 libgl1 libfontconfig1 libglib2.0-0 libdbus-1-3 libxkbcommon0)
  [[ ${GRIDAPP_HEADLESS:-0} == 1 ]] || qt_libs+=(libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4
    libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-randr0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1)
  if [[ ! -x .venv/bin/python ]] && [[ $("$PYTHON" -c 'import sys; print(sys.prefix)') == /usr ]]; then
    qt_libs+=(python3-venv)
  fi
  apt_install "${qt_libs[@]}" ${EXTRA_APT_PACKAGES:-}
fi
if ((!installed)); then
  [[ -x .venv/bin/python ]] || "$PYTHON" -m venv .venv
  echo "Installing Red Grid Workstation${extras:+ with $extras} into .venv (pyproject.toml is new or changed)"
  rm -f .venv/.installed-*  # a new install may change what every earlier one put there
  # -qq: errors only. setuptools' notice that the compat editable mode is transitional is not the user's business.
  .venv/bin/python -m pip install -qq --upgrade pip
  .venv/bin/python -m pip install -qq -e ".${extras}" --config-settings editable_mode=compat
  echo "$wanted" >"$stamp"
  [[ -z $extras ]] || echo "$wanted" >.venv/.installed-base  # the extras' install holds the base one too
fi
