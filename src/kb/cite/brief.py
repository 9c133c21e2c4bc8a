"""A research brief: a search (or a basket of passages) in, a structured draft with references out.

The brief holds an overview (how many findings, quotes and recommendations,
from how many documents and publishers, over which years), the findings
grouped by document, the quotes by speaker, the recommendations by addressee,
every passage numbered with its in-text citation and source link, and the
reference list rendered by the same CSL code as `kb cite` (kb.cite.csl), so its
entries are the ones `kb cite` prints. kb.cite.briefformats writes it as Markdown,
HTML or DOCX.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, Any

from kb.cite.citations import Citation, CiteOptions, cite_passage, page_blocks
from kb.cite.citeformats import speaker_line
from kb.cite.csl import CSL_STYLES, render_style
from kb.errors import NotFound
from kb.extract.references import public_url
from kb.models import Passage
from kb.search import SearchRequest, fetch_document, fetch_passage, run_search
from kb.search.designations import find_designated
from kb.search.vocab import FACET_LABELS, KIND_NAMES

if TYPE_CHECKING:
    from whoosh.index import Index

# Passages shown per section, and per group within one: a brief of 500 passages
# stays a text to read (3 sections of at most 40), the rest counted ("och 12 till").
SECTION_CAP = 40
GROUP_CAP = 10
# The brief's sections: passage kind -> heading.
SECTIONS = (("finding", "Fynd"), ("quote", "Citat"), ("recommendation", "Rekommendationer"))
NO_SPEAKER = "Okänd talare"
NO_ADDRESSEE = "Utan angiven mottagare"
FORMATS = ("md", "docx", "html")
@dataclass(frozen=True)
class BriefOptions:
    """How a brief is built: reference style, kb's address for permalinks, caps."""

    style: str = "apa"  # a CSL style of kb.cite.csl.CSL_STYLES
    base_url: str = ""
    section_cap: int = SECTION_CAP
    group_cap: int = GROUP_CAP
    today: str = ""  # YYYY-MM-DD printed as the brief's date; empty: today


@dataclass(frozen=True)
class BriefEntry:
    """One passage in the brief: its number, citation and in-text citation."""

    number: int
    citation: Citation
    in_text: str
    references: tuple[tuple[str, str], ...] = ()  # (designation, link) it cites


@dataclass(frozen=True)
class BriefGroup:
    """Passages under one document, speaker or addressee."""

    label: str
    entries: tuple[BriefEntry, ...]
    more: int = 0  # the group's passages among those weighed that the caps left out


@dataclass(frozen=True)
class BriefSection:
    """Findings, quotes or recommendations, grouped."""

    kind: str
    title: str
    total: int  # how many the search found
    groups: tuple[BriefGroup, ...]

    @property
    def shown(self) -> int:
        return sum(len(g.entries) for g in self.groups)

    @property
    def more(self) -> int:
        return self.total - self.shown


@dataclass(frozen=True)
class Overview:
    """Counts over everything the brief covers (not only the passages it shows)."""

    findings: int
    quotes: int
    recommendations: int
    documents: int
    publishers: int
    first_year: str = ""
    last_year: str = ""

    def sentence(self) -> str:
        """The overview in one Swedish sentence."""
        counts = (
            f"{self.findings} {'fynd'}, {self.quotes} {'citat'} och "
            f"{self.recommendations} {'rekommendation' if self.recommendations == 1 else 'rekommendationer'}"
        )
        docs = f"{self.documents} {'dokument'}"
        pubs = f"{self.publishers} {'utgivare'}"
        years = ""
        if self.first_year and self.first_year != self.last_year:
            years = f", åren {self.first_year}–{self.last_year}"
        elif self.first_year:
            years = f", år {self.first_year}"
        return f"{counts} ur {docs} från {pubs}{years}."


@dataclass(frozen=True)
class Brief:
    """A research brief, ready to be written out in any format."""

    title: str
    search: str  # the search (or basket) that made it, in words
    search_url: str  # the same search in kb, when kb's address is known
    created: str
    overview: Overview
    sections: tuple[BriefSection, ...]
    references: tuple[str, ...]  # plain text, as `kb cite` prints them
    references_html: tuple[str, ...]
    style: str

    @property
    def empty(self) -> bool:
        return not any(s.total for s in self.sections)

    @property
    def style_label(self) -> str:
        return CSL_STYLES[self.style][1]

    @property
    def entries(self) -> list[BriefEntry]:
        return [e for s in self.sections for g in s.groups for e in g.entries]


# --- gathering --------------------------------------------------------------


def describe_search(request: SearchRequest) -> str:
    """A search in words: "”distansmöten”; typ av stycke: citat; från 2020"."""
    parts = [f"”{request.q}”" if request.q else "alla stycken"]
    for name, values in request.filters:
        shown = ", ".join(KIND_NAMES.get(v, v) if name == "kind" else v for v in values)
        parts.append(f"{FACET_LABELS.get(name, name).lower()}: {shown}")
    if request.date_from:
        parts.append(f"från {request.date_from}")
    if request.date_to:
        parts.append(f"till {request.date_to}")
    return "; ".join(parts)


def _with_kind(request: SearchRequest, kind: str) -> SearchRequest | None:
    """The request narrowed to one kind; None when its own kind filter excludes that kind."""
    filters = request.filter_dict()
    if filters.get("kind") and kind not in filters["kind"]:
        return None
    filters["kind"] = [kind]
    return SearchRequest.create(
        request.q,
        filters,
        page=1,
        per_page=100,
        sort=request.sort,
        date_from=request.date_from,
        date_to=request.date_to,
    )


def brief_from_search(
    ix: Index, request: SearchRequest, options: BriefOptions | None = None, search_url: str = ""
) -> Brief:
    """The brief of a search: every kind's best passages up to the caps, the rest counted."""
    options = options or BriefOptions()
    whole = run_search(ix, replace(request, page=1, per_page=1))
    kinds = {v.value: v.count for v in whole.facets.get("kind", ())}
    years = sorted(v.value for v in whole.facets.get("year", ()) if v.count)
    chosen: dict[str, list[tuple[Passage, dict[str, Any]]]] = {}
    totals: dict[str, int] = {}
    for kind, _ in SECTIONS:
        narrowed = _with_kind(request, kind)
        if narrowed is None:
            chosen[kind], totals[kind] = [], 0
            continue
        # A page of the best (MAX_PER_PAGE) to choose from: enough to fill the section
        # when one group is capped, and what "och N till i den här gruppen" counts within.
        results = run_search(ix, narrowed)
        chosen[kind] = [(h.passage, h.document) for h in results.hits]
        totals[kind] = results.total
    overview = Overview(
        findings=kinds.get("finding", 0) if totals["finding"] else 0,
        quotes=kinds.get("quote", 0) if totals["quote"] else 0,
        recommendations=kinds.get("recommendation", 0) if totals["recommendation"] else 0,
        documents=whole.documents,
        publishers=whole.publishers,
        first_year=years[0] if years else "",
        last_year=years[-1] if years else "",
    )
    title = f"Underlag: {request.q}" if request.q else "Underlag"
    return _assemble(
        ix, title, describe_search(request), search_url, overview, chosen, totals, options
    )


def brief_from_passages(
    ix: Index, passage_ids: Iterable[str], options: BriefOptions | None = None
) -> Brief:
    """The brief of a basket: the passages given (unknown ids left out), grouped as a search's."""
    options = options or BriefOptions()
    chosen: dict[str, list[tuple[Passage, dict[str, Any]]]] = {k: [] for k, _ in SECTIONS}
    others = 0
    docs: dict[str, dict[str, Any]] = {}
    for passage_id in dict.fromkeys(passage_ids):
        try:
            passage, document = fetch_passage(ix, passage_id)
        except NotFound:
            continue
        docs[passage.doc_id] = document
        if passage.kind in chosen:
            chosen[passage.kind].append((passage, document))
        else:
            others += 1
    totals = {k: len(v) for k, v in chosen.items()}
    years = sorted(str(d.get("date", ""))[:4] for d in docs.values() if d.get("date"))
    overview = Overview(
        findings=totals["finding"],
        quotes=totals["quote"],
        recommendations=totals["recommendation"],
        documents=len(docs),
        publishers=len({d.get("publisher") for d in docs.values() if d.get("publisher")}),
        first_year=years[0] if years else "",
        last_year=years[-1] if years else "",
    )
    count = sum(totals.values()) + others
    search = f"Mina citat: {count} {'stycke' if count == 1 else 'stycken'}"
    return _assemble(ix, "Underlag: Mina citat", search, "", overview, chosen, totals, options)


def _group_label(kind: str, passage: Passage, document: dict[str, Any]) -> str:
    if kind == "quote":
        return speaker_line(passage.speaker) or NO_SPEAKER
    if kind == "recommendation":
        return f"Till {passage.addressee}" if passage.addressee else NO_ADDRESSEE
    title = document.get("title") or "Utan titel"
    publisher = document.get("publisher", "")
    year = str(document.get("date", ""))[:4]
    detail = ", ".join(p for p in (publisher, year) if p)
    return f"{title} ({detail})" if detail else title


def _assemble(
    ix: Index,
    title: str,
    search: str,
    search_url: str,
    overview: Overview,
    chosen: dict[str, list[tuple[Passage, dict[str, Any]]]],
    totals: dict[str, int],
    options: BriefOptions,
) -> Brief:
    if options.style not in CSL_STYLES:
        raise ValueError(f"unknown style {options.style!r}; choose one of {', '.join(CSL_STYLES)}")
    cite_options = CiteOptions(base_url=options.base_url)
    pages: dict[str, tuple[list[str], dict[str, int]]] = {}
    grouped: dict[str, dict[str, list[Citation]]] = {}
    left: dict[tuple[str, str], int] = {}  # (kind, group) -> passages fetched but not shown
    for kind, _ in SECTIONS:
        # In rank order, each group takes up to group_cap and the section up to section_cap,
        # so one busy speaker or addressee leaves room for the others.
        groups: dict[str, list[Citation]] = {}
        taken = 0
        for passage, document in chosen.get(kind, []):
            label = _group_label(kind, passage, document)
            group = groups.setdefault(label, [])
            if len(group) >= options.group_cap or taken >= options.section_cap:
                left[kind, label] = left.get((kind, label), 0) + 1
                continue
            if passage.doc_id not in pages:
                _, passages = fetch_document(ix, passage.doc_id)
                pages[passage.doc_id] = page_blocks(document, passages)
            blocks, where = pages[passage.doc_id]
            group.append(
                cite_passage(passage, document, blocks, where.get(passage.id), cite_options)
            )
            taken += 1
        if kind == "finding":  # a document's findings in its reading order
            for citations in groups.values():
                citations.sort(key=lambda c: c.passage.position)
        grouped[kind] = {label: group for label, group in groups.items() if group}
    shown = [c for kind, _ in SECTIONS for group in grouped[kind].values() for c in group]
    rendered = render_style(shown, options.style) if shown else None
    rendered_html = render_style(shown, options.style, "html") if shown else None
    in_text = (
        dict(zip((c.passage.id for c in shown), rendered.in_text, strict=True)) if rendered else {}
    )
    cited = [d for c in shown for d in c.passage.references]
    in_kb = find_designated(ix, cited) if cited else {}
    links = {
        d: (
            f"{options.base_url.rstrip('/')}/dokument/{in_kb[d]['id']}"
            if d in in_kb and options.base_url
            else public_url(d)
        )
        for d in cited
    }
    number = 0
    sections = []
    for kind, heading in SECTIONS:
        groups_out = []
        for label, citations in grouped[kind].items():
            entries = []
            for citation in citations:
                number += 1
                entries.append(
                    BriefEntry(
                        number,
                        citation,
                        in_text[citation.passage.id],
                        tuple((d, links[d]) for d in citation.passage.references),
                    )
                )
            groups_out.append(BriefGroup(label, tuple(entries), left.get((kind, label), 0)))
        sections.append(BriefSection(kind, heading, totals.get(kind, 0), tuple(groups_out)))
    return Brief(
        title=title,
        search=search,
        search_url=search_url,
        created=options.today or date.today().isoformat(),
        overview=overview,
        sections=tuple(sections),
        references=rendered.references if rendered else (),
        references_html=rendered_html.references if rendered_html else (),
        style=options.style,
    )


def group_more_text(count: int) -> str:
    """ "… och 3 till i den här gruppen" — what the caps left out of a group (among the best
    hundred hits of its section; the section's line gives the whole count)."""
    return f"… och {count} till i den här gruppen."


def section_more_text(section: BriefSection) -> str:
    """ "Visar 40 av 52 fynd; och 12 till finns i sökningen." — said where a section is capped."""
    return f"Visar {section.shown} av {section.total}; och {section.more} till finns i sökningen."
