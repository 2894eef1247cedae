"""Drops from a bundled font's character map the characters it maps to an empty glyph (no contours), so that Qt and
ReportLab fall back to the next font of the chain for them instead of drawing nothing.

WenQuanYi Micro Hei maps ℃ ℉ Å Ⅴ Ⅹ ∼ ‾ and the pinyin vowels with tones (ǎ ǐ ǒ ǔ ǘ ǚ ǜ ˊ ˋ) to empty glyphs; a
font that has a character in its map is used for it, so without this ℃ printed blank everywhere. Spaces, format and
control characters keep their (rightly empty) glyphs.

    .venv/bin/python scripts/font_cmap.py resources/fonts/WenQuanYiMicroHei.ttf
"""

from __future__ import annotations

import sys
import unicodedata

from fontTools.ttLib import TTFont


def empty_drawn(font: TTFont) -> list[int]:
    glyf = font["glyf"]
    return sorted(
        code
        for code, name in font.getBestCmap().items()
        if glyf[name].numberOfContours == 0 and unicodedata.category(chr(code)) not in ("Zs", "Cc", "Cf", "Zl", "Zp")
    )


def main(path: str) -> None:
    font = TTFont(path, recalcTimestamp=False)
    dropped = empty_drawn(font)
    for table in font["cmap"].tables:
        for code in dropped:
            table.cmap.pop(code, None)
    font.save(path)
    print(f"{path}: dropped {len(dropped)}: {' '.join(chr(c) for c in dropped)}")


if __name__ == "__main__":
    main(sys.argv[1])
