"""Extraction scored against hand labels: one scoring for bench/extraction_quality.py (the
whole labelled sets) and tests/test_extraction_quality.py (a slice of them), so the two
measure alike.

A Score counts kinds (truth, predicted), speaker and addressee agreement; the score_*
functions place labels on kb's passages of a page (passages_of(name)) the same way for
both.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kb.extract.bodies import known_organisation, organisation_name
from kb.extract.cues import ADDRESSEES
from kb.extract.municipalities import listed_municipality
from kb.extract.titles import fold
from kb.extract.units import is_bare_unit
from kb.models import PASSAGE_KINDS, Passage

PassagesOf = Callable[[str], list[Passage]]


def passages_of_folder(
    folder: Path, files: list[str], pages: dict[str, tuple[str, str]] | None = None
) -> PassagesOf:
    """kb's passages of a set's texts kept out of the repository (NN.txt in a folder the
    user saved them to); exits naming the folder when some are missing. `pages` gives a
    text the publisher and URL of its page, as a saved page's metadata would."""
    from dataclasses import replace

    from kb.extract import extract_passages
    from kb.parse import parse_bytes
    from kb.parse.html_meta import doctype_from_url

    missing = [name for name in files if not (folder / name).is_file()]
    if missing:
        sys.exit(f"{folder}: {len(missing)} of the set's texts are missing ({missing[0]} …)")

    def passages_of(name: str) -> list[Passage]:
        # Every document of the page: a live blog's posts are one each (kb.parse.html).
        passages = []
        for document in parse_bytes((folder / name).read_bytes(), name):
            if pages and name in pages:
                publisher, url = pages[name]
                document = replace(document, publisher=publisher, doctype=doctype_from_url(url))
            passages += extract_passages(document)
        return passages

    return passages_of


# What may stand before a quote's opening words in its passage: a dash or quotation mark.
OPENERS = '–—‒―−-”"»«„'


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
            role_ok, organisation_ok = role_agrees(want, have), organisation_agrees(want, have)
            full_ok = name_ok and role_ok and organisation_ok
            self.speaker_name.append(name_ok)
            self.speaker_role.append(role_ok)
            self.speaker_organisation.append(organisation_ok)
            self.speaker_full.append(full_ok)
            if not full_ok:
                problems.append(f"speaker {have or None} (truth {want or None})")
        if truth["kind"] == got["kind"] == "recommendation":
            ok = addressee_key(truth.get("addressee", "")) == addressee_key(
                got.get("addressee", "")
            )
            self.addressee.append(ok)
            if not ok:
                problems.append(
                    f"addressee {got.get('addressee')!r} (truth {truth.get('addressee')!r})"
                )
        if problems:
            self.errors.append(f"{where}: {text[:70]!r}\n    " + "; ".join(problems))

    def counts(self, kind: str) -> tuple[int, int, int]:
        """Passages of a kind: in truth, found by kb, and found right."""
        truth = sum(n for (t, _), n in self.kinds.items() if t == kind)
        found = sum(n for (_, g), n in self.kinds.items() if g == kind)
        return truth, found, self.kinds[(kind, kind)]

    def report(self, title: str) -> str:
        """The figures as printed lines."""
        lines = [title, f"  passages: {sum(self.kinds.values())}"]
        lines.append(
            f"  {'kind':16}{'truth':>6}{'found':>6}{'right':>6}{'precision':>11}{'recall':>8}"
        )
        for kind in PASSAGE_KINDS:
            truth, found, right = self.counts(kind)
            lines.append(
                f"  {kind:16}{truth:6}{found:6}{right:6}{ratio(right, found):>11}{ratio(right, truth):>8}"
            )
        lines.append(
            f"  speaker name right:           {share(self.speaker_name)} of the quotes found"
        )
        lines.append(f"  speaker role right:           {share(self.speaker_role)}")
        lines.append(f"  speaker organisation right:   {share(self.speaker_organisation)}")
        lines.append(f"  speaker name+role+org right:  {share(self.speaker_full)}")
        lines.append(
            f"  addressee right:              {share(self.addressee)} of the recommendations found"
        )
        lines.extend(f"  {note}" for note in self.notes)
        return "\n".join(lines)


def addressee_key(name: str) -> str:
    """An addressee as compared: one actor however it is inflected or abbreviated
    ("Kommunen" and "kommunerna", "IVO" and "Inspektionen för vård och omsorg"); a joint
    addressee as the set of its actors ("Regioner och kommuner")."""
    whole = fold(name).strip(" .,")
    known = ADDRESSEES.get(whole) or known_organisation(whole)
    parts = [known] if known else re.split(r",\s*|\s+och\s+|\s+samt\s+", whole)
    keys = {fold(ADDRESSEES.get(p) or organisation_name(p)) for p in parts if p}
    return " + ".join(sorted(keys))


def ratio(a: int, b: int) -> str:
    """a/b to two decimals; "-" when b is 0."""
    return f"{a / b:.2f}" if b else "-"


def share(values: list[bool]) -> str:
    """How many of the values hold, as "right/all = ratio"."""
    return f"{sum(values)}/{len(values)} = {ratio(sum(values), len(values))}"


def role_agrees(want: dict[str, str], have: dict[str, str]) -> bool:
    """Roles agree when one contains the other ("statsråd" and "statsrådet")."""
    a, b = _spaced(fold(want.get("role", ""))), _spaced(fold(have.get("role", "")))
    return a == b or bool(a and b and (a in b or b in a))


def organisation_agrees(want: dict[str, str], have: dict[str, str]) -> bool:
    """Organisations agree when they name one organisation ("SKR", "Sveriges Kommuner och
    Regioner"), or one names a known body's branch in a place and the other the body ("Vision
    i Göteborg" and "Vision"), or one names a bare unit with its body and the other the unit
    or the body ("akutmottagningen vid Vrinnevisjukhuset" and "Vrinnevisjukhuset"): labellers
    name them either way."""
    names = [x.get("organisation", "") for x in (want, have)]
    a, b = (_key(name) for name in names)
    if a == b or bool(a and b and (_branch_of(a) == b or a == _branch_of(b))):
        return True
    parts_a, parts_b = (_unit_and_body(name) for name in names)
    return bool(a and b) and (a in parts_b or b in parts_a or bool(parts_a and parts_a == parts_b))


def _key(name: str) -> str:
    """An organisation's name as names are compared: kb's spelling, folded."""
    return _company(_spaced(fold(organisation_name(name))))


def _unit_and_body(name: str) -> set[str]:
    """A bare unit's name with its body's ("akutmottagningen vid Vrinnevisjukhuset",
    "socialförvaltningen, Örebro kommun"): the unit and the body as compared (_key); an empty
    set for any other name (kb.extract.units)."""
    match = re.match(r"(.+?)(?:,| vid| i| på| inom| hos) (.+)$", name)
    return {_key(part) for part in match.groups()} if match and is_bare_unit(match[1]) else set()


def _company(name: str) -> str:
    """A company's name without its form: "Ekbacken Omsorg AB" and "Ekbacken Omsorg" are one
    company (labellers write it either way: page probes 1, 3 and 19)."""
    return name.removesuffix(" ab").removeprefix("ab ")


def _branch_of(name: str) -> str:
    """The body a name of its branch names ("vision i göteborg": "vision"), or of a body in
    the town it is in ("kvinnojouren dalkullan i mora", "citymat i köping": page probes 57,
    70), folded; else ""."""
    head, placed, place = name.partition(" i ")
    known = known_organisation(head) if placed and place else ""
    if not known and placed and len(head.split()) <= 3 and listed_municipality(place):
        return head
    return fold(known) if known else ""


def _spaced(text: str) -> str:
    """A suspended compound spaced one way: "social-och" and "social- och" are one word."""
    return re.sub(r"-\s*(och|eller)\b", r"- \1", text)


def norm(text: str) -> str:
    """Text as labels are matched: case folded, one space for any run of white space."""
    return " ".join(fold(text).replace("\u00a0", " ").replace("\u200b", "").split())


def best_passage(opening: str, passages: list[Passage]) -> int | None:
    """The passage a quote's opening words open: where they start the text (after a dash or
    a quotation mark), else where they come first; None when no passage holds them."""
    want = norm(opening)
    ranked = []
    for n, passage in enumerate(passages):
        text = norm(passage.text)
        at = text.find(want)
        if at < 0:
            continue
        marked = text[:1] in OPENERS
        ranked.append((text[:at].strip(OPENERS + " ") != "", not marked, at, n))
    return min(ranked)[3] if ranked else None


def as_quote_or_not(kind: str) -> str:
    """A kind as the quote labels tell it: a quote or not."""
    return "quote" if kind == "quote" else "other"


def speaker_truth(label: dict[str, Any]) -> dict[str, str]:
    """A quote label's speaker as Score.add takes it."""
    return {
        "name": label.get("speaker", ""),
        "role": label.get("role", ""),
        "organisation": label.get("organisation", ""),
    }


def got_of(passage: Passage, kind_of: Callable[[str], str] = lambda kind: kind) -> dict[str, Any]:
    """kb's passage as Score.add takes it."""
    return {
        "kind": kind_of(passage.kind),
        "speaker": passage.speaker.as_dict() if passage.speaker else None,
        "addressee": passage.addressee,
    }


def label_truth(label: dict[str, str]) -> dict[str, Any]:
    """A passage label as Score.add takes it."""
    truth: dict[str, Any] = {"kind": label["kind"], "addressee": label.get("addressee", "")}
    if label["kind"] == "quote" and "speaker" in label:
        truth["speaker"] = speaker_truth(label)
    return truth


def score_quote_files(
    score: Score, files: list[str], labels: list[dict[str, Any]], passages_of: PassagesOf
) -> list[bool]:
    """Score every passage of pages whose quotes are all labelled, as a quote or not; return
    whether each quote labelled as a continuation was found."""
    continued: list[bool] = []
    for name in files:
        wanted = [lab for lab in labels if lab["file"] == name]
        passages = passages_of(name)
        placed = {id(lab): best_passage(lab["opening"], passages) for lab in wanted}
        used: set[int] = set()
        for n, passage in enumerate(passages):
            found = [lab for lab in wanted if placed[id(lab)] == n]
            used.update(id(lab) for lab in found)
            truth: dict[str, Any] = {"kind": "other"}
            if found:
                truth = {"kind": "quote", "speaker": speaker_truth(found[0])}
                continued.extend(passage.kind == "quote" for lab in found if lab.get("continues"))
            score.add(name, passage.text, truth, got_of(passage, as_quote_or_not))
        for label in wanted:
            if id(label) not in used:
                score.errors.append(f"{name}: quote {label['opening']!r} is in no passage")
    return continued


def score_lookalikes(
    score: Score, labels: list[dict[str, Any]], passages_of: PassagesOf
) -> list[bool]:
    """Score the passages that look like quotes but are not; return whether each was taken for one."""
    taken: list[bool] = []
    for label in labels:
        passage = next(
            (p for p in passages_of(label["file"]) if norm(label["opening"]) in norm(p.text)),
            None,
        )
        if passage is None:
            score.errors.append(f"{label['file']}: {label['opening']!r} is in no passage")
            continue
        taken.append(passage.kind == "quote")
        score.add(label["file"], passage.text, {"kind": "other"}, got_of(passage, as_quote_or_not))
    return taken


def score_document_files(
    score: Score, files: list[str], labels: list[dict[str, Any]], passages_of: PassagesOf
) -> None:
    """Score every passage but headings of pages whose passages are all labelled."""
    for name in files:
        wanted = [lab for lab in labels if lab["file"] == name]
        used: set[int] = set()
        for passage in passages_of(name):
            if passage.block_kind == "heading":
                continue
            text = norm(passage.text)
            label = next((lab for lab in wanted if norm(lab["opening"]) in text), None)
            if label is None:
                score.errors.append(f"{name}: no label for {passage.text[:60]!r}")
                truth: dict[str, Any] = {"kind": "other"}
            else:
                used.add(id(label))
                truth = label_truth(label)
            score.add(name, passage.text, truth, got_of(passage))
        for label in wanted:
            if id(label) not in used:
                score.errors.append(f"{name}: label {label['opening']!r} is in no passage")
