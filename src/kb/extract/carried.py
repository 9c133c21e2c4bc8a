"""Whom a quote that names no one is by, carried over from the paragraphs around it: the
speaker before, across a paragraph or two of their story (told_between); the person the
paragraph before an interview's question presents (presented_before_question). Both read
from blind page probes (kb.extract.passages asks them after a quote's own attribution)."""

from __future__ import annotations

from kb.extract.drafts import Draft, is_question
from kb.extract.identities import Person
from kb.extract.pronouns import FIRST_PERSON, OF_SOMEONE, presented
from kb.extract.sentences import split_sentences
from kb.extract.speakers import Mention
from kb.extract.titles import fold, word_set
from kb.extract.vocab import ATTRIBUTION_VERBS


def told_between(drafts: list[Draft], i: int) -> Person | None:
    """The speaker of the quote before a quotation in marks that names no one, when what
    comes between is one or two paragraphs of their story that name nothing and no one
    ("Sedan gick allt fort. Operation i mars, …" and "”Det fysiska gick på något sätt …”":
    page probe 22, a patient's story; not after "En av dem som intervjuats är Hamid, 15 år"
    or a body's name); None otherwise, and when the quotation does not speak in the first
    person."""
    match = drafts[i].match
    words = word_set(match.words) if match else set()
    if not words & FIRST_PERSON:
        return None
    for back in (1, 2):
        if i - back < 0 or drafts[i - back].match is not None:
            break
        between = drafts[i - back].block
        # Nor after a lead-in that hands over to another ("En skolsköterska …, som vill vara
        # anonym, beskriver situationen:"), one that has another tell or opens with others
        # ("En anhörig … berättar att hennes pappa …", "Flera anställda …": reviews).
        told = word_set(between.text)
        if (
            between.kind != "paragraph"
            or _names_anything(between.text)
            or between.text.rstrip().endswith(":")
            or told & (ATTRIBUTION_VERBS | OF_SOMEONE)
            or any(fold(s.split(" ", 1)[0]) in _OTHERS for s in split_sentences(between.text))
        ):
            return None
        if i - back - 1 >= 0 and (before := drafts[i - back - 1]).match is not None:
            return before.person
    return None


# Words that open a sentence about others than the one quoted before: "En anhörig …",
# "Flera anställda …".
_OTHERS = frozenset("en ett flera många några andra de".split())


def _names_anything(text: str) -> bool:
    """Whether a text has a capitalised word inside a sentence: a name, a body, a place."""
    return any(
        word[:1].isupper() for sentence in split_sentences(text) for word in sentence.split()[1:]
    )


def presented_before_question(drafts: list[Draft], i: int, quoted: str) -> Mention | None:
    """The person the paragraph before an interview's question presents ("Ahmed Karimi är
    doktorand i projektet …" and "Vad har du undersökt?"), as the speaker of the first-person
    answer after the question, though someone else was quoted before (page probe 24: a
    signed block quote's took the doctoral student's answers); None otherwise."""
    if (
        i < 2
        or drafts[i - 1].match
        or drafts[i - 2].match
        or not is_question(drafts[i - 1].block, True)
    ):
        return None
    # Not one who speaks of the interviewee ("Lena Ek är hennes chef …": a review).
    text = drafts[i - 2].block.text
    theirs = word_set(text) & OF_SOMEONE
    return None if theirs else presented(text, quoted)
