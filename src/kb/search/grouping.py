"""One document does not flood a page: a few passages per document first, the rest after;
and the same words, or mostly the same, in several documents are listed once, the copies
after.

The ranking lists each document's best MAX_PER_DOCUMENT passages where they
rank, then every other passage, in rank order: a long interpellation that
mentions "äldreomsorg" forty times takes three places on the first page instead
of ten, and its other passages come after the best of every other document
(so a short list still shows every hit). Each hit says how many more of its
document's passages matched ("fler träffar i detta dokument"), which the
document view shows in full.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from whoosh import sorting
from whoosh.query import Query
from whoosh.searching import Hit as WhooshHit
from whoosh.searching import Results, Searcher

from kb.extract.keys import NEAR_SIMILARITY, near_least, near_similarity, near_values
from kb.search.coverage import Records
from kb.search.settings import COPIES_WINDOW, KEEP_SHARE, MAX_PER_DOCUMENT, NEAR_COPIES_WINDOW


@dataclass(frozen=True)
class Grouped:
    """The order of a ranking after grouping (positions into it), and per document how
    many of its passages were moved behind the other documents' best."""

    order: tuple[int, ...]
    moved: Mapping[str, int]

    def more_in_document(self, doc_id: str) -> int:
        """How many of the document's matching passages come after the other documents' best."""
        return self.moved.get(doc_id, 0)


def group_by_document(
    doc_ids: Iterable[str],
    per_document: int = MAX_PER_DOCUMENT,
    copies: Sequence[tuple[str, str, str]] = (),
    scores: Sequence[float] = (),
) -> Grouped:
    """The first `per_document` passages of each document in rank order, then the rest.

    `doc_ids` gives each ranked passage's document; a passage without one ("")
    is never moved. `copies`, the first passages' keys of their words, of mostly their
    words (kb.extract.keys.near_key) and of their document's type, title and date: a
    passage of the same or mostly the same words as one listed before it (a press release
    published twice, a quote edited between two), and passages beyond `per_document` of
    documents of one title (an interpellation submitted again under a new number) go to
    the rest too: "familjehemsplacerade barn" listed one interpellation submitted three
    times in nine of its first ten places.
    """
    seen: Counter[str] = Counter()
    titled: Counter[str] = Counter()
    said: set[str] = set()
    near = _NearCopies()
    first: list[int] = []
    rest: list[int] = []
    kept: list[int] = []  # a document's passage beyond `per_document` that scores high
    for position, doc_id in enumerate(doc_ids):
        words, sketch, title = copies[position] if position < len(copies) else ("", "", "")
        values = near_values(sketch) if sketch else frozenset()
        if (words and words in said) or (values and near.of_listed(sketch, values)):
            rest.append(position)
            continue
        if doc_id:
            seen[doc_id] += 1
            if seen[doc_id] > per_document:
                (kept if position < len(scores) else rest).append(position)
                continue
        if title:
            titled[title] += 1
            if titled[title] > per_document:
                rest.append(position)
                continue
        said.add(words)  # listed: its copies after (not when it goes after itself)
        if values:
            near.list(sketch, values)
        first.append(position)
    moved = {d: n - per_document for d, n in seen.items() if n > per_document}
    return Grouped((*_behind(first, kept, scores), *rest), moved)


def _behind(first: list[int], kept: list[int], scores: Sequence[float]) -> list[int]:
    """`first` with each of `kept` (positions in rank order, with `scores`) moved down only
    past the passages that score at least KEEP_SHARE of it: a strong passage of a document
    that has three before it does not fall behind ones that barely match (a fifth blind
    audit: 19.9 listed after 5.6, 3.2 and 3.1)."""
    order = list(first)
    for position in kept:
        bar = scores[position] * KEEP_SHARE
        # Past the scored window (COPIES_WINDOW) a score is at most the window's last: a
        # passage goes past those only if that is above the bar (ties: after them all, so
        # one document of many equal matches does not flood the first page).
        last = len(scores) - 1
        if scores[last] >= bar:
            order.append(position)  # past every scored passage: after them all, as without
            continue
        below = (i for i, p in enumerate(order) if p > position and scores[min(p, last)] < bar)
        at = next(below, len(order))
        order.insert(at, position)
    return order


class _NearCopies:
    """The near keys of the passages listed so far, by their least values: a passage is
    compared only with those that share one of its NEAR_PROBES least values. Near copies
    share the least value of both with a chance equal to their similarity, so those at
    0.75 share none of three with a chance of 1.6% (0.25 ** 3). Counting the values
    every listed passage shares took 0.8 ms a query on the interpellations (passages of
    one subject share many word pairs), comparing every pair 2 ms."""

    def __init__(self) -> None:
        self._listed: list[frozenset[str]] = []
        self._by_value: dict[str, list[int]] = {}

    def of_listed(self, key: str, values: frozenset[str]) -> bool:
        """Whether a passage of near key `key` (of `values`) is a near copy of one listed."""
        compared: set[int] = set()
        for value in near_least(key, NEAR_PROBES):
            for i in self._by_value.get(value, ()):
                if i not in compared:
                    compared.add(i)
                    if near_similarity(values, self._listed[i]) >= NEAR_SIMILARITY:
                        return True
        return False

    def list(self, key: str, values: frozenset[str]) -> None:
        for value in near_least(key, NEAR_PROBES):
            self._by_value.setdefault(value, []).append(len(self._listed))
        self._listed.append(values)


# How many of a near key's least values find the listed passages to compare it with.
NEAR_PROBES = 3


@dataclass(frozen=True)
class RankedPage:
    """One page of the grouped ranking."""

    hits: list[WhooshHit]
    grouped: Grouped
    pagenum: int  # the page served (the last one when the one asked for is past the end)


def rank_page(
    searcher: Searcher,
    query: Query,
    allowed: set[int],
    sortedby: list[sorting.FacetType] | None,
    pagenum: int,
    pagelen: int,
    columns: Mapping[str, Mapping[int, tuple[str, ...]]],
    group: bool = True,
    ranking: Results | None = None,
    order: list[int] | None = None,
) -> RankedPage:
    """Rank every allowed hit, group by document (unless told not to), and cut out one page.

    `columns` are the facet table's values by record (kb.facettable): each one's document,
    and the keys of its words, of mostly its words and of its document's title, for copies
    (group_by_document).
    `ranking` is every match of the query, ranked, if the caller has it already;
    the allowed ones are kept from it. `order` is the allowed hits in the order to list
    them, ungrouped (a query without words, by date): only the page is read from Whoosh.
    """
    if not allowed:
        return RankedPage([], Grouped((), {}), 1)
    if order is not None:
        pages = max(1, -(-len(order) // pagelen))
        pagenum = min(max(1, pagenum), pages)
        listed = order[(pagenum - 1) * pagelen : pagenum * pagelen]
        found = {hit.docnum: hit for hit in searcher.search(Records(frozenset(listed)), limit=None)}
        return RankedPage([found[d] for d in listed], Grouped((), {}), pagenum)
    if ranking is None:
        # limit=None: grouping needs the whole ranking.
        ranking = searcher.search(query, filter=allowed, sortedby=sortedby, limit=None)
        positions = list(range(len(ranking.top_n)))
    else:
        positions = [i for i, (_, docnum) in enumerate(ranking.top_n) if docnum in allowed]
    doc_of = columns["doc_id"]
    grouped = group_by_document(
        ((doc_of.get(ranking.top_n[i][1]) or ("",))[0] for i in positions),
        MAX_PER_DOCUMENT if group else len(positions),
        # Copies among the first COPIES_WINDOW only: keys for every match of a common word
        # took 5 ms of a search (grouping, 2 ms before).
        _copy_keys(searcher, columns, [ranking.top_n[i][1] for i in positions[:COPIES_WINDOW]])
        if group
        else (),
        [ranking.top_n[i][0] for i in positions[:COPIES_WINDOW]] if group else (),
    )
    pages = max(1, -(-len(grouped.order) // pagelen))
    pagenum = min(max(1, pagenum), pages)
    chosen = grouped.order[(pagenum - 1) * pagelen : pagenum * pagelen]
    return RankedPage([ranking[positions[i]] for i in chosen], grouped, pagenum)


def _copy_keys(
    searcher: Searcher, columns: Mapping[str, Mapping[int, tuple[str, ...]]], docnums: list[int]
) -> list[tuple[str, str, str]]:
    """Each record's keys of its words and of its document's title (kb.facettable), and of
    mostly its words for the first NEAR_COPIES_WINDOW (the index's near_key column)."""
    words, titles = columns.get("text_key", {}), columns.get("title_key", {})
    near = _near_keys(searcher, docnums[:NEAR_COPIES_WINDOW])

    def first(column: Mapping[int, tuple[str, ...]], docnum: int) -> str:
        return (column.get(docnum) or ("",))[0]

    return [(first(words, d), near.get(d, ""), first(titles, d)) for d in docnums]


def _near_keys(searcher: Searcher, docnums: list[int]) -> dict[int, str]:
    """The near keys (kb.extract.keys.near_key) of these records, from the index's column:
    read for the few records compared, not kept for every record in the facet table (9 MiB
    and a slower start on the interpellations)."""
    reader = searcher.reader()
    if not docnums or not reader.has_column("near_key"):
        return {}
    column = reader.column_reader("near_key")
    return {d: bytes(column[d]).hex() for d in docnums}
