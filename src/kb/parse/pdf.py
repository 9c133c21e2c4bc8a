"""PDF reader: text per page, so every passage keeps its page number."""

from __future__ import annotations

import io

from pypdf import PdfReader
from pypdf.errors import PdfReadError

from kb.errors import ParseError
from kb.models import Block, Document


def parse_pdf(data: bytes) -> list[Document]:
    """Read a PDF's text layer into paragraphs, each with its page number."""
    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, OSError) as exc:
        raise ParseError(f"corrupt PDF ({exc})") from exc
    blocks = [
        Block("paragraph", " ".join(par.split()), page=number)
        for number, text in enumerate(pages, start=1)
        for par in text.split("\n\n")
        if par.strip()
    ]
    title = (reader.metadata.title if reader.metadata else None) or ""
    return [Document(title=str(title), format="pdf", blocks=tuple(blocks))]
