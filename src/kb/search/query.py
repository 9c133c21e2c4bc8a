"""kb's query language: words, phrases, AND/OR/NOT and OCH/ELLER/INTE, -word, field:value.

A query is checked before Whoosh parses it, because Whoosh reads almost any
text without complaint and silently drops what it does not understand ("(a b"
finds nothing, "foo:bar" searches two words). A query that does not hold
together (an unclosed quote or parenthesis, an operator with nothing on one
side, an unknown field, "a:b:c") is searched as plain words instead, and a
notice in Swedish says why.

A valid query is rewritten for Whoosh (field names in Swedish or English mapped
to index fields, "-word" to NOT), expanded by kb.analysis.expansion (acronyms and
names, references kept as one unit), parsed, and its values for exact-valued
fields (speaker, organisation, …) are resolved against the index by
kb.search.values.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass

from whoosh.fields import Schema
from whoosh.index import Index
from whoosh.qparser import MultifieldParser, OperatorsPlugin, RangePlugin
from whoosh.query import Every, NullQuery, Phrase, Query, Term
from whoosh.searching import Searcher

from kb.analysis import fold_accents, multiword_names, name_token
from kb.analysis.compounds import split_compound
from kb.analysis.expansion import (
    SynonymTable,
    expand_synonyms,
    find_synonyms,
    law_numbers,
    quote_references,
    synonym_table,
)
from kb.index import read_synonyms
from kb.parse.vocab import STOPWORDS
from kb.search.acronyms import defined_acronyms
from kb.search.settings import COMPOUND_PARTS_BOOST, FOLDED_BOOST, MIN_WILDCARD_PREFIX
from kb.search.values import resolve_values
from kb.search.vocab import QUERY_FIELD_ALIASES, QUERY_OPERATORS

log = logging.getLogger(__name__)

SEARCH_FIELDS = ("title", "heading", "text")
# A passage matches on its own heading and text; its document's title only
# raises a passage that matches (kb.search.ranking), unless asked for (titel:…).
MATCH_FIELDS = ("heading", "text")
# Query-time weights on top of the schema's field_boost (title 2.0, heading
# 1.5, text 1.0), which already rank a title or heading match above the body.
# bench/relevance.py, nDCG@10 over all 46 queries with these query weights for
# title/heading: 1.0/1.0: 0.755, 2.0/1.5: 0.750, 0.5/0.75: 0.755, ~0: 0.696.
FIELD_BOOSTS = {"title": 1.0, "heading": 1.0, "text": 1.0}
# The folded field (kb.index: accented words of heading and text without å, ä, ö),
# searched beside the others at FOLDED_BOOST so the exact form ranks above the folded one.
FOLDED_FIELD = "folded"

# Endings a word may carry after a colon ("IVO:s", "LSS:en"): such a word is
# not a field filter. The same list as kb.analysis's tokenizer drops.
_COLON_ENDINGS = frozenset(
    {"s", "n", "ns", "en", "ens", "et", "ets", "ar", "er", "na", "nas", "arna", "erna"}
)
_OPERATORS = {word: op for op, words in QUERY_OPERATORS.items() for word in words}
# A quoted phrase (perhaps never closed), a parenthesis, or a run of anything else.
_LEXEME = re.compile(r'"[^"]*"?|[()]|[^\s()"]+')
# Characters that mean something to Whoosh's parser, dropped from plain words.
_SYNTAX = re.compile(r"[\"():*?^~\[\]{}+!\\]")
_PLAIN_NOTICE = "{reason}, så frågan söktes som vanliga ord."
# The Swedish field names, for a notice about an unknown field.
_FIELD_HELP = (
    "talare, organisation, typ, år, mottagare, ämne, dokumenttyp, författare, titel, rubrik"
)


@dataclass(frozen=True)
class _Token:
    kind: str  # word | phrase | field | open | close | and | or | not | skip
    text: str  # as the parser should see it
    start: int
    end: int
    plain: str = ""  # what the token is as plain words


class QuerySyntaxError(ValueError):
    """A query that does not hold together; the message is the reason in Swedish."""


_CHUNK = re.compile(r'"[^"]*"?|[^\s"]+')
_WILDCARDS = "*?"
_QUESTION_END = re.compile(r"[!.,;]*\?[?!.,;]*$")


def tame_wildcards(text: str) -> tuple[str, tuple[str, ...]]:
    """The query with the wildcards Whoosh would expand against a whole field taken out,
    and a notice for each word so changed.

    A "?" that ends a word ends a question ("hur fungerar hemtjänsten?", "talare:carnlöf?"):
    it goes without a notice (Whoosh read it as "one more letter", and the word found
    nothing). Wildcards that open a word go, a word with fewer than MIN_WILDCARD_PREFIX
    letters before its first wildcard is searched without its wildcards, and wildcards
    alone ("-*") are punctuation. Phrases are left as typed, and so are the values of the
    facet fields (few values, read by kb.search.values), but not those of titel: and rubrik:.
    """
    notices: list[str] = []

    def tame(match: re.Match[str]) -> str:
        chunk = match.group()
        if chunk.startswith('"') or not any(c in chunk for c in _WILDCARDS):
            return chunk
        core = chunk.lstrip("-(")
        head = chunk[: len(chunk) - len(core)]
        word = core.rstrip(")")
        tail = core[len(word) :]
        if not any(c.isalnum() for c in word):
            # Wildcards alone match every term ("-*" took 7 s): punctuation, which the
            # search leaves out.
            return head.replace("-", "") + "." + tail
        # "?", "?!", "?." after a word end a question.
        ending = _QUESTION_END.search(word)
        asked = word[: ending.start()] if ending else word
        name, colon, value = asked.rpartition(":")
        if colon and QUERY_FIELD_ALIASES.get(name.lower()) not in SEARCH_FIELDS:
            return head + asked + tail  # a facet's value, or "IVO:s", "2001:453"
        tamed = value.lstrip(_WILDCARDS)
        first = min((i for i, c in enumerate(tamed) if c in _WILDCARDS), default=len(tamed))
        if first < MIN_WILDCARD_PREFIX:
            tamed = "".join(c for c in tamed if c not in _WILDCARDS)
        if tamed != value:
            notices.append(
                f"»{value}« söktes som »{tamed}«: * och ? gäller efter minst "
                f"{MIN_WILDCARD_PREFIX} bokstäver i ordet."
            )
        return head + name + colon + tamed + tail

    return _CHUNK.sub(tame, text), tuple(notices)


def parse_query(
    ix: Index, text: str, searcher: Searcher | None = None
) -> tuple[Query, tuple[str, ...]]:
    """A Whoosh query for the user's text, and notices for the user (in Swedish).

    Field values are resolved against the index with `searcher` (one is opened
    when none is given and the query has field filters).
    """
    if not text.strip():
        return Every(), ()
    notices: list[str] = []
    synonyms = _synonyms(ix, searcher, text)
    try:
        tokens = tokenize_query(text)
        # A word of a name kb.analysis.expansion will expand stays whole: its compound parts
        # would break the name ("hälso- och (sjukvårdslagen OR …)").
        names = [(m.start, m.end) for m in find_synonyms(text, synonyms)]
        prepared = _rebuild(text, tokens, names)
    except QuerySyntaxError as exc:
        log.info("query %r read as plain words: %s", text, exc)
        notices.append(_PLAIN_NOTICE.format(reason=exc))
        prepared = plain_words(text)
    if not prepared.strip():
        return Every(), tuple(notices)
    expanded, also = expand(prepared, synonyms)
    notices.extend(also)
    # A searcher keeps one schema object; FileIndex.schema reads it from disk on each call,
    # so the parser cache below never hit (a new parser for every query).
    schema = searcher.schema if searcher is not None else ix.schema
    query = _names_as_terms(_parser(schema).parse(expanded))
    if searcher is not None:
        query = _without_absent_folded(query, searcher)
    if _has_exact_fields(query):
        if searcher is None:
            with ix.searcher() as own:
                query = resolve_values(own, query, notices)
        else:
            query = resolve_values(searcher, query, notices)
    return query, tuple(notices)


# Parsers by schema; the schema is kept with its parser so its id is not reused.
_parsers: dict[int, tuple[Schema, MultifieldParser]] = {}


def _parser(schema: Schema) -> MultifieldParser:
    cached = _parsers.get(id(schema))
    if cached is None or cached[0] is not schema:
        if len(_parsers) > 8:
            _parsers.clear()
        cached = _parsers[id(schema)] = (schema, _new_parser(schema))
    return cached[1]


def _new_parser(schema: Schema) -> MultifieldParser:
    fields = [*MATCH_FIELDS, FOLDED_FIELD] if FOLDED_FIELD in schema else list(MATCH_FIELDS)
    boosts = {**FIELD_BOOSTS, FOLDED_FIELD: FOLDED_BOOST}
    parser = MultifieldParser(fields, schema, fieldboosts=boosts)
    # Whoosh reads "[a TO b]" and "{a b}" as ranges of terms, and found its "TO" inside a
    # word: "[tomma] {arbetspass}" was "[ TO mma]", every term up to "mma", 145 s on
    # 45,000 passages (bench/web_load.py --hostile). kb's dates have filters of their own;
    # brackets are punctuation here.
    parser.remove_plugin_class(RangePlugin)
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
    return parser


def tokenize_query(text: str) -> list[_Token]:
    """The query's tokens, or QuerySyntaxError with the reason (in Swedish) it does not hold."""
    tokens: list[_Token] = []
    for match in _LEXEME.finditer(text):
        lexeme, start = match.group(), match.start()
        if (
            lexeme == "-"
            and text.startswith('"', match.end())
            and (start == 0 or text[start - 1].isspace())
        ):
            # -"en fras" leaves the phrase out, as -word leaves the word (it was a lone "-"
            # and the phrase, required).
            tokens.append(_Token("not", "NOT ", start, match.end()))
            continue
        tokens.extend(_classify(lexeme, start, tokens))
    _check_structure(tokens, text)
    return tokens


def _classify(lexeme: str, start: int, before: list[_Token]) -> list[_Token]:
    end = start + len(lexeme)
    if lexeme.startswith('"'):
        if len(lexeme) == 1 or not lexeme.endswith('"'):
            raise QuerySyntaxError("Ett citattecken saknar sin avslutning")
        return [_Token("phrase", lexeme, start, end, lexeme.strip('"'))]
    if lexeme in "()":
        return [_Token("open" if lexeme == "(" else "close", lexeme, start, end)]
    if lexeme in _OPERATORS:
        return [_Token(_OPERATORS[lexeme], lexeme, start, end)]
    if lexeme.startswith("-") and (not before or before[-1].end < start):
        word = lexeme.lstrip("-")
        if not word:
            return [_Token("skip", "", start, end)]  # a lone "-" says nothing
        # "-word" excludes the word, as in web search engines.
        word_start = end - len(word)
        return [_Token("not", "NOT ", start, word_start), *_classify(word, word_start, [])]
    name, colon, value = lexeme.partition(":")
    if not colon or not name[:1].isalpha() or value.lower() in _COLON_ENDINGS:
        # "IVO:s", "2020:47", "13:00" are words
        return [_Token("word", lexeme, start, end, lexeme)]
    if ":" in value:
        raise QuerySyntaxError(f"»{lexeme}« har fler kolon än ett fält:värde")
    field = QUERY_FIELD_ALIASES.get(name.lower())
    if field is None:
        raise QuerySyntaxError(f"Det finns inget fält som heter »{name}« (fält: {_FIELD_HELP})")
    return [_Token("field", f"{field}:{value}", start, end, value)]


def _check_structure(tokens: list[_Token], text: str) -> None:
    """Raise QuerySyntaxError for dangling operators, unbalanced parentheses, empty fields."""
    depth = 0
    expect_operand = True
    previous: _Token | None = None
    for i, token in enumerate(tokens):
        if token.kind == "skip":
            continue
        if token.kind == "field" and token.text.endswith(":"):
            following = tokens[i + 1] if i + 1 < len(tokens) else None
            if following is None or following.start != token.end or following.kind == "close":
                raise QuerySyntaxError(f"Fältet »{text[token.start : token.end]}« saknar värde")
            if following.kind not in ("phrase", "open"):
                raise QuerySyntaxError(f"Fältet »{text[token.start : token.end]}« saknar värde")
            expect_operand = True
        elif token.kind == "open":
            depth += 1
            expect_operand = True
        elif token.kind == "close":
            if depth == 0:
                raise QuerySyntaxError("En högerparentes saknar sin vänsterparentes")
            if previous is not None and previous.kind == "open":
                raise QuerySyntaxError("Ett par parenteser är tomt")
            if expect_operand:
                raise QuerySyntaxError(_dangling(previous, text))
            depth -= 1
            expect_operand = False
        elif token.kind in ("and", "or"):
            if expect_operand:
                raise QuerySyntaxError(_dangling(token, text))
            expect_operand = True
        elif token.kind == "not":
            if previous is not None and previous.kind == "not":
                # Whoosh's parser fails on a NOT right after a NOT (IndexError).
                raise QuerySyntaxError(_dangling(previous, text))
            expect_operand = True
        else:
            expect_operand = False
        previous = token
    if depth:
        raise QuerySyntaxError("En vänsterparentes saknar sin högerparentes")
    if previous is not None and expect_operand:
        raise QuerySyntaxError(_dangling(previous, text))


def _dangling(token: _Token | None, text: str) -> str:
    word = text[token.start : token.end] if token is not None else ""
    return f"Operatorn »{word}« saknar ett sökord på ena sidan"


def _rebuild(text: str, tokens: list[_Token], whole: Sequence[tuple[int, int]] = ()) -> str:
    """The query as Whoosh should read it: fields renamed, "-word" as NOT, compounds also
    searched as their parts (except within the spans `whole`), the rest as typed."""
    pieces = []
    last = 0
    for i, token in enumerate(tokens):
        pieces.append(text[last : token.start])
        negated = i > 0 and tokens[i - 1].kind == "not"
        kept = negated or any(start <= token.start < end for start, end in whole)
        pieces.append(token.text if kept else _with_parts(token))
        last = max(last, token.end)
    pieces.append(text[last:])
    return "".join(pieces)


def _with_parts(token: _Token) -> str:
    """A compound as itself or, weighted lower, all its parts in one passage:
    "distansmöten" also finds "möten på distans"; a hyphenated word as itself or all its
    pieces: "LSS-insatser" also finds "insatser enligt LSS"."""
    if token.kind == "word" and "-" in token.text.strip("-"):
        return _hyphenated(token.text)
    if token.kind != "word" or not token.text.isalpha():
        return token.text
    parts = split_compound(token.text.lower())
    if not parts:
        return token.text
    # The parts are looked for in the body text only: in title and heading too
    # they made every query with a compound a third slower (bench/search_latency.py).
    # AND written out: the words of a loose query are ORed (kb.search.ranking).
    # A word typed without å, ä, ö ("brottsofferstod") has its parts also looked for as the
    # folded field has them, as the whole word is (a part the index lacks folded is left out
    # of the query, kb.search.query._without_absent_folded): "stod" finds "stöd".
    if fold_accents(token.text) == token.text:
        apart = " AND ".join(
            f"(text:{part} OR {FOLDED_FIELD}:{part}^{FOLDED_BOOST})" for part in parts
        )
    else:
        apart = " AND ".join(f"text:{part}" for part in parts)
    return f"({token.text} OR ({apart})^{COMPOUND_PARTS_BOOST})"


def _hyphenated(word: str) -> str:
    """A hyphenated word as its joined form (which the index holds for it, kb.analysis) or
    all its pieces in one passage. Left to the analyzer, its pieces were ORed in a query
    of plain words: "EU-migranter" found every passage with "EU"."""
    pieces = hyphen_pieces(word)
    if not pieces:
        return word
    return f"({''.join(pieces)} OR ({' AND '.join(pieces)}))"


# The query language's operators as written (in capitals): no hyphenated word's piece.
_OPERATOR_WORDS = frozenset(word for words in QUERY_OPERATORS.values() for word in words)


def hyphen_pieces(word: str) -> list[str]:
    """The pieces of a hyphenated word searched as words ("EU-migranter": EU, migranter), or
    none for one the analyzer reads whole or not at all ("hälso-", "e-post", "2020-2021")."""
    pieces = word.split("-")
    if len(pieces) < 2 or not all(len(p) >= 2 and p.isalnum() for p in pieces):
        return []
    if any(p in _OPERATOR_WORDS for p in pieces):
        return []  # "NOT-Britt" put NOT alone into the query: an IndexError, a 500
    if not any(c.isalpha() for c in word) or any(p.lower() in STOPWORDS for p in pieces):
        return []
    return pieces


def plain_words(text: str) -> str:
    """The words of a query without its syntax; field filters that hold are kept."""
    words: list[str] = []
    for match in _LEXEME.finditer(text):
        lexeme = match.group()
        if lexeme in _OPERATORS:
            continue
        try:
            tokens = _classify(lexeme, 0, [])
        except QuerySyntaxError:
            tokens = []
        fields = [t for t in tokens if t.kind == "field"]
        if fields:
            # A filter that holds is kept; a field name without a value is no word.
            words.extend(t.text for t in fields if not t.text.endswith(":"))
            continue
        word = lexeme.lstrip("-")
        name, colon, value = word.partition(":")
        if colon and value.lower() not in _COLON_ENDINGS and name[:1].isalpha():
            word = word.replace(":", " ")
        # An unclosed quote can hold an operator ('" AND'): without the quote it is one.
        words.extend(w for w in _SYNTAX.sub(" ", word).split() if w not in _OPERATORS)
    return " ".join(words)


def _synonyms(ix: Index, searcher: Searcher | None, text: str = "") -> SynonymTable:
    """kb's synonym groups with those the index holds from synonyms.toml files, and those of
    the acronyms of the query `text` that the passages define (kb.search.acronyms)."""
    if searcher is None:
        with ix.searcher() as own:
            return searcher_synonyms(own, text)
    return searcher_synonyms(searcher, text)


def searcher_synonyms(searcher: Searcher, text: str = "") -> SynonymTable:
    """kb's synonym groups with those the searcher's index holds (synonyms.toml files), and
    the acronyms of the query `text` that its passages define."""
    table = synonym_table(read_synonyms(searcher))
    defined = defined_acronyms(searcher, text, table) if text else ()
    return table.extended(defined) if defined else table


# The words a NOT is written with in a query as kb.search.query hands it to the parser.
_NEGATIONS = tuple(QUERY_OPERATORS["not"])


def expand(text: str, synonyms: SynonymTable | None = None) -> tuple[str, list[str]]:
    """The query with references quoted and each acronym or name ORed with the other names
    it goes by (kb.analysis.expansion), and a "Söker även på …" notice for each."""
    table = synonyms or synonym_table()
    quoted = quote_references(law_numbers(text, table), table)
    # Not in the terms a query's readings add (kb.search.readings, kb.search.persons:
    # "year:2019^16", "author:kbvalues0"), blanked where they stand: analysed, a placeholder
    # no word table holds made a search of known words load Snowball (0.5 s of nltk).
    blanked = _READING_TERM.sub(lambda m: " " * len(m.group()), quoted)
    matches = find_synonyms(blanked, table)
    notices = []
    for match in matches:
        names = [f"»{a}«" for a in match.alternatives]
        others = " och ".join([", ".join(names[:-1]), names[-1]] if len(names) > 1 else names)
        # "-covid" (NOT covid) leaves out the passages with the other names too.
        negated = quoted[: match.start].rstrip("( ").endswith(_NEGATIONS)
        verb = "Utesluter även" if negated else "Söker även på"
        notices.append(f"{verb} {others} för »{match.text}«.")
    return expand_synonyms(quoted, matches), notices


# A term of an exact-valued field as kb's readings write it into a query's text.
_READING_TERM = re.compile(
    r"(?<![\w:])(?:year|doc_id|doctype|kind|author|addressee|speaker|organisation|references)"
    r":(?:\"[^\"]*\"|[^\s()]+)"
)


def _names_as_terms(query: Query) -> Query:
    """The query with each phrase that is a name of several words (kb.analysis.vocab.SYNONYM_GROUPS) looked
    up as the one term the index holds for it (kb.analysis.SwedishNameFilter): one posting
    list instead of a phrase over common words, and weighted as one word."""
    if isinstance(query, Phrase):
        if query.slop <= 1 and tuple(query.words) in multiword_names():
            return Term(query.fieldname, name_token(query.words), boost=query.boost)
        return query
    return query.apply(_names_as_terms)


def _without_absent_folded(query: Query, searcher: Searcher) -> Query:
    """The query without its folded-field terms that the index lacks (every accented word's,
    most others'): each cost the matching of every hit, 3% of a four-word query's time."""
    reader = searcher.reader()

    def prune(q: Query) -> Query:
        if isinstance(q, Term) and q.fieldname == FOLDED_FIELD:
            return q if (FOLDED_FIELD, q.text) in reader else NullQuery
        return q.apply(prune)

    return prune(query).normalize()


def _has_exact_fields(query: Query) -> bool:
    return any(q.field() not in (*SEARCH_FIELDS, FOLDED_FIELD) for q in query.leaves() if q.field())
