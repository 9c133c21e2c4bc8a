"""Measure kb's compound splitter against the hand-judged gold list, over a parameter grid.

Prints, for each vocabulary size, minimum part length and minimum part
frequency: precision and recall of splits (a split counts as right only when
all its parts match after stemming), the share of words wrongly split, and
the share of the interpellations' long words (>= 10 letters) that get split.

    python3 bench/compound_split.py            # grid over the gold list
    python3 bench/compound_split.py --corpus   # also coverage on ../shared
    python3 bench/compound_split.py --parts    # frequent short parts on ../shared
    python3 bench/compound_split.py --labels   # the labelled frequent splits (no grid)
    python3 bench/compound_split.py --forms    # their inflected forms on ../shared
    python3 bench/compound_split.py --changes  # the words stop 61 split anew, labelled blind

--labels scores the default splitter on bench/data/compound-labels.tsv: the 800 most
frequent split words of the interpellations (the set kb/data/compounds.txt was made
from) and 300 of the regeringen pages (held out), each labelled a right split (T), a
lexicalised word (L, no part should find it), a wrong split (W) or a name (N, not
scored: a name written with a capital is not split, kb.analysis). A word counts as
right when its parts, compared by stem, are the expected ones ("-": none).

--forms scores the other forms of the labelled words that the interpellations have
("äldreomsorgens", "socialnämnderna" of "äldreomsorgen", "socialnämnd"): a form of a right
split (T) is right when it has the same parts but for the last one's ending, a form of a
lexicalised word (L) when it stays whole. Stop 61: T 1,036 -> 1,144 of 1,260 (a last part
may be a common noun's form the vocabulary lacks: kb.analysis.compounds), L 144 of 151 before
and after. Of the forms still wrong, 50 are a minister's title, which stays whole on purpose.
A first version that let any form end a compound (1,169) also read "placera·ingen",
"följa·samhet", "anhöriga·sistans": every word of the corpora whose split changed was read.

--changes scores the splitter on the 498 words of the interpellations and corpus/ whose split
a version of that change made anew, labelled blind (bench/data/compound-changes-61.tsv). At
the end of stop 61: right splits kept 425 of 446, wrong splits still made 18 of 34,
lexicalised words split 2 of 7.
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
import time
from itertools import product
from pathlib import Path

from kb.analysis import stem_word
from kb.analysis.compounds import CompoundSplitter

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "tests" / "fixtures" / "analysis" / "compounds_gold.tsv"
LABELS = REPO / "bench" / "data" / "compound-labels.tsv"
CHANGES = REPO / "bench" / "data" / "compound-changes-61.tsv"
INTERPELLATIONS = REPO.parent / "shared" / "corpora" / "riksdagen-interpellations"


def read_gold() -> dict[str, tuple[str, ...]]:
    """Word -> expected parts (empty when the word must stay whole)."""
    gold: dict[str, tuple[str, ...]] = {}
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("word\t"):
            continue
        word, parts = line.split("\t")
        gold[word] = () if parts == "-" else tuple(parts.split())
    return gold


def stems(parts: tuple[str, ...]) -> tuple[str, ...]:
    """Parts compared by stem, so "arbete" and "arbets" agree."""
    return tuple(stem_word(p) for p in parts)


def score(splitter: CompoundSplitter, gold: dict[str, tuple[str, ...]]) -> dict[str, float]:
    """Precision, recall and false-split rate of `splitter` on `gold`."""
    made = right = compounds = false_splits = wholes = 0
    for word, expected in gold.items():
        got = splitter.split(word)
        if expected:
            compounds += 1
        else:
            wholes += 1
            false_splits += bool(got)
        if got:
            made += 1
            right += bool(expected) and stems(got) == stems(expected)
    return {
        "precision": right / made if made else 0.0,
        "recall": right / compounds,
        "false_split": false_splits / wholes,
    }


def corpus_words() -> collections.Counter[str]:
    """Lowercase words of the interpellations' paragraphs."""
    from lxml import etree

    if not INTERPELLATIONS.is_dir():
        sys.exit(f"no corpus at {INTERPELLATIONS}: put shared/ beside the repository")
    words: collections.Counter[str] = collections.Counter()
    for path in sorted(INTERPELLATIONS.rglob("*.xml")):
        for element in etree.parse(str(path)).iter("{http://www.tei-c.org/ns/1.0}p"):
            text = "".join(element.itertext()).lower()
            words.update(re.findall(r"[^\W\d_]+", text))
    return words


def show_parts(words: collections.Counter[str]) -> None:
    """The short heads and tails the default splitter uses most: where prefixes hide."""
    splitter = CompoundSplitter()
    heads: collections.Counter[str] = collections.Counter()
    tails: collections.Counter[str] = collections.Counter()
    for word in words:
        parts = splitter.split(word)
        if parts:
            heads.update(parts[:-1])
            tails[parts[-1]] += 1
    for label, counter in (("heads", heads), ("tails", tails)):
        common = [f"{p}:{n}" for p, n in counter.most_common(400) if len(p) <= 5][:60]
        print(f"{label}: {' '.join(common)}")


def score_labels(show: bool) -> None:
    """Print, per set and label, how many labelled words the default splitter gets right."""
    splitter = CompoundSplitter()
    right: collections.Counter[tuple[str, str]] = collections.Counter()
    total: collections.Counter[tuple[str, str]] = collections.Counter()
    for line in LABELS.read_text(encoding="utf-8").splitlines():
        if line.startswith(("#", "set\t")) or not line:
            continue
        subset, word, label, _, expected, _ = line.split("\t")
        if label == "N":
            continue
        parts = splitter.split(word)
        wanted = () if expected == "-" else tuple(expected.split())
        ok = stems(parts) == stems(wanted)
        total[subset, label] += 1
        right[subset, label] += ok
        if show and not ok:
            print(f"  {subset} {label} {word}: {' '.join(parts) or '-'} (expected {expected})")
    for subset in ("label", "heldout"):
        cells = [
            f"{label} {right[subset, label]}/{total[subset, label]}"
            for label in ("T", "L", "W")
        ]
        words = sum(total[subset, label] for label in "TLW")
        wrong = words - sum(right[subset, label] for label in "TLW")
        print(f"{subset:>8}: {', '.join(cells)}; {wrong} of {words} words split wrong")


def score_forms(show: bool) -> None:
    """Print how many of the corpus's other forms of the labelled words split as labelled."""
    from kb.analysis.compounds import _bases

    splitter = CompoundSplitter()
    labelled: dict[str, tuple[str, tuple[str, ...]]] = {}
    for line in LABELS.read_text(encoding="utf-8").splitlines():
        if line.startswith(("#", "set\t")) or not line:
            continue
        _, word, label, _, expected, _ = line.split("\t")
        if label in ("T", "L"):
            labelled[word] = (label, () if expected == "-" else tuple(expected.split()))
    by_base: collections.defaultdict[str, set[str]] = collections.defaultdict(set)
    for word in corpus_words():
        if len(word) >= 8:
            for base in (word, *_bases(word)):
                by_base[base].add(word)
    right: collections.Counter[str] = collections.Counter()
    total: collections.Counter[str] = collections.Counter()
    for word, (label, expected) in labelled.items():
        forms = set().union(*(by_base.get(base, set()) for base in (word, *_bases(word))))
        for form in sorted(forms - {word}):
            got = splitter.split(form)
            if label == "L":
                ok = not got
            else:  # the same parts; the last one in the form's own ending
                ok = len(got) == len(expected) and stems(got)[:-1] == stems(expected)[:-1]
            total[label] += 1
            right[label] += ok
            if show and not ok:
                print(f"  {label} {form} (of {word}): {' '.join(got) or '-'}")
    print(", ".join(f"{label} {right[label]}/{total[label]}" for label in ("T", "L")))


def score_changes() -> None:
    """Print how the default splitter reads the words stop 61 split anew, by their blind labels:
    a right split (T) kept, a wrong split (W) or a lexicalised word (L) not read so."""
    splitter = CompoundSplitter()
    counts: collections.Counter[str] = collections.Counter()
    for line in CHANGES.read_text(encoding="utf-8").splitlines():
        if line.startswith(("#", "word\t")) or not line:
            continue
        word, parts, label, _ = line.split("\t")
        if label == "N":
            continue
        same = stems(splitter.split(word)) == stems(tuple(parts.split()))
        counts[label, same] += 1
    print(
        f"right splits kept {counts['T', True]} of {counts['T', True] + counts['T', False]}; "
        f"wrong splits still made {counts['W', True]} of {counts['W', True] + counts['W', False]}, "
        f"lexicalised words split {counts['L', True]} of {counts['L', True] + counts['L', False]}"
    )


def main() -> None:
    """Print the grid."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", action="store_true", help="coverage on the interpellations")
    parser.add_argument("--show", action="store_true", help="print the errors of the default")
    parser.add_argument(
        "--parts", action="store_true", help="most frequent short heads and tails on the corpus"
    )
    parser.add_argument("--labels", action="store_true", help="score the labelled splits")
    parser.add_argument("--forms", action="store_true", help="score the labelled words' forms")
    parser.add_argument("--changes", action="store_true", help="score stop 61's new splits")
    args = parser.parse_args()
    if args.changes:
        score_changes()
        return
    if args.forms:
        score_forms(args.show)
        return
    if args.labels:
        score_labels(args.show)
        return
    gold = read_gold()
    long_words = []
    if args.corpus:
        long_words = [w for w in corpus_words() if len(w) >= 10]
    print(
        f"gold: {sum(bool(v) for v in gold.values())} compounds, "
        f"{sum(not v for v in gold.values())} whole words"
    )
    header = (
        f"{'size':>8} {'head':>4} {'tail':>4} {'minzipf':>7} {'prec':>6} {'recall':>6} {'false':>6}"
    )
    if long_words:
        header += f" {'split%':>7} {'words/s':>8}"
    print(header)
    grid = product(
        (50_000, 100_000, 200_000, 400_000), ((3, 3), (3, 4), (4, 4), (4, 5)), (1.5, 2.0, 2.5)
    )
    for size, (head, tail), minzipf in grid:
        splitter = CompoundSplitter(
            vocabulary_size=size, min_head_length=head, min_tail_length=tail, min_part_zipf=minzipf
        )
        result = score(splitter, gold)
        line = (
            f"{size:>8} {head:>4} {tail:>4} {minzipf:>7} {result['precision']:>6.3f} "
            f"{result['recall']:>6.3f} {result['false_split']:>6.3f}"
        )
        if long_words:
            start = time.perf_counter()
            split = sum(bool(splitter.split(w)) for w in long_words)
            elapsed = time.perf_counter() - start
            line += f" {split / len(long_words):>7.1%} {len(long_words) / elapsed:>8.0f}"
        print(line, flush=True)
    if args.parts:
        show_parts(corpus_words())
    if args.show:
        splitter = CompoundSplitter()
        for word, expected in gold.items():
            got = splitter.split(word)
            if (bool(got) != bool(expected)) or (got and stems(got) != stems(expected)):
                print(f"  {word}: got {got or '-'} expected {expected or '-'}")


if __name__ == "__main__":
    main()
