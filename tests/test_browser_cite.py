"""Citing in a real browser: the "Citera" control, "Mina citat" across searches, BibTeX export,
and a source link's text fragment opening the original page at the quote.

Chromium and `kb serve` come from tests/test_browser.py's fixtures (with CI=true a browser
that cannot start fails these tests).
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import bibtexparser
import pytest

from kb.search import fetch_passage

from .conftest import CORPUS
from .test_browser import browser, server  # noqa: F401 - fixtures
from .test_citations import carnlof_passage

pytestmark = pytest.mark.browser

PRESS_URL = (
    "https://www.vardanalys.se/press/artikel/oro-fr-kvaliteten-nr-socialtjnsten-arbetar-p-distans/"
)


def open_citera(page, hit) -> None:  # noqa: ANN001
    """Open a hit's "Citera" and wait for its styles to load."""
    hit.locator("details.cite > summary").click()
    hit.locator("details.cite figure.cite-style").first.wait_for()


def add_to_basket(hit) -> None:  # noqa: ANN001
    button = hit.locator("[data-basket-add]")
    button.click()
    assert button.inner_text() == "I Mina citat ✓"


def search(page, query: str) -> None:  # noqa: ANN001
    box = page.get_by_label("Sök bland fynd, citat och rekommendationer")
    box.fill(query)
    box.press("Enter")
    page.wait_for_selector("li.hit")


def hit_for(page, passage_id: str):  # noqa: ANN001, ANN201
    return page.locator(f'li.hit:has(details[data-cite="{passage_id}"])')


def test_collect_three_quotes_from_two_searches_and_export_bibtex(
    server: str,  # noqa: F811
    browser,  # noqa: ANN001, F811
    ix,  # noqa: ANN001
    tmp_path: Path,
) -> None:
    carnlof = carnlof_passage(ix).id
    context = browser.new_context(accept_downloads=True)
    page = context.new_page()
    page.goto(server + "/")
    search(page, "kvalitetsförsämring")
    quote = hit_for(page, carnlof)
    open_citera(page, quote)
    apa = quote.locator("figure.cite-style").first
    assert apa.locator("figcaption").inner_text() == "APA 7"
    assert (
        apa.locator(".cite-reference")
        .inner_text()
        .startswith("Myndigheten för vård- och omsorgsanalys. (ca 2021). Oro för kvaliteten")
    )
    assert apa.locator(".cite-reference i").inner_text() == (
        "Oro för kvaliteten när socialtjänsten arbetar på distans"
    )
    source = quote.locator("a.cite-source").get_attribute("href")
    assert source.startswith(PRESS_URL + "#:~:text=Till%20viss%20del,")
    add_to_basket(quote)
    second = page.locator(f'li.hit:not(:has(details[data-cite="{carnlof}"]))').first
    open_citera(page, second)
    add_to_basket(second)

    search(page, "Berneke")
    third = page.locator("li.hit").first
    open_citera(page, third)
    add_to_basket(third)
    link = third.locator("[data-basket-link]")
    assert link.inner_text() == "Visa Mina citat (3)"
    link.click()

    page.wait_for_selector(".basket-items")
    assert page.locator(".basket-item").count() == 3
    chosen = [i.get_attribute("data-basket-item") for i in page.locator(".basket-item").all()]
    documents = {fetch_passage(ix, pid)[1]["title"] for pid in chosen}
    assert page.locator(".basket-count").inner_text() == f"3 citat från {len(documents)} källor."
    with page.expect_download() as download_info:
        page.locator('a[data-cite-format="bibtex"]').click()
    target = tmp_path / "mina-citat.bib"
    download_info.value.save_as(target)
    library = bibtexparser.parse_string(target.read_text(encoding="utf-8"))
    assert not library.failed_blocks
    titles = {e.fields_dict["title"].value for e in library.entries}
    assert titles == {"{" + title + "}" for title in documents}
    assert "{Oro för kvaliteten när socialtjänsten arbetar på distans}" in titles
    annotes = [e.fields_dict["annote"].value for e in library.entries]
    assert sum(a.count("Citat:") for a in annotes) == 3

    # The basket is kept by the browser: removing one and coming back shows the other two.
    page.locator("[data-basket-remove]").first.click()
    page.wait_for_selector(".basket-items")
    assert page.locator(".basket-item").count() == 2
    page.goto(server + "/mina-citat")
    page.wait_for_selector(".basket-items")
    assert page.locator(".basket-item").count() == 2
    context.close()


def test_copy_puts_the_reference_on_the_clipboard(server: str, browser) -> None:  # noqa: ANN001, F811
    context = browser.new_context()
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server)
    page = context.new_page()
    page.goto(server + "/?q=Berneke")
    hit = page.locator("li.hit").first
    open_citera(page, hit)
    hit.locator("[data-cite-copy]").first.click()
    page.wait_for_function(
        "() => document.querySelector('[data-cite-copy]').textContent === 'Kopierad ✓'"
    )
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith("Inspektionen för vård och omsorg. (2021, juni 23). Dialog med")
    context.close()


def test_the_source_link_opens_the_original_at_the_quote(
    server: str,  # noqa: F811
    browser,  # noqa: ANN001, F811
    ix,  # noqa: ANN001
) -> None:
    """Chromium follows kb's text fragment on a copy of the original page (served by Playwright,
    no network): the quote in the body is scrolled into view, not its repetition further down."""
    context = browser.new_context(viewport={"width": 1000, "height": 700})
    page = context.new_page()
    page.goto(server + "/?q=kvalitetsförsämring")
    quote = hit_for(page, carnlof_passage(ix).id)
    open_citera(page, quote)
    link = quote.locator("a.cite-source").get_attribute("href")

    text = (CORPUS / "vardanalys-pressmeddelande-oro-for-kvaliteten-distans.txt").read_text("utf-8")
    blocks = [line for line in text.splitlines() if line.strip()]
    body = "".join(
        f'<p id="b{n}" style="margin: 0 0 900px">{html.escape(b)}</p>' for n, b in enumerate(blocks)
    )
    original = f"<!doctype html><meta charset=utf-8><title>Original</title><body>{body}</body>"
    context.route(
        re.compile(r"^https://www\.vardanalys\.se/.*"),
        lambda route: route.fulfill(
            status=200, content_type="text/html; charset=utf-8", body=original
        ),
    )
    page.goto(link)
    page.wait_for_function("() => window.scrollY > 0", timeout=5000)
    shown = page.evaluate(
        """() => [...document.querySelectorAll('p')].filter(p => {
               const r = p.getBoundingClientRect();
               return r.bottom > 0 && r.top < window.innerHeight;
           }).map(p => p.textContent.slice(0, 20))"""
    )
    assert shown == ["– Till viss del är d"]
    context.close()
