"""Facets and active filters as the search page shows them: labels, counts, ids and URLs.

Templates only loop and print; every link that changes the search is built here.
"""

from __future__ import annotations

import hashlib
from typing import Any

from kb.search import FACETS, FacetValue, SearchResults
from kb.search.vocab import FACET_LABELS, KIND_NAMES
from kb.web.requests import FIND_SUFFIX, profile_url, search_url, toggle_url

# Values shown before "Visa fler": eight fit beside the first hits on a laptop screen.
FACET_SHOWN = 8
# Values listed at most under "Visa fler"; past that the filter box finds the rest.
FACET_MAX = 100
# A facet gets a filter box from this many values on (years never: the date range does that).
FACET_FIND_MIN = 13


def value_label(facet: str, value: str) -> str:
    """How a facet value is shown (passage kinds in Swedish)."""
    return KIND_NAMES.get(value, value) if facet == "kind" else value


def _value_id(facet: str, value: str) -> str:
    """A stable HTML id for a facet value (the same on every page, whatever the counts)."""
    return f"f-{facet}-" + hashlib.blake2s(value.encode("utf-8"), digest_size=5).hexdigest()


def _ordered(facet: str, values: tuple[FacetValue, ...]) -> list[FacetValue]:
    if facet == "year":
        return sorted(values, key=lambda v: v.value, reverse=True)
    if facet == "kind":
        order = list(KIND_NAMES)
        return sorted(values, key=lambda v: order.index(v.value) if v.value in order else 99)
    return list(values)  # by count, as counted


def facet_view(results: SearchResults, finds: dict[str, str]) -> list[dict[str, Any]]:
    """Every facet that has values: the first few, the rest under "Visa fler", and a filter box."""
    req = results.request
    facets = []
    for name in FACETS:
        values = _ordered(name, results.facets.get(name, ()))
        if not values:
            continue
        find = finds.get(name, "")
        needle = find.casefold()
        rows = [
            {
                "value": fv.value,
                "label": value_label(name, fv.value),
                "count": fv.count,
                "selected": fv.selected,
                "id": _value_id(name, fv.value),
                "page_url": profile_url(name, fv.value),
            }
            for fv in values
            if fv.selected or not needle or needle in value_label(name, fv.value).casefold()
        ]
        limit = FACET_MAX if find else FACET_SHOWN
        top = [r for i, r in enumerate(rows) if i < limit or r["selected"]]
        rest = [r for i, r in enumerate(rows) if i >= limit and not r["selected"]]
        more = rest[:FACET_MAX]
        facets.append(
            {
                "name": name,
                "label": FACET_LABELS[name],
                "top": top,
                "more": more,
                "hidden": len(rest) - len(more),
                "selected": sum(1 for r in rows if r["selected"]),
                "find": find,
                "find_name": name + FIND_SUFFIX,
                "findable": bool(find) or (len(values) >= FACET_FIND_MIN and name != "year"),
                "matches": sum(1 for r in rows if not r["selected"]),
                "clear_find_url": search_url(req, {k: v for k, v in finds.items() if k != name}),
            }
        )
    return facets


def chips_view(results: SearchResults) -> list[dict[str, str]]:
    """Active filters (facet values and the date range), each with the link that removes it."""
    req = results.request
    chips = [
        {
            "facet": FACET_LABELS[name],
            "label": value_label(name, value),
            "url": toggle_url(req, name, value),
        }
        for name, values in req.filters
        for value in values
    ]
    if req.date_from:
        chips.append(
            {"facet": "Från", "label": req.date_from, "url": search_url(req, date_from="")}
        )
    if req.date_to:
        chips.append({"facet": "Till", "label": req.date_to, "url": search_url(req, date_to="")})
    return chips
