"""PDF reader: paragraphs rebuilt from positioned lines, each block keeping its page.

pypdf gives the text of each line with its position and font size (through
its text visitor). From those, this module drops running headers, footers and
page numbers, joins the lines of a paragraph (and words hyphenated at a line
end), and tells headings from body text by their size or weight.
"""

from __future__ import annotations

import io
import logging
import re
import statistics
import unicodedata
import warnings
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from pypdf import PageObject, PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError, WrongPasswordError

from kb.errors import ParseError
from kb.models import Block, Document
from kb.vocab import PDF_PAGE_WORDS, PDF_PLACEHOLDER_TITLES, SUSPENDED_HYPHEN_WORDS

log = logging.getLogger(__name__)

# A line this much larger than body text is a heading (body 11 pt, headings
# 13 pt and up in the agency reports read while writing this).
_HEADING_RATIO = 1.15
# A vertical gap this many times the usual line spacing starts a new paragraph.
_PARAGRAPH_GAP = 1.4
# Header and footer lines are looked for among this many lines at each page
# edge, and only within this share of the page height from its top or bottom.
_EDGE_LINES = 3
_EDGE_ZONE = 0.12
# A line repeated at the page edge on at least this share of pages is running.
_RUNNING_SHARE = 0.5
_MAX_HEADING_CHARS = 120

# Bullet glyphs, including the private-use ones Word's Symbol font maps to. A
# dash is not among them: a dash-led paragraph is a quote in Swedish news text.
_BULLET = re.compile(r"^(?:[•●▪■◦‣·*\uf0b7\uf0a7\uf076]|\d{1,2}[.)])\s+")
_ORDERED = re.compile(r"^\d{1,2}[.)]\s+")
_SENTENCE_END = re.compile(r"[.!?…:;]['’”\")]?$")
_PAGE_WORDS = "|".join(re.escape(w) for w in PDF_PAGE_WORDS)
_PAGE_NUMBER = re.compile(
    rf"^[-–—\s]*(?:(?:{_PAGE_WORDS})\s*)?(?:\d{{1,4}}|[ivxl]{{1,6}})"
    r"(?:\s*(?:av|of|/)\s*\d{1,4}|\s*\(\d{1,4}\))?[-–—\s]*$",
    re.I,
)
_DIGITS = re.compile(r"\d+")
# A table-of-contents entry: dot leaders before a page number.
_TOC_ENTRY = re.compile(r"(?:\.\s?){4,}\s*\d{1,4}$|…{2,}\s*\d{1,4}$")
_LIGATURES = str.maketrans({c: unicodedata.normalize("NFKC", c) for c in "ﬀﬁﬂﬃﬄﬅﬆ"})
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u00ad\ufeff]")
_PDF_DATE = re.compile(r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?")


@dataclass
class _Line:
    """One line of text on a page, with where and how large it is drawn."""

    text: str
    page: int
    x: float
    y: float
    size: float
    bold: bool
    bottom: float = 0.0  # the page's lower and upper edge (its media box)
    top: float = 842.0


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
    lines = [line for page in pages for line in page]
    if not lines:
        raise ParseError("no text layer (scanned PDF?)")
    lines = _drop_running_lines(pages)
    blocks = _build_blocks(lines)
    title = info.get("title", "")
    if not title:
        title = next((b.text for b in blocks if b.kind == "heading"), "")
    return [
        Document(
            title=title,
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


def _read_pages(reader: PdfReader) -> list[list[_Line]]:
    """Every page's lines, in the order pypdf extracts them."""
    pages: list[list[_Line]] = []
    try:
        for number, page in enumerate(reader.pages, start=1):
            pages.append(_page_lines(page, number))
    except (FileNotDecryptedError, WrongPasswordError, DependencyError) as exc:
        raise ParseError(f"encrypted PDF ({_reason(exc)})") from exc
    except Exception as exc:  # see _open: any pypdf failure here is damage
        raise ParseError(f"corrupt PDF (page {len(pages) + 1}: {_reason(exc)})") from exc
    return pages


def _page_lines(page: PageObject, number: int) -> list[_Line]:
    """The lines of one page: pypdf's text split on its line breaks, positioned."""
    lines: list[_Line] = []
    parts: list[str] = []
    # Where the line starts, and how many characters each (size, bold) style
    # covers: a line takes the style of most of its text, not of a bullet glyph.
    start: list[tuple[float, float]] = []
    styles: Counter[tuple[float, bool]] = Counter()

    def end_line() -> None:
        text = _clean(" ".join("".join(parts).split()))
        if text and start:
            (size, bold), _ = styles.most_common(1)[0]
            lines.append(_Line(text, number, start[0][0], start[0][1], size, bold))
        parts.clear()
        start.clear()
        styles.clear()

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        for i, piece in enumerate(text.split("\n")):
            if i:
                end_line()
            if piece.strip():
                x, y, rendered, bold = _position(cm, tm, font, size)
                if not start:
                    start.append((x, y))
                styles[(rendered, bold)] += len(piece.strip())
            parts.append(piece)

    page.extract_text(visitor_text=visit)
    end_line()
    box = page.mediabox
    for line in lines:
        line.bottom, line.top = float(box.bottom), float(box.top)
    return lines


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
        meta = reader.metadata or {}
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
    if date := _PDF_DATE.match(raw["/CreationDate"]):
        year, month, day = date.groups()
        if 1990 <= int(year) <= 2100:
            info["date"] = "-".join(p for p in (year, month, day) if p)
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


def _edge_lines(page: list[_Line]) -> list[_Line]:
    """The few lines nearest the top and bottom of a page, where headers and footers sit."""
    by_height = sorted(page, key=lambda line: -line.y)
    top = [
        ln for ln in by_height[:_EDGE_LINES] if ln.top - ln.y <= (ln.top - ln.bottom) * _EDGE_ZONE
    ]
    bottom = [
        ln
        for ln in by_height[-_EDGE_LINES:]
        if ln.y - ln.bottom <= (ln.top - ln.bottom) * _EDGE_ZONE
    ]
    return top + [ln for ln in bottom if ln not in top]


def _running_key(line: _Line) -> str:
    """A line's text with its numbers blanked, so "Sida 3" and "Sida 4" compare equal."""
    return _DIGITS.sub("#", line.text.lower())


def _drop_running_lines(pages: list[list[_Line]]) -> list[_Line]:
    """All lines but running headers, footers and page numbers."""
    edges = [_edge_lines(page) for page in pages]
    seen = Counter(key for edge in edges for key in {_running_key(line) for line in edge})
    needed = max(2, round(len(pages) * _RUNNING_SHARE))
    running = {key for key, count in seen.items() if count >= needed}
    kept: list[_Line] = []
    for page, edge in zip(pages, edges, strict=True):
        edge_ids = {id(line) for line in edge}
        for line in page:
            at_edge = id(line) in edge_ids
            if at_edge and (_running_key(line) in running or _PAGE_NUMBER.match(line.text)):
                continue
            if _TOC_ENTRY.search(line.text):
                continue
            kept.append(line)
    return kept


def _body_size(lines: list[_Line]) -> float:
    """The font size most of the text is set in."""
    weights: Counter[float] = Counter()
    for line in lines:
        weights[line.size] += len(line.text)
    return weights.most_common(1)[0][0] if weights else 0.0


def _line_spacing(lines: list[_Line], body: float) -> float:
    """The usual distance between consecutive body lines."""
    gaps = [
        prev.y - line.y
        for prev, line in zip(lines, lines[1:], strict=False)
        if prev.page == line.page and prev.size == line.size == body and prev.y - line.y > 0
    ]
    return statistics.median(gaps) if gaps else body * 1.2


def _is_heading_line(line: _Line, body: float) -> bool:
    """Larger or bold text, short and not ending a sentence ("2.1 Metod" may be numbered)."""
    if len(line.text) > _MAX_HEADING_CHARS or line.text.endswith((",", ";")):
        return False
    if line.text.endswith(".") and not _ORDERED.fullmatch(line.text + " "):
        return False
    if line.size >= body * _HEADING_RATIO:
        return True
    return line.bold and line.size >= body * 0.95 and not _BULLET.match(line.text)


def _starts_new_block(first: _Line, prev: _Line, line: _Line, body: float, spacing: float) -> bool:
    """Whether a line begins a new paragraph rather than continuing the previous one."""
    if _BULLET.match(line.text) or line.bold != prev.bold:
        return True
    if _BULLET.match(first.text) and line.page == first.page and line.x <= first.x + 1:
        return True  # a list item's own lines hang indented after its bullet
    if abs(line.size - prev.size) > max(line.size, prev.size) * (_HEADING_RATIO - 1):
        return True
    if line.page != prev.page or line.y > prev.y:
        # A new page or column: the paragraph goes on only mid-sentence.
        return bool(_SENTENCE_END.search(prev.text)) or not line.text[:1].islower()
    return prev.y - line.y > spacing * _PARAGRAPH_GAP * max(1.0, line.size / body)


def _group(lines: list[_Line], body: float) -> Iterator[list[_Line]]:
    """Lines grouped into paragraphs, list items and headings."""
    spacing = _line_spacing(lines, body)
    group: list[_Line] = []
    for line in lines:
        if group and _starts_new_block(group[0], group[-1], line, body, spacing):
            yield group
            group = []
        group.append(line)
    if group:
        yield group


def _heading_levels(groups: list[list[_Line]], body: float) -> dict[float, int]:
    """Heading level by font size: the largest size is level 1."""
    sizes = sorted({g[0].size for g in groups if g[0].size >= body * _HEADING_RATIO}, reverse=True)
    return {size: min(level, 6) for level, size in enumerate(sizes, start=1)}


def _build_blocks(lines: list[_Line]) -> list[Block]:
    """Blocks from lines: joined paragraphs, list items and headings with levels."""
    body = _body_size(lines)
    groups = list(_group(lines, body))
    levels = _heading_levels(groups, body)
    bold_level = min(len(levels) + 1, 6) if levels else 2
    blocks: list[Block] = []
    for group in groups:
        first = group[0]
        text = join_lines([line.text for line in group])
        if not text:
            continue
        if len(group) <= 3 and all(_is_heading_line(line, body) for line in group):
            level = levels.get(first.size, bold_level)
            blocks.append(Block("heading", text, level=level, page=first.page))
        elif bullet := _BULLET.match(text):
            blocks.append(
                Block(
                    "list_item",
                    text[bullet.end() :],
                    page=first.page,
                    ordered=bool(_ORDERED.match(text)),
                )
            )
        else:
            blocks.append(Block("paragraph", text, page=first.page))
    return blocks


def join_lines(lines: list[str]) -> str:
    """Join a paragraph's lines, mending words hyphenated at a line end.

    "social-" + "tjänsten" gives "socialtjänsten"; "LSS-" + "insatser" keeps
    its hyphen (an abbreviation before it), as do "covid-" + "19" and
    "e-" + "post"; "hälso-" + "och sjukvård" keeps "hälso- och".
    """
    text = ""
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if not text:
            text = line
        elif text.endswith(("-", "‐")) and not text.endswith((" -", " ‐")):
            text = text[:-1] + _hyphen_join(text[:-1], line)
        else:
            text = f"{text} {line}"
    return text


def _hyphen_join(left: str, right: str) -> str:
    """What goes between a line ending in a hyphen and the next line."""
    word = re.split(r"[\s/(]", left)[-1]
    next_word = right.split(maxsplit=1)[0].lower() if right.split() else ""
    if next_word.strip(",.") in SUSPENDED_HYPHEN_WORDS:
        return "- " + right  # "hälso- och sjukvård": a suspended compound
    if len(word) <= 2 or not word[-1:].islower() or not right[:1].islower():
        return "-" + right  # "LSS-insatser", "covid-19", "e-post"
    if word.isupper() or any(ch.isdigit() for ch in word):
        return "-" + right
    return right
