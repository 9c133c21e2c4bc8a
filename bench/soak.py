"""Soak test (issue 8): mixed search load on `kb serve` while `kb ingest` runs three times.

Copies the seeds (tests/fixtures/seeds/) and some Riksdagen interpellations from ../shared/corpora into a
temp folder, ingests them, starts `kb serve` on loopback and runs CLIENTS
concurrent clients (HTML and JSON searches with filters, sorts and pages,
document, passage and citation pages) for DURATION seconds. Meanwhile ingest
runs three times: a tenth of the files replaced by others (removed and
added, so the index keeps its size), files changed, then a full --rebuild.
Prints error count (target 0), latency percentiles, and the server's RSS at
start, after warm-up and at the end (target: no growth beyond 10%).

    python3 bench/soak.py                       # 10 minutes, 16 clients
    python3 bench/soak.py --duration 60 --clients 8
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))
from web_screenshots import REPO, serve_process  # noqa: E402 - the same `kb serve` harness

SHARED = Path(os.environ.get("KB_SHARED", REPO.parent / "shared"))
INTERPELLATIONS = SHARED / "corpora" / "riksdagen-interpellations"

QUERIES = [
    "kvalitet",
    "distansarbete",
    "hemtjänst",
    "socialtjänsten",
    "IVO:s tillsyn",
    "barn och unga",
    '"psykisk ohälsa"',
    "äldreomsorg ELLER hemtjänst",
    "typ:citat kvalitet",
    "bemanning -distans",
    "regeringen bör",
    "personalomsättning",
    "LSS-insatser",
    "kvalitett",  # misspelt: "Menade du"
    "hälso- och sjukvård",
    "skola",
    "polisen",
    "",
]
FILTERS = [
    {},
    {"kind": "recommendation"},
    {"kind": "quote"},
    {"doctype": "interpellation"},
    {"doctype": "artikel", "kind": "finding"},
    {"year": "2021"},
    {"sort": "date"},
    {"page": "2"},
    {"from": "2019", "to": "2021"},
]


@dataclass
class Tally:
    """What the clients saw; one lock guards it."""

    latencies: list[float] = field(default_factory=list)
    statuses: Counter = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, seconds: float, status: int | str, what: str) -> None:
        with self.lock:
            self.latencies.append(seconds)
            self.statuses[status] += 1
            if is_error(status) or status == 404:
                self.errors.append(f"{status} {what}")


def is_error(status: int | str) -> bool:
    """A server error or a failed connection; a 404 is counted apart (a passage an ingest
    just rewrote can be gone between the search and the click)."""
    return not isinstance(status, int) or status >= 500


def rss_mb(pid: int) -> float:
    """Resident memory of a process (from /proc), in MiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


class Client(threading.Thread):
    """One user: a search, then now and then a document, a passage or a citation from it."""

    def __init__(self, port: int, tally: Tally, stop: threading.Event, seed: int) -> None:
        super().__init__(daemon=True)
        self.port, self.tally, self.stop, self.rng = port, tally, stop, random.Random(seed)
        self.conn: http.client.HTTPConnection | None = None

    def get(self, path: str) -> tuple[int | str, bytes]:
        start = time.perf_counter()
        try:
            if self.conn is None:
                self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
            self.conn.request("GET", path)
            response = self.conn.getresponse()
            status: int | str = response.status
            body = response.read()
        except (OSError, http.client.HTTPException) as exc:
            status, body = type(exc).__name__, b""
            self.conn = None
        self.tally.add(time.perf_counter() - start, status, path[:80])
        return status, body

    def run(self) -> None:
        while not self.stop.is_set():
            params = {"q": self.rng.choice(QUERIES), **self.rng.choice(FILTERS)}
            status, body = self.get("/api/search?" + urlencode(params))
            hits = json.loads(body)["hits"] if status == 200 else []
            roll = self.rng.random()
            if roll < 0.5:
                self.get("/?" + urlencode(params))
            elif hits and roll < 0.7:
                hit = self.rng.choice(hits)
                self.get(f"/dokument/{hit['doc_id']}?p={hit['id']}")
            elif hits and roll < 0.85:
                self.get(f"/passage/{self.rng.choice(hits)['id']}")
            elif hits:
                ids = [("id", h["id"]) for h in hits[:3]]
                self.get("/api/cite?" + urlencode(ids))


def copy_corpus(target: Path, count: int) -> list[Path]:
    """The seeds plus `count` interpellations spread over the years; returns those not yet copied."""
    shutil.copytree(REPO / "tests" / "fixtures" / "seeds", target)
    files = sorted(INTERPELLATIONS.rglob("*.xml"))
    chosen = files[:: max(1, len(files) // (count * 2))][: count * 2]
    for f in chosen[:count]:
        shutil.copyfile(f, target / f.name)
    return chosen[count:]


def ingest(corpus: Path, index: Path, *extra: str) -> tuple[float, int, str]:
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "kb", "ingest", str(corpus), "--index", str(index), *extra],
        capture_output=True,
        text=True,
        check=False,
    )
    return time.perf_counter() - start, proc.returncode, proc.stdout.strip().splitlines()[0]


def percentile(values: list[float], p: float) -> float:
    return statistics.quantiles(values, n=1000)[int(p * 10) - 1] if len(values) > 1 else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=float, default=600, help="seconds of load [600]")
    parser.add_argument("--clients", type=int, default=16, help="concurrent clients [16]")
    parser.add_argument("--interpellations", type=int, default=600, help="copied at start [600]")
    parser.add_argument(
        "--warmup",
        type=float,
        default=0.1,
        help="share of the run before RSS is taken as the baseline [0.1]",
    )
    args = parser.parse_args()
    if not INTERPELLATIONS.is_dir():
        sys.exit(
            f"{INTERPELLATIONS} not found: this benchmark needs ../shared beside the repository (or KB_SHARED)"
        )

    with tempfile.TemporaryDirectory() as tmp:
        corpus, index = Path(tmp, "corpus"), Path(tmp, "index")
        later = copy_corpus(corpus, args.interpellations)
        wall, code, line = ingest(corpus, index)
        print(f"initial ingest: {wall:.0f} s, exit {code}: {line}")

        serving = serve_process(index, log=Path(tmp, "serve.log"))
        with serving as (base, server):
            port = urlsplit(base).port or 0
            tally, stop = Tally(), threading.Event()
            clients = [Client(port, tally, stop, seed) for seed in range(args.clients)]
            rss_start = rss_mb(server.pid)
            begin = time.monotonic()
            for client in clients:
                client.start()

            def replace_files() -> None:
                """A tenth of the interpellations removed and as many others added: the index keeps
                its size, so the server's memory at the end compares with the start."""
                present = sorted(corpus.glob("*.xml"))[::10]
                for gone, new in zip(present, later, strict=False):
                    gone.unlink()
                    shutil.copyfile(new, corpus / new.name)

            def change_files() -> None:
                for path in sorted(corpus.glob("*.xml"))[::10]:
                    text = path.read_text(encoding="utf-8")
                    path.write_text(
                        text.replace("</body>", "<p>Ändrad.</p></body>"), encoding="utf-8"
                    )

            def changes() -> None:
                """Three ingests while the load runs: files added, files changed, a rebuild."""
                steps = [
                    (0.15, "replaced", replace_files),
                    (0.45, "changed", change_files),
                    (0.75, "rebuild", lambda: None),
                ]
                for share, label, change in steps:
                    while time.monotonic() - begin < share * args.duration and not stop.is_set():
                        time.sleep(0.5)
                    change()
                    extra = ("--rebuild",) if label == "rebuild" else ()
                    at = time.monotonic() - begin
                    wall, code, line = ingest(corpus, index, *extra)
                    print(
                        f"ingest ({label}) at {at:.0f} s: {wall:.0f} s, exit {code}: {line}",
                        flush=True,
                    )

            changer = threading.Thread(target=changes, daemon=True)
            changer.start()
            rss_samples = []
            rss_warm = 0.0
            while time.monotonic() - begin < args.duration:
                time.sleep(5)
                rss_samples.append(rss_mb(server.pid))
                if not rss_warm and time.monotonic() - begin >= args.warmup * args.duration:
                    rss_warm = rss_samples[-1]
                if len(rss_samples) % 12 == 0:
                    at = time.monotonic() - begin
                    print(f"  {at:4.0f} s: server RSS {rss_samples[-1]:.0f} MiB", flush=True)
            stop.set()
            for client in clients:
                client.join(timeout=70)
            changer.join()
            rss_end = rss_mb(server.pid)

    lat = sorted(tally.latencies)
    errors = sum(n for s, n in tally.statuses.items() if is_error(s))
    elapsed = args.duration
    print(
        f"\n{args.clients} clients, {elapsed:.0f} s, {len(lat)} requests ({len(lat) / elapsed:.1f}/s)"
    )
    print(f"statuses: {dict(tally.statuses)}")
    print(f"errors (5xx, failed connections): {errors}; not found (404): {tally.statuses[404]}")
    for message in tally.errors[:20]:
        print(f"  {message}")
    print(
        f"latency: p50 {percentile(lat, 50) * 1000:.0f} ms, p95 {percentile(lat, 95) * 1000:.0f} ms, "
        f"p99 {percentile(lat, 99) * 1000:.0f} ms, max {lat[-1] * 1000:.0f} ms"
    )
    growth = (rss_end / rss_warm - 1) * 100 if rss_warm else float("nan")
    print(
        f"server RSS: start {rss_start:.0f} MiB, after warm-up {rss_warm:.0f} MiB, "
        f"max {max(rss_samples):.0f} MiB, end {rss_end:.0f} MiB ({growth:+.1f}% since warm-up)"
    )


if __name__ == "__main__":
    main()
