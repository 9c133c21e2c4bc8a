"""Real-browser tests: Playwright drives the system's Chromium against `kb serve`.

Outside CI a machine without Chromium skips these; with CI=true they fail instead.
"""

from __future__ import annotations

import os
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


@pytest.fixture(scope="module")
def server(index_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`kb serve` in a subprocess, as a user starts it."""
    port = _free_port()
    log_path = tmp_path_factory.mktemp("serve") / "serve.log"
    log = log_path.open("wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "kb", "serve", "--index", str(index_dir), "--port", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            if proc.poll() is not None:
                log.close()
                pytest.fail(f"kb serve exited: {log_path.read_text()}")
            time.sleep(0.1)
    else:
        proc.kill()
        proc.wait()
        log.close()
        pytest.fail("kb serve did not start listening within 20 s")
    yield f"http://127.0.0.1:{port}"
    proc.terminate()
    proc.wait(timeout=10)
    log.close()


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
            browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        except Exception as exc:  # noqa: BLE001 - any launch failure means no browser
            _unavailable(f"Chromium did not start: {exc}")
        yield browser
        browser.close()


def test_type_a_query_and_see_hits(server: str, browser) -> None:  # noqa: ANN001
    page = browser.new_page()
    page.goto(server + "/")
    page.get_by_label("Sök bland fynd, citat och rekommendationer").fill("distansmöten")
    page.keyboard.press("Enter")
    page.wait_for_selector("li.hit")
    assert page.locator("#result-count").inner_text().startswith(("1 träff", "2 träffar"))
    first = page.locator("li.hit").first
    assert "Oro för kvaliteten när socialtjänsten arbetar på distans" in first.inner_text()
    assert first.locator("mark").first.inner_text() == "distansmöten"
    page.close()


def test_open_a_document_at_a_passage(server: str, browser) -> None:  # noqa: ANN001
    page = browser.new_page()
    page.goto(server + "/?q=Berneke")
    page.locator("li.hit .hit-title a").first.click()
    current = page.locator("li.passage.current")
    current.wait_for()
    assert "Yvonne Berneke" in current.inner_text()
    assert page.evaluate("location.hash") == "#" + current.get_attribute("id")
    page.close()
