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
from dataclasses import dataclass, replace
from typing import Any

from whoosh import sorting
from whoosh.index import Index
from whoosh.query import Every, Query
from whoosh.searching import Results, Searcher

from kb.errors import NotFound
from kb.models import Passage
from kb.search.facets import (
    FACETS as FACETS,
)
from kb.search.facets import (
    DateOrder,
    FacetCounts,
    FacetTable,
    count_facets,
    date_order,
    facet_table,
)
from kb.search.facets import (
    FacetValue as FacetValue,
)
from kb.search.fallbacks import fallbacks, quoting_hint, unknown_words_hint, without_filters
from kb.search.grouping import rank_page
from kb.search.literal import quoted_phrases, rerank_literal
from kb.search.postings import KbSearcher
from kb.search.query import tame_wildcards
from kb.search.ranking import plan_query
from kb.search.request import (
    FILL_NOTICES as FILL_NOTICES,
)
from kb.search.request import (
    MAX_FILTER_VALUE_CHARS as MAX_FILTER_VALUE_CHARS,
)
from kb.search.request import (
    MAX_FILTER_VALUES as MAX_FILTER_VALUES,
)
from kb.search.request import (
    MAX_PER_PAGE as MAX_PER_PAGE,
)
from kb.search.request import (
    MAX_QUERY_CHARS as MAX_QUERY_CHARS,
)
from kb.search.request import (
    SORTS as SORTS,
)
from kb.search.request import (
    Hit as Hit,
)
from kb.search.request import (
    SearchRequest as SearchRequest,
)
from kb.search.request import (
    SearchResults as SearchResults,
)
from kb.search.request import (
    clean_date as clean_date,
)
from kb.search.request import (
    shorten_query as shorten_query,
)
from kb.search.rerank import rerank_by_kind, rerank_by_length, rerank_near
from kb.search.scoring import matching, score_all
from kb.search.settings import FILL_BELOW, FILL_SPARE
from kb.search.snippets import make_snippet, prepare_results
from kb.search.suggest import offered_only, searched_instead, suggest_spelling
from kb.search.timeline import count_timeline
from kb.search.titles import has_words, title_hits

log = logging.getLogger(__name__)


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
    # From the side that is usually small: copying the table's 45,000 passages to
    # intersect them with a handful of matches took 0.8 ms of a 22 ms search.
    passages = table.passages
    if ranking is not None:
        docs = {docnum for _, docnum in ranking.top_n if docnum in passages}
    elif query != Every():
        docs = matching(searcher, query) & passages
    else:
        docs = set(passages)
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
    searcher = KbSearcher(ix.reader(), fromindex=ix)
    _local.searcher = (ix, searcher)
    return searcher


def _sortedby(
    request: SearchRequest, query: Query, table: FacetTable
) -> list[sorting.FacetType] | None:
    """Whoosh sort keys for the request's order; None ranks by score."""
    # Within one date: by score when there are words to rank by, else in reading order:
    # Whoosh breaks ties by docnum, and a document's passages are indexed in their order.
    # (A sort key of their "position" read its column a record at a time: 0.7 s of an
    # empty query's 0.8 s on 45,000 passages.)
    words = has_words(query)
    then = [sorting.ScoreFacet()] if words else []
    if request.sort == "date" or (request.sort == "relevance" and not words):
        return [DateOrder(table), *then]
    if request.sort == "date_asc":
        return [DateOrder(table, oldest_first=True), *then]
    return None


def _listed_order(
    request: SearchRequest, query: Query, table: FacetTable, allowed: set[int]
) -> list[int] | None:
    """The order of the allowed passages of a query without words to rank by (by date,
    then in reading order), from the table; None for a query ranked or sorted by Whoosh.

    Sorting them in Whoosh computed a key per record through its collector: 0.5 s of
    an empty query's 0.8 s on 45,000 passages, where this takes 30 ms.
    """
    if has_words(query):
        return None
    return date_order(table, allowed, oldest_first=request.sort == "date_asc")


@dataclass(frozen=True)
class _Match:
    """One reading of the query searched: its query, notices, ranking and counts."""

    query: Query
    notices: tuple[str, ...]
    ranking: Results | None
    counted: FacetCounts
    base: set[int]  # the matching passages before facet filters
    partial: Query | None  # passages with some of the words (kb.search.ranking)


def _search_more(
    searcher: Searcher, query: Query | None, shown: set[int], limit: int
) -> Results | None:
    """The best `limit` passages `query` matches that are not in `shown`, or None."""
    if query is None:
        return None
    return score_all(searcher, query, limit=limit, mask=shown or None)


# Documents' stored data as read by this thread's searcher (kept while the searcher is).
_MAX_CACHED_DOCUMENTS = 20_000


def _document_meta(searcher: Searcher, doc_id: str) -> dict[str, Any]:
    # Kept per searcher (one index state): reading a document's record took 0.25 ms, 1.2 ms
    # of a 22 ms search of ten hits, and the same documents come back in search after
    # search. The JSON text is kept, so that no caller shares a dict with another.
    cached: tuple[Searcher, dict[str, str | None]] | None = getattr(_local, "documents", None)
    if cached is None or cached[0] is not searcher or len(cached[1]) > _MAX_CACHED_DOCUMENTS:
        cached = _local.documents = (searcher, {})
    if doc_id not in cached[1]:
        # By the unique id alone: adding record="document" makes Whoosh walk every document
        # record (6 ms a hit on the interpellation corpus).
        stored = searcher.document(id=doc_id)
        found = stored is not None and stored["record"] == "document"
        cached[1][doc_id] = stored["data"] if found else None
    data = cached[1][doc_id]
    return json.loads(data) if data is not None else {"id": doc_id}


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
    corrected: str = ""  # the spelling searched instead of the query as typed, or ""
    base: frozenset[int] | set[int] = frozenset()  # the matching passages before facet filters
    partial: Query | None = None  # passages with some of the words (kb.search.ranking)


def match_request(ix: Index, request: SearchRequest) -> Matched:
    """Parse and run the request's query, narrow by date and filters, count facets.

    A misspelt query is searched as corrected when its correction finds far more
    (kb.search.suggest); with no hit, a "Menade du …?" suggestion or another reading of the
    correction or the query that finds something (kb.search.fallbacks). The page, the
    exports and the feed start here.
    """
    searcher = _searcher(ix)
    table = facet_table(ix, searcher)
    # The query as searched: request.q stays as typed, for the page and its links.
    q, wildcard_notices = tame_wildcards(request.q)

    tried: dict[tuple[str, bool], _Match] = {}

    def match(text: str, ranked: bool = True) -> _Match:
        """The query `text` searched and counted; scored and re-ranked only when `ranked`."""
        if (text, ranked) in tried:
            return tried[text, ranked]
        if not ranked and (text, True) in tried:
            return tried[text, True]
        plan = plan_query(ix, searcher, text, ranked=request.sort == "relevance")
        # One scored search of every match serves the facet counts and the
        # ranking (each used to run the query: twice the time).
        ranking = None
        said: tuple[str, ...] = ()
        if ranked and has_words(plan.query):
            sortedby = _sortedby(request, plan.query, table)
            if sortedby is not None:
                ranking = searcher.search(plan.query, sortedby=sortedby, limit=None)
            else:
                ranking = score_all(searcher, plan.query)  # as searcher.search, faster
                rerank_near(searcher, ranking, plan.near)
                rerank_by_kind(ranking, table.values["kind"], table.docs["shape"])
                # One word typed, or one name of several (kb.search.settings.SHORT_PASSAGE_WORDS).
                if plan.single or len(text.split()) == 1:
                    rerank_by_length(searcher, ranking)
                said += tuple(rerank_literal(searcher, ranking, quoted_phrases(text)))
        base = _base_docs(searcher, table, plan.query, request, ranking)
        counted = count_facets(table, base, request.filters)
        found = _Match(plan.query, plan.notices + said, ranking, counted, base, plan.partial)
        tried[text, ranked] = found
        return found

    found = match(q)
    notices = wildcard_notices + found.notices
    suggestion = corrected = ""
    spelled = suggest_spelling(searcher, q) if q.strip() else ""
    # A word Swedish uses that the index lacks is offered a correction, never searched as
    # another word ("sjukhem" as "sjukdom"): kb.search.suggest.offered_only.
    sure = bool(spelled) and not request.exact and not offered_only(q, spelled, searcher)
    if spelled:
        # A correction of a query that finds something is seldom searched instead (it
        # must find far more): counted first, ranked only if chosen. Scoring and
        # re-ranking it took 1 ms of a 21 ms search of distinct word pairs
        # (bench/distinct_queries.py), a third of which had one. A query that finds
        # nothing takes any correction that does: ranked at once, not walked twice.
        better = match(spelled, ranked=sure and not found.counted.allowed)
        if sure and searched_instead(
            q, spelled, len(found.counted.allowed), len(better.counted.allowed)
        ):
            # Searched as corrected, and said so (with a link to the query as typed).
            corrected = spelled
            found = match(spelled)
            notices = wildcard_notices + found.notices
        elif len(better.counted.allowed) > len(found.counted.allowed):
            suggestion = spelled  # "Menade du …?"
    if not found.counted.allowed and q.strip() and not corrected:
        # Nothing found: another reading of the query that finds something (kb.search.fallbacks);
        # of its correction first: "asylsokande barn apati" (no passage says "apati") fell
        # back to "barn" alone, the correction to "asylsökande barn".
        readings = [spelled, q] if sure else [q]
        for reading in readings:
            fallback = next(
                (f for f in fallbacks(searcher, reading) if match(f.query).counted.allowed), None
            )
            if fallback is not None:
                if reading is spelled:  # said as a correction is, with the correction's notices
                    corrected, suggestion = spelled, ""
                    notices = wildcard_notices + match(spelled).notices
                found = match(fallback.query)
                if found.partial is None:
                    # A fallback of operators ("all but one" word) has no fill of its own:
                    # the reading's, so that a short page goes on with passages that have
                    # some of the words, as any short page does ("narkotika skadereducering
                    # sprututbyte" showed two hits and nothing after them). They are ranked
                    # as any fill is, by their score: there, the passages on narkotika come
                    # before the three on sprututbyte (12th and 18th).
                    found = replace(found, partial=match(reading).partial)
                notices += (fallback.notice,)
                break
        unfiltered = without_filters(q) if not found.counted.allowed else None
        if unfiltered and (n := len(match(unfiltered[0], ranked=False).counted.allowed)):
            # "vårdanalys organisation:Vårdanalys typ:rekommendation": say it is the filters.
            notices += (f"Inga träffar med {unfiltered[1]}; utan: {n} för »{unfiltered[0]}«.",)
        if not found.counted.allowed and (hint := quoting_hint(q)):
            notices += (hint,)
        if not found.counted.allowed and (unknown := unknown_words_hint(searcher, q)):
            notices += (unknown,)
    query, ranking, counted = found.query, found.ranking, found.counted
    return Matched(
        query,
        notices,
        ranking,
        counted,
        suggestion,
        searcher,
        table,
        corrected=corrected,
        base=found.base,
        partial=found.partial,
    )


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
        table.values,
        # In date order the reader wants the dates in order, whatever the document.
        group=request.sort == "relevance" and has_words(query),
        ranking=ranking,
        order=_listed_order(request, query, table, counted.allowed),
    )
    page = list(ranked.hits)
    by_title = by_part = 0
    if (
        ranking is not None
        and request.sort == "relevance"
        and len(matched.base) < FILL_BELOW
        and len(page) < request.per_page
        and ranked.pagenum * request.per_page >= len(counted.allowed)
    ):
        # Few passages match (whatever the facets): on the last page, passages with
        # some of the words follow, then passages of documents whose title has them,
        # each marked as such; neither is counted.
        shown = {d for _, d in ranking.top_n}
        for kind in ("partial", "title"):
            room = request.per_page - len(page)
            if room <= 0:
                break
            # Some to spare for the facet filters, which apply after.
            limit = room * FILL_SPARE
            if kind == "partial":
                extra = _search_more(searcher, matched.partial, shown, limit)
            else:
                extra = title_hits(searcher, query, shown, limit)
            if extra is None:
                continue
            allowed = count_facets(
                table, _base_docs(searcher, table, query, request, extra), request.filters
            ).allowed
            more = [h for h in extra if h.docnum in allowed][:room]
            shown.update(h.docnum for h in more)
            if not more:
                continue
            page += more
            if kind == "title":
                by_title = len(more)
            else:
                by_part = len(more)
            notices += (FILL_NOTICES[kind],)
    hits: list[Hit] = []
    documents: dict[str, dict[str, Any]] = {}
    for n, hit in enumerate(page):
        prepare_results(hit.results)
        passage = _with_also_in(searcher, Passage.from_dict(json.loads(hit["data"])))
        if passage.doc_id not in documents:
            documents[passage.doc_id] = _document_meta(searcher, passage.doc_id)
        title_only = n >= len(page) - by_title
        partial = not title_only and n >= len(page) - by_title - by_part
        hits.append(
            Hit(
                passage,
                documents[passage.doc_id],
                # Sorted by date, Whoosh puts the sort key where the score goes.
                hit.score if isinstance(hit.score, int | float) else 0.0,
                make_snippet(hit, passage.text, passage.heading),
                0 if title_only or partial else ranked.grouped.more_in_document(passage.doc_id),
                title_only,
                partial,
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
        publishers=counted.publishers,
        corrected_query=matched.corrected,
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
