"""A title and its body written before a name: "Visions förbundsordförande Anna Berg",
"socialnämndens ordförande", "chefen för ungdomstjänster Nina Jorkama" (role_before,
chief_before), and the genitives that name a body there ("Norlandias", "nämndens",
"barn- och familjenämndens"); kb.extract.roles reads a title after a name.
"""

from __future__ import annotations

import re

from kb.extract.bodies import (
    genitive_base,
    is_organisation_word,
    is_unit,
    known_organisation,
    names_a_body_surely,
    organisation_name,
)
from kb.extract.municipalities import is_municipality
from kb.extract.named import genitive_ending
from kb.extract.titles import (
    fold,
    indefinite_role,
    is_role_adjective,
    is_role_word,
    joins_a_title,
    party_of,
)
from kb.extract.vocab import (
    COMPANY_GENITIVES,
    COMPANY_TITLES,
    GENERIC_BODIES,
    MUNICIPAL_TITLES,
    NOT_NAMES,
    UNIT_KINDS,
)
from kb.parse.vocab import STOPWORDS


def company_genitive(word: str, title: str = "") -> str:
    """The body a capitalised genitive before a title names: a known one, a name rare in
    Swedish ("Tiohundras": Tiohundra); a common one is a place or a first name ("Malmös",
    "Lars") or a well-known company ("Volvos"), which wordfreq cannot tell apart: a
    place's municipality for a municipal title ("Jönköpings socialchef": Jönköpings
    kommun), a company for a company's title ("Volvos vd"), else none ("")."""
    from wordfreq import zipf_frequency  # the lexicon kb.analysis reads too

    if not word[:1].isupper() or not word.endswith("s"):
        return ""
    if known := known_organisation(word) or party_of(word):
        return known  # "LO:s", "Volvos" when known, "KD:s"
    base = genitive_base(word)
    if len(base) < 3 or fold(word) in STOPWORDS:
        return ""  # "Hans ordförande": his
    frequency = zipf_frequency(fold(base), "sv")
    if frequency == 0 and (as_written := zipf_frequency(fold(word), "sv")) >= _RARE_NAME:
        # A name ending in s is its own genitive ("Alingsås socialchef", "Borås"): no
        # "Alingså" (news set 26).
        base, frequency = word, as_written
    if frequency < _RARE_NAME:
        return organisation_name(base)
    head = fold(title).split()[0] if title.strip() else ""
    if head.endswith(MUNICIPAL_TITLES) and fold(base) != "sverige":
        # A name ending in a vowel takes no genitive s: "Jönköpings kommun", "Uddevalla
        # kommun" (news set 26: "Uddevallas kommundirektör").
        place = base if base[-1] in "aeiouyåäö" else word
        return organisation_name(f"{place} kommun")
    if head in COMPANY_TITLES:
        return organisation_name(base)
    return ""


# Below this wordfreq zipf a capitalised word is no place or first name Swedish writes often:
# "Tiohundra" 1.2, "Attendo" 2.9, "Tranås" 3.7, "Lars" 4.8.
_RARE_NAME = 2.5


# Bodies by their kind whose title's holder is the one body of that kind a text names
# ("nämndens ordförande"); not a board ("styrelsens ordförande" is any body's, and
# "styrelsen" ends "Socialstyrelsen") nor an agency's ending ("verket", "inspektionen").
_OWNING_KINDS = frozenset(GENERIC_BODIES) - {"styrelsen", "verket", "inspektionen", "institutet"}


# The body a title before a name says is the writer's own ("vår samordnare X").
OUR_BODY = "vår"


def role_before(words: list[str], end: int) -> tuple[str, str]:
    """The role (and genitive organisation) written just before a name: "Visions förbundsordförande"."""
    i = end
    field = i > 2 and words[i - 2] == "för" and words[i - 1].isalpha() and words[i - 1].islower()
    if field and is_role_word(words[i - 3]):
        i -= 2  # a title and its field: "Socialstyrelsens samordnare för äldrefrågor Anna Ek"
    while i > 0 and is_role_word(words[i - 1]) and (i == end or words[i - 1][-1] not in ".!?"):
        i -= 1  # not over a sentence's end ("… besök av kommunalrådet. Enhetschefen Amra …")
    if i == end:
        return "", ""
    if i > 1 and words[i - 1] in ("och", "samt") and words[i - 2].endswith("-"):
        i -= 2  # "Justitie- och migrationsminister"
        while i > 0 and words[i - 1].endswith("-"):
            i -= 1  # "gymnasie- högskole- och forskningsminister"
    elif i > 1 and words[i - 1] == "&" and joins_a_title(words[i - 2]):
        i -= 2  # a title joined by "&": "HR & kommunikationsdirektör", "vd & grundare"
    while i > 0 and is_role_adjective(words[i - 1]):
        i -= 1
    if i > 2 and words[i - 1] == "och" and _indefinite(words[i - 2]) and _owner(words[i - 3]):
        i -= 2  # two titles of a body: "Norlandias affärschef och ansvariga projektledare Bo Ek"
    role = indefinite_role(" ".join(words[i:end]))
    organisation = ""
    if i > 0 and (party := party_of(words[i - 1])):
        organisation = party  # "kristdemokratisk ordförande"
    elif i > 1 and words[i - 1] in COMPANY_GENITIVES and words[i - 2][:1].isupper():
        # A company's whole name in the genitive: "Nordvik Omsorg AB:s vd" (page probe 119 had
        # the body "AB"), not the sentence's first word ("Enligt Nordvik AB:s vd").
        j = i - 2
        while j and words[j - 1][:1].isupper() and fold(words[j - 1]) not in _NO_NAME:
            j -= 1
        organisation = " ".join([*words[j : i - 1], words[i - 1][:-2]])
    elif i > 1 and (known := genitive_ending(words, i)):
        organisation = known  # "SPF Seniorernas", "Statens institutionsstyrelses generaldirektör"
    elif i > 1 and fold(words[i - 1]) in ("kommuns", "stads") and words[i - 2][:1].isupper():
        # "Bodens kommuns kommunalråd"
        organisation = organisation_name(f"{words[i - 2]} {words[i - 1][:-1]}")
    elif i > 0 and (known := known_organisation(words[i - 1])):
        organisation = known  # "Liberalernas gruppledare", "SKR:s ordförande"
    elif i > 0 and (owner := genitive_owner(words[i - 1])):
        # "socialnämndens ordförande"; "barn- och familjenämndens ordförande" whole
        organisation = suspended_compound(words[max(0, i - 4) : i]) or owner
    elif i > 0 and fold(words[i - 1]) in ("vår", "våra", "vårt"):
        # "vår bosociala samordnare Sofia Lindberg": the page's own (page probe 108), which
        # the registry (kb.extract.identities) names by the publisher.
        organisation = OUR_BODY
    elif i > 0 and (kind := owning_kind(words[i - 1])):
        # "nämndens ordförande": the one "nämnd" the text names, found by the registry
        # (kb.extract.identities), which is told by the word alone ("nämnden").
        organisation = kind
    elif i > 0 and words[i - 1][:1].isupper() and fold(words[i - 1]).endswith(("s", ":s")):
        genitive = words[i - 1]
        base = genitive_base(genitive)
        if is_organisation_word(base) or is_organisation_word(genitive):
            organisation = organisation_name(base)  # "Kommunals", "Socialstyrelsens"
        else:
            organisation = company_genitive(genitive, role)  # "Norlandias", "Jönköpings"
    role = role.rstrip(",.;:")
    if i > 0 and words[i - 1][-1] in ".!?;," and fold(role).endswith(MUNICIPAL_TITLES):
        # The sentence's before, no municipality's: "… från Stadsmissionen. Kommunalrådet X"
        organisation = organisation if is_municipality(organisation) else ""
    first, _, rest = role.partition(" ")
    # "Socialministern" -> "socialministern"; an acronym in lower case whole ("VD" -> "vd").
    if first.isupper():
        first = first.lower()  # "VD"
    elif first[1:2].islower():
        first = first[:1].lower() + first[1:]  # "Socialministern", not "HR-chefen"
    return f"{first} {rest}".strip(), organisation


def chief_before(words: list[str], start: int) -> tuple[str, str] | None:
    """A title, its preposition and what it heads just before a name ("chefen för
    ungdomstjänster Nina Jorkama", "ordföranden i socialnämnden Anna Berg", "ordförande i
    Kommunal Anna Berg", news set 18): (role, organisation), else None."""
    if start < 3 or words[start - 2] not in ("för", "i", "på", "vid"):
        return None
    title, unit = words[start - 3], words[start - 1]
    # A unit's name may have a hyphen ("IT-avdelningen", "HR-enheten").
    if (
        not is_role_word(title)
        or title.endswith((",", ".", ":", ";"))
        or not unit.replace("-", "").isalpha()
    ):
        return None
    if unit[:1].isupper():
        if not names_a_body_surely(unit) and not unit_named(unit):
            return None  # "chef i Malmö Anna Berg": a place
        if known_organisation(f"{unit} {words[start].rstrip(',.')}"):
            return None  # "ordförande i SPF Seniorerna Alingsås": the body's name goes on
        organisation = organisation_name(unit)
    elif is_unit([unit]) or (words[start - 2] == "för" and "chef" in fold(title)):
        organisation = organisation_name(unit)  # a chief's "för" any field too
    else:
        return None
    role = role_before(words, start - 2)[0]
    return (role, organisation) if role else None


def unit_named(word: str) -> bool:
    """A unit's name of one capitalised word, a kind of UNIT_KINDS in the definite:
    "Serviceavdelningen", "Biståndsenheten" (news set 27), which no person's name ends as."""
    return word[:1].isupper() and len(word) > 9 and fold(word).endswith(_UNITS)


_UNITS = tuple(f"{kind}en" for kind in sorted(UNIT_KINDS))  # "enheten", "kliniken" …


def _indefinite(title: str) -> bool:
    """A title in the indefinite ("affärschef"), which names no one alone as "statsministern"
    does ("statsministern och statsrådet Åsa Regnér" are two people)."""
    return is_role_word(title) and indefinite_role(title) == title


def _owner(word: str) -> bool:
    """A body in the genitive before a title: "Norlandias", "SKR:s", "socialnämndens"."""
    genitive = word[:1].isupper() and fold(word).endswith("s")
    return genitive or bool(genitive_owner(word))


def owning_kind(word: str) -> str:
    """A body's kind in the genitive before a title ("nämndens", "förbundets"): the kind in
    the definite ("nämnden"), which the registry reads as the one such body the text
    names; else ""."""
    kind = fold(word)
    return kind[:-1] if kind.endswith("s") and kind[:-1] in _OWNING_KINDS else ""


def suspended_compound(words: list[str]) -> str:
    """The body a suspended compound in the genitive ends words with ("barn- och
    familjenämndens", "kultur-, fritids- och idrottsnämndens"): its whole name, else ""."""
    if len(words) < 3 or words[-2] not in ("och", "samt"):
        return ""
    start = len(words) - 2
    # The parts before "och", each a word's letters and a hyphen ("vård-", not "–").
    while start > 0 and re.fullmatch(r"[^\W\d_]+[-–],?", words[start - 1]):
        start -= 1
    if start == len(words) - 2:
        return ""
    parts = [w.rstrip(",") for w in words[start:-1]] + [genitive_base(words[-1])]
    return organisation_name(" ".join(parts))


def genitive_owner(word: str) -> str:
    """The body a genitive before a title names ("socialnämndens", "IVO:s"), else ""."""
    if known := known_organisation(word):
        return known
    base = fold(word).rstrip(",.;:")
    if not base.endswith("s") or not is_unit([base[:-1]]):
        return ""
    return organisation_name(word.rstrip(",.;:")[:-1])


# Words a sentence may open with before a name: no part of it ("Både", "Enligt", "Hos").
_NO_NAME = STOPWORDS | NOT_NAMES
