"""Re-ranks of a query's first matches, after Whoosh has scored them all.

In: the Results of a query (kb.search.scoring.score_all) and what the search knows of
each record (kb.facettable); out: the same Results with their order changed. Query
words side by side raise a passage (rerank_near); at equal relevance a finding, quote
or recommendation ranks above "other", and a lead-in or a table's row below
(rerank_by_kind); for a
query of one word or name, a passage of a few words that only names it ranks lower
(rerank_by_length).
"""

from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from operator import itemgetter

from whoosh.query import AndMaybe, Phrase, Query
from whoosh.searching import Results, Searcher

from kb.search.coverage import PhraseWithin, Records
from kb.search.settings import (
    KIND_BOOST,
    LEAD_IN_WEIGHT,
    LENGTH_WINDOW,
    NEAR_WINDOW,
    SHORT_PASSAGE_POWER,
    SHORT_PASSAGE_WORDS,
)

# A ranking's (score, record) pairs sorted best first by this key with reverse=True, which
# keeps the order of equal scores as a key of -score does, in half the time (5,000 matches:
# 0.8 against 1.3 ms).
_SCORE = itemgetter(0)

# At equal text relevance, a finding, quote or recommendation ranks above
# "other" (often a questionnaire item or a list): its score is multiplied by
# KIND_BOOST (kb.search.settings).
RAISED_KINDS = frozenset({"finding", "quote", "recommendation"})

def rerank_near(searcher: Searcher, ranking: Results, near: Query | None) -> None:
    """Add to the score of each of the first NEAR_WINDOW matches its words' proximity
    (`near`), and sort them again."""
    window = ranking.top_n[:NEAR_WINDOW]
    if near is None or not window:
        return
    records = frozenset(docnum for _, docnum in window)
    within = _phrases_within(near, records)
    close = {
        docnum: score
        for score, docnum in searcher.search(AndMaybe(Records(records), within), limit=None).top_n
    }
    raised = sorted(((s + close.get(d, 0.0), d) for s, d in window), key=_SCORE, reverse=True)
    ranking.top_n = [*raised, *ranking.top_n[NEAR_WINDOW:]]


def _phrases_within(near: Query, records: frozenset[int]) -> Query:
    """`near` with each phrase looked for in `records` only (kb.search.coverage.PhraseWithin)."""
    if isinstance(near, Phrase):
        return PhraseWithin(near.fieldname, near.words, records, slop=near.slop, boost=near.boost)
    return near.apply(lambda child: _phrases_within(child, records))


def rerank_by_length(searcher: Searcher, ranking: Results) -> None:
    """For a query of one word or name: lower the score of a passage shorter than
    SHORT_PASSAGE_WORDS (a list fragment that only names it) among the first LENGTH_WINDOW;
    sort again."""
    if not ranking.top_n:
        return
    ordered = sorted(ranking.top_n, key=_SCORE, reverse=True)
    window = []
    for score, docnum in ordered[:LENGTH_WINDOW]:
        words = searcher.doc_field_length(docnum, "text", 0) or 1
        if words < SHORT_PASSAGE_WORDS:
            score *= (words / SHORT_PASSAGE_WORDS) ** SHORT_PASSAGE_POWER
        window.append((score, docnum))
    ranking.top_n = sorted(window + ordered[LENGTH_WINDOW:], key=_SCORE, reverse=True)


# Shapes of passages that say little of their own (kb.index.records.shape_of): a lead-in
# and a table's row, ranked as LEAD_IN_WEIGHT says.
ASIDE_SHAPES = ("lead_in", "table")


def rerank_by_kind(
    ranking: Results,
    kinds: Mapping[int, tuple[str, ...]],
    shapes: Mapping[str, AbstractSet[int]] | None = None,
) -> None:
    """Multiply the score of each finding, quote and recommendation by KIND_BOOST, and of
    each record of kind "other" of an ASIDE_SHAPES shape in `shapes` (shape -> records:
    lead-ins, rows of tables) by LEAD_IN_WEIGHT (a recommendation that ends in a colon
    is the assignment itself: "Regeringen ger Socialstyrelsen i uppdrag att … I uppdraget
    ingår bland annat att:", kb.extract.settle); sort again."""
    # Each shape's set as it is, not their union: that was a set of every lead-in built
    # for each search (a review).
    asides = [shapes.get(shape, frozenset()) for shape in ASIDE_SHAPES] if shapes else []
    boosted = []
    for score, docnum in ranking.top_n:
        kind = (kinds.get(docnum) or ("",))[0]
        if kind in RAISED_KINDS:
            score *= KIND_BOOST
        elif kind == "other" and any(docnum in aside for aside in asides):
            score *= LEAD_IN_WEIGHT
        boosted.append((score, docnum))
    # sorted() is stable: equal scores keep Whoosh's order (by document number).
    ranking.top_n = sorted(boosted, key=_SCORE, reverse=True)
