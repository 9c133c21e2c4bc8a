"""The writer's postings by term: the records' postings in, each term's postings sorted out,
held in memory up to a limit and spilled in sorted runs to disk past it.

It replaces Whoosh's PostingPool (kb.index.segments.KbSegmentWriter says why).
"""

from __future__ import annotations

import heapq
import itertools
import marshal
import struct
from array import array
from collections.abc import Iterable, Iterator
from typing import Any

from whoosh.util import random_name

from kb.index.settings import RUN_SLICE

# A term's postings: record numbers, weights, and the value bytes (positions) of each.
TermPostings = tuple[str, bytes, "array[int]", "array[float]", list[bytes]]

# Bytes of memory a posting and a term's first posting take, estimated for the limit:
# a record number (4) and a weight (8) in arrays, a value's list slot and bytes object;
# a term's dict entry, key, arrays and list.
POSTING_BYTES = 53
TERM_BYTES = 400

# The length of a marshalled slice of a run, before it.
_SLICE_LENGTH = struct.Struct("<Q")


class PostingTable:
    """Postings filed by field and term as records add them, not as one tuple each.

    Whoosh's PostingPool keeps one tuple per posting (5.2 million on corpus/
    and the interpellations), sorts them all, spills them in runs and merges
    the runs a posting at a time at commit: building, sizing, sorting and
    merging the tuples was a third of the writer's CPU. Here each term's
    postings are appended to arrays in record order, so only the terms are
    sorted (230,000), a run holds each term's postings together, and runs
    merge term by term: a term's postings in a later run have later records.
    What comes out, term by term, is what sorting Whoosh's tuples gave.
    """

    def __init__(self, tempstore: Any, limitmb: float) -> None:
        self._tempstore = tempstore
        self.limit = int(limitmb * 1024 * 1024)
        self.size = 0
        # field name -> term -> (record numbers, weights, values)
        self._fields: dict[str, dict[bytes, tuple[array[int], array[float], list[bytes]]]] = {}
        # Terms given a record number out of order (or -1, a word for a spelling graph,
        # which Whoosh's add_document files and kb's does not): sorted as Whoosh sorts.
        self._unordered: set[tuple[str, bytes]] = set()
        self._runs: list[str] = []

    def add(self, item: tuple[str, bytes, int, float, bytes | None]) -> None:
        """Add one posting, as Whoosh's PostingPool.add: (field, term, record, weight, value)."""
        fieldname, tbytes, docnum, weight, vbytes = item
        self.add_postings(fieldname, docnum, ((tbytes, 0, weight, vbytes or b""),))

    def add_postings(
        self, fieldname: str, docnum: int, items: Iterable[tuple[bytes, int, float, bytes]]
    ) -> None:
        """Add a record's postings of one field: (term, frequency, weight, value) each."""
        terms = self._fields.get(fieldname)
        if terms is None:
            terms = self._fields[fieldname] = {}
        size = 0
        for tbytes, _, weight, vbytes in items:
            entry = terms.get(tbytes)
            if entry is None:
                entry = terms[tbytes] = (array("i"), array("d"), [])
                size += TERM_BYTES + len(tbytes)
            ids = entry[0]
            if docnum < 0 or (ids and ids[-1] >= docnum):
                self._unordered.add((fieldname, tbytes))
            ids.append(docnum)
            entry[1].append(weight)
            entry[2].append(vbytes)
            size += POSTING_BYTES + len(vbytes)
        self.size += size
        if self.size > self.limit:
            self.save()

    def save(self) -> None:
        """Spill the postings in memory to a run on disk, in term order."""
        path = f"{random_name()}.run"
        f = self._tempstore.create_file(path).raw_file()
        items = (
            (name, tbytes, ids.tobytes(), weights.tobytes(), values)
            for name, tbytes, ids, weights, values in self._iter_memory()
        )
        while chunk := list(itertools.islice(items, RUN_SLICE)):
            data = marshal.dumps(chunk)
            f.write(_SLICE_LENGTH.pack(len(data)))
            f.write(data)
        f.close()
        self._runs.append(path)
        self._fields = {}
        self._unordered = set()
        self.size = 0

    def iter_terms(self) -> Iterator[TermPostings]:
        """Every term's postings, in Whoosh's order (field name, term), records ascending."""
        if not self._runs:
            return self._iter_memory()
        sources = [self._read_run(path) for path in self._runs]
        self._runs = []
        merged = heapq.merge(*sources, self._iter_memory(), key=lambda t: (t[0], t[1]))
        return (
            _joined(list(same)) for _, same in itertools.groupby(merged, lambda t: (t[0], t[1]))
        )

    def iter_postings(self) -> Iterator[tuple[str, bytes, int, float, bytes]]:
        """Every posting as Whoosh's PostingPool gives it (SegmentWriter.iter_postings)."""
        for name, tbytes, ids, weights, values in self.iter_terms():
            for docnum, weight, vbytes in zip(ids, weights, values, strict=True):
                yield name, tbytes, docnum, weight, vbytes

    def cleanup(self) -> None:
        """Delete the runs not yet read."""
        for path in self._runs:
            self._tempstore.delete_file(path)
        self._runs = []

    def _iter_memory(self) -> Iterator[TermPostings]:
        unordered = self._unordered
        for name in sorted(self._fields):
            terms = self._fields[name]
            for tbytes in sorted(terms):
                ids, weights, values = terms[tbytes]
                if (name, tbytes) in unordered:
                    ids, weights, values = _in_order(ids, weights, values)
                yield name, tbytes, ids, weights, values

    def _read_run(self, path: str) -> Iterator[TermPostings]:
        # A run's slices are read as bytes and unmarshalled from them: marshal.load on a
        # file reads a few bytes at a time.
        f = self._tempstore.open_file(path).raw_file()
        try:
            while header := f.read(_SLICE_LENGTH.size):
                (length,) = _SLICE_LENGTH.unpack(header)
                for name, tbytes, ids, weights, values in marshal.loads(f.read(length)):
                    ids_array, weights_array = array("i"), array("d")
                    ids_array.frombytes(ids)
                    weights_array.frombytes(weights)
                    yield name, tbytes, ids_array, weights_array, values
        finally:
            f.close()
            self._tempstore.delete_file(path)


def _in_order(
    ids: array[int], weights: array[float], values: list[bytes]
) -> tuple[array[int], array[float], list[bytes]]:
    """A term's postings sorted as Whoosh sorts its posting tuples, without record -1."""
    ordered = sorted(p for p in zip(ids, weights, values, strict=True) if p[0] >= 0)
    return (
        array("i", (p[0] for p in ordered)),
        array("d", (p[1] for p in ordered)),
        [p[2] for p in ordered],
    )


def _joined(parts: list[TermPostings]) -> TermPostings:
    """One term's postings from several runs (earlier runs hold earlier records, but for a
    record filed again: a spelling word is filed as a posting of record 0)."""
    if len(parts) == 1:
        return parts[0]
    name, tbytes = parts[0][0], parts[0][1]
    ids, weights, values = array("i"), array("d"), list[bytes]()
    for part in parts:
        if ids and part[2] and part[2][0] <= ids[-1]:
            ids, weights, values = _in_order(ids + part[2], weights + part[3], values + part[4])
            continue
        ids.extend(part[2])
        weights.extend(part[3])
        values.extend(part[4])
    return name, tbytes, ids, weights, values
