"""Notices as data: each Swedish notice a search writes, with a stable code for programs.

kb.search and its query language write their notices as Swedish sentences;
this module names each kind with a code that stays when the wording changes,
so the JSON of `/api/search` and `kb search --json` can carry `{code, text}`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from kb.search import MAX_QUERY_CHARS, SearchResults


@dataclass(frozen=True)
class Notice:
    """Something the user should know about how their search was read."""

    code: str
    text: str

    def as_dict(self) -> dict[str, str]:
        return {"code": self.code, "text": self.text}


GENERIC_CODE = "notice"
CORRECTED_CODE = "corrected"
# The notices kb.search, kb.search.query, kb.search.values and kb.search.suggest
# write, by the words each begins or ends with (first match wins), and the
# notices the web layer and the CLI write themselves (kb.web.requests, kb.cli).
NOTICE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # A search run with a corrected spelling (results.corrected_query); a notice no
    # pattern knows that holds the corrected query is one too (code_notice).
    (CORRECTED_CODE, re.compile(r"^(Visar (träffar|stycken|resultat) för|Sökte i stället på)")),
    ("query_shortened", re.compile(r"^Frågan var för lång")),
    ("date_unreadable", re.compile(r"-datumet .* kunde inte läsas")),
    ("unknown_parameter", re.compile(r"^Okända parametrar")),
    ("unknown_sort", re.compile(r"^Okänd sortering")),
    ("page_missing", re.compile(r"^Sidan \d+ finns inte")),
    ("fallback", re.compile(r"^Inga stycken innehåller (alla orden|de flesta)")),
    # kb.search: a query whose field filters leave nothing, and what its words find alone.
    ("filters_left_nothing", re.compile(r"^Inga träffar med .*; utan: \d+ för")),
    ("quote_the_name", re.compile(r"^Ett namn i flera ord skrivs inom citattecken")),
    # kb.search.ranking: a query of three words or more, or a question, that no passage
    # has every word of, matched by the passages with most of them.
    ("most_words", re.compile(r"^Inget stycke innehåller alla orden; träffarna har")),
    # kb.search.ranking: a query of many words no passage covers even loosely.
    ("long_query_unmatched", re.compile(r"^Inga stycken innehåller tillräckligt många")),
    ("synonyms", re.compile(r"^(Söker även på|Utesluter även)")),
    # kb.search.literal: a quoted phrase with stop words that no passage has word for word.
    ("phrase_not_literal", re.compile(r"^Inget stycke har ».*« ordagrant")),
    ("plain_words", re.compile(r"så frågan söktes som vanliga ord\.$")),
    ("unknown_kind", re.compile(r"^Ingen typ heter")),
    ("no_matching_value", re.compile(r"^Ingen \w+ matchar")),
    ("not_a_year", re.compile(r"är inget årtal")),
    # kb.search.readings and kb.search.persons: a year, a document type, an author's,
    # addressee's, speaker's or body's name, a document's number among plain words.
    ("year_as_date", re.compile(r"söks både i texten och som år")),
    ("session_as_documents", re.compile(r"söks både i texten och som riksmöte")),
    ("doctype_word", re.compile(r"söks både i texten och som dokumenttyp")),
    ("kind_word", re.compile(r"söks både i texten och som typ av stycke")),
    ("author_name", re.compile(r"söks både i texten och som författare")),
    ("addressee_name", re.compile(r"söks både i texten och som mottagare")),
    ("speaker_name", re.compile(r"söks både i texten och som talare")),
    ("organisation_name", re.compile(r"söks både i texten och som organisation")),
    ("document_number", re.compile(r"söks både i texten och som dokumente[tn] ")),
    ("did_you_mean", re.compile(r"^Menade du")),
    # kb.search.readings: a compound no passage has, found by its parts.
    ("compound_apart", re.compile(r"« står inte i något stycke; söker stycken med")),
    # kb.search.ranking: a long query cut to its first words, a query with nothing to
    # search, and the last page filled with passages that have some of the words or
    # whose document's title has them (not counted as hits; page only, not in exports).
    ("query_terms_cut", re.compile(r"^Frågan är lång: bara de första")),
    ("nothing_to_search", re.compile(r"^Frågan (har bara|innehåller inga ord)")),
    ("partial_fill", re.compile(r"^Få träffar; efter dem")),
    ("title_fill", re.compile(r"^Få träffar; sist")),
    # kb.search.fallbacks: a query that found nothing, its words no passage has, and the
    # words of the texts that share a beginning with one of them.
    ("unknown_words", re.compile(r"^Inget stycke har ».*«\.( Ord i texterna|$)")),
)
# Notices about one page of results only, which exports of every hit do not give.
PAGE_ONLY_CODES = frozenset({"page_missing", "partial_fill", "title_fill"})


NOTICE_CODES = tuple(dict.fromkeys([code for code, _ in NOTICE_PATTERNS] + [GENERIC_CODE]))


def code_notice(text: str, corrected_query: str = "") -> Notice:
    """The notice `text` with its code (GENERIC_CODE for a text no pattern knows)."""
    for code, pattern in NOTICE_PATTERNS:
        if pattern.search(text):
            return Notice(code, text)
    if corrected_query and corrected_query in text:
        return Notice(CORRECTED_CODE, text)
    return Notice(GENERIC_CODE, text)


def shortened_notice() -> Notice:
    """The notice for a query cut at MAX_QUERY_CHARS."""
    return code_notice(f"Frågan var för lång och har kortats till {MAX_QUERY_CHARS} tecken.")


def is_shortened(q: str) -> bool:
    """Whether a query as typed is longer than a search takes."""
    return len(q.strip()) > MAX_QUERY_CHARS


def results_notices(results: SearchResults) -> list[Notice]:
    """The notices of a search's results, coded: a correction first, "Menade du …?" last."""
    corrected = str(getattr(results, "corrected_query", "") or "")
    notices = [code_notice(text, corrected) for text in results.notices]
    if corrected and all(n.code != CORRECTED_CODE for n in notices):
        # The page says this above its notices, in the words used here.
        said = f"Visar träffar för »{corrected}«. Sök i stället efter »{results.request.q}«."
        notices.insert(0, Notice(CORRECTED_CODE, said))
    if results.suggestion and not corrected:
        notices.append(code_notice(f"Menade du »{results.suggestion}«?"))
    return notices


def results_as_dict(results: SearchResults, before: list[Notice] | None = None) -> dict[str, Any]:
    """The JSON of a search: results.as_dict() with its notices as `{code, text}`.

    `before` holds notices about the request itself (a date not read, a query
    shortened), which come first as on the page.
    """
    data = results.as_dict()
    data["notices"] = [n.as_dict() for n in [*(before or []), *results_notices(results)]]
    return data
