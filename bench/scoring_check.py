"""kb.search.scoring against Whoosh in one process: the same results, and the time of each.

    python3 bench/scoring_check.py --index /tmp/idx [--queries 600]

For the distinct word pairs of bench/distinct_queries.py and every judged query of
bench/data/relevance-*queries.toml, kb's plan of the query is searched three ways
(every match; the passages with some of the words, 50 of them with records masked;
the passages whose title has the words, 50), each with Whoosh's Searcher.search
(no limit, then cut: Whoosh's own limited search may leave the best out, see
kb.search.scoring) and with score_all, and its records gathered with docs_for_query
and with matching. Prints how many differ (exit status 1 if any) and the mean time of
each way, one right after the other for each query (so that both see the same load),
after an untimed search that decodes the posting lists both read.
"""

from __future__ import annotations

import argparse
import sys
import time
import tomllib
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.append(str(REPO / "src"))  # after $PYTHONPATH: another tree's kb may be measured
sys.path.insert(0, str(REPO / "bench"))

from distinct_queries import word_pairs  # noqa: E402

from kb.index import open_index  # noqa: E402
from kb.search import _searcher  # noqa: E402
from kb.search.ranking import plan_query  # noqa: E402
from kb.search.scoring import matching, score_all  # noqa: E402
from kb.search.titles import title_only  # noqa: E402


def judged_queries() -> list[str]:
    """Every query of the judged sets."""
    found = []
    for path in sorted((REPO / "bench" / "data").glob("relevance-*queries.toml")):
        found += [str(q["q"]) for q in tomllib.loads(path.read_text(encoding="utf-8"))["query"]]
    return found


def whoosh_best(searcher: Any, query: Any, limit: int | None, mask: set[int] | None) -> Any:
    """Whoosh's ranking of every match, cut at limit (its own limited search may leave the
    best out: kb.search.scoring)."""
    return searcher.search(query, limit=None, mask=mask).top_n[:limit]


def kb_best(searcher: Any, query: Any, limit: int | None, mask: set[int] | None) -> Any:
    return score_all(searcher, query, limit=limit, mask=mask).top_n


def whoosh_records(searcher: Any, query: Any) -> set[int]:
    return set(searcher.docs_for_query(query))


def timed(spent: dict[str, float], *ways: tuple[str, Callable[[], Any]]) -> list[Any]:
    """Each way's result, run one after the other; its time added to spent[its name]."""
    results = []
    for name, way in ways:
        started = time.perf_counter()
        results.append(way())
        spent[name] += time.perf_counter() - started
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--index", type=Path, required=True)
    parser.add_argument("--queries", type=int, default=600, help="distinct word pairs")
    args = parser.parse_args()
    ix = open_index(args.index)
    searcher = _searcher(ix)
    queries = word_pairs(args.index, args.queries) + judged_queries()
    spent = {"whoosh": 0.0, "score_all": 0.0, "docs_for_query": 0.0, "matching": 0.0}
    searches = sets = differ = 0
    for q in queries:
        plan = plan_query(ix, searcher, q)
        shown = set(range(0, searcher.doc_count_all(), 7))
        ways = [(plan.query, None, None)]
        if plan.partial is not None:
            ways.append((plan.partial, 50, shown))
        if (titles := title_only(plan.query)) is not None:
            ways.append((titles, 50, None))
        for query, limit, mask in ways:
            # Untimed first: the posting lists decoded (kb.search.postings) serve both.
            score_all(searcher, query, limit=limit, mask=mask)
            expected, found = timed(
                spent,
                ("whoosh", partial(whoosh_best, searcher, query, limit, mask)),
                ("score_all", partial(kb_best, searcher, query, limit, mask)),
            )
            searches += 1
            if found != expected:
                differ += 1
                print(f"differs: {q!r} ({query})")
        for query in (plan.query, plan.partial):
            if query is None:
                continue
            expected_set, found_set = timed(
                spent,
                ("docs_for_query", partial(whoosh_records, searcher, query)),
                ("matching", partial(matching, searcher, query)),
            )
            sets += 1
            if found_set != expected_set:
                differ += 1
                print(f"records differ: {q!r} ({query})")
    print(f"{len(queries)} queries: {searches} searches, {sets} record sets, {differ} differ")
    print(
        f"per search: Whoosh {spent['whoosh'] / searches * 1000:.2f} ms,"
        f" score_all {spent['score_all'] / searches * 1000:.2f} ms;"
        f" per record set: docs_for_query {spent['docs_for_query'] / sets * 1000:.2f} ms,"
        f" matching {spent['matching'] / sets * 1000:.2f} ms"
    )
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
