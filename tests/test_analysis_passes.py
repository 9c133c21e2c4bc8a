"""One analysis pass gives what each field's analyzer gives: the index must not change with it."""

from __future__ import annotations

import pytest

from kb.analysis import analyze, swedish_analyzer
from kb.analysis.passes import TextAnalysis
from kb.analysis.topics import tag_topics
from kb.index import build_schema

TEXTS = [
    "IVO:s granskning av LSS-insatser visar brister i hälso- och sjukvården.",
    "Socialtjänstinsatser för äldre: Sveriges Kommuner och Regioner (SKR) säger att "
    "distansmötena fungerade, enligt SOU 2020:47 och prop. 2021/22:123; 44 % var nöjda.",
    "Kvalitetsförsämringen i äldreomsorgen – e-post, covid-19 och personalomsättning.",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_postings_spelling_and_folded_are_whooshs_own(text: str) -> None:
    schema = build_schema()
    analysis = TextAnalysis(text)
    for name, boost in (("text", 1.0), ("title", 2.0), ("heading", 1.5)):
        assert list(analysis.postings(boost)) == list(schema[name].index(text))
    assert list(analysis.folded_postings()) == list(schema["folded"].index(text))
    assert list(analysis.spelling()) == list(schema["text"].spellable_words(text))


@pytest.mark.parametrize("text", TEXTS)
def test_grounds_terms_and_topic_positions_as_the_analyzer_gives_them(text: str) -> None:
    analysis = TextAnalysis(text)
    assert [t for t, _, _, _ in analysis.stems] == analyze(text)
    positions: dict[str, set[int]] = {}
    for token in swedish_analyzer()(text, positions=True):
        positions.setdefault(token.text, set()).add(token.pos)
    assert analysis.positions == positions


def test_topics_from_the_one_pass() -> None:
    assert "distansarbete" in tag_topics(TEXTS[1])
    assert "covid-19" in tag_topics(TEXTS[2])
