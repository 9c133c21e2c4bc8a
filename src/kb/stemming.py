"""Swedish stems: NLTK's Snowball stemmer, kb's exclusion list and four repairs.

The Snowball algorithm for Swedish has no rule for the neuter definite "-et"
("mötet", "beslutet", "samhället" keep their ending, so "beslut" never finds
"beslutet") nor for the definite "-n" after a vowel ("frågan", "psykiatrin"
keep it, so "fråga" never finds "frågan"), and it cuts the "-s" of nouns that end in s ("insats" becomes
"insat" while "insatser" becomes "insats"). These repairs ask wordfreq's
Swedish vocabulary whether the shorter word exists, so a word like
"kvalitet" (whose "-et" is not an ending: "kvaliteten" exists) is left
alone. The definite plural "-ena" of a noun in -e ("ärendena",
"äldreboendena") loses only its "a" in Snowball; it is stemmed like the plural
"-en" instead, when wordfreq knows the singular. A compound whose last part is
in the exclusion list is stemmed like that part ("tillsynsmyndigheten" like
"myndigheten").
"""

from __future__ import annotations

from functools import lru_cache

from nltk.stem.snowball import SnowballStemmer

from kb.compounds import is_compound_head, load_vocabulary, split_compound
from kb.vocab import STEM_EXCLUSIONS, STOPWORDS

# A base word must be at least this frequent (zipf) for "-et" to be read as
# an ending: below it wordfreq's list holds names and dialect ("inge" for
# "inget", "mycke" for "mycket").
MIN_BASE_ZIPF = 3.0
# Inflected forms that show a word ending in -s is a noun ("insatsen",
# "insatser"), so its s is not an ending.
_S_NOUN_ENDINGS = ("en", "er", "ar")
# Vowels before the definite "-n" of a noun ending in a vowel ("frågan",
# "psykiatrin"); "-en" is Snowball's own.
_DEFINITE_N_VOWELS = frozenset("aiouyåäö")
# The shortest definite plural in "-ena" that is read as one ("arena" is not).
_MIN_PLURAL_ENA = 7
# The shortest exclusion that is looked for at the end of a compound.
_MIN_EXCLUDED_TAIL = 5


@lru_cache(maxsize=1)
def _stemmer() -> SnowballStemmer:
    return SnowballStemmer("swedish")


@lru_cache(maxsize=500_000)
def stem_word(word: str) -> str:
    """The stem kb indexes for a lowercase Swedish word."""
    excluded = STEM_EXCLUSIONS.get(word)
    if excluded:
        return excluded
    for start in range(1, len(word) - _MIN_EXCLUDED_TAIL + 1):
        tail = STEM_EXCLUSIONS.get(word[start:])
        if tail and is_compound_head(word[:start]):
            return word[:start] + tail
    vocabulary = load_vocabulary()
    core = word[:-1] if word.endswith("ets") else word
    if len(core) >= 5 and core.endswith("et") and core + "en" not in vocabulary:
        for base in (core[:-1], core[:-2]):
            if vocabulary.get(base, 0.0) >= MIN_BASE_ZIPF and base not in STOPWORDS:
                return stem_word(base)
    if len(word) >= 5 and word[-1] == "n" and word[-2] in _DEFINITE_N_VOWELS:
        base = word[:-1]
        if vocabulary.get(base, 0.0) >= MIN_BASE_ZIPF and _is_vowel_noun(base):
            return stem_word(base)
    if len(word) >= _MIN_PLURAL_ENA and word.endswith("ena") and _is_e_noun_plural(word):
        return stem_word(word[:-1])
    stem = _stemmer().stem(word)
    if stem == word[:-1] and word.endswith("s") and _is_s_noun(word):
        return word
    return stem


def _is_e_noun_plural(word: str) -> bool:
    """Whether `word` is the definite plural "-ena" of a noun in -e ("ärendena", "boendena",
    "äldreboendena"), which Snowball cuts to the plural "-en" and not to the stem."""
    vocabulary = load_vocabulary()
    tail = word if word in vocabulary else (split_compound(word) or (word,))[-1]
    return vocabulary.get(tail[:-3] + "e", 0.0) >= MIN_BASE_ZIPF and tail[:-1] in vocabulary


def _is_vowel_noun(base: str) -> bool:
    """Whether `base` inflects as a noun ("frågor", "miljöer", "hälsans"), not "redan"/"reda"."""
    vocabulary = load_vocabulary()
    plural = base[:-1] + "or" if base.endswith("a") else base + "er"
    return base not in STOPWORDS and (plural in vocabulary or base + "ns" in vocabulary)


def _is_s_noun(word: str) -> bool:
    """Whether the final s of `word` belongs to a noun ("insats", "vårdanalys")."""
    vocabulary = load_vocabulary()
    if any(word + ending in vocabulary for ending in _S_NOUN_ENDINGS):
        return True
    parts = split_compound(word)
    return bool(parts) and parts[-1] != word and _is_s_noun(parts[-1])
