"""Plain text and Markdown readers."""

from __future__ import annotations

import re

from kb.models import Block, Document

_BULLET = re.compile(r"^\s*(?:[•*·▪◦‣-]|\d{1,2}[.)])\s+")
_ORDERED = re.compile(r"^\s*\d{1,2}[.)]\s+")
_SENTENCE_END = re.compile(r"[.!?…:;”\"»)]$")


def _is_heading(line: str, next_line: str | None) -> bool:
    """A short line without closing punctuation, followed by more text."""
    line = line.strip()
    if not line or next_line is None or len(line) > 90 or _BULLET.match(line):
        return False
    if line[0] in "–—−-”\"«":
        return False
    return not _SENTENCE_END.search(line) or line.endswith(":")


def parse_text(text: str) -> list[Document]:
    """Read plain text: blank lines or single lines separate paragraphs; the first line is the title."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    nonempty = [i for i, line in enumerate(lines) if line.strip()]
    blocks: list[Block] = []
    for n, i in enumerate(nonempty):
        line = lines[i].strip()
        next_line = lines[nonempty[n + 1]] if n + 1 < len(nonempty) else None
        if _BULLET.match(line):
            blocks.append(
                Block("list_item", _BULLET.sub("", line, count=1), ordered=bool(_ORDERED.match(line)))
            )
        elif _is_heading(line, next_line):
            blocks.append(Block("heading", line.rstrip(":"), level=2))
        else:
            blocks.append(Block("paragraph", line))
    title = ""
    if blocks and blocks[0].kind == "heading":
        title = blocks[0].text
        blocks[0] = Block("heading", title, level=1)
    return [Document(title=title, format="text", blocks=tuple(blocks))]


_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_QUOTE = re.compile(r"^>\s?")
_MD_INLINE = re.compile(r"(\*\*|__|\*|_|`)(.+?)\1")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")


def _strip_inline(text: str) -> str:
    """Markdown inline markup to plain text (links keep their text, images their alt)."""
    return _MD_INLINE.sub(r"\2", _MD_LINK.sub(r"\1", text)).strip()


def parse_markdown(text: str) -> list[Document]:
    """Read Markdown: headings, paragraphs (joined lines), list items and block quotes."""
    blocks: list[Block] = []
    para: list[str] = []
    kind = "paragraph"

    def flush() -> None:
        nonlocal para, kind
        if para:
            joined = _strip_inline(" ".join(para))
            if joined:
                blocks.append(Block(kind, joined, ordered=kind == "list_item" and ordered))
        para, kind = [], "paragraph"

    ordered = False
    for raw in text.replace("\r\n", "\n").split("\n"):
        line = raw.strip()
        if not line:
            flush()
            continue
        if heading := _MD_HEADING.match(line):
            flush()
            blocks.append(Block("heading", _strip_inline(heading.group(2)), level=len(heading.group(1))))
        elif _BULLET.match(line):
            flush()
            ordered = bool(_ORDERED.match(line))
            kind, para = "list_item", [_BULLET.sub("", line, count=1)]
        elif _MD_QUOTE.match(line):
            if kind != "quote":
                flush()
                kind = "quote"
            para.append(_MD_QUOTE.sub("", line))
        else:
            para.append(line)
    flush()
    title = next((b.text for b in blocks if b.kind == "heading"), "")
    return [Document(title=title, format="markdown", blocks=tuple(blocks))]
