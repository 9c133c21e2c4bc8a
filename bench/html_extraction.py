"""Main-text extraction quality and speed of kb's HTML reader.

Reads ../shared/bench/article-extraction (181 real news and blog pages with a
hand-made article body each), runs ``parse_html`` on every page, joins the
block texts with newlines and scores them the benchmark's way: sets of
4-token shingles (whitespace tokens), precision and recall per page, averaged
over pages, F1 from the two averages. Prints P, R, F1 and pages per second.

    python3 bench/html_extraction.py [--worst N] [--page ID]
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path

from kb.errors import ParseError
from kb.parse.html import parse_html

DATA = Path(__file__).resolve().parents[2] / "shared" / "bench" / "article-extraction"


def shingles(text: str, n: int = 4) -> set[tuple[str, ...]]:
    """The set of n-token shingles of a text (whitespace tokens)."""
    tokens = text.split()
    return {tuple(tokens[i : i + n]) for i in range(max(0, len(tokens) - n + 1))}


def score_page(extracted: str, truth: str) -> tuple[float, float]:
    """Precision and recall of one page; a page where both are empty is perfect."""
    got, want = shingles(extracted), shingles(truth)
    if not got and not want:
        return 1.0, 1.0
    tp = len(got & want)
    precision = tp / len(got) if got else 0.0
    recall = tp / len(want) if want else 0.0
    return precision, recall


def extract_text(html: str) -> str:
    """The reader's text of a page: every document's blocks, one per line."""
    try:
        documents = parse_html(html)
    except ParseError:
        return ""
    return "\n".join(block.text for doc in documents for block in doc.blocks)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--worst", type=int, default=0, help="list the N worst pages by F1")
    parser.add_argument("--page", help="print the extracted text of one page id")
    args = parser.parse_args()
    if not DATA.is_dir():
        print(f"Benchmark data not found in {DATA} (expected ../shared beside the repo).")
        return 2
    truth = json.loads((DATA / "ground-truth.json").read_text(encoding="utf-8"))
    pages = {
        path.name.removesuffix(".html.gz"): gzip.decompress(path.read_bytes()).decode("utf-8")
        for path in sorted((DATA / "html").glob("*.html.gz"))
    }
    if args.page:
        print(extract_text(pages[args.page]))
        return 0
    results: dict[str, tuple[float, float]] = {}
    start, cpu_start = time.perf_counter(), time.process_time()
    extracted = {page_id: extract_text(html) for page_id, html in pages.items()}
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    for page_id, text in extracted.items():
        results[page_id] = score_page(text, truth[page_id]["articleBody"])
    precision = sum(p for p, _ in results.values()) / len(results)
    recall = sum(r for _, r in results.values()) / len(results)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"pages      {len(results)}")
    print(f"precision  {precision:.3f}")
    print(f"recall     {recall:.3f}")
    print(f"F1         {f1:.3f}   (target 0.93; trafilatura 0.958, readability-lxml 0.922)")
    # CPU time too: the wall clock suffers when other work shares the cores.
    print(
        f"speed      {len(results) / elapsed:.1f} pages/s wall, "
        f"{len(results) / cpu:.1f} pages/s CPU (one core; {elapsed:.1f} s)"
    )
    if args.worst:
        ranked = sorted(results.items(), key=lambda kv: 2 * kv[1][0] * kv[1][1] / (sum(kv[1]) or 1))
        for page_id, (p, r) in ranked[: args.worst]:
            print(f"{page_id}  P {p:.2f}  R {r:.2f}  {truth[page_id]['url']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
