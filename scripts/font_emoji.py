"""Builds resources/fonts/Symbola.ttf, the last font of the chain: the emoji and symbols (U+2000–U+2BFF and
U+1F000–U+1FAFF) that neither WenQuanYi Micro Hei nor DejaVu Sans draws, cut from Symbola 2.60 (Debian's
fonts-symbola, George Douros: "free for any use; may be opened, edited, modified, regenerated, packaged and
redistributed") with hinting dropped: 1 MB instead of 3 MB. Monochrome outlines (glyf), so ReportLab embeds them.

    apt-get download fonts-symbola && dpkg -x fonts-symbola_*.deb /tmp/symbola
    .venv/bin/python scripts/font_emoji.py /tmp/symbola/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

FONTS = Path(__file__).resolve().parent.parent / "resources" / "fonts"
RANGES = ((0x2000, 0x2BFF), (0x1F000, 0x1FAFF))


def inked(font: TTFont) -> set[int]:
    glyf = font["glyf"]
    return {code for code, name in font.getBestCmap().items() if glyf[name].numberOfContours != 0}


def main(source: str) -> None:
    have = inked(TTFont(FONTS / "WenQuanYiMicroHei.ttf")) | inked(TTFont(FONTS / "DejaVuSans.ttf"))
    font = TTFont(source)
    wanted = sorted(c for c in inked(font) if c not in have and any(a <= c <= b for a, b in RANGES))
    options = subset.Options()
    options.hinting = False
    options.layout_features = []
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=wanted)
    subsetter.subset(font)
    font.save(FONTS / "Symbola.ttf")
    print(f"{FONTS / 'Symbola.ttf'}: {len(wanted)} characters")


if __name__ == "__main__":
    main(sys.argv[1])
