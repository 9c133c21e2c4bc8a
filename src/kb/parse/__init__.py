"""Turn one file's bytes into documents: the format is chosen by content, then by name.

Each reader takes the file's bytes or decoded text and returns a list of
``Document`` values (several when one page holds several articles) whose
``id``, ``source`` and ``content_hash`` are left for ingest to fill in.
"""

from __future__ import annotations

import re
from pathlib import PurePath

from kb.errors import ParseError
from kb.models import Document
from kb.parse.encoding import decode_text, looks_binary
from kb.parse.html import parse_html
from kb.parse.pdf import parse_pdf
from kb.parse.tei import parse_tei
from kb.parse.text import parse_markdown, parse_text

FORMATS = ("html", "pdf", "markdown", "text", "tei")
SUFFIXES = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".pdf": "pdf",
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".text": "text",
    ".xml": "tei",
}

_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.I | re.S)
_TEI_START = re.compile(rb"<TEI[\s>]", re.S)


def is_supported(name: str) -> bool:
    """Whether ingest should read a file of this name."""
    return PurePath(name).suffix.lower() in SUFFIXES


def detect_format(data: bytes, name: str) -> str:
    """The format of a file, from its first bytes and then its suffix."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf")
    # The PDF specification lets the header stand anywhere in the first 1,024 bytes.
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if _TEI_START.search(head):
        return "tei"
    if _HTML_START.match(head):
        return "html"
    by_suffix = SUFFIXES.get(PurePath(name).suffix.lower(), "text")
    if by_suffix == "pdf":
        raise ParseError("named .pdf but is not a PDF (no %PDF- header)")
    return by_suffix


def parse_bytes(data: bytes, name: str) -> list[Document]:
    """Parse a file's bytes into documents, or raise ParseError saying why not."""
    if not data.strip():
        raise ParseError("empty file")
    fmt = detect_format(data, name)
    if fmt == "pdf":
        documents = parse_pdf(data)
    elif fmt == "tei":
        documents = parse_tei(data)
    else:
        if looks_binary(data):
            raise ParseError("binary data, not text")
        text = decode_text(data)
        if fmt == "html":
            documents = parse_html(text)
        elif fmt == "markdown":
            documents = parse_markdown(text)
        else:
            documents = parse_text(text)
    documents = [d for d in documents if d.blocks]
    if not documents:
        raise ParseError("no text found")
    return documents
