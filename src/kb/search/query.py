"""kb's query language: words, phrases, AND/OR/NOT and OCH/ELLER/INTE, -word, field:value."""

from __future__ import annotations

import logging
import re

from whoosh.index import Index
from whoosh.qparser import FieldAliasPlugin, MultifieldParser, OperatorsPlugin
from whoosh.query import Every, Query

from kb.vocab import KIND_NAMES, QUERY_FIELD_ALIASES, QUERY_OPERATORS

log = logging.getLogger(__name__)

SEARCH_FIELDS = ("title", "heading", "text")

_KIND_BY_NAME = {name: kind for kind, name in KIND_NAMES.items()}


def _parser(ix: Index) -> MultifieldParser:
    parser = MultifieldParser(
        list(SEARCH_FIELDS), ix.schema, fieldboosts={"title": 2.0, "heading": 1.5, "text": 1.0}
    )
    words = {op: "|".join(tokens) for op, tokens in QUERY_OPERATORS.items()}
    parser.replace_plugin(
        OperatorsPlugin(
            And=rf"(?<=\s)(?:{words['and']})(?=\s)",
            Or=rf"(?<=\s)(?:{words['or']})(?=\s)",
            Not=rf"(^|(?<=(\s|[()])))(?:{words['not']})(?=\s)",
            AndNot=None,
            AndMaybe=None,
            Require=None,
        )
    )
    aliases: dict[str, list[str]] = {}
    for alias, name in QUERY_FIELD_ALIASES.items():
        if alias != name:
            aliases.setdefault(name, []).append(alias)
    parser.add_plugin(FieldAliasPlugin(aliases))
    return parser


_MINUS_WORD = re.compile(r"(^|\s)-(?=\w)")
_SYNTAX = re.compile(r"[\"():*?^~\[\]{}+\-!/\\]")


def parse_query(ix: Index, text: str) -> tuple[Query, tuple[str, ...]]:
    """A Whoosh query for the user's text, and notices when it had to be read as plain words."""
    if not text.strip():
        return Every(), ()
    # "-word" excludes the word, as in web search engines.
    prepared = _MINUS_WORD.sub(r"\1NOT ", text)
    prepared = re.sub(r"\b(kind|typ):(\S+)", _kind_value, prepared)
    parser = _parser(ix)
    try:
        return parser.parse(prepared), ()
    except Exception:  # noqa: BLE001 - Whoosh raises many kinds on odd syntax
        log.info("query %r read as plain words", text)
        plain = _SYNTAX.sub(" ", text)
        return parser.parse(plain), (
            "Frågan kunde inte tolkas som sökuttryck och söktes som vanliga ord.",
        )


def _kind_value(match: re.Match[str]) -> str:
    value = match.group(2).lower()
    return f"{match.group(1)}:{_KIND_BY_NAME.get(value, value)}"
