"""The "Skapa underlag" download: a brief of the current search, or of the Mina citat basket."""

from __future__ import annotations

import re

from flask import Blueprint, Response, abort, request, url_for

from kb.cite.brief import FORMATS, BriefOptions, brief_from_passages, brief_from_search
from kb.cite.briefformats import MEDIA_TYPES, write_brief
from kb.cite.csl import CSL_STYLES
from kb.web import get_index
from kb.web.cite import requested_ids
from kb.web.requests import search_params, search_request_from_args

bp = Blueprint("brief", __name__)


def _file_name(text: str, fmt: str) -> str:
    """An ASCII file name from the query: "underlag-distansmoten.docx"."""
    folded = text.lower().translate(str.maketrans("åäöéü", "aaoeu"))
    slug = re.sub(r"[^a-z0-9]+", "-", folded).strip("-")[:40]
    return f"underlag-{slug}.{fmt}" if slug else f"underlag.{fmt}"


@bp.get("/underlag")
def brief():  # noqa: ANN201
    """The brief as a file: of the basket's passages (id=…) or else of the search in the URL."""
    fmt = request.args.get("format", "docx")
    style = request.args.get("stil") or request.args.get("style") or "apa"
    if fmt not in FORMATS or style not in CSL_STYLES:
        abort(400)
    options = BriefOptions(style=style, base_url=request.url_root.rstrip("/"))
    ids = requested_ids()
    if ids:
        made = brief_from_passages(get_index(), ids, options)
        name = _file_name("mina-citat", fmt)
    else:
        req = search_request_from_args()
        search_url = url_for("views.search", _external=True, **search_params(req))
        made = brief_from_search(get_index(), req, options, search_url=search_url)
        name = _file_name(req.q, fmt)
    response = Response(write_brief(made, fmt), content_type=MEDIA_TYPES[fmt])
    # The HTML brief opens as a page to print; the others are files to save.
    disposition = "inline" if fmt == "html" else "attachment"
    response.headers["Content-Disposition"] = f'{disposition}; filename="{name}"'
    if fmt == "html":
        # The page carries its own (print) styles inline, as a saved file must; it has no script.
        response.headers["Content-Security-Policy"] = (
            "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:"
        )
    return response
