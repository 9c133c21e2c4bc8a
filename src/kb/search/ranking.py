"""Which passages a query matches, and what raises a passage that matches.

A query of plain words (and phrases, "-word", field:value) matches a passage
that covers enough of it, in the spirit of Elasticsearch's
`minimum_should_match`: every word of a query of one or two words (of a
question, of one), and beyond that a share of the query's weight, each word
weighing by its rarity (a passage with the rare words of a long question
matches without its common ones). Question words and light verbs
(kb.search.words) do not restrict the match at all, and a verb is also met by
the noun made from it ("förskrivs" by "förskrivningen", kb.analysis.derivation).
A query with AND, OR, NOT/INTE or parentheses is read as the query language
says (kb.search.query), all-or-nothing as before.

A passage matches on its own heading and text. Its document's title raises it
but cannot make it match (kb.search shows title-only passages after the
matches, uncounted, when there are few: kb.search.titles); query words side by side
in the text raise it, and at equal relevance a finding, quote or recommendation
ranks above "other" (kb.search.rerank).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace

from whoosh.index import Index
from whoosh.qparser import MultifieldParser, OrGroup
from whoosh.query import (
    And,
    AndMaybe,
    Every,
    NullQuery,
    Or,
    Phrase,
    Query,
    Term,
)
from whoosh.searching import Searcher

from kb.analysis import query_terms
from kb.analysis.expansion import SynonymTable, find_synonyms
from kb.search.coverage import Records, covering, whole_words
from kb.search.persons import read_names
from kb.search.query import (
    _PLAIN_NOTICE,
    FIELD_BOOSTS,
    MATCH_FIELDS,
    QuerySyntaxError,
    _names_as_terms,
    _parser,
    _synonyms,
    _Token,
    _with_parts,
    expand,
    parse_query,
    plain_words,
    tokenize_query,
)
from kb.search.readings import (
    amounts,
    as_metadata,
    collocations,
    compounds_apart,
    document_numbers,
    numbers_with_units,
    spans_of_time,
)
from kb.search.scoring import matching
from kb.search.settings import (
    ALL_REQUIRED_TERMS,
    COVERAGE_SHARE,
    LOOSER_SHARES,
    MAX_ANY_WORD_TERMS,
    MAX_QUERY_TERMS,
    PROXIMITY_BOOST,
    PROXIMITY_SLOP,
)
from kb.search.thesaurus import related_notices, related_words, with_alike
from kb.search.titles import with_title_boost
from kb.search.values import with_values
from kb.search.verbs import verb_nouns, with_verb_noun
from kb.search.words import not_asked

log = logging.getLogger(__name__)

# Notices of a long query that few passages cover (LOOSER_SHARES).
_LONG_LOOSER = "Inga stycken innehåller de flesta av frågans ord; visar stycken med färre av dem."
_MOST_WORDS = (
    "Inget stycke innehåller alla orden; träffarna har de flesta av dem (ett ovanligt ord "
    "väger mer än ett vanligt)."
)
# Words the "most words" notice names that no hit has: more are no help to read.
_MAX_LACKING = 2
_LONG_NOTHING = (
    "Inga stycken innehåller tillräckligt många av frågans ord. "
    "Skriv färre ord: de som säger vad du letar efter."
)


@dataclass(frozen=True)
class QueryPlan:
    """What Whoosh scores and the notices for the user; what fills a short page, and what
    re-ranks the first matches."""

    query: Query
    notices: tuple[str, ...] = ()
    # Passages with some of the query's words: shown after few matches (kb.search).
    partial: Query | None = None
    # Adjacent query words as loose phrases, for rerank_near.
    near: Query | None = None
    # One name of several words, one thing asked about as a word is (rerank_by_length).
    single: bool = False


def plan_query(ix: Index, searcher: Searcher, text: str, ranked: bool = True) -> QueryPlan:
    """The query to score for the user's text, with coverage and boosts (see the module).

    Without `ranked` (hits sorted by date) the title and proximity boosts are left out.
    """
    if not text.strip():
        return QueryPlan(Every())
    notices: tuple[str, ...] = ()
    try:
        tokens = tokenize_query(text)
    except QuerySyntaxError as exc:
        notices = (_PLAIN_NOTICE.format(reason=exc),)
        log.info("query %r read as plain words: %s", text, exc)
        text = plain_words(text)
        try:
            tokens = tokenize_query(text)
        except QuerySyntaxError:
            return QueryPlan(NullQuery, notices=notices)
    if _uses_operators(text, tokens):
        query, said = parse_query(ix, text, searcher)
        return QueryPlan(with_title_boost(query, ranked), notices=notices + said)
    plan = _loose_plan(ix, searcher, text, tokens, ranked)
    return replace(plan, notices=notices + plan.notices)


def _uses_operators(text: str, tokens: list[_Token]) -> bool:
    """Whether the query has AND/OR/NOT words or parentheses ("-word" is no operator here)."""
    return any(
        t.kind in ("and", "or", "open", "close") or (t.kind == "not" and text[t.start] != "-")
        for t in tokens
    )


def _loose_plan(
    ix: Index, searcher: Searcher, text: str, tokens: list[_Token], ranked: bool
) -> QueryPlan:
    """Plain words and phrases matched by coverage; "-word" and field:value as they say."""
    synonyms = _synonyms(ix, searcher, text)
    matches = find_synonyms(text, synonyms)
    names = [(m.start, m.end) for m in matches]
    # Each name's other names, to read a body's name as the passages it stands behind too.
    bodies = {(m.start, m.end): (m.text, *m.alternatives) for m in matches}
    # The places of the words that say how a question asks (kb.search.words); none, and no
    # word for collocations to move, outside a question.
    light = not_asked([t.text if t.kind == "word" else "" for t in tokens])
    if not light:
        # Not in a question, matched by coverage: "15 år" as one rare unit outweighed the
        # rest of "vad gör socialtjänsten när barn under 15 år begår brott" (regeringen-b
        # questions 0.63 -> 0.58; weighed as its rarest word, 0.48). Nor collocations
        # (kb.search.settings.COLLOCATION_SHARE), and not inside a name of the synonyms:
        # "våld i nära relationer" is searched with its synonyms as one name, and "nära
        # relationer" made a phrase of broke it (nothing found).
        tokens = collocations(searcher, numbers_with_units(tokens), names)
    content: list[_Token] = []
    seen: set[str] = set()
    constraints: list[str] = []
    dropped: list[str] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token.kind == "not" or (token.kind == "field" and token.text.endswith(":")):
            # "-word", or a field whose value is the next token (talare:"Anna Svensson"):
            # kept as typed, for parse_query to read.
            end = tokens[i + 1].end if i + 1 < len(tokens) else token.end
            constraints.append(text[token.start : end])
            i += 2
            continue
        if token.kind == "field":
            constraints.append(text[token.start : token.end])
        elif token.kind == "word" and i in light:
            dropped.append(token.text)
        elif token.kind == "word" and not any(c.isalnum() for c in token.text):
            pass  # punctuation; "?" and "*" alone would be Whoosh wildcards
        elif token.kind in ("word", "phrase") and token.text.lower() not in seen:
            seen.add(token.text.lower())  # a word said twice is one word
            content.append(token)
        i += 1
    notices: list[str] = []
    constraint = Every()
    if constraints:
        constraint, said = parse_query(ix, " ".join(constraints), searcher)
        notices.extend(said)
    units, words = _units(searcher, content, notices, synonyms, names, bodies)
    compounds_apart(searcher, content, notices, names)
    if not units:
        if constraint != Every() and not dropped and not content:
            return QueryPlan(with_title_boost(constraint, ranked), notices=tuple(notices))
        notices.append(_nothing_to_search(dropped, content))
        return QueryPlan(NullQuery, notices=tuple(notices))
    if len(units) > MAX_QUERY_TERMS:
        notices.append(f"Frågan är lång: bara de första {MAX_QUERY_TERMS} orden söktes.")
        units, words = units[:MAX_QUERY_TERMS], words[:MAX_QUERY_TERMS]
    # Passages with some of the words, by the words themselves: with the compounds'
    # parts apart (common words, such as "äldre", "omsorg") the union of them all took
    # 35 ms for "arbetsmiljön inom äldreomsorgen".
    # Not by a year, a document type or a document's number alone: "hemlöshet 2023" was
    # filled with passages dated 2023 on anything ("träda i kraft den 1 augusti 2023").
    topical = [unit for unit in units if not _read_as(unit, "year", "doctype", "doc_id")] or units
    whole = Or([whole_words(unit) for unit in topical])
    partial = None
    if len(units) > 1:
        some = whole if constraint == Every() else And([whole, constraint])
        # Their title raises them: ranked by the text alone, "vilka risker finns när
        # socialsekreterare arbetar på distans" lost the passages of the document
        # so titled (--set regeringen nDCG@10 0.52 with the title, 0 without).
        partial = with_title_boost(some, ranked)
    pinned = [unit for unit in units if _pins(unit)]
    if pinned and len(pinned) < len(units):
        # A document's number (readings.document_numbers) says which document: its passages
        # (and those citing the number) match, and the other words rank them; of several
        # numbers, any.
        # "2017/18:45 kritisk infrastruktur" found nothing: the words are in its title.
        rest = [unit for unit in units if unit not in pinned]
        match: Query = AndMaybe(Or(pinned) if len(pinned) > 1 else pinned[0], Or(rest))
    elif len(units) <= (1 if dropped else ALL_REQUIRED_TERMS):
        # A question's words are fewer than it looks ("vad ska socialdataregistret användas
        # till": two), and seldom all in the passage that answers it: from two words on, a
        # question is matched by coverage (kb.search.settings.ALL_REQUIRED_TERMS).
        match = And(units) if len(units) > 1 else units[0]
    else:
        # A long query has no any-word fallback (kb.search.fallbacks): its passages
        # with the most of its weight, said so, rather than nothing.
        looser = LOOSER_SHARES if len(units) > MAX_ANY_WORD_TERMS else ()
        covered, share, complete, absent = covering(searcher, units, COVERAGE_SHARE, looser)
        if not covered:
            if looser:
                notices.append(_LONG_NOTHING)
            return QueryPlan(NullQuery, notices=tuple(notices), partial=partial)
        if share < COVERAGE_SHARE:
            notices.append(_LONG_LOOSER)
        elif not complete:
            # "mäns våld mot kvinnor handlingsplan" listed 110 passages, none with
            # "handlingsplan", without a word of it. By the words themselves, as coverage
            # counts them: a passage with a compound's parts only ("möten på distans" for
            # "distansmöten") does not count, as it is no hit by them either. Also looking
            # for the parts (an AND of the units) cost 4-5 ms at p95 on the interpellations
            # (bench/search_latency.py, 35 -> 39 ms).
            lacking = [
                units[i] for i in absent if not _by_another_name(searcher, units[i], covered)
            ]
            notices.append(_MOST_WORDS + _lacking(content, lacking))
        # Matched by the covering records, scored by every unit each one has.
        match = AndMaybe(Records(covered), Or(units))
    if constraint != Every():
        match = And([match, constraint])
    near = _near(words) if ranked else None
    # A name of several words is one thing asked about, as one word is (the measured
    # case, --set regeringen-d); not a phrase, a number with its unit or a question.
    single = len(units) == 1 and len(content) > 1 and all(_capitalised(t) for t in content)
    return QueryPlan(with_title_boost(match, ranked), tuple(notices), partial, near, single)


def _by_another_name(searcher: Searcher, unit: Query, covered: frozenset[int]) -> bool:
    """Whether a covering record has a unit's word by a synonym or without its accents: the
    notice does not say that no hit has it ("Ingen av träffarna har »corona«" over a hit
    that says "covid-19")."""
    others = [q for q in getattr(unit, "subqueries", [unit]) if isinstance(q, Term | Phrase)]
    return bool(others) and not covered.isdisjoint(matching(searcher, Or(others)))


def _lacking(content: list[_Token], units: list[Query]) -> str:
    """What the notice of a query matched by most of its words adds of the words no hit
    has, as typed (a fifth blind audit: every hit of "varför får äldre vänta på särskilt
    boende" lacked "vänta", and the notice did not say so); "" when it cannot tell."""
    # By the words themselves, as coverage counts them: not a compound's parts ("äldre" of
    # "äldreomsorgen"), which a hit may have (a review).
    terms = {text for unit in units for _, text in whole_words(unit).iter_all_terms()}
    typed = [
        t.text
        for t in content
        if t.kind == "word" and (stems := query_terms(t.text)) and stems[0][0] in terms
    ]
    if not typed or len(typed) > _MAX_LACKING:
        return ""
    named = " och ".join(f"»{word}«" for word in typed)
    return f" Ingen av träffarna har {named}."


def _units(
    searcher: Searcher,
    content: list[_Token],
    notices: list[str],
    synonyms: SynonymTable,
    names: list[tuple[int, int]],
    bodies: dict[tuple[int, int], tuple[str, ...]],
) -> tuple[list[Query], list[str]]:
    """One query per word or phrase of `content` (compound parts, names and their synonyms,
    kb's own and the index's synonyms.toml groups, inside it: `names`, spans of the query),
    stop words left out; and the words that stand alone (for proximity)."""
    pieces = [
        token.text if any(s <= token.start < e for s, e in names) else _with_parts(token)
        for token in content
    ]
    # A document's number (with its series word), a year or a document type ("Rapporter
    # Karin Ek"): no name's word.
    read = document_numbers(searcher, content, pieces, notices)
    read |= amounts(content)  # "2000 kronor": words, not years
    placeholders: dict[str, list[str]] = {}  # each placeholder term's values (with_values)
    # A span of years, a riksmöte ("2019/20"): the passages of those years or documents.
    read |= spans_of_time(searcher, content, pieces, read, placeholders, notices)
    for i, token in enumerate(content):
        piece = pieces[i] if i in read else as_metadata(searcher, token, pieces[i], notices)
        if piece != pieces[i]:
            pieces[i] = piece
            read.add(i)
    pieces = read_names(searcher, content, pieces, bodies, read, placeholders, notices)
    expanded, said_synonyms = expand(" ".join(pieces), synonyms)
    notices.extend(said_synonyms)
    parsed = _loose_parser(searcher).parse(expanded, normalize=False)
    if placeholders:
        parsed = with_values(parsed, placeholders)
    children = parsed.subqueries if isinstance(parsed, Or) else [parsed]
    # Each word that is one term, with its stem: for the verbs' nouns and proximity.
    stems = {
        t.text: terms[0][0]
        for t in content
        if t.kind == "word" and len(terms := query_terms(t.text)) == 1
    }
    # A verb and the particle right after it ("följas upp"): the particle verb's noun.
    particles = {
        t.text: after.text
        for t, after in zip(content, content[1:], strict=False)
        if after.kind == "word" and after.start - t.end <= 1
    }
    nouns = verb_nouns(searcher, stems, particles)
    # A rare word's words of like meaning; not a word of kb's synonym groups (`names`).
    named = {t.text for t in content if any(s <= t.start < e for s, e in names)}
    searched = list(stems.items())[:MAX_QUERY_TERMS]  # a long query's first words only
    related = related_words(searcher, {w: stem for w, stem in searched if w not in named})
    notices.extend(related_notices(stems, related))
    units = []
    for child in children:
        unit = child.normalize()
        if unit is not NullQuery:
            unit = with_verb_noun(_names_as_terms(unit), nouns)
            units.append(with_alike(searcher, unit, related))
    return units, list(stems)


def _capitalised(token: _Token) -> bool:
    """Whether a token is a word written with a capital ("Brandberg")."""
    return token.kind == "word" and token.text[:1].isupper()


def _read_as(unit: Query, *fields: str) -> bool:
    """Whether a word's unit was also read as a value of one of `fields` (kb.search.readings:
    "year" a year, "doctype" a document type, "doc_id" a document's number)."""
    return not unit.is_leaf() and any(leaf.field() in fields for leaf in unit.leaves())


def _loose_parser(searcher: Searcher) -> MultifieldParser:
    """kb's query parser with words ORed, so that each word comes out as one subquery."""
    strict = _parser(searcher.schema)
    cached = _loose_parsers.get(id(strict))
    if cached is None or cached[0] is not strict:
        if len(_loose_parsers) > 8:
            _loose_parsers.clear()  # bounded as query._parsers is: each reader brings its schema
        loose = MultifieldParser(
            list(MATCH_FIELDS), searcher.schema, fieldboosts=FIELD_BOOSTS, group=OrGroup
        )
        loose.plugins = list(strict.plugins)  # the same operators and fields
        cached = _loose_parsers[id(strict)] = (strict, loose)
    return cached[1]


_loose_parsers: dict[int, tuple[MultifieldParser, MultifieldParser]] = {}


def _nothing_to_search(dropped: list[str], content: list[_Token]) -> str:
    """The notice for a query with no word to search: why, and what to type."""
    if dropped and not content:
        words = ", ".join(f"»{w}«" for w in dropped[:5])
        return (
            f"Frågan har bara frågeord och hjälpverb ({words}), som inte söks. "
            "Skriv vad frågan gäller, till exempel »hur fungerar hemtjänsten«."
        )
    if not content:
        return "Frågan innehåller inga ord att söka på. Skriv ett eller flera ord."
    return (
        "Frågan har bara vanliga småord (som »och«, »att«, »det«), som inte söks. "
        "Skriv ett ord som säger vad du letar efter."
    )


def _pins(unit: Query) -> bool:
    """Whether a word's unit was also read as a document's number (readings.
    document_numbers: its documents' ids at weight 1), which says which document; not as a
    riksmöte (readings.spans_of_time: ids at METADATA_WEIGHT, as a year's date), whose
    passages the other words must still find ("äldreomsorg 2019/20" listed every passage
    of the session)."""
    return any(leaf.field() == "doc_id" and leaf.boost == 1 for leaf in unit.leaves())


def _near(words: list[str]) -> Query | None:
    """Each pair of adjacent query words as a loose phrase in the text, ORed; None if none."""
    stems = [query_terms(w)[0][0] for w in words]
    pairs = [
        Phrase("text", [first, second], slop=PROXIMITY_SLOP, boost=PROXIMITY_BOOST)
        for first, second in zip(stems, stems[1:], strict=False)
        if first != second
    ]
    return (Or(pairs) if len(pairs) > 1 else pairs[0]) if pairs else None
