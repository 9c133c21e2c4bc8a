"""One analysis of a text for every use at ingest: text in, its index postings, spelling words,
folded postings, topic positions, grounds terms and its words' analyses (for
kb.analysis.wordtable) out.

An ingested passage's text was analysed four or five times: for its topics,
its grounds, the text field, its spelling words and the folded field. Here the
tokenizer and the compound splitter run once (they are most of the cost) and
each use takes its part from their tokens, through the same filters as
swedish_analyzer and swedish_folded_analyzer, so the terms are the same.
The postings are made in the parse workers, and the writer only files them
(kb.index.AnalysedText).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import chain

from whoosh.analysis import Token
from whoosh.formats import Positions

from kb.analysis import (
    LITERAL,
    PART,
    SwedishCompoundFilter,
    SwedishFoldStemFilter,
    SwedishNameFilter,
    SwedishTokenizer,
    fold_accents,
    stem_word,
)
from kb.analysis.compounds import forget_tails, split_compound, take_new_tails
from kb.analysis.vocab import QUERY_LANGUAGE_WORDS
from kb.analysis.wordtable import MAX_WORDS, Analysis, query_words

# (text, position, kind, boost) of a token, as kb's filters leave it.
TokenTuple = tuple[str, int, str, float]
# A Whoosh posting of one term in one field value: (term, frequency, weight, encoded positions).
Posting = tuple[bytes, int, float, bytes]

# How many texts' analyses are kept: those of the document being ingested are asked for by the
# topics, the grounds and the index in turn (kb.ingest clears them after each document), and
# the largest document of corpus/ and the interpellations has 64 passages.
CACHED_TEXTS = 1024


@dataclass(frozen=True)
class AnalysedValue:
    """A field value analysed in a worker: Whoosh's postings for it, its spelling words, and
    the analyses of its words this process had not reported yet (kb.analysis.wordtable)."""

    postings: tuple[Posting, ...]
    spelling: tuple[str, ...] = ()
    words: tuple[tuple[str, Analysis], ...] = ()
    tails: tuple[tuple[str, str], ...] = ()  # kb.analysis.compounds.elided_tail's new finds
    # A passage text's near key (kb.extract.keys.near_key), made in the worker too: in the
    # writer, the one process that adds, it took 0.3 of 7 s CPU on the regeringen pages.
    near_key: str = ""


class TextAnalysis:
    """The tokens of one text (tokenizer and compound parts, index mode) and what derives from them."""

    def __init__(self, text: str, names: bool = True) -> None:
        tokenizer = SwedishTokenizer(names=names)
        tokens = SwedishCompoundFilter()(tokenizer(text, positions=True, mode="index"))
        self.tokens: tuple[TokenTuple, ...] = tuple(
            (t.text, t.pos, t.kind, t.boost) for t in tokens
        )

    @cached_property
    def stems(self) -> tuple[TokenTuple, ...]:
        """The tokens stemmed (SwedishStemFilter): without names of several words."""
        return tuple(
            (text if kind == LITERAL else stem_word(text), pos, kind, boost)
            for text, pos, kind, boost in self.tokens
        )

    @cached_property
    def terms(self) -> tuple[TokenTuple, ...]:
        """The tokens the text field indexes: the stems and names of several words as one term."""
        return _tuples(SwedishNameFilter()(_replay(self.stems)))

    def postings(self, field_boost: float = 1.0) -> tuple[Posting, ...]:
        """Whoosh's postings of the indexed terms in a field of this boost."""
        return _postings(self.terms, field_boost)

    def folded_postings(self) -> tuple[Posting, ...]:
        """Whoosh's postings of the folded field (swedish_folded_analyzer's terms)."""
        return _postings(_tuples(SwedishFoldStemFilter()(_replay(self.tokens))), 1.0)

    def spelling(self) -> tuple[str, ...]:
        """The words as Whoosh's spelling field takes them: unstemmed, no compound parts, sorted."""
        return tuple(sorted({text for text, _, kind, _ in self.tokens if kind != PART}))

    @cached_property
    def positions(self) -> dict[str, set[int]]:
        """Each indexed term and its positions (a word and its compound parts share one)."""
        found: dict[str, set[int]] = defaultdict(set)
        for text, pos, _, _ in self.terms:
            found[text].add(pos)
        return dict(found)


# The words this process has reported (new_word_analyses): each goes to the writer once, not
# with every passage that has it. An ingest's workers are new processes; the writer's own
# process starts over at each batch (forget_reported_words).
_reported: set[str] = set()


def new_word_analyses(analysis: TextAnalysis) -> tuple[tuple[str, Analysis], ...]:
    """(word, (stem, *parts)) of each word of the text not reported before, and of its form
    without accents (a query typed without them): the stems and parts are those the text's
    analysis computed, so mostly found in stem_word's and split_compound's caches. The
    elided tails are taken apart (new_tails).

    A process's first report also holds the words of kb's synonym groups, which every
    query analyses (kb.analysis.expansion): the writer's process, which analyses no text
    when workers parse, then loads neither NLTK nor wordfreq for them (its peak RSS on
    corpus/ 173 -> 134 MiB).
    """
    if len(_reported) > MAX_WORDS:
        _reported.clear()
    words: Iterable[str] = (
        word
        for text, _, kind, _ in analysis.tokens
        if kind != LITERAL
        for word in (text, fold_accents(text))
    )
    if not _reported:
        words = chain(query_words(QUERY_LANGUAGE_WORDS), words)
    found: list[tuple[str, Analysis]] = []
    for word in words:
        if word not in _reported:
            _reported.add(word)
            found.append((word, (stem_word(word), *split_compound(word))))
    return tuple(found)


def new_tails() -> tuple[tuple[str, str], ...]:
    """The elided tails (kb.analysis.compounds.elided_tail) found since last asked."""
    return tuple(take_new_tails().items())


def forget_reported_words() -> None:
    """Report every word again (a new batch of the writer's own process), and every elided
    tail: kept in elided_tail's memo from an earlier batch of another index, a tail was
    never reported to this one's word table, and a search highlighting its passage loaded
    wordfreq's list (tests/test_cold_start.py after another test's ingest)."""
    _reported.clear()
    forget_tails()


@lru_cache(maxsize=CACHED_TEXTS)
def analyse_text(text: str, names: bool = True) -> TextAnalysis:
    """The analysis of text, kept while its document is ingested; `names`: whether a word
    with a capital inside a sentence is a name (a passage's text, not a title or heading:
    kb.analysis.SwedishTokenizer)."""
    return TextAnalysis(text, names)


def _replay(tokens: Iterable[TokenTuple]) -> Iterator[Token]:
    """Tokens as kb's tokenizer yields them (one reused Token), for the filters after it."""
    t = Token(positions=True, chars=False, boosts=True, removestops=True, mode="index")
    t.stopped = False
    for t.text, t.pos, t.kind, t.boost in tokens:
        yield t


def _tuples(tokens: Iterable[Token]) -> tuple[TokenTuple, ...]:
    return tuple((t.text, t.pos, t.kind, t.boost) for t in tokens)


def _postings(terms: Iterable[TokenTuple], field_boost: float) -> tuple[Posting, ...]:
    """Whoosh's Positions.word_values of the terms, with each term as UTF-8 bytes.

    Its loop, over the tuples themselves: through Whoosh's token stream (a Token a term,
    its attributes read back) it took 2-3% of an ingest's parse workers."""
    positions: dict[str, list[int]] = defaultdict(list)
    weights: dict[str, float] = defaultdict(float)
    for text, pos, _, boost in terms:
        positions[text].append(pos)
        weights[text] += boost
    encode = _POSITIONS.encode
    return tuple(
        (term.encode("utf-8"), len(found), weights[term] * field_boost, encode(found))
        for term, found in positions.items()
    )


_POSITIONS = Positions()  # its encode only: the positions, as Whoosh writes them
