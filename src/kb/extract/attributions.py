"""A paragraph that is only an attribution of the quote before it ("Säger socialtjänstminister
X.", "Det säger X, verksamhetsledare …"), or a block quote's signature ("— Tove, volontär"):
whom it names. In: a paragraph's text; out: a Mention or None (kb.extract.passages hands the
quote before it to them)."""

from __future__ import annotations

import re

from kb.extract.bodies import is_body
from kb.extract.genders import gender_of
from kb.extract.introductions import parse_person_line
from kb.extract.roles import split_role
from kb.extract.sentences import split_sentences
from kb.extract.speakers import Mention, parse_speaker_phrase
from kb.extract.titles import fold, is_role_word
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


def signed_by(text: str) -> Mention | None:
    """Whom a block quote's signature names: a person's name, with their title or not
    ("— Tove Lindgren, docent i socialt arbete vid Stockholms universitet", "Anders Lind,
    Kommunal"), a first name alone or with what the person is ("Sofia, patient", "Tove,
    volontär"), or a title alone ("Socialsekreterare, intervjuad i studien")."""
    text = text.strip().lstrip("–—―- ").strip()
    if not text or text.endswith((".", "!", "?", ":", "”", '"', "»")) or len(text.split()) > 20:
        return None
    if (line := parse_person_line(text)) is not None:
        return line
    named = parse_speaker_phrase(text)  # a name alone, or with a body ("Anders Lind, Kommunal")
    head = text.split(",")[0].strip()
    # … or after a title ("Justitieombudsman Katarina Lindqvist": page probe 110 read the
    # title as the name)
    name = named.name if named is not None else ""
    before = head.removesuffix(name).split() if name else []
    titled = bool(before) and head.endswith(f" {name}") and is_role_word(before[-1])
    whole = named is not None and (name == head or bool(named.role and titled))
    if named is not None and named.sort == "person" and whole:
        return named
    # A first name alone, as a text shields a private person ("Sofia, patient", "Amir, 20 år,
    # deltagare i referensgruppen": blind probes of saved pages).
    first = _FIRST_NAME_SIGNED.match(text)
    if not first:
        return _described_or_body(text.split(",")[0].strip())
    rest = text.partition(",")[2].strip()  # "Sjuksköterska, Region Skåne" (a review)
    title = fold(first["name"])
    if title in _DESCRIBED and not gender_of(first["name"]):
        return Mention(f"en {title}", "role")  # "Flicka, 15 år": a girl unnamed (page probe 52)
    if is_role_word(title):
        # "Socialsekreterare, intervjuad i studien" (page probe 24): someone described.
        return Mention(title, "role", role=title, organisation=rest if is_body(rest) else "")
    # What the person is, when a title opens it ("Tove, volontär": page probe 4; "Tove,
    # lärare i Gävle": a review).
    role, body = split_role(rest) if is_role_word(rest.split(" ", 1)[0]) else ("", "")
    return Mention(first["name"], "person", role=fold(role), organisation=body)


def _described_or_body(head: str) -> Mention | None:
    """A signature's part before its comma that describes someone by their title
    ("Socialsekreterare i en av de granskade kommunerna, citerad i IVO:s rapport") or names
    a body ("Förvaltningsrätten i Malmö, mål nr 4512-24"): page probe 71, where each was read
    as a quote of its own."""
    words = head.split()
    if words and words[0][:1].isupper() and is_role_word(words[0]):
        role, body = split_role(head[:1].lower() + head[1:])
        title = role if is_body(body) else fold(words[0])
        return Mention(title, "role", role=title, organisation=body if is_body(body) else "")
    if words and is_body(head):
        body = re.sub(r"\s*\([^)]*\)$", "", head)  # "… omsorg (IVO)"
        return Mention(body, "organisation", organisation=body)
    return None


# Words for a person a signature describes and does not name ("Pojke, 12 år").
_DESCRIBED = frozenset(
    """flicka pojke tjej kille kvinna man mamma pappa förälder anhörig patient elev ungdom
    deltagare boende brukare klient student pensionär besökare gäst hyresgäst invånare
    nyanländ medlem""".split()
)
# A first name, then what the person is or their age, after a comma, or nothing.
_FIRST_NAME_SIGNED = re.compile(r"(?P<name>[A-ZÅÄÖ][a-zåäöéü]+)(?:,\s+[\w ,.-]{2,80})?$")
