"""Screenshots of the web UI at desktop (1280 px) and phone (390 px) width, for review.

Usage: python3 bench/web_screenshots.py [--index DIR] [--base-url URL] [--query Q]

With --base-url the pages of a running `kb serve` are taken; otherwise the
seed documents (tests/fixtures/seeds/) are ingested into a temporary index and served for the run.
Images go to bench/out/screens/. Needs Playwright and Chromium (/usr/bin/chromium,
or $KB_CHROMIUM).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "bench" / "out" / "screens"
CHROMIUM = os.environ.get("KB_CHROMIUM", "/usr/bin/chromium")
WIDTHS = {"desktop": (1280, 900), "phone": (390, 844)}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def serve(index: Path | None, extra: list[str] | None = None) -> Iterator[str]:
    """`kb serve` on a free port over index (or over a fresh index of the seeds), extra args added."""
    with tempfile.TemporaryDirectory() as tmp:
        if index is None:
            index = Path(tmp) / "index"
            subprocess.run(
                [sys.executable, "-m", "kb", "ingest", str(REPO / "tests" / "fixtures" / "seeds"), "--index", str(index)],
                check=True,
                stdout=subprocess.DEVNULL,
            )
        with serve_process(index, extra) as (base, _):
            yield base


@contextlib.contextmanager
def serve_process(
    index: Path, extra: list[str] | None = None, log: Path | None = None
) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """`kb serve` on a free port over index: its base URL and process (output to log, if given)."""
    port = _free_port()
    with open(log or os.devnull, "wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "kb", "serve", "--index", str(index), "--port", str(port)]
            + (extra or []),
            stdout=out,
            stderr=subprocess.STDOUT if log else None,
        )
        try:
            deadline = time.monotonic() + 20
            while True:
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                    break
                except OSError:
                    if time.monotonic() > deadline or proc.poll() is not None:
                        shown = log.read_text() if log else ""
                        raise SystemExit(f"kb serve did not start {shown}") from None
                    time.sleep(0.1)
            yield f"http://127.0.0.1:{port}", proc
        finally:
            proc.terminate()
            proc.wait(timeout=10)


def take(base: str, query: str, filters: list[tuple[str, str]]) -> list[Path]:
    """Screenshots of the search, document and passage pages at each width."""
    from playwright.sync_api import sync_playwright

    OUT.mkdir(parents=True, exist_ok=True)
    search = base + "/?" + urlencode([("q", query), *filters])
    taken = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=["--no-sandbox", "--disable-gpu"]
        )
        for name, (width, height) in WIDTHS.items():
            page = browser.new_page(viewport={"width": width, "height": height})
            page.goto(search)
            shots = {"search": None, "search-full": True}
            for label, full in shots.items():
                path = OUT / f"{label}-{name}.png"
                page.screenshot(path=str(path), full_page=bool(full))
                taken.append(path)
            page.goto(base + "/?" + urlencode([("q", "zzzxqv")]))
            taken.append(OUT / f"empty-{name}.png")
            page.screenshot(path=str(taken[-1]))
            page.goto(search)
            link = page.locator("li.hit .hit-title a").first
            if link.count():
                link.click()
                page.wait_for_load_state()
                taken.append(OUT / f"document-{name}.png")
                page.screenshot(path=str(taken[-1]))
                page.goto(search)
                page.locator("li.hit a", has_text="Permalänk").first.click()
                page.wait_for_load_state()
                taken.append(OUT / f"passage-{name}.png")
                page.screenshot(path=str(taken[-1]), full_page=True)
            page.close()
        browser.close()
    return taken


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", type=Path, help="an index folder to serve (default: the seeds)")
    parser.add_argument("--base-url", help="a running kb serve, e.g. http://127.0.0.1:5050")
    parser.add_argument("--query", default="kvalitet")
    parser.add_argument(
        "--filter", action="append", default=[], help="facet=value, repeatable (e.g. year=2021)"
    )
    args = parser.parse_args()
    filters = [tuple(f.split("=", 1)) for f in args.filter]
    if args.base_url:
        paths = take(args.base_url.rstrip("/"), args.query, filters)
    else:
        with serve(args.index) as base:
            paths = take(base, args.query, filters)
    for path in paths:
        print(path.relative_to(REPO))


if __name__ == "__main__":
    main()
