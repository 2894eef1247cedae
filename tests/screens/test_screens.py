"""Every screen at 1280×800 in Chinese and in English, in a real window under Xvfb: pictures for a person to look at
(``tests/output/screens/``) and a geometry check that fails on cut texts and buttons outside their parent."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
OUTPUT = ROOT / "tests" / "output" / "screens"
LANGUAGES = ("zh_CN", "en")
TIMEOUT_S = 120


def _xcb_missing() -> str | None:
    """Why a real window cannot be made here (None when it can)."""
    if not sys.platform.startswith("linux"):
        return "the screenshot test runs under Xvfb on Linux"
    if shutil.which("Xvfb") is None:
        return "Xvfb is not installed (apt-get install xvfb)"
    return None


@pytest.fixture(scope="module")
def display(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """A private X server at 1280×800 for this module's windows."""
    reason = _xcb_missing()
    if reason:
        pytest.skip(reason)
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    if not number:
        server.kill()
        pytest.skip("Xvfb did not start")
    yield f":{number}"
    server.terminate()
    server.wait(10)


def test_every_screen_fits_1280_by_800(display: str, tmp_path: Path) -> None:
    OUTPUT.mkdir(parents=True, exist_ok=True)
    for old in OUTPUT.glob("*"):
        old.unlink()
    runs = {}
    for language in LANGUAGES:
        data = tmp_path / language
        data.mkdir()
        env = {
            **os.environ,
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "GRIDAPP_DATA_DIR": str(data),
            "PYTHON_KEYRING_BACKEND": "tests.memory_keyring.MemoryKeyring",
        }
        env.pop("WAYLAND_DISPLAY", None)
        command = [sys.executable, "-X", "faulthandler", "-m", "tests.screens.shoot", "--demo"]
        command += [str(data / "gridapp.sqlite3"), language, str(OUTPUT)]
        runs[language] = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
        )
    problems: list[str] = []
    for language, run in runs.items():
        try:
            log, _ = run.communicate(timeout=TIMEOUT_S)
        except subprocess.TimeoutExpired:
            run.kill()
            log, _ = run.communicate()
        if run.returncode != 0 and "xcb" in log and "could not" in log.lower():
            pytest.skip(f"Qt cannot open a window on Xvfb here: {log.strip().splitlines()[-1]}")
        assert run.returncode == 0, f"{language}: the screens could not be shot:\n{log[-3000:]}"
        found = json.loads((OUTPUT / f"problems-{language}.json").read_text(encoding="utf-8"))
        problems += [f"{language} {p['screen']}: {p['widget']} «{p['text']}» {p['problem']}" for p in found]
        shots = list(OUTPUT.glob(f"{language}-*.png"))
        assert len(shots) >= 20, f"{language}: only {len(shots)} screens saved"
    assert not problems, "cut or misplaced on 1280×800 (pictures in tests/output/screens):\n" + "\n".join(problems)
