"""Field filters resolved against the values the index holds.

The speaker, organisation, addressee, topic and document-type fields hold
exact values ("Isabelle Carnlöf", "Inspektionen för vård och omsorg"), case
and all, so the filter a user types is matched against the field's values
in the index: `talare:carnlöf` finds every speaker with a name part
"carnlöf", `org:ivo` the names IVO goes by (kb.analysis.vocab.SYNONYM_GROUPS), and
`talare:carn*` or `talare:carn` (when no name part is exactly "carn") the
names with a part starting so. The filter becomes an OR of those exact values.
`typ:` takes kind names in Swedish or English, `år:` a year or a span
("år:2019-2021").
"""

from __future__ import annotations

import fnmatch
import logging
import re
import weakref
from collections.abc import Iterable

from whoosh.query import NullQuery, Or, Phrase, Prefix, Query, Term, TermRange, Wildcard
from whoosh.reading import IndexReader
from whoosh.searching import Searcher

from kb.analysis import fold_accents
from kb.analysis.vocab import SYNONYM_GROUPS
from kb.search.settings import ORGANISATION_MAX_SHARE
from kb.search.vocab import KIND_NAMES

log = logging.getLogger(__name__)

EXACT_FIELDS = frozenset(
    {"speaker", "organisation", "addressee", "topics", "doctype", "publisher", "author"}
)
# How the notices name a field: the Swedish word a user types for it.
FIELD_LABELS = {
    "speaker": "talare",
    "organisation": "organisation",
    "addressee": "mottagare",
    "topics": "ämne",
    "doctype": "dokumenttyp",
    "publisher": "utgivare",
    "author": "författare",
    "kind": "typ",
    "year": "år",
    "references": "hänvisning",
}
_WORD = re.compile(r"\w+")
# A span of years as år: takes it, and a query's words ("2019-2021", kb.search.readings).
YEAR_SPAN = re.compile(r"(\d{4})\s*(?:-|–|\.\.)\s*(\d{4})")


def resolve_values(searcher: Searcher, query: Query, notices: list[str]) -> Query:
    """`query` with each filter on kind, year or an exact-valued field made to match the index."""

    def visit(q: Query) -> Query:
        if not q.is_leaf():
            return q.apply(visit)
        field = q.field()
        if field == "kind":
            return _kind_query(searcher, q, notices)
        if field == "year":
            return _year_query(q, notices)
        if field in EXACT_FIELDS:
            return _exact_query(searcher, q, notices)
        return q

    return visit(query).normalize()


def _typed(q: Query) -> str | None:
    """The value a user typed for a leaf query, or None for one kb leaves alone (a range)."""
    if isinstance(q, Phrase):
        return " ".join(q.words)
    if isinstance(q, Prefix):
        return q.text + "*"
    if isinstance(q, Term | Wildcard):
        return str(q.text)
    return None


def _exact_query(searcher: Searcher, q: Query, notices: list[str]) -> Query:
    typed = _typed(q)
    if typed is None:
        return q
    field = q.field()
    texts = [lexicon_text(v) for v in searcher.lexicon(field) if v]
    matched = match_values(typed, texts)
    if not matched:
        notices.append(f"Ingen {FIELD_LABELS.get(field, field)} matchar »{typed}«.")
        return NullQuery
    return _any_of(field, matched)


def lexicon_text(value: bytes | str) -> str:
    """A value of the index's lexicon as text."""
    return value.decode("utf-8") if isinstance(value, bytes) else str(value)


def match_values(typed: str, values: Iterable[str]) -> list[str]:
    """The values that `typed` names: whole name parts in order first, else parts' starts."""
    values = list(values)
    if any(c in typed for c in "*?"):
        pattern = typed.lower()
        return [
            v
            for v in values
            if fnmatch.fnmatchcase(v.lower(), pattern)
            or any(fnmatch.fnmatchcase(w, pattern) for w in _words(v))
        ]
    names = _names(typed)
    # Typed without å, ä, ö ("talare:gronvall"), as a query's words may be: compared
    # folded when nothing matches as typed; whole words, as typed or folded, before any
    # word's start ("gronvall" is Grönvall's before it is Gronvallsson's).
    return (
        _whole(values, names, fold=False)
        or _whole(values, names, fold=True)
        or _starting(values, names, fold=False)
        or _starting(values, names, fold=True)
    )


def values_named(typed: str, values: Iterable[str]) -> list[str]:
    """The values that have the words of `typed` whole, in order ("kakabaveh": "Amineh
    Kakabaveh (-)"), with or without å, ä, ö; no word's start alone, as match_values takes."""
    values, names = list(values), [_words(typed)]
    return _whole(values, names, fold=False) or _whole(values, names, fold=True)


def organisations_named(searcher: Searcher, names: Iterable[str]) -> list[str]:
    """The organisations of the index's passages (a document's publisher, a quote's
    speaker's body) that one of `names` names whole ("Vårdanalys" with its other names:
    "Myndigheten för vård- och omsorgsanalys"), with or without å, ä, ö. Not a body that
    stands behind more than ORGANISATION_MAX_SHARE of the passages: read so, "regeringen"
    would make a passage of nearly every document match ("Regeringskansliet")."""
    if "organisation" not in searcher.schema:
        return []
    wanted = [words for name in names if (words := _words(name))]
    # Only the values with a name's first word: comparing all of them (some 375 of the
    # interpellations' speakers' bodies) took a tenth of a search's time.
    by_word = _organisations(searcher.reader())
    firsts = {form for words in wanted for form in (words[0], fold_accents(words[0]))}
    values = sorted({value for first in firsts for value in by_word.get(first, ())})
    most = ORGANISATION_MAX_SHARE * searcher.doc_count_all()
    return [
        value
        for value in _whole(values, wanted, fold=False) or _whole(values, wanted, fold=True)
        if searcher.doc_frequency("organisation", value) <= most
    ]


def _organisations(reader: IndexReader) -> dict[str, set[str]]:
    """The reader's organisations by each of their words (also without å, ä, ö), read once
    per reader."""
    table = _organisation_tables.get(reader)
    if table is None:
        table = {}
        for value in reader.lexicon("organisation"):
            text = lexicon_text(value)
            for word in _words(text):
                table.setdefault(word, set()).add(text)
                table.setdefault(fold_accents(word), set()).add(text)
        _organisation_tables[reader] = table
    return table


# Each open reader's organisations by word, gone with the reader.
_organisation_tables: weakref.WeakKeyDictionary[IndexReader, dict[str, set[str]]] = (
    weakref.WeakKeyDictionary()
)


def placeholder_for(placeholders: dict[str, list[str]], values: list[str]) -> str:
    """A placeholder term for a field's `values` in a query's text (a person's names, a
    span's years, a session's documents), kept in `placeholders`: the parser reads one
    word where the values (names with spaces, hundreds of ids) would be many; with_values
    puts them in."""
    placeholder = f"kbvalues{len(placeholders)}"
    placeholders[placeholder] = values
    return placeholder


def with_values(query: Query, placeholders: dict[str, list[str]]) -> Query:
    """`query` with each placeholder term (placeholder_for) as its values."""
    if isinstance(query, Term) and query.text in placeholders:
        values = [Term(query.fieldname, v, boost=query.boost) for v in placeholders[query.text]]
        return values[0] if len(values) == 1 else Or(values)
    return query.apply(lambda child: with_values(child, placeholders))


def _whole(values: list[str], names: list[list[str]], fold: bool) -> list[str]:
    """The values with a run of whole words that is one of `names`."""
    wanted = _compared(names, fold)
    return [
        v
        for v in values
        if any(_has_run(_compared([_words(v)], fold)[0], n, False) for n in wanted)
    ]


def _starting(values: list[str], names: list[list[str]], fold: bool) -> list[str]:
    """The values with a run of words starting with those of one of `names`."""
    wanted = _compared(names, fold)
    return [
        v for v in values if any(_has_run(_compared([_words(v)], fold)[0], n, True) for n in wanted)
    ]


def _compared(names: list[list[str]], fold: bool) -> list[list[str]]:
    """Names' words as compared: without å, ä, ö when `fold`."""
    return [[fold_accents(w) for w in name] for name in names] if fold else names


def _names(typed: str) -> list[list[str]]:
    """The words of what was typed, and of every other name it goes by."""
    lowered = typed.strip().lower()
    names = [_words(typed)]
    for group in SYNONYM_GROUPS:
        if lowered in (name.lower() for name in group):
            names.extend(_words(name) for name in group if name.lower() != lowered)
    return [n for n in names if n]


def _words(value: str) -> list[str]:
    return _WORD.findall(value.lower())


def _has_run(words: list[str], wanted: list[str], prefix: bool) -> bool:
    """Whether `wanted` stands in `words` as a run (each word a prefix of its match if prefix)."""
    width = len(wanted)
    for start in range(len(words) - width + 1):
        window = words[start : start + width]
        if all(
            (w.startswith(x) if prefix else w == x) for w, x in zip(window, wanted, strict=True)
        ):
            return True
    return False


def _kind_query(searcher: Searcher, q: Query, notices: list[str]) -> Query:
    typed = _typed(q)
    if typed is None:
        return q
    value = typed.lower().rstrip("*")
    kinds = [
        kind
        for kind, name in KIND_NAMES.items()
        if value and any(n.startswith(value) or value.startswith(n) for n in (kind, name))
    ]
    if not kinds:
        names = ", ".join(KIND_NAMES.values())
        notice = f"Ingen typ heter »{typed}« (typer: {names})."
        # "typ:interpellation": a kind of document, not of passage.
        doctypes = [lexicon_text(v) for v in searcher.lexicon("doctype") if v]
        if match_values(typed, doctypes):
            notice += f" För dokumentets typ: dokumenttyp:{typed}."
        notices.append(notice)
        return NullQuery
    return _any_of("kind", kinds)


def _year_query(q: Query, notices: list[str]) -> Query:
    typed = _typed(q)
    if typed is None or isinstance(q, Prefix | Wildcard):
        return q
    span = YEAR_SPAN.fullmatch(typed.strip())
    if span:
        first, last = sorted(span.groups())
        return TermRange("year", first, last)
    if not re.fullmatch(r"\d{4}", typed.strip()):
        notices.append(f"»{typed}« är inget årtal; skriv till exempel år:2021 eller år:2019-2021.")
        return NullQuery
    return Term("year", typed.strip())


def _any_of(field: str, values: list[str]) -> Query:
    if len(values) == 1:
        return Term(field, values[0])
    return Or([Term(field, v) for v in values])


def resolve_filters(
    searcher: Searcher, typed: dict[str, list[str]]
) -> tuple[dict[str, list[str]], list[str]]:
    """Facet filters as a user types them (a name part, a kind in Swedish) as the index's
    values, and a notice for each that names none (it is kept, and finds nothing)."""
    resolved: dict[str, list[str]] = {}
    notices: list[str] = []
    for field, values in typed.items():
        found: list[str] = []
        known = (
            list(KIND_NAMES)
            if field == "kind"
            else [lexicon_text(v) for v in searcher.lexicon(field) if v]
        )
        for value in values:
            if field == "kind":
                matched = [k for k, name in KIND_NAMES.items() if value.lower() in (k, name)]
            elif value in known:
                matched = [value]
            else:
                matched = match_values(value, known)
            if not matched:
                notices.append(f"Ingen {FIELD_LABELS.get(field, field)} matchar »{value}«.")
                matched = [value]
            found.extend(m for m in matched if m not in found)
        resolved[field] = found
    return resolved, notices
