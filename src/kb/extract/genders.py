"""Whether a first name is a woman's or a man's, for "säger hon" and "säger han".

In: a person's name; out: "f", "m" or "" (unknown, or given to both). Read from
kb/data/first_names.txt, a hand-written list of common Swedish first names (no package
kb may use has one: wordfreq counts words, not whom they name).
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Protocol, TypeVar

# The pronoun of each gender.
PRONOUNS = {"hon": "f", "han": "m"}


@cache
def _names() -> dict[str, str]:
    text = resources.files("kb.data").joinpath("first_names.txt").read_text(encoding="utf-8")
    names: dict[str, str] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            gender, name = line.split(maxsplit=1)
            names[name.casefold()] = gender
    return names


def gender_of(name: str) -> str:
    """ "f" or "m" by a name's first name ("Sven-Erik Nordin": Sven's), "" when not known."""
    first = name.split()[0].split("-")[0] if name.split() else ""
    return _names().get(first.casefold(), "") if first[:1].isupper() else ""


class _Named(Protocol):
    @property
    def name(self) -> str: ...

    is_organisation: bool


P = TypeVar("P", bound=_Named)


def of_gender(pronoun: str, last: P | None, seen: list[P]) -> P | None:
    """Whom "hon" or "han" refers to: the last person named, unless their first name says
    the other gender and someone named before them has the pronoun's ("– …, säger Marie
    Sundqvist." "Peter Lindahl … säger …" "– …, säger hon.": page probes 7 and 30)."""
    wanted = PRONOUNS.get(pronoun.casefold(), "")
    if last is None or not wanted or gender_of(last.name) in ("", wanted):
        return last
    return next(
        (p for p in reversed(seen) if not p.is_organisation and gender_of(p.name) == wanted), last
    )
