"""Reading a SearchRequest from a URL's query string, and building URLs from one."""

from __future__ import annotations

from typing import Any

from flask import request, url_for

from kb.search import FACETS, SearchRequest


def _int_arg(name: str, default: int) -> int:
    try:
        return int(request.args.get(name, default))
    except (TypeError, ValueError):
        return default


def search_request_from_args() -> SearchRequest:
    """The search the URL asks for; bad values fall back to defaults, never an error."""
    filters = {name: request.args.getlist(name) for name in FACETS if name in request.args}
    return SearchRequest.create(
        q=request.args.get("q", ""),
        filters=filters,
        page=_int_arg("page", 1),
        per_page=_int_arg("per_page", 10),
        sort=request.args.get("sort", "relevance"),
    )


def search_url(req: SearchRequest, **changes: Any) -> str:
    """The URL of the search page for req with some values changed (page resets to 1)."""
    params: dict[str, Any] = {
        "q": req.q or None,
        "sort": None if req.sort == "relevance" else req.sort,
    }
    filters = req.filter_dict()
    filters.update(changes.pop("filters", {}))
    for name, values in filters.items():
        if values:
            params[name] = values
    page = changes.pop("page", 1)
    params["page"] = page if page > 1 else None
    params.update(changes)
    return url_for("views.search", **{k: v for k, v in params.items() if v is not None})


def toggle_url(req: SearchRequest, facet: str, value: str) -> str:
    """The search URL with one facet value switched on or off."""
    values = req.filter_dict().get(facet, [])
    values = [v for v in values if v != value] if value in values else [*values, value]
    return search_url(req, filters={facet: values})
