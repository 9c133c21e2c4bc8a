"""Coverage: which records hold enough of a query's words, each word weighing its rarity.

In: a searcher and one query per word (kb.search.ranking); out: the records
that cover a share of the words' weight, as a set and as a query (Records).
Also a phrase looked for in a fixed set of records only (PhraseWithin), for
kb.search.ranking's proximity re-rank of the first matches.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections import defaultdict
from typing import Any

from whoosh.matching import ListMatcher, Matcher, NullMatcher, WrappingMatcher
from whoosh.query import Or, Phrase, Query, SpanNear2, Term
from whoosh.searching import Searcher

from kb.search.query import MATCH_FIELDS
from kb.search.scoring import matching
from kb.search.settings import ALIKE_COVER


def weight_of(documents: int, total: int) -> float:
    """BM25's idf: a word in few passages says more about what is asked."""
    return math.log(1 + (total - documents + 0.5) / (documents + 0.5))


def covering(
    searcher: Searcher, units: list[Query], share: float, looser: tuple[float, ...] = ()
) -> tuple[frozenset[int], float, bool, tuple[int, ...]]:
    """The records that hold `share` of the units' weight, each unit weighing its idf, the
    share they hold, whether any record holds every unit, and the units none of those
    records holds (by their place in `units`); when none holds `share`, those of the first
    of the `looser` shares some record holds (an empty set when none).

    Each unit's posting lists are read once. Scoring the OR of the units with
    these records as a filter walked every passage with any of the words, and
    an OR of the smallest covering sets of units as ANDs read each unit several
    times: p95 54 ms and 30 ms against 20 ms for all-or-nothing on the
    interpellations (bench/search_latency.py).
    """
    total_docs = searcher.doc_count_all()
    covered: dict[int, float] = defaultdict(float)
    weights = []
    held = []
    for unit in units:
        whole = whole_words(unit)
        docs = matching(searcher, whole)
        if not docs:
            # A word no passage has ("familjehemsbarn") is covered by its compound's parts
            # (kb.search.query), as the notice says it is searched: weighed as the rarest
            # word and held by no passage, it kept every passage below the share.
            whole = unit
            docs = matching(searcher, unit)
        # A word weighs by the passages that have it, not its synonyms too: the many with
        # "covid-19" made "pandemin" a common word, and "socialtjänstens kvalitet under
        # pandemin" matched 34 passages on quality alone (10 before; nDCG@10 0.93 -> 0.63
        # on bench/relevance.py's interpellations, 0.93 so). Synonyms and parts covering,
        # mean nDCG@10 of the ten judged sets 0.777 -> 0.782 (--set regeringen-c 0.63 ->
        # 0.65, -g 0.67 -> 0.71: "ska ungdomar som rymmer från sis-hem kunna få fotboja").
        typed = whole_words(unit, synonyms=False)
        own = matching(searcher, typed) if typed != whole else docs
        weight = weight_of(len(own or docs), total_docs)
        weights.append(weight)
        # A passage with a synonym only holds less when the group is commoner than the word:
        # the mean of the two weights. "handikapp" (1 passage) made every passage on
        # "funktionsnedsättning" cover "handikapp barn skola" (a review: 157 hits, against 42
        # for "funktionsnedsättning barn skola"; 17 so, 14 with the group's weight). The ten
        # judged sets: 0.7863 without, 0.7846 with either ("fotboja" 1.00 -> 0.72).
        by_synonym = (weight + min(weight, weight_of(len(docs), total_docs))) / 2
        # A word of like meaning of a word the index has covers it in part (ALIKE_COVER): a
        # passage with it and the other words no longer crowds out those with the words.
        itself = _without_alike(searcher, whole, docs)
        held.append(itself)
        for docnum in docs:
            have = weight if docnum in own else by_synonym
            covered[docnum] += have if docnum in itself else have * ALIKE_COVER
    complete = max(covered.values(), default=0.0) >= sum(weights) - 1e-9
    for wanted in (share, *looser):
        needed = wanted * sum(weights) - 1e-9
        found = frozenset(d for d, w in covered.items() if w >= needed)
        if found:
            absent = tuple(i for i, docs in enumerate(held) if found.isdisjoint(docs))
            return found, wanted, complete, absent
    return frozenset(), share, complete, ()


def _without_alike(searcher: Searcher, unit: Query, docs: set[int]) -> set[int]:
    """The records of `docs` that a unit holds by other terms than its Alike ones."""
    parts = unit.subqueries if isinstance(unit, Or) else [unit]
    if not any(isinstance(q, Alike) for q in parts):
        return docs
    return matching(searcher, Or([q for q in parts if not isinstance(q, Alike)]))


def whole_words(unit: Query, synonyms: bool = True) -> Query:
    """A unit without its compound's parts apart (kb.search.query): a passage covers a
    word by the word itself (and its synonyms, unless not `synonyms`). Walking the parts'
    posting lists (two common words, such as "social" and "tjänst") took most of the time
    of a long query."""
    if isinstance(unit, Or):
        # A name of several words weighs as one word (kb.analysis.expansion._weighed: a
        # phrase at 1/n) and covers the word it stands for: "SBU kvinnors hälsa" found the
        # passage that spells SBU out only among the passages with some of the words.
        # So does a field word's synonym of kb's groups or the index's synonyms.toml (a
        # term of the text at SYNONYM_BOOST, kb.analysis.expansion): a group names one
        # thing, so a passage on "försörjningsstöd" covers "socialbidrag". Not the word's
        # accent-folded form or its compound's parts (an AND), which are other words.
        kept = [
            q
            for q in unit.subqueries
            if getattr(q, "boost", 1.0) >= 1
            or isinstance(q, (Derived, Phrase))
            or (synonyms and type(q) is Term and q.fieldname in MATCH_FIELDS)
        ]
        return Or(kept) if kept else unit
    return unit


class Derived(Term):
    """A word made from a query word (the noun of a verb, kb.analysis.derivation) or of like
    meaning (kb.search.thesaurus): scored at its lower weight, but a passage that has it
    covers the query word."""


class Alike(Derived):
    """A word of like meaning of a query word the index has (kb.search.thesaurus): it covers
    the word in part only (ALIKE_COVER)."""


def with_derived(
    unit: Query, derived: dict[str, tuple[str, ...]], boost: float, kind: type[Derived] = Derived
) -> Query:
    """A word's unit with the stems `derived` gives for its stem (in the text field) ORed
    in as terms of `kind` at `boost`; the unit as it is when it gives none."""
    stems = [q.text for q in unit.leaves() if isinstance(q, Term) and q.fieldname == "text"]
    if not stems or not derived.get(stems[0]):
        return unit
    more = [kind("text", stem, boost=boost) for stem in derived[stems[0]]]
    return Or([*unit.subqueries, *more]) if isinstance(unit, Or) else Or([unit, *more])


class Records(Query):
    """A fixed set of records (the index's document numbers), each scored 0: the coverage
    rule as the first query of an AndMaybe, so that only these records are scored."""

    def __init__(self, docnums: frozenset[int]) -> None:
        self.docnums = docnums
        self.boost = 1.0
        self.fieldname = None  # no field, no terms: nothing to highlight

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Records) and other.docnums == self.docnums

    def __hash__(self) -> int:
        return hash(self.docnums)

    def __repr__(self) -> str:
        return f"Records({len(self.docnums)} records)"

    def is_leaf(self) -> bool:
        return True

    def has_terms(self) -> bool:
        return False

    def estimate_size(self, ixreader: Any) -> int:
        return len(self.docnums)

    def matcher(self, searcher: Searcher, context: Any = None) -> Matcher:
        ids = _segment_ids(searcher, self.docnums)
        if not ids:
            return NullMatcher()
        return ListMatcher(ids, all_weights=0.0)


def _segment_ids(searcher: Searcher, docnums: frozenset[int]) -> list[int]:
    """The records of `docnums` in the searcher's segment, numbered as it numbers them."""
    # Whoosh asks each segment's searcher, which numbers its records from 0.
    offset = 0
    if searcher.has_parent():
        offset = searcher.get_parent()._offset_for_subsearcher(searcher) or 0
    end = offset + searcher.doc_count_all()
    return sorted(d - offset for d in docnums if offset <= d < end)


class PhraseWithin(Phrase):
    """A phrase (with its slop) matched and scored as Whoosh's Phrase does, but only in the
    given records.

    Whoosh's phrase matcher looks for the next record where the words stand close
    wherever it is asked to move: AndMaybe(Records(30 records), phrase) walked both
    words' postings to the end, 2 ms of a 21 ms search of two common words. Here each
    word's postings visit the given records only, so the walk is 30 skips.
    """

    def __init__(
        self,
        fieldname: str,
        words: list[str],
        docnums: frozenset[int],
        slop: int = 1,
        boost: float = 1.0,
    ) -> None:
        super().__init__(fieldname, words, slop=slop, boost=boost)
        self.docnums = docnums

    def matcher(self, searcher: Searcher, context: Any = None) -> Matcher:
        # Whoosh's Phrase.matcher, with each Term kept to the records.
        if self.fieldname not in searcher.schema:
            return NullMatcher()
        field = searcher.schema[self.fieldname]
        reader = searcher.reader()
        terms = []
        for word in self.words:
            try:
                text = field.to_bytes(word)
            except ValueError:
                return NullMatcher()
            if (self.fieldname, text) not in reader:
                return NullMatcher()
            terms.append(_TermWithin(self.fieldname, text, self.docnums))
        m = SpanNear2(terms, slop=self.slop, ordered=True, mindist=1).matcher(searcher, context)
        if self.boost != 1.0:
            m = WrappingMatcher(m, boost=self.boost)
        return m


class _TermWithin(Term):
    """A term whose postings are read at the given records only."""

    def __init__(self, fieldname: str, text: bytes, docnums: frozenset[int]) -> None:
        super().__init__(fieldname, text)
        self.docnums = docnums

    def matcher(self, searcher: Searcher, context: Any = None) -> Matcher:
        ids = _segment_ids(searcher, self.docnums)
        postings = super().matcher(searcher, context)
        if not ids or not postings.is_active():
            return NullMatcher()
        return _PostingsWithin(postings, ids)


class _PostingsWithin(WrappingMatcher):
    """A posting list's entries at `ids` (the segment's record numbers, sorted) only;
    the entries themselves (weights, positions, scores) as the postings give them."""

    def __init__(self, child: Matcher, ids: list[int], at: int = 0) -> None:
        super().__init__(child)
        self._ids = ids
        self._at = at  # index into ids of the record the postings stand on
        self._settle()

    def _settle(self) -> None:
        """Move to the first of ids (from self._at) that the postings hold."""
        child, ids = self.child, self._ids
        while self._at < len(ids) and child.is_active():
            wanted = ids[self._at]
            if child.id() < wanted:
                child.skip_to(wanted)
                if not child.is_active():
                    break
            if child.id() == wanted:
                return
            self._at = bisect_left(ids, child.id(), self._at)
        self._at = len(ids)

    def is_active(self) -> bool:
        return self._at < len(self._ids) and self.child.is_active()

    def next(self) -> bool:
        self._at += 1
        self._settle()
        return True  # a new block, for all a caller knows

    def skip_to(self, id: int) -> bool:
        if self.is_active() and id > self.child.id():
            self._at = bisect_left(self._ids, id, self._at)
            self._settle()
        return True

    def all_ids(self) -> Any:
        while self.is_active():
            yield self.id()
            self.next()

    def copy(self) -> _PostingsWithin:
        return _PostingsWithin(self.child.copy(), self._ids, self._at)

    def _replacement(self, newchild: Matcher) -> _PostingsWithin:
        return _PostingsWithin(newchild, self._ids, self._at)

    def replace(self, minquality: float = 0) -> Matcher:
        return self if self.is_active() else NullMatcher()

    def supports_block_quality(self) -> bool:
        return False
