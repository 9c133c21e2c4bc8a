"""Acronyms the documents define: "SBU" also finds "Statens beredning för medicinsk och
social utvärdering" where a passage spelled it out as "… utvärdering (SBU)".

kb.analysis.vocab.SYNONYM_GROUPS names the field's common acronyms (IVO, LSS, SKR …) and a
user may add more (synonyms.toml); any other acronym a query has is looked up in the
passages that use it: the first DEFINITION_READS that have it (the index's order), where
a document most often spells it out at its first mention ("long form (ACRONYM)"). A long
form that most of the acronym's parentheses there give is searched beside it as a synonym.
Nothing is stored at ingest, so an index of any age, and an acronym any added document
defines, are read alike.

The long form is found by Schwartz and Hearst's algorithm ("A simple algorithm for
identifying abbreviation definitions in biomedical text", PSB 2003), the standard one and
a dozen lines (no package of it is kept up for Python): each letter of the acronym, from
the last, is found in the words before the parenthesis, the first at the start of a word,
in at most len + 5 words (their min(len + 5, len * 2) cut Swedish names of authorities:
"Statens beredning för medicinsk och social utvärdering (SBU)"). A long form of one word
is not taken: it is a person's name before a party's letters ("Mattias Stegrud (SD)").
"""

from __future__ import annotations

import re
import weakref
from collections import Counter

from whoosh.searching import Searcher

from kb.analysis import query_terms
from kb.analysis.compounds import split_compound
from kb.analysis.expansion import Groups, SynonymTable
from kb.search.settings import CAPITALS_READS, DEFINITION_READS, MAX_ACRONYMS
from kb.search.words import NON_RESTRICTING

# A word read as an acronym: two to eight letters, at least two of them capitals, the
# first a capital ("SBU", "MFoF", "SiS"); not a word in capitals of one letter or a year.
_ACRONYM = re.compile(r"\b[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{1,7}\b")
# A word in lower case that may be an acronym typed so ("sbu", "mfof", "Sbu" as a phone
# capitalises it): two to six letters.
_LOWER = re.compile(r"\b[a-zåäöA-ZÅÄÖ][a-zåäö]{1,5}\b")
# Characters before "(ACRONYM)" read for its long form: 13 words of up to 20 letters.
_BEFORE_CHARS = 300
# The words of a long form: letters with hyphens ("Tandvårds-" of "Tandvårds- och …").
_WORD = re.compile(r"[^\W\d_][\w-]*")


def defined_acronyms(searcher: Searcher, text: str, table: SynonymTable) -> Groups:
    """A group (acronym, long form) for each acronym of the query `text` that `table` lacks
    and a passage defines; typed in lower case too ("sbu"), where the passages write it in
    capitals."""
    groups = []
    words = [
        word
        for word in dict.fromkeys(m.group() for m in _ACRONYM.finditer(text))
        if sum(c.isupper() for c in word) >= 2
    ]
    words += [
        word
        for word in dict.fromkeys(m.group().lower() for m in _LOWER.finditer(text))
        if word not in NON_RESTRICTING and query_terms(word)
    ]
    # A query of many words in capitals is no list of acronyms: the first few are looked up.
    for word in words[:MAX_ACRONYMS]:
        if not table.has_name(word):
            long_form = defined_as(searcher, word)
            if long_form:
                groups.append((word, long_form))
    return tuple(groups)


def defined_as(searcher: Searcher, acronym: str) -> str:
    """The long form the passages give `acronym` ("SBU": "Statens beredning för medicinsk
    och social utvärdering"), the most frequent among the first DEFINITION_READS passages
    that have it; "" when none defines it. An acronym typed in lower case ("sbu") is
    defined where a parenthesis has it in capitals ("(SBU)"). Kept for the searcher (an
    index state)."""
    known = _defined.setdefault(searcher, {})
    if acronym not in known:
        if len(known) > _KEPT:
            known.clear()
        known[acronym] = _read_definition(searcher, acronym)
    return known[acronym]


def _read_definition(searcher: Searcher, acronym: str) -> str:
    terms = query_terms(acronym)
    if len(terms) != 1 or not searcher.doc_frequency("text", terms[0][0]):
        return ""
    typed_lower = acronym.islower()
    defined = re.compile(
        r"\(\s*(" + re.escape(acronym) + r")\s*\)", re.IGNORECASE if typed_lower else 0
    )
    # Typed in lower case, a word is read as an acronym only if the first passages with it
    # write it in capitals: "barn", "vård" are searched as words after CAPITALS_READS
    # passages, not DEFINITION_READS (nor asked of wordfreq, which a search of known words
    # does not load: tests/test_cold_start.py).
    in_capitals = re.compile(r"\b" + re.escape(acronym) + r"\b", re.IGNORECASE)
    found: Counter[str] = Counter()
    capitals = not typed_lower
    postings = searcher.postings("text", terms[0][0])
    for n, docnum in enumerate(postings.all_ids()):
        if n >= DEFINITION_READS or (n >= CAPITALS_READS and not capitals):
            break
        text = searcher.stored_fields(docnum).get("text", "")
        capitals = capitals or any(
            sum(c.isupper() for c in m.group()) >= 2 for m in in_capitals.finditer(text)
        )
        for match in defined.finditer(text):
            written = match.group(1)
            if typed_lower and sum(c.isupper() for c in written) < 2:
                continue  # "(sol)", "(Bris)": no acronym in capitals
            # The text back to the parenthesis before it, if any: the long form is within.
            before = text[max(0, match.start() - _BEFORE_CHARS) : match.start()]
            # A parenthesis that gives none votes for none: of 30 "(KD)" after members'
            # names, one "Kerstin Dahl (KD)" must not make a long form of KD.
            found[long_form_of(written, re.split(r"[()]", before)[-1])] += 1
    best = found.most_common(1)
    return best[0][0] if best else ""


def long_form_of(acronym: str, before: str) -> str:
    """The long form that the text `before` a parenthesis gives `acronym`, or "" (Schwartz
    and Hearst's algorithm, the module says which, with a capital of the acronym at the
    start of a word or of a compound's part: "gruppledare (SD)" is no "…ledare")."""
    letters = [c for c in acronym if c.isalnum()]
    words = _WORD.findall(before)[-(len(letters) + 5) :]
    candidate = " ".join(words)
    word_starts, part_starts = _starts(words)
    at = len(candidate) - 1
    for i in range(len(letters) - 1, -1, -1):
        letter = letters[i]
        allowed = word_starts if i == 0 else part_starts if letter.isupper() else None
        while at >= 0 and (
            candidate[at].lower() != letter.lower() or (allowed is not None and at not in allowed)
        ):
            at -= 1
        if at < 0:
            return ""
        at -= 1
    start = candidate.rfind(" ", 0, at + 2) + 1
    long_form = candidate[start:].strip(" -")
    return long_form if len(long_form.split()) >= 2 else ""


def _starts(words: list[str]) -> tuple[set[int], set[int]]:
    """Where in the words joined by spaces each word starts, and where each word or a part of
    it starts (a compound's parts, kb.analysis.compounds: "läkemedels·förmåns·verket")."""
    word_starts: set[int] = set()
    part_starts: set[int] = set()
    at = 0
    for word in words:
        word_starts.add(at)
        part_starts.add(at)
        for piece_at, piece in _pieces(word):
            part_starts.add(at + piece_at)
            inside = piece_at
            for part in split_compound(piece.lower())[1:]:
                found = word.lower().find(part[:3], inside + 1)
                if found < 0:
                    break
                part_starts.add(at + found)
                inside = found
        at += len(word) + 1
    return word_starts, part_starts


def _pieces(word: str) -> list[tuple[int, str]]:
    """The pieces of a hyphenated word with where each starts ("hälso-": one piece)."""
    pieces, at = [], 0
    for piece in word.split("-"):
        if piece:
            pieces.append((at, piece))
        at += len(piece) + 1
    return pieces


# Long forms (or "") by acronym, for each searcher; a bounded number per searcher.
_defined: weakref.WeakKeyDictionary[Searcher, dict[str, str]] = weakref.WeakKeyDictionary()
_KEPT = 1_000
