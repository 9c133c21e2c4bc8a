"""A query word the collection seldom uses is searched with its words of like meaning
(kb.search.thesaurus, kb/data/thesaurus.txt)."""

from __future__ import annotations

from pathlib import Path

import pytest
from whoosh.index import Index

import kb.search.thesaurus as thesaurus_module
from kb.analysis.stemming import stem_word
from kb.search import SearchResults
from kb.search.thesaurus import headwords, thesaurus
from tests.test_query import index_of, search

PAGES = {
    "spärr.md": "# Spärr\n\nDen som dömts för bedrägeri mot Försäkringskassan ska kunna "
    "spärras från bidrag under en tid.\n",
    "fusk.md": "# Kontroller\n\nFusk med assistansersättning ska motverkas med hårdare kontroller.\n",
    "stöd.md": "# Stöd\n\nKommunen erbjuder stöd till familjer med barn i förskolan.\n",
    "katalog.md": "# Katalog\n\nEn nationell katalog över alla vårdgivare ska tas fram.\n",
}


@pytest.fixture(scope="module")
def ix(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("thesaurus"), PAGES)


def matched(results: SearchResults) -> list[str]:
    return [hit.passage.text for hit in results.hits[: results.total]]


def test_a_word_no_passage_has_finds_its_words_of_like_meaning(ix: Index) -> None:
    # "register" is in no passage; the thesaurus's "katalog" is.
    results = search(ix, "register över vårdgivare")
    assert matched(results) == [PAGES["katalog.md"].split("\n\n")[1].strip()]
    assert any(
        n.startswith("Söker även på ord med liknande betydelse") and "»katalog«" in n
        for n in results.notices
    )


def test_an_inflected_word_is_looked_up_by_its_base_form(ix: Index) -> None:
    # "fuskat" is a form of "fuska" (and stems as "fusk"), "kyrkor" of "kyrka".
    assert "fuska" in headwords("fuskat", stem_word("fuskat"))
    assert "kyrka" in headwords("kyrkor", stem_word("kyrkor"))
    assert headwords("socialtjänsten", stem_word("socialtjänsten")) == []


def test_the_words_own_passages_rank_first(ix: Index, monkeypatch: pytest.MonkeyPatch) -> None:
    # "fusk" (in one passage) is searched with "bedrägeri" too; the passage with the word
    # itself ranks above the one with its word of like meaning.
    monkeypatch.setattr(thesaurus_module, "THESAURUS_RARE_PASSAGES", 10)
    results = matched(search(ix, "fusk"))
    assert len(results) == 2
    assert results[0].startswith("Fusk med assistansersättning")
    assert "bedrägeri" in results[1]


def test_a_common_word_is_searched_alone(ix: Index, monkeypatch: pytest.MonkeyPatch) -> None:
    # Where a word in one passage is no rare word: its own passage only, and no notice.
    monkeypatch.setattr(thesaurus_module, "THESAURUS_RARE_PASSAGES", 1)
    results = search(ix, "fusk")
    assert matched(results) == [PAGES["fusk.md"].split("\n\n")[1].strip()]
    assert not any("liknande betydelse" in n for n in results.notices)


def test_the_thesaurus_file_holds_single_words_in_lower_case() -> None:
    table = thesaurus()
    assert len(table) > 10_000
    assert table["register"][:2] == ("innehållsförteckning", "katalog")
    for head, words in table.items():
        assert head.isalpha() and head.islower(), head
        assert words and head not in words, head
        assert all(w.isalpha() and w.islower() for w in words), head


def test_the_thesaurus_keeps_its_licence_notice() -> None:
    text = (Path(thesaurus_module.__file__).parents[1] / "data" / "thesaurus.txt").read_text(
        "utf-8"
    )
    assert "Copyright (C) 2009 Viggo Kann" in text
    assert "a notice that the code was\n# modified" in text
