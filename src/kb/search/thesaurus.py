"""Words of like meaning for a query's rare words, from a Swedish thesaurus (kb/data/thesaurus.txt).

A query in a user's own words often has a word the collection seldom or never uses
where its documents use another: "uteliggare" (the pages say "hemlös"), "droger"
("narkotika"), "åldringsvård" ("äldreomsorg"). A word few passages have is looked up in
the thesaurus, and its words of like meaning that the index has are searched beside it,
at THESAURUS_BOOST (with_alike): for a word no passage has they stand in for it (Derived
terms, kb.search.coverage), else a passage with one covers the word in part (Alike
terms, ALIKE_COVER), so that it does not crowd out the passages with the query's own
words. Not looked up: a word that finds enough passages itself (THESAURUS_RARE_PASSAGES)
-- the collection uses it, and a general thesaurus mixes a word's senses ("far" the
father and "far illa") --, a word typed with a capital (a name: "Sala", "Mora"), a base
of under four letters ("demens" is no form of "dem"). Not used: a word of like meaning
that many passages have (THESAURUS_COMMON_PASSAGES: "sätta" for "placera" finds whatever
the other words find), one of under four letters or a stop word, and one the index has
only inside other words or as another word's stem ("längta" is no "länge", "logi" no
part of "neurologi"). The rules are a review's of 241 queries (stop 50).

The thesaurus is Viggo Kann's synonym lexicon as LibreOffice ships it (Debian's
mythes-sv), kept to single words (bench/make_thesaurus.py). It lists base forms: a
query's word is found as a headword's inflected form ("fuskat": "fuska", "kyrkor":
"kyrka"), a word of like meaning by its stem in the index ("spärrad": "spärras").
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from whoosh.query import Query, Term
from whoosh.searching import Searcher

from kb.analysis.stemming import stem_word
from kb.parse.vocab import STOPWORDS
from kb.search.coverage import Alike, Derived, with_derived
from kb.search.settings import (
    THESAURUS_BOOST,
    THESAURUS_COMMON_PASSAGES,
    THESAURUS_MAX_WORDS,
    THESAURUS_RARE_PASSAGES,
)
from kb.search.verbs import WORDS_FIELD

RESOURCE = "thesaurus.txt"
# The endings of Swedish inflection (SAG; nouns' definite, plural and genitive forms, verbs'
# present, past, supine and passive, adjectives' forms), longest first: a query's word is a
# headword's form with one of them, after the headword's own -a or -e if it has one.
_ENDINGS = tuple(
    sorted(
        """en et n t er ar or r na erna arna orna rna ens ets s ns es as ade at ats ades ad
        de te d da dd it its ande ende a e are ast aste""".split(),
        key=len,
        reverse=True,
    )
)
# The shortest base read: a shorter one is a word of its own too often ("dem", "sal", "mor").
_MIN_BASE = 4

# Words of like meaning a notice names for one query word; "med flera" says there are more.
_MAX_SHOWN = 4
# Notices of words of like meaning, the last of them for all the words it leaves out.
_MAX_NOTICES = 3


@lru_cache(maxsize=1)
def thesaurus() -> dict[str, tuple[str, ...]]:
    """kb/data/thesaurus.txt: each headword -> its words of like meaning."""
    text = resources.files("kb.data").joinpath(RESOURCE).read_text(encoding="utf-8")
    table = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            head, _, words = line.partition(":")
            table[head.strip()] = tuple(w.strip() for w in words.split(",") if w.strip())
    return table


def headwords(word: str) -> list[str]:
    """The thesaurus's headword that `word` (in lower case) is, or is a form of: the longest
    of those it is with an inflection's ending ("kyrkor": "kyrka", "fuskat": "fuska",
    "grannen": "granne", not the adjective "grann"); none from a base of under four letters
    ("demens" is no form of "dem", "sala" none of "sal")."""
    table = thesaurus()
    if word in table:
        return [word]
    found = [
        head
        for ending in _ENDINGS
        if word.endswith(ending) and len(base := word[: len(word) - len(ending)]) >= _MIN_BASE
        for head in (base, base + "a", base + "e")
        if head in table
    ]
    return [max(found, key=len)] if found else []


def _written(searcher: Searcher, word: str) -> str:
    """The form in which the index has a word of like meaning as a word of its own, its base
    form or an inflected one; "" when it has it only inside other words or as another word's
    stem ("längta" is no "länge", "logi" no part of "neurologi", "moder" no "mod")."""
    reader = searcher.reader()
    forms = [word + ending for ending in ("", *_ENDINGS)]
    # A noun's plural without its -a or -e ("kyrkor", "pojkar"; not "halsen" of "halsa"), a
    # participle's verb ("spärrad": "spärras", "spärrar").
    if word.endswith("a"):
        forms += [word[:-1] + ending for ending in ("or", "orna")]
    elif word.endswith("e"):
        forms += [word[:-1] + ending for ending in ("ar", "arna")]
    elif word.endswith(("ad", "at")):
        forms += [word[:-1] + ending for ending in ("r", "s", "de")]
    return next((form for form in forms if (WORDS_FIELD, form) in reader), "")


def related_words(searcher: Searcher, stems: dict[str, str]) -> dict[str, dict[str, str]]:
    """For each query word (`stems`: word -> its stem) rare in the passages' text, the stems
    of its words of like meaning that the index has, each with the word as the thesaurus
    writes it: stem of the query word -> {stem: word}. A word in a document's title is
    looked up too: a title's word its passages do not write, they say otherwise."""
    # A word no passage has is stemmed by NLTK anyway (kb.analysis); a known word's lookup
    # reads the index and its word table only (tests/test_cold_start.py).
    related: dict[str, dict[str, str]] = {}
    for word, stem in stems.items():
        if stem in related or _passages(searcher, stem) >= THESAURUS_RARE_PASSAGES:
            continue
        if not word.islower():
            continue  # a name ("Sala", "Mora") or an acronym, not a word of the language
        found: dict[str, str] = {}
        for head in headwords(word):
            for other in thesaurus()[head]:
                # Stemmed as the index wrote it: a word of its word table needs no NLTK.
                written = _written(searcher, other)
                other_stem = stem_word(written) if written else ""
                if (
                    len(other_stem) >= _MIN_BASE
                    and other_stem != stem
                    and other_stem not in STOPWORDS
                    and 0 < _passages(searcher, other_stem) < THESAURUS_COMMON_PASSAGES
                ):
                    found.setdefault(other_stem, other)
        if found:
            related[stem] = dict(list(found.items())[:THESAURUS_MAX_WORDS])
    return related


def with_alike(searcher: Searcher, unit: Query, related: dict[str, dict[str, str]]) -> Query:
    """A word's unit with its words of like meaning (`related`, as related_words gives it) at
    THESAURUS_BOOST: for a word no passage has they stand in for it, else they cover it in
    part (kb.search.coverage.Alike) and a passage with the word itself covers more."""
    stems = {q.text for q in unit.leaves() if isinstance(q, Term) and q.fieldname == "text"}
    alike = {s: tuple(w) for s, w in related.items() if s in stems}
    if not alike:
        return unit
    kind = Alike if any(_passages(searcher, stem) for stem in alike) else Derived
    return with_derived(unit, alike, THESAURUS_BOOST, kind)


def _passages(searcher: Searcher, stem: str) -> int:
    """How many passages have a stem in their text."""
    return searcher.doc_frequency("text", stem)


def related_notices(stems: dict[str, str], related: dict[str, dict[str, str]]) -> list[str]:
    """A "Söker även på …" notice for each query word searched with words of like meaning
    (`related`, as related_words gives it), in the query's order."""
    notices = []
    done = set()
    for word, stem in stems.items():
        words = list(related.get(stem, {}).values())
        if not words or stem in done:
            continue
        done.add(stem)
        shown = [f"»{w}«" for w in words[:_MAX_SHOWN]]
        named = " och ".join([", ".join(shown[:-1]), shown[-1]] if len(shown) > 1 else shown)
        more = " med flera" if len(words) > _MAX_SHOWN else ""
        notices.append(f"Söker även på ord med liknande betydelse, {named}{more}, för »{word}«.")
    if len(notices) > _MAX_NOTICES:  # a pasted paragraph of rare words: no wall of notices
        rest = len(notices) - _MAX_NOTICES + 1
        notices[_MAX_NOTICES - 1 :] = [
            f"Söker även på ord med liknande betydelse för {rest} ord till i frågan."
        ]
    return notices
