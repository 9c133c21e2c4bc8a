"""Ingest benchmark on the 5,364 Riksdagen interpellations (issue 3).

Prints wall time, documents and passages per second and peak memory for a full
ingest, an unchanged re-run, and a run with 1% of the files changed. Reads
../shared/corpora/riksdagen-interpellations; works on a copy in a temp folder.

    python3 bench/ingest_interpellations.py [--limit N] [--workers N]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SOURCE = Path(os.environ.get("KB_SHARED", REPO.parent / "shared")) / "corpora" / "riksdagen-interpellations"


def run(cmd: list[str]) -> tuple[float, float, str]:
    """Wall seconds, peak RSS of the child in MiB, and its output."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if proc.returncode not in (0, 1):
        sys.exit(f"{' '.join(cmd)} failed:\n{proc.stderr}")
    return wall, max(peak, before) / 1024, proc.stdout + proc.stderr


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="only the first N files")
    parser.add_argument("--workers", type=int, default=0)
    args = parser.parse_args()
    if not SOURCE.is_dir():
        sys.exit(f"{SOURCE} not found: this benchmark needs ../shared beside the repository")
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp, "corpus")
        files = sorted(SOURCE.rglob("*.xml"))
        if args.limit:
            files = files[: args.limit]
        for f in files:
            target = corpus / f.relative_to(SOURCE)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(f, target)
        index = Path(tmp, "index")
        cmd = [sys.executable, "-m", "kb", "ingest", str(corpus), "--index", str(index), "--json"]
        if args.workers:
            cmd += ["--workers", str(args.workers)]
        import json

        def report(label: str, wall: float, peak: float, out: str) -> None:
            data = json.loads(out[: out.rindex("}") + 1])
            docs, passages = data["documents"], data["passages"]
            print(
                f"{label:<12} {wall:7.1f} s  {docs / wall:7.0f} docs/s  {passages / wall:8.0f} passages/s"
                f"  peak RSS {peak:6.0f} MiB  (added {data['added']}, updated {data['updated']},"
                f" unchanged {data['unchanged']}, failed {len(data['failures'])};"
                f" index {docs} documents, {passages} passages)"
            )

        print(f"{len(files)} files")
        report("full", *run(cmd))
        report("unchanged", *run(cmd))
        for f in files[:: 100]:
            target = corpus / f.relative_to(SOURCE)
            target.write_text(
                target.read_text(encoding="utf-8").replace("</body>", "<p>Ändrad.</p></body>"),
                encoding="utf-8",
            )
        report("1% changed", *run(cmd))


if __name__ == "__main__":
    main()
