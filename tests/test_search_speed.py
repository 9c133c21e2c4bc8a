"""Shortcuts taken for speed give what the long way gives (kb.search, issue 13)."""

from __future__ import annotations

import json
import random

from whoosh.query import AndMaybe, Or, Phrase

import kb.search.timeline as timeline
from kb.analysis import query_terms
from kb.search import SearchRequest, _document_meta, _searcher, run_search
from kb.search.coverage import PhraseWithin, Records
from kb.search.facets import facet_table
from kb.search.ranking import plan_query
from kb.search.settings import PROXIMITY_SLOP
from kb.search.snippets import MarkFormatter, make_snippet, prepare_results


def test_a_phrase_within_records_scores_as_the_phrase_does(ix) -> None:  # noqa: ANN001
    searcher = _searcher(ix)
    passages = sorted(facet_table(ix, searcher).passages)
    rng = random.Random(5)
    compared = matched = 0
    for docnum in rng.sample(passages, 40):
        text = json.loads(searcher.stored_fields(docnum)["data"])["text"]
        stems = [term for term, _, _ in query_terms(text)][:12]
        pairs = [(a, b) for a, b in zip(stems, stems[1:], strict=False) if a != b][:3]
        if not pairs:
            continue
        records = frozenset([docnum, *rng.sample(passages, 29)])
        near = Or([Phrase("text", list(pair), slop=PROXIMITY_SLOP) for pair in pairs])
        within = Or(
            [PhraseWithin("text", list(pair), records, slop=PROXIMITY_SLOP) for pair in pairs]
        )
        expected = searcher.search(AndMaybe(Records(records), near), limit=None).top_n
        found = searcher.search(AndMaybe(Records(records), within), limit=None).top_n
        assert found == expected
        compared += 1
        matched += any(score > 0 for score, _ in found)
    assert compared >= 20 and matched >= 10


def test_the_timeline_counts_alike_by_record_and_by_date(ix, monkeypatch) -> None:  # noqa: ANN001
    table = facet_table(ix, _searcher(ix))
    rng = random.Random(7)
    passages = sorted(table.passages)
    for size in (1, 5, 50, len(passages)):
        docs = set(rng.sample(passages, min(size, len(passages))))
        monkeypatch.setattr(timeline, "TIMELINE_BY_RECORD", 10**9)
        by_record = timeline.count_timeline(table, docs)
        monkeypatch.setattr(timeline, "TIMELINE_BY_RECORD", -1)
        assert timeline.count_timeline(table, docs) == by_record


def test_a_document_read_once_is_not_shared_between_searches(ix) -> None:  # noqa: ANN001
    hit = run_search(ix, SearchRequest.create(q="kvalitet")).hits[0]
    searcher = _searcher(ix)
    first = _document_meta(searcher, hit.passage.doc_id)
    first["title"] = "ändrad"
    assert _document_meta(searcher, hit.passage.doc_id) == hit.document
    assert _document_meta(searcher, "no-such-document") == {"id": "no-such-document"}


def test_marks_are_the_same_with_the_query_terms_kept(ix) -> None:  # noqa: ANN001
    searcher = _searcher(ix)
    plan = plan_query(ix, searcher, "kvalitet")
    kept = searcher.search(plan.query, limit=10)
    fresh = searcher.search(plan.query, limit=10)
    prepare_results(kept)
    prepare_results(kept)  # once is enough; twice changes nothing
    fresh.formatter = MarkFormatter()
    assert len(kept) > 1
    for a, b in zip(kept, fresh, strict=True):
        text = json.loads(a["data"])["text"]
        assert make_snippet(a, text) == make_snippet(b, text)
    assert "<mark>" in make_snippet(kept[0], json.loads(kept[0]["data"])["text"])
