"""How well kb classifies passages and attributes quotes, on two hand-labelled sets.

1. tests/fixtures/seeds/ (the seeds, which the rules were written on): the golden file
   tests/golden/extraction.json, scored against its reviewed truth.
2. 30 Riksdagen interpellations from ../shared/corpora (never tuned on):
   bench/data/interpellations-labels.toml, labelled before kb classified them; and
   every quote of 50 more (bench/data/interpellations-quotes.toml), labelled by
   reading before the quote attribution was changed on them.
3. regeringen.se pages from ../shared/corpora/regeringen (the development set
   for quotes, findings and recommendations on unseen pages), labelled by
   reading, before the extraction was changed: every quote of 130 press
   releases (bench/data/regeringen-quotes-*.toml), every passage of a sample of
   government assignments and inquiry summaries
   (bench/data/regeringen-documents.toml), every passage of 45 of the press
   releases (bench/data/regeringen-press-kinds.toml), and passages that look
   like quotes but are not (bench/data/regeringen-nonquotes.toml).

For each set it prints precision and recall per kind, speaker accuracy over
the quotes kb found (name; and name, role and organisation together), and
addressee accuracy over the recommendations kb found.

    python3 bench/extraction_quality.py            # every set
    python3 bench/extraction_quality.py --errors   # and every disagreement
    python3 bench/extraction_quality.py --select   # how the 30 files were drawn
"""

from __future__ import annotations

import argparse
import functools
import random
import re
import sys
import tomllib
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.extraction_scoring import (  # noqa: E402
    Score,
    label_truth,
    score_document_files,
    score_lookalikes,
    score_quote_files,
    share,
)
from tests.golden_update import corpus_records, load_golden, truth_of  # noqa: E402

from kb.extract import extract_passages  # noqa: E402
from kb.parse import parse_bytes  # noqa: E402

SHARED = REPO.parent / "shared"
INTERPELLATIONS = SHARED / "corpora" / "riksdagen-interpellations"
REGERINGEN = SHARED / "corpora" / "regeringen"
DATA = REPO / "bench" / "data"
LABELS = DATA / "interpellations-labels.toml"


def score_golden() -> Score:
    """kb on the seeds against the reviewed golden file."""
    score = Score()
    golden = {(d["source"], d["article"]): d for d in load_golden()}
    for doc in corpus_records():
        expected = golden.get((doc["source"], doc["article"]))
        if expected is None or len(expected["passages"]) != len(doc["passages"]):
            score.errors.append(
                f"{doc['source']}#{doc['article']}: passages differ from the golden file; regenerate it"
            )
            continue
        for want, got in zip(expected["passages"], doc["passages"], strict=True):
            score.add(doc["source"], got["text"], truth_of(want), got)
    return score


def select_files() -> list[str]:
    """The 30 interpellations of the labelled set, drawn as the labels file says."""
    topic = re.compile(r"socialtjänst|äldreomsorg|IVO|Inspektionen för vård och omsorg")
    quoteish = re.compile(r"”|«|säger|skriver|menar|konstaterar")
    files = sorted(p for p in INTERPELLATIONS.glob("*/*.xml") if topic.search(p.read_text("utf-8")))
    with_quotes = [p for p in files if quoteish.search(p.read_text("utf-8"))]
    rest = [p for p in files if p not in with_quotes]
    rng = random.Random(4)
    chosen = rng.sample(with_quotes, 15) + rng.sample(rest, 15)
    return sorted(p.relative_to(INTERPELLATIONS).as_posix() for p in chosen)


def score_interpellations() -> Score:
    """kb on the 30 labelled interpellations."""
    labels = tomllib.loads(LABELS.read_text(encoding="utf-8"))
    score = Score()
    for name in labels["files"]:
        document = parse_bytes((INTERPELLATIONS / name).read_bytes(), name)[0]
        passages = extract_passages(document)
        wanted = [lab for lab in labels["label"] if lab["file"] == name]
        used: set[int] = set()
        for passage in passages:
            label = next((lab for lab in wanted if passage.text.startswith(lab["prefix"])), None)
            if label is not None:
                used.add(id(label))
            truth = {"kind": "other"} if label is None else label_truth(label)
            got = {
                "kind": passage.kind,
                "speaker": passage.speaker.as_dict() if passage.speaker else None,
                "addressee": passage.addressee,
            }
            score.add(name, passage.text, truth, got)
        for label in wanted:
            if id(label) not in used:
                score.errors.append(
                    f"{name}: label {label['prefix']!r} matches no passage (blocks changed?)"
                )
    return score


@functools.cache  # the look-alikes stand in files the quote labels read already
def _passages(path: Path) -> list[Any]:
    """kb's passages of one file, read as a user's file without a sidecar."""
    passages = []
    for document in parse_bytes(path.read_bytes(), path.name):
        passages.extend(extract_passages(document))
    return passages


def _regeringen_passages(name: str) -> list[Any]:
    """kb's passages of one regeringen.se page."""
    return _passages(REGERINGEN / name)


def _interpellation_passages(name: str) -> list[Any]:
    """kb's passages of one interpellation (its TEI body)."""
    return _passages(INTERPELLATIONS / name)


def _label_files(pattern: str) -> list[dict[str, Any]]:
    return [tomllib.loads(p.read_text(encoding="utf-8")) for p in sorted(DATA.glob(pattern))]


def score_regeringen_quotes() -> Score:
    """Quotes of the labelled press releases (every quote labelled), and the look-alikes."""
    score = Score()
    continued: list[bool] = []
    for labels in _label_files("regeringen-quotes-*.toml"):
        continued += score_quote_files(
            score, labels["files"], labels.get("quote", []), _regeringen_passages
        )
    score.notes.append(f"continuation quotes found: {share(continued)}")
    taken: list[bool] = []
    for labels in _label_files("regeringen-nonquotes.toml"):
        taken += score_lookalikes(score, labels.get("not_quote", []), _regeringen_passages)
    score.notes.append(f"look-alikes taken for quotes: {share(taken)}")
    return score


def score_interpellation_quotes() -> Score:
    """Quotes of 50 more interpellations (every quote labelled; bench/data/interpellations-quotes.toml)."""
    score = Score()
    for labels in _label_files("interpellations-quotes.toml"):
        score_quote_files(score, labels["files"], labels.get("quote", []), _interpellation_passages)
    return score


def score_regeringen_documents(pattern: str = "regeringen-documents.toml") -> Score:
    """Every passage of the labelled pages: government assignments and inquiry summaries,
    or (pattern "regeringen-press-kinds.toml") press releases."""
    score = Score()
    for labels in _label_files(pattern):
        score_document_files(
            score, labels["files"], labels.get("passage", []), _regeringen_passages
        )
    return score


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--errors", action="store_true", help="print every disagreement")
    parser.add_argument(
        "--select", action="store_true", help="print how the 30 interpellations are drawn"
    )
    parser.add_argument("--golden-only", action="store_true", help="skip the interpellations")
    args = parser.parse_args()
    if args.select:
        print("\n".join(select_files()))
        return 0
    sets = [("seeds against tests/golden/extraction.json (tuned on)", score_golden)]
    if not args.golden_only:
        if not INTERPELLATIONS.is_dir():
            print(
                f"{INTERPELLATIONS} not found: the interpellation set needs ../shared beside the repository."
            )
        else:
            sets.append(
                (
                    "30 interpellations against bench/data/interpellations-labels.toml (not tuned on)",
                    score_interpellations,
                )
            )
            sets.append(
                (
                    "50 interpellations: every quote labelled (bench/data/interpellations-quotes.toml,"
                    " labelled before the change it measured); kinds as quote or not",
                    score_interpellation_quotes,
                )
            )
    if not args.golden_only and REGERINGEN.is_dir():
        sets.append(
            (
                "regeringen.se press releases: every quote labelled (bench/data/regeringen-quotes-*.toml)"
                " and look-alikes (regeringen-nonquotes.toml); kinds as quote or not",
                score_regeringen_quotes,
            )
        )
        sets.append(
            (
                "regeringen.se assignments and inquiry summaries (bench/data/regeringen-documents.toml)",
                score_regeringen_documents,
            )
        )
        sets.append(
            (
                "regeringen.se press releases, every passage's kind (bench/data/regeringen-press-kinds.toml)",
                lambda: score_regeringen_documents("regeringen-press-kinds.toml"),
            )
        )
    for title, run in sets:
        score = run()
        print(score.report(title))
        if args.errors and score.errors:
            print("  disagreements:")
            for error in score.errors:
                print("  " + error)
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
