"""The HTML pages: search, document, passage, and Swedish error pages."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Flask, render_template, request, url_for

from kb.errors import IndexMissing, IndexOutdated, NotFound
from kb.search import FACETS, SearchResults, fetch_document, fetch_passage, run_search
from kb.vocab import KIND_NAMES
from kb.web import get_index
from kb.web.requests import search_request_from_args, search_url, toggle_url

bp = Blueprint("views", __name__)

FACET_LABELS = {
    "kind": "Typ av passage",
    "speaker": "Talare",
    "organisation": "Organisation",
    "addressee": "Mottagare",
    "doctype": "Dokumenttyp",
    "topics": "Ämne",
    "year": "År",
}
SORT_LABELS = {"relevance": "Relevans", "date": "Datum, nyast först"}
FACET_SHOWN = 8  # values shown before "visa fler"


def value_label(facet: str, value: str) -> str:
    """How a facet value is shown (passage kinds in Swedish)."""
    return KIND_NAMES.get(value, value) if facet == "kind" else value


def facet_view(results: SearchResults) -> list[dict[str, Any]]:
    """Facets as the template shows them: labels, counts and toggle links."""
    req = results.request
    facets = []
    for name in FACETS:
        values = [
            {
                "value": fv.value,
                "label": value_label(name, fv.value),
                "count": fv.count,
                "selected": fv.selected,
                "url": toggle_url(req, name, fv.value),
            }
            for fv in results.facets.get(name, ())
        ]
        if values:
            facets.append(
                {"name": name, "label": FACET_LABELS[name], "values": values, "shown": FACET_SHOWN}
            )
    return facets


def chips_view(results: SearchResults) -> list[dict[str, str]]:
    """Active filters, each with the link that removes it."""
    req = results.request
    return [
        {
            "facet": FACET_LABELS[name],
            "label": value_label(name, value),
            "url": toggle_url(req, name, value),
        }
        for name, values in req.filters
        for value in values
    ]


@bp.get("/")
def search():  # noqa: ANN201
    """The search page."""
    req = search_request_from_args()
    results = run_search(get_index(), req)
    pages = {
        "prev": search_url(req, page=req.page - 1) if req.page > 1 else None,
        "next": search_url(req, page=req.page + 1) if req.page < results.pages else None,
    }
    return render_template(
        "search.html",
        results=results,
        req=req,
        facets=facet_view(results),
        chips=chips_view(results),
        pages=pages,
        sorts=[
            {"value": v, "label": label, "selected": v == req.sort}
            for v, label in SORT_LABELS.items()
        ],
        clear_url=url_for("views.search", q=req.q or None),
        kind_names=KIND_NAMES,
    )


@bp.get("/dokument/<doc_id>")
def document(doc_id: str):  # noqa: ANN201
    """A document: metadata and every passage in order, the one arrived at highlighted."""
    meta, passages = fetch_document(get_index(), doc_id)
    return render_template(
        "document.html",
        doc=meta,
        passages=passages,
        current=request.args.get("p", ""),
        kind_names=KIND_NAMES,
    )


@bp.get("/passage/<passage_id>")
def passage(passage_id: str):  # noqa: ANN201
    """A passage's permalink: the passage, its neighbours and its source."""
    found, meta = fetch_passage(get_index(), passage_id)
    _, passages = fetch_document(get_index(), found.doc_id)
    context = [p for p in passages if abs(p.position - found.position) <= 1]
    return render_template(
        "passage.html", passage=found, doc=meta, context=context, kind_names=KIND_NAMES
    )


def register_error_pages(app: Flask) -> None:
    """Swedish error pages for unknown ids, bad requests and a missing index."""

    @app.errorhandler(NotFound)
    def not_found_error(exc: NotFound):  # noqa: ANN202
        return render_template("error.html", title="Sidan finns inte", message=str(exc)), 404

    @app.errorhandler(404)
    def not_found(_exc: Exception):  # noqa: ANN202
        return render_template(
            "error.html",
            title="Sidan finns inte",
            message="Adressen leder inte till någon sida i kb.",
        ), 404

    @app.errorhandler(405)
    def not_allowed(_exc: Exception):  # noqa: ANN202
        return render_template(
            "error.html", title="Otillåten metod", message="kb tar bara emot läsningar (GET)."
        ), 405

    @app.errorhandler(413)
    def too_large(_exc: Exception):  # noqa: ANN202
        return render_template(
            "error.html", title="För stor förfrågan", message="Förfrågan är för stor."
        ), 413

    @app.errorhandler(IndexMissing)
    @app.errorhandler(IndexOutdated)
    def no_index(exc: Exception):  # noqa: ANN202
        return render_template("error.html", title="Inget sökindex", message=str(exc)), 503

    @app.errorhandler(500)
    def server_error(_exc: Exception):  # noqa: ANN202
        return render_template(
            "error.html", title="Något gick fel", message="Ett oväntat fel inträffade. Försök igen."
        ), 500
