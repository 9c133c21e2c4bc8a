"""The speed table in one run: ingest, re-ingest, search latency, cold CLI, fresh server, load.

    python3 bench/speed_table.py FOLDER [--against REV] [--queries 300] [--load-seconds 10]
    python3 bench/speed_table.py FOLDER --against REV --only ingest   # the two ingest rows
    python3 bench/speed_table.py FOLDER --against REV --only cli --cli-runs 10   # and cold CLI
    python3 bench/speed_table.py FOLDER --engine-floor   # with what indexing alone costs

On FOLDER (e.g. corpus/), for this tree and, with --against, for kb at REV (a
temporary git worktree), row by row so that both see the same load:
full ingest (wall, CPU, peak RSS of the process and its workers), unchanged
re-ingest, p50/p95 of full search requests (facets, grouping, snippets) on
distinct requests made from the index's word pairs (bench/distinct_queries.py),
beside a naive Whoosh and SQLite FTS5 over the same passages (the baselines of
bench/relevance.py) on the same queries, `kb search kvalitet` in a fresh
process, the first request to a fresh `kb serve`, and 16 clients on distinct
requests (bench/web_load.py). The load average is printed before and after:
the machine is shared, compare only figures of one run.

With --engine-floor, the ingest rows are followed by what indexing the same
passages alone costs, with nothing read from files, extracted or classified:
Whoosh's own writer (one process, then Whoosh's two-process writer) over their
title, heading and text with the naive analyzer of bench/relevance.py, and
SQLite FTS5 over the same, each into a folder on disk. What Whoosh's writer
takes for three fields is a floor for an ingest that keeps Whoosh as its engine.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BENCH = REPO / "bench"
CLI_RUNS = 3  # fresh `kb search` runs per tree (--cli-runs), the trees taking turns


def load() -> str:
    """The machine's load average, 1/5/15 minutes."""
    return "load average " + " ".join(f"{x:.2f}" for x in os.getloadavg())


def tree_rss(root: int) -> float:
    """MiB resident in process root and its descendants now (its ingest workers), from /proc."""
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            # "pid (name) state ppid ...": the name may hold spaces, so split after its ")".
            parents[int(stat.parent.name)] = int(stat.read_text().rpartition(")")[2].split()[1])
        except (OSError, ValueError, IndexError):
            continue
    tree, grew = {root}, True
    while grew:
        more = {pid for pid, ppid in parents.items() if ppid in tree} - tree
        tree |= more
        grew = bool(more)
    pages = 0
    for pid in tree:
        with contextlib.suppress(OSError, ValueError, IndexError):
            pages += int(Path(f"/proc/{pid}/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def timed(cmd: list[str], src: Path) -> tuple[float, float, float, float]:
    """Run cmd with src first on the path: (wall s, CPU s, peak RSS MiB of its largest process,
    peak RSS MiB of it and its workers together, sampled every 0.2 s)."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = [0.0]
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.2):
            peak[0] = max(peak[0], tree_rss(proc.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    done.set()
    sampler.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        sys.exit(
            f"{' '.join(cmd)} failed: {proc.stderr.read().decode()[-2000:] if proc.stderr else ''}"
        )
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, peak[0]


def kb(*args: str) -> list[str]:
    """The kb command line with this interpreter."""
    return [sys.executable, "-m", "kb", *args]


def first_request(src: Path, index: Path) -> tuple[float, float]:
    """(s until `kb serve` listens, s of its first search request) for a fresh server."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "PYTHONPATH": str(src)}
    start = time.perf_counter()
    proc = subprocess.Popen(
        kb("serve", "--index", str(index), "--port", str(port)),
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                if proc.poll() is not None or time.perf_counter() - start > 60:
                    sys.exit("kb serve did not start")
                time.sleep(0.02)
        up = time.perf_counter() - start
        start = time.perf_counter()
        urllib.request.urlopen(f"http://127.0.0.1:{port}/?q=kvalitet", timeout=60).read()
        return up, time.perf_counter() - start
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def cpu_seconds() -> float:
    """CPU seconds of this process and of its children that have ended."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def engine_floor_worker(index: Path, work: Path) -> None:
    """In a process of its own: index the kb index's passages with Whoosh's writer (one
    process, then two) and with SQLite FTS5, on disk; print the seconds of each as JSON."""
    import sqlite3

    from relevance import naive_schema
    from whoosh.index import create_in

    from kb.index import open_index
    from kb.search import iter_passages

    passages = [
        (p.id, meta.get("title", ""), p.heading, p.text)
        for p, meta in iter_passages(open_index(index))
    ]
    out: dict[str, dict[str, float]] = {}
    for procs in (1, 2):
        folder = work / f"whoosh-{procs}"
        folder.mkdir()
        start, cpu = time.perf_counter(), cpu_seconds()
        writer = create_in(str(folder), naive_schema()).writer(procs=procs, limitmb=128)
        for pid, title, heading, text in passages:
            writer.add_document(id=pid, title=title, heading=heading, text=text)
        writer.commit()
        out[f"Whoosh writer, {procs} process{'es' if procs > 1 else ''}"] = {
            "wall": time.perf_counter() - start,
            "cpu": cpu_seconds() - cpu,  # Whoosh's two-process writer: its worker's too
        }
        shutil.rmtree(folder)
    start, cpu = time.perf_counter(), cpu_seconds()
    db = sqlite3.connect(work / "fts5.sqlite")
    db.execute(
        "CREATE VIRTUAL TABLE p USING fts5(id UNINDEXED, title, heading, text,"
        " tokenize = 'unicode61 remove_diacritics 0')"
    )
    db.executemany("INSERT INTO p VALUES (?, ?, ?, ?)", passages)
    db.commit()
    db.close()
    out["SQLite FTS5"] = {"wall": time.perf_counter() - start, "cpu": cpu_seconds() - cpu}
    print(json.dumps({"passages": len(passages), "builds": out}))


def engine_floor(index: Path, work: Path, width: int) -> None:
    """The rows of engine_floor_worker, run with this tree's kb (to read the passages)."""
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    cmd = [sys.executable, __file__, "--engine-floor-worker", str(index), str(work)]
    done = subprocess.run(cmd, env=env, capture_output=True, check=True)
    found = json.loads(done.stdout.decode().strip().splitlines()[-1])
    print(
        f"\nindexing the same {found['passages']:,} passages alone (title, heading, text;"
        f" nothing read or extracted), {load()}",
        flush=True,
    )
    for name, s in found["builds"].items():
        print(f"  {name:<{width + 12}} {s['wall']:6.1f} s wall  {s['cpu']:6.1f} s CPU", flush=True)


def search_worker(index: Path, count: int, baselines: bool) -> None:
    """In a process with the tree's kb first on the path: time distinct requests, print JSON."""
    sys.path.insert(0, str(BENCH))
    from distinct_queries import requests

    from kb.index import open_index
    from kb.search import SearchRequest, iter_passages, run_search

    todo = requests(index, count)
    ix = open_index(index)
    out: dict[str, dict[str, float]] = {}
    wall, cpu = [], []
    for q, filters in todo:
        start, start_cpu = time.perf_counter(), time.process_time()
        run_search(ix, SearchRequest.create(q, filters))
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    out["kb"] = summary(wall) | {"cpu_p50": statistics.median(cpu)}
    if baselines:
        from relevance import naive_whoosh, sqlite_fts5

        passages = [
            (p.id, meta.get("title", ""), p.heading, p.text) for p, meta in iter_passages(ix)
        ]
        for name, make in (("naive Whoosh", naive_whoosh), ("FTS5", sqlite_fts5)):
            search = make(passages)
            wall = []
            for q, _ in todo:  # the baselines have no facets: the query alone
                start = time.perf_counter()
                search(q)
                wall.append((time.perf_counter() - start) * 1000)
            out[name] = summary(wall)
    print(json.dumps(out))


def summary(ms: list[float]) -> dict[str, float]:
    """p50, p95 and max of milliseconds."""
    ordered = sorted(ms)
    return {
        "p50": statistics.median(ordered),
        "p95": ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))],
        "max": ordered[-1],
        "n": len(ordered),
    }


def search_latency(
    src: Path, index: Path, count: int, baselines: bool
) -> dict[str, dict[str, float]]:
    """Run search_worker with src first on the path."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    cmd = [sys.executable, __file__, "--search-worker", str(index), "--queries", str(count)]
    done = subprocess.run(
        cmd + (["--baselines"] if baselines else []), env=env, capture_output=True, check=True
    )
    return json.loads(done.stdout.decode().strip().splitlines()[-1])


def web_load(src: Path, index: Path, seconds: float, clients: int) -> str:
    """bench/web_load.py --distinct (as many requests as the time needs) against a `kb serve`
    of src: its summary line, and its warning if the requests ran out."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    cmd = [sys.executable, str(BENCH / "web_load.py"), "--index", str(index)]
    cmd += ["--distinct", "--seconds", str(seconds), "--clients", str(clients)]
    done = subprocess.run(cmd, env=env, capture_output=True, check=False)
    return (
        " ".join(line.strip() for line in done.stdout.decode().strip().splitlines()[1:])
        if done.stdout
        else done.stderr.decode()[-300:]
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, nargs="?")
    parser.add_argument("--against", help="also measure kb at this commit, row by row")
    parser.add_argument("--queries", type=int, default=300, help="distinct search requests")
    parser.add_argument("--load-seconds", type=float, default=10.0, help="0 skips the load row")
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument(
        "--only",
        choices=("ingest", "cli"),
        help="only these rows (ingest: full and unchanged re-ingest; cli: those and the cold CLI)",
    )
    parser.add_argument("--cli-runs", type=int, default=CLI_RUNS, help="fresh `kb search` runs")
    parser.add_argument(
        "--engine-floor",
        action="store_true",
        help="after the ingest rows, index the same passages with Whoosh's writer and FTS5",
    )
    parser.add_argument("--search-worker", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--engine-floor-worker", type=Path, nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--baselines", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.search_worker:
        sys.path.insert(0, str(BENCH))
        search_worker(args.search_worker, args.queries, args.baselines)
        return 0
    if args.engine_floor_worker:
        sys.path.insert(0, str(BENCH))
        engine_floor_worker(*args.engine_floor_worker)
        return 0
    if args.folder is None:
        parser.error("FOLDER is required")
    print(f"{args.folder}: {load()}", flush=True)
    with tempfile.TemporaryDirectory(prefix="kb-speed-table-") as tmp:
        work = Path(tmp)
        trees = {"this tree": REPO / "src"}
        sys.path.insert(0, str(BENCH))
        from worktree import checked_out

        with contextlib.ExitStack() as stack:
            if args.against:
                old = stack.enter_context(checked_out(args.against, work / "old"))
                trees[args.against] = old / "src"
            measure(args, trees, work)
    print(load())
    return 0


def measure(args: argparse.Namespace, trees: dict[str, Path], work: Path) -> None:
    """Each row of the table for each tree, printed as it is measured."""
    index = {name: work / f"index-{i}" for i, name in enumerate(trees)}
    width = max(14, *map(len, trees)) + 2

    def row(title: str) -> None:
        print(f"\n{title}", flush=True)

    row("full ingest (wall, CPU, peak RSS of the largest process, of all its processes together)")
    for name, src in trees.items():
        wall, cpu, rss, tree = timed(
            kb("ingest", str(args.folder), "--index", str(index[name]), "--rebuild"), src
        )
        print(
            f"  {name:<{width}} {wall:6.1f} s wall  {cpu:6.1f} s CPU  {rss:5.0f} MiB  {tree:5.0f} MiB",
            flush=True,
        )
    if args.engine_floor:
        engine_floor(index["this tree"], work, width)
    row("unchanged re-ingest")
    for name, src in trees.items():
        wall, cpu, rss, tree = timed(
            kb("ingest", str(args.folder), "--index", str(index[name])), src
        )
        print(
            f"  {name:<{width}} {wall:6.2f} s wall  {cpu:6.2f} s CPU  {rss:5.0f} MiB  {tree:5.0f} MiB",
            flush=True,
        )
    if args.only == "ingest":
        return
    if args.only == "cli":
        cold_cli(args, trees, index, width)
        return
    row(f"search, full request, {args.queries} distinct requests (ms)")
    for i, (name, src) in enumerate(trees.items()):
        for system, s in search_latency(src, index[name], args.queries, i == 0).items():
            label = name if system == "kb" else system
            cpu = f"  CPU p50 {s['cpu_p50']:5.1f}" if "cpu_p50" in s else ""
            print(
                f"  {label:<{width}} p50 {s['p50']:6.2f}  p95 {s['p95']:6.2f}  max {s['max']:7.1f}{cpu}",
                flush=True,
            )
    cold_cli(args, trees, index, width)
    row("fresh `kb serve`: listening after, then its first search page (s)")
    for name, src in trees.items():
        up, first = first_request(src, index[name])
        print(f"  {name:<{width}} listening {up:5.2f}  first request {first:5.2f}", flush=True)
    if args.load_seconds:
        row(f"`kb serve`, {args.clients} clients, distinct requests, {args.load_seconds:.0f} s")
        for name, src in trees.items():
            line = web_load(src, index[name], args.load_seconds, args.clients)
            print(f"  {name:<{width}} {line}", flush=True)
    shutil.rmtree(work / "index-0", ignore_errors=True)


def cold_cli(
    args: argparse.Namespace, trees: dict[str, Path], index: dict[str, Path], width: int
) -> None:
    """The cold-CLI row: `kb search kvalitet` in a fresh process, the trees taking turns."""
    print(f"\n`kb search kvalitet`, fresh process, {args.cli_runs} runs (s), {load()}", flush=True)
    runs: dict[str, list[float]] = {name: [] for name in trees}
    for _ in range(args.cli_runs):
        for name, src in trees.items():
            runs[name].append(timed(kb("search", "kvalitet", "--index", str(index[name])), src)[0])
    for name, times in runs.items():
        print(
            f"  {name:<{width}} median {statistics.median(times):5.2f}  min {min(times):5.2f}",
            flush=True,
        )


if __name__ == "__main__":
    sys.exit(main())
