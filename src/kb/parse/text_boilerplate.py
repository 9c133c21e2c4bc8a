"""Page furniture in text saved from web pages: found, dropped, and mined for metadata.

Plain text and Markdown copied from a news or agency page bring the page's
furniture along: teaser lists ("Läs mer"), subscription prompts, photo
credits and captions (often twice in a row), contact blocks, the trailing
"about the agency" block and notices about the publisher. This module drops
them from a reader's preliminary blocks, and keeps what they tell: the date
printed on the page and the byline.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace

from kb.models import Block
from kb.parse.dates import iso_date
from kb.parse.settings import ARTICLE_PARAGRAPH, CAPTION_MAX, LABEL_MAX
from kb.parse.vocab import (
    ABOUT_HEADING_PATTERN,
    BOILERPLATE_LINES,
    BOILERPLATE_PREFIXES,
    BYLINE_PREFIXES,
    CASE_NUMBER_LABELS,
    CONTACT_LABELS,
    DATE_LABELS,
    HTML_MONTHS,
    NOTICE_PATTERNS,
    QUOTE_SECTION_HEADINGS,
    SITE_NOTICE_PATTERNS,
    TEASER_HEADINGS,
)

log = logging.getLogger(__name__)


_LABELS = "|".join(re.escape(label) for label in DATE_LABELS)
_MONTHS = "|".join(sorted(HTML_MONTHS, key=len, reverse=True))
_TIME = r"(?:,?\s*(?:kl\.?\s*)?\d{1,2}[:.]\d{2})?"
_ISO_DATE = re.compile(rf"^(?:(?:{_LABELS})\s*:?\s*)?(\d{{4}})-(\d{{2}})-(\d{{2}}){_TIME}$", re.I)
_TEXT_DATE = re.compile(
    rf"^(?:(?:{_LABELS})\s*:?\s*)?(\d{{1,2}})\s+({_MONTHS})\.?\s+(\d{{4}}){_TIME}$", re.I
)
_NAME_WORD = r"(?:[A-ZÅÄÖÉ][a-zåäöéüè]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?|af|von|de|van|der)"
_NAME = re.compile(rf"^{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}$")
_BYLINE_LABELS = "|".join(re.escape(p) for p in BYLINE_PREFIXES)
_BYLINE = re.compile(rf"^(?:{_BYLINE_LABELS})\s*(.+)$", re.I)
_CAPTION = re.compile(r"\b(?:Foto|Bild|Fotograf|Illustration)\s*:\s*[^.!?]{2,60}$")
_IMAGE_NAME = re.compile(r"^(?:[\w-]+_[\w-]+|\S+\.(?:jpe?g|png|gif|svg|webp|tiff?))$", re.I)
_SEPARATOR = re.compile(r"^[-_=*~#.·•\s]{3,}$")
_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
_CONTACT_LABEL = "|".join(re.escape(label) for label in CONTACT_LABELS)
_PHONE = re.compile(rf"^(?:(?:{_CONTACT_LABEL})[\s.:]*)*\+?[\d][\d\s\-–()/]{{6,}}\d$", re.I)
_EMAIL = re.compile(rf"^(?:(?:{_CONTACT_LABEL})[\s.:]*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+$", re.I)
_NOTICE = re.compile("|".join(NOTICE_PATTERNS), re.I)
_SITE_NOTICE = re.compile("|".join(SITE_NOTICE_PATTERNS), re.I)
_ABOUT = re.compile(ABOUT_HEADING_PATTERN, re.I)
# A case number at the end of a line, after a space or glued to the word before it
# (then capitalised: "trygghetDiarienummer", not "kundnr").
_CASE_LABEL = "|".join(CASE_NUMBER_LABELS)
_CASE_NUMBER = re.compile(
    rf"(?:(?:^|\s+)(?i:{_CASE_LABEL})|(?<=[a-zåäö])(?:{_CASE_LABEL.title()}))"
    r"\.?\s*:\s*[\w./-]+$"
)
_CLOSING = re.compile(r"[.!?…:;,”\")]$")
_ELLIPSIS = ("…", "...")


@dataclass(frozen=True)
class Cleaned:
    """A reader's blocks without page furniture, and what the furniture said."""

    blocks: list[Block]
    date: str = ""  # ISO 8601, printed on the page
    authors: tuple[str, ...] = ()


def find_date(line: str) -> str:
    """The ISO date of a line that is only a date ("1 mar 2021", "Senast uppdaterad 2021-06-23")."""
    line = line.strip()
    if match := _ISO_DATE.match(line):
        year, month, day = match.groups()
    elif match := _TEXT_DATE.match(line):
        day, month_name, year = match.groups()
        month = str(HTML_MONTHS[month_name.lower()])
    else:
        return ""
    return iso_date(year, month, day)


def is_boilerplate_line(text: str) -> bool:
    """Whether one line is page furniture whatever surrounds it."""
    folded = text.casefold().strip()
    return bool(
        folded in BOILERPLATE_LINES
        or folded.startswith(BOILERPLATE_PREFIXES)
        or _CAPTION.search(text)
        or _IMAGE_NAME.match(text)
        or _SEPARATOR.match(text)
        or _URL.match(text)
    )


def is_contact_line(text: str) -> bool:
    """A phone number, e-mail address or web address on a line of its own."""
    return bool(_PHONE.match(text) or _EMAIL.match(text) or _URL.match(text))


def clean_blocks(blocks: list[Block]) -> Cleaned:
    """Drop page furniture from a reader's blocks, keeping the page's date and byline."""
    blocks = _cut_teasers(blocks)
    blocks = _drop_case_numbers(blocks)
    blocks, date, authors = _take_dates_and_bylines(blocks)
    blocks = _drop_repeats(blocks)
    blocks = [b for b in blocks if not is_boilerplate_line(b.text)]
    blocks = _drop_contacts(blocks)
    blocks = _drop_notices(blocks)
    blocks = [b for b in blocks if not _is_site_notice(b.text)]
    blocks = _drop_about(blocks)
    return Cleaned(blocks, date, authors)


def _drop_case_numbers(blocks: list[Block]) -> list[Block]:
    """Case numbers ("Diarienummer: S2025/02119"), on a line of their own or glued to a heading."""
    kept: list[Block] = []
    for block in blocks:
        text = _CASE_NUMBER.sub("", block.text)
        if text == block.text:
            kept.append(block)
        elif text and block.kind == "heading":
            kept.append(replace(block, text=text))
        elif not text:
            continue  # the number alone
        else:
            kept.append(block)  # a sentence ending in one is text
    return kept


def _folded(block: Block) -> str:
    return " ".join(block.text.casefold().split())


def _cut_teasers(blocks: list[Block]) -> list[Block]:
    """Everything from a "Läs mer" heading until article text comes back."""
    kept: list[Block] = []
    in_teasers = False
    for block in blocks:
        folded = _folded(block).rstrip(":")
        if folded in TEASER_HEADINGS:
            in_teasers = True
            continue
        if in_teasers:
            is_article = (
                len(block.text) > ARTICLE_PARAGRAPH and not block.text.endswith(_ELLIPSIS)
            ) or folded in QUOTE_SECTION_HEADINGS
            if not is_article:
                continue
            in_teasers = False
        kept.append(block)
    return kept


def _take_dates_and_bylines(blocks: list[Block]) -> tuple[list[Block], str, tuple[str, ...]]:
    """Drop date lines and bylines; the first date and byline become metadata."""
    kept: list[Block] = []
    date = ""
    authors: list[str] = []
    for i, block in enumerate(blocks):
        if found := find_date(block.text):
            date = date or found
            continue
        next_is_date = i + 1 < len(blocks) and bool(find_date(blocks[i + 1].text))
        if block.kind != "heading" or next_is_date:
            names = _byline_names(block.text, before_date=next_is_date)
            if names:
                authors.extend(n for n in names if n not in authors)
                continue
        kept.append(block)
    return kept, date, tuple(authors)


def _byline_names(text: str, *, before_date: bool) -> list[str]:
    """The names of a byline: "Text: A och B", or a bare name just above the date."""
    if match := _BYLINE.match(text.strip()):
        names = re.split(r"\s*(?:,|\boch\b|&)\s*", match.group(1).strip().rstrip("."))
        return [n for n in names if _NAME.match(n)]
    if before_date and _NAME.match(text.strip()):
        return [text.strip()]
    return []


def _drop_repeats(blocks: list[Block]) -> list[Block]:
    """Lines shown twice in a row (captions, alt text, dates) go; a long paragraph keeps one copy."""
    kept: list[Block] = []
    i = 0
    while i < len(blocks):
        j = i + 1
        while j < len(blocks) and _folded(blocks[j]) == _folded(blocks[i]):
            j += 1
        if j - i == 1 or len(blocks[i].text) > CAPTION_MAX:
            kept.append(blocks[i])
        i = j
    return kept


def _is_label(block: Block) -> bool:
    """A short line without closing punctuation: a name, a job title, a place."""
    return len(block.text) <= LABEL_MAX and not _CLOSING.search(block.text)


def _drop_contacts(blocks: list[Block]) -> list[Block]:
    """Contact blocks: phone and e-mail lines and the name and title lines just above them."""
    drop: set[int] = set()
    for i, block in enumerate(blocks):
        if not is_contact_line(block.text):
            continue
        drop.add(i)
        j = i - 1
        while j >= 0 and i - j <= 3 and (j in drop or _is_label(blocks[j])):
            if blocks[j].kind == "heading" and blocks[j].level <= 1:
                break
            drop.add(j)
            j -= 1
    return [b for i, b in enumerate(blocks) if i not in drop]


def _is_site_notice(text: str) -> bool:
    """A site's cookie banner or browser notice: short, in its own words, no one quoted."""
    text = text.strip()
    return len(text) < 300 and "säger" not in text and bool(_SITE_NOTICE.search(text))


def _drop_notices(blocks: list[Block]) -> list[Block]:
    """Notices about the publisher ("Vi har ändrat logotyp …") and the line they head."""
    kept: list[Block] = []
    skip_next = False
    for block in blocks:
        if _NOTICE.search(block.text) or skip_next:
            skip_next = _is_label(block) and bool(_NOTICE.search(block.text))
            continue
        kept.append(block)
    return kept


def _drop_about(blocks: list[Block]) -> list[Block]:
    """The trailing "Om <organisation>" block, up to a block of quotes or the end."""
    kept: list[Block] = []
    in_about = False
    for i, block in enumerate(blocks):
        folded = _folded(block)
        if in_about and folded in QUOTE_SECTION_HEADINGS:
            in_about = False
        elif (
            not in_about
            and i >= len(blocks) // 2
            and _is_label(block)
            and _ABOUT.match(block.text.strip())
            and i + 1 < len(blocks)
        ):
            log.debug("dropping about-the-publisher block from %r", block.text)
            in_about = True
        if not in_about:
            kept.append(block)
    return kept
