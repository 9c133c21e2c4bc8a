"""A query's verbs and the nouns made from them, by the index's words (kb.analysis.derivation).

"förskrivs" in a query also finds "förskrivningen": the unit of the word (kb.search.ranking)
gets the noun's stem in the text, at VERB_NOUN_BOOST, as a Derived term, which covers the
word (kb.search.coverage). The lexicon is the index's words as written (its spelling field):
no noun is looked for that no passage has.
"""

from __future__ import annotations

from whoosh.query import Query
from whoosh.searching import Searcher

from kb.analysis.derivation import particle_verb_noun, verb_noun
from kb.analysis.stemming import stem_word
from kb.search.coverage import with_derived
from kb.search.settings import VERB_NOUN_BOOST

# The field of the index's words as written (Whoosh's spelling words of "text").
WORDS_FIELD = "spell_text"


def verb_nouns(
    searcher: Searcher, stems: dict[str, str], particles: dict[str, str] | None = None
) -> dict[str, tuple[str, ...]]:
    """The stem of each word (`stems`: word -> its stem) that is a form of a verb, mapped to
    the stems of the nouns made from it ("förskriv": "förskrivning"); of a particle verb
    (`particles`: word -> the particle after it), also its noun ("följas upp":
    "uppföljning")."""
    reader = searcher.reader()
    particles = particles or {}

    def is_word(w: str) -> bool:
        return (WORDS_FIELD, w) in reader

    nouns = {}
    for word, stem in stems.items():
        made = (
            particle_verb_noun(word, particles.get(word, ""), is_word),
            verb_noun(word, is_word),
        )
        # A word of the index, so in its word table (kb.analysis.wordtable); not a noun
        # stemmed as the verb is ("väntan": "vänt"), which finds nothing the verb does not.
        found = tuple(dict.fromkeys(s for noun in made if noun and (s := stem_word(noun)) != stem))
        if found:
            nouns[stem] = found
    return nouns


def with_verb_noun(unit: Query, nouns: dict[str, tuple[str, ...]]) -> Query:
    """A word's unit with the nouns made from it if it is a verb, at a lower weight, in the
    text: a passage with one covers the word."""
    return with_derived(unit, nouns, VERB_NOUN_BOOST)
