"""Sweden's parties and the politicians they sit for (kb.extract's vocabulary of politics).

Party letters after a name ("Camilla Waltersson Grönvall (M)") and a party's adjective
("kristdemokratisk ordförande") name the party a politician sits for: a national
politician's organisation. A local politician speaks for a nämnd, a region or a
municipality, not for the party (kb.extract.identities).
"""

from __future__ import annotations

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
PARTIES = frozenset(PARTY_LETTERS.values())

# Local politicians' titles, and a nämnd member's given with no body: their party's letters
# name no body they speak for (news sets 2, 3, 12, 13, 16, 19, 22: "kommunalrådet Rasmus
# Persson (C)", "säger ordförande Per-Inge Pettersson (C), när socialnämndens …").
LOCAL_POLITICAL_TITLES = tuple("""kommunalråd regionråd borgarråd oppositionsråd
    landstingsråd""".split())  # fmt: skip
BOARD_TITLES = frozenset(
    {"ordförande", "vice ordförande", "2:e vice ordförande", "ledamot", "ersättare"}
)


def is_local_politician(role: str) -> bool:
    """Whether a title (folded) is a municipality's or a region's politician's: a
    kommunalråd's, a nämnd's chair or member's given without the body ("ordförande")."""
    first = role.split(" ", 1)[0]  # "kommunalråd för jobb, integration och socialtjänst"
    return first.endswith(LOCAL_POLITICAL_TITLES) or role in BOARD_TITLES
