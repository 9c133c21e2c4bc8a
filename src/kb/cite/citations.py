"""Citations of passages: the quoted words, the link that opens the source at them, kb's permalink.

A Citation holds one passage, its document's metadata as a CSL-JSON item
(kb.cite.csl renders it in APA and Harvard), the source link (a text fragment,
kb.cite.textfragment, or a PDF page) and the permalink. kb.cite.citeformats writes
citations out as text, BibTeX, RIS, CSL-JSON and Markdown.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from kb.cite.csl import CSL_STYLES, csl_item
from kb.cite.textfragment import build_text_directive, with_text_directive
from kb.cite.vocab import QUOTE_ATTRIBUTION_VERBS
from kb.models import Passage, Speaker
from kb.search import fetch_document, fetch_passage

if TYPE_CHECKING:
    from whoosh.index import Index  # only as a type: Whoosh stays behind index and search

log = logging.getLogger(__name__)

EXPORT_FORMATS = ("bibtex", "ris", "csl-json", "markdown")
STYLES = (*CSL_STYLES, *EXPORT_FORMATS)
MAX_CITATIONS = 200  # one request's basket; far beyond a memo's reference list


@dataclass(frozen=True)
class CiteOptions:
    """How citations are built: where kb is served (for permalinks) and when sources were read."""

    # e.g. "https://kb.example.se". Empty: no permalink, since a site-relative
    # /passage/… path leads nowhere outside the site; the source link remains.
    base_url: str = ""
    accessed: str = ""  # YYYY-MM-DD, printed by styles that want it (Harvard); empty leaves it out


@dataclass(frozen=True)
class Citation:
    """One passage ready to cite: its words, speaker, links, and its document as CSL-JSON."""

    passage: Passage
    document: dict[str, Any]
    quote: str  # the quoted words: the passage without its attribution
    source_link: str  # the original at the passage (text fragment or PDF page); "" without a URL
    permalink: str  # "" when kb's address is not known (CiteOptions.base_url)
    item: dict[str, Any] = field(default_factory=dict)  # CSL-JSON of the document

    @property
    def speaker(self) -> Speaker | None:
        return self.passage.speaker

    @property
    def is_pdf(self) -> bool:
        return is_pdf(self.document)

    def as_dict(self) -> dict[str, Any]:
        return {
            "passage_id": self.passage.id,
            "doc_id": self.passage.doc_id,
            "kind": self.passage.kind,
            "quote": self.quote,
            "speaker": self.speaker.as_dict() if self.speaker else None,
            "page": self.passage.page,
            "source_link": self.source_link,
            "permalink": self.permalink,
            "csl": self.item,
        }


# --- building ---------------------------------------------------------------


def build_citations(
    ix: Index, passage_ids: Iterable[str], options: CiteOptions | None = None
) -> list[Citation]:
    """Citations for passages by id (each once, in the order given); NotFound for an unknown id."""
    options = options or CiteOptions()
    ids = list(dict.fromkeys(i.strip() for i in passage_ids if i.strip()))[:MAX_CITATIONS]
    pages: dict[str, tuple[list[str], dict[str, int]]] = {}
    citations = []
    for passage_id in ids:
        passage, document = fetch_passage(ix, passage_id)
        if passage.doc_id not in pages:
            _, passages = fetch_document(ix, passage.doc_id)
            pages[passage.doc_id] = page_blocks(document, passages)
        blocks, where = pages[passage.doc_id]
        citations.append(cite_passage(passage, document, blocks, where.get(passage.id), options))
    return citations


def cite_passage(
    passage: Passage,
    document: dict[str, Any],
    blocks: Sequence[str] = (),
    block_index: int | None = None,
    options: CiteOptions | None = None,
) -> Citation:
    """A citation of one passage; blocks (the page's text) make the link's fragment unambiguous."""
    options = options or CiteOptions()
    quote = quote_words(passage)
    if not blocks or block_index is None:
        blocks, block_index = [passage.source_text or passage.text], 0
    return Citation(
        passage=passage,
        document=document,
        quote=quote,
        source_link=source_link(passage, document, quote, blocks, block_index),
        permalink=(
            f"{options.base_url.rstrip('/')}/passage/{passage.id}" if options.base_url else ""
        ),
        item=csl_item(document, options.accessed),
    )


def page_blocks(
    document: dict[str, Any], passages: Sequence[Passage]
) -> tuple[list[str], dict[str, int]]:
    """The page's text as blocks (title, headings, passages in order) and each passage's block.

    kb keeps no copy of a web page beyond its passages; headings are put back
    where a passage's heading changes, so they can serve as context."""
    blocks = [document.get("title", "")] if document.get("title") else []
    where: dict[str, int] = {}
    heading = ""
    for passage in passages:
        if passage.heading and passage.heading != heading:
            blocks.append(passage.heading)
        heading = passage.heading
        where[passage.id] = len(blocks)
        blocks.append(passage.source_text or passage.text)
    return blocks, where


_LEADING_MARKS = re.compile(r"^[\s\-–—―‒\"”“„»«']+")
_ATTRIBUTION = re.compile(
    r"[,\s]*[\-–—]?\s*\b(?:" + "|".join(QUOTE_ATTRIBUTION_VERBS) + r")\s+[A-ZÅÄÖ].*$",
    re.DOTALL,
)
_TRAILING_QUOTE = re.compile(r"[\"”“»]+\s*$")


def quote_words(passage: Passage) -> str:
    """The words a passage quotes: its `quote` when extraction set one, else its source text
    without a leading dash or quote mark and without a trailing ", säger Namn, …"."""
    given = getattr(passage, "quote", "")
    if isinstance(given, str) and given.strip():
        return given.strip()
    text = (passage.source_text or passage.text).strip()
    stripped = _LEADING_MARKS.sub("", text)
    if stripped != text or passage.kind == "quote":
        cut = _ATTRIBUTION.sub("", stripped)
        # An attribution is a tail: a "säger" near the start is the text itself.
        if len(cut) >= len(stripped) // 3:
            stripped = _TRAILING_QUOTE.sub("", cut).strip()
    return stripped or text


def is_pdf(document: dict[str, Any]) -> bool:
    url = document.get("url", "").split("#", 1)[0].split("?", 1)[0]
    return document.get("format") == "pdf" or url.lower().endswith(".pdf")


def source_link(
    passage: Passage, document: dict[str, Any], quote: str, blocks: Sequence[str], block_index: int
) -> str:
    """The original URL opened at the passage: `#page=N` for a PDF, a text fragment otherwise."""
    url = document.get("url", "")
    if not url:
        return ""
    if is_pdf(document):
        return f"{url.split('#', 1)[0]}#page={passage.page}" if passage.page else url
    directive = build_text_directive(blocks, block_index, quote)
    if directive is None and quote != blocks[block_index]:
        directive = build_text_directive(blocks, block_index, blocks[block_index])
    if directive is None:
        log.info("no unambiguous text fragment for passage %s", passage.id)
        return url
    return with_text_directive(url, directive)
