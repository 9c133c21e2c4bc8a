"""Whether a passage is a finding or a recommendation, and to whom a recommendation speaks.

A passage's section decides first ("Våra viktigaste slutsatser" holds
findings, "Vi lämnar följande rekommendationer" recommendations, "Om
undersökningen" neither); otherwise the first sentence carrying a cue does
("Rapporten visar att …", "44% av …" for a finding; "bör", "behöver",
"föreslår", "det är viktigt att …" for a recommendation). Questions and the
words inside quotation marks are never cues.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kb.extract.assessments import calls_for_action, is_assessment, is_imperative
from kb.extract.bodies import is_organisation_word
from kb.extract.cues import (
    ADDRESSEES,
    ADMINISTRATIVE_TASK_VERBS,
    ASSIGNMENT_CUES,
    DEPONENT_VERBS,
    DRAFT_TITLE,
    FIGURE_STATEMENTS,
    FINDING_CUES,
    FINDING_HEADING_WORDS,
    FINDING_SOURCE_WORD,
    HINDSIGHT,
    LAW_NAMES,
    MODAL_ADVERBS,
    NEUTRAL_HEADING_PATTERN,
    NON_EVIDENCE_SOURCES,
    NOT_FIGURE_STATEMENTS,
    RECOMMENDATION_CUE_BLOCKERS,
    RECOMMENDATION_CUES,
    RECOMMENDATION_HEADING_WORDS,
    REMIT_DESCRIPTION,
    SECTION_NAME_WORDS,
    STUDY_AFTER,
    STUDY_SHOWS,
    STUDY_VERBS,
    TASKED_ACTORS,
)
from kb.extract.sentences import split_sentences
from kb.extract.speakers import iter_name_runs
from kb.extract.titles import fold
from kb.extract.vocab import QUOTATION_MARKS
from kb.parse.vocab import ORGANISATION_ALIASES

# Heading words that make every paragraph under them a recommendation; the
# others in RECOMMENDATION_HEADING_WORDS ("åtgärder", "viktigast för att")
# only mark the list items under them, since articles use them as subheads.
_STRONG_RECOMMENDATION_WORDS = ("rekommendation", "vi föreslår", "vi rekommenderar", "förslag")

# Whether any cue is in a sentence, as one pattern: the cues searched one at a time took
# 62 us (finding) and 23 us (assignment) a sentence, in one 18 and 4 us (3,085 sentences
# of 200 interpellations, the same answers), 4% of an ingest's parse workers.
_FINDING = re.compile("|".join(f"(?:{cue})" for cue in FINDING_CUES))
_ASSIGNMENT = re.compile("|".join(f"(?:{cue})" for cue in ASSIGNMENT_CUES))
_FIGURE = re.compile("|".join(f"(?:{cue})" for cue in FIGURE_STATEMENTS))
_NO_FIGURE = re.compile("|".join(NOT_FIGURE_STATEMENTS))
_REMIT = re.compile("|".join(REMIT_DESCRIPTION))
_STUDY_SHOWS = re.compile(STUDY_SHOWS)
_STUDY_AFTER = re.compile(STUDY_AFTER)
_NON_EVIDENCE = re.compile(
    r"\b(?:av|enligt|i)\s+(?:\w+\s+){0,2}?(?:"
    + "|".join(NON_EVIDENCE_SOURCES)
    + r")\w*\s+(?:\w+\s+){0,3}?(?:framgår|framgick|framkom|framkommer)\b"
)
_RECOMMENDATION = [re.compile(p) for p in RECOMMENDATION_CUES]
# Whether any of them is in a sentence at all: 6 us a sentence, where the nine took 46 us
# (3,085 sentences of 200 interpellations); only a sentence with one is looked at again.
_ANY_RECOMMENDATION = re.compile("|".join(f"(?:{cue})" for cue in RECOMMENDATION_CUES))
_MARKED = re.compile(
    "|".join(f"{re.escape(o)}[^{re.escape(c)}]*{re.escape(c)}" for o, c in QUOTATION_MARKS)
)
_MODALS = r"(?:bör|borde|behöver|måste|ska|skall|uppmanas)"
_AFTER_PREPOSITION = re.compile(r"\b(?:i|till|från|för|av|om|med|på|hos|inom)\s+$")
_LAW = re.compile(LAW_NAMES)
_DRAFT_TITLE = re.compile(DRAFT_TITLE)
_HINDSIGHT = re.compile(HINDSIGHT)
_ENLIGT = re.compile(rf"\b{FINDING_SOURCE_WORD}\s+(\S+(?:\s+\S+)?)", re.IGNORECASE)


def _has_heading_word(folded: str, words: tuple[str, ...]) -> bool:
    """Whether a heading holds one of the words as a word of its own, inflected
    ("slutsatser", "förslagen") but not inside a compound ("förslagslåda", "fyndigt"),
    naming its section: a section is named by the word and what qualifies it ("Våra
    förslag", "Sammanfattning av utredningens viktigaste förslag", "Kapitel 5 Överväganden
    och förslag"); a headline tells of something ("Mod att förändra saknas i förslag om …",
    reports-4; "Kritik mot förslaget", "SKR välkomnar förslag om …")."""
    folded = _SECTION_NUMBER.sub("", folded)
    for word in words:
        m = re.search(rf"\b{re.escape(word)}(?:e|n|r|s|t|en|et|er|ar|or|na|rna|erna|arna|orna)?\b", folded)
        if not m:
            continue
        before = re.split(r"\s[–—-]\s|:\s", folded[: m.start()])[-1].split()
        if before[-1:] == ["följande"] or all(
            _qualifies(w, n + 1 < len(before) and before[n + 1] == "och") for n, w in enumerate(before)
        ):
            return True
    return False


def _qualifies(word: str, before_och: bool) -> bool:
    """Whether a word before a heading's word is part of a section's name: a genitive
    ("utredningens"), an adjective ("viktigaste", "samlade"), a number, a word of
    SECTION_NAME_WORDS ("våra", "sammanfattning", "kapitel"), a word coordinated with it
    ("överväganden och förslag"), the first part of a suspended compound ("Äldre- och …")."""
    return (
        before_och
        or word in SECTION_NAME_WORDS
        or word.endswith(("s", "a", "e", "-", "ell", "isk", "ig"))
        or word.strip(".:)").replace(".", "").isdigit()
    )


_SECTION_NUMBER = re.compile(r"^\s*(?:\d+[.)]?)+\s*")


def heading_context(heading: str) -> tuple[str, bool]:
    """What a section heading says its items are: (kind or "neutral" or "", whether it holds for paragraphs too)."""
    folded = fold(heading).strip(" :")
    if not folded:
        return "", False
    if re.match(NEUTRAL_HEADING_PATTERN, folded):
        return "neutral", True
    if _DRAFT_TITLE.search(folded):
        return "", False  # a draft's title ("Förslag till nya föreskrifter om …"), no section
    if _has_heading_word(folded, RECOMMENDATION_HEADING_WORDS):
        return "recommendation", _has_heading_word(folded, _STRONG_RECOMMENDATION_WORDS)
    if _has_heading_word(folded, FINDING_HEADING_WORDS):
        return "finding", True
    return "", False


# What an organisation wants, the lead-in to its list of demands ("Funktionsrätt Sverige
# vill:", a heading "Vi vill att", reports-4).
WANTS = re.compile(r"\bvill(?:\s+(?:att|se|även|också))?\s*:?\s*$")


def heading_lead(heading: str) -> tuple[str, str]:
    """What a heading that calls for action says of the list under it: ("recommendation", addressee)."""
    if (
        has_recommendation_cue(heading)
        or has_assignment_cue(heading)
        or WANTS.search(fold(heading))  # "Funktionsrätt Sverige vill:" (its colon dropped)
    ):
        return "recommendation", find_addressee(heading)
    return "", ""


def named_actor(heading: str) -> str:
    """The addressee a heading names and nothing else ("Kommuner:", "Staten"), or ""."""
    m = re.fullmatch(_actor_pattern(), fold(heading).strip(" :"))
    return _addressee_name(m.group("actor")) if m else ""


def lead_in_context(text: str) -> str:
    """What a paragraph that introduces a list ("De tre viktigaste åtgärderna … är:") says its
    items are: by its last sentence, the one that hands over to the list, when that tells
    ("Revisorerna anser att nämnden inte vidtagit åtgärder i rätt tid. Revisorerna menar att
    … och pekar på följande:" leads findings, reports-4), else by the whole paragraph."""
    sentences = split_sentences(text)
    if len(sentences) > 1 and (kind := _lead_in_kind(sentences[-1])):
        return kind
    return _lead_in_kind(text)


def _lead_in_kind(text: str) -> str:
    folded = fold(text)
    if re.search(r"åtgärd|rekommend|förslag|föreslå|\bbör\b|viktigast|behövs|krävs", folded):
        return "recommendation"
    if (
        has_assignment_cue(folded)
        or has_recommendation_cue(folded)
        or re.search(r"\b(?:ska|skall)\s*(?:\w+\s+){0,2}?:?\s*$", folded)
        or WANTS.search(folded)
    ):
        return "recommendation"  # "Utredaren ska bland annat:", "Regeringen uppmanas att"
    if re.search(r"slutsats|\bvisar\b|resultat|framkom|iakttag|\bkonstaterar\b|\bbedömer\b", folded):
        return "finding"
    return "finding" if is_assessment(text) else ""


def _without_quotations(sentence: str) -> str:
    return _MARKED.sub(" ", sentence)


def has_assignment_cue(sentence: str) -> bool:
    """Whether a sentence gives someone a task: an assignment ("ger X i uppdrag att") or "X ska …"."""
    folded = fold(sentence)
    if _REMIT.search(folded):
        return False
    if any(
        not _NOT_BEFORE.search(folded, 0, m.start()) and not _NOT_IN.search(m.group())
        for m in _ASSIGNMENT.finditer(folded)
    ):
        return True
    return _tasked_actor(folded) is not None


# An assignment not given is no task: "Nämnden har inte givit förvaltningen i uppdrag att
# utreda …" is an auditor's criticism (reports-4).
_NOT_BEFORE = re.compile(r"\b(?:inte|ej|aldrig)\s+$")
_NOT_IN = re.compile(r"\b(?:inte|ej|aldrig)\b")  # "Nämnden gav inte förvaltningen i uppdrag …"


_ADVERBIALS = re.compile(
    r"^(?:(?:senast|från|före|efter|under)\s+(?:den\s+)?\d{1,2}\s+\w+(?:\s+\d{4})?|senast\s+\d{4}"
    r"|löpande|årligen|varje år|vid behov|även|också|dessutom|i sitt arbete med uppdraget|"
    r"i genomförandet av (?:detta )?uppdrag(?:et)?)[\s,]*"
)


def is_administrative(text: str) -> bool:
    """Whether a task is the assignment's procedure: reporting, consulting, keeping informed
    ("senast den 15 maj 2025 redovisa …", "löpande informera Regeringskansliet")."""
    rest = fold(text).strip()
    while (m := _ADVERBIALS.match(rest)) and m.end():
        rest = rest[m.end() :]
    return rest.split(" ", 1)[0].strip(",.:;") in ADMINISTRATIVE_TASK_VERBS


def _tasked_actor(folded: str) -> re.Match[str] | None:
    """ "Socialstyrelsen ska kartlägga …" or "… ska Statskontoret föreslå …", the verb active."""
    if "ska" not in folded:
        return None  # every pattern has "ska" (or "skall"); with hundreds of actors they are slow
    before, after, lead_in = _tasked_actor_patterns()
    for pattern in (before, after):
        for m in pattern.finditer(folded):
            if not _is_passive(m.group("next")) and not is_administrative(folded[m.start("next") :]):
                return m
    # A lead-in to a list of tasks: "Socialstyrelsen ska:", "Utredaren ska bland annat".
    return lead_in.search(folded)


@lru_cache(maxsize=1)
def _tasked_actor_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """_tasked_actor's patterns, compiled once (made at each call, the long actor pattern
    was hashed to be found in re's cache every time)."""
    actor = _task_actor_pattern()
    return (
        re.compile(
            rf"(?:^|[^\w-]){actor}\s+(?:\w+\s+){{0,2}}?(?:ska|skall)\s+(?P<next>(?:\w+\s*){{1,3}})"
        ),
        re.compile(rf"\b(?:ska|skall)\s+{actor}\s+(?P<next>(?:\w+\s*){{1,3}})"),
        re.compile(
            rf"(?:^|[^\w-]){actor}\s+(?:\w+\s+){{0,2}}?(?:ska|skall)(?:\s+bland\s+annat)?\s*:?\s*$"
        ),
    )


def has_finding_cue(sentence: str) -> bool:
    """Whether a sentence reports what a report, survey, inspection or statistics shows."""
    return _studied(sentence) or is_assessment(sentence)


def _studied(sentence: str) -> bool:
    """What a study, survey or source shows ("Rapporten visar att …", "44% av …", "enligt
    Boverket …")."""
    folded = fold(sentence)
    if _FINDING.search(folded) and not _NON_EVIDENCE.search(folded):
        return True
    if any(verb in folded for verb in STUDY_VERBS) and (
        _STUDY_SHOWS.search(folded) or _STUDY_AFTER.search(folded)
    ):
        return True
    return any(_is_source(m.group(1)) for m in _ENLIGT.finditer(sentence))


def _is_source(words: str) -> bool:
    """Whether what follows "enligt" is an organisation rather than a person ("enligt Boverket")."""
    parts = words.split()
    first = parts[0].strip(",.;:")
    if _LAW.match(first):
        return False  # a law ("enligt LVU", "enligt SoL"), not who found something
    key = fold(first)
    if key.endswith("s") and key[:-1] in ORGANISATION_ALIASES:
        return True
    if key in ORGANISATION_ALIASES or is_organisation_word(first):
        return True
    if first[:1].isupper():
        runs = list(iter_name_runs([w.strip(",.;:") for w in parts]))
        # Two capitalised words in a row are a person ("enligt Veronica Magnusson").
        return not (runs and runs[0] == (0, 2))
    return False


def has_recommendation_cue(sentence: str) -> bool:
    """Whether a sentence says someone should act (not "det stöd som de behöver")."""
    folded = fold(sentence)
    if _REMIT.search(folded) or not _ANY_RECOMMENDATION.search(folded):
        return False
    for pattern in _RECOMMENDATION:
        for m in pattern.finditer(folded):
            before = folded[: m.start()].split()[-2:]
            if _HINDSIGHT.match(folded, m.start()):
                continue  # "Detta borde ha gjorts redan i början av året": a criticism
            if not any(w in RECOMMENDATION_CUE_BLOCKERS for w in before):
                return True
    return False


def _statements(text: str) -> list[str]:
    """A passage's sentences but its questions, which state nothing."""
    return [s for s in split_sentences(text) if not s.rstrip().endswith("?")]


def classify_text(text: str) -> str:
    """finding, recommendation or other, by the first sentence that carries a cue."""
    statements = _statements(text)
    for sentence in statements:
        plain = _without_quotations(sentence)
        if has_assignment_cue(plain) or is_imperative(plain):
            return "recommendation"
        if _studied(plain):
            return "finding"
        if is_assessment(plain):
            # "Vi bedömer att kommunstyrelsen bör säkerställa …" calls for action (a review).
            return "recommendation" if calls_for_action(plain) else "finding"
        if has_recommendation_cue(plain):
            return "recommendation"
    # No sentence says what the passage is: a statistic stated plainly is a finding.
    if any(_is_figure_statement(fold(_without_quotations(s))) for s in statements):
        return "finding"
    return "other"


def _is_figure_statement(folded: str) -> bool:
    """A statistic told as a statement: not money ("avsätter 200 miljoner kronor så att
    5 000 barn …" is a decision), nor how a study was made ("Vi har intervjuat 25
    personer"), nor an invitation ("för 200 deltagare")."""
    return bool(_FIGURE.search(folded)) and not _NO_FIGURE.search(folded)


# An agency named by its kind of body, in case-folded text: "statskontoret",
# "läkemedelsverket", "myndigheten för familjerätt och föräldraskapsstöd (mfof)".
_AGENCY = (
    r"[\w-]+(?:verket|styrelsen|myndigheten|inspektionen|kontoret|kassan|förmedlingen|"
    r"ombudsmannen|institutet|rådet)"
    r"|myndigheten för [\w-]+(?: och [\w-]+|(?: [\w-]+)?(?= (?:ska|skall|bör|behöver|måste|"
    r"ansvarar|får|i uppdrag|att)\b))?(?: \([\w-]+\))?"
    r"|nationellt kompetenscentrum [\w-]+(?: \([\w-]+\))?"
)


@lru_cache(maxsize=1)
def _actor_pattern() -> str:
    names = sorted({*ADDRESSEES, *ORGANISATION_ALIASES, *TASKED_ACTORS}, key=len, reverse=True)
    # The agency forms first: "myndigheten för familjerätt …" before "myndigheten".
    # A municipality's committees too ("omsorgsnämnden", "vård- och äldrenämnden"): whom
    # the auditors address (reports-2), though their "ska" gives no assignment.
    return (
        rf"(?P<actor>{_AGENCY}|"
        + "|".join(re.escape(n) for n in names)
        + r"|\w*ministern|statsrådet"
        # "vård- och omsorgsnämnden" whole; possessive, each part tried once at a word's start
        + r"|(?:\b\w++-,?\s+(?:(?:och|samt)\s+)?){0,4}+\b[\w-]+nämnd(?:en|erna))"
    )


@lru_cache(maxsize=1)
def _task_actor_pattern() -> str:
    """Actors an assignment can task: agencies and the bodies of TASKED_ACTORS, not the government."""
    names = {*ORGANISATION_ALIASES, *TASKED_ACTORS} - {"regeringen", "riksdagen", "riksdag"}
    ordered = sorted(names, key=len, reverse=True)
    return r"(?P<actor>" + "|".join(re.escape(n) for n in ordered) + rf"|{_AGENCY})"


def _addressee_name(actor: str) -> str:
    key = fold(actor)
    if key in ADDRESSEES:
        return ADDRESSEES[key]
    if key in ORGANISATION_ALIASES:
        return ORGANISATION_ALIASES[key]
    return actor[:1].upper() + actor[1:]


def _is_passive(following: str) -> bool:
    """Whether the verb after a modal is passive ("bör ges", "behöver förändras"): then no one is addressed."""
    for word in following.split():
        if word in MODAL_ADVERBS:
            continue
        return word.endswith("s") and not word.endswith("ss") and word not in DEPONENT_VERBS
    return False


def subject_addressee(text: str, *, in_list: bool = False) -> str | None:
    """The actor a recommendation opens with as its subject: "Kommunerna, som har ansvaret,
    bör …"; in a list of proposals also "att regeringen tillsätter en utredning" or "att
    Socialstyrelsen uppdras …". "" for a subject granted a power or a right ("att IVO ska
    få möjlighet …"), which addresses no one; None when the text opens with no acting
    subject (one that assigns or proposes, "Regeringen ger X i uppdrag", or one that only
    is or becomes something, "att socialtjänsten blir mer tillgänglig")."""
    folded = fold(text).strip()
    folded = folded[4:] if folded.startswith("att ") else folded
    m = re.match(_actor_pattern(), folded)
    if m is None or (m.end() < len(folded) and folded[m.end()].isalnum()):
        return None
    rest = folded[m.end() :].lstrip(" ,")
    rest = re.sub(r"^(?:som|vilka?)\b[^,]*,\s*", "", rest)  # "Kommunerna, som har ansvaret, bör"
    if re.match(r"(?:ska\s+(?:få|kunna)|får|kan)\b(?!\s+(?:\w+\s+){0,2}?i\s+uppdrag)", rest):
        return ""
    if modal := re.match(rf"{_MODALS}\b", rest):
        if _is_passive(rest[modal.end() :]):
            return None  # "Socialtjänsten bör ges möjlighet …": someone else acts
        return _addressee_name(m.group("actor"))
    if in_list and re.match(r"(?:uppdras|ges)\b", rest):
        return _addressee_name(m.group("actor"))
    verb = rest.split(" ", 1)[0]
    if not in_list or not verb or _is_passive(verb) or re.match(
        r"(?:föreslår|rekommenderar|lämnar|beslutar|blir|är|var|har|kommer)$", verb
    ):
        return None
    return _addressee_name(m.group("actor"))


def generic_actor(name: str) -> bool:
    """Whether an addressee only names a kind of body ("Myndigheten", "Utredaren"), which the
    document's own assignee stands for."""
    return fold(name) in {"myndigheten", "utredaren"}


def find_addressee(text: str) -> str:
    """The actor a recommendation tells to act, when the text names one ("Kommunerna bör …")."""
    actor = _actor_pattern()
    patterns = (
        rf"\b{actor}\s+(?:\w+\s+){{0,2}}?{_MODALS}\s+(?P<next>(?:\w+\s*){{1,3}})",
        # An assignment's addressee: "ger Socialstyrelsen i uppdrag", "uppdrar åt Statskontoret att".
        rf"\b(?:ger|ge|gav)\s+{actor}\s+(?:ett\s+(?:\w+\s+)?)?(?:i\s+uppdrag|(?:\w+\s+)?uppdrag)\b",
        rf"\buppdra(?:r|s|git)?\s+åt\s+{actor}\b",
        rf"\b{actor}\s+får\s+(?:\w+\s+){{0,2}}?i\s+uppdrag\b",
        rf"\b(?:ska|skall)\s+{actor}\s+(?P<next2>\w+)",
        rf"\b{actor}\s+(?:ska|skall|bör|behöver|måste)(?:\s+bland\s+annat)?\s*:?\s*$",
        rf"\b{_MODALS}\s+(?:\w+\s+){{0,2}}?{actor}[\s,]+(?P<next>\w+)",
        rf"\b(?:viktigt|vikt|angeläget|nödvändigt|avgörande|dags|hög tid)\s+för\s+{actor}\s+att\b",
        rf"\b(?:viktigt|vikt|angeläget|nödvändigt|avgörande)\s+att\s+{actor}\s+(?P<next>\w+)",
        rf"\b{actor}s\s+(?:\w+\s+)?(?:uppgift|ansvar|skyldighet)\s+att\b",
        rf"\b(?:uppmanar|rekommenderar|kräver av|vill att|föreslår att)[\s,]+(?:[\w,]+\s+){{0,6}}?{actor}\s+att\b",
        # The actor a proposal asks to act: "Utredningen föreslår att regeringen ger X i uppdrag".
        rf"\b(?:föreslår|föreslås|rekommenderar)\s+(?:\w+\s+){{0,2}}?att\s+{actor}\s+(?P<next>\w+)",
        # A lead-in ending with whom its list addresses: "Vi rekommenderar nämnden:" (reports-2).
        rf"\b(?:föreslår|rekommenderar|uppmanar)\s+(?:\w+\s+){{0,2}}?(?:att\s+)?{actor}\s*:?\s*$",
        # … or with its modal before the actor: "För att återta kontrollen måste regeringen:"
        rf"\b{_MODALS}\s+{actor}\s*:\s*$",
        # Last, a sector opening a demand ("Skolan måste …", reports-8) if no actor is named.
        rf"(?:^|:\s+)(?:även\s+)?(?P<actor>skolan|politiken|vården|samhället)\s+{_MODALS}\s+"
        r"(?P<next>(?!(?:få|ha|vara)\b)\w+)",
    )
    # Patterns whose verb after the actor must be active ("bör ges" addresses no one),
    # and the one that takes the actor's genitive ("kommunens ansvar att").
    active_verb, genitive, modal_first, sector = {0, 4, 8, 11, 14}, 9, 6, 14
    fallback = ""
    for sentence in _statements(text):
        folded = fold(_without_quotations(sentence))
        if not (has_recommendation_cue(folded) or has_assignment_cue(folded)):
            continue
        found: list[tuple[bool, int, str, int]] = []
        for n, pattern in enumerate(patterns):
            for m in re.finditer(pattern, folded):
                following = m.groupdict().get("next") or m.groupdict().get("next2") or ""
                # "bör ges" addresses no one; "att Socialstyrelsen uppdras" addresses the agency.
                if n in active_verb and _is_passive(following) and not following.startswith("uppdras"):
                    continue
                # The inquiry that proposes is not whom it addresses ("föreslår utredningen att").
                if m.group("actor") in ("utredningen", "utredaren") and re.search(
                    r"föreslår\s+$", folded[: m.start("actor")]
                ):
                    continue
                # An actor inside a longer word is not one ("kommunen" in "kommunens").
                before, end = m.start("actor"), m.end("actor")
                if n != genitive and end < len(folded) and folded[end].isalnum():
                    continue
                # Nor one after a preposition ("asyl i Sverige bör få …": a review).
                if n in active_verb and _AFTER_PREPOSITION.search(folded, max(0, before - 8), before):
                    continue
                found.append((n == sector, before, folded[before:end], n))
        if any(f[0] for f in found):  # the sector opens it: "Politiken måste ge kommunerna …"
            found = [f for f in found if f[3] != modal_first]
        if found:
            is_sector, start, actor, _ = min(found)
            if not is_sector:
                return _joint_addressee(folded, start, actor)
            fallback = fallback or _joint_addressee(folded, start, actor)
    return fallback


def _joint_addressee(folded: str, start: int, actor: str) -> str:
    """The actor, with those joined to it ("Regioner och kommuner uppmanas", "IVO och
    Socialstyrelsen ska"), as one addressee."""
    names = [_addressee_name(actor)]
    pos = start + len(actor)
    joined = re.compile(rf"(?:,\s*|\s+och\s+|\s+samt\s+){_actor_pattern()}(?![\w-])")
    while m := joined.match(folded, pos):
        names.append(_addressee_name(m.group("actor")))
        pos = m.end()
    names = list(dict.fromkeys(names))
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " och " + names[-1]
