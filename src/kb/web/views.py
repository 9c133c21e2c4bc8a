"""The HTML pages: search, document, passage, OpenSearch, and Swedish error pages."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

from flask import (
    Blueprint,
    Flask,
    Response,
    jsonify,
    redirect,
    render_template,
    request,
    url_for,
)
from werkzeug.exceptions import HTTPException

from kb.cite.citeformats import http_url
from kb.errors import IndexMissing, IndexOutdated, NotFound
from kb.extract.references import public_url
from kb.models import Passage
from kb.search import (
    FACETS,
    SearchRequest,
    SearchResults,
    fetch_document,
    fetch_passage,
)
from kb.search.designations import find_designated
from kb.search.vocab import KIND_NAMES
from kb.web import get_index, search_index
from kb.web.facets import chips_view, facet_view
from kb.web.requests import (
    facet_finds,
    hidden_fields,
    needs_cleaning,
    request_notices,
    search_params,
    search_request_from_args,
    search_url,
    toggle_url,
)
from kb.web.timeline import timeline_view

bp = Blueprint("views", __name__)

SORT_LABELS = {"relevance": "Relevans", "date": "Nyast först", "date_asc": "Äldst först"}
PAGER_SPREAD = 2  # pages shown on each side of the current one
CONTEXT_SPREAD = 2  # passages shown on each side of a permalinked one
ALSO_IN_SHOWN = 5  # other places of a repeated quote a hit links to
BRIEF_FORMATS = {"docx": "Word (.docx)", "md": "Markdown (.md)", "html": "HTML för utskrift"}


bp.add_app_template_filter(http_url, "http_url")


def pagination_view(
    results: SearchResults, page_url: Callable[[int], str] | None = None
) -> dict[str, Any]:
    """Numbered page links: first, last, and a window around the current page.

    page_url(n) gives a page's URL; by default the search page's.
    """
    req = results.request
    if page_url is None:
        page_url = lambda number: search_url(req, page=number)  # noqa: E731
    last = results.pages
    shown = {1, last, *range(req.page - PAGER_SPREAD, req.page + PAGER_SPREAD + 1)}
    items: list[dict[str, Any]] = []
    previous = 0
    for number in sorted(n for n in shown if 1 <= n <= last):
        if number - previous > 1:
            items.append({"gap": True})
        items.append(
            {"page": number, "url": page_url(number), "current": number == req.page}
        )
        previous = number
    return {
        "items": items if last > 1 else [],
        "prev": page_url(req.page - 1) if req.page > 1 else None,
        "next": page_url(req.page + 1) if req.page < last else None,
    }


def also_in_view(passage: Passage) -> dict[str, Any]:
    """Where else the same quote stands: further on (or back) in this document, and in which
    other documents, by title."""
    same: list[dict[str, str]] = []
    others: dict[str, dict[str, str]] = {}
    for other_id in passage.also_in[:ALSO_IN_SHOWN]:
        try:
            other, meta = fetch_passage(get_index(), other_id)
        except NotFound:
            continue  # removed since the page's index state was read
        if other.doc_id == passage.doc_id:
            where = "längre ned" if other.position > passage.position else "längre upp"
            url = url_for("views.document", doc_id=other.doc_id, p=other.id) + f"#p-{other.id}"
            same.append({"url": url, "where": where})
        elif other.doc_id not in others:
            others[other.doc_id] = {
                "url": url_for("views.passage", passage_id=other.id),
                "title": meta.get("title") or "Utan titel",
            }
    return {"same": same[:1], "others": list(others.values())}


def hit_links(results: SearchResults) -> list[dict[str, Any]]:
    """Per hit: where its passage is in the document, its permalink, and filter links."""
    req = results.request
    selected = req.filter_dict()
    links = []
    for hit in results.hits:
        p = hit.passage
        links.append(
            {
                "in_document": url_for("views.document", doc_id=p.doc_id, p=p.id) + f"#p-{p.id}",
                "permalink": url_for("views.passage", passage_id=p.id),
                "also_in": also_in_view(p),
                "topics": [
                    {
                        "label": topic,
                        "url": toggle_url(req, "topics", topic),
                        "selected": topic in selected.get("topics", []),
                    }
                    for topic in p.topics
                ],
                "references": references_view(p.references),
            }
        )
    return links


@bp.get("/")
def search():  # noqa: ANN201
    """The search page."""
    req = search_request_from_args()
    finds = facet_finds()
    if needs_cleaning():
        # A form sent without JavaScript leaves empty fields: answer at the clean URL.
        return redirect(url_for("views.search", **search_params(req, finds, page=req.page)), 303)
    results = search_index(req)
    req = results.request  # the page actually shown
    notices = [*(n.text for n in request_notices(req)), *results.notices]
    return render_template(
        "search.html",
        results=results,
        req=req,
        notices=notices,
        facets=facet_view(results, finds),
        chips=chips_view(results),
        pager=pagination_view(results),
        links=hit_links(results),
        sorts=[
            {"value": v, "label": label, "selected": v == req.sort}
            for v, label in SORT_LABELS.items()
        ],
        query_fields=hidden_fields(req, "filters", "dates", "sort"),
        brief_fields=[f for f in hidden_fields(req, "q", "filters", "dates") if f[0] != "per_page"],
        brief_formats=BRIEF_FORMATS,
        facet_fields=hidden_fields(req, "q", "sort"),
        sort_fields=hidden_fields(req, "q", "filters", "dates"),
        clear_url=search_url(req, filters=dict.fromkeys(FACETS, []), date_from="", date_to=""),
        suggestion_url=search_url(req, q=results.suggestion) if results.suggestion else "",
        # The query as typed, searched without correction ("Sök i stället efter …").
        exact_url=search_url(req, q=req.q, exact=True) if results.corrected_query else "",
        kind_names=KIND_NAMES,
        timeline=timeline_view(
            results.timeline, lambda period: search_url(req, date_from=period, date_to=period)
        ),
        **export_urls(req),
    )


def export_urls(req: SearchRequest) -> dict[str, str]:
    """The search as CSV, JSONL and an Atom feed: every hit, so without page and page size."""
    params = search_params(req)
    params.pop("page", None)
    params.pop("per_page", None)
    return {
        "csv_url": url_for("exports.search_csv", **params),
        "jsonl_url": url_for("exports.search_jsonl", **params),
        "feed_url": url_for("exports.feed", **params),
    }


@bp.get("/dokument/<doc_id>")
def document(doc_id: str):  # noqa: ANN201
    """A document: metadata and every passage in order, the one arrived at highlighted."""
    meta, passages = fetch_document(get_index(), doc_id)
    kinds = Counter(p.kind for p in passages)
    return render_template(
        "document.html",
        doc=meta,
        passages=passages,
        current=request.args.get("p", ""),
        kind_counts=[
            {"kind": kind, "label": KIND_NAMES[kind], "count": kinds[kind]}
            for kind in KIND_NAMES
            if kinds[kind] and kind != "other"
        ],
        kind_names=KIND_NAMES,
    )


def references_view(designations: Iterable[str]) -> list[dict[str, str]]:
    """Each cited document with its link: kb's own document page when the index holds it,
    else its public address (kb.extract.references.public_url)."""
    designations = list(designations)
    in_kb = find_designated(get_index(), designations)
    view = []
    for designation in designations:
        public = public_url(designation)
        doc = in_kb.get(designation)
        view.append(
            {
                "label": designation,
                "url": url_for("views.document", doc_id=doc["id"]) if doc else public,
                "in_kb": bool(doc),
                "public": public,
                "title": (doc or {}).get("title", ""),
            }
        )
    return view


def grounds_view(ids: Iterable[str], passages: list[Passage]) -> list[dict[str, str]]:
    """The passages of one document named by ids (grounds or grounded), in that order."""
    by_id = {p.id: p for p in passages}
    return [
        {"text": by_id[i].text, "url": url_for("views.passage", passage_id=i)}
        for i in ids
        if i in by_id
    ]


@bp.get("/passage/<passage_id>")
def passage(passage_id: str):  # noqa: ANN201
    """A passage's permalink: the passage, its neighbours and its source."""
    found, meta = fetch_passage(get_index(), passage_id)
    _, passages = fetch_document(get_index(), found.doc_id)
    context = [p for p in passages if abs(p.position - found.position) <= CONTEXT_SPREAD]
    return render_template(
        "passage.html",
        passage=found,
        doc=meta,
        context=context,
        number=next((i for i, p in enumerate(passages, 1) if p.id == found.id), 0),
        count=len(passages),
        permalink=url_for("views.passage", passage_id=found.id, _external=True),
        in_document=url_for("views.document", doc_id=found.doc_id, p=found.id) + f"#p-{found.id}",
        kind_names=KIND_NAMES,
        references=references_view(found.references),
        grounds=grounds_view(found.grounds, passages),
        grounded=grounds_view(found.grounded, passages),
    )


@bp.get("/opensearch.xml")
def opensearch() -> Response:
    """The OpenSearch description, so a browser can add kb as a search engine."""
    body = render_template("opensearch.xml")
    return Response(body, mimetype="application/opensearchdescription+xml")


def _error_page(status: int, title: str, message: str) -> tuple[str, int]:
    return render_template("error.html", title=title, message=message, status=status), status


def register_error_pages(app: Flask) -> None:
    """Swedish error pages for unknown ids, bad requests and a missing index."""

    @app.errorhandler(NotFound)
    def not_found_error(_exc: NotFound):  # noqa: ANN202
        return _error_page(
            404, "Sidan finns inte", "Det finns inget dokument eller stycke med den adressen i kb."
        )

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException):  # noqa: ANN202
        messages = {
            404: ("Sidan finns inte", "Adressen leder inte till någon sida i kb."),
            405: ("Otillåten metod", "kb tar bara emot läsningar (GET)."),
            413: ("För stor förfrågan", "Förfrågan är för stor."),
            414: ("För lång adress", "Adressen är för lång. Korta sökfrågan och försök igen."),
        }
        code = exc.code or 400
        title, message = messages.get(code, ("Felaktig förfrågan", "Förfrågan kunde inte tolkas."))
        if request.path.startswith("/api/"):
            return jsonify({"error": exc.name.lower().replace(" ", "_"), "message": message}), code
        return _error_page(code, title, message)

    @app.errorhandler(IndexMissing)
    @app.errorhandler(IndexOutdated)
    def no_index(exc: Exception):  # noqa: ANN202
        return _error_page(503, "Inget sökindex", str(exc))

    @app.errorhandler(500)
    def server_error(_exc: Exception):  # noqa: ANN202
        return _error_page(500, "Något gick fel", "Ett oväntat fel inträffade. Försök igen.")
