"""Keys of words: the same words, whatever their case, spacing and punctuation, get the
same short key. A quote's key (kb.extract.quotes) and a passage's (kb.index.records: copies
are listed once, kb.search.grouping). Its own module, of the standard library only: the
index imports it, and the rest of kb.extract costs 30 ms of a search's start-up."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_WORD = re.compile(r"\w+")


def fingerprint(text: str) -> str:
    """The words of `text` as compared across passages: NFC, case folded, letters and
    digits only."""
    return " ".join(_WORD.findall(unicodedata.normalize("NFC", text).casefold()))


def words_key(text: str) -> str:
    """A short key shared by every text of the same words."""
    return hashlib.sha1(fingerprint(text).encode("utf-8")).hexdigest()[:16]
