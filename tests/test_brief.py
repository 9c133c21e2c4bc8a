"""`kb brief` and "Skapa underlag": grouped sections, numbered passages, references as `kb cite`."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from docx import Document as DocxDocument

from kb.cite.brief import (
    SECTION_CAP,
    BriefOptions,
    brief_from_passages,
    brief_from_search,
    describe_search,
)
from kb.cite.briefformats import format_markdown, write_brief
from kb.cli import main
from kb.index import open_index, write_batch
from kb.models import Document, Passage, Speaker
from kb.search import SearchRequest


def _docx(path: Path) -> DocxDocument:
    return DocxDocument(io.BytesIO(path.read_bytes()))


def _headings(doc: DocxDocument, style: str) -> list[str]:
    return [p.text for p in doc.paragraphs if p.style.name == style]


def _reference_paragraphs(doc: DocxDocument) -> list[str]:
    texts = [p.text for p in doc.paragraphs]
    start = next(i for i, t in enumerate(texts) if t.startswith("Referenser ("))
    return [t for t in texts[start + 1 :] if t]


def _kb_cite_references(runner, index_dir: Path, ids: list[str]) -> list[str]:  # noqa: ANN001
    """The reference list `kb cite` prints for the passages."""
    out = runner.invoke(main, ["cite", *ids, "--index", str(index_dir)]).output
    lines = out.splitlines()
    return lines[1 : lines.index("")]


@pytest.fixture(scope="module")
def distans_docx(index_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    from click.testing import CliRunner

    target = tmp_path_factory.mktemp("brief") / "x.docx"
    result = CliRunner().invoke(
        main,
        ["brief", "distansmöten", "--format", "docx", "-o", str(target), "--index", str(index_dir)],
    )
    assert result.exit_code == 0, result.output
    return target


def test_docx_has_headings_grouped_sections_and_links(distans_docx: Path) -> None:
    doc = _docx(distans_docx)
    assert _headings(doc, "Title") == ["Underlag: distansmöten"]
    assert _headings(doc, "Heading 1") == [
        "Översikt",
        "Fynd",
        "Citat",
        "Rekommendationer",
        "Referenser (APA 7)",
    ]
    groups = _headings(doc, "Heading 2")
    assert any(g.startswith("Under rådande omständigheter") for g in groups)  # a document
    assert "Isabelle Carnlöf, projektledare, Myndigheten för vård- och omsorgsanalys" in groups
    links = [r.target_ref for r in doc.part.rels.values() if r.reltype.endswith("/hyperlink")]
    assert links and all(link.startswith("https://") for link in links)
    assert any("#:~:text=" in link for link in links)
    overview = doc.paragraphs[[p.text for p in doc.paragraphs].index("Översikt") + 1].text
    assert overview.startswith("1 fynd, 1 citat och 1 rekommendation ur 3 dokument")


def test_docx_references_match_kb_cite(distans_docx: Path, index_dir: Path, runner, ix) -> None:  # noqa: ANN001
    made = brief_from_search(ix, SearchRequest.create("distansmöten"))
    ids = [e.citation.passage.id for e in made.entries]
    assert len(ids) == 3
    assert _reference_paragraphs(_docx(distans_docx)) == _kb_cite_references(runner, index_dir, ids)


def test_markdown_and_html_hold_the_same_brief(index_dir: Path, runner, ix) -> None:  # noqa: ANN001
    md = runner.invoke(main, ["brief", "distansmöten", "--index", str(index_dir)]).output
    assert md.startswith("# Underlag: distansmöten\n")
    for heading in (
        "## Översikt",
        "## Fynd",
        "## Citat",
        "## Rekommendationer",
        "## Referenser (APA 7)",
    ):
        assert heading in md
    assert "**[1]**" in md and "**[3]**" in md and "**[4]**" not in md
    html = runner.invoke(
        main, ["brief", "distansmöten", "--format", "html", "--index", str(index_dir)]
    ).output
    page = BeautifulSoup(html, "html.parser")
    assert page.h1.get_text() == "Underlag: distansmöten"
    assert [h.get_text() for h in page.find_all("h2")] == [
        "Översikt",
        "Fynd",
        "Citat",
        "Rekommendationer",
        "Referenser (APA 7)",
    ]
    assert "@media print" in page.style.get_text()
    made = brief_from_search(ix, SearchRequest.create("distansmöten"))
    refs = [li.get_text() for li in page.select("ul.references li")]
    ids = [e.citation.passage.id for e in made.entries]
    assert refs == _kb_cite_references(runner, index_dir, ids)


def test_harvard_style(index_dir: Path, runner) -> None:  # noqa: ANN001
    md = runner.invoke(
        main, ["brief", "distansmöten", "--style", "harvard", "--index", str(index_dir)]
    ).output
    assert "## Referenser (Harvard)" in md


def test_zero_hits_says_so(index_dir: Path, runner) -> None:  # noqa: ANN001
    result = runner.invoke(main, ["brief", "qqxzzy", "--index", str(index_dir)])
    assert result.exit_code == 0
    assert "Sökningen gav inga träffar, så underlaget är tomt." in result.output
    assert "## Fynd" not in result.output


def test_docx_needs_a_file(index_dir: Path, runner) -> None:  # noqa: ANN001
    result = runner.invoke(main, ["brief", "x", "--format", "docx", "--index", str(index_dir)])
    assert result.exit_code != 0 and "-o" in result.output


def test_text_is_escaped_in_html_and_markdown(tmp_path: Path) -> None:
    index = tmp_path / "index"
    _build(
        index,
        docs=1,
        per_doc=4,
        text="<script>alert(1)</script> *fet* [länk](javascript:x) distansmöten {i}",
    )
    made = brief_from_search(open_index(index), SearchRequest.create("distansmöten"))
    html = write_brief(made, "html").decode()
    assert "<script>alert" not in html and "&lt;script&gt;" in html
    md = format_markdown(made)
    assert "\\*fet\\*" in md and "\\[länk\\]" in md


def test_html_briefs_share_one_environment_and_the_pages_link_rule(ix, app, monkeypatch) -> None:  # noqa: ANN001
    """Writing HTML briefs builds Jinja's environment once, with the pages' own http_url."""
    from kb.cite import briefformats

    briefformats._environment.cache_clear()
    built = []
    real = briefformats.Environment
    monkeypatch.setattr(
        briefformats, "Environment", lambda *a, **k: built.append(1) or real(*a, **k)
    )
    made = brief_from_search(ix, SearchRequest.create("distansmöten"))
    assert write_brief(made, "html") == write_brief(made, "html")
    assert len(built) == 1
    rule = briefformats._environment().filters["http_url"]
    assert rule is app.jinja_env.filters["http_url"]
    assert rule(" HTTPS://example.se/a ") == "HTTPS://example.se/a" and rule("javascript:x") == ""


def test_a_brief_names_filters_as_the_search_page_does() -> None:
    request = SearchRequest.create(
        "distansmöten", {"kind": ["quote"], "doctype": ["rapport"]}, date_from="2020"
    )
    assert describe_search(request) == (
        "”distansmöten”; dokumenttyp: rapport; typ av stycke: citat; från 2020"
    )


def test_a_basket_brief(ix) -> None:  # noqa: ANN001
    made = brief_from_search(ix, SearchRequest.create("distansmöten"))
    ids = [e.citation.passage.id for e in made.entries]
    basket = brief_from_passages(ix, [*ids, "no-such-id"])
    assert [e.citation.passage.id for e in basket.entries] == ids
    assert basket.search == "Mina citat: 3 stycken"


def _build(index: Path, docs: int, per_doc: int, text: str = "") -> None:
    """An index of docs × per_doc passages about distansmöten, of every kind in turn."""
    kinds = ("finding", "quote", "recommendation", "other")
    with write_batch(index, rebuild=True) as batch:
        for d in range(docs):
            doc = Document(
                title=f"Rapport {d} om distansmöten",
                id=f"doc{d:04d}",
                source=f"r{d}.txt",
                publisher=f"Myndighet {d % 7}",
                doctype="rapport",
                date=f"{2015 + d % 8}",
                date_certain=True,
                url=f"https://example.se/r{d}",
                format="text",
            )
            passages = []
            for i in range(per_doc):
                kind = kinds[i % 4]
                speaker = Speaker(f"Person {i % 13} Ek", "utredare", doc.publisher)
                passages.append(
                    Passage(
                        id=f"p{d:04d}{i:04d}",
                        doc_id=doc.id,
                        position=i,
                        text=(text or "Distansmöten i socialtjänsten, iakttagelse {i}.").format(
                            i=i
                        ),
                        kind=kind,
                        speaker=speaker if kind == "quote" else None,
                        addressee=f"Kommun {i % 5}" if kind == "recommendation" else "",
                    )
                )
            batch.add(doc, passages, "/tmp/synthetic")


@pytest.fixture(scope="module")
def big_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    index = tmp_path_factory.mktemp("big") / "index"
    _build(index, docs=100, per_doc=100)
    return index


@pytest.mark.slow
def test_ten_thousand_hits_build_fast_small_and_capped(
    big_index: Path, tmp_path: Path, runner
) -> None:  # noqa: ANN001
    made = brief_from_search(open_index(big_index), SearchRequest.create("distansmöten"))
    assert made.overview.findings + made.overview.quotes + made.overview.recommendations == 7500
    for fmt in ("docx", "md", "html"):
        out = tmp_path / f"big.{fmt}"
        started = time.monotonic()
        result = runner.invoke(
            main,
            ["brief", "distansmöten", "--format", fmt, "-o", str(out), "--index", str(big_index)],
        )
        took = time.monotonic() - started
        assert result.exit_code == 0, result.output
        assert took < 10, f"{fmt}: {took:.1f} s"
        assert out.stat().st_size < 5 * 1024 * 1024
    md = (tmp_path / "big.md").read_text(encoding="utf-8")
    assert f"Visar {SECTION_CAP} av 2500; och {2500 - SECTION_CAP} till finns i sökningen." in md
    assert md.count("**[") <= 3 * SECTION_CAP


@pytest.mark.slow
def test_group_cap_leaves_room_for_other_groups(big_index: Path) -> None:
    made = brief_from_search(
        open_index(big_index), SearchRequest.create("distansmöten"), BriefOptions(group_cap=2)
    )
    quotes = next(s for s in made.sections if s.kind == "quote")
    assert all(len(g.entries) <= 2 for g in quotes.groups)
    # Of the best hundred quotes weighed, every one is shown or counted in its group's "och N till".
    assert quotes.shown + sum(g.more for g in quotes.groups) == 100
    assert len(quotes.groups) > 10


def _soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if not found:
        if os.environ.get("CI") == "true":
            pytest.fail("LibreOffice (soffice) is not installed in CI")
        pytest.skip("LibreOffice (soffice) is not installed")
    return found


@pytest.mark.slow
def test_libreoffice_converts_the_docx_to_pdf(distans_docx: Path, tmp_path: Path) -> None:
    soffice = _soffice()
    profile = tmp_path / "lo-profile"  # a private profile: no clash with another soffice
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(distans_docx),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    from pypdf import PdfReader

    text = " ".join(p.extract_text() for p in PdfReader(tmp_path / "x.pdf").pages)
    for words in ("Underlag: distansmöten", "Fynd", "Citat", "Rekommendationer", "Referenser"):
        assert words in text


def test_web_brief_of_a_search_and_of_the_basket(client, ix) -> None:  # noqa: ANN001
    page = BeautifulSoup(client.get("/?q=distansmöten&kind=quote").data, "html.parser")
    form = page.select_one("form.brief-form")
    assert form["action"] == "/underlag"
    fields = {i["name"]: i["value"] for i in form.select("input[type=hidden]")}
    assert fields == {"q": "distansmöten", "kind": "quote"}
    assert [o["value"] for o in form.select("#brief-style option")] == ["apa", "harvard"]
    response = client.get("/underlag", query_string={**fields, "format": "docx"})
    assert response.status_code == 200
    assert (
        response.headers["Content-Disposition"]
        == 'attachment; filename="underlag-distansmoten.docx"'
    )
    doc = DocxDocument(io.BytesIO(response.data))
    assert "Citat" in _headings(doc, "Heading 1") and "Fynd" not in _headings(doc, "Heading 1")
    made = brief_from_search(ix, SearchRequest.create("distansmöten"))
    ids = [e.citation.passage.id for e in made.entries]
    basket = BeautifulSoup(client.get("/mina-citat", query_string={"id": ids}).data, "html.parser")
    form = basket.select_one("form.brief-form")
    assert [i["value"] for i in form.select("input[name=id]")] == ids
    md = client.get("/underlag", query_string={"id": ids, "format": "md"}).get_data(as_text=True)
    assert md.startswith("# Underlag: Mina citat") and "**[3]**" in md
    harvard = client.get("/underlag", query_string={**fields, "format": "md", "stil": "harvard"})
    assert "## Referenser (Harvard)" in harvard.get_data(as_text=True)
    assert client.get("/underlag?format=pdf").status_code == 400
    assert client.get("/underlag?stil=mla").status_code == 400
