"""Split a page that holds several articles into one document per article."""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any

from kb.models import Document

log = logging.getLogger(__name__)


def split_articles(document: Document, articles: list[dict[str, Any]]) -> list[Document]:
    """One document per listed article, each starting at the block that is its title."""
    starts: list[tuple[int, str]] = []
    texts = [b.text.strip() for b in document.blocks]
    for article in articles:
        title = str(article.get("title", "")).strip()
        try:
            starts.append((texts.index(title, starts[-1][0] + 1 if starts else 0), title))
        except ValueError:
            log.warning("article %r not found in the page; skipped", title)
    result = []
    for n, (start, title) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else len(document.blocks)
        result.append(replace(document, title=title, blocks=document.blocks[start + 1 : end]))
    return result
