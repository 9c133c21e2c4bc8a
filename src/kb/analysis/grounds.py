"""Recommendations with their grounds: the findings of the same document they build on.

A document's passages in, the same passages out with ``grounds`` on each
recommendation (its findings, best first) and ``grounded`` on each finding
(the recommendations that build on it). A finding grounds a recommendation
when they share topics and key terms: terms weighted by how rare they are
within the document (idf), so that what every passage says ("pandemin" in a
report on the pandemic) weighs little and a shared subject ("digitalisering",
"sikt") much. Only findings of the same document are ever grounds.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from kb.analysis import analyze
from kb.analysis.passes import analyse_text
from kb.models import Passage

# Grounds kept per recommendation: a reader checks a few, not a list.
MAX_GROUNDS = 3
# A shared topic counts as much as a term found in about a third of the passages.
TOPIC_WEIGHT = 1.0
# Below this a finding shares too little with a recommendation to be its ground.
# Measured on corpus/ (python -c over kb.analysis.grounds.score_ground): on the Vårdanalys
# report every recommendation's best conclusion scores 2.30 or more (the least:
# "behoven … beaktas i smittskyddsarbetet", sharing "behov"), and one term found
# in half of a ten-passage document's passages scores log(11/5) = 0.79, so 1.5
# asks for more than one common word; in the Socionomkarriär articles, pairs sharing
# only "socialtjänst" (and its parts social, tjänst) score 1.38-1.48 and are left out.
MIN_SCORE = 1.5
# Terms this short are endings and particles more than subjects.
MIN_TERM_CHARS = 3
# Words of report prose that say how, not what, and that the analyzer keeps
# (read from the Vårdanalys report's shared terms: "både", "gäller", "på olika
# sätt", "säkerställa" in most of its recommendations, "i vissa fall", "del").
GENERIC_WORDS = "både gäller sätt säkerställa fall del även dock samt genom kunna behöva"


@lru_cache(maxsize=1)
def generic_terms() -> frozenset[str]:
    """The analysed terms of GENERIC_WORDS."""
    return frozenset(analyze(GENERIC_WORDS))


def _terms(passage: Passage) -> frozenset[str]:
    generic = generic_terms()
    # The stems without names of several words, as analyze() gives them.
    stems = analyse_text(passage.text).stems
    return frozenset(t for t, _, _, _ in stems if len(t) >= MIN_TERM_CHARS and t not in generic)


def score_ground(
    recommendation: Passage,
    finding: Passage,
    terms: dict[str, frozenset[str]],
    idf: dict[str, float],
) -> float:
    """How much a finding supports a recommendation: shared terms by idf, shared topics."""
    shared = terms[recommendation.id] & terms[finding.id]
    topics = set(recommendation.topics) & set(finding.topics)
    # Summed in a fixed order: a float sum over a set's order (which the hash seed sets)
    # moved near-ties of two grounds from one ingest to the next.
    return sum(idf[t] for t in sorted(shared)) + TOPIC_WEIGHT * len(topics)


def link_grounds(passages: Sequence[Passage]) -> list[Passage]:
    """One document's passages with grounds on recommendations and grounded on findings."""
    recommendations = [p for p in passages if p.kind == "recommendation"]
    findings = [p for p in passages if p.kind == "finding"]
    if not recommendations or not findings:
        return list(passages)
    terms = {p.id: _terms(p) for p in passages}
    df = Counter(t for p in passages for t in terms[p.id])
    total = len(passages)
    idf = {t: math.log((total + 1) / n) for t, n in df.items()}
    grounds: dict[str, tuple[str, ...]] = {}
    grounded: dict[str, list[str]] = {}
    for rec in recommendations:
        scored = sorted(
            ((score_ground(rec, f, terms, idf), f.position, f.id) for f in findings),
            key=lambda s: (-s[0], s[1]),
        )
        chosen = tuple(fid for score, _, fid in scored[:MAX_GROUNDS] if score >= MIN_SCORE)
        grounds[rec.id] = chosen
        for fid in chosen:
            grounded.setdefault(fid, []).append(rec.id)
    return [
        replace(p, grounds=grounds[p.id])
        if p.id in grounds
        else replace(p, grounded=tuple(grounded[p.id]))
        if p.id in grounded
        else p
        for p in passages
    ]
