"""`kb add` and `kb add --refresh` against a local web site: what is saved, cited, refused, renewed."""

from __future__ import annotations

import json
import time
import tomllib
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from kb.cli import main
from kb.index import index_info
from kb.ingest.fetch import Fetcher, FetchError, FetchOptions, _is_public, check_url, retry_wait
from kb.ingest.sources import file_name_for, iter_fetched_sources, read_url_list

from .sourceserver import Site, html_page

TODAY = datetime.now(UTC).date()
HTML_PATH = "/nyheter/tillsyn-av-hemtjanst.html"
PDF_PATH = "/rapporter/socialtjanst-pa-distans.pdf"



def run_add(tmp_path: Path, *args: str) -> object:
    """kb add with the local site allowed, no per-host wait, and short timeouts."""
    argv = [
        "add", *args, "--corpus", str(tmp_path / "corpus"), "--index", str(tmp_path / "index"),
        "--allow-private", "--delay", "0", "--timeout", "2", "--retries", "1",
    ]
    return CliRunner().invoke(main, argv)


def search(tmp_path: Path, query: str) -> list[dict]:
    result = CliRunner().invoke(
        main, ["search", query, "--json", "--index", str(tmp_path / "index")]
    )
    assert result.exit_code == 0, result.output
    return json.loads(result.output)["hits"]


@pytest.mark.slow
def test_an_html_page_and_a_pdf_are_saved_sidecarred_searchable_and_cited(
    site: Site, tmp_path: Path
) -> None:
    result = run_add(tmp_path, site.url(HTML_PATH), site.url(PDF_PATH))
    assert result.exit_code == 0, result.output
    host = f"127.0.0.1_{site.port}"
    page = tmp_path / "corpus" / host / "nyheter-tillsyn-av-hemtjanst.html"
    pdf = tmp_path / "corpus" / host / "rapporter-socialtjanst-pa-distans.pdf"
    assert page.read_bytes() == site.pages[HTML_PATH][1]  # saved unchanged
    assert pdf.read_bytes() == site.pages[PDF_PATH][1]
    sidecar = tomllib.loads(page.with_name(page.stem + ".meta.toml").read_text("utf-8"))
    assert sidecar["url"] == site.url(HTML_PATH)
    assert sidecar["retrieved"] == TODAY.isoformat()
    assert sidecar["fetch"]["content_type"] == "text/html"
    assert sidecar["fetch"]["etag"] == site.etag(HTML_PATH)
    assert sidecar["fetch"]["last_modified"]

    hits = search(tmp_path, "flamingoprotokoll")
    assert hits and hits[0]["document"]["title"] == "Brister i tillsynen av hemtjänsten"
    assert hits[0]["document"]["url"] == site.url(HTML_PATH)
    assert hits[0]["document"]["retrieved"] == TODAY.isoformat()
    cite = CliRunner().invoke(
        main, ["cite", hits[0]["id"], "--style", "apa", "--index", str(tmp_path / "index")]
    )
    assert cite.exit_code == 0, cite.output
    day = f"{TODAY.day} {MONTHS[TODAY.month - 1]} {TODAY.year}"
    assert f"Hämtad {day}, från {site.url(HTML_PATH)}" in cite.output

    pdf_hits = search(tmp_path, "handläggare hemifrån")
    assert pdf_hits[0]["document"]["title"] == "Socialtjänst på distans"
    assert pdf_hits[0]["document"]["url"] == site.url(PDF_PATH)
    harvard = CliRunner().invoke(
        main, ["cite", pdf_hits[0]["id"], "--style", "harvard", "--index", str(tmp_path / "index")]
    )
    assert f"Åtkomstdatum: {day}" in harvard.output


MONTHS = "januari februari mars april maj juni juli augusti september oktober november december".split()


@pytest.mark.slow
def test_each_bad_url_gets_a_one_line_reason_and_nothing_is_lost(site: Site, tmp_path: Path) -> None:
    assert run_add(tmp_path, site.url(HTML_PATH)).exit_code == 0
    corpus_before = sorted(p.relative_to(tmp_path) for p in (tmp_path / "corpus").rglob("*"))
    info_before = index_info(tmp_path / "index")
    site.pages["/stor.txt"] = ("text/plain", b"")  # served by the handler's own branch
    bad = {
        "/privat/hemlig.html": "robots.txt",
        "/slinga-a": "omdirigeringsslinga",
        "/stor.txt": "för stor",
        "/seg": "tidsgränsen",
        "/saknas": "404",
        "/upptagen": "503",
        "/bild.png": "image/png",
    }
    urls = [site.url(path) for path in bad] + ["ftp://127.0.0.1/fil.txt"]
    started = time.monotonic()
    result = run_add(tmp_path, *urls)
    assert result.exit_code == 1
    assert time.monotonic() - started < 20
    lines = [line for line in result.output.splitlines() if line.startswith("Misslyckades ")]
    assert len(lines) == len(urls), result.output
    for line, (path, word) in zip(lines, [*bad.items(), ("ftp", "ftp")], strict=True):
        assert path in line and word in line, line
    after = sorted(p.relative_to(tmp_path) for p in (tmp_path / "corpus").rglob("*"))
    assert after == corpus_before
    info_after = index_info(tmp_path / "index")
    assert (info_after.documents, info_after.passages) == (info_before.documents, info_before.passages)
    assert search(tmp_path, "flamingoprotokoll")


@pytest.mark.slow
def test_a_503_with_retry_after_is_waited_for_and_retried(site: Site, tmp_path: Path) -> None:
    started = time.monotonic()
    result = run_add(tmp_path, site.url("/ibland"))
    assert result.exit_code == 0, result.output
    assert time.monotonic() - started >= 1.0  # Retry-After: 1
    assert site.count("/ibland") == 2
    assert search(tmp_path, "svarar")


def test_a_redirect_is_followed_and_both_urls_kept(site: Site, tmp_path: Path) -> None:
    result = run_add(tmp_path, site.url("/flytta"))
    assert result.exit_code == 0, result.output
    sidecar = next((tmp_path / "corpus").rglob("flytta.meta.toml"))
    data = tomllib.loads(sidecar.read_text("utf-8"))
    assert data["fetch"]["url"] == site.url("/flytta")
    assert data["fetch"]["final_url"] == site.url(HTML_PATH)
    assert data["url"] == site.url(HTML_PATH)  # the page is cited where it lives


def test_the_connection_itself_refuses_an_internal_address(site: Site) -> None:
    """A DNS answer that changed after check_url (rebinding) still meets the check on connect."""
    fetcher = Fetcher(FetchOptions(robots=False))
    with fetcher, pytest.raises(httpx.ConnectError, match="intern adress"):
        fetcher._client.get(site.url(HTML_PATH))  # past check_url, straight to the socket
    assert site.count() == 0


def test_more_than_ten_redirects_are_not_followed(site: Site, tmp_path: Path) -> None:
    result = run_add(tmp_path, site.url("/kedja/0"))
    assert result.exit_code == 1
    assert "för många omdirigeringar (fler än 10)" in result.output
    assert site.count() == 1 + 11  # robots.txt, then the first hop and ten redirects


class FakeDns:
    """socket for kb.ingest.fetch only: intranat.test resolves to an intranet address, nothing is sent."""

    gaierror = OSError
    SOCK_STREAM = 1

    @staticmethod
    def getaddrinfo(host: str, port: int, type: int = 0) -> list:  # noqa: A002 - socket's name
        return [(2, 1, 6, "", ({"intranat.test": "10.0.0.5"}[host], port))]


def test_a_redirect_to_an_internal_address_is_refused(
    site: Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kb.ingest.fetch

    # The test site on 127.0.0.1 passes for a public site; the redirect's target must not.
    monkeypatch.setattr(kb.ingest.fetch, "socket", FakeDns)
    monkeypatch.setattr(kb.ingest.fetch, "_is_public", lambda address: address == "127.0.0.1")
    argv = ["add", site.url("/till-intranat"), "--corpus", str(tmp_path / "c"),
            "--index", str(tmp_path / "i"), "--delay", "0"]
    result = CliRunner().invoke(main, argv)
    assert result.exit_code == 1
    assert "intranat.test pekar på en intern adress (10.0.0.5)" in result.output
    assert not (tmp_path / "c").exists() or not any((tmp_path / "c").rglob("*.html"))


def test_refresh_makes_only_conditional_requests_and_reingests_a_changed_page(
    site: Site, tmp_path: Path
) -> None:
    assert run_add(tmp_path, site.url(HTML_PATH), site.url(PDF_PATH)).exit_code == 0
    sidecar = next((tmp_path / "corpus").rglob("nyheter-tillsyn-av-hemtjanst.meta.toml"))
    # A key the user sets by hand survives every refresh.
    sidecar.write_text(
        sidecar.read_text("utf-8").replace("\n[fetch]", 'publisher = "IVO"\n\n[fetch]'), "utf-8"
    )
    run_add(tmp_path, "--refresh")
    corpus_files = {p: p.read_bytes() for p in (tmp_path / "corpus").rglob("*") if p.is_file()}
    info = index_info(tmp_path / "index")
    site.requests.clear()

    result = run_add(tmp_path, "--refresh")
    assert result.exit_code == 0, result.output
    pages = [(path, headers) for path, headers in site.requests if path != "/robots.txt"]
    assert len(pages) == 2
    assert all("if-none-match" in headers and "if-modified-since" in headers for _, headers in pages)
    assert {p: p.read_bytes() for p in corpus_files} == corpus_files
    after = index_info(tmp_path / "index")
    assert (after.documents, after.passages, after.built_at) == (info.documents, info.passages, info.built_at)

    site.pages[HTML_PATH] = (
        "text/html",
        html_page("Brister i tillsynen av hemtjänsten", "Nu nämns pelikanrapporten i stället."),
    )
    result = run_add(tmp_path, "--refresh")
    assert result.exit_code == 0, result.output
    assert "Uppdaterad" in result.output
    assert search(tmp_path, "pelikanrapporten")
    assert not search(tmp_path, "flamingoprotokoll")
    assert tomllib.loads(sidecar.read_text("utf-8"))["publisher"] == "IVO"


def test_refresh_reports_a_page_that_is_gone_and_keeps_its_passages(site: Site, tmp_path: Path) -> None:
    assert run_add(tmp_path, site.url(HTML_PATH)).exit_code == 0
    del site.pages[HTML_PATH]
    result = run_add(tmp_path, "--refresh")
    assert result.exit_code == 1
    assert "404" in result.output and "finns kvar" in result.output
    assert search(tmp_path, "flamingoprotokoll")


def test_urls_from_a_file(site: Site, tmp_path: Path) -> None:
    listing = tmp_path / "urls.txt"
    listing.write_text(f"# mina källor\n{site.url(HTML_PATH)}\n\n{site.url(PDF_PATH)}\n", "utf-8")
    result = run_add(tmp_path, "--from", str(listing))
    assert result.exit_code == 0, result.output
    assert result.output.count("Tillagd") == 2


def test_loopback_is_refused_without_the_option(site: Site, tmp_path: Path) -> None:
    argv = ["add", site.url(HTML_PATH), "--corpus", str(tmp_path / "c"), "--index", str(tmp_path / "i")]
    result = CliRunner().invoke(main, argv)
    assert result.exit_code == 1
    assert "intern adress" in result.output
    assert site.count() == 0  # refused before any request


@pytest.mark.parametrize(
    "address",
    ["127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1",
     "::1", "fe80::1", "fc00::1", "::ffff:127.0.0.1", "0.0.0.0", "224.0.0.1"],
)
def test_internal_addresses_are_not_public(address: str) -> None:
    assert not _is_public(address)


def test_public_addresses_are_public() -> None:
    assert _is_public("8.8.8.8") and _is_public("2001:4860:4860::8888")


def test_localhost_by_name_is_refused() -> None:
    with pytest.raises(FetchError, match="intern adress"):
        check_url("http://localhost:8080/", FetchOptions())


def test_retry_after_as_seconds_and_as_a_date() -> None:
    assert retry_wait("7", 0) == 7.0
    assert 0 <= retry_wait("Tue, 01 Dec 2020 08:00:00 GMT", 0) <= 1
    assert retry_wait(None, 2) == 4.0


def test_one_request_a_second_per_host(site: Site) -> None:
    options = FetchOptions(allow_private=True, host_interval=0.5, robots=False)
    with Fetcher(options) as fetcher:
        started = time.monotonic()
        fetcher.fetch(site.url(HTML_PATH))
        fetcher.fetch(site.url(PDF_PATH))
        assert time.monotonic() - started >= 0.5


def test_file_names_come_from_the_url() -> None:
    assert file_name_for("https://www.ivo.se/publicerat/Rapport.pdf", ".pdf") == Path(
        "www.ivo.se", "publicerat-rapport.pdf"
    )
    assert file_name_for("https://skr.se/", ".html") == Path("skr.se", "index.html")
    with_query = file_name_for("https://skr.se/sok?q=lss", ".html")
    assert with_query.parent == Path("skr.se") and with_query.name.startswith("sok-")


def test_url_list_skips_comments_and_blank_lines() -> None:
    assert read_url_list("# a\n\nhttps://a.se/\n  https://b.se/x \n") == ["https://a.se/", "https://b.se/x"]


def test_refresh_renews_the_files_ingest_reads_and_no_others(tmp_path: Path) -> None:
    """The sources kb add saved are found by ingest's own walk: a page moved into a hidden
    folder, or a sidecar whose page is gone or unreadable to kb, is not fetched again."""
    corpus = tmp_path / "corpus"

    def saved(relative: str, url: str, document: bool = True) -> None:
        path = corpus / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if document:
            path.write_text("Text.", "utf-8")
        sidecar = path.with_name(path.stem + ".meta.toml")
        sidecar.write_text(f'[fetch]\nurl = "{url}"\n', "utf-8")

    saved("www.ivo.se/rapport.html", "https://www.ivo.se/rapport")
    saved("www.ivo.se/.arkiv/gammal.html", "https://www.ivo.se/gammal")
    saved("www.ivo.se/borttagen.html", "https://www.ivo.se/borttagen", document=False)
    saved("www.ivo.se/bild.png", "https://www.ivo.se/bild.png")
    (corpus / "egen.txt").write_text("Ingen sidecar.", "utf-8")
    found = [(path.as_posix(), table["url"]) for path, table in iter_fetched_sources(corpus)]
    assert found == [("www.ivo.se/rapport.html", "https://www.ivo.se/rapport")]
