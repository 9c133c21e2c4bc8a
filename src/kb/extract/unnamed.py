"""Speakers the text does not name: someone who speaks for a body, or someone described.

"”…”, säger företrädare för organisationen DHR till Ekot", "säger en talesperson för
Socialstyrelsen", "säger en anhörig", "säger hennes son": each is someone new, never the
one quoted before (kb.extract.speakers.is_unnamed, kb.extract.identities). Before, such a
quote was no quote, or the next "säger en talesperson" gave its title to the previous
speaker (50 interpellations with every quote labelled, bench/extraction_quality.py).

In: the words of a speaker phrase (kb.extract.speakers); out: the phrase as the speaker's
description, the title and the body.
"""

from __future__ import annotations

from kb.extract.roles import PREPOSITIONS, split_role
from kb.extract.titles import fold, is_role_word
from kb.extract.vocab import DEFINITE_ROLES
from kb.parse.vocab import STOPWORDS

# Words for someone who speaks for a body and has no title of their own: "företrädare för
# organisationen DHR", "representanter för Kommunal".
REPRESENTATIVES = frozenset({"företrädare", "representant", "representanter"})
# Possessives before a word for a person the text does not name ("hennes son").
POSSESSIVES = frozenset({"hennes", "hans", "hens", "deras"})
# Words after "en" that name no one ("säger en annan").
_NO_ONE = STOPWORDS | {"annan", "annat"}


def unnamed_speaker(head: str, words: list[str]) -> tuple[str, str, str] | None:
    """(description, title word, body) of an unnamed speaker: for a body ("en talesperson för
    Socialstyrelsen", "företrädare för organisationen DHR", "en handläggare på
    Försäkringskassan": the title as written, none for a representative, and the body), or someone
    described ("en anhörig", "en kvinna som bor i området", "hennes son"); None for another
    phrase. In the definite form ("talespersonen för Socialstyrelsen") the caller reads a
    title."""
    described = head[:1].lower() + head[1:]
    first = fold(words[0])
    at = 1 if first in ("en", "ett") else 0
    word = fold(words[at]) if len(words) > at else ""
    if (
        len(words) >= at + 3
        and words[at + 1] in PREPOSITIONS
        and (word in REPRESENTATIVES or (at and is_role_word(words[at])))
    ):
        _, body = split_role(" ".join(words[at:]))
        if body:
            return described, "" if word in REPRESENTATIVES else words[at], body
    if at and len(words) > 2 and words[1] == "av" and words[2].islower():
        return described, "", ""  # "en av föräldrarna", "en av besökarna"
    if len(words) == 1 and _someone_definite(words[0]):
        return described, "", ""  # "säger mamman", "säger föräldern"
    # Someone new the text describes; a title is read as the title ("en biståndshandläggare
    # som vill vara anonym").
    if (
        (at or first in POSSESSIVES)
        and len(words) > 1
        and words[1].isalpha()
        and words[1].islower()
        and fold(words[1]) not in _NO_ONE
    ):
        return described, words[1] if is_role_word(words[1]) else "", ""
    return None


def describes_someone_new(name: str) -> bool:
    """Whether a speaker phrase read as a role (kb.extract.speakers) describes someone the
    text does not name: it opens with "en", "ett", a representative's word or a possessive,
    or is a person's word in the definite form that is no title ("mamman", not "ministern")."""
    words = name.split()
    first = fold(words[0]) if words else ""
    return first in ("en", "ett", *REPRESENTATIVES, *POSSESSIVES) or (
        len(words) == 1 and _someone_definite(words[0])
    )


# The definite endings of a word for a person ("mamman", "föräldern", "pojken", "barnet").
_DEFINITE = ("an", "en", "rn", "et")


def _someone_definite(word: str) -> bool:
    """Whether a word alone is someone in the definite form that is no title: "mamman",
    "föräldern"; not "ministern", "utredaren" nor a pronoun or a stop word."""
    folded = fold(word).strip(",.;:")
    return (
        word[:1].islower()
        and folded.isalpha()
        and len(folded) >= 5
        and folded.endswith(_DEFINITE)
        and folded not in STOPWORDS
        and folded not in DEFINITE_ROLES
        and not is_role_word(folded)
    )


def by_title_alone(name: str) -> bool:
    """A speaker described by a title alone, indefinite ("socialsekreterare"), whom a text's
    other "socialsekreterare" do not name; not "en undersköterska" or "statsrådet" (a review)."""
    return name[:1].islower() and " " not in name and name[-1:] not in "nt"
