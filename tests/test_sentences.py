"""The one sentence splitter: Swedish abbreviations end no sentence."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kb.extract import sentences
from kb.extract.kinds import classify_text
from kb.extract.sentences import sentence_end, split_sentences


@pytest.mark.parametrize(
    "text",
    [
        "Det gäller bl.a. Socialstyrelsen och IVO.",
        "Kommunerna behöver t.ex. Stödmaterial från myndigheten.",
        "Enligt 5 kap. 2 § socialtjänstlagen ska nämnden agera.",
        "Se prop. 2015/16:43 och dir. 2023:12 om detta.",
        "Utredningen m.fl. Aktörer har lämnat synpunkter.",
        "Det säger Margaretha S. Paras, chef för Uppsala Stadsmission.",
        "Enligt Duke W. Shane är det här viktigt.",
        "Det säger Veronica Ek, Tf. Lokalpolisområdeschef i Medelpad.",
    ],
)
def test_an_abbreviation_ends_no_sentence(text: str) -> None:
    assert split_sentences(text) == [text]


def test_a_capital_letter_ends_a_sentence_before_a_new_one() -> None:
    assert split_sentences("Vi har Plan B. Det gick bra.") == ["Vi har Plan B.", "Det gick bra."]


def test_sentences_split_before_a_capital_a_dash_or_a_quotation() -> None:
    assert split_sentences("Rapporten visar brister. – Vi tar det på allvar. ”Nu agerar vi.”") == [
        "Rapporten visar brister.",
        "– Vi tar det på allvar.",
        "”Nu agerar vi.”",
    ]


def test_an_attribution_ends_with_its_sentence() -> None:
    text = "Det är viktigt, säger Anna Svensson, chef för bl.a. IFO. Hon fortsätter."
    assert text[: sentence_end(text, 16)] == "Det är viktigt, säger Anna Svensson, chef för bl.a. IFO"


def test_kinds_use_the_same_sentences() -> None:
    # One question, skipped as a cue; split at "t.ex.", "Bör kommunerna t.ex." would be a
    # sentence of its own with the cue "bör" (a recommendation).
    assert classify_text("Bör kommunerna t.ex. Erbjuda stöd?") == "other"


_PIECES = [
    *("bl.a.", "t.ex.", "kap.", "s.", "prop.", "Nr.", "dvs.", "ca.", "(t.ex.", "5", "2 §"),
    *("Socialstyrelsen", "IVO.", "vård.", "Det", "»Nej.«", "och", "2020:47.", "? Ja", "!"),
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40).map(" ".join))
def test_an_abbreviation_is_looked_for_just_before_the_stop(text: str) -> None:
    # The boundaries as found when the whole text before each one was searched.
    expected = []
    for m in sentences._BOUNDARY.finditer(text):
        before = text[: m.start("space")]
        if sentences._TEXT_ABBREVIATION.search(before):
            continue
        if text[m.end() : m.end() + 1].isdigit() and sentences._NUMBER_ABBREVIATION.search(before):
            continue
        expected.append((m.start("space"), m.end()))
    assert list(sentences._boundaries(text)) == expected
