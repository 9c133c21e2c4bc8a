"""Real browser: an editor signs in, adds a URL from a local web site, and the next search finds it.

Chromium comes from tests/test_browser.py's fixture (with CI=true a browser
that cannot start fails the test instead of skipping it).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kb.ingest import IngestOptions, run_ingest

from .sourceserver import Site
from .test_browser import BLOCKING_IMPACTS, axe, browser, running_kb_serve  # noqa: F401 - fixtures

pytestmark = pytest.mark.browser

TOKEN = "redaktor-nyckel-42"
HTML_PATH = "/nyheter/tillsyn-av-hemtjanst.html"



@pytest.fixture()
def editor_server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """`kb serve --editor-token` over a one-document corpus: its base URL and corpus folder."""
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    (corpus / "a.md").write_text("# Anteckning\n\nEtt stycke om hemtjänsten.\n", encoding="utf-8")
    assert run_ingest(corpus, IngestOptions(index_dir=index)).ok
    args = ("--editor-token", TOKEN, "--corpus", str(corpus), "--allow-private")
    with running_kb_serve(index, tmp_path / "serve.log", args=args) as port:
        yield f"http://127.0.0.1:{port}", corpus


def serious_violations(axe, page, name: str) -> list[str]:  # noqa: ANN001, F811
    """axe-core's serious and critical findings on the page, one line each."""
    results = axe.run(page)
    return [
        f"{name}: {v['id']} ({v['impact']}) {[n['target'] for n in v['nodes']][:3]}"
        for v in results.response["violations"]
        if v["impact"] in BLOCKING_IMPACTS
    ]


def test_a_url_added_in_the_browser_is_found_by_the_next_search(
    browser, axe, site: Site, editor_server: tuple[str, Path]  # noqa: ANN001, F811
) -> None:
    base, corpus = editor_server
    page = browser.new_page()
    page.goto(base + "/")
    page.get_by_role("link", name="Lägg till källa").click()
    page.wait_for_url("**/redigera/")
    problems = serious_violations(axe, page, "sign-in")
    page.get_by_label("Redaktörsnyckel").fill(TOKEN)
    page.keyboard.press("Enter")
    page.wait_for_url("**/redigera/lagg-till")
    problems += serious_violations(axe, page, "add form")
    page.get_by_label("Adresser (en per rad)").fill(site.url(HTML_PATH))
    page.get_by_role("button", name="Hämta och lägg till").click()
    page.locator("#editor-done").wait_for(timeout=30_000)
    problems += serious_violations(axe, page, "outcome")
    assert not problems, "\n".join(problems)
    assert page.locator(".editor-outcome").get_attribute("data-status") == "added"
    assert "Klart" in page.locator("#editor-done").inner_text()

    page.goto(base + "/?q=flamingoprotokoll")
    titles = page.locator(".hit-title").all_inner_texts()
    assert titles == ["Brister i tillsynen av hemtjänsten"]
    assert list(corpus.rglob("nyheter-tillsyn-av-hemtjanst.html"))
    page.close()
