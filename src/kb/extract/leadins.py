"""Whom a paragraph that ends in a colon hands the dash quote under it to, when it names
no verb of saying (kb.extract.quotes.lead_in_speaker reads those): a person it has do
something else ("Lukas Eriksson Berg (V) försvarar beslutet:"), the one it presents before
"Han ser kartläggningen som …:", or "hon"/"han" of a short sentence ("Hon är inte
övertygad:"), when the dash paragraph is speech and not a list's item
(kb.extract.drafts.dash_under_lead_in); and the person a sentence opens with, of a quotation
in marks under it (subject_leading_in)."""

from __future__ import annotations

import re

from kb.extract.genders import PRONOUNS, gender_of
from kb.extract.introductions import iter_full_names
from kb.extract.kinds import lead_in_context
from kb.extract.openers import iter_titled_openers
from kb.extract.pronouns import FIRST_PERSON, presented, speaks_of
from kb.extract.quotes import QuoteMatch
from kb.extract.sentences import sentence_start, split_sentences
from kb.extract.speakers import Mention, parse_speaker_phrase
from kb.extract.titles import fold, word_set

# Another person's name in the genitive: "… minns Peter Lunds ord:" (a review).
_GENITIVE = re.compile(r"\b[A-ZÅÄÖ][a-zåäöé]+ [A-ZÅÄÖ][\w-]*s\s+[a-zåäö]")
# A dash paragraph that is speech, not a list's item: a capital, then a sentence's end.
_SPEECH = re.compile(r"^[A-ZÅÄÖ].{40,}[.!?]$", re.S)


def person_leading_in(text: str, found: QuoteMatch) -> Mention | None:
    """The person named in full whom a paragraph's last sentence, ending in a colon, has do
    something other than say ("Socialnämnden Hisingens ordförande Lukas Eriksson Berg (V)
    försvarar beslutet:", "Kyrkoherden i Gävle pastorat, Johanna Falk Haddad, ser ett stort
    behov:"), when the dash paragraph after it is speech (_SPEECH) and not a list's item
    (probe 5); None otherwise."""
    text = text.rstrip()
    if not text.endswith(":") or not _SPEECH.match(found.words.strip()):
        return None
    last = text[sentence_start(text, len(text) - 1) :].rstrip(":")
    if fold(last.split(" ", 1)[0]) in ("han", "hon") and last != text.rstrip(":"):
        # "Tomas Ring är enhetschef för … på Länsstyrelsen. Han ser kartläggningen som en
        # grund för det fortsatta arbetet:" (page probe 20): the one the paragraph presents,
        # and no one else, of first-person speech (not "Hon föreslår tre åtgärder:" and a
        # list, nor when "Han" may be another: a review).
        if not _is_speech(found.words) or lead_in_context(text) == "recommendation":
            return None
        pronoun = last.split(" ", 1)[0]
        one = presented(text, found.words, pronoun)
        named = _people_named(text)
        if (
            one is None
            and len(named) == 1
            and gender_of(next(iter(named))) == PRONOUNS[fold(pronoun)]
            and not speaks_of(found.words, pronoun)  # "… tacksamma för henne": a review
        ):
            # The one the paragraph names by title before it: "Sektorchefen för socialtjänst
            # Karin Malmqvist har lett arbetet … Hon är nöjd med starten:" (page probe 91).
            one = Mention(next(iter(named)), "person")
        return one if one is not None and named <= {one.name} else None
    if last == text.rstrip(":") and (pronoun := _said_of(last)) and _is_speech(found.words):
        # A paragraph of a short sentence of "hon" or "han" only: "Hon är inte övertygad:",
        # "Om framtiden är hon ändå tydlig:" (page probes 31, 32), the one last named of the
        # pronoun's gender (kb.extract.genders); not "Hon föreslår tre åtgärder:" and a list.
        return Mention(pronoun, "pronoun")
    mention = parse_speaker_phrase(last) if last[:1].isupper() else None
    if last[:1].isupper() and (mention is None or mention.sort != "person"):
        # A title, the name between commas, then the verb: "Ordföranden i tekniska nämnden,
        # Lars Persson (C), är nöjd med året:" (page probe 76).
        # … speech in the first person only, not a list of demands after it (a review).
        speech = bool(word_set(found.words) & FIRST_PERSON)
        mention = parse_speaker_phrase(", ".join(last.split(", ")[:2])) if speech else None
    return (
        mention
        if mention is not None and mention.sort == "person" and " " in mention.name
        else None
    )


def _said_of(sentence: str) -> str:
    """ "hon" or "han" among the first words of a sentence of ten words or fewer that names
    no one: whom it describes before their quote; "" otherwise. Not where they are told
    ("Hon fick ett kort svar:", "Hon fick beskedet i går:") nor where what follows is
    counted ("Han vill se tre förändringar:"): a review."""
    words = [fold(w).strip(",.;:") for w in sentence.split()]
    pronouns = [w for w in words[:5] if w in ("hon", "han")]
    named = any(w[:1].isupper() for w in sentence.split()[1:])
    folded = " ".join(words)
    told = _TOLD.search(folded) or _COUNTED.search(folded)
    if told or named or len(words) > 10 or len(set(pronouns)) != 1:
        return ""
    return pronouns[0]


# Told words ("Hon fick ett kort svar:", "Hon fick beskedet i går:"), not asked ("Hon får
# ofta frågan varför …:"); and a counted list ("Han vill se tre förändringar:"), not a time
# ("Två år senare mår hon bättre:") nor advice ("Hon har två råd:"): reviews.
_TOLD = re.compile(
    r"\b(?:fick|får|fått|hörde|läste)\b.*\b(?:svar|svaret|besked|beskedet|höra|veta|brev|mejl)\b"
)
_COUNTED = re.compile(
    r"\b(?:följande|(?:två|tre|fyra|fem|sex|\d+)\s+(?:\w+\s+)?"
    r"(?:förändringar|åtgärder|krav|förslag|punkter|saker|steg|delar))\b"
)


def _is_speech(words: str) -> bool:
    """Whether a dash paragraph is speech: in the first person, or of two sentences or more."""
    return bool(word_set(words) & FIRST_PERSON) or len(split_sentences(words)) > 1


def _people_named(text: str) -> set[str]:
    """The full names a text names, but for places after a preposition ("i Västra Götaland")."""
    return {
        name
        for name in iter_full_names(text)
        if not re.search(rf"\b(?:i|på|vid|från|inom|till|för) {re.escape(name)}", text)
    }


def subject_leading_in(lead: str, words: str) -> Mention | None:
    """The one person a lead-in's last sentence opens with, ending in a colon with no verb of
    saying ("Birgitta Nyström är orolig för vad neddragningen innebär:"), as the speaker of
    a quotation in marks after it in the first person, as a dash paragraph's would be (page
    probes 36, 40, 43); not a paper, a report or a letter quoted ("… en artikel i Dagens
    Industri med beskedet:"), nor when the sentence names another ("… Peter Lunds ord:")."""
    led = person_leading_in(lead, QuoteMatch(words, None, "marks"))
    if led is None or led.sort != "person" or not word_set(words) & FIRST_PERSON:
        return None
    name, last = led.name.split(), split_sentences(lead)[-1]
    if len(name) > 2 and not gender_of(name[0]) and gender_of(name[1]):
        name = name[1:]  # "Hyresgästen Ahmed Yusuf är en av dem …:"
    after = last.split(led.name, 1)[-1]
    alone = set(iter_full_names(last)) <= {led.name, " ".join(name)} and not _GENITIVE.search(after)
    opens = led.name in " ".join(last.split()[:4]) and bool(gender_of(name[0]))
    # … or by a title before it between commas: "Bolagets trafikchef i Hässleholm, Patrik
    # Svensson, är stolt över sin medarbetare:" (page probe 94)
    opens = opens or any(m.name == led.name for m, _ in iter_titled_openers(last))
    return Mention(" ".join(name), "person") if alone and opens else None
