"""Transcripts and live chats: pages whose paragraphs take turns, each opened by a line that
names who speaks ("Hanna Moberg [05:24]", "[41:18] Ali Rahimi"; a chat's "Helena Forsgren"
over each answer to a reader's question). kb.extract.passages reads such a line as a speaker
line, and kb.extract.drafts.quote_under_lead_in the paragraph after it as their words."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from kb.extract.speakers import Mention, parse_speaker_phrase
from kb.extract.titles import fold
from kb.models import Block

# A transcript's turn on a line of its own: a name and the time it is said, before or after
# it ("Hanna Moberg [05:24]", "[41:18] Ali Rahimi", "Lisa Wennberg 06:40"), a podcast's page
# (page probe 30).
_TIME = r"[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?"
_TURN = re.compile(
    rf"^(?:{_TIME}\s+(?P<after>[A-ZÅÄÖ][\w-]+(?: [A-ZÅÄÖ][\w-]+){{1,3}})"
    rf"|(?P<before>[A-ZÅÄÖ][\w-]+(?: [A-ZÅÄÖ][\w-]+){{1,3}})\s+{_TIME}):?$"
)

# A name alone on its line: a chat's turn, in a chat only (transcript_kind "named").
_NAME_ALONE = re.compile(r"^[A-ZÅÄÖ][\w-]+(?: [A-ZÅÄÖ][\w-]+){1,3}$")


def transcript_kind(blocks: Sequence[Block]) -> str:
    """How a document's paragraphs take turns: "timed" by lines of a name and a time
    (is_transcript), "named" by a chat's lines of a name alone (_named_chat), or "" not."""
    return "timed" if is_transcript(blocks) else "named" if _named_chat(blocks) else ""


def is_transcript(blocks: Sequence[Block]) -> bool:
    """Whether a document's paragraphs take turns as a transcript's do: three lines of a name
    and a time or more, by two people or more, one twice; not a programme's "09:00 Anna Berg"
    or a timetable's, whose names come once each (a review); or a live chat's (is_chat)."""
    turns = [
        (i, b.kind, t.name)
        for i, b in enumerate(blocks)
        if b.kind in TURN_KINDS and (t := transcript_turn(b.text, alone=False))
    ]
    names = [name for _, kind, name in turns if kind == "paragraph"]
    return len(names) >= 3 and 2 <= len(set(names)) < len(names) or is_chat(blocks, turns)


def _named_chat(blocks: Sequence[Block]) -> bool:
    """Whether one person's name alone heads three paragraphs or more, a reader's question
    (a "?") between each two: a live chat's expert over each answer (page probe 74)."""
    alone = [
        (i, t.name)
        for i, b in enumerate(blocks)
        if b.kind == "paragraph"
        and _NAME_ALONE.match(b.text.strip())
        and (t := transcript_turn(b.text, alone=True))
    ]
    return (
        len(alone) >= 3
        and len({name for _, name in alone}) == 1
        and all(_answers(blocks, i) for i, _ in alone)
        and all(any("?" in b.text for b in blocks[i + 1 : j]) for (i, _), (j, _) in pairwise(alone))
    )


def _answers(blocks: Sequence[Block], i: int) -> bool:
    """Whether the paragraph after a name alone (at i) is the person's answer: not a contact's
    lines under it ("Telefon 0611-…"), nor what the text says of them ("Hon är …"), nor a
    quiz's explanation after the "Vem skrev …?" the name answers (a review)."""
    after = blocks[i + 1].text.strip() if i + 1 < len(blocks) else ""
    asked = fold(blocks[i - 1].text.strip()) if i else ""
    return (
        bool(after)
        and not re.search(r"@|\d{3}[- ]?\d{2}", after)
        and fold(after.split()[0]) not in ("hon", "han", "hen")
        and not asked.startswith(("vem ", "vilken ", "vilka "))
    )


def is_chat(blocks: Sequence[Block], turns: list[tuple[int, str, str]]) -> bool:
    """Whether three `turns` or more are one person's, each after the first under a reader's
    question under a time alone ("12:11", "Får …?"): a live chat's (page probe 38)."""
    if len(turns) < 3 or len({name for _, _, name in turns}) != 1:
        return False
    return all(_asked_under_a_time(blocks[i + 1 : j]) for (i, _, _), (j, _, _) in pairwise(turns))


def _asked_under_a_time(blocks: Sequence[Block]) -> bool:
    """Whether blocks hold a time alone ("12:11") and a question right after it."""
    return any(re.fullmatch(_TIME, a.text.strip()) and "?" in b.text for a, b in pairwise(blocks))


TURN_KINDS = ("paragraph", "list_item")  # the blocks a transcript's or a chat's turns are


def transcript_turn(text: str, alone: bool = False) -> Mention | None:
    """The person whose turn a transcript's line of a name and a time opens, or (`alone`) of
    a name alone (a live chat's "Helena Forsgren" over each answer: page probe 74); None for
    another line."""
    text = text.strip()
    found = _TURN.match(text)
    name = (found["after"] or found["before"]) if found else ""
    if not name and alone and _NAME_ALONE.match(text):
        name = text
    mention = parse_speaker_phrase(name) if name else None
    return mention if mention is not None and mention.sort == "person" else None
