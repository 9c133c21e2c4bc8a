"""Ingest: a folder of files (or fetched pages, kb add) in, the index updated in one batch out.

Changed files are read and parsed on every core, then written in one batch."""

from __future__ import annotations

import hashlib
import logging
import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from kb.analysis.expansion import SYNONYMS_FILE, SynonymsError, load_synonyms
from kb.analysis.grounds import link_grounds
from kb.analysis.passes import AnalysedValue, analyse_text
from kb.analysis.topics import tag_passages
from kb.errors import KbError, ParseError
from kb.extract import extract_passages
from kb.extract.references import document_designations, find_references
from kb.extract.spellings import speaker_key
from kb.index import analyse_fields, index_info, write_batch
from kb.ingest.corpus import apply_metadata, iter_source_paths, read_source
from kb.models import Document, Passage
from kb.parse import parse_bytes

log = logging.getLogger(__name__)

# Below this many files to parse, a process pool costs more than it saves.
POOL_THRESHOLD = 16


@dataclass(frozen=True)
class IngestOptions:
    """How to ingest."""

    index_dir: Path
    rebuild: bool = False
    workers: int | None = None  # processes that parse; None: one per core


@dataclass(frozen=True)
class Failure:
    """A file that could not be ingested, and why."""

    path: str
    reason: str

    def as_dict(self) -> dict[str, str]:
        return {"path": self.path, "reason": self.reason}


@dataclass(frozen=True)
class IngestReport:
    """What an ingest did."""

    root: str
    files: int
    added: int
    updated: int
    unchanged: int
    removed: int
    documents: int
    passages: int
    failures: tuple[Failure, ...] = ()
    # Documents in formats kb does not read (a .docx): passed over, named, no failure.
    unread: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.failures

    def as_dict(self) -> dict[str, Any]:
        data = dict(self.__dict__)
        data["failures"] = [f.as_dict() for f in self.failures]
        return data


@dataclass(frozen=True)
class Loaded:
    """One file after reading and parsing in a worker."""

    source: str
    content_hash: str = ""
    unchanged: bool = False
    documents: tuple[tuple[Document, tuple[Passage, ...]], ...] = ()
    # For each document, the text fields of its record and its passages' analysed
    # (kb.index.analyse_fields).
    analysed: tuple[tuple[dict[str, AnalysedValue], ...], ...] = ()
    error: str = ""


class SpeakerNames:
    """One spelling per person across the corpus: the first one the index holds.

    "Rebecka Kurlberg" in a new document becomes the "Rebecca Kurlberg" already
    indexed, so the speaker facet and citations name one person once.
    """

    def __init__(self, names: list[str]) -> None:
        self._by_key: dict[str, str] = {}
        for name in names:
            self._by_key.setdefault(speaker_key(name), name)

    def canonical(self, passage: Passage) -> Passage:
        """The passage with its speaker's name spelled as elsewhere in the corpus."""
        speaker = passage.speaker
        if speaker is None or not speaker.name:
            return passage
        name = self._by_key.setdefault(speaker_key(speaker.name), speaker.name)
        if name == speaker.name:
            return passage
        return replace(passage, speaker=replace(speaker, name=name))


def document_id(source: str, number: int) -> str:
    """A stable document id from the file's path (and the article's place in a split page)."""
    key = source if number == 0 else f"{source}#{number}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def load_file(root: str, source: str, known_hash: str | None) -> Loaded:
    """Read, parse, extract and analyse one file; unchanged files stop at the hash."""
    path = Path(root, source)
    try:
        data, metadata, content_hash = read_source(path)
        if content_hash == known_hash:
            return Loaded(source, content_hash, unchanged=True)
        documents = apply_metadata(parse_bytes(data, path.name), metadata, source)
        result = []
        analysed = []
        for number, document in enumerate(documents):
            document = replace(
                document, id=document_id(source, number), source=source, content_hash=content_hash
            )
            document = replace(
                document,
                designations=document_designations(document.title, document.blocks, document.url),
            )
            passages = [
                replace(p, references=find_references(p.source_text or p.text))
                for p in tag_passages(extract_passages(document))
            ]
            result.append((document, tuple(link_grounds(passages))))
            analysed.append(analyse_fields(*result[-1]))
            # The topics, grounds and fields above analysed each text once; the next
            # document asks for other texts.
            analyse_text.cache_clear()
        return Loaded(source, content_hash, documents=tuple(result), analysed=tuple(analysed))
    except ParseError as exc:
        return Loaded(source, error=str(exc))
    except RecursionError:
        return Loaded(source, error="too deeply nested to read")
    except MemoryError:
        return Loaded(source, error="too large to read in memory")
    except Exception as exc:  # noqa: BLE001 - one bad file must not stop the batch
        log.exception("unexpected error reading %s", source)
        return Loaded(source, error=f"unexpected error: {type(exc).__name__}: {exc}")


def _load_task(task: tuple[str, str, str | None]) -> Loaded:
    """load_file in a pool worker: the documents go back without their blocks (not indexed)."""
    loaded = load_file(*task)
    documents = tuple((replace(d, blocks=()), passages) for d, passages in loaded.documents)
    return replace(loaded, documents=documents)


def _exit_with_parent(parent: int) -> None:
    """In a pool worker: exit once the ingest that started it is gone.

    A SIGKILLed (or OOM-killed) ingest cannot stop its workers, and they never
    see the end of their task queue (each holds both ends of its pipe), so
    without this they would wait forever, 160 MB each.
    """

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="kb-parent-watch", daemon=True).start()


def _content_hash(root: str, source: str) -> str | None:
    """The file's content hash as load_file computes it, or None if reading it fails."""
    try:
        return read_source(Path(root, source))[2]
    except Exception:  # noqa: BLE001 - load_file reads the file again and reports why
        return None


def iter_loaded(
    root: str, tasks: list[tuple[str, str, str | None]], workers: int | None
) -> Iterator[Loaded]:
    """Load files in order, in parallel when there are enough of them; unchanged ones first."""
    # A file whose hash is the one indexed needs no parsing, and hashing it here
    # is cheaper than sending it to a worker: each spawned worker imports kb
    # (0.5 s) and every file is a round trip. Changed files keep their order.
    changed = []
    for task in tasks:
        if task[2] is not None and _content_hash(root, task[1]) == task[2]:
            yield Loaded(task[1], task[2], unchanged=True)
        else:
            changed.append(task)
    tasks = changed
    workers = workers or os.cpu_count() or 1
    if workers <= 1 or len(tasks) < POOL_THRESHOLD:
        for task in tasks:
            yield load_file(*task)
        return
    # "spawn", not fork: a forked worker would inherit the ingest lock's file
    # descriptor and keep the lock held after a killed ingest.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_exit_with_parent,
        initargs=(os.getpid(),),
    ) as pool:
        yield from pool.map(_load_task, tasks, chunksize=8)


def run_ingest(
    root: Path, options: IngestOptions, on_file: Callable[[str], None] | None = None
) -> IngestReport:
    """Bring the index up to date with the files under root, in one atomic commit."""
    if not root.is_dir():
        raise KbError(f"{root} is not a folder. Give the folder that holds your documents.")
    root_key = str(root.resolve())
    problems: list[tuple[str, str]] = []
    unread: list[str] = []
    sources = list(iter_source_paths(root, problems, unread))
    failures: list[Failure] = []
    for where, reason in problems:
        failures.append(Failure(where, reason))
        log.warning("%s: %s", where, reason)
    added = updated = unchanged = 0
    with write_batch(options.index_dir, rebuild=options.rebuild) as batch:
        known = batch.stored_sources(root_key)
        speakers = SpeakerNames(batch.speaker_names())
        tasks = [(root_key, source, known.get(source)) for source in sources]
        for loaded in iter_loaded(root_key, tasks, options.workers):
            if on_file:
                on_file(loaded.source)
            if loaded.error:
                # A file that fails keeps whatever version of it was indexed before.
                failures.append(Failure(loaded.source, loaded.error))
                log.warning("%s: %s", loaded.source, loaded.error)
                continue
            if loaded.unchanged:
                unchanged += 1
                continue
            if loaded.source in known:
                batch.delete_source(root_key, loaded.source)
                updated += 1
            else:
                added += 1
            for (document, passages), analysed in zip(
                loaded.documents, loaded.analysed, strict=True
            ):
                batch.add(document, [speakers.canonical(p) for p in passages], root_key, analysed)
        # A folder that could not be read (a link to nothing: moved, unmounted) keeps
        # what was indexed from it, as a file that fails does.
        kept = tuple(f"{where}/" for where, _ in problems)
        gone = sorted(s for s in set(known) - set(sources) if not s.startswith(kept))
        for source in gone:
            batch.delete_source(root_key, source)
        try:
            batch.set_synonyms(root_key, load_synonyms(root) or ())
        except SynonymsError as exc:
            # A broken file keeps the groups it had; the ingest fails so the user sees why.
            failures.append(Failure(SYNONYMS_FILE, str(exc)))
            log.warning("%s", exc)
    info = index_info(options.index_dir)
    return IngestReport(
        root=str(root),
        files=len(sources),
        added=added,
        updated=updated,
        unchanged=unchanged,
        removed=len(gone),
        documents=info.documents,
        passages=info.passages,
        failures=tuple(failures),
        unread=tuple(unread),
    )
