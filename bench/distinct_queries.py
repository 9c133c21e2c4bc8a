"""Distinct search requests made from an index's own word pairs, for load and latency benches.

Every request differs from every other (no cache can answer one from another):
two neighbouring words of a passage, both at least MIN_LETTERS letters and not
stop words, in a seeded random order; every third request also filters on one
passage kind, so the facet path is measured as well as the plain one.
"""

from __future__ import annotations

import random
import re
import sys
from itertools import pairwise
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.append(str(REPO / "src"))  # after $PYTHONPATH: another tree's kb may be measured

from kb.parse.vocab import STOPWORDS  # noqa: E402
from kb.search import iter_passages  # noqa: E402

MIN_LETTERS = 4
KINDS = ("finding", "recommendation", "quote")
_WORD = re.compile(r"[^\W\d_]+")


def word_pairs(index_dir: Path, count: int, seed: int = 13) -> list[str]:
    """`count` distinct "word word" queries from neighbouring words of the index's passages."""
    from kb.index import open_index

    pairs: set[str] = set()
    for passage, _ in iter_passages(open_index(index_dir)):
        words = [w.lower() for w in _WORD.findall(passage.text)]
        for first, second in pairwise(words):
            if first == second or min(len(first), len(second)) < MIN_LETTERS:
                continue
            if first in STOPWORDS or second in STOPWORDS:
                continue
            pairs.add(f"{first} {second}")
    ordered = sorted(pairs)
    random.Random(seed).shuffle(ordered)
    return ordered[:count]


def requests(index_dir: Path, count: int, seed: int = 13) -> list[tuple[str, dict[str, list[str]]]]:
    """(query, filters) pairs: the word pairs, every third filtered on one passage kind."""
    made = []
    for i, q in enumerate(word_pairs(index_dir, count, seed)):
        made.append((q, {"kind": [KINDS[(i // 3) % len(KINDS)]]} if i % 3 == 2 else {}))
    return made
