"""A draft passage: what reading one block found, before the whole document is known;
how a block's quote goes on from the drafts before it, a line naming the speaker of the
quote before it, and whom the paragraphs around a quote have speak (kb.extract.passages)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from kb.extract.attributions import signed_by
from kb.extract.bodies import is_body
from kb.extract.genders import gender_of
from kb.extract.identities import SpeakerRegistry
from kb.extract.interviews import INTERVIEW_WINDOW
from kb.extract.introductions import iter_full_names, parse_person_line
from kb.extract.leadins import person_leading_in, subject_leading_in
from kb.extract.openers import iter_titled_openers
from kb.extract.persons import Person
from kb.extract.pronouns import (
    FIRST_PERSON,
    only_one_named,
    presented,
)
from kb.extract.quotes import (
    QuoteMatch,
    find_tail_attribution,
    is_dash_led,
    lead_in_speaker,
)
from kb.extract.saying import speaker_in_sentence
from kb.extract.sentences import split_sentences
from kb.extract.speakers import Mention, parse_speaker_phrase
from kb.extract.titles import fold, word_set
from kb.extract.transcripts import transcript_turn
from kb.extract.unnamed import describes_someone_new
from kb.extract.vocab import ATTRIBUTION_VERBS, DOING_VERBS
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
    turn: Mention | None = None  # a transcript's or a chat's turn: whose the next paragraph is
    is_lead_in: bool = False
    after_colon: bool = False  # follows a lead-in ending in ":" that hands over to no speaker
    runs_on: bool = False  # a quotation in it goes on into the next paragraph (no closing mark)


def quote_under_lead_in(
    text: str, drafts: list[Draft], lead: Mention | None = None, signed: bool = False
) -> QuoteMatch | None:
    """A paragraph opening a quotation under one (or a line read as a heading, `lead`) that
    hands over to it naming who speaks ("DHR skriver följande i en debattartikel:"), or
    running on from the one before: that speaker's quote (50 interpellations: no quote or
    nobody's before). A block quote (`signed`) may have its signature after it instead."""
    if (inline := _lead_in_then_dash(text, drafts) or _signed_after(text)) is not None:
        return inline
    if (
        drafts
        and drafts[-1].is_speaker_line  # a transcript's turn (kb.extract.passages)
        and (turn := drafts[-1].turn or transcript_turn(drafts[-1].block.text))
        and not _asks(text.rstrip(' ”"»'))
        and find_tail_attribution(text) is None  # not "– …, säger Henrik Vinge" (a review)
    ):
        return QuoteMatch(text.strip(), turn, "dash")  # "Hanna Moberg [05:24]", then speech
    words = text.strip().strip("".join(_OPENING_MARKS))
    if text.lstrip()[:1] in _OPENING_MARKS and lead is not None:
        return QuoteMatch(words, lead, "marks")  # under a line read as a heading
    if not drafts:
        return None
    previous = drafts[-1]
    # (A dash quote's: not narrative that quotes someone and ends "Bland bristerna nämns:".)
    speaker = previous.match.speaker if previous.match and previous.match.form == "dash" else None
    if speaker and _SPEAKER_GOES_ON.search(previous.block.text) and not is_dash_led(text):
        # "…, säger X och fortsätter:" and the words after it as a list, typed with hyphens
        # ("- Vi trodde …, säger Kjell Sjundemark och fortsätter:", "- …": news set 28); not
        # after "Läs mer om projektet:", "Så här ansöker du:" (a review).
        own = _asks(text) or find_tail_attribution(text) is not None
        return None if own else QuoteMatch(words, speaker, "dash")
    if previous.runs_on and previous.match is not None and not _asks(text):
        # The paragraphs of a quotation that runs on, to its closing mark: the speaker's
        # too (a debate article, an e-mail quoted over several paragraphs).
        return QuoteMatch(words, previous.match.speaker, "marks")
    if text.lstrip()[:1] not in _OPENING_MARKS or previous.block.kind != "paragraph":
        return None
    if previous.match is not None and not previous.block.text.rstrip().endswith(":"):
        # A quote's paragraph hands over only in a sentence after it: "”…”, säger en boende i
        # Svågadalen till P4 Gävleborg. I ett skriftligt svar skriver statsrådet Ygeman:".
        return None
    speaker = lead_in_speaker(previous.block.text)
    if speaker is None and previous.match is None and not signed:
        speaker = subject_leading_in(previous.block.text, words)
    return QuoteMatch(words, speaker, "marks") if speaker is not None else None


def dash_under_lead_in(found: QuoteMatch | None, drafts: list[Draft]) -> QuoteMatch | None:
    """A dash quote naming no speaker under a paragraph that hands over to it ("DHR:s
    ordförande i Norrbotten, Kjell Marklund, menar att kommunen tolkar lagen för snävt:"):
    the lead-in's speaker; `found` as it is otherwise."""
    if found is None or found.speaker is not None or found.form != "dash" or not drafts:
        return found
    previous = drafts[-1]
    if previous.match is not None or previous.block.kind != "paragraph" or _asks(found.words):
        return found
    speaker = lead_in_speaker(previous.block.text)
    people: tuple[str, ...] = ("person", "surname")
    if speaker is None:
        speaker = person_leading_in(previous.block.text, found)
        if speaker is not None and speaker.sort == "pronoun" and len(drafts) > 1:
            # The one the paragraph before the lead-in presents, if any (page probe 5).
            before = drafts[-2].block.text if drafts[-2].match is None else ""
            speaker = presented(before, found.words, speaker.name) or speaker
        people = ("person", "surname", "pronoun")  # "Hon är inte övertygad:"
    # A person's: not a body's list ("Regeringen föreslår:" and "– 165 miljarder kronor …"),
    # nor the medium that asked ("Ekot frågade …, på vilket Hultqvist svarade:").
    if speaker is None or speaker.sort not in people:
        return found
    return replace(found, speaker=speaker)


# A person's title and name and a colon, then a speech dash, in one paragraph.
_TITLED_THEN_DASH = re.compile(
    r"^(?P<lead>[^–—:]{5,120}):\s*[–—]\s+(?P<speech>[A-ZÅÄÖ].+[.!?])$", re.S
)


# A person's name and a colon, then their speech, as a transcript or an interview writes it
# ("Andreas Holm: Vi ser att de som genomför hela programmet …").
_NAME_THEN_SPEECH = re.compile(
    r"^(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s+)?"  # a transcript's time: "[01:02] "
    # the name, and what the person is: "Sara Öhman, familjehemssekreterare:" (page probe 17)
    r"(?P<lead>[A-ZÅÄÖ][\w-]+(?: [A-ZÅÄÖ][\w-]+){0,3}(?:, [a-zåäö][\w -]{2,40})?):"
    r"\s+(?P<speech>[A-ZÅÄÖ”»\"].{30,}[.!”»\"])$",
    re.S,
)


@lru_cache(maxsize=4096)
def _full_names(text: str) -> tuple[str, ...]:
    """iter_full_names, once per paragraph: a transcript's lines read the ones before."""
    return tuple(iter_full_names(text))


# A month's or a weekday's name, and a fact box's "Max:", which are first names kb knows too
# (not "Jan", far more often a man than January).
_CALENDAR = frozenset("juni tor max".split())


def _in_dialogue(drafts: Sequence[Draft], name: str) -> bool:
    """Whether a paragraph before opens with another known first name and a colon: a
    dialogue's lines ("Jenny: …" and "Moa: …"), whose words need not be in the first person."""
    return any(
        (other := _NAME_THEN_SPEECH.match(d.block.text.strip()))
        and " " not in other["lead"]
        and other["lead"] != name
        and gender_of(other["lead"])
        for d in drafts
    )


def _lead_in_then_dash(text: str, drafts: list[Draft]) -> QuoteMatch | None:
    """A paragraph that names a person by title and name, then a colon and their speech after
    a dash ("Ordföranden i nämnden för arbete och välfärd, Daniel Nguyen (KD): – Vi kommer
    att …": probe 5), or by name alone and their speech, no question, without the dash (a
    transcript's "Andreas Holm: Vi ser att …": a blind probe of saved pages): their quote;
    None for another."""
    found = _TITLED_THEN_DASH.match(text.strip()) or _NAME_THEN_SPEECH.match(text.strip())
    if found and found.re is _NAME_THEN_SPEECH and " " not in found["lead"]:
        # "Sara: Jag har 28 utredningar …": the one person of that first name named in
        # full before (an interview of two, page probe 14); not "Svar:" or "Obs:".
        # The lead's paragraphs and those of the last INTERVIEW_WINDOW * 5, not every one
        # before each line (a 3,200-line transcript took 44 s: a review).
        near = [*drafts[:10], *drafts[10:][-INTERVIEW_WINDOW * 5 :]]
        full = {n for d in near for n in _full_names(d.block.text)}
        named = [n for n in full if n.split()[0] == found["lead"]]
        if (
            not named
            and gender_of(found["lead"])
            and fold(found["lead"]) not in _CALENDAR  # "Tor: Öppet …", "Juni: …" (a review)
            and (word_set(found["speech"]) & FIRST_PERSON or _in_dialogue(near, found["lead"]))
            and not _asks(found["speech"])
        ):
            # A first name kb knows and no one of it named in full: someone the text names
            # by it alone ("Jenny: Det är första gången …", a clip's transcript: page probe 31).
            return QuoteMatch(found["speech"], Mention(found["lead"], "person"), "dash")
        found = found if len(named) == 1 else None
        lead = named[0] if found else ""
    else:
        lead = found["lead"] if found else ""
    mention = parse_speaker_phrase(lead) if found else None
    if found is None or mention is None or mention.sort != "person" or " " not in mention.name:
        return None
    alone = lead.split(",")[0]
    if found.re is _NAME_THEN_SPEECH and (mention.name != alone or is_body(mention.name)):
        return None  # a person's name alone before the colon, not a body's ("Stadsmissionen")
    return QuoteMatch(found["speech"], mention, "dash")


# A quotation in marks, then who said it with no verb ("”…” Annika Wallin, regionchef").
_SIGNED_AFTER = re.compile(
    r"^[”\"»](?P<words>[^”\"»]{20,})[”\"»]\s+(?:[–—-]\s*)?(?P<sign>[A-ZÅÄÖ][^.!?:]{3,120})$"
)


def _signed_after(text: str) -> QuoteMatch | None:
    """A block quote's words in marks with its signature after them in the same block (a
    <cite> inside the <blockquote>: a blind probe of saved pages); None for another."""
    found = _SIGNED_AFTER.match(text.strip())
    mention = parse_person_line(found["sign"]) if found else None
    return QuoteMatch(found["words"], mention, "block") if found and mention else None


def _asks(text: str) -> bool:
    """Whether a paragraph is the writer's question ("Jag vill fråga statsrådet …?"): no quote."""
    return text.rstrip().endswith("?")


def runs_on(text: str, drafts: list[Draft]) -> bool:
    """Whether a paragraph's quotation goes on into the next: it opens with ” and has no
    closing one (Swedish closes with the mark it opens with: an odd count), or goes on
    from the paragraph before and has no mark at all (one with a mark closes it, or
    quotes within it). Not past a quote of MAX_RUN_ON paragraphs."""
    count = text.count("”")
    if drafts and drafts[-1].runs_on:
        run = 1 + next((n for n, d in enumerate(reversed(drafts)) if not d.runs_on), len(drafts))
        return count == 0 and run < MAX_RUN_ON
    return text.lstrip().startswith("”") and count % 2 == 1


# The longest quotation over several paragraphs read as one (a quoted e-mail has eight).
MAX_RUN_ON = 12


# The marks a quotation opens with: Swedish ” and », the typewriter's " and English “ (news set 20),
# the French « (page probe 94).
_OPENING_MARKS = ("”", "»", '"', "“", "«")


# A speaker going on after a colon: "… och fortsätter:", "Hon tillägger:", "… förklarar han:".
_SPEAKER_GOES_ON = re.compile(
    r"\b(?:fortsätter|tillägger|förklarar|berättar|säger|menar|betonar|understryker|utvecklar)"
    r"(?:\s+(?:han|hon|hen))?\s*:\s*$"
)


def signature(block: Block, drafts: list[Draft]) -> Mention | None:
    """Who signs the block quote just before, whose words name no speaker: a quote block of
    a person's name, with their title or not, often after a dash ("<cite>— Tove Lindgren,
    docent i socialt arbete vid Stockholms universitet</cite>"; kb.extract.attributions.
    signed_by). A blind probe of saved pages: the signature was read as a quote of its own,
    and the quote was given to the person named before it."""
    previous = drafts[-1] if drafts else None
    if (
        block.kind != "quote"
        or previous is None
        or previous.block.kind != "quote"
        or previous.match is None
        or previous.match.speaker is not None
    ):
        return None
    return signed_by(block.text)


def speaker_line(
    drafts: list[Draft], registry: SpeakerRegistry, text: str, signed: Mention | None = None
) -> None:
    """A speaker line names the speaker of the quote just before it, if that has none; a
    block quote's signature (`signed`, kb.extract.drafts.signature) does in any case."""
    if (mention := signed or parse_person_line(text)) is None:
        return
    last, person = registry.last, registry.add(mention)
    if signed and (describes_someone_new(mention.name) or mention.sort != "person"):
        # Not whom a "säger han" after means ("Pojke, 12 år": a review), nor a body or a
        # title signing a report's words (page probe 36: the minister's quote after it).
        registry.last = last
    if signed or is_unattributed(drafts):
        drafts[-1].person = person


def is_unattributed(drafts: list[Draft]) -> bool:
    """Whether the last draft is a quote whose speaker is not known yet."""
    return (
        bool(drafts)
        and drafts[-1].match is not None
        and drafts[-1].person is None
        and not drafts[-1].is_group
    )


def first_named(drafts: list[Draft], alone: Draft, quoted: str, asked: str) -> str:
    """The one person named in full before a dash quote that names no one, as its speaker
    (kb.extract.pronouns.only_one_named), read in lead_of's paragraphs."""
    return only_one_named(lead_of(drafts, alone, asked), quoted, asked)


def lead_of(drafts: list[Draft], alone: Draft, asked: str) -> str:
    """The paragraph before a dash quote that names no one; before an interview's first
    question (`asked`), with up to two narrative paragraphs before it when no one is quoted
    there: where the interview's person is named ("I fyra år har Jessica Nordin varit
    skyddsombud …", two paragraphs before the first question: page probe 15)."""
    if not asked:
        return alone.block.text
    k = drafts.index(alone)
    texts = [alone.block.text]
    for draft in reversed(drafts[max(0, k - 2) : k]):
        if draft.match is not None or draft.block.kind != "paragraph":
            break
        texts.insert(0, draft.block.text)
    return " ".join(texts)


def said_next(drafts: list[Draft], i: int) -> Person | None:
    """The speaker the next paragraph's dash quote names, for a dash quote no one is known to
    speak before it: the first of two paragraphs of one person's speech."""
    following = drafts[i + 1].match if i + 1 < len(drafts) else None
    if following is None or following.form != "dash" or following.speaker is None:
        return None
    return drafts[i + 1].person


def said_before(text: str) -> Mention | None:
    """The person a narrative paragraph's last sentence has say something now ("X säger att …",
    "X menar …"), named in full, or opens with by title and name ("Enligt ordföranden i …,
    Mikael Sandgren (V), räcker det inte.": kb.extract.openers.iter_titled_openers); not what
    someone has said before ("Donald Trump har sagt liknande saker": a review)."""
    last = (split_sentences(text) or [""])[-1]
    if (opened := next(iter_titled_openers(last), None)) is not None:
        # "Kommunals sektionsordförande i sydöstra Skåne, Maria Lindqvist, är inte lika hoppfull."
        return opened[0]
    words = {fold(w).strip(",.;:") for w in last.split()}
    now = any(w in ATTRIBUTION_VERBS - DOING_VERBS and w.endswith("r") for w in words)
    said = speaker_in_sentence(last) if now and not any(c in last for c in '”"»') else None
    if said is None:
        return None
    named = set(iter_full_names(text))
    if said.sort == "pronoun":
        # "Amina Hassan har bott i Hässleholmen i tolv år. Hon … säger att hon känner igen
        # löftena.": the one person the paragraph names (a blind probe of saved pages).
        said = Mention(next(iter(named)), "person") if len(named) == 1 else None
    # A person's full name, not a body's genitive ("… på Röda Korsets ungdomsförbund, berättar").
    return said if said is not None and said.sort == "person" and said.name in named else None
