"""Latency of the pages of a speaker, an addressee and an organisation on the interpellation index.

Builds (once) the index of bench/search_latency.py (corpus/ and the 5,364
Riksdagen interpellations) in the folder given. The pages timed: the minister
with the most passages as a speaker (the interpellations are members'
questions, so a minister is seldom quoted: 14 at most), the addressee with the
most recommendations (Regeringen, 271), and the organisation with the most
passages (the publisher of them all, 39,506). For each: the first request
(which reads the facet table and the speaker's roles), a check that pages 1-50
hold their passages once each, newest first, and then warm wall and CPU time
of the whole web request (Flask's test client) for the first, a middle and the
last page as HTML, and the first as JSON.

    python3 bench/profile_latency.py --index /tmp/kb-latency   # builds it once (minutes)

Reads ../shared/corpora/riksdagen-interpellations (or $KB_SHARED/corpora/…).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import quote

REPO = Path(__file__).resolve().parents[1]
ROUNDS = 10

sys.path.insert(0, str(REPO / "src"))

from kb.index import open_index  # noqa: E402
from kb.search import SearchRequest, run_search  # noqa: E402
from kb.search.profiles import profile_key  # noqa: E402
from kb.web import create_app  # noqa: E402


def pick_minister(index_dir: Path) -> str:
    """The speaker with the most passages among those the corpus calls a minister."""
    results = run_search(open_index(index_dir), SearchRequest.create(per_page=1))
    client = create_app(index_dir, {"TESTING": True}).test_client()
    for value in results.facets["speaker"][:30]:
        data = client.get(f"/api/talare/{quote(profile_key('speaker', value.value))}").get_json()
        if any("minister" in role["value"] or "statsråd" in role["value"] for role in data["roles"]):
            return value.value
    sys.exit("no minister among the 30 speakers with the most passages")


def timed(client, url: str, rounds: int) -> tuple[list[float], list[float]]:  # noqa: ANN001
    """Wall and CPU milliseconds of each of `rounds` requests for url."""
    wall, cpu = [], []
    for _ in range(rounds):
        start, start_cpu = time.perf_counter(), time.process_time()
        response = client.get(url)
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    return wall, cpu


def bench_page(client, word: str, name: str, key: str, rounds: int) -> bool:  # noqa: ANN001
    """Time one page's first request, check its paging, time warm requests; True if it pages right."""
    start = time.perf_counter()
    first = client.get(f"/api/{word}/{key}").get_json()
    cold = (time.perf_counter() - start) * 1000
    pages = first["pages"]
    roles = ", ".join(f"{r['value']} ({r['count']})" for r in first["roles"][:3])
    print(
        f"/{word}/{key} {name}{f' ({roles})' if roles else ''}:"
        f" {first['total']} passages, {pages} pages of 20"
    )
    print(f"  first request (a speaker's roles are read once) {cold:.0f} ms")
    seen: list[dict] = []
    for number in range(1, min(pages, 50) + 1):
        seen += client.get(f"/api/{word}/{key}?page={number}").get_json()["hits"]
    dates = [h["document"]["date"] for h in seen if h["document"]["date"]]
    ids = [h["id"] for h in seen]
    ok = len(ids) == len(set(ids)) == min(first["total"], 50 * 20)
    ok = ok and dates == sorted(dates, reverse=True)
    print(f"  pages 1-{min(pages, 50)}: {len(ids)} passages, each once, newest first: {'yes' if ok else 'NO'}")
    middle = max(1, pages // 2)
    urls = {f"HTML page {n}": f"/{word}/{key}?page={n}" for n in dict.fromkeys((1, middle, pages))}
    for label, url in [*urls.items(), ("JSON page 1", f"/api/{word}/{key}")]:
        wall, cpu = timed(client, url, rounds)
        # Other processes on a shared machine inflate wall time; CPU time does not.
        print(
            f"  {label:<15} warm p50 {statistics.median(wall):6.1f} ms (CPU"
            f" {statistics.median(cpu):5.1f} ms)   max {max(wall):6.1f} ms   ({rounds} requests)"
        )
    return ok


def ensure_index(index_dir: Path) -> None:
    """Build bench/search_latency.py's index (corpus/ and the interpellations) unless it exists."""
    from search_latency import INTERPELLATIONS, build

    if (index_dir / "CURRENT").exists():
        return
    if INTERPELLATIONS.is_dir():
        build(index_dir)
    else:
        sys.exit(f"{INTERPELLATIONS} not found: this benchmark needs ../shared beside the repo")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=ROUNDS, help="timed requests per page")
    parser.add_argument("--index", type=Path, required=True, help="index folder (built if absent)")
    args = parser.parse_args()
    ensure_index(args.index)
    minister = pick_minister(args.index)
    results = run_search(open_index(args.index), SearchRequest.create(per_page=1))
    targets = [
        ("speaker", "talare", minister),
        ("addressee", "mottagare", results.facets["addressee"][0].value),
        ("organisation", "organisation", results.facets["organisation"][0].value),
    ]
    app = create_app(args.index, {"TESTING": True})
    client = app.test_client()
    ok = True
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    for facet, word, name in targets:
        ok &= bench_page(client, word, name, quote(profile_key(facet, name)), args.rounds)
    if not ok:
        sys.exit(1)


if __name__ == "__main__":
    main()
