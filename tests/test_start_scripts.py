"""The README's start and test commands install the app only when pyproject.toml (its metadata and dependencies) or
the extras asked for changed, so a start costs a second, not a reinstall; pip itself is faked here."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FAKE_PYTHON = """#!/usr/bin/env bash
echo "python $*" >>"$CALLS"
"""
FAKE_APP = """#!/usr/bin/env bash
echo "gridapp $*" >>"$CALLS"
"""
# Every system package asked about is installed: the test needs neither apt nor root.
FAKE_DPKG_QUERY = """#!/usr/bin/env bash
for arg in "$@"; do [[ $arg == -* ]] || echo "$arg install ok installed"; done
"""

pytestmark = pytest.mark.skipif(shutil.which("bash") is None, reason="the shell scripts need bash")


def _executable(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    path.chmod(0o755)


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A copy of the scripts and pyproject.toml beside a .venv whose python and gridapp only log their calls."""
    root = tmp_path / "app"
    shutil.copytree(ROOT / "scripts", root / "scripts")
    shutil.copy(ROOT / "pyproject.toml", root / "pyproject.toml")
    _executable(root / ".venv" / "bin" / "python", FAKE_PYTHON)
    _executable(root / ".venv" / "bin" / "gridapp", FAKE_APP)
    _executable(tmp_path / "shims" / "dpkg-query", FAKE_DPKG_QUERY)
    return root


def _run(tree: Path, command: str, **env: str) -> list[str]:
    calls = tree / "calls.txt"
    calls.unlink(missing_ok=True)
    environment = {
        **os.environ,
        "PATH": f"{tree.parent / 'shims'}{os.pathsep}{os.environ['PATH']}",
        "PYTHON": sys.executable,
        "CALLS": str(calls),
        **env,
    }
    subprocess.run(["bash", "-c", command], cwd=tree, env=environment, check=True, capture_output=True, timeout=60)
    return calls.read_text().splitlines() if calls.exists() else []


def _installs(calls: list[str]) -> list[str]:
    return [c for c in calls if "pip install" in c and "-e" in c.split()]


def test_start_installs_once_and_then_only_starts(tree: Path) -> None:
    first = _run(tree, "scripts/start.sh --lang en")
    assert _installs(first) and first[-1] == "gridapp --lang en"
    # No pip, and not even a Python started before the app (PYTHON=false would stop the script): nothing changed.
    again = _run(tree, "scripts/start.sh", PYTHON="false")
    assert again == ["gridapp "], again


def test_a_changed_pyproject_reinstalls(tree: Path) -> None:
    _run(tree, "scripts/start.sh")
    pyproject = tree / "pyproject.toml"
    pyproject.write_text(pyproject.read_text().replace('"orjson>=3.9,<4"', '"orjson>=3.10,<4"'))
    assert _installs(_run(tree, "scripts/start.sh"))
    assert not _installs(_run(tree, "scripts/start.sh"))


def test_the_test_extras_install_serves_the_start_command_too(tree: Path) -> None:
    setup = "source scripts/_setup.sh"
    assert any(".[test]" in c for c in _installs(_run(tree, setup, PIP_EXTRAS="[test]")))
    assert not _installs(_run(tree, setup, PIP_EXTRAS="[test]"))
    assert _run(tree, "scripts/start.sh") == ["gridapp "]
