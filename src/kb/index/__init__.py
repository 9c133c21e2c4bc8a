"""The Whoosh index: schema, versions, and the one writer that commits only on success.

Layout of an index folder::

    index/
      CURRENT        name of the live generation, replaced atomically
      ingest.lock    held (flock) by the one ingest writing; freed if it dies
      gen-0003/      a Whoosh index: one record per document and per passage,
                     and one "meta" record (schema version, build time); beside it
                     each state's facet table (kb.facettable) and the words' analyses
                     (words.marshal, kb.analysis.wordtable)

Incremental ingests commit into the live generation (Whoosh commits are
atomic). A rebuild writes a new generation and switches CURRENT only after its
commit, so a search or a crash at any moment sees the old index or the new.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import os
import shutil
import weakref
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh.columns import VarBytesColumn
from whoosh.fields import BOOLEAN, COLUMN, ID, KEYWORD, NUMERIC, STORED, TEXT, Schema
from whoosh.index import Index
from whoosh.searching import Searcher
from whoosh.writing import IndexWriter

from kb.analysis import ANALYZER_VERSION, swedish_analyzer, swedish_folded_analyzer
from kb.analysis.passes import AnalysedValue, forget_reported_words
from kb.analysis.vocab import QUERY_LANGUAGE_WORDS
from kb.analysis.wordtable import Analysis, use_word_table, write_word_table
from kb.errors import IndexBusy, IndexMissing, IndexOutdated
from kb.facettable import write_facet_table
from kb.index.records import (
    HEADING_BOOST,
    TITLE_BOOST,
    analyse_fields,
    document_fields,
    passage_fields,
    with_analysed,
)
from kb.index.segments import KbSegmentWriter
from kb.index.settings import WRITER_POOL_MB
from kb.mapped import MappedStorage
from kb.models import Document, Passage

log = logging.getLogger(__name__)

# Bump when the fields below change; the analyzer has its own version.
# 4: references (passages), designation (documents); 5: the folded field (heading and
# text without å, ä, ö); 6: indexed_at (when a document entered the index, for feeds);
# 7: the text fields are AnalysedText (they take values analysed in the parse workers).
# 8: author (the document's authors on each passage: an interpellation's member).
# 9: addressee also the document's (an interpellation's minister) on each passage.
# 10: text_key (passages of the same words), title_key (documents of one title), shape
# (lead-ins). 11: an interpellation's number is its designation ("ip. 2017/18:45").
# 12: near_key (passages of mostly the same words). 13: near_key a column, not indexed.
SCHEMA_VERSION = 13
INDEX_VERSION = f"{SCHEMA_VERSION}.{ANALYZER_VERSION}"


class AnalysedText(TEXT):
    """A TEXT field that also takes a value analysed beforehand (kb.analysis.passes.AnalysedValue).

    Whoosh analyses each field value in add_document, in the one process that
    writes; ingest analyses in its parse workers instead, once per text for
    every field and for the topics and grounds, and hands the writer the
    postings. The stored text goes beside it as Whoosh's "_stored_<field>".
    """

    def index(self, value: Any, **kwargs: Any) -> Any:
        if isinstance(value, AnalysedValue):
            return value.postings
        return super().index(value, **kwargs)

    def spellable_words(self, value: Any) -> Any:
        if isinstance(value, AnalysedValue):
            return iter(value.spelling)
        return super().spellable_words(value)


def build_schema() -> Schema:
    """The fields of every record (passages, documents and the meta record share one schema)."""
    analyzer = swedish_analyzer()
    return Schema(
        id=ID(stored=True, unique=True),
        record=ID(stored=True),  # passage | document | meta
        doc_id=ID(stored=True),
        source=ID(stored=True),  # path relative to the ingested folder
        root=ID(stored=True),  # absolute path of the ingested folder
        content_hash=ID(stored=True),
        position=NUMERIC(stored=True, sortable=True),
        # spelling=True also indexes the unstemmed words (spell_title, spell_text)
        # for "Menade du …?" (kb.search.suggest).
        title=AnalysedText(analyzer=analyzer, stored=True, field_boost=TITLE_BOOST, spelling=True),
        heading=AnalysedText(analyzer=analyzer, stored=True, field_boost=HEADING_BOOST),
        text=AnalysedText(analyzer=analyzer, stored=True, spelling=True),
        # A passage's heading and text folded to plain letters ("vardanalys" finds
        # "Vårdanalys"), searched at a lower weight (kb.search.query.FOLDED_BOOST).
        folded=AnalysedText(analyzer=swedish_folded_analyzer()),
        kind=ID(stored=True, sortable=True),
        speaker=ID(stored=True, sortable=True),
        organisation=KEYWORD(stored=True, commas=True, lowercase=False, scorable=False),
        addressee=ID(stored=True, sortable=True),
        doctype=ID(stored=True, sortable=True),
        publisher=ID(stored=True, sortable=True),
        # The document's authors ("Finn Bengtsson (M)"), on each of its passages.
        author=KEYWORD(stored=True, commas=True, lowercase=False, scorable=False),
        topics=KEYWORD(stored=True, commas=True, lowercase=False, scorable=False),
        # Public documents a passage cites ("SOU 2020:47"), and those a document is.
        references=KEYWORD(stored=True, commas=True, lowercase=False, scorable=False),
        designation=KEYWORD(stored=True, commas=True, lowercase=False, scorable=False),
        quote_key=ID(stored=True),  # shared by passages quoting the same words
        # Shared by passages of the same words (a press release published twice, an
        # interpellation submitted again): one is listed, the others after every hit.
        text_key=ID(),
        # Alike for passages of mostly the same words (a quote edited between two press
        # releases, kb.extract.keys.near_key, as bytes): listed once too. A column only,
        # read for the first matches of a search (kb.search.grouping): as an indexed term
        # each passage's key was a term of its own and a value of the facet table.
        near_key=COLUMN(VarBytesColumn()),
        # Shared by the passages of documents of one title and year (an interpellation
        # submitted again under a new number): a few of them are listed, the rest after.
        title_key=ID(),
        # "lead_in": a passage that only leads in to what follows ("Mot denna bakgrund vill
        # jag fråga socialminister Jakob Forssmed:"), "table": a row of a table; both
        # ranked lower (kb.search.rerank). An index built before rows were told keeps
        # ranking them as paragraphs until rebuilt (`kb ingest … --rebuild`).
        shape=ID(),
        repeat=BOOLEAN(stored=True),  # a quote already quoted earlier in its document
        year=ID(stored=True, sortable=True),
        date=ID(stored=True, sortable=True),
        date_certain=BOOLEAN(stored=True),
        # When the record entered the index (UTC, ISO 8601): the feed's order.
        indexed_at=ID(stored=True, sortable=True),
        data=STORED,  # the record as JSON: Passage.as_dict() or Document.metadata() + indexed_at
    )


@dataclass(frozen=True)
class IndexInfo:
    """What an index holds."""

    path: str
    documents: int
    passages: int
    version: str
    built_at: str
    generation: str

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _generation(index_dir: Path) -> Path | None:
    current = index_dir / "CURRENT"
    if not current.is_file():
        return None
    name = current.read_text(encoding="utf-8").strip()
    return index_dir / name if name else None


def open_index(index_dir: Path) -> Index:
    """Open the live index for reading, or raise with the command that fixes it."""
    gen = _generation(index_dir)
    if gen is None or not whoosh_index.exists_in(gen):
        raise IndexMissing(
            f"Det finns inget index i {index_dir}/. Kör: kb ingest corpus/ --index {index_dir}"
        )
    try:
        ix = MappedStorage(str(gen)).open_index()
        meta = read_meta(ix)
    except (AttributeError, ImportError, ModuleNotFoundError, EOFError) as exc:
        raise IndexOutdated(
            f"Indexet i {index_dir}/ kan inte läsas av den här kb ({exc}). "
            f"Kör: kb ingest corpus/ --index {index_dir} --rebuild"
        ) from exc
    version = meta.get("version", "?")
    if _is_newer(version):
        # A kb serve started before an upgrade, reading what the upgraded ingest wrote.
        raise IndexOutdated(
            f"Indexet i {index_dir}/ byggdes av en nyare kb (schema {version}, den här läser "
            f"{INDEX_VERSION}). Starta om programmet, eller uppgradera kb."
        )
    if version != INDEX_VERSION:
        raise IndexOutdated(
            f"Indexet i {index_dir}/ byggdes av en annan kb (schema {version}, nu "
            f"{INDEX_VERSION}). Kör: kb ingest corpus/ --index {index_dir} --rebuild"
        )
    use_word_table(gen)  # its words' stems, read when a word is first analysed
    return ix


def state_key(ix: Index, generation: int) -> tuple[str, int, int]:
    """What tells one state of an index from every other this process has seen: its folder,
    Whoosh's generation, and when that generation's table of contents was written (an index
    folder removed and built again starts its generations over, at the same names).
    An index in memory: its identity in the place of the folder, and no time."""
    folder = getattr(ix.storage, "folder", None)
    if folder is None:
        return (f"memory-{id(ix)}", generation, 0)
    toc = os.path.join(folder, f"_{ix.indexname}_{generation}.toc")  # Whoosh's TOC._filename
    try:
        return (folder, generation, os.stat(toc).st_mtime_ns)
    except OSError:
        return (folder, generation, 0)


def _is_newer(version: str) -> bool:
    """Whether an index's "schema.analyzer" version is newer than this kb's INDEX_VERSION."""
    try:
        theirs, ours = (tuple(int(n) for n in v.split(".")) for v in (version, INDEX_VERSION))
    except ValueError:
        return False
    return theirs > ours


def read_meta(ix: Index) -> dict[str, Any]:
    """The meta record of an index (version, build time), or {} when it has none."""
    with ix.searcher() as searcher:
        return _meta(searcher)


def _meta(searcher: Searcher) -> dict[str, Any]:
    stored = searcher.document(id="meta")
    return json.loads(stored["data"]) if stored else {}


# Synonym groups by searcher, which sees one state of the index (reading the meta record
# took 0.1-0.3 ms a query); held weakly, so a searcher let go takes its entry with it.
_synonyms: weakref.WeakKeyDictionary[Searcher, tuple[tuple[str, ...], ...]] = (
    weakref.WeakKeyDictionary()
)


def read_synonyms(searcher: Searcher) -> tuple[tuple[str, ...], ...]:
    """The synonym groups of every ingested folder's synonyms.toml (kb.analysis.expansion)."""
    cached = _synonyms.get(searcher)
    if cached is not None:
        return cached
    stored = _meta(searcher).get("synonyms", {})
    groups = tuple(tuple(group) for root in sorted(stored) for group in stored[root])
    _synonyms[searcher] = groups
    return groups


def index_info(index_dir: Path) -> IndexInfo:
    """Counts and versions of the index in index_dir."""
    ix = open_index(index_dir)
    meta = read_meta(ix)
    with ix.searcher() as searcher:
        # doc_frequency would count deleted records until segments merge.
        documents = sum(1 for _ in searcher.document_numbers(record="document"))
        passages = sum(1 for _ in searcher.document_numbers(record="passage"))
    gen = _generation(index_dir)
    return IndexInfo(
        path=str(index_dir),
        documents=documents,
        passages=passages,
        version=meta.get("version", "?"),
        built_at=meta.get("built_at", ""),
        generation=gen.name if gen else "",
    )


@contextlib.contextmanager
def ingest_lock(index_dir: Path) -> Iterator[None]:
    """Hold the index folder's write lock; refuse at once if another ingest holds it.

    flock is released by the kernel when its holder dies, so a killed ingest
    never leaves a lock that blocks the next one.
    """
    index_dir.mkdir(parents=True, exist_ok=True)
    fd = os.open(index_dir / "ingest.lock", os.O_CREAT | os.O_RDWR, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise IndexBusy(
                f"Another kb ingest is writing {index_dir}/. Wait for it to finish, then run again."
            ) from exc
        yield
    finally:
        os.close(fd)


class IndexBatch:
    """One write to the index: deletions and additions that commit together or not at all."""

    def __init__(self, writer: IndexWriter) -> None:
        self._writer = writer
        self.changed = False
        self.indexed_at = datetime.now(UTC).isoformat(timespec="milliseconds")
        self._spelled: dict[str, set[str]] = {}  # field -> spelling words indexed (_unspelled)
        # The analyses of the words added, for the word table (kb.analysis.wordtable).
        self.words: dict[str, Analysis] = {}
        self.tails: dict[str, str] = {}
        forget_reported_words()
        with writer.searcher() as searcher:
            self._synonyms: dict[str, list[list[str]]] = _meta(searcher).get("synonyms", {})

    def synonym_groups(self) -> list[list[str]]:
        """The synonym groups of every ingested folder's synonyms.toml, as the batch leaves them."""
        return [group for root in sorted(self._synonyms) for group in self._synonyms[root]]

    def set_synonyms(self, root: str, groups: tuple[tuple[str, ...], ...]) -> None:
        """Keep the synonym groups of root's synonyms.toml; none forgets them."""
        listed = [list(group) for group in groups]
        if self._synonyms.get(root, []) == listed:
            return
        self._synonyms = {r: g for r, g in self._synonyms.items() if r != root}
        if listed:
            self._synonyms[root] = listed
        self.changed = True

    def delete_source(self, root: str, source: str) -> None:
        """Remove every record (documents and their passages) that came from one file."""
        with self._writer.searcher() as searcher:
            doc_ids = {
                f["doc_id"] for f in searcher.documents(record="document", root=root, source=source)
            }
        for doc_id in doc_ids:
            self._writer.delete_by_term("doc_id", doc_id)
        self.changed = True

    def stored_sources(self, root: str) -> dict[str, str]:
        """Source path -> content hash of every document ingested from root."""
        with self._writer.searcher() as searcher:
            return {
                f["source"]: f["content_hash"]
                for f in searcher.documents(record="document", root=root)
            }

    def speaker_names(self) -> list[str]:
        """Every speaker name already in the index."""
        with self._writer.searcher() as searcher:
            return [
                name.decode("utf-8") if isinstance(name, bytes) else name
                for name in searcher.lexicon("speaker")
            ]

    def add(
        self,
        document: Document,
        passages: list[Passage],
        root: str,
        analysed: tuple[dict[str, AnalysedValue], ...] | None = None,
    ) -> None:
        """Add one document and its passages; analysed: their analyse_fields, if made already."""
        analysed = analysed or analyse_fields(document, tuple(passages))
        for fields in analysed:
            for value in fields.values():
                self.words.update(value.words)
                self.tails.update(value.tails)
        self._writer.add_document(
            **with_analysed(
                document_fields(document, root, self.indexed_at), self._unspelled(analysed[0])
            )
        )
        self.changed = True
        quoted: set[str] = set()
        for passage, fields in zip(passages, analysed[1:], strict=True):
            # A quote repeated in its document (a press release's "Citat" block)
            # stays in the document but is found once, where it first stands.
            repeat = bool(passage.quote_key) and passage.quote_key in quoted
            quoted.add(passage.quote_key)
            record = passage_fields(
                passage,
                document,
                repeat=repeat,
                indexed_at=self.indexed_at,
                near=fields["text"].near_key,
            )
            self._writer.add_document(**with_analysed(record, self._unspelled(fields)))

    def _unspelled(self, fields: dict[str, AnalysedValue]) -> dict[str, AnalysedValue]:
        """The fields with only the spelling words this batch has not indexed yet.

        Whoosh files a word of a spelling field (spell_text, spell_title) as a
        posting of record 0 for every record that has it, and kb reads only
        which words those fields hold (kb.search.suggest): a word once is
        enough. It was 29% of the postings on the interpellations.
        """
        changed = {}
        for name, value in fields.items():
            seen = self._spelled.setdefault(name, set())
            if value.spelling and not seen.issuperset(value.spelling):
                words = tuple(w for w in value.spelling if w not in seen)
                seen.update(words)
                changed[name] = replace(value, spelling=words)
            elif value.spelling:
                changed[name] = replace(value, spelling=())
        return fields | changed if changed else fields

    def _commit(self) -> None:
        meta = {
            "version": INDEX_VERSION,
            "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "synonyms": self._synonyms,
        }
        self._writer.update_document(
            id="meta", record="meta", data=json.dumps(meta, ensure_ascii=False)
        )
        self._writer.commit()


@contextlib.contextmanager
def write_batch(index_dir: Path, *, rebuild: bool = False) -> Iterator[IndexBatch]:
    """Open the one writer of an ingest; commit when the block ends cleanly, discard otherwise.

    With rebuild (or when there is no usable index yet) the batch goes to a new
    generation that becomes live only once committed.
    """
    with ingest_lock(index_dir):
        gen = _generation(index_dir)
        fresh = rebuild or gen is None
        if not fresh:
            try:
                open_index(index_dir)
            except (IndexMissing, IndexOutdated):
                fresh = True
        if fresh:
            gen = _new_generation(index_dir)
            ix = whoosh_index.create_in(str(gen), build_schema())
        else:
            assert gen is not None
            ix = whoosh_index.open_dir(str(gen))
        # The ingest lock already excludes other kb writers; the timeout only
        # covers a stray Whoosh lock left by a foreign tool.
        # compound=False: Whoosh reads a file packed in a compound segment into a
        # BytesIO copy per searcher, and a searcher is kept per serving thread:
        # on the interpellations each thread's searcher held 100-200 MB of
        # copies (a server 405 MB warm, 831 MB after 500 searches on 2 threads).
        # Separate files are read through the OS's cache, shared by processes.
        writer = KbSegmentWriter(ix, timeout=5.0, limitmb=WRITER_POOL_MB, compound=False)
        batch = IndexBatch(writer)
        try:
            yield batch
        except BaseException:
            writer.cancel()
            raise
        if not (batch.changed or fresh):
            writer.cancel()  # nothing to write: keep the index and its build time as they are
            return
        batch._commit()
        try:
            write_facet_table(ix)  # read by every search of this state (kb.facettable)
        except Exception as exc:  # the commit stands: a search builds the table itself
            log.warning("facet table not written (%s): searches read it from the index", exc)
        try:
            names = [*QUERY_LANGUAGE_WORDS, *(n for g in batch.synonym_groups() for n in g)]
            # Read by searches, to analyse their words (kb.analysis.wordtable).
            write_word_table(gen, batch.words, batch.tails, names)
        except Exception as exc:  # the commit stands: a search analyses its words itself
            log.warning("word table not written (%s): searches analyse every word", exc)
        if fresh:
            _switch_generation(index_dir, gen, previous=_generation(index_dir))


def _new_generation(index_dir: Path) -> Path:
    numbers = [int(p.name[4:]) for p in index_dir.glob("gen-*") if p.name[4:].isdigit()]
    gen = index_dir / f"gen-{max(numbers, default=0) + 1:04d}"
    if gen.exists():
        shutil.rmtree(gen)
    gen.mkdir(parents=True)
    return gen


def _switch_generation(index_dir: Path, gen: Path, previous: Path | None) -> None:
    """Make gen the live generation atomically; keep the previous one, drop the rest.

    The previous generation stays for searches that opened it just before the
    switch; anything else (older ones, or one left by a crashed rebuild) goes.
    """
    tmp = index_dir / "CURRENT.tmp"
    tmp.write_text(gen.name + "\n", encoding="utf-8")
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, index_dir / "CURRENT")
    keep = {gen.name, previous.name if previous else ""}
    for old in index_dir.glob("gen-*"):
        if old.name not in keep and old.is_dir():
            shutil.rmtree(old, ignore_errors=True)
    log.info("index generation %s is live", gen.name)
