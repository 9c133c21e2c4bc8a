"""Sweden's regions and county boards as a text names them: the region a regionråd's office is
(the one the quote names), the county board a speaker "på Länsstyrelsen" works for (the one
the text names by its county), for kb.extract.identities."""

from __future__ import annotations

import re
from collections.abc import Iterable

from kb.extract.titles import fold

# Sweden's 21 regions as they name themselves.
REGIONS: tuple[str, ...] = (
    *(f"Region {name}" for name in """Blekinge Dalarna Gotland Gävleborg Halland Kronoberg
    Norrbotten Skåne Stockholm Sörmland Uppsala Värmland Västerbotten Västernorrland Västmanland
    Östergötland""".split()),
    "Region Jämtland Härjedalen", "Region Jönköpings län", "Region Kalmar län",
    "Region Örebro län", "Västra Götalandsregionen",
)  # fmt: skip

# A county board by its county: "Länsstyrelsen i Dalarnas län", "Länsstyrelsen Skåne",
# "länsstyrelsen i Gävle".
_COUNTY_BOARD = re.compile(
    r"\b[Ll]änsstyrelsen (?:i )?[A-ZÅÄÖ][\w-]+(?: (?:[A-ZÅÄÖ][\w-]+|län)\b)?(?: län\b)?"
)


def _place_of(region: str) -> str:
    """The place a region is named by, folded: "Region Jönköpings län" -> "jönköping",
    "Västra Götalandsregionen" -> "västra götaland"."""
    place = fold(region).removeprefix("region ").removesuffix("sregionen").removesuffix("s län")
    words = place.split()
    return " ".join(words[:2]) if words[0] == "västra" else words[0]


# Each region's place, and the words that name it: computed once, read at every regionråd and
# county board's speaker.
_PLACES = {region: _place_of(region) for region in REGIONS}
_NAMING = {place: re.compile(rf"\b{place}") for place in _PLACES.values()}


def region_named(near: str) -> str:
    """The one of the regions that words (a quote and the paragraph before it) name, not one
    compared with: none when they speak of another region's place ("… borde vi också göra i
    Uppsala": Region Gävleborg was the example), nor in opposition (a review); else ""."""
    folded = fold(near)
    named = [region for region in REGIONS if fold(region) in folded]
    if "opposition" in folded or len(named) != 1:
        return ""
    return "" if _names_another(folded, _PLACES[named[0]]) else named[0]


def regions_in(texts: Iterable[str]) -> set[str]:
    """The regions texts name by their names or counties ("Västerbottens Dagblad",
    "Västerbotten")."""
    folded = fold(" ".join(texts))
    return {region for region, place in _PLACES.items() if _NAMING[place].search(folded)}


def county_board(texts: Iterable[str]) -> str:
    """The one county board texts name by its county ("Länsstyrelsen i Skåne", "Länsstyrelsen
    Västra Götaland"), for a speaker of "Länsstyrelsen" (news set 27); "" when they name
    none or several ("länsstyrelsen i Gävle … Länsstyrelsen Stockholm"), or speak of another
    county ("Länsstyrelsen Östergötland, som samordnar arbetet nationellt" in a text on
    Norrbotten): reviews."""
    texts = list(texts)
    named = [_county(m.group()) for text in texts for m in _COUNTY_BOARD.finditer(text)]
    # One board however it is written: "Länsstyrelsen Jönköpings län" in a photo's credit,
    # "Länsstyrelsen i Jönköpings län" in the text (page probe 55).
    counties = {_county_of(board) for board in named}
    if len(counties) != 1:
        return ""
    board = max(named, key=named.count)
    return "" if _names_another(fold(" ".join(texts)), counties.pop()) else board


def _county_of(board: str) -> str:
    """The county a board's name names, folded: "Länsstyrelsen i Skåne län" -> "skåne"."""
    return (
        fold(board)
        .removeprefix("länsstyrelsen ")
        .removeprefix("i ")
        .removesuffix(" län")
        .removesuffix("s")
    )


def _names_another(folded: str, place: str) -> bool:
    """Whether folded words name a region's place other than `place`."""
    return any(naming.search(folded) for other, naming in _NAMING.items() if other != place)


def _county(board: str) -> str:
    """A county board's name as kb stores it: capitalised, a county's genitive without "län"
    dropped ("Länsstyrelsen Östergötlands nya rapport": Länsstyrelsen Östergötland)."""
    board = board[:1].upper() + board[1:]
    return board if board.endswith(" län") else board.removesuffix("s")
