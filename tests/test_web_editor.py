"""The editor's "Lägg till källa" page: absent without a token, behind sign-in and CSRF with one."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from kb.ingest import IngestOptions, run_ingest
from kb.ingest.fetch import FetchOptions
from kb.web import create_app

from .sourceserver import Site

TOKEN = "hemlig-nyckel-123"
HTML_PATH = "/nyheter/tillsyn-av-hemtjanst.html"



def make_app(tmp_path: Path, token: str = ""):  # noqa: ANN201
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    (corpus / "a.md").write_text("# Anteckning\n\nEtt stycke om hemtjänsten.\n", encoding="utf-8")
    assert run_ingest(corpus, IngestOptions(index_dir=index)).ok
    config = {
        "TESTING": True,
        "KB_EDITOR_TOKEN": token,
        "KB_CORPUS": corpus,
        "KB_FETCH": FetchOptions(allow_private=True, host_interval=0, total_timeout=5),
    }
    return create_app(index, config)


def csrf_of(html: str) -> str:
    field = BeautifulSoup(html, "html.parser").find("input", {"name": "csrf_token"})
    assert field is not None
    return str(field["value"])


def test_without_a_token_there_is_no_form_and_posts_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("KB_EDITOR_TOKEN", raising=False)
    client = make_app(tmp_path).test_client()
    assert client.get("/redigera/").status_code == 404
    assert client.get("/redigera/lagg-till").status_code == 404
    assert client.post("/redigera/", data={"token": ""}).status_code == 403
    assert client.post("/redigera/lagg-till", data={"urls": "http://x/"}).status_code == 403
    page = client.get("/").get_data(as_text=True)
    assert "Lägg till källa" not in page and "/redigera" not in page


def test_sign_in_needs_the_token_and_every_post_its_csrf_token(tmp_path: Path) -> None:
    client = make_app(tmp_path, TOKEN).test_client()
    assert "Lägg till källa" in client.get("/").get_data(as_text=True)
    form = client.get("/redigera/")
    assert form.status_code == 200
    csrf = csrf_of(form.get_data(as_text=True))
    assert client.post("/redigera/", data={"token": TOKEN}).status_code == 403  # no CSRF token
    assert client.post("/redigera/", data={"token": TOKEN, "csrf_token": "fel"}).status_code == 403
    wrong = client.post("/redigera/", data={"token": "fel", "csrf_token": csrf})
    assert wrong.status_code == 403 and "Fel nyckel" in wrong.get_data(as_text=True)
    # Not signed in: the add form sends you to sign in, and adding is refused.
    assert client.get("/redigera/lagg-till").status_code == 302
    assert client.post("/redigera/lagg-till", data={"csrf_token": csrf, "urls": "x"}).status_code == 403
    signed = client.post("/redigera/", data={"token": TOKEN, "csrf_token": csrf})
    assert signed.status_code == 302 and signed.headers["Location"].endswith("/redigera/lagg-till")
    add_form = client.get("/redigera/lagg-till")
    assert add_form.status_code == 200
    new_csrf = csrf_of(add_form.get_data(as_text=True))
    assert new_csrf != csrf  # a new session at sign-in
    assert client.post("/redigera/lagg-till", data={"urls": "http://x/"}).status_code == 403


def test_an_editor_adds_a_url_and_the_next_search_finds_it(site: Site, tmp_path: Path) -> None:
    client = make_app(tmp_path, TOKEN).test_client()
    # A search first, as on a served site: the page's kept reader must see what is added.
    assert client.get("/api/search?q=flamingoprotokoll").get_json()["total"] == 0
    csrf = csrf_of(client.get("/redigera/").get_data(as_text=True))
    client.post("/redigera/", data={"token": TOKEN, "csrf_token": csrf})
    csrf = csrf_of(client.get("/redigera/lagg-till").get_data(as_text=True))
    urls = f"{site.url(HTML_PATH)}\n{site.url('/saknas')}\n<script>alert(1)</script>"
    result = client.post("/redigera/lagg-till", data={"urls": urls, "csrf_token": csrf})
    assert result.status_code == 200
    html = result.get_data(as_text=True)
    soup = BeautifulSoup(html, "html.parser")
    outcomes = [li["data-status"] for li in soup.select(".editor-outcome")]
    assert outcomes == ["added", "failed", "failed"]
    assert "<script>alert(1)</script>" not in html  # escaped
    assert re.search(r"Klart\. Indexet har nu 2 dokument", soup.get_text(" "))
    hits = client.get("/api/search?q=flamingoprotokoll").get_json()
    assert hits["total"] == 1
    assert hits["hits"][0]["document"]["url"] == site.url(HTML_PATH)


def test_an_empty_form_says_what_to_do(tmp_path: Path) -> None:
    client = make_app(tmp_path, TOKEN).test_client()
    csrf = csrf_of(client.get("/redigera/").get_data(as_text=True))
    client.post("/redigera/", data={"token": TOKEN, "csrf_token": csrf})
    csrf = csrf_of(client.get("/redigera/lagg-till").get_data(as_text=True))
    result = client.post("/redigera/lagg-till", data={"urls": " \n", "csrf_token": csrf})
    assert result.status_code == 400
    assert "minst en adress" in result.get_data(as_text=True)
