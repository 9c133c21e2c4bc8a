"""What a passage must hold of a question to match it (kb.search.coverage): a synonym of
kb's groups covers its word, a word no passage has is covered by its compound's parts, and
the modal verbs of a question ("kunna", "få", "behöver") are not asked about."""

from __future__ import annotations

import pytest
from whoosh.index import Index
from whoosh.query import Or, Term

from kb.analysis.expansion import find_synonyms
from kb.analysis.stemming import stem_word
from kb.search import SearchResults
from kb.search.coverage import covering
from tests.test_query import index_of, search
from tests.test_thesaurus import matched

PAGES = {
    "krav.md": "# Krav\n\nDen som får försörjningsstöd ska delta i aktiviteter på heltid.\n",
    "alla.md": "# Alla\n\nHeltid ska vara norm för alla anställda i kommunen.\n",
    "adoption.md": "# Adoption\n\nFler barn i familjehem bör kunna adopteras efter en lång "
    "placering.\n",
    "placering.md": "# Placering\n\nBarn som placeras långt bort får sämre stabilitet.\n",
    "boja.md": "# Övervakning\n\nUngdomar som rymmer från ungdomshem ska kunna övervakas "
    "med fotboja.\n",
    "hem.md": "# Hem\n\nUngdomar på ungdomshem ska få bättre vård.\n",
}


@pytest.fixture(scope="module")
def ix(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("question-coverage"), PAGES)


def all_words_found(results: SearchResults) -> bool:
    """Whether a passage held every word (no fallback nor looser match said otherwise)."""
    return not any(
        n.startswith(("Inga stycken innehåller", "Inget stycke")) for n in results.notices
    )


def text_of(name: str) -> str:
    return PAGES[name].split("\n\n")[1].strip()


def test_a_synonym_of_kbs_groups_covers_its_word(ix: Index) -> None:
    # No passage says "socialbidrag"; the one on "försörjningsstöd" (its group) holds the
    # whole question, and the one with "heltid" alone is no match.
    results = search(ix, "måste man delta på heltid för att få socialbidrag")
    assert matched(results)[0] == text_of("krav.md")
    assert text_of("alla.md") not in matched(results)
    assert all_words_found(results), results.notices


def test_a_word_no_passage_has_is_covered_by_its_compounds_parts(ix: Index) -> None:
    # "familjehemsbarn" is in no passage: "barn i familjehem" holds it, as the notice says.
    results = search(ix, "familjehemsbarn adopteras placering")
    assert any("»familjehemsbarn« står inte i något stycke" in n for n in results.notices)
    assert matched(results)[0] == text_of("adoption.md")
    assert all_words_found(results), results.notices


def test_a_questions_modal_verbs_are_not_asked_about(ix: Index) -> None:
    # "kunna" and "få" are no words the answer must hold: the passage on the ankle tag
    # answers, and so does it without them.
    asked = search(ix, "ska ungdomar som rymmer från ungdomshem kunna få fotboja")
    plain = search(ix, "ungdomar rymmer ungdomshem fotboja")
    assert matched(asked)[0] == text_of("boja.md")
    assert all_words_found(asked), asked.notices
    assert [h.passage.text for h in asked.hits] == [h.passage.text for h in plain.hits]


def test_an_everyday_name_is_not_read_in_a_shorter_word_of_its_stem() -> None:
    # "socialen" (the social services) and "social" share a stem; "social" is no form of it.
    assert find_synonyms("social dokumentation") == []
    assert [m.alternatives for m in find_synonyms("ringde socialen")] == [("socialtjänsten",)]
    assert [m.alternatives for m in find_synonyms("nedskärning")] == [("besparingar",)]


def test_an_ambiguous_light_verb_is_asked_about_outside_a_question() -> None:
    # "vilja" the will, "få" few: words to find unless a question asks with them.
    from kb.search.words import not_asked

    assert not_asked("barnets vilja".split()) == set()
    assert not_asked("mot sin vilja".split()) == set()
    assert not_asked("få äldre".split()) == set()
    assert not_asked("vad säger lagen om barnets vilja".split()) == {0}
    assert not_asked("varför är det så få platser".split()) == {0, 1}
    assert not_asked("ska unga kunna få fotboja".split()) == {0, 2, 3}
    assert not_asked("hur många barn".split()) == {0, 1}
    # Not any word in s is a genitive; "hur mycket" asks for a number (a second review).
    assert not_asked("hur kan barn i kris få hjälp".split()) == {0, 1, 5}
    assert not_asked("hur mycket behöver kommunerna".split()) == {0, 1, 2}
    assert not_asked("vad säger lagen om de äldres vilja".split()) == {0}
    assert not_asked("vad säger lagen om barnets egen vilja".split()) == {0}


def test_a_questions_sentence_adverbs_and_idioms_are_not_asked_about(ix: Index) -> None:
    from kb.search.words import not_asked

    # "först", "redan", "ens" say how a question asks, not what about; outside a question
    # they are searched as typed.
    assert not_asked("kan äldre få hemtjänst utan att kommunen först gör en prövning".split()) == {
        0,
        2,
        7,
        8,
    }
    assert not_asked("har någon ens granskat IVO".split()) == {0, 2}
    assert not_asked("först till kvarn".split()) == set()
    # Nor "ta hand om" in a question, the subject between or not, nor the future's "kommer
    # … att"; "barn som kommer hem" comes home, and outside a question one takes care.
    assert not_asked("hur tar socialtjänsten hand om barn".split()) == {0, 1, 3}
    assert not_asked("vem tar hand om äldre".split()) == {0, 1, 2}
    assert not_asked("hur tas barnen om hand".split()) == {0, 1, 4}
    assert not_asked("ta hand om äldre".split()) == set()
    assert not_asked("vad kommer de nya kraven på reningsverk att kosta".split()) == {0, 1}
    assert not_asked("barn som kommer hem".split()) == set()
    # Nor a passage must hold them: "redan" is in no passage.
    asked = search(ix, "kan ungdomar som rymmer från ungdomshem redan få fotboja")
    assert matched(asked)[0] == text_of("boja.md")
    assert all_words_found(asked), asked.notices


def test_a_questions_fallbacks_leave_out_what_it_does_not_ask_about() -> None:
    from kb.search.fallbacks import _plain_terms

    # Its readings are searched without the question word: "tar … hand om" was searched
    # again in them, no longer read as a question's.
    assert _plain_terms("hur tar socialtjänsten hand om barn som kommer hem") == [
        "socialtjänsten",
        "barn",
        "kommer",
        "hem",
    ]
    assert _plain_terms("har någon ens granskat IVO") == ["granskat", "IVO"]


def test_a_passage_with_a_commoner_synonym_only_covers_the_word_in_part(ix: Index) -> None:
    # As if "ungdomshem" (2 passages) were a synonym of "fotboja" (1): the passage with the
    # synonym alone holds less of "fotboja" than the one with the word (a review: "handikapp
    # barn skola" matched every passage on "funktionsnedsättning").
    fotboja = Or([Term("text", stem_word("fotboja")), Term("text", stem_word("ungdomshem"), 0.3)])
    with ix.searcher() as searcher:
        found, *_ = covering(searcher, [fotboja, Term("text", stem_word("ungdomar"))], 1.0)
        texts = [searcher.stored_fields(d)["text"] for d in found]
    assert texts == [text_of("boja.md")]


def test_forandra_is_searched_as_andra_one_way() -> None:
    # Judged set A's "hur har hemtjänsten förändrats under pandemin" found none of the
    # passages that say "har ändrats"; "andra" ("other", or "ändra" without its ä) and
    # "ändra" typed find no "förändra".
    assert [m.alternatives for m in find_synonyms("hur har hemtjänsten förändrats")] == [("ändra",)]
    assert [m.alternatives for m in find_synonyms("förändringar i lagen")] == [("ändring",)]
    assert find_synonyms("andra barn") == []
    assert find_synonyms("ändra reglerna") == []
