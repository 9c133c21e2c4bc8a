"""score_all finds, scores and orders what Whoosh's Searcher.search does, and matching finds
what its docs_for_query does (kb.search.scoring)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from whoosh.query import And, AndMaybe, Not, Or, Phrase, Query, Term
from whoosh.searching import Searcher

from kb.search import _searcher
from kb.search.coverage import Records
from kb.search.postings import KbSearcher
from kb.search.ranking import plan_query, title_only
from kb.search.scoring import matching, score_all
from tests.test_search_postings import QUERIES, _delete, _small_index


def _same(searcher: Searcher, query: Query, limit: int | None, mask: set[int] | None) -> None:
    """score_all gives what Whoosh finds without a limit (the first `limit` of it)."""
    # Not Whoosh's own limited search: it may leave the best out (the next test).
    expected = searcher.search(query, limit=None, mask=mask)
    found = score_all(searcher, query, limit=limit, mask=mask)
    # Scores compared exactly: the order of equal scores depends on them.
    assert found.top_n == expected.top_n[:limit], query
    if limit is None:
        assert set(found.docs()) == set(expected.docs())
        assert matching(searcher, query) == set(searcher.docs_for_query(query))


def test_the_best_of_a_limited_search_are_the_best_of_all(ix) -> None:  # noqa: ANN001
    # Whoosh's collector drops the branches whose bound says they cannot reach the
    # scores collected; the bound of this AND-MAYBE of ORs is too low.
    searcher = _searcher(ix)
    query = plan_query(ix, searcher, "vilka risker finns när socialsekreterare arbetar på distans")
    assert query.partial is not None
    best = searcher.search(query.partial, limit=None).top_n[:10]
    assert searcher.search(query.partial, limit=10).top_n != best  # Whoosh's shortcut
    assert score_all(searcher, query.partial, limit=10).top_n == best


def _words(searcher: Searcher, fieldname: str, count: int, seed: int) -> list[str]:
    terms = sorted(searcher.reader().lexicon(fieldname))
    return [t.decode() for t in random.Random(seed).sample(terms, min(count, len(terms)))]


def test_composed_queries_as_whoosh_scores_them(ix) -> None:  # noqa: ANN001
    searcher = KbSearcher(ix.reader())
    words = _words(searcher, "text", 80, seed=4) + ["kvalitet", "socialtjänst", "kommun"]
    rng = random.Random(6)
    count = searcher.doc_count_all()
    for _ in range(40):
        a, b, c, d = rng.sample(words, 4)
        some = frozenset(rng.sample(range(count), 40))
        for query in (
            Or([Term("text", a), Term("heading", a, boost=1.5), Term("text", b)]),
            And([Or([Term("text", a), Term("text", "kommun")]), Term("text", b)]),
            AndMaybe(Or([Term("text", a), Term("text", b)]), Or([Term("title", c)], boost=0.7)),
            And([Or([Term("text", a), Term("text", b)]), Not(Term("text", c))]),
            AndMaybe(Records(some), Or([Term("text", a), Phrase("text", [b, c], slop=3)])),
            Or([Term("text", a), Term("text", b), Term("text", c), Term("text", d)], boost=2.0),
        ):
            for limit, mask in ((None, None), (5, None), (50, set(rng.sample(range(count), 50)))):
                _same(searcher, query, limit, mask)


@pytest.mark.parametrize(
    "text",
    [
        "kvalitet",
        "socialtjänsten distans",
        "hur har hemtjänsten förändrats under pandemin",
        "vilka risker finns när socialsekreterare arbetar på distans",
        '"sociala insatsgrupper"',
        "distans -kvalitet",
        "hemtjänst OR äldreomsorg",
        "vardanalys",
        "IVO",
    ],
)
def test_kb_s_own_plans_as_whoosh_scores_them(ix, text: str) -> None:  # noqa: ANN001
    searcher = _searcher(ix)
    plan = plan_query(ix, searcher, text)
    shown = set(range(0, searcher.doc_count_all(), 3))
    _same(searcher, plan.query, None, None)
    for query in (plan.partial, title_only(plan.query)):
        if query is not None:
            _same(searcher, query, 50, shown)
            _same(searcher, query, 10, None)


def test_segments_small_and_deleted_records_as_whoosh_has_them(tmp_path: Path) -> None:
    # Two segments of a few hundred records (Whoosh preloads an OR of more than two
    # words there: another matcher), with records deleted since they were written.
    ix = _small_index(tmp_path)
    _delete(ix, "0-0", "0-3", "1-ensam")
    searcher = KbSearcher(ix.reader())
    assert not searcher.is_atomic() and searcher.reader().has_deletions()
    for query in (
        *QUERIES,
        Or([Term("body", "vård"), Term("body", "tillsyn"), Term("body", "brukare")]),
        AndMaybe(Term("body", "kommun"), Or([Term("body", "personal"), Term("body", "vård")])),
    ):
        for limit, mask in ((None, None), (10, {3, 4, 250})):
            _same(searcher, query, limit, mask)
