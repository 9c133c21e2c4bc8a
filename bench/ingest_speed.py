"""Ingest speed per page, this tree against an earlier commit, in one run.

Copies a folder of documents (default: the 631 regeringen.se pages of
../shared/corpora/regeringen), then runs `kb ingest --rebuild` on it with this
tree's kb and with kb at REV (a temporary git worktree), alternating, and prints
wall time per page for each. The machine is shared: compare only figures of one run.

    python3 bench/ingest_speed.py --against 4bc9946
    python3 bench/ingest_speed.py --against HEAD~5 --rounds 5 --folder corpus/
"""

from __future__ import annotations

import argparse
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


def run_ingest(src: Path, folder: Path, index: Path) -> float:
    """Seconds for one full `kb ingest --rebuild` with the kb under src."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    start = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-c",
            "from kb.cli import main; main()",
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
    return time.perf_counter() - start


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
            times: dict[str, list[float]] = {"this tree": [], args.against: []}
            for _ in range(args.rounds):
                times["this tree"].append(run_ingest(REPO / "src", folder, work / "i1"))
                times[args.against].append(run_ingest(old / "src", folder, work / "i2"))
    print(f"{pages} files from {args.folder}, {args.rounds} rounds, load {os.getloadavg()[0]:.1f}")
    for name, values in times.items():
        median = statistics.median(values)
        print(
            f"  {name:12} median {median:6.1f} s  {1000 * median / pages:6.1f} ms/page  (runs: "
            + ", ".join(f"{v:.1f}" for v in values)
            + ")"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
