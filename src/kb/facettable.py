"""Each index state's facet table: every record's facet values, doc_id and date by Whoosh
docnum, written beside the index when an ingest commits and read back by kb.search.

Building the table means walking every posting of ten fields: 0.17 s of each fresh
`kb search` on the interpellations (of 0.96 s), and of each fresh server's first
search. An ingest builds it once after its commit, into the generation's folder,
named by Whoosh's generation number (the docnums it holds are that state's); a
searcher of that state reads it back (pickle: the folder is kb's own, as Whoosh's
pickled schema beside it). A missing or unreadable file, or an index of another
state, is not an error: the table is then built from the postings, as before.

The file holds each record's values (the columns a search counts facets from) and the
records of each date; the records of each value (read when a filter or a profile asks)
and the dates' order (the timeline, a sort by date) are derived when first used. Deriving the columns
when the file was read took 79 ms of a fresh `kb search` on 45,087 passages.
"""

from __future__ import annotations

import logging
import os
import pickle
from functools import cached_property
from itertools import chain
from pathlib import Path
from typing import Any

from whoosh.index import Index
from whoosh.query import Term
from whoosh.searching import Searcher

log = logging.getLogger(__name__)

# The facets, in the order the UI shows them (kb.search.facets); each is an index field.
FACETS = (
    "kind",
    "speaker",
    "organisation",
    "addressee",
    "doctype",
    "topics",
    "references",
    "year",
)
# The facets, each record's document, its publisher, the keys of its words and its
# document's title (copies, kb.search.grouping) and its shape (a lead-in, kb.search.ranking).
TABLE_FIELDS = (*FACETS, "doc_id", "publisher", "text_key", "title_key", "shape")
# Bumped when what the file holds changes: a file of another version is ignored.
# 2: the columns (values by record) instead of the records of each value. 4: text_key,
# title_key and shape. 5: near_key. 6: not near_key (kb.search.grouping reads its column).
TABLE_VERSION = 6
# Sorts after every digit and "-", so "2021" + DATE_END ends a range after all of 2021.
DATE_END = "~"


def _postings(searcher: Searcher, name: str) -> dict[str, frozenset[int]]:
    reader = searcher.reader()
    return {
        text: frozenset(reader.postings(name, text).all_ids())
        for text in reader.field_terms(name)
        if text
    }


def _by_docnum(by_value: dict[str, frozenset[int]]) -> dict[int, tuple[str, ...]]:
    """Each record's values of one field (in the order of `by_value`) from the records of each value."""
    # A record has one value of most fields: filled a value at a time with
    # dict.fromkeys (0.05 s on 45,000 passages, where a list per record took 0.32 s),
    # then the records with several values (topics, organisations) put right.
    column: dict[int, tuple[str, ...]] = {}
    postings = 0
    for text, docnums in by_value.items():
        column.update(dict.fromkeys(docnums, (text,)))
        postings += len(docnums)
    if postings == len(column):
        return column
    several: dict[int, list[str]] = {}
    for text, docnums in by_value.items():
        for docnum in docnums:
            several.setdefault(docnum, []).append(text)
    column.update((docnum, tuple(v)) for docnum, v in several.items() if len(v) > 1)
    return column


class _RecordsOfValues(dict[str, dict[str, frozenset[int]]]):
    """The records of each value of a field (as `FacetTable.docs`), derived from the field's
    column when first asked for: its terms in Whoosh's order, those without a record too."""

    def __init__(
        self, values: dict[str, dict[int, tuple[str, ...]]], terms: dict[str, tuple[str, ...]]
    ) -> None:
        super().__init__()
        self._values = values
        self._terms = terms

    def __missing__(self, name: str) -> dict[str, frozenset[int]]:
        found: dict[str, list[int]] = {term: [] for term in self._terms[name]}
        for docnum, values in self._values[name].items():
            for value in values:
                found[value].append(docnum)
        by_value = {term: frozenset(docnums) for term, docnums in found.items()}
        self[name] = by_value
        return by_value


class FacetTable:
    """Every record's facet values, doc_id and date by Whoosh docnum, the records of each
    value, and which records are searchable passages (repeated quotes left out)."""

    def __init__(
        self,
        passages: frozenset[int],
        values: dict[str, dict[int, tuple[str, ...]]],
        dates: dict[str, frozenset[int]],
        terms: dict[str, tuple[str, ...]],
    ) -> None:
        self.passages = passages
        # Each field's values by record (kb.search.facets counts from these).
        self.values = values
        self.dates = dates
        # Each field's values, in Whoosh's order (the order of `docs`).
        self.terms = terms
        # The records of each value of each field, derived when a field is first asked for.
        self.docs: dict[str, dict[str, frozenset[int]]] = _RecordsOfValues(values, terms)

    @cached_property
    def ranked_dates(self) -> list[str]:
        """Every date, oldest first: each at its rank."""
        return sorted(self.dates)

    @cached_property
    def date_rank(self) -> dict[int, int]:
        """Rank of each record's date among all dates (0 = oldest); undated records have none."""
        rank_of: dict[int, int] = {}
        for rank, date in enumerate(self.ranked_dates):
            rank_of.update(dict.fromkeys(self.dates[date], rank))
        return rank_of

    @cached_property
    def one_date_each(self) -> bool:
        """Whether no record has two dates: then a record's date is its rank's."""
        return sum(map(len, self.dates.values())) == len(self.date_rank)

    @classmethod
    def from_searcher(cls, searcher: Searcher) -> FacetTable:
        """The table read from the postings of the index state the searcher sees."""
        passages = frozenset(searcher.docs_for_query(Term("record", "passage"))) - set(
            searcher.docs_for_query(Term("repeat", True))
        )
        # A field the index lacks (an index of an older kb being rebuilt) has no values.
        docs = {
            name: _postings(searcher, name) if name in searcher.schema else {}
            for name in TABLE_FIELDS
        }
        values = {name: _by_docnum(by_value) for name, by_value in docs.items()}
        terms = {name: tuple(by_value) for name, by_value in docs.items()}
        table = cls(passages, values, _postings(searcher, "date"), terms)
        table.docs.update(docs)
        return table

    def in_dates(self, date_from: str, date_to: str) -> frozenset[int]:
        """Records whose date overlaps the range; a partial date ("2021") spans its whole year."""
        return frozenset(
            chain.from_iterable(
                docnums
                for date, docnums in self.dates.items()
                if (not date_from or date + DATE_END >= date_from)
                and (not date_to or date <= date_to + DATE_END)
            )
        )


def _table_path(folder: str, generation: int) -> Path:
    return Path(folder, f"facets-{generation}.pickle")


def write_facet_table(ix: Index) -> None:
    """Build the table of the index's current state into its folder; drop older states' files.

    The state before stays readable for a search that began before the commit.
    """
    folder = getattr(ix.storage, "folder", None)
    if folder is None:
        return  # an index in memory (tests): its searches build the table
    with ix.searcher() as searcher:
        generation = searcher.reader().generation()
        table = FacetTable.from_searcher(searcher)
    data = {
        "version": TABLE_VERSION,
        "generation": generation,
        "passages": table.passages,
        "values": table.values,
        "dates": table.dates,
        "terms": table.terms,
    }
    path = _table_path(folder, generation)
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL))
    os.replace(tmp, path)
    for old in Path(folder).glob("facets-*.pickle"):
        number = old.stem.removeprefix("facets-")
        if number.isdigit() and int(number) < generation - 1:
            old.unlink(missing_ok=True)


def read_facet_table(ix: Index, searcher: Searcher) -> FacetTable:
    """The table of the state the searcher sees: from its file when the ingest wrote one."""
    folder = getattr(ix.storage, "folder", None)
    generation = searcher.reader().generation()
    if folder is not None:
        stored = _load(_table_path(folder, generation))
        if stored is not None and stored.get("generation") == generation:
            return FacetTable(
                stored["passages"], stored["values"], stored["dates"], stored["terms"]
            )
    return FacetTable.from_searcher(searcher)


def _load(path: Path) -> dict[str, Any] | None:
    try:
        data = pickle.loads(path.read_bytes())
    except FileNotFoundError:
        return None
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError) as exc:
        log.warning("facet table %s unreadable (%s): read from the index instead", path, exc)
        return None
    if not isinstance(data, dict) or data.get("version") != TABLE_VERSION:
        return None
    return data
