"""Quoted phrases as written: the passages that hold a phrase word for word rank first.

The index holds stems without stop words, so a phrase query matches the phrase's
searchable words in order, in any of their forms, and a stop word at either end
of the phrase constrains nothing: "ingen ska behöva" is "ska behöva" to the index,
and a journalist who half remembers a quote found eight passages saying "inte ska
behöva" above the three that say it. Here the first LITERAL_WINDOW matches of a
query with a quoted phrase that starts or ends with a stop word are read, and
those whose text has every such phrase word for word (case and punctuation aside)
move to the top, in their order. When none has it, a notice says so."""

from __future__ import annotations

import re

from whoosh.searching import Results, Searcher

from kb.parse.vocab import STOPWORDS
from kb.search.query import QuerySyntaxError, tokenize_query
from kb.search.settings import LITERAL_WINDOW

_WORD = re.compile(r"\w+")


def quoted_phrases(text: str) -> tuple[str, ...]:
    """The quoted phrases of a query that start or end with a stop word, as typed (none
    when the query does not parse: one read as plain words has no phrase)."""
    try:
        tokens = tokenize_query(text)
    except QuerySyntaxError:
        return ()
    # Not a field's value (titel:"om kvalitet") nor a phrase left out (NOT "…").
    phrases = (
        t.plain
        for i, t in enumerate(tokens)
        if t.kind == "phrase" and not (i and tokens[i - 1].kind in ("field", "not"))
    )
    return tuple(p for p in phrases if _has_loose_ends(p))


def _has_loose_ends(phrase: str) -> bool:
    """Whether the phrase starts or ends with a stop word, which the index does not hold:
    "ingen ska behöva" is "ska behöva" to it, "det är inte acceptabelt" "acceptabelt".
    A phrase the index holds end to end ranks by its words' weight: reading
    "civilt försvar" or "barn som far illa" word for word first put passages with another
    form below ones less about it (bench/relevance.py --set regeringen-b, phrases 0.95
    -> 0.86)."""
    words = _WORD.findall(phrase.lower())
    return len(words) > 1 and (words[0] in STOPWORDS or words[-1] in STOPWORDS)


def rerank_literal(searcher: Searcher, ranking: Results, phrases: tuple[str, ...]) -> list[str]:
    """Move the first LITERAL_WINDOW matches that hold every phrase word for word to the
    top; the notices to show (one for each phrase when no passage holds them so)."""
    if not phrases or not ranking.top_n:
        return []
    patterns = [_pattern(p) for p in phrases]
    window = ranking.top_n[:LITERAL_WINDOW]
    literal: list[tuple[float, int]] = []
    other: list[tuple[float, int]] = []
    for item in window:
        text = searcher.stored_fields(item[1]).get("text", "")
        (literal if all(p.search(text) for p in patterns) else other).append(item)
    if literal:
        ranking.top_n = [*literal, *other, *ranking.top_n[LITERAL_WINDOW:]]
        return []
    return [
        f"Inget stycke har »{phrase}« ordagrant bland de första {LITERAL_WINDOW}; småord som "
        f"{', '.join(f'»{w}«' for w in stop)} söks inte, så stycken med frasens övriga ord visas."
        for phrase in phrases
        if (stop := [w for w in _WORD.findall(phrase) if w.lower() in STOPWORDS][:3])
    ]


def _pattern(phrase: str) -> re.Pattern[str]:
    """The phrase's words in order, whole, with anything but letters between them."""
    words = _WORD.findall(phrase)
    return re.compile(r"(?<!\w)" + r"\W+".join(map(re.escape, words)) + r"(?!\w)", re.IGNORECASE)
