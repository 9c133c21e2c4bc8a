"""The index writer's postings table: what goes in comes out as Whoosh's sorted pool gave it,
in memory or spilled to runs; an index written through runs holds what one written in memory
does."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage
from whoosh.reading import IndexReader

import kb.index
from kb.index import _generation
from kb.index.postings import PostingTable
from kb.ingest import IngestOptions, run_ingest

from .conftest import CORPUS

Posting = tuple[str, bytes, int, float, bytes]


def postings(seed: int) -> list[Posting]:
    """Postings as a writer adds them: records in order, each field's terms once a record,
    and the odd ones Whoosh's own add_document makes (a word for a spelling graph, record
    -1; a spelling word of record 0 again)."""
    rng = random.Random(seed)
    words = [f"ord{i}".encode() for i in range(300)]
    made: list[Posting] = []
    for docnum in range(200):
        for field in ("text", "title", "kind"):
            for word in rng.sample(words, rng.randint(1, 30)):
                made.append((field, word, docnum, float(rng.randint(1, 4)), bytes([docnum % 7])))
        made.append(("spell_text", rng.choice(words[:20]), 0, 1.0, bytes([(docnum * 3) % 5])))
        made.append(("text", rng.choice(words), -1, 1.0, b""))
    return made


def sorted_as_whoosh(items: list[Posting]) -> list[Posting]:
    """What Whoosh's PostingPool gives kb's filing: the tuples sorted, record -1 dropped."""
    return [p for p in sorted(items) if p[2] >= 0]


def table_postings(table: PostingTable) -> list[Posting]:
    return [
        (name, term, docnum, weight, value)
        for name, term, ids, weights, values in table.iter_terms()
        for docnum, weight, value in zip(ids, weights, values, strict=True)
    ]


@pytest.mark.parametrize("limitmb", [100, 0.02], ids=["in memory", "spilled to runs"])
def test_table_gives_the_postings_whoosh_sorted(tmp_path: Path, limitmb: float) -> None:
    items = postings(seed=1)
    table = PostingTable(FileStorage(str(tmp_path)), limitmb=limitmb)
    for item in items:
        table.add(item)
    assert table_postings(table) == sorted_as_whoosh(items)
    assert not list(tmp_path.glob("*.run"))  # every run read is deleted


def test_runs_left_unread_are_deleted(tmp_path: Path) -> None:
    table = PostingTable(FileStorage(str(tmp_path)), limitmb=0.02)
    for item in postings(seed=2):
        table.add(item)
    assert list(tmp_path.glob("*.run"))
    table.cleanup()
    assert not list(tmp_path.glob("*.run"))


def records(index_dir: Path) -> tuple[list[dict[str, object]], dict[tuple[str, bytes], list]]:
    """Every stored record but its build time, and every term's postings, of an index."""
    with whoosh_index.open_dir(str(_generation(index_dir))).reader() as reader:
        return _records(reader)


def _records(reader: IndexReader) -> tuple[list[dict[str, object]], dict[tuple[str, bytes], list]]:
    stored = []
    for _, fields in reader.iter_docs():
        # When each record was written differs from one ingest to the next.
        data = json.loads(fields.pop("data", "{}"))
        data.pop("indexed_at", None)
        data.pop("built_at", None)
        stored.append(fields | {"data": data, "indexed_at": ""})
    terms = {}
    for field, term in reader.all_terms():
        if field != "indexed_at":
            matcher = reader.postings(field, term)
            found = []
            while matcher.is_active():
                found.append((matcher.id(), matcher.weight(), matcher.value()))
                matcher.next()
            terms[field, term] = found
    return stored, terms


def test_an_index_written_through_runs_is_the_one_written_in_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    in_memory = tmp_path / "memory"
    run_ingest(CORPUS, IngestOptions(index_dir=in_memory, workers=1))
    saves = []
    save = PostingTable.save
    monkeypatch.setattr(PostingTable, "save", lambda self: saves.append(1) or save(self))
    monkeypatch.setattr(kb.index, "WRITER_POOL_MB", 0.05)
    through_runs = tmp_path / "runs"
    run_ingest(CORPUS, IngestOptions(index_dir=through_runs, workers=1))
    assert len(saves) > 10
    assert records(through_runs) == records(in_memory)
