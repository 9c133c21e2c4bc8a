"""Parsing: one file's bytes in, Documents of headings, paragraphs, list items and quotes out;
the format is chosen by content, then by name.

Each reader takes the file's bytes or decoded text and returns a list of
``Document`` values (several when one page holds several articles) whose
``id``, ``source`` and ``content_hash`` are left for ingest to fill in.
"""

from __future__ import annotations

import re
from pathlib import PurePath

from kb.errors import ParseError
from kb.models import Document

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

# Size limits, measured with `kb ingest` of one generated Swedish text file
# (2 shared cores): 1 MB took 19 s and 264 MB peak memory, 10 MB
# 131 s and 522 MB, 50 MB 475 s and 891 MB for 81,665 passages of one
# "document". Bytes a reader only skips cost little: a 45 MB saved page that
# is mostly data: URI images took 57 s and 575 MB, a 159 MB PDF that is mostly
# one image 12 s and 565 MB. A 300-page report holds about a million
# characters, so ten million keeps every real document and one file's ingest
# to about two minutes and half a gigabyte; beyond that a file is a dump or a
# concatenation, better refused with its size than made into a flood of hits.
MB = 1024 * 1024
MAX_TEXT_CHARS = 10_000_000  # characters of text read out of any one file
MAX_BYTES = {"pdf": 200 * MB, "html": 64 * MB, "markdown": 10 * MB, "text": 10 * MB, "tei": 10 * MB}
MAX_FILE_BYTES = max(MAX_BYTES.values())  # what ingest reads at all

_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.I | re.S)
_TEI_START = re.compile(rb"<TEI[\s>]", re.S)


# Documents in formats kb does not read, by suffix: ingest names them and says what to do (a
# report saved as .docx was passed over without a word), unlike the .css, .js and images of a
# saved page, which it passes over.
UNREAD_DOCUMENTS = frozenset(
    ".docx .doc .odt .rtf .pptx .ppt .odp .xlsx .xls .ods .epub .pages".split()
)


def is_supported(name: str) -> bool:
    """Whether ingest should read a file of this name."""
    return PurePath(name).suffix.lower() in SUFFIXES


def unread_document(name: str) -> bool:
    """Whether a file of this name is a document in a format kb does not read (UNREAD_DOCUMENTS)."""
    return PurePath(name).suffix.lower() in UNREAD_DOCUMENTS


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
        from kb.parse.encoding import looks_binary

        # Text saved under a .pdf name is read as the text it is, as the README promises.
        if looks_binary(data):
            raise ParseError("named .pdf but is not a PDF (no %PDF- header)")
        return "text"
    return by_suffix


def parse_bytes(data: bytes, name: str) -> list[Document]:
    """Parse a file's bytes into documents, or raise ParseError saying why not."""
    if not data:
        raise ParseError("empty file")
    if not data.strip():
        raise ParseError("empty file (only white space)")
    fmt = detect_format(data, name)
    if len(data) > MAX_BYTES[fmt]:
        raise ParseError(too_large(len(data), MAX_BYTES[fmt], fmt))
    # Imported here: the readers (bs4, pypdf, lxml) took 0.2 s of every
    # `kb search`, which needs no reader but imports kb.parse.dates; the
    # encoding checks (ftfy, charset_normalizer) 0.08 s more.
    from kb.parse.encoding import decode_text, drop_controls, looks_binary, looks_garbled
    from kb.parse.html import parse_html
    from kb.parse.pdf import parse_pdf
    from kb.parse.tei import parse_tei
    from kb.parse.text import parse_markdown, parse_text

    if fmt == "pdf":
        documents = parse_pdf(data)
    elif fmt == "tei":
        documents = parse_tei(data)
    else:
        if looks_binary(data):
            raise ParseError("binary data, not text")
        text = decode_text(data)
        if looks_garbled(text):
            raise ParseError("binary data, not text (it decodes to unreadable characters)")
        text = drop_controls(text)
        if fmt == "html":
            documents = parse_html(text)
        elif fmt == "markdown":
            documents = parse_markdown(text)
        else:
            documents = parse_text(text)
    documents = [d for d in documents if d.blocks]
    if not documents:
        raise ParseError("no text found")
    chars = sum(len(b.text) for d in documents for b in d.blocks)
    if chars > MAX_TEXT_CHARS:
        raise ParseError(
            f"too much text ({chars / 1e6:.0f} million characters; "
            f"kb reads up to {MAX_TEXT_CHARS / 1e6:.0f} million per file)"
        )
    return documents


def too_large(size: int, limit: int, fmt: str = "") -> str:
    """Why a file is refused for its size: "too large (52 MB; kb reads text files up to 10 MB)"."""
    kind = f"{fmt} files" if fmt else "files"
    return f"too large ({size / MB:.0f} MB; kb reads {kind} up to {limit // MB} MB)"
