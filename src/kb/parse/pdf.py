"""PDF reader: the text layer read into positioned lines, then laid out into blocks.

pypdf gives the text of each line with its position and font size (through
its text visitor); this module reads those lines, the info dictionary and the
cover, and refuses what cannot be read (encrypted, damaged, scanned) with the
reason. kb.parse.pdf_layout turns the lines into blocks, each with its page.
"""

from __future__ import annotations

import io
import logging
import re
import unicodedata
import warnings
from collections import Counter
from collections.abc import Mapping
from typing import Any

from pypdf import PageObject, PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError, WrongPasswordError

from kb.errors import ParseError
from kb.models import Document
from kb.parse.dates import iso_date
from kb.parse.pdf_layout import (
    Line,
    body_size,
    build_blocks,
    cover_title,
    drop_contents,
    drop_running_lines,
    join_lines,
    mark_notes,
    mark_rows,
)
from kb.parse.vocab import ORGANISATION_ALIASES, PDF_PLACEHOLDER_TITLES

__all__ = ["join_lines", "parse_pdf"]

log = logging.getLogger(__name__)

# Said of a PDF with no text to read: in Swedish as well, since it is what the
# user sees in the list of files that failed.
SCANNED = "no text layer (ingen textrad: skannad PDF?)"

# A gap between two pieces of a line wider than this many times the font size
# separates table cells: measured with the glyph width below on the development
# set, cells stand 1.6–7.8 apart, a bullet from its text 1.1, body text at most 0.7.
_CELL_GAP = 1.2
# Average glyph width as a share of the font size, to estimate where a piece of
# text ends (DejaVu Sans and Liberation Serif).
_GLYPH_WIDTH = 0.5
_LIGATURES = str.maketrans({c: unicodedata.normalize("NFKC", c) for c in "ﬀﬁﬂﬃﬄﬅﬆ"})
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u00ad\ufeff]")
_PDF_DATE = re.compile(r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?")


def parse_pdf(data: bytes) -> list[Document]:
    """Read a PDF's text layer into headings, paragraphs and list items, each with its page."""
    if b"%%EOF" not in data[-2048:]:
        raise ParseError("corrupt PDF (truncated: no end-of-file marker)")
    # pypdf warns through the warnings module about damage it repairs; those
    # are not errors of ours, and tests turn warnings into errors.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        reader = _open(data)
        pages = _read_pages(reader)
        info = _read_info(reader)
    if not pages:
        raise ParseError("corrupt PDF (no pages)")
    if not any(pages):
        raise ParseError(SCANNED)
    pages = [drop_contents(page) for page in drop_running_lines(pages)]
    lines = [line for page in pages for line in page]
    body = body_size(lines)
    for page in pages:
        mark_notes(page, body)
        mark_rows(page)
    blocks = build_blocks(lines, body)
    if not blocks:
        raise ParseError(SCANNED)
    # A meaningful /Title, else what a reader takes for the title: the cover's
    # largest text, then the first heading.
    title = info.get("title", "") or cover_title(lines, body)
    if not title:
        title = next((b.text for b in blocks if b.kind == "heading"), "")
    return [
        Document(
            title=title,
            publisher=cover_publisher(lines, title),
            authors=info.get("authors", ()),
            date=info.get("date", ""),
            # The info dictionary's date is when the file was made, not
            # necessarily when it was published.
            date_certain=False,
            format="pdf",
            blocks=tuple(blocks),
        )
    ]


def _open(data: bytes) -> PdfReader:
    """Open the PDF, decrypting it when the empty user password does."""
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise ParseError("encrypted PDF (a password is needed to read it)")
        return reader
    except ParseError:
        raise
    except (FileNotDecryptedError, WrongPasswordError) as exc:
        raise ParseError("encrypted PDF (a password is needed to read it)") from exc
    except DependencyError as exc:
        raise ParseError(f"encrypted PDF (cannot decrypt: {exc})") from exc
    # pypdf reports damage through many exception types (ValueError,
    # KeyError, TypeError, zlib errors…); any of them means the file is corrupt.
    except Exception as exc:
        raise ParseError(f"corrupt PDF ({_reason(exc)})") from exc


def _reason(exc: Exception) -> str:
    """A short human reason from a pypdf exception."""
    return str(exc).strip() or type(exc).__name__


def _read_pages(reader: PdfReader) -> list[list[Line]]:
    """Every page's lines, in the order pypdf extracts them."""
    pages: list[list[Line]] = []
    try:
        for number, page in enumerate(reader.pages, start=1):
            pages.append(_page_lines(page, number))
    except (FileNotDecryptedError, WrongPasswordError, DependencyError) as exc:
        raise ParseError(f"encrypted PDF ({_reason(exc)})") from exc
    except Exception as exc:  # see _open: any pypdf failure here is damage
        raise ParseError(f"corrupt PDF (page {len(pages) + 1}: {_reason(exc)})") from exc
    return pages


def _page_lines(page: PageObject, number: int) -> list[Line]:
    """The lines of one page: pypdf's text split on its line breaks, positioned."""
    lines: list[Line] = []
    # The pieces of the line being read: position, rendered size, boldness, text.
    pieces: list[tuple[float, float, float, bool, str]] = []

    def end_line() -> None:
        if line := _line_of(pieces, number):
            lines.append(line)
        pieces.clear()

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        for i, piece in enumerate(text.split("\n")):
            if i:
                end_line()
            if piece:
                x, y, rendered, bold = _position(cm, tm, font, size)
                pieces.append((x, y, rendered, bold, piece))

    page.extract_text(visitor_text=visit)
    end_line()
    lines = _merge_rows(lines)
    box = page.mediabox
    for line in lines:
        line.bottom, line.top = float(box.bottom), float(box.top)
    return lines


def _merge_rows(lines: list[Line]) -> list[Line]:
    """Lines drawn one after another on one baseline, left to right, made one line:
    a table row whose cells the producer drew one by one (ReportLab does)."""
    merged: list[Line] = []
    for line in lines:
        prev = merged[-1] if merged else None
        if prev and abs(prev.y - line.y) < 1 and line.x > prev.x and line.size == prev.size:
            cells = (prev.cells or (prev.text,)) + (line.cells or (line.text,))
            prev.text = f"{prev.text} {line.text}"
            prev.cells = cells
            continue
        merged.append(line)
    return merged


def _line_of(pieces: list[tuple[float, float, float, bool, str]], number: int) -> Line | None:
    """One line from its pieces: the style of most of its text (not of a bullet glyph),
    footnote marks (small raised digits) dropped, cells split at wide gaps."""
    styles: Counter[tuple[float, bool]] = Counter()
    for _, _, size, bold, text in pieces:
        styles[(size, bold)] += len(text.strip())
    if not styles or not any(text.strip() for *_, text in pieces):
        return None
    (size, bold), _ = styles.most_common(1)[0]
    start = next(p for p in pieces if p[4].strip())
    kept = [
        p
        for p in pieces
        # A text rise (ReportLab's <super>) leaves the baseline where it was.
        if p is start
        or not (p[4].strip().isdigit() and p[2] <= size * 0.8 and p[1] >= start[1] - 1)
    ]
    refs = tuple(p[4].strip() for p in pieces if p not in kept)
    cells: list[str] = []
    end = None
    for x, _, piece_size, _, text in kept:
        if not text.strip():
            continue
        if cells and end is not None and x - end > piece_size * _CELL_GAP:
            cells.append(text)
        elif cells:
            cells[-1] += text
        else:
            cells.append(text)
        end = x + len(text) * piece_size * _GLYPH_WIDTH
    if len(kept) > 1 and len(start[4].strip()) == 1 and not start[4].strip().isalnum():
        # A bullet set apart from its text, maybe in a glyph with no Unicode (ReportLab's
        # subset fonts give "\x7f"): read as a bullet.
        kept = [(*start[:4], "• "), *kept[1:]]
    text = _clean(" ".join("".join(p[4] for p in kept).split()))
    if not text:
        return None
    tidy = tuple(c for c in (_clean(" ".join(cell.split())) for cell in cells) if c)
    if len(tidy) > 1 and len(tidy[0]) == 1 and not tidy[0].isalnum():
        tidy = (f"{tidy[0]} {tidy[1]}", *tidy[2:])  # a bullet and its text are one cell
    # A note at the foot of a page starts with its number set small and raised.
    marked = start[4].strip().isdigit() and start[2] <= size * 0.8 and len(kept) > 1
    return Line(
        text,
        number,
        start[0],
        start[1],
        size,
        bold,
        cells=tidy if len(tidy) > 1 else (),
        note_mark=marked,
        refs=refs,
    )


def _position(
    cm: list[float], tm: list[float], font: object, size: float
) -> tuple[float, float, float, bool]:
    """Page position, rendered font size and boldness of a text fragment."""
    a, b, c, d, e, f = (float(v) for v in cm)
    tx, ty = float(tm[4]), float(tm[5])
    x = a * tx + c * ty + e
    y = b * tx + d * ty + f
    scale = (float(tm[2]) ** 2 + float(tm[3]) ** 2) ** 0.5 * (c**2 + d**2) ** 0.5
    name = str(font.get("/BaseFont", "")) if isinstance(font, dict) else ""
    bold = any(w in name.lower() for w in ("bold", "black", "heavy", "semibold"))
    return x, y, round(float(size) * (scale or 1.0), 1), bold


def _clean(text: str) -> str:
    """Ligatures spelled out, invisible characters removed."""
    return _CONTROL.sub("", text.translate(_LIGATURES)).strip()


def _read_info(reader: PdfReader) -> dict[str, Any]:
    """Title, authors and date from the PDF's info dictionary, where they are meaningful."""
    try:
        meta: Mapping[str, Any] = reader.metadata or {}
        raw = {
            key: str(meta.get(key) or "").strip() for key in ("/Title", "/Author", "/CreationDate")
        }
    except Exception as exc:  # a damaged info dictionary must not lose the text
        log.warning("PDF info dictionary unreadable: %s", _reason(exc))
        return {}
    info: dict[str, Any] = {}
    title = " ".join(raw["/Title"].split())
    if title and not _is_placeholder_title(title):
        info["title"] = title
    if raw["/Author"]:
        authors = tuple(a.strip() for a in raw["/Author"].split(";") if a.strip())
        info["authors"] = authors
    date = _PDF_DATE.match(raw["/CreationDate"])
    # Through the one date reader (D:20211399 is no date); before 1990 a tool's default.
    iso = iso_date(*date.groups()) if date and int(date.group(1)) >= 1990 else ""
    if iso:
        info["date"] = iso
    return info


# The suffixes of the files PDFs are made from (office, layout and web formats).
_FILE_SUFFIX = re.compile(
    r"\.(docx?|dotx?|odt|ott|pdf|indd|qxp|pptx?|xlsx?|ods|rtf|txt|tex|md|s?html?|xhtml|aspx?|php)$"
)
# One "word" with a path separator, an underscore, or a dot and a short ending: a file
# name ("rapport_final_v3", "d0.html"), not a title.
_FILE_NAME = re.compile(r"\S*[\\/_]\S*|[^\s.]+(\.[^\s.]+)*\.[a-z0-9]{1,5}")


def _is_placeholder_title(title: str) -> bool:
    """Whether a PDF's /Title is a placeholder ("Microsoft Word - x.docx") or a file name."""
    lowered = title.lower()
    if _FILE_SUFFIX.search(lowered) or _FILE_NAME.fullmatch(lowered):
        return True
    return any(lowered.startswith(p) for p in PDF_PLACEHOLDER_TITLES)


def cover_publisher(lines: list[Line], title: str) -> str:
    """The publisher named in the cover's band: a known organisation on the first page."""
    for line in lines:
        if line.page != 1:
            break
        name = ORGANISATION_ALIASES.get(line.text.strip().lower())
        if name and line.text not in title:
            return name
    return ""
