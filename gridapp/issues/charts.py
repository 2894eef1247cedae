"""The indicators' small chart: reported and closed issues per day or month, drawn with the shared chart base."""

from __future__ import annotations

from collections.abc import Sequence

from gridapp.issues.indicators import SeriesPoint
from gridapp.reports.charts import new_figure, to_png


def indicator_chart(points: Sequence[SeriesPoint], reported_label: str = "上报", closed_label: str = "销号",
                    width_in: float = 6.0, height_in: float = 2.6) -> bytes:  # fmt: skip
    """PNG bytes of a grouped bar chart; safe off the UI thread."""
    figure = new_figure(width_in, height_in)
    axes = figure.add_subplot()
    xs = range(len(points))
    axes.bar([x - 0.2 for x in xs], [p.reported for p in points], width=0.4, label=reported_label, color="#C8161D")
    axes.bar([x + 0.2 for x in xs], [p.closed for p in points], width=0.4, label=closed_label, color="#2E7D32")
    step = max(1, -(-len(points) // 8))  # at most eight labels, so they never overlap
    axes.set_xticks(list(xs)[::step], [p.label for p in points][::step], fontsize=8)
    axes.tick_params(axis="y", labelsize=8)
    axes.yaxis.get_major_locator().set_params(integer=True)
    axes.legend(fontsize=8, frameon=False, ncols=2, loc="lower right", bbox_to_anchor=(1, 1))
    axes.spines[["top", "right"]].set_visible(False)
    return to_png(figure)
