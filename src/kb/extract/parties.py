"""Sweden's parties and the politicians they sit for (kb.extract's vocabulary of politics).

Party letters after a name ("Camilla Waltersson Grönvall (M)") and a party's adjective
("kristdemokratisk ordförande") name the party a politician sits for: their organisation,
unless the text names the body they speak for; a nämnd's chair or member given with their
letters speaks for the one nämnd the text names (kb.extract.identities).
"""

from __future__ import annotations

import re

# Sweden's parliamentary parties: the letters written after a name
# ("Camilla Waltersson Grönvall (M)"), the names kb stores, and the adjectives
# that name a party ("kristdemokratisk ordförande"). From riksdagen.se's list
# of the parties in the Riksdag.
PARTY_LETTERS: dict[str, str] = {
    "s": "Socialdemokraterna",
    "m": "Moderaterna",
    "sd": "Sverigedemokraterna",
    "c": "Centerpartiet",
    "v": "Vänsterpartiet",
    "kd": "Kristdemokraterna",
    "l": "Liberalerna",
    "mp": "Miljöpartiet",
    "fp": "Liberalerna",  # Folkpartiet, as Liberalerna were called until 2015
    # Finland's Swedish People's Party, in the Finland-Swedish news kb reads (page probe 104).
    "sfp": "Svenska folkpartiet",
}

PARTY_ADJECTIVES: dict[str, str] = {
    "socialdemokratisk": "Socialdemokraterna",
    "socialdemokratiska": "Socialdemokraterna",
    "moderat": "Moderaterna",
    "moderata": "Moderaterna",
    "sverigedemokratisk": "Sverigedemokraterna",
    "sverigedemokratiska": "Sverigedemokraterna",
    "centerpartistisk": "Centerpartiet",
    "centerpartistiska": "Centerpartiet",
    "vänsterpartistisk": "Vänsterpartiet",
    "vänsterpartistiska": "Vänsterpartiet",
    "kristdemokratisk": "Kristdemokraterna",
    "kristdemokratiska": "Kristdemokraterna",
    "liberal": "Liberalerna",
    "miljöpartistisk": "Miljöpartiet",
    "miljöpartistiska": "Miljöpartiet",
}

# A nämnd's chair's and members' titles, given with no body: their party's letters name the
# party only when the text names no one nämnd or kommunstyrelse (news sets 12, 22: "säger
# ordförande Per-Inge Pettersson (C), när socialnämndens …").
BOARD_TITLES = frozenset(
    {"ordförande", "vice ordförande", "2:e vice ordförande", "ledamot", "ersättare"}
)
# A municipal councillor's titles: their party's letters name the party only when the text
# names no one municipality, whose office it is (news sets 26, 28); not "oppositionsråd".
COUNCILLOR_TITLES = ("kommunalråd", "socialborgarråd", "borgarråd", "äldreborgarråd")

# A councillor's title before the name, which the board's chair after it does not replace
# ("Kommunalrådet Jonas Ek (M), ordförande i kommunstyrelsen": page probes 13, 14, 20, 28,
# 45, 48 labelled "kommunalråd"); kb gives both, as "Ek (S), kommunalråd och ordförande i …".
_COUNCILLORS = ("kommunalråd", "regionråd", "oppositionsråd")
_COUNCILLOR_BEFORE = re.compile(rf"(?i:({'|'.join(_COUNCILLORS)})(?:et)?) [A-ZÅÄÖ]")

# Titles of the elected that speak for their party when the text names no body with them
# but the assembly they sit in ("Riksdagsledamoten Karin Alm (KD) sa …": page probe 45), as
# in an attribution; a minister in office too ("Socialminister Karin Ljung (KD)": the labels
# of the page probes and of regeringen's pages give the party where the text gives its
# letters); not an oppositionsråd, whom the labels give a municipality as often as a party.
PARTY_TITLES = re.compile(r"(?:riksdagsledamot|gruppledare|partiledare|talesperson|minister)$")

# The assembly a member sits in for their party, no body they speak for: "Riksdagen",
# "kommunfullmäktige", "Sundsvalls kommunfullmäktige", "Regionfullmäktige i Region
# Västerbotten" ("gruppledare i …": page probes 33, 59, 97).
_ASSEMBLY = re.compile(r"(?:\w+s )?(?:riksdagen|\w*fullmäktige)(?: i .+)?", re.IGNORECASE)


def sits_for_party(title: str, organisation: str) -> bool:
    """Whether one of the elected, given with their party's letters, speaks for the party: a
    party's title ("gruppledare", "riksdagsledamot", "socialminister") with no body or only
    the assembly they sit in."""
    last = title.split()[-1].casefold() if title.split() else ""
    if last.endswith("ledamot") and not PARTY_TITLES.search(last):  # not "riksdagsledamot"
        # "ledamot i regionfullmäktige", not a nämnd's (a review)
        return bool(organisation) and is_assembly(organisation)
    return bool(PARTY_TITLES.search(last)) and is_assembly(organisation)


def is_assembly(organisation: str) -> bool:
    """No body, or only an elected assembly ("Riksdagen", "Sundsvalls kommunfullmäktige")."""
    return not organisation or bool(_ASSEMBLY.fullmatch(organisation.strip()))


def kept_role(known: str, new: str) -> str:
    """The role a person keeps when a phrase gives them a new one: both a councillor's and a
    board's that follows it ("Kommunalrådet Jonas Ek (M), ordförande i kommunstyrelsen"),
    else the new one."""
    councillor = known.casefold() in _COUNCILLORS
    return f"{known} och {new}" if councillor and new in BOARD_TITLES else new


def councillor_before(phrase: str) -> str:
    """The councillor's title a phrase opens with before a name ("regionrådet Ulla Ek"), else
    ""."""
    match = _COUNCILLOR_BEFORE.match(phrase.strip())
    return match[1].lower() if match else ""


# A party's name in the genitive before a member's name ("Vänsterpartiets Sara Eriksson"),
# which is no part of the name (kb.extract.speakers.iter_name_runs; probe 5).
PARTY_NAMES = frozenset(PARTY_LETTERS.values())
PARTY_GENITIVES = frozenset(f"{party}s" for party in PARTY_NAMES)


def councillor_seat(title: str, party: str, after: list[str]) -> tuple[str, str]:
    """The organisation and party of a councillor a sentence introduces before their name
    with party letters: a kommunalråd's place after them, whose municipality their office is
    ("Kommunalrådet Lars Hedberg (S) i Köping säger": ("Köping", ""), page probe 4); a
    regionråd's party, by which kb.extract.identities finds the region; ("", "") for
    another title or none said."""
    if not party or not title.endswith(_COUNCILLORS + COUNCILLOR_TITLES):
        return "", ""
    if title.endswith("regionråd"):
        return party, party
    place = after[1].strip(",.:;") if after[:1] == ["i"] and after[1:2] else ""
    return (place, "") if place[:1].isupper() else ("", "")
