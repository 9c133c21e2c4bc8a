"""Citing in the web UI: the "Citera" control, the "Mina citat" basket and citation downloads.

The server stays read-only: a basket is a list of passage ids in the URL
(`/mina-citat?id=…&id=…`), which the browser also keeps in localStorage
(static/cite.js). Every view builds citations with kb.cite.citations and writes
them with kb.cite.citeformats, the same core as `kb cite`.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from flask import Blueprint, Response, abort, g, jsonify, render_template, request, url_for
from markupsafe import Markup

from kb.cite.citations import MAX_CITATIONS, STYLES, Citation, CiteOptions, build_citations
from kb.cite.citeformats import MEDIA_TYPES, format_citations, speaker_line
from kb.cite.csl import CSL_STYLES, render_html
from kb.errors import NotFound
from kb.search.vocab import KIND_NAMES
from kb.web import get_index

bp = Blueprint("cite", __name__)

EXPORT_LABELS = {"bibtex": "BibTeX", "ris": "RIS", "csl-json": "CSL-JSON", "markdown": "Markdown"}


def cite_options() -> CiteOptions:
    """Options for this request: permalinks absolute to where kb is being served."""
    return CiteOptions(base_url=request.url_root.rstrip("/"))


def requested_ids() -> list[str]:
    """The passage ids in the query string (`id=…`, repeated), each once, at most MAX_CITATIONS."""
    ids = [i.strip() for i in request.args.getlist("id") if i.strip()]
    return list(dict.fromkeys(ids))[:MAX_CITATIONS]


def chosen_style(default: str = "apa") -> str:
    """The style asked for (`stil` or `style`); 400 for an unknown one."""
    style = request.args.get("stil") or request.args.get("style") or default
    if style not in STYLES:
        abort(400)
    return style


def export_links(ids: list[str]) -> list[dict[str, str]]:
    """Download links for ids in every export format."""
    return [
        {
            "style": style,
            "label": label,
            "url": url_for("cite.api_cite", id=ids, style=style, download=1),
        }
        for style, label in EXPORT_LABELS.items()
    ]


def web_link(url: str) -> str:
    """url when it is an http(s) address, else "" (metadata could hold "javascript:")."""
    return url if url.lower().startswith(("https://", "http://")) else ""


def citation_view(citation: Citation) -> dict[str, Any]:
    """What the "Citera" control shows for one passage: each style, its links and downloads."""
    styles = []
    for style, (_, label) in CSL_STYLES.items():
        rendered = render_html([citation], style)
        styles.append(
            {
                "name": style,
                "label": label,
                "reference": rendered.references[0],
                "in_text": rendered.in_text[0],
            }
        )
    pid = citation.passage.id
    return {
        "id": pid,
        "styles": styles,
        "source_link": web_link(citation.source_link),
        "permalink": citation.permalink,
        "downloads": export_links([pid]),
        "basket_url": url_for("cite.basket", id=pid),
        "api_url": "",
    }


@bp.app_template_global("cite_view")
def cite_view(passage_id: str, full: bool = True) -> dict[str, Any]:
    """The "Citera" control's data for a passage (_cite.html). Not full: links only, the
    styles come from /api/cite when opened (citeproc-py is too slow for every hit)."""
    if full:
        return citation_view(build_citations(get_index(), [passage_id], cite_options())[0])
    links = _link_templates()
    pid = quote(passage_id, safe="")
    return {
        "id": passage_id,
        "styles": [],
        "source_link": "",
        "downloads": [
            {**download, "url": download["url"].replace(_ID, pid)} for download in links["downloads"]
        ],
        "basket_url": links["basket_url"].replace(_ID, pid),
        "page_url": links["page_url"].replace(_ID, pid),
        "api_url": links["api_url"].replace(_ID, pid),
    }


# Stands for a passage id in the URLs built once per request (_link_templates).
_ID = "KBPASSAGEID"


def _link_templates() -> dict[str, Any]:
    """The "Citera" control's URLs with _ID for the passage, built once per request: a
    results page has ten controls of seven URLs each, and url_for is slow."""
    links = g.get("kb_cite_links")
    if links is None:
        links = g.kb_cite_links = {
            "downloads": export_links([_ID]),
            "basket_url": url_for("cite.basket", id=_ID),
            "page_url": url_for("cite.cite_page", passage_id=_ID),
            "api_url": url_for("cite.api_cite", id=_ID),
        }
    return links


@bp.app_template_global("cite_script_needed")
def cite_script_needed() -> bool:
    """True the first time a page asks: cite.js is loaded once however many controls it has."""
    if g.get("kb_cite_script"):
        return False
    g.kb_cite_script = True
    return True


@bp.get("/citera/<passage_id>")
def cite_page(passage_id: str):  # noqa: ANN201
    """One passage's citation page: its reference in a style (`?stil=apa`), links, downloads."""
    return _basket_page([passage_id], single=True)


@bp.get("/api/cite")
def api_cite() -> Response | tuple[Response, int]:
    """Citations of `id=…&id=…` as JSON, or in one format (`style=bibtex`; `download=1` saves)."""
    ids = requested_ids()
    if not ids:
        return jsonify({"error": "bad_request", "message": "Ange minst ett id=."}), 400
    style = request.args.get("style") or request.args.get("stil")
    if style is not None and style not in STYLES:
        return jsonify({"error": "bad_request", "message": f"Okänd stil: {style}."}), 400
    try:
        citations = build_citations(get_index(), ids, cite_options())
    except NotFound as exc:
        return jsonify({"error": "not_found", "message": str(exc)}), 404
    if style:
        return _text_response(citations, style, download=request.args.get("download") == "1")
    rendered = {name: render_html(citations, name) for name in CSL_STYLES}
    data = []
    for n, citation in enumerate(citations):
        styles = [
            {
                "name": name,
                "label": CSL_STYLES[name][1],
                "reference_html": str(r.references[r.reference_ids.index(citation.item["id"])]),
                "in_text_html": str(r.in_text[n]),
            }
            for name, r in rendered.items()
        ]
        data.append(
            {**citation.as_dict(), "source_link": web_link(citation.source_link), "styles": styles}
        )
    exports = {link["style"]: link["url"] for link in export_links(ids)}
    return jsonify({"citations": data, "exports": exports})


def _text_response(citations: list[Citation], style: str, download: bool = False) -> Response:
    media_type, ending = MEDIA_TYPES[style]
    response = Response(format_citations(citations, style), content_type=media_type)
    if download:
        response.headers["Content-Disposition"] = f'attachment; filename="mina-citat.{ending}"'
    return response


@bp.get("/mina-citat")
def basket():  # noqa: ANN201
    """The basket: the passages in the URL, their reference list in a style, every export."""
    return _basket_page(requested_ids(), single=False)


def _basket_page(ids: list[str], single: bool):  # noqa: ANN202
    style = chosen_style()
    if style not in CSL_STYLES:
        abort(400)
    citations, missing = [], []
    for passage_id in ids:  # one by one: a stale id in a saved basket must not hide the rest
        try:
            citations += build_citations(get_index(), [passage_id], cite_options())
        except NotFound:
            if single:
                raise
            missing.append(passage_id)
    ids = [c.passage.id for c in citations]
    rendered = render_html(citations, style) if citations else None
    items = []
    for n, citation in enumerate(citations):
        others = [i for i in ids if i != citation.passage.id]
        items.append(
            {
                "citation": citation,
                "source_link": web_link(citation.source_link),
                "kind": KIND_NAMES.get(citation.passage.kind, citation.passage.kind),
                "speaker": speaker_line(citation.speaker),
                "in_text": rendered.in_text[n] if rendered else Markup(""),
                "remove_url": url_for("cite.basket", id=others, stil=style),
                "add_url": url_for("cite.basket", id=citation.passage.id),
                "document_url": url_for("views.document", doc_id=citation.passage.doc_id),
            }
        )
    return render_template(
        "basket.html",
        single=single,
        ids=ids,
        items=items,
        references=list(rendered.references) if rendered else [],
        style=style,
        styles=[
            {"name": name, "label": label, "url": _style_url(ids, name, single)}
            for name, (_, label) in CSL_STYLES.items()
        ],
        missing=missing,
        downloads=export_links(ids) if ids else [],
        share_url=url_for("cite.basket", id=ids, _external=True) if ids else "",
    )


def _style_url(ids: list[str], style: str, single: bool) -> str:
    if single and ids:
        return url_for("cite.cite_page", passage_id=ids[0], stil=style)
    return url_for("cite.basket", id=ids, stil=style)
