"""What kb offers when a query finds nothing: "Menade du …?" and searches to fall back on.

Spelling suggestions come from the unstemmed words the index keeps for title
and text (spell_title, spell_text: see kb.index), so they are words as the
documents write them, while whether a word is found at all is asked of the
stemmed fields the search uses. A word is corrected only when the search
fields do not know it, to the closest known word (Damerau-Levenshtein
distance, then the most documents).

When a query finds nothing and no correction is offered, kb searches again:
first with each compound split into its parts ("hemtjänstpersonal" as
"hemtjänst personal"), then, for a query of several plain words, with any of
the words instead of all of them.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass

from nltk.metrics.distance import edit_distance
from whoosh.searching import Searcher

from kb.analysis import query_terms
from kb.compounds import split_compound
from kb.expansion import split_query_compounds
from kb.search.query import SEARCH_FIELDS, QuerySyntaxError, plain_words, tokenize_query

log = logging.getLogger(__name__)

SPELLING_FIELDS = ("spell_text", "spell_title")
# Words shorter than this are not corrected: too many real words lie one edit away.
MIN_CORRECTED_CHARS = 4
# Longest edit distance tried, by word length: one edit up to 6 letters, two beyond.
LONG_WORD_CHARS = 7
_LETTERS = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class Fallback:
    """Another reading of a query to search when it finds nothing, and the notice to show."""

    query: str
    notice: str


def suggest_spelling(searcher: Searcher, text: str) -> str:
    """The query with each unknown word replaced by the closest known word, or "" if none."""
    corrections: list[tuple[int, int, str]] = []
    for start, end, word in _plain_words(text):
        if len(word) < MIN_CORRECTED_CHARS or _is_known(searcher, word):
            continue
        parts = split_compound(word.lower())
        if parts and all(_is_known(searcher, part) for part in parts):
            continue  # a compound of known words, not a misspelling
        best = _closest_word(searcher, word.lower())
        if best:
            corrections.append((start, end, _same_case(best, word)))
    if not corrections:
        return ""
    pieces = []
    last = 0
    for start, end, word in corrections:
        pieces.append(text[last:start])
        pieces.append(word)
        last = end
    pieces.append(text[last:])
    return "".join(pieces)


def _plain_words(text: str) -> list[tuple[int, int, str]]:
    """(start, end, word) of each plain word of the query: not a field value, phrase or pattern."""
    try:
        tokens = tokenize_query(text)
    except QuerySyntaxError:
        return [(m.start(), m.end(), m.group()) for m in _LETTERS.finditer(text)]
    return [
        (t.start, t.end, t.text) for t in tokens if t.kind == "word" and _LETTERS.fullmatch(t.text)
    ]


def _is_known(searcher: Searcher, word: str) -> bool:
    """Whether the search fields hold the word as the query analyzer reads it."""
    terms = [term for term, _, _ in query_terms(word)]
    return bool(terms) and all(
        any(searcher.doc_frequency(field, term) for field in SEARCH_FIELDS) for term in terms
    )


def _closest_word(searcher: Searcher, word: str) -> str:
    """The known word nearest to `word`, ties going to the one in most documents; "" if none."""
    maxdist = 1 if len(word) < LONG_WORD_CHARS else 2
    reader = searcher.reader()
    candidates: set[str] = set()
    for field in SPELLING_FIELDS:
        if field in reader.indexed_field_names():
            # prefix=1: a misspelling seldom touches the first letter, and it
            # keeps the search through the word list short.
            candidates.update(reader.terms_within(field, word, maxdist, prefix=1))
    ranked = []
    for candidate in candidates:
        if candidate == word:
            continue
        terms = [term for term, _, _ in query_terms(candidate)]
        if not terms:
            continue
        documents = max(searcher.doc_frequency(field, terms[0]) for field in SEARCH_FIELDS)
        if documents:
            distance = edit_distance(word, candidate, transpositions=True)
            ranked.append((distance, -documents, candidate))
    return min(ranked)[2] if ranked else ""


def _same_case(word: str, typed: str) -> str:
    if typed.isupper() and len(typed) > 1:
        return word.upper()
    if typed[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def rescue(
    searcher: Searcher, text: str, finds: Callable[[str], bool]
) -> tuple[str, Fallback | None]:
    """For a query that found nothing: a spelling suggestion that `finds` something, or
    else the first fallback that does (or None)."""
    suggestion = suggest_spelling(searcher, text)
    if suggestion and finds(suggestion):
        return suggestion, None
    for fallback in fallbacks(text):
        if finds(fallback.query):
            return "", fallback
    return "", None


def fallbacks(text: str) -> list[Fallback]:
    """Readings of a query that found nothing, to try in order."""
    found = []
    split = split_query_compounds(text)
    if split is not None:
        shown = split.replace("(", "").replace(")", "")
        found.append(
            Fallback(split, f"Inga träffar på »{text}«; visar träffar på orddelarna »{shown}«.")
        )
    words = _any_word_query(text)
    if words is not None:
        found.append(
            Fallback(
                words,
                "Inga stycken innehåller alla orden; visar stycken med något av dem.",
            )
        )
    return found


def _any_word_query(text: str) -> str | None:
    """The words and phrases of a query joined by OR, or None unless it has only those (2+)."""
    try:
        tokens = tokenize_query(text)
    except QuerySyntaxError:
        tokens = tokenize_query(plain_words(text))
    if len(tokens) < 2 or any(t.kind not in ("word", "phrase") for t in tokens):
        return None
    return " OR ".join(t.text for t in tokens)
