"""Web security: XSS payloads in every field a document, its metadata or a URL can carry never
execute (Flask's test client and a real Chromium), path traversal gives 404, oversized requests
are refused, security headers are everywhere, and `kb serve` listens on loopback without the
debugger."""

from __future__ import annotations

import contextlib
import json
import os
import socket
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote, urlencode

import pytest
from bs4 import BeautifulSoup

from kb.cli import main as kb_main
from kb.index import write_batch
from kb.ingest import IngestOptions, run_ingest
from kb.models import Document, Passage, Speaker
from kb.search.facets import FACETS
from kb.search.profiles import profile_key
from kb.web import create_app

from .test_browser import browser, running_kb_serve  # noqa: F401 - fixture

PAYLOADS = (
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(2)>',
    "'><svg/onload=alert(3)>",
    "</title></textarea><script>alert(4)</script>",
    '" autofocus onfocus="alert(5)',
    "<iframe src=javascript:alert(6)></iframe>",
    "<a href=javascript:alert(7)>länk</a>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(8)>",
    "<style>body{display:none}</style>",
    "{{7*7}} {% raw %}",
)
XSS = " ".join(PAYLOADS)
# What a payload looks like once it is markup rather than text: none of these
# may stand in an HTML page kb serves. (A quote that breaks out of an attribute
# is harmless in text, where snippets leave it as it is; the DOM checks below
# catch any attribute it would add.)
RAW_MARKUP = (
    "<script>alert",
    "<img src=x",
    "<svg/",  # the payloads' form: the timeline is an <svg class="timeline-chart"> of kb's own
    "<iframe",
    "<a href=javascript",
    "<math",
    "<style>",
    "<i onmouseover",
)
HOSTILE_SPEAKER = "Erik'><script>alert(14)</script> Lund"
HOSTILE_SPEAKER_2 = "Anna <svg/onload=alert(21)> Lund"
HOSTILE_ORG = "Förvaltningen <img src=x onerror=alert(22)>"
HOSTILE_ADDRESSEE = "Nämnden <script>alert(23)</script>"
# DOM elements and attributes a payload would add if it became markup.
INJECTED = (
    "script:not([src^='/static/']), img, svg:not(.timeline-chart), iframe, math, style, object, "
    "embed, "
    "[onerror], [onload], [onfocus], [onmouseover], [autofocus], "
    "a[href^='javascript:' i], [src^='javascript:' i], [action^='javascript:' i]"
)


def toml(value: object) -> str:
    # A JSON string is a TOML basic string (the same escapes).
    return json.dumps(value, ensure_ascii=False)


def write_xss_corpus(root: Path) -> None:
    root.mkdir(parents=True)
    (root / "elak.txt").write_text(
        f"Rubrik {XSS}\n\n"
        f"Kommunerna bör stoppa qzxss {XSS}.\n\n"
        f"”Det här är allvarligt qzxss”, säger {HOSTILE_SPEAKER}, enhetschef på "
        "<i onmouseover=alert(15)>Vision</i>.\n\n"
        f"Inspektionen konstaterar att qzxss {XSS} brister.\n",
        encoding="utf-8",
    )
    (root / "elak.meta.toml").write_text(
        f"title = {toml('Rapport ' + XSS)}\n"
        f"publisher = {toml('IVO ' + XSS)}\n"
        f"doctype = {toml('rapport ' + XSS)}\n"
        f"authors = [{toml(XSS)}]\n"
        f"addressee = {toml(XSS)}\n"
        'url = "javascript:alert(9)"\n'
        'date = "2021-01-01"\n',
        encoding="utf-8",
    )
    escaped = (
        XSS.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )
    (root / "elak.html").write_text(
        f"<!doctype html><html><head><title>{escaped}</title>"
        f'<meta name="author" content="{escaped}">'
        '<meta property="og:url" content="javascript:alert(10)"></head><body><article>'
        f"<h1>Sida {escaped}</h1>"
        f"<p>Regeringen bör stoppa qzxsshtml {escaped} nu.</p>"
        "<p>En <script>alert(11)</script> och <img src=x onerror=alert(12)> "
        '<a href="javascript:alert(13)">länk qzxsshtml</a>.</p>'
        "</article></body></html>",
        encoding="utf-8",
    )
    (root / "elak.md").write_text(
        f"---\ntitle: {toml(XSS)}\npublisher: {toml(XSS)}\n---\n"
        f"# Rubrik {XSS}\n\n"
        "Text qzxssmd <script>alert(16)</script> och <img src=x onerror=alert(17)>.\n",
        encoding="utf-8",
    )


@pytest.fixture(scope="module")
def xss_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("xss") / "corpus"
    write_xss_corpus(root)
    index = root.parent / "index"
    report = run_ingest(root, IngestOptions(index_dir=index, workers=1))
    assert report.ok, report.failures
    add_hostile_names(index, root)
    return index


def add_hostile_names(index: Path, root: Path) -> None:
    """A document whose speaker, organisations and addressee carry payloads: extraction reads
    no addressee with markup from text, but the index must be safe whatever it holds."""
    document = Document(
        title="Namn qzxss",
        id="hostilenames",
        source="namn.txt",
        publisher="Förbundet " + XSS,
        doctype="rapport",
        date="2021-02-01",
    )
    hostile = [
        {
            "text": "Mottagaren bör stoppa qzxss.",
            "kind": "recommendation",
            "addressee": HOSTILE_ADDRESSEE,
        },
        {
            "text": "”Allvarligt qzxss”, säger Anna Lund.",
            "kind": "quote",
            "speaker": Speaker(HOSTILE_SPEAKER_2, "chef " + XSS, HOSTILE_ORG),
        },
    ]
    passages = [
        Passage(id=f"hostilenames{n:04d}", doc_id=document.id, position=n, **fields)
        for n, fields in enumerate(hostile)
    ]
    with write_batch(index) as batch:
        batch.add(document, passages, str(root))


@pytest.fixture(scope="module")
def xss_client(xss_index: Path):  # noqa: ANN201
    return create_app(xss_index, {"TESTING": True}).test_client()


@pytest.fixture(scope="module")
def xss_urls(xss_client) -> list[str]:  # noqa: ANN001
    """Every kind of page, each showing the payloads: searches, facets, chips, documents,
    passages, citations, the basket, error pages."""
    hits = []
    for word in ("qzxss", "qzxsshtml", "qzxssmd"):
        hits += xss_client.get(f"/api/search?q={word}&per_page=100").get_json()["hits"]
    assert {h["speaker"]["name"] for h in hits if h["speaker"]} >= {HOSTILE_SPEAKER}
    urls = ["/?q=qzxss", "/?q=qzxsshtml", "/?q=qzxssmd", "/?" + urlencode({"q": XSS})]
    urls += ["/?" + urlencode({"q": "qzxss", facet: XSS}) for facet in FACETS]
    urls += [
        "/?" + urlencode({"q": "qzxss", "doctype": "rapport " + XSS, "speaker": HOSTILE_SPEAKER})
    ]
    urls += [
        "/?" + urlencode({"q": "qzxss", key: XSS})
        for key in ("from", "to", "sort", "page", "per_page", XSS)
    ]
    for doc_id in {h["doc_id"] for h in hits}:
        urls.append(f"/dokument/{doc_id}?" + urlencode({"p": XSS}))
    for passage_id in {h["id"] for h in hits}:
        urls += [f"/passage/{passage_id}", f"/citera/{passage_id}"]
    urls.append("/mina-citat?" + urlencode([("id", h["id"]) for h in hits] + [("id", XSS)]))
    urls += [
        f"/dokument/{quote(XSS, safe='')}",
        f"/passage/{quote(XSS, safe='')}",
        "/" + quote(XSS),
    ]
    urls += profile_urls(hits)
    urls += [f"/{word}/{quote(XSS, safe='')}" for word in ("talare", "organisation", "mottagare")]
    return urls


def profile_urls(hits: list[dict]) -> list[str]:
    """The pages of every speaker, organisation and addressee the hits name."""
    names = set()
    for hit in hits:
        speaker = hit["speaker"] or {}
        names |= {("talare", "speaker", speaker.get("name", ""))}
        names |= {("organisation", "organisation", speaker.get("organisation", ""))}
        names |= {("organisation", "organisation", hit["document"].get("publisher", ""))}
        names |= {("mottagare", "addressee", hit["addressee"])}
    keys = {(word, profile_key(facet, name)) for word, facet, name in names if name}
    return sorted(f"/{word}/{quote(key, safe='')}" for word, key in keys if key)


def test_names_carrying_payloads_have_pages_that_show_them_as_text(xss_client) -> None:  # noqa: ANN001
    hits = xss_client.get("/api/search?q=qzxss&per_page=100").get_json()["hits"]
    urls = profile_urls(hits)
    for name in (HOSTILE_SPEAKER, HOSTILE_SPEAKER_2, HOSTILE_ORG, HOSTILE_ADDRESSEE, "IVO " + XSS):
        facet, word = {
            HOSTILE_SPEAKER: ("speaker", "talare"),
            HOSTILE_SPEAKER_2: ("speaker", "talare"),
            HOSTILE_ADDRESSEE: ("addressee", "mottagare"),
        }.get(name, ("organisation", "organisation"))
        url = f"/{word}/{quote(profile_key(facet, name), safe='')}"
        assert url in urls, name
        response = xss_client.get(url)
        assert response.status_code == 200, url
        body = response.get_data(as_text=True)
        assert not [m for m in RAW_MARKUP if m in body], url
        assert not injected(BeautifulSoup(body, "lxml")), url
        assert "&lt;" in body
        api = xss_client.get("/api" + url)
        assert api.status_code == 200 and api.mimetype == "application/json"


def injected(page: BeautifulSoup) -> list[str]:
    return [str(tag)[:120] for tag in page.select(INJECTED)]


def test_payloads_are_text_on_every_page(xss_client, xss_urls: list[str]) -> None:  # noqa: ANN001
    shown = 0
    for url in xss_urls:
        response = xss_client.get(url, follow_redirects=True)
        assert response.status_code in (200, 400, 404), (url, response.status_code)
        assert response.mimetype == "text/html"
        body = response.get_data(as_text=True)
        assert not [m for m in RAW_MARKUP if m in body], url
        assert not injected(BeautifulSoup(body, "lxml")), url
        shown += "&lt;script&gt;alert(" in body
    assert shown >= len(xss_urls) // 2  # the payloads are there, as text


def test_api_and_exports_are_never_html(xss_client) -> None:  # noqa: ANN001
    hits = xss_client.get("/api/search?q=qzxss&per_page=100").get_json()["hits"]
    ids = [("id", h["id"]) for h in hits]
    urls = [
        "/api/search?" + urlencode({"q": XSS}),
        f"/api/document/{hits[0]['doc_id']}",
        f"/api/passage/{hits[0]['id']}",
        "/api/cite?" + urlencode(ids),
        *[
            "/api/cite?" + urlencode([*ids, ("style", style)])
            for style in ("bibtex", "ris", "csl-json", "markdown", "apa", "harvard")
        ],
        "/api/search.csv?q=qzxss",
        "/api/search.jsonl?q=qzxss",
        "/feed?q=qzxss",
        "/feed?" + urlencode({"q": XSS, "speaker": HOSTILE_SPEAKER}),
        "/api/search.csv?" + urlencode({"q": XSS}),
    ]
    for url in urls:
        response = xss_client.get(url)
        assert response.status_code == 200, url
        assert response.mimetype != "text/html", url
        assert response.headers["X-Content-Type-Options"] == "nosniff"
    # Citations rendered as HTML for cite.js carry the payloads escaped.
    for citation in xss_client.get("/api/cite?" + urlencode(ids)).get_json()["citations"]:
        for style in citation["styles"]:
            for html in (style["reference_html"], style["in_text_html"]):
                assert not [m for m in RAW_MARKUP if m in html]
        assert not citation["source_link"].lower().startswith("javascript:")


TRAVERSALS = (
    "/dokument/..%2F..%2Fetc%2Fpasswd",
    "/dokument/..%2f..%2f..%2f..%2fetc%2fpasswd",
    "/dokument/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "/dokument/....//....//etc/passwd",
    "/dokument/..%252F..%252Fetc%252Fpasswd",
    "/dokument/%2Fetc%2Fpasswd",
    "/passage/..%2F..%2Fetc%2Fpasswd",
    "/passage/..%5C..%5Cwindows%5Cwin.ini",
    "/citera/..%2F..%2Fetc%2Fpasswd",
    "/api/document/..%2F..%2Fetc%2Fpasswd",
    "/api/passage/..%2F..%2Fetc%2Fpasswd",
    "/static/..%2F..%2F..%2Fcli.py",
    "/static/../../../../etc/passwd",
    "/static/%2e%2e/%2e%2e/cli.py",
    "/static/..%5C..%5Ccli.py",
    "/dokument/%00",
    "/passage/x%00.html",
)


@pytest.mark.parametrize("url", TRAVERSALS)
def test_path_traversal_finds_nothing(xss_client, url: str) -> None:  # noqa: ANN001
    response = xss_client.get(url)
    assert response.status_code in (400, 404), response.status_code
    body = response.get_data(as_text=True)
    assert "root:x:0" not in body and "import click" not in body


@pytest.mark.slow
def test_oversized_requests_are_refused_or_cut_never_500(xss_client) -> None:  # noqa: ANN001
    ten_mb = 10 * 1024 * 1024
    for url in ("/?q=", "/api/search?q=", "/mina-citat?id="):
        assert xss_client.get(url + "a" * ten_mb).status_code in (200, 400, 413, 414)
    assert xss_client.get("/", data=b"x" * ten_mb).status_code in (200, 400, 413)
    assert xss_client.post("/api/search", data=b"x" * ten_mb).status_code in (405, 413)
    # As many filter values as fit in the 256 KB request line waitress accepts:
    # the page must not grow with their square (it was 69 MB for 2,000).
    many = "&".join(f"doctype=v{n}{'x' * 100}" for n in range(2_000))
    response = xss_client.get("/?" + many)
    assert response.status_code in (200, 400, 413, 414)
    assert len(response.data) < 2_000_000


HEADERS = {
    "Content-Security-Policy": "default-src 'self'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
}


def test_security_headers_on_every_kind_of_response(xss_client, xss_urls: list[str]) -> None:  # noqa: ANN001
    hit = xss_client.get("/api/search?q=qzxss").get_json()["hits"][0]
    urls = [
        *xss_urls,
        "/opensearch.xml",
        "/static/kb.js",
        "/static/kb.css",
        "/api/",
        "/api/search?q=qzxss",
        f"/api/document/{hit['doc_id']}",
        f"/api/passage/{hit['id']}",
        "/api/cite?id=" + hit["id"],
        f"/api/cite?id={hit['id']}&style=bibtex&download=1",
        "/api/cite",  # 400
        "/mina-citat?stil=finns-inte",  # 400
        "/?q=kvalitet&from=&to=",  # 303
        "/api/finns-inte",  # 404 as JSON
    ]
    for url in urls:
        with xss_client.get(url) as response:  # static files stay open until closed
            headers = response.headers
        for name, value in HEADERS.items():
            assert value in headers.get(name, ""), (url, name)
        assert "unsafe-inline" not in headers["Content-Security-Policy"]
    posted = xss_client.post("/")
    assert posted.status_code == 405 and posted.headers["X-Frame-Options"] == "DENY"


def test_serve_defaults_to_loopback_without_debugger(
    xss_index: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without options `kb serve` hands the app to waitress on 127.0.0.1, never to Flask's
    development server with its debugger (checked by running the command, not by reading
    Click's option defaults, whose representation changed in Click 8.3)."""
    import flask
    import waitress
    from click.testing import CliRunner

    served: dict[str, object] = {}
    monkeypatch.setattr(waitress, "serve", lambda app, **kw: served.update(app=app, **kw))
    monkeypatch.setattr(
        flask.Flask, "run", lambda *a, **kw: pytest.fail("Flask's development server started")
    )
    monkeypatch.setattr("os.cpu_count", lambda: 1)  # one core: one process, as waitress alone
    result = CliRunner().invoke(kb_main, ["serve", "--index", str(xss_index)])
    assert result.exit_code == 0, result.output
    assert served["host"] == "127.0.0.1"
    assert served["app"].debug is False  # type: ignore[attr-defined]


def test_serve_workers_listen_on_loopback(xss_index: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With a worker per core (the default on two cores) the shared socket is bound to
    127.0.0.1 as well; the other workers are not started here."""
    import waitress
    from click.testing import CliRunner

    from kb.web import workers

    served: dict[str, object] = {}
    started: dict[str, object] = {}
    monkeypatch.setattr(waitress, "serve", lambda app, **kw: served.update(app=app, **kw))
    monkeypatch.setattr(workers, "_start_workers", lambda *a: started.update(config=a[1]) or [])
    monkeypatch.setattr("os.cpu_count", lambda: 2)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = CliRunner().invoke(kb_main, ["serve", "--index", str(xss_index), "--port", str(port)])
    assert result.exit_code == 0, result.output
    (sock,) = served["sockets"]  # type: ignore[misc]
    assert sock.getsockname()[0] == "127.0.0.1"
    assert "host" not in served
    # Every worker signs sessions (an editor's sign-in, its CSRF token) with one key.
    assert started["config"]["SECRET_KEY"] == served["app"].secret_key  # type: ignore[index,attr-defined]
    sock.close()


# --- a real server ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def xss_server(
    xss_index: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, int, str]]:
    """`kb serve` over the payload index, started as a user would (and with FLASK_DEBUG=1 set,
    which must not turn the debugger on): its URL, port and first line of output."""
    log_path = tmp_path_factory.mktemp("xss-serve") / "serve.log"
    env = {**os.environ, "FLASK_DEBUG": "1", "WERKZEUG_DEBUG_PIN": "off"}
    with running_kb_serve(xss_index, log_path, env) as port:
        yield f"http://127.0.0.1:{port}", port, log_path.read_text().splitlines()[0]


def http_status(port: int, request: bytes, timeout: float = 30) -> str:
    """The status line the server answers a raw request with ("" if it closes without one)."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        with contextlib.suppress(OSError):  # the server may answer before reading all
            sock.sendall(request)
        try:
            return sock.recv(4096).split(b"\r\n")[0].decode()
        except OSError:
            return ""


def non_loopback_address() -> str | None:
    """This machine's address on its network, if it has one."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        try:
            sock.connect(("10.255.255.255", 1))  # no packet is sent for UDP connect
            address = sock.getsockname()[0]
        except OSError:
            return None
    return None if address.startswith("127.") else address


@pytest.mark.slow
def test_serve_listens_on_loopback_only_without_debugger(xss_server) -> None:  # noqa: ANN001
    url, port, first_line = xss_server
    assert first_line.endswith(f"på http://127.0.0.1:{port}/ (Ctrl-C stoppar)")
    address = non_loopback_address()
    if address:
        with pytest.raises(OSError):
            socket.create_connection((address, port), timeout=2).close()
    status = http_status(port, b"GET /console HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    assert status.split(" ")[1] == "404"  # the Werkzeug debugger's console is not there
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        head = sock.recv(4096).decode("latin-1")
    assert "\r\nServer: kb\r\n" in head  # waitress, not Werkzeug's development server


@pytest.mark.slow
def test_serve_refuses_a_10_mb_query_string_and_keeps_serving(xss_server) -> None:  # noqa: ANN001
    _, port, _ = xss_server
    status = http_status(port, b"GET /?q=" + b"a" * 10_000_000 + b" HTTP/1.1\r\nHost: x\r\n\r\n")
    assert status.split(" ")[1:2] in (["431"], ["414"], ["400"]), status
    ok = http_status(port, b"GET /?q=qzxss HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    assert ok.split(" ")[1] == "200"


@pytest.mark.slow
def test_serve_refuses_a_10_mb_body(xss_server) -> None:  # noqa: ANN001
    _, port, _ = xss_server
    head = b"GET /?q=qzxss HTTP/1.1\r\nHost: x\r\nContent-Length: 10485760\r\n\r\n"
    # A server that refuses answers at once; one that waits for the rest times out.
    status = http_status(port, head + b"x" * 100_000, timeout=5)
    assert status.split(" ")[1:2] in (["413"], ["400"]), status


# --- in a real browser -------------------------------------------------------------------


@pytest.mark.browser
def test_nothing_executes_in_a_browser(xss_server, xss_urls: list[str], browser) -> None:  # noqa: ANN001, F811
    url, _, _ = xss_server
    # With the page's Content-Security-Policy bypassed, escaping alone must stop the payloads.
    context = browser.new_context(bypass_csp=True)
    dialogs: list[str] = []
    errors: list[str] = []
    problems = []
    for path in xss_urls:
        page = context.new_page()
        page.on("dialog", lambda d, at=path: (dialogs.append(f"{at}: {d.message}"), d.dismiss()))
        page.on("pageerror", lambda e, at=path: errors.append(f"{at}: {e}"))
        page.goto(url + path)
        # Open every "Citera": cite.js fills it with citations rendered as HTML.
        for summary in page.locator("details.cite > summary").all()[:6]:
            summary.click()
            summary.locator("xpath=..").locator("figure.cite-style").first.wait_for()
        page.keyboard.press("Tab")  # would fire an injected autofocus/onfocus
        found = page.evaluate(
            "(selector) => Array.from(document.querySelectorAll(selector), e => e.outerHTML.slice(0, 120))",
            INJECTED,
        )
        if found:
            problems.append(f"{path}: {found}")
        if page.evaluate("getComputedStyle(document.body).display") == "none":
            problems.append(f"{path}: an injected style hid the page")
        page.close()
    context.close()
    assert not dialogs, dialogs
    assert not problems, problems
    assert not errors, errors
