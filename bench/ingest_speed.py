"""Ingest speed per page, this tree against an earlier commit, in one run.

Copies a folder of documents (default: the 631 regeringen.se pages of
../shared/corpora/regeringen), then runs `kb ingest --rebuild` on it with this
tree's kb and with kb at REV (a temporary git worktree), alternating (which tree
goes first turns each round: the second finds the files in the page cache), and
prints for each the median wall time per page and of the two phases: parsing and
adding (the parse workers beside the writer) and the commit (the writer alone,
on one core), with the writer process's CPU. The machine is shared: compare only
figures of one run.

    python3 bench/ingest_speed.py --against 4bc9946
    python3 bench/ingest_speed.py --against HEAD~5 --rounds 4 --folder corpus/
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("KB_SHARED", REPO.parent / "shared"))


# Run in the ingest's process: kb's CLI with the commit timed (kb.index.IndexBatch._commit).
_TIMED_INGEST = """
import json, sys, time
import kb.index
start, cpu, phases = time.perf_counter(), time.process_time(), {}
commit = kb.index.IndexBatch._commit
def timed(batch):
    phases["parse and add"] = time.perf_counter() - start
    began = time.perf_counter()
    commit(batch)
    phases["commit"] = time.perf_counter() - began
kb.index.IndexBatch._commit = timed
from kb.cli import main
try:
    main()
finally:
    phases["writer CPU"] = time.process_time() - cpu
    sys.stderr.write("KB-PHASES " + json.dumps(phases) + "\\n")
"""
PHASES = ("parse and add", "commit", "writer CPU")


def run_ingest(src: Path, folder: Path, index: Path) -> dict[str, float]:
    """Seconds of one full `kb ingest --rebuild` with the kb under src: in all, and by phase."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    start = time.perf_counter()
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            _TIMED_INGEST,
            "ingest",
            str(folder),
            "--index",
            str(index),
            "--rebuild",
        ],
        env=env,
        check=True,
        capture_output=True,
    )
    seconds = {"all": time.perf_counter() - start}
    for line in done.stderr.decode().splitlines():
        if line.startswith("KB-PHASES "):
            seconds.update(json.loads(line.removeprefix("KB-PHASES ")))
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--against", required=True, help="the commit to compare with")
    parser.add_argument("--folder", type=Path, default=SHARED / "corpora" / "regeringen")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kb-ingest-speed-") as tmp:
        work = Path(tmp)
        folder = work / "docs"
        shutil.copytree(args.folder, folder, ignore=shutil.ignore_patterns("*.csv"))
        pages = sum(1 for p in folder.rglob("*") if p.is_file() and not p.name.endswith(".toml"))
        sys.path.insert(0, str(REPO / "bench"))
        from worktree import checked_out

        with checked_out(args.against, work / "old") as old:
            trees = {
                "this tree": (REPO / "src", work / "i1"),
                args.against: (old / "src", work / "i2"),
            }
            times: dict[str, list[dict[str, float]]] = {name: [] for name in trees}
            for round_ in range(args.rounds):
                for name in list(trees)[:: 1 if round_ % 2 == 0 else -1]:
                    times[name].append(run_ingest(trees[name][0], folder, trees[name][1]))
    print(f"{pages} files from {args.folder}, {args.rounds} rounds, load {os.getloadavg()[0]:.1f}")
    for name, runs in times.items():
        median = statistics.median(run["all"] for run in runs)
        phases = "  ".join(
            f"{phase} {statistics.median(run[phase] for run in runs):.1f} s"
            for phase in PHASES
            if all(phase in run for run in runs)
        )
        print(
            f"  {name:12} median {median:6.1f} s  {1000 * median / pages:6.1f} ms/page  {phases}"
            "  (runs: " + ", ".join(f"{run['all']:.1f}" for run in runs) + ")"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
