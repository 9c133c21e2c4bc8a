"""kb's segment writer (kb.index.segments) writes what Whoosh's own writer writes."""

from __future__ import annotations

from pathlib import Path

import pytest
from whoosh import index as whoosh_index
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, TEXT, Schema
from whoosh.matching import ListMatcher
from whoosh.writing import SegmentWriter

from kb.index import segments
from kb.index.segments import KbSegmentWriter
from kb.index.settings import COMPRESSED_BLOCK_BYTES, INLINED_POSTINGS

SCHEMA_FIELDS = {
    "id": ID(stored=True, unique=True),
    "kind": ID(stored=True),
    "text": TEXT(stored=True, spelling=True),
    "tags": KEYWORD(stored=True),
    "year": NUMERIC(stored=True),
    "data": STORED(),
}


def _records() -> list[dict[str, object]]:
    """Records of two field sets, a word in every record (postings over several blocks,
    positions and all), words in two records each and words in one record each."""
    records: list[dict[str, object]] = []
    for n in range(300):
        words = f"kvalitet socialtjänst ord{n} par{n // 2} " + "tillsyn " * (n % 7)
        record: dict[str, object] = {
            "id": f"r{n}",
            "kind": "passage" if n % 3 else "document",
            "text": words,
            "year": 2000 + n % 5,
        }
        if n % 2:
            record["tags"] = f"a{n % 4} b"
            record["data"] = {"n": n}
        records.append(record)
    return records


def _build(path: Path, writer_class: type[SegmentWriter]) -> whoosh_index.Index:
    path.mkdir()
    ix = whoosh_index.create_in(str(path), Schema(**SCHEMA_FIELDS))
    writer = writer_class(ix, limitmb=16)
    for record in _records():
        writer.add_document(**record)
    writer.commit()
    return ix


def _contents(ix: whoosh_index.Index) -> tuple[object, ...]:
    """Every term's postings (record, weight, value), stored fields and field lengths."""
    with ix.reader() as reader:
        postings = {}
        for fieldname, text in reader.all_terms():
            matcher = reader.postings(fieldname, text)
            found = []
            while matcher.is_active():
                # A term kept in the terms file (kb.index.settings.INLINED_POSTINGS) gives
                # "" for no value where Whoosh's postings file gives None.
                found.append((matcher.id(), matcher.weight(), matcher.value() or None))
                matcher.next()
            postings[fieldname, text] = found
        stored = [dict(fields) for _, fields in reader.iter_docs()]
        lengths = [
            (reader.doc_field_length(docnum, "text"), reader.doc_field_length(docnum, "tags"))
            for docnum in range(reader.doc_count_all())
        ]
    return postings, stored, lengths


def test_the_same_index_as_whoosh_writes(tmp_path: Path) -> None:
    ours = _contents(_build(tmp_path / "kb", KbSegmentWriter))
    whooshs = _contents(_build(tmp_path / "whoosh", SegmentWriter))
    assert ours == whooshs
    postings = ours[0]
    assert isinstance(postings, dict)
    assert len(postings["text", b"kvalitet"]) == 300  # three blocks of up to 128


def test_the_counted_offset_is_where_the_file_stands(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    # kb's postings writer counts what it writes instead of asking the file (a seek a term).
    checked = []
    finish = segments._PostingsWriter.finish_postings

    def checking(self):  # noqa: ANN001, ANN202
        assert self._startoffset <= self._offset
        found = finish(self)
        assert self._offset == self._postfile.tell()
        checked.append(found)
        return found

    monkeypatch.setattr(segments._PostingsWriter, "finish_postings", checking)
    _build(tmp_path / "kb", KbSegmentWriter)
    assert len(checked) > 600  # every term of every field (300 records)


def _stored_as(ix: whoosh_index.Index, fieldname: str, text: bytes) -> set[int | str]:
    """Where a term's postings are: "inlined" in the terms file, or the zlib level of each of
    their blocks in the postings file (0: stored uncompressed)."""
    with ix.reader() as reader:
        matcher = reader.postings(fieldname, text)
        if isinstance(matcher, ListMatcher):
            return {"inlined"}
        assert isinstance(matcher, W3LeafMatcher)
        levels: set[int | str] = set()
        while matcher.is_active():
            levels.add(matcher._compression)
            matcher._next_block()
    return levels


def test_where_postings_are_stored(tmp_path: Path) -> None:
    ix = _build(tmp_path / "kb", KbSegmentWriter)
    # One posting: in the term's entry of the terms file.
    assert INLINED_POSTINGS == 2
    assert _stored_as(ix, "text", b"ord7") == {"inlined"}
    assert _stored_as(ix, "id", b"r7") == {"inlined"}
    # Two postings with their positions: a pickle of a few dozen bytes, uncompressed.
    assert _stored_as(ix, "text", b"par7") == {0}
    # 128 postings with positions: well over COMPRESSED_BLOCK_BYTES, compressed as Whoosh does.
    assert COMPRESSED_BLOCK_BYTES < 128 * 4
    assert _stored_as(ix, "text", b"kvalitet") == {3}


def test_an_unknown_field_is_refused_each_time(tmp_path: Path) -> None:
    tmp_path.mkdir(exist_ok=True)
    ix = whoosh_index.create_in(str(tmp_path), Schema(**SCHEMA_FIELDS))
    writer = KbSegmentWriter(ix, limitmb=16)
    for _ in range(2):  # and again: no plan is kept for a set of fields refused
        with pytest.raises(Exception, match="No field named 'colour'"):
            writer.add_document(id="x", colour="blå")
    writer.add_document(id="y", text="kvalitet")
    writer.commit()
    with ix.searcher() as searcher:
        assert [fields["id"] for fields in searcher.documents()] == ["y"]
