"""Near copies in kb's top 10s, and how well the near key (kb.extract.keys) tells them.

    KB_SHARED=../shared python3 bench/near_copies.py [--set regeringen ...] [--show 0.5]

Runs the judged sets' queries (bench/relevance.py --set: the regeringen pages, built
into an index there once) and, for each pair of passages of different words in a top
10, measures the Jaccard similarity of their word pairs exactly and by their near keys.
Prints, by exact similarity, how many pairs the keys call near copies; and how many top
10s hold a pair of near copies (exact similarity >= NEAR_SIMILARITY). `--show X` prints
the pairs at X and above, and those the keys call near copies.
"""

from __future__ import annotations

import argparse
import itertools
from collections import Counter
from itertools import pairwise

import relevance

from kb.extract.keys import NEAR_SIMILARITY, fingerprint, near_key, near_similarity, near_values
from kb.index import open_index
from kb.search import SearchRequest, iter_passages, run_search

SETS = ("regeringen", "regeringen-b", "regeringen-c", "regeringen-d", "regeringen-e")
BUCKETS = (0.0, 0.3, 0.5, 0.6, 0.7, 0.75, 0.8, 0.9)


def word_pairs(text: str) -> set[str]:
    words = fingerprint(text).split()
    return {f"{a} {b}" for a, b in pairwise(words)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", action="append", choices=SETS, help="judged sets (default: all)")
    parser.add_argument("--show", type=float, help="print the pairs this similar and more")
    args = parser.parse_args()
    ix = open_index(relevance.regeringen_index())
    texts = {passage.id: passage.text for passage, _ in iter_passages(ix)}
    flagged: Counter[float] = Counter()
    pairs: Counter[float] = Counter()
    queries = with_copies = 0
    for name in args.set or SETS:
        for query in relevance.load_regeringen(name)[0]:
            queries += 1
            hits = run_search(ix, SearchRequest.create(str(query["q"]), per_page=10)).hits
            has_copies = False
            for (i, a), (j, b) in itertools.combinations(enumerate(hits[:10], 1), 2):
                ta, tb = texts[a.passage.id], texts[b.passage.id]
                if fingerprint(ta) == fingerprint(tb):
                    continue  # the same words: kb.search.grouping lists one
                pa, pb = word_pairs(ta), word_pairs(tb)
                exact = len(pa & pb) / len(pa | pb) if pa | pb else 0.0
                ka, kb = near_values(near_key(ta)), near_values(near_key(tb))
                estimated = near_similarity(ka, kb)
                bucket = max(b for b in BUCKETS if exact >= b)
                pairs[bucket] += 1
                flagged[bucket] += estimated >= NEAR_SIMILARITY
                has_copies |= exact >= NEAR_SIMILARITY
                if args.show is not None and (exact >= args.show or estimated >= NEAR_SIMILARITY):
                    print(f"{name} {query['id']} ranks {i},{j}: {exact:.2f} (keys {estimated:.2f})")
                    print(f"   {' '.join(ta.split())[:150]}\n   {' '.join(tb.split())[:150]}")
            with_copies += has_copies
    print(f"{queries} queries; {with_copies} with a pair of near copies in the top 10")
    print(f"pairs of different words by exact similarity; near copies by key at {NEAR_SIMILARITY}:")
    for bucket in BUCKETS:
        print(
            f"  >= {bucket:.2f}: {pairs[bucket]:>5} pairs, {flagged[bucket]:>4} near copies by key"
        )


if __name__ == "__main__":
    main()
