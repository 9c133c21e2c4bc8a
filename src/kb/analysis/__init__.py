"""Analysis: text in, the terms kb indexes and searches out (Swedish stems, compound parts,
names); also the passages' topics and grounds, and the query's synonyms.

The Swedish analyzer itself is in this module (a Whoosh analyzer).

Whoosh pickles the analyzer into the index by import path, so the functions
and classes here are top-level and keep their names; a change to what they
produce must bump ANALYZER_VERSION (kb.analysis.version, with what each version changed)
so that old indexes are detected as outdated.

One analyzer serves both sides, told apart by the `mode` Whoosh passes:

- index mode adds, at the position of the word they come from, the extra
  forms a searcher may type: the parts of a compound (with a lower boost, so
  the whole word ranks above its parts), the joined form of a hyphenated word
  ("lssinsats"), the elided first member of a coordination ("hälso- och
  sjukvård" also gives "hälsovård") and a reference as one unit
  ("sou2020:47"), and a name of several words from kb.analysis.vocab.SYNONYM_GROUPS as
  one term ("sver_kommun_region");
- query mode emits one token per word the user typed, in order, so a phrase
  query still lines up with the index, and a compound in the query is
  searched as the whole word instead of an OR of its parts, which would flood
  the results ("distansmöten" must not match every "möte").

A second analyzer, swedish_folded_analyzer, fills a field searched at a lower
weight with the same words folded to plain letters (å, ä → a; ö → o), so a
query typed without them ("vardanalys", "aldreomsorg", "carnlof") finds the
words with them. A query word that has å, ä or ö is not folded, so it never
matches there: "för" finds "för", never "for".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from whoosh.analysis import CompositeAnalyzer, Filter, Token, Tokenizer

from kb.analysis.compounds import elided_tail, split_compound
from kb.analysis.stemming import stem_word
from kb.analysis.version import ANALYZER_VERSION
from kb.analysis.vocab import SYNONYM_GROUPS
from kb.parse.vocab import STOPWORDS

__all__ = [
    "ANALYZER_VERSION",
    "SwedishCompoundFilter",
    "SwedishFoldStemFilter",
    "SwedishNameFilter",
    "SwedishStemFilter",
    "SwedishTokenizer",
    "analyze",
    "fold_accents",
    "stem_word",
    "swedish_analyzer",
    "swedish_folded_analyzer",
    "swedish_query_analyzer",
]

# Weight of a compound's part against the whole word (Whoosh sums token boosts into the
# posting's weight, which BM25F reads as term frequency): a passage that says "insatser"
# outranks one that only says "socialtjänstinsatser" for the query "insatser".
PART_BOOST = 0.5

# Kinds of token, kept on the token so later filters know what to do with it.
WORD = "word"  # an ordinary word: stemmed and, when indexing, split
JOINED = "joined"  # "lssinsatser" from "LSS-insatser": stemmed, not split
NAME = "name"  # a capital inside a sentence ("Hallengren", "Socialstyrelsen"): stemmed; an
# institution's first parts only (_institution_parts)
PART = "part"  # a compound's part: stemmed
LITERAL = "literal"  # numbers and references: left as they are

_REFERENCE_PREFIX = r"(?P<prefix>SOU|Ds|SFS|[Pp]rop\.|[Dd]ir\.|[Bb]et\.|[Rr]skr\.)"
_TOKEN_PATTERN = re.compile(
    # "SOU 2020:47", "prop. 2021/22:123", "SFS 2001:453", "Ds 2019:3"
    _REFERENCE_PREFIX + r"\s?(?P<refnum>\d{4}(?:/\d{2,4})?:\d+)\b"
    # "2020:47", "2021/22:123", "2020/21:SoU5", "3,5", "44 %"
    r"|(?P<number>\d+(?:[.,:/]\d+)*(?::[^\W\d_]{1,4}\d+)?)(?P<percent>\s?%)?"
    # words, hyphenated words ("LSS-insatser", "covid-19"); a genitive or
    # inflection after a colon is dropped ("IVO:s", "LSS:en")
    r"|(?P<word>[^\W\d_][^\W_]*(?:-[^\W_]+)*)"
    r"(?::(?:s|n|ns|en|ens|et|ets|ar|er|na|nas|arna|erna)\b)?"
    # the hyphen of an elided first member: "hälso- och", "hälso-, sjuk- och"
    r"(?P<elided>-(?=\s*(?:,|och\b|eller\b|samt\b|respektive\b)))?"
)
# A reference or a number that a query parser would split, for kb.analysis.expansion.
REFERENCE_PATTERN = re.compile(
    _REFERENCE_PREFIX + r"\s?\d{4}(?:/\d{2,4})?:\d+\b|\b\d+(?:[.,]\d+)*[:/]\d+(?:[:/][^\W_]+)*\b"
)
# Words that may stand between an elided member and the word completing it.
_COORDINATORS = frozenset({"och", "eller", "samt", "respektive"})


class SwedishTokenizer(Tokenizer):
    """Split Swedish text into lowercase words, numbers and references, stop words removed.

    `mode` forces "query" or "index" behaviour whatever Whoosh asks for; the
    default follows the mode of each call.
    """

    # Whether a word with a capital inside a sentence is a name (_is_name): in a passage's
    # text, not in titles and headings, which capitalise topics ("… (S) om Taxiföretag …").
    # A class default too: a tokenizer unpickled from an older schema has none of its own.
    names = True

    def __init__(self, mode: str = "", names: bool = True) -> None:
        self.mode = mode
        self.names = names

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: Any,
    ) -> Iterator[Token]:
        mode = self.mode or mode
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if not tokenize:
            _set(t, value.lower(), start_pos, start_char, start_char + len(value), WORD)
            yield t
            return
        indexing = mode != "query"
        names = indexing and self.names
        pos = start_pos
        matches = list(_TOKEN_PATTERN.finditer(value))
        for i, match in enumerate(matches):
            prefix, refnum, number, percent, word, elided = match.groups()
            start, end = start_char + match.start(), start_char + match.end()
            if word:
                word = word.lower()
                if "-" in word:
                    forms, width = _hyphen_forms(word, indexing)
                    for text, offset, kind, (first, last) in forms:
                        yield _set(t, text, pos + offset, start + first, start + last, kind)
                    pos += width
                    continue
                if len(word) < 2 or word in (STOPWORDS if indexing else _QUERY_STOPWORDS):
                    if not removestops:
                        yield _set(t, word, pos, start, end, stopped=True)
                    continue
                # The common case, inlined: this loop runs for every word indexed.
                kind = NAME if names and _is_name(value, match.start()) else WORD
                t.text, t.kind, t.boost, t.stopped = word, kind, 1.0, False
                if positions:
                    t.pos = pos
                if chars:
                    t.startchar, t.endchar = start, end
                yield t
                if elided and indexing:
                    tail = _completing_tail(matches, i)
                    if tail:
                        # "hälso- och sjukvård": "hälsovård" where "hälso" stands.
                        yield _set(t, word + tail, pos, start, end)
                pos += 1
            elif refnum:
                prefix = prefix.rstrip(".").lower()
                if indexing:
                    yield _set(t, prefix, pos, start, start + len(match.group("prefix")))
                    pos += 1
                    yield _set(t, refnum, pos, start, end, LITERAL)
                yield _set(t, prefix + refnum, pos, start, end, LITERAL)
                pos += 1
            else:
                yield _set(t, number + ("%" if percent else ""), pos, start, end, LITERAL)
                pos += 1


# What a sentence or a line may start after: a word with a capital after one of these is
# read as an ordinary word ("Socialstyrelsen ska", "– Sjukvården", "3 § Socialnämnden").
# Not "(": a capital after it is mostly a name cited ("(Socialstyrelsen 2020)").
_SENTENCE_STARTS = frozenset('.!?:;…–—-"”»«•*#|§\n\r')
# A list item's mark before a closing parenthesis: "1) Socialstyrelsen ska", "a) Sjukvården".
_ITEM_MARK = re.compile(r"(?:^|\s)(?:\d{1,3}|[a-zA-ZåäöÅÄÖ])\)$")


def _is_name(value: str, start: int) -> bool:
    """Whether the word at `start` of `value` is written as a name: a capital and a small
    letter, inside a sentence. Swedish writes nouns in small letters, so such a word names
    someone or something ("Lena Hallengren", "hos Socialstyrelsen", "Brandberg"): split as
    a compound, "hall" found every interpellation to Hallengren and "brand" Brandberg's
    press releases. A word first in its sentence or list item is read as an ordinary word."""
    if not value[start].isupper() or value[start : start + 2].isupper():
        return False
    before = start - 1
    while before >= 0 and value[before] in " \t\xa0":
        before -= 1
    if before < 0 or value[before] in _SENTENCE_STARTS:
        return False
    return not (value[before] == ")" and _ITEM_MARK.search(value, max(0, before - 5), before + 1))


def _set(
    t: Token,
    text: str,
    pos: int,
    startchar: int,
    endchar: int,
    kind: str = WORD,
    stopped: bool = False,
) -> Token:
    """Fill the shared token (Whoosh reuses one Token object for speed)."""
    t.text = text
    t.kind = kind
    t.boost = 1.0
    t.stopped = stopped
    if t.positions:
        t.pos = pos
    if t.chars:
        t.startchar, t.endchar = startchar, endchar
    return t


def _hyphen_forms(
    word: str, indexing: bool
) -> tuple[list[tuple[str, int, str, tuple[int, int]]], int]:
    """Forms of "lss-insatser" as (text, position offset, kind, char span), and positions used.

    Its pieces in order and, when indexing, the joined word at the first
    piece's position. A query keeps the pieces (so "LSS-insatser" also finds
    "insatser enligt LSS") unless one is too short to search alone: "e-post"
    is searched as "epost", not as "post".
    """
    pieces = word.split("-")
    spans = []
    offset = 0
    for piece in pieces:
        spans.append((offset, offset + len(piece)))
        offset += len(piece) + 1
    whole = (0, len(word))
    kept = [
        (piece, span)
        for piece, span in zip(pieces, spans, strict=True)
        if len(piece) >= 2 and piece not in STOPWORDS
    ]
    joined = "".join(pieces)
    if not kept or (not indexing and len(kept) < len(pieces)):
        return [(joined, 0, JOINED, whole)], 1
    forms = [(piece, n, WORD, span) for n, (piece, span) in enumerate(kept)]
    if indexing:
        forms.insert(1, (joined, 0, JOINED, whole))
    return forms, len(kept)


def _completing_tail(matches: list[re.Match[str]], i: int) -> str:
    """The end of the word completing an elided member: "vård" for "hälso- och sjukvård"."""
    for match in matches[i + 1 :]:
        word = match.group("word")
        if not word:
            return ""
        word = word.lower()
        if match.group("elided") or word in _COORDINATORS:
            continue
        return elided_tail(word)
    return ""


class SwedishCompoundFilter(Filter):
    """When indexing, add a compound's parts after it, at its position, with a lower boost."""

    is_morph = True

    def __init__(self, part_boost: float = PART_BOOST) -> None:
        self.part_boost = part_boost

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for t in tokens:
            if t.kind not in (WORD, NAME) or t.stopped or t.mode == "query":
                yield t
                continue
            parts = split_compound(t.text)
            if t.kind == NAME:
                parts = _institution_parts(parts)
            yield t
            for part in parts:
                t.text = part
                t.kind = PART
                t.boost = self.part_boost
                yield t


def _institution_parts(parts: tuple[str, ...]) -> tuple[str, ...]:
    """The parts a name is found by: none of a person's ("Hallen·gren", "Brand·berg"); an
    institution's, named as a thing in its definite form ("Polis·myndigheten", "Skol·verket",
    "Försäkrings·kassan"), by what it is of, not what it is: `polisen` finds
    "Polismyndigheten", `myndighet` does not."""
    if len(parts) > 1 and parts[-1].endswith(("en", "et", "an")) and len(parts[-1]) > 4:
        return parts[:-1]
    return ()


class SwedishStemFilter(Filter):
    """Stem each token with NLTK's Swedish Snowball stemmer and kb's exclusion list."""

    is_morph = True

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for t in tokens:
            if t.kind != LITERAL and not t.stopped:
                t.text = stem_word(t.text)
            yield t


def fold_accents(text: str) -> str:
    """`text` with å, ä, ö (and é, è, ü) as the plain letter a user types without them:
    Swedish letters and those of loanwords and names ("idé", "Müller")."""
    # Called for every word an ingest analyses, twice. str.translate took 830-930 ns a
    # word; here a word of ASCII letters only is returned as it is, and the others are
    # folded a letter at a time in 450 ns (no letter put in is one taken out).
    if text.isascii():
        return text
    return (
        text.replace("å", "a")
        .replace("ä", "a")
        .replace("ö", "o")
        .replace("é", "e")
        .replace("è", "e")
        .replace("ü", "u")
    )


class SwedishFoldStemFilter(Filter):
    """Stem and fold each token for the folded field.

    When indexing, only a word with å, ä or ö gives tokens (a word without
    them is in the text field as it is, and found there at full weight): its
    stem folded ("frågan": "frag") and, where it differs, the stem of the
    folded word ("fragan"). A query typed without accents is stemmed without
    the wordfreq forms kb.analysis.stemming reads, and the two together find 96% of a
    word's forms where either alone finds 93% (corpus/ and the regeringen
    pages: of the tokens of each accented word's stem group, those a query
    for the word without its accents finds). A query word keeps its accents,
    so that it matches nothing here.
    """

    is_morph = True

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for t in tokens:
            word = t.text
            if t.mode == "query":
                if t.kind != LITERAL and not t.stopped:
                    t.text = stem_word(word)
                yield t
                continue
            plain = fold_accents(word)
            if plain == word:
                continue
            if t.kind == LITERAL or t.stopped:
                t.text = plain
                yield t
                continue
            t.text = fold_accents(stem_word(word))
            yield t
            stem = stem_word(plain)
            if stem != t.text:
                t.text = stem
                yield t


# A query typed without accents drops the stop words it folds ("for", "pa", "nar"), which
# would otherwise be required words that no passage holds: "sarskilt boende for aldre".
_QUERY_STOPWORDS = STOPWORDS | frozenset(fold_accents(word) for word in STOPWORDS)


class SwedishNameFilter(Filter):
    """When indexing, add one token for each name of several words in kb.analysis.vocab.SYNONYM_GROUPS
    ("Sveriges Kommuner och Regioner" gives "sver_kommun_region" where "Sveriges" stands).

    A query for the name (or for its acronym, which kb.search.query expands to
    it) then looks up one term instead of a phrase over three common words:
    "SKR" took 70 ms as a phrase on the interpellations. The words are joined
    with "_", which no word token contains.
    """

    is_morph = True

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        by_last = _names_by_last_term()
        seen: dict[int, tuple[set[str], int]] = {}  # position -> (stems there, startchar)
        for t in tokens:
            yield t
            if t.kind not in (WORD, NAME) or t.stopped or t.mode == "query" or not t.positions:
                continue
            pos = t.pos
            stems, start = seen.get(pos, (set(), t.startchar if t.chars else 0))
            stems.add(t.text)
            seen[pos] = (stems, start)
            if len(seen) > _NAME_WINDOW:
                del seen[min(seen)]
            for terms in by_last.get(t.text, ()):
                first = pos - len(terms) + 1
                if all(term in seen.get(first + n, ((),))[0] for n, term in enumerate(terms)):
                    text, kind, boost = t.text, t.kind, t.boost
                    chars = (t.startchar, t.endchar) if t.chars else None
                    t.text, t.kind, t.boost, t.pos = name_token(terms), LITERAL, 1.0, first
                    if chars:
                        t.startchar = seen[first][1]
                    yield t
                    # Restore what the filters upstream go on from (they reuse this token).
                    t.text, t.kind, t.boost, t.pos = text, kind, boost, pos
                    if chars:
                        t.startchar, t.endchar = chars


# The positions a name may span.
_NAME_WINDOW = 12


def name_token(terms: tuple[str, ...] | list[str]) -> str:
    """The term kb indexes for a name of several words, given its analysed terms."""
    return "_".join(terms)


@lru_cache(maxsize=1)
def multiword_names() -> frozenset[tuple[str, ...]]:
    """The analysed terms of each name of several words in kb.analysis.vocab.SYNONYM_GROUPS."""
    found = set()
    for group in SYNONYM_GROUPS:
        for name in group:
            terms = tuple(term for term, _, _ in query_terms(name))
            if 1 < len(terms) <= _NAME_WINDOW:
                found.add(terms)
    return frozenset(found)


@lru_cache(maxsize=1)
def _names_by_last_term() -> dict[str, tuple[tuple[str, ...], ...]]:
    by_last: dict[str, list[tuple[str, ...]]] = {}
    for terms in multiword_names():
        by_last.setdefault(terms[-1], []).append(terms)
    return {last: tuple(names) for last, names in by_last.items()}


def swedish_analyzer() -> CompositeAnalyzer:
    """kb's analyzer for Swedish text fields: index mode adds compound parts, joined forms and
    names of several words as one term."""
    return CompositeAnalyzer(
        SwedishTokenizer(), SwedishCompoundFilter(), SwedishStemFilter(), SwedishNameFilter()
    )


def swedish_folded_analyzer() -> CompositeAnalyzer:
    """kb's analyzer for the folded field: the words and compound parts of swedish_analyzer that
    have å, ä or ö, without them (names of several words are left to the text field)."""
    return CompositeAnalyzer(SwedishTokenizer(), SwedishCompoundFilter(), SwedishFoldStemFilter())


def swedish_query_analyzer() -> CompositeAnalyzer:
    """The same analysis as a user's query gets: one stemmed token per word, in order."""
    return CompositeAnalyzer(SwedishTokenizer(mode="query"), SwedishStemFilter())


def analyze(text: str, mode: str = "index") -> list[str]:
    """The terms kb indexes (or, with mode="query", searches) for `text`."""
    analyzer = swedish_query_analyzer() if mode == "query" else swedish_analyzer()
    return [t.text for t in analyzer(text, mode=mode)]


def query_terms(text: str) -> list[tuple[str, int, int]]:
    """(stem, start, end) for each word of a query as the query analyzer reads it."""
    analyzer = swedish_query_analyzer()
    return [(t.text, t.startchar, t.endchar) for t in analyzer(text, chars=True, mode="query")]
