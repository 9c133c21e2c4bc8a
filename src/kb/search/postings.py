"""Posting lists decoded once per index state and shared by every thread of a process.

In: Whoosh's reader of one segment; out: KbSearcher, a Whoosh Searcher whose
term matchers walk posting lists decoded once (CachedPostings), with the ids,
weights, positions, blocks and scores Whoosh's own matcher gives.

Why: Whoosh (whoosh-reloaded 2.7.5, pure Python) decodes a block of postings
(a zlib-compressed pickle) every time a query walks it, and skips inside a
block one posting at a time, three method calls each; BM25 reads the
field-length column for every posting it scores, and it finds a term's entry in
the terms file (an md5 hash and a table lookup) up to three times a query.
Distinct queries share their words, so a word's list decoded (and its entry
found) for one query serves the next. This keeps the
index's own data, for one state of it (a segment), not results: a query never
seen before is walked as Whoosh walks it. Whoosh itself stays unpatched.
"""

from __future__ import annotations

import os
import sys
import threading
from array import array
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass, fields
from itertools import accumulate, islice, repeat
from typing import Any, cast

from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher, W3TermInfo, W3TermsReader
from whoosh.matching import LeafMatcher, Matcher, ReadTooFar
from whoosh.matching.wrappers import FilterMatcher
from whoosh.reading import IndexReader, TermNotFound
from whoosh.scoring import BM25F, BM25FScorer, WeightLengthScorer, bm25
from whoosh.searching import Searcher
from whoosh.util.numeric import byte_to_length

from kb.search.settings import BM25_K1, CACHED_POSTINGS_BYTES, CACHED_TERM_ENTRIES


@dataclass(frozen=True)
class _Postings:
    """One term's posting list in one segment, decoded: record numbers, weights, the
    encoded values (positions) end to end, and Whoosh's blocks with their bounds."""

    ids: array[int]  # "I", ascending
    weights: array[float]  # "f"
    value_ends: array[int] | None  # "I": value i is values[value_ends[i - 1]:value_ends[i]]
    values: bytes
    block_ends: array[int]  # "I": block b holds postings block_ends[b - 1] up to block_ends[b]
    block_max_weights: array[float]  # "d": Whoosh keeps the bound as a Python float
    block_min_lengths: array[int]  # "I"
    block_max_lengths: array[int]  # "I"

    @property
    def size(self) -> int:
        """Bytes held: the arrays and the values with their object headers, and this."""
        parts = [getattr(self, f.name) for f in fields(self)]
        return sys.getsizeof(self) + sum(sys.getsizeof(p) for p in parts if p is not None)


def _decode(matcher: W3LeafMatcher) -> _Postings:
    """Every block of Whoosh's on-disk matcher of a term, from the first.

    Its methods give a posting at a time; its block reading methods and
    attributes (private: whoosh-reloaded 2.7.5 is pinned) give a block's at once.
    """
    matcher.reset()  # a filter of deleted records may have moved it past its first blocks
    ids, weights = array("I"), array("f")
    values: list[bytes | None] = []
    ends, max_weights, min_lengths, max_lengths = array("I"), array("d"), array("I"), array("I")
    while matcher.is_active():
        # What _read_ids and _read_weights make of a block's data, by C loops: their
        # delta decoding and their weights of 1.0 are Python generators, a posting a
        # step (the first query of a word in most passages decoded it in 20 ms).
        if matcher._data is None:
            matcher._read_data()
        stored_ids, stored_weights = matcher._data[0], matcher._data[1]
        ids.extend(iter(stored_ids) if matcher._byteids else accumulate(stored_ids))
        if stored_weights is None or isinstance(stored_weights, float):
            same = 1.0 if stored_weights is None else stored_weights
            weights.extend(repeat(same, matcher._blocklength))
        else:
            weights.extend(stored_weights)
        matcher._read_values()
        values.extend(matcher._values)
        ends.append(len(ids))
        max_weights.append(matcher.block_max_weight())
        min_lengths.append(matcher.block_min_length())
        max_lengths.append(matcher.block_max_length())
        matcher._next_block()
    # A field without values (ID, KEYWORD) has None for every posting; a field with them
    # (positions), bytes for every posting.
    nones = values.count(None)  # a C loop; any() over a generator took a fifth of the decoding
    has_values = nones < len(values)
    blobs = cast(
        list[bytes], [] if not has_values else [v or b"" for v in values] if nones else values
    )
    return _Postings(
        ids,
        weights,
        array("I", accumulate(map(len, blobs))) if has_values else None,
        b"".join(blobs),
        ends,
        max_weights,
        min_lengths,
        max_lengths,
    )


class CachedPostings(LeafMatcher):
    """Whoosh's W3LeafMatcher (blocks, bounds, quality skips, return values) over a
    decoded posting list: skipping bisects instead of stepping posting by posting."""

    def __init__(self, postings: _Postings, format: Any, scorer: Any, term: Any) -> None:
        self._postings = postings
        self._ids = postings.ids
        self._weights = postings.weights
        self._end = len(postings.ids)
        self.format = format
        self.scorer = scorer  # a whoosh.scoring.BaseScorer
        self._term = term
        # BM25F's score of a posting is bm25(idf, weight, length, avgfl, B, K1): called
        # here with the scorer's figures, not through its three methods a posting.
        self._bm25 = None
        if type(scorer) is BM25FScorer:
            self._bm25 = (scorer.idf, scorer.avgfl, scorer.B, scorer.K1, scorer.dfl)
        self.reset()

    def _at(self, i: int) -> None:
        """Stand on posting i, in the block that holds it (past the end: in the last)."""
        ends = self._postings.block_ends
        self._i = i
        self._block = min(bisect_right(ends, i), len(ends) - 1)
        self._block_end = ends[self._block]

    def reset(self) -> None:
        self._at(0)

    def copy(self) -> CachedPostings:
        twin = CachedPostings(self._postings, self.format, self.scorer, self._term)
        twin._at(self._i)
        return twin

    def is_active(self) -> bool:
        return self._i < self._end

    def id(self) -> int:
        return self._ids[self._i]

    def all_ids(self) -> Iterator[int]:
        start, self._i = self._i, self._end
        return islice(self._ids, start, None)

    def weight(self) -> float:
        return self._weights[self._i]

    def score(self) -> float:
        if self._bm25 is None:
            score: float = self.scorer.score(self)
        else:
            idf, avgfl, b, k1, lengths = self._bm25
            i = self._i
            score = bm25(idf, self._weights[i], lengths(self._ids[i]), avgfl, b, k1)
        return score

    def value(self) -> bytes | None:
        ends, i = self._postings.value_ends, self._i
        if ends is None:
            return None
        return self._postings.values[ends[i - 1] if i else 0 : ends[i]]

    def next(self) -> bool:
        """To the next posting; True when it leaves its block (as Whoosh's matcher)."""
        self._i += 1
        if self._i < self._block_end:
            return False
        ends = self._postings.block_ends
        if self._block + 1 < len(ends):  # past the end it stays in the last, as Whoosh's does
            self._block += 1
            self._block_end = ends[self._block]
        return True

    def skip_to(self, id: int) -> None:
        if not self.is_active():
            raise ReadTooFar
        if id > self._ids[self._i]:
            self._at(bisect_left(self._ids, id, self._i))

    def skip_to_quality(self, minquality: float) -> int:
        """Skip the blocks whose best score cannot beat minquality; how many."""
        skipped = 0
        while self.is_active() and self.block_quality() <= minquality:
            self._at(self._block_end)
            skipped += 1
        return skipped

    def block_min_id(self) -> int:
        ends = self._postings.block_ends
        return self._ids[ends[self._block - 1] if self._block else 0]

    def block_max_id(self) -> int:
        return self._ids[self._block_end - 1]

    def block_min_length(self) -> int:
        return self._postings.block_min_lengths[self._block]

    def block_max_length(self) -> int:
        return self._postings.block_max_lengths[self._block]

    def block_max_weight(self) -> float:
        return self._postings.block_max_weights[self._block]


# A segment as the caches know it: its index's folder (or its storage in memory), Whoosh's
# name for it and its record count. Whoosh's name alone is the index's name and 16
# letters from the global `random`: a seeded generator gives two indexes one name.
_SegmentKey = tuple[str, str, int]
_Key = tuple[_SegmentKey, str, bytes]


def _segment_key(reader: IndexReader) -> _SegmentKey:
    """The key of a segment reader's segment, the same for every reader of it."""
    storage = reader.storage()
    # A compound segment is read through an overlay on the index's storage (its .b).
    storage = getattr(storage, "b", storage)
    folder = getattr(storage, "folder", None)
    place = os.path.realpath(folder) if folder else f"memory:{id(storage)}"
    return (place, reader.segment().segment_id(), reader.doc_count_all())


def _entry_size(key: _Key, found: _Postings | None) -> int:
    """Bytes an entry of the cache holds: its key, its list (if any), the dictionary's slot."""
    return sys.getsizeof(key) + sys.getsizeof(key[2]) + 100 + (found.size if found else 0)


class _PostingCache:
    """The decoded posting lists of every segment the process searches, the least recently
    used dropped first beyond CACHED_POSTINGS_BYTES in all: one bound however many
    segments, threads or index generations (a list of a replaced generation is dropped
    as it ages)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        # None for a term Whoosh keeps inside its entry (a ListMatcher of few postings).
        self.postings: OrderedDict[_Key, _Postings | None] = OrderedDict()
        self.held = 0

    def get(
        self, segment: _SegmentKey, reader: IndexReader, fieldname: str, text: bytes
    ) -> _Postings | None:
        """The term's decoded posting list in the reader's segment, decoded now if not kept."""
        key = (segment, fieldname, text)
        with self.lock:
            if key in self.postings:
                self.postings.move_to_end(key)
                return self.postings[key]
        # Decoded outside the lock, so that other threads go on.
        matcher = reader.postings(fieldname, text)
        if isinstance(matcher, FilterMatcher):  # deletions: filtered per reader (KbSearcher)
            matcher = matcher.child
        found = _decode(matcher) if isinstance(matcher, W3LeafMatcher) else None
        with self.lock:
            if key not in self.postings:
                self.postings[key] = found
                self.held += _entry_size(key, found)
                while self.held > CACHED_POSTINGS_BYTES and len(self.postings) > 1:
                    dropped = self.postings.popitem(last=False)
                    self.held -= _entry_size(*dropped)
        return found


_postings = _PostingCache()


class _SegmentLengths:
    """Every record's field lengths in one segment, a field at a time, read once."""

    def __init__(self) -> None:
        self.lengths: dict[tuple[str, int], array[int]] = {}

    def field_lengths(self, reader: IndexReader, fieldname: str, default: int = 0) -> array[int]:
        """Every record's length in the field, `default` where it has none."""
        lengths = self.lengths.get((fieldname, default))
        if lengths is None:
            if default:
                lengths = array("I", (n or default for n in self.field_lengths(reader, fieldname)))
            else:
                lengths = _read_lengths(reader, fieldname)
            self.lengths[fieldname, default] = lengths
        return lengths


# Whoosh's field-length bytes (a logarithmic scale) as the lengths it reads from them.
_BYTE_LENGTHS = [byte_to_length(b) if b else 0 for b in range(256)]


def _read_lengths(reader: IndexReader, fieldname: str) -> array[int]:
    """Every record's length in the field, 0 where it has none (Whoosh: None, or its default
    when no record has the field; BM25 never asks, it scores records with the term).

    Whoosh reads the length column a record at a time: 0.3 s for the four text fields
    of 45,000 passages, most of a fresh `kb search`. The column is one byte a record:
    read here at once, through the column reader's attributes (whoosh-reloaded 2.7.5).
    """
    count = reader.doc_count_all()
    column = reader._perdoc._cached_reader(f"_{fieldname}_len", LENGTHS_COLUMN)
    if column is None:
        return array("I", [0]) * count
    stored = column._dbfile.get(column._basepos, column._count)
    lengths = array("I", map(_BYTE_LENGTHS.__getitem__, stored))
    lengths.extend(array("I", [0]) * (count - len(lengths)))  # past the column's end: none
    return lengths


# The field lengths of the segments searched last (a few arrays of one number a record
# each), shared by their searchers; a searcher keeps its own segment's while it lives.
_lengths: OrderedDict[_SegmentKey, _SegmentLengths] = OrderedDict()
_lengths_lock = threading.Lock()
_MAX_SEGMENT_LENGTHS = 16


def _segment_lengths(segment: _SegmentKey) -> _SegmentLengths:
    with _lengths_lock:
        found = _lengths.get(segment)
        if found is None:
            found = _lengths[segment] = _SegmentLengths()
            while len(_lengths) > _MAX_SEGMENT_LENGTHS:
                _lengths.popitem(last=False)
        else:
            _lengths.move_to_end(segment)
        return found


class KbSearcher(Searcher):
    """A Whoosh Searcher whose term postings, term entries and field lengths come from the
    process's caches."""

    def __init__(self, reader: IndexReader, **kwargs: Any) -> None:
        # BM25F with kb's k1 (kb.search.settings.BM25_K1), Whoosh's b.
        kwargs.setdefault("weighting", BM25F(K1=BM25_K1))
        super().__init__(reader, **kwargs)
        atomic = self.is_atomic() and reader.segment() is not None
        self._segment = _segment_key(reader) if atomic else None
        if self._segment is not None:
            self._lengths = _segment_lengths(self._segment)
            # Searcher copies the reader's doc_field_length onto itself: replaced here.
            self.doc_field_length = self._doc_field_length
            terms = getattr(reader, "_terms", None)  # SegmentReader's (whoosh-reloaded 2.7.5)
            # Whoosh's own class only (not a subclass of it that kb does not know).
            if isinstance(terms, W3TermsReader) and type(terms) in _TERMS_READERS:
                terms.__class__ = _CachedTermsReader
                terms.segment = self._segment

    def _doc_field_length(self, docnum: int, fieldname: str, default: int = 0) -> int:
        return self._lengths.field_lengths(self.ixreader, fieldname)[docnum] or default

    def postings(self, fieldname: str, text: Any, weighting: Any = None, qf: int = 1) -> Matcher:
        """Whoosh's Searcher.postings, with the segment's decoded list when it has one."""
        if self._segment is None:
            return super().postings(fieldname, text, weighting, qf)
        reader = self.ixreader
        scorer = (weighting or self.weighting).scorer(self, fieldname, text, qf=qf)
        if not isinstance(text, bytes):
            text = self.schema[fieldname].to_bytes(text)
        postings = _postings.get(self._segment, reader, fieldname, text)
        if postings is None:
            return reader.postings(fieldname, text, scorer=scorer)
        if isinstance(scorer, WeightLengthScorer):
            # Whoosh's scorer asks self.doc_field_length(docnum, fieldname, 1) per posting,
            # three calls deep: the same lengths, read straight from the array.
            scorer.dfl = self._lengths.field_lengths(reader, fieldname, 1).__getitem__
        matcher: Matcher = CachedPostings(
            postings, self.schema[fieldname].format, scorer, (fieldname, text)
        )
        deleted = reader.deleted_docs_set
        # As SegmentReader.postings does: records deleted since the segment was written.
        return FilterMatcher(matcher, deleted, exclude=True) if deleted else matcher


class _CachedTermsReader(W3TermsReader):
    """Whoosh's reader of a segment's terms file, each term's entry looked up once per process.

    A term's entry (where its postings are, its document frequency) is found by hashing
    the term (md5) into the file's table, and Whoosh looks it up up to three times a term
    and query: whether the term is there, its document frequency for the score, and where
    its postings are. A distinct request of bench/web_load.py (two words, the 45,087
    passages of corpus/ and the interpellations) made 84 lookups, 71 of them of entries
    looked up before; the three lookups of a term took 21-35 µs, 4-9 µs from here (1,208
    terms, as the machine's load allowed). A segment never changes once written, so its
    entries are kept as the file has them, by segment (_term_entries: one bound for every
    segment and index generation a process has searched, emptied beyond
    CACHED_TERM_ENTRIES): decoding one again is a struct unpack. KbSearcher makes a
    SegmentReader's terms reader one of these.
    """

    segment: _SegmentKey

    def _entry(self, fieldname: str, tbytes: bytes) -> bytes | None:
        key = (self.segment, fieldname, tbytes)
        try:
            return _term_entries[key]
        except KeyError:
            pass
        found: bytes | None
        try:
            found = self._tindex[self._keycoder(fieldname, tbytes)]
        except KeyError:
            found = None
        if len(_term_entries) >= CACHED_TERM_ENTRIES:
            _term_entries.clear()
        _term_entries[key] = found
        return found

    def __contains__(self, term: Any) -> bool:
        return self._entry(*term) is not None

    def term_info(self, fieldname: str, tbytes: bytes) -> W3TermInfo:
        found = self._entry(fieldname, tbytes)
        if found is None:
            raise TermNotFound(f"No term {fieldname}:{tbytes!r}")
        return W3TermInfo.from_bytes(found)

    def frequency(self, fieldname: str, tbytes: bytes) -> float:
        return float(self._figures(fieldname, tbytes)[1])

    def doc_frequency(self, fieldname: str, tbytes: bytes) -> int:
        return int(self._figures(fieldname, tbytes)[2])

    def _figures(self, fieldname: str, tbytes: bytes) -> tuple[Any, ...]:
        """The figures at the head of the term's entry, as W3TermInfo reads them (flags,
        weight, document frequency, ...: 1 us, where the whole entry takes 5); KeyError
        when the term is not there, as Whoosh's own raises in these two (SegmentReader
        then answers 0; term_info raises TermNotFound, no KeyError)."""
        found = self._entry(fieldname, tbytes)
        if found is None:
            raise KeyError((fieldname, tbytes))
        return _ENTRY_HEAD.unpack_from(found)


_TERMS_READERS = (W3TermsReader, _CachedTermsReader)
_ENTRY_HEAD = W3TermInfo._struct  # whoosh-reloaded 2.7.5: "!BfIBBfII"
# Terms files' entries by (segment, field, term), None for a term not there.
_term_entries: dict[tuple[_SegmentKey, str, bytes], bytes | None] = {}
