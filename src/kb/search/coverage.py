"""Coverage: which records hold enough of a query's words, each word weighing its rarity.

In: a searcher and one query per word (kb.search.ranking); out: the records
that cover a share of the words' weight, as a set and as a query (Records).
"""

from __future__ import annotations

import math
from collections import defaultdict
from typing import Any

from whoosh.matching import ListMatcher, Matcher, NullMatcher
from whoosh.query import Or, Query, Term
from whoosh.searching import Searcher


def weight_of(documents: int, total: int) -> float:
    """BM25's idf: a word in few passages says more about what is asked."""
    return math.log(1 + (total - documents + 0.5) / (documents + 0.5))


def covering(searcher: Searcher, units: list[Query], share: float) -> frozenset[int]:
    """The records that hold `share` of the units' weight, each unit weighing its idf.

    Each unit's posting lists are read once. Scoring the OR of the units with
    these records as a filter walked every passage with any of the words, and
    an OR of the smallest covering sets of units as ANDs read each unit several
    times: p95 54 ms and 30 ms against 20 ms for all-or-nothing on the
    interpellations (bench/search_latency.py).
    """
    total_docs = searcher.doc_count_all()
    covered: dict[int, float] = defaultdict(float)
    weights = []
    for unit in units:
        docs = list(searcher.docs_for_query(whole_words(unit)))
        weight = weight_of(len(docs), total_docs)
        weights.append(weight)
        for docnum in docs:
            covered[docnum] += weight
    needed = share * sum(weights) - 1e-9
    return frozenset(d for d, w in covered.items() if w >= needed)


def whole_words(unit: Query) -> Query:
    """A unit without its compound's parts apart (kb.search.query): a passage covers a
    word by the word itself. Walking the parts' posting lists (two common words, such
    as "social" and "tjänst") took most of the time of a long query."""
    if isinstance(unit, Or):
        kept = [
            q for q in unit.subqueries if getattr(q, "boost", 1.0) >= 1 or isinstance(q, Derived)
        ]
        return Or(kept) if kept else unit
    return unit


class Derived(Term):
    """A word made from a query word (the noun of a verb, kb.analysis.derivation): scored at
    its lower weight, but a passage that has it covers the query word."""


class Records(Query):
    """A fixed set of records (the index's document numbers), each scored 0: the coverage
    rule as the first query of an AndMaybe, so that only these records are scored."""

    def __init__(self, docnums: frozenset[int]) -> None:
        self.docnums = docnums
        self.boost = 1.0
        self.fieldname = None  # no field, no terms: nothing to highlight

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Records) and other.docnums == self.docnums

    def __hash__(self) -> int:
        return hash(self.docnums)

    def __repr__(self) -> str:
        return f"Records({len(self.docnums)} records)"

    def is_leaf(self) -> bool:
        return True

    def has_terms(self) -> bool:
        return False

    def estimate_size(self, ixreader: Any) -> int:
        return len(self.docnums)

    def matcher(self, searcher: Searcher, context: Any = None) -> Matcher:
        # Whoosh asks each segment's searcher, which numbers its records from 0.
        offset = 0
        if searcher.has_parent():
            offset = searcher.get_parent()._offset_for_subsearcher(searcher) or 0
        end = offset + searcher.doc_count_all()
        ids = sorted(d - offset for d in self.docnums if offset <= d < end)
        if not ids:
            return NullMatcher()
        return ListMatcher(ids, all_weights=0.0)
