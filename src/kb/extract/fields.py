"""What a title answers for, when it names fields rather than a body: a unit named by a
list of its fields ("chef för Kultur, turism och fritid"), two fields joined by "och"
before the workplace ("chef för utveckling och hållbarhet hos Fastighetsägarna"). Their
commas and their "och" end no title (kb.extract.introductions, kb.extract.roles)."""

from __future__ import annotations

import re

from kb.extract.bodies import known_organisation, names_a_body_surely
from kb.extract.titles import fold
from kb.extract.vocab import ORGANISATION_SUFFIXES

# A unit named by a list of its fields: "Kultur, turism och fritid" (news set 32), whose
# commas end no body.
UNIT_LIST = re.compile(r"[A-ZÅÄÖ][a-zåäö]+(?:,\s+[a-zåäö]+)+\s+och\s+[a-zåäö]+(?=,|\.|$)")
_UNIT_LISTED = re.compile(rf"\b(?:för|på|vid|inom)\s+{UNIT_LIST.pattern}")
_UNIT_LIST_ENDS = re.compile(rf"{_UNIT_LISTED.pattern}$")


# Two fields a title answers for, joined by "och", before where the person works: "chef för
# utveckling och hållbarhet hos Fastighetsägarna" (news set 34), "chef för vård och omsorg i
# Sundsvalls kommun" (a review). The second is a noun by its ending, not a verb going on ("och
# tycker …").
# Also whom a unit serves ("enhetschef för barn och unga på socialförvaltningen": page probe
# 31), before a body in lower case that is surely one.
_FIELD_NOUN = re.compile(
    r"[a-zåäö-]*(?:het|ing|ion|else|skap|itet|ik|vård|omsorg|frågor|arbete|ande)|unga|familj|vuxna"
)
_FIELDS_THEN_WORKPLACE = re.compile(
    rf"^(?:för|ämnet)\s+[\wåäöÅÄÖ-]+\s+och\s+(?:{_FIELD_NOUN.pattern})\s+(?:på|vid|hos|inom|i)\s+\w"
)


def _ends_a_unit_list(words: list[str]) -> bool:
    """Whether words end a unit's list of fields after a preposition ("chef för Kultur,
    turism och fritid"), whose "och" ends no title."""
    return bool(_UNIT_LIST_ENDS.search(" ".join(words).rstrip(",.")))


def joins_fields(words: list[str], i: int) -> bool:
    """Whether the "och" at words[i] joins the fields of a unit or a title, or the words of
    a known body's name, not a clause."""
    if i >= 2 and _FIELDS_THEN_WORKPLACE.match(" ".join(words[i - 2 : i + 4])):
        return _names_a_workplace(words[i + 2], words[i + 3 : i + 5])
    return _ends_a_unit_list(words[: i + 2]) or _in_known_name(words, i)


# The words after which a title names its body ("chef på", "utredare vid").
_AT_BODY = frozenset("på vid hos inom".split())
# Words of a known body's name after its "och" ("Sveriges Kommuner och Regioner": one).
_NAME_AFTER_OCH = 3


def _in_known_name(words: list[str], i: int) -> bool:
    """Whether the "och" at words[i] is inside the name of a body kb knows, which a title
    names after "på", "vid", "hos" or "inom": "avdelningschef på Inspektionen för vård och
    omsorg" was "Inspektionen för vård" in "… är avdelningschef på …" (page probe 28)."""
    for start in range(1, i):
        if words[start - 1] not in _AT_BODY or not words[start][:1].isupper():
            continue
        for end in range(i + 2, min(len(words), i + 1 + _NAME_AFTER_OCH) + 1):
            if known_organisation(" ".join(words[start:end])):
                return True
    return False


def _names_a_workplace(preposition: str, name: list[str]) -> bool:
    """Whether the name after a title's fields is where the person works: after "hos" any
    name; else one that says it is a body ("Ljusdals kommun", "Region Gotland",
    "Folkbildningsrådet"), not a place ("samordnare för integration och bosättning på
    Gotland": a review)."""
    first, kind = fold(name[0]).rstrip(",."), fold(" ".join(name[1:2])).rstrip(",.")
    return (
        preposition == "hos"
        or (name[0][:1].islower() and names_a_body_surely(first))
        or first == "region"
        or kind in ("kommun", "stad", "län", "universitet")
        or first.endswith(ORGANISATION_SUFFIXES)
    )


def comma_segments(text: str) -> list[str]:
    """A title line's parts between ", ", a unit's list of fields after a preposition kept
    whole ("chef för Kultur, turism och fritid, …")."""
    kept = _UNIT_LISTED.sub(lambda m: m.group().replace(", ", ",\0"), text)
    parts = [part.replace(",\0", ", ") for part in kept.split(", ")]
    # A title's acronym after it is no part of its own: "medicinskt ansvarig sjuksköterska,
    # MAS, i kommunen" had the body "MAS" (page probe 99).
    return [p for i, p in enumerate(parts) if not (i and p.strip(" .") == _initials(parts[i - 1]))]


def _initials(words: str) -> str:
    """The first letters of words of two or more, in capitals: "MAS" of "medicinskt ansvarig
    sjuksköterska"; "" for one word."""
    split = words.split()
    return "".join(w[0] for w in split).upper() if len(split) > 1 else ""
