"""How well kb classifies passages and attributes quotes, on two hand-labelled sets.

1. tests/fixtures/seeds/ (the seeds, which the rules were written on): the golden file
   tests/golden/extraction.json, scored against its reviewed truth.
2. 30 Riksdagen interpellations from ../shared/corpora (never tuned on):
   bench/data/interpellations-labels.toml, labelled before kb classified them.
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
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.golden_update import corpus_records, load_golden, truth_of  # noqa: E402

from kb.extract import extract_passages  # noqa: E402
from kb.extract.speakers import fold, known_organisation, organisation_name  # noqa: E402
from kb.extract.vocab import ADDRESSEES  # noqa: E402
from kb.models import PASSAGE_KINDS  # noqa: E402
from kb.parse import parse_bytes  # noqa: E402

SHARED = REPO.parent / "shared"
INTERPELLATIONS = SHARED / "corpora" / "riksdagen-interpellations"
REGERINGEN = SHARED / "corpora" / "regeringen"
DATA = REPO / "bench" / "data"
LABELS = DATA / "interpellations-labels.toml"


@dataclass
class Score:
    """Counts for one labelled set."""

    kinds: Counter[tuple[str, str]] = field(default_factory=Counter)  # (truth, predicted)
    speaker_name: list[bool] = field(default_factory=list)
    speaker_role: list[bool] = field(default_factory=list)
    speaker_organisation: list[bool] = field(default_factory=list)
    speaker_full: list[bool] = field(default_factory=list)
    addressee: list[bool] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add(self, where: str, text: str, truth: dict[str, Any], got: dict[str, Any]) -> None:
        """Score one passage: truth and prediction as dicts with kind, speaker, addressee."""
        self.kinds[(truth["kind"], got["kind"])] += 1
        problems = []
        if truth["kind"] != got["kind"]:
            problems.append(f"kind {got['kind']} (truth {truth['kind']})")
        if truth["kind"] == got["kind"] == "quote" and truth.get("speaker") is not None:
            want, have = truth.get("speaker") or {}, got.get("speaker") or {}
            name_ok = fold(want.get("name", "")) == fold(have.get("name", ""))
            role_ok, organisation_ok = _role_ok(want, have), _organisation_ok(want, have)
            full_ok = name_ok and role_ok and organisation_ok
            self.speaker_name.append(name_ok)
            self.speaker_role.append(role_ok)
            self.speaker_organisation.append(organisation_ok)
            self.speaker_full.append(full_ok)
            if not full_ok:
                problems.append(f"speaker {have or None} (truth {want or None})")
        if truth["kind"] == got["kind"] == "recommendation":
            ok = _addressee_key(truth.get("addressee", "")) == _addressee_key(
                got.get("addressee", "")
            )
            self.addressee.append(ok)
            if not ok:
                problems.append(
                    f"addressee {got.get('addressee')!r} (truth {truth.get('addressee')!r})"
                )
        if problems:
            self.errors.append(f"{where}: {text[:70]!r}\n    " + "; ".join(problems))

    def report(self, title: str) -> str:
        """The figures as printed lines."""
        lines = [title, f"  passages: {sum(self.kinds.values())}"]
        lines.append(
            f"  {'kind':16}{'truth':>6}{'found':>6}{'right':>6}{'precision':>11}{'recall':>8}"
        )
        for kind in PASSAGE_KINDS:
            truth = sum(n for (t, _), n in self.kinds.items() if t == kind)
            found = sum(n for (_, g), n in self.kinds.items() if g == kind)
            right = self.kinds[(kind, kind)]
            lines.append(
                f"  {kind:16}{truth:6}{found:6}{right:6}{_ratio(right, found):>11}{_ratio(right, truth):>8}"
            )
        lines.append(
            f"  speaker name right:           {_share(self.speaker_name)} of the quotes found"
        )
        lines.append(f"  speaker role right:           {_share(self.speaker_role)}")
        lines.append(f"  speaker organisation right:   {_share(self.speaker_organisation)}")
        lines.append(f"  speaker name+role+org right:  {_share(self.speaker_full)}")
        lines.append(
            f"  addressee right:              {_share(self.addressee)} of the recommendations found"
        )
        lines.extend(f"  {note}" for note in self.notes)
        return "\n".join(lines)


def _addressee_key(name: str) -> str:
    """An addressee as compared: one actor however it is inflected or abbreviated
    ("Kommunen" and "kommunerna", "IVO" and "Inspektionen för vård och omsorg"); a joint
    addressee as the set of its actors ("Regioner och kommuner")."""
    whole = fold(name).strip(" .,")
    known = ADDRESSEES.get(whole) or known_organisation(whole)
    parts = [known] if known else re.split(r",\s*|\s+och\s+|\s+samt\s+", whole)
    keys = {fold(ADDRESSEES.get(p) or organisation_name(p)) for p in parts if p}
    return " + ".join(sorted(keys))


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "-"


def _share(values: list[bool]) -> str:
    return f"{sum(values)}/{len(values)} = {_ratio(sum(values), len(values))}"


def _role_ok(want: dict[str, str], have: dict[str, str]) -> bool:
    """Roles agree when one contains the other ("statsråd" and "statsrådet")."""
    a, b = fold(want.get("role", "")), fold(have.get("role", ""))
    return a == b or bool(a and b and (a in b or b in a))


def _organisation_ok(want: dict[str, str], have: dict[str, str]) -> bool:
    a, b = want.get("organisation", ""), have.get("organisation", "")
    return fold(organisation_name(a)) == fold(organisation_name(b))


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
            truth = {"kind": "other"} if label is None else _label_truth(label)
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


def _norm(text: str) -> str:
    return " ".join(fold(text).replace("\u00a0", " ").replace("\u200b", "").split())


def _best_passage(opening: str, passages: list[Any]) -> int | None:
    """The passage a quote's opening words open: where they start the text (after a dash or
    a quotation mark), else where they come first; None when no passage holds them."""
    want = _norm(opening)
    ranked = []
    for n, passage in enumerate(passages):
        text = _norm(passage.text)
        at = text.find(want)
        if at < 0:
            continue
        marked = text[:1] in "–—‒―−-”\"»«„"
        ranked.append((text[:at].strip("–—‒―−-”\"»«„ ") != "", not marked, at, n))
    return min(ranked)[3] if ranked else None


@functools.cache  # the look-alikes stand in files the quote labels read already
def _regeringen_passages(name: str) -> list[Any]:
    """kb's passages of one regeringen.se page, read as a user's file without a sidecar."""
    path = REGERINGEN / name
    passages = []
    for document in parse_bytes(path.read_bytes(), path.name):
        passages.extend(extract_passages(document))
    return passages


def _as_quote_or_not(kind: str) -> str:
    return "quote" if kind == "quote" else "other"


def _label_files(pattern: str) -> list[dict[str, Any]]:
    return [tomllib.loads(p.read_text(encoding="utf-8")) for p in sorted(DATA.glob(pattern))]


def score_regeringen_quotes() -> Score:
    """Quotes of the labelled press releases (every quote labelled), and the look-alikes."""
    score = Score()
    continued: list[bool] = []
    for labels in _label_files("regeringen-quotes-*.toml"):
        for name in labels["files"]:
            wanted = [lab for lab in labels.get("quote", []) if lab["file"] == name]
            passages = _regeringen_passages(name)
            placed = {id(lab): _best_passage(lab["opening"], passages) for lab in wanted}
            used: set[int] = set()
            for n, passage in enumerate(passages):
                found = [lab for lab in wanted if placed[id(lab)] == n]
                used.update(id(lab) for lab in found)
                truth: dict[str, Any] = {"kind": "other"}
                if found:
                    truth = {"kind": "quote", "speaker": _speaker_truth(found[0])}
                    continued.extend(
                        passage.kind == "quote" for lab in found if lab.get("continues")
                    )
                score.add(name, passage.text, truth, _got(passage, _as_quote_or_not))
            for label in wanted:
                if id(label) not in used:
                    score.errors.append(f"{name}: quote {label['opening']!r} is in no passage")
    score.notes.append(f"continuation quotes found: {_share(continued)}")
    taken = []
    for labels in _label_files("regeringen-nonquotes.toml"):
        for label in labels.get("not_quote", []):
            passage = next(
                (
                    p
                    for p in _regeringen_passages(label["file"])
                    if _norm(label["opening"]) in _norm(p.text)
                ),
                None,
            )
            if passage is None:
                score.errors.append(f"{label['file']}: {label['opening']!r} is in no passage")
                continue
            taken.append(passage.kind == "quote")
            score.add(label["file"], passage.text, {"kind": "other"}, _got(passage, _as_quote_or_not))
    score.notes.append(f"look-alikes taken for quotes: {_share(taken)}")
    return score


def score_regeringen_documents(pattern: str = "regeringen-documents.toml") -> Score:
    """Every passage of the labelled pages: government assignments and inquiry summaries,
    or (pattern "regeringen-press-kinds.toml") press releases."""
    score = Score()
    for labels in _label_files(pattern):
        for name in labels["files"]:
            wanted = [lab for lab in labels.get("passage", []) if lab["file"] == name]
            used: set[int] = set()
            for passage in _regeringen_passages(name):
                if passage.block_kind == "heading":
                    continue
                text = _norm(passage.text)
                label = next((lab for lab in wanted if _norm(lab["opening"]) in text), None)
                if label is None:
                    score.errors.append(f"{name}: no label for {passage.text[:60]!r}")
                    truth: dict[str, Any] = {"kind": "other"}
                else:
                    used.add(id(label))
                    truth = _label_truth(label)
                score.add(name, passage.text, truth, _got(passage))
            for label in wanted:
                if id(label) not in used:
                    score.errors.append(f"{name}: label {label['opening']!r} is in no passage")
    return score


def _speaker_truth(label: dict[str, Any]) -> dict[str, str]:
    return {
        "name": label.get("speaker", ""),
        "role": label.get("role", ""),
        "organisation": label.get("organisation", ""),
    }


def _got(passage: Any, kind_of: Any = lambda kind: kind) -> dict[str, Any]:
    return {
        "kind": kind_of(passage.kind),
        "speaker": passage.speaker.as_dict() if passage.speaker else None,
        "addressee": passage.addressee,
    }


def _label_truth(label: dict[str, str]) -> dict[str, Any]:
    truth: dict[str, Any] = {"kind": label["kind"], "addressee": label.get("addressee", "")}
    if label["kind"] == "quote" and "speaker" in label:
        truth["speaker"] = _speaker_truth(label)
    return truth


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
