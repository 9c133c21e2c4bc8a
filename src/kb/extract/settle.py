"""A draft's kind and addressee, settled once the whole document is read."""

from __future__ import annotations

import re

from kb.extract.drafts import Draft
from kb.extract.kinds import (
    classify_text,
    find_addressee,
    generic_actor,
    has_assignment_cue,
    has_recommendation_cue,
    heading_context,
    is_administrative,
    subject_addressee,
)
from kb.extract.titles import fold
from kb.models import Document

# A report's lead-in to its own list: "Utifrån granskningen lämnar vi följande
# rekommendationer." announces them and is none of them.
_ANNOUNCES = re.compile(r"\b(?:följande|nedanstående|dessa)\s+(?:rekommendationer|förslag)\s*[.:]$")
_FIRST_PERSON = re.compile(r"\bvi\s+(?:rekommenderar|föreslår)\b")
# A report's own finding: in its own voice, or what its study shows.
_OWN_FINDING = re.compile(
    r"\b(?:vi|vår|våra|vårt)\b|\b(?:granskningen|rapporten|analysen|undersökningen|"
    r"kartläggningen|uppföljningen|utredningen|enkäten|intervjuerna|statistiken|resultaten)"
    r"\s+(?:\w+\s+)?(?:visar|tyder|pekar|bekräftar|konstaterar|bedömer|menar|finner)\b"
)


def has_own_section(document: Document, kind: str) -> bool:
    """A report (a PDF) with a section of its own findings ("Iakttagelser", "Slutsatser")
    or recommendations ("Rekommendationer", "Våra förslag"): there, such passages are
    what that section holds, or what the report says in its own voice."""
    return document.format == "pdf" and any(
        block.kind == "heading" and heading_context(block.text) == (kind, True)
        for block in document.blocks
    )


def is_own_recommendation(draft: Draft) -> bool:
    """In such a report: under its recommendation heading or list, or in its own voice
    ("Vi rekommenderar att …"); a "bör" or "föreslår" recounted elsewhere is not."""
    folded = fold(draft.block.text)
    if _ANNOUNCES.search(folded.rstrip()):
        return False
    in_section = draft.context[0] == "recommendation" or draft.list_context == "recommendation"
    return in_section or bool(_FIRST_PERSON.search(folded))


def is_own_finding(draft: Draft) -> bool:
    """In such a report: under its findings heading, or what its own study shows
    ("Vi ser att …", "Granskningen visar att …"); an inquiry's remit recounted is not."""
    return draft.context[0] == "finding" or bool(_OWN_FINDING.search(fold(draft.block.text)))


# A label and its value, as a publication page lists its data ("Typ: Rapport", "Avsändare:
# Inspektionen för vård och omsorg (IVO)"): under a lead-in of findings they were findings
# (reports-3).
# Not a label that says what follows is a finding or a call ("Slutsats: …", "Förslag: …").
_FIELD = re.compile(
    r"^(?!(?i:slutsats|rekommendation|förslag|resultat|bedömning|åtgärd|krav))"
    r"[A-ZÅÄÖ][\w-]*(?: [\w-]+){0,2}:\s+\S+(?:\s+\S+){0,7}$"
)


def settle_kind(draft: Draft) -> str:
    """A passage's kind once its quote is settled."""
    if draft.block.kind in ("note", "caption", "table"):
        return "other"  # a footnote, a caption or a table reports nothing of its own
    if draft.is_group:
        return "finding"
    if draft.match is not None:
        return "quote"
    if draft.is_speaker_line:
        return "other"
    if draft.is_lead_in:
        # "Regeringen ger Socialstyrelsen i uppdrag att:" is the assignment itself.
        text = draft.block.text
        calls = has_assignment_cue(text) or has_recommendation_cue(text)
        return "recommendation" if calls and not is_administrative(text) else "other"
    kind, for_paragraphs = draft.context
    if kind == "neutral" or _FIELD.match(draft.block.text):
        return "other"  # a publication's data: "Utgivningsår: 2019", "Antal sidor: 35"
    is_item = draft.block.kind == "list_item" or (draft.after_colon and draft.match is None)
    if kind and (for_paragraphs or is_item):
        return kind
    if is_item and draft.list_context:
        if draft.list_context == "recommendation" and is_administrative(draft.block.text):
            return "other"  # "senast den 15 maj 2025 redovisa uppdraget"
        return draft.list_context
    return classify_text(draft.block.text)


def settle_addressee(draft: Draft, assignee: str) -> str:
    """Whom a recommendation addresses: the actor it opens with or names; for a list item that
    goes on from its lead-in ("Regeringen uppmanas att" + "anta ett program …"), the lead-in's;
    for a task of an assignment that names no one ("I uppdraget ingår även att …",
    "Myndigheten ska …"), the assignment's assignee."""
    text = draft.block.text
    in_list = draft.block.kind == "list_item" and bool(draft.list_context)
    subject = subject_addressee(text, in_list=in_list)
    if subject == "":
        return ""  # a power or a right granted: "att IVO ska få möjlighet …"
    own = subject if subject is not None else find_addressee(text)
    if draft.block.kind == "list_item" and draft.list_addressee:
        first = text.split(" ", 1)[0]
        if not own or (first[:1].islower() and first != "att"):
            own = draft.list_addressee
    if assignee and (generic_actor(own) or (not own and has_assignment_cue(text))):
        return assignee
    return own


def find_assignee(drafts: list[Draft]) -> str:
    """The body a government assignment page assigns: the addressee of its first assignment."""
    for draft in drafts:
        text = draft.block.text
        # The page's own assignment: "Regeringen ger X i uppdrag …", "Regeringen uppdrar åt X …".
        if draft.match is None and re.match(
            r"regeringen\s+(?:beslutar\s+att\s+ge|ger|uppdrar|har\s+gett|gav)\b", fold(text)
        ):
            named = find_addressee(text)
            if named and not generic_actor(named) and named != "Regeringen":
                return named
    return ""
