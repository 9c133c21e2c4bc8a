"""One sentence splitter for extraction: where Swedish sentences start and end.

A full stop, question or exclamation mark before white space and a capital (or a
dash, digit or quotation mark) ends a sentence, unless it closes an abbreviation:
"bl.a. Socialstyrelsen", "t.ex. IVO", "5 kap. 2 §", "prop. 2015/16:43". kb.extract.kinds
splits a passage into sentences with it, kb.extract.quotes finds where an attribution ends
and where the sentence leading into a quotation starts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kb.extract.vocab import NUMBER_ABBREVIATIONS, TEXT_ABBREVIATIONS
from kb.parse.vocab import STOPWORDS

# A candidate boundary: the mark (and a closing quotation mark) ending one
# sentence, the white space, and the first character of the next.
_BOUNDARY = re.compile(r"[.!?…][”\"»']?(?P<space>\s+)(?=[A-ZÅÄÖ0-9–—\"”«»“„(])")
_NUMBER_ABBREVIATION = re.compile(
    r"(?:^|[\s(])(?:" + "|".join(map(re.escape, NUMBER_ABBREVIATIONS)) + r")\.$", re.IGNORECASE
)
_TEXT_ABBREVIATION = re.compile(
    r"(?:^|[\s(])(?:" + "|".join(map(re.escape, TEXT_ABBREVIATIONS)) + r")\.$", re.IGNORECASE
)


# A middle name's initial after a first name: "Duke W. Shane", "Margaretha S. Paras".
_MIDDLE_INITIAL = re.compile(r"(?:^|\s)[A-ZÅÄÖ][a-zåäöéü-]+\s[A-ZÅÄÖ]\.$")
# How far before its full stop a middle initial's first name may start.
_INITIAL_REACH = 40


def _middle_initial(text: str, end: int, next_start: int) -> bool:
    """Whether the full stop at `end` closes a middle name's initial: a first name before
    it and a name after it, not a word of a new sentence ("Plan B. Det gick bra")."""
    if not _MIDDLE_INITIAL.search(text, max(0, end - _INITIAL_REACH), end):
        return False
    after = text[next_start : next_start + _INITIAL_REACH].split(maxsplit=1)
    return bool(after) and after[0].strip(",.;:").casefold() not in STOPWORDS


# How far before a full stop an abbreviation can start, with the space or bracket before it.
_ABBREVIATION_REACH = max(map(len, (*NUMBER_ABBREVIATIONS, *TEXT_ABBREVIATIONS))) + 2


def _boundaries(text: str) -> Iterator[tuple[int, int]]:
    """(end of a sentence, start of the next) for each real boundary in text."""
    for m in _BOUNDARY.finditer(text):
        end = m.start("space")
        # Only the end of the text before the boundary can hold the abbreviation (the
        # patterns end in "$", which matches at `end`); searching all of it made a long
        # passage's boundaries cost its length squared, 2% of an ingest's parse workers.
        # "^" still matches at the text's start only.
        start = max(0, end - _ABBREVIATION_REACH)
        if _TEXT_ABBREVIATION.search(text, start, end) or _middle_initial(text, end, m.end()):
            continue
        if text[m.end() : m.end() + 1].isdigit() and _NUMBER_ABBREVIATION.search(text, start, end):
            continue
        yield end, m.end()


def split_sentences(text: str) -> list[str]:
    """A passage's sentences, in order, abbreviations kept inside theirs."""
    sentences, start = [], 0
    for end, next_start in _boundaries(text):
        sentences.append(text[start:end])
        start = next_start
    sentences.append(text[start:])
    return [s for s in sentences if s.strip()]


def sentence_end(text: str, start: int) -> int:
    """Where the sentence that goes on at ``start`` ends: before its closing mark, or at the end."""
    for end, _ in _boundaries(text):
        if end > start:
            return _before_mark(text, end)
    stripped = len(text.rstrip())
    return _before_mark(text, stripped) if stripped > start else len(text)


def _before_mark(text: str, end: int) -> int:
    """The position of the closing mark of a sentence ending at ``end``, if it has one."""
    while end > 0 and text[end - 1] in "”\"»'":
        end -= 1
    return end - 1 if end > 0 and text[end - 1] in ".!?" else end


def sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts."""
    start = 0
    for _, next_start in _boundaries(text):
        if next_start > pos:
            break
        start = next_start
    return start
