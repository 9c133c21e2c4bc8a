"""What a page says of the people it shows beside its text: figure captions and profile boxes.

In: a document's captions and profiles (kb.parse.html, kb.parse.profiles) and the
speakers' registry (kb.extract.identities); out: the registry knowing their titles. A
caption ("Helena Forsberg, enhetschef i Örebro kommun, utanför …") is read before the
text for titles, and after it for a body right after the title that the text names too,
where the text gave the person none: where a photo was taken is no body ("… på plats i
Vivalla", "… på skolgården"). A
profile box ("Gunilla Persson, socialsekreterare på individ- och familjeomsorgen i Kramfors
kommun") is read after it, and fills what the text left out: its title and body, not
over those the text gives (the text's "Inspektionen för vård och omsorg (IVO)" over the
box's, which the apposition reader cuts at "och").
"""

from __future__ import annotations

import re
from dataclasses import replace

from kb.extract.bodies import is_body, is_unit
from kb.extract.identities import SpeakerRegistry
from kb.extract.introductions import iter_appositions, iter_introduced
from kb.extract.publishers import title_words
from kb.extract.titles import fold


def known_from_captions(registry: SpeakerRegistry, captions: tuple[str, ...]) -> None:
    """Whom the page's photos show, with their titles: known, but not yet named in the text,
    and none of them the last named."""
    for caption in captions:
        for mention in [*(m for _, m in iter_introduced(caption)), *iter_appositions(caption)]:
            if mention.sort == "person" and mention.role:
                role = mention.role.split(",")[0].strip()  # "socialchef, i … lokaler"
                registry.add(replace(mention, role=role, organisation="", party=""))
        registry.last = None


# A caption's place, not a body: "Anna Berg, rektor, på skolgården", "… på Kulturhuset",
# "… i Långhuset på campus" (page probes 11, 13, 37, 44, 48, 66).
_PLACE = re.compile(
    r"(?:hus|huset|gård|gården|rum|rummet|kök|köket|sal|salen|campus|torg|torget|park|parken"
    r"|entré|entrén|lokal|lokalen|lokaler|lokalerna|kontor|kontoret)$"
)


def fill_from_captions(
    registry: SpeakerRegistry, captions: tuple[str, ...], texts: tuple[str, ...]
) -> None:
    """The body a caption gives a person right after the title ("Britt Sandberg, ordförande i
    Kvinnojouren Linnea, i köket"), where the text gave none: a body the text names too,
    not a place ("… på skolgården", "… i Polishuset")."""
    for caption in captions:
        for mention in [*(m for _, m in iter_introduced(caption)), *iter_appositions(caption)]:
            body = mention.organisation
            if mention.sort != "person" or not mention.role or "," in mention.role or not body:
                continue
            # The page's own publisher is one ("Nadia Karim, bosocial samordnare på Borlängehem"
            # on Borlängehem's page: page probe 118).
            own = fold(body) == fold(registry.fallback_organisation)
            if not own and (not is_body(body) or _PLACE.search(fold(body.split()[0]))):
                continue
            named = any(body in text for text in texts) or _unit_of_a_place(body, texts)
            if not (named or own):
                continue
            person = registry.find(mention)
            if person is None or person.organisation:
                continue
            if not person.role or _title(person.role) == _title(mention.role):
                person.organisation = body


def _unit_of_a_place(body: str, texts: tuple[str, ...]) -> bool:
    """Whether a caption's body is a unit of a place the text names, which the text names by
    its kind alone ("undersköterska i hemtjänsten i Norrköping" under a text on "hemtjänsten"
    in Norrköping: page probe 111)."""
    unit, _, place = body.partition(" i ")
    return (
        is_unit(unit.split())
        and bool(place)
        and " " not in place
        and any(place in text and fold(unit) in fold(text) for text in texts)
    )


def fill_from_profiles(registry: SpeakerRegistry, profiles: tuple[str, ...]) -> None:
    """The title and body of each person a profile box is of, where the text gave none: a
    title where the text gave no other body, a body with the title the box gives or one the
    text gave that ends as the box's does ("ny direktor" and "direktor för Jönköpings
    Stadsmission")."""
    for profile in profiles:
        for mention in iter_appositions(profile):
            person = registry.find(mention) if mention.sort == "person" else None
            if person is None or not mention.role:
                continue
            same = not person.role or _title(person.role) == _title(mention.role)
            if not person.role and person.organisation in ("", mention.organisation):
                # Not the box's title with another body the text gave: "säger Anna Berg på
                # Röda Korset" and "Yrke: Sjuksköterska på Sollefteå sjukhus" (a review).
                person.role = mention.role
            if same and mention.organisation and not person.organisation:
                person.organisation = mention.organisation


def _title(role: str) -> str:
    """A role's title word: its last before where it says where or of what."""
    words = title_words(fold(role).replace(",", " ").split())
    return words[-1] if words else ""
