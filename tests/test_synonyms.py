"""Synonyms: kb's own groups, a user's synonyms.toml read by ingest, and what a search finds."""

from __future__ import annotations

from pathlib import Path

import pytest

from kb.analysis.expansion import (
    SynonymsError,
    expand_synonyms,
    find_synonyms,
    merge_groups,
    parse_synonyms,
    synonym_table,
)
from kb.index import open_index
from kb.ingest import IngestOptions, run_ingest
from kb.search import SearchRequest, run_search
from kb.search.query import expand

USER_FILE = """\
# Ord som kb ska söka tillsammans
groups = [
  ["hemmajobb", "jobba hemifrån"],
  ["socionom", "socialarbetare"],
  ["IVO", "tillsynsmyndigheten"],
]
"""


def test_a_synonyms_file_is_read_as_groups() -> None:
    assert parse_synonyms(USER_FILE)[1] == ("socionom", "socialarbetare")
    assert parse_synonyms("") == ()


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("groups = [", "not valid TOML"),
        ('synonyms = [["a", "b"]]', "unknown key 'synonyms'"),
        ('groups = "a, b"', "list of lists"),
        ('groups = [["a", 1]]', "group 1 is not a list of words"),
        ('groups = [["a", "b"], ["c"]]', "group 2 needs at least two words"),
    ],
)
def test_a_bad_synonyms_file_says_what_is_wrong(text: str, reason: str) -> None:
    with pytest.raises(SynonymsError, match=reason):
        parse_synonyms(text)


def test_user_groups_join_kbs_own_groups_that_share_a_name() -> None:
    merged = merge_groups((("IVO", "Inspektionen för vård och omsorg"),), parse_synonyms(USER_FILE))
    assert merged[0] == ("IVO", "Inspektionen för vård och omsorg", "tillsynsmyndigheten")
    table = synonym_table(parse_synonyms(USER_FILE))
    assert "socialarbetare" in expand("socionom", table)[0]
    assert "tillsynsmyndigheten" in expand("IVO:s granskning", table)[0]


def test_corona_is_searched_with_covid_19_below_the_word_typed() -> None:
    expanded = expand("corona")[0]
    assert expanded.startswith("(corona OR (")
    assert '"covid-19"' in expanded and expanded.endswith(")^0.3)")
    # Names and acronyms of one thing weigh alike.
    assert expand("IVO")[0] == '(IVO OR "Inspektionen för vård och omsorg")'


def test_a_name_typed_without_accents_finds_its_group() -> None:
    [match] = find_synonyms("vardanalys")
    assert "Vårdanalys" in match.alternatives
    assert "Myndigheten för vård- och omsorgsanalys" in match.alternatives


def test_corona_finds_the_covid_passages(ix) -> None:  # noqa: ANN001
    covid = run_search(ix, SearchRequest.create("covid-19", per_page=100))
    corona = run_search(ix, SearchRequest.create("corona", per_page=100))
    assert covid.total > 0
    assert {h.passage.id for h in covid.hits} <= {h.passage.id for h in corona.hits}
    assert any("»covid-19«" in notice for notice in corona.notices)


def test_covid_alone_is_a_name_of_the_pandemic() -> None:
    # A user types "covid" as often as "covid-19"; alone, it found only the passages
    # that write "covid", not those that say "coronapandemin".
    [match] = find_synonyms("covid")
    assert {"covid-19", "corona", "coronapandemin"} <= set(match.alternatives)
    # So is "covid19", as a hashtag writes it: one word, not "covid-19".
    [match] = find_synonyms("Covid19")
    assert {"covid-19", "corona", "coronapandemin"} <= set(match.alternatives)


def test_ingest_reads_the_synonyms_file_of_the_folder(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Hemmajobb\n\nHemmajobb blir vanligare i socialtjänsten.", "utf-8")
    index_dir = tmp_path / "index"

    def found(q: str) -> int:
        return run_search(open_index(index_dir), SearchRequest.create(q)).total

    run_ingest(corpus, IngestOptions(index_dir=index_dir))
    assert found("hemifrånjobb") == 0
    (corpus / "synonyms.toml").write_text('groups = [["hemmajobb", "hemifrånjobb"]]', "utf-8")
    report = run_ingest(corpus, IngestOptions(index_dir=index_dir))
    assert report.ok and report.unchanged == 1
    assert found("hemifrånjobb") == 1
    # A broken file fails the ingest and keeps the groups the index had.
    (corpus / "synonyms.toml").write_text('groups = [["hemmajobb"]]', "utf-8")
    report = run_ingest(corpus, IngestOptions(index_dir=index_dir))
    assert [f.path for f in report.failures] == ["synonyms.toml"]
    assert "at least two words" in report.failures[0].reason
    assert found("hemifrånjobb") == 1
    # Without the file its groups are gone.
    (corpus / "synonyms.toml").unlink()
    assert run_ingest(corpus, IngestOptions(index_dir=index_dir)).ok
    assert found("hemifrånjobb") == 0


def test_a_users_group_may_name_a_law_by_its_number(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Vårdnad\n\nFöräldrabalken reglerar vårdnaden om barn.", "utf-8")
    (corpus / "synonyms.toml").write_text('groups = [["föräldrabalken", "1949:381"]]', "utf-8")
    index_dir = tmp_path / "index"
    assert run_ingest(corpus, IngestOptions(index_dir=index_dir)).ok
    for typed in ("1949:381", "föräldrabalken (1949:381)"):
        results = run_search(open_index(index_dir), SearchRequest.create(typed))
        assert results.total == 1, typed
    # Other numbers in a group are names like any: "dygnet runt" adds "24/7".
    [match] = find_synonyms("dygnet runt", synonym_table((("dygnet runt", "24/7"),)))
    assert match.alternatives == ("24/7",)


def test_older_and_everyday_names_find_the_field_terms(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "Placering\n\nBarnet placerades i ett familjehem.\n\n"
        "Pojken vårdas på ett särskilt ungdomshem.\n\n"
        "Hon har rätt till försörjningsstöd.\n\n"
        "Kommunen arbetar mot våld i nära relationer.\n\n"
        "Polisen beslagtog narkotika.\n\n"
        "Han flyttade till ett äldreboende.\n\n"
        "Socialtjänsten gjorde en utredning.\n\n"
        "Satsningen på Bostad först fortsätter.\n\n"
        "Vården ska bygga på evidensbaserad praktik.\n\n"
        "Personalen har anmälningsskyldighet.\n\n"
        "Barn rekryteras till gängkriminalitet.\n\n"
        "Rätten tillämpade lagen om vård av unga.\n\n"
        "Familjehemsföräldrarna fick utbildning.\n\n"
        "Stödet till hbtqi-personer ska öka.\n\n"
        "Hon har en intellektuell funktionsnedsättning.\n\n"
        "Patienten utsattes för bältesläggning.\n\n"
        "Patienten var utskrivningsklar i tisdags.\n\n"
        "Stöd vid spelmissbruk ges av kommunen.\n\n"
        "Psykiatrisk vård ges i regionen.",
        "utf-8",
    )
    run_ingest(corpus, IngestOptions(index_dir=tmp_path / "index"))
    ix = open_index(tmp_path / "index")
    for typed, said in [
        ("fosterhem", "familjehem"),
        ("SiS-hem", "ungdomshem"),
        ("socialbidrag", "försörjningsstöd"),
        ("fosterhemmen", "familjehem"),  # an inflected form of the name
        ("våld i hemmet", "våld i nära relationer"),
        ("knark", "narkotika"),
        ("ålderdomshem", "äldreboende"),
        ("soc utredning", "Socialtjänsten"),
        ("housing first", "Bostad först"),
        ("evidence based practice", "evidensbaserad praktik"),
        ("anmälningsplikt", "anmälningsskyldighet"),
        ("gängvåld", "gängkriminalitet"),
        ("LVU", "lagen om vård av unga"),
        # From a blind audit: older words.
        ("fosterföräldrar", "Familjehemsföräldrarna"),
        ("hbtq-personer", "hbtqi-personer"),
        # From a third blind audit: termbanken's terms and the words it advises against.
        ("fosterfamiljer", "familjehem"),
        ("utvecklingsstörning", "intellektuell funktionsnedsättning"),
        ("fastspänning", "bältesläggning"),
        ("färdigbehandlade", "utskrivningsklar"),
        ("spelberoende", "spelmissbruk"),
        ("psykvården", "Psykiatrisk vård"),
    ]:
        hits = run_search(ix, SearchRequest.create(typed)).hits
        # One hit, the passage said; "fosterhem" also finds "Familjehemsföräldrarna", by
        # its part, second.
        assert said in hits[0].passage.text
        assert len(hits) == (2 if typed.startswith(("fosterhem", "fosterfam")) else 1), typed
    # "soc" stands for the social services; they are not searched for "soc".
    assert not run_search(ix, SearchRequest.create("socialtjänsten")).notices


def test_a_name_of_several_words_the_index_has_no_term_for_weighs_as_one_word() -> None:
    # Scored as the sum of its words, "Statens beredning för medicinsk och social
    # utvärdering" outweighed "SBU" fivefold; each word now weighs a fifth. A name of
    # kb's own groups is one term of the index already: no weight.
    table = synonym_table((("SBU", "Statens beredning för medicinsk och social utvärdering"),))
    assert expand_synonyms("SBU", table=table) == (
        '(SBU OR "Statens beredning för medicinsk och social utvärdering"^0.20)'
    )
    assert expand_synonyms("IVO") == '(IVO OR "Inspektionen för vård och omsorg")'
