"""'Skapa underlag' in a real browser: the results page's form downloads a Word brief.

Chromium and `kb serve` come from tests/test_browser.py's fixtures (with CI=true a browser
that cannot start fails these tests).
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from docx import Document as DocxDocument

from .test_browser import browser, server  # noqa: F401 - fixtures

pytestmark = pytest.mark.browser


def test_download_a_word_brief_from_the_results_page(
    server: str,  # noqa: F811
    browser,  # noqa: ANN001, F811
    tmp_path: Path,
) -> None:
    context = browser.new_context(accept_downloads=True)
    page = context.new_page()
    page.goto(f"{server}/?q=distansmöten")
    page.wait_for_selector("li.hit")
    page.get_by_label("Underlag av sökningen som").select_option("docx")
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Skapa underlag").click()
    download = download_info.value
    assert download.suggested_filename == "underlag-distansmoten.docx"
    target = tmp_path / download.suggested_filename
    download.save_as(target)
    doc = DocxDocument(io.BytesIO(target.read_bytes()))
    headings = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert headings == ["Översikt", "Fynd", "Citat", "Rekommendationer", "Referenser (APA 7)"]
    context.close()


def test_the_html_brief_opens_as_a_page_to_print(server: str, browser) -> None:  # noqa: ANN001, F811
    page = browser.new_page()
    page.goto(f"{server}/?q=distansmöten")
    page.get_by_label("Underlag av sökningen som").select_option("html")
    page.get_by_role("button", name="Skapa underlag").click()
    page.wait_for_selector("h1")
    assert page.locator("h1").inner_text() == "Underlag: distansmöten"
    entry = page.locator(".entry").first
    assert entry.evaluate("e => getComputedStyle(e).breakInside") != "avoid"
    page.emulate_media(media="print")
    assert page.locator("h2").first.inner_text() == "Översikt"
    # Printed, an entry is never cut by a page break and its links show their address.
    assert entry.evaluate("e => getComputedStyle(e).breakInside") == "avoid"
    assert "http" in entry.locator('a[href^="http"]').first.evaluate(
        "a => getComputedStyle(a, '::after').content"
    )
    page.close()
