"""A body named by one word whose ending says what kind of body it is ("Diakonissanstalten",
"Bräcke diakoni" aside), after "från" where a place may stand too (news set 17), and a
commission that speaks as "Kommissionen" after its name was written (the interpellations)."""

from __future__ import annotations

import pytest

from kb.extract import extract_passages
from kb.parse import parse_bytes


def speakers(text: str) -> list[tuple[str, str, str]]:
    """Each quote's speaker (name, role, organisation) in a text, in order."""
    passages = extract_passages(parse_bytes(text.encode(), "p.txt")[0])
    return [
        (p.speaker.name, p.speaker.role, p.speaker.organisation) if p.speaker else ("", "", "")
        for p in passages
        if p.kind == "quote"
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Diakonissanstalten i Helsingfors", "Diakonissanstalten i Helsingfors"),
        ("Diakonissanstalten", "Diakonissanstalten"),
        ("Stadsmissionen", "Stadsmissionen"),
        ("Hyresgästföreningen", "Hyresgästföreningen"),
        ("Universitetssjukhuset i Linköping", "Universitetssjukhuset i Linköping"),
        ("Ersta diakoni", ""),  # no ending of a body's kind: it may be a place
        ("Helsingfors", ""),
        ("Upplands Väsby", ""),
    ],
)
def test_a_body_after_from_by_its_ending(body: str, expected: str) -> None:
    text = f"Nyheter\n\n– Vi är glada, säger direktör Tuija Åstedt från {body}.\n"
    assert speakers(text) == [("Tuija Åstedt", "direktör", expected)]


@pytest.mark.parametrize(
    "word", ["Byrån", "Kyrkan", "Kliniken", "Vården", "Huset", "Fonden", "Bolaget"]
)
def test_a_kinds_word_alone_is_no_body(word: str) -> None:
    """Eight letters or fewer: the word of the kind alone, not a body's name."""
    text = f"Nyheter\n\n– Vi är glada, säger Anna Berg från {word}.\n"
    assert speakers(text) == [("Anna Berg", "", "")]


def test_a_commission_speaks_by_its_kind_after_its_name() -> None:
    text = (
        "Coronakommissionen lämnade sitt första delbetänkande i december. Kommissionen "
        "konstaterade vidare: ”Det som har haft störst inverkan på antalet sjuka i svensk "
        "äldreomsorg är sedan länge välkända strukturella brister.”\n"
    )
    assert speakers(text) == [("Coronakommissionen", "", "Coronakommissionen")]
