"""matplotlib charts with the bundled CJK font, drawn off-screen (Agg) to PNG bytes the UI shows as a picture.

Charts are drawn in the core, off the UI thread if need be; the window only displays the PNG. matplotlib is imported
on first use (≈0.8 s), never at start-up.
"""

from __future__ import annotations

import io
import threading
from functools import cache
from typing import TYPE_CHECKING

from gridapp.paths import CJK_FONT, EMOJI_FONT, SYMBOL_FONT

if TYPE_CHECKING:
    from matplotlib.figure import Figure

_lock = threading.Lock()


@cache
def _setup() -> None:
    import matplotlib

    matplotlib.use("Agg", force=True)
    from matplotlib import font_manager, rcParams

    chain = (CJK_FONT, SYMBOL_FONT, EMOJI_FONT)  # the window's and the PDFs' chain (gridapp/reports/fonts.py)
    for path in chain:
        font_manager.fontManager.addfont(str(path))
    rcParams["font.family"] = [font_manager.FontProperties(fname=str(path)).get_name() for path in chain]
    rcParams["axes.unicode_minus"] = False  # the CJK font has no U+2212 minus


def new_figure(width_in: float = 6.4, height_in: float = 3.6, dpi: int = 100) -> Figure:
    """A Figure not tied to pyplot (safe in worker threads), with the bundled fonts configured."""
    with _lock:
        _setup()
    from matplotlib.figure import Figure

    return Figure(figsize=(width_in, height_in), dpi=dpi, layout="constrained")


def to_png(figure: Figure) -> bytes:
    out = io.BytesIO()
    figure.savefig(out, format="png")
    return out.getvalue()
