"""Searches to fall back on when a query of plain words finds nothing, and hints.

kb.search tries them in order when a query (and no correction of it) finds
nothing: without the words no passage has; with each compound's parts as words
of their own (matched by coverage, kb.search.ranking); passages with all the
words but one; passages with any of them. Also what a query's filters left
out, and how to quote a name of several words after a field.
"""

from __future__ import annotations

from dataclasses import dataclass

from whoosh.query import Phrase, Term
from whoosh.searching import Searcher

from kb.analysis import query_terms, swedish_folded_analyzer
from kb.analysis.compounds import split_compound
from kb.analysis.expansion import quote_references
from kb.search.persons import is_name_word
from kb.search.query import QuerySyntaxError, hyphen_pieces, plain_words, tokenize_query
from kb.search.settings import (
    MAX_ANY_WORD_TERMS,
    MAX_UNKNOWN_NAMED,
    MIN_SHARED_PREFIX,
    WORDS_BEGINNING_AS,
)
from kb.search.suggest import SPELLING_FIELDS, passages_with_all
from kb.search.vocab import QUERY_FIELD_ALIASES
from kb.search.words import NON_RESTRICTING, not_asked


@dataclass(frozen=True)
class Fallback:
    """Another reading of a query to search when it finds nothing, and the notice to show."""

    query: str
    notice: str


def fallbacks(searcher: Searcher, text: str) -> list[Fallback]:
    """Readings of a query of plain words that found nothing, to try in order.

    First without the words no passage has; then with each compound as its parts apart (a
    compound of the query is searched as itself or all its parts in one passage already,
    kb.search.query); then every way of leaving out one word, ORed (a passage with all
    words but one); then any of the words.
    """
    terms = _plain_terms(text)
    if terms is None or len(terms) < 2:
        return []
    found = []
    unknown = [t for t in terms if not _documents(searcher, t)]
    if any(quote_references(t) != t for t in unknown):
        # A reference no passage cites ("prop. 2019/20:150") is not found: without its
        # number the query was "prop.", every passage citing any bill.
        return []
    known = [t for t in terms if t not in unknown]
    if unknown and known:
        found.append(Fallback(" ".join(known), _without_notice(unknown)))
        terms = known
    apart = {
        t: parts for t in terms if t.isalpha() and t.islower() and (parts := split_compound(t))
    }
    if apart and len(terms) <= MAX_ANY_WORD_TERMS:
        # A compound's parts are searched together as one word of the query; apart, they
        # are words of their own, matched by coverage as any query of three words or more
        # is: "äldreomsorg kompetensbrist" finds "brist på kompetens i äldreomsorgen", and
        # "hedersrelaterat våld kompetens i socialtjänsten" (interpellations: nothing has
        # it all) the interpellation on "socialtjänstens kompetens om hedersförtryck" first
        # (nDCG@10 0.29 -> 0.91; only compounds no passage has whole, 0.29). Not a
        # capitalised word: a name ("Hallengren" is no "hallen gren").
        said = " och ".join(f"»{t}« som »{' '.join(p)}«" for t, p in apart.items())
        # Three words or more, matched by coverage: each passage lacks some word, which is
        # said ("assistansersättning Försäkringskassan indragning" showed passages without
        # "indragning" under a notice that named only the split).
        found.append(
            Fallback(
                " ".join(" ".join(apart[t]) if t in apart else t for t in terms),
                f"Inga stycken innehåller alla orden; söker {said} och visar stycken med de "
                "flesta av orden.",
            )
        )
    if 3 <= len(terms) <= MAX_ANY_WORD_TERMS:
        found.append(
            Fallback(
                _all_but_one(terms),
                "Inga stycken innehåller alla orden; visar stycken med alla utom ett.",
            )
        )
    if 2 <= len(terms) <= MAX_ANY_WORD_TERMS:
        found.append(
            Fallback(
                " OR ".join(terms),
                "Inga stycken innehåller alla orden; visar stycken med något av dem.",
            )
        )
    return found


def without_filters(text: str) -> tuple[str, str] | None:
    """A query of words and field filters (no operators) as its words alone and its
    filters as typed, to tell a user whom the filters left with nothing how many the words
    find; None for another query."""
    try:
        tokens = tokenize_query(text)
    except QuerySyntaxError:
        return None
    if any(t.kind not in ("word", "phrase", "field") for t in tokens):
        return None
    filters: list[str] = []
    words: list[str] = []
    for i, token in enumerate(tokens):
        typed = text[token.start : token.end]
        if i and tokens[i - 1].kind == "field" and tokens[i - 1].text.endswith(":"):
            filters[-1] += typed  # the field's value: talare:"Anna Svensson"
        else:
            (filters if token.kind == "field" else words).append(typed)
    if not filters or not words:
        return None
    return " ".join(words), " ".join(filters)


# Fields whose values are names of several words (a person's, a body's).
_NAME_FIELDS = frozenset({"speaker", "organisation", "addressee", "author", "publisher"})


def quoting_hint(text: str) -> str:
    """A notice for a field value followed by a capitalised word ("talare:Lena Hallengren":
    the filter took "Lena", the search "Hallengren"), saying how to write the name whole;
    "" for another query."""
    try:
        tokens = tokenize_query(text)
    except QuerySyntaxError:
        return ""
    for field, word in zip(tokens, tokens[1:], strict=False):
        name, _, value = text[field.start : field.end].partition(":")
        if (
            field.kind == "field"
            and QUERY_FIELD_ALIASES.get(name.lower()) in _NAME_FIELDS
            and value[:1].isupper()
            and word.kind == "word"
            and word.text[:1].isupper()
            and word.start == field.end + 1
        ):
            return f'Ett namn i flera ord skrivs inom citattecken: {name}:"{value} {word.text}".'
    return ""


def unknown_words_hint(searcher: Searcher, text: str) -> str:
    """For a query of plain words that found nothing: the words no passage has (the first
    MAX_UNKNOWN_NAMED), and the words of the texts that share the longest beginning with
    one of them ("knarkare" where the texts say "knarkande": »knarkande«, both begin
    with "knarka"), so that a user has somewhere to go; "" when every word is known (the
    words are there, not together) or the query is of another kind.

    "knarkare", "case manager", "utbrändhet" showed "0 träffar" and nothing else: they are
    common Swedish (or English), so no typo to correct, and no passage has them.
    """
    terms = _plain_terms(text)
    if not terms or any(any(c.isdigit() for c in t) for t in terms):
        return ""  # a number or a reference ("SOU 2020:47"): kb.search.readings reads those
    unknown: list[str] = []
    for t in terms:
        if len(unknown) == MAX_UNKNOWN_NAMED:
            break  # a pasted text: the first few are named, the rest not looked up
        if (
            t.replace("-", "").isalpha()
            and not _documents(searcher, t)
            and not _titled(searcher, t)
        ):
            unknown.append(t)
    if not unknown:
        return ""
    named = ["»" + t + "«" for t in unknown]
    listed = " eller ".join([", ".join(named[:-1]), named[-1]] if len(named) > 1 else named)
    hint = f"Inget stycke har {listed}."
    for word in unknown:
        prefix, similar = words_beginning_as(searcher, word)
        if similar:
            shown = ", ".join("»" + w + "«" for w in similar)
            return f"{hint} Ord i texterna som börjar på »{prefix}«: {shown}."
    return hint


def _titled(searcher: Searcher, word: str) -> bool:
    """Whether a document's title or a heading has the word (the page shows the passages
    of a document whose title has it, uncounted): its terms in one title or heading,
    a hyphenated word's joined form or its pieces side by side."""
    readings = [[word]]
    if "-" in word.strip("-") and (pieces := hyphen_pieces(word)):
        readings = [["".join(pieces)], pieces]
    for words in readings:
        stems = [stem for w in words for stem, _, _ in query_terms(w)]
        for field in ("title", "heading") if stems else ():
            # Side by side, as the search reads a hyphenated word's pieces: a title with
            # "Sofie Eriksson" and "Anna Tenje" is no title of "Ann-Sofie".
            query = Phrase(field, stems) if len(stems) > 1 else Term(field, stems[0])
            if next(iter(query.docs(searcher)), None) is not None:
                return True
    return False


def words_beginning_as(searcher: Searcher, word: str) -> tuple[str, list[str]]:
    """The longest beginning, of at least MIN_SHARED_PREFIX letters and no longer than its
    stem, that `word` shares with words the documents write (title or text), and those
    words, the most frequent first (at most WORDS_BEGINNING_AS); ("", []) when none."""
    reader = searcher.reader()
    fields = [f for f in SPELLING_FIELDS if f in reader.indexed_field_names()]
    lowered = word.lower()
    stems = query_terms(lowered)
    if not fields or len(stems) != 1 or not lowered.isalpha():
        return "", []
    longest = min(len(stems[0][0]), len(lowered))
    for end in range(longest, MIN_SHARED_PREFIX - 1, -1):
        found: dict[str, int] = {}
        for field in fields:
            for raw in reader.expand_prefix(field, lowered[:end]):
                text = raw.decode("utf-8")
                found[text] = max(found.get(text, 0), reader.doc_frequency(field, text))
        found.pop(lowered, None)
        if found:
            ranked = sorted(found, key=lambda w: (-found[w], w))
            return lowered[:end], ranked[:WORDS_BEGINNING_AS]
    return "", []


def _all_but_one(terms: list[str]) -> str:
    """A query for passages with all of `terms` but at most one.

    Written as (all of one half and all but one of the other) OR the same the
    other way round, not as an OR of every way to leave one out: half the AND
    clauses, and half the time (0.10 s to 0.05 s for "kommunernas ekonomi
    förebyggande arbete" on the interpellations).
    """
    if len(terms) == 2:
        return f"({terms[0]} OR {terms[1]})"
    half = len(terms) // 2
    first, second = terms[:half], terms[half:]

    def side(whole: list[str], but_one: list[str]) -> str:
        rest = [_all_but_one(but_one)] if len(but_one) > 1 else []
        return "(" + " ".join([*whole, *rest]) + ")"

    return f"({side(first, second)} OR {side(second, first)})"


def _without_notice(dropped: list[str]) -> str:
    names = ["»" + t.strip('"') + "«" for t in dropped]
    left_out = " och ".join([", ".join(names[:-1]), names[-1]] if len(names) > 1 else names)
    return f"Inga stycken innehåller alla orden; visar stycken utan {left_out}."


def _plain_terms(text: str) -> list[str] | None:
    """The words and phrases of a query made of nothing else (stop words left out), or None."""
    try:
        tokens = tokenize_query(text)
    except QuerySyntaxError:
        try:
            tokens = tokenize_query(plain_words(text))
        except QuerySyntaxError:
            # "ämne:svensk* OR NOT" is still no query of plain words (a 500 under
            # bench/web_load.py --hostile).
            return None
    if any(t.kind not in ("word", "phrase") for t in tokens):
        return None
    # Question words and light verbs are no terms, as in kb.search.ranking: "ska" of
    # "vad ska socialdataregistret användas till" made "ska användas" a passage with
    # all words but one, above every passage on the register. Nor, in a question, its
    # sentence adverbs and idioms (kb.search.words.not_asked): without "hur", "tar …
    # hand om" of "hur tar socialtjänsten hand om barn" was searched again.
    light = not_asked([t.text if t.kind == "word" else "" for t in tokens])
    terms = [
        word
        for i, t in enumerate(tokens)
        if i not in light
        # A hyphenated word's pieces are words of their own here: "EU-migranter" that no
        # passage has falls back to the passages with "EU" or "migranter", and says so. Not
        # a name's ("Ann-Sofie" fell back to "Ann", which is every "Anna"'s stem).
        for word in (
            (hyphen_pieces(t.text) or [t.text])
            if t.kind == "word" and not is_name_word(t.text)
            else [t.text]
        )
        if t.kind == "phrase" or (word.lower() not in NON_RESTRICTING and query_terms(word))
    ]
    return list(dict.fromkeys(terms))


def _documents(searcher: Searcher, term: str) -> int:
    """About how many passages have a word (or a phrase's rarest word), by its stem; a
    compound no passage has whole, by its parts together, as the search finds it
    ("äldreomsorg kompetensbrist" fell back to "äldreomsorg" alone: no passage says
    "kompetensbrist", four say "brist på kompetens")."""
    if "-" in term.strip("-") and (pieces := hyphen_pieces(term)):
        # As the search reads it: its joined form, or all its pieces in one passage.
        joined = _written(searcher, "".join(pieces))
        return joined or passages_with_all(searcher, pieces) or 0
    found = _written(searcher, term)
    if not found and term.isalpha() and term.islower() and (parts := split_compound(term)):
        return passages_with_all(searcher, list(parts)) or 0
    if not found and term.isalpha():
        # Typed without å, ä, ö ("hemlosa"): the folded field has it.
        folded = [t.text for t in swedish_folded_analyzer()(term.lower())]
        found = min((searcher.doc_frequency("folded", t) for t in folded), default=0)
    return found


def _written(searcher: Searcher, term: str) -> int:
    """About how many passages have a word itself (or a phrase's rarest word), by its stem."""
    stems = [stem for stem, _, _ in query_terms(term.strip('"'))]
    if not stems:
        return 0
    return min(searcher.doc_frequency("text", stem) for stem in stems)
