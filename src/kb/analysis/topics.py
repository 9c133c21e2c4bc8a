"""Topics: an editable vocabulary (kb/data/topics.txt) matched through kb's Swedish analyzer.

A topic is a name and its terms. A term matches a passage when its words, as
the analyzer stems them, occur in the passage in order; since the analyzer
also yields the parts of compounds, "distans" matches "distansmötena". A
term ending in "*" matches every word that starts with it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from typing import Any

from kb.analysis import swedish_analyzer
from kb.analysis.passes import analyse_text
from kb.errors import KbError
from kb.models import Passage

log = logging.getLogger(__name__)

TOPICS_RESOURCE = "topics.txt"


@dataclass(frozen=True)
class Term:
    """One way of writing a topic: stems in order, the last a prefix when the term ends in '*'."""

    stems: tuple[str, ...]
    prefix: bool = False


@dataclass(frozen=True)
class Topic:
    """A topic name and its terms."""

    name: str
    terms: tuple[Term, ...]


def _analyse(text: str) -> dict[str, set[int]]:
    """The analyzer's tokens of text and the positions of each (a word and its compound parts share one)."""
    return analyse_text(text).positions


def _stems_in_order(text: str) -> tuple[str, ...]:
    """The whole-word stem at each position of a term (its compound parts would widen it)."""
    first: dict[int, str] = {}
    for token in swedish_analyzer()(text, positions=True):
        first.setdefault(token.pos, token.text)
    return tuple(first[pos] for pos in sorted(first))


def _term(text: str) -> Term | None:
    prefix = text.endswith("*")
    stems = _stems_in_order(text.rstrip("*"))
    if prefix and stems:
        # A prefix is matched as written, lowercased, not stemmed.
        stems = (*stems[:-1], text.rstrip("*").split()[-1].casefold())
    return Term(stems, prefix) if stems else None


def parse_topics(text: str, where: str = TOPICS_RESOURCE) -> tuple[Topic, ...]:
    """Read a topic vocabulary: "topic: term, term, …" a line, '#' comments."""
    topics: list[Topic] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        name, sep, rest = line.partition(":")
        if not sep or not name.strip():
            raise KbError(f"{where} line {number}: write a topic as 'name: term, term' ({line!r})")
        terms = tuple(t for t in (_term(w.strip()) for w in rest.split(",") if w.strip()) if t)
        if not terms:
            log.warning("%s line %d: topic %r has no terms", where, number, name.strip())
            continue
        topics.append(Topic(name.strip(), terms))
    return tuple(topics)


@lru_cache(maxsize=1)
def load_topics() -> tuple[Topic, ...]:
    """kb's topic vocabulary, from the file packaged with kb."""
    text = resources.files("kb.data").joinpath(TOPICS_RESOURCE).read_text(encoding="utf-8")
    return parse_topics(text)


def _matches(term: Term, positions: dict[str, set[int]]) -> bool:
    *leading, last = term.stems
    if term.prefix:
        ends = set().union(*(p for t, p in positions.items() if t.startswith(last)))
    else:
        ends = positions.get(last, set())
    # Each earlier stem must stand just before the last, in order.
    for k, stem in enumerate(reversed(leading), start=1):
        ends = {pos for pos in ends if pos - k in positions.get(stem, ())}
    return bool(ends)


# The vocabulary _last_stems read last, and what it found: keyed by identity, since hashing
# the vocabulary (127 frozen terms) at each passage cost as much as the matching it saves.
# One tuple, read and replaced whole, so that threads never mix two vocabularies'.
_last_read: list[tuple[Any, Any]] = [(None, None)]


def _last_stems(
    topics: tuple[Topic, ...],
) -> tuple[frozenset[str], tuple[frozenset[str] | None, ...]]:
    """Every topic's last stems of its whole-word terms, and each topic's (None if it has a prefix term)."""
    read, found = _last_read[0]
    if read is topics:
        return found
    each = tuple(
        None
        if any(term.prefix for term in topic.terms)
        else frozenset(term.stems[-1] for term in topic.terms)
        for topic in topics
    )
    found = (frozenset().union(*(lasts for lasts in each if lasts)), each)
    _last_read[0] = (topics, found)
    return found


def tag_topics(text: str, topics: tuple[Topic, ...] | None = None) -> tuple[str, ...]:
    """The names of the topics a text is about, in vocabulary order."""
    topics = load_topics() if topics is None else topics
    positions = _analyse(text)
    # A topic none of whose terms' last stems the text has cannot match: most
    # passages have one topic or none, and trying each of the 127 terms of
    # kb's vocabulary on each passage was a tenth of a parse worker's time.
    every_last, lasts = _last_stems(topics)
    present = every_last.intersection(positions)
    return tuple(
        topic.name
        for topic, last in zip(topics, lasts, strict=True)
        if (last is None or not last.isdisjoint(present))
        and any(_matches(term, positions) for term in topic.terms)
    )


def tag_passages(passages: list[Passage]) -> list[Passage]:
    """The passages with their topics: a quote's are those of its words, not of who said them where."""
    return [
        replace(p, topics=tag_topics(p.quote if p.kind == "quote" and p.quote else p.text))
        for p in passages
    ]
