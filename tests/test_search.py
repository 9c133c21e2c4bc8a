"""Search over the seed corpus: ranking, JSON shape, facets, paging, query syntax."""

from __future__ import annotations

from pathlib import Path

from kb.index import open_index
from kb.ingest import IngestOptions, run_ingest
from kb.search import SearchRequest, fetch_passage, run_search


def test_distansmoten_finds_carnlofs_passage(ix) -> None:  # noqa: ANN001
    results = run_search(ix, SearchRequest.create("distansmöten"))
    texts = [h.passage.text for h in results.hits]
    assert any("fysiska möten och distansmöten" in t and "Carnlöf" in t for t in texts)
    assert "<mark>distansmöten</mark>" in results.hits[0].snippet


def test_hit_json_has_the_documented_keys(ix) -> None:  # noqa: ANN001
    data = run_search(ix, SearchRequest.create("kommunerna")).as_dict()
    assert data["total"] > 0
    for hit in data["hits"]:
        assert {"id", "doc_id", "text", "score", "snippet", "kind", "speaker", "document"} <= set(hit)
        assert {"title", "publisher", "url", "date"} <= set(hit["document"])


def test_inflections_match(ix) -> None:  # noqa: ANN001
    assert run_search(ix, SearchRequest.create("kommun")).total == run_search(ix, SearchRequest.create("kommunerna")).total


def test_facets_are_disjunctive_within_and_conjunctive_across(ix) -> None:  # noqa: ANN001
    base = run_search(ix, SearchRequest.create("kvalitet"))
    counts = {v.value: v.count for v in base.facets["doctype"]}
    one = run_search(ix, SearchRequest.create("kvalitet", {"doctype": ["artikel"]}))
    assert one.total == counts["artikel"]
    # The other values keep their counts: choosing them too adds exactly that many.
    assert {v.value: v.count for v in one.facets["doctype"]} == counts
    two = run_search(ix, SearchRequest.create("kvalitet", {"doctype": ["artikel", "pressmeddelande"]}))
    assert two.total == counts["artikel"] + counts["pressmeddelande"]
    both = run_search(ix, SearchRequest.create("kvalitet", {"doctype": ["artikel"], "year": ["2017"]}))
    assert 0 < both.total < one.total
    assert all(h.document["date"].startswith("2017") for h in both.hits)


def test_pages_do_not_overlap(ix) -> None:  # noqa: ANN001
    first = run_search(ix, SearchRequest.create("socialtjänsten", per_page=5))
    second = run_search(ix, SearchRequest.create("socialtjänsten", per_page=5, page=2))
    assert first.pages >= 2
    assert not {h.passage.id for h in first.hits} & {h.passage.id for h in second.hits}


def test_operators_and_phrases(ix) -> None:  # noqa: ANN001
    plain = run_search(ix, SearchRequest.create("kvalitet")).total
    without = run_search(ix, SearchRequest.create("kvalitet -distans")).total
    assert without == run_search(ix, SearchRequest.create("kvalitet INTE distans")).total
    assert without < plain
    phrase = run_search(ix, SearchRequest.create('"fysiska möten"'))
    assert phrase.total > 0 and all("fysiska möten" in h.passage.text for h in phrase.hits)


def test_bad_requests_are_made_safe(ix) -> None:  # noqa: ANN001
    req = SearchRequest.create("x" * 10_000, {"nonsense": ["1"]}, page=-1, per_page=10_000, sort="evil")
    assert (req.page, req.per_page, req.sort, req.filters) == (1, 100, "relevance", ())
    assert len(req.q) <= 1000
    for q in ["((", ")", '"', "AND", "a:b:c", "foo(((", "*", "ämne:svensk* OR NOT"]:
        run_search(ix, SearchRequest.create(q))


def test_fetch_passage_round_trip(ix) -> None:  # noqa: ANN001
    hit = run_search(ix, SearchRequest.create("Yvonne Berneke")).hits[0]
    passage, doc = fetch_passage(ix, hit.passage.id)
    assert passage == hit.passage and doc["publisher"] == "Inspektionen för vård och omsorg"


def test_facet_tables_of_replaced_index_states_are_let_go(tmp_path, monkeypatch) -> None:  # noqa: ANN001
    from kb.index import open_index
    from kb.ingest import IngestOptions, run_ingest
    from kb.search import facets

    monkeypatch.setattr(facets, "_tables", {})  # none from other tests
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    (corpus / "a.md").write_text("# A\n\nHemtjänst i kommunen.\n", encoding="utf-8")
    read = []
    # Three ingests into the first folder, a rebuild into a new one (which counts
    # Whoosh generations from 1 again), two more ingests there.
    for n, rebuild in enumerate([False, False, False, True, False, False]):
        (corpus / f"b{n}.md").write_text(f"# B{n}\n\nHemtjänst {n}.\n", encoding="utf-8")
        run_ingest(corpus, IngestOptions(index_dir=index, rebuild=rebuild))
        run_search(open_index(index), SearchRequest.create("hemtjänst"))
        read.extend(k for k in facets._tables if k not in read)
    assert len(read) == 6
    assert list(facets._tables) == read[-2:]  # the two states read last


def test_a_served_index_forgets_removed_files_at_once(tmp_path) -> None:  # noqa: ANN001
    """The searcher a thread keeps sees the next ingest's deletions (Whoosh's
    Searcher.refresh() kept the old ones: removed files stayed in the results)."""
    from kb.index import open_index
    from kb.ingest import IngestOptions, run_ingest

    corpus, index = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    for n in range(12):
        text = f"# Rapport {n}\n\nHemtjänsten i kommun {n} har brister.\n\nMer om hemtjänst.\n"
        (corpus / f"r{n}.md").write_text(text, encoding="utf-8")
    run_ingest(corpus, IngestOptions(index_dir=index, workers=1))
    ix = open_index(index)
    before = run_search(ix, SearchRequest.create("hemtjänst", per_page=100))
    assert before.total == 24
    for n in range(0, 12, 3):
        (corpus / f"r{n}.md").unlink()
    (corpus / "r1.md").write_text("# Rapport 1\n\nNu utan det ordet.\n", encoding="utf-8")
    run_ingest(corpus, IngestOptions(index_dir=index, workers=1))
    after = run_search(ix, SearchRequest.create("hemtjänst", per_page=100))  # the same ix
    fresh = run_search(open_index(index), SearchRequest.create("hemtjänst", per_page=100))
    assert after.total == fresh.total == 14
    assert {h.passage.id for h in after.hits} == {h.passage.id for h in fresh.hits}


def test_query_without_accents_finds_the_accented_words(ix) -> None:  # noqa: ANN001
    accented = run_search(ix, SearchRequest.create("Carnlöf"))
    plain = run_search(ix, SearchRequest.create("carnlof"))
    assert accented.total > 0
    assert {h.passage.id for h in plain.hits} == {h.passage.id for h in accented.hits}
    assert all("<mark>Carnlöf</mark>" in h.snippet for h in plain.hits)
    # Every passage that names Vårdanalys ("Myndigheten för vård- och omsorgsanalys") is
    # found without accents.
    found = run_search(ix, SearchRequest.create("vardanalys", per_page=50)).hits
    everything = run_search(ix, SearchRequest.create("Vårdanalys", per_page=50)).hits
    saying = [h for h in everything if "vård- och omsorgsanalys" in h.passage.text]
    assert saying and {h.passage.id for h in saying} <= {h.passage.id for h in found}


def test_exact_form_ranks_above_the_folded_one(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Mötet\n\nSocialnämnden i Malmö stad har beslutat.", "utf-8")
    (corpus / "b.txt").write_text("Motet\n\nSocialnämnden i Malmo har skrivit fel.", "utf-8")
    run_ingest(corpus, IngestOptions(index_dir=tmp_path / "index"))
    ix = open_index(tmp_path / "index")
    plain = run_search(ix, SearchRequest.create("malmo")).hits
    assert [
        "Malmo" if "Malmo " in h.passage.text else "Malmö" for h in plain
    ] == ["Malmo", "Malmö"]
    # Typed with its accent the word finds only itself.
    accented = run_search(ix, SearchRequest.create("Malmö")).hits
    assert [h.passage.text for h in accented] == ["Socialnämnden i Malmö stad har beslutat."]

def test_a_compound_typed_without_accents_finds_its_parts_with_them(tmp_path: Path) -> None:
    # No passage has "brottsofferstöd": its parts are searched apart, and typed without
    # accents, "stod" is also "stöd" (as the whole word would be), said in the notice.
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "Stöd\n\nKommunen ska ge stöd till brottsoffer och vittnen.", "utf-8"
    )
    (corpus / "b.txt").write_text("Annat\n\nHan stod vid dörren och väntade.", "utf-8")
    run_ingest(corpus, IngestOptions(index_dir=tmp_path / "index"))
    ix = open_index(tmp_path / "index")
    typed = run_search(ix, SearchRequest.create("brottsofferstod"))
    assert [h.passage.text for h in typed.hits] == [
        "Kommunen ska ge stöd till brottsoffer och vittnen."
    ]
    assert any("också med å, ä, ö" in n for n in typed.notices)
    # Typed with its accent, the part is that word only; no notice of accents.
    accented = run_search(ix, SearchRequest.create("brottsofferstöd"))
    assert accented.total == 1
    assert not any("också med å, ä, ö" in n for n in accented.notices)


def test_folded_stop_words_do_not_restrict_a_query(ix) -> None:  # noqa: ANN001
    typed = run_search(ix, SearchRequest.create("kvalitet pa distans"))
    assert typed.total == run_search(ix, SearchRequest.create("kvalitet på distans")).total > 0


def test_a_search_reads_the_facet_table_the_ingest_wrote(tmp_path, monkeypatch) -> None:  # noqa: ANN001
    """A fresh process reads the table from the generation's folder instead of the index."""
    from kb import facettable
    from kb.index import open_index
    from kb.ingest import IngestOptions, run_ingest
    from kb.search import facets

    corpus, index = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    (corpus / "a.md").write_text("# A\n\nHemtjänsten har brister.\n", encoding="utf-8")
    run_ingest(corpus, IngestOptions(index_dir=index, workers=1))
    (corpus / "b.md").write_text("# B\n\nHemtjänst i kommunen.\n", encoding="utf-8")
    run_ingest(corpus, IngestOptions(index_dir=index, workers=1))
    assert len(list(index.glob("gen-*/facets-*.pickle"))) == 2  # this state's and the one before
    monkeypatch.setattr(facets, "_tables", {})

    def built(_searcher):  # noqa: ANN001, ANN202
        raise AssertionError("the table was built from the index")

    monkeypatch.setattr(facettable.FacetTable, "from_searcher", built)
    results = run_search(open_index(index), SearchRequest.create("hemtjänst"))
    assert results.total == 2 and sum(v.count for v in results.facets["kind"]) == 2


def test_an_acronym_a_document_defines_finds_its_long_form(tmp_path: Path) -> None:
    # "SBU" is in no synonym group: a passage that spells it out ("… (SBU)") gives its long
    # form, which is searched beside it, said in a notice.
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "Uppdrag\n\nRegeringen ger Statens beredning för medicinsk och social utvärdering "
        "(SBU) i uppdrag att granska metoder.",
        "utf-8",
    )
    (corpus / "b.txt").write_text(
        "Rapport\n\nStatens beredning för medicinsk och social utvärdering har granskat "
        "insatser för äldre.",
        "utf-8",
    )
    (corpus / "c.txt").write_text(
        "Debatt\n\nDet säger Linda Lindberg, gruppledare (SD), om förslaget.", "utf-8"
    )
    # One name of a member whose initials fit among others that do not: most of the
    # parentheses give no long form, so KD has none.
    (corpus / "d.txt").write_text(
        "Interpellationer\n\nAv Kerstin Dahl (KD). Av Magnus Oscarsson (KD). "
        "Av Larry Söder (KD).",
        "utf-8",
    )
    run_ingest(corpus, IngestOptions(index_dir=tmp_path / "index"))
    ix = open_index(tmp_path / "index")
    found = run_search(ix, SearchRequest.create("SBU"))
    assert found.total == 2
    assert any(
        "»Statens beredning för medicinsk och social utvärdering«" in n for n in found.notices
    )
    # A name before a party's letters is no long form: "SD" is searched as itself.
    party = run_search(ix, SearchRequest.create("SD"))
    assert party.total == 1 and not party.notices
    assert not run_search(ix, SearchRequest.create("KD")).notices
    # With other words, the long form covers the acronym: a hit, not a passage with some
    # of the words.
    three = run_search(ix, SearchRequest.create("SBU insatser äldre"))
    assert three.total == 1 and "insatser för äldre" in three.hits[0].passage.text
    assert not any("Inget stycke" in n for n in three.notices)
    # A wildcard stays the word's: "SBU*" is no group of names with a wildcard after it.
    assert not run_search(ix, SearchRequest.create("SBU*")).notices
    # Typed in lower case, as people type: "sbu" is defined where a parenthesis has it in
    # capitals; "sd" is no more an acronym than "SD".
    lower = run_search(ix, SearchRequest.create("sbu"))
    assert lower.total == 2 and any("för »sbu«" in n for n in lower.notices)
    assert run_search(ix, SearchRequest.create("Sbu")).total == 2  # as a phone writes it
    assert not run_search(ix, SearchRequest.create("sd")).notices
