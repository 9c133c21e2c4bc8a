"""score_all finds, scores and orders what Whoosh's Searcher.search does, and matching finds
what its docs_for_query does (kb.search.scoring)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from whoosh.fields import TEXT, Schema
from whoosh.query import And, AndMaybe, Not, Or, Phrase, Query, Term
from whoosh.searching import Searcher

from kb.search import _searcher
from kb.search.coverage import Records
from kb.search.postings import KbSearcher
from kb.search.ranking import plan_query
from kb.search.scoring import matching, score_all
from kb.search.titles import title_only
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


def _skip_both_to_a(self, id):  # noqa: ANN001, ANN202
    """AndMaybeMatcher.skip_to with its optional side moved to where the required one lands."""
    ra = self.a.skip_to(id)
    if self.a.is_active() and self.b.is_active() and self.b.id() < self.a.id():
        self.b.skip_to(self.a.id())
    return ra


def test_an_and_maybe_under_an_and_keeps_its_optional_words(monkeypatch) -> None:  # noqa: ANN001
    # The shape of a question of three words or more with "-word" (kb.search.ranking):
    # AND(AND-MAYBE(covered, words), NOT word). Whoosh's AND-MAYBE, moved by the AND,
    # can leave its optional side behind and score a record without its words;
    # score_all scores as Whoosh does once that is mended (the reference here).
    from whoosh.filedb.filestore import RamStorage
    from whoosh.matching import AndMaybeMatcher

    ix = RamStorage().create_index(Schema(body=TEXT))
    with ix.writer() as writer:
        for body in ("yyy", "www", "zzz", "yyy zzz www", "filler", "yyy zzz", "www yyy"):
            writer.add_document(body=body)
    searcher = KbSearcher(ix.reader())
    lost = And([AndMaybe(Term("body", "yyy"), Term("body", "zzz")), Term("body", "www")])
    covered = frozenset({0, 3, 5, 6})
    kb_s = And([AndMaybe(Records(covered), Or([Term("body", "zzz")])), Not(Term("body", "filler"))])
    found = {query: score_all(searcher, query).top_n for query in (lost, kb_s)}
    # Whoosh's own skip_to loses record 3's "zzz".
    assert found[lost] != searcher.search(lost, limit=None).top_n
    monkeypatch.setattr(AndMaybeMatcher, "skip_to", _skip_both_to_a)
    for query, top_n in found.items():
        assert top_n == searcher.search(query, limit=None).top_n


def test_results_know_their_length(ix) -> None:  # noqa: ANN001
    searcher = _searcher(ix)
    query = Or([Term("text", "kvalitet"), Term("text", "kommun")])
    every = searcher.search(query, limit=None)
    for limit in (None, 3):
        found = score_all(searcher, query, limit=limit)
        assert len(found) == len(every) and set(found.docs()) == set(every.docs())
    with pytest.raises(ValueError):
        score_all(searcher, query, limit=0)
