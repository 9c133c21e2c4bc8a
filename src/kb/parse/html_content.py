"""Find an HTML page's main text: walk the tree once, score containers, keep the article.

The walk (iterative, so 10,000 nested elements cannot overflow the stack)
turns the page into text units (heading, paragraph, list item, quote) in
reading order. Every element that is not inline records the contiguous range
of units it holds, so a container's score is a difference of prefix sums.
The main text is the smallest container scoring close to the best, in the
spirit of readability and jusText: long, link-poor paragraphs count for a
container, link lists count against it, and class/id hints mark navigation,
share widgets, teasers and footers whose units are dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bs4 import BeautifulSoup, Tag
from bs4.element import NavigableString

from kb.parse.settings import (
    CARD_MAX_SUMMARY,
    CARD_MAX_UNITS,
    LONG_UNIT_CHARS,
    MAX_LINK_DENSITY,
    MAX_LINK_DENSITY_LONG,
    MIN_GOOD_CHARS,
    NEAR_BEST,
)
from kb.parse.vocab import HTML_BOILERPLATE_TOKENS, HTML_CONTENT_TOKENS

# Elements whose text is never article text (or which are not text at all).
SKIPPED = frozenset(
    """
    script style noscript template svg math iframe frame frameset object embed canvas video
    audio img picture source track map area button select option optgroup textarea input
    label datalist output meter progress figcaption head title meta link base dialog
    """.split()
)
# Elements that flow inside a line: their text joins the enclosing block's.
INLINE = frozenset(
    """
    a abbr acronym b bdi bdo big cite code data del dfn em font i ins kbd mark nobr q rp rt
    ruby s samp small span strike strong sub sup time tt u var wbr
    """.split()
)
HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
# Elements that hold a paragraph's worth of inline text (their <br> is a space).
LEAF_BLOCKS = frozenset({"p", "li", "dt", "dd", "pre", "address", *HEADINGS})
# Elements that are boilerplate by what they are, whatever their class.
BOILERPLATE_TAGS = frozenset({"nav", "aside", "footer", "header", "menu"})
BOILERPLATE_ROLES = frozenset(
    {"navigation", "banner", "contentinfo", "complementary", "dialog", "alert", "menu", "search"}
)
# Class names that describe a state or a taxonomy, not a page region:
# WordPress puts "tag-kvalitet category-nyheter has-post-thumbnail" on every
# <article>, themes put "has-sidebar" on wrappers.
STATE_CLASS_PREFIXES = frozenset(
    {"tag", "category", "has", "is", "no", "with", "format", "type", "status", "post", "single"}
)
# Page builders whose blocks are all "widgets", the article's text too (Elementor's).
PAGE_BUILDERS = frozenset({"elementor"})
# A pull quote is a quote of the article even inside an <aside>.
PULL_QUOTE_TOKENS = frozenset({"pullquote", "pullout", "blockquote"})
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)

# Bonus factor for a container whose class/id/itemprop names the article body.
CONTENT_BONUS = 1.25
# A boilerplate-marked element holding more than this share of the page's
# good text, in at least FLAG_OVERRULE_UNITS paragraphs, is the article after
# all (a body class such as "entry-content share-enabled").
FLAG_OVERRULE_SHARE = 0.5
FLAG_OVERRULE_UNITS = 3


@dataclass(slots=True)
class Unit:
    """A run of text in reading order, before it becomes a Block."""

    kind: str
    text: str
    level: int = 0
    ordered: bool = False
    link_chars: int = 0
    flagged: bool = False


@dataclass(slots=True)
class Span:
    """An element that is not inline, with the range of units it holds."""

    el: Tag
    start: int
    end: int
    depth: int
    flagged: bool = False
    content_hint: bool = False


@dataclass(slots=True)
class _Frame:
    el: Tag
    kind: str
    level: int
    ordered: bool
    start: int
    depth: int
    flagged: bool
    content_hint: bool
    leaf: bool
    buf: list[str] = field(default_factory=list)
    link_chars: int = 0


@dataclass(slots=True)
class PageText:
    """The units of a page and the spans of its elements."""

    units: list[Unit]
    spans: list[Span]


def class_tokens(el: Tag) -> set[str]:
    """Lower-case tokens of an element's class and id, plus each name joined."""
    values: list[str] = []
    cls = el.get("class")
    if isinstance(cls, list):
        values.extend(cls)
    elif cls:
        values.extend(str(cls).split())
    ident = el.get("id")
    if ident:
        values.append(str(ident))
    tokens: set[str] = set()
    for value in values:
        parts = [p for p in _NON_ALNUM.split(_CAMEL.sub("-", value).lower()) if p]
        if not parts or parts[0] in STATE_CLASS_PREFIXES:
            continue
        if parts[0] in PAGE_BUILDERS:
            # A page builder's name for its blocks ("elementor-widget elementor-widget-text-
            # editor", each paragraph of an Elementor page: page probe 22 kept only its block
            # quote), not a sidebar's widget ("widget widget_text") or an ad zone's
            # ("smg-zone-widget-ads", a benchmark page).
            parts = [p for p in parts if p != "widget"]
        tokens.update(parts)
        tokens.add("".join(parts))
    return tokens


def _is_hidden(el: Tag) -> bool:
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    style = el.get("style")
    return bool(style) and bool(_HIDDEN_STYLE.search(str(style)))


def _is_boilerplate(el: Tag, tokens: set[str]) -> bool:
    if el.name in ("html", "body", "main"):
        return False
    if el.name in BOILERPLATE_TAGS:
        return True
    if str(el.get("role", "")).lower() in BOILERPLATE_ROLES:
        return True
    return not tokens.isdisjoint(HTML_BOILERPLATE_TOKENS)


# What a block quote's signature is marked as: a <footer> (HTML's own way to name who said
# it), a byline or an author ("<p class="quote-author">Emil Sandberg, kurator på Bris</p>").
# Kept inside a quote (kb.extract.drafts.signature reads it), dropped elsewhere.
_SIGNATURE_TOKENS = frozenset("author authors byline footer credit caption cite source".split())


def _signs(el: Tag, tokens: set[str]) -> bool:
    """Whether an element inside a block quote that looks like page furniture signs it."""
    flagged = tokens & HTML_BOILERPLATE_TOKENS
    return (el.name == "footer" or bool(flagged)) and flagged <= _SIGNATURE_TOKENS


def signs_quote_before(el: Tag, tokens: set[str] | None = None) -> bool:
    """Whether an element signs the block quote just before it, as HTML wants a quote's
    source written outside it: `<figure><blockquote>…</blockquote><figcaption>— Anna Ek,
    kurator</figcaption></figure>`, or `<p class="quote-author">` after the blockquote
    (page probe 51: the quote had no speaker, and its signer was the page's author)."""
    tokens = class_tokens(el) if tokens is None else tokens
    if el.name not in ("figcaption", "cite") and not _signs(el, tokens):
        return False
    before = el.find_previous_sibling(True)
    quoted = before is not None and (
        before.name == "blockquote" or not class_tokens(before).isdisjoint(PULL_QUOTE_TOKENS)
    )
    return quoted and _a_signature(el.get_text(" ", strip=True))


# Text after a block quote that is no one's signature: a credit or a source ("Foto: Jonas
# Berg", "Källa: Socialstyrelsen"), a title quoted from ("Ur ”Sorgen och glädjen”, 1998"),
# a caption's sentence ("Bilden visar Eva Lind …."): a review.
_NOT_SIGNED = re.compile(r"^(?:\w+:|ur\b)|[.!?:]$|[”“\"»«]", re.I)


def _a_signature(text: str) -> bool:
    """Whether text after a block quote may sign it: a name and what the person is, short."""
    text = text.lstrip("–—―- ")
    return 0 < len(text.split()) <= 20 and not _NOT_SIGNED.search(text)


def _has_content_hint(el: Tag, tokens: set[str]) -> bool:
    if el.name in ("article", "main"):
        return True
    itemprop = str(el.get("itemprop", "")).lower()
    if itemprop in ("articlebody", "text"):
        return True
    return not tokens.isdisjoint(HTML_CONTENT_TOKENS)


# The most words of an interview's question a line break ends (kb.extract.interviews.is_question).
_QUESTION_WORDS = 30


def _asks_first(buf: list[str]) -> bool:
    """Whether a paragraph's text before a line break is a question and nothing else: an
    interview's question and its answer a line apart ("<b>Varför nu?</b><br>– Vi har …") are
    two paragraphs, so the answer is its speaker's words without the question (page probes
    56, 78); not a speaker's own question ("– Vad gör vi nu?<br>Vi har …"), nor a story's
    line after others ("Björn tittade ut.<br>Vem knackar?<br>– Det är jag, sa Räven": a
    review)."""
    last = _last_line(buf)
    if not last.rstrip().endswith("?"):
        return False  # most line breaks: an address's, a poem's (each <br> of every page)
    text = " ".join("".join(buf).split())
    if len(text.split()) > _QUESTION_WORDS or text[:1] in _SPEECH:
        return False
    return not re.search(r"[.!?:]\s", text)


def _speech_after_story(buf: list[str], br: Tag) -> bool:
    """Whether a line break ends a paragraph's story and a speech dash opens the next line:
    "Elisabeth Gran är samordnare … sedan 2015.<br>– Vi möter människor …" are two paragraphs,
    so the second is her quote (page probe 89); not a quote's own lines, nor a list ("Vi
    erbjuder:<br>- mat<br>- kläder")."""
    after = br.next_sibling
    # Text as walk_page reads it: a plain string, not a comment.
    if type(after) is not NavigableString or not after.lstrip().startswith(_DASHES):
        return False
    # Not dash lines one after another: "Så här röstade partierna.<br>– S, V och MP röstade
    # ja.<br>– M, KD och SD röstade nej." is a list (a review).
    then = after.next_sibling
    while then is not None and not (isinstance(then, Tag) and then.name == "br"):
        then = then.next_sibling  # past the line's inline markup: "– <b>S</b>, V och MP …"
    line = then.next_sibling if then is not None else None
    if line is not None and line.get_text().lstrip().startswith(_DASHES):
        return False
    first = next((chunk for chunk in buf if chunk.strip()), "")
    return _last_line(buf).rstrip().endswith((".", "!", "?")) and not (
        first.lstrip()[:1] in _SPEECH or _line_before(br).lstrip()[:1] in _SPEECH
    )


def _line_before(br: Tag) -> str:
    """The text of the line a line break ends, from the break or the start before it."""
    pieces = []
    node = br.previous_sibling
    while node is not None and not (isinstance(node, Tag) and node.name == "br"):
        pieces.append(node.get_text())
        node = node.previous_sibling
    return "".join(reversed(pieces))


def _last_line(buf: list[str]) -> str:
    """The last piece of a paragraph's text read so far that is not blank."""
    return next((chunk for chunk in reversed(buf) if chunk.strip()), "")


# What opens speech: a dash or a quotation mark.
_SPEECH = '–—―-”"»«'
# A speech dash opening a line, with the space after it.
_DASHES = ("– ", "— ", "― ", "- ")


def walk_page(soup: BeautifulSoup | Tag) -> PageText:
    """Turn the page into units and spans in one iterative pass."""
    root = soup.find("body") or soup
    units: list[Unit] = []
    spans: list[Span] = []
    frames: list[_Frame] = []
    link_depth = 0

    def flush(frame: _Frame) -> None:
        text = " ".join("".join(frame.buf).split())
        if text:
            units.append(
                Unit(
                    frame.kind,
                    text,
                    frame.level,
                    frame.ordered,
                    min(frame.link_chars, len(text)),
                )
            )
        frame.buf.clear()
        frame.link_chars = 0

    def open_frame(el: Tag) -> None:
        parent = frames[-1] if frames else None
        if parent is not None:
            flush(parent)
        name = el.name
        kind = parent.kind if parent else "paragraph"
        level = parent.level if parent else 0
        ordered = parent.ordered if parent else False
        if name in HEADINGS:
            kind, level = "heading", HEADINGS[name]
        elif name == "li":
            kind, level = "list_item", 0
            ordered = el.parent is not None and el.parent.name == "ol"
        tokens = class_tokens(el)
        pull_quote = not tokens.isdisjoint(PULL_QUOTE_TOKENS)
        signs_before = kind != "quote" and signs_quote_before(el, tokens)
        if name == "blockquote" or pull_quote or signs_before:
            kind, level = "quote", 0
        elif name == "p" and kind == "heading":
            kind, level = "paragraph", 0
        frames.append(
            _Frame(
                el,
                kind,
                level,
                ordered,
                len(units),
                len(frames),
                _is_boilerplate(el, tokens)
                and not pull_quote
                and not (kind == "quote" and (signs_before or _signs(el, tokens))),
                _has_content_hint(el, tokens),
                name in LEAF_BLOCKS,
            )
        )

    def close_frame() -> None:
        frame = frames.pop()
        flush(frame)
        if len(units) > frame.start:
            spans.append(
                Span(
                    frame.el,
                    frame.start,
                    len(units),
                    frame.depth,
                    frame.flagged,
                    frame.content_hint,
                )
            )
        if frames:
            # Text after a nested block starts a new run in the parent.
            frames[-1].buf.clear()

    stack: list[tuple[object, int]] = [(root, 0)]
    # Markers: 0 = enter, 1 = leave a block, 2 = leave a link.
    while stack:
        node, mark = stack.pop()
        if mark == 1:
            close_frame()
            continue
        if mark == 2:
            link_depth -= 1
            continue
        if isinstance(node, NavigableString):
            if type(node) is NavigableString and frames:
                frame = frames[-1]
                frame.buf.append(str(node))
                if link_depth:
                    frame.link_chars += len(" ".join(node.split()))
            continue
        if not isinstance(node, Tag):
            continue
        name = node.name
        signature = name in ("figcaption", "cite") and signs_quote_before(node)
        if (name in SKIPPED and not signature) or _is_hidden(node):
            continue
        if name == "br" or name == "hr":
            if frames:
                if (
                    frames[-1].leaf
                    and name == "br"
                    and not _asks_first(frames[-1].buf)
                    and not _speech_after_story(frames[-1].buf, node)
                ):
                    frames[-1].buf.append(" ")
                else:
                    flush(frames[-1])
            continue
        if name in INLINE and not signature:
            if name == "a":
                link_depth += 1
                stack.append((node, 2))
            stack.extend((child, 0) for child in reversed(node.contents))
            continue
        open_frame(node)
        stack.append((node, 1))
        stack.extend((child, 0) for child in reversed(node.contents))
    while frames:
        close_frame()
    spans.reverse()  # outer elements first, as in document order of openings
    spans.sort(key=lambda s: (s.start, -s.end, s.depth))
    return PageText(units, spans)


def is_link_dense(unit: Unit) -> bool:
    """Whether a unit is mostly link text (a menu entry, a teaser title)."""
    length = len(unit.text)
    limit = MAX_LINK_DENSITY_LONG if length >= LONG_UNIT_CHARS else MAX_LINK_DENSITY
    return unit.link_chars > limit * length


def unit_weights(units: list[Unit]) -> tuple[list[float], list[float]]:
    """Evidence for (good) and against (bad) a container, per unit."""
    good: list[float] = []
    bad: list[float] = []
    for unit in units:
        g = b = 0.0
        if not unit.flagged:
            length = len(unit.text)
            if is_link_dense(unit):
                b = float(length)
            elif unit.kind != "heading" and length >= MIN_GOOD_CHARS:
                g = float(length - unit.link_chars)
        good.append(g)
        bad.append(b)
    return good, bad


def _prefix(values: list[float]) -> list[float]:
    out = [0.0]
    total = 0.0
    for v in values:
        total += v
        out.append(total)
    return out


def mark_flagged(page: PageText) -> None:
    """Flag the units inside boilerplate elements, unless such an element holds the article."""
    units = page.units
    good, _ = unit_weights(units)
    pre = _prefix(good)
    count = _prefix([1.0 if g else 0.0 for g in good])
    total = pre[-1]
    diff = [0] * (len(units) + 1)
    for span in page.spans:
        if not span.flagged:
            continue
        if (
            pre[span.end] - pre[span.start] > FLAG_OVERRULE_SHARE * total
            and count[span.end] - count[span.start] >= FLAG_OVERRULE_UNITS
        ):
            span.flagged = False
            continue
        diff[span.start] += 1
        diff[span.end] -= 1
    depth = 0
    for i, unit in enumerate(units):
        depth += diff[i]
        unit.flagged = depth > 0


def mark_cards(page: PageText) -> None:
    """Flag teaser cards: a few units opened by a linked title, then a short summary."""
    units = page.units
    for span in page.spans:
        size = span.end - span.start
        if size < 2 or size > CARD_MAX_UNITS:
            continue
        inside = [u for u in units[span.start : span.end] if not u.flagged]
        if not 2 <= len(inside) <= 3 or not is_link_dense(inside[0]) or len(inside[0].text) < 15:
            continue
        if sum(len(u.text) for u in inside[1:]) < CARD_MAX_SUMMARY:
            for unit in inside:
                unit.flagged = True


def choose_main(page: PageText) -> Span | None:
    """The container holding the main text: the smallest near the best score."""
    good, bad = unit_weights(page.units)
    pre_good = _prefix(good)
    pre_bad = _prefix(bad)
    scored: list[tuple[float, Span]] = []
    best = 0.0
    for span in page.spans:
        score = (pre_good[span.end] - pre_good[span.start]) - (
            pre_bad[span.end] - pre_bad[span.start]
        )
        if span.content_hint and score > 0:
            score *= CONTENT_BONUS
        scored.append((score, span))
        best = max(best, score)
    if best <= 0:
        return None
    near = [span for score, span in scored if score >= NEAR_BEST * best]
    return min(near, key=lambda s: (s.end - s.start, -s.depth))
