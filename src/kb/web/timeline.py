"""The timeline as the pages draw it: SVG bar geometry, labels and the link of every bar.

Templates only print what this builds; the chart is plain SVG rendered on the
server (no script), with a table of the same counts and links beside it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kb.search.timeline import Timeline

CHART_WIDTH = 640
CHART_HEIGHT = 150
BAR_AREA = 118  # the rest is the labels' row
BAR_TOP = 16  # room above the highest bar for its count
# Each bar's count is written above it up to this many bars; past it they would overlap.
MAX_COUNTED_BARS = 24
BAR_GAP = 0.18  # share of a bar's slot left empty
# Labels under the bars: at most this many, evenly spread, so that they never overlap.
MAX_LABELS = 12
MONTHS = ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec")


def period_label(period: str) -> str:
    """A period in Swedish: "2021", or "jun 2021" for a month."""
    if len(period) == 7:
        return f"{MONTHS[int(period[5:7]) - 1]} {period[:4]}"
    return period


def timeline_view(timeline: Timeline, period_url: Callable[[str], str]) -> dict[str, Any] | None:
    """Bars with position, height, label and link (period_url(period)); None without bars."""
    if not timeline.bars:
        return None
    slot = CHART_WIDTH / len(timeline.bars)
    peak = timeline.peak or 1
    step = max(1, -(-len(timeline.bars) // MAX_LABELS))
    bars = []
    for i, bar in enumerate(timeline.bars):
        height = round((BAR_AREA - BAR_TOP) * bar.count / peak, 1) if bar.count else 0
        label = period_label(bar.period)
        bars.append(
            {
                "period": bar.period,
                "label": label,
                "count": bar.count,
                "url": period_url(bar.period) if bar.count else "",
                "x": round(i * slot + slot * BAR_GAP / 2, 1),
                "width": round(slot * (1 - BAR_GAP), 1),
                "y": round(BAR_AREA - height, 1),
                "height": max(height, 1.5) if bar.count else 0,
                "center": round(i * slot + slot / 2, 1),
                "show_label": i % step == 0,
                "show_count": bool(bar.count) and len(timeline.bars) <= MAX_COUNTED_BARS,
                "text": f"{label}: {bar.count} {'träff' if bar.count == 1 else 'träffar'}",
            }
        )
    return {
        "unit": timeline.unit,
        "caption": "Träffar per månad" if timeline.unit == "month" else "Träffar per år",
        "bars": bars,
        "width": CHART_WIDTH,
        "height": CHART_HEIGHT,
        "base": BAR_AREA,
        "peak": timeline.peak,
        "undated": timeline.undated,
        "without_month": timeline.without_month,
    }
