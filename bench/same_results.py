"""Whether two trees of kb give the same search results: hits, order, scores, facets, snippets.

    python3 bench/same_results.py --index /tmp/idx --against REV [--queries 300]
    python3 bench/same_results.py --index /tmp/idx --against REV --against-index /tmp/idx-rev

REV is the tree to compare with (a commit before the change: run from a branch,
`--against main`; run from main, e.g. `--against HEAD~3`; main against itself says 0).

Runs the distinct requests of bench/distinct_queries.py (every fifth also asked
for its second page, every seventh sorted newest first) through
kb.search.run_search with this tree's kb and with kb at REV (a temporary git
worktree), each in its own process, and compares every field of the results
(SearchResults.as_dict(), each hit's score unrounded), printing each
difference. Exit status 1 if there is one. --against-index is the other
tree's index of the same folder, for a tree whose index format differs.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
BENCH = REPO / "bench"
SHOWN = 20  # differences printed
# When a record entered its index: two indexes of one folder (--against-index) differ in it.
NOT_COMPARED = frozenset({"indexed_at", "built_at"})


def made_requests(index: Path, count: int) -> list[dict[str, Any]]:
    """The requests compared, as keyword arguments of SearchRequest.create."""
    sys.path.insert(0, str(BENCH))
    from distinct_queries import requests

    made: list[dict[str, Any]] = []
    for i, (q, filters) in enumerate(requests(index, count)):
        made.append({"q": q, "filters": filters})
        if i % 5 == 0:
            made.append({"q": q, "filters": filters, "page": 2})
        if i % 7 == 0:
            made.append({"q": q, "filters": filters, "sort": "date"})
    return made


def worker(index: Path, todo: Path) -> None:
    """In a process with a tree's kb first on the path: print each request's results as JSON."""
    from kb.index import open_index
    from kb.search import SearchRequest, run_search

    ix = open_index(index)
    for kwargs in json.loads(todo.read_text(encoding="utf-8")):
        results = run_search(ix, SearchRequest.create(**kwargs))
        data = results.as_dict()
        for hit, shown in zip(results.hits, data["hits"], strict=True):
            shown["score"] = repr(hit.score)  # unrounded
        print(json.dumps(data, ensure_ascii=False, sort_keys=True))


def results_of(src: Path, index: Path, todo: Path) -> list[dict[str, Any]]:
    """Run worker with src first on the path."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    cmd = [sys.executable, __file__, "--worker", str(todo), "--index", str(index)]
    done = subprocess.run(cmd, env=env, capture_output=True, check=True)
    return [json.loads(line) for line in done.stdout.decode().splitlines()]


def differences(ours: Any, theirs: Any, path: str = "") -> list[str]:
    """Where two JSON values differ, as "path: ours != theirs"."""
    if isinstance(ours, dict) and isinstance(theirs, dict):
        found = []
        for key in sorted((set(ours) | set(theirs)) - NOT_COMPARED):
            found += differences(ours.get(key), theirs.get(key), f"{path}.{key}")
        return found
    if isinstance(ours, list) and isinstance(theirs, list) and len(ours) == len(theirs):
        pairs = enumerate(zip(ours, theirs, strict=True))
        return [d for i, (a, b) in pairs for d in differences(a, b, f"{path}[{i}]")]
    return [] if ours == theirs else [f"{path}: {ours!r:.120} != {theirs!r:.120}"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--index", type=Path, required=True, help="this tree's index")
    parser.add_argument("--against", help="the other tree: a git revision")
    parser.add_argument("--against-index", type=Path, help="its index (default: --index)")
    parser.add_argument("--queries", type=int, default=300, help="distinct requests")
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.index, args.worker)
        return 0
    if not args.against:
        parser.error("--against is required")
    with tempfile.TemporaryDirectory(prefix="kb-same-results-") as tmp:
        work = Path(tmp)
        todo = work / "requests.json"
        requests = made_requests(args.index, args.queries)
        todo.write_text(json.dumps(requests, ensure_ascii=False), encoding="utf-8")
        sys.path.insert(0, str(BENCH))
        from worktree import checked_out

        with checked_out(args.against, work / "old") as old:
            ours = results_of(REPO / "src", args.index, todo)
            theirs = results_of(old / "src", args.against_index or args.index, todo)
    found = []
    for request, a, b in zip(requests, ours, theirs, strict=True):
        found += [f"{request}: {d}" for d in differences(a, b)]
    hits = sum(len(r["hits"]) for r in ours)
    print(
        f"{len(requests)} requests ({args.queries} distinct queries), {hits} hits shown:"
        f" {len(found)} differences against {args.against}"
    )
    for line in found[:SHOWN]:
        print(f"  {line}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
