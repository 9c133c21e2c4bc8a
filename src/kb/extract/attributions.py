"""A paragraph that is only an attribution of the quote before it ("Säger socialtjänstminister
X.", "Det säger X, verksamhetsledare …"): whom it names. In: a paragraph's text; out: a
Mention or None (kb.extract.passages hands the quote before it to them)."""

from __future__ import annotations

import re

from kb.extract.sentences import split_sentences
from kb.extract.speakers import Mention, parse_speaker_phrase
from kb.extract.titles import fold
from kb.extract.vocab import ATTRIBUTION_VERBS

# The paragraph after a quote that names who said it: "Det säger Anna Berg, …" (read as "Säger
# Anna Berg, …"), "Den som säger det heter Anna Berg, hon är …" (news set 11).
_IT_SAYS = re.compile(r"^(?:det|detta|så)\s+(?=\w+\s)", re.I)
_WITH_WORDS = re.compile(r"^med (?:de|dessa|de här|sina) orden\s+", re.I)
_WHO_SAYS = re.compile(r"^den som säger (?:det|så) (?:heter|är)\s+", re.I)
_SHE_IS = re.compile(r",\s+(?:hon|han|hen)\s+är\s+")


def parse_attribution_line(text: str) -> Mention | None:
    """A line that is only an attribution ("Säger socialtjänstminister X.", "Det säger X,
    verksamhetsledare …", "Den som säger det heter X, hon är …"): whom it names."""
    if with_words := _WITH_WORDS.match(text.strip()):
        # "Med de orden introducerar Frälsningsarmén … sin nya kampanj" (news set 15): any
        # verb says who spoke the words before.
        verb_and_rest = text.strip()[with_words.end() :].split(" ", 1)
        text = "Så säger " + (verb_and_rest[1] if len(verb_and_rest) > 1 else "")
    it_says = _IT_SAYS.match(text.strip())
    if it_says:
        # "Så kommenterar Lika Unikas ordförande Maria Johansson dagens utspel …" goes on
        # past the name in a paragraph of its own (news set 13): its first sentence names.
        text = next(iter(split_sentences(text.strip())), "")
    text = _SHE_IS.sub(", som är ", _IT_SAYS.sub("", text.strip(), count=1))
    text = _WHO_SAYS.sub("säger ", text, count=1)
    verb, _, rest = text.strip().partition(" ")
    if (
        fold(verb) not in ATTRIBUTION_VERBS
        or not rest
        or len(rest.split()) > (40 if it_says else 20)
    ):
        return None
    mention = parse_speaker_phrase(rest)
    return mention if mention is not None and mention.sort != "group" else None
