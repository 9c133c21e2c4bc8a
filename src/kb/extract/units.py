"""The body a unit named by what it is belongs to.

"Akutmottagningen", "Socialförvaltningen" or "Institutionen för socialt arbete" names no body
a reader can find: which hospital's, which municipality's, which university's? In the page
probes 93 speakers' organisations were such a bare unit. kb gives the unit its body:

- as the text writes it beside the unit ("akutmottagningen vid Vrinnevisjukhuset",
  "Kurator, onkologiska kliniken, Mälarsjukhuset", "socialförvaltningen, Örebro kommun");
- else the page's own publisher, when it is the kind of body the unit is part of (a
  region's "Hälsofrämjande enheten", a university's "Institutionen för juridik");
- else the one municipality (a förvaltning, a nämnd, socialtjänsten) or the one region (a
  clinic, psykiatrin, regionstyrelsen) the text names.

The unit stays in front: "Akutmottagningen vid Vrinnevisjukhuset", "Socialförvaltningen i
Örebro kommun". A unit of a body's own name ("Stadsmissionens natthärbärge", "Vision i
Borås") is no bare unit and is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kb.extract.bodies import is_agency, known_organisation
from kb.extract.counties import REGIONS
from kb.extract.municipalities import (
    is_municipality,
    listed_municipality,
    municipalities_of,
    region_placed,
)
from kb.extract.titles import fold

# Nouns of a part of a body, in the definite: "akutmottagningen", "barn- och familjeenheten",
# "hälso- och sjukvårdsnämnden". Not a body's own kinds (föreningen, stiftelsen, myndigheten,
# sjukhuset), nor a place's ("boendet", "gården"), which the text names on their own.
_PART_NOUNS = (
    "förvaltningen", "nämnden", "nämnd", "styrelsen", "fullmäktige", "utskottet", "enheten",
    "avdelningen", "sektionen", "institutionen", "kontoret", "teamet", "akutteam",
    "mottagningen", "kliniken", "psykiatrin", "vårdcentralen", "centrum", "centret",
    "tjänsten", "vården", "omsorgen",
)  # fmt: skip

# A region's parts: health care, and its own boards. Not "vården" nor "centrum", which a
# municipality's social services have too ("missbruksvården", "barn- och ungdomsvården").
_REGIONAL = (
    "mottagningen", "kliniken", "psykiatrin", "vårdcentralen", "akutteam", "sjukvårdsnämnden",
)  # fmt: skip

# A municipality's parts: its boards and offices, and its social services' units.
_MUNICIPAL = (
    "förvaltningen", "nämnden", "nämnd", "styrelsen", "fullmäktige", "utskottet", "enheten",
    "kontoret", "tjänsten", "omsorgen",
)  # fmt: skip

# Words that join a unit's compounds ("Barn- och ungdomskliniken"), and that may follow its
# noun ("Enheten för alkohol", "Avdelningen för kunskapsstyrning för socialtjänsten").
_LINKS = frozenset({"och", "samt"})
_AFTER = frozenset({"för", "inom", "mot", "med"})

# Bodies of their own whose names end as a unit's do.
_BODIES = frozenset({"länsstyrelsen", "riksdagsförvaltningen", "kyrkostyrelsen"})

# A body's name after a unit: "Vrinnevisjukhuset", "Universitetssjukhuset Örebro", "Region
# Jönköpings län", "Göteborgs universitet", "Örebro kommun".
_NAME = r"[A-ZÅÄÖ][\w-]*(?: (?:[A-ZÅÄÖ][\w-]*|kommun|stad|län|universitet|högskola))*"

# The endings of a body that has such units: a hospital, a university.
_HOUSES = ("sjukhuset", "sjukhus", "universitet", "universitetet", "högskola", "högskolan")


def unit_with_body(unit: str, texts: tuple[str, ...], publisher: str, near: str = "") -> str:
    """A speaker's organisation, and the body it belongs to when it is a bare unit (see the
    module's head); as it is otherwise, or when no one body is found."""
    head = _head(unit)
    if not head:
        return unit
    body = _named_beside(unit, head, texts) or _own(head, publisher) or _one(head, texts, near)
    if not body:
        return unit
    at = "i" if is_municipality(body) or _is_region(body) else "vid"
    return f"{unit} {at} {body}"


def unit_named(name: str) -> bool:
    """Whether a name is a bare unit's ("Akutmottagningen", "socialförvaltningen")."""
    return bool(_head(name))


def _head(unit: str) -> str:
    """The noun a bare unit is named by ("kliniken" of "Onkologiska kliniken"), folded; ""
    when the name is no bare unit: a word after the first written with a capital (a name:
    "Stadsmissionens natthärbärge i Majorna"), a body kb knows, an agency."""
    words = unit.split()
    if not words or fold(unit) in _BODIES or known_organisation(unit) or is_agency(unit):
        return ""
    if any(not (w.islower() or w in ("-", "–")) for w in words[1:]):
        return ""
    for i, word in enumerate(words):
        folded = fold(word)
        if folded.endswith(_PART_NOUNS):
            # The noun, then nothing or what the unit is for ("Enheten för alkohol"), not a
            # sentence going on ("Samhällsbyggnadsförvaltningen leder arbetet").
            return folded if i + 1 == len(words) or words[i + 1] in _AFTER else ""
        if i and folded not in _LINKS and not folded.endswith(("-", "a", "t", "e")):
            break  # words before the noun are adjectives ("Onkologiska", "Mobilt psykiatriskt")
    return ""


def _named_beside(unit: str, head: str, texts: Iterable[str]) -> str:
    """The one body the texts write right after the unit ("akutmottagningen vid X", "…,
    onkologiska kliniken, Mälarsjukhuset"); "" when none or several."""
    found = set()
    beside = re.compile(rf"(?i:\b{re.escape(unit)})(?:,\s*|\s+(?:vid|på|i|inom|hos)\s+)({_NAME})")
    for text in texts:
        for match in beside.finditer(text):
            body = _as_body(match.group(1), head)
            if body:
                found.add(body)
    return found.pop() if len(found) == 1 else ""


def _as_body(name: str, head: str) -> str:
    """A name after a unit as the body it belongs to: a municipality, a region, a hospital,
    a university, an agency, a body kb knows; a municipality's place for a municipality's
    unit ("socialförvaltningen i Örebro": Örebro kommun); "" for anything else."""
    if is_municipality(name) or _is_region(name) or is_agency(name):
        return name
    if fold(name).split()[0].endswith(_HOUSES) or fold(name).endswith(_HOUSES):
        return name
    if known := known_organisation(name):
        return known
    if head.endswith(_MUNICIPAL) and " " not in name:
        return listed_municipality(name)
    return ""


def _own(head: str, publisher: str) -> str:
    """The page's own publisher, when a unit of this kind is its: a municipality's förvaltning
    on a municipality's page, a clinic on a region's or a hospital's, any other unit
    ("Institutionen för …", "Enheten för …") on an agency's, a university's or either."""
    if not publisher:
        return ""
    municipal, regional = is_municipality(publisher), _is_region(publisher)
    house = fold(publisher).endswith(_HOUSES) or fold(publisher).split()[0].endswith(_HOUSES)
    if head.endswith(_REGIONAL):
        return publisher if regional or house else ""
    if head.endswith(_MUNICIPAL) and not head.endswith("enheten"):
        return publisher if municipal else ""
    return publisher if municipal or regional or house or is_agency(publisher) else ""


def _one(head: str, texts: tuple[str, ...], near: str) -> str:
    """The one region a region's unit is in, or the one municipality a municipality's unit
    is, as the text names or places them; "" otherwise."""
    if head.startswith("region") or head.endswith(_REGIONAL):
        return region_placed(texts, near)
    if head.endswith(_MUNICIPAL):
        named = municipalities_of(texts)
        return next(iter(named)) if len(named) == 1 else ""
    return ""


def _is_region(name: str) -> bool:
    return name in REGIONS or fold(name).startswith("region ") or fold(name).endswith("regionen")
