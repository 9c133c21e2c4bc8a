"""Whether a first name is a woman's or a man's, for "säger hon" and "säger han"; a person
a sentence presents by a first name alone ("En av dem är Rut, 86, som …").

In: a person's name; out: "f", "m" or "" (unknown, or given to both). Read from
kb/data/first_names.txt, a hand-written list of common Swedish first names (no package
kb may use has one: wordfreq counts words, not whom they name).
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from kb.extract.spellings import P
from kb.extract.titles import is_role_word

if TYPE_CHECKING:
    from kb.extract.speakers import Mention

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
    """ "f" or "m" by a name's first name ("Sven-Erik Nordin": Sven's), or by the word of
    someone described ("en pojke"), "" when not known."""
    first = name.split()[0].split("-")[0] if name.split() else ""
    if first in ("en", "ett") or (first.islower() and " " not in name):  # "en pojke", "pojken"
        return _DESCRIBED_GENDER.get(name.split()[-1], "")
    return _names().get(first.casefold(), "") if first[:1].isupper() else ""


# The words of someone described, indefinite and definite ("en flicka", "flickan").
_DESCRIBED_GENDER = dict.fromkeys(
    "flicka flickan tjej tjejen kvinna kvinnan mamma mamman dotter dottern".split(), "f"
) | dict.fromkeys("pojke pojken kille killen man mannen pappa pappan son sonen".split(), "m")


def from_first_name(run: str) -> str:
    """A run of capitalised words from its known first name on, when a sentence's capitalised
    first word stands before it ("Journalisten Inga-Lisa Sangregorio": an interpellation);
    not a title or a body's genitive ("Kommunalrådet Anna Berg", "Stadsmissionens Anna Berg")."""
    words = run.split()
    if len(words) < 3 or gender_of(words[0]) or not gender_of(words[1]):
        return run
    return run if words[0].endswith("s") or is_role_word(words[0]) else " ".join(words[1:])


def fits(mention: Mention, name: str) -> bool:
    """Whether a quote's attribution may mean a person of that name: any but a pronoun, and
    a pronoun of their gender or of a name that says none."""
    wanted = PRONOUNS.get(mention.name.casefold(), "") if mention.sort == "pronoun" else ""
    return not wanted or gender_of(name) in ("", wanted)


def of_gender(pronoun: str, last: P | None, seen: list[P]) -> P | None:
    """Whom "hon" or "han" refers to: the last person named, unless their first name says
    the other gender, then the last named before them who has the pronoun's ("– …, säger
    Marie Sundqvist." "Peter Lindahl … säger …" "– …, säger hon.": page probes 7 and 30), or
    no one ("Linnea Holmgren … säger hon." "En av klienterna är en 19-årig man … säger han.":
    page probe 51)."""
    wanted = PRONOUNS.get(pronoun.casefold(), "")
    if last is None or not wanted or gender_of(last.name) in ("", wanted):
        return last
    return next(
        (p for p in reversed(seen) if not p.is_organisation and gender_of(p.name) == wanted), None
    )


# A known first name alone where a sentence presents its person in other words than at its
# opening: "Elin är 17 år", "En av dem är Rut, 86, som …", "Vid ett bord sitter Jonny.",
# "Jag träffade också Göran, vars fru …", "Mikael säger att …" (page probes 3, 11, 21, 24,
# 25); the name must be one kb.extract.genders knows, so no noun or place.
_FIRST_ALONE = r"(?P<name>[A-ZÅÄÖ][a-zåäöé]+)"
# Not "heter Max." nor "är Stella." at a sentence's end, which name a dog, a storm or a
# project as often (a review): there, only after where someone sits or whom the writer met,
# or "En annan är Rut." (a second review).
_FIRST_PRESENTED = re.compile(
    rf"^{_FIRST_ALONE}\s+(?:är\s+(?P<years>\d{{1,3}})\s+år\b(?P<than>\s+(?:äldre|yngre))?"
    r"|säger\s+att\b)"
    r"|\b(?:är|heter|träffade|träffar|möter|sitter|står)(?:\s+(?:också|även|nu|där|här))?\s+"
    rf"{_FIRST_ALONE.replace('name', 'name2')}"
    r"(?=,\s+(?P<age>\d{1,3})(?:\s+år)?[,.]|,\s+(?:som|vars)\s)"
    r"|(?:\b(?:träffade|träffar|möter|sitter|står)|^En\s+(?:annan|av\s+\w+))"
    r"(?:\s+(?:också|även|nu|där|här))?\s+"
    rf"(?:är\s+)?{_FIRST_ALONE.replace('name', 'name3')}\.$"
)
# A child this young is presented, but seldom quoted ("Den yngsta är Tyra, 4, som …").
_YOUNGEST_QUOTED = 10


def first_name_presented(sentence: str) -> str:
    """The known first name a sentence presents its person by (_FIRST_PRESENTED), or ""."""
    found = _FIRST_PRESENTED.search(sentence.strip())
    years = found and not found["than"] and (found["years"] or found["age"])  # "7 år äldre"
    if found is None or int(years or _YOUNGEST_QUOTED) < _YOUNGEST_QUOTED:
        return ""
    name = found["name"] or found["name2"] or found["name3"]
    return name if gender_of(name) else ""


# The third person's words of each gender.
_HIS, _HERS = frozenset("han honom hans".split()), frozenset("hon henne hennes".split())


def of_the_other(words: set[str], name: str, pronoun: str, presenting: str) -> bool:
    """Whether a quote "säger hon" (`pronoun`) after someone of that gender is presented
    (`name`, in the paragraph `presenting`) speaks of another than them: of the other gender
    only ("Han kom hem …, säger hon."), or of one of their own the paragraph names ("Sanna är
    mamma till en flicka" and "– Hon har suttit hemma …, säger hon."). Not "Hon borde ha
    fått hjälp …, säger hon." after "En av dem är Rut, 86, som bor ensam" (reviews)."""
    gender = PRONOUNS.get(pronoun.casefold(), "")
    if not gender or gender_of(name) != gender:
        return False
    third = words & (_HIS | _HERS)
    kin = _KIN[gender] & {w.strip(",.;:").casefold() for w in presenting.split()}
    return third <= (_HIS if gender == "f" else _HERS) or bool(kin)


# The words of a family or a group of each gender a presentation may name ("mamma till en
# flicka"), whom the quote's "hon" or "han" may be.
_KIN = {
    "f": frozenset("flicka flickan dotter dottern syster systern mamma mor mormor farmor".split()),
    "m": frozenset("pojke pojken son sonen bror brodern pappa far morfar farfar".split()),
}


def surname_theirs(name: str, texts: tuple[str, ...]) -> bool:
    """Whether a surname written alone may be this full name's: a person's by a first name,
    whose surname no other capitalised word stands before in the texts ("säger Lindgren"
    after "Astrid Lindgren" and "Bibliotekarien Lindgren" is the librarian's: a review)."""
    first, last = name.split()[0], name.split()[-1]
    before = re.compile(rf"(\S+)\s+{re.escape(last)}\b")
    found = (m[1] for text in texts for m in before.finditer(text))
    # "Familjen Lindgren", "Paret Holmqvist" are theirs (a review)
    return bool(gender_of(first)) and all(
        w in (first, *_KIN_WORDS) or not w[:1].isupper() for w in found
    )


# The words of a family or a couple before its surname.
_KIN_WORDS = ("Familjen", "Paret", "Makarna", "Syskonen", "Bröderna", "Systrarna")
