"""Ingest: the seed corpus, re-ingest stability, incremental updates, bad files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kb.index import index_info, open_index
from kb.ingest import IngestOptions, run_ingest
from kb.search import SearchRequest, fetch_document, run_search

from .conftest import CORPUS


def passage_ids(index_dir: Path) -> list[str]:
    ix = open_index(index_dir)
    with ix.searcher() as searcher:
        return sorted(f["id"] for f in searcher.documents(record="passage"))


@pytest.fixture()
def own_corpus(tmp_path: Path) -> Path:
    target = tmp_path / "corpus"
    shutil.copytree(CORPUS, target)
    return target


def test_seed_corpus_gives_nine_documents(index_dir: Path) -> None:
    info = index_info(index_dir)
    assert info.documents == 9  # five seeds, the tag archive split in five
    assert info.passages > 50


def test_a_folders_description_is_no_document(tmp_path: Path) -> None:
    # The README of a collection of interpellations was document 5,365 of 5,364 and came up
    # in searches (a third blind audit).
    from kb.ingest.corpus import iter_source_paths

    corpus = tmp_path / "corpus"
    (corpus / "del").mkdir(parents=True)
    for name in ("README.md", "del/readme.txt", "rapport.md", "del/readme-rapport.md"):
        (corpus / name).write_text("# Rubrik\n\nEtt stycke.", "utf-8")
    assert list(iter_source_paths(corpus)) == ["rapport.md", "del/readme-rapport.md"]


def test_a_linked_folder_is_read_once_and_a_link_loop_never(tmp_path: Path) -> None:
    from kb.ingest.corpus import iter_source_paths

    elsewhere = tmp_path / "elsewhere"
    (elsewhere / "djup").mkdir(parents=True)
    (elsewhere / "a.txt").write_text("Rubrik\n\nEtt stycke.", "utf-8")
    (elsewhere / "djup" / "b.md").write_text("# Rubrik\n\nEtt stycke.", "utf-8")
    corpus = tmp_path / "corpus"
    (corpus / "rapporter").mkdir(parents=True)
    (corpus / "rapporter" / "egen.txt").write_text("Rubrik\n\nEtt stycke.", "utf-8")
    # A collection linked into the corpus was skipped without a word.
    (corpus / "länkad").symlink_to(elsewhere)
    (corpus / "ännu en väg").symlink_to(elsewhere)  # the same folder again: read once
    (elsewhere / "tillbaka").symlink_to(corpus)  # a loop
    # A link to a folder of the corpus would rename its files (their ids): not followed.
    (corpus / "arkiv").symlink_to(corpus / "rapporter")
    problems: list[tuple[str, str]] = []
    found = list(iter_source_paths(corpus, problems))
    assert found == ["länkad/a.txt", "länkad/djup/b.md", "rapporter/egen.txt"]
    assert problems == []
    # A link to a folder that holds the corpus, or to nothing, is said, not followed.
    (corpus / "alla").symlink_to(tmp_path)
    (corpus / "borta").symlink_to(tmp_path / "finns-inte")
    assert list(iter_source_paths(corpus, problems)) == found
    assert [where for where, _ in problems] == ["alla", "borta"]


def test_a_linked_folder_gone_keeps_what_was_indexed_from_it(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "a.txt").write_text("Rubrik\n\nEtt stycke om hemtjänst.", "utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "egen.txt").write_text("Rubrik\n\nEtt stycke om äldreomsorg.", "utf-8")
    (corpus / "länkad").symlink_to(elsewhere)
    options = IngestOptions(index_dir=tmp_path / "index")
    assert run_ingest(corpus, options).ok
    # Unmounted, moved: the link leads nowhere. Said, and its documents stay.
    elsewhere.rename(tmp_path / "flyttad")
    report = run_ingest(corpus, options)
    assert [f.path for f in report.failures] == ["länkad"] and report.removed == 0
    assert index_info(options.index_dir).documents == 2


def test_sidecar_metadata_wins(ix) -> None:  # noqa: ANN001
    results = run_search(ix, SearchRequest.create("distansmöten"))
    doc = results.hits[0].document
    assert doc["title"] == "Oro för kvaliteten när socialtjänsten arbetar på distans"
    assert doc["publisher"] == "Myndigheten för vård- och omsorgsanalys"
    assert doc["doctype"] == "pressmeddelande"
    assert doc["date"] == "2021" and doc["date_certain"] is False


def test_split_articles_carry_their_own_metadata(ix) -> None:  # noqa: ANN001
    results = run_search(ix, SearchRequest.create("Örnsköldsviks"))
    doc = results.hits[0].document
    assert doc["title"] == "Kvalitetsnivån i det sociala arbetet behöver höjas"
    assert doc["date"] == "2017-09-06" and doc["date_certain"] is True
    assert doc["authors"] == ["Annika Wihlborg"]


def test_reingest_keeps_counts_and_ids(own_corpus: Path, tmp_path: Path) -> None:
    options = IngestOptions(index_dir=tmp_path / "index")
    first = run_ingest(own_corpus, options)
    ids = passage_ids(options.index_dir)
    second = run_ingest(own_corpus, options)
    assert second.unchanged == 5 and second.added == second.updated == 0
    assert (second.documents, second.passages) == (first.documents, first.passages)
    assert passage_ids(options.index_dir) == ids
    rebuilt = run_ingest(own_corpus, IngestOptions(index_dir=options.index_dir, rebuild=True))
    assert rebuilt.passages == first.passages
    assert passage_ids(options.index_dir) == ids


def test_incremental_update_add_and_remove(own_corpus: Path, tmp_path: Path) -> None:
    options = IngestOptions(index_dir=tmp_path / "index")
    run_ingest(own_corpus, options)
    ids = set(passage_ids(options.index_dir))
    press = own_corpus / "vardanalys-pressmeddelande-oro-for-kvaliteten-distans.txt"
    press.write_text(press.read_text(encoding="utf-8") + "\n\nEtt nytt stycke om hemtjänst.\n", encoding="utf-8")
    (own_corpus / "ivo-nyhet-2021-06-23-dialog-med-socialchefer.txt").unlink()
    (own_corpus / "ny.md").write_text("# Ny rapport\n\nOm bemanning i hemtjänsten.\n", encoding="utf-8")
    report = run_ingest(own_corpus, options)
    assert (report.added, report.updated, report.removed, report.unchanged) == (1, 1, 1, 3)
    new_ids = set(passage_ids(options.index_dir))
    # Passages of the changed press release that did not change keep their ids.
    ix = open_index(options.index_dir)
    assert run_search(ix, SearchRequest.create("hemtjänst")).total == 2
    gone = run_search(ix, SearchRequest.create("socialchefer dialog")).hits
    assert not [h for h in gone if h.document["publisher"] == "Inspektionen för vård och omsorg"]
    kept = ids & new_ids
    assert len(kept) >= len(ids) - 25  # only the removed IVO news item's passages are gone
    info = index_info(options.index_dir)
    assert (info.documents, info.passages) == (report.documents, report.passages)
    assert info.documents == 9  # one removed, one added
    assert info.passages == len(new_ids)


def test_bad_files_are_reported_and_the_rest_goes_in(own_corpus: Path, tmp_path: Path) -> None:
    (own_corpus / "tom.txt").write_bytes(b"")
    (own_corpus / "bild.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (own_corpus / "trasig.pdf").write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog")
    (own_corpus / "latin1.txt").write_bytes("Rubrik\n\nÄldreomsorgen i Växjö får bättre stöd.\n".encode("latin-1"))
    report = run_ingest(own_corpus, IngestOptions(index_dir=tmp_path / "index"))
    failed = {f.path: f.reason for f in report.failures}
    assert set(failed) == {"tom.txt", "bild.html", "trasig.pdf"}
    assert failed["tom.txt"] == "empty file"
    assert "binary" in failed["bild.html"]
    assert "PDF" in failed["trasig.pdf"]
    assert report.documents == 10  # nine from the seeds, one from the Latin-1 file
    ix = open_index(tmp_path / "index")
    hit = run_search(ix, SearchRequest.create("äldreomsorgen")).hits[0]
    assert "Äldreomsorgen i Växjö" in hit.passage.text


def test_failed_file_keeps_its_previous_version(own_corpus: Path, tmp_path: Path) -> None:
    options = IngestOptions(index_dir=tmp_path / "index")
    run_ingest(own_corpus, options)
    news = own_corpus / "ivo-nyhet-2021-06-23-dialog-med-socialchefer.txt"
    news.write_bytes(b"")
    report = run_ingest(own_corpus, options)
    assert [f.path for f in report.failures] == [news.name]
    ix = open_index(options.index_dir)
    assert run_search(ix, SearchRequest.create("socialchefer dialog")).total > 0


def test_document_passages_in_order_with_headings(ix) -> None:  # noqa: ANN001
    hit = run_search(ix, SearchRequest.create("Daniel Lilja")).hits[0]
    meta, passages = fetch_document(ix, hit.passage.doc_id)
    assert [p.position for p in passages] == list(range(len(passages)))
    assert any(p.heading == "Kontakt med enskilda hela vägen" for p in passages)


def test_seed_boilerplate_is_not_searchable(ix) -> None:  # noqa: ANN001
    for query in ['"Missa inget"', "Prenumerera", '"Man i rullstol"', "logotyp", '"Läs även"']:
        assert run_search(ix, SearchRequest.create(query)).total == 0, query


def test_one_person_keeps_one_name_across_the_corpus(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    quote = "– Vi arbetar tätt ihop med skolan och polisen, säger {name}, avdelningschef i Alingsås."
    (corpus / "a.md").write_text("# Första\n\n" + quote.format(name="Rebecca Kurlberg") + "\n", encoding="utf-8")
    (corpus / "b.md").write_text("# Andra\n\n" + quote.format(name="Rebecka Kurlberg") + "\n", encoding="utf-8")
    index = tmp_path / "index"
    run_ingest(corpus, IngestOptions(index_dir=index))
    results = run_search(open_index(index), SearchRequest.create("skolan polisen"))
    assert [h.passage.speaker.name for h in results.hits] == ["Rebecca Kurlberg"] * 2
    assert [(v.value, v.count) for v in results.facets["speaker"]] == [("Rebecca Kurlberg", 2)]


def test_a_document_in_a_format_kb_does_not_read_is_named(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "sidan_files").mkdir(parents=True)
    (corpus / "rapport.md").write_text("# Rapport\n\nHemtjänsten brister i kontinuitet.\n")
    (corpus / "Rapport 2024.docx").write_bytes(b"PK\x03\x04")
    (corpus / "protokoll.RTF").write_text("{\\rtf1 hej}")
    (corpus / "sidan_files" / "style.css").write_text("p {}")  # a saved page's: passed over
    report = run_ingest(corpus, IngestOptions(index_dir=tmp_path / "index"))
    assert report.ok and report.documents == 1
    assert report.unread == ("Rapport 2024.docx", "protokoll.RTF")
    assert report.as_dict()["unread"] == ("Rapport 2024.docx", "protokoll.RTF")
