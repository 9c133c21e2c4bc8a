"""HTML reader: the article's blocks and the page's metadata, one document per article.

A page is parsed once with BeautifulSoup (lxml), walked once into text units
(``html_content``), and its metadata read from the head and JSON-LD
(``html_meta``). A page holding several full ``<article>`` elements, each with
its own heading (a tag archive, a listing), becomes one document per article;
otherwise the main text is the best-scoring container, with navigation,
teasers, prompts and footers dropped.
"""

from __future__ import annotations

import logging
import re

from bs4 import BeautifulSoup, Tag

from kb.errors import ParseError
from kb.models import Block, Document
from kb.parse.html_content import (
    MIN_GOOD_CHARS,
    PageText,
    Span,
    Unit,
    choose_main,
    class_tokens,
    is_link_dense,
    mark_cards,
    mark_flagged,
    walk_page,
)
from kb.parse.html_meta import (
    PageMeta,
    clean_person,
    find_byline,
    read_article_meta,
    read_page_meta,
)
from kb.parse.profiles import profiles
from kb.parse.vocab import (
    HTML_BOILERPLATE_PREFIXES,
    HTML_BOILERPLATE_TEXTS,
    HTML_BYLINE_PREFIXES,
    STOPWORDS,
)

log = logging.getLogger(__name__)

# Class and id words of an article's lead (ingress) as sites name it: "article__lead",
# "c-article__preamble", "sv-text-portlet ingress", "standfirst" (the 157 saved pages of
# corpus/ and bench/data/page-probes that have one, and the benchmark's English pages).
LEAD_TOKENS: frozenset[str] = frozenset(
    "lead ingress preamble standfirst intro leadin lede".split()
)
MAX_LEAD_UNITS = 3
# … but not the lead's picture, its caption or the byline beside it ("article__lead-media",
# "article__intro-meta": a review).
NOT_LEAD = frozenset("media image img picture photo caption credit meta byline author".split())

# An <article> counts as a full article (not a teaser card) when it holds at
# least this many characters of link-poor paragraph text outside teaser cards
# (which mark_cards flags: a linked title and under 400 characters).
FULL_ARTICLE_CHARS = 250
# Share of Swedish stop words among a text's words above which an undeclared
# language is taken to be Swedish (Swedish prose: ~0.35; English: < 0.05).
SWEDISH_STOPWORD_SHARE = 0.2
# Comments, scripts (except JSON-LD), styles and inline SVG, cut before
# parsing: they are up to half a news page and a third of BeautifulSoup's time.
# Unclosed ones do not match and are left to the parser.
_NON_TEXT = re.compile(
    r"<!--.*?-->|<(script|style|svg)\b([^>]*)>.*?</\1\s*>",
    re.IGNORECASE | re.DOTALL,
)
_LONE_TAG = re.compile(r"^<[a-zA-Z][^<>]*>$")
_NAME = re.compile(r"^[A-ZÅÄÖÉ][\w.'-]+(?: [A-ZÅÄÖÉ][\w.'-]+){1,3}$")


def _is_boilerplate_text(text: str) -> bool:
    plain = text.lower().strip(" .:!?…»›→>|-–").strip()
    if plain in HTML_BOILERPLATE_TEXTS:
        return True
    return len(plain) < 120 and plain.startswith(HTML_BOILERPLATE_PREFIXES)


def _keep(unit: Unit) -> bool:
    if unit.flagged or is_link_dense(unit):
        return False
    # Markup shown as text: a tracking pixel left in <noscript> of a broken head.
    if _LONE_TAG.match(unit.text):
        return False
    return not _is_boilerplate_text(unit.text)


def _to_block(unit: Unit) -> Block:
    if unit.kind == "heading":
        return Block("heading", unit.text, level=unit.level)
    if unit.kind == "list_item":
        return Block("list_item", unit.text, ordered=unit.ordered)
    return Block(unit.kind, unit.text)


def _good_prefix(units: list[Unit]) -> list[int]:
    """Cumulative link-poor paragraph characters, so any range's share is one subtraction."""
    prefix = [0]
    for u in units:
        good = u.kind != "heading" and len(u.text) >= MIN_GOOD_CHARS and _keep(u)
        prefix.append(prefix[-1] + (len(u.text) - u.link_chars if good else 0))
    return prefix


def _top_articles(page: PageText) -> list[Span]:
    """The <article> elements not inside another one, in page order."""
    top: list[Span] = []
    for span in sorted(page.spans, key=lambda s: (s.start, -s.end)):
        if span.el.name != "article":
            continue
        if top and span.start < top[-1].end:
            continue
        top.append(span)
    return top


def _full_articles(page: PageText, good: list[int]) -> list[Span]:
    """Top-level <article> elements that are whole articles with their own heading."""
    full = []
    for span in _top_articles(page):
        if good[span.end] - good[span.start] < FULL_ARTICLE_CHARS:
            continue
        if any(u.kind == "heading" for u in page.units[span.start : span.end]):
            full.append(span)
    return full


def _teaser_mask(page: PageText, main: Span, good: list[int]) -> list[bool]:
    """Units of small <article> cards inside the main container: teasers, not text."""
    mask = [False] * len(page.units)
    covered = main.start
    for span in sorted(page.spans, key=lambda s: (s.start, -s.end)):
        if (
            span.el.name == "article"
            and main.start <= span.start
            and span.end <= main.end
            and span.start >= covered
            and (span.end - span.start) < (main.end - main.start)
            and good[span.end] - good[span.start] < FULL_ARTICLE_CHARS
        ):
            mask[span.start : span.end] = [True] * (span.end - span.start)
            covered = span.end
    return mask


def _blocks(page: PageText, start: int, end: int, skip: list[bool] | None = None) -> list[Block]:
    return [
        _to_block(unit)
        for i, unit in enumerate(page.units[start:end], start)
        if _keep(unit) and not (skip and skip[i])
    ]


def _is_article(span: Span) -> bool:
    """An <article>, or an element its class names one ("<div class="article-page">")."""
    if span.el.name in ("html", "body", "main"):
        return False  # Drupal's "<body class="page-node-type-article">" (a review)
    return span.el.name == "article" or "article" in class_tokens(span.el)


def _lead_before(page: PageText, main: Span) -> list[Block]:
    """The article's lead (ingress) when it stands before the main text's container, in
    the same <article> or element classed so (not a section's intro in a listing's <main>:
    a review): "<p class="article__lead">" between the title and
    "<div class="article__body">", often in the article's own <header>, which is dropped
    as page furniture elsewhere. It is the article's first paragraph, and often the one
    that presents whom the article quotes ("… har träffat Emma Nordin, generaldirektör för
    Statens institutionsstyrelse")."""
    around = [
        span
        for span in page.spans
        if _is_article(span) and span.start < main.start and main.end <= span.end
    ]
    if not around:
        return []
    article = max(around, key=lambda span: span.start)
    lead: list[int] = []
    for span in page.spans:
        if article.start <= span.start and span.end <= main.start and span.el.name != "article":
            units = page.units[span.start : span.end]
            # A lead is a paragraph or a few, not a header's title, kicker and byline.
            short = len(units) <= MAX_LEAD_UNITS and all(u.kind != "heading" for u in units)
            tokens = class_tokens(span.el)
            if short and not tokens.isdisjoint(LEAD_TOKENS) and tokens.isdisjoint(NOT_LEAD):
                lead += range(span.start, span.end)
    return [
        Block("paragraph", page.units[i].text)
        for i in sorted(set(lead))
        if page.units[i].kind == "paragraph"
        and len(page.units[i].text) >= MIN_GOOD_CHARS
        and not is_link_dense(page.units[i])
        and not _is_boilerplate_text(page.units[i].text)
    ]


def _byline_from_blocks(blocks: list[Block]) -> tuple[list[str], int]:
    """A name from a short 'Text: Namn' / 'Av Namn' paragraph near the start or end, and its index."""
    candidates = list(range(min(4, len(blocks)))) + list(
        range(max(4, len(blocks) - 3), len(blocks))
    )
    for i in candidates:
        block = blocks[i]
        if block.kind != "paragraph" or len(block.text) > 60:
            continue
        if not block.text.lower().startswith(HTML_BYLINE_PREFIXES):
            continue
        name = clean_person(block.text)
        if name and name != block.text and _NAME.match(name):
            return [name], i
    return [], -1


def _guess_language(blocks: list[Block]) -> str:
    words = " ".join(b.text for b in blocks[:40]).lower().split()
    if not words:
        return ""
    share = sum(1 for w in words if w in STOPWORDS) / len(words)
    return "sv" if share >= SWEDISH_STOPWORD_SHARE else ""


# A photographer's credit after a caption ("… på plats i Vivalla. Foto: Petter Alm").
_CREDIT = re.compile(r"\s+(?:Foto|Fotograf|Bild|Källa|Photo)\s*:.*$", re.S)
# A caption longer than this is no caption but text in a caption's markup.
MAX_CAPTION_CHARS = 300
# "caption", or Swedish CMSs' "bildtext" (page probes 11, 16, 27, 28).
_CAPTION_CLASS = re.compile("caption|bildtext", re.I)
_CAPTION_TOKENS = frozenset({"caption", "bildtext"})


def _captions(scope: Tag) -> tuple[str, ...]:
    """The figure captions within an element: <figcaption> and elements a class names a
    caption ("image-caption", "wp-caption-text"), without the photographer's credit."""
    # Only elements whose class says "caption" at all are split into words (every page's
    # elements would cost a fifth of its parse).
    classed = scope.find_all(class_=_CAPTION_CLASS)
    found = scope.find_all("figcaption") + [
        el for el in classed if _CAPTION_TOKENS & class_tokens(el)
    ]
    texts = (_CREDIT.sub("", " ".join(el.get_text(" ").split())) for el in found)
    return tuple(dict.fromkeys(t for t in texts if 0 < len(t) <= MAX_CAPTION_CHARS))


def _document(
    meta: PageMeta, blocks: list[Block], page_meta: PageMeta, scope: Tag | None = None
) -> Document:
    authors = meta.authors
    # A byline paragraph names the author; it is not text of the article.
    byline, index = _byline_from_blocks(blocks)
    if byline:
        authors = authors or byline
        blocks = blocks[:index] + blocks[index + 1 :]
    title = meta.title or next((b.text for b in blocks if b.kind == "heading"), "")
    # The title is the document's, not a block: a page's <h1> sits inside the
    # article on some sites and in a header outside it on others.
    if title and blocks and blocks[0].kind == "heading" and _same_title(blocks[0].text, title):
        blocks = blocks[1:]
    return Document(
        title=title,
        publisher=meta.publisher or page_meta.publisher,
        doctype=meta.doctype or page_meta.doctype,
        date=meta.date,
        date_certain=meta.date_certain and bool(meta.date),
        authors=tuple(dict.fromkeys(authors)),
        url=meta.url,
        language=meta.language or page_meta.language or _guess_language(blocks),
        format="html",
        blocks=tuple(blocks),
        captions=_captions(scope) if scope is not None else (),
        profiles=profiles(scope) if scope is not None else (),
    )


def _same_title(a: str, b: str) -> bool:
    return " ".join(a.lower().split()) == " ".join(b.lower().split())


def _split_documents(page: PageText, meta: PageMeta, good: list[int]) -> list[Document]:
    """One document per full article, or [] when the page is one article after all."""
    articles = [(span, read_article_meta(span.el)) for span in _full_articles(page, good)]
    articles = [(span, m) for span, m in articles if m.title]
    # An article page names its own article in its metadata; a listing does not.
    if len(articles) < 2 or any(_same_title(m.title, meta.title) for _, m in articles):
        return []
    documents = []
    for span, article_meta in articles:
        blocks = _blocks(page, span.start, span.end)
        if blocks:
            article_meta.doctype = meta.doctype or "artikel"
            documents.append(_document(article_meta, blocks, meta, span.el))
    return documents if len(documents) >= 2 else []


def _h1_title(page: PageText, main: Span | None, head_title: str) -> str:
    """The page's <h1>: the one in the main text, else one that <title> repeats."""
    h1s = [(i, u.text) for i, u in enumerate(page.units) if u.kind == "heading" and u.level == 1]
    if main is not None:
        for i, text in h1s:
            if main.start <= i < main.end:
                return text
    lowered = head_title.lower()
    return next((text for _, text in h1s if text.lower() in lowered), "")


def _drop_non_text(match: re.Match[str]) -> str:
    if match.group(1) and "ld+json" in match.group(2).lower():
        return match.group(0)
    return ""


def parse_html(text: str) -> list[Document]:
    """Read an HTML page into documents of headings, paragraphs, list items and quotes."""
    # Class and rel stay plain strings: splitting every attribute costs a sixth
    # of the parse, and class_tokens splits the few that matter itself.
    soup = BeautifulSoup(_NON_TEXT.sub(_drop_non_text, text), "lxml", multi_valued_attributes=None)
    meta = read_page_meta(soup)
    page = walk_page(soup)
    if not page.units:
        raise ParseError("HTML page without any text in its body")
    mark_flagged(page)
    mark_cards(page)
    good = _good_prefix(page.units)
    documents = _split_documents(page, meta, good)
    if documents:
        log.debug("page split into %d articles", len(documents))
        return documents
    main = choose_main(page)
    if main is not None:
        blocks = _blocks(page, main.start, main.end, _teaser_mask(page, main, good))
        texts = {block.text for block in blocks}
        blocks = [lead for lead in _lead_before(page, main) if lead.text not in texts] + blocks
    else:
        blocks = _blocks(page, 0, len(page.units))
    if not blocks:
        raise ParseError("HTML page whose only text is navigation, menus or other boilerplate")
    if not meta.authors and main is not None:
        scope = main.el.find_parent("article") or main.el.parent or main.el
        meta.authors = find_byline(scope)
    if not meta.title or meta.title_from_head:
        meta.title = _h1_title(page, main, meta.title) or meta.title
    # The article's figures, which stand beside its text's container more often than in it.
    scope = (main.el.find_parent("article") or main.el.parent or main.el) if main else soup
    return [_document(meta, blocks, meta, scope)]
