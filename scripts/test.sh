#!/usr/bin/env bash
# Install everything the tests need and run the whole suite headless: lint, layer contracts, pytest.
# PostgreSQL is installed so that the same code is tested against a real server (the test starts its own); Xvfb and
# Qt's X11 libraries so that the screens test shoots every screen in a real window (tests/screens).
export PIP_EXTRAS="[test]" EXTRA_APT_PACKAGES="postgresql xvfb"
source "$(dirname "$0")/_setup.sh"
export QT_QPA_PLATFORM=offscreen GRIDAPP_REQUIRE_POSTGRES=${GRIDAPP_REQUIRE_POSTGRES:-1}
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/lint-imports
exec .venv/bin/pytest "$@"
