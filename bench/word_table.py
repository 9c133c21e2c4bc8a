"""Check an index's word table (kb.analysis.wordtable) against the analyzer, and size it.

    python3 bench/word_table.py INDEX [--unknown 3000]

For every word of the table, and for words near them that it lacks (misspelt,
cut, lengthened, without accents, made up), the stem, the compound parts and the
query terms of texts of them are computed by the analyzer alone and then with
the table in use: any difference is printed, and the exit status is 1. Also
prints the table's words, file size and read time, and how many of the index's
spelling words (the words its text and titles hold) it has.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

from kb.analysis import analyze, query_terms
from kb.analysis.compounds import elided_tail, forget_tails, split_compound
from kb.analysis.stemming import stem_word
from kb.analysis.wordtable import WORDS_FILE, forget_word_tables, read_word_table
from kb.index import _generation, open_index


def near_words(words: list[str], count: int, seed: int = 13) -> list[str]:
    """Words the table lacks, mostly: each word's misspellings and other forms, and made up ones."""
    rng = random.Random(seed)
    made: list[str] = []
    while len(made) < count:
        word = rng.choice(words)
        i = rng.randrange(len(word))
        made += [
            word[:i] + word[i + 1 :],
            word[:i] + rng.choice("aeiouåäöst") + word[i:],
            word + rng.choice(["s", "en", "et", "ens", "arna", "ets", "t", "n", "are"]),
            word.translate(str.maketrans("åäö", "aao")),
            "".join(rng.choice("abdefgiklmnoprstuvåäö") for _ in range(rng.randrange(3, 16))),
        ]
    return made[:count]


def analyses(words: list[str], texts: list[str]) -> tuple[list[object], ...]:
    """(stem, *parts) and elided tail of each word, the query terms and the index terms of each
    text (as the highlighter analyses a passage), from caches cleared first."""
    stem_word.cache_clear()
    split_compound.cache_clear()
    forget_tails()
    return (
        [(stem_word(w), *split_compound(w), elided_tail(w)) for w in words],
        [query_terms(t) for t in texts],
        [analyze(t) for t in texts],
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("index", type=Path)
    parser.add_argument("--unknown", type=int, default=3000, help="words near the table's")
    args = parser.parse_args()
    gen = _generation(args.index)
    if gen is None:
        sys.exit(f"no index in {args.index}")
    path = gen / WORDS_FILE
    start = time.perf_counter()
    read = read_word_table(path)
    took = time.perf_counter() - start
    table = read.as_dict() if read else {}
    if not read or not table:
        sys.exit(f"no word table in {gen} (missing, unreadable or of another analyzer)")
    size = path.stat().st_size
    print(
        f"{path}: {len(table):,} words, {len(read.tails):,} elided tails, "
        f"{size / 2**20:.2f} MiB, read in {took * 1000:.0f} ms"
    )
    ix = open_index(args.index)
    forget_word_tables()  # the analyzer alone first
    with ix.searcher() as searcher:
        reader = searcher.reader()
        spelled = {
            w
            for field in ("spell_text", "spell_title")
            for t in reader.lexicon(field)
            if (w := t.decode("utf-8"))[0].isalpha()
        }
    print(
        f"spelling words of the index: {len(spelled):,}, in the table: {len(spelled & set(table)):,}"
    )
    words = sorted(table)
    unknown = sorted(set(near_words(words, args.unknown)) - set(table))
    rng = random.Random(7)
    texts = [" ".join(rng.sample(words, 6)) for _ in range(2000)]
    texts += [" ".join(rng.sample(unknown, 3) + rng.sample(words, 3)) for _ in range(500)]
    texts += [f"hälso- och {w}" for w in [*read.tails, *unknown[:500]]]
    start = time.perf_counter()
    alone = analyses(words + unknown, texts)
    print(f"analyzer alone: {time.perf_counter() - start:.1f} s")
    differ: list[tuple[object, ...]] = [
        (w, table[w], a) for w, a in zip(words, alone[0], strict=False) if table[w] != a[:-1]
    ]
    differ += [(w, t, elided_tail(w)) for w, t in read.tails.items() if elided_tail(w) != t]
    open_index(args.index)  # the table in use again
    start = time.perf_counter()
    tabled = analyses(words + unknown, texts)
    print(f"with the table: {time.perf_counter() - start:.1f} s")
    differ += [
        (w, a, b) for w, a, b in zip(words + unknown, alone[0], tabled[0], strict=True) if a != b
    ]
    for i in (1, 2):
        differ += [(t, a, b) for t, a, b in zip(texts, alone[i], tabled[i], strict=True) if a != b]
    print(
        f"compared: {len(words):,} words of the table, {len(unknown):,} words it lacks, "
        f"{len(texts):,} texts; differences: {len(differ)}"
    )
    for item in differ[:20]:
        print("  ", *item)
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
