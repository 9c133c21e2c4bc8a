"""Real-browser checks of what only layout shows: the width of document and passage pages,
their per-passage "Citera", and the speaker line in "Mina citat" (one dash, not two).

Chromium and `kb serve` come from tests/test_browser.py's fixtures.
"""

from __future__ import annotations

import pytest

from .test_browser import _open, browser, server  # noqa: F401 - fixtures
from .test_citations import carnlof_passage

pytestmark = pytest.mark.browser

WIDE = {"width": 1440, "height": 900}


def _visible_text(page, selector: str) -> str:  # noqa: ANN001
    """An element's text as drawn, its CSS ::before content included."""
    return page.eval_on_selector(
        selector,
        """el => {
            const before = getComputedStyle(el, '::before').content;
            const drawn = before && before !== 'none' ? JSON.parse(before) : '';
            return drawn + el.textContent;
        }""",
    )


def test_basket_speaker_has_one_dash(server: str, browser, ix) -> None:  # noqa: ANN001, F811
    passage = carnlof_passage(ix)
    page = _open(browser, f"{server}/mina-citat?id={passage.id}")
    line = _visible_text(page, ".basket-item .speaker")
    assert line.startswith("— Isabelle Carnlöf") and line.count("—") == 1, line
    page.close()


def _right_edges(page) -> dict[str, float]:  # noqa: ANN001
    def right(selector: str) -> float:
        box = page.locator(selector).first.bounding_box()
        return box["x"] + box["width"]

    return {"wrap": right("main.wrap"), "article": right("main article")}


def test_document_page_uses_the_width(server: str, browser, ix) -> None:  # noqa: ANN001, F811
    doc_id = carnlof_passage(ix).doc_id
    page = _open(browser, f"{server}/dokument/{doc_id}", viewport=WIDE)
    edges = _right_edges(page)
    # The article reaches the wrap's right edge (less its padding), not two thirds of it.
    assert edges["article"] > edges["wrap"] - 40, edges
    side = page.locator("aside.doc-side").bounding_box()
    text = page.locator("ol.passages").bounding_box()
    assert side["x"] > text["x"] + text["width"], (side, text)  # beside the text, not below
    assert side["y"] < text["y"] + 200
    assert 30 * 16 < text["width"] < 60 * 16  # a reading width
    # Every passage has its own "Citera", and it opens with the styles.
    passages = page.locator("li.passage")
    assert passages.count() == page.locator("li.passage details.cite").count() > 5
    last = passages.last
    last.hover()
    last.locator("details.cite > summary").click()
    last.locator("details.cite figure.cite-style").first.wait_for()
    page.close()


def test_passage_page_uses_the_width(server: str, browser, ix) -> None:  # noqa: ANN001, F811
    passage = carnlof_passage(ix)
    page = _open(browser, f"{server}/passage/{passage.id}", viewport=WIDE)
    edges = _right_edges(page)
    assert edges["article"] > edges["wrap"] - 40, edges
    side = page.locator("aside.doc-side").bounding_box()
    quote = page.locator("blockquote.passage-text").bounding_box()
    assert side["x"] > quote["x"] + quote["width"] and side["y"] < quote["y"] + quote["height"]
    page.close()


def test_phone_width_keeps_one_column(server: str, browser, ix) -> None:  # noqa: ANN001, F811
    passage = carnlof_passage(ix)
    for url in (f"/dokument/{passage.doc_id}", f"/passage/{passage.id}"):
        page = _open(browser, server + url, viewport={"width": 390, "height": 844})
        assert page.evaluate("document.documentElement.scrollWidth") <= 390, url
        side = page.locator("aside.doc-side").bounding_box()
        assert side["width"] > 300, url  # full width, below the title
        page.close()
