"""Index records: a document and its passages in, the fields of their records out (with the
text fields analysed, in a parse worker, by analyse_fields).
"""

from __future__ import annotations

import json
import re
from typing import Any

from kb.analysis.passes import AnalysedValue, analyse_text, new_tails, new_word_analyses
from kb.extract.keys import near_key, words_key
from kb.extract.units import body_of_unit
from kb.models import Document, Passage

# Weights of a title's and a heading's words against the text's (Whoosh's field_boost).
TITLE_BOOST = 2.0
HEADING_BOOST = 1.5


def passage_fields(
    passage: Passage,
    document: Document,
    *,
    repeat: bool = False,
    indexed_at: str = "",
    near: str,
) -> dict[str, Any]:
    """The index record of a passage, with its document's metadata beside it; `near`, its
    near key (made by analyse_fields, in the worker)."""
    speaker = passage.speaker
    body = speaker.organisation if speaker else ""
    # A unit's speakers under its body too: "Socialförvaltningen i Umeå kommun", "Umeå kommun".
    organisations = {o for o in (document.publisher, body, body_of_unit(body)) if o}
    return {
        "id": passage.id,
        "record": "passage",
        "doc_id": passage.doc_id,
        "source": document.source,
        "position": passage.position,
        "title": document.title,
        "heading": passage.heading,
        "text": passage.text,
        "folded": _folded(passage),
        "kind": passage.kind,
        "speaker": speaker.name if speaker else "",
        "organisation": ",".join(sorted(o.replace(",", " ") for o in organisations)),
        # A recommendation's addressee; else the document's (an interpellation's minister:
        # mottagare:Hallengren finds the interpellations to her).
        "addressee": passage.addressee or document.addressee_name,
        "doctype": document.doctype,
        "publisher": document.publisher,
        "author": ",".join(a.replace(",", " ") for a in document.authors),
        "topics": ",".join(t.replace(",", " ") for t in passage.topics),
        "year": str(document.year or ""),
        "date": document.date,
        "date_certain": document.date_certain,
        "quote_key": passage.quote_key,
        "text_key": words_key(passage.text),
        "near_key": bytes.fromhex(near),
        "title_key": title_key(document),
        "shape": shape_of(passage),
        "references": ",".join(passage.references),
        "repeat": repeat,
        "indexed_at": indexed_at,
        "data": json.dumps(passage.as_dict(), ensure_ascii=False),
    }


def shape_of(passage: Passage) -> str:
    """What a passage is beside its kind, for ranking (kb.search.rerank): "lead_in", "table"
    (a table's rows, a PDF's or a Markdown row: "Handlingsplan mot hedersrelaterat våld |
    17 | 10 | 10") or ""."""
    if is_lead_in(passage.text):
        return "lead_in"
    return "table" if passage.block_kind == "table" else ""


def is_lead_in(text: str) -> bool:
    """A short passage that ends in a colon: it leads in to a list or questions that follow
    ("Socialstyrelsen ska bland annat:", "Mina frågor till socialminister Lena Hallengren
    är:") and says little of its own. By the text alone, as the index stores it; the
    extractor's lead-in (kb.extract.passages: a paragraph before a list) is read from the
    blocks around it while classifying, and no passage keeps it."""
    text = text.rstrip()
    return text.endswith(":") and len(text.split()) <= LEAD_IN_WORDS


# At most this many words: a longer passage ending in a colon says something first.
LEAD_IN_WORDS = 25


def title_key(document: Document) -> str:
    """A short key shared by documents of one type, title and date: by the Riksdag's year
    when the title has a number of one ("Interpellation 2017/18:249 …" and "2017/18:366
    …", sent in 2017 and 2018), else by the date ("Socialtjänstministern besöker
    Göteborg" in April and in October are two visits)."""
    number = _NUMBER.search(document.title)
    when = number["session"] if number else document.date
    return words_key(f"{document.doctype} {_NUMBER.sub('', document.title)} {when}")


# A document's number in its title ("Interpellation 2017/18:249 av …").
_NUMBER = re.compile(r"\b(?P<session>\d{4}/\d{2}):\d+\b")


def _folded(passage: Passage) -> str:
    return f"{passage.heading}\n{passage.text}" if passage.heading else passage.text


def analyse_fields(
    document: Document, passages: tuple[Passage, ...]
) -> tuple[dict[str, AnalysedValue], ...]:
    """The text fields of the document's record and of each passage's, analysed (in a worker)."""
    title_text = analyse_text(document.title, names=False)  # titles capitalise topics
    title = AnalysedValue(
        title_text.postings(TITLE_BOOST), title_text.spelling(), new_word_analyses(title_text)
    )
    records: list[dict[str, AnalysedValue]] = [{"title": title}]
    for passage in passages:
        text = analyse_text(passage.text)
        heading = analyse_text(passage.heading, names=False)
        records.append(
            {
                "title": title,
                "heading": AnalysedValue(
                    heading.postings(HEADING_BOOST), words=new_word_analyses(heading)
                ),
                "text": AnalysedValue(
                    text.postings(),
                    text.spelling(),
                    new_word_analyses(text),
                    new_tails(),
                    near_key(passage.text),
                ),
                "folded": AnalysedValue(analyse_text(_folded(passage)).folded_postings()),
            }
        )
    return tuple(records)


def with_analysed(fields: dict[str, Any], analysed: dict[str, AnalysedValue]) -> dict[str, Any]:
    """A record's fields with its analysed values indexed and its texts stored as they are."""
    return fields | {f"_stored_{name}": fields[name] for name in analysed} | analysed


def document_fields(document: Document, root: str, indexed_at: str = "") -> dict[str, Any]:
    """The index record of a document (its metadata, not its blocks)."""
    return {
        "id": document.id,
        "record": "document",
        "doc_id": document.id,
        "source": document.source,
        "root": root,
        "content_hash": document.content_hash,
        "title": document.title,
        "doctype": document.doctype,
        "publisher": document.publisher,
        "author": ",".join(a.replace(",", " ") for a in document.authors),
        "year": str(document.year or ""),
        "date": document.date,
        "date_certain": document.date_certain,
        "designation": ",".join(document.designations),
        "indexed_at": indexed_at,
        # With the time it entered the index: a feed entry's <updated>.
        "data": json.dumps({**document.metadata(), "indexed_at": indexed_at}, ensure_ascii=False),
    }
