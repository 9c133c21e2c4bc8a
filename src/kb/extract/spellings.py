"""When two spellings are one person's name: "Rebecca" and "Rebecka Kurlberg", "Nordquist"
and "Nordqvist" (kb.extract.identities), and the key that keeps one person across documents
(kb.ingest.SpeakerNames)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from typing import Protocol, TypeVar

from kb.extract.settings import MIN_MISSPELT_NAME
from kb.extract.titles import fold
from kb.extract.vocab import NAME_PARTICLES

_SKELETON_RULES = (
    ("qu", "kv"),  # Nordquist / Nordqvist
    ("qv", "kv"),
    ("ck", "k"),
    ("c", "k"),
    ("ph", "f"),
    ("w", "v"),
    ("z", "s"),
    ("th", "t"),
    ("q", "k"),
    ("x", "ks"),
)


@lru_cache(maxsize=16384)
def name_skeleton(word: str) -> str:
    """A name as it sounds rather than as it is spelled: "Rebecca" and "Rebecka" -> "rebeka".
    Kept per word: a long text compares every name it meets with every person it knows."""
    w = "".join(
        c
        for c in unicodedata.normalize("NFKD", fold(word))
        if not unicodedata.combining(c) or c in "̊̈"
    )
    w = unicodedata.normalize("NFC", w)
    for old, new in _SKELETON_RULES:
        w = w.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", w)


def speaker_key(name: str) -> str:
    """An identity key for a person's name that survives spelling variants of the first name."""
    words = [w for w in name.replace("-", " ").split() if fold(w) not in NAME_PARTICLES]
    if not words:
        return ""
    return " ".join(name_skeleton(w) for w in words)


@lru_cache(maxsize=16384)
def folded_name(name: str) -> str:
    """fold() of a name, kept: mention_known looks for every known name in every passage."""
    return fold(name)


def same_person(a: str, b: str) -> bool:
    """Whether two full names are one person: same surname, first names alike."""
    wa, wb = a.split(), b.split()
    if len(wa) < 2 or len(wb) < 2 or name_skeleton(wa[-1]) != name_skeleton(wb[-1]):
        return False
    if speaker_key(a) == speaker_key(b):
        return True
    return _one_letter_apart(fold(" ".join(wa[:-1])), fold(" ".join(wb[:-1])))


def _one_letter_apart(a: str, b: str) -> bool:
    """One letter replaced inside a long first name, not in its ending: Swedish names
    that differ in their last letters or in length are different names (Johan/Johanna,
    Daniel/Daniela, Kristian/Kristina, Maria/Marie)."""
    if len(a) != len(b) or len(a) < MIN_MISSPELT_NAME:
        return False
    differ = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return len(differ) == 1 and differ[0] < len(a) - 2


@lru_cache(maxsize=4096)
def first_name_frequency(name: str) -> float:
    """How common a name's first names are in Swedish text: a misspelling is rarer (Rebecka 3.5, Rebecca 3.9)."""
    # Imported here: kb.cite imports this package, and importing wordfreq (its
    # tokenizers: regex, ftfy, langcodes) took 0.12 s of every fresh `kb search`.
    from wordfreq import zipf_frequency

    return sum(zipf_frequency(w, "sv") for w in fold(name).split()[:-1])


class Named(Protocol):
    """A person of a document's registry (kb.extract.identities.Person), as the functions
    here and in kb.extract.genders read them."""

    @property
    def name(self) -> str: ...

    is_organisation: bool


P = TypeVar("P", bound=Named)


def by_full_name(person: P, people: Sequence[P]) -> P:
    """The one person named in full whose surname a person named by a surname alone has
    ("säger Norberg" in a live feed, newest first, above the post that names Annika Norberg:
    page probe 36); the person as they are otherwise."""
    surname = person.name
    if " " in surname or not surname[:1].isupper():
        return person
    full = [
        p for p in people if p is not person and " " in p.name and p.name.split()[-1] == surname
    ]
    return full[0] if len(full) == 1 else person
