"""A file's name does not decide what it is: a PDF's /Title that is a file name gives way
to the first heading, and text saved under a .pdf name is read as text."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from kb.errors import ParseError
from kb.parse import parse_bytes

FORMATS = Path(__file__).parent / "fixtures" / "formats"
_spec = importlib.util.spec_from_file_location("make_fixtures", FORMATS / "make_fixtures.py")
assert _spec and _spec.loader
make_fixtures = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(make_fixtures)

HEADING = "Uppföljning av placerade barn i kommunerna"


def _pdf(title: str) -> bytes:
    lines = [
        (72, 760, 20, HEADING, True),
        (72, 720, 11, "Socialtjänsten behöver följa upp placerade barn oftare.", False),
        (72, 704, 11, "Kommunerna bör se över sina rutiner för uppföljning.", False),
    ]
    return make_fixtures.build_pdf([lines], {"Title": title})


@pytest.mark.parametrize(
    "metadata_title",
    [
        "d0.html",
        "Microsoft Word - rapport.docx",
        "untitled",
        "rapport_final_v3",
        "C:\\Users\\anna\\Documents\\rapport",
        "slutrapport.indd",
    ],
)
def test_a_file_name_title_gives_way_to_the_first_heading(metadata_title: str) -> None:
    (document,) = parse_bytes(_pdf(metadata_title), "rapport.pdf")
    assert document.title == HEADING


@pytest.mark.parametrize(
    "metadata_title", ["Socialtjänst på distans", "SOU 2020:47 Hållbar socialtjänst"]
)
def test_a_real_metadata_title_is_kept(metadata_title: str) -> None:
    (document,) = parse_bytes(_pdf(metadata_title), "rapport.pdf")
    assert document.title == metadata_title


def test_text_named_pdf_is_read_as_text() -> None:
    data = "Rapport om hemtjänsten\n\nKommunerna bör stärka hemtjänsten.\n".encode()
    (document,) = parse_bytes(data, "rapport.pdf")
    assert document.format == "text" and document.title == "Rapport om hemtjänsten"
    assert "Kommunerna bör stärka hemtjänsten." in [b.text for b in document.blocks]


def test_binary_named_pdf_is_still_refused() -> None:
    with pytest.raises(ParseError, match="not a PDF"):
        parse_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20, "bild.pdf")
