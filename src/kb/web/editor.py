"""The editor's pages: "Lägg till källa" fetches URLs into the corpus and ingests them.

They exist only when `kb serve` was given an editor token (--editor-token or
$KB_EDITOR_TOKEN): without one, a GET finds nothing (404) and a POST is
refused (403), so the site stays read-only. With one, the editor signs in with
the token once per browser session; every form carries a CSRF token bound to
that session.
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from flask import (
    Blueprint,
    Response,
    abort,
    current_app,
    redirect,
    render_template,
    request,
    session,
    stream_template,
    url_for,
)
from flask.typing import ResponseReturnValue

from kb.errors import KbError
from kb.ingest.fetch import FetchOptions
from kb.ingest.sources import (
    STATUS_TEXT,
    AddOptions,
    Outcome,
    finish_adding,
    iter_added,
    read_url_list,
)

bp = Blueprint("editor", __name__, url_prefix="/redigera")

MAX_URLS = 50  # one form's worth; a longer list belongs in `kb add --from FILE`

def editor_token() -> str:
    """The configured token; "" when the site is read-only."""
    return str(current_app.config.get("KB_EDITOR_TOKEN") or "")


def csrf_token() -> str:
    """This session's CSRF token, made on first use."""
    if "csrf" not in session:
        session["csrf"] = secrets.token_urlsafe(32)
    return str(session["csrf"])


@bp.before_request
def guard() -> None:
    """No token configured: nothing here. Every POST needs this session's CSRF token."""
    if not editor_token():
        abort(403 if request.method == "POST" else 404)
    if request.method == "POST":
        sent = request.form.get("csrf_token", "")
        if not sent or not hmac.compare_digest(sent, session.get("csrf", "")):
            abort(403)


@bp.app_context_processor
def editor_context() -> dict[str, Any]:
    return {"editor_enabled": bool(editor_token()), "csrf_token": csrf_token}


@bp.get("/")
def sign_in_form() -> ResponseReturnValue:
    """The sign-in form, or the add form for an editor already signed in."""
    if session.get("editor"):
        return redirect(url_for("editor.add_form"))
    return render_template("editor_sign_in.html", wrong=False)


@bp.post("/")
def sign_in() -> ResponseReturnValue:
    """Check the token; the session is the editor's from now on."""
    if not hmac.compare_digest(request.form.get("token", "").encode(), editor_token().encode()):
        return render_template("editor_sign_in.html", wrong=True), 403
    session.clear()
    session["editor"] = True
    csrf_token()
    return redirect(url_for("editor.add_form"))


@bp.post("/logga-ut")
def sign_out() -> ResponseReturnValue:
    session.clear()
    return redirect(url_for("views.search"))


@bp.get("/lagg-till")
def add_form() -> ResponseReturnValue:
    if not session.get("editor"):
        return redirect(url_for("editor.sign_in_form"))
    return render_template("editor_add.html", error="", urls="")


@bp.post("/lagg-till")
def add() -> ResponseReturnValue:
    """Fetch the URLs, showing each outcome as it comes, then ingest and sum up."""
    if not session.get("editor"):
        abort(403)
    text = request.form.get("urls", "")
    urls = read_url_list(text)
    error = ""
    if not urls:
        error = "Skriv minst en adress (en per rad)."
    elif len(urls) > MAX_URLS:
        error = f"Högst {MAX_URLS} adresser åt gången; fler går med kb add --from FIL."
    if error:
        return render_template("editor_add.html", error=error, urls=text), 400
    options = AddOptions(
        corpus_dir=Path(current_app.config["KB_CORPUS"]),
        index_dir=Path(current_app.config["KB_INDEX"]),
        fetch=current_app.config.get("KB_FETCH") or FetchOptions(),
        workers=1,  # inside a web worker: parse in this process
    )
    summary: dict[str, Any] = {}
    return Response(
        stream_template(
            "editor_progress.html",
            outcomes=_outcomes(urls, options, summary),
            summary=summary,
            status_text=STATUS_TEXT,
        )
    )


def _outcomes(urls: list[str], options: AddOptions, summary: dict[str, Any]) -> Iterator[Outcome]:
    """Each URL's outcome as it is fetched; then the ingest's result into summary."""
    done = []
    try:
        for outcome in iter_added(urls, options):
            done.append(outcome)
            yield outcome
        report = finish_adding(done, options)
        summary["ingest"] = report.ingest
    except KbError as exc:
        summary["error"] = str(exc)
