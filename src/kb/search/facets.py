"""Facets, date range and date order over a search's hits, from a table of every record.

Whoosh re-reads a facet's posting lists on every search, enumerates every
document for a Not(...) and sorts newest-first with a list.index() per hit. On
the 39,510 passages of the interpellation corpus a search with two filters took
0.54 s, most of it there, and an empty query sorted by date 2 s. The table
(kb.facettable, written by the ingest) is read once per index state and shared
by threads; a search then narrows and counts with set operations, in milliseconds. Counts are
disjunctive within a facet (a facet with a selection is counted without its
own filter) and conjunctive across facets.
"""

from __future__ import annotations

import threading
from collections import Counter
from dataclasses import dataclass
from itertools import chain
from typing import Any

from whoosh import sorting
from whoosh.index import Index
from whoosh.matching import Matcher
from whoosh.searching import Searcher

from kb.facettable import DATE_END as DATE_END
from kb.facettable import FACETS as FACETS
from kb.facettable import FacetTable, read_facet_table
from kb.index import state_key


@dataclass(frozen=True)
class FacetValue:
    """One value of a facet, how many hits it has, and whether it is selected."""

    value: str
    count: int
    selected: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {"value": self.value, "count": self.count, "selected": self.selected}


_tables: dict[tuple[str, int, int], FacetTable] = {}  # in the order they were read
_KEEP_TABLES = 2
_tables_lock = threading.Lock()


def facet_table(ix: Index, searcher: Searcher) -> FacetTable:
    """The table for the index state the searcher sees, read once and shared by threads."""
    key = state_key(ix, searcher.reader().generation())
    with _tables_lock:
        table = _tables.get(key)
        if table is None:
            table = read_facet_table(ix, searcher)
            _tables[key] = table
            # Keep the two states read last (the newest, and the one a search that
            # began before an ingest may still be reading). By the order they were
            # read, not by Whoosh's generation number: a rebuild starts a new
            # folder at 1, and the old folder's table used to be kept for good.
            # (By folder and generation alone, an index folder removed and built
            # again was counted from the table of the one before.)
            while len(_tables) > _KEEP_TABLES:
                del _tables[next(iter(_tables))]
        return table


@dataclass(frozen=True)
class FacetCounts:
    """What counting found: the hits every filter allows, facet values, documents."""

    allowed: set[int]
    facets: dict[str, tuple[FacetValue, ...]]
    documents: int
    publishers: int = 0


def count_facets(
    table: FacetTable, base: set[int], filters: tuple[tuple[str, tuple[str, ...]], ...]
) -> FacetCounts:
    """Narrow base (the hits of the query and the date range) by the facet filters, and count.

    Each facet is counted over the hits that every other facet's filter allows,
    so its unselected values say what choosing them too would add.
    """
    selected = {name: set(values) for name, values in filters if values}
    members = {
        name: base.intersection(frozenset().union(*(table.docs[name].get(v, ()) for v in wanted)))
        for name, wanted in selected.items()
    }
    allowed = base.intersection(*members.values()) if members else set(base)
    facets = {}
    for name in FACETS:
        docs = allowed
        if name in selected:
            others = [m for other, m in members.items() if other != name]
            docs = base.intersection(*others) if others else base
        column = table.values[name]
        counts = Counter(chain.from_iterable(filter(None, map(column.get, docs))))
        chosen = selected.get(name, set())
        for value in chosen - set(counts):
            counts[value] = 0
        ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        facets[name] = tuple(FacetValue(v, n, v in chosen) for v, n in ordered)
    doc_ids = table.values["doc_id"]
    documents = len({ids[0] for ids in filter(None, map(doc_ids.get, allowed))})
    publishers = len(set(chain.from_iterable(filter(None, map(table.values["publisher"].get, allowed)))))
    return FacetCounts(allowed, facets, documents, publishers)


def date_order(table: FacetTable, records: set[int], *, oldest_first: bool = False) -> list[int]:
    """The records by date as DateOrder sorts them (undated last), and by docnum within a
    date, as Whoosh breaks ties: a document's passages in reading order."""
    rank, undated = table.date_rank, len(table.dates)
    sign = 1 if oldest_first else -1

    def key(docnum: int) -> tuple[int, int]:
        r = rank.get(docnum)
        return (undated if r is None else sign * r, docnum)

    return sorted(records, key=key)


class DateOrder(sorting.FacetType):
    """Sort key: by date, newest first unless oldest_first; undated records last either way."""

    def __init__(self, table: FacetTable, *, oldest_first: bool = False) -> None:
        self.table = table
        self.oldest_first = oldest_first

    def categorizer(self, global_searcher: Searcher) -> sorting.Categorizer:
        return _DateCategorizer(self.table, self.oldest_first)


class _DateCategorizer(sorting.Categorizer):
    def __init__(self, table: FacetTable, oldest_first: bool) -> None:
        self.rank = table.date_rank
        self.undated = len(table.dates)
        self.sign = 1 if oldest_first else -1
        self.offset = 0

    def set_searcher(self, segment_searcher: Searcher, docoffset: int) -> None:
        self.offset = docoffset  # keys are asked for per segment; the table is by global docnum

    def key_for(self, matcher: Matcher, segment_docnum: int) -> int:
        rank = self.rank.get(self.offset + segment_docnum)
        return self.undated if rank is None else self.sign * rank
