"""Latency of a full search request over the interpellations and the seeds (issue 5).

One process, one index holding the seeds (tests/fixtures/seeds/) and the 5,364 Riksdagen
interpellations. Each request is what the UI asks for: parse and expand the
query, search, count every facet, group by document and highlight one page
of ten hits (kb.search.run_search). The queries are the judged query set
(bench/data/relevance-queries.toml), each also with a facet filter and sorted
by date. After one warm-up round, every request is timed ROUNDS times; the
script prints p50, p95 and the slowest (wall time, and CPU time of this
process, which other processes on a shared machine do not inflate), the first
(cold) request, and the process's peak memory.

    python3 bench/search_latency.py --index /tmp/kb-latency   # builds it once (minutes)

Reads ../shared/corpora/riksdagen-interpellations (or $KB_SHARED/corpora/…).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import time
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("KB_SHARED", REPO.parent / "shared"))
INTERPELLATIONS = SHARED / "corpora" / "riksdagen-interpellations"
QUERIES = REPO / "bench" / "data" / "relevance-queries.toml"
ROUNDS = 5

sys.path.insert(0, str(REPO / "src"))

from kb.index import open_index  # noqa: E402
from kb.ingest import IngestOptions, run_ingest  # noqa: E402
from kb.search import SearchRequest, run_search  # noqa: E402


def build(index_dir: Path) -> None:
    """Ingest the seeds and the interpellations into index_dir."""
    for folder in (REPO / "tests" / "fixtures" / "seeds", INTERPELLATIONS):
        start = time.perf_counter()
        report = run_ingest(folder, IngestOptions(index_dir=index_dir))
        print(
            f"ingested {folder.name}: {report.documents} documents, {report.passages} passages"
            f" in {time.perf_counter() - start:.0f} s",
            file=sys.stderr,
        )
        if not report.ok:
            sys.exit(f"ingest failed: {report.failures[:3]}")


def requests() -> list[SearchRequest]:
    """Every judged query as typed, with a kind filter, and sorted by date."""
    queries = [q["q"] for q in tomllib.loads(QUERIES.read_text(encoding="utf-8"))["query"]]
    made = []
    for q in queries:
        made.append(SearchRequest.create(q))
        made.append(SearchRequest.create(q, {"kind": ["finding", "recommendation"]}))
        made.append(SearchRequest.create(q, sort="date"))
    return made


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", type=Path, required=True, help="index folder (built if absent)")
    parser.add_argument("--rounds", type=int, default=ROUNDS)
    args = parser.parse_args()
    if not (args.index / "CURRENT").exists():
        if not INTERPELLATIONS.is_dir():
            sys.exit(f"{INTERPELLATIONS} not found: this benchmark needs ../shared beside the repo")
        build(args.index)
    ix = open_index(args.index)
    todo = requests()
    start = time.perf_counter()
    run_search(ix, todo[0])
    cold = time.perf_counter() - start
    for request in todo:  # warm-up: caches, the facet table, the analyzer's vocabulary
        run_search(ix, request)
    timings: dict[str, list[float]] = {"typed": [], "filtered": [], "by date": []}
    cpu: list[float] = []
    slowest = (0.0, "")
    for _ in range(args.rounds):
        for i, request in enumerate(todo):
            start, start_cpu = time.perf_counter(), time.process_time()
            results = run_search(ix, request)
            took = (time.perf_counter() - start) * 1000
            cpu.append((time.process_time() - start_cpu) * 1000)
            timings[("typed", "filtered", "by date")[i % 3]].append(took)
            slowest = max(slowest, (took, f"{request.q!r} ({results.total} hits)"))
    everything = [t for ts in timings.values() for t in ts]
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"{len(todo)} requests x {args.rounds} rounds, one page of 10 hits each;"
        f" first request (cold) {cold * 1000:.0f} ms"
    )
    for name, values in [*timings.items(), ("all", everything)]:
        print(
            f"  {name:<9} p50 {statistics.median(values):6.1f} ms   "
            f"p95 {percentile(values, 0.95):6.1f} ms   max {max(values):6.1f} ms"
        )
    # Other processes on a shared machine inflate wall time; CPU time does not.
    print(
        f"  CPU time  p50 {statistics.median(cpu):6.1f} ms   "
        f"p95 {percentile(cpu, 0.95):6.1f} ms   max {max(cpu):6.1f} ms"
    )
    print(f"  slowest: {slowest[1]} {slowest[0]:.0f} ms")
    print(f"peak memory (max RSS) of this process: {peak:.0f} MiB")


if __name__ == "__main__":
    main()
