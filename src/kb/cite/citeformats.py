"""Citations written out: APA/Harvard text, BibTeX, RIS, CSL-JSON and a Markdown block.

Reference-manager formats (BibTeX, RIS, CSL-JSON) hold one entry per document,
however many of its passages were chosen; each chosen passage becomes a note
on its entry (the quote, its speaker and the link into the source), so nothing
the user collected is lost and no reference is listed twice.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import rispy

from kb.cite.citations import STYLES, Citation, CiteOptions, build_citations
from kb.cite.csl import CSL_STYLES, render_style
from kb.cite.vocab import UNCERTAIN_DATE_NOTE
from kb.models import Speaker

if TYPE_CHECKING:
    from whoosh.index import Index  # only as a type: Whoosh stays behind index and search

# Media types and file endings of the downloadable formats.
MEDIA_TYPES: dict[str, tuple[str, str]] = {
    "apa": ("text/plain; charset=utf-8", "txt"),
    "harvard": ("text/plain; charset=utf-8", "txt"),
    "bibtex": ("application/x-bibtex; charset=utf-8", "bib"),
    "ris": ("application/x-research-info-systems; charset=utf-8", "ris"),
    "csl-json": ("application/vnd.citationstyles.csl+json; charset=utf-8", "json"),
    "markdown": ("text/markdown; charset=utf-8", "md"),
}


def cite_passages(
    ix: Index, passage_ids: Iterable[str], style: str = "apa", options: CiteOptions | None = None
) -> str:
    """The passages cited in one style or export format, as text ready to print or save."""
    return format_citations(build_citations(ix, passage_ids, options), style)


def format_citations(citations: Sequence[Citation], style: str) -> str:
    """Citations in a style (apa, harvard) or export format (bibtex, ris, csl-json, markdown)."""
    if style not in STYLES:
        raise ValueError(f"unknown citation style {style!r}; choose one of {', '.join(STYLES)}")
    if style in CSL_STYLES:
        return format_text(citations, style)
    writer = {
        "bibtex": format_bibtex,
        "ris": format_ris,
        "csl-json": format_csl_json,
        "markdown": format_markdown,
    }[style]
    return writer(citations)


def speaker_line(speaker: Speaker | None) -> str:
    """ "Isabelle Carnlöf, projektledare, Myndigheten för vård- och omsorgsanalys"."""
    return speaker.as_line() if speaker is not None else ""


def format_text(citations: Sequence[Citation], style: str) -> str:
    """The reference list, then for each passage its in-text citation and links (plain text)."""
    rendered = render_style(citations, style)
    lines = ["Referenser:" if len(rendered.references) > 1 else "Referens:"]
    lines += list(rendered.references)
    for citation, in_text in zip(citations, rendered.in_text, strict=True):
        lines.append("")
        if len(citations) > 1:
            lines.append(f"”{_clip(citation.quote)}”")
        if citation.speaker:
            lines.append(f"Talare: {speaker_line(citation.speaker)}")
        lines.append(f"I löptexten: {in_text}")
        if citation.source_link:
            lines.append(f"Länk till källan: {citation.source_link}")
        if citation.permalink:
            lines.append(f"I kb: {citation.permalink}")
    return "\n".join(lines) + "\n"


def _clip(text: str, words: int = 12) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def _by_document(citations: Sequence[Citation]) -> list[tuple[dict[str, Any], list[Citation]]]:
    groups: dict[str, tuple[dict[str, Any], list[Citation]]] = {}
    for citation in citations:
        groups.setdefault(citation.item["id"], (citation.item, []))[1].append(citation)
    return list(groups.values())


def passage_note(citation: Citation) -> str:
    """One collected passage as a one-line note: the quote, who said it, where it stands."""
    parts = [f"Citat: ”{_one_line(citation.quote)}”"]
    if citation.speaker:
        parts.append(_one_line(speaker_line(citation.speaker)))
    if citation.passage.page:
        parts.append(f"s. {citation.passage.page}")
    if citation.source_link or citation.permalink:
        parts.append(f"Länk: {citation.source_link or citation.permalink}")
    return " — ".join(parts)


# --- BibTeX -----------------------------------------------------------------

# LaTeX's special characters. Braces become \textbraceleft/\textbraceright
# (followed by {} so a letter after them stays a letter): "\{" would leave an
# unbalanced brace, which BibTeX counts and chokes on.
_LATEX_SPECIALS = {
    "\\": r"\textbackslash{}",
    "{": r"\textbraceleft{}",
    "}": r"\textbraceright{}",
    "%": r"\%",
    "&": r"\&",
    "#": r"\#",
    "$": r"\$",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}
_LATEX_SPECIAL = re.compile("|".join(re.escape(c) for c in _LATEX_SPECIALS))
_BIBTEX_TYPES = {"report": "techreport", "article-magazine": "article"}


def latex_escape(text: str) -> str:
    """Text as a BibTeX field value: one line, LaTeX specials escaped, UTF-8 letters kept."""
    return _LATEX_SPECIAL.sub(lambda m: _LATEX_SPECIALS[m.group()], _one_line(text))


def _url_value(url: str) -> str:
    # URLs stay verbatim (biblatex and the url package read them as such) but
    # must not break the braces around the value or the line.
    return re.sub(r"[{}\s\\]", lambda m: f"%{ord(m.group()):02X}", url)


def bibtex_key(item: dict[str, Any]) -> str:
    """A readable, unique key: first author's first word, year, the document id's start."""
    author = (item.get("author") or [{}])[0]
    word = (author.get("family") or author.get("literal") or item.get("title", "")).split()
    ascii_word = unicodedata.normalize("NFKD", word[0] if word else "").encode("ascii", "ignore")
    slug = re.sub(r"[^a-z0-9]", "", ascii_word.decode().lower()) or "kb"
    year = _year(item) or "ua"
    return f"{slug}{year}{re.sub(r'[^a-z0-9]', '', item.get('id', '').lower())[:6]}"


def _year(item: dict[str, Any]) -> str:
    parts = (item.get("issued") or {}).get("date-parts") or [[]]
    return str(parts[0][0]) if parts[0] else ""


def _bibtex_part(text: str) -> str:
    # " and " separates names and a comma separates a name's parts: a part
    # holding either is braced so BibTeX reads it as one word.
    escaped = latex_escape(text)
    return "{" + escaped + "}" if re.search(r"(?i)\band\b|,", escaped) else escaped


def _bibtex_name(name: dict[str, str]) -> str:
    if "literal" in name:
        return "{" + latex_escape(name["literal"]) + "}"
    family = " ".join(filter(None, (name.get("non-dropping-particle"), name.get("family"))))
    return f"{_bibtex_part(family)}, {_bibtex_part(name.get('given', ''))}"


def format_bibtex(citations: Sequence[Citation]) -> str:
    """One BibTeX entry per document (biblatex fields alongside BibTeX's), passages in annote."""
    entries = []
    for item, cited in _by_document(citations):
        kind = _BIBTEX_TYPES.get(item["type"], "misc")
        fields: list[tuple[str, str]] = []
        if item.get("author"):
            fields.append(("author", " and ".join(_bibtex_name(a) for a in item["author"])))
        fields.append(("title", "{" + latex_escape(item["title"]) + "}"))
        if item.get("container-title"):
            fields.append(("journal", latex_escape(item["container-title"])))
        publisher = item.get("publisher", "")
        if kind == "techreport" and not publisher:  # a report's institution is required
            publisher = (item.get("author") or [{}])[0].get("literal", "")
        if publisher:
            fields.append(
                ("institution" if kind == "techreport" else "publisher", latex_escape(publisher))
            )
        if item.get("genre"):
            fields.append(("type", latex_escape(item["genre"])))
        fields += _bibtex_date(item)
        if item.get("URL"):
            fields.append(("url", _url_value(item["URL"])))
        if item.get("language") == "sv":
            fields.append(("langid", "swedish"))
        notes = [UNCERTAIN_DATE_NOTE + "."] if (item.get("issued") or {}).get("circa") else []
        notes += [passage_note(c) for c in cited]
        fields.append(("annote", latex_escape(" ¶ ".join(notes))))
        body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
        entries.append(f"@{kind}{{{bibtex_key(item)},\n{body}\n}}\n")
    return "\n".join(entries)


def _bibtex_date(item: dict[str, Any]) -> list[tuple[str, str]]:
    issued = item.get("issued") or {}
    parts = (issued.get("date-parts") or [[]])[0]
    if not parts:
        return []
    fields = [("year", str(parts[0]))]
    if len(parts) > 1:
        fields.append(("month", str(parts[1])))
    iso = "-".join(f"{p:02d}" if i else str(p) for i, p in enumerate(parts))
    # biblatex reads "2021~" as an approximate year (its EDTF support).
    fields.append(("date", iso + ("~" if issued.get("circa") else "")))
    return fields


# --- RIS --------------------------------------------------------------------

_RIS_TYPES = {"report": "RPRT", "article-magazine": "MGZN", "webpage": "ELEC"}


def _ris_name(name: dict[str, str]) -> str:
    if "literal" in name:
        return _one_line(name["literal"])
    family = " ".join(filter(None, (name.get("non-dropping-particle"), name.get("family"))))
    return _one_line(f"{family}, {name.get('given', '')}")


class _RisWriter(rispy.RisWriter):
    """rispy's RIS writer without its "1." line before each record: a record starts with TY."""

    def set_header(self, count: int) -> str:
        return ""


def format_ris(citations: Sequence[Citation]) -> str:
    """One RIS record per document, each collected passage as a note (N1)."""
    records = []
    for item, cited in _by_document(citations):
        record: dict[str, Any] = {
            "type_of_reference": _RIS_TYPES.get(item["type"], "GEN"),
            "title": _one_line(item["title"]),
        }
        if item.get("author"):
            record["authors"] = [_ris_name(a) for a in item["author"]]
        if item.get("container-title"):
            record["secondary_title"] = _one_line(item["container-title"])
        if item.get("publisher"):
            record["publisher"] = _one_line(item["publisher"])
        if item.get("genre"):
            record["type_of_work"] = _one_line(item["genre"])
        parts = ((item.get("issued") or {}).get("date-parts") or [[]])[0]
        if parts:
            record["year"] = str(parts[0])
            month, day = [*(f"{p:02d}" for p in parts[1:3]), "", ""][:2]
            record["date"] = f"{parts[0]}/{month}/{day}/"  # RIS: YYYY/MM/DD/other
        if item.get("URL"):
            record["urls"] = [_one_line(item["URL"])]
        if item.get("language"):
            record["language"] = item["language"]
        notes = [UNCERTAIN_DATE_NOTE + "."] if (item.get("issued") or {}).get("circa") else []
        record["notes"] = notes + [_one_line(passage_note(c)) for c in cited]
        records.append(record)
    return rispy.dumps(records, implementation=_RisWriter)


# --- CSL-JSON and Markdown ----------------------------------------------------


def format_csl_json(citations: Sequence[Citation]) -> str:
    """The documents as a CSL-JSON array, the collected passages in each item's note."""
    items = []
    for item, cited in _by_document(citations):
        items.append({**item, "note": "\n".join(passage_note(c) for c in cited)})
    return json.dumps(items, ensure_ascii=False, indent=2) + "\n"


def http_url(url: str | None) -> str:
    """The URL if it is a web address; "" for anything else (javascript:, data:, file: …)."""
    url = (url or "").strip()
    return url if urlsplit(url).scheme.lower() in ("http", "https") else ""


def markdown_text(text: str) -> str:
    """Text on one line with Markdown's special characters escaped."""
    return re.sub(r"([\\`*_\[\]<>#|])", r"\\\1", _one_line(text))


def markdown_url(url: str) -> str:
    """A URL with the characters that would end a Markdown link percent-encoded."""
    return re.sub(r"[<>\s]", lambda m: f"%{ord(m.group()):02X}", url)


def format_markdown(citations: Sequence[Citation], style: str = "apa") -> str:
    """Each passage as a block to paste into a memo: the quote, the speaker, the source link."""
    rendered = render_style(citations, style, "markdown")
    references = dict(zip(rendered.reference_ids, rendered.references, strict=True))
    blocks = []
    for citation, in_text in zip(citations, rendered.in_text, strict=True):
        lines = [f"> {markdown_text(citation.quote)}"]
        if citation.speaker:
            lines += [">", f"> — {markdown_text(speaker_line(citation.speaker))}"]
        lines += ["", in_text, "", f"Källa: {references[citation.item['id']]}", ""]
        links = (
            [f"[Citatet i kb](<{markdown_url(citation.permalink)}>)"] if citation.permalink else []
        )
        if citation.source_link:
            links.insert(0, f"[Citatet i originalet](<{markdown_url(citation.source_link)}>)")
        lines.append(" · ".join(links))
        blocks.append("\n".join(lines))
    return "\n\n---\n\n".join(blocks) + "\n"
