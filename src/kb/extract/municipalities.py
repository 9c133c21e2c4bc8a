"""The municipalities a whole text names, for a municipality's officer the text quotes before
it names the municipality, or in the genitive ("Borgå stads ungdomstjänster"; news sets
18-21), and whether it names another body that may employ them (kb.extract.identities);
Sweden's 290 municipalities by their places (kb/data/municipalities.txt), for a title's place
("socialchef i Gävle") and the place a local text is set in."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from importlib import resources

from kb.extract.bodies import is_body
from kb.extract.counties import regions_in
from kb.extract.genders import gender_of
from kb.extract.named import NO_PLACE, iter_bodies
from kb.extract.titles import fold
from kb.extract.vocab import (
    COMPANY_TITLES,
    LAY_ROLES,
    MUNICIPAL_TITLES,
    RESIDENTS,
    TITLE_BODIES,
)
from kb.parse.vocab import STOPWORDS

# A municipality by its name, in the genitive too: "X kommun", "X stad" as kb stores them
# (the name's own genitive kept: "Kristianstads kommun"; "Göteborgs Stad" as written).
_MUNICIPALITY_NAMED = re.compile(r"\b([A-ZÅÄÖ][\w-]*) (kommun|[Ss]tad)s?\b")
# A municipality's organs and offices, by the ends of their names: no other employer.
_MUNICIPAL_ORGANS = ("nämnden", "nämnd", "förvaltningen", "styrelsen", "fullmäktige", "kontoret")


def is_municipality(body: str) -> bool:
    """Whether a body kb noted is a municipality by its name ("Umeå kommun", not "Liten
    kommun" of "Liten kommun satsar")."""
    words = fold(body).split()
    return len(words) == 2 and words[1] in ("kommun", "stad") and words[0] not in NO_PLACE


# The municipality by its kind, as a whole word (not "grannkommunen": a review).
_KOMMUNEN = re.compile(r"\b[Kk]ommunens?\b")


def says_kommunen(texts: Iterable[str], near: str) -> bool:
    """Whether texts call a municipality "kommunen" away from `near` (a quote and the
    paragraph before it), where the word names no one."""
    return len(_KOMMUNEN.findall(" ".join(texts))) > len(_KOMMUNEN.findall(near))


def municipality_of(place: str, bodies: Iterable[str]) -> str:
    """The municipality or city of a place among the bodies a text names, else "": "Gävle
    kommun" of "Gävle", "Falu kommun" of "Falun" too (page probe 6's lead, "socialsekreterare
    i Falun")."""
    folded = fold(place)
    names = {
        f"{name}{s} {kind}"
        for name in (folded, folded[:-1] if folded.endswith("n") else folded)
        for s in ("", "s")
        for kind in ("kommun", "stad")
    }
    return next((body for body in bodies if fold(body) in names), "")


@cache
def _listed() -> tuple[dict[str, str], dict[str, str]]:
    """kb/data/municipalities.txt as place (folded) -> the municipality's name ("falun" ->
    "Falu kommun"), and the municipality's name -> its region ("Region Dalarna")."""
    text = resources.files("kb.data").joinpath("municipalities.txt").read_text(encoding="utf-8")
    names: dict[str, str] = {}
    regions: dict[str, str] = {}
    region = ""
    for line in text.splitlines():
        if line.startswith("["):
            region = line.strip("[]")
        elif line and line[0] != "#":
            place, _, name = line.partition(": ")
            names[fold(place)] = name
            regions[name] = region
    return names, regions


def listed() -> dict[str, str]:
    """Sweden's 290 municipalities, place (folded) -> name: "falun" -> "Falu kommun"."""
    return _listed()[0]


def region_of(municipality: str) -> str:
    """The region a listed municipality lies in ("Falu kommun": "Region Dalarna"), else ""."""
    return _listed()[1].get(municipality, "")


def listed_municipality(place: str) -> str:
    """The municipality a place written alone is ("Mjölby": "Mjölby kommun"), else ""."""
    return listed().get(fold(place), "")


# A run of capitalised words ("I Mjölby", "Anna Berg", "Kommunerna Ljusdal"): a municipality's
# place is a word of it that is no person's name, in the genitive too ("Staffanstorps nya
# boende"), where a text names places.
_CAPITALISED_RUN = re.compile(r"\b[A-ZÅÄÖ][\w-]*(?: [A-ZÅÄÖ][\w-]*)*")


def _places_of_run(run: str, names: set[str]) -> Iterator[str]:
    """The municipalities a run of capitalised words names, by a whole name ("Upplands Väsby")
    or a word of it, in the genitive too ("Staffanstorps nya boende"); not a word of someone's
    name (`names`), nor of a body's named for its place ("Arvika Nyheter", "Mora IK", "Region
    Uppsala": a review)."""
    if " " in run and (name := listed_municipality(run)):
        yield name
        return
    words = run.split()
    for i, word in enumerate(words):
        stem = word.removesuffix("s")
        if word in names or stem in names or word.isupper():  # "STOCKHOLM (TT)"
            continue
        if i + 1 < len(words) or (i and words[i - 1] in _BODY_HEADS):
            continue
        if name := listed_municipality(word) or listed_municipality(stem):
            yield name


# A body's first word before its place: "Region Uppsala", "Landstinget Sörmland".
_BODY_HEADS = frozenset("Region Landstinget Länsstyrelsen Polisen".split())


def place_named(texts: tuple[str, ...]) -> str:
    """The municipality a local text is set in, when it names no municipality as "X kommun":
    the only one whose place it names (places_named: "Fyren i centrala Mjölby": "Mjölby
    kommun"), not when it names another's too, in passing or for comparison ("växte upp i
    Kiruna", "Förebilden är Umeå", "Staffanstorps nya boende", "Kommunerna Ljusdal och
    Bollnäs": a review); "" otherwise."""
    places = places_named(texts)
    return next(iter(places)) if len(places) == 1 else ""


def head_set_in(role: str, texts: tuple[str, ...], named: Iterable[str]) -> str:
    """A municipality's head's municipality in texts that name none (`named`: "X kommun")
    and are set in one municipality's place (place_named: "kommundirektör", Hallstahammar:
    page probe 82); not its staff's (a socialsekreterare in a study set in Örebro)."""
    heads = role.endswith(MUNICIPAL_TITLES) and role.endswith(("chef", "direktör", "råd"))
    return place_named(texts) if heads and not any(named) else ""


@lru_cache(maxsize=8)  # asked again at each councillor's quote of a document
def places_named(texts: tuple[str, ...]) -> frozenset[str]:
    """The municipalities whose places texts name ("i Mjölby", "Borlänge och Ludvika"). A known
    first name and the words after it in a run are a name's, wherever they stand: "Anna Berg"
    … "säger Berg", "Nora Ahlström" … "säger Nora" (a review)."""
    runs = [m.group().split() for text in texts for m in _CAPITALISED_RUN.finditer(text)]
    names = {
        word
        for words in runs
        for i, word in enumerate(words)
        if any(gender_of(first) for first in words[: i + 1])
    }
    return frozenset(name for words in runs for name in _places_of_run(" ".join(words), names))


def region_placed(texts: tuple[str, ...], near: str) -> str:
    """The one region whose name, county or municipalities texts name, for a regionråd whose
    quote and the paragraph before it name none: "Västerbottens Dagblad … Västerbotten" (page
    probes 5, 51), "Borlänge och Ludvika" (Region Dalarna: a review); "" when they name
    several, or the words near speak of the opposition."""
    placed = regions_in(texts) | {region_of(name) for name in places_named(texts)}
    return placed.pop() if len(placed) == 1 and "opposition" not in fold(near) else ""


def municipality_at(place: str, bodies: Iterable[str], title: str) -> str:
    """The municipality of a municipal officer's place ("socialchef i Gävle"): the one the text
    names ("Gävle kommun", "Falu kommun" of "Falun"), else Sweden's (kb/data/municipalities.txt;
    page probes 20, 54), else a chief's place as written ("socialchef i Kista"); another's
    place is where they work, no body ("fältassistent i Husby": page probe 2)."""
    found = municipality_of(place, bodies) or listed_municipality(place)
    placed = one_place(place) and not is_body(place) and not _heads(title)
    return found or ("" if placed else place)


def _heads(title: str) -> bool:
    """Whether a title is a chief's, a member's or a councillor's, whose place is their body's
    ("chef i Malmö", "regionråd i Västerbotten")."""
    return title.rpartition(" ")[2].endswith(("chef", "ledamot", "råd"))


def municipalities_of(texts: Iterable[str]) -> frozenset[str]:
    """The municipalities ("X kommun", "X stad") that texts name anywhere."""
    return frozenset(
        f"{m.group(1)} {m.group(2)}"
        for text in texts
        for m in _MUNICIPALITY_NAMED.finditer(text)
        if fold(m.group(1)) not in STOPWORDS and fold(m.group(1)) not in NO_PLACE
    )


def named_in(texts: tuple[str, ...]) -> tuple[frozenset[str], bool]:
    """The municipalities texts name, and whether they name any other body by its name: not
    the municipality's place ("i Kristianstad"), organs ("Välfärdsnämnden") or units in
    lower case ("hemtjänsten")."""
    municipalities = municipalities_of(texts)
    own = tuple(fold(m).rsplit(" ", 1)[0].removesuffix("s") for m in municipalities)
    others = any(
        body[:1].isupper()
        and (body in text or body.lower() not in text)
        and not fold(body).startswith(own)
        and not fold(body).endswith((*_MUNICIPAL_ORGANS, " kommun", " stad"))
        for text in texts
        for body in iter_bodies(text)
    )
    return municipalities, others


def one_place(name: str) -> bool:
    """Whether a body's name is one place's or two's as a place is written: "Torpa",
    "Bollnäs och Ovanåker"."""
    places = name.split(" och ")
    return len(places) <= 2 and all(p.istitle() and " " not in p for p in places)


def only_a_place(
    name: str, title: str, texts: Iterable[str], municipalities: Iterable[str]
) -> bool:
    """Whether a one-word body of a title is only where its holder works: which the texts
    write "i Malmö" and never "på", "vid" or "hos Malmö" ("frivårdsinspektör i Malmö": page
    probe 51), and one of the `municipalities` they name ("Malmö stad") or Sweden's, or, for
    an area's worker, a place they write so again ("bovärd i Torpa", "… i Torpa centrum":
    page probe 69; not "volontär i Greenpeace", "forskare i Karolinska", nor a county's
    "sjuksköterska i Halland": reviews); and the title is no board's, member's, councillor's
    or chief's ("ordförande i Balans" is Balans's, "regionråd i Västerbotten", "chef i Malmö"
    Malmö's), nor one that names its body."""
    last = title.rpartition(" ")[2]
    if last in _MEMBERS or last in TITLE_BODIES or last in COMPANY_TITLES:
        return False  # nor a town's barnombudsman, nor "vd i Ikea" (reviews)
    # Where someone of no title, a resident or a relative lives is any place: "Karin Wästberg i
    # Huskvarna", "Gunnar Ek, kund i Fisksätra" (page probes 56, 68).
    resident = not last or last in RESIDENTS or last.endswith(LAY_ROLES)
    municipal = bool(municipality_of(name, municipalities))
    area, listed_town = last.endswith(_AREA_TITLES), bool(listed_municipality(name))
    if not resident and (_heads(last) or (not municipal and regions_in([name]))):
        return False
    text, name = " ".join(texts), re.escape(name)
    # As a word: "i Fortes utlysning" is no place (page probe 49).
    placed = re.findall(rf"\bi {name}(?![\w:-])", text)
    if resident and listed_town:
        # A town written after a name: "– …, säger Erik Johansson, Sundsvall." (page probe 68)
        placed += re.findall(rf", {name}(?![\w:-])", text)
    known = resident or municipal or listed_town
    if not known and not area:
        return False  # "back i Brynäs", "volontär i Greenpeace" (a review)
    enough = 1 if known else 2  # an area's worker's place of no list: written so twice
    return len(placed) >= enough and not re.search(rf"\b(?:på|vid|hos|för) {name}(?![\w:-])", text)


# Titles of those who work in an area, whose "i X" may be a district's or a village's name
# that kb has no list of ("bovärd i Torpa", "BVC-sjuksköterska i Gimo": page probes 55, 69).
_AREA_TITLES = (
    "värd", "sköterska", "barnmorska", "polis", "väktare", "fritidsledare", "lärare", "präst",
    "diakon", "chaufför", "brevbärare", "kurator",
)  # fmt: skip
# Titles of a board or a membership, whose "i X" names the body ("ordförande i Vega").
_MEMBERS = frozenset("ordförande ledamot ersättare medlem sekreterare kassör".split())
