"""Reading a SearchRequest from a URL's query string, and building URLs and forms from one.

Every state of the search page lives in its URL: the query, the facet values,
the date range, the order, the page, and the text typed into a facet's filter
box. These helpers are the one place that knows the parameter names.
"""

from __future__ import annotations

from typing import Any

from flask import request, url_for
from werkzeug.datastructures import MultiDict

from kb.search import FACETS, SearchRequest, clean_date
from kb.search.notices import Notice, code_notice, is_shortened, shortened_notice
from kb.search.profiles import PROFILE_FACETS, profile_key

DEFAULT_PER_PAGE = 10
# A facet's filter box is sent as "<facet>_q" ("speaker_q=carn" lists only matching speakers).
FIND_SUFFIX = "_q"
FIND_MAX_CHARS = 100
KNOWN_PARAMS = frozenset(
    {
        "q",
        "exact",
        "page",
        "per_page",
        "sort",
        "from",
        "to",
        *FACETS,
        *(f + FIND_SUFFIX for f in FACETS),
    }
)
# exact=1 searches the query as typed, without kb's spelling correction.
EXACT_VALUES = frozenset({"1", "true", "ja"})


def _int_arg(args: MultiDict[str, str], name: str, default: int) -> int:
    try:
        return int(args.get(name, default))
    except (TypeError, ValueError):
        return default


def search_request_from_args(args: MultiDict[str, str] | None = None) -> SearchRequest:
    """The search the URL asks for; bad values fall back to defaults, never an error."""
    args = request.args if args is None else args
    filters = {name: args.getlist(name) for name in FACETS if name in args}
    return SearchRequest.create(
        q=args.get("q", ""),
        filters=filters,
        page=_int_arg(args, "page", 1),
        per_page=_int_arg(args, "per_page", DEFAULT_PER_PAGE),
        sort=args.get("sort", "relevance"),
        date_from=args.get("from", ""),
        date_to=args.get("to", ""),
        exact=args.get("exact", "").strip().lower() in EXACT_VALUES,
    )


def facet_finds(args: MultiDict[str, str] | None = None) -> dict[str, str]:
    """The text typed into each facet's filter box, by facet name."""
    args = request.args if args is None else args
    finds = {}
    for name in FACETS:
        text = args.get(name + FIND_SUFFIX, "").strip()[:FIND_MAX_CHARS]
        if text:
            finds[name] = text
    return finds


def request_notices(req: SearchRequest, args: MultiDict[str, str] | None = None) -> list[Notice]:
    """What the URL asked for that could not be used, said so the user can fix it."""
    args = request.args if args is None else args
    notices = []
    if is_shortened(args.get("q", "")):
        notices.append(shortened_notice())
    for param, label in (("from", "Från"), ("to", "Till")):
        value = args.get(param, "").strip()
        if value and not clean_date(value):
            notices.append(date_notice(label, value))
    unknown = sorted({name for name in args if name not in KNOWN_PARAMS})
    if unknown:
        names = ", ".join(f"”{name[:40]}”" for name in unknown[:5])
        notices.append(code_notice(f"Okända parametrar användes inte: {names}."))
    if args.get("sort", req.sort) != req.sort:
        notices.append(code_notice("Okänd sortering; visar träffarna efter relevans."))
    return notices


def date_notice(label: str, value: str) -> Notice:
    """The notice for a date that could not be read ("Från" or "Till" as label)."""
    return code_notice(
        f"{label}-datumet ”{value[:40]}” kunde inte läsas och användes inte. "
        "Skriv ett år (2021) eller ett datum (2021-06-23)."
    )


def search_params(
    req: SearchRequest, finds: dict[str, str] | None = None, **changes: Any
) -> dict[str, Any]:
    """The canonical query parameters of req with some values changed (page resets to 1).

    changes may hold q, exact, sort, date_from, date_to, page, or filters (facet -> values).
    A changed q drops exact unless it is given too.
    """
    filters = req.filter_dict()
    filters.update(changes.pop("filters", {}))
    exact = changes.pop("exact", req.exact if "q" not in changes else False)
    params: dict[str, Any] = {"q": changes.pop("q", req.q) or None}
    params["exact"] = 1 if exact else None
    for name in FACETS:
        if filters.get(name):
            params[name] = filters[name]
    params["from"] = changes.pop("date_from", req.date_from) or None
    params["to"] = changes.pop("date_to", req.date_to) or None
    sort = changes.pop("sort", req.sort)
    params["sort"] = None if sort == "relevance" else sort
    per_page = changes.pop("per_page", req.per_page)
    params["per_page"] = None if per_page == DEFAULT_PER_PAGE else per_page
    page = changes.pop("page", 1)
    params["page"] = page if page > 1 else None
    for name, text in (finds or {}).items():
        params[name + FIND_SUFFIX] = text
    if changes:
        raise TypeError(f"unknown search URL changes: {sorted(changes)}")
    return {k: v for k, v in params.items() if v is not None}


def search_url(req: SearchRequest, finds: dict[str, str] | None = None, **changes: Any) -> str:
    """The URL of the search page for req with some values changed (page resets to 1)."""
    return url_for("views.search", **search_params(req, finds, **changes))


def toggle_url(req: SearchRequest, facet: str, value: str) -> str:
    """The search URL with one facet value switched on or off."""
    values = req.filter_dict().get(facet, [])
    values = [v for v in values if v != value] if value in values else [*values, value]
    return search_url(req, filters={facet: values})


def hidden_fields(req: SearchRequest, *keep: str) -> list[tuple[str, str]]:
    """(name, value) pairs a form carries so that submitting it keeps the rest of the state.

    keep names the parts to carry: "q", "filters", "dates", "sort".
    """
    fields: list[tuple[str, str]] = []
    if "q" in keep and req.q:
        fields.append(("q", req.q))
        if req.exact:
            fields.append(("exact", "1"))
    if "filters" in keep:
        fields.extend((name, value) for name, values in req.filters for value in values)
    if "dates" in keep:
        fields.extend((n, v) for n, v in (("from", req.date_from), ("to", req.date_to)) if v)
    if "sort" in keep and req.sort != "relevance":
        fields.append(("sort", req.sort))
    if req.per_page != DEFAULT_PER_PAGE:
        fields.append(("per_page", str(req.per_page)))
    return fields


def needs_cleaning(args: MultiDict[str, str] | None = None) -> bool:
    """Whether the URL carries empty parameters (a form sent without JavaScript)."""
    args = request.args if args is None else args
    return any(value == "" for _, value in args.items(multi=True))


def profile_url(facet: str, value: str) -> str:
    """The page of a speaker, organisation or addressee (/talare/<key>, …); "" if it has none."""
    key = profile_key(facet, value or "") if facet in PROFILE_FACETS else ""
    return url_for("research.profile_" + facet, key=key) if key else ""
