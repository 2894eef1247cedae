"""Keep the translations in step with the code: one catalogue per UI package, Chinese (zh_CN) complete.

    python scripts/i18n.py update            run pyside6-lupdate for every catalogue, then pyside6-lrelease
    python scripts/i18n.py missing [NAME]    list source texts that have no translation yet (tab-separated)
    python scripts/i18n.py fill FILE.tsv     set translations from "context<TAB>source<TAB>translation" lines
                                             (backslash-n in a field stands for a line break), then release

Catalogues: ``core`` holds main.py and the modules directly in ui/; each subpackage ui/<name>/ has its own
``<name>_zh_CN.ts``, so work on different tabs never edits the same file.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGE = "zh_CN"


def catalogues() -> dict[str, list[Path]]:
    groups = {"core": [ROOT / "main.py", *sorted((ROOT / "ui").glob("*.py"))]}
    for package in sorted(p for p in (ROOT / "ui").iterdir() if (p / "__init__.py").exists()):
        groups[package.name] = sorted(package.rglob("*.py"))
    return groups


def ts_path(name: str) -> Path:
    return I18N / f"{name}_{LANGUAGE}.ts"


def tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def update() -> None:
    I18N.mkdir(parents=True, exist_ok=True)
    for name, files in catalogues().items():
        ts = ts_path(name)
        subprocess.run(
            [tool("pyside6-lupdate"), *map(str, files), "-no-obsolete", "-locations", "none", "-ts", str(ts)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        fix_header(ts)
    release()


def fix_header(ts: Path) -> None:
    tree = ET.parse(ts)
    tree.getroot().set("language", LANGUAGE)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def release() -> None:
    for ts in sorted(I18N.glob(f"*_{LANGUAGE}.ts")):
        subprocess.run(
            [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
        )


def missing(only: str | None) -> None:
    for ts in sorted(I18N.glob(f"*_{LANGUAGE}.ts")):
        if only and not ts.name.startswith(f"{only}_"):
            continue
        for context in ET.parse(ts).getroot().iter("context"):
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") == "unfinished" or not (translation.text or ""):
                    source = (message.findtext("source") or "").replace("\n", "\\n")
                    print(f"{context.findtext('name')}\t{source}\t")


def fill(tsv: Path) -> None:
    wanted: dict[tuple[str, str], str] = {}
    for line in tsv.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        context, source, text = line.split("\t")
        wanted[(context, source.replace("\\n", "\n"))] = text.replace("\\n", "\n")
    used = set()
    for ts in sorted(I18N.glob(f"*_{LANGUAGE}.ts")):
        tree = ET.parse(ts)
        for context in tree.getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                key = (name, message.findtext("source") or "")
                if key in wanted:
                    translation = message.find("translation")
                    assert translation is not None
                    translation.text = wanted[key]
                    translation.attrib.pop("type", None)
                    used.add(key)
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    for key in wanted.keys() - used:
        print(f"not in any catalogue: {key}", file=sys.stderr)
    release()


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "update"
    if command == "update":
        update()
    elif command == "missing":
        missing(sys.argv[2] if len(sys.argv) > 2 else None)
    elif command == "fill":
        fill(Path(sys.argv[2]))
    else:
        sys.exit(__doc__)
