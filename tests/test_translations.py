"""Translations: every user-visible string of the code is in a zh_CN catalogue, translated, and compiled."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import i18n  # noqa: E402


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            found[(context.findtext("name") or "", message.findtext("source") or "")] = message
    return found


@pytest.mark.parametrize("name", sorted(i18n.catalogues()))
def test_catalogue_is_complete_and_current(name: str, tmp_path: Path) -> None:
    committed = i18n.ts_path(name)
    assert committed.exists(), f"run: python scripts/i18n.py update ({committed.name} is missing)"
    fresh = tmp_path / committed.name
    files = [str(p) for p in i18n.catalogues()[name]]
    subprocess.run([i18n.tool("pyside6-lupdate"), *files, "-ts", str(fresh)], check=True, capture_output=True)
    in_code = set(_messages(fresh))
    in_catalogue = _messages(committed)
    assert in_code - set(in_catalogue) == set(), "strings not in the catalogue: run scripts/i18n.py update"
    unfinished = [
        key
        for key in in_code
        if (t := in_catalogue[key].find("translation")) is None or t.get("type") == "unfinished" or not t.text
    ]
    assert unfinished == []


@pytest.mark.parametrize("ts", sorted((ROOT / "resources" / "i18n").glob("*_zh_CN.ts")), ids=lambda p: p.name)
def test_compiled_translation_matches_its_source(ts: Path, tmp_path: Path) -> None:
    qm = tmp_path / "fresh.qm"
    subprocess.run([i18n.tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    assert ts.with_suffix(".qm").read_bytes() == qm.read_bytes(), "run: python scripts/i18n.py update"


def test_placeholders_survive_translation() -> None:
    for ts in (ROOT / "resources" / "i18n").glob("*_zh_CN.ts"):
        for (context, source), message in _messages(ts).items():
            text = message.findtext("translation") or ""
            for n in range(5):
                assert (f"{{{n}}}" in source) == (f"{{{n}}}" in text), (ts.name, context, source)
