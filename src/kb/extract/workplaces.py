"""Whether a title's preposition leads to a workplace written in lower case ("enhetschef på
härbärget", "chef för stöd till barn"), not a time, a count or a field ("chef på heltid",
"chef för 200 anställda", "ansvarig för äldrefrågor"): kb.extract.roles reads a title's
body with it; and the body a founder founded or an owner owns (founded_by)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kb.extract.bodies import looks_like_organisation, names_a_body_surely, organisation_name
from kb.extract.bodyparts import organisation_part
from kb.extract.titles import fold, is_role_word
from kb.extract.vocab import LAY_ROLES, OWNERS_OF_PARTS
from kb.parse.vocab import STOPWORDS

# A workplace after a title: any title "vid", "på", "hos", "inom" one; a chief's "för" one
# ("enhetschef för familjehem och familjerätt"), not another title's ("ansvarig för
# äldrefrågor", "talesperson för socialpolitik" name a field, not a body).
_WORKPLACE_PREPOSITIONS = ("vid", "på", "hos", "inom")
# What opens no workplace: a count ("chef för cirka 200 anställda", "för tre boenden"), a
# fixed phrase ("chef för tillfället", "på heltid", "vid behov"; "på uppdrag av").
_NOT_WORKPLACES = frozenset("""sitt cirka ca ungefär omkring drygt knappt nästan närmare runt
    två tre fyra fem sex sju åtta nio tio elva tolv tjugo trettio hundra tusen flera många
    några samtliga hela tillfället heltid deltid plats behov distans timme vikariat tiden""".split())  # fmt: skip
_PREPOSITIONS_SECOND = frozenset({"av", "till", "om", "med", "för", "från"})
# A municipality's unit by its kind and then its name, in the indefinite ("sektor vård och
# omsorg", "förvaltning Stöd och omsorg"): after "i" a workplace, as after "på".
_NAMED_UNIT_KINDS = frozenset(
    {"sektor", "förvaltning", "avdelning", "enhet", "verksamhetsområde"}
    | {"polisregion", "polisområde", "lokalpolisområde"}  # "i polisregion Syd" (page probe 88)
)


def names_a_workplace(title: str, preposition: str, rest: str) -> bool:
    """Whether a title's preposition leads to a part of an organisation written in lower
    case: a chief's "för" any such ("områdeschef för funktionsstöd"); "vid", "på", "hos" one
    in the definite or of more words ("på härbärget", "vid länsgemensam psykiatri"), not "på
    heltid"; "inom" one in the definite."""
    if fold(title).rstrip(",").endswith(LAY_ROLES):
        return False  # "patient på mottagningen", "student på termin fem" (reviews)
    words = organisation_part(rest).split()
    if len(words) > 2 and words[0].endswith("-") and words[1] == "och":
        words = words[2:]  # a suspended compound, read by its whole word: "social- och omsorgs…"
    if not words or not is_role_word(title) or not words[0].isalpha() or not words[0].islower():
        return False
    first = fold(words[0])
    if first in STOPWORDS or first in _NOT_WORKPLACES:
        return False  # "förvaltningschef i den nya förvaltningen", "chef för att …"
    if preposition == "i" and first in _NAMED_UNIT_KINDS and len(words) > 1:
        return True  # "avdelningschef i sektor vård och omsorg" (news set 20)
    if preposition == "i" and first in OWNERS_OF_PARTS and len(words) > 1:
        return True  # "socialsekreterare i förbundets barn- och ungdomsenhet" (page probe 97)
    if preposition == "för":  # "… för stöd till barn", "föreståndare för gruppbostaden X"
        return fold(title).rstrip(",").endswith(("chef", "föreståndare"))
    if len(words) > 1 and fold(words[1]) in _PREPOSITIONS_SECOND:
        return False  # "advokat på uppdrag av familjen"
    definite = in_the_definite(first)
    if preposition == "inom":  # a sector or a named unit, not a field ("inom prostitution")
        named = words[1:2] != [w.lower() for w in words[1:2]]  # "inom polisregion Nord"
        return (definite and not first.endswith("ion")) or named or first.endswith("s")
    return preposition in _WORKPLACE_PREPOSITIONS and (definite or len(words) > 1)


def in_the_definite(word: str) -> bool:
    """Whether a folded noun is in the definite form, as a unit's name is ("härbärget",
    "psykiatrin", "sektionen"), not a field's ("palliativ", "vård")."""
    return word.endswith(("en", "et", "na")) or bool(re.search("[aiouyåäö]n$", word))


def founded_by(title: str, preposition: str, rest: str, before: Sequence[str] = ()) -> str:
    """The body a founder founded or an owner owns, named after the title's preposition
    (`rest`): "grundare av Omsorgshuset", "ägare av Restaurang Hamnkrogen" (page probes 24,
    42); not a place ("grundare av Stockholm"), a method or a campaign (reviews). An owner's
    only when the words `before` the title are the owner's own ("grundare och", "ny"; not a
    councillor's, "kommunalråd och ägare av Café Ek", nor a former owner's) and the business
    is named whole (owned). "" for none."""
    if fold(title) in OWNERS and preposition in ("av", "till"):
        return owned(rest) if all(fold(w) in _OWNERS_COMPANIONS for w in before) else ""
    if preposition != "av" or not fold(title).endswith("grundare") or not rest[:1].isupper():
        return ""
    if not looks_like_organisation(rest) or not (
        founded := organisation_name(organisation_part(rest))
    ):
        return ""
    if len(founded.split()) == 1 and not names_a_body_surely(founded):
        return ""
    return "" if fold(founded.split()[0]).endswith(_NOT_FOUNDED) else founded


def owned(rest: str) -> str:
    """The business a text opens with, by its kind's first word and its name ("Restaurang
    Hamnkrogen", "Café Ek", "Ek & Son AB"); not its premises or a pet ("Restaurang Sjöbodens
    gamla lokaler", "Hotell Ek-byggnaden", "Café Eks hund Bella"), nor a house ("Villa
    Solbacken"): a review. "" for none."""
    # "Bygg- och Måleri AB" whole: an "och" only after a word's hyphen, not between two
    # businesses ("Café Ek och Ek Bygg AB": a review).
    company = _COMPANY_RUN.match(rest)
    whole = company and all(part.endswith("-") for part in company.group(0).split(" och ")[:-1])
    run = company if whole else _NAME_RUN.match(rest)
    if run is None or not _BUSINESS.search(fold(run.group(0))):
        return ""
    after = rest[run.end() :].lstrip()
    if run.group(0).endswith("s") and after[:1].islower() or re.search(r"-[a-zåäö]", run.group(0)):
        return ""  # a genitive before what it has, a compound of it
    return organisation_name(run.group(0))


# What a founder founds that is no body: "grundare av Mindfulnessmetoden Andas". Who owns a
# business, and the business: its kind's word first, or "AB" last.
_NOT_FOUNDED = ("metoden", "modellen", "kampanjen", "projektet", "rörelsen")
OWNERS = frozenset({"ägare", "delägare", "medägare", "huvudägare", "majoritetsägare"})
# The titles an owner may hold of the same business before "ägare" ("grundare och ägare av",
# "ny ägare av"), not another body's ("kommunalråd och ägare av": a review).
_OWNERS_COMPANIONS = frozenset({"och", "vd", "grundare", "ny", "nya", "nye", *OWNERS})
_NAME_RUN = re.compile(r"[A-ZÅÄÖ][\w&-]*(?: (?:[A-ZÅÄÖ][\w&-]*|&))*")
_COMPANY_RUN = re.compile(r"[A-ZÅÄÖ][\w&-]*(?: (?:[A-ZÅÄÖ][\w&-]*|&|och))* AB\b")
_BUSINESS = re.compile(
    r"^\S*(?:restaurang|café|kafé|hotell|butik|bageri|salong|trädgård|firma)\s"
    r"|\bab$"
)
