"""The words of an index with their analysis, kept beside it: words in, their stem and compound
parts out, without NLTK's stemmer or wordfreq's vocabulary.

A fresh `kb search` spent 0.3-0.4 s of its 0.8 s importing NLTK and reading wordfreq's list
to stem a few words (its own and those of the synonym groups). An ingest's parse workers
report each word they analysed, with its stem (kb.analysis.stemming.stem_word) and its
compound parts (kb.analysis.compounds.split_compound), and what an elided first member
borrowed from a word (elided_tail); the ingest writes them beside the index at each commit
(words.marshal in the generation's folder, merged with the words already there).
open_index says where the table is; those functions read it on first use and compute a
word it lacks as before. The table holds their own results, so a word's terms are the
same either way (tests/test_wordtable.py, and bench/word_table.py for every word of an
index). A missing or unreadable file, or one of another ANALYZER_VERSION, only means the
slow path.
"""

from __future__ import annotations

import logging
import marshal
import os
import threading
from array import array
from bisect import bisect_left
from collections.abc import Iterable
from pathlib import Path

log = logging.getLogger(__name__)

# The file in a generation's folder (kb.index).
WORDS_FILE = "words.marshal"
# Bumped when what the file holds changes: a file of another version is ignored.
WORD_TABLE_VERSION = 2
# At most this many words are kept (a corpus of codes or other strings could add words
# without end); a word beyond them is analysed as before. corpus/ (5,577 passages) has
# 22,341 words with their forms without accents (0.70 MiB), corpus/ and the
# interpellations (45,087 passages) 94,354 (3.3 MiB): the bound is five times that.
MAX_WORDS = 500_000

# A word's analysis: its stem, then its compound parts (none when it stays whole).
Analysis = tuple[str, ...]


class WordTable:
    """Words and their analyses as the file keeps them: the words, sorted, in one UTF-8 string
    and the analyses in another, each with where every item starts; a lookup bisects the
    words and decodes one analysis. Reading a dict of the 94,354 words of 45,087
    passages took 23 ms, and splitting one string of them into a list to search 41 ms more;
    these bytes are read in 0.1 ms, and 400 lookups take 2 ms (load average 9)."""

    def __init__(
        self,
        words: bytes,
        word_starts: bytes,
        analyses: bytes,
        analysis_starts: bytes,
        tails: dict[str, str] | None = None,
    ) -> None:
        # What an elided first member borrows from a word (kb.analysis.compounds.elided_tail),
        # for the few words that completed one: the highlighter analyses passages as indexed.
        self.tails = tails or {}
        self._words = words
        self._analyses = analyses
        self._word_starts = array("I")
        self._word_starts.frombytes(word_starts)
        self._analysis_starts = array("I")
        self._analysis_starts.frombytes(analysis_starts)
        if not (
            len(self._word_starts) == len(self._analysis_starts) >= 1
            and self._word_starts[-1] == len(words)
            and self._analysis_starts[-1] == len(analyses)
        ):
            raise ValueError("a word table whose words and analyses do not pair up")

    @classmethod
    def from_dict(
        cls, table: dict[str, Analysis], tails: dict[str, str] | None = None
    ) -> WordTable:
        """The table of these words and analyses (and elided tails)."""
        encoded = sorted((word.encode("utf-8"), word) for word in table)
        analyses = [" ".join(table[word]).encode("utf-8") for _, word in encoded]
        return cls(
            b"".join(key for key, _ in encoded),
            _starts(key for key, _ in encoded),
            b"".join(analyses),
            _starts(analyses),
            tails,
        )

    def __len__(self) -> int:
        return len(self._word_starts) - 1

    def __getitem__(self, i: int) -> bytes:
        """The i-th word, as UTF-8 (the table is a sorted sequence of them for bisect)."""
        return self._words[self._word_starts[i] : self._word_starts[i + 1]]

    def get(self, word: str) -> Analysis | None:
        """The word's (stem, *parts), or None when the table lacks it."""
        key = word.encode("utf-8")
        i = bisect_left(self, key)
        if i == len(self) or self[i] != key:
            return None
        found = self._analyses[self._analysis_starts[i] : self._analysis_starts[i + 1]]
        return tuple(found.decode("utf-8").split(" "))

    def as_dict(self) -> dict[str, Analysis]:
        """Every word with its analysis."""
        analyses, where = self._analyses, self._analysis_starts
        return {
            self[i].decode("utf-8"): tuple(
                analyses[where[i] : where[i + 1]].decode("utf-8").split(" ")
            )
            for i in range(len(self))
        }

    def as_data(self) -> dict[str, object]:
        """What the file holds (marshal)."""
        from kb.analysis import ANALYZER_VERSION

        return {
            "version": WORD_TABLE_VERSION,
            "analyzer": ANALYZER_VERSION,
            "words": self._words,
            "word_starts": self._word_starts.tobytes(),
            "analyses": self._analyses,
            "analysis_starts": self._analysis_starts.tobytes(),
            "tails": self.tails,
        }


def _starts(items: Iterable[bytes]) -> bytes:
    """Where each item of a concatenation starts, and where the last ends (array "I")."""
    starts = array("I", [0])
    for item in items:
        starts.append(starts[-1] + len(item))
    return starts.tobytes()


_tables: list[WordTable] = []  # newest first
_KEEP_TABLES = 2
_pending: list[Path] = []
_read: set[Path] = set()
_lock = threading.Lock()


def use_word_table(folder: Path) -> None:
    """Let stem_word and split_compound look words up in the table of `folder` (read when
    first needed; a table read before is not read again)."""
    path = folder / WORDS_FILE
    if path not in _read and path not in _pending:
        _pending.append(path)


def forget_word_tables() -> None:
    """Look no word up in a table again (until use_word_table): the slow path for every word."""
    with _lock:
        _tables.clear()
        _pending.clear()
        _read.clear()


def known_analysis(word: str) -> Analysis | None:
    """The word's (stem, *parts) from a table in use, or None when none holds it."""
    if _pending:
        _read_pending()
    for table in _tables:
        found = table.get(word)
        if found is not None:
            return found
    return None


def known_tail(word: str) -> str | None:
    """What an elided first member borrows from the word, from a table in use, or None."""
    if _pending:
        _read_pending()
    for table in _tables:
        found = table.tails.get(word)
        if found is not None:
            return found
    return None


def _read_pending() -> None:
    with _lock:
        while _pending:
            path = _pending.pop()
            _read.add(path)
            table = read_word_table(path)
            if table:
                _tables.insert(0, table)
                # The newest tables: a server that outlives rebuilds reads each new
                # generation's, and an older one only spares work the analyzer can do.
                del _tables[_KEEP_TABLES:]


def read_word_table(path: Path) -> WordTable | None:
    """The table in `path`, or None when it is missing, unreadable or of another analyzer."""
    from kb.analysis import ANALYZER_VERSION

    try:
        data = marshal.loads(path.read_bytes())
        if (
            not isinstance(data, dict)
            or data.get("version") != WORD_TABLE_VERSION
            or data.get("analyzer") != ANALYZER_VERSION
        ):
            return None
        return WordTable(
            data["words"],
            data["word_starts"],
            data["analyses"],
            data["analysis_starts"],
            dict(data["tails"]),
        )
    except FileNotFoundError:
        return None
    except (OSError, EOFError, ValueError, TypeError, KeyError, AttributeError) as exc:
        log.warning("word table %s unreadable (%s): words are analysed as before", path, exc)
        return None


def write_word_table(
    folder: Path, words: dict[str, Analysis], tails: dict[str, str], names: Iterable[str] = ()
) -> int:
    """Merge `words`, `tails` and the words of `names` (the synonym groups' names, which every
    query analyses) into the table of `folder`; the number of words it holds."""
    path = folder / WORDS_FILE
    old = read_word_table(path)
    table = old.as_dict() if old else {}
    all_tails = (old.tails if old else {}) | dict(list(tails.items())[:MAX_WORDS])
    before = (len(table), len(all_tails))
    room = MAX_WORDS - len(table)
    for word in (w for w in words if w not in table):
        if room <= 0:
            log.info("word table of %s is full (%d words)", folder, MAX_WORDS)
            break
        table[word] = words[word]
        room -= 1
    missing = [w for w in dict.fromkeys(query_words(names)) if w not in table]
    table.update(analyse_words(missing[: max(room, 0)]))
    if (len(table), len(all_tails)) == before and path.is_file():
        return len(table)
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(marshal.dumps(WordTable.from_dict(table, all_tails).as_data()))
    os.replace(tmp, path)
    return len(table)


def query_words(texts: Iterable[str]) -> Iterable[str]:
    """The words kb's query analyzer stems in each text, before stemming."""
    from kb.analysis import LITERAL, SwedishTokenizer

    tokenizer = SwedishTokenizer(mode="query")
    for text in texts:
        for t in tokenizer(text):
            if t.kind != LITERAL and not t.stopped:
                yield t.text


def analyse_words(words: Iterable[str]) -> dict[str, Analysis]:
    """Each word's (stem, *parts), computed (kb.analysis.stemming, kb.analysis.compounds)."""
    from kb.analysis.compounds import split_compound
    from kb.analysis.stemming import stem_word

    return {word: (stem_word(word), *split_compound(word)) for word in words}
