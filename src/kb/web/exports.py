"""Any search as a file: /api/search.csv and /api/search.jsonl (every hit, streamed) and /feed
(Atom, the newest hits), with the parameters of /api/search.

A query the search page would answer with a notice is answered here too, never
with an error: the notices' codes go in the `X-Kb-Notices` header (and in the
feed's subtitle, in Swedish).
"""

from __future__ import annotations

from flask import Blueprint, Response, request, url_for

from kb.cite.resultformats import FeedInfo, atom_feed, iter_csv, iter_jsonl
from kb.search import SearchRequest
from kb.search.export import HitStream, newest_hits, stream_hits
from kb.search.notices import results_notices
from kb.web import get_index
from kb.web.facets import FACET_LABELS, value_label
from kb.web.requests import request_notices, search_params, search_request_from_args

bp = Blueprint("exports", __name__)

NOTICES_HEADER = "X-Kb-Notices"


def _base_url() -> str:
    return request.url_root.rstrip("/")


def _notice_texts(req: SearchRequest, stream: HitStream) -> list[tuple[str, str]]:
    """(code, text) of every notice the search page would show for this request."""
    before = request_notices(req)
    after = results_notices(stream)  # type: ignore[arg-type]  # has notices and suggestion
    return [(n.code, n.text) for n in [*before, *after]]


# Each export: how it is written, its media type, the file name a browser saves it as.
EXPORTS = {
    "csv": (iter_csv, "text/csv", "kb-sokning.csv"),
    "jsonl": (iter_jsonl, "application/jsonl", "kb-sokning.jsonl"),
}


def _export(fmt: str) -> Response:
    """Every hit of the search in the URL, streamed as a download."""
    write, mimetype, filename = EXPORTS[fmt]
    req = search_request_from_args()
    stream = stream_hits(get_index(), req)
    # The rows need no request context: kb's address is read here, before streaming.
    response = Response(write(stream.hits, _base_url()), mimetype=mimetype)
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    _describe(response, req, stream)
    return response


def _describe(response: Response, req: SearchRequest, stream: HitStream) -> None:
    """Headers with the number of hits and the codes of the notices the page would show."""
    response.headers["X-Kb-Total"] = str(stream.total)
    codes = [code for code, _ in _notice_texts(req, stream)]
    if codes:
        response.headers[NOTICES_HEADER] = ", ".join(dict.fromkeys(codes))


@bp.get("/api/search.csv")
def search_csv() -> Response:
    """Every hit of the search as CSV (UTF-8 with a byte order mark), one row per hit."""
    return _export("csv")


@bp.get("/api/search.jsonl")
def search_jsonl() -> Response:
    """Every hit of the search as JSON Lines: the passage, its links and its document."""
    return _export("jsonl")


def feed_title(req: SearchRequest) -> str:
    """The feed's title in Swedish: the query and filters it follows."""
    parts = [f"»{req.q}«"] if req.q else []
    for name, values in req.filters:
        labels = ", ".join(value_label(name, v) for v in values)
        parts.append(f"{FACET_LABELS[name].lower()}: {labels}")
    if req.date_from or req.date_to:
        parts.append(f"{req.date_from or '…'}–{req.date_to or '…'}")
    return "Kunskapsbanken: " + ("; ".join(parts) if parts else "alla nya stycken")


@bp.get("/feed")
def feed() -> Response:
    """An Atom feed of the newest passages that match the search (by when they were indexed)."""
    req = search_request_from_args()
    stream = newest_hits(get_index(), req)
    params = search_params(req)
    params.pop("page", None)
    params.pop("per_page", None)
    notices = [text for _, text in _notice_texts(req, stream)]
    info = FeedInfo(
        title=feed_title(req),
        feed_url=url_for("exports.feed", **params, _external=True),
        search_url=url_for("views.search", **params, _external=True),
        base_url=_base_url(),
        subtitle=" ".join(notices),
    )
    response = Response(atom_feed(stream.hits, info), mimetype="application/atom+xml")
    _describe(response, req, stream)
    return response
