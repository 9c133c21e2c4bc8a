"""Report PDFs read as a reader reads them: five reports of bench/pdf_reports_spec.py's
development set (three from Word through LibreOffice, one with a contents page without
leader dots, two from ReportLab; two in two columns), checked against the text they were made from (fixtures/pdf-reports/truth.json)."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from kb.extract import extract_passages
from kb.models import Block, Document
from kb.parse import parse_bytes
from kb.parse.pdf import join_lines

HERE = Path(__file__).parent / "fixtures" / "pdf-reports"
SPECS = json.loads((HERE / "truth.json").read_text(encoding="utf-8"))
NAMES = [spec["name"] for spec in SPECS]


def norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def spec_of(name: str) -> dict[str, Any]:
    return next(spec for spec in SPECS if spec["name"] == name)


def blocks_of(spec: dict[str, Any], *kinds: str) -> list[dict[str, Any]]:
    return [b for s in spec["sections"] for b in s["blocks"] if b["type"] in kinds]


@pytest.fixture(scope="module", params=NAMES)
def report(request: pytest.FixtureRequest) -> tuple[dict[str, Any], Document]:
    (document,) = parse_bytes((HERE / f"{request.param}.pdf").read_bytes(), "rapport.pdf")
    return spec_of(request.param), document


def test_every_body_paragraph_is_one_block_in_reading_order(report: Any) -> None:
    spec, document = report
    texts = [norm(b.text) for b in document.blocks]
    positions = [texts.index(norm(p["text"])) for p in blocks_of(spec, "p", "li")]
    assert positions == sorted(positions)


def squash(text: str) -> str:
    """Text without spaces and hyphens, so a line-end hyphen does not hide a match."""
    return re.sub(r"[\s\-‐]", "", norm(text))


def _page_texts(name: str) -> list[str]:
    return [squash(page.extract_text()) for page in PdfReader(HERE / f"{name}.pdf").pages]


def test_a_paragraph_gives_the_page_where_it_starts(report: Any) -> None:
    spec, document = report
    pages = _page_texts(spec["name"])
    by_text = {norm(b.text): b.page for b in document.blocks}
    for paragraph in blocks_of(spec, "p"):
        text = squash(paragraph["text"])
        start = next(n for n, page in enumerate(pages, start=1) if text[:40] in page)
        assert by_text[norm(paragraph["text"])] == start


def test_paragraphs_run_over_page_breaks_in_the_fixtures() -> None:
    """The test above means something: some paragraph ends on a later page than it starts."""
    crossing = 0
    for spec in SPECS:
        pages = _page_texts(spec["name"])
        for paragraph in blocks_of(spec, "p"):
            text = squash(paragraph["text"])
            start = next(n for n, page in enumerate(pages, start=1) if text[:40] in page)
            crossing += text[-12:] not in pages[start - 1]
    assert crossing >= 2


def test_no_contents_line_nor_running_header_is_a_block(report: Any) -> None:
    spec, document = report
    entries = [f"{s['number']} {s['heading']}" for s in spec["sections"]]
    for block in document.blocks:
        assert not re.search(r"(?:\.\s?){4,}", block.text), block.text
        assert not any(re.match(rf"{re.escape(e)}\s*\d", block.text) for e in entries)
        assert spec["header"] not in block.text
        assert block.text not in ("Innehåll", "Innehållsförteckning")


def test_the_title_is_the_cover_title_and_the_publisher_its_band(report: Any) -> None:
    spec, document = report
    assert document.title == spec["title"]
    assert document.publisher == spec["publisher"]


def test_footnotes_captions_and_tables_are_blocks_of_their_own(report: Any) -> None:
    spec, document = report
    by_kind: dict[str, list[str]] = {}
    for block in document.blocks:
        by_kind.setdefault(block.kind, []).append(norm(block.text))
    (note,) = [b["footnote"] for b in blocks_of(spec, "p") if "footnote" in b]
    assert [re.sub(r"^\d+\s*", "", n) for n in by_kind["note"]] == [norm(note)]
    captions = [norm(b["caption"]) for b in blocks_of(spec, "table", "figure")]
    assert by_kind["caption"] == captions
    (table,) = blocks_of(spec, "table")
    (rows,) = [b.text for b in document.blocks if b.kind == "table"]
    # Cells in rows; LibreOffice clips the two-column report's table to two columns.
    assert rows.startswith(" | ".join(table["rows"][0][:2]))
    assert rows.count("\n") == len(table["rows"]) - 1
    assert not any(norm(note) in text for text in by_kind["paragraph"])


def test_recommendations_are_the_reports_own_list(report: Any) -> None:
    spec, document = report
    kinds = {norm(p.text): p.kind for p in extract_passages(document)}
    for paragraph in blocks_of(spec, "p", "li"):
        if paragraph["kind"] == "recommendation":
            assert kinds[norm(paragraph["text"])] == "recommendation"
        else:  # "Regeringen uppdrar åt …" recounted, the list's lead-in
            assert kinds[norm(paragraph["text"])] != "recommendation", paragraph["text"]


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (["vidta åt-", "gärder"], "vidta åtgärder"),  # a short first part: hyphenation
        (["vård och om-", "sorg"], "vård och omsorg"),
        (["som in-", "ryms i myndigheten"], "som inryms i myndigheten"),
        (["planer. In-", "venteringar"], "planer. Inventeringar"),
        (["via e-", "post"], "via e-post"),  # a word written with its hyphen
        (["en tv-", "serie"], "en tv-serie"),
        (["av icke-", "konfessionell natur"], "av icke-konfessionell natur"),
        (["förändringar så-", "som en ny lag"], "förändringar såsom en ny lag"),
        (["hälso-", "och sjukvård"], "hälso- och sjukvård"),
        (["för 2022–", "2023"], "för 2022–2023"),
    ],
)
def test_hyphenation_at_a_line_end(lines: list[str], joined: str) -> None:
    assert join_lines(lines) == joined


REPORT_BLOCKS = (
    Block("heading", "1 Inledning", level=2),
    Block("paragraph", "Regeringen gav 2021 IVO i uppdrag att granska hemtjänsten och föreslå åtgärder."),
    Block("paragraph", "Tidigare studier visar att kommunerna brister i uppföljningen."),
    Block("heading", "2 Iakttagelser", level=2),
    Block("paragraph", "En av tre kommuner saknar rutiner för uppföljning av hemtjänsten."),
    Block("heading", "3 Rekommendationer", level=2),
    Block("paragraph", "Utifrån granskningen lämnar vi följande rekommendationer."),
    Block("list_item", "Kommunerna bör ta fram rutiner för uppföljning."),
)


def test_a_report_with_its_own_sections_keeps_its_kinds_to_them() -> None:
    """In a PDF report, a proposal or study recounted in the background is no finding nor
    recommendation of the report's; its own sections' passages are."""
    kinds = [p.kind for p in extract_passages(Document(format="pdf", blocks=REPORT_BLOCKS))]
    assert kinds == ["other", "other", "finding", "other", "recommendation"]
    # Elsewhere (a government page) the assignment is what the page calls for.
    page = [p.kind for p in extract_passages(Document(format="html", blocks=REPORT_BLOCKS))]
    assert page[0] == "recommendation"
