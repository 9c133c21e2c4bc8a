"""Query expansion: what kb adds to a user's query text before Whoosh parses it.

- Acronyms, names and words of the field are searched together (IVO ↔
  Inspektionen för vård och omsorg, corona ↔ covid-19), from
  kb.analysis.vocab.SYNONYM_GROUPS and the groups a user adds in a synonyms.toml
  (read by load_synonyms, kept in the index by kb ingest).
- References and numbers with a colon or slash ("SOU 2020:47", "prop.
  2021/22:123") are quoted, so the parser keeps them as one unit instead of
  splitting them at "/" or reading "2020:" as a field name.

Name matching is done on analysed terms, so an inflected or possessive form in the
query ("IVO:s", "socialtjänstlagens") still finds its group, and so does a
name typed without å, ä, ö ("vardanalys"). Expansion is a query-time step: the
index holds what the documents say, and the groups can change without
rebuilding it.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from kb.analysis import REFERENCE_PATTERN, fold_accents, multiword_names, query_terms
from kb.analysis.vocab import CASE_SENSITIVE_SYNONYMS, ONE_WAY_SYNONYMS, SYNONYM_GROUPS
from kb.errors import KbError

# The file in an ingested folder that adds synonym groups (README: "Synonyms").
SYNONYMS_FILE = "synonyms.toml"
# Far beyond a hand-written file; a larger one is a mistake, not a vocabulary.
MAX_SYNONYM_GROUPS = 10_000
MAX_SYNONYM_CHARS = 200

# Weight of a field word's synonyms against the word typed ("corona" finds "covid-19"
# below "corona"); names and acronyms of one thing ("IVO", "Inspektionen för vård och
# omsorg") weigh alike. nDCG@10 by weight, bench/relevance.py (interpellations) and
# --set regeringen: 1.0: 0.779 and 0.55; 0.5: 0.783 and 0.55; 0.3: 0.784 and 0.56;
# 0.15: 0.784 and 0.56 (fewer unjudged hits).
SYNONYM_BOOST = 0.3

Groups = tuple[tuple[str, ...], ...]


class SynonymsError(KbError):
    """A synonyms file that cannot be read; the message says where and why."""


def parse_synonyms(text: str) -> Groups:
    """The groups of a synonyms.toml (`groups = [["hemarbete", "distansarbete"], …]`)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SynonymsError(f"not valid TOML ({exc})") from exc
    unknown = set(data) - {"groups"}
    if unknown:
        raise SynonymsError(f"unknown key {sorted(unknown)[0]!r}; write groups = [[…], …]")
    groups = data.get("groups", [])
    if not isinstance(groups, list) or len(groups) > MAX_SYNONYM_GROUPS:
        raise SynonymsError("groups must be a list of lists of words")
    parsed = []
    for number, group in enumerate(groups, 1):
        if not isinstance(group, list) or not all(isinstance(name, str) for name in group):
            raise SynonymsError(f"group {number} is not a list of words in quotes")
        names = tuple(dict.fromkeys(" ".join(name.split()) for name in group if name.strip()))
        if len(names) < 2:
            raise SynonymsError(f"group {number} needs at least two words")
        if any(len(name) > MAX_SYNONYM_CHARS for name in names):
            raise SynonymsError(f"group {number} has a name over {MAX_SYNONYM_CHARS} characters")
        parsed.append(names)
    return tuple(parsed)


def load_synonyms(folder: Path) -> Groups | None:
    """The groups of `folder`/synonyms.toml, or None when the folder has none."""
    path = folder / SYNONYMS_FILE
    if not path.is_file():
        return None
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SynonymsError(f"cannot be read ({exc})") from exc
    return parse_synonyms(text)


def merge_groups(*sources: Groups) -> Groups:
    """The groups of all `sources`, those sharing a name (in any case) joined into one; each
    keeps the first name it was given."""
    merged: list[list[str]] = []
    for group in (group for source in sources for group in source):
        keys = {name.casefold() for name in group}
        joined = [m for m in merged if keys & {name.casefold() for name in m}]
        target = joined[0] if joined else []
        if not joined:
            merged.append(target)
        for other in joined[1:]:
            target.extend(other)
            merged.remove(other)
        target.extend(group)
    return tuple(_distinct(group) for group in merged)


def _distinct(names: list[str]) -> tuple[str, ...]:
    """`names` without a repeat in another case, in order of first mention."""
    kept: dict[str, str] = {}
    for name in names:
        kept.setdefault(name.casefold(), name)
    return tuple(kept.values())


@dataclass(frozen=True)
class SynonymTable:
    """Groups of names searched together, with each name's analysed terms."""

    groups: Groups

    @cached_property
    def names(self) -> tuple[tuple[tuple[str, ...], str, tuple[str, ...]], ...]:
        """(folded terms of a name, the name, its group), longest names first."""
        names = []
        for group in self.groups:
            one_way = any(name in ONE_WAY_SYNONYMS for name in group)
            for name in group:
                if one_way and name not in ONE_WAY_SYNONYMS:
                    continue  # "socialtjänsten" typed is searched as any word, not as a name
                terms = tuple(fold_accents(term) for term, _, _ in query_terms(name))
                if terms:
                    names.append((terms, name, group))
        names.sort(key=lambda entry: -len(entry[0]))
        return tuple(names)

    @cached_property
    def by_first_term(self) -> dict[str, tuple[tuple[tuple[str, ...], str, tuple[str, ...]], ...]]:
        """The names (as in `names`, longest first) by their first term."""
        found: dict[str, list[tuple[tuple[str, ...], str, tuple[str, ...]]]] = {}
        for entry in self.names:
            found.setdefault(entry[0][0], []).append(entry)
        return {first: tuple(entries) for first, entries in found.items()}

    def extended(self, groups: Groups) -> SynonymTable:
        """This table with `groups` added as they are (not merged with its own): for a
        query's acronyms the documents define (kb.search.acronyms), without analysing
        every name of the table again, which took 2 s with 2,000 groups of a user's."""
        table = SynonymTable((*self.groups, *groups))
        added = [
            (tuple(fold_accents(term) for term, _, _ in query_terms(name)), name, group)
            for group in groups
            for name in group
        ]
        names = sorted(
            (*self.names, *(entry for entry in added if entry[0])), key=lambda e: -len(e[0])
        )
        # A frozen dataclass: the cached property is set as functools.cached_property does.
        table.__dict__["names"] = tuple(names)
        return table

    def has_name(self, text: str) -> bool:
        """Whether `text` is one of the names, as analysed ("1993:387")."""
        terms = tuple(fold_accents(term) for term, _, _ in query_terms(text))
        return bool(terms) and any(
            entry[0] == terms for entry in self.by_first_term.get(terms[0], ())
        )


@lru_cache(maxsize=16)
def synonym_table(extra: Groups = ()) -> SynonymTable:
    """kb's own groups (kb.analysis.vocab.SYNONYM_GROUPS) with a user's `extra` groups merged in."""
    return SynonymTable(merge_groups(SYNONYM_GROUPS, extra) if extra else SYNONYM_GROUPS)


@dataclass(frozen=True)
class SynonymMatch:
    """A name found in a query: where it stands and what else it may be called."""

    start: int
    end: int
    text: str
    alternatives: tuple[str, ...]
    # The alternatives searched at SYNONYM_BOOST: field words, not names (see _is_name).
    weaker: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, object]:
        """JSON-ready form."""
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "alternatives": list(self.alternatives),
        }


def find_synonyms(query_text: str, table: SynonymTable | None = None) -> list[SynonymMatch]:
    """The names of `table` (kb's own groups when None) in `query_text`, outside quotes and
    field filters."""
    table = table or synonym_table()
    terms = [(fold_accents(term), start, end) for term, start, end in query_terms(query_text)]
    matches: list[SynonymMatch] = []
    i = 0
    while i < len(terms):
        found = _match_at(query_text, terms, i, table)
        if found is None:
            i += 1
            continue
        match, width = found
        matches.append(match)
        i += width
    return matches


# What may follow a word in a query and belongs to it: a wildcard or fuzziness.
_TERM_SUFFIXES = frozenset("*?~")


def _match_at(
    query_text: str, terms: list[tuple[str, int, int]], i: int, table: SynonymTable
) -> tuple[SynonymMatch, int] | None:
    for name_terms, name, group in table.by_first_term.get(terms[i][0], ()):
        width = len(name_terms)
        window = terms[i : i + width]
        if tuple(term for term, _, _ in window) != name_terms:
            continue
        start, end = window[0][1], window[-1][2]
        typed = query_text[start:end]
        if _is_literal(query_text, start) or (name in CASE_SENSITIVE_SYNONYMS and typed.islower()):
            return None
        if name in ONE_WAY_SYNONYMS and len(typed) < len(name):
            # An everyday word is matched by its stem, as every name is, but a shorter word
            # of that stem is another word: "social" is no form of "socialen" (the social
            # services), and a passage with "socialtjänsten" covered it (kb.search.coverage).
            continue
        if query_text[end : end + 1] in _TERM_SUFFIXES:
            # "IVO*", "SBU~2": the wildcard or fuzziness is the word's; after the group of
            # names it applied to every term ("(IVO OR …)*", 2.5 s on the bundled corpus).
            return None
        # A name typed without its accents ("vardanalys"), or some of them ("våld i nara
        # relationer" found 7 passages, the name 70), is searched as listed too.
        unaccented = _accents(typed) < _accents(name)
        # An acronym that is a word in lower case ("SoL": sol, the sun; "LOV": lov, lovade)
        # is no alternative: the index has it in lower case, so "socialtjänstlagen" found
        # "sol- och vindenergi". Typed itself, it is searched as typed. Nor is an everyday
        # word that only stands for its group ("soc"), nor a law's number: the passages that
        # cite "socialtjänstlagen (2001:453)" say its name.
        alternatives = tuple(
            other
            for other in group
            if (other != name or unaccented)
            and other not in CASE_SENSITIVE_SYNONYMS
            and other not in ONE_WAY_SYNONYMS
            and _LAW_NUMBER.fullmatch(other) is None
        )
        if not alternatives:
            return None
        # The name itself, typed without its accents, is what was asked: not weaker ("vald i
        # nara relationer" ranked by "relationsvåld" alone, a tenth of the accented score).
        weaker = tuple(
            a
            for a in alternatives
            if not (_is_name(a) or _is_name(name) or (unaccented and a == name))
        )
        return SynonymMatch(start, end, typed, alternatives, weaker), width
    return None


def _accents(text: str) -> int:
    """How many letters of `text` have an accent (å, ä, ö, é …)."""
    return sum(1 for c in text if fold_accents(c) != c)


def _is_name(text: str) -> bool:
    """Whether a synonym is a name, an acronym (written with a capital: "IVO", "SoL",
    "Vårdanalys") or a number ("1993:387", a law's in SFS), which stands for the same thing
    as the rest of its group, rather than a field word ("corona", "äldreboende"), which
    means about the same."""
    return any(c.isupper() for c in text) or _LAW_NUMBER.fullmatch(text) is not None


def _is_literal(query_text: str, start: int) -> bool:
    """Whether the word at `start` is inside quotes or the value of a `field:`."""
    before = query_text[:start]
    if before.count('"') % 2:
        return True
    word_start = max(before.rfind(" "), before.rfind("("), before.rfind('"'))
    return ":" in query_text[word_start + 1 : start]


def expand_synonyms(
    query_text: str, matches: list[SynonymMatch] | None = None, table: SynonymTable | None = None
) -> str:
    """`query_text` with each name (`matches`, found when not given) replaced by an OR of it
    and its synonyms, in Whoosh syntax. A name of several words becomes a phrase, which
    kb.search.query looks up as the one term kb.analysis indexes for it.

    >>> expand_synonyms("IVO:s tillsyn")
    '("IVO:s" OR "Inspektionen för vård och omsorg") tillsyn'
    """
    pieces = []
    last = 0
    for match in find_synonyms(query_text, table) if matches is None else matches:
        names = [_weighed(a) for a in match.alternatives if a not in match.weaker]
        if match.weaker:
            names.append(f"({' OR '.join(_quoted(a) for a in match.weaker)})^{SYNONYM_BOOST}")
        before = query_text[last : match.start]
        # A name inside a hyphenated word ("LSS-insatser") stands apart, as
        # the query analyzer reads the pieces of such a word anyway.
        pieces.append(before[:-1] + " " if before.endswith("-") else before)
        pieces.append("(" + " OR ".join([_quoted(match.text), *names]) + ")")
        last = match.end
        if query_text.startswith("-", last):
            pieces.append(" ")
            last += 1
    pieces.append(query_text[last:])
    return "".join(pieces)


def _weighed(name: str) -> str:
    """A name as a query term that weighs as one word: a phrase the index has no one term for
    (a user's name of several words, an acronym's long form a document gives, kb.search.
    acronyms) is scored as the sum of its words, and "Statens beredning för medicinsk och
    social utvärdering" outweighed "SBU" fivefold: each of its words weighs a share."""
    quoted = _quoted(name)
    if quoted == name:
        return quoted
    terms = tuple(term for term, _, _ in query_terms(name))
    if len(terms) < 2 or terms in multiword_names():
        return quoted
    return f"{quoted}^{1 / len(terms):.2f}"


def _quoted(name: str) -> str:
    """A name as a query term: a phrase in quotes when it has several words."""
    return f'"{name}"' if any(c in name for c in " -:") else name


# A law's number in SFS ("1993:387"), and a law named by it ("lag (1993:387)", "lagen
# (1993:387)"): in a query, the parentheses would make "lag" a word every passage must have.
_LAW_NUMBER = re.compile(r"(?:19|20)\d\d:\d{1,4}")
_LAW_BY_NUMBER = re.compile(
    r"\b(?:lag|lagen|förordning|förordningen|balk|balken)\s*\(\s*((?:19|20)\d\d:\d{1,4})\s*\)",
    re.IGNORECASE,
)


def law_numbers(query_text: str, table: SynonymTable) -> str:
    """`query_text` with a law named by its number ("lag (1993:387)") as the number alone,
    when the number is a name of `table` (found with its group by find_synonyms)."""

    def number(match: re.Match[str]) -> str:
        return match.group(1) if table.has_name(match.group(1)) else match.group()

    return _LAW_BY_NUMBER.sub(number, query_text)


def quote_references(query_text: str, table: SynonymTable | None = None) -> str:
    """`query_text` with references and numbers like "2021/22:123" in quotes, as one unit;
    one that is a name of `table` (a law's SFS number, "1993:387") is left for
    find_synonyms, which quotes it with its group."""
    pieces = []
    last = 0
    for match in REFERENCE_PATTERN.finditer(query_text):
        start, end = match.span()
        if _is_literal(query_text, start):
            continue
        if table is not None and table.has_name(match.group()):
            continue
        pieces.append(query_text[last:start])
        pieces.append(f'"{match.group()}"')
        last = end
    pieces.append(query_text[last:])
    return "".join(pieces)
