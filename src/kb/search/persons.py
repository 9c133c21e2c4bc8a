"""Persons and bodies among a query's words: the passages a name stands behind.

In: the pieces of a query of plain words as kb.search.ranking builds them; out: the pieces
with each name also read as a field's values, and notices.

- Capitalised words side by side (names_together) that name a
  document's author (an interpellation's member) are the name in the text or the
  author's documents: "Kakabaveh" found her interpellations only as title-only fill; so
  is a party's name and its members ("Moderaterna äldreomsorg"). A person documents are
  addressed to (an interpellation's minister) is the name or the addressee:
  "Hallengren assistansersättning". A person quoted is the name or the quotes' speaker
  ("Forssmed": his quotes first, then the lines that name him).
- A body's name ("Vårdanalys", "IVO", "Försäkringskassan") is the name in the text or
  the passages whose organisation it is (its own reports, its people's quotes), which
  seldom name it: "Vårdanalys rekommendationer" found the recommendations naming
  Vårdanalys and none of the agency's own.
"""

from __future__ import annotations

import re
import weakref

from whoosh.reading import IndexReader
from whoosh.searching import Searcher

from kb.analysis import fold_accents, query_terms
from kb.analysis.stemming import stem_word
from kb.search.query import _Token
from kb.search.settings import (
    CAPITALS_READS,
    ORGANISATION_WEIGHT,
    SPEAKER_WEIGHT,
    SURNAME_READS,
)
from kb.search.values import lexicon_text, organisations_named, placeholder_for, values_named
from kb.search.vocab import RIKSDAG_PARTIES


def read_names(
    searcher: Searcher,
    content: list[_Token],
    pieces: list[str],
    synonyms: dict[tuple[int, int], tuple[str, ...]],
    read: set[int],
    placeholders: dict[str, list[str]],
    notices: list[str],
) -> list[str]:
    """`pieces` (one per token of `content`) with each name of a body or a person also
    read as the passages it stands behind, each reading a placeholder term added to
    `placeholders` with its values (kb.search.values.with_values). `synonyms`: the names
    of the synonyms in the query, by their spans, with their other names; `read`: tokens
    already read otherwise."""
    names = list(synonyms)
    bodies = {**synonyms, **_bodies_in_lower_case(searcher, content, names, read)}
    for span, also in bodies.items():
        # A body's name of the synonyms ("Vårdanalys", "ivo", "IVO:s"): its
        # words in the text, or the passages it stands behind.
        inside = [i for i, token in enumerate(content) if span[0] <= token.start < span[1]]
        found = organisations_named(searcher, also)
        if inside and found and not read.intersection(inside):
            placeholder = placeholder_for(placeholders, found)
            spanned = " ".join(pieces[i] for i in inside)
            pieces[inside[0]] = f"({spanned} OR organisation:{placeholder}^{ORGANISATION_WEIGHT})"
            for i in inside[1:]:
                pieces[i] = ""
            name = " ".join(content[i].text for i in inside)
            # As a filter takes it: no genitive ("IVO:s"), a name of several words quoted.
            value = name.removesuffix(":s").removesuffix(":S")
            value = f'"{value}"' if " " in value else value
            notices.append(
                f"»{name}« söks både i texten och som organisation (organisation:{value})."
            )
    lowered = surnames_in_lower_case(searcher, content, names, read)
    pieces, named = names_together(content, pieces, names, apart=read, lowered=lowered)
    for at, name in named:
        # A name that is a document's author, or a party's whose members wrote some, or
        # a person documents are addressed to, or one quoted: the name in the text or
        # those documents or quotes (a quote's speaker weighs SPEAKER_WEIGHT). Its
        # genitive too ("Hallengrens svar": 50 passages where "Hallengren" has 370).
        readings = _person_readings(searcher, name)
        if not any(found for _, _, found, _ in readings) and _genitive(name):
            readings = _person_readings(searcher, name[:-1])
        for field, label, found, value in readings:
            if found:
                placeholder = placeholder_for(placeholders, found)
                boost = _READING_BOOSTS.get(field, "")
                pieces[at] = f"({pieces[at]} OR {field}:{placeholder}{boost})"
                # One notice a reading, each with its code (kb.search.notices).
                notices.append(f"»{name}« söks både i texten och som {label} ({label}:{value}).")

    return pieces


def _bodies_in_lower_case(
    searcher: Searcher, content: list[_Token], names: list[tuple[int, int]], read: set[int]
) -> dict[tuple[int, int], tuple[str, ...]]:
    """The words typed in lower case that are a body's whole name ("socialstyrelsen",
    "försäkringskassan"), which the passages write capitalised (not "vision", a union's
    name and a word), by their spans: capitalised, such a name is read as the body's
    passages too (read_names), and a search box is typed in lower case."""
    found: dict[tuple[int, int], tuple[str, ...]] = {}
    for i, token in enumerate(content):
        word = token.text
        if (
            token.kind == "word"
            and word.isalpha()
            and word.islower()
            and i not in read
            and not any(start <= token.start < end for start, end in names)
            and not party_of(word)  # read with its members (names_together)
            and any(value.lower() == word for value in organisations_named(searcher, [word]))
            and _written_capitalised(searcher, [word])
        ):
            found[(token.start, token.end)] = (word,)
    return found


def surnames_in_lower_case(
    searcher: Searcher, content: list[_Token], names: list[tuple[int, int]], apart: set[int]
) -> set[int]:
    """The positions of the words typed in lower case that are the surname of a person of
    the index (an author, an addressee, a speaker), in the genitive too, and that the
    passages write capitalised, or have not: "kakabaveh hedersförtryck" searched
    "kakabaveh" as a word no passage has and left it out, "forssmeds" was no minister (a
    third blind audit). Not a surname the passages write as a word ("ek", "berg")."""
    found = set()
    for i, token in enumerate(content):
        word = token.text
        if (
            token.kind != "word"
            or i in apart
            or any(start <= token.start < end for start, end in names)
        ):
            continue
        if lower_case_surname(searcher, word):
            found.add(i)
            # With the names before it ("lena hallengren", "camilla waltersson grönvall":
            # a surname of two words, a fifth blind audit), if they name one person.
            start = i
            while start > max(0, i - 2) and _joins(content[start - 1], content[start]):
                start -= 1
            for first in range(start, i):
                name = " ".join(_words(t) for t in content[first : i + 1])
                if any(r[2] for r in _person_readings(searcher, name)):
                    found.update(range(first, i))
                    break
    return found


def _joins(before: _Token, token: _Token) -> bool:
    """Whether `before` is lower-case words right before `token` (one space apart): a word,
    or words the query read as one phrase ("camilla waltersson", kb.search.readings
    collocations)."""
    words = _words(before)
    return (
        before.kind in ("word", "phrase")
        and words.replace(" ", "").isalpha()
        and words.islower()
        and before.end + 1 == token.start
    )


def _words(token: _Token) -> str:
    """A word token's text, or a phrase's words without their quotation marks."""
    return token.text.strip('"') if token.kind == "phrase" else token.text


def lower_case_surname(searcher: Searcher, word: str) -> bool:
    """Whether `word`, in lower case, is the surname of an author or an addressee of the
    index (in the genitive too) that the passages write capitalised or have not
    (surnames_in_lower_case). Not a speaker's: their names are read from the text, and some
    are no person's ("Sverige Rapporten" made "rapporten" a name)."""
    if not (word.isalpha() and word.islower() and len(word) >= 3):
        return False
    forms = [word, word[:-1]] if _genitive(word) else [word]
    return any(_is_surname(searcher, f) for f in forms) and _written_capitalised(searcher, forms)


def _is_surname(searcher: Searcher, word: str) -> bool:
    """Whether `word` (lower case) is the last word of an author's or an addressee's name."""
    folded = fold_accents(word)
    for field in ("author", "addressee"):
        _, by_word = _names(searcher.reader(), field)
        persons = by_word.get(word, set()) | by_word.get(folded, set())
        if any(fold_accents(p.split()[-1].lower()) == folded for p in persons):
            return True
    return False


def _written_capitalised(searcher: Searcher, forms: list[str]) -> bool:
    """Whether the passages write a surname (`forms`: it, its genitive) capitalised: the
    first CAPITALS_READS of them that have it as a word never in lower case, and one has
    it; or no passage has its stem (an author's name is in the document's fields only).
    Read among the first SURNAME_READS passages with its stem: "modig" (Aron Modig's
    name) is an adjective whose passages write "modiga", and "malm" no "Malmporten". Read
    once per reader: "malm skola" read 17 passages at each search (2.5 ms)."""
    reader = searcher.reader()
    known = _capitalised_tables.setdefault(reader, {})
    key = tuple(forms)
    if key not in known:
        known[key] = _read_capitalised(searcher, forms)
    return known[key]


def _read_capitalised(searcher: Searcher, forms: list[str]) -> bool:
    terms = query_terms(forms[0])
    if len(terms) != 1 or ("text", terms[0][0]) not in searcher.reader():
        return True
    written = re.compile(r"\b(?:" + "|".join(map(re.escape, forms)) + r")\b", re.IGNORECASE)
    found = 0
    for n, docnum in enumerate(searcher.postings("text", terms[0][0]).all_ids()):
        if n >= SURNAME_READS or found >= CAPITALS_READS:
            break
        matches = [m.group() for m in written.finditer(searcher.stored_fields(docnum)["text"])]
        if any(not match[0].isupper() for match in matches):
            return False
        found += bool(matches)
    return found > 0


# Each open reader's words as _written_capitalised found them, gone with the reader.
_capitalised_tables: weakref.WeakKeyDictionary[IndexReader, dict[tuple[str, ...], bool]] = (
    weakref.WeakKeyDictionary()
)


def _person_readings(searcher: Searcher, name: str) -> list[tuple[str, str, list[str], str]]:
    """(field, its Swedish name, the values `name` names, the value as the user would type
    it) for a document's author, a party's members, an addressee and a speaker. The value
    of a name of several words is quoted ("författare:Johansson" is every Johansson's)."""
    typed = f'"{name}"' if " " in name else name
    bodies = [name]
    readings = [("author", "författare", authors_named(searcher, name), typed)]
    if not readings[0][2] and (party := party_of(name)):
        readings = [("author", "författare", party_members(searcher, party), party[0])]
        # Its letters name the party as a quote's organisation as its name does ("SD").
        bodies += [named for named, letters in RIKSDAG_PARTIES.items() if letters == party]
    readings.append(("addressee", "mottagare", addressees_named(searcher, name), typed))
    readings.append(("speaker", "talare", speakers_named(searcher, name), typed))
    found = organisations_named(searcher, bodies)
    # As a filter takes it: the letters are no organisation's name ("organisation:SD").
    value = typed if len(bodies) == 1 or not found else found[0]
    readings.append(("organisation", "organisation", found, value))
    return readings


# A reading's boost beside its word's score in the text (kb.search.settings).
_READING_BOOSTS = {"speaker": f"^{SPEAKER_WEIGHT}", "organisation": f"^{ORGANISATION_WEIGHT}"}


def _genitive(name: str) -> bool:
    """Whether a name may be a genitive: its last word ends in an s after a letter that is
    no s, x or z ("Hallengrens", "Eks"; not "Fröss" or "Marx", whose s is their own)."""
    last = name.split()[-1]
    return len(last) >= 3 and last.endswith("s") and last[-2].lower() not in "sxz"


def is_name_word(word: str) -> bool:
    """Whether a word of a query is written as a name's: capitalised, not in capitals
    ("IVO"), of letters or of capitalised pieces joined by hyphens ("Ann-Britt": its
    pieces ORed, "Ann-Britt Åsebol" found every "Anna" and not her interpellations)."""
    pieces = word.split("-")
    return not word.isupper() and all(piece[:1].isupper() and piece.isalpha() for piece in pieces)


def authors_named(searcher: Searcher, name: str) -> list[str]:
    """The authors of the index's documents that `name` names whole ("Kakabaveh"), by the
    name alone: not by the constituency or party a member of the Riksdag is written with
    ("Karin Ek i Umeå (C)": "Umeå" is no name of hers; författare:C finds the party)."""
    return _named(_names(searcher.reader(), "author"), name)


def addressees_named(searcher: Searcher, name: str) -> list[str]:
    """The persons documents are addressed to (an interpellation's minister) that `name`
    names whole ("Hallengren"): "Hallengren assistansersättning" found the lines asking
    her a question of any topic ("Med anledning av detta vill jag fråga …"), not the
    interpellations to her on the topic."""
    return _named(_names(searcher.reader(), "addressee"), name)


def speakers_named(searcher: Searcher, name: str) -> list[str]:
    """The persons quoted in the index (a passage's speaker) that `name` names whole, by
    their surname at least ("Forssmed", "Jakob Forssmed"; not "Jakob" alone, whose quotes
    would outweigh the passages naming any Jakob): a press release names its minister
    at the first quote only."""
    last = fold_accents(name.split()[-1].lower())
    return [
        speaker
        for speaker in _named(_names(searcher.reader(), "speaker"), name)
        if fold_accents(speaker.split()[-1].lower()) == last
    ]


def _named(tables: tuple[dict[str, list[str]], dict[str, set[str]]], name: str) -> list[str]:
    by_name, by_word = tables
    first = name.split()[0].lower()
    candidates = sorted(by_word.get(first, set()) | by_word.get(fold_accents(first), set()))
    return [v for found in values_named(name, candidates) for v in by_name[found]]


def party_of(name: str) -> tuple[str, ...]:
    """The letters the Riksdag writes a party with, for its name in any form
    ("Moderaterna", "moderaternas": M) or its letters as the titles of interpellations write
    them ("SD", "SD:s", "kd"; of two letters or more: "C" alone is also a vitamin's and a
    hepatitis'), or () for another word."""
    words = name.split()
    lowered = name.lower().removesuffix(":s")
    if len(words) == 1 and len(lowered) >= 2:
        for letters in RIKSDAG_PARTIES.values():
            if lowered.upper() in letters:
                return letters
    if len(words) != 1 or not name.isalpha():
        return ()
    for party, letters in RIKSDAG_PARTIES.items():
        # Stemmed only when the word begins as the name does (tests/test_cold_start.py).
        if lowered[:5] == party[:5] and stem_word(lowered) == stem_word(party):
            return letters
    return ()


def party_members(searcher: Searcher, letters: tuple[str, ...]) -> list[str]:
    """The authors of the index written with one of these party letters ("… (M)")."""
    by_name, _ = _names(searcher.reader(), "author")
    wanted = {f"({letter})" for letter in letters}
    return [v for values in by_name.values() for v in values if v.split()[-1] in wanted]


def _names(reader: IndexReader, field: str) -> tuple[dict[str, list[str]], dict[str, set[str]]]:
    """The reader's persons in `field` (authors, addressees, speakers) by their names
    (without place and party), and those names by each of their words (also without å, ä,
    ö), read once per reader: reading them for each capitalised word of a query took 8-14
    ms on the interpellations (473 authors). Of the addressees and speakers only persons'
    names: not a body a recommendation is addressed to ("Socialstyrelsen")."""
    tables = _name_tables.get(reader)
    if tables is None:
        tables = _name_tables.setdefault(reader, {})
    cached = tables.get(field)
    if cached is not None:
        return cached
    by_name: dict[str, list[str]] = {}
    for value in reader.lexicon(field) if field in reader.schema else ():
        text = lexicon_text(value)
        if text and (field == "author" or _PERSON.fullmatch(text)):
            by_name.setdefault(_PLACE_AND_PARTY.sub("", text), []).append(text)
    by_word: dict[str, set[str]] = {}
    for found in by_name:
        for word in found.lower().split():
            by_word.setdefault(word, set()).add(found)
            by_word.setdefault(fold_accents(word), set()).add(found)
    tables[field] = (by_name, by_word)
    return by_name, by_word


# Each open reader's name tables by field, gone with the reader (kb serve's threads each
# have one). Two threads building a reader's table at once both build it; one is kept.
_name_tables: weakref.WeakKeyDictionary[
    IndexReader, dict[str, tuple[dict[str, list[str]], dict[str, set[str]]]]
] = weakref.WeakKeyDictionary()
# A person's name: two to four capitalised words ("Lena Hallengren", "Alice Bah Kuhnke").
_PERSON = re.compile(r"[A-ZÅÄÖÉ][\w'’-]+(?: [A-ZÅÄÖÉ][\w'’-]+){1,3}")


# What follows a member's name: " i Umeå", " (C)".
_PLACE_AND_PARTY = re.compile(r"(\s+i\s+[^()]*)?\s*\([^()]*\)\s*$|\s+i\s+\S.*$")


def names_together(
    content: list[_Token],
    pieces: list[str],
    names: list[tuple[int, int]],
    apart: set[int] | frozenset[int] = frozenset(),
    lowered: set[int] | frozenset[int] = frozenset(),
) -> tuple[list[str], list[tuple[int, str]]]:
    """`pieces` (one per token of `content`) with each run of capitalised words side by
    side as one piece, all its words required; not acronyms ("IVO"), words inside a
    name of kb's synonyms (`names`, spans of the query) nor the tokens `apart` (by
    position); with the surnames typed in lower case (`lowered`, by position) and a
    party's name or letters in any case ("moderaterna", "SD"), a run of its own. Also each
    such run (of one word or more) as (its position in the pieces, its words)."""
    merged: list[str] = []
    run: list[int] = []

    def flush() -> None:
        if not run:
            return
        piece = "(" + " AND ".join(pieces[i] for i in run) + ")" if len(run) > 1 else pieces[run[0]]
        merged.append(piece)
        named.append((len(merged) - 1, " ".join(_words(content[i]) for i in run)))
        run.clear()

    named: list[tuple[int, str]] = []

    for i, token in enumerate(content):
        capitalised = (
            (token.kind == "word" or (token.kind == "phrase" and i in lowered))
            and (is_name_word(token.text) or i in lowered)
            and not any(start <= token.start < end for start, end in names)
            and i not in apart
        )
        if (
            not capitalised
            or (run and content[run[-1]].end + 1 != token.start)
            or (run and i in lowered and run[-1] not in lowered)
        ):
            # A surname in lower case is no part of a capitalised word before it
            # ("Assistansersättning hallengren": a phone's capital).
            flush()
        if capitalised:
            run.append(i)
        elif token.kind == "word" and party_of(token.text):
            run.append(i)  # "moderaterna", typed in lower case: a name all the same
            flush()
        else:
            merged.append(pieces[i])
    flush()
    return merged, named
