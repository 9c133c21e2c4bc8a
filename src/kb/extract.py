"""Turn a document's blocks into passages, each with its section heading."""

from __future__ import annotations

import hashlib
import unicodedata
from collections import Counter

from kb.models import Document, Passage


def normalise_text(text: str) -> str:
    """Text as compared for identity: NFC, one space between words, case folded."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def passage_id(doc_id: str, text: str, occurrence: int) -> str:
    """A passage id that survives re-ingest as long as the passage's text does.

    It depends on the document, the normalised text and how many identical
    passages precede it, never on its position among changed neighbours.
    """
    key = f"{doc_id}\x1f{normalise_text(text)}\x1f{occurrence}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def extract_passages(document: Document) -> list[Passage]:
    """Every paragraph, list item and quote of a document as a passage under its heading."""
    passages: list[Passage] = []
    seen: Counter[str] = Counter()
    heading = ""
    for block in document.blocks:
        if block.kind == "heading":
            if block.level > 1 or block.text != document.title:
                heading = block.text
            continue
        key = normalise_text(block.text)
        passages.append(
            Passage(
                id=passage_id(document.id, block.text, seen[key]),
                doc_id=document.id,
                position=len(passages),
                text=block.text,
                heading=heading,
                page=block.page,
                source_text=block.text,
                block_kind=block.kind,
            )
        )
        seen[key] += 1
    return passages
