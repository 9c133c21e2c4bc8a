"""Searching the index: one SearchRequest in, one SearchResults out.

The query language (operators, field filters, phrases) is in kb.search.query.

The HTML page, the JSON API and `kb search --json` are three renderings of the
same SearchResults.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from whoosh import highlight, sorting
from whoosh.index import Index
from whoosh.query import Every, Query
from whoosh.searching import Hit as WhooshHit
from whoosh.searching import Results, Searcher

from kb.errors import NotFound
from kb.models import Passage
from kb.parse.dates import clean_iso_date
from kb.search.facets import (
    DATE_END,
    FACETS,
    DateOrder,
    FacetCounts,
    FacetTable,
    FacetValue,
    count_facets,
    facet_table,
)
from kb.search.grouping import rank_page
from kb.search.query import parse_query
from kb.search.suggest import rescue
from kb.search.timeline import Timeline, count_timeline

log = logging.getLogger(__name__)

# Facets in the order the UI shows them; each is an index field.
SORTS = ("relevance", "date", "date_asc")  # date: newest first; date_asc: oldest first
MAX_PER_PAGE = 100
MAX_QUERY_CHARS = 1000  # longer queries are cut: no real need is that long
# Filter values kept per facet, and characters per value: far beyond what a
# page offers, while a URL with thousands of values made pages that grow with
# their square (2,000 values: 69 MB of HTML in 11 s; issue 8).
MAX_FILTER_VALUES = 50
MAX_FILTER_VALUE_CHARS = 200


def clean_date(value: str) -> str:
    """An ISO date (YYYY, YYYY-MM or YYYY-MM-DD) as given, or "" when it is not one."""
    return clean_iso_date(value)


def shorten_query(q: str) -> str:
    """The query cut to MAX_QUERY_CHARS at a space, so that no half word is searched."""
    q = q.strip()
    if len(q) <= MAX_QUERY_CHARS:
        return q
    # A half word matches nothing, and all words must match: 0 hits for 2,000 characters.
    cut = q[: MAX_QUERY_CHARS + 1]
    if not cut[-1].isspace():
        cut = cut[:MAX_QUERY_CHARS]
        words = cut.rsplit(None, 1)
        cut = words[0] if len(words) > 1 else cut
    return cut.rstrip()


@dataclass(frozen=True)
class SearchRequest:
    """What a user asked for: query text, facet filters, page and order."""

    q: str = ""
    filters: tuple[tuple[str, tuple[str, ...]], ...] = ()
    page: int = 1
    per_page: int = 10
    sort: str = "relevance"
    date_from: str = ""  # YYYY, YYYY-MM or YYYY-MM-DD; a partial date covers its whole span
    date_to: str = ""

    @classmethod
    def create(
        cls,
        q: str = "",
        filters: dict[str, list[str]] | None = None,
        page: int = 1,
        per_page: int = 10,
        sort: str = "relevance",
        date_from: str = "",
        date_to: str = "",
    ) -> SearchRequest:
        """A request with its values made safe (known facets, pages in range, short query)."""
        date_from, date_to = clean_date(date_from), clean_date(date_to)
        if date_from and date_to and date_from > date_to + DATE_END:
            date_from, date_to = date_to, date_from
        clean = tuple(
            (
                name,
                tuple(dict.fromkeys(v[:MAX_FILTER_VALUE_CHARS] for v in values if v))[
                    :MAX_FILTER_VALUES
                ],
            )
            for name, values in sorted((filters or {}).items())
            if name in FACETS and any(values)
        )
        return cls(
            q=shorten_query(q),
            filters=clean,
            page=max(1, min(page, 10_000)),
            per_page=max(1, min(per_page, MAX_PER_PAGE)),
            sort=sort if sort in SORTS else "relevance",
            date_from=date_from,
            date_to=date_to,
        )

    def filter_dict(self) -> dict[str, list[str]]:
        return {name: list(values) for name, values in self.filters}

    def as_dict(self) -> dict[str, Any]:
        return {
            "q": self.q,
            "filters": self.filter_dict(),
            "page": self.page,
            "per_page": self.per_page,
            "sort": self.sort,
            "date_from": self.date_from,
            "date_to": self.date_to,
        }


@dataclass(frozen=True)
class Hit:
    """One passage found, with its document's metadata and a highlighted snippet."""

    passage: Passage
    document: dict[str, Any]
    score: float
    snippet: str  # HTML: the text escaped, matches wrapped in <mark>
    # The document's other matching passages, ranked after every document's best
    # (kb.search.grouping): "fler träffar i detta dokument".
    more_in_document: int = 0

    def as_dict(self) -> dict[str, Any]:
        data = self.passage.as_dict()
        data.update(
            score=round(self.score, 4),
            snippet=self.snippet,
            document=self.document,
            more_in_document=self.more_in_document,
        )
        return data


@dataclass(frozen=True)
class SearchResults:
    """One page of ranked hits, facet counts over all hits, and notes for the user."""

    request: SearchRequest
    total: int
    hits: tuple[Hit, ...]
    facets: dict[str, tuple[FacetValue, ...]] = field(default_factory=dict)
    notices: tuple[str, ...] = ()
    suggestion: str = ""
    documents: int = 0  # how many documents the hits come from
    timeline: Timeline = field(default_factory=Timeline)  # hits per year or month

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.request.per_page))

    def as_dict(self) -> dict[str, Any]:
        return {
            "request": self.request.as_dict(),
            "total": self.total,
            "page": self.request.page,
            "pages": self.pages,
            "hits": [h.as_dict() for h in self.hits],
            "facets": {k: [v.as_dict() for v in vs] for k, vs in self.facets.items()},
            "notices": list(self.notices),
            "suggestion": self.suggestion,
            "documents": self.documents,
            "timeline": self.timeline.as_dict(),
        }


def _base_docs(
    searcher: Searcher,
    table: FacetTable,
    query: Query,
    request: SearchRequest,
    ranking: Results | None = None,
) -> set[int]:
    """The passages (repeats left out) that match the query in the date range; facets come after.

    `ranking`, when given, holds every match of the query already.
    """
    docs = set(table.passages)
    if ranking is not None:
        docs.intersection_update(docnum for _, docnum in ranking.top_n)
    elif query != Every():
        docs.intersection_update(searcher.docs_for_query(query))
    if request.date_from or request.date_to:
        docs.intersection_update(table.in_dates(request.date_from, request.date_to))
    return docs


_local = threading.local()


def _searcher(ix: Index) -> Searcher:
    """This thread's searcher of ix, kept across searches and refreshed when the index changes.

    Opening a searcher reads the segment's files: 90 ms per search on the
    interpellation corpus. Whoosh searchers are not shared between threads.

    A changed index gets a new searcher, not Whoosh's Searcher.refresh(): that
    reuses the old segment readers with the deletions they had, and keeps
    segments a merge removed, so passages of a removed file stayed in the
    results (bench/soak.py found it as 404s on their pages).
    """
    cached: tuple[Index, Searcher] | None = getattr(_local, "searcher", None)
    if cached is not None and cached[0] is ix and cached[1].up_to_date():
        return cached[1]
    if cached is not None:
        # Only this thread used it, and its last request is over.
        cached[1].close()
    searcher = ix.searcher()
    _local.searcher = (ix, searcher)
    return searcher


def _sortedby(
    request: SearchRequest, query: Query, table: FacetTable
) -> list[sorting.FacetType] | None:
    """Whoosh sort keys for the request's order; None ranks by score."""
    # Within one date: by score when there is a query, else in reading order.
    then = sorting.FieldFacet("position") if query == Every() else sorting.ScoreFacet()
    if request.sort == "date" or (request.sort == "relevance" and query == Every()):
        return [DateOrder(table), then]
    if request.sort == "date_asc":
        return [DateOrder(table, oldest_first=True), then]
    return None


# A passage up to this long is shown whole, its matches marked; a longer one as excerpts.
SNIPPET_WHOLE_CHARS = 400
_WHOLE = highlight.WholeFragmenter(charlimit=None)
_CONTEXT = highlight.ContextFragmenter(maxchars=300, surround=70)
# Excerpts this close are shown as one: an ellipsis would hide fewer characters than it takes.
_SNIPPET_JOIN_GAP = 40


class _MarkFormatter(highlight.HtmlFormatter):
    """Whoosh's HTML formatter (which escapes the text) with plain <mark> tags, overlapping
    excerpts merged, and "…" wherever the passage goes on."""

    template = "<mark>%(t)s</mark>"

    def format(self, fragments: list[highlight.Fragment], replace: bool = False) -> str:
        merged: list[highlight.Fragment] = []
        for frag in sorted(fragments, key=lambda f: f.startchar):
            if merged and frag.startchar <= merged[-1].endchar + _SNIPPET_JOIN_GAP:
                last = merged[-1]
                matches = {(t.startchar, t.endchar): t for t in [*last.matches, *frag.matches]}
                merged[-1] = highlight.Fragment(
                    last.text,
                    [matches[k] for k in sorted(matches)],
                    last.startchar,
                    max(last.endchar, frag.endchar),
                )
            else:
                merged.append(frag)
        if not merged:
            return ""
        text = " … ".join(self.format_fragment(f, replace=replace).strip() for f in merged)
        if merged[0].startchar > 0:
            text = "… " + text
        if merged[-1].endchar < len(merged[-1].text.rstrip()):
            text += " …"
        return text


def _snippet(hit: WhooshHit, text: str) -> str:
    hit.results.fragmenter = _WHOLE if len(text) <= SNIPPET_WHOLE_CHARS else _CONTEXT
    snippet = hit.highlights("text", text=text, top=3)
    if snippet:
        return snippet
    from markupsafe import escape

    cut = text if len(text) <= 320 else text[:320].rsplit(" ", 1)[0] + " …"
    return str(escape(cut))


def _document_meta(searcher: Searcher, doc_id: str) -> dict[str, Any]:
    # By the unique id alone: adding record="document" makes Whoosh walk every document
    # record (6 ms a hit on the interpellation corpus).
    stored = searcher.document(id=doc_id)
    return (
        json.loads(stored["data"]) if stored and stored["record"] == "document" else {"id": doc_id}
    )


@dataclass(frozen=True)
class Matched:
    """Every hit a request allows, before paging: the query as run, its ranking, the counts."""

    query: Query
    notices: tuple[str, ...]
    ranking: Results | None  # None for a query that matches everything (no scores)
    counted: FacetCounts
    suggestion: str
    searcher: Searcher
    table: FacetTable


def match_request(ix: Index, request: SearchRequest) -> Matched:
    """Parse and run the request's query, narrow by date and filters, count facets.

    With no hit, a "Menade du …?" suggestion or another reading of the query that
    finds something (kb.search.suggest). The page, the exports and the feed start here.
    """
    searcher = _searcher(ix)
    table = facet_table(ix, searcher)

    tried: dict[str, tuple[Query, tuple[str, ...], Results | None, FacetCounts]] = {}

    def match(text: str) -> tuple[Query, tuple[str, ...], Results | None, FacetCounts]:
        if text not in tried:
            query, notices = parse_query(ix, text, searcher)
            # One scored search of every match serves the facet counts and the
            # ranking (each used to run the query: twice the time).
            ranking = None
            if query != Every():
                sortedby = _sortedby(request, query, table)
                ranking = searcher.search(query, sortedby=sortedby, limit=None)
            base = _base_docs(searcher, table, query, request, ranking)
            tried[text] = (query, notices, ranking, count_facets(table, base, request.filters))
        return tried[text]

    query, notices, ranking, counted = match(request.q)
    suggestion = ""
    if not counted.allowed and request.q.strip():
        suggestion, fallback = rescue(searcher, request.q, lambda t: bool(match(t)[3].allowed))
        if fallback is not None:
            query, _, ranking, counted = match(fallback.query)
            notices += (fallback.notice,)
    return Matched(query, notices, ranking, counted, suggestion, searcher, table)


def run_search(ix: Index, request: SearchRequest) -> SearchResults:
    """Search passages: rank, group by document, page, highlight, and count facets over all hits."""
    matched = match_request(ix, request)
    searcher, table, counted = matched.searcher, matched.table, matched.counted
    query, ranking, notices = matched.query, matched.ranking, matched.notices
    ranked = rank_page(
        searcher,
        query,
        counted.allowed,
        _sortedby(request, query, table),
        request.page,
        request.per_page,
        table.values["doc_id"],
        # In date order the reader wants the dates in order, whatever the document.
        group=request.sort == "relevance" and query != Every(),
        ranking=ranking,
    )
    hits: list[Hit] = []
    documents: dict[str, dict[str, Any]] = {}
    for hit in ranked.hits:
        hit.results.formatter = _MarkFormatter()
        passage = _with_also_in(searcher, Passage.from_dict(json.loads(hit["data"])))
        if passage.doc_id not in documents:
            documents[passage.doc_id] = _document_meta(searcher, passage.doc_id)
        hits.append(
            Hit(
                passage,
                documents[passage.doc_id],
                # Sorted by date, Whoosh puts the sort key where the score goes.
                hit.score if isinstance(hit.score, int | float) else 0.0,
                _snippet(hit, passage.text),
                ranked.grouped.more_in_document(passage.doc_id),
            )
        )
    total = len(counted.allowed)
    if total and ranked.pagenum != request.page:
        notices += (f"Sidan {request.page} finns inte; visar sista sidan.",)
        request = replace(request, page=ranked.pagenum)
    return SearchResults(
        request,
        total,
        tuple(hits),
        counted.facets,
        notices,
        matched.suggestion,
        documents=counted.documents,
        timeline=count_timeline(table, counted.allowed),
    )


def fetch_document(ix: Index, doc_id: str) -> tuple[dict[str, Any], list[Passage]]:
    """A document's metadata and all its passages in order."""
    with ix.searcher() as searcher:
        stored = searcher.document(id=doc_id)
        if stored is None or stored["record"] != "document":
            raise NotFound(f"No document with id {doc_id!r}.")
        passages = [
            Passage.from_dict(json.loads(f["data"]))
            for f in searcher.documents(doc_id=doc_id)
            if f["record"] == "passage"
        ]
    passages.sort(key=lambda p: p.position)
    return json.loads(stored["data"]), passages


def fetch_passage(ix: Index, passage_id: str) -> tuple[Passage, dict[str, Any]]:
    """One passage and its document's metadata."""
    # This thread's searcher: opening one costs 40-90 ms on the interpellation
    # index, and a page of quotes looks up each quote's other places.
    searcher = _searcher(ix)
    stored = searcher.document(id=passage_id)
    if stored is None or stored["record"] != "passage":
        raise NotFound(f"No passage with id {passage_id!r}.")
    passage = _with_also_in(searcher, Passage.from_dict(json.loads(stored["data"])))
    return passage, _document_meta(searcher, passage.doc_id)


def _with_also_in(searcher: Searcher, passage: Passage) -> Passage:
    """The passage with the ids of the same quote in other documents."""
    if not passage.quote_key:
        return passage
    others = tuple(
        f["id"]
        # One selective term, then the record kind in Python: an And with the
        # record term walks every passage record (measured 6 ms a lookup).
        for f in searcher.documents(quote_key=passage.quote_key)
        if f["record"] == "passage" and f["doc_id"] != passage.doc_id
    )
    return replace(passage, also_in=others) if others else passage


def iter_passages(ix: Index) -> Iterator[tuple[Passage, dict[str, Any]]]:
    """Every passage with its document's metadata, document by document."""
    with ix.searcher() as searcher:
        for doc in searcher.documents(record="document"):
            meta = json.loads(doc["data"])
            passages = sorted(
                (
                    Passage.from_dict(json.loads(f["data"]))
                    for f in searcher.documents(doc_id=doc["id"])
                    if f["record"] == "passage"
                ),
                key=lambda p: p.position,
            )
            for passage in passages:
                yield passage, meta
