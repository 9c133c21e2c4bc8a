"""Spelling corrections of a query, and searches to fall back on when it finds nothing.

kb.search searches a correction instead of the query when it finds far more
("Visar träffar för …"), or offers it ("Menade du …?") when asked to search
exactly what was typed. Spelling corrections come from the unstemmed words the index keeps for title
and text (spell_title, spell_text: see kb.index), so they are words as the
documents write them, while whether a word is found at all is asked of the
stemmed fields the search uses. A word is corrected only when the search
fields do not know it, to the closest known word (Damerau-Levenshtein
distance, then the most documents); stop words and question words never are.
The closest of all is the word with its å, ä, ö put back ("atgarder": "åtgärder"),
and such a correction is always searched: the accent-free field found the word,
but not its compounds and synonyms. A typo in a word's first two letters, which
the candidates share, is tried edit by edit, and its first sound as Swedish also
spells it ("sjef": "chef"), beside the candidates. A word of Swedish common enough is
no typo, only perhaps typed without å, ä, ö (bench/typo_recall.py measures each
kind of typo on the index's frequent words, and common words read as others).

When a query of several plain words finds nothing and no correction is
offered, kb.search.fallbacks has other readings of it to search.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise

from whoosh.query import And, Term
from whoosh.reading import IndexReader
from whoosh.searching import Searcher

from kb.analysis import fold_accents, query_terms
from kb.analysis.compounds import load_vocabulary, split_compound
from kb.analysis.expansion import find_synonyms
from kb.analysis.vocab import NOUN_ENDINGS
from kb.search.query import (
    SEARCH_FIELDS,
    QuerySyntaxError,
    searcher_synonyms,
    tokenize_query,
)
from kb.search.settings import (
    CORRECT_WHEN_FEWER,
    JOINED_SHARE,
    LONG_WORD_CHARS,
    MAX_CORRECTED_WORDS,
    MIN_CORRECTED_CHARS,
    OFFERED_ZIPF,
    REAL_WORD_ZIPF,
    SAME_PREFIX_CHARS,
)
from kb.search.words import NON_RESTRICTING

log = logging.getLogger(__name__)

SPELLING_FIELDS = ("spell_text", "spell_title")
_LETTERS = re.compile(r"[^\W\d_]+")
# The letters a word typed without å, ä, ö has in their place (kb.analysis.fold_accents).
_ACCENTED = {"a": "aåä", "o": "oö"}
# The letters a Swedish word is written with (an edit of a word's first letters: _early_edits).
_ALPHABET = "abcdefghijklmnopqrstuvwxyzåäöé"
# Ways of writing a word with å, ä, ö for its a and o that are looked up, at most: a word
# with six a's has 729 ("organisationsforandringar" 648).
MAX_ACCENTED = 1_000
# Of a word's ways with å, ä, ö, the one the query's other words go with (_closest_word):
# only when one of them is in this many passages with them, by its share of its passages
# with them, as if it were in this many passages more. Not tuned: no judged query has two
# ways with å, ä, ö; a fourth audit's "atgarder mot gang" (interpellations) is the case.
CONTEXT_MIN = 2
CONTEXT_SMOOTHING = 20


def suggest_spelling(searcher: Searcher, text: str) -> str:
    """The query with each unknown word replaced by the closest known word, and two
    words that are one word of the index written apart joined; "" if none."""
    corrections: list[tuple[int, int, str]] = []
    unknown = []
    words = _plain_words(text)
    for start, end, word in words:
        if len(word) < MIN_CORRECTED_CHARS or word.lower() in NON_RESTRICTING:
            continue  # "vilka" is no misspelt "vilja": question words are never searched
        if not query_terms(word) or (
            _is_known(searcher, word) and not _accentless_of_another(searcher, word.lower())
        ):
            continue  # a stop word, or a word the index knows
        parts = split_compound(word.lower())
        if (
            parts
            and all(_is_known(searcher, part) for part in parts)
            and not _restorations(searcher, word.lower())
            # Parts no passage has together are a misspelling's pieces: "samhelle" is
            # samh + elle, "bristand" bris + tand (bench/typo_recall.py, "sound").
            and passages_with_all(searcher, list(parts)) != 0
        ):
            # A compound of known words, not a misspelling; unless it is a word typed
            # without å, ä, ö ("sjukvard": sjuk + vard).
            continue
        unknown.append((start, end, word))
    if unknown:
        # A name kb knows the other names of ("BBIC": Barns behov i centrum) is no
        # misspelling, though no passage has it: it was searched as "BBC".
        # Typed without its å, ä, ö ("forsorjningsstod"), it is: its synonyms were found by
        # the folded form, the word itself only in the folded field, at a third of the weight.
        table = searcher_synonyms(searcher)
        unknown = [
            (s, e, w)
            for s, e, w in unknown
            if not (found := find_synonyms(w, table)) or _accentless_name(w, found[0].alternatives)
        ]
    if len(unknown) > MAX_CORRECTED_WORDS:
        return ""
    edits = {word: not _is_real_word(word.lower()) for _, _, word in unknown}
    closest = {word: _closest_word(searcher, word.lower(), edits[word]) for word in edits}
    for start, end, word in unknown:
        best = closest[word]
        restored = _restorations(searcher, word.lower())
        if len(restored) > 1:
            # Of a word's ways with å, ä, ö, the one the query's other words go with (as
            # typed, or as corrected).
            context = [
                closest.get(other) or other
                for _, _, other in words
                if other != word and _searched(other)
            ]
            best = (context and _in_context(searcher, restored, context)) or best
        if best:
            corrections.append((start, end, _same_case(best, word)))
    corrections += _joined(searcher, text, [w for w in words if w not in unknown])
    if not corrections:
        return ""
    pieces = []
    last = 0
    for start, end, word in sorted(corrections):
        pieces.append(text[last:start])
        pieces.append(word)
        last = end
    pieces.append(text[last:])
    return "".join(pieces)


def _joined(
    searcher: Searcher, text: str, words: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """(start, end, word) of each run of two or three known words in a row that the index
    has as one word: a compound written apart ("social tjänsten", "social tjänst
    lagen"), the commonest misspelling of Swedish compounds (särskrivning).

    Only when the word is written so in at least 1/JOINED_SHARE of the passages that
    have the words: "egen regi" stays two words where "egenregi" is rarer.
    """
    joined: list[tuple[int, int, str]] = []
    at = 0
    while at < len(words):
        for size in (3, 2):
            run = words[at : at + size]
            if len(run) == size and _written_apart(searcher, text, run):
                joined.append((run[0][0], run[-1][1], _same_case(_join(run), run[0][2])))
                at += size
                break
        else:
            at += 1
    return joined


def _join(run: list[tuple[int, int, str]]) -> str:
    return "".join(word.lower() for _, _, word in run)


def _written_apart(searcher: Searcher, text: str, run: list[tuple[int, int, str]]) -> bool:
    """Whether the words of `run` are one word of the index written apart (_joined)."""
    # Cheapest first: every query of two words or more asks this of each pair.
    if not all(text[end:start].isspace() for (_, end, _), (start, _, _) in pairwise(run)):
        return False  # something stands between them
    if any(word.isupper() and len(word) > 1 for _, _, word in run):
        return False  # an acronym joins with a hyphen (LSS-boende), no word "LSSBOENDE"
    word = _join(run)
    if not _is_spelled(searcher.reader(), word):
        return False
    if not all(_searched(w) for _, _, w in run):
        return False
    apart = passages_with_all(searcher, [w for _, _, w in run])
    return apart is not None and _word_documents(searcher, word) * JOINED_SHARE >= apart


def _accentless_name(word: str, names: tuple[str, ...]) -> bool:
    """Whether `word` is one of `names` written without its å, ä, ö."""
    typed = word.casefold()
    return any(fold_accents(n).casefold() == typed != n.casefold() for n in names)


def passages_with_all(searcher: Searcher, words: list[str]) -> int | None:
    """How many passages have every one of `words` (by stem, compound parts included), or
    None when a word is no single term (a stop word, or one the analyzer splits)."""
    stems = [query_terms(word) for word in words]
    if not all(len(terms) == 1 for terms in stems):
        return None
    return len(list(And([Term("text", terms[0][0]) for terms in stems]).docs(searcher)))


def _is_spelled(reader: IndexReader, word: str) -> bool:
    """Whether the documents write `word` so (title or text, unstemmed)."""
    return any((f, word) in reader for f in SPELLING_FIELDS if f in reader.indexed_field_names())


def _searched(word: str) -> bool:
    """Whether a word of a query is searched: no stop word, question word or light verb."""
    return word.lower() not in NON_RESTRICTING and bool(query_terms(word))


def _plain_words(text: str) -> list[tuple[int, int, str]]:
    """(start, end, word) of each plain word of the query: not a field value, phrase or pattern."""
    try:
        tokens = tokenize_query(text)
    except QuerySyntaxError:
        return [(m.start(), m.end(), m.group()) for m in _LETTERS.finditer(text)]
    return [
        (t.start, t.end, t.text) for t in tokens if t.kind == "word" and _LETTERS.fullmatch(t.text)
    ]


def _is_known(searcher: Searcher, word: str) -> bool:
    """Whether the search fields hold the word as the query analyzer reads it."""
    terms = [term for term, _, _ in query_terms(word)]
    return bool(terms) and all(
        any(searcher.doc_frequency(field, term) for field in SEARCH_FIELDS) for term in terms
    )


def _accentless_of_another(searcher: Searcher, word: str) -> bool:
    """Whether a word the search fields know only by another word's stem, which no
    document writes so, is a word typed without its å, ä, ö that more passages have:
    "aldre" stems as "aldrig" does, and "ensamhet bland aldre" listed "aldrig" first
    (22 passages on the regeringen pages, "äldre" 315)."""
    if _is_spelled(searcher.reader(), word) or _is_real_word(word):
        return False  # a word of its own: "varna" is no "värna"
    restored = _restorations(searcher, word)
    return bool(restored) and max(restored)[0] > _word_documents(searcher, word)


def _closest_word(searcher: Searcher, word: str, edits: bool = True) -> str:
    """The known word nearest to `word`, ties going to the one in most documents; "" if none.

    A word that is `word` with its å, ä, ö put back ("atgarder": "åtgärder") is
    nearer than any other: a user without those keys typed it. Without `edits`, it
    is the only correction.
    """
    restored = _restorations(searcher, word)
    if restored or not edits:
        return max(restored)[1] if restored else ""
    maxdist = 1 if len(word) < LONG_WORD_CHARS else 2
    reader = searcher.reader()
    fields = [f for f in SPELLING_FIELDS if f in reader.indexed_field_names()]
    # Whoosh's terms_within computes the distance, in Python, to every word
    # with the prefix (0.3 s for "skyddsutrusting" on the interpellations):
    # words of a length out of reach are skipped before it is computed.
    candidates = {
        text
        for field in fields
        for raw in reader.expand_prefix(field, word[:SAME_PREFIX_CHARS])
        if abs(len(text := raw.decode("utf-8")) - len(word)) <= maxdist
    }
    ranked: list[tuple[int, int, str]] = []
    for candidate in candidates:
        if candidate == word:
            continue
        distance = _distance(word, candidate, maxdist)
        if distance <= maxdist and (documents := _word_documents(searcher, candidate)):
            ranked.append((distance, -documents, candidate))
    # A typo among the first letters, which the candidates above share, is one edit too:
    # searched beside them, not only when they have none ("hämlösa" was "hälsa", two edits
    # away, and not "hemlösa", one; "sjansen" was "skansen", not "chansen": a fourth audit).
    # At one edit each, the word in most passages: bench/typo_recall.py, the interpellations'
    # 300 most frequent words, typos in the first two letters found 85% -> 99%, the first
    # sound spelt as it sounds ("start") 76% -> 97%; one of 54 "sound" typos lost ("faler"
    # is "taler", more common than "faller"); ranking these after the candidates above at one
    # edit kept it, but found 92% of the first letters' typos.
    ranked += [(1, -documents, text) for text, documents in _early_edits(searcher, word)]
    ranked += [(1, -documents, text) for text, documents in _sounded(searcher, word)]
    return min(ranked)[2] if ranked else ""


def _in_context(searcher: Searcher, restored: list[tuple[int, str]], context: Sequence[str]) -> str:
    """Of a word's ways with å, ä, ö ((passages, word) each: _restorations), the one the
    words of `context` (the query's others) go with; "" when none is in CONTEXT_MIN
    passages with them.

    "atgarder mot gang" was "gång", not "gäng" (a fourth audit). More passages have "gång"
    and "åtgärder" (63) than "gäng" and "åtgärder" (24), but of the passages with "gång"
    only 8% (822), of those with "gäng" 14% (176): the share, as it goes with the other
    words and not as it is common. Smoothed (CONTEXT_SMOOTHING passages more) so that a
    word of one passage that has them both is not the pick.
    """
    together = [
        (sum(passages_with_all(searcher, [text, other]) or 0 for other in context), n, text)
        for n, text in restored
    ]
    if max(together)[0] < CONTEXT_MIN:
        return ""
    return max(together, key=lambda t: (t[0] / (t[1] + CONTEXT_SMOOTHING), t[1]))[2]


def _is_real_word(word: str) -> bool:
    """Whether a word is common Swedish (wordfreq), so no typo to correct by its letters:
    "kanske", "trodde" or "ensamhet" where the index does not have them. Searched as
    "danske", "trädde" or "ensamma", they found what nobody asked for."""
    return load_vocabulary().get(word, 0.0) >= REAL_WORD_ZIPF


def _word_documents(searcher: Searcher, word: str) -> int:
    """In about how many passages (or titles) the search fields have the word's first term."""
    terms = [term for term, _, _ in query_terms(word)]
    return max(searcher.doc_frequency(field, terms[0]) for field in SEARCH_FIELDS) if terms else 0


def _early_edits(searcher: Searcher, word: str) -> list[tuple[str, int]]:
    """Known words one edit from `word` in its first two letters, the rest as typed.

    The candidates above share the word's first letters; a typo among them
    ("oscialtjänsten", "gemtjänst") is found here as well, by looking up each
    edit in the words of the text: some 90, 2-3 ms on the interpellations (each
    a lookup in both spelling fields, and a letter put before the word too, took
    14 ms, now that every misspelt word is tried so).
    """
    head, rest = word[:2], word[2:]
    # Swapped, or the second letter typed once too many; not the first left out: that
    # reads "omöjligt" as "möjligt"; nor a first letter left out ("ocialtjänsten").
    edited = {head[1] + head[0], head[0]}
    for letter in _ALPHABET:
        edited |= {letter + head[1:], head[0] + letter, head[0] + letter + head[1:]}
    reader = searcher.reader()
    found = []
    for start in edited - {head}:
        text = start + rest
        if ("spell_text", text) in reader and (documents := _word_documents(searcher, text)):
            found.append((text, documents))
    return found


def _sounded(searcher: Searcher, word: str) -> list[tuple[str, int]]:
    """Known words that sound as `word` begins, spelt another way: its first sound as
    Swedish also writes it ("sjefspositioner": "chefspositioner", "sertifiering":
    "certifiering", a form no passage writes but whose stem the passages have), the rest
    as typed."""
    found = []
    for typed, spellings in _SOUNDS:
        at = 0 if typed not in ("e", "ä") or word.startswith(typed) else 1
        if not word[at:].startswith(typed):
            continue
        for spelt in spellings:
            text = word[:at] + spelt + word[at + len(typed) :]
            if documents := _word_documents(searcher, text):
                found.append((text, documents))
    return found


# How a word's first sound may be typed, and how Swedish also writes it (Språkrådet on the
# "sj-ljud" and "tje-ljud"; c for s and k; ph for f; e and ä as one sound before r and in
# most speech): two edits or more among the letters the candidates share (_closest_word).
# The sound of "e" and "ä" as the first or second letter.
_SOUNDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("sj", ("ch", "sch", "skj", "stj", "sk")),
    ("sh", ("sch", "ch", "sj")),
    ("ch", ("sj", "tj", "k")),
    ("tj", ("k", "ch", "kj")),
    ("k", ("c", "ch")),
    ("s", ("c", "z")),
    ("f", ("ph",)),
    ("e", ("ä",)),
    ("ä", ("e",)),
)


def _accented(text: str) -> list[str]:
    """`text` and each way of writing it with å, ä, ö for its a and o ("at": "åt", "ät");
    none when there are more than MAX_ACCENTED ("aaaa…" of a hostile query has 3**n)."""
    ways = 1
    for letter in text:
        ways *= len(_ACCENTED.get(letter, letter))
        if ways > MAX_ACCENTED:
            return []
    variants = [""]
    for letter in text:
        options = _ACCENTED.get(letter, letter)
        variants = [variant + option for variant in variants for option in options]
    return variants


def _restorations(searcher: Searcher, word: str) -> list[tuple[int, str]]:
    """(passages, word) of each known word that is `word` with å, ä or ö for some of its
    a and o.

    Each way of writing it is looked up (9 for "atgarder"), up to MAX_ACCENTED of
    them: walking the known words with its first letters took 14-58 ms for a word
    in "fo" ("forslagen"), so many words being in "fö".
    """
    reader = searcher.reader()
    return [
        (documents, text)
        for text in _accented(word)
        if text != word
        and _is_spelled(reader, text)
        and (documents := _word_documents(searcher, text))
    ]


def is_accent_restored(typed: str, corrected: str) -> bool:
    """Whether `corrected` differs from `typed` only by the å, ä, ö put back."""
    return typed != corrected and fold_accents(corrected.lower()) == fold_accents(typed.lower())


def searched_instead(typed: str, corrected: str, found: int, better: int) -> bool:
    """Whether a correction (finding `better` passages) is searched instead of the query as
    typed (finding `found`): when it finds far more (CORRECT_WHEN_FEWER)."""
    return (
        better > found * CORRECT_WHEN_FEWER
        # Typed without å, ä, ö: the folded field finds the word, but it is searched as the
        # word itself, its compounds and synonyms too (bench/typo_recall.py).
        or (better > 0 and is_accent_restored(typed, corrected))
        # So is a compound written apart ("social tjänsten") when the word is written whole
        # in most of the passages with its parts (_joined), unless the query loses most of
        # its hits ("hem tjänst personal": 16, "hemtjänst personal": 1).
        or (is_rejoined(typed, corrected) and better * JOINED_SHARE >= found)
    )


# The shortest base a form is read from ("skolk" of "skolket"); typos offered only: 4: 7, 5: 4.
_MIN_INFLECTED_BASE = 5


def offered_only(typed: str, corrected: str, searcher: Searcher | None = None) -> bool:
    """Whether `corrected` reads a word of `typed` that Swedish uses (wordfreq's zipf from
    OFFERED_ZIPF on; with `searcher`, _form_of_unknown) as another word, not only with å, ä, ö
    put back or joined to the next: such a correction is offered ("Menade du …?"), never
    searched instead. "sjukhem" is no typo of "sjukdom" though the index lacks it."""
    kept = [fold_accents(word.lower()) for word in _LETTERS.findall(corrected)]
    vocabulary = load_vocabulary()
    for word in _LETTERS.findall(typed):
        folded = fold_accents(word.lower())
        if any(folded in other for other in kept):
            continue  # as typed, with its å, ä, ö put back, or joined ("social tjänsten")
        if vocabulary.get(word.lower(), 0.0) >= OFFERED_ZIPF or (
            searcher is not None and _form_of_unknown(searcher, word.lower(), vocabulary)
        ):
            return True
    return False


def _form_of_unknown(searcher: Searcher, word: str, vocabulary: dict[str, float]) -> bool:
    """Whether a word is a noun's form, which wordfreq often lacks, of a word Swedish uses
    (zipf from OFFERED_ZIPF on) that the index does not have either: "skolket" (0; "skolk"
    2.7) was searched as "skälet". Not of a word the index has: "socialtjänstn" is a typo of
    its forms, not a word it lacks (bench/typo_recall.py)."""
    for ending, base in NOUN_ENDINGS:
        stem = word[: -len(ending)] + base
        # Not an ending of one letter, which a typo as often makes ("finas" is no "fina").
        if len(ending) < 2 or not word.endswith(ending) or len(stem) < _MIN_INFLECTED_BASE:
            continue
        if vocabulary.get(stem, 0.0) >= OFFERED_ZIPF and not _is_known(searcher, stem):
            return True
    return False


def is_rejoined(typed: str, corrected: str) -> bool:
    """Whether `corrected` joins words of `typed` written apart, and changes nothing else
    but the å, ä, ö put back."""
    return len(corrected.split()) < len(typed.split()) and fold_accents(
        "".join(corrected.split()).lower()
    ) == fold_accents("".join(typed.split()).lower())


def _distance(a: str, b: str, limit: int) -> int:
    """Damerau-Levenshtein distance of a and b, or limit + 1 once it is sure to pass limit."""
    # What the words share at either end costs nothing: cut it before the
    # quadratic part (NLTK's is in Python).
    start = 0
    while start < min(len(a), len(b)) and a[start] == b[start]:
        start += 1
    end = 0
    while end < min(len(a), len(b)) - start and a[-1 - end] == b[-1 - end]:
        end += 1
    a, b = a[start : len(a) - end], b[start : len(b) - end]
    # Each edit adds or removes at most one letter from either side's count.
    only_a, only_b = Counter(a) - Counter(b), Counter(b) - Counter(a)
    if max(sum(only_a.values()), sum(only_b.values())) > limit:
        return limit + 1
    # Imported here, where a word is corrected: importing nltk takes 0.16 s.
    from nltk.metrics.distance import edit_distance

    return int(edit_distance(a, b, transpositions=True))


def _same_case(word: str, typed: str) -> str:
    if typed.isupper() and len(typed) > 1:
        return word.upper()
    if typed[:1].isupper():
        return word[:1].upper() + word[1:]
    return word
