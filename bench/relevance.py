"""Relevance of kb's search on a judged Swedish query set, against two baselines (issue 5).

The collection is corpus/ (the seeds) plus a slice of the Riksdagen
interpellations about social services (bench/data/relevance-slice.txt), all
ingested by kb. The baselines index kb's very passages with Whoosh's stock
StemmingAnalyzer and with NLTK's Swedish Snowball stemmer (no compound
splitting), and parse the query with Whoosh's stock multifield parser (same
fields and boosts). kb answers through run_search, as the UI does.

Judgments (bench/data/relevance-queries.toml) mark relevant passages by the
start of their text, graded 1 (relevant) or 2 (highly relevant); they were
made from hand-written concept patterns per query and read through
(`--judge ID` prints them), not from any system's ranking; see the head of
relevance-queries.toml.

    python3 bench/relevance.py                # nDCG@10 and MRR@10 per class and overall
    python3 bench/relevance.py --details      # also per query
    python3 bench/relevance.py --judge infl-01 # the passages judged for one query
    python3 bench/relevance.py --write-judgments # regenerate relevance-judgments.toml
    python3 bench/relevance.py --make-slice   # rewrite the slice list from ../shared

Reads ../shared/corpora/riksdagen-interpellations (or $KB_SHARED/corpora/…).
"""

from __future__ import annotations

import argparse
import math
import os
import re
import shutil
import sys
import tempfile
import tomllib
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from nltk.stem.snowball import SnowballStemmer
from whoosh.analysis import (
    LowercaseFilter,
    RegexTokenizer,
    StemFilter,
    StemmingAnalyzer,
    StopFilter,
)
from whoosh.fields import ID, TEXT, Schema
from whoosh.filedb.filestore import RamStorage
from whoosh.index import Index
from whoosh.qparser import MultifieldParser

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("KB_SHARED", REPO.parent / "shared"))
INTERPELLATIONS = SHARED / "corpora" / "riksdagen-interpellations"
DATA = REPO / "bench" / "data"
QUERIES = DATA / "relevance-queries.toml"
JUDGMENTS = DATA / "relevance-judgments.toml"
PREFIX_CHARS = 80
SLICE = DATA / "relevance-slice.txt"
CUTOFF = 10
CLASSES = ("inflection", "compound", "acronym", "typo", "multiword")

sys.path.insert(0, str(REPO / "src"))

from kb.index import open_index  # noqa: E402
from kb.ingest import IngestOptions, run_ingest  # noqa: E402
from kb.search import SearchRequest, iter_passages, run_search  # noqa: E402
from kb.search.query import FIELD_BOOSTS, SEARCH_FIELDS  # noqa: E402
from kb.vocab import STOPWORDS  # noqa: E402

# Interpellations about social services: at least this many mentions of the
# field's words (the regex below) in the text. 3 gives 250 of the 5,364.
SLICE_MIN_MENTIONS = 3
SLICE_PATTERN = re.compile(
    r"\b(socialtjänst\w*|\w*omsorg\w*|hemtjänst\w*|äldreboende\w*|IVO|"
    r"Inspektionen för vård och omsorg|LSS|personlig assistans|assistansersättning\w*|"
    r"HVB\w*|SiS|försörjningsstöd\w*|ekonomiskt bistånd|socialsekreterar\w*|familjehem\w*|"
    r"LVU|LVM|särskilda? boende\w*|socialnämnd\w*|missbruk\w*|funktionsnedsättning\w*|"
    r"hemlöshet\w*|våld i nära relation\w*|Socialstyrelsen\w*)",
    re.IGNORECASE,
)


def make_slice() -> None:
    """Write the slice list: the interpellations that mention social services often enough."""
    from lxml import etree

    chosen = []
    for path in sorted(INTERPELLATIONS.rglob("*.xml")):
        text = " ".join(etree.parse(str(path)).getroot().itertext())
        if len(SLICE_PATTERN.findall(text)) >= SLICE_MIN_MENTIONS:
            chosen.append(path.relative_to(INTERPELLATIONS).as_posix())
    SLICE.write_text("\n".join(chosen) + "\n", encoding="utf-8")
    print(f"{len(chosen)} interpellations written to {SLICE.relative_to(REPO)}")


def build_kb_index(workdir: Path) -> Path:
    """corpus/ and the slice copied into workdir and ingested by kb; the index folder."""
    corpus = workdir / "corpus"
    shutil.copytree(REPO / "corpus", corpus / "seeds")
    for name in SLICE.read_text(encoding="utf-8").split():
        target = corpus / "interpellations" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(INTERPELLATIONS / name, target)
    index_dir = workdir / "index"
    report = run_ingest(corpus, IngestOptions(index_dir=index_dir))
    if not report.ok:
        sys.exit(f"ingest failed: {report.failures}")
    return index_dir


def snowball_analyzer() -> object:
    """Swedish Snowball stems of lowercased words, kb's stop words, no compound splitting."""
    stemmer = SnowballStemmer("swedish")
    return (
        RegexTokenizer()
        | LowercaseFilter()
        | StopFilter(stoplist=STOPWORDS, minsize=2)
        | StemFilter(stemfn=stemmer.stem, cachesize=100_000)
    )


def build_baseline(passages: list[tuple[str, str, str, str]], analyzer: object) -> Index:
    """An in-memory index of the passages (id, title, heading, text) with one analyzer."""
    schema = Schema(
        id=ID(stored=True, unique=True),
        title=TEXT(analyzer=analyzer, field_boost=2.0),
        heading=TEXT(analyzer=analyzer, field_boost=1.5),
        text=TEXT(analyzer=analyzer),
    )
    ix = RamStorage().create_index(schema)
    writer = ix.writer()
    for pid, title, heading, text in passages:
        writer.add_document(id=pid, title=title, heading=heading, text=text)
    writer.commit()
    return ix


def baseline_search(ix: Index) -> Callable[[str], list[str]]:
    parser = MultifieldParser(list(SEARCH_FIELDS), ix.schema, fieldboosts=FIELD_BOOSTS)

    def search(q: str) -> list[str]:
        with ix.searcher() as searcher:
            return [hit["id"] for hit in searcher.search(parser.parse(q), limit=CUTOFF)]

    return search


def kb_search(ix: Index, follow_suggestion: bool) -> Callable[[str], list[str]]:
    def search(q: str) -> list[str]:
        results = run_search(ix, SearchRequest.create(q, per_page=CUTOFF))
        if follow_suggestion and not results.total and results.suggestion:
            # What a user gets who clicks "Menade du …?".
            results = run_search(ix, SearchRequest.create(results.suggestion, per_page=CUTOFF))
        return [hit.passage.id for hit in results.hits]

    return search


def _normal(text: str) -> str:
    return " ".join(text.split())


def load_queries() -> list[dict[str, object]]:
    return tomllib.loads(QUERIES.read_text(encoding="utf-8"))["query"]


def judge(query: dict[str, object], passages: list[tuple[str, str, str, str]]) -> dict[str, int]:
    """Passage text -> grade for one query, from its concept patterns and exclusions."""
    concepts = [re.compile(c, re.IGNORECASE) for c in query["concepts"]]
    excluded = [_normal(e) for e in query.get("exclude", [])]
    grades: dict[str, int] = {}
    for _, title, heading, text in passages:
        body = f"{heading}\n{text}"
        normal = _normal(text)
        if not all(c.search(body) for c in concepts):
            continue
        if any(normal.startswith(e) for e in excluded):
            continue
        grade = 2 if any(c.search(title) for c in concepts) else 1
        grades[normal] = max(grades.get(normal, 0), grade)
    return grades


def write_judgments(passages: list[tuple[str, str, str, str]]) -> None:
    """Write every query's judged passages (text prefix and grade) to JUDGMENTS."""
    lines = [
        "# Generated by `python3 bench/relevance.py --write-judgments` from the concepts",
        "# and exclusions in relevance-queries.toml; passages by the start of their text.",
        "",
    ]
    for query in load_queries():
        grades = judge(query, passages)
        lines.append(f'[judgments."{query["id"]}"]')
        lines.append("relevant = [")
        for text, grade in sorted(grades.items(), key=lambda kv: (-kv[1], kv[0])):
            prefix = text[:PREFIX_CHARS].replace("\\", "\\\\").replace('"', '\\"')
            lines.append(f'  {{ grade = {grade}, text = "{prefix}" }},')
        lines.append("]")
        lines.append("")
        print(
            f"{query['id']:<9} {len(grades):>4} relevant ({sum(g == 2 for g in grades.values())} graded 2)"
        )
    JUDGMENTS.write_text("\n".join(lines), encoding="utf-8")


def load_judgments(by_text: dict[str, list[str]]) -> list[dict[str, object]]:
    """The queries with their judgments (JUDGMENTS) resolved to passage ids (grade per id)."""
    queries = load_queries()
    judged = tomllib.loads(JUDGMENTS.read_text(encoding="utf-8"))["judgments"]
    texts = list(by_text)
    for query in queries:
        grades: dict[str, int] = {}
        for entry in judged.get(str(query["id"]), {}).get("relevant", []):
            prefix = _normal(entry["text"])
            found = [t for t in texts if t.startswith(prefix)]
            if not found:
                print(f"warning: {query['id']}: no passage starts {prefix[:50]!r}", file=sys.stderr)
            for text in found:
                for pid in by_text[text]:
                    grades[pid] = max(grades.get(pid, 0), int(entry["grade"]))
        query["grades"] = grades
    return queries


def ndcg(ranked: list[str], grades: dict[str, int]) -> float:
    gains = [2 ** grades.get(pid, 0) - 1 for pid in ranked[:CUTOFF]]
    dcg = sum(g / math.log2(i + 2) for i, g in enumerate(gains))
    ideal = sorted((2**g - 1 for g in grades.values()), reverse=True)[:CUTOFF]
    idcg = sum(g / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / idcg if idcg else 0.0


def reciprocal_rank(ranked: list[str], grades: dict[str, int]) -> float:
    for i, pid in enumerate(ranked[:CUTOFF]):
        if grades.get(pid, 0) > 0:
            return 1 / (i + 1)
    return 0.0


def print_judged(query_id: str, passages: list[tuple[str, str, str, str]]) -> None:
    """The passages one query's concepts select, with their grades, for reading."""
    query = {str(q["id"]): q for q in load_queries()}[query_id]
    titles = {_normal(text): title for _, title, _, text in passages}
    grades = judge(query, passages)
    print(f"{query_id}: {query['q']!r} — {query['need']}\n{len(grades)} passages\n")
    concepts = [re.compile(c, re.IGNORECASE) for c in query["concepts"]]
    for text, grade in sorted(grades.items(), key=lambda kv: (-kv[1], kv[0])):
        where = [m.start() for c in concepts for m in c.finditer(text)]
        around = " … ".join(text[max(0, i - 60) : i + 60] for i in sorted(where)[:3])
        print(f"[{grade}] {titles[text][:70]} | {text[:60]}\n    … {around} …\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="print every query")
    parser.add_argument("--judge", metavar="ID", help="print the passages judged for one query")
    parser.add_argument("--write-judgments", action="store_true", help="rewrite the judgments")
    parser.add_argument("--make-slice", action="store_true")
    parser.add_argument("--index", type=Path, help="reuse (or build once into) this index folder")
    args = parser.parse_args()
    if not INTERPELLATIONS.is_dir():
        sys.exit(
            f"{INTERPELLATIONS} not found: this benchmark needs ../shared beside the repository"
        )
    if args.make_slice:
        make_slice()
        return
    with tempfile.TemporaryDirectory() as tmp:
        if args.index and (args.index / "CURRENT").exists():
            index_dir = args.index
        else:
            index_dir = build_kb_index(Path(tmp))
            if args.index:
                shutil.copytree(index_dir, args.index, dirs_exist_ok=True)
        ix = open_index(index_dir)
        # A quote repeated in its document is not searched (kb.index): the
        # baselines get the same passages kb searches.
        repeats = _repeats(ix)
        passages = [
            (p.id, meta.get("title", ""), p.heading, p.text)
            for p, meta in iter_passages(ix)
            if p.id not in repeats
        ]
        if args.judge:
            print_judged(args.judge, passages)
            return
        if args.write_judgments:
            write_judgments(passages)
            return
        by_text: dict[str, list[str]] = defaultdict(list)
        for pid, _, _, text in passages:
            by_text[_normal(text)].append(pid)
        queries = load_judgments(by_text)
        systems = {
            "kb": kb_search(ix, follow_suggestion=True),
            "kb, no click on 'Menade du'": kb_search(ix, follow_suggestion=False),
            "Whoosh StemmingAnalyzer": baseline_search(
                build_baseline(passages, StemmingAnalyzer())
            ),
            "NLTK Snowball, no compounds": baseline_search(
                build_baseline(passages, snowball_analyzer())
            ),
        }
        report(queries, systems, args.details, len(passages), len(repeats))


def _repeats(ix: Index) -> set[str]:
    with ix.searcher() as searcher:
        return {fields["id"] for fields in searcher.documents(repeat=True)}


def report(
    queries: list[dict[str, object]],
    systems: dict[str, Callable[[str], list[str]]],
    details: bool,
    passages: int,
    repeats: int,
) -> None:
    per_class: dict[str, dict[str, list[tuple[float, float]]]] = {
        name: defaultdict(list) for name in systems
    }
    for query in queries:
        grades = query["grades"]
        line = [f"{query['id']:<9} {query['q'][:38]:<38} rel={len(grades):>3}"]
        for name, search in systems.items():
            ranked = search(str(query["q"]))
            scores = (ndcg(ranked, grades), reciprocal_rank(ranked, grades))
            per_class[name][str(query["class"])].append(scores)
            per_class[name]["all"].append(scores)
            line.append(f"{scores[0]:.2f}/{scores[1]:.2f}")
        if details:
            print("  ".join(line))
    counts = {c: len(per_class["kb"][c]) for c in (*CLASSES, "all")}
    print(
        f"\n{len(queries)} queries, {passages} passages ({repeats} repeated quotes not searched)"
        f"; nDCG@{CUTOFF} / MRR@{CUTOFF}\n"
    )
    header = f"{'system':<30}" + "".join(f"{c + f' ({counts[c]})':>18}" for c in (*CLASSES, "all"))
    print(header)
    for name in systems:
        cells = []
        for c in (*CLASSES, "all"):
            scores = per_class[name][c]
            n = len(scores) or 1
            cells.append(
                f"{sum(s[0] for s in scores) / n:.3f} / {sum(s[1] for s in scores) / n:.3f}".rjust(
                    18
                )
            )
        print(f"{name:<30}" + "".join(cells))


if __name__ == "__main__":
    main()
