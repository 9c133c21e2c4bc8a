"""Which phrases name an organisation: known names and aliases, acronyms, agencies,
municipalities and the parts of a body written in lower case ("socialförvaltningen i
Gävle"); and the name kb stores for one ("IVO" -> "Inspektionen för vård och omsorg").
"""

from __future__ import annotations

import re

from kb.extract.titles import fold, is_role_word
from kb.extract.vocab import ORGANISATION_HEADS, ORGANISATION_SUFFIXES, UNIT_ENDINGS
from kb.parse.vocab import ORGANISATION_ALIASES

# An acronym repeated after an organisation's name: "Sveriges Kommuner och Regioner (SKR)".
_ACRONYM_AFTER = re.compile(r"\s*\([A-ZÅÄÖ]{2,}\)\s*$")
# The chamber a party sits in adds nothing to the party: "Sverigedemokraterna i riksdagen".
_IN_RIKSDAGEN = re.compile(r"\s+i\s+riksdagen$", re.IGNORECASE)
MUNICIPALITY = re.compile(
    r"\b(?:[A-ZÅÄÖ][\w-]*s? (?:kommun|stad|region)|Region [A-ZÅÄÖ][\w-]*(?: [A-ZÅÄÖ][\w-]*)*)\b"
)


def known_organisation(text: str) -> str:
    """The name of an organisation a phrase is exactly (an alias or a party, "SKR:s …"), else ""."""
    text = _IN_RIKSDAGEN.sub("", _ACRONYM_AFTER.sub("", text.strip(" ,.;:")))
    key = fold(text)
    if key in ORGANISATION_ALIASES:
        return ORGANISATION_ALIASES[key]
    if key.endswith(":s") and key[:-2] in ORGANISATION_ALIASES:
        return ORGANISATION_ALIASES[key[:-2]]
    if " " not in key and key.endswith("s") and key[:-1] in ORGANISATION_ALIASES:
        return ORGANISATION_ALIASES[key[:-1]]  # a genitive: "Liberalernas", "Socialstyrelsens"
    first, _, rest = key.partition(" ")
    # A body of a known organisation ("SKR:s beredning för socialtjänst") is that organisation.
    if rest and first.endswith(":s") and first[:-2] in ORGANISATION_ALIASES:
        return ORGANISATION_ALIASES[first[:-2]]
    return ""


def is_acronym(word: str) -> bool:
    """IVO, SKR, SCB (also "IVO:s")."""
    core = word.split(":")[0]
    return len(core) >= 2 and core.isupper() and core.isalpha()


def organisation_name(text: str) -> str:
    """The name kb stores for an organisation phrase ("IVO" -> "Inspektionen för vård och omsorg")."""
    text = text.strip(" ,.;:")
    if known := known_organisation(text):
        return known
    text = _ACRONYM_AFTER.sub("", text)
    if found := MUNICIPALITY.search(text):
        return found.group(0)
    kind, _, name = text.partition(" ")
    if name[:1].isupper() and kind.islower() and kind.endswith(UNIT_ENDINGS):
        # What kind of body it is, then its name: "barnrättsorganisationen Bris" is Bris.
        return organisation_name(name)
    return text[:1].upper() + text[1:] if text else ""


def looks_like_organisation(text: str) -> bool:
    """Whether a phrase starts with an organisation's name ("IVO", "Socialstyrelsen", "socialtjänsten i …")."""
    words = text.split()
    if not words:
        return False
    first = words[0].strip(",.;:")
    key = fold(text.strip(" ,.;:"))
    if key in ORGANISATION_ALIASES or fold(first) in ORGANISATION_ALIASES:
        return True
    if is_acronym(first) or fold(first) in ORGANISATION_HEADS:
        return True
    if MUNICIPALITY.match(text) or is_unit(words):
        return True
    return first[:1].isupper() and not is_role_word(first)


def is_unit(words: list[str]) -> bool:
    """A phrase in lower case that names a body or a part of one by its definite noun
    ("barnskyddsteamet i …", "individ- och familjeomsorgen")."""
    last = fold(words[0]).strip(",.;:")
    if last.endswith("-") and len(words) > 2 and words[1] in ("och", "samt"):
        last = fold(words[2]).strip(",.;:")
    # A compound ("socialnämnden"), not the bare ending: "chef på kommunen" names no body,
    # "på organisationen FUB" does (what kind of body, then its name).
    named = len(words) > 1 and words[1][:1].isupper()
    return any(last.endswith(e) and (len(last) > len(e) or named) for e in UNIT_ENDINGS)


def names_a_body_surely(text: str) -> bool:
    """Whether a phrase is a body's name by more than its capital: a known name, an acronym,
    an organisation's word ("Socialstyrelsen", "länsstyrelsen i …"), or a part of one in
    lower case ("socialförvaltningen i Gävle"); not a place ("Gotland")."""
    words = text.split()
    if not words:
        return False
    first = words[0].strip(",.;:")
    return bool(
        known_organisation(text)
        or is_organisation_word(first)
        or fold(first) in ORGANISATION_HEADS
        or MUNICIPALITY.match(text)
        or is_unit(words)
    )


def is_organisation_word(word: str) -> bool:
    """A one-word organisation: an alias, an acronym, or an agency-like compound (Socialstyrelsen)."""
    w = fold(word).strip(",.;:")
    if w.endswith(":s"):
        w = w[:-2]
    return (
        w in ORGANISATION_ALIASES
        or is_acronym(word)
        # "Statsrådet" ends like "Brottsförebyggande rådet" but is a role.
        or (len(w) > 8 and w.endswith(ORGANISATION_SUFFIXES) and not is_role_word(w))
    )
