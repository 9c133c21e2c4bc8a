"""Extraction against labels that are not the golden file: a slice of the development set.

tests/fixtures/regeringen/ holds real regeringen.se pages and their hand labels (made by
reading, before the rules were written): every quote of 8 press releases with its
speaker, every passage of 2 government assignments with its kind and addressee, and 6
passages that look like quotes but are not. The whole set is scored by
bench/extraction_quality.py; here a slice keeps CI honest about pages kb was not
written for. Thresholds sit a little under the whole set's figures.
"""

from __future__ import annotations

import tomllib
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from kb.extract import extract_passages
from kb.models import Passage
from kb.parse import parse_bytes

SLICE = Path(__file__).parent / "fixtures" / "regeringen"


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFC", text).casefold().replace("\u200b", "")
    return " ".join(text.replace("\u00a0", " ").split())


def _passages(name: str) -> list[Passage]:
    path = SLICE / name
    return [p for d in parse_bytes(path.read_bytes(), path.name) for p in extract_passages(d)]


def _holding(opening: str, passages: list[Passage]) -> Passage:
    """The passage an opening starts (after a dash or quotation mark), else the first holding it."""
    want = _norm(opening)
    holding = [p for p in passages if want in _norm(p.text)]
    assert holding, f"no passage holds {opening!r}"
    starts = [p for p in holding if _norm(p.text).lstrip('–—‒―−-”"»«„ ').startswith(want)]
    return (starts or holding)[0]


@pytest.fixture(scope="module")
def labels() -> dict[str, Any]:
    return tomllib.loads((SLICE / "labels.toml").read_text(encoding="utf-8"))


def _role_ok(want: str, have: str) -> bool:
    """Roles agree when both are empty or one holds the other ("statsråd", "statsrådet")."""
    want, have = _norm(want), _norm(have)
    return want == have or bool(want and have and (want in have or have in want))


def _share(values: list[bool]) -> float:
    return sum(values) / len(values)


def test_quotes_and_their_speakers(labels: dict[str, Any]) -> None:
    found, name, role, organisation, false = [], [], [], [], 0
    for file in labels["quote_files"]:
        passages = _passages(file)
        wanted = [q for q in labels["quote"] if q["file"] == file]
        quoted = {id(_holding(q["opening"], passages)): q for q in wanted}
        false += sum(p.kind == "quote" and id(p) not in quoted for p in passages)
        for q in wanted:
            p = _holding(q["opening"], passages)
            found.append(p.kind == "quote")
            if p.kind == "quote" and p.speaker is not None:
                name.append(_norm(p.speaker.name) == _norm(q["speaker"]))
                role.append(_role_ok(q["role"], p.speaker.role))
                organisation.append(_norm(p.speaker.organisation) == _norm(q["organisation"]))
    assert len(found) >= 20
    assert _share(found) >= 0.95, f"quote recall {_share(found):.2f}"
    assert false <= 1, f"{false} passages taken for quotes that no label names"
    assert _share(name) >= 0.95, f"speaker name {_share(name):.2f}"
    assert _share(role) >= 0.9, f"speaker role {_share(role):.2f}"
    assert _share(organisation) >= 0.9, f"speaker organisation {_share(organisation):.2f}"


def test_nothing_that_only_looks_like_a_quote_is_one(labels: dict[str, Any]) -> None:
    for label in labels["not_quote"]:
        passage = _holding(label["opening"], _passages(label["file"]))
        assert passage.kind != "quote", f"{label['why']}: {passage.text[:60]!r}"


def test_assignments_are_recommendations_to_the_one_assigned(labels: dict[str, Any]) -> None:
    kinds, addressees = [], []
    for file in labels["document_files"]:
        passages = _passages(file)
        for label in (p for p in labels["passage"] if p["file"] == file):
            p = _holding(label["opening"], passages)
            kinds.append(p.kind == label["kind"])
            if label["kind"] == p.kind == "recommendation":
                addressees.append(_norm(p.addressee) == _norm(label.get("addressee", "")))
    assert len(kinds) >= 10
    assert _share(kinds) >= 0.85, f"kinds right {_share(kinds):.2f}"
    assert _share(addressees) >= 0.85, f"addressees right {_share(addressees):.2f}"
