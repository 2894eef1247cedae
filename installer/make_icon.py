"""Make ``resources/icons/app.ico`` from ``resources/icons/app.svg`` (run by hand after the SVG changes).

Each size Windows shows (16, 20, 24, 32, 40, 48, 64, 256 px: title bar, taskbar, Start menu, Explorer, *Apps &
features*) is rendered from the SVG on its own by ``rsvg-convert`` (apt ``librsvg2-bin``), not scaled down from one
big picture, then packed into one ``.ico`` by Pillow (PNG-compressed entries, as Windows Vista and later read them).

    .venv/bin/python installer/make_icon.py
"""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "app.svg"
ICO = ROOT / "resources" / "icons" / "app.ico"
SIZES = (16, 20, 24, 32, 40, 48, 64, 256)


def render(size: int) -> Image.Image:
    png = subprocess.run(
        ["rsvg-convert", "--width", str(size), "--height", str(size), str(SVG)], check=True, capture_output=True
    ).stdout
    return Image.open(io.BytesIO(png)).convert("RGBA")


def main() -> int:
    images = [render(size) for size in SIZES]
    largest = images[-1]
    largest.save(ICO, format="ICO", sizes=[(s, s) for s in SIZES], append_images=images[:-1])
    with Image.open(ICO) as check:
        print(ICO.relative_to(ROOT), sorted(check.info["sizes"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
