"""The scoring charts (trend by month, comparison of units), drawn off-screen to PNG with the bundled CJK font.

Callers pass every word (titles, month and category names) so the UI's language decides the labels.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from gridapp.reports.charts import new_figure, to_png
from gridapp.scoring.rows import ComparisonRow, TrendPoint

PALETTE = ["#C8161D", "#F0A30A", "#2E7D32", "#1565C0", "#6A1B9A", "#00838F", "#8D6E63"]


def stacked_bars(
    labels: Sequence[str],
    series: Sequence[tuple[str, Sequence[float]]],
    title: str,
    *,
    total: Sequence[float] | None = None,
    total_label: str = "",
    horizontal: bool = False,
    width_in: float = 7.6,
    height_in: float = 3.8,
    empty_text: str = "",
) -> bytes:
    """Bars of several series stacked per label: positives upwards, deductions downwards, and an optional line of
    the totals."""
    figure = new_figure(width_in, height_in)
    axes = figure.add_subplot()
    axes.set_title(title)
    positions = list(range(len(labels)))
    up = [0.0] * len(labels)
    down = [0.0] * len(labels)
    for index, (name, values) in enumerate(series):
        bottoms = [up[i] if v >= 0 else down[i] for i, v in enumerate(values)]
        colour = PALETTE[index % len(PALETTE)]
        if horizontal:
            axes.barh(positions, values, left=bottoms, label=name, color=colour, height=0.6)
        else:
            axes.bar(positions, values, bottom=bottoms, label=name, color=colour, width=0.6)
        for i, v in enumerate(values):
            if v >= 0:
                up[i] += v
            else:
                down[i] += v
    if total is not None and not horizontal and labels:
        axes.plot(positions, total, color="#333333", marker="o", linewidth=1.5, label=total_label)
    if horizontal:
        axes.set_yticks(positions, labels)
        axes.invert_yaxis()
        axes.axvline(0, color="#999999", linewidth=0.8)
        axes.grid(axis="x", alpha=0.3)
    else:
        axes.set_xticks(positions, labels)
        axes.axhline(0, color="#999999", linewidth=0.8)
        axes.grid(axis="y", alpha=0.3)
    if not labels or not any(any(v for v in values) for _name, values in series):
        axes.text(0.5, 0.5, empty_text, transform=axes.transAxes, ha="center", va="center", color="#888888")
    if series and labels:
        axes.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize="small", frameon=False)
    return to_png(figure)


def _floats(values: Sequence[Decimal]) -> list[float]:
    return [float(v) for v in values]


def trend_png(
    points: Sequence[TrendPoint],
    category_names: Sequence[str],
    title: str,
    month_labels: Sequence[str] | None = None,
    total_label: str = "",
    empty_text: str = "",
    width_in: float = 7.6,
) -> bytes:
    labels = list(month_labels) if month_labels is not None else [f"{p.period.index}" for p in points]
    series = [(name, [float(p.by_category[i]) for p in points]) for i, name in enumerate(category_names)]
    return stacked_bars(
        labels,
        series,
        title,
        total=_floats([p.points for p in points]),
        total_label=total_label,
        empty_text=empty_text,
        width_in=width_in,
    )


def comparison_png(
    rows: Sequence[ComparisonRow],
    category_names: Sequence[str],
    title: str,
    per_member: bool = False,
    empty_text: str = "",
    width_in: float = 7.6,
) -> bytes:
    """Each unit's points by category (per member when ``per_member``), one horizontal bar per unit."""

    def scaled(row: ComparisonRow, value: Decimal) -> float:
        if not per_member:
            return float(value)
        return float(value / row.members) if row.members else 0.0

    series = [(name, [scaled(r, r.by_category[i]) for r in rows]) for i, name in enumerate(category_names)]
    height = max(2.6, 0.9 + 0.38 * len(rows))
    return stacked_bars(
        [r.name for r in rows],
        series,
        title,
        horizontal=True,
        width_in=width_in,
        height_in=height,
        empty_text=empty_text,
    )
