"""A document's title raises a passage that matches; it cannot make a passage match.

In: a query as kb.search.ranking builds it; out: the query raised by its words in the title
field (with_title_boost), the query of the passages whose document's title alone has the
words (title_only, title_hits: shown after few matches, uncounted), and whether a query has
words to rank by at all (has_words).
"""

from __future__ import annotations

from collections.abc import Iterator

from whoosh.query import And, AndMaybe, AndNot, Not, Or, Phrase, Query, Term
from whoosh.searching import Results, Searcher

from kb.search.coverage import Records
from kb.search.query import FOLDED_FIELD, MATCH_FIELDS, SEARCH_FIELDS
from kb.search.scoring import score_all
from kb.search.settings import TITLE_BOOST


def with_title_boost(match: Query, ranked: bool = True) -> Query:
    """`match` raised by its words in the document's title (`match` alone when not `ranked`)."""
    titles = dict.fromkeys(_title_terms(match)) if ranked else {}
    if not titles:
        return match
    return AndMaybe(match, Or(list(titles), boost=TITLE_BOOST))


def title_only(query: Query) -> Query | None:
    """The passages whose document's title has the query's words (all of them), with the
    query's field filters and excluded words; None when the query has no words."""
    terms = list(dict.fromkeys(_title_terms(query)))
    if not terms:
        return None
    return And([*terms, *_filters(query)]) if len(terms) > 1 or _filters(query) else terms[0]


def has_words(query: Query) -> bool:
    """Whether the query has words, phrases or patterns of the text fields to rank by (not
    only filters and NOTs): one without ("-kommunala", "talare:carnlöf", none at all)
    lists its passages by date."""
    if isinstance(query, Not | Records):
        return False
    if isinstance(query, AndNot):
        return has_words(query.a)
    if query.is_leaf():
        return query.field() in (*SEARCH_FIELDS, FOLDED_FIELD)
    return any(has_words(child) for child in query.children())


def _filters(query: Query) -> list[Query]:
    """The parts of a query every hit must meet besides its words: field filters and
    NOTs, found through AND (not OR, where they are alternatives)."""
    if isinstance(query, Not):
        return [query]
    if isinstance(query, Records) or query.is_leaf():
        field = query.field() if query.is_leaf() else None
        return [query] if field and field not in SEARCH_FIELDS else []
    leaves = list(query.leaves())
    if leaves and all(leaf.field() and leaf.field() not in SEARCH_FIELDS for leaf in leaves):
        return [query]  # a resolved filter, such as speaker values ORed
    if isinstance(query, AndNot):
        return [*_filters(query.a), Not(query.b)]
    if isinstance(query, AndMaybe):
        return _filters(query.a)
    if isinstance(query, And):
        return [f for child in query.children() for f in _filters(child)]
    return []


def title_hits(searcher: Searcher, query: Query, matched: set[int], limit: int) -> Results | None:
    """The best `limit` passages (not in `matched`) that only their document's title matches."""
    in_titles = title_only(query)
    if in_titles is None:
        return None
    return score_all(searcher, in_titles, limit=limit, mask=matched or None)


def _title_terms(query: Query) -> Iterator[Query]:
    """The query's positive words and phrases, looked for in the title field."""
    if isinstance(query, Not | Records):
        return
    if isinstance(query, AndNot):
        yield from _title_terms(query.a)
        return
    if getattr(query, "boost", 1.0) < 1:
        return  # a compound's parts (kb.search.query): the title has the compound or not
    if isinstance(query, Term) and query.fieldname in MATCH_FIELDS:
        yield Term("title", query.text)
    elif isinstance(query, Phrase) and query.fieldname in MATCH_FIELDS:
        yield Phrase("title", query.words, slop=query.slop)
    elif query.is_leaf():
        return
    else:
        for child in query.children():
            yield from _title_terms(child)
