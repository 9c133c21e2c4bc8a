"""`kb cite` links a reader can follow (--base-url, KB_BASE_URL, the config file), and
exports that begin as their formats say (every RIS record with TY), round-tripped."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import rispy
from click.testing import CliRunner

from kb.cli import main

from .test_citations import CARNLOF_LINK, carnlof_passage, parse_bibtex


@pytest.fixture()
def no_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A config path with no file, and no base URL from the environment."""
    path = tmp_path / "config.toml"
    monkeypatch.setenv("KB_CONFIG", str(path))
    monkeypatch.delenv("KB_BASE_URL", raising=False)
    return path


def _cite(runner: CliRunner, index_dir: Path, *args: str, env: dict[str, str] | None = None):  # noqa: ANN202
    result = runner.invoke(main, ["cite", *args, "--index", str(index_dir)], env=env)
    assert result.exit_code == 0, result.output
    return result


def test_without_a_base_the_link_is_the_sources(
    ix: Any, index_dir: Path, runner: CliRunner, no_config: Path
) -> None:
    pid = carnlof_passage(ix).id
    out = _cite(runner, index_dir, pid).stdout
    assert f"Länk till källan: {CARNLOF_LINK}" in out
    assert "/passage/" not in out  # a site-relative path leads nowhere
    markdown = _cite(runner, index_dir, pid, "--style", "markdown").stdout
    assert f"[Citatet i originalet](<{CARNLOF_LINK}>)" in markdown and "/passage/" not in markdown
    note = json.loads(_cite(runner, index_dir, pid, "--style", "csl-json").stdout)[0]["note"]
    assert note.endswith(f"Länk: {CARNLOF_LINK}")


def test_base_url_from_option_environment_or_config_file(
    ix: Any, index_dir: Path, runner: CliRunner, no_config: Path
) -> None:
    pid = carnlof_passage(ix).id
    out = _cite(runner, index_dir, pid, "--base-url", "https://kb.example.se/").stdout
    assert f"I kb: https://kb.example.se/passage/{pid}" in out.splitlines()
    out = _cite(runner, index_dir, pid, env={"KB_BASE_URL": "https://env.example.se"}).stdout
    assert f"I kb: https://env.example.se/passage/{pid}" in out.splitlines()
    no_config.write_text('base_url = "https://fil.example.se"\n', encoding="utf-8")
    out = _cite(runner, index_dir, pid, "--style", "markdown").stdout
    assert f"[Citatet i kb](<https://fil.example.se/passage/{pid}>)" in out
    # The option and the environment win over the file.
    out = _cite(runner, index_dir, pid, env={"KB_BASE_URL": "https://env.example.se"}).stdout
    assert "https://env.example.se/passage/" in out and "fil.example.se" not in out


def test_a_bad_base_url_or_config_file_is_said_in_swedish(
    ix: Any, index_dir: Path, runner: CliRunner, no_config: Path
) -> None:
    pid = carnlof_passage(ix).id
    result = runner.invoke(main, ["cite", pid, "--index", str(index_dir), "--base-url", "kb.se"])
    assert result.exit_code == 1 and "Fel: --base-url: »kb.se« är ingen webbadress" in result.stderr
    no_config.write_text("base_url = [", encoding="utf-8")
    result = runner.invoke(main, ["cite", pid, "--index", str(index_dir)])
    assert result.exit_code == 1 and "Inställningsfilen" in result.stderr


def test_cite_help_is_swedish(runner: CliRunner) -> None:
    text = runner.invoke(main, ["cite", "--help"]).output
    assert "Citera stycken" in text and "--base-url" in text and "KB_BASE_URL" in text
    assert "config.toml" in text and "Visa den här hjälpen" in text


def test_every_ris_record_starts_with_ty_and_round_trips(
    ix: Any,
    index_dir: Path,
    runner: CliRunner,
    client,
    no_config: Path,  # noqa: ANN001
) -> None:
    from kb.index import open_index
    from kb.search import SearchRequest, run_search

    hits = run_search(open_index(index_dir), SearchRequest.create("kvalitet", per_page=20)).hits
    ids = list(dict.fromkeys([carnlof_passage(ix).id, *(h.passage.id for h in hits)]))
    out = _cite(runner, index_dir, *ids, "--style", "ris").stdout
    records = [r for r in out.split("ER  - ") if r.strip()]
    assert len(records) > 1
    assert all(r.lstrip("\n").startswith("TY  - ") for r in records), out[:200]
    assert len(rispy.loads(out)) == len(records)
    web = client.get("/api/cite", query_string={"id": ids, "style": "ris", "download": 1})
    text = web.get_data(as_text=True)
    assert text.startswith("TY  - ") and len(rispy.loads(text)) == len(records)
    bib = _cite(runner, index_dir, *ids, "--style", "bibtex").stdout
    assert len(parse_bibtex(bib)) == len(records)
    web_bib = client.get("/api/cite", query_string={"id": ids, "style": "bibtex", "download": 1})
    assert len(parse_bibtex(web_bib.get_data(as_text=True))) == len(records)
