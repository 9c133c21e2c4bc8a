"""Plain text and Markdown readers.

Plain text here is mostly text copied from web pages: one paragraph per
line, headings as short lines without closing punctuation, and the page's
furniture along with it (dropped by kb.parse.text_boilerplate). Text wrapped
at a fixed width is recognised and its lines joined back into paragraphs.

Markdown is read as CommonMark by markdown-it-py; kb maps its tokens to kb's
blocks and keeps two readings of its own: a lone "- " line is speech, not a
list, and "•" lines are list items.
"""

from __future__ import annotations

import re

import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token

from kb.models import Block, Document
from kb.parse.pdf import join_lines
from kb.parse.settings import HEADING_MAX, QUESTION_HEADING_MAX, WRAP_MEDIAN, WRAP_WIDTH
from kb.parse.text_boilerplate import Cleaned, clean_blocks, find_date
from kb.parse.vocab import QUOTE_SECTION_HEADINGS, SECTION_HEADINGS

# A line starting with one of these is a list item; "-" and "*" only inside a
# run of such lines, since a lone dash-led line is usually a quote.
_BULLET = re.compile(r"^\s*(?:[•●▪◦‣·]|\d{1,2}[.)]|[-*+])\s+")
_STRONG_BULLET = re.compile(r"^\s*(?:[•●▪◦‣·]|\d{1,2}[.)])\s+")
_ORDERED = re.compile(r"^\s*\d{1,2}[.)]\s+")
_CLOSING = re.compile(r"[.!…;,”\"»)]$")
# A line that speaks in the first person or ends in its speaker ("…, säger Anna Berg.").
_SPEECH = re.compile(
    r"\b(?:jag|vi|oss|mig|vårt|våra)\b|,\s+(?:säger|sa|sade|berättar)\s+\S+[^.]*\.$",
    re.IGNORECASE,
)
# The fewest words a quotation's dash paragraphs have on average: a list of short goals or
# answers in the first person ("- Vi vill sänka skatten", "- Jag hinner inte") stays a list.
_SPEECH_WORDS = 12
_SPEAKER_LINE = re.compile(r"^[A-ZÅÄÖ][\w'’-]+(?:\s+[\w'’-]+){0,4},\s+\S")
_FRONT_MATTER = re.compile(
    r"^(?:---|\+\+\+)[ \t]*\n(.*?\n)(?:---|\+\+\+|\.\.\.)[ \t]*(?:\n|$)", re.S
)
_INVISIBLE = str.maketrans(
    {"\u00a0": " ", "\u202f": " ", "\u200b": None, "\ufeff": None, "\u00ad": None}
)


def normalise_text(text: str) -> str:
    """Unix newlines, ordinary spaces for non-breaking ones, invisible characters gone."""
    return text.replace("\r\n", "\n").replace("\r", "\n").translate(_INVISIBLE)


def strip_front_matter(text: str) -> str:
    """The text without a leading YAML (or TOML) front-matter block, which is metadata."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return text
    if text.startswith("---"):
        try:
            data = yaml.safe_load(match.group(1))
        except yaml.YAMLError:
            return text
        if not isinstance(data, dict):
            return text
    return text[match.end() :]


def parse_text(text: str) -> list[Document]:
    """Read plain text: headings, paragraphs and list items, with the page's furniture dropped."""
    raw = strip_front_matter(normalise_text(text)).split("\n")
    lines = [line.strip() for line in raw]
    if not _is_wrapped(_groups(lines)):
        # Wrapping is told on the lines as written; only a text that is not wrapped as a
        # whole has its list items' hanging lines joined here (a review).
        lines = _hanging_lines_joined(raw)
    cleaned = clean_blocks(_preliminary_blocks(_units(lines)))
    blocks = _drop_alt_text(_drop_kickers(_classify(cleaned.blocks)))
    return [_document(blocks, cleaned, "text")]


def _document(blocks: list[Block], cleaned: Cleaned, fmt: str) -> Document:
    """A document whose title is its leading heading, promoted to level 1."""
    title = ""
    if blocks and blocks[0].kind == "heading":
        title = blocks[0].text
        blocks[0] = Block("heading", title, level=1)
    return Document(
        title=title,
        date=cleaned.date,
        date_certain=bool(cleaned.date),
        authors=cleaned.authors,
        format=fmt,
        blocks=tuple(blocks),
    )


def _hanging_lines_joined(raw: list[str]) -> list[str]:
    """The lines, stripped, each list item's hanging lines joined to it: "  • Vi bedömer att
    kommunstyrelsen …" then "    till revisorernas …", indented under the item's text (a
    report's text with long lines elsewhere, which is not wrapped as a whole). Not a line
    that opens a sentence after the item's last one ended, nor a numbered heading ("1.1 …")."""
    items: list[list[str]] = []  # each line, with the lines hanging under it
    item_indent = -1  # where the text of the list item the last line belongs to starts
    for line in raw:
        text = line.strip()
        indent = len(line) - len(line.lstrip())
        hangs = text and item_indent >= 0 and indent >= item_indent and not _BULLET.match(line)
        ended = items and items[-1][-1].endswith((".", "!", "?", ":")) and text[:1].isupper()
        if hangs and not ended and not _SUBSECTION.match(text):
            items[-1].append(text)
            continue
        bullet = _STRONG_BULLET.match(line) if text else None
        item_indent = bullet.end() if bullet else -1
        items.append([text])
    return [join_lines(parts) if len(parts) > 1 else parts[0] for parts in items]


_SUBSECTION = re.compile(r"^\d+\.\d+")


def _groups(lines: list[str]) -> list[list[str]]:
    """The runs of lines between blank lines."""
    groups: list[list[str]] = [[]]
    for line in lines:
        if line:
            groups[-1].append(line)
        elif groups[-1]:
            groups.append([])
    return [g for g in groups if g]


def _is_wrapped(groups: list[list[str]]) -> bool:
    """Whether the text was wrapped at a fixed width (so its lines must be joined)."""
    lines = [line for group in groups for line in group]
    wrapping = [line for group in groups if len(group) > 1 for line in group[:-1]]
    if not wrapping or max(len(line) for line in lines) > WRAP_WIDTH:
        return False
    wrapping.sort(key=len)
    return len(wrapping[len(wrapping) // 2]) >= WRAP_MEDIAN


def _units(lines: list[str]) -> list[str]:
    """Paragraph texts: each line, or blank-line separated groups when the text is wrapped."""
    groups = _groups(lines)
    if not _is_wrapped(groups):
        return [line for group in groups for line in group]
    units: list[str] = []
    for group in groups:
        para: list[str] = []
        for line in group:
            if _STRONG_BULLET.match(line) or line.startswith(("- ", "* ", "– ")):
                if para:
                    units.append(join_lines(para))
                para = [line]
            else:
                para.append(line)
        if para:
            units.append(join_lines(para))
    return units


def _preliminary_blocks(units: list[str]) -> list[Block]:
    """Paragraphs and list items, before headings are told apart."""
    blocks: list[Block] = []
    spoken = _spoken_dash_lines(units)
    for i, unit in enumerate(units):
        bullet = _BULLET.match(unit)
        if bullet and not _STRONG_BULLET.match(unit):
            # "- x" is a list item only beside another "- x" line, and not when it is
            # someone speaking: news write a quotation's paragraphs with a hyphen too ("- Vi
            # har fått en del polisanmälningar …", then "- När det kommer in …").
            neighbours = [units[j] for j in (i - 1, i + 1) if 0 <= j < len(units)]
            marker = unit.lstrip()[0]
            if not any(n.lstrip().startswith(marker + " ") for n in neighbours) or i in spoken:
                bullet = None
        if bullet:
            text = unit[bullet.end() :].strip()
            blocks.append(Block("list_item", text, ordered=bool(_ORDERED.match(unit))))
        else:
            blocks.append(Block("paragraph", unit))
    return [b for b in blocks if b.text]


def _spoken_dash_lines(units: list[str]) -> set[int]:
    """The places of the "- " lines side by side that speak (_speaks), each run read once: a
    run read again for each of its lines took 5.5 s for a list of 3,000 items."""
    spoken: set[int] = set()
    start = 0
    while start < len(units):
        end = start
        while end < len(units) and units[end].lstrip().startswith("- "):
            end += 1
        if end > start + 1 and _speaks(units[start:end]):
            spoken.update(range(start, end))
        start = max(end, start + 1)
    return spoken


def _speaks(run: list[str]) -> bool:
    """Whether dash lines side by side are someone's words, not a list: every one speaks
    (first person, or "…, säger X."), at length (news set 5: "- Vi har fått en del
    polisanmälningar där …" and the paragraph before it were list items)."""
    words = sum(len(line.split()) for line in run) / len(run)
    return words >= _SPEECH_WORDS and all(_SPEECH.search(line) for line in run)


def is_heading_line(line: str, next_block: Block | None) -> bool:
    """A short line without closing punctuation, followed by more text."""
    if next_block is None or not line or len(line) > HEADING_MAX:
        return False
    if line[0] in "–—−-”\"«»'’(" or find_date(line):
        return False
    if line.endswith("?"):
        return len(line) <= QUESTION_HEADING_MAX
    return line.endswith(":") or not _CLOSING.search(line)


def _classify(blocks: list[Block]) -> list[Block]:
    """Headings told from paragraphs; quote blocks with speaker lines under a "Citat" heading."""
    out: list[Block] = []
    in_quotes = False
    for i, block in enumerate(blocks):
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if block.kind != "paragraph":
            out.append(block)
            in_quotes = False
            continue
        text = block.text
        if in_quotes:
            if _SPEAKER_LINE.match(text) and not text.endswith("."):
                out.append(Block("paragraph", text))
                continue
            if _CLOSING.search(text) or text.endswith("?"):
                out.append(Block("quote", text.strip('”"»« ')))
                continue
            in_quotes = False
        if is_heading_line(text, nxt):
            heading = text.rstrip(":").strip()
            out.append(Block("heading", heading, level=2))
            in_quotes = heading.casefold() in QUOTE_SECTION_HEADINGS
        else:
            out.append(block)
    return out


def _is_tag_line(block: Block) -> bool:
    """A category label such as "Arbetsliv Arbetsmiljö": a few capitalised words."""
    words = block.text.split()
    return (
        block.kind == "heading"
        and len(words) <= 4
        and ":" not in block.text
        and all(w[:1].isupper() for w in words)
    )


def _drop_kickers(blocks: list[Block]) -> list[Block]:
    """Category labels printed above the title."""
    while len(blocks) > 1 and blocks[1].kind == "heading" and _is_tag_line(blocks[0]):
        blocks = blocks[1:]
    return blocks


def _drop_alt_text(blocks: list[Block]) -> list[Block]:
    """An image's alt text between the title and the lead ("Man i rullstol på balkong")."""
    if len(blocks) < 3 or blocks[0].kind != "heading" or blocks[1].kind != "heading":
        return blocks
    title, candidate, lead = blocks[0], blocks[1], blocks[2]
    text = candidate.text
    if (
        lead.kind == "paragraph"
        and len(text) < len(title.text)
        and len(text.split()) >= 3
        and not any(ch.isdigit() for ch in text)
        and not text.endswith(("?", ":"))
        and text.casefold() not in SECTION_HEADINGS
    ):
        return [title, *blocks[2:]]
    return blocks


_MD_HTML = re.compile(r"<!--.*?-->|</?[A-Za-z][^>]*>", re.S)
_MD_FOOTNOTE = re.compile(r"\[\^[^\]]+\]")
# A link CommonMark leaves as text because its address has a space ("[08-405 10 00](tel:08-405
# 10 00)" in regeringen.se's exports): its text is kept, as for any link.
_MD_LOOSE_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
# CommonMark, with the tables and strikethrough that exported press releases use.
_MARKDOWN = MarkdownIt("commonmark").enable(["table", "strikethrough"])


def parse_markdown(text: str) -> list[Document]:
    """Read Markdown: headings, paragraphs, list items and block quotes, furniture dropped."""
    text = _MD_HTML.sub("", strip_front_matter(normalise_text(text)))
    cleaned = clean_blocks(_markdown_blocks(text))
    blocks = cleaned.blocks
    title = next((b.text for b in blocks if b.kind == "heading"), "")
    return [
        Document(
            title=title,
            date=cleaned.date,
            date_certain=bool(cleaned.date),
            authors=cleaned.authors,
            format="markdown",
            blocks=tuple(blocks),
        )
    ]


def _is_speech_dash_line(lines: list[str], n: int) -> bool:
    """Whether a "- " line is a dash of speech, not a bullet: the line stands alone.

    Press releases type the speech dash as a hyphen ("- Vi måste …, säger
    ministern."), which Markdown reads as a list item; a real list keeps its
    items on consecutive lines. So a hyphen line with no bullet line directly
    above or below it is a paragraph that opens with a dash (a one-item list
    of a real bullet is rare and reads the same as a paragraph).
    """
    if not lines[n].lstrip().startswith("- "):
        return False
    neighbours = [lines[i] for i in (n - 1, n + 1) if 0 <= i < len(lines)]
    return not any(_BULLET.match(line.strip()) for line in neighbours if line.strip())


def _inline_lines(token: Token) -> list[str]:
    """The plain text of an inline token, line by line: links keep their text, images and HTML go."""
    lines: list[str] = [""]
    for child in token.children or ():
        if child.type in ("text", "code_inline"):
            lines[-1] += child.content
        elif child.type in ("softbreak", "hardbreak"):
            lines.append("")
    cleaned = (" ".join(_MD_LOOSE_LINK.sub(r"\1", _MD_FOOTNOTE.sub("", x)).split()) for x in lines)
    return [line for line in cleaned if line]


def _paragraph_blocks(lines: list[str], kind: str, ordered: bool) -> list[Block]:
    """A paragraph's blocks: kb also reads lines opening with "•" or "2." as list items,
    as text pasted from Word has them, where CommonMark sees one paragraph."""
    blocks: list[Block] = []
    para: list[str] = []
    para_kind, para_ordered = kind, ordered
    for line in [*lines, ""]:
        bullet = _STRONG_BULLET.match(line)
        if (bullet or not line) and para:
            blocks.append(Block(para_kind, " ".join(para), ordered=para_ordered))
            para = []
        if bullet:
            para_kind, para_ordered = "list_item", bool(_ORDERED.match(line))
            line = line[bullet.end() :].strip()
        if line:
            para.append(line)
    return blocks


def _markdown_blocks(text: str) -> list[Block]:
    """Blocks of a Markdown text, in order: markdown-it-py's tokens mapped to kb's blocks."""
    lines = text.split("\n")
    blocks: list[Block] = []
    # The innermost open container: "quote", or a list item ("ordered"/"bullet"),
    # or a list item read as a paragraph that opens with a speech dash ("speech").
    containers: list[str] = []
    ordered: list[bool] = []
    row: list[str] = []
    tokens = _MARKDOWN.parse(text)
    for i, token in enumerate(tokens):
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            ordered.append(kind == "ordered_list_open")
        elif kind in ("bullet_list_close", "ordered_list_close"):
            ordered.pop()
        elif kind == "list_item_open":
            first = token.map[0] if token.map else -1
            speech = token.markup == "-" and first >= 0 and _is_speech_dash_line(lines, first)
            containers.append("speech" if speech else "item")
        elif kind == "blockquote_open":
            containers.append("quote")
        elif kind in ("list_item_close", "blockquote_close"):
            containers.pop()
        elif kind == "heading_open":
            if content := " ".join(_inline_lines(tokens[i + 1])):
                blocks.append(Block("heading", content, level=int(token.tag[1])))
        elif kind in ("th_open", "td_open"):
            row.append(" ".join(_inline_lines(tokens[i + 1])))
        elif kind == "tr_close":
            if content := " ".join(" | ".join(row).split()):
                blocks.append(Block("table", content))  # a row, as a PDF's table is read
            row.clear()
        elif kind in ("paragraph_open", "fence", "code_block"):
            if kind == "paragraph_open":
                lines_of = _inline_lines(tokens[i + 1])
            else:  # code is kept as text: press releases indent quotes by accident
                lines_of = [" ".join(line.split()) for line in token.content.split("\n")]
            where = containers[-1] if containers else ""
            if where == "speech" and lines_of:
                lines_of[0] = "- " + lines_of[0]
            kind_of = {"item": "list_item", "quote": "quote"}.get(where, "paragraph")
            blocks.extend(_paragraph_blocks(lines_of, kind_of, bool(ordered and ordered[-1])))
    return blocks
