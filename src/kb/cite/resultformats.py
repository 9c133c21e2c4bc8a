"""Search results as files: every hit as CSV or JSONL rows, the newest as an Atom feed.

`/api/search.csv`, `/api/search.jsonl`, `kb search --format csv|jsonl` and
`/feed` write what kb.search.export streams. CSV is UTF-8 with a byte order
mark, so that a spreadsheet opening it by double-click reads å, ä and ö right,
and a cell that would run as a formula starts with an apostrophe.
The feed is built with ElementTree, so every name and text is escaped by the
XML writer.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from xml.etree import ElementTree as ET

from kb.cite.citations import CiteOptions, cite_passage
from kb.search import Hit
from kb.search.vocab import KIND_NAMES

CSV_BOM = "\ufeff"
# One row per hit: what a spreadsheet user filters and sorts on, then the links.
EXPORT_COLUMNS = (
    "id",
    "url",
    "kind",
    "kind_sv",
    "text",
    "quote",
    "speaker_name",
    "speaker_role",
    "speaker_organisation",
    "addressee",
    "topics",
    "heading",
    "page",
    "document_id",
    "document_title",
    "publisher",
    "doctype",
    "date",
    "date_certain",
    "source_url",
    "source_link",
)
ATOM = "http://www.w3.org/2005/Atom"
# A cell a spreadsheet would run as a formula ("=HYPERLINK(…)" on a hostile page):
# OWASP's CSV injection list. A minus starts a formula only before a name or a
# parenthesis; "-20 %" and "– Vi ser…" stay as they are.
_FORMULA = re.compile(r"^(?:[=+@\t\r]|-[^\s\d\-–])")


def hit_record(hit: Hit, base_url: str = "") -> dict[str, Any]:
    """A hit as one flat row: the passage, its speaker, its document and its links.

    `url` (the passage in kb) needs kb's address; without one it is empty.
    `source_link` opens the original at the passage's words.
    """
    passage, doc = hit.passage, hit.document
    citation = cite_passage(passage, doc, options=CiteOptions(base_url=base_url))
    speaker = passage.speaker
    return {
        "id": passage.id,
        "url": citation.permalink,
        "kind": passage.kind,
        "kind_sv": KIND_NAMES.get(passage.kind, passage.kind),
        "text": passage.text,
        "quote": citation.quote if passage.kind == "quote" else "",
        "speaker_name": speaker.name if speaker else "",
        "speaker_role": speaker.role if speaker else "",
        "speaker_organisation": speaker.organisation if speaker else "",
        "addressee": passage.addressee,
        "topics": "; ".join(passage.topics),
        "heading": passage.heading,
        "page": passage.page if passage.page is not None else "",
        "document_id": passage.doc_id,
        "document_title": doc.get("title", ""),
        "publisher": doc.get("publisher", ""),
        "doctype": doc.get("doctype", ""),
        "date": doc.get("date", ""),
        "date_certain": bool(doc.get("date_certain", False)),
        "source_url": doc.get("url", ""),
        "source_link": citation.source_link,
    }


def iter_csv(hits: Iterable[Hit], base_url: str = "") -> Iterator[str]:
    """CSV text in pieces: the byte order mark and header, then one line per hit."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=EXPORT_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    yield CSV_BOM + buffer.getvalue()
    for hit in hits:
        buffer.seek(0)
        buffer.truncate()
        row = hit_record(hit, base_url)
        row["date_certain"] = "ja" if row["date_certain"] else "nej"
        writer.writerow({k: _inert(v) for k, v in row.items()})
        yield buffer.getvalue()


def _inert(value: Any) -> Any:
    """A cell that a spreadsheet will show as text: a formula gets a leading apostrophe."""
    return "'" + value if isinstance(value, str) and _FORMULA.match(value) else value


def iter_jsonl(hits: Iterable[Hit], base_url: str = "") -> Iterator[str]:
    """One JSON object per line and hit: the passage's fields, its links, and its document."""
    for hit in hits:
        record = hit_record(hit, base_url)
        data = {
            **hit.passage.as_dict(),
            "url": record["url"],
            "source_link": record["source_link"],
            "document": hit.document,
        }
        yield json.dumps(data, ensure_ascii=False) + "\n"


@dataclass(frozen=True)
class FeedInfo:
    """What a feed says about itself: title, its own URL, the search page it follows."""

    title: str
    feed_url: str  # absolute: the feed's id and rel="self"
    search_url: str  # absolute: the results page, rel="alternate"
    base_url: str  # kb's address, for each entry's permalink
    subtitle: str = ""


def _atom_time(value: str) -> str:
    """An index time or a document date as an Atom date-time ("" for a partial date)."""
    if len(value) == 10:  # YYYY-MM-DD
        return value + "T00:00:00Z"
    if "T" in value:
        return value.replace("+00:00", "Z")
    return ""


def _entry_title(hit: Hit) -> str:
    passage, doc = hit.passage, hit.document
    kind = KIND_NAMES.get(passage.kind, passage.kind).capitalize()
    who = passage.speaker.name if passage.speaker else passage.addressee
    title = f"{kind}: {doc.get('title') or 'Utan titel'}"
    return f"{title} ({who})" if who else title


def atom_feed(hits: Iterable[Hit], info: FeedInfo) -> bytes:
    """An Atom 1.0 feed: each hit an entry linking to its passage page in kb."""
    ET.register_namespace("", ATOM)

    def sub(parent: ET.Element, tag: str, text: str = "", **attrs: str) -> ET.Element:
        element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
        if text:
            element.text = text
        return element

    feed = ET.Element(f"{{{ATOM}}}feed", {"xml:lang": "sv"})
    sub(feed, "id", info.feed_url)
    sub(feed, "title", info.title)
    if info.subtitle:
        sub(feed, "subtitle", info.subtitle)
    sub(feed, "link", rel="self", type="application/atom+xml", href=info.feed_url)
    sub(feed, "link", rel="alternate", type="text/html", href=info.search_url)
    author = sub(feed, "author")
    sub(author, "name", "Kunskapsbanken")
    sub(feed, "generator", "kb")
    updated = sub(feed, "updated")
    newest = ""
    for hit in hits:
        passage, doc = hit.passage, hit.document
        link = cite_passage(passage, doc, options=CiteOptions(base_url=info.base_url))
        entry = sub(feed, "entry")
        sub(entry, "id", link.permalink)
        sub(entry, "title", _entry_title(hit))
        sub(entry, "link", rel="alternate", type="text/html", href=link.permalink)
        if link.source_link:
            sub(entry, "link", rel="related", type="text/html", href=link.source_link)
        entry_updated = _atom_time(doc.get("indexed_at", "")) or _atom_time(doc.get("date", ""))
        entry_updated = entry_updated or datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        newest = max(newest, entry_updated)
        sub(entry, "updated", entry_updated)
        published = _atom_time(doc.get("date", ""))
        if published:
            sub(entry, "published", published)
        entry_author = sub(entry, "author")
        sub(entry_author, "name", doc.get("publisher") or "Okänd utgivare")
        sub(entry, "category", term=passage.kind, label=KIND_NAMES.get(passage.kind, ""))
        sub(entry, "summary", passage.text, type="text")
    updated.text = newest or datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)
