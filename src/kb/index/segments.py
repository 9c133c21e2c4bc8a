"""Whoosh's segment writer with kb's workarounds for where it is slow at ingest: postings in,
one committed segment out.

Whoosh stays as installed; each class here says what it replaces and why.
"""

from __future__ import annotations

import itertools
import marshal
import pickle
import struct
import zlib
from array import array
from collections.abc import Iterable, Iterator, Sequence
from itertools import repeat
from operator import itemgetter
from typing import Any, NamedTuple

from whoosh.codec.base import OutOfOrderError
from whoosh.codec.whoosh3 import (
    LENGTHS_COLUMN,
    WHOOSH3_HEADER_MAGIC,
    W3Codec,
    W3FieldWriter,
    W3PerDocReader,
    W3PostingsWriter,
    _lenfield,
)
from whoosh.index import Index
from whoosh.system import _INT_SIZE  # StructFile.write_int's bytes
from whoosh.util.numeric import byte_to_length, length_to_byte
from whoosh.writing import PostingPool, SegmentWriter

from kb.analysis.passes import AnalysedValue
from kb.index.settings import (
    COMPRESSED_BLOCK_BYTES,
    INDEXED_VALUES,
    INLINED_POSTINGS,
    RUN_SLICE,
)

# The length of a marshalled slice of a run, before it.
_SLICE_LENGTH = struct.Struct("<Q")

# A field's postings of a value, as Whoosh's Field.index gives them: (term bytes,
# frequency, weight, value bytes).
FieldPostings = Sequence[tuple[bytes, int, float, bytes | None]]
_TERM, _FREQUENCY, _WEIGHT, _VALUE = (itemgetter(i) for i in range(4))


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


class _PostingPool(PostingPool):
    """Whoosh's pool of postings waiting for the commit, sorted in runs on disk past limitmb.

    Whoosh writes and reads a run one posting at a time (a pickle call each: a
    third of the writer's time on corpus/ and the interpellations, 5 million
    postings), and checks each posting's types as it comes. Here a run is
    written and read in slices of RUN_SLICE postings with marshal (the
    postings are tuples of str, bytes and numbers), and the memory estimate
    is Whoosh's own. Each slice is read as bytes, its length before it, and
    unmarshalled from them: marshal.load on a file reads it a few bytes at a
    time (18 s of a 35 s commit on the interpellations; marshal.loads 1 s).
    """

    def add(self, item: tuple[str, bytes, int, float, bytes | None]) -> None:
        # As PostingPool.add, without its type assertions and its set of field names
        # (read only by Whoosh's multiprocessing writer, which kb does not use).
        self.currentsize += 150 + len(item[0]) + 2 * len(item[1]) + len(item[4] or b"")
        if self.currentsize > self.limit:
            self.save()
        self.current.append(item)

    def add_many(self, items: list[tuple[str, bytes, int, float, bytes | None]]) -> None:
        """Add postings, as add does each."""
        self.currentsize += sum(
            150 + len(item[0]) + 2 * len(item[1]) + len(item[4] or b"") for item in items
        )
        if self.currentsize > self.limit:
            self.save()
        self.current.extend(items)

    def add_field(self, fieldname: str, docnum: int, items: FieldPostings) -> None:
        """Add one record's postings of one field, as add_many does, with the size estimate
        and the pool's tuples made by C loops (map, zip) rather than a Python loop each."""
        self.currentsize += (
            len(items) * (150 + len(fieldname))
            + 2 * sum(map(len, map(_TERM, items)))
            + sum(map(len, filter(None, map(_VALUE, items))))
        )
        if self.currentsize > self.limit:
            self.save()
        self.current.extend(
            zip(
                repeat(fieldname),
                map(_TERM, items),
                repeat(docnum),
                map(_WEIGHT, items),
                map(_VALUE, items),
            )
        )

    def _write_run(self, f: Any, items: Iterable[Any]) -> None:
        items = iter(items)
        while chunk := list(itertools.islice(items, RUN_SLICE)):
            data = marshal.dumps(chunk)
            f.write(_SLICE_LENGTH.pack(len(data)))
            f.write(data)
        f.close()

    def _read_run(self, path: str) -> Iterator[Any]:
        f = self._open_run(path)
        try:
            while header := f.read(_SLICE_LENGTH.size):
                (length,) = _SLICE_LENGTH.unpack(header)
                yield from marshal.loads(f.read(length))
        finally:
            f.close()
            self._remove_run(path)


class _PostingsWriter(W3PostingsWriter):
    """Whoosh's writer of one term's postings, without the type assertions on each posting
    (four isinstance calls each: a sixth of a commit's time; kb's postings come from its own
    writer, typed), with small blocks left uncompressed: zlib's set-up costs more than such
    a block saves (kb.index.settings.COMPRESSED_BLOCK_BYTES), with a term of a single
    posting kept in its entry of the terms file (kb.index.settings.INLINED_POSTINGS), and
    with the postings file's offset counted as it writes: Whoosh asks the file where it
    stands at each term's start and end, a system call each (300,000 on corpus/ and the
    interpellations, where py-spy found 18% of the commit's samples in them; the commit of
    2,016 interpellations, four rounds alternated: 8.55 -> 8.1 s CPU).

    One writer writes a field's terms, and nothing else writes the file meanwhile.
    """

    # Whoosh's: the statistics of the term being written (a W3TermInfo), None between terms.
    _terminfo: Any
    # Set by Whoosh's _new_block at each block.
    _maxweight: float
    _minlength: int | None
    _maxlength: int

    def __init__(self, postfile: Any, **options: Any) -> None:
        super().__init__(postfile, **options)
        self._offset: int = postfile.tell()  # where the next byte goes

    def start_postings(self, format_: Any, terminfo: Any) -> None:
        # As W3PostingsWriter.start_postings (whoosh-reloaded 2.7.5), with the offset kept.
        if self._terminfo:
            raise Exception("Called start in a term")
        self._format = format_
        self._blockcount = 0
        self._new_block()
        self._terminfo = terminfo
        self._startoffset = self._offset

    def add_posting(
        self, id_: int, weight: float, vbytes: bytes, length: int | None = None
    ) -> None:
        if len(self._ids) >= self._blocklimit:
            self._write_block()
        self._ids.append(id_)
        self._weights.append(weight)
        if weight > self._maxweight:
            self._maxweight = weight
        if vbytes:
            self._values.append(vbytes)
        if length:
            if self._minlength is None or length < self._minlength:
                self._minlength = length
            if length > self._maxlength:
                self._maxlength = length

    def _write_block(self, last: bool = False) -> None:
        # As W3PostingsWriter._write_block (whoosh-reloaded 2.7.5) but for which blocks are
        # compressed: Whoosh meant to spare blocks under 20 bytes and compresses all (its
        # "comp = 0" is overwritten on the next line). Each block's info says whether it is
        # compressed; Whoosh's reader, and so kb.search.postings, reads both.
        if not self._blockcount:
            self._postfile.write(WHOOSH3_HEADER_MAGIC)
            self._offset += len(WHOOSH3_HEADER_MAGIC)
        self._terminfo.add_block(self)
        data = (self._mini_ids(), self._mini_weights(), self._mini_values())
        databytes = pickle.dumps(data, 2)
        comp = self._compression if len(databytes) >= COMPRESSED_BLOCK_BYTES else 0
        if comp:
            databytes = zlib.compress(databytes, comp)
        ids = self._ids
        info = (
            len(ids),
            ids[-1],
            self._maxweight,
            comp,
            length_to_byte(self._minlength),
            length_to_byte(self._maxlength),
        )
        infobytes = pickle.dumps(info, 2)
        blocklength = len(infobytes) + len(databytes)
        self._postfile.write_int(-blocklength if last else blocklength)  # the last: negative
        self._postfile.write(infobytes)
        self._postfile.write(databytes)
        self._offset += _INT_SIZE + blocklength
        self._blockcount += 1
        self._new_block()

    def finish_postings(self) -> Any:
        # As W3PostingsWriter.finish_postings (whoosh-reloaded 2.7.5), which keeps a term of
        # fewer postings than the codec's inlinelimit in its entry of the terms file
        # rather than in a block of the postings file, and fails doing so (it calls
        # W3TermInfo.set_inline, whose name is set_inlined): Whoosh's own default of 1
        # never inlines. Whoosh's reader reads such a term as a ListMatcher.
        terminfo = self._terminfo
        if not self.written() and len(self) < self._inlinelimit:
            terminfo.add_block(self)
            terminfo.set_inlined(self._ids, self._weights, self._values)
        else:
            if self._ids:
                self._write_block(last=True)
            terminfo.set_extent(self._startoffset, self._offset - self._startoffset)
        self._terminfo = None
        return terminfo


def _file_postings(
    fieldwriter: W3FieldWriter,
    schema: Any,
    lengths: _LengthsReader | None,
    items: Iterable[tuple[str, bytes, int, float, bytes | None]],
) -> None:
    """As Whoosh's FieldWriter.add_postings: sorted postings into the segment's term files.

    Whoosh passes each posting through three calls (the field writer's add, the
    lengths reader, the postings writer's add_posting); here the loop hands it to
    _PostingsWriter with the record's length byte read from the field's array.
    """
    codec = fieldwriter._codec
    last_field: str | None = None
    last_text: bytes | None = None
    postings: Any = None
    field_lengths: array[int] | None = None
    for fieldname, btext, docnum, weight, value in items:
        if fieldname != last_field:
            if last_field is not None and fieldname < last_field:
                raise OutOfOrderError(f"Field {last_field!r} .. {fieldname!r}")
            if last_text is not None:
                fieldwriter.finish_term()
            if last_field is not None:
                fieldwriter.finish_field()
            fieldwriter.start_field(fieldname, schema[fieldname])
            # The codec's own settings, kb's add_posting (see _PostingsWriter).
            fieldwriter._postwriter = postings = _PostingsWriter(
                fieldwriter._postfile,
                blocklimit=codec._blocklimit,
                compression=codec._compression,
                inlinelimit=codec._inlinelimit,
            )
            field_lengths = lengths.length_bytes(fieldname) if lengths else None
            last_field, last_text = fieldname, None
        if docnum == -1:
            continue  # as in Whoosh: a word for a spelling graph, which kb does not keep
        if btext != last_text:
            if last_text is not None:
                if btext < last_text:
                    raise OutOfOrderError(f"Term {fieldname}:{last_text!r} .. {btext!r}")
                fieldwriter.finish_term()
            fieldwriter.start_term(btext)
            last_text = btext
        length: int | None = 0
        if field_lengths is not None:
            length_byte = field_lengths[docnum]
            length = byte_to_length(length_byte) if length_byte else None
        postings.add_posting(docnum, weight, value or b"", length)
    if last_text is not None:
        fieldwriter.finish_term()
    if last_field is not None:
        fieldwriter.finish_field()


class _FieldPlan(NamedTuple):
    """A field of a record as KbSegmentWriter.add_document files it."""

    name: str
    field: Any  # whoosh.fields.FieldType
    spelling: str  # the field's spelling field, or ""


# A record KbSegmentWriter leaves to Whoosh's add_document (see there).
_WHOOSH_ADDS: list[_FieldPlan] = []
# Sets of field names whose plans a writer keeps: kb writes a handful.
_MAX_PLANS = 64


class KbSegmentWriter(SegmentWriter):
    """Whoosh's segment writer, with _PostingPool, _LengthsReader, _file_postings and
    _PostingsWriter (see there why), Whoosh's codec keeping a term of one posting in its
    terms-file entry, and an add_document that indexes a repeated value of a field once."""

    def __init__(self, ix: Index, **kwargs: Any) -> None:
        # Whoosh's codec with its defaults, but for the terms kept in the terms file.
        kwargs.setdefault("codec", W3Codec(inlinelimit=INLINED_POSTINGS))
        super().__init__(ix, **kwargs)
        # Whoosh's own "poolclass" argument is accepted and ignored.
        self.pool = _PostingPool(self._tempstorage, self.newsegment, limitmb=kwargs["limitmb"])
        # (field name, value) -> the field's index() of it: most of a record's 20 indexed
        # fields repeat (its kind, year, publisher, its document's id and title...).
        self._indexed: dict[tuple[str, Any], FieldPostings] = {}
        # The field names of a record, as given -> what add_document needs of the schema.
        self._plans: dict[tuple[str, ...], list[_FieldPlan]] = {}

    def add_document(self, **fields: Any) -> None:
        """As SegmentWriter.add_document, for the records kb writes.

        Whoosh analyses every value of every field again at each record (its
        ID tokenizer and Format for "passage", "2021", the document's id...),
        and files each posting through a method call. Here a field's postings
        of a value are made once (up to INDEXED_VALUES values) and filed in one
        pass: on a third of corpus/ and the interpellations, pre-parsed, the
        writer's adding took 8.0 s CPU where Whoosh's took 8.8-12.2 s. What a
        record's set of fields needs from the schema is looked up once per set
        (_plan; Whoosh's schema lookups were about 100 a record), and the postings
        go to the pool by _PostingPool.add_field: 2,016 interpellations pre-parsed,
        median of 10 alternated, 8.6 -> 8.1 s CPU. Records with boosts or term
        vectors, which kb does not write, go to Whoosh's own.
        """
        plan = self._plans.get(tuple(fields))
        if plan is None:
            plan = self._plan(fields)
        if plan is _WHOOSH_ADDS:
            super().add_document(**fields)
            return
        self._check_state()
        perdocwriter = self.perdocwriter
        pool = self.pool
        docnum = self.docnum
        indexed = self._indexed
        perdocwriter.start_doc(docnum)
        # As in Whoosh: a spelling posting carries the value bytes of the posting filed
        # last before it in the record.
        vbytes: bytes | None = b""
        try:
            for fieldname, field, spellfield in plan:
                value = fields[fieldname]
                if value is None:
                    continue
                length = 0
                if field.indexed:
                    if isinstance(value, AnalysedValue):
                        items: FieldPostings = value.postings
                    elif not isinstance(value, str | int | float):
                        items = tuple(field.index(value))  # a list of terms, say: not kept
                    else:
                        key = (fieldname, value)
                        cached = indexed.get(key)
                        if cached is None:
                            if len(indexed) >= INDEXED_VALUES:
                                indexed.clear()
                            cached = indexed[key] = tuple(field.index(value))
                        items = cached
                    if items:
                        if field.scorable:
                            length = sum(map(_FREQUENCY, items))
                        pool.add_field(fieldname, docnum, items)
                        vbytes = items[-1][3]
                if spellfield:
                    pool.add_many(
                        [
                            (spellfield, word.encode("utf-8"), 0, 1, vbytes)
                            for word in field.spellable_words(value)
                        ]
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

    def _plan(self, fields: dict[str, Any]) -> list[_FieldPlan]:
        """What add_document needs of the schema for a record of these fields (checked to be
        the schema's), in Whoosh's order; _WHOOSH_ADDS for a record Whoosh's own must add."""
        schema = self.schema
        if len(self._plans) >= _MAX_PLANS:
            self._plans.clear()
        if any(name.startswith("_") and not name.startswith("_stored_") for name in fields) or any(
            schema[name].vector for name in fields if name in schema
        ):
            plan = _WHOOSH_ADDS
        else:
            fieldnames = sorted(name for name in fields if not name.startswith("_"))
            self._check_fields(schema, fieldnames)
            plan = []
            for name in fieldnames:
                field = schema[name]
                spelling = field.spelling_fieldname(name) if field.separate_spelling() else ""
                plan.append(_FieldPlan(name, field, spelling))
        self._plans[tuple(fields)] = plan
        return plan

    def _flush_segment(self) -> None:
        # As SegmentWriter._flush_segment, with kb's _file_postings.
        self.perdocwriter.close()
        lengths = self.per_document_reader() if self.codec.length_stats else None
        _file_postings(self.fieldwriter, self.schema, lengths, self.pool.iter_postings())
        self.fieldwriter.close()
        if lengths:
            lengths.close()

    def per_document_reader(self) -> _LengthsReader:
        if not self.perdocwriter.is_closed:
            raise RuntimeError("Per-doc writer is still open")
        return _LengthsReader(self.storage, self.get_segment())
