"""A query word the collection seldom uses is searched with its words of like meaning
(kb.search.thesaurus, kb/data/thesaurus.txt)."""

from __future__ import annotations

from pathlib import Path

import pytest
from whoosh.index import Index
from whoosh.query import Or, Query, Term

import kb.search.thesaurus as thesaurus_module
from kb.analysis.stemming import stem_word
from kb.search import SearchResults
from kb.search.coverage import Alike, Derived, covering
from kb.search.thesaurus import headwords, related_notices, related_words, thesaurus
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
    assert headwords("fuskat") == ["fuska"]
    assert headwords("kyrkor") == ["kyrka"]
    assert headwords("grannen") == ["granne"]  # not the adjective "grann"
    assert headwords("socialtjänsten") == []
    # No base of under four letters: "demens" is no form of the pronoun "dem".
    assert headwords("demens") == [] and headwords("sala") == []


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


def test_a_word_of_like_meaning_covers_a_word_the_index_has_in_part(ix: Index) -> None:
    # "bidrag" and a word of like meaning for "fusk", which the index has: half of "fusk",
    # so the passage is no full match; for a word no passage has it stands in wholly.
    def units(kind: type[Derived]) -> list[Query]:
        fusk = Or([Term("text", stem_word("fusk")), kind("text", stem_word("bedrägeri"))])
        return [fusk, Term("text", stem_word("bidrag"))]

    with ix.searcher() as searcher:
        partly, *_ = covering(searcher, units(Alike), 1.0)
        wholly, *_ = covering(searcher, units(Derived), 1.0)
        texts = [searcher.stored_fields(d)["text"] for d in wholly]
    assert not partly
    assert len(wholly) == 1 and "bedrägeri" in texts[0]


def test_a_word_typed_with_a_capital_is_a_name_and_not_expanded(ix: Index) -> None:
    # "Sala" is no "sal", "Mora" no "mor" (a review); in lower case the word is looked up.
    assert not any("liknande" in n for n in search(ix, "Register").notices)
    with ix.searcher() as searcher:
        register = stem_word("register")
        assert related_words(searcher, {"register": register}) == {
            register: {stem_word("katalog"): "katalog"}
        }


def test_many_rare_words_give_few_notices() -> None:
    stems = {f"ord{i}": f"ord{i}" for i in range(6)}
    related = {f"ord{i}": {f"lik{i}": f"lik{i}"} for i in range(6)}
    notices = related_notices(stems, related)
    assert len(notices) == 3
    assert notices[-1] == "Söker även på ord med liknande betydelse för 4 ord till i frågan."
