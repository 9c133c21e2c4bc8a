"""Words typed without å, ä, ö, typos in a word's first letters and compounds written apart,
searched as the word meant.

bench/typo_recall.py measures the same on hundreds of words; these are its rules on
a corpus small enough to read.
"""

from __future__ import annotations

import pytest

from kb.index import Index, open_index
from kb.ingest import IngestOptions, run_ingest
from kb.search import SearchRequest, SearchResults, run_search
from kb.search.suggest import MAX_ACCENTED, _accented, offered_only

PAGES = {
    "forslag.txt": "Förslagen om hemtjänsten\n\nRegeringen lämnar förslagen om hemtjänsten till riksdagen.",
    "forfattning.txt": "Lagrådet\n\nFörfattningsförslagen om socialtjänsten granskas i höst.",
    # "fors" and "lagen" make "forslagen" a compound of known words, as "sjukvard" is one
    # of "sjuk" and "vard" in a larger corpus.
    "forsen.txt": (
        "Vid forsen\n\nVid forsen gäller lagen om fiske, och det är möjligt att fiska."
        " En danske fiskar där."
    ),
    "social.txt": (
        "Socialtjänsten\n\nSocialtjänsten i kommunen har fått fler socialsekreterare."
        "\n\nHon bor på ett LSS-boende i kommunen."
    ),
    "lagen.txt": "Ny lag\n\nSocialtjänstlagen ersätts av en ny socialtjänstlag som trädde i kraft.",
    "mota.txt": "Hotet\n\nKommunen vill möta de unga.\n\nKommunen vill mota bort hotet.",
    "regi.txt": (
        "Driften\n\nKommunen driver boendet i egen regi.\n\n"
        "Hemtjänsten drivs också i egen regi sedan i fjol.\n\n"
        "Köket i egen regi lagar maten.\n\nEgenregi är ett ord i budgeten."
    ),
    "bris.txt": (
        "Väder och vård\n\nEn lätt bris blåste över sjön.\n\nHon fick laga en tand."
        "\n\nRapporten pekar på bristande rutiner."
    ),
    # "varna" stems as "varnar" does; "värna" is in more passages, but "varna" is a word.
    "varna.txt": (
        "Värna\n\nKommunen ska värna de äldre.\n\nVi måste värna om barnen.\n\n"
        "Alla ska värna välfärden.\n\nPolisen varnar för bedrägerier."
    ),
    # "aldre" stems as "aldrig" does; "äldre" is in more passages.
    "aldre.txt": (
        "Äldre i kommunen\n\nÄldre får stöd av hemtjänsten.\n\nÄldre personer bor kvar"
        " hemma.\n\nHon har aldrig sökt stöd."
    ),
    "hem.txt": (
        "Hem\n\nHemtjänst finns i kommunen.\n\nPersonal i hemtjänst.\n\n"
        "Personal ger tjänst i ett hem.\n\nEtt hem får tjänst av personal.\n\n"
        "Personal gör tjänst i varje hem.\n\nHem och tjänst och personal."
    ),
}


@pytest.fixture(scope="module")
def six(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return _index_of(tmp_path_factory, "spelling", PAGES)


def _index_of(factory: pytest.TempPathFactory, name: str, pages: dict[str, str]) -> Index:
    corpus = factory.mktemp(name) / "corpus"
    corpus.mkdir()
    for filename, text in pages.items():
        (corpus / filename).write_text(text, "utf-8")
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


def test_a_word_known_only_by_another_words_stem_is_read_with_its_accents(six: Index) -> None:
    # "aldre" finds "aldrig" by its stem, but no page writes "aldre": it is "äldre".
    typed = search(six, "aldre")
    assert typed.corrected_query == "äldre"
    assert ids(typed) == ids(search(six, "äldre"))
    assert search(six, "aldrig").corrected_query == ""
    # Not a word of Swedish typed right that no page writes so: "varna" is no "värna".
    assert search(six, "varna").corrected_query == ""


def test_a_known_word_is_not_read_as_one_with_accents(six: Index) -> None:
    # "mota" and "möta" are both words of the corpus: "mota" is searched as typed.
    assert search(six, "mota").corrected_query == ""
    assert search(six, "mota hotet").corrected_query == ""


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


def test_a_first_letter_is_not_taken_away_nor_a_common_word_changed(six: Index) -> None:
    # "omöjligt" is no typo of "möjligt": a first letter more is no edit tried.
    assert search(six, "omöjligt").corrected_query == ""
    # "kanske" is one key from "danske", but a word Swedish writes often: no typo.
    assert search(six, "kanske").corrected_query == ""
    # "giske" is no word: one key from "fiske".
    assert search(six, "giske").corrected_query == "fiske"


def test_a_word_swedish_uses_is_offered_a_correction_not_searched_as_another(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    ix = _index_of(
        tmp_path_factory,
        "offered",
        {"sjukdom.txt": "Sjukdom\n\nEn sjukdom sprids i landet.\n\nVården möter sjukdomen."},
    )
    # "sjukhem" (a nursing home) is a word of Swedish, if less common (wordfreq's zipf 2.9):
    # the index lacks it, but it is no typo of "sjukdom". Offered, and nothing found.
    typed = search(ix, "sjukhem")
    assert (typed.corrected_query, typed.suggestion, typed.total) == ("", "sjukdom", 0)
    # Nor in a query of several words, through another reading of it.
    assert search(ix, "sjukhem i landet").corrected_query == ""
    # A typo that is no word is searched as corrected, as before.
    assert search(ix, "sjukdm").corrected_query == "sjukdom"


def test_a_form_of_a_word_swedish_uses_is_no_typo_of_another(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # "skolket" (truancy, definite) is not in wordfreq, but "skolk" is (zipf 2.7), and the
    # index lacks both: it was searched as "skälet" (stop 63). A form of a word the index has
    # is still a typo ("skält").
    ix = _index_of(
        tmp_path_factory,
        "forms",
        {"skal.txt": "Skälet\n\nSkälet är enkelt.\n\nSkälen är flera."},
    )
    typed = search(ix, "skolket")
    assert (typed.corrected_query, typed.suggestion) == ("", "skälet")
    assert search(ix, "skälets").corrected_query == ""  # known to the index: found as typed
    assert search(ix, "skälte").corrected_query == "skälet"


def test_a_correction_is_offered_only_when_it_reads_a_word_as_another() -> None:
    assert offered_only("sjukhem", "sjukdom")
    assert offered_only("Sjukhem i landet", "Sjukdom i landet")
    # Not a word typed without å, ä, ö, one written apart, nor a typo that is no word.
    assert not offered_only("atgarder", "åtgärder")
    assert not offered_only("social tjänsten", "socialtjänsten")
    assert not offered_only("hemtjensten", "hemtjänsten")


def test_a_compound_written_apart_is_searched_as_one_word(six: Index) -> None:
    typed = search(six, "social tjänsten")
    assert typed.corrected_query == "socialtjänsten"
    assert ids(typed) == ids(search(six, "socialtjänsten"))
    # Three parts, and the rest of the query kept.
    assert search(six, "social tjänst lagen").corrected_query == "socialtjänstlagen"
    assert search(six, "Social tjänsten i kommunen").corrected_query == "Socialtjänsten i kommunen"
    # An acronym is no part to join: "LSS boende" is not searched as "LSSBOENDE".
    assert search(six, "LSS boende").corrected_query == ""


def test_two_words_stay_two_when_the_one_word_finds_much_less(six: Index) -> None:
    # "egenregi" is a word of the corpus, but "egen regi" is what three passages say (the
    # fourth has "egenregi": the words find it by its parts).
    typed = search(six, "egen regi")
    assert typed.corrected_query == "" and typed.total == 4


def test_words_are_not_joined_when_the_query_would_lose_most_of_its_hits(six: Index) -> None:
    assert search(six, "hem tjänst").corrected_query == "hemtjänst"
    # Four passages have the three words; one has "hemtjänst" and "personal".
    typed = search(six, "hem tjänst personal")
    assert typed.corrected_query == "" and typed.total == 4
    assert search(six, "hemtjänst personal").total == 1


def test_a_word_of_many_a_and_o_is_no_burden(six: Index) -> None:
    # Each a may be a, å or ä: 3**40 ways for this word. They are counted first, and
    # beyond MAX_ACCENTED not written out (the test suite's process once grew to 24 GB).
    assert _accented("a" * 40) == []
    assert len(_accented("atgarder")) == 9 <= MAX_ACCENTED
    results = search(six, "b" + "a" * 40 + " " + "o" * 40)
    assert results.corrected_query == ""


def test_a_common_word_the_corpus_lacks_is_no_typo(six: Index) -> None:
    # "trodde" is one letter from "trädde", but Swedish writes it often: a user typed it.
    results = search(six, "trodde")
    assert results.corrected_query == "" and results.total == 0
    # Nor beside other words ("vaken personal" was read as "vapen personal").
    assert search(six, "trodde socialtjänsten").corrected_query == ""
    # A letter wrong in no word of Swedish is corrected.
    assert search(six, "trädfe").corrected_query == "trädde"


def test_a_typo_that_reads_as_two_words_never_together_is_corrected(six: Index) -> None:
    # "bristand" splits into "bris" and "tand", words of the corpus, but no passage has
    # both: it is no compound of theirs but "bristande" misspelt.
    assert search(six, "bristand").corrected_query == "bristande"
    # A compound whose parts a passage has together stays as typed: "hemtjänstpersonal".
    assert search(six, "tjänstpersonal").corrected_query == ""


SOUNDS = {
    "chefer.txt": (
        "Chefer\n\nAndelen kvinnor på chefspositioner ökar.\n\n"
        "Chefspositioner i kommunen tillsätts öppet.\n\nChansen att få jobb ökar.\n\n"
        "Chansen är stor.\n\nHemlösa får stöd.\n\nHemlösa sover ute.\n\n"
        "Hälsa är viktigt.\n\nPersonalen får certifieringen."
    ),
    "skansen.txt": "Skansen\n\nSkansen är ett museum.",
    # "gång" is in more passages than "gäng", and in as many with "åtgärder", but "gäng"
    # is in no passage without it.
    "gang.txt": "Gång\n\n"
    + "\n\n".join(f"Hon gick en gång till stationen nummer {n}." for n in range(9))
    + "\n\n"
    + "\n\n".join(f"Åtgärder en gång till, nummer {n}." for n in range(3))
    + "\n\n"
    + "\n\n".join(f"Åtgärder mot gäng, nummer {n}." for n in range(3)),
}


@pytest.fixture(scope="module")
def sounds(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return _index_of(tmp_path_factory, "sounds", SOUNDS)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        # A word's first sound spelt as it sounds: two edits among the first letters, which
        # the candidates share ("sjefspositioner" found nothing: a fourth blind audit).
        ("sjefspositioner", "chefspositioner"),
        ("sertifiering", "certifiering"),  # a form no passage writes; its stem they do
        # One edit in the first letters beats two further on ("hämlösa" was "hälsa"), and
        # of words one edit away the commoner ("sjansen" was "skansen").
        ("hämlösa", "hemlösa"),
        ("sjansen", "chansen"),
    ],
)
def test_a_first_sound_spelt_as_it_sounds_is_corrected(
    sounds: Index, typed: str, meant: str
) -> None:
    results = search(sounds, typed)
    assert results.corrected_query == meant
    assert ids(results) == ids(search(sounds, meant))


def test_of_two_words_with_accents_the_one_the_other_words_go_with(sounds: Index) -> None:
    # "atgarder mot gang" was "åtgärder mot gång", the commoner word (a fourth audit).
    assert search(sounds, "atgarder mot gang").corrected_query == "åtgärder mot gäng"
    assert search(sounds, "gang").corrected_query == "gång"  # alone, the commoner
