"""What a body or an auditor judges, a figure does, and a demand asks: the report cues of
kb.extract.kinds that need more than a pattern.

From three blind sets of report text (bench/report_kinds.py) and two reviews: "Riksrevisionen
konstaterar att …" and "Vår samlade bedömning är att …" are findings, "Vräkningarna ökar"
too, "Tillsätt en nationell kommission" a recommendation; the government's and the
parties' views, an actor's doing and a page's requests to its reader are none of these.
"""

from __future__ import annotations

import re

from kb.extract.bodies import is_agency, is_body
from kb.extract.cues import (
    ADDRESSEES,
    ASSESSMENT_CUES,
    ASSESSMENT_WORDS,
    CONCLUSION_VERBS,
    DEMAND_OBJECTS,
    DEMANDING_VERBS,
    IMPERATIVE_VERBS,
    TASKED_ACTORS,
    TREND_VERBS,
)
from kb.extract.parties import PARTY_LETTERS
from kb.extract.titles import fold

_ASSESSMENT = re.compile("|".join(f"(?:{cue})" for cue in ASSESSMENT_CUES))


def is_assessment(sentence: str) -> bool:
    """What a body or an auditor judges or a figure does ("Riksrevisionen konstaterar att …",
    "Vår samlade bedömning är att …", "Vräkningarna ökar"): a finding, unless the sentence
    goes on to call for action ("… att kommunstyrelsen bör säkerställa …"), which
    classify_text tells."""
    folded = fold(sentence)
    if any(word in folded for word in ASSESSMENT_WORDS) and _ASSESSMENT.search(folded):
        return True
    return _concluded_by_a_body(sentence) or _tells_a_trend(sentence)


# The verb first, the body before it after (a pattern that opened with the body's word tried
# every word of every sentence: 0.3 s of the corpus's 4 s).
_CONCLUSION = re.compile(rf"\b{CONCLUSION_VERBS}\s+(?:\w+\s+){{0,3}}?att\b")
_SEES_TO = re.compile(r"(?:ser|sett)\s+(?:\w+\s+)?(?:till|fram)\b")
_TREND_WORD = re.compile(TREND_VERBS)
_TREND = re.compile(
    rf"^(?:(?:de\s+senaste|under|sedan|mellan)\b[^,]{{0,40}}?\s+har\s+)?(?P<subject>[\w-]+)"
    rf"\s+(?:har\s+)?(?P<between>(?:\w+\s+){{0,6}}?)(?P<verb>{TREND_VERBS})\b(?P<after>\s+\S+)?",
    re.IGNORECASE,
)
# Who states a view rather than a finding: the government and the parties (a review:
# "Regeringen bedömer att …", "Moderaterna ser att kommunen måste spara").
_STANCES = frozenset({"regeringen", "riksdagen", *map(fold, PARTY_LETTERS.values())})
# What a clause's subject can be and no figure is: pronouns and possessives.
_NO_FIGURE = frozenset(
    """
    den det de men sedan även igen dina mina sina din min sin hans hennes deras vår våra er
    era dess denna detta dessa hen ingen inget inga någon något några man sen
    """.split()
)
# Between a figure and its verb, no clause of its own: "… förslag som minskar risken …".
# ("antalet barn som berörs av vräkning har minskat" holds one, the figure's own).
_CLAUSE_WORDS = frozenset("att men ska kan bör måste skulle kommer vill får".split())
# Words after a figure's verb that are no object ("har ökat det senaste året", "minskade
# återigen", "ökat mellan kommunerna": a second review).
_NO_OBJECT = frozenset("igen återigen sedan även mellan kraftigt markant betydligt totalt".split())


def _concluded_by_a_body(sentence: str) -> bool:
    """ "Riksrevisionen konstaterar att …", "Statskontoret bedömer att …": a named body
    states what it found (not a person's opinion, "Anna Berg ser att …", nor the
    government's or a party's view)."""
    if " att" not in sentence:
        return False
    for m in _CONCLUSION.finditer(sentence):
        if _SEES_TO.match(m.group(0)):
            continue  # "ser (därför) till att …", "ser (också) fram emot att …"
        # The body, or the body and one word between ("Riksrevisionen konstaterar också …"
        # is found at the verb; "IVO har tidigare sett att …").
        # Or right after it, the word order inverted: "I rapporten konstaterar IVO att …".
        around = [*sentence[: m.start()].split()[-2:], *m.group(0).split()[1:2]]
        for word in around:
            body = word.strip(",.;:")
            if (
                body[:1].isupper()
                and (is_body(body) or is_agency(body))
                and fold(body) not in _STANCES
            ):
                return True
    return False


def _tells_a_trend(sentence: str) -> bool:
    """A figure's change told as a fact: "Vräkningarna ökar", "Missnöjet har ökat något
    sedan 2017", "De senaste två åren har antalet barn … minskat"; not an actor's doing
    ("Regeringen ökar stödet", "Föreningen har ökat sitt stöd", "Företaget minskade
    personalstyrkan"), nor a participle ("Kraven på ökade kunskaper …")."""
    if not _TREND_WORD.search(sentence):
        return False  # most sentences: one scan for the verbs, not the whole pattern
    m = _TREND.match(sentence.strip(" •*-–"))
    if m is None:
        return False
    subject, between = fold(m.group("subject")), fold(m.group("between")).split()
    clause = any(w in _CLAUSE_WORDS for w in between)
    if clause or (between and between[-1] in ("som", "på", "av", "med")):
        return False  # "… förslag som minskar risken", "Kraven på ökade kunskaper"
    after = fold(m.group("after") or "").strip(" ,.;:")
    if after in ("sitt", "sin", "sina", "dess", "deras") or (
        len(after) >= 4 and after.endswith(("en", "et", "na", "an")) and after not in _NO_OBJECT
    ):
        return False  # the verb takes an object: someone increases something
    if subject in ("antalet", "andelen"):
        return True
    # A definite noun that is no actor: "vräkningarna", "missnöjet", "kostnaderna".
    return (
        subject.endswith(("na", "en", "et"))
        and subject not in ADDRESSEES
        and subject not in TASKED_ACTORS
        and subject not in _NO_FIGURE
        and not is_body(m.group("subject"))
    )


def is_imperative(sentence: str) -> bool:
    """Whether a sentence opens with a verb in the imperative, as a demand does ("Tillsätt
    en nationell kommission …", "Ta bort kravet …"); "Se", "Ta", "Följ" with a particle."""
    words = sentence.strip(" •*-–").split()
    if len(words) < 2 or not words[0][:1].isupper():
        return False
    verb, after = fold(words[0]).strip(",.!:"), fold(words[1]).strip(",.!:")
    if verb in DEMANDING_VERBS:
        # "Inför ett nationellt förbud", "Ge kommunerna …", "Låt barnen komma till tals"; not
        # "Inför mötet …", "Låt mig …", "Skapa konto" (a second review).
        return after in DEMAND_OBJECTS
    if verb in ("se", "ta", "följ"):
        # "Se över …", "Ta bort …", "Se till att …", "Ta ansvar …"; not "Se till exempel …",
        # "Ta hand om dig själv" (a review).
        then = fold(words[2]).strip(",.!:") if len(words) > 2 else ""
        return after in ("över", "bort", "fram", "upp", "ansvar") or (after, then) == (
            "till",
            "att",
        )
    return verb in IMPERATIVE_VERBS


# What an assessment calls for: a modal after "att" and its subject ("Vi bedömer att
# kommunstyrelsen bör …"), or after "därför" ("Kostnaderna ökar och därför måste …"); not
# "… den vård de behöver" (a second review).
_CALLS = re.compile(
    r"\batt\s+(?:\w+\s+){1,3}?(?:inte\s+)?(?:bör|borde|behöver|måste)\b"
    r"|\b(?:därför|så)\s+(?:bör|borde|behöver|måste)\b"
)


def calls_for_action(sentence: str) -> bool:
    """Whether an assessment goes on to call for action ("Vi bedömer att kommunstyrelsen
    bör …")."""
    return bool(_CALLS.search(fold(sentence)))
