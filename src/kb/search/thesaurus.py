"""Words of like meaning for a query's rare words, from a Swedish thesaurus (kb/data/thesaurus.txt).

A question in a user's own words often has a word the collection seldom or never
uses where its documents use another: "får man dricka vin eller öl på äldreboendet"
(the pages say "alkohol", "servering"), "kan man bli avstängd från bidrag om man
fuskat" ("fusk", "fiffel"), "finns det ett register över alla som bedriver vård"
("katalog"). A word few passages have is looked up in the thesaurus, and its words of
like meaning that the index has are searched beside it, at THESAURUS_BOOST, as Derived terms: a passage with one covers the word
(kb.search.coverage). A word that finds enough passages itself (THESAURUS_RARE_PASSAGES)
is not: the collection uses it, and a general thesaurus mixes a word's senses ("far" the
father and "far illa", "uppgift" the task and the information).

The thesaurus is Viggo Kann's synonym lexicon as LibreOffice ships it (Debian's
mythes-sv), kept to single words (bench/make_thesaurus.py). It lists base forms; a
query's inflected word is found by its stem ("fuskat": "fuska", "kyrkor": "kyrka"), a
word of like meaning by its stem in the index ("spärrad": "spärras", "bidragsspärr").
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from whoosh.searching import Searcher

from kb.analysis.stemming import stem_word
from kb.search.settings import THESAURUS_MAX_WORDS, THESAURUS_RARE_PASSAGES

RESOURCE = "thesaurus.txt"
# What a stem lacks of a headword: none ("bil"), a verb's infinitive ("fusk": "fuska"),
# a noun in -a or -e ("kyrk": "kyrka", "pojk": "pojke").
_HEAD_ENDINGS = ("", "a", "e")
# Words of like meaning a notice names for one query word; "med flera" says there are more.
_MAX_SHOWN = 4


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


def headwords(word: str, stem: str) -> list[str]:
    """The thesaurus's headwords that `word` (in lower case, its stem `stem`) is a form of:
    itself, or its stem with a base form's ending (which stems back to the stem)."""
    table = thesaurus()
    return list(dict.fromkeys(h for h in (word, *(stem + e for e in _HEAD_ENDINGS)) if h in table))


def related_words(searcher: Searcher, stems: dict[str, str]) -> dict[str, dict[str, str]]:
    """For each query word (`stems`: word -> its stem) rare in the passages' text, the stems
    of its words of like meaning that the index has, each with the word as the thesaurus
    writes it: stem of the query word -> {stem: word}. A word in a document's title is
    looked up too: a title's word its passages do not write, they say otherwise."""
    reader = searcher.reader()
    related: dict[str, dict[str, str]] = {}
    for word, stem in stems.items():
        if stem in related or searcher.doc_frequency("text", stem) >= THESAURUS_RARE_PASSAGES:
            continue
        found: dict[str, str] = {}
        for head in headwords(word.lower(), stem):
            for other in thesaurus()[head]:
                other_stem = stem_word(other)  # from the index's word table when it has it
                if other_stem != stem and ("text", other_stem) in reader:
                    found.setdefault(other_stem, other)
        if found:
            related[stem] = dict(list(found.items())[:THESAURUS_MAX_WORDS])
    return related


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
    return notices
