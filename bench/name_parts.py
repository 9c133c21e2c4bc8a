"""Words that are parts of names: does a search for them find only the names?

    python3 bench/name_parts.py INDEX [--words "brand berg ..."]

A name split as a compound ("Hallengren": hall + gren, "Brandberg", "Socialstyrelsen")
made a search for one of its parts find the name. For each word (by default parts of the
ministers', members' and agencies' names that the regeringen pages and interpellations
write most), prints how many passages it finds and how many of its first ten have the
word only inside a word written with a capital inside a sentence (a name); then the total.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from kb.index import open_index
from kb.search import SearchRequest, run_search

WORDS = "styrelse brand berg vall grön ström gren hall kassa smed fors lind kansli departement"
# What a sentence may start after (as kb.analysis reads it): a capital there is no name.
_STARTS = '.!?:;–—-"”»«•*#|§'


def name_only(text: str, word: str) -> bool:
    """Whether every occurrence of `word` in `text` is inside a capitalised word that does
    not start a sentence."""
    found = list(re.finditer(rf"\w*{re.escape(word)}\w*", text, re.IGNORECASE))
    return bool(found) and all(
        m.group()[0].isupper() and text[: m.start()].rstrip()[-1:] not in ("", *_STARTS)
        for m in found
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("index", type=Path)
    parser.add_argument("--words", default=WORDS)
    args = parser.parse_args()
    ix = open_index(args.index)
    listed = names = 0
    for word in args.words.split():
        results = run_search(ix, SearchRequest.create(word, per_page=10))
        hits = results.hits[:10]
        only = sum(name_only(hit.passage.text, word) for hit in hits)
        listed += len(hits)
        names += only
        print(
            f"{word:<12} {results.total:>5} passages, {only:>2} of the first {len(hits)} by a name"
        )
    print(f"first ten of each: {names} of {listed} have the word only inside a name")


if __name__ == "__main__":
    main()
