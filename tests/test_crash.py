"""Crash safety and concurrency: a killed ingest loses nothing, two ingests never interleave."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kb.errors import IndexBusy
from kb.index import index_info, ingest_lock, open_index
from kb.ingest import IngestOptions, run_ingest
from kb.search import SearchRequest, run_search

# Each test runs real ingests in subprocesses and kills them: 5 to 30 s apiece.
pytestmark = pytest.mark.slow

WORDS = (
    "socialtjänsten kommunen hemtjänst bemanning kvalitet distansarbete placering "
    "barn unga äldreomsorg tillsyn uppföljning personalomsättning ekonomi insatser"
).split()


def write_corpus(folder: Path, count: int, start: int = 0, variant: str = "") -> None:
    """Generated Markdown reports: enough text that an ingest takes a moment."""
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(start, start + count):
        paragraphs = [
            " ".join(WORDS[(n * 7 + i * 3 + j) % len(WORDS)] for j in range(40))
            + f" rapport{n} {variant}."
            for i in range(12)
        ]
        body = "\n\n".join(paragraphs)
        (folder / f"rapport-{n:04d}.md").write_text(f"# Rapport {n}\n\n{body}\n", encoding="utf-8")


def snapshot(index_dir: Path) -> tuple[int, int, int, list[str]]:
    """Counts, hit total and the ranked first page: what a user would notice changing."""
    ix = open_index(index_dir)
    info = index_info(index_dir)
    results = run_search(ix, SearchRequest.create("hemtjänst bemanning", per_page=20))
    return info.documents, info.passages, results.total, [h.passage.id for h in results.hits]


def passage_ids(index_dir: Path) -> list[str]:
    with open_index(index_dir).searcher() as searcher:
        return sorted(f["id"] for f in searcher.documents(record="passage"))


def ingest_cmd(corpus: Path, index: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "kb", "ingest", str(corpus), "--index", str(index), *extra]


def grow(corpus: Path) -> None:
    """What changes between two ingests: 120 new files and 20 changed ones."""
    write_corpus(corpus, 120, start=40)
    write_corpus(corpus, 20, variant="ändrad")


@pytest.mark.parametrize("rebuild", [False, True], ids=["incremental", "rebuild"])
def test_killed_ingest_keeps_the_previous_index(tmp_path: Path, rebuild: bool) -> None:
    extra = ("--rebuild",) if rebuild else ()
    # A clean build of the final corpus, timed, to know when to kill.
    final, clean = tmp_path / "final", tmp_path / "clean"
    write_corpus(final, 40)
    grow(final)
    start = time.monotonic()
    subprocess.run(ingest_cmd(final, clean, *extra), check=True, capture_output=True)
    full = time.monotonic() - start

    corpus, index = tmp_path / "corpus", tmp_path / "index"
    write_corpus(corpus, 40)
    run_ingest(corpus, IngestOptions(index_dir=index))
    before = snapshot(index)
    grow(corpus)
    for fraction in (0.2, 0.5, 0.8, 0.95):
        proc = subprocess.Popen(
            ingest_cmd(corpus, index, *extra), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        time.sleep(full * fraction)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        now = snapshot(index)  # the index still opens and answers...
        if now != before:  # ...as before, unless the kill came after the commit
            assert now[:3] == snapshot(clean)[:3]
            break

    # The next ingest is not blocked by the dead one's lock, completes the job,
    # and matches the clean build.
    result = subprocess.run(
        ingest_cmd(corpus, index, *extra), capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    # Ranking may differ in order only: an incrementally updated index counts
    # deleted records in its BM25 statistics until its segments merge.
    assert snapshot(index)[:3] == snapshot(clean)[:3]
    assert passage_ids(index) == passage_ids(clean)


def children(pid: int) -> set[int]:
    """The live child processes of pid (Linux /proc)."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            found.add(int(stat.parent.name))
    return found


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
def test_killed_ingest_leaves_no_workers_behind(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 400)
    proc = subprocess.Popen(
        ingest_cmd(corpus, tmp_path / "index", "--workers", "2"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    while len(workers := children(proc.pid)) < 2:
        assert proc.poll() is None and time.monotonic() < deadline, "ingest started no workers"
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 10
    while alive := {w for w in workers if Path(f"/proc/{w}").exists()}:
        if time.monotonic() > deadline:
            for w in alive:
                os.kill(w, signal.SIGKILL)
            pytest.fail(f"pool workers {sorted(alive)} outlived the killed ingest")
        time.sleep(0.1)


def test_second_ingest_refuses_while_one_runs(tmp_path: Path) -> None:
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    write_corpus(corpus, 5)
    with ingest_lock(index):
        with pytest.raises(IndexBusy, match="Another kb ingest"):
            run_ingest(corpus, IngestOptions(index_dir=index))
        result = subprocess.run(
            ingest_cmd(corpus, index), capture_output=True, text=True, check=False
        )
        assert result.returncode == 1
        assert "Another kb ingest is writing" in result.stderr
    run_ingest(corpus, IngestOptions(index_dir=index))  # free again once the first is done


def test_searches_answer_while_an_ingest_runs(tmp_path: Path) -> None:
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    write_corpus(corpus, 40)
    run_ingest(corpus, IngestOptions(index_dir=index))
    write_corpus(corpus, 120, start=40)
    for extra in ((), ("--rebuild",)):
        proc = subprocess.Popen(
            ingest_cmd(corpus, index, *extra), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        totals = set()
        from kb.web import IndexHolder

        holder = IndexHolder(index)
        while proc.poll() is None:
            results = run_search(holder.get(), SearchRequest.create("hemtjänst"))
            totals.add(results.total)
        assert proc.returncode == 0
        totals.add(run_search(holder.get(), SearchRequest.create("hemtjänst")).total)
        assert min(totals) > 0  # never an empty or broken index in between
