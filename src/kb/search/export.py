"""Every hit of a search, not one page: in the search's order for exports, newest for feeds.

The hits are those the search page counts (kb.search.match_request: the same
query, filters, date range and fallback), as `Hit` values without a snippet.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from whoosh.index import Index

from kb.models import Passage
from kb.search import (
    Hit,
    Matched,
    SearchRequest,
    _document_meta,
    _listed_order,
    _sortedby,
    _with_also_in,
    match_request,
)
from kb.search.coverage import Records
from kb.search.facets import date_order
from kb.search.grouping import rank_page
from kb.search.titles import has_words

# The newest passages a feed lists: a reader polls often, and a day's news is rarely more.
FEED_ENTRIES = 50


@dataclass(frozen=True)
class HitStream:
    """All hits of a search (a generator), with how many there are and how the query was read."""

    request: SearchRequest
    total: int
    notices: tuple[str, ...]
    suggestion: str
    hits: Iterator[Hit] = field(repr=False)


def _hits(matched: Matched, whoosh_hits: list[Any]) -> Iterator[Hit]:
    documents: dict[str, dict[str, Any]] = {}
    for hit in whoosh_hits:
        passage = _with_also_in(matched.searcher, Passage.from_dict(json.loads(hit["data"])))
        if passage.doc_id not in documents:
            if len(documents) > 1000:  # a long export visits each document once or a few times
                documents.clear()
            documents[passage.doc_id] = _document_meta(matched.searcher, passage.doc_id)
        score = hit.score if isinstance(hit.score, int | float) else 0.0
        yield Hit(passage, documents[passage.doc_id], score, "", 0)


def stream_hits(ix: Index, request: SearchRequest) -> HitStream:
    """Every hit of the request in its order (relevance grouped by document, or by date)."""
    matched = match_request(ix, request)
    allowed = matched.counted.allowed
    ranked = rank_page(
        matched.searcher,
        matched.query,
        allowed,
        _sortedby(request, matched.query, matched.table),
        1,
        max(1, len(allowed)),
        matched.table.values,
        group=request.sort == "relevance" and has_words(matched.query),
        ranking=matched.ranking,
        order=_listed_order(request, matched.query, matched.table, allowed),
    )
    return HitStream(
        request,
        len(allowed),
        matched.notices,
        matched.suggestion,
        _hits(matched, ranked.hits),
    )


def newest_hits(ix: Index, request: SearchRequest, limit: int = FEED_ENTRIES) -> HitStream:
    """The hits that entered the index last (then the newest by date), at most limit."""
    # Only which passages match counts here: no relevance boosts or re-ranking to compute.
    matched = match_request(ix, replace(request, sort="date"))
    allowed = matched.counted.allowed
    reader = matched.searcher.reader()
    # Each ingest stamps its documents with one time (indexed_at): the few stamps, newest
    # first, then each one's passages by date as the search page lists them. Sorting every
    # hit through Whoosh's column keys took 0.3-0.7 s for a feed of 45,000 passages.
    picked: list[int] = []
    for stamp in sorted(reader.field_terms("indexed_at"), reverse=True):
        if len(picked) >= limit:
            break
        entered = allowed.intersection(reader.postings("indexed_at", stamp).all_ids())
        picked += date_order(matched.table, entered)[: limit - len(picked)]
    found: list[Any] = []
    if picked:
        by_docnum = {
            hit.docnum: hit
            for hit in matched.searcher.search(Records(frozenset(picked)), limit=None)
        }
        found = [by_docnum[d] for d in picked]
    return HitStream(
        request, len(allowed), matched.notices, matched.suggestion, _hits(matched, found)
    )
