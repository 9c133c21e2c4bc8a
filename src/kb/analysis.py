"""The Swedish analyzer kb indexes and searches with (a Whoosh analyzer).

Whoosh pickles the analyzer into the index by import path, so the functions
and classes here are top-level and keep their names; a change to what they
produce must bump ANALYZER_VERSION so old indexes are detected as outdated.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from nltk.stem.snowball import SnowballStemmer
from whoosh.analysis import Filter, LowercaseFilter, RegexTokenizer, StopFilter, Token

from kb.vocab import STEM_EXCLUSIONS, STOPWORDS

ANALYZER_VERSION = 1

# Letters, digits and the Swedish letters; "IVO:s" splits at the colon and the
# lone "s" is dropped by the minimum length below.
WORD_PATTERN = r"\w+(?:[.,]\d+)*"


@lru_cache(maxsize=1)
def _stemmer() -> SnowballStemmer:
    return SnowballStemmer("swedish")


@lru_cache(maxsize=200_000)
def stem_word(word: str) -> str:
    """The stem kb indexes for a lowercase Swedish word."""
    return STEM_EXCLUSIONS.get(word) or _stemmer().stem(word)


class SwedishStemFilter(Filter):
    """Stem each token with NLTK's Swedish Snowball stemmer and kb's exclusion list."""

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for t in tokens:
            if not t.stopped:
                t.text = stem_word(t.text)
            yield t


def swedish_analyzer():  # noqa: ANN201 - a Whoosh CompositeAnalyzer
    """Tokenise, lowercase (å, ä, ö kept), drop Swedish stop words, stem."""
    return (
        RegexTokenizer(WORD_PATTERN)
        | LowercaseFilter()
        | StopFilter(stoplist=STOPWORDS, minsize=2)
        | SwedishStemFilter()
    )
