"""The kb command with CliRunner: ingest, search, info, and the messages a user sees."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from kb.cli import main

from .conftest import CORPUS


def test_ingest_search_info(tmp_path: Path, runner: CliRunner) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    index = tmp_path / "index"
    result = runner.invoke(main, ["ingest", str(corpus), "--index", str(index)])
    assert result.exit_code == 0, result.output
    assert "5 nya" in result.output and "9 dokument" in result.output

    result = runner.invoke(main, ["search", "kommunerna", "--json", "--index", str(index)])
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert data["hits"] and {"id", "doc_id", "text", "score", "document"} <= set(data["hits"][0])

    result = runner.invoke(main, ["search", "distansmöten", "--index", str(index)])
    assert "Oro för kvaliteten när socialtjänsten arbetar på distans" in result.output

    # A misspelt query is searched as corrected, and the notice says how to search it as typed.
    result = runner.invoke(main, ["search", "socialtjänsen", "--index", str(index)])
    assert result.exit_code == 0
    assert "Visar träffar för »socialtjänsten«. Sök i stället efter »socialtjänsen«" in result.stderr
    assert "kb search --exact 'socialtjänsen'" in result.stderr
    assert not result.stdout.startswith("0 träffar")
    result = runner.invoke(main, ["search", "socialtjänsen", "--exact", "--index", str(index)])
    assert result.stdout.startswith("0 träffar") and "Menade du »socialtjänsten«?" in result.stderr

    result = runner.invoke(main, ["info", "--json"], env={"KB_INDEX": str(index)})
    info = json.loads(result.output)
    assert (info["documents"], info["version"]) == (9, info["version"])
    assert info["passages"] > 50 and info["built_at"]


def test_missing_index_says_what_to_run(tmp_path: Path, runner: CliRunner) -> None:
    result = runner.invoke(main, ["search", "x", "--index", str(tmp_path / "none")])
    assert result.exit_code == 1
    assert "Kör: kb ingest corpus/" in result.output
    assert "Traceback" not in result.output


def test_outdated_index_says_rebuild(tmp_path: Path, runner: CliRunner, monkeypatch) -> None:  # noqa: ANN001
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Rubrik\n\nEn mening om socialtjänsten.\n", encoding="utf-8")
    index = tmp_path / "index"
    assert runner.invoke(main, ["ingest", str(corpus), "--index", str(index)]).exit_code == 0
    monkeypatch.setattr("kb.index.INDEX_VERSION", "999.1")
    result = runner.invoke(main, ["info", "--index", str(index)])
    assert result.exit_code == 1 and "--rebuild" in result.output
    result = runner.invoke(main, ["ingest", str(corpus), "--index", str(index)])
    assert result.exit_code == 0  # an outdated index is rebuilt into a new generation


def test_index_from_a_newer_kb_says_restart(
    tmp_path: Path, runner: CliRunner, monkeypatch  # noqa: ANN001
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Rubrik\n\nEn mening om socialtjänsten.\n", encoding="utf-8")
    index = tmp_path / "index"
    assert runner.invoke(main, ["ingest", str(corpus), "--index", str(index)]).exit_code == 0
    # A kb serve started before an upgrade, reading what the upgraded ingest wrote.
    monkeypatch.setattr("kb.index.INDEX_VERSION", "1.1")
    result = runner.invoke(main, ["info", "--index", str(index)])
    assert result.exit_code == 1
    assert "nyare kb" in result.output and "Starta om" in result.output


def test_failures_exit_1_and_name_the_file(tmp_path: Path, runner: CliRunner) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "bra.md").write_text("# Titel\n\nText om hemtjänst.\n", encoding="utf-8")
    (corpus / "tom.txt").write_bytes(b"  \n")
    result = runner.invoke(main, ["ingest", str(corpus), "--index", str(tmp_path / "index")])
    assert result.exit_code == 1
    assert "tom.txt: empty file" in result.output
    assert "1 nya" in result.output


def test_ingest_names_documents_it_does_not_read(tmp_path: Path, runner: CliRunner) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "rapport.md").write_text("# Rapport\n\nHemtjänsten brister i kontinuitet.\n")
    for n in range(7):
        (corpus / f"bilaga-{n}.docx").write_bytes(b"PK\x03\x04")
    result = runner.invoke(main, ["ingest", str(corpus), "--index", str(tmp_path / "index")])
    assert result.exit_code == 0, result.output  # a notice, not a failure
    assert "Hoppade över 7 dokument i format som kb inte läser" in result.output
    assert str(corpus / "bilaga-0.docx") in result.output and "och 2 till" in result.output
    assert "Spara dem som PDF" in result.output
