"""Hits per period for the timeline: per year, or per month when the hits span under three years.

Counted over the hits every filter allows, from the facet table's records of each
date, with no table of its own. Each bar carries the date range (`from`, `to`) that
filters the search to its period.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from kb.search.facets import FacetTable
from kb.search.settings import TIMELINE_BY_RECORD

# Under this many years between the first and the last hit, bars are months:
# "per month when the results span less than three years", as the chart was asked for.
MONTHS_UNDER_YEARS = 3
# Empty periods between two with hits get a bar (a gap is information) as long as
# the chart stays this wide; past it only periods with hits are drawn.
MAX_FILLED_BARS = 60


@dataclass(frozen=True)
class TimelineBar:
    """One period: its label ("2021" or "2021-06"), its hits, and the dates that select it."""

    period: str
    count: int

    @property
    def date_from(self) -> str:
        return self.period

    @property
    def date_to(self) -> str:
        return self.period

    def as_dict(self) -> dict[str, Any]:
        return {"period": self.period, "count": self.count, "from": self.period, "to": self.period}


@dataclass(frozen=True)
class Timeline:
    """Bars per year or month, and the hits no bar counts (no date; in months, no month)."""

    unit: str = "year"  # year | month
    bars: tuple[TimelineBar, ...] = ()
    undated: int = 0
    without_month: int = 0  # dated by year only, when the bars are months

    @property
    def peak(self) -> int:
        return max((b.count for b in self.bars), default=0)

    def as_dict(self) -> dict[str, Any]:
        return {
            "unit": self.unit,
            "bars": [b.as_dict() for b in self.bars],
            "undated": self.undated,
            "without_month": self.without_month,
        }


def count_timeline(table: FacetTable, docs: set[int] | frozenset[int]) -> Timeline:
    """The timeline of a set of hits (Whoosh docnums)."""
    # Few hits: each one's date by its rank in the table (TIMELINE_BY_RECORD). More: one
    # intersection per date, each walking the smaller side: on 40,000 records of 708
    # dates 0.4 ms for 10 hits, 2.7 ms for all (a second table of each record's date,
    # as before: 0 and 8 ms, and its memory per worker).
    if table.one_date_each and len(docs) <= TIMELINE_BY_RECORD:
        ranks = Counter(map(table.date_rank.get, docs))
        ranks.pop(None, None)  # undated
        dates = Counter({table.ranked_dates[r]: n for r, n in ranks.items() if r is not None})
    else:
        dates = Counter(
            {date: n for date, docnums in table.dates.items() if (n := len(docnums & docs))}
        )
    undated = len(docs) - sum(dates.values())
    years = Counter[str]()
    for date, n in dates.items():
        years[date[:4]] += n
    if not years:
        return Timeline(undated=undated)
    first, last = int(min(years)), int(max(years))
    if last - first + 1 < MONTHS_UNDER_YEARS:
        months = Counter[str]()
        without_month = 0
        for date, n in dates.items():
            if len(date) >= 7:
                months[date[:7]] += n
            else:
                without_month += n
        if months:
            periods = _fill(months, _month_range(min(months), max(months)))
            return Timeline("month", periods, undated, without_month)
    periods = _fill(years, [str(y) for y in range(first, last + 1)])
    return Timeline("year", periods, undated)


def _fill(counts: Counter[str], span: list[str]) -> tuple[TimelineBar, ...]:
    keys = span if len(span) <= MAX_FILLED_BARS else sorted(counts)
    return tuple(TimelineBar(k, counts.get(k, 0)) for k in keys)


def _month_range(first: str, last: str) -> list[str]:
    year, month = int(first[:4]), int(first[5:7])
    out = []
    while f"{year:04d}-{month:02d}" <= last:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out
