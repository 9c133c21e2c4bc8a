"""Plain words of a query that say more than a word: a year, a span of years, a riksmöte,
a document type, a passage kind, a document's number.

In: the tokens of a query of plain words (kb.search.ranking) and the piece of query
text each became; out: the pieces as kb.search.ranking parses them, and notices.

- A number and the word after it are one phrase: "5 kap. socialtjänstlagen", "200
  miljoner"; so are two words the passages mostly write side by side: "unga vuxna".
- A year some passage is dated in is the year in the text or the passage's date:
  "hemlöshet 2024" (the text seldom repeats its year; år:2024 is the date alone); so is a
  span of years ("2017-2019", "mellan 2017 och 2019"), and a riksmöte ("2019/20") is the
  number in the text or the documents of that session.
- A word that names a document type of the index, in any form, is the word in the
  text or the type: "interpellationer om hemtjänst", "rapport äldreomsorg"
  (dokumenttyp:… is the type alone).
- A document's number ("2017/18:45", "ip. 2017/18:45", "SOU 2020:47") is the number in
  the text or the passages of the documents that bear it (kb.index's designation): the
  number is in an interpellation's title only, which makes no passage match.
- A compound no passage has ("kontaktfamilj") is found by its parts apart, and said so.
- Capitalised words side by side are one person's or body's name, read as the passages
  it stands behind too: kb.search.persons.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable, Sequence
from itertools import islice

from whoosh.reading import IndexReader
from whoosh.searching import Searcher

from kb.analysis import fold_accents, query_terms
from kb.analysis.compounds import split_compound
from kb.analysis.stemming import stem_word
from kb.extract.references import find_references, normal_number
from kb.parse.vocab import STOPWORDS
from kb.search.coverage import PhraseWithin
from kb.search.persons import lower_case_surname
from kb.search.query import FOLDED_FIELD, _Token
from kb.search.scoring import matching
from kb.search.settings import (
    COLLOCATION_MIN,
    COLLOCATION_SAMPLE,
    COLLOCATION_SHARE,
    MAX_ANY_WORD_TERMS,
    METADATA_WEIGHT,
)
from kb.search.values import YEAR_SPAN, lexicon_text, placeholder_for
from kb.search.vocab import KIND_NAMES
from kb.search.words import UNITS

_YEAR = re.compile(r"(?:19|20)\d\d")


def as_metadata(searcher: Searcher, token: _Token, piece: str, notices: list[str]) -> str:
    """`piece` (the token as the query reads it) ORed with the year or document type the
    token names, with a notice; `piece` itself for another token."""
    if token.kind != "word":
        return piece
    word = token.text
    if _YEAR.fullmatch(word) and ("year", word) in searcher.reader():
        notices.append(
            f"»{word}« söks både i texten och som år (dokument från {word}); "
            f"skriv år:{word} för bara dokumenten från det året."
        )
        return f"({piece} OR year:{word}{_weight()})"
    doctype = _doctype(searcher, word)
    if doctype:
        notices.append(
            f"»{word}« söks både i texten och som dokumenttyp; "
            f"skriv dokumenttyp:{doctype} för bara den typen."
        )
        return f"({piece} OR doctype:{doctype}{_weight()})"
    kind = _kind(word)
    if kind:  # "IVO citat": the quotes about IVO
        notices.append(
            f"»{word}« söks både i texten och som typ av stycke; "
            f"skriv typ:{KIND_NAMES[kind]} för bara den typen."
        )
        return f"({piece} OR kind:{kind}{_weight()})"
    return piece


def _kind(word: str) -> str:
    """The passage kind `word` names in any form ("citaten"), or ""; not "övrigt"."""
    kinds = (kind for kind, name in KIND_NAMES.items() if kind != "other" and _form_of(word, name))
    return next(kinds, "")


def _form_of(word: str, name: str) -> bool:
    """Whether `word` is a form of `name` (a kind's, a document type's). Stemmed only when
    the word begins as the name does: a name the word table lacks is stemmed by Snowball,
    whose import (nltk, 0.16 s) a search of known words never waits for
    (tests/test_cold_start.py)."""
    lowered, name = word.lower(), name.lower()
    return lowered[:4] == name[:4] and stem_word(lowered) == stem_word(name)


def _weight() -> str:
    """The boost of a year's or a document type's metadata term (METADATA_WEIGHT)."""
    return "" if METADATA_WEIGHT == 1 else f"^{METADATA_WEIGHT:f}"  # "^1e-05" would not parse


def document_numbers(
    searcher: Searcher, content: list[_Token], pieces: list[str], notices: list[str]
) -> set[int]:
    """`pieces` with each document number of `content` ORed with the passages of the
    documents that bear it; a series word typed before it ("ip.", "Interpellation", "SOU")
    is taken into the number (the two as one phrase in the text, its piece emptied). The
    indexes of the pieces changed."""
    changed: set[int] = set()
    numbered: dict[str, list[str]] | None = None
    for i, token in enumerate(content):
        number = normal_number(token.text) if token.kind == "word" else ""
        if not number:
            continue
        if numbered is None:
            numbered = _numbered(searcher.reader())
        designations = numbered.get(number, [])
        typed = token.text
        before = content[i - 1] if i > 0 and content[i - 1].end + 1 == token.start else None
        named = find_references(f"{before.text} {typed}") if before is not None else ()
        if named and before is not None:
            # "ip. 2017/18:45": the interpellation, not the proposition of that number; in
            # the text "SOU 2020:47", not every "2020:47" ("SFS 2020:47").
            designations = [d for d in designations if d in named]
            typed = f"{before.text} {typed}"
        doc_ids = [
            stored["doc_id"]
            for designation in designations
            for stored in searcher.documents(designation=designation)
            if stored["record"] == "document"
        ]
        if not doc_ids and not named:
            continue
        if named:
            pieces[i - 1] = ""
            changed.add(i - 1)
            pieces[i] = f'"{typed}"'
        # A passage citing it however it writes it ("propositionen 2023/24:31" for "prop.
        # 2023/24:31": a second blind audit), kb.extract.references read; and the documents
        # that are it. The ids are kb's own hex digests (kb.ingest), safe in the query.
        cited = [f'references:"{designation}"' for designation in named]
        pieces[i] = "(" + " OR ".join([pieces[i], *cited, *(f"doc_id:{d}" for d in doc_ids)]) + ")"
        changed.add(i)
        if doc_ids:
            which = "dokumenten" if len(designations) > 1 else "dokumentet"
            notices.append(
                f"»{typed}« söks både i texten och som {which} {', '.join(designations)}."
            )
    return changed


def _numbered(reader: IndexReader) -> dict[str, list[str]]:
    """The reader's document designations by their number ("2017/18:45": ["ip. 2017/18:45"]),
    read once per reader."""
    table = _number_tables.get(reader)
    if table is None:
        table = {}
        for value in reader.lexicon("designation") if "designation" in reader.schema else ():
            text = lexicon_text(value)
            if text:
                table.setdefault(text.rpartition(" ")[2], []).append(text)
        _number_tables[reader] = table
    return table


# Each open reader's designations by number, as _doctype_tables.
_number_tables: weakref.WeakKeyDictionary[IndexReader, dict[str, list[str]]] = (
    weakref.WeakKeyDictionary()
)


def _doctype(searcher: Searcher, word: str) -> str:
    """The document type of the index that `word` names in any form ("interpellationer":
    "interpellation"), or ""."""
    if not word.isalpha():
        return ""
    reader = searcher.reader()
    types = _doctype_tables.get(reader)
    if types is None:
        types = [t for v in reader.lexicon("doctype") if (t := lexicon_text(v)) and t.isalpha()]
        _doctype_tables[reader] = types
    found = next((text for text in types if _form_of(word, text)), "")
    if not found:
        # The name people give a type: an SOU is "ett betänkande" (a sixth blind audit:
        # "betänkanden om tvångsvård" missed the SOU whose text never says "betänkande").
        found = next((t for name, t in DOCTYPE_NAMES.items() if _form_of(word, name)), "")
        found = found if found in types else ""
    return found


# What people call a document type, and the type: an SOU is a betänkande (the Riksdag's
# committees write betänkanden too; an index with that type finds it by its own name first).
DOCTYPE_NAMES = {"betänkande": "sou", "utredningsbetänkande": "sou"}

# Each open reader's document types, as _number_tables.
_doctype_tables: weakref.WeakKeyDictionary[IndexReader, list[str]] = weakref.WeakKeyDictionary()


def spans_of_time(
    searcher: Searcher,
    content: list[_Token],
    pieces: list[str],
    read: set[int],
    placeholders: dict[str, list[str]],
    notices: list[str],
) -> set[int]:
    """`pieces` with each span of years ("2017-2019", "mellan 2017 och 2019": two years
    side by side among the words) ORed with the passages dated in any year of it, and each
    riksmöte ("2019/20") with the passages of the documents of that session (their
    designation's number: "ip. 2019/20:138"), placeholders in `placeholders`. "äldreomsorg
    2019/20" found nothing (the session is in the titles), "mellan 2017 och 2019" two years
    and not 2018 (a third blind audit). The indexes of the pieces changed."""
    changed: set[int] = set()
    for i, token in enumerate(content):
        if token.kind != "word" or i in read or i in changed:
            continue
        word = token.text
        if (session := _SESSION.fullmatch(word)) and session[2] == f"{int(session[1]) + 1:04d}"[2:]:
            ids = _session_documents(searcher, word)
            if ids:
                field, values = "doc_id", ids
                said = f"riksmöte (dokumenten från riksmötet {word})"
            else:
                continue
        else:
            span, j = _span_at(content, i, read)
            if span is None or not (_YEAR.fullmatch(span[1]) and _YEAR.fullmatch(span[2])):
                continue
            first, last = sorted((int(span[1]), int(span[2])))
            field, values = "year", [str(year) for year in range(first, last + 1)]
            if not any(("year", year) in searcher.reader() for year in values):
                continue  # no passage is dated in it: words ("hemlöshet 1950-1960")
            if j:  # the two years as one piece
                word = f"{word}–{content[j].text}"
                pieces[i] = f"({pieces[i]} OR {pieces[j]})"
                pieces[j] = ""
                changed.add(j)
            said = f"år (dokument från {first}–{last}); skriv år:{first}-{last} för bara dem"
        placeholder = placeholder_for(placeholders, values)
        pieces[i] = f"({pieces[i]} OR {field}:{placeholder}{_weight()})"
        notices.append(f"»{word}« söks både i texten och som {said}.")
        changed.add(i)
    return changed


def amounts(content: list[_Token]) -> set[int]:
    """The indexes of the numbers of `content` that count something: before a unit ("2000
    kronor"), or a range before one ("mellan 2000 och 2020 kronor", "2017-2019 kronor").
    They are words, not years (a review: "mellan 2000 och 2020 kronor" read as 21 years)."""
    found: set[int] = set()
    for i, token in enumerate(content):
        # A number and its unit may be one phrase already ("3000 kronor": numbers_with_units).
        words = token.plain.split() if token.kind == "phrase" else [token.text]
        if token.kind not in ("word", "phrase") or not words or words[-1].lower() not in UNITS:
            continue
        k = i - 1
        while (
            k >= 0
            and content[k].kind == "word"
            and (content[k].text[:1].isdigit() or content[k].text.lower() in ("och", "till"))
        ):
            if content[k].text[:1].isdigit():
                found.add(k)
            k -= 1
    return found


def _span_at(content: list[_Token], i: int, read: set[int]) -> tuple[re.Match[str] | None, int]:
    """The span of years that the word at `i` is ("2017-2019"), or that it makes with the next
    word that is no stop word, side by side with only such words between ("mellan 2017 och
    2019", "2017 till 2019"; not "2017 eller 2019", either year, nor "2017 -hemlöshet 2019":
    a review), and that word's position (0 for none)."""
    span = YEAR_SPAN.fullmatch(content[i].text)
    if span is not None:
        return span, 0
    j = next((j for j in range(i + 1, len(content)) if content[j].text not in STOPWORDS), 0)
    between = content[i : j + 1]
    if (
        not j
        or j in read
        or content[j].kind != "word"
        or any(b.start != a.end + 1 for a, b in zip(between, between[1:], strict=False))
        or any(t.text.lower() == "eller" for t in between)
    ):
        return None, 0
    return YEAR_SPAN.fullmatch(f"{content[i].text}-{content[j].text}"), j


def _session_documents(searcher: Searcher, session: str) -> list[str]:
    """The ids of the documents of a riksmöte ("2019/20"), by their designations' numbers,
    read once per reader and session (a query for each of a session's 477 designations
    took 300-580 ms)."""
    reader = searcher.reader()
    sessions = _session_tables.setdefault(reader, {})
    ids = sessions.get(session)
    if ids is None:
        docnums = {
            docnum
            for number, designations in _numbered(reader).items()
            if number.startswith(f"{session}:")
            for designation in designations
            for docnum in reader.postings("designation", designation).all_ids()
        }
        ids = sessions[session] = sorted({reader.stored_fields(n)["doc_id"] for n in docnums})
    return ids


# Each open reader's documents of a riksmöte, as _number_tables.
_session_tables: weakref.WeakKeyDictionary[IndexReader, dict[str, list[str]]] = (
    weakref.WeakKeyDictionary()
)


# A riksmöte, the Riksdag's year from September ("2019/20").
_SESSION = re.compile(r"((?:19|20)\d\d)/(\d\d)")


def numbers_with_units(tokens: list[_Token]) -> list[_Token]:
    """`tokens` with a number and the word right after it as one phrase ("5 kap.", "200
    miljoner", "18 år"): apart, "5 kap. socialtjänstlagen" found "27 kap." of the law in
    a passage with a 5 elsewhere. Not a year ("2024 hemlöshet": the year reading)."""

    def unit(number: _Token, word: _Token) -> str:
        text = word.text.rstrip(".")
        if (
            number.kind == "word"
            and number.text.isdigit()
            and not _YEAR.fullmatch(number.text)
            and word.kind == "word"
            and text.isalpha()
            and text.islower()  # not an acronym or a name: "2 LSS" is no "2 lss"
            and text not in STOPWORDS
        ):
            return f"{number.text} {text}"
        return ""

    return _joined(tokens, unit)


def collocations(
    searcher: Searcher, tokens: list[_Token], names: Sequence[tuple[int, int]] = ()
) -> list[_Token]:
    """`tokens` with two words in lower case side by side that the passages mostly write
    side by side as one phrase ("psykisk ohälsa", "personlig assistans";
    kb.search.settings.COLLOCATION_SHARE), in a query of three to eight such words and
    phrases (matched by coverage: two words are both required anyway, and "egen regi" is
    also "regi i egen … form"); not words inside `names` (spans of the query: its names
    of the synonyms, searched whole)."""
    if not 3 <= sum(_plain_word(t) or t.kind == "phrase" for t in tokens) <= MAX_ANY_WORD_TERMS:
        return tokens  # nor in a long query: few passages cover it as it is (LOOSER_SHARES)

    def pair(first: _Token, second: _Token) -> str:
        side_by_side = (
            _plain_word(first)
            and _plain_word(second)
            and not any(first.start < end and start < second.end for start, end in names)
            and _side_by_side(searcher, first.text, second.text)
            # A person's name typed in lower case ("lena hallengren") is read as the name
            # (kb.search.persons), not as a phrase of the text: the lines asking her.
            and not lower_case_surname(searcher, second.text)
        )
        return f"{first.text} {second.text}" if side_by_side else ""

    return _joined(tokens, pair)


def _joined(tokens: list[_Token], join: Callable[[_Token, _Token], str]) -> list[_Token]:
    """`tokens` with each two side by side that `join` makes a phrase of (its text, or "")
    as one phrase token; not a "-word" or a field's value."""
    merged: list[_Token] = []
    for token in tokens:
        last = merged[-1] if merged else None
        if (
            last is not None
            and not _takes(merged[:-1])
            and token.start == last.end + 1
            and (phrase := join(last, token))
        ):
            merged[-1] = _Token("phrase", f'"{phrase}"', last.start, token.end, phrase)
        else:
            merged.append(token)
    return merged


def _takes(before: list[_Token]) -> bool:
    """Whether the token after `before` is the value of a "-" or a "field:" before it."""
    last = before[-1] if before else None
    return last is not None and (
        last.kind == "not" or (last.kind == "field" and last.text.endswith(":"))
    )


def _plain_word(token: _Token) -> bool:
    """A word in lower case: not a name (names_together) nor an acronym."""
    return token.kind == "word" and token.text.isalpha() and token.text.islower()


def _side_by_side(searcher: Searcher, first: str, second: str) -> bool:
    """Whether the passages write the two words side by side in COLLOCATION_SHARE of the
    passages with the rarer of them (of its first COLLOCATION_SAMPLE: the phrase over
    every passage with both of two common words took 10 ms of a search)."""
    a, b = query_terms(first), query_terms(second)
    if len(a) != 1 or len(b) != 1:
        return False  # a stop word, or a word the analyzer splits
    words = (a[0][0], b[0][0])
    reader = searcher.reader()
    known = _pairs.get(reader)
    if known is None:
        known = _pairs.setdefault(reader, {})
    if words not in known:
        if len(known) > _MAX_PAIRS:
            known.clear()
        counts = [searcher.doc_frequency("text", word) for word in words]
        together = 0
        sample: frozenset[int] = frozenset()
        if min(counts) >= COLLOCATION_MIN:
            rarer = words[counts.index(min(counts))]
            sample = frozenset(islice(reader.postings("text", rarer).all_ids(), COLLOCATION_SAMPLE))
            together = len(matching(searcher, PhraseWithin("text", list(words), sample)))
        found = together >= max(COLLOCATION_MIN, COLLOCATION_SHARE * len(sample))
        known[words] = found  # another thread may clear the dict: the value is returned
        return found
    return known.get(words, False)


# Each open reader's pairs of words and whether they are written side by side (3-7 ms a
# pair to find out; a page, a filter or a second page asks again).
_pairs: weakref.WeakKeyDictionary[IndexReader, dict[tuple[str, str], bool]] = (
    weakref.WeakKeyDictionary()
)
_MAX_PAIRS = 10_000


def compounds_apart(
    searcher: Searcher, content: list[_Token], notices: list[str], names: list[tuple[int, int]]
) -> None:
    """Say of each compound of the query that no passage has ("kontaktfamilj") that its
    parts are found apart: "kontaktfamilj" listed "fördjupade kontakter … sin familj"
    without a word of why (kb.search.query searches a compound as itself or its parts).
    Not of a word in a name of the synonyms (`names`: spans), searched by its synonyms too."""
    for token in content:
        word = token.text
        if token.kind != "word" or not word.isalpha() or word[:1].isupper():
            continue
        if any(start <= token.start < end for start, end in names):
            continue
        stems = query_terms(word)
        if len(stems) != 1:
            continue
        stem = stems[0][0]
        if any(
            searcher.doc_frequency(field, term)
            for field, term in (("text", stem), ("heading", stem), ("folded", fold_accents(stem)))
        ):
            continue  # the word itself is in a passage (nearly every word of a query)
        if parts := split_compound(word.lower()):
            apart = " och ".join(f"»{part}«" for part in parts)
            # Typed without å, ä, ö, its parts are also looked for with them (kb.search.query):
            # said when the index has such a word ("stod": "stöd").
            folded = " (också med å, ä, ö)" if _folded_known(searcher, word, parts) else ""
            notices.append(f"»{word}« står inte i något stycke; söker stycken med {apart}{folded}.")


def _folded_known(searcher: Searcher, word: str, parts: tuple[str, ...]) -> bool:
    """Whether `word` is typed without å, ä, ö and the index has an accented word that one of
    its `parts` is the folded form of."""
    if fold_accents(word) != word or FOLDED_FIELD not in searcher.schema:
        return False
    field = searcher.schema[FOLDED_FIELD]
    return any(
        searcher.doc_frequency(FOLDED_FIELD, term)
        for part in parts
        for term in field.process_text(part, mode="query")
    )
