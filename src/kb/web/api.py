"""The JSON API under /api/: the same data as the pages."""

from __future__ import annotations

from flask import Blueprint, jsonify, url_for

from kb.errors import KbError, NotFound
from kb.search import FACETS, SORTS, fetch_document, fetch_passage, run_search
from kb.web import get_index
from kb.web.requests import search_request_from_args

bp = Blueprint("api", __name__)


@bp.get("/")
def index():  # noqa: ANN201
    """What the API offers and which parameters a search takes."""
    return jsonify(
        {
            "endpoints": {
                "search": url_for("api.search"),
                "document": url_for("api.document", doc_id="ID"),
                "passage": url_for("api.passage", passage_id="ID"),
                "opensearch": url_for("views.opensearch"),
            },
            "search_parameters": {
                "q": "the query (phrases, AND/OR/NOT or OCH/ELLER/INTE, -word, field:value)",
                "exact": "1: search q as typed; else a misspelt query is searched as corrected"
                " (corrected_query in the answer)",
                "facets": {
                    name: "repeat for several values (OR within, AND across)" for name in FACETS
                },
                "from": "YYYY, YYYY-MM or YYYY-MM-DD",
                "to": "YYYY, YYYY-MM or YYYY-MM-DD",
                "sort": list(SORTS),
                "page": "1-based page number",
                "per_page": "hits per page, 1-100",
            },
        }
    )


@bp.get("/search")
def search():  # noqa: ANN201
    """Search results as JSON (the same as `kb search --json`)."""
    return jsonify(run_search(get_index(), search_request_from_args()).as_dict())


@bp.get("/document/<doc_id>")
def document(doc_id: str):  # noqa: ANN201
    """A document's metadata and passages."""
    meta, passages = fetch_document(get_index(), doc_id)
    return jsonify({"document": meta, "passages": [p.as_dict() for p in passages]})


@bp.get("/passage/<passage_id>")
def passage(passage_id: str):  # noqa: ANN201
    """One passage with its document's metadata."""
    found, meta = fetch_passage(get_index(), passage_id)
    return jsonify({**found.as_dict(), "document": meta})


@bp.errorhandler(NotFound)
def not_found(exc: NotFound):  # noqa: ANN201
    return jsonify({"error": "not_found", "message": str(exc)}), 404


@bp.errorhandler(KbError)
def kb_error(exc: KbError):  # noqa: ANN201
    return jsonify({"error": "unavailable", "message": str(exc)}), 503
