"""Whether the inflected forms of the corpus's nouns and adjectives find each other.

Takes the most frequent words of corpus/ and the regeringen.se pages
(../shared/corpora/regeringen), reads each as a form of a base word
(indefinite singular) by the Swedish noun and adjective paradigms below, and
collects every other form of that base that exists (wordfreq's Swedish list,
or the corpus itself): definite and indefinite, singular and plural,
genitive, and the adjective's -t/-a/-are/-ast. A form "misses" a word when
kb.analysis.stemming gives it another stem: a search for the one does not find the
other. Forms kept apart on purpose (kb.analysis.vocab.STEM_EXCLUSIONS, agent nouns beside
the verb or noun they are made from, and KEPT_APART below: other words that happen to
look like an inflection) are not counted.

    python3 bench/inflection_coverage.py              # counts for the top 500 and 2,000
    python3 bench/inflection_coverage.py --show 500   # also each word of the top 500 that misses
    python3 bench/inflection_coverage.py --compounds  # also compounds' forms that miss

Prints, for the top 500 and 2,000 words, how many have a form that misses
them and how many have a form that finds nothing at all in the corpus.
"""

from __future__ import annotations

import argparse
import collections
import collections.abc
import os
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("KB_SHARED", REPO.parent / "shared"))
REGERINGEN = SHARED / "corpora" / "regeringen"
CORPUS = REPO / "corpus"

sys.path.insert(0, str(REPO / "src"))

from kb.analysis.compounds import compound_tail, load_vocabulary  # noqa: E402
from kb.analysis.stemming import agent_stem, stem_word  # noqa: E402
from kb.analysis.vocab import STEM_EXCLUSIONS  # noqa: E402
from kb.parse.vocab import STOPWORDS  # noqa: E402

# Endings of a base word's forms, by the shape of the base (Svenska Akademiens
# grammatik's declensions 1-5 and the adjective's inflection). Each entry:
# (what the base ends with, how many of its last letters the forms drop, the endings).
ADJECTIVE = ("t", "a", "e", "are", "ast", "aste")
# Definite and plural endings after a consonant, with their genitives.
DEFINITE_AND_PLURAL = (
    *("en", "ens", "ar", "ars", "arna", "arnas"),
    *("er", "ers", "erna", "ernas", "et", "ets"),
)
PARADIGMS: tuple[tuple[tuple[str, ...], int, tuple[str, ...]], ...] = (
    # 1st declension: flicka, flickan, flickor, flickorna, flickans
    (("a",), 1, ("a", "as", "an", "ans", "or", "ors", "orna", "ornas")),
    # nouns of a verb in -an, plural in -ningar: anmälan, anmälans, anmälningar, ansökningarna
    (("an",), 2, ("an", "ans", "ningar", "ningars", "ningarna", "ningarnas")),
    # 2nd/3rd declension and neuters in a consonant: bil·en·ar·arna, insats·en·er·erna,
    # beslut·et·en; genitives
    (("",), 0, ("", "s", *DEFINITE_AND_PLURAL)),
    # 2nd declension in -e: pojke, pojkar, pojkarna (the e drops)
    (("e",), 1, ("e", "es", "en", "ens", "ar", "arna", "arnas")),
    # a base in a vowel other than a and å (verbs: föreslå·r·s): pandemi·n·er·erna,
    # rike·t·n·na, sko·n·r·rna
    (
        tuple("eiouyäö"),
        0,
        ("n", "ns", "t", "ts", "r", "rs", "rna", "rnas", "na", "nas", "erna", "ernas"),
    ),
    # a noun in a short vowel and -m or -n that doubles it: hem·met·men·mens,
    # vän·nen·ner·nerna, medlem·mar·marna, program·met
    *(((c,), 0, tuple(c + e for e in DEFINITE_AND_PLURAL)) for c in "mn"),
    # nouns in -el and -er that drop the e: regel·n·regler·reglerna, artikel·artiklar,
    # förälder·n·föräldrar·föräldrarna, register·registret, exempel·exemplet
    (("el",), 2, ("el", "els", "eln", "elns", *("l" + e for e in DEFINITE_AND_PLURAL[2:]))),
    (("er",), 2, ("er", "ers", "ern", "erns", "rar", "rars", "rarna", "rarnas", "ret", "rets")),
    # adjectives: viktig·t·a·are·ast·aste
    (("",), 0, ADJECTIVE),
)
# The shortest base considered: shorter words are mostly function words and
# their "forms" other words ("ny"/"nyn").
MIN_BASE = 4
# A base must be at least this frequent (zipf), and a paradigm needs this many
# of its forms besides the base to exist: rarer strings are names, typos and
# compound forms ("krono", "kvinno") that made up most misses at first.
MIN_BASE_ZIPF = 3.0
MIN_ATTESTED = 2
# Pairs that look like one word's forms but are two words; found by reading
# this bench's misses. Neither is a form of the other.
KEPT_APART: frozenset[tuple[str, str]] = frozenset(
    {
        ("far", "får"),
        # pronouns (annat, annan) and a name (Anna, Annas)
        ("annat", "annans"),
        ("anna", "annans"),
        # a verb beside a noun: analysera/analyser, ansvara/ansvar, försvara/försvar,
        # riskera/risker, föreslås/föreslå (a verb's passive and infinitive)
        ("analysera", "analyser"),
        ("ansvar", "ansvarar"),
        ("försvar", "försvarar"),
        ("försvar", "försvararna"),
        ("riskerar", "risker"),
        ("föreslås", "föreslå"),
        # hela (whole) and "helan" (a full bottle, slang); redan (already) and reda (order);
        # minst (least) and "mins"; plan and planet; media and median
        ("hela", "helan"),
        ("redan", "reda"),
        ("redan", "redas"),
        ("minst", "mins"),
        ("plan", "planet"),
        ("plan", "planets"),
        ("media", "median"),
        # handel (trade) and handlar (a verb's present: "handlar om", is about)
        *(("handlar", form) for form in ("handel", "handeln", "handelns", "handels", "handler")),
        # exempel (an example) and exemplar (a copy, a specimen: "exemplaret")
        ("exempel", "exemplar"),
        # hälsan (the health) and hälsningar (greetings)
        ("hälsan", "hälsningar"),
        # misspellings of kvalitet ("kvalite", "kvaliten"): a typo, not a form
        ("kvalitet", "kvalite"),
        ("kvalitet", "kvaliten"),
    }
)


def corpus_words() -> collections.Counter[str]:
    """Lowercase words of corpus/ and the regeringen pages, with their counts."""
    paths = sorted(CORPUS.glob("*.txt"))
    if REGERINGEN.is_dir():
        paths += sorted(REGERINGEN.rglob("*.md"))
    else:
        print(f"no {REGERINGEN}: counting corpus/ only", file=sys.stderr)
    words: collections.Counter[str] = collections.Counter()
    for path in paths:
        words.update(re.findall(r"[^\W\d_]+", path.read_text(encoding="utf-8").lower()))
    return words


def bases(word: str) -> set[str]:
    """Base words (indefinite singular) that `word` may be a form of, by PARADIGMS."""
    found = set()
    for shapes, drops, endings in PARADIGMS:
        for ending in endings:
            if not word.endswith(ending):
                continue
            stem = word[: len(word) - len(ending)]
            base = stem + shapes[0][len(shapes[0]) - drops :] if drops else stem
            if base.endswith(shapes) and len(base) >= MIN_BASE:
                found.add(base)
    return found


def forms(base: str, exists: collections.abc.Container[str]) -> set[str]:
    """The forms of `base` that exist, by each paradigm that at least MIN_ATTESTED show."""
    found = set()
    for shapes, drops, endings in PARADIGMS:
        if not base.endswith(shapes):
            continue
        stem = base[: len(base) - drops]
        attested = {stem + e for e in endings if stem + e in exists} - {base}
        verb = stem + "er" in exists or stem + "de" in exists
        if endings == ADJECTIVE and (verb or not {stem + "a", stem + "t"} <= attested):
            continue  # a verb's infinitive and supine look the same (behöva·behövt·behöver)
        if len(attested) >= MIN_ATTESTED:
            found |= attested
    return found


def misses(
    word: str, exists: collections.abc.Container[str], frequent: collections.abc.Container[str]
) -> set[str]:
    """Forms of the bases of `word` that kb stems differently from it."""
    stem = stem_word(word)
    missed = set()
    for base in bases(word):
        if base not in frequent or base in STOPWORDS:
            continue
        for form in forms(base, exists) | {base}:
            if form == word or form in STOPWORDS:
                continue
            if form in STEM_EXCLUSIONS or word in STEM_EXCLUSIONS:
                continue
            # An agent noun beside the word it is made from ("arbetarna" read as a form
            # of "arbete", "användarna" of "använda"): kept apart on purpose.
            if bool(agent_stem(form)) != bool(agent_stem(word)):
                continue
            if (form, word) in KEPT_APART or (word, form) in KEPT_APART:
                continue
            if stem_word(form) != stem:
                missed.add(form)
    return missed


# Endings cut from a compound's last part to find its base form ("miljön": "miljö",
# "rådet": "råd", "reaktorer": "reaktor").
COMPOUND_ENDINGS = ("ens", "ets", "ns", "en", "et", "er", "ar", "or", "n", "s")


def compound_misses(counts: collections.Counter[str]) -> list[tuple[int, str, str]]:
    """(count, form, base) of the corpus's compounds whose last part is an inflected form
    of a word (it stems as that word), where the compound and the compound of that word,
    also a corpus word, stem apart: "arbetsmiljön" beside "arbetsmiljö" while "miljön"
    and "miljö" stem alike. The top-N counts above seldom reach compounds."""
    found = []
    for word, n in counts.items():
        tail = compound_tail(word) if word.isalpha() else ""
        if not tail or tail == word:
            continue
        head = word[: len(word) - len(tail)]
        for ending in COMPOUND_ENDINGS:
            base = tail[: -len(ending)] if tail.endswith(ending) else ""
            if len(base) >= 3 and head + base in counts and stem_word(base) == stem_word(tail):
                if stem_word(head + base) != stem_word(word):
                    found.append((n, word, head + base))
                break
    return sorted(found, reverse=True)


def main() -> None:
    """Print the coverage figures (and, with --show N, the misses of the top N words)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", type=int, default=0, help="list the misses of the top N words")
    parser.add_argument(
        "--compounds", action="store_true", help="also count compounds' forms (slower)"
    )
    args = parser.parse_args()
    counts = corpus_words()
    vocabulary = load_vocabulary()
    exists = set(vocabulary) | {w for w, n in counts.items() if n >= 2}
    frequent = {w for w, z in vocabulary.items() if z >= MIN_BASE_ZIPF}
    corpus_stems = collections.Counter()
    for word, n in counts.items():
        corpus_stems[stem_word(word)] += n
    ranked = [
        w
        for w, _ in counts.most_common()
        if len(w) >= MIN_BASE and w not in STOPWORDS and w.isalpha()
    ]
    tops = (500, 2000)
    for top in tops:
        words = ranked[:top]
        missing = {w: misses(w, exists, frequent) for w in words}
        missing = {w: m for w, m in missing.items() if m}
        empty = {w: {f for f in m if not corpus_stems[stem_word(f)]} for w, m in missing.items()}
        empty = {w: m for w, m in empty.items() if m}
        print(
            f"top {top:>5}: {len(missing):>4} words have a form that does not find them, "
            f"{len(empty):>4} a form that finds nothing in the corpus"
        )
        if args.show and top == min((t for t in tops if t >= args.show), default=tops[-1]):
            for w in words[: args.show]:
                if w in missing:
                    shown = ", ".join(
                        f"{f} ({stem_word(f)}{'' if corpus_stems[stem_word(f)] else ', nothing'})"
                        for f in sorted(missing[w])
                    )
                    print(f"  {counts[w]:>6} {w} ({stem_word(w)}): {shown}")
    if args.compounds:
        apart = compound_misses(counts)
        print(
            f"compounds: {len(apart)} forms ({sum(n for n, _, _ in apart)} occurrences) stem"
            " apart from their compound's base form, which the corpus has"
        )
        for n, form, base in apart[: args.show or 10]:
            print(f"  {n:>6} {form} ({stem_word(form)}) / {base} ({stem_word(base)})")


if __name__ == "__main__":
    main()
