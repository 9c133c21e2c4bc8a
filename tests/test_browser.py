"""Real-browser tests: Playwright drives the system's Chromium against `kb serve`.

Outside CI a machine without Chromium (or without Playwright or axe) skips these;
with CI=true they fail instead.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("KB_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _unavailable(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"browser test cannot run in CI: {reason}")
    pytest.skip(reason)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def running_kb_serve(
    index_dir: Path, log_path: Path, env: dict[str, str] | None = None, args: tuple[str, ...] = ()
) -> Iterator[int]:
    """`kb serve` in a subprocess, as a user starts it, listening on the port it yields."""
    port = _free_port()
    with log_path.open("wb") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "kb", "serve", "--index", str(index_dir), "--port", str(port), *args],
            stdout=log,
            stderr=subprocess.STDOUT,
            env=env,
        )
        try:
            deadline = time.monotonic() + 20
            while True:
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                    break
                except OSError:
                    if proc.poll() is not None:
                        pytest.fail(f"kb serve exited: {log_path.read_text()}")
                    if time.monotonic() > deadline:
                        pytest.fail("kb serve did not start listening within 20 s")
                    time.sleep(0.1)
            yield port
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


@pytest.fixture(scope="module")
def server(index_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`kb serve` over the seed corpus: its base URL."""
    log_path = tmp_path_factory.mktemp("serve") / "serve.log"
    with running_kb_serve(index_dir, log_path) as port:
        yield f"http://127.0.0.1:{port}"


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not shutil.which(CHROMIUM) and not Path(CHROMIUM).exists():
        _unavailable(f"no Chromium at {CHROMIUM}")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("playwright is not installed")
    with sync_playwright() as pw:
        try:
            browser = pw.chromium.launch(
                executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
            )
        except Exception as exc:  # noqa: BLE001 - any launch failure means no browser
            _unavailable(f"Chromium did not start: {exc}")
        yield browser
        browser.close()


# axe-core rule impacts that fail the build; "moderate" and "minor" ones are reported only.
BLOCKING_IMPACTS = ("serious", "critical")


def _open(browser, url: str, **options: object):  # noqa: ANN001, ANN202
    page = browser.new_page(**options)
    page.goto(url)
    return page


def _total(page) -> int:  # noqa: ANN001
    text = page.locator("#result-count").inner_text()
    return 0 if text.startswith("Inga") else int(text.split(" träff")[0].replace(" ", ""))


def _count(page, facet: str, value: str) -> int:  # noqa: ANN001
    label = page.locator(
        f"fieldset#facet-{facet} li.facet-value", has=page.locator(f"input[value='{value}']")
    )
    return int(re.search(r"\d+", label.locator(".count").inner_text())[0])


def _tick(page, facet: str, value: str) -> None:  # noqa: ANN001
    """Tick a facet value with the keyboard, as kb.js sends the form at once."""
    box = page.locator(f"fieldset#facet-{facet} input[value='{value}']")
    box.focus()
    with page.expect_navigation():
        page.keyboard.press("Space")


def test_type_a_query_and_see_hits(server: str, browser) -> None:  # noqa: ANN001
    page = _open(browser, server + "/")
    page.get_by_label("Sök bland fynd, citat och rekommendationer").fill("distansmöten")
    page.keyboard.press("Enter")
    page.wait_for_selector("li.hit")
    assert re.match(r"\d+ träff", page.locator("#result-count").inner_text())
    first = page.locator("li.hit").first
    assert "Oro för kvaliteten när socialtjänsten arbetar på distans" in first.inner_text()
    assert "distansmöten" in first.locator("mark").all_inner_texts()
    page.close()


def test_facets_chips_and_pages(server: str, browser) -> None:  # noqa: ANN001
    page = _open(browser, server + "/?q=kvalitet")
    everything = _total(page)
    artikel, press = _count(page, "doctype", "artikel"), _count(page, "doctype", "pressmeddelande")

    _tick(page, "doctype", "artikel")
    assert _total(page) == artikel
    # The page came back with focus on the box that was ticked.
    assert page.evaluate("document.activeElement.value") == "artikel"
    assert _count(page, "doctype", "pressmeddelande") == press  # OR within a facet

    _tick(page, "doctype", "pressmeddelande")
    assert _total(page) == artikel + press
    in_2021 = _count(page, "year", "2021")
    _tick(page, "year", "2021")
    assert _total(page) == in_2021 < artikel + press  # AND across facets
    assert "doctype=artikel" in page.url and "year=2021" in page.url
    chips = page.locator("a.chip")
    assert chips.count() == 3

    with page.expect_navigation():
        chips.filter(has_text="artikel").click()
    assert page.locator("a.chip").count() == 2
    assert _total(page) == _count(page, "doctype", "pressmeddelande")
    assert not page.locator("fieldset#facet-doctype input[value='artikel']").is_checked()

    with page.expect_navigation():
        page.get_by_role("link", name="Rensa alla filter").click()
    assert _total(page) == everything
    first_page = page.locator(".hit-title").all_inner_texts()
    pager = page.get_by_role("navigation", name="Sidnavigering")
    with page.expect_navigation():
        pager.get_by_role("link", name="Nästa sida").click()
    assert pager.locator("[aria-current=page]").inner_text().endswith("2")
    assert page.locator("ol.hits").get_attribute("start") == "11"
    assert page.locator(".hit-title").all_inner_texts() != first_page
    page.close()


def test_sort_changes_at_once(server: str, browser) -> None:  # noqa: ANN001
    page = _open(browser, server + "/?q=kvalitet")
    with page.expect_navigation():
        page.get_by_label("Sortera").select_option("date")
    assert "sort=date" in page.url
    assert page.get_by_label("Sortera").input_value() == "date"
    page.close()


def test_facets_work_without_javascript(server: str, browser) -> None:  # noqa: ANN001
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(server + "/?q=kvalitet")
    artikel = _count(page, "doctype", "artikel")
    page.locator("fieldset#facet-doctype input[value='artikel']").check()
    page.get_by_label("Från").fill("2017")
    with page.expect_navigation():
        page.get_by_role("button", name="Använd filter").first.click()
    # The empty fields a form without JavaScript sends are dropped by a redirect.
    assert page.url.endswith("/?q=kvalitet&doctype=artikel&from=2017")
    assert _total(page) <= artikel
    assert page.locator("a.chip").count() == 2
    context.close()


def test_open_a_document_at_a_passage(server: str, browser) -> None:  # noqa: ANN001
    page = _open(browser, server + "/?q=Berneke")
    with page.expect_navigation():
        page.locator("li.hit .hit-title a").first.click()
    current = page.locator("li.passage.current")
    current.wait_for()
    assert "Yvonne Berneke" in current.inner_text()
    assert page.evaluate("location.hash") == "#" + current.get_attribute("id")
    # The browser scrolled the passage into view, with no script needed (#fragment, :target).
    box = current.bounding_box()
    assert box is not None and 0 <= box["y"] < page.viewport_size["height"]
    assert page.locator(":target").get_attribute("id") == current.get_attribute("id")
    page.close()


def test_phone_width_has_no_sideways_scrolling(server: str, browser) -> None:  # noqa: ANN001
    for url in _pages_to_check(server, browser).values():
        page = _open(browser, server + url, viewport={"width": 390, "height": 844})
        assert page.evaluate("document.documentElement.scrollWidth") <= 390, url
        page.close()
    page = _open(
        browser, server + "/?q=kvalitet&doctype=artikel", viewport={"width": 390, "height": 844}
    )
    # Results come before the filters on a phone, with a link down to them.
    results_y = page.locator("#result-count").bounding_box()["y"]
    assert results_y < page.locator("#filter").bounding_box()["y"]
    assert page.get_by_role("link", name=re.compile("Filtrera träffarna")).is_visible()
    page.close()


@pytest.fixture(scope="module")
def axe() -> object:
    try:
        from axe_playwright_python.sync_playwright import Axe
    except ImportError:
        _unavailable("axe-playwright-python is not installed")
    return Axe()  # runs the axe.min.js bundled in the package: nothing is fetched


def _pages_to_check(server: str, browser) -> dict[str, str]:  # noqa: ANN001
    page = _open(browser, server + "/?q=Berneke")
    document = page.locator("li.hit .hit-title a").first.get_attribute("href")
    passage = page.locator("li.hit .hit-links a", has_text="Permalänk").first.get_attribute("href")
    speaker = page.locator("li.hit p.speaker a").first.get_attribute("href")
    organisation = page.locator("li.hit .publisher a").first.get_attribute("href")
    page.goto(server + "/?kind=recommendation")
    addressee = page.locator("li.hit p.addressee a").first.get_attribute("href")
    page.close()
    return {
        "search": "/?q=kvalitet&doctype=artikel&doctype=pressmeddelande&from=2017",
        "empty search": "/?q=zzzxqv&doctype=artikel",
        "document": document,
        "passage": passage,
        "not found": "/dokument/finns-inte",
        "speaker": speaker,
        "organisation": organisation,
        "organisation, page 2 of its quotes": organisation + "?kind=quote&page=2&per_page=2",
        "addressee": addressee,
        "unknown speaker": "/talare/finns-inte",
    }


@pytest.mark.parametrize("width", [1280, 390])
def test_axe_finds_no_serious_violations(server: str, browser, axe, width: int) -> None:  # noqa: ANN001
    problems = []
    for name, url in _pages_to_check(server, browser).items():
        page = _open(browser, server + url, viewport={"width": width, "height": 900})
        results = axe.run(page)
        for violation in results.response["violations"]:
            if violation["impact"] in BLOCKING_IMPACTS:
                targets = [n["target"] for n in violation["nodes"]][:3]
                problems.append(f"{name}: {violation['id']} ({violation['impact']}) {targets}")
        page.close()
    assert not problems, "\n".join(problems)


def test_timeline_by_keyboard(server: str, browser) -> None:  # noqa: ANN001
    """The timeline's table opens and its links work from the keyboard alone."""
    page = _open(browser, server + "/?q=kvalitet")
    summary = page.locator("details.timeline-table > summary")
    summary.focus()
    page.keyboard.press("Enter")
    first = page.locator("details.timeline-table tbody a").first
    assert first.is_visible()
    period = first.inner_text().split()[0]
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('tbody') !== null")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert f"from={period}" in page.url and f"to={period}" in page.url
    # The chart's bars are links for the mouse, hidden from assistive technology and the Tab key.
    bar = page.locator("svg.timeline-chart a").first
    assert bar.get_attribute("tabindex") == "-1"
    with page.expect_navigation():
        bar.click()
    assert "from=" in page.url
    page.close()


def test_profile_pages_work_without_javascript(server: str, browser) -> None:  # noqa: ANN001
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(server + "/?q=kvalitet")
    with page.expect_navigation():
        page.locator("li.hit .publisher a").first.click()
    assert page.url.startswith(server + "/organisation/")
    heading = page.locator("h1").inner_text()
    total = int(page.locator(".profile-facts dd").last.inner_text().split(" ")[0])
    kinds = page.locator(".kind-counts a")
    assert kinds.count() >= 1
    with page.expect_navigation():
        kinds.first.click()
    assert "kind=" in page.url and page.locator("h1").inner_text() == heading
    assert page.locator("li.hit").count() <= total
    if page.locator("nav.pager").count():
        with page.expect_navigation():
            page.get_by_role("link", name="Nästa sida").click()
        assert "page=2" in page.url
    context.close()
