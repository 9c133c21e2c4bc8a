"""Plain text and Markdown readers.

Plain text here is mostly text copied from web pages: one paragraph per
line, headings as short lines without closing punctuation, and the page's
furniture along with it (dropped by kb.parse.text_boilerplate). Text wrapped
at a fixed width is recognised and its lines joined back into paragraphs.
"""

from __future__ import annotations

import re

import yaml

from kb.models import Block, Document
from kb.parse.pdf import join_lines
from kb.parse.text_boilerplate import Cleaned, clean_blocks, find_date
from kb.vocab import QUOTE_SECTION_HEADINGS, SECTION_HEADINGS

# A line starting with one of these is a list item; "-" and "*" only inside a
# run of such lines, since a lone dash-led line is usually a quote.
_BULLET = re.compile(r"^\s*(?:[•●▪◦‣·]|\d{1,2}[.)]|[-*+])\s+")
_STRONG_BULLET = re.compile(r"^\s*(?:[•●▪◦‣·]|\d{1,2}[.)])\s+")
_ORDERED = re.compile(r"^\s*\d{1,2}[.)]\s+")
_CLOSING = re.compile(r"[.!…;,”\"»)]$")
_HEADING_MAX = 90
# A question can be a heading ("Hotar hemmajobb socialtjänstens kvalitet?")
# when short; a longer one is a lead or a survey question in running text.
_QUESTION_HEADING_MAX = 70
# Text wrapped at a fixed width: no line longer than this, and the lines that
# wrap at least this long on median.
_WRAP_WIDTH = 100
_WRAP_MEDIAN = 50
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
    lines = [line.strip() for line in strip_front_matter(normalise_text(text)).split("\n")]
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


def _is_wrapped(groups: list[list[str]]) -> bool:
    """Whether the text was wrapped at a fixed width (so its lines must be joined)."""
    lines = [line for group in groups for line in group]
    wrapping = [line for group in groups if len(group) > 1 for line in group[:-1]]
    if not wrapping or max(len(line) for line in lines) > _WRAP_WIDTH:
        return False
    wrapping.sort(key=len)
    return len(wrapping[len(wrapping) // 2]) >= _WRAP_MEDIAN


def _units(lines: list[str]) -> list[str]:
    """Paragraph texts: each line, or blank-line separated groups when the text is wrapped."""
    groups: list[list[str]] = [[]]
    for line in lines:
        if line:
            groups[-1].append(line)
        elif groups[-1]:
            groups.append([])
    groups = [g for g in groups if g]
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
    for i, unit in enumerate(units):
        bullet = _BULLET.match(unit)
        if bullet and not _STRONG_BULLET.match(unit):
            # "- x" is a list item only beside another "- x" line.
            neighbours = [units[j] for j in (i - 1, i + 1) if 0 <= j < len(units)]
            marker = unit.lstrip()[0]
            if not any(n.lstrip().startswith(marker + " ") for n in neighbours):
                bullet = None
        if bullet:
            text = unit[bullet.end() :].strip()
            blocks.append(Block("list_item", text, ordered=bool(_ORDERED.match(unit))))
        else:
            blocks.append(Block("paragraph", unit))
    return [b for b in blocks if b.text]


def is_heading_line(line: str, next_block: Block | None) -> bool:
    """A short line without closing punctuation, followed by more text."""
    if next_block is None or not line or len(line) > _HEADING_MAX:
        return False
    if line[0] in "–—−-”\"«»'’(" or find_date(line):
        return False
    if line.endswith("?"):
        return len(line) <= _QUESTION_HEADING_MAX
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


_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_SETEXT = re.compile(r"^(=+|-+)\s*$")
_MD_QUOTE = re.compile(r"^>\s?")
_MD_RULE = re.compile(r"^(?:[-*_]\s*){3,}$")
_MD_FENCE = re.compile(r"^(```|~~~)")
_MD_TABLE_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$")
_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)|\[([^\]]*)\]\[[^\]]*\]")
_MD_AUTOLINK = re.compile(r"<((?:https?://|mailto:)[^>]+)>")
_MD_HTML = re.compile(r"<!--.*?-->|</?[A-Za-z][^>]*>", re.S)
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|(?<!\w)_|~~|`)(?=\S)(.+?)(?<=\S)\1")
_MD_FOOTNOTE = re.compile(r"\[\^[^\]]+\]")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|])")


def _strip_inline(text: str) -> str:
    """Markdown inline markup to plain text: links keep their text, images go."""
    text = _MD_IMAGE.sub("", text)
    text = _MD_LINK.sub(lambda m: m.group(1) or m.group(2) or "", text)
    text = _MD_AUTOLINK.sub(r"\1", text)
    text = _MD_HTML.sub("", _MD_FOOTNOTE.sub("", text))
    text = _MD_EMPHASIS.sub(r"\2", text)
    text = _MD_EMPHASIS.sub(r"\2", text)  # nested (***bold italic***)
    return " ".join(_MD_ESCAPE.sub(r"\1", text).split())


def parse_markdown(text: str) -> list[Document]:
    """Read Markdown: headings, paragraphs, list items and block quotes, furniture dropped."""
    text = _MD_HTML.sub("", strip_front_matter(normalise_text(text)))
    cleaned = clean_blocks(_markdown_blocks(text.split("\n")))
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


def _markdown_blocks(lines: list[str]) -> list[Block]:
    """Blocks of a Markdown text, in order."""
    blocks: list[Block] = []
    para: list[str] = []
    state = {"kind": "paragraph", "ordered": False}

    def flush() -> None:
        if para:
            joined = _strip_inline(" ".join(para))
            if joined:
                kind = state["kind"]
                blocks.append(Block(str(kind), joined, ordered=bool(state["ordered"])))
        para.clear()
        state.update(kind="paragraph", ordered=False)

    fence = ""
    for n, raw in enumerate(lines):
        line = raw.strip()
        if fence:
            if line.startswith(fence):
                fence = ""
                flush()
            elif line:
                para.append(line)
            continue
        if fenced := _MD_FENCE.match(line):
            flush()
            fence = fenced.group(1)
            continue
        if _MD_SETEXT.match(line) and para and state["kind"] == "paragraph":
            level = 1 if line.startswith("=") else 2
            heading = _strip_inline(" ".join(para))
            para.clear()
            blocks.append(Block("heading", heading, level=level))
            continue
        if not line or _MD_TABLE_RULE.match(line):
            flush()
            continue
        if _MD_RULE.match(line):
            flush()
            continue
        if heading := _MD_HEADING.match(line):
            flush()
            if text := _strip_inline(heading.group(2)):
                blocks.append(Block("heading", text, level=len(heading.group(1))))
        elif (bullet := _BULLET.match(line)) and not _is_speech_dash_line(lines, n):
            flush()
            state.update(kind="list_item", ordered=bool(_ORDERED.match(line)))
            para.append(line[bullet.end() :])
        elif bullet:
            flush()
            para.append(line)
        elif _MD_QUOTE.match(line):
            if state["kind"] != "quote":
                flush()
                state["kind"] = "quote"
            para.append(_MD_QUOTE.sub("", line).lstrip("> "))
        elif line.startswith("|"):
            flush()
            para.append(" | ".join(c.strip() for c in line.strip("|").split("|")))
            flush()
        else:
            if state["kind"] == "quote":
                flush()
            para.append(line)
    flush()
    return blocks
