"""Keys of words: the same words, whatever their case, spacing and punctuation, get the
same short key. A quote's key (kb.extract.quotes) and a passage's (kb.index.records: copies
are listed once, kb.search.grouping); and a passage's near key, alike for texts of mostly
the same words (a quote edited between two press releases). Its own module, of the
standard library only: the index imports it, and the rest of kb.extract costs 30 ms of a
search's start-up."""

from __future__ import annotations

import hashlib
import heapq
import re
import unicodedata
import zlib
from itertools import pairwise

_WORD = re.compile(r"\w+")

# A near key is a bottom-k sketch (Broder 1997; Cohen and Kaplan 2007) of the text's word
# pairs: the NEAR_VALUES least of one hash over the pairs, 16 bits each (4 hex digits),
# least first. Of the NEAR_VALUES least values of two keys together, the share in both
# estimates the Jaccard similarity of the two texts' pairs (near_similarity). Written here,
# not with a library (datasketch): a sketch is a hash and a sort. One hash (crc32) per
# pair, not one per value as a MinHash takes: 0.07 ms a passage of the regeringen pages
# (36 words on average), where a MinHash of 20 values took 0.16 ms.
NEAR_VALUES = 24
_DIGITS = 4
_VALUE = re.compile(f".{{{_DIGITS}}}")
# Texts this similar are near copies (kb.search.grouping). On the judged sets' top 10s
# (bench/near_copies.py), the pairs at 0.9 and above are one quote or paragraph edited
# between two press releases; at 0.5-0.7 two assignments of other years or two passages
# on one reform, which are no copies. A line of a list that a longer passage says too is
# no copy either: most of its pairs are in the other, but not three quarters of both's.
NEAR_SIMILARITY = 0.75
# A text of fewer words has too few pairs to tell: only its exact copies are found.
NEAR_MIN_WORDS = 8


def fingerprint(text: str) -> str:
    """The words of `text` as compared across passages: NFC, case folded, letters and
    digits only."""
    return " ".join(_WORD.findall(unicodedata.normalize("NFC", text).casefold()))


def words_key(text: str) -> str:
    """A short key shared by every text of the same words."""
    return hashlib.sha1(fingerprint(text).encode("utf-8")).hexdigest()[:16]


def near_key(text: str) -> str:
    """The text's bottom-k sketch (NEAR_VALUES values of 4 hex digits, least first), or ""
    for a text of fewer than NEAR_MIN_WORDS words."""
    words = fingerprint(text).split()
    if len(words) < NEAR_MIN_WORDS:
        return ""
    hashes = {zlib.crc32(f"{a} {b}".encode()) >> 16 for a, b in pairwise(words)}
    return "".join(f"{value:04x}" for value in heapq.nsmallest(NEAR_VALUES, hashes))


def near_values(key: str) -> frozenset[str]:
    """The values of a near key, as written."""
    return frozenset(_VALUE.findall(key))


def near_least(key: str, count: int) -> list[str]:
    """The `count` least values of a near key (it holds them least first)."""
    return _VALUE.findall(key, 0, count * _DIGITS)


def near_similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """The Jaccard similarity of two texts' word pairs from their near keys' values
    (near_values): exact when both keys hold every pair of their texts (fewer than
    NEAR_VALUES); else estimated from the values below the smaller of the two keys' last,
    which both keys hold all of, as the share of those in both."""
    both = a & b
    if not both:
        return 0.0
    if len(a) < NEAR_VALUES and len(b) < NEAR_VALUES:
        return len(both) / len(a | b)
    # Values of one width sort as their numbers do.
    limit = min(max(a), max(b))
    least = [value for value in a | b if value <= limit]
    return sum(value in both for value in least) / len(least)


def normalise_text(text: str) -> str:
    """Text as compared for identity: NFC, one space between words, case folded."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def passage_id(doc_id: str, text: str, occurrence: int) -> str:
    """A passage id that survives re-ingest as long as the passage's text does: it depends
    on the document, the normalised text and how many identical passages precede it, never
    on its position among changed neighbours."""
    key = f"{doc_id}\x1f{normalise_text(text)}\x1f{occurrence}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
