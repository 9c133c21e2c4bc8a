"""Measure kb's Swedish analyzer on the interpellations: tokens per second, cold and warm.

Reads the paragraphs of ../shared/corpora/riksdagen-interpellations (5,364
TEI files), then runs the index-mode analyzer over all of them twice: the
first pass pays for loading wordfreq's vocabulary and filling the stem and
compound caches, the second is the steady state of a long ingest. Whoosh's
stock StemmingAnalyzer is timed on the same text for comparison.

    python3 bench/analyzer_speed.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from lxml import etree
from whoosh.analysis import StemmingAnalyzer

from kb.analysis import swedish_analyzer

REPO = Path(__file__).resolve().parents[1]
INTERPELLATIONS = REPO.parent / "shared" / "corpora" / "riksdagen-interpellations"
TEI = "{http://www.tei-c.org/ns/1.0}"


def read_paragraphs() -> list[str]:
    """The text of every <p> of the interpellations."""
    if not INTERPELLATIONS.is_dir():
        sys.exit(f"no corpus at {INTERPELLATIONS}: put shared/ beside the repository")
    paragraphs = []
    for path in sorted(INTERPELLATIONS.rglob("*.xml")):
        for element in etree.parse(str(path)).iter(TEI + "p"):
            text = " ".join("".join(element.itertext()).split())
            if text:
                paragraphs.append(text)
    return paragraphs


def run(analyzer: object, paragraphs: list[str]) -> tuple[int, float]:
    """Tokens produced and CPU seconds taken, analysing as Whoosh does when indexing."""
    # CPU time of this process, not wall time: the 2 cores are shared, and
    # another process's load should not count against the analyzer.
    start = time.process_time()
    tokens = 0
    for text in paragraphs:
        for _ in analyzer(text, positions=True, chars=True, mode="index"):  # type: ignore[operator]
            tokens += 1
    return tokens, time.process_time() - start


def main() -> None:
    """Print tokens/s for kb's analyzer (cold, warm) and Whoosh's StemmingAnalyzer."""
    paragraphs = read_paragraphs()
    words = sum(len(p.split()) for p in paragraphs)
    print(f"{len(paragraphs):,} paragraphs, {words:,} words (split on white space)")
    analyzer = swedish_analyzer()
    for label in ("kb cold", "kb warm"):
        tokens, seconds = run(analyzer, paragraphs)
        print(
            f"{label:<22} {tokens:>10,} tokens {seconds:6.2f} s CPU {tokens / seconds:>10,.0f} tokens/s"
            f" {words / seconds:>10,.0f} words/s"
        )
    tokens, seconds = run(StemmingAnalyzer(), paragraphs)
    print(
        f"{'whoosh StemmingAnalyzer':<22} {tokens:>10,} tokens {seconds:6.2f} s CPU "
        f"{tokens / seconds:>10,.0f} tokens/s {words / seconds:>10,.0f} words/s"
    )


if __name__ == "__main__":
    main()
