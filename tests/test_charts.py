"""Charts use the bundled Chinese font (no missing-glyph boxes) and render to PNG without a screen."""

from __future__ import annotations

import warnings
from pathlib import Path

from gridapp.reports.charts import new_figure, to_png


def test_chinese_labels_render_with_the_bundled_font(output_dir: Path) -> None:
    figure = new_figure()
    axes = figure.add_subplot()
    axes.bar(["一月", "二月", "三月"], [12, -3, 7])
    axes.set_title("积分趋势 ✓ ✗")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # matplotlib warns "Glyph … missing from font(s)" when it draws a box
        png = to_png(figure)
    assert png.startswith(b"\x89PNG")
    (output_dir / "chart.png").write_bytes(png)
