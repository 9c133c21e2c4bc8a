"""`kb search` with the page's filters, pages, order, notices and facets; `kb parse` speakers."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from kb.cli import main

from .conftest import CORPUS


def _search(runner: CliRunner, index_dir: Path, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(main, ["search", *args, "--index", str(index_dir)])
    return result.exit_code, result.stdout, result.stderr


def _json(runner: CliRunner, index_dir: Path, *args: str) -> dict:
    code, out, err = _search(runner, index_dir, *args, "--json")
    assert code == 0, out + err
    return json.loads(out)


def test_filters_take_swedish_and_english_names(runner: CliRunner, index_dir: Path) -> None:
    quotes = _json(runner, index_dir, "kvalitet", "--kind", "citat")
    assert quotes["hits"] and {h["kind"] for h in quotes["hits"]} == {"quote"}
    assert _json(runner, index_dir, "kvalitet", "--typ", "quote")["total"] == quotes["total"]
    # A name part finds the speaker, as talare: does in the query.
    carnlof = _json(runner, index_dir, "kvalitet", "--talare", "carnlöf")
    assert carnlof["request"]["filters"] == {"speaker": ["Isabelle Carnlöf"]}
    assert {h["speaker"]["name"] for h in carnlof["hits"]} == {"Isabelle Carnlöf"}
    assert _json(runner, index_dir, "kvalitet", "--speaker", "Carnlöf")["total"] == carnlof["total"]
    ivo = _json(runner, index_dir, "kvalitet", "--organisation", "IVO")
    assert ivo["request"]["filters"]["organisation"] == ["Inspektionen för vård och omsorg"]
    assert ivo["total"] and ivo["total"] < _json(runner, index_dir, "kvalitet")["total"]
    assert _json(runner, index_dir, "kvalitet", "--org", "ivo")["total"] == ivo["total"]
    to_kommunerna = _json(runner, index_dir, "", "--mottagare", "kommunerna")
    assert to_kommunerna["hits"]
    assert {h["addressee"] for h in to_kommunerna["hits"]} == {"Kommunerna"}
    assert (
        _json(runner, index_dir, "", "--addressee", "Kommunerna")["total"] == to_kommunerna["total"]
    )


def test_repeated_filters_are_or_within_and_across(runner: CliRunner, index_dir: Path) -> None:
    articles = _json(runner, index_dir, "kvalitet", "--dokumenttyp", "artikel")["total"]
    news = _json(runner, index_dir, "kvalitet", "--doctype", "nyhet")["total"]
    both = _json(runner, index_dir, "kvalitet", "--dokumenttyp", "artikel", "--doctype", "nyhet")
    assert articles and news and both["total"] == articles + news
    narrowed = _json(
        runner,
        index_dir,
        "kvalitet",
        "--dokumenttyp",
        "artikel",
        "--dokumenttyp",
        "nyhet",
        "--typ",
        "citat",
    )
    assert 0 < narrowed["total"] < both["total"]
    topic = both["facets"]["topics"][0]["value"]
    assert _json(runner, index_dir, "kvalitet", "--ämne", topic)["hits"]
    assert _json(runner, index_dir, "kvalitet", "--topic", topic)["request"]["filters"] == {
        "topics": [topic]
    }


def test_dates_pages_and_sort(runner: CliRunner, index_dir: Path) -> None:
    everything = _json(runner, index_dir, "kvalitet", "--per-page", "100")["total"]
    since = _json(runner, index_dir, "kvalitet", "--från", "2020")
    before = _json(runner, index_dir, "kvalitet", "--to", "2019-12-31")
    assert since["total"] and before["total"] and since["total"] + before["total"] <= everything
    assert all(h["document"]["date"] >= "2020" for h in since["hits"])
    assert _json(runner, index_dir, "kvalitet", "--from", "2020")["total"] == since["total"]
    assert _json(runner, index_dir, "kvalitet", "--till", "2019-12-31")["total"] == before["total"]
    newest = _json(runner, index_dir, "kvalitet", "--sort", "nyast", "--per-page", "100")
    dates = [h["document"]["date"] for h in newest["hits"] if h["document"]["date"]]
    assert dates == sorted(dates, reverse=True)
    assert _json(runner, index_dir, "kvalitet", "--sort", "date", "--per-page", "100") == newest
    oldest = _json(runner, index_dir, "kvalitet", "--sort", "äldst", "--per-page", "100")
    assert [h["document"]["date"] for h in oldest["hits"] if h["document"]["date"]] == sorted(dates)
    page2 = _json(runner, index_dir, "kvalitet", "--page", "2", "--per-page", "3")
    page1 = _json(runner, index_dir, "kvalitet", "--per-page", "3")
    assert page2["page"] == 2 and len(page2["hits"]) == 3
    assert not {h["id"] for h in page1["hits"]} & {h["id"] for h in page2["hits"]}
    code, out, _ = _search(runner, index_dir, "kvalitet", "--page", "2", "--limit", "3")
    assert code == 0 and "\n4. [" in out and "sida 2 av" in out


def test_text_output_is_swedish(runner: CliRunner, index_dir: Path) -> None:
    code, out, _ = _search(runner, index_dir, "Carnlöf")
    assert code == 0
    assert "[citat]" in out and "[quote]" not in out
    assert "Isabelle Carnlöf, projektledare, Myndigheten för vård- och omsorgsanalys" in out
    assert "träff" in out and "i 1 dokument" in out and "documents" not in out
    code, out, _ = _search(runner, index_dir, "kvalitet", "--per-page", "100")
    assert "[fynd]" in out and "[övrigt]" in out and "()" not in out


def test_a_publisher_missing_leaves_no_brackets(tmp_path: Path, runner: CliRunner) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.md").write_text("# Anteckning\n\nEtt stycke om hemtjänsten.\n", encoding="utf-8")
    index = tmp_path / "index"
    assert runner.invoke(main, ["ingest", str(corpus), "--index", str(index)]).exit_code == 0
    code, out, _ = _search(runner, index, "hemtjänsten")
    assert code == 0 and "] Anteckning\n" in out and "()" not in out


def test_errors_are_swedish(runner: CliRunner, index_dir: Path, tmp_path: Path) -> None:
    code, out, err = _search(runner, index_dir, "kvalitet", "--typ", "bananer")
    assert code == 1 and "Fel: Okänd typ »bananer«" in err and "citat" in err
    code, out, err = _search(runner, index_dir, "kvalitet", "--från", "igår")
    assert code == 1 and "är inget datum" in err
    code, out, err = _search(runner, tmp_path / "inget", "kvalitet")
    assert code == 1 and "Fel: Det finns inget index" in err and "Kör: kb ingest" in err
    code, out, err = _search(runner, index_dir, "kvalitet", "--talare", "zzyzx")
    assert code == 0 and "Ingen talare matchar »zzyzx«" in err and out.startswith("0 träffar")


def test_notices_and_suggestion_are_printed(runner: CliRunner, index_dir: Path) -> None:
    code, out, err = _search(runner, index_dir, "kvalitet talare:")
    assert code == 0 and "vanliga ord" in err
    # A misspelling is offered as "Menade du", or searched as corrected where kb does that.
    code, out, err = _search(runner, index_dir, "kvalitetn")
    assert code == 0
    assert "Menade du »kvalitet«?" in err or "Visar träffar för »kvalitet«" in err
    data = _json(runner, index_dir, "kvalitetn")
    assert {n["code"] for n in data["notices"]} & {"did_you_mean", "corrected"}
    assert any("»kvalitet«" in n["text"] for n in data["notices"])
    long_query = "socialtjänsten kommunerna kvalitet " * 60
    code, out, err = _search(runner, index_dir, long_query)
    assert "kortats till 1000 tecken" in err and not out.startswith("0 ")
    data = _json(runner, index_dir, long_query)
    assert data["total"] and data["notices"][0]["code"] == "query_shortened"


def test_passages_filling_a_short_page_say_they_are_no_hits(
    runner: CliRunner, index_dir: Path
) -> None:
    code, out, _ = _search(runner, index_dir, "fysiska möten")
    assert code == 0
    counted = int(out.split(" ", 1)[0])
    listed = out.count("\n   id ")
    said = out.count("(stycket har några av sökorden, inte tillräckligt många för att räknas")
    assert said and listed == counted + said + out.count("(sökorden finns i dokumentets titel")


def test_facets_on_request(runner: CliRunner, index_dir: Path) -> None:
    code, out, _ = _search(runner, index_dir, "kvalitet")
    assert "Talare:" not in out
    code, out, _ = _search(runner, index_dir, "kvalitet", "--typ", "citat", "--facets")
    assert code == 0
    lines = {line.split(":", 1)[0]: line for line in out.splitlines() if ":" in line}
    assert lines["Typ av stycke"].startswith("Typ av stycke: fynd ")
    assert "*citat " in lines["Typ av stycke"]  # the selected value is starred
    assert "Isabelle Carnlöf" in lines["Talare"] and "År" in lines


def test_json_keeps_its_shape(runner: CliRunner, index_dir: Path) -> None:
    data = _json(runner, index_dir, "kommunerna")
    assert {
        "request",
        "total",
        "page",
        "pages",
        "hits",
        "facets",
        "notices",
        "suggestion",
        "documents",
    } <= set(data)
    assert {"id", "doc_id", "text", "score", "document", "snippet"} <= set(data["hits"][0])


def test_help_is_swedish(runner: CliRunner) -> None:
    text = runner.invoke(main, ["search", "--help"]).output
    for option in (
        "--kind",
        "--talare",
        "--organisation",
        "--mottagare",
        "--dokumenttyp",
        "--ämne",
        "--från",
        "--till",
        "--page",
        "--per-page",
        "--sort",
        "--facets",
    ):
        assert option in text
    assert "Sök bland styckena" in text and "Visa den här hjälpen" in text


def test_parse_shows_speakers_and_addressees(runner: CliRunner) -> None:
    path = CORPUS / "ivo-nyhet-2021-06-23-dialog-med-socialchefer.txt"
    result = runner.invoke(main, ["parse", str(path)])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    quote = next(i for i, line in enumerate(lines) if "säger Daniel Lilja" in line)
    assert lines[quote + 1].strip() == (
        "talare: Daniel Lilja, avdelningschef, Inspektionen för vård och omsorg"
    )
    recommendation = next(i for i, line in enumerate(lines) if "[recommendation]" in line)
    assert lines[recommendation + 1].strip() == "mottagare: Kommunerna"


def test_a_query_may_open_with_a_minus_word(runner: CliRunner, index_dir: Path) -> None:
    # Click read "-distans kvalitet" as the unknown flag "-d" (a blind audit).
    result = runner.invoke(
        main, ["search", "--json", "--index", str(index_dir), "--", "-distans kvalitet"]
    )
    apart = json.loads(result.stdout)
    assert apart["total"] and apart["request"]["q"] == "-distans kvalitet"
    assert _json(runner, index_dir, "-distans kvalitet")["total"] == apart["total"]
    quotes = _json(runner, index_dir, "-distans kvalitet", "--typ", "citat")
    assert quotes["total"] and {h["kind"] for h in quotes["hits"]} == {"quote"}
    assert (
        _json(runner, index_dir, "--typ", "citat", "-distans kvalitet")["total"] == quotes["total"]
    )
    code, out, err = _search(runner, index_dir, "kvalitet", "--nosuchflag")
    assert code == 2 and "--nosuchflag" in err
