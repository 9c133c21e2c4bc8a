"""The corpus folder: which files to read, their bytes, and the metadata a user wrote beside them.

Metadata a user writes wins over what the parsers extract. It lives in a
sidecar TOML file named after the document (``report.pdf`` ->
``report.meta.toml``) or, for Markdown, in YAML front matter. Keys: title,
publisher, doctype, url, date, date_certain, authors, language, addressee,
retrieved (the date a web page was read), ``[[articles]]`` tables for a page
that holds several articles, and the ``[fetch]`` table `kb add` keeps.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import stat
import tomllib
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path, PurePosixPath
from typing import Any

import yaml

from kb.errors import ParseError
from kb.models import Document
from kb.parse import MAX_FILE_BYTES, is_supported, too_large, unread_document
from kb.parse.dates import normalize_date

log = logging.getLogger(__name__)

SIDECAR_SUFFIX = ".meta.toml"
METADATA_KEYS = frozenset(
    {
        "title", "publisher", "doctype", "url", "date", "date_certain", "authors", "language",
        "addressee", "retrieved",
    }
)


def iter_source_paths(
    root: Path, problems: list[tuple[str, str]] | None = None, unread: list[str] | None = None
) -> Iterator[str]:
    """Relative paths (POSIX style, sorted) of every file under root that ingest reads.

    Hidden files and folders and sidecars are skipped. A link to a folder outside the
    corpus is followed (a collection linked into it was skipped without a word), each
    real folder once, so a link loop cannot trap the walk. A link to a folder inside the
    corpus is not: its files keep the path, and so the ids, they have there. A link to a
    folder that holds the corpus (`alla -> ..`), or to nothing, is appended to `problems`
    as (its path, the reason), and so is an unreadable folder. A document in a format kb does
    not read (a .docx, kb.parse.UNREAD_DOCUMENTS) is appended to `unread`.
    """
    problems = [] if problems is None else problems
    top = os.path.realpath(root)
    walked = {top}

    def refused(folder: str, name: str, reason: str) -> None:
        problems.append((Path(folder, name).relative_to(root).as_posix(), reason))

    def on_error(error: OSError) -> None:
        where = Path(error.filename or root)
        if where != root:
            problems.append((where.relative_to(root).as_posix(), f"unreadable ({error.strerror})"))

    for folder, dirs, files in os.walk(root, followlinks=True, onerror=on_error):
        kept = []
        for name in sorted(dirs):
            path = os.path.join(folder, name)
            real = os.path.realpath(path)
            if name.startswith(".") or real in walked:
                continue
            if os.path.islink(path) and (real == top or real.startswith(top + os.sep)):
                continue  # inside the corpus: walked by its own path
            if top.startswith(real + os.sep):
                refused(folder, name, "a link to a folder that holds the corpus; not followed")
                continue
            walked.add(real)
            kept.append(name)
        dirs[:] = kept
        for name in sorted(files):
            if name.startswith(".") or name.endswith(SIDECAR_SUFFIX) or _describes_folder(name):
                continue
            path = os.path.join(folder, name)
            if not is_supported(name):
                if os.path.islink(path) and not os.path.exists(path):
                    refused(folder, name, "a link to nothing (a folder moved or unmounted?)")
                elif unread is not None and unread_document(name):
                    unread.append(Path(folder, name).relative_to(root).as_posix())
                continue
            yield Path(folder, name).relative_to(root).as_posix()


def _describes_folder(name: str) -> bool:
    """Whether a file is a folder's description ("README.md", "readme.txt"), not one of its
    documents: the README of a collection of interpellations was document 5,365 of 5,364
    and came up in searches (a third blind audit)."""
    return PurePosixPath(name).stem.lower() == "readme"


def sidecar_path(path: Path) -> Path:
    """Where the sidecar metadata of a document file lives."""
    return path.with_name(path.stem + SIDECAR_SUFFIX)


def read_source(path: Path) -> tuple[bytes, dict[str, Any], str]:
    """A file's bytes (front matter removed), its user metadata, and its content hash.

    The hash covers the sidecar too, so editing metadata re-ingests the file.
    """
    data = _read_file(path)
    digest = hashlib.sha256(data)
    metadata: dict[str, Any] = {}
    sidecar = sidecar_path(path)
    if sidecar.is_file():
        raw = sidecar.read_bytes()
        digest.update(raw)
        try:
            metadata = tomllib.loads(raw.decode("utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ParseError(f"bad metadata in {sidecar.name} ({exc})") from exc
    if path.suffix.lower() in (".md", ".markdown"):
        front, data = split_front_matter(data)
        metadata = {**front, **metadata}
    return data, metadata, digest.hexdigest()


def _read_file(path: Path) -> bytes:
    """A regular file's bytes; pipes and devices are refused, since reading them may never end."""
    try:
        str(path).encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ParseError("its name is not valid UTF-8 (rename the file)") from exc
    try:
        # O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except PermissionError as exc:
        raise ParseError("unreadable (permission denied)") from exc
    except OSError as exc:
        raise ParseError(f"unreadable ({exc.strerror or exc})") from exc
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise ParseError("is a folder")
        if not stat.S_ISREG(info.st_mode):
            raise ParseError("not a regular file (a pipe, device or socket)")
        if info.st_size > MAX_FILE_BYTES:
            raise ParseError(too_large(info.st_size, MAX_FILE_BYTES))
        try:
            return fh.read(MAX_FILE_BYTES + 1)
        except OSError as exc:
            raise ParseError(f"unreadable ({exc.strerror or exc})") from exc


def split_front_matter(data: bytes) -> tuple[dict[str, Any], bytes]:
    """YAML front matter (between '---' lines at the top) and the rest of the file."""
    head = data.lstrip(b"\xef\xbb\xbf")
    if not head.startswith(b"---"):
        return {}, data
    lines = head.split(b"\n")
    if lines[0].strip() != b"---":
        return {}, data
    for i, line in enumerate(lines[1:], start=1):
        if line.strip() in (b"---", b"..."):
            try:
                front = yaml.safe_load(b"\n".join(lines[1:i]).decode("utf-8")) or {}
            except (yaml.YAMLError, UnicodeDecodeError) as exc:
                raise ParseError(f"bad front matter ({exc})") from exc
            if not isinstance(front, dict):
                raise ParseError("bad front matter (not a mapping of keys to values)")
            return front, b"\n".join(lines[i + 1 :])
    return {}, data


_SURROGATE = re.compile("[\ud800-\udfff]")


def _text(value: object) -> str:
    # YAML's "\ud800" escapes give lone surrogates, which no index or page can encode.
    return _SURROGATE.sub("\ufffd", str(value))


def _clean(metadata: dict[str, Any], where: str) -> dict[str, Any]:
    """Keep the known keys, in the types Document wants."""
    clean: dict[str, Any] = {}
    for key, value in metadata.items():
        if key in ("articles", "fetch"):  # tables: the articles of a page; kb add's own record
            continue
        if key not in METADATA_KEYS:
            log.warning("%s: unknown metadata key %r ignored", where, key)
            continue
        if key == "authors":
            values = value if isinstance(value, list | tuple) else [value] if value else []
            value = tuple(_text(v) for v in values)
        elif key == "retrieved":
            stated = value.isoformat()[:10] if isinstance(value, date | datetime) else _text(value)
            value = normalize_date(stated)
            if len(value) != 10:
                log.warning("%s: retrieved %r is no YYYY-MM-DD date; ignored", where, stated)
                continue
        elif key == "date":
            stated = value.isoformat()[:10] if isinstance(value, date | datetime) else _text(value)
            value = normalize_date(stated) if stated.strip() else ""
            if stated.strip() and not value:
                log.warning(
                    "%s: date %r is no date (YYYY, YYYY-MM or YYYY-MM-DD that exists); ignored",
                    where,
                    stated,
                )
                continue
        elif key == "date_certain":
            value = bool(value)
        else:
            value = _text(value)
        clean[key] = value
    # A date given by hand without saying otherwise is taken as known.
    if "date" in clean and "date_certain" not in clean:
        clean["date_certain"] = bool(clean["date"])
    return clean


def apply_metadata(
    documents: list[Document], metadata: dict[str, Any], where: str
) -> list[Document]:
    """Overlay user metadata on parsed documents; split a page into its listed articles."""
    from kb.parse.articles import split_articles

    page = _clean(metadata, where)
    articles = metadata.get("articles")
    if articles is not None and not (
        isinstance(articles, list) and all(isinstance(a, dict) for a in articles)
    ):
        raise ParseError("bad metadata (articles must be a list of tables: [[articles]])")
    if articles and len(documents) == 1:
        documents = split_articles(documents[0], list(articles))
        return [
            replace(doc, **{**page, "title": doc.title, **_clean(article, where)})
            for doc, article in zip(documents, _found(documents, articles), strict=True)
        ]
    return [replace(doc, **page) for doc in documents]


def _found(documents: list[Document], articles: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The article tables that split_articles found, in the order of its documents."""
    by_title = {str(a.get("title", "")): a for a in articles}
    return [by_title.get(doc.title, {}) for doc in documents]
