"""Another commit of this repository checked out beside it, for the benches that compare
two trees in one run (speed_table.py, ingest_speed.py, same_results.py)."""

from __future__ import annotations

import contextlib
import subprocess
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


@contextlib.contextmanager
def checked_out(rev: str, where: Path) -> Iterator[Path]:
    """`rev` checked out at `where` (a detached git worktree), removed again after."""
    subprocess.run(
        ["git", "-C", str(REPO), "worktree", "add", "--detach", str(where), rev],
        check=True,
        capture_output=True,
    )
    try:
        yield where
    finally:
        subprocess.run(
            ["git", "-C", str(REPO), "worktree", "remove", "--force", str(where)],
            check=False,
            capture_output=True,
        )
