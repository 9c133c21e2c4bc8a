"""Words typed without å, ä, ö, and typos in a word's first letters, searched as the word meant.

bench/typo_recall.py measures the same on hundreds of words; these are its rules on
a corpus small enough to read.
"""

from __future__ import annotations

import pytest

from kb.index import Index, open_index
from kb.ingest import IngestOptions, run_ingest
from kb.search import SearchRequest, SearchResults, run_search

PAGES = {
    "forslag.txt": "Förslagen om hemtjänsten\n\nRegeringen lämnar förslagen om hemtjänsten till riksdagen.",
    "forfattning.txt": "Lagrådet\n\nFörfattningsförslagen om socialtjänsten granskas i höst.",
    # "fors" and "lagen" make "forslagen" a compound of known words, as "sjukvard" is one
    # of "sjuk" and "vard" in a larger corpus.
    "forsen.txt": "Vid forsen\n\nVid forsen gäller lagen om fiske, och det är möjligt att fiska.",
    "social.txt": "Socialtjänsten\n\nSocialtjänsten i kommunen har fått fler socialsekreterare.",
}


@pytest.fixture(scope="module")
def six(tmp_path_factory: pytest.TempPathFactory) -> Index:
    corpus = tmp_path_factory.mktemp("spelling") / "corpus"
    corpus.mkdir()
    for name, text in PAGES.items():
        (corpus / name).write_text(text, "utf-8")
    report = run_ingest(corpus, IngestOptions(index_dir=corpus.parent / "index"))
    assert report.ok, report.failures
    return open_index(corpus.parent / "index")


def search(ix: Index, q: str, **kwargs: object) -> SearchResults:
    return run_search(ix, SearchRequest.create(q, per_page=100, **kwargs))  # type: ignore[arg-type]


def ids(results: SearchResults) -> list[str]:
    return [hit.passage.id for hit in results.hits]


def test_a_word_typed_without_accents_is_searched_as_the_word(six: Index) -> None:
    meant = search(six, "förslagen")
    assert any(h.passage.text.startswith("Författningsförslagen") for h in meant.hits)
    typed = search(six, "forslagen")
    assert typed.corrected_query == "förslagen"
    assert ids(typed) == ids(meant)
    # As typed, on request: the accent-free field's own matches.
    exact = search(six, "forslagen", exact=True)
    assert exact.corrected_query == "" and exact.total >= 1


def test_a_query_typed_without_accents_keeps_its_other_words(six: Index) -> None:
    typed = search(six, "forslagen hemtjansten")
    assert typed.corrected_query == "förslagen hemtjänsten"
    assert ids(typed) == ids(search(six, "förslagen hemtjänsten"))


def test_a_known_word_is_not_read_as_one_with_accents(six: Index) -> None:
    # "forsen" is a word of the corpus: never "försen", whatever else there is.
    assert search(six, "forsen").corrected_query == ""


@pytest.mark.parametrize(
    "typed",
    ["oscialtjänsten", "zocialtjänsten", "sicialtjänsten", "scialtjänsten", "ssocialtjänsten"],
)
def test_a_typo_in_the_first_two_letters_is_corrected(six: Index, typed: str) -> None:
    # swapped, the first a neighbouring key, the second a neighbouring key, the second
    # left out, the first typed twice
    results = search(six, typed)
    assert results.corrected_query == "socialtjänsten"
    assert ids(results) == ids(search(six, "socialtjänsten"))


def test_a_first_letter_is_not_taken_away_nor_a_short_word_changed(six: Index) -> None:
    # "omöjligt" is no typo of "möjligt": a first letter more is no edit tried.
    assert search(six, "omöjligt").corrected_query == ""
    # A word under seven letters gets no edit of its first letters: as often as not it is
    # another word spelt right ("kanske" is no "danske"). "giske" is one key from "fiske".
    assert search(six, "giske").corrected_query == ""
