"""The values that flow through kb: documents, their blocks, passages and speakers.

Every value is a frozen dataclass with ``as_dict()`` for JSON. Parsers produce
``Document`` values whose ``id``, ``source`` and ``content_hash`` are still
empty; ingest fills those in (see ``kb.ingest``).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, fields
from typing import Any

# "note", "caption" and "table" come from PDFs: a footnote, a figure's or table's
# caption, a table's rows (cells joined by " | ", rows by newlines); "table" also from a
# Markdown table, one block a row.
# An interpellation's addressee: "Socialminister Lena Hallengren (S)" (Document.addressee_name).
_PARTY = re.compile(r"\s*\([^()]*\)\s*$")
_OFFICE = re.compile(r"^.*?(?:minister|statsrådet)\s+", re.I)

BLOCK_KINDS = ("heading", "paragraph", "list_item", "quote", "note", "caption", "table")
PASSAGE_KINDS = ("finding", "quote", "recommendation", "other")


@dataclass(frozen=True)
class Block:
    """One structural unit of a document, in reading order."""

    kind: str  # one of BLOCK_KINDS
    text: str
    level: int = 0  # heading level (1 = title); 0 for other kinds
    page: int | None = None  # 1-based PDF page, None for other formats
    ordered: bool = False  # a list item of a numbered list

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Document:
    """A document's metadata and its blocks in order."""

    title: str = ""
    id: str = ""
    source: str = ""  # path relative to the ingested folder
    content_hash: str = ""  # sha256 of the file's bytes
    publisher: str = ""
    doctype: str = ""  # rapport, pressmeddelande, nyhet, artikel, interpellation, …
    date: str = ""  # ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD
    date_certain: bool = False  # False: the date is a best inference, shown as such
    authors: tuple[str, ...] = ()
    addressee: str = ""  # to whom the whole document is addressed (an interpellation's minister)
    url: str = ""
    retrieved: str = ""  # YYYY-MM-DD the page was fetched from url (kb add), for citations
    language: str = "sv"
    format: str = ""  # html, pdf, markdown, text, tei
    # The public document numbers this document is ("SOU 2020:47"), as its title or a
    # line of its own names them (kb.extract.references.document_designations).
    designations: tuple[str, ...] = ()
    blocks: tuple[Block, ...] = ()
    # A saved page's figure captions ("Anna Berg, enhetschef, på plats i …"): who the photos
    # show and their titles, read for speakers (kb.extract), neither passages nor metadata.
    captions: tuple[str, ...] = ()
    # Its profile boxes ("Gunilla Persson / Ålder: 65 år. / Gör: Socialsekreterare på …") as
    # "Name, what they do" (kb.parse.profiles), read for speakers as captions are.
    profiles: tuple[str, ...] = ()

    @property
    def year(self) -> int | None:
        """The publication year, when the date has one."""
        return int(self.date[:4]) if self.date[:4].isdigit() else None

    @property
    def addressee_name(self) -> str:
        """The person the document is addressed to, without office and party: "Lena
        Hallengren" of "Socialminister Lena Hallengren (S)", "Morgan Johansson" of
        "Justitie- och migrationsminister Morgan Johansson (S)"; "" for none."""
        name = _OFFICE.sub("", _PARTY.sub("", self.addressee)).strip()
        return name if name != self.addressee.strip() else ""

    def as_dict(self, *, blocks: bool = True) -> dict[str, Any]:
        data = asdict(self)
        del data["captions"], data["profiles"]
        data["authors"] = list(self.authors)
        data["designations"] = list(self.designations)
        if blocks:
            data["blocks"] = [b.as_dict() for b in self.blocks]
        else:
            del data["blocks"]
        return data

    def metadata(self) -> dict[str, Any]:
        """The document without its blocks, as stored beside every passage."""
        return self.as_dict(blocks=False)


@dataclass(frozen=True)
class Speaker:
    """Who said a quote: a person (name, role, organisation) or an organisation."""

    name: str
    role: str = ""
    organisation: str = ""

    def as_dict(self) -> dict[str, str]:
        return asdict(self)

    @property
    def role_shown(self) -> str:
        """The role as a line shows it: none where the name is a description that says it
        ("en socialsekreterare i en mellanstor kommun")."""
        described = self.name[:1].islower() and self.role.casefold() in self.name.casefold()
        return "" if described else self.role

    def as_line(self) -> str:
        """ "Isabelle Carnlöf, projektledare, Myndigheten för vård- och omsorgsanalys"."""
        parts = (self.name, self.role_shown, self.organisation)
        # An organisation that speaks is its own name and organisation: say it once.
        return ", ".join(dict.fromkeys(p for p in parts if p.strip()))


@dataclass(frozen=True)
class Passage:
    """A searchable unit of a document: a paragraph or list item, classified."""

    id: str
    doc_id: str
    position: int  # 0-based order within the document
    text: str
    heading: str = ""  # the section heading the passage stands under
    kind: str = "other"  # one of PASSAGE_KINDS
    speaker: Speaker | None = None
    addressee: str = ""
    topics: tuple[str, ...] = ()
    page: int | None = None
    source_text: str = ""  # the exact text in the source the passage came from
    block_kind: str = "paragraph"
    also_in: tuple[str, ...] = field(default=())  # ids of the same quote elsewhere
    quote: str = ""  # a quote's words only: no dash, quotation marks or ", säger X"
    quote_key: str = (
        ""  # shared by every passage quoting the same words (kb.extract.quotes.quote_key)
    )
    references: tuple[
        str, ...
    ] = ()  # public documents it cites ("SOU 2020:47"), kb.extract.references
    grounds: tuple[str, ...] = ()  # a recommendation's findings in its document, best first
    grounded: tuple[str, ...] = ()  # a finding's recommendations that build on it

    def as_dict(self) -> dict[str, Any]:
        # Field by field, not asdict(): its deep copy was a fifth of the writer's time at
        # ingest, and every value that is not a string or a number is converted below.
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data["speaker"] = self.speaker.as_dict() if self.speaker else None
        data["topics"] = list(self.topics)
        data["also_in"] = list(self.also_in)
        for name in ("references", "grounds", "grounded"):
            data[name] = list(getattr(self, name))
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Passage:
        """Rebuild a passage from ``as_dict()`` output (as stored in the index)."""
        values = dict(data)
        speaker = values.get("speaker")
        values["speaker"] = Speaker(**speaker) if speaker else None
        values["topics"] = tuple(values.get("topics", ()))
        for name in ("also_in", "references", "grounds", "grounded"):
            values[name] = tuple(values.get(name, ()))
        return cls(**values)
