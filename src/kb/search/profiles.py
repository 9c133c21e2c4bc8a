"""A speaker, an organisation or an addressee as one page: its names, counts and passages.

Each page gathers the index values that are one identity as kb already knows
it: a speaker's `kb.extract.spellings.speaker_key` (one for "Rebecka" and "Rebecca
Kurlberg"), an organisation's name or the first name of its group in
`kb.analysis.vocab.SYNONYM_GROUPS` (IVO and Inspektionen för vård och omsorg are one), an
addressee's name folded. The key in its URL is the name most passages give, as
a slug (/talare/rebecca-kurlberg); any spelling of the identity finds it. The
passages are a search filtered on those values, newest first
(kb.search.run_search), so counts, pages and the timeline are the search
page's own.
"""

from __future__ import annotations

import json
import re
import threading
import weakref
from collections import Counter
from dataclasses import dataclass
from typing import Any

from whoosh.index import Index

from kb.analysis.vocab import SYNONYM_GROUPS
from kb.errors import NotFound
from kb.extract.spellings import speaker_key
from kb.extract.titles import fold
from kb.search import SearchRequest, SearchResults, _searcher, run_search
from kb.search.facets import FacetTable, FacetValue, facet_table

# The facets that have a page, and the Swedish word of their URL (/talare/<key>).
PROFILE_FACETS = {"speaker": "talare", "organisation": "organisation", "addressee": "mottagare"}
_NOT_WORD = re.compile(r"[\W_]+")
_GROUP_NAME = {fold(name): group[0] for group in SYNONYM_GROUPS for name in group}


def _slug(text: str) -> str:
    return _NOT_WORD.sub("-", fold(text)).strip("-")


def profile_key(facet: str, value: str) -> str:
    """The key of the page a facet value belongs to ("" when the value makes none)."""
    if facet == "speaker":
        return _slug(value)
    return _identity(facet, value)


def _identity(facet: str, value: str) -> str:
    """What the values of one page share: a speaker's speaker_key, an organisation's group."""
    if facet == "speaker":
        return _slug(speaker_key(value))
    if facet == "organisation":
        return _slug(_GROUP_NAME.get(fold(value.strip()), value))
    if facet == "addressee":
        return _slug(value)
    raise ValueError(f"no pages for facet {facet!r}")


_keys: weakref.WeakKeyDictionary[FacetTable, dict[str, dict[str, tuple[str, ...]]]] = (
    weakref.WeakKeyDictionary()
)
_roles: weakref.WeakKeyDictionary[FacetTable, dict[str, tuple[tuple[FacetValue, ...], ...]]] = (
    weakref.WeakKeyDictionary()
)
_lock = threading.Lock()


def _values_by_key(table: FacetTable, facet: str) -> dict[str, tuple[str, ...]]:
    """Identity -> the index values that share it, most passages first; once per index state."""
    with _lock:
        per_table = _keys.setdefault(table, {})
        if facet not in per_table:
            grouped: dict[str, list[tuple[int, str]]] = {}
            for value, docnums in table.docs[facet].items():
                key = _identity(facet, value)
                count = len(docnums & table.passages)
                if key and count:
                    grouped.setdefault(key, []).append((-count, value))
            per_table[facet] = {k: tuple(v for _, v in sorted(vs)) for k, vs in grouped.items()}
        return per_table[facet]


@dataclass(frozen=True)
class Profile:
    """One speaker, organisation or addressee: what the corpus calls it and its passages."""

    facet: str  # speaker | organisation | addressee
    key: str
    name: str
    names: tuple[str, ...]  # every value the index holds for it, most passages first
    roles: tuple[FacetValue, ...]  # a speaker's roles as the passages give them
    organisations: tuple[FacetValue, ...]  # a speaker's organisations as the passages give them
    results: SearchResults  # its passages, newest first, one page

    def as_dict(self) -> dict[str, Any]:
        facets = self.results.facets
        return {
            "type": self.facet,
            "key": self.key,
            "name": self.name,
            "names": list(self.names),
            "roles": [v.as_dict() for v in self.roles],
            "organisations": [v.as_dict() for v in self.organisations],
            "counts": {
                "kind": {v.value: v.count for v in facets.get("kind", ())},
                "year": {v.value: v.count for v in sorted(facets.get("year", ()), key=_value)},
            },
            **{
                name: value
                for name, value in self.results.as_dict().items()
                if name in ("total", "page", "pages", "hits", "timeline", "request")
            },
        }


def _value(v: FacetValue) -> str:
    return v.value


def _display_name(facet: str, names: tuple[str, ...]) -> str:
    if facet == "organisation":
        for name in names:
            if fold(name) in _GROUP_NAME:
                return _GROUP_NAME[fold(name)]
    return names[0]


def _speaker_details(
    ix: Index, table: FacetTable, key: str, names: tuple[str, ...]
) -> tuple[tuple[FacetValue, ...], ...]:
    """A speaker's roles and organisations with how many passages give each; once per index state."""
    with _lock:
        cached = _roles.setdefault(table, {}).get(key)
    if cached is not None:
        return cached
    searcher = _searcher(ix)
    roles: Counter[str] = Counter()
    organisations: Counter[str] = Counter()
    docnums = frozenset().union(*(table.docs["speaker"][n] for n in names)) & table.passages
    for docnum in docnums:
        speaker = json.loads(searcher.stored_fields(docnum)["data"]).get("speaker") or {}
        if speaker.get("role"):
            roles[speaker["role"]] += 1
        if speaker.get("organisation") and speaker["organisation"] not in names:
            organisations[speaker["organisation"]] += 1
    found = tuple(
        tuple(FacetValue(v, n) for v, n in sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))
        for c in (roles, organisations)
    )
    with _lock:
        _roles.setdefault(table, {})[key] = found
    return found


def fetch_profile(ix: Index, facet: str, key: str, request: SearchRequest) -> Profile:
    """The page of the speaker, organisation or addressee with `key`; NotFound if none has it.

    `request` gives the page, the page size, and any date range or kind filter;
    the passages are filtered to the profile's values and sorted newest first.
    """
    if facet not in PROFILE_FACETS:
        raise NotFound(f"Det finns inga sidor för {facet!r}.")
    table = facet_table(ix, _searcher(ix))
    by_identity = _values_by_key(table, facet)
    # A key as kb writes it, any spelling of the name, or the name typed in its place
    # (/talare/Rebecka Kurlberg).
    names = by_identity.get(_identity(facet, key.replace("-", " "))) or by_identity.get(
        _identity(facet, key)
    )
    if not names:
        raise NotFound(f"Det finns ingen {PROFILE_FACETS[facet]} med nyckeln »{key[:80]}« i kb.")
    name = _display_name(facet, names)
    key = profile_key(facet, name)
    filters = {n: list(v) for n, v in request.filters if n != facet}
    filters[facet] = list(names)
    search = SearchRequest.create(
        request.q,
        filters,
        page=request.page,
        per_page=request.per_page,
        sort="date",
        date_from=request.date_from,
        date_to=request.date_to,
    )
    results = run_search(ix, search)
    roles: tuple[FacetValue, ...] = ()
    organisations: tuple[FacetValue, ...] = ()
    if facet == "speaker":
        roles, organisations = _speaker_details(ix, table, key, names)
    return Profile(facet, key, _display_name(facet, names), names, roles, organisations, results)
