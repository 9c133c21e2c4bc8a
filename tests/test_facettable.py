"""The facet table (kb.facettable): what the ingest writes reads back as the index's own."""

from __future__ import annotations

import pickle
from pathlib import Path

from kb.facettable import (
    TABLE_FIELDS,
    TABLE_VERSION,
    FacetTable,
    read_facet_table,
    write_facet_table,
)
from kb.index import _generation, open_index
from kb.ingest import IngestOptions, run_ingest


def _same(read: FacetTable, built: FacetTable) -> None:
    assert read.passages == built.passages
    assert read.values == built.values
    assert read.dates == built.dates
    assert read.date_rank == built.date_rank
    for name in TABLE_FIELDS:
        # The records of each value, derived from the columns: equal, in Whoosh's order.
        assert list(read.docs[name].items()) == list(built.docs[name].items()), name


def test_the_table_read_back_is_the_one_built_from_the_index(ix) -> None:  # noqa: ANN001
    with ix.searcher() as searcher:
        built = FacetTable.from_searcher(searcher)
        read = read_facet_table(ix, searcher)
    assert read is not built
    assert built.values["kind"] and built.docs["speaker"] and built.dates
    _same(read, built)


def test_deleted_records_and_values_without_records_read_back_alike(tmp_path: Path) -> None:
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    (corpus / "a.md").write_text("# A\n\nHemtjänsten har brister.\n", encoding="utf-8")
    (corpus / "b.md").write_text(
        "---\ndate: 2021-03-01\n---\n# B\n\nHemtjänst i kommunen.\n", encoding="utf-8"
    )
    run_ingest(corpus, IngestOptions(index_dir=index, workers=1))
    (corpus / "b.md").unlink()
    run_ingest(corpus, IngestOptions(index_dir=index, workers=1))  # b's records deleted
    ix = open_index(index)
    with ix.searcher() as searcher:
        built = FacetTable.from_searcher(searcher)
        read = read_facet_table(ix, searcher)
    _same(read, built)


def test_a_table_of_the_version_before_is_built_again(tmp_path: Path) -> None:
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    (corpus / "a.md").write_text("# A\n\nHemtjänsten har brister.\n", encoding="utf-8")
    run_ingest(corpus, IngestOptions(index_dir=index, workers=1))
    ix = open_index(index)
    gen = _generation(index)
    assert gen is not None
    (path,) = gen.glob("facets-*.pickle")
    data = pickle.loads(path.read_bytes())
    assert data["version"] == TABLE_VERSION
    old = {k: v for k, v in data.items() if k not in ("values", "terms")}
    path.write_bytes(pickle.dumps(old | {"version": TABLE_VERSION - 1, "docs": {}}))
    with ix.searcher() as searcher:
        _same(read_facet_table(ix, searcher), FacetTable.from_searcher(searcher))
    write_facet_table(ix)
    assert pickle.loads(path.read_bytes())["version"] == TABLE_VERSION


def test_an_index_folder_made_again_is_not_counted_from_the_table_before(tmp_path: Path) -> None:
    """The same folder and Whoosh generation, another index: its own facet table."""
    import shutil

    from kb.search import SearchRequest, run_search

    corpus, index = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    text = "Hemtjänsten behöver fler medarbetare under sommaren, enligt rapporten om {}."
    (corpus / "a.txt").write_text(text.format("Umeå"), encoding="utf-8")
    assert run_ingest(corpus, IngestOptions(index_dir=index)).ok
    request = SearchRequest.create("hemtjänsten")
    assert run_search(open_index(index), request).total == 1
    shutil.rmtree(index)
    (corpus / "b.txt").write_text(text.format("Luleå"), encoding="utf-8")
    assert run_ingest(corpus, IngestOptions(index_dir=index)).ok
    assert run_search(open_index(index), request).total == 2
