"""The web UI and JSON API: HTTP requests in, HTML pages, JSON, exports and feeds out;
a Flask app factory over a read-only index."""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from flask import Flask, Response, g
from flask.json.provider import DefaultJSONProvider

from kb import templates_dir
from kb.index import open_index
from kb.search import SearchRequest, SearchResults
from kb.search.answers import AnswerCache
from kb.search.settings import CACHED_RESULTS

if TYPE_CHECKING:  # only kb.analysis, kb.index and kb.search work with Whoosh itself
    from whoosh.index import Index

class IndexHolder:
    """One open index per process, reopened when a rebuild makes a new generation live."""

    def __init__(self, index_dir: Path) -> None:
        self.index_dir = index_dir
        self._lock = threading.Lock()
        self._ix: Index | None = None
        self._stamp: tuple[str, float] | None = None

    def _current_stamp(self) -> tuple[str, float]:
        current = self.index_dir / "CURRENT"
        try:
            return current.read_text(encoding="utf-8").strip(), current.stat().st_mtime
        except OSError:
            return "", 0.0

    def get(self) -> Index:
        """The live index (raises IndexMissing/IndexOutdated with the fix to type)."""
        stamp = self._current_stamp()
        with self._lock:
            if self._ix is None or stamp != self._stamp:
                self._ix = open_index(self.index_dir)
                self._stamp = stamp
            return self._ix


def create_app(index_dir: Path | str | None = None, config: dict[str, Any] | None = None) -> Flask:
    """Build the kb web app over the index in index_dir (default: $KB_INDEX or ./index)."""
    app = Flask(
        __name__,
        template_folder=str(templates_dir()),
        static_folder=str(Path(__file__).parent / "static"),
    )
    app.config.update(
        KB_INDEX=Path(index_dir or os.environ.get("KB_INDEX", "index")),
        MAX_CONTENT_LENGTH=64 * 1024,  # the UI never takes uploads
        JSON_SORT_KEYS=False,
    )
    app.config.update(config or {})
    # Editing (kb.web.editor) exists only with a token; the session cookie then carries sign-in
    # and the CSRF token, with a key that lives as long as the process unless one is given.
    app.config.setdefault("KB_EDITOR_TOKEN", os.environ.get("KB_EDITOR_TOKEN", ""))
    app.config.setdefault("KB_CORPUS", Path("corpus"))
    app.config["SESSION_COOKIE_SAMESITE"] = app.config.get("SESSION_COOKIE_SAMESITE") or "Lax"
    if not app.secret_key:
        app.secret_key = os.urandom(32)
    if isinstance(
        app.json, DefaultJSONProvider
    ):  # the one Flask makes; the base class has no such switch
        app.json.ensure_ascii = False
    holder = IndexHolder(Path(app.config["KB_INDEX"]))
    app.extensions["kb_index"] = holder
    # The search page's and /api/search's recent answers (KB_CACHED_RESULTS of them; 0: none).
    size = int(app.config.get("KB_CACHED_RESULTS", CACHED_RESULTS))
    app.extensions["kb_answers"] = AnswerCache(size)

    from kb.web import api, brief, cite, editor, exports, research, views

    app.register_blueprint(views.bp)
    app.register_blueprint(api.bp, url_prefix="/api")
    app.register_blueprint(cite.bp)
    app.register_blueprint(editor.bp)
    app.register_blueprint(brief.bp)
    app.register_blueprint(research.bp)
    app.register_blueprint(research.api_bp, url_prefix="/api")
    app.register_blueprint(exports.bp)
    research.register_template_globals(app)
    views.register_error_pages(app)

    @app.after_request
    def security_headers(response: Response) -> Response:
        response.headers.setdefault(
            "Content-Security-Policy",
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
        )
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        response.headers.setdefault(
            "Permissions-Policy", "camera=(), microphone=(), geolocation=()"
        )
        response.headers.setdefault("Cross-Origin-Opener-Policy", "same-origin")
        return response

    return app


def get_index() -> Index:
    """The index for this request."""
    from flask import current_app

    if "kb_ix" not in g:
        g.kb_ix = current_app.extensions["kb_index"].get()
    return g.kb_ix


def search_index(request: SearchRequest) -> SearchResults:
    """run_search on this request's index, answered from the app's recent answers when the
    same request was asked of the same index state (kb.search.answers.AnswerCache)."""
    from flask import current_app

    answers: AnswerCache = current_app.extensions["kb_answers"]  # made by create_app
    return answers.search(get_index(), request)
