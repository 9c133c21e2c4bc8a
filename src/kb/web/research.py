"""Pages of speakers, organisations and addressees (/talare/<key>, …) and their JSON twins.

Each page is a search filtered to one identity (kb.search.profiles), newest
first: its names, roles, counts by kind and year, timeline and passages.
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Flask, jsonify, redirect, render_template, request, url_for

from kb.errors import NotFound
from kb.search import SearchRequest
from kb.search.facets import FacetValue
from kb.search.profiles import PROFILE_FACETS, Profile, fetch_profile
from kb.search.vocab import KIND_NAMES
from kb.web import get_index
from kb.web.requests import profile_url, search_params, search_request_from_args, search_url
from kb.web.timeline import timeline_view
from kb.web.views import export_urls, hit_links, pagination_view

bp = Blueprint("research", __name__)
api_bp = Blueprint("research_api", __name__)

# How each page names what it is about, and what its passages are.
PROFILE_LABELS = {
    "speaker": ("Talare", "Citat av talaren, nyast först"),
    "organisation": (
        "Organisation",
        "Stycken som organisationen gett ut eller där någon från den citeras, nyast först",
    ),
    "addressee": ("Mottagare", "Rekommendationer riktade hit, nyast först"),
}
# Related names a page lists with links: the facet, its heading on each kind of page.
RELATED = {
    "speaker": (("addressee", "Riktar sig till"),),
    "organisation": (
        ("speaker", "Talare från organisationen"),
        ("addressee", "Rekommenderar till"),
    ),
    "addressee": (("organisation", "Rekommenderas av"), ("speaker", "Talare")),
}
RELATED_SHOWN = 10
PROFILE_PER_PAGE = 20


def register_template_globals(app: Flask) -> None:
    """Let templates link names to their pages: profile_url('speaker', name)."""
    app.add_template_global(profile_url, "profile_url")


def _profile(facet: str, key: str) -> tuple[Profile, SearchRequest]:
    req = search_request_from_args()
    if "per_page" not in request.args:
        req = SearchRequest.create(
            req.q,
            req.filter_dict(),
            page=req.page,
            per_page=PROFILE_PER_PAGE,
            date_from=req.date_from,
            date_to=req.date_to,
        )
    return fetch_profile(get_index(), facet, key, req), req


def _page_url(profile: Profile, **changes: Any) -> str:
    """This profile's page with the same kind filter and dates, some values changed."""
    req = profile.results.request
    params = search_params(req, **changes)
    for name in ("sort", profile.facet):
        params.pop(name, None)
    if params.get("per_page") == PROFILE_PER_PAGE:
        params.pop("per_page")
    return url_for("research.profile_" + profile.facet, key=profile.key, **params)


def _related(profile: Profile) -> list[dict[str, Any]]:
    groups = []
    for facet, heading in RELATED[profile.facet]:
        values = [v for v in profile.results.facets.get(facet, ()) if v.value not in profile.names]
        if values:
            groups.append(
                {
                    "heading": heading,
                    "items": [
                        {"label": v.value, "count": v.count, "url": profile_url(facet, v.value)}
                        for v in values[:RELATED_SHOWN]
                    ],
                    "more": max(0, len(values) - RELATED_SHOWN),
                }
            )
    return groups


def _kind_counts(profile: Profile) -> list[dict[str, Any]]:
    counts: dict[str, FacetValue] = {v.value: v for v in profile.results.facets.get("kind", ())}
    chosen = profile.results.request.filter_dict().get("kind", [])
    rows = []
    for kind, label in KIND_NAMES.items():
        value = counts.get(kind)
        if value and value.count:
            kinds = [] if kind in chosen else [kind]
            rows.append(
                {
                    "label": label,
                    "count": value.count,
                    "selected": kind in chosen,
                    "url": _page_url(profile, filters={"kind": kinds}),
                }
            )
    return rows


def _render_profile(facet: str, key: str):  # noqa: ANN202
    profile, _ = _profile(facet, key)
    if profile.key != key:
        return redirect(_page_url(profile, page=profile.results.request.page), 301)
    results = profile.results
    req = results.request
    filters = {facet: list(profile.names)}
    everything = SearchRequest.create(
        req.q,
        {**req.filter_dict(), **filters},
        sort="date",
        date_from=req.date_from,
        date_to=req.date_to,
    )
    return render_template(
        "profile.html",
        profile=profile,
        facet_label=PROFILE_LABELS[facet][0],
        passages_label=PROFILE_LABELS[facet][1],
        results=results,
        req=req,
        kind_counts=_kind_counts(profile),
        related=_related(profile),
        timeline=timeline_view(
            results.timeline,
            lambda period: _page_url(profile, date_from=period, date_to=period),
        ),
        pager=pagination_view(results, lambda number: _page_url(profile, page=number)),
        links=hit_links(results),
        search_link=search_url(req, filters=filters),
        clear_url=_page_url(profile, filters={"kind": []}, date_from="", date_to=""),
        filtered=bool(req.filter_dict().get("kind") or req.date_from or req.date_to),
        **export_urls(everything),
        json_url=url_for("research_api.profile_" + facet, key=profile.key),
        kind_names=KIND_NAMES,
    )


def _json_profile(facet: str, key: str):  # noqa: ANN202
    profile, _ = _profile(facet, key)
    data = profile.as_dict()
    data["url"] = url_for("research.profile_" + facet, key=profile.key)
    data["search_url"] = search_url(profile.results.request, filters={facet: list(profile.names)})
    return jsonify(data)


# One route per kind of page, by its Swedish word: /talare/<key>, /api/talare/<key>, …
for _facet, _word in PROFILE_FACETS.items():
    bp.add_url_rule(
        f"/{_word}/<key>",
        "profile_" + _facet,
        lambda key, facet=_facet: _render_profile(facet, key),
    )
    api_bp.add_url_rule(
        f"/{_word}/<key>",
        "profile_" + _facet,
        lambda key, facet=_facet: _json_profile(facet, key),
    )


@bp.errorhandler(NotFound)
def not_found_page(exc: NotFound):  # noqa: ANN201
    """The Swedish 404 page, saying which name was not found."""
    page = render_template("error.html", title="Sidan finns inte", message=str(exc), status=404)
    return page, 404


@api_bp.errorhandler(NotFound)
def not_found(exc: NotFound):  # noqa: ANN201
    return jsonify({"error": "not_found", "message": str(exc)}), 404
