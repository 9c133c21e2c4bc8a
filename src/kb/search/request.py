"""What a search is asked and what it answers: SearchRequest, Hit and SearchResults, with their limits."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kb.models import Passage
from kb.parse.dates import clean_iso_date
from kb.search.facets import (
    DATE_END,
    FACETS,
    FacetValue,
)
from kb.search.timeline import Timeline

# Facets in the order the UI shows them; each is an index field.
SORTS = ("relevance", "date", "date_asc")  # date: newest first; date_asc: oldest first
MAX_PER_PAGE = 100
MAX_QUERY_CHARS = 1000  # longer queries are cut: no real need is that long
# Filter values kept per facet, and characters per value: far beyond what a
# page offers, while a URL with thousands of values made pages that grow with
# their square (2,000 values: 69 MB of HTML in 11 s).
MAX_FILTER_VALUES = 50
MAX_FILTER_VALUE_CHARS = 200
# "Få träffar", not "Få stycken innehåller orden": under "Inga stycken innehåller alla
# orden; …" that read as a contradiction (a fifth blind audit).
FILL_NOTICES = {
    "partial": "Få träffar; efter dem visas stycken med några av orden"
    " (de räknas inte som träffar).",
    "title": "Få träffar; sist visas stycken ur dokument vars titel"
    " har orden (de räknas inte som träffar).",
}


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
    # Search exactly what was typed: no automatic spelling correction.
    exact: bool = False

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
        exact: bool = False,
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
            exact=exact,
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
            "exact": self.exact,
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
    # Shown because its document's title has the words, not its own text.
    title_only: bool = False
    # Shown after the hits on a last page with few of them: it has some of the words, not
    # enough to count as a hit (kb.search.ranking's coverage).
    partial: bool = False

    def as_dict(self) -> dict[str, Any]:
        data = self.passage.as_dict()
        data.update(
            score=round(self.score, 4),
            snippet=self.snippet,
            document=self.document,
            more_in_document=self.more_in_document,
            title_only=self.title_only,
            partial=self.partial,
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
    suggestion: str = ""  # "Menade du …?": a spelling that finds more, not searched
    documents: int = 0  # how many documents the hits come from
    publishers: int = 0  # how many publishers those documents have
    # The spelling searched instead of the query as typed (request.q), or "".
    corrected_query: str = ""
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
            "corrected_query": self.corrected_query,
            "documents": self.documents,
            "publishers": self.publishers,
            "timeline": self.timeline.as_dict(),
        }
