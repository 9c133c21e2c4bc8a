"""A local web site for `kb add` tests: pages, a PDF, and every way a fetch can go wrong.

It runs in a thread on 127.0.0.1 only, counts requests and remembers their
headers, and answers If-None-Match / If-Modified-Since with 304 while a page is
unchanged. Tests change `pages` to make a page new.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

PDF = (Path(__file__).parent / "fixtures" / "formats" / "rapport.pdf").read_bytes()
LAST_MODIFIED = "Tue, 01 Dec 2026 08:00:00 GMT"


def html_page(title: str, body: str) -> bytes:
    """A small news page with no date, so APA cites it with its retrieval date."""
    return (
        "<!doctype html><html lang='sv'><head><meta charset='utf-8'>"
        f"<title>{title}</title></head><body><main><h1>{title}</h1>"
        f"<p>{body}</p></main></body></html>"
    ).encode()


@dataclass
class Site:
    """The server's pages (path -> (content type, body)) and what it was asked."""

    port: int = 0
    pages: dict[str, tuple[str, bytes]] = field(default_factory=dict)
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    flaky_left: int = 1  # /ibland answers 503 this many times, then 200
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str) -> str:
        return self.base + path

    def etag(self, path: str) -> str:
        import hashlib

        return '"' + hashlib.sha1(self.pages[path][1]).hexdigest()[:12] + '"'

    def count(self, path: str | None = None) -> int:
        return sum(1 for p, _ in self.requests if path is None or p == path)


def default_pages() -> dict[str, tuple[str, bytes]]:
    """The site's pages at the start of a test."""
    return {
        "/robots.txt": ("text/plain", b"User-agent: *\nDisallow: /privat/\n"),
        "/nyheter/tillsyn-av-hemtjanst.html": (
            "text/html; charset=utf-8",
            html_page(
                "Brister i tillsynen av hemtjänsten",
                "Granskningen visar att kommunernas uppföljning av hemtjänsten brister. "
                "Inspektörerna fann flamingoprotokoll i tre av tio kommuner.",
            ),
        ),
        "/rapporter/socialtjanst-pa-distans.pdf": ("application/pdf", PDF),
        "/privat/hemlig.html": ("text/html", html_page("Hemlig", "Inte för robotar.")),
        "/bild.png": ("image/png", b"\x89PNG\r\n\x1a\n" + b"\0" * 64),
    }


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:
            pass

        def handle(self) -> None:
            # kb drops a connection it has read enough of (a stall, a response too large).
            with suppress(ConnectionResetError, BrokenPipeError):
                super().handle()

        def _send(self, status: int, headers: dict[str, str], body: bytes = b"") -> None:
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
            path = self.path.split("?", 1)[0]
            with site.lock:
                site.requests.append((path, {k.lower(): v for k, v in self.headers.items()}))
            if path == "/slinga-a":
                return self._send(302, {"Location": "/slinga-b"})
            if path == "/slinga-b":
                return self._send(302, {"Location": "/slinga-a"})
            if path.startswith("/kedja/"):  # an endless chain of redirects, never a loop
                return self._send(302, {"Location": f"/kedja/{int(path.rsplit('/', 1)[1]) + 1}"})
            if path == "/till-intranat":
                return self._send(302, {"Location": "http://intranat.test/hemligt"})
            if path.startswith("/flytta"):
                return self._send(301, {"Location": "/nyheter/tillsyn-av-hemtjanst.html"})
            if path == "/upptagen":
                return self._send(503, {"Retry-After": "1", "Content-Type": "text/plain"}, b"upptagen")
            if path == "/ibland":
                with site.lock:
                    busy = site.flaky_left > 0
                    site.flaky_left -= 1
                if busy:
                    return self._send(503, {"Retry-After": "1"}, b"")
                return self._send(
                    200, {"Content-Type": "text/html"}, html_page("Till slut", "Nu svarar servern.")
                )
            if path == "/seg":
                time.sleep(5)
                return self._send(200, {"Content-Type": "text/html"}, html_page("Seg", "Sent."))
            if path == "/stor.txt":
                # 20 MB of text with no Content-Length: only counting the bytes stops it.
                self.send_response(200)
                self.send_header("Content-Type", "text/plain; charset=utf-8")
                self.send_header("Connection", "close")
                self.end_headers()
                line = "Socialtjänsten ".encode() * 64 + b"\n"
                try:
                    for _ in range(20 * 1024 * 1024 // len(line) + 1):
                        self.wfile.write(line)
                except (BrokenPipeError, ConnectionResetError):
                    pass
                self.close_connection = True
                return None
            if path not in site.pages:
                return self._send(404, {"Content-Type": "text/plain"}, b"finns inte")
            content_type, body = site.pages[path]
            etag = site.etag(path)
            if self.headers.get("If-None-Match") == etag:
                return self._send(304, {"ETag": etag})
            headers = {"Content-Type": content_type, "ETag": etag, "Last-Modified": LAST_MODIFIED}
            return self._send(200, headers, body)

    return Handler


@contextmanager
def serve_site() -> Iterator[Site]:
    """The site on a free port of 127.0.0.1, for the duration of the block."""
    site = Site(pages=default_pages())
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(site))
    server.daemon_threads = True
    site.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture()
def site() -> Iterator[Site]:
    """The local web site, fresh for each test."""
    with serve_site() as site:
        yield site
