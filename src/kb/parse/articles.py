"""Split a page that holds several articles (a tag archive, a news list) into one document each.

The articles are named by the user's metadata (the sidecar's ``[[articles]]``
tables) in page order; each starts at the block that is its title. What comes
before the first title (the archive's own heading) belongs to no article.
"""

from __future__ import annotations

import difflib
import logging
from dataclasses import replace
from typing import Any

from kb.models import Block, Document
from kb.parse.settings import FUZZY_TITLE

log = logging.getLogger(__name__)

# Metadata an article table may set on its document, and the type each takes.
_FIELDS = {
    "date": str,
    "date_certain": bool,
    "url": str,
    "publisher": str,
    "doctype": str,
    "language": str,
    "addressee": str,
}


def _normal(text: str) -> str:
    """Text as compared with a title: case folded, one space, no closing punctuation."""
    return " ".join(text.casefold().replace("–", "-").replace("—", "-").split()).rstrip(".:")


def _find_title(blocks: tuple[Block, ...], title: str, start: int) -> int | None:
    """The index of the first block from ``start`` that is this title, exactly or nearly."""
    wanted = _normal(title)
    if not wanted:
        return None
    candidates = range(start, len(blocks))
    for i in candidates:
        if _normal(blocks[i].text) == wanted:
            return i
    for i in candidates:
        text = _normal(blocks[i].text)
        near_length = abs(len(text) - len(wanted)) <= max(3, len(wanted) // 10)
        if near_length and difflib.SequenceMatcher(None, text, wanted).ratio() >= FUZZY_TITLE:
            return i
    return None


def _article_fields(article: dict[str, Any]) -> dict[str, Any]:
    """The article table's metadata in the types Document holds."""
    fields: dict[str, Any] = {}
    for key, kind in _FIELDS.items():
        if key in article and article[key] is not None:
            value = article[key]
            fields[key] = bool(value) if kind is bool else str(value)
    authors = article.get("authors", ())
    fields["authors"] = (authors,) if isinstance(authors, str) else tuple(str(a) for a in authors)
    fields.setdefault("date", "")
    fields["date_certain"] = bool(fields.get("date_certain")) and bool(fields["date"])
    return fields


def split_articles(document: Document, articles: list[dict[str, Any]]) -> list[Document]:
    """One document per listed article, each from its title block to the next article's."""
    starts: list[tuple[int, dict[str, Any]]] = []
    position = 0
    for article in articles:
        title = str(article.get("title") or "")
        found = _find_title(document.blocks, title, position)
        if found is None:
            log.warning("article %r not found in %r; skipped", title, document.title)
            continue
        starts.append((found, article))
        position = found + 1
    if not starts:
        log.warning(
            "none of the %d articles found in %r; kept whole", len(articles), document.title
        )
        return [document]
    if starts[0][0] > 0:
        dropped = [b.text for b in document.blocks[: starts[0][0]]]
        log.debug("blocks before the first article dropped: %r", dropped)
    documents: list[Document] = []
    for n, (start, article) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else len(document.blocks)
        title = str(article["title"])
        body = document.blocks[start + 1 : end]
        fields = _article_fields(article)
        fields.setdefault("url", "")
        # An article without an address of its own is cited by the page it is on.
        fields["url"] = fields["url"] or document.url
        documents.append(
            replace(
                document,
                title=title,
                blocks=(Block("heading", title, level=1), *body),
                **fields,
            )
        )
    return documents
