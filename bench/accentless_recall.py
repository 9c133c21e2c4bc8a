"""The index's most frequent words with å, ä or ö, typed without them: searched as the word?

    python3 bench/accentless_recall.py INDEX [--words 400]

Each word ("äldre", "åtgärder") is searched folded ("aldre", "atgarder"), as a user
without those keys types it, and counted as corrected to the word, to another word, or
not corrected (searched as typed: "aldre" stems as "aldrig" does). bench/typo_recall.py
folds words the index lacks once folded; this takes the index's own words, so the
folded forms that are another word's forms are among them. Prints the counts and the
words not corrected to themselves (some are words of their own: "andra" beside "ändra").
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kb.analysis import fold_accents
from kb.index import open_index
from kb.search import SearchRequest, run_search

ACCENTED = frozenset("åäö")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("index", type=Path)
    parser.add_argument("--words", type=int, default=400, help="how many of the most frequent")
    args = parser.parse_args()
    ix = open_index(args.index)
    with ix.searcher() as searcher:
        reader = searcher.reader()
        counted = []
        for raw in reader.lexicon("spell_text"):
            word = raw.decode("utf-8")
            if len(word) >= 4 and word.isalpha() and ACCENTED & set(word):
                counted.append((reader.doc_frequency("spell_text", word), word))
    words = [word for _, word in sorted(counted, reverse=True)[: args.words]]
    right, other, missed = 0, [], []
    for word in words:
        typed = fold_accents(word)
        corrected = run_search(ix, SearchRequest.create(typed, per_page=1)).corrected_query
        if corrected.lower() == word:
            right += 1
        elif corrected:
            other.append(f"{typed} -> {corrected}")
        else:
            missed.append(typed)
    print(
        f"{len(words)} words typed without å, ä, ö: {right} searched as the word,"
        f" {len(other)} as another, {len(missed)} as typed"
    )
    if other:
        print("as another: " + ", ".join(other))
    if missed:
        print("as typed: " + ", ".join(missed))


if __name__ == "__main__":
    main()
