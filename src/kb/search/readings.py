"""Plain words of a query that say more than a word: a year, a document type, a name.

In: the tokens of a query of plain words (kb.search.ranking) and the piece of query
text each became; out: the pieces as kb.search.ranking parses them, and notices.

- A year some passage is dated in is the year in the text or the passage's date:
  "hemlöshet 2024" (the text seldom repeats its year; år:2024 is the date alone).
- A word that names a document type of the index, in any form, is the word in the
  text or the type: "interpellationer om hemtjänst", "rapport äldreomsorg"
  (dokumenttyp:… is the type alone).
- Capitalised words side by side are one person's or body's name, all required:
  "Lena Hallengren hemtjänst" was covered by the rare surname and the first name
  alone (192 passages of the interpellations, none on hemtjänst).
"""

from __future__ import annotations

import re

from whoosh.searching import Searcher

from kb.analysis.stemming import stem_word
from kb.search.query import _Token

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
        return f"({piece} OR year:{word})"
    doctype = _doctype(searcher, word)
    if doctype:
        notices.append(
            f"»{word}« söks både i texten och som dokumenttyp; "
            f"skriv dokumenttyp:{doctype} för bara den typen."
        )
        return f"({piece} OR doctype:{doctype})"
    return piece


def _doctype(searcher: Searcher, word: str) -> str:
    """The document type of the index that `word` names in any form ("interpellationer":
    "interpellation"), or ""."""
    if not word.isalpha():
        return ""
    stem = stem_word(word.lower())
    for value in searcher.reader().lexicon("doctype"):
        text = value.decode("utf-8") if isinstance(value, bytes) else str(value)
        if text and text.isalpha() and stem_word(text.lower()) == stem:
            return text
    return ""


def names_together(
    content: list[_Token], pieces: list[str], names: list[tuple[int, int]]
) -> list[str]:
    """`pieces` (one per token of `content`) with each run of capitalised words side by
    side as one piece, all its words required; not acronyms ("IVO") nor words inside a
    name of kb's synonyms (`names`, spans of the query)."""
    merged: list[str] = []
    run: list[int] = []

    def flush() -> None:
        if len(run) > 1:
            merged.append("(" + " AND ".join(pieces[i] for i in run) + ")")
        else:
            merged.extend(pieces[i] for i in run)
        run.clear()

    for i, token in enumerate(content):
        named = (
            token.kind == "word"
            and token.text[:1].isupper()
            and token.text.isalpha()
            and not token.text.isupper()
            and not any(start <= token.start < end for start, end in names)
        )
        if not named or (run and content[run[-1]].end + 1 != token.start):
            flush()
        if named:
            run.append(i)
        else:
            merged.append(pieces[i])
    flush()
    return merged
