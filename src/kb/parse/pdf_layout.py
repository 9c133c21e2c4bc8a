"""PDF layout: positioned lines -> blocks, as a reader reads the page.

Running headers, footers and page numbers go; a contents page goes; footnotes
leave the text flow and follow the paragraph they interrupt; a table's rows
become one block of cells; a figure or table caption is a block of its own;
lines join into paragraphs (over a page or column break too, when the sentence
goes on) and hyphenated words are mended.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from wordfreq import zipf_frequency

from kb.models import Block
from kb.parse.settings import (
    COVER_RATIO,
    EDGE_LINES,
    EDGE_ZONE,
    HEADING_RATIO,
    KNOWN_WORD_ZIPF,
    NOTE_GAP,
    NOTE_RATIO,
    PARAGRAPH_GAP,
    PDF_HEADING_MAX,
    RUNNING_SHARE,
)
from kb.parse.vocab import (
    HYPHEN_PREFIXES,
    PDF_CAPTION_WORDS,
    PDF_CONTENTS_HEADINGS,
    PDF_PAGE_WORDS,
    SUSPENDED_HYPHEN_WORDS,
)

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
# A table-of-contents entry: dot leaders before a page number, or (on a
# contents page) a short line ending in a page number.
_TOC_ENTRY = re.compile(r"(?:\.\s?){4,}\s*\d{1,4}$|…{2,}\s*\d{1,4}$")
_TOC_PLAIN = re.compile(r"^(?:\d+(?:\.\d+)*\.?\s+)?\D.{1,100}?\s\d{1,4}$")
_CONTENTS = re.compile(rf"^(?:{'|'.join(PDF_CONTENTS_HEADINGS)})$", re.I)
_CAPTION = re.compile(rf"^(?:{'|'.join(PDF_CAPTION_WORDS)})\s+\d+(?:[.:]\d+)*[.:]?\s", re.I)
_NOTE_START = re.compile(r"^\d{1,3}\s*\S|^[*†]\s*\S")


@dataclass
class Line:
    """One line of text on a page, with where and how large it is drawn."""

    text: str
    page: int
    x: float
    y: float
    size: float
    bold: bool
    bottom: float = 0.0  # the page's lower and upper edge (its media box)
    top: float = 842.0
    cells: tuple[str, ...] = ()  # the line's text split at wide gaps (a table row's cells)
    note: bool = False  # a footnote, out of the text flow
    note_mark: bool = False  # starts with a small raised number, as a footnote does
    refs: tuple[str, ...] = ()  # footnote marks (small raised numbers) taken out of the line
    row: bool = False  # a table row (mark_rows)


def cover_title(lines: list[Line], body: float) -> str:
    """The largest text on the first page, when it is set as a title is (far above body size)."""
    first = [line for line in lines if line.page == 1]
    if not first or not body:
        return ""
    largest = max(line.size for line in first)
    if largest < body * COVER_RATIO:
        return ""
    run: list[str] = []
    for line in first:
        if abs(line.size - largest) <= 0.5:
            run.append(line.text)
        elif run:
            break
    return join_lines(run) if len(run) <= 6 else ""


def body_size(lines: list[Line]) -> float:
    """The font size most of the text is set in."""
    weights: Counter[float] = Counter()
    for line in lines:
        weights[line.size] += len(line.text)
    return weights.most_common(1)[0][0] if weights else 0.0


def _edge_lines(page: list[Line]) -> list[Line]:
    """The few lines nearest the top and bottom of a page, where headers and footers sit."""
    by_height = sorted(page, key=lambda line: -line.y)
    top = [
        ln for ln in by_height[:EDGE_LINES] if ln.top - ln.y <= (ln.top - ln.bottom) * EDGE_ZONE
    ]
    bottom = [
        ln
        for ln in by_height[-EDGE_LINES:]
        if ln.y - ln.bottom <= (ln.top - ln.bottom) * EDGE_ZONE
    ]
    return top + [ln for ln in bottom if ln not in top]


def _running_key(line: Line) -> str:
    """A line's text with its numbers blanked, so "Sida 3" and "Sida 4" compare equal."""
    return _DIGITS.sub("#", line.text.lower())


def drop_running_lines(pages: list[list[Line]]) -> list[list[Line]]:
    """Every page without its running headers, footers and page numbers."""
    edges = [_edge_lines(page) for page in pages]
    seen = Counter(key for edge in edges for key in {_running_key(line) for line in edge})
    needed = max(2, round(len(pages) * RUNNING_SHARE))
    running = {key for key, count in seen.items() if count >= needed}
    kept: list[list[Line]] = []
    for page, edge in zip(pages, edges, strict=True):
        edge_ids = {id(line) for line in edge}
        kept.append(
            [
                line
                for line in page
                if not (
                    id(line) in edge_ids
                    and (_running_key(line) in running or _PAGE_NUMBER.match(line.text))
                )
            ]
        )
    return kept


def drop_contents(page: list[Line]) -> list[Line]:
    """A page without its table of contents: the "Innehåll" heading and every entry."""
    dotted = sum(bool(_TOC_ENTRY.search(line.text)) for line in page)
    titled = any(_CONTENTS.match(line.text.strip(" :")) for line in page)
    if not titled and dotted < 3:
        return [line for line in page if not _TOC_ENTRY.search(line.text)]
    return [
        line
        for line in page
        if not (
            _CONTENTS.match(line.text.strip(" :"))
            or _TOC_ENTRY.search(line.text)
            or (_TOC_PLAIN.match(line.text) and not _SENTENCE_END.search(line.text[:-4]))
        )
    ]


def mark_notes(page: list[Line], body: float) -> None:
    """Mark the footnotes of a page: below all its body text, led by a number, and
    set smaller or led by a raised number."""
    refs = {ref: (i, line.y) for i, line in enumerate(page) for ref in line.refs}
    marked = [line.y for line in page if line.note_mark]
    for i, line in enumerate(page):
        number = re.match(r"(\d{1,3})\s", line.text)
        if not (number and number[1] in refs and i > refs[number[1]][0]):
            continue
        # "1 Se …" drawn after and below the text marking note 1, set apart from the
        # line before it (a line of text that starts with "1 500 000 kronor" is not).
        gap = page[i - 1].y - line.y
        if line.y < refs[number[1]][1] and (gap > line.size * NOTE_GAP or gap < 0):
            marked.append(line.y)
    if marked:
        # From the first note on, in drawing order: in two columns the first
        # column's last lines may sit as low as the notes.
        top = max(marked)
        start = next(i for i, line in enumerate(page) if line.y == top)
        for line in page[start:]:
            if line.y <= top:
                line.note = True
        return
    body_lines = [line.y for line in page if line.size >= body * NOTE_RATIO]
    if not body_lines:
        return
    floor = min(body_lines)
    below = [ln for ln in page if ln.y < floor and ln.size < body * NOTE_RATIO]
    below.sort(key=lambda line: -line.y)
    if below and _NOTE_START.match(below[0].text) and not _CAPTION.match(below[0].text):
        for line in below:
            line.note = True


def _line_spacing(lines: list[Line], body: float) -> float:
    """The usual distance between consecutive body lines."""
    gaps = [
        prev.y - line.y
        for prev, line in zip(lines, lines[1:], strict=False)
        if prev.page == line.page and prev.size == line.size == body and prev.y - line.y > 0
    ]
    return statistics.median(gaps) if gaps else body * 1.2


def _is_heading_line(line: Line, body: float) -> bool:
    """Larger or bold text, short and not ending a sentence ("2.1 Metod" may be numbered)."""
    if len(line.text) > PDF_HEADING_MAX or line.text.endswith((",", ";")):
        return False
    if line.text.endswith(".") and not _ORDERED.fullmatch(line.text + " "):
        return False
    if _CAPTION.match(line.text):
        return False
    if line.size >= body * HEADING_RATIO:
        return True
    return line.bold and line.size >= body * 0.95 and not _BULLET.match(line.text)


def _has_cells(line: Line) -> bool:
    """A line of short cells set apart by wide gaps."""
    return len(line.cells) >= 2 and all(len(cell) <= 40 for cell in line.cells)


def mark_rows(page: list[Line]) -> None:
    """Mark a page's table rows: lines of cells next to another such line with as many
    cells (one line with a wide gap in it is no table)."""
    for prev, line in zip(page, page[1:], strict=False):
        if _has_cells(prev) and _has_cells(line) and len(prev.cells) == len(line.cells):
            prev.row = line.row = True


def _is_table_row(line: Line) -> bool:
    """A row of a table (see mark_rows)."""
    return line.row


def _starts_new_block(first: Line, prev: Line, line: Line, body: float, spacing: float) -> bool:
    """Whether a line begins a new paragraph rather than continuing the previous one."""
    if _is_table_row(line) and _is_table_row(prev):
        return line.page != prev.page  # a header row is bold, the body rows not
    if _BULLET.match(line.text) or line.bold != prev.bold or _CAPTION.match(line.text):
        return True
    if _is_table_row(line) != _is_table_row(prev):
        return True
    if _CAPTION.match(first.text) and _SENTENCE_END.search(prev.text):
        return True
    if _BULLET.match(first.text) and line.page == first.page and line.x <= first.x + 1:
        return True  # a list item's own lines hang indented after its bullet
    if abs(line.size - prev.size) > max(line.size, prev.size) * (HEADING_RATIO - 1):
        return True
    if line.page != prev.page or line.y > prev.y:
        # A new page or column: the paragraph goes on only mid-sentence (one
        # broken exactly at a full stop is not told from two paragraphs: where
        # the last line ends, in characters, did not tell them apart).
        if _is_table_row(line):
            return line.page != prev.page
        return bool(_SENTENCE_END.search(prev.text)) or _is_heading_line(line, body)
    return prev.y - line.y > spacing * PARAGRAPH_GAP * max(1.0, line.size / body)


def _group(lines: list[Line], body: float) -> Iterator[list[Line]]:
    """Lines grouped into paragraphs, list items, headings and tables; notes after
    the paragraph they interrupt."""
    flow = [line for line in lines if not line.note]
    spacing = _line_spacing(flow, body)
    group: list[Line] = []
    notes: list[list[Line]] = []
    for line in lines:
        if line.note:
            if _NOTE_START.match(line.text) or not notes:
                notes.append([])
            notes[-1].append(line)
            continue
        if group and _starts_new_block(group[0], group[-1], line, body, spacing):
            yield group
            yield from notes
            notes, group = [], []
        group.append(line)
    if group:
        yield group
    yield from notes


def _heading_levels(groups: list[list[Line]], body: float) -> dict[float, int]:
    """Heading level by font size: the largest size is level 1."""
    sizes = sorted({g[0].size for g in groups if g[0].size >= body * HEADING_RATIO}, reverse=True)
    return {size: min(level, 6) for level, size in enumerate(sizes, start=1)}


def build_blocks(lines: list[Line], body: float) -> list[Block]:
    """Blocks from lines: joined paragraphs, list items, tables and headings with levels."""
    groups = list(_group(lines, body))
    levels = _heading_levels(groups, body)
    bold_level = min(len(levels) + 1, 6) if levels else 2
    blocks: list[Block] = []
    for group in groups:
        first = group[0]
        if _is_table_row(first) and not first.note:
            text = "\n".join(" | ".join(line.cells) for line in group)
            blocks.append(Block("table", text, page=first.page))
            continue
        text = join_lines([line.text for line in group])
        if not text:
            continue
        if first.note or _CAPTION.match(text):
            blocks.append(Block("note" if first.note else "caption", text, page=first.page))
            continue
        most = 6 if first.size >= body * COVER_RATIO else 3
        if len(group) <= most and all(_is_heading_line(line, body) for line in group):
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
    # The text in pieces, joined once: adding each line to the whole text copied it every
    # time (a list item of 160,000 hanging lines took 90 s; a review).
    pieces: list[str] = []
    for line in lines:
        line = line.strip()
        if not line:
            continue
        tail = pieces[-1] if pieces else ""
        if not pieces:
            pieces.append(line)
        elif tail.endswith(("-", "‐")) and not tail.endswith((" -", " ‐")):
            # The word broken at the line end, read in the last pieces (a line may be one
            # fragment of it).
            left = "".join(pieces[-3:])[:-1]
            pieces[-1] = tail[:-1]
            pieces.append(_hyphen_join(left, line))
        elif tail.endswith(("–", "/")) and not tail.endswith((" –", " /")):
            pieces.append(line)  # "2022–" + "2023": a range or pair broken after its dash
        else:
            pieces.append(" " + line)
    return "".join(pieces)


def _hyphen_join(left: str, right: str) -> str:
    """What goes between a line ending in a hyphen and the next line."""
    word = re.split(r"[\s/(]", left)[-1]
    letters = re.search(r"[^\W\d_]*$", word)
    part = letters[0] if letters else ""  # the letters after any hyphen or quote
    next_word = right.split(maxsplit=1)[0] if right.split() else ""
    whole = _word_frequency(word.split("-")[-1] + next_word)
    if next_word.lower().strip(",.") in SUSPENDED_HYPHEN_WORDS and whole < KNOWN_WORD_ZIPF:
        return "- " + right  # "hälso- och sjukvård": a suspended compound ("så- som" is "såsom")
    if word.isupper() or any(ch.isdigit() for ch in word) or not right[:1].islower():
        return "-" + right  # "LSS-insatser", "covid-19"
    if not part or not part[-1:].islower() or part.lower() in HYPHEN_PREFIXES:
        return "-" + right  # "icke-konfessionell"
    # wordfreq scores a hyphenated spelling from its parts as well, so a short
    # part weighs only when the joined word is unknown.
    hyphened = _word_frequency(f"{part}-{next_word}")
    if len(part) == 1 and (whole < KNOWN_WORD_ZIPF or hyphened >= whole):
        return "-" + right  # "e-post", "p-plats"
    if len(part) == 2 and whole < KNOWN_WORD_ZIPF and not set(part.lower()) & set("aeiouyåäö"):
        return "-" + right  # "tv-serie", "cd-skiva"; but "åt-gärder", "in-ryms" are hyphenation
    return right


def _word_frequency(word: str) -> float:
    """How common a word is in Swedish (wordfreq's zipf scale, 0 for unknown)."""
    return zipf_frequency(word.strip(",.;:!?)”’\"").lower(), "sv")
