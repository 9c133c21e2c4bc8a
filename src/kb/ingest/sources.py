"""Web sources in the corpus: `kb add` saves fetched pages with their sidecars, `--refresh` renews them.

URLs in, files out: each response is saved unchanged under the corpus folder
(one folder per host, a file name from the URL's path), beside a sidecar that
keeps the URL asked for, the URL after redirects, the retrieval date, the
content type and the validators (ETag, Last-Modified) a refresh sends back.
What a user wrote in a sidecar by hand is kept. The new files are then
ingested into the index at once.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import tempfile
import tomllib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from kb.errors import KbError
from kb.ingest import IngestOptions, IngestReport, run_ingest
from kb.ingest.corpus import iter_source_paths, sidecar_path
from kb.ingest.fetch import Fetched, Fetcher, FetchError, FetchOptions, NotModified, PageGone

log = logging.getLogger(__name__)

FETCH_TABLE = "fetch"  # the sidecar table kb writes; the top-level keys are the user's
MAX_NAME_CHARS = 80  # a file name from a long path is cut and given a hash to stay unique
# An outcome's status as kb add and the editor's page show it.
STATUS_TEXT = {
    "added": "Tillagd",
    "updated": "Uppdaterad",
    "unchanged": "Oförändrad",
    "failed": "Misslyckades",
    "gone": "Finns inte längre",
}


@dataclass(frozen=True)
class AddOptions:
    """Where fetched sources go and how they are fetched."""

    corpus_dir: Path
    index_dir: Path
    fetch: FetchOptions = field(default_factory=FetchOptions)
    ingest: bool = True
    workers: int | None = None  # ingest's parsing processes; None: one per core


@dataclass(frozen=True)
class Outcome:
    """What became of one URL."""

    url: str
    status: str  # added, updated, unchanged, gone, failed
    reason: str = ""  # why it failed or is gone; "" otherwise
    path: str = ""  # the saved file, relative to the corpus folder

    @property
    def failed(self) -> bool:
        return self.status in ("failed", "gone")

    def as_dict(self) -> dict[str, str]:
        return {"url": self.url, "status": self.status, "reason": self.reason, "path": self.path}


@dataclass(frozen=True)
class AddReport:
    """Every URL's outcome and the ingest that followed (None when nothing was saved)."""

    outcomes: tuple[Outcome, ...]
    ingest: IngestReport | None = None

    @property
    def ok(self) -> bool:
        return not any(o.failed for o in self.outcomes) and (self.ingest is None or self.ingest.ok)


def read_url_list(text: str) -> list[str]:
    """URLs from a --from file: one a line; blank lines and lines starting with # skipped."""
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def file_name_for(url: str, suffix: str) -> Path:
    """host/slug.suffix: one folder per host, a readable name from the path (and query)."""
    parts = urlsplit(url)
    host = re.sub(r"[^a-z0-9.-]", "_", (parts.hostname or "okand").lower())
    if parts.port:
        host += f"_{parts.port}"
    path = unquote(parts.path).strip("/")
    stem = re.sub(r"\.(html?|pdf|txt|md|markdown|xml|php|aspx?)$", "", path, flags=re.I)
    slug = re.sub(r"[^\w.-]+", "-", stem.lower(), flags=re.UNICODE).strip("-._") or "index"
    if parts.query or len(slug) > MAX_NAME_CHARS:
        digest = hashlib.sha1(url.encode("utf-8")).hexdigest()[:8]
        slug = f"{slug[:MAX_NAME_CHARS]}-{digest}"
    return Path(host, slug + suffix)


def toml_value(value: object) -> str:
    """A TOML value for the types a sidecar holds: strings, booleans, lists of strings."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    text = str(value)
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    escaped = re.sub(r"[\x00-\x1f\x7f]", lambda m: f"\\u{ord(m.group()):04x}", escaped)
    return f'"{escaped}"'


def sidecar_text(metadata: dict[str, Any]) -> str:
    """A sidecar's TOML: top-level keys, then tables (the fetch table, [[articles]])."""
    lines = ["# Written by kb add; the fetch table is kb's, the other keys may be edited by hand."]
    tables = []
    for key, value in metadata.items():
        if isinstance(value, dict):
            tables.append((key, value))
        elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            for entry in value:
                tables.append((f"[{key}]", entry))
        else:
            lines.append(f"{key} = {toml_value(value)}")
    for name, table in tables:
        lines.append(f"\n[{name}]")
        lines += [f"{k} = {toml_value(v)}" for k, v in table.items() if not isinstance(v, dict)]
    return "\n".join(lines) + "\n"


def _read_sidecar(path: Path) -> dict[str, Any]:
    sidecar = sidecar_path(path)
    if not sidecar.is_file():
        return {}
    try:
        return tomllib.loads(sidecar.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise KbError(f"{sidecar}: bad metadata ({exc}); fix or remove it first") from exc


def _write_atomic(path: Path, data: bytes) -> None:
    """Replace path with data in one rename, so a crash leaves the old file or the new."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".kb-add-")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def save_fetched(corpus_dir: Path, fetched: Fetched, existing: Path | None = None) -> tuple[Path, bool]:
    """Write the body and its sidecar; the file (relative) and whether its bytes changed."""
    relative = existing or file_name_for(fetched.url, fetched.suffix)
    if existing is not None and existing.suffix != fetched.suffix:
        # The page is now another type (an HTML page became a PDF): a new file, the old one goes.
        (corpus_dir / existing).unlink(missing_ok=True)
        sidecar_path(corpus_dir / existing).unlink(missing_ok=True)
        relative = existing.with_suffix(fetched.suffix)
    target = corpus_dir / relative
    changed = not target.is_file() or target.read_bytes() != fetched.body
    metadata = _read_sidecar(target)
    # The user's own keys stay; kb sets the URL only where none was written.
    metadata.setdefault("url", fetched.final_url)
    metadata["retrieved"] = fetched.retrieved
    metadata[FETCH_TABLE] = {
        key: value
        for key, value in {
            "url": fetched.url,
            "final_url": fetched.final_url,
            "content_type": fetched.content_type,
            "etag": fetched.etag,
            "last_modified": fetched.last_modified,
        }.items()
        if value
    }
    if changed:
        _write_atomic(target, fetched.body)
    _write_atomic(sidecar_path(target), sidecar_text(metadata).encode("utf-8"))
    return relative, changed


def iter_fetched_sources(corpus_dir: Path) -> Iterator[tuple[Path, dict[str, Any]]]:
    """Every file kb add saved under the corpus folder (relative path) with its fetch table:
    of the files ingest reads (iter_source_paths), those whose sidecar has one."""
    seen: set[Path] = set()
    for relative in iter_source_paths(corpus_dir):
        sidecar = sidecar_path(corpus_dir / relative)
        if sidecar in seen:  # "a.html" and "a.pdf" share "a.meta.toml": one source
            continue
        try:
            table = tomllib.loads(sidecar.read_text(encoding="utf-8")).get(FETCH_TABLE)
        except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
            continue  # no sidecar, or one ingest reports as bad
        seen.add(sidecar)
        if isinstance(table, dict) and table.get("url"):
            yield Path(relative), table


def _by_url(corpus_dir: Path) -> dict[str, Path]:
    return {str(table["url"]): path for path, table in iter_fetched_sources(corpus_dir)}


def iter_added(urls: Iterable[str], options: AddOptions) -> Iterator[Outcome]:
    """Fetch each URL into the corpus folder, yielding its outcome as soon as it is known."""
    options.corpus_dir.mkdir(parents=True, exist_ok=True)
    known = _by_url(options.corpus_dir)
    with Fetcher(options.fetch) as fetcher:
        for url in dict.fromkeys(u.strip() for u in urls if u.strip()):
            yield _add_one(fetcher, url, options.corpus_dir, known.get(url))


def add_urls(
    urls: Iterable[str], options: AddOptions, on_outcome: Callable[[Outcome], None] | None = None
) -> AddReport:
    """Fetch each URL into the corpus folder and ingest what was saved."""
    outcomes = []
    for outcome in iter_added(urls, options):
        outcomes.append(outcome)
        if on_outcome:
            on_outcome(outcome)
    return finish_adding(outcomes, options)


def _add_one(fetcher: Fetcher, url: str, corpus_dir: Path, existing: Path | None) -> Outcome:
    try:
        fetched = fetcher.fetch(url)
        relative, changed = save_fetched(corpus_dir, fetched, existing)
    except (FetchError, NotModified) as exc:
        return Outcome(url, "failed", str(exc))
    except OSError as exc:
        return Outcome(url, "failed", f"kunde inte spara ({exc.strerror or exc})")
    status = "added" if existing is None else "updated" if changed else "unchanged"
    return Outcome(url, status, path=relative.as_posix())


def refresh_sources(
    options: AddOptions, on_outcome: Callable[[Outcome], None] | None = None
) -> AddReport:
    """Re-fetch every URL-sourced file with conditional requests; re-ingest what changed."""
    outcomes = []
    with Fetcher(options.fetch) as fetcher:
        for relative, table in iter_fetched_sources(options.corpus_dir):
            url = str(table["url"])
            try:
                fetched = fetcher.fetch(
                    url, etag=str(table.get("etag", "")), last_modified=str(table.get("last_modified", ""))
                )
                saved, changed = save_fetched(options.corpus_dir, fetched, relative)
                outcome = Outcome(url, "updated" if changed else "unchanged", path=saved.as_posix())
            except NotModified:
                outcome = Outcome(url, "unchanged", path=relative.as_posix())
            except PageGone as exc:
                reason = f"{exc}; dess stycken finns kvar tills du tar bort {relative.as_posix()}"
                outcome = Outcome(url, "gone", reason, relative.as_posix())
            except FetchError as exc:
                outcome = Outcome(url, "failed", str(exc), relative.as_posix())
            outcomes.append(outcome)
            if on_outcome:
                on_outcome(outcome)
    return finish_adding(outcomes, options)


def finish_adding(outcomes: list[Outcome], options: AddOptions) -> AddReport:
    """The report, after ingesting the corpus folder when anything new was saved."""
    saved = any(o.status in ("added", "updated") for o in outcomes)
    report = None
    if saved and options.ingest:
        ingest = IngestOptions(index_dir=options.index_dir, workers=options.workers)
        report = run_ingest(options.corpus_dir, ingest)
    return AddReport(tuple(outcomes), report)
