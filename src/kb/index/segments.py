"""Whoosh's segment writer with kb's workarounds for where it is slow at ingest: postings in,
one committed segment out.

Whoosh stays as installed; each class here says what it replaces and why.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable
from typing import Any

from whoosh.codec.whoosh3 import (
    LENGTHS_COLUMN,
    W3FieldWriter,
    W3PerDocReader,
    W3PostingsWriter,
    _lenfield,
)
from whoosh.index import Index
from whoosh.util.numeric import byte_to_length
from whoosh.writing import SegmentWriter

from kb.analysis.passes import AnalysedValue
from kb.index.postings import PostingTable, TermPostings
from kb.index.settings import INDEXED_VALUES


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

    def length_bytes(self, fieldname: str) -> array[int] | None:
        """The field's length byte of each record, or None if the field keeps no lengths."""
        if fieldname in self._length_bytes:
            return self._length_bytes[fieldname]
        reader = self._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
        lengths = self._length_bytes[fieldname] = reader.load() if reader else None
        return lengths

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0) -> int | None:
        lengths = self.length_bytes(fieldname)
        if lengths is None:
            return default
        # As W3PerDocReader.doc_field_length: None where the length byte is 0.
        return byte_to_length(lengths[docnum]) if lengths[docnum] else None


class _PostingsWriter(W3PostingsWriter):
    """Whoosh's writer of one term's postings, given them a block at a time.

    W3PostingsWriter.add_posting takes one posting a call, asserting four types
    and updating the block's statistics each time (a sixth of a commit). kb's
    postings come by term from its own PostingTable, in arrays.
    """

    # Set by Whoosh's _new_block at each block.
    _ids: array[int]
    _weights: array[float]
    _values: list[bytes]
    _maxweight: float
    _minlength: int | None
    _maxlength: int

    def add_postings(
        self,
        ids: array[int],
        weights: array[float],
        values: list[bytes],
        length_bytes: array[int] | None,
    ) -> None:
        """As add_posting for each posting, with each record's length byte from length_bytes."""
        limit = self._blocklimit
        start = 0
        while start < len(ids):
            if len(self._ids) >= limit:
                self._write_block()
            end = start + limit - len(self._ids)
            block_ids = ids[start:end]
            self._ids.fromlist(block_ids.tolist())  # an array("I"); the table's are signed
            block_weights = weights[start:end]
            self._weights.fromlist(block_weights.tolist())  # floats of 4 bytes; the table's 8
            self._maxweight = max(self._maxweight, max(block_weights))
            self._values.extend(v for v in values[start:end] if v)
            if length_bytes is not None:
                # byte_to_length is monotonic, and a byte of 0 is no length (None).
                measured = [b for b in (length_bytes[d] for d in block_ids) if b]
                if measured:
                    shortest = byte_to_length(min(measured))
                    if self._minlength is None or shortest < self._minlength:
                        self._minlength = shortest
                    self._maxlength = max(self._maxlength, byte_to_length(max(measured)))
            start = end


def _file_postings(
    fieldwriter: W3FieldWriter,
    schema: Any,
    lengths: _LengthsReader | None,
    terms: Iterable[TermPostings],
) -> None:
    """As Whoosh's FieldWriter.add_postings: each term's postings into the segment's term files.

    Whoosh passes each posting through three calls (the field writer's add, the
    lengths reader, the postings writer's add_posting); here a term's postings
    go to _PostingsWriter in blocks, with the field's length bytes in one array.
    """
    codec = fieldwriter._codec
    last_field: str | None = None
    postings: Any = None
    field_lengths: array[int] | None = None
    for fieldname, btext, ids, weights, values in terms:
        if fieldname != last_field:
            if last_field is not None:
                fieldwriter.finish_field()
            fieldwriter.start_field(fieldname, schema[fieldname])
            # The codec's own settings, kb's add_postings (see _PostingsWriter).
            fieldwriter._postwriter = postings = _PostingsWriter(
                fieldwriter._postfile,
                blocklimit=codec._blocklimit,
                compression=codec._compression,
                inlinelimit=codec._inlinelimit,
            )
            field_lengths = lengths.length_bytes(fieldname) if lengths else None
            last_field = fieldname
        if not ids:
            continue  # as in Whoosh: only words for a spelling graph, which kb does not keep
        fieldwriter.start_term(btext)
        postings.add_postings(ids, weights, values, field_lengths)
        fieldwriter.finish_term()
    if last_field is not None:
        fieldwriter.finish_field()


class KbSegmentWriter(SegmentWriter):
    """Whoosh's segment writer, with kb's PostingTable as its pool (kb.index.postings),
    _LengthsReader and _file_postings (see there why), and an add_document that indexes a
    repeated value of a field once."""

    def __init__(self, ix: Index, **kwargs: Any) -> None:
        super().__init__(ix, **kwargs)
        # Whoosh's own "poolclass" argument is accepted and ignored.
        self.pool = PostingTable(self._tempstorage, limitmb=kwargs["limitmb"])
        # (field name, value) -> the field's index() of it: most of a record's 20 indexed
        # fields repeat (its kind, year, publisher, its document's id and title...).
        self._indexed: dict[tuple[str, Any], tuple[tuple[bytes, int, float, bytes], ...]] = {}

    def add_document(self, **fields: Any) -> None:
        """As SegmentWriter.add_document, for the records kb writes.

        Whoosh analyses every value of every field again at each record (its
        ID tokenizer and Format for "passage", "2021", the document's id...),
        and files each posting through a method call. Here a field's postings
        of a value are made once (up to INDEXED_VALUES values) and filed in one
        pass: on a third of corpus/ and the interpellations, pre-parsed, the
        writer's adding took 8.0 s CPU where Whoosh's took 8.8-12.2 s. Records
        with boosts or term vectors, which kb does not write, go
        to Whoosh's own.
        """
        schema = self.schema
        if any(name.startswith("_") and not name.startswith("_stored_") for name in fields) or any(
            schema[name].vector for name in fields if name in schema
        ):
            super().add_document(**fields)
            return
        self._check_state()
        perdocwriter = self.perdocwriter
        pool = self.pool
        docnum = self.docnum
        indexed = self._indexed
        fieldnames = sorted(name for name in fields if not name.startswith("_"))
        self._check_fields(schema, fieldnames)
        perdocwriter.start_doc(docnum)
        # As in Whoosh: a spelling posting carries the value bytes of the posting filed
        # last before it in the record.
        vbytes = b""
        try:
            for fieldname in fieldnames:
                value = fields[fieldname]
                if value is None:
                    continue
                field = schema[fieldname]
                length = 0
                if field.indexed:
                    if isinstance(value, AnalysedValue):
                        items = value.postings
                    elif not isinstance(value, str | int | float):
                        items = tuple(field.index(value))  # a list of terms, say: not kept
                    else:
                        key = (fieldname, value)
                        items = indexed.get(key)  # type: ignore[assignment]
                        if items is None:
                            if len(indexed) >= INDEXED_VALUES:
                                indexed.clear()
                            items = indexed[key] = tuple(field.index(value))
                    if items:
                        if field.scorable:
                            length = sum(item[1] for item in items)
                        pool.add_postings(fieldname, docnum, items)
                        vbytes = items[-1][3]
                if field.separate_spelling():
                    spellfield = field.spelling_fieldname(fieldname)
                    pool.add_postings(
                        spellfield,
                        0,
                        [
                            (word.encode("utf-8"), 1, 1.0, vbytes)
                            for word in field.spellable_words(value)
                        ],
                    )
                stored = fields.get(f"_stored_{fieldname}", value)
                perdocwriter.add_field(fieldname, field, stored if field.stored else None, length)
                column = field.column_type
                if column and stored is not None:
                    perdocwriter.add_column_value(fieldname, column, field.to_column_value(stored))
        except Exception:
            perdocwriter.cancel_doc()
            raise
        perdocwriter.finish_doc()
        self._added = True
        self.docnum += 1

    def _flush_segment(self) -> None:
        # As SegmentWriter._flush_segment, with kb's _file_postings.
        self.perdocwriter.close()
        lengths = self.per_document_reader() if self.codec.length_stats else None
        _file_postings(self.fieldwriter, self.schema, lengths, self.pool.iter_terms())
        self.fieldwriter.close()
        if lengths:
            lengths.close()

    def per_document_reader(self) -> _LengthsReader:
        if not self.perdocwriter.is_closed:
            raise RuntimeError("Per-doc writer is still open")
        return _LengthsReader(self.storage, self.get_segment())
