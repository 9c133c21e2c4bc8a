"""Every record a query matches with its score, computed a matcher at a time.

In: a searcher and a Whoosh query; out: Whoosh Results, the records Searcher.search
finds with the scores it gives them, best first (no sorting, no facets).

Whoosh's collector walks the query's matcher tree a record at a time: for each
record, each node of the tree is asked for its id, moved on and asked for its
score, a handful of Python calls per node per record. A search that scores every
match (kb ranks, groups and counts all of them) or the few best of a union of
common words (the words-in-common fill of a short page) spent most of its time
there: 10 ms of a 25 ms request. Here each node gives its records and scores at
once (a dict), from its children's: a posting list's scores in one loop over its
decoded arrays (kb.search.postings), a union by merging dicts, an intersection by
looking the larger side up at the smaller side's records only. Each score is the
same sum of the same terms as Whoosh's matchers compute (addition is commutative),
so scores and the order of equal ones come out bit for bit the same; a node of a
kind not listed here is walked as Whoosh walks it.

Two Whoosh defects are not copied. With a limit, Whoosh's collector drops
branches of the tree that, by their bound on the score they can add, cannot reach
the scores already collected; the bound of an AND-MAYBE of ORs is too low (4.4
where a record scores 10.1 on the seeds: tests/test_search_scoring.py), so it left
the best passages with some of the words out of a short page's fill: here the
first `limit` of all are the best. And an AND-MAYBE under an AND (a question of
three words or more with "-word" or field:value, kb.search.ranking) is moved by the
AND with skip_to, which moves its optional side to the record asked for, not to
the one its required side lands on: Whoosh then scores that record without the
optional side's words. Here every record the required side matches gets them.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from operator import itemgetter
from typing import Any

from whoosh.matching import (
    AndMaybeMatcher,
    FilterMatcher,
    IntersectionMatcher,
    InverseMatcher,
    ListMatcher,
    Matcher,
    NullMatcherClass,
    UnionMatcher,
    WrappingMatcher,
)
from whoosh.query import Query
from whoosh.scoring import bm25
from whoosh.searching import Results, Searcher

from kb.search.postings import CachedPostings

Scores = dict[int, float]


def score_all(
    searcher: Searcher, query: Query, limit: int | None = None, mask: set[int] | None = None
) -> Results:
    """What searcher.search(query, limit=limit, mask=mask) returns, scored node by node (with a
    limit, the best `limit` of every match; the module says where Whoosh differs)."""
    if limit is not None and limit < 1:
        raise ValueError("limit must be >= 1")  # as Whoosh says
    items: list[tuple[float, int]] = []
    context = searcher.context()  # what Searcher.search builds the matchers with
    for sub, offset in searcher.leaf_searchers():
        found = _scores(query.matcher(sub, context))
        items.extend((score, docnum + offset) for docnum, score in found.items())
    if mask:
        items = [item for item in items if item[1] not in mask]
    # Whoosh's order: the higher score first, then the lower record number; two sorts on
    # one field each (the second keeps the first's order among equal scores) take half the
    # time of one on a (-score, record) key: 1.7 against 3.2 ms for 5,000 matches.
    items.sort(key=itemgetter(1))
    items.sort(key=itemgetter(0), reverse=True)
    results = Results(searcher, query, items[:limit], docset={docnum for _, docnum in items})
    results._total = len(items)  # len(results), as Whoosh's collector would count them
    return results


def _scores(m: Matcher, within: Sequence[int] | None = None) -> Scores:
    """The records the matcher `m` (from where it stands) matches, with their scores; only
    those of `within` (ascending record numbers) when given."""
    kind = type(m)
    if kind is CachedPostings:
        return _postings_scores(m, within)
    if kind is UnionMatcher:
        # a.score() + b.score() where both match: addition is commutative, so the
        # smaller dict is added into the larger.
        a, b = _scores(m.a, within), _scores(m.b, within)
        if len(a) < len(b):
            a, b = b, a
        for docnum, score in b.items():
            a[docnum] = a[docnum] + score if docnum in a else score
        return a
    if kind is IntersectionMatcher:
        # The smaller side first, the other only at its records: as Whoosh's matcher
        # skips from one to the other, not reading every posting of a common word.
        first, then = (m.a, m.b) if _size(m.a) <= _size(m.b) else (m.b, m.a)
        a = _scores(first, within)
        b = _scores(then, sorted(a))
        return {d: s + b[d] for d, s in a.items() if d in b}
    if kind is AndMaybeMatcher:
        a = _scores(m.a, within)
        b = _scores(m.b, sorted(a))
        return {d: s + b[d] if d in b else s for d, s in a.items()}
    if kind is WrappingMatcher:
        boost = m.boost
        return {d: s * boost for d, s in _scores(m.child, within).items()}
    if kind is FilterMatcher and m.boost == 1.0:
        ids, exclude = m._ids, m._exclude  # private: whoosh-reloaded 2.7.5 is pinned
        return {d: s for d, s in _scores(m.child, within).items() if (d in ids) != exclude}
    if kind is NullMatcherClass:
        return {}
    return _walked(m, within)


def _size(m: Matcher) -> float:
    """An upper bound of the records `m` matches (infinite when it cannot tell cheaply)."""
    kind = type(m)
    if kind is CachedPostings:
        return m._end - m._i
    if kind is UnionMatcher:
        return _size(m.a) + _size(m.b)
    if kind is IntersectionMatcher:
        return min(_size(m.a), _size(m.b))
    if kind is AndMaybeMatcher:
        return _size(m.a)
    if kind is InverseMatcher:  # every record but the child's ("-word")
        return m.limit - m._id
    if kind is ListMatcher:  # kb.search.coverage.Records, or a term kept in its terms-file entry
        return len(m._ids) - m._i
    if isinstance(m, WrappingMatcher):  # the child's records or some of them
        return _size(m.child)
    if kind is NullMatcherClass:
        return 0
    return math.inf


def _postings_scores(m: CachedPostings, within: Sequence[int] | None) -> Scores:
    """A decoded posting list's records and scores, as CachedPostings.score gives them."""
    if not m.is_active():
        return {}
    if m._bm25 is None:
        return _walked(m, within)
    idf, avgfl, b, k1, lengths = m._bm25
    ids, weights, start, end = m._ids, m._weights, m._i, m._end
    if within is None:
        at: Iterable[int] = range(start, end)
    elif len(within) * 8 < end - start:  # a few records: looked up (bisection) one by one
        found = (bisect_left(ids, d, start, end) for d in within)
        at = [i for i, d in zip(found, within, strict=True) if i < end and ids[i] == d]
    else:
        wanted = set(within)
        at = [i for i in range(start, end) if ids[i] in wanted]
    return {ids[i]: bm25(idf, weights[i], lengths(ids[i]), avgfl, b, k1) for i in at}


def _walked(m: Any, within: Sequence[int] | None = None) -> Scores:
    """Any matcher's records and scores, a record at a time as Whoosh's collector reads them
    (moving to each of `within` when given, as an intersection moves it)."""
    found: Scores = {}
    if within is None:
        while m.is_active():
            found[m.id()] = m.score()
            m.next()
        return found
    for docnum in within:
        if not m.is_active():
            break
        if m.id() < docnum:
            m.skip_to(docnum)
            if not m.is_active():
                break
        if m.id() == docnum:
            found[docnum] = m.score()
    return found


def matching(searcher: Searcher, query: Query) -> set[int]:
    """The records searcher.docs_for_query(query) gives, gathered a matcher at a time.

    Whoosh's docs_for_query yields them one by one through every node of the tree:
    the weights of a question's words (kb.search.coverage) took a quarter of its
    search (2.2 of 8 s for 46 questions).
    """
    found: set[int] = set()
    context = searcher.boolean_context()  # what docs_for_query builds the matchers with
    for sub, offset in searcher.leaf_searchers():
        records = _records(query.matcher(sub, context))
        found.update(records if not offset else {docnum + offset for docnum in records})
    return found


def _records(m: Matcher) -> set[int]:
    """The records the matcher `m` (from where it stands) matches."""
    kind = type(m)
    if kind is CachedPostings:
        return set(m._ids[m._i : m._end])
    if kind is UnionMatcher:
        return _records(m.a) | _records(m.b)
    if kind is IntersectionMatcher:
        return _records(m.a) & _records(m.b)
    if kind in (AndMaybeMatcher, WrappingMatcher):
        return _records(m.a if kind is AndMaybeMatcher else m.child)
    if kind is FilterMatcher:
        ids, exclude = m._ids, m._exclude
        return {d for d in _records(m.child) if (d in ids) != exclude}
    if kind is NullMatcherClass:
        return set()
    return set(m.all_ids())
