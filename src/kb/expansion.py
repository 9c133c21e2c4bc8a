"""Query expansion: what kb adds to a user's query text before Whoosh parses it.

- Acronyms and names of the field are searched together (IVO ↔ Inspektionen
  för vård och omsorg), from vocab.SYNONYM_GROUPS.
- References and numbers with a colon or slash ("SOU 2020:47", "prop.
  2021/22:123") are quoted, so the parser keeps them as one unit instead of
  splitting them at "/" or reading "2020:" as a field name.
- A compound the index may hold only in parts can be rewritten into its
  parts, as a fallback when the whole word finds nothing.

Name matching is done on analysed terms, so an inflected or possessive form in the
query ("IVO:s", "socialtjänstlagens") still finds its group. Expansion is a
query-time step: the index holds what the documents say, and the groups can
change without rebuilding it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kb.analysis import REFERENCE_PATTERN, query_terms
from kb.compounds import split_compound
from kb.vocab import CASE_SENSITIVE_SYNONYMS, SYNONYM_GROUPS


@dataclass(frozen=True)
class SynonymMatch:
    """A name found in a query: where it stands and what else it may be called."""

    start: int
    end: int
    text: str
    alternatives: tuple[str, ...]

    def as_dict(self) -> dict[str, object]:
        """JSON-ready form."""
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "alternatives": list(self.alternatives),
        }


@lru_cache(maxsize=1)
def _analysed_names() -> tuple[tuple[tuple[str, ...], str, tuple[str, ...]], ...]:
    """(terms of a name, the name, its group), longest names first."""
    names = []
    for group in SYNONYM_GROUPS:
        for name in group:
            terms = tuple(term for term, _, _ in query_terms(name))
            if terms:
                names.append((terms, name, group))
    names.sort(key=lambda entry: -len(entry[0]))
    return tuple(names)


def find_synonyms(query_text: str) -> list[SynonymMatch]:
    """The names of SYNONYM_GROUPS in `query_text`, outside quotes and field filters."""
    terms = query_terms(query_text)
    matches: list[SynonymMatch] = []
    i = 0
    while i < len(terms):
        found = _match_at(query_text, terms, i)
        if found is None:
            i += 1
            continue
        match, width = found
        matches.append(match)
        i += width
    return matches


def _match_at(
    query_text: str, terms: list[tuple[str, int, int]], i: int
) -> tuple[SynonymMatch, int] | None:
    for name_terms, name, group in _analysed_names():
        width = len(name_terms)
        window = terms[i : i + width]
        if tuple(term for term, _, _ in window) != name_terms:
            continue
        start, end = window[0][1], window[-1][2]
        typed = query_text[start:end]
        if _is_literal(query_text, start) or (name in CASE_SENSITIVE_SYNONYMS and typed.islower()):
            return None
        alternatives = tuple(other for other in group if other != name)
        if not alternatives:
            return None
        return SynonymMatch(start, end, typed, alternatives), width
    return None


def _is_literal(query_text: str, start: int) -> bool:
    """Whether the word at `start` is inside quotes or the value of a `field:`."""
    before = query_text[:start]
    if before.count('"') % 2:
        return True
    word_start = max(before.rfind(" "), before.rfind("("), before.rfind('"'))
    return ":" in query_text[word_start + 1 : start]


def expand_synonyms(query_text: str, matches: list[SynonymMatch] | None = None) -> str:
    """`query_text` with each name (`matches`, found when not given) replaced by an OR of it
    and its synonyms, in Whoosh syntax. A name of several words becomes a phrase, which
    kb.search.query looks up as the one term kb.analysis indexes for it.

    >>> expand_synonyms("IVO:s tillsyn")
    '("IVO:s" OR "Inspektionen för vård och omsorg") tillsyn'
    """
    pieces = []
    last = 0
    for match in find_synonyms(query_text) if matches is None else matches:
        names = [_quoted(match.text), *(_quoted(a) for a in match.alternatives)]
        before = query_text[last : match.start]
        # A name inside a hyphenated word ("LSS-insatser") stands apart, as
        # the query analyzer reads the pieces of such a word anyway.
        pieces.append(before[:-1] + " " if before.endswith("-") else before)
        pieces.append("(" + " OR ".join(names) + ")")
        last = match.end
        if query_text.startswith("-", last):
            pieces.append(" ")
            last += 1
    pieces.append(query_text[last:])
    return "".join(pieces)


def _quoted(name: str) -> str:
    """A name as a query term: a phrase in quotes when it has several words."""
    return f'"{name}"' if any(c in name for c in " -:") else name


def quote_references(query_text: str) -> str:
    """`query_text` with references and numbers like "2021/22:123" in quotes, as one unit."""
    pieces = []
    last = 0
    for match in REFERENCE_PATTERN.finditer(query_text):
        start, end = match.span()
        if _is_literal(query_text, start):
            continue
        pieces.append(query_text[last:start])
        pieces.append(f'"{match.group()}"')
        last = end
    pieces.append(query_text[last:])
    return "".join(pieces)


def expand_query(query_text: str) -> str:
    """References quoted and names expanded: the text search.py should parse."""
    return expand_synonyms(quote_references(query_text))


_WORD = re.compile(r"(?<![\w:\"-])[^\W\d_]{8,}(?![\w:-])")


def split_query_compounds(query_text: str) -> str | None:
    """`query_text` with each compound replaced by its parts, or None if it has none.

    For a second search when the whole word finds nothing: "hemtjänstpersonal"
    becomes "(hemtjänst personal)", which the parser ANDs.
    """
    found = False

    def parts(match: re.Match[str]) -> str:
        nonlocal found
        if _is_literal(query_text, match.start()):
            return match.group()
        split = split_compound(match.group().lower())
        if not split:
            return match.group()
        found = True
        return "(" + " ".join(split) + ")"

    rewritten = _WORD.sub(parts, query_text)
    return rewritten if found else None
