"""Topics: an editable vocabulary (kb/data/topics.txt) matched through kb's Swedish analyzer.

A topic is a name and its terms. A term matches a passage when its words, as
the analyzer stems them, occur in the passage in order; since the analyzer
also yields the parts of compounds, "distans" matches "distansmötena". A
term ending in "*" matches every word that starts with it.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from kb.analysis import swedish_analyzer
from kb.errors import KbError

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


def _analyse(text: str) -> dict[int, list[str]]:
    """The analyzer's tokens of text by position (a word and its compound parts share one)."""
    tokens: dict[int, list[str]] = defaultdict(list)
    for token in swedish_analyzer()(text, positions=True):
        tokens[token.pos].append(token.text)
    return tokens


def _term(text: str) -> Term | None:
    prefix = text.endswith("*")
    by_position = _analyse(text.rstrip("*"))
    # The whole word comes first at each position; its parts would make the
    # term match more than it says.
    stems = tuple(by_position[pos][0] for pos in sorted(by_position))
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


def _matches(term: Term, tokens: dict[int, list[str]]) -> bool:
    last = len(term.stems) - 1
    for pos in tokens:
        for k, stem in enumerate(term.stems):
            here = tokens.get(pos + k, ())
            if term.prefix and k == last:
                if not any(t.startswith(stem) for t in here):
                    break
            elif stem not in here:
                break
        else:
            return True
    return False


def tag_topics(text: str, topics: tuple[Topic, ...] | None = None) -> tuple[str, ...]:
    """The names of the topics a text is about, in vocabulary order."""
    topics = load_topics() if topics is None else topics
    tokens = _analyse(text)
    return tuple(t.name for t in topics if any(_matches(term, tokens) for term in t.terms))
