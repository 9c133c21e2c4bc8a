"""A Brief written out: Markdown for plain-text tools, HTML as a print-friendly page, DOCX.

DOCX through python-docx: real Word headings (Rubrik 1, 2), each passage a
paragraph with its number, in-text citation and a working hyperlink to the
source, and the reference list at the end.
"""

from __future__ import annotations

import functools
import io
import re
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from kb import templates_dir
from kb.cite.brief import Brief, BriefEntry, BriefSection, group_more_text, section_more_text
from kb.cite.citeformats import http_url, markdown_text, markdown_url

EMPTY_TEXT = "Sökningen gav inga träffar, så underlaget är tomt."
MEDIA_TYPES = {
    "md": "text/markdown; charset=utf-8",
    "html": "text/html; charset=utf-8",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


def write_brief(brief: Brief, fmt: str) -> bytes:
    """The brief in a format of kb.cite.brief.FORMATS, as the bytes of a file."""
    if fmt == "md":
        return format_markdown(brief).encode("utf-8")
    if fmt == "html":
        return format_html(brief).encode("utf-8")
    if fmt == "docx":
        return format_docx(brief)
    raise ValueError(f"unknown brief format {fmt!r}; choose md, docx or html")


def _intro(brief: Brief) -> str:
    return f"Sökning: {brief.search}. Skapat {brief.created} med kb."


def _link(entry: BriefEntry) -> str:
    return entry.citation.source_link or entry.citation.permalink


# --- Markdown ---------------------------------------------------------------



def format_markdown(brief: Brief) -> str:
    """The brief as Markdown: headings, numbered passages with links, the reference list."""
    lines = [f"# {markdown_text(brief.title)}", "", markdown_text(_intro(brief)), ""]
    if brief.search_url:
        lines += [f"[Sökningen i kb](<{markdown_url(brief.search_url)}>)", ""]
    lines += ["## Översikt", ""]
    if brief.empty:
        lines += [EMPTY_TEXT, ""]
        return "\n".join(lines)
    lines += [markdown_text(brief.overview.sentence()), ""]
    for section in brief.sections:
        if not section.total:
            continue
        lines += [f"## {section.title}", ""]
        if section.more:
            lines += [f"*{markdown_text(section_more_text(section))}*", ""]
        for group in section.groups:
            lines += [f"### {markdown_text(group.label)}", ""]
            for entry in group.entries:
                lines += [_md_entry(entry, section), ""]
            if group.more:
                lines += [f"*{markdown_text(group_more_text(group.more))}*", ""]
    lines += [f"## Referenser ({brief.style_label})", ""]
    lines += [f"- {markdown_text(r)}" for r in brief.references]
    return "\n".join(lines) + "\n"


def _md_entry(entry: BriefEntry, section: BriefSection) -> str:
    c = entry.citation
    text = f"”{c.quote}”" if section.kind == "quote" else c.passage.text
    parts = [f"**[{entry.number}]** {markdown_text(text)} {markdown_text(entry.in_text)}"]
    if _link(entry):
        parts.append(f"[Källa](<{markdown_url(_link(entry))}>)")
    if entry.references:
        refs = ", ".join(
            f"[{markdown_text(d)}](<{markdown_url(u)}>)" if u else markdown_text(d) for d, u in entry.references
        )
        parts.append(f"Hänvisar till {refs}.")
    return " ".join(parts)


# --- HTML -------------------------------------------------------------------


@functools.cache
def _environment() -> Environment:
    """The Jinja environment of the HTML brief, built once (templates are compiled once too)."""
    env = Environment(
        loader=FileSystemLoader(str(templates_dir())),
        autoescape=select_autoescape(["html"]),
    )
    env.filters["http_url"] = http_url
    return env


def format_html(brief: Brief) -> str:
    """The brief as one self-contained, print-friendly HTML page."""
    template = _environment().get_template("brief.html")
    return template.render(
        brief=brief,
        intro=_intro(brief),
        empty_text=EMPTY_TEXT,
        references=[Markup(r) for r in brief.references_html],
        section_more_text=section_more_text,
        group_more_text=group_more_text,
    )


# --- DOCX -------------------------------------------------------------------


def _add_hyperlink(paragraph: Any, url: str, text: str) -> None:
    """A clickable link in a python-docx paragraph (python-docx has no API for one)."""
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    rel_id = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel_id)
    run = OxmlElement("w:r")
    props = OxmlElement("w:rPr")
    style = OxmlElement("w:rStyle")
    style.set(qn("w:val"), "Hyperlink")
    props.append(style)
    color = OxmlElement("w:color")
    color.set(qn("w:val"), "0563C1")
    props.append(color)
    underline = OxmlElement("w:u")
    underline.set(qn("w:val"), "single")
    props.append(underline)
    run.append(props)
    text_el = OxmlElement("w:t")
    text_el.text = text
    text_el.set(qn("xml:space"), "preserve")
    run.append(text_el)
    link.append(run)
    paragraph._p.append(link)


# Characters XML 1.0 cannot hold; Word refuses a file with one.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(text: str) -> str:
    return _XML_INVALID.sub("", str(text))


def format_docx(brief: Brief) -> bytes:
    """The brief as a Word document: headings, numbered passages with links, references."""
    from docx import Document
    from docx.shared import Cm

    doc = Document()
    doc.core_properties.title = _clean(brief.title)
    doc.core_properties.subject = _clean(brief.search)
    doc.core_properties.language = "sv-SE"
    doc.add_heading(_clean(brief.title), level=0)
    intro = doc.add_paragraph(_clean(_intro(brief)))
    if brief.search_url:
        intro.add_run(" ")
        _add_hyperlink(intro, brief.search_url, "Sökningen i kb")
    doc.add_heading("Översikt", level=1)
    if brief.empty:
        doc.add_paragraph(EMPTY_TEXT)
        return _save(doc)
    doc.add_paragraph(_clean(brief.overview.sentence()))
    for section in brief.sections:
        if not section.total:
            continue
        doc.add_heading(section.title, level=1)
        if section.more:
            doc.add_paragraph().add_run(_clean(section_more_text(section))).italic = True
        for group in section.groups:
            doc.add_heading(_clean(group.label), level=2)
            for entry in group.entries:
                c = entry.citation
                text = f"”{c.quote}”" if section.kind == "quote" else c.passage.text
                paragraph = doc.add_paragraph()
                paragraph.add_run(f"[{entry.number}] ").bold = True
                paragraph.add_run(_clean(f"{text} {entry.in_text} "))
                if _link(entry):
                    _add_hyperlink(paragraph, _link(entry), "Källa")
                if entry.references:
                    paragraph.add_run(". Hänvisar till ")
                    for i, (designation, url) in enumerate(entry.references):
                        if i:
                            paragraph.add_run(", ")
                        if url:
                            _add_hyperlink(paragraph, url, designation)
                        else:
                            paragraph.add_run(designation)
                    paragraph.add_run(".")
            if group.more:
                doc.add_paragraph().add_run(_clean(group_more_text(group.more))).italic = True
    doc.add_heading(f"Referenser ({brief.style_label})", level=1)
    for reference in brief.references:
        paragraph = doc.add_paragraph(_clean(reference))
        # APA and Harvard set references with a hanging indent.
        paragraph.paragraph_format.left_indent = Cm(1.27)
        paragraph.paragraph_format.first_line_indent = Cm(-1.27)
    return _save(doc)


def _save(doc: Any) -> bytes:
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
