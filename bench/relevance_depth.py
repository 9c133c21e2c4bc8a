"""Where a judged query set's relevant passages are in kb's ranking: in the first ten, matched
but ranked lower, or not matched at all.

bench/relevance.py says how good the first ten are (nDCG@10); this says what a better ranking
could gain and what only a wider match could: a relevant passage kb does not match is out of
reach of any re-ranking. For each query it pages through kb's results (MAX_RANK at most, as
bench/relevance.py searches: kb.search.run_search) and counts the passages judged relevant
(grade 1 or 2), and those of grade 2 alone, by where they are.

    KB_SHARED=../shared python3 bench/relevance_depth.py --set regeringen
    KB_SHARED=../shared python3 bench/relevance_depth.py --set bundled-q --queries

Stop 60, --set regeringen: of the relevant passages 403 in the first tens, 163 matched lower,
47 not matched; of grade 2: 191, 59, 12. The loss is mostly the order within the matches.

It also prints nDCG@10 of kb's ranking and of the same ranking with its first 10 and first 20
put in the order of their grades: the most a re-ranking of kb's own first matches could give
(pages of 100, so a short list's fill of partial matches differs from bench/relevance.py's).
Stop 61: --set regeringen 0.798 / 0.875 / 0.950, regeringen-f (questions) 0.681 / 0.844 /
0.866, bundled-q 0.657 / 0.809 / 0.882.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))
os.environ.setdefault("KB_SHARED", str(REPO.parent / "shared"))

import relevance  # noqa: E402
from whoosh.index import Index  # noqa: E402

from kb.index import open_index  # noqa: E402
from kb.search import SearchRequest, iter_passages, run_search  # noqa: E402

PER_PAGE = 100
MAX_RANK = 1_000
PLACES = ("first 10", "lower", "not matched")


def ranked_keys(ix: Index, query: str, key_of: dict[str, str]) -> list[str]:
    """The passage keys of kb's ranking of a query, to MAX_RANK."""
    keys: list[str] = []
    page = 1
    while len(keys) < MAX_RANK:
        results = run_search(ix, SearchRequest.create(query, per_page=PER_PAGE, page=page))
        keys += [key_of.get(hit.passage.id, "") for hit in results.hits]
        if page >= results.pages:
            break
        page += 1
    return keys


# How many of kb's first matches by_grade puts in the order of their grades (0: none).
REORDERED = (0, 10, 20)


def by_grade(keys: list[str], grades: dict[str, int], n: int) -> list[str]:
    """`keys` with the first `n` sorted by grade, best first (a key judged twice or not at all
    counts once, as bench/relevance.py's nDCG does)."""
    seen: set[str] = set()
    first = []
    for key in keys[:n]:
        first.append((grades.get(key, 0) if key not in seen else 0, len(first), key))
        seen.add(key)
    return [key for _, _, key in sorted(first, key=lambda t: (-t[0], t[1]))] + keys[n:]


def place_of(rank: int | None) -> str:
    if rank is None:
        return PLACES[2]
    return PLACES[0] if rank < relevance.CUTOFF else PLACES[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sets = (*relevance.REG_SETS, *relevance.BUNDLED_SETS)
    parser.add_argument("--set", choices=sets, default="regeringen")
    parser.add_argument("--queries", action="store_true", help="also a line for each query")
    args = parser.parse_args()
    ix = open_index(relevance.regeringen_index(args.set in relevance.BUNDLED_SETS))
    key_of = {
        p.id: relevance.passage_key(str(meta.get("source", "")), p.text)
        for p, meta in iter_passages(ix)
    }
    queries, judged = relevance.load_regeringen(args.set)
    totals = {grade: dict.fromkeys(PLACES, 0) for grade in ("relevant", "grade 2")}
    reordered: list[tuple[float, ...]] = []  # nDCG@10 as ranked, first 10 and 20 by grade
    for query in queries:
        qid = str(query["id"])
        grades = {key: g for (q, key), g in judged.items() if q == qid and g > 0}
        keys = ranked_keys(ix, str(query["q"]), key_of)
        first = {key: rank for rank, key in reversed(list(enumerate(keys)))}
        if grades:
            reordered.append(
                tuple(relevance.ndcg(by_grade(keys, grades, n), grades) for n in REORDERED)
            )
        counts = {grade: dict.fromkeys(PLACES, 0) for grade in totals}
        for key, given in grades.items():
            place = place_of(first.get(key))
            counts["relevant"][place] += 1
            if given == 2:
                counts["grade 2"][place] += 1
        for grade in totals:
            for place in PLACES:
                totals[grade][place] += counts[grade][place]
        if args.queries:
            shown = "  ".join(
                f"{grade}: " + " / ".join(str(counts[grade][p]) for p in PLACES) for grade in counts
            )
            print(f"{qid:16} {str(query['q'])[:36]:36} {shown}")
    print(f"{args.set}: {len(queries)} queries; " + " / ".join(PLACES))
    for grade, places in totals.items():
        print(f"  {grade:9} " + " / ".join(str(places[p]) for p in PLACES))
    means = [sum(column) / len(column) for column in zip(*reordered, strict=True)]
    print(
        f"  nDCG@{relevance.CUTOFF} as ranked / first "
        + " / first ".join(str(n) for n in REORDERED[1:])
        + " by grade: "
        + " / ".join(f"{m:.3f}" for m in means)
    )


if __name__ == "__main__":
    main()
