"""People a narrative sentence opens with by their title, then names between commas
("Äldreomsorgschefen i Västerviks kommun, Tomas Lund, bekräftar att …"): whom a later
"säger Lund" or "säger hon" means, and whom a lead-in hands over to (kb.extract.passages,
kb.extract.drafts, kb.extract.leadins)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from kb.extract.named import title_at
from kb.extract.sentences import split_sentences
from kb.extract.speakers import Mention, parse_speaker_phrase
from kb.extract.titles import fold
from kb.extract.vocab import ATTRIBUTION_VERBS

if TYPE_CHECKING:
    from kb.extract.identities import SpeakerRegistry

# A sentence's opening up to a name of two or three words between commas: "Äldreomsorgschefen
# i Västerviks kommun, Tomas Lund, bekräftar …"; with party letters after the name ("…,
# Eva-Lena Gustafsson (KD), säger …"); not a list after a colon ("… fyra nya samordnare: Anna
# Berg, Per Holm, …": a review).
_NAME_BETWEEN_COMMAS = re.compile(
    r"^[^,:]+,\s+(?P<name>[A-ZÅÄÖ][\w-]+(?:\s+[A-ZÅÄÖ][\w-]+){1,2})(?P<party>\s+\([^()]{1,6}\))?,\s"
)
# … or a title the sentence opens with, then "är" and the name that ends it, a title of theirs
# between: "Programansvarig för socionomprogrammet vid Högskolan Kristianstad är
# universitetslektor Björn Carlsson." (page probes 90, 111), "Samordnare är Sofia Lindqvist,
# som …"; not the name of a sentence going on after it.
_NAME_AFTER_IS = re.compile(
    r"^(?P<title>[^,:]+?)\s+är\s+(?:(?P<own>[a-zåäö][\w-]*)\s+)?"
    r"(?P<name>[A-ZÅÄÖ][\w-]+(?:\s+[A-ZÅÄÖ][\w-]+){1,2})(?:[.!]?$|,\s+som\s)"
)
_NEGATIONS = frozenset({"inte", "ej", "aldrig", "icke"})
# A sentence may open with "Enligt" before the title: "Enligt ordföranden i socialnämnden
# Centrum, Mikael Sandgren (V), räcker det inte."
_ACCORDING_TO = "Enligt "


def iter_titled_openers(text: str) -> Iterator[tuple[Mention, bool]]:
    """People a narrative sentence opens with by their title, and then names between commas
    ("Äldreomsorgschefen i Västerviks kommun, Tomas Lund, bekräftar att …", "Rektorn på
    Sjöboskolan i Borås, Annika Strand, har skrivit …"): whom a later "säger Lund" or "säger
    hon" means (a probe of news texts: "säger Lund" was a person of that name alone), each
    with whether the sentence has them say something now ("bekräftar att …", "Enligt …"),
    which makes them whom a quote after it is by. Not a sentence with a quotation, whose
    speaker its attribution gives."""
    for sentence in split_sentences(text):
        according = sentence.startswith(_ACCORDING_TO)
        sentence = sentence.removeprefix(_ACCORDING_TO)
        words = sentence.split()
        # A title, also a suspended compound or after a body's genitive ("Hälso- och
        # sjukvårdsdirektören i Region Sörmland, …", "Regionens verksamhetschef för …, …").
        owned = len(words) > 1 and words[0].endswith("s") and title_at(words, 1) > 0
        if not words or not (title_at(words, 0) or owned) or any(c in sentence for c in '”"»'):
            continue
        named = _NAME_AFTER_IS.match(sentence)
        if named and title_at(words, 0) and fold(named["own"] or "") not in _NEGATIONS:
            # "… är universitetslektor Björn Carlsson", "… är numera Anna Ek", not "… är inte
            # Anna Ek" (reviews)
            title = named["title"][:1].lower() + named["title"][1:]
            mention = parse_speaker_phrase(f"{named['name']}, {title}")
            if mention is not None and mention.sort == "person" and mention.role:
                yield mention, False
            continue
        if (opening := _NAME_BETWEEN_COMMAS.match(sentence)) is None:
            continue
        mention = parse_speaker_phrase(sentence[: max(opening.end("name"), opening.end("party"))])
        if mention is not None and mention.sort == "person" and mention.name == opening["name"]:
            rest = {fold(w).strip(",.;:") for w in sentence[opening.end() :].split()}
            yield mention, according or any(w in ATTRIBUTION_VERBS for w in rest)


def note_titled_openers(text: str, registry: SpeakerRegistry) -> None:
    """Record the people of iter_titled_openers, known by name from now on; the last named
    only if the sentence has them speak ("…, Tomas Lund, bekräftar att …"), not act ("…, Anna
    Berg, har fattat beslutet": a review, where "säger hon" after it was another woman's)."""
    for mention, speaking in iter_titled_openers(text):
        last = registry.last
        registry.add(mention)
        registry.last = registry.last if speaking else last
