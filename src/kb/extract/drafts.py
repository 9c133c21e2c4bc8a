"""A draft passage: what reading one block found, before the whole document is known."""

from __future__ import annotations

from dataclasses import dataclass

from kb.extract.identities import Person
from kb.extract.quotes import QuoteMatch
from kb.models import Block


@dataclass
class Draft:
    """What reading one block found, before the whole document is known."""

    block: Block
    heading: str
    context: tuple[str, bool]  # (kind, holds for paragraphs) of the section heading
    list_context: str = ""  # what the paragraph introducing this list said its items are
    list_addressee: str = (
        ""  # whom that paragraph (or a heading "Regeringen uppmanas att") addressed
    )
    match: QuoteMatch | None = None
    person: Person | None = None
    context_person: Person | None = None  # the last person named before this block
    context_recent: bool = False  # ... named in the block just before
    is_group: bool = False  # words of a counted group ("anser många"): a survey finding
    is_speaker_line: bool = False
    is_lead_in: bool = False
    after_colon: bool = False  # follows a lead-in ending in ":" that hands over to no speaker
    runs_on: bool = False  # a quotation in it goes on into the next paragraph (no closing mark)
