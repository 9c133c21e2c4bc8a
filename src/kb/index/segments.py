"""Whoosh's segment writer with kb's workarounds for where it is slow at ingest: postings in,
one committed segment out.

Whoosh stays as installed; each class here says what it replaces and why.
"""

from __future__ import annotations

import itertools
import marshal
from array import array
from collections.abc import Iterable, Iterator
from typing import Any

from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3PerDocReader, _lenfield
from whoosh.index import Index
from whoosh.util.numeric import byte_to_length
from whoosh.writing import PostingPool, SegmentWriter

from kb.index.settings import RUN_SLICE


class _LengthsReader(W3PerDocReader):
    """The per-document reader Whoosh's commit asks for the field length of each posting.

    W3PerDocReader looks for the field's length column on disk again at each
    posting of a field that has none (every ID and KEYWORD field, and the
    spelling fields: 14% of a commit on the interpellations went to
    file_exists), and reads a length through three layers of column readers.
    Here each field's lengths are read once, as an array of length bytes (one
    per record; a few kB), and a field without them is remembered as such.
    """

    def __init__(self, storage: Any, segment: Any) -> None:
        super().__init__(storage, segment)
        self._length_bytes: dict[str, array[int] | None] = {}

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0) -> int | None:
        if fieldname in self._length_bytes:
            lengths = self._length_bytes[fieldname]
        else:
            reader = self._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
            lengths = self._length_bytes[fieldname] = reader.load() if reader else None
        if lengths is None:
            return default
        # As W3PerDocReader.doc_field_length: None where the length byte is 0.
        return byte_to_length(lengths[docnum]) if lengths[docnum] else None


class _PostingPool(PostingPool):
    """Whoosh's pool of postings waiting for the commit, sorted in runs on disk past limitmb.

    Whoosh writes and reads a run one posting at a time (a pickle call each: a
    third of the writer's time on corpus/ and the interpellations, 5 million
    postings), and checks each posting's types as it comes. Here a run is
    written and read in slices of RUN_SLICE postings with marshal (the
    postings are tuples of str, bytes and numbers), and the memory estimate
    is Whoosh's own.
    """

    def add(self, item: tuple[str, bytes, int, float, bytes | None]) -> None:
        # As PostingPool.add, without its type assertions and its set of field names
        # (read only by Whoosh's multiprocessing writer, which kb does not use).
        self.currentsize += 150 + len(item[0]) + 2 * len(item[1]) + len(item[4] or b"")
        if self.currentsize > self.limit:
            self.save()
        self.current.append(item)

    def _write_run(self, f: Any, items: Iterable[Any]) -> None:
        items = iter(items)
        while chunk := list(itertools.islice(items, RUN_SLICE)):
            marshal.dump(chunk, f)
        f.close()

    def _read_run(self, path: str) -> Iterator[Any]:
        f = self._open_run(path)
        try:
            while True:
                try:
                    chunk = marshal.load(f)
                except EOFError:
                    return
                yield from chunk
        finally:
            f.close()
            self._remove_run(path)


class KbSegmentWriter(SegmentWriter):
    """Whoosh's segment writer, with _PostingPool and _LengthsReader (see there why)."""

    def __init__(self, ix: Index, **kwargs: Any) -> None:
        super().__init__(ix, **kwargs)
        # Whoosh's own "poolclass" argument is accepted and ignored.
        self.pool = _PostingPool(self._tempstorage, self.newsegment, limitmb=kwargs["limitmb"])

    def per_document_reader(self) -> W3PerDocReader:
        if not self.perdocwriter.is_closed:
            raise RuntimeError("Per-doc writer is still open")
        return _LengthsReader(self.storage, self.get_segment())
