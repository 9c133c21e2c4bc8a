"""Whether a misspelt word finds what the word finds, for many words and kinds of typo.

bench/relevance.py judges six misspellings by hand; this bench asks the same of
hundreds, made by rule. It takes the index's most frequent words (the unstemmed
words of the text, at least MIN_CHARS letters, no stop words), makes typos of each
of the kinds below, and searches each typo as a user would (kb.search.run_search,
corrections and the accent-free field included). A typo counts as found when its
first page has at least FOUND_SHARE of the first page of the word spelt right.

    KB_SHARED=../shared python3 bench/typo_recall.py             # the regeringen index of bench/relevance.py
    python3 bench/typo_recall.py --index index --words 200
    KB_SHARED=../shared python3 bench/typo_recall.py --bands  # also less frequent words
    KB_SHARED=../shared python3 bench/typo_recall.py --show drop # also each typo of a kind not found

Prints, per kind of typo: how many were searched, the share found, the share
that found nothing, the mean share of the right first page, and how the answer
came (searched as typed, or as corrected). A typo that is itself a word the index
knows is no misspelling and is left out.
"""

from __future__ import annotations

import argparse
import collections
import os
import random
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))
os.environ.setdefault("KB_SHARED", str(REPO.parent / "shared"))

from kb.analysis import fold_accents, query_terms  # noqa: E402
from kb.analysis.compounds import split_compound  # noqa: E402
from kb.index import open_index  # noqa: E402
from kb.parse.vocab import STOPWORDS  # noqa: E402
from kb.search import SearchRequest, run_search  # noqa: E402
from kb.search.suggest import _is_known as is_known  # noqa: E402  (as the corrector knows words)

MIN_CHARS = 6
FOUND_SHARE = 0.8
SEED = 20261202

# Keys next to each other on a Swedish keyboard (a typo's likeliest substitution).
_ROWS = ("qwertyuiopå", "asdfghjklöä", "zxcvbnm")


def _neighbours() -> dict[str, str]:
    near: dict[str, set[str]] = collections.defaultdict(set)
    for row_number, row in enumerate(_ROWS):
        for column, key in enumerate(row):
            for other_row in range(max(0, row_number - 1), min(len(_ROWS), row_number + 2)):
                for other_column in (column - 1, column, column + 1):
                    if 0 <= other_column < len(_ROWS[other_row]):
                        other = _ROWS[other_row][other_column]
                        if other != key:
                            near[key].add(other)
    return {key: "".join(sorted(keys)) for key, keys in near.items()}


NEIGHBOURS = _neighbours()


def _drop(word: str, rng: random.Random) -> str:
    at = rng.randrange(2, len(word))
    return word[:at] + word[at + 1 :]


def _double(word: str, rng: random.Random) -> str:
    at = rng.randrange(2, len(word))
    return word[: at + 1] + word[at] + word[at + 1 :]


def _swap(word: str, rng: random.Random) -> str:
    at = rng.randrange(2, len(word) - 1)
    return word[:at] + word[at + 1] + word[at] + word[at + 2 :]


def _key(word: str, rng: random.Random) -> str:
    at = rng.randrange(2, len(word))
    near = NEIGHBOURS.get(word[at], "")
    return word[:at] + rng.choice(near) + word[at + 1 :] if near else word


def _sound(word: str, rng: random.Random) -> str:
    """Spelt as it sounds: ä as e ("hemtjensten"), or a double consonant single."""
    if "ä" in word[2:]:
        at = word.index("ä", 2)
        return word[:at] + "e" + word[at + 1 :]
    for at in range(2, len(word) - 1):
        if word[at] == word[at + 1] and word[at] not in "aeiouyåäö":
            return word[:at] + word[at + 1 :]
    return word


def _accentless(word: str, rng: random.Random) -> str:
    return fold_accents(word)


def _early(word: str, rng: random.Random) -> str:
    """A typo in the first two letters, which the corrector's candidates share:
    the two swapped, or one of them a neighbouring key, or the second left out."""
    at = rng.randrange(2)
    match rng.randrange(3):
        case 0:
            return word[1] + word[0] + word[2:]
        case 1:
            near = NEIGHBOURS.get(word[at], "")
            return word[:at] + rng.choice(near) + word[at + 1 :] if near else word
        case _:
            return word[0] + word[2:]


# Swedish sounds at a word's start that have other spellings (Språkrådet's "sj-ljudet"
# and "tje-ljudet"; c for s or k; ä for e): typed as heard, two edits among the letters
# the candidates share ("sjefspositioner", "sertifiering", "hemlösa" typed "hämlösa").
_START_SOUNDS = (
    ("ch", "sj"),  # chef: sjef
    ("sch", "sj"),  # schema: sjema
    ("skj", "sj"),  # skjuta: sjuta
    ("stj", "sj"),  # stjärna: sjärna
    ("ske", "sje"),  # skep: sjep
    ("ski", "sji"),
    ("skä", "sjä"),  # skärm: sjärm
    ("skö", "sjö"),  # sköta: sjöta
    ("kä", "tjä"),  # kärlek: tjärlek
    ("kö", "tjö"),
    ("ce", "se"),  # certifiering: sertifiering
    ("ci", "si"),
    ("cy", "sy"),
    ("ca", "ka"),  # camilla: kamilla
    ("co", "ko"),
    ("ph", "f"),
    ("ä", "e"),  # lämna: lemna
    ("e", "ä"),  # besluta: bäsluta
)


def _start(word: str, rng: random.Random) -> str:
    """The word's first sound spelt another way that sounds the same ("chef": "sjef"; an
    ä or e also as the second letter: "hemlösa": "hämlösa"); as typed if it has none."""
    ways = [
        word[:at] + heard + word[at + len(spelt) :]
        for spelt, heard in _START_SOUNDS
        for at in range(2)
        if word[at:].startswith(spelt) and (at == 0 or spelt in ("ä", "e"))
    ]
    return rng.choice(ways) if ways else word


# Beside these, "apart": a compound written as two words (apart() below).
KINDS: dict[str, Callable[[str, random.Random], str]] = {
    "drop": _drop,
    "double": _double,
    "swap": _swap,
    "key": _key,
    "sound": _sound,
    "accentless": _accentless,
    "early": _early,
    "start": _start,
}


def frequent_words(ix: object, count: int) -> list[str]:
    """The `count` words of the text in most passages, as the documents spell them.

    The spelling field keeps each word once (kb.index), so a word's passages are
    counted by its stem in the text field.
    """
    with ix.searcher() as searcher:  # type: ignore[attr-defined]
        reader = searcher.reader()
        counted = []
        for raw in reader.lexicon("spell_text"):
            word = raw.decode("utf-8")
            if len(word) < MIN_CHARS or not word.isalpha() or word in STOPWORDS:
                continue
            terms = query_terms(word)
            if len(terms) == 1:  # a compound's parts would count the parts' passages
                counted.append((searcher.doc_frequency("text", terms[0][0]), word))
    counted.sort(key=lambda pair: (-pair[0], pair[1]))
    return [word for _, word in counted[:count]]


def first_page(ix: object, text: str) -> tuple[list[str], str]:
    results = run_search(ix, SearchRequest.create(text, per_page=10))  # type: ignore[arg-type]
    how = "corrected" if results.corrected_query else ("found" if results.hits else "nothing")
    return [hit.passage.id for hit in results.hits], how


def apart(word: str) -> str:
    """The compound written as two words (särskrivning: "social tjänsten"), split where
    kb's splitter finds its last part; "" if it is no compound to kb (a word it keeps
    whole, such as "hemtjänsten", is left out: nothing here says where its parts meet)."""
    parts = split_compound(word)
    if len(parts) < 2 or not word.endswith(parts[-1]):
        return ""
    at = len(word) - len(parts[-1])
    return word[:at] + " " + word[at:]


def typos(words: list[str], searcher: object) -> Iterator[tuple[str, str, str]]:
    rng = random.Random(SEED)
    for word in words:
        for kind, make in KINDS.items():
            typo = make(word, rng)
            if typo != word and not is_known(searcher, typo):
                yield kind, word, typo
        if typo := apart(word):
            yield "apart", word, typo


def real_words_unknown(ix: object, count: int) -> tuple[list[str], list[tuple[str, str]]]:
    """The `count` most frequent Swedish words (wordfreq) the index does not know, and
    those of them kb searches as another word: a correction of a word spelt right."""
    from wordfreq import top_n_list

    with ix.searcher() as searcher:  # type: ignore[attr-defined]
        unknown = [
            word
            for word in top_n_list("sv", 50_000)
            if len(word) >= MIN_CHARS and word.isalpha() and not is_known(searcher, word)
        ][:count]
    changed = []
    for word in unknown:
        results = run_search(ix, SearchRequest.create(word, per_page=10))  # type: ignore[arg-type]
        if results.corrected_query:
            changed.append((word, results.corrected_query))
    return unknown, changed


# Bands of wordfreq's zipf for --bands; REAL_WORD_ZIPF (kb.search.settings) is 3.0.
BANDS = ((2.0, 2.5), (2.5, 3.0), (3.0, 3.5), (3.5, 4.0), (4.0, 9.0))
EXAMPLES = 6


def real_words_in_bands(ix: object, count: int) -> None:
    """Print, for common words of three frequency bands that the index does not have, how
    many kb searches as another word (kb.search.settings.REAL_WORD_ZIPF is the lower end)."""
    from kb.analysis.compounds import load_vocabulary

    vocabulary = load_vocabulary()
    for low, high in BANDS:
        words = sorted(w for w, z in vocabulary.items() if low <= z < high and len(w) >= MIN_CHARS)
        random.Random(SEED).shuffle(words)
        with ix.searcher() as searcher:  # type: ignore[attr-defined]
            unknown = [w for w in words if w.isalpha() and not is_known(searcher, w)][:count]
        answers = [(w, run_search(ix, SearchRequest.create(w))) for w in unknown]  # type: ignore[arg-type]
        changed = [(w, r.corrected_query) for w, r in answers if r.corrected_query]
        offered = sum(bool(r.suggestion) for _, r in answers)
        print(
            f"  zipf {low}-{high}: {len(changed)} of {len(unknown)} searched as another word, "
            f"{offered} offered one; e.g. "
            + ", ".join(f"{w} as {c}" for w, c in changed[:EXAMPLES])
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--index",
        type=Path,
        help="an index folder (default: bench/relevance.py's regeringen index)",
    )
    parser.add_argument(
        "--words", type=int, default=300, help="how many frequent words (default 300)"
    )
    parser.add_argument("--show", metavar="KIND", help="print each typo of this kind not found")
    parser.add_argument(
        "--examples", type=int, default=10, help="words spelt right searched as another, shown"
    )
    parser.add_argument(
        "--bands", action="store_true", help="also common words the index lacks, by frequency band"
    )
    args = parser.parse_args()
    if args.index is None:
        import relevance

        args.index = relevance.regeringen_index()
    ix = open_index(args.index)
    words = frequent_words(ix, args.words)
    started = time.perf_counter()
    right: dict[str, list[str]] = {}
    rows: dict[str, list[tuple[float, str]]] = collections.defaultdict(list)
    misses: list[tuple[str, str, float, str]] = []
    with ix.searcher() as searcher:
        made = list(typos(words, searcher))
    for kind, word, typo in made:
        if word not in right:
            right[word] = first_page(ix, word)[0]
        if not right[word]:
            continue
        page, how = first_page(ix, typo)
        share = len(set(page) & set(right[word])) / len(right[word])
        rows[kind].append((share, how))
        if share < FOUND_SHARE and kind == args.show:
            misses.append((word, typo, share, how))
    print(f"{args.index}: {len(words)} words of {MIN_CHARS}+ letters, typos made with seed {SEED}")
    print(f"{'typo':12} {'searched':>8} {'found':>7} {'nothing':>8} {'mean share':>11}   answered")
    every: list[tuple[float, str]] = []
    for kind in [*KINDS, "apart"]:
        found = rows[kind]
        every += found
        print(_row(kind, found))
    print(_row("all", every))
    print(
        f"{len(every)} typos in {time.perf_counter() - started:.1f} s; found = at least "
        f"{FOUND_SHARE:.0%} of the right word's first page"
    )
    unknown, changed = real_words_unknown(ix, args.words)
    print(
        f"words the index does not have (wordfreq's Swedish, {MIN_CHARS}+ letters): "
        f"{len(changed)} of {len(unknown)} searched as another word"
    )
    for typed, corrected in changed[: args.examples]:
        print(f"  {typed:28} as {corrected}")
    if args.bands:
        print("words the index does not have, by wordfreq's zipf (300 of each band):")
        real_words_in_bands(ix, 300)
    for word, typo, share, how in misses:
        print(f"  {typo:28} for {word:24} {share:4.0%}  {how}")


def _row(kind: str, found: list[tuple[float, str]]) -> str:
    if not found:
        return f"{kind:12} {0:8}"
    n = len(found)
    hits = sum(share >= FOUND_SHARE for share, _ in found)
    nothing = sum(how == "nothing" for _, how in found)
    mean = sum(share for share, _ in found) / n
    answered = collections.Counter(how for _, how in found)
    how = ", ".join(f"{name} {count}" for name, count in sorted(answered.items()))
    return f"{kind:12} {n:8} {hits / n:7.0%} {nothing / n:8.0%} {mean:11.2f}   {how}"


if __name__ == "__main__":
    main()
