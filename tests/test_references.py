"""References to Swedish public documents: what is taken, how it is spelled, where it links."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from kb.extract.references import (
    document_designations,
    find_references,
    public_url,
    riksdagen_session_code,
)
from kb.index import open_index
from kb.ingest import IngestOptions, run_ingest
from kb.models import Block
from kb.search import SearchRequest, run_search
from kb.web import create_app

from .test_query import index_of

THREE = (
    "Utredningen (SOU 2020:47) ledde till prop. 2021/22:123 om en ny socialtjänstlag "
    "som ersätter SFS 2001:453."
)


def test_three_references_in_order() -> None:
    assert find_references(THREE) == ("SOU 2020:47", "prop. 2021/22:123", "SFS 2001:453")


@pytest.mark.parametrize(
    "text",
    [
        "enligt 5 kap. 1 § socialtjänstlagen",
        "under 2020 och 2021",
        "ring 08-555 123 45 eller 020-12 34 56",
        "kl. 10:30 den 2021-06-23",
        "sidan 2020:47 i protokollet",
        "rskr. 2021/22:123",  # a riksdagsskrivelse is not a skrivelse from the government
        "prop. 2021/23:5",  # no riksmöte spans two years
    ],
)
def test_what_is_not_a_reference(text: str) -> None:
    assert find_references(text) == ()


@pytest.mark.parametrize(
    ("text", "designation"),
    [
        ("Proposition 2021/22:123", "prop. 2021/22:123"),
        ("i propositionen 2021/2022:123", "prop. 2021/22:123"),
        ("Prop. 1999/2000:35", "prop. 1999/2000:35"),
        ("Dir. 2023:12", "dir. 2023:12"),
        ("kommittédirektiv 2024:116", "dir. 2024:116"),
        ("Ds 2022:4", "Ds 2022:4"),
        ("socialtjänstlagen (2001:453)", "SFS 2001:453"),
        ("bet. 2021/22:SoU5", "bet. 2021/22:SoU5"),
        ("skr. 2019/20:26", "skr. 2019/20:26"),
        ("RiR 2019:4", "RiR 2019:4"),
        ("SOU 2020:047", "SOU 2020:47"),
        ("Interpellation 2017/18:45 av Edward Riedl (M)", "ip. 2017/18:45"),
        ("i interpellationen 2019/2020:123", "ip. 2019/20:123"),
        ("ip. 2017/18:45", "ip. 2017/18:45"),
    ],
)
def test_spellings_become_one_designation(text: str, designation: str) -> None:
    assert find_references(text) == (designation,)


def test_a_repeated_reference_is_kept_once() -> None:
    assert find_references("SOU 2020:47 … som SOU 2020:47 visar") == ("SOU 2020:47",)


@pytest.mark.parametrize(
    ("designation", "url"),
    [
        ("SFS 2001:453", "https://lagen.nu/2001:453"),
        ("SOU 2020:47", "https://lagen.nu/sou/2020:47"),
        ("prop. 2021/22:123", "https://lagen.nu/prop/2021/22:123"),
        ("prop. 1999/2000:35", "https://lagen.nu/prop/1999/2000:35"),
        ("Ds 2017:48", "https://lagen.nu/ds/2017:48"),
        ("dir. 2024:116", "https://lagen.nu/dir/2024:116"),
        ("bet. 2021/22:UU19", "https://data.riksdagen.se/dokument/H901UU19"),
        ("bet. 1993/94:SfU20", "https://data.riksdagen.se/dokument/GH01SfU20"),
        ("bet. 2007/08:AU5", "https://data.riksdagen.se/dokument/GV01AU5"),
        ("ip. 2017/18:1", "https://data.riksdagen.se/dokument/H5101"),
        ("ip. 2021/22:42", "https://data.riksdagen.se/dokument/H91042"),
        ("RiR 2019:4", ""),
        ("inte en hänvisning", ""),
    ],
)
def test_public_addresses_have_the_documented_shapes(designation: str, url: str) -> None:
    assert public_url(designation) == url


def test_riksdagen_session_codes() -> None:
    assert [riksdagen_session_code(s) for s in ("2000/01", "2018/19", "2022/23", "2023/24")] == [
        "GO",
        "H6",
        "HA",
        "HB",
    ]


def test_a_document_is_the_number_its_title_or_cover_names() -> None:
    blocks = (Block("paragraph", "SOU 2020:47"), Block("paragraph", "Vi hänvisar till Ds 2022:4."))
    assert document_designations("Hållbar socialtjänst", blocks) == ("SOU 2020:47",)
    assert document_designations("Hållbar socialtjänst – SOU 2020:47") == ("SOU 2020:47",)
    # A cover line spelled out is read by the same patterns as references in text.
    for line, designation in (
        ("Proposition 2021/22:123", "prop. 2021/22:123"),
        ("Kommittédirektiv 2023:12", "dir. 2023:12"),
    ):
        assert document_designations("Titel", (Block("paragraph", line),)) == (designation,)


def test_an_sou_page_of_regeringen_se_is_the_number_its_address_names() -> None:
    # The page's title is the report's name; its number is in its address only.
    base = "https://www.regeringen.se/rattsliga-dokument/statens-offentliga-utredningar/"
    for address, designation in (
        (base + "2020/08/sou-202047/", "SOU 2020:47"),
        (base + "1998/01/sou-1998161-/", "SOU 1998:161"),
        (base + "2004/01/sou-20043", "SOU 2004:3"),
    ):
        assert document_designations("Hållbar socialtjänst", (), address) == (designation,)
    assert document_designations("Titel", (), base + "2021/01/ett-betankande/") == ()
    assert document_designations("Titel", (), "https://example.se/sou-202047/") == ()


def test_an_sou_page_is_found_by_its_number(tmp_path: Path) -> None:
    address = "https://www.regeringen.se/rattsliga-dokument/statens-offentliga-utredningar/"
    ix = index_of(
        tmp_path,
        {
            "sou.md": "# Hållbar socialtjänst – En ny socialtjänstlag\n\n"
            "Utredningen föreslår en ny lag.\n",
            "sou.meta.toml": f'url = "{address}2020/08/sou-202047/"\n',
            "annat.md": "# Annat\n\nUtredningen föreslår annat.\n",
        },
    )
    found = run_search(ix, SearchRequest.create("SOU 2020:47"))
    assert [h.passage.text for h in found.hits] == ["Utredningen föreslår en ny lag."]


def test_a_reference_typed_finds_the_passages_citing_it_however_written(tmp_path: Path) -> None:
    # "propositionen 2023/24:31" cites "prop. 2023/24:31": the phrase typed did not find it.
    ix = index_of(
        tmp_path,
        {
            "a.md": "# Reform\n\nLagändringarna föranleds av propositionen 2023/24:31 om skyddat"
            " boende.\n\nReformen (prop. 2023/24:31) trädde i kraft i april.\n\nOm prop."
            " 2022/23:1 och annat.\n",
        },
    )
    found = run_search(ix, SearchRequest.create("prop. 2023/24:31"))
    assert sorted(h.passage.text[:14] for h in found.hits) == ["Lagändringarna", "Reformen (prop"]
    assert found.hits[0].passage.text.startswith("Reformen")  # the phrase as typed first


@pytest.fixture(scope="module")
def cited_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three documents: one citing SOU 2020:47, prop. and SFS; SOU 2020:47 itself; another."""
    corpus = tmp_path_factory.mktemp("refs") / "corpus"
    corpus.mkdir()
    (corpus / "rapport.txt").write_text(
        "Rapport om socialtjänsten\n\n" + THREE + "\n\nKommunerna bör planera för fler möten.\n",
        encoding="utf-8",
    )
    (corpus / "sou.txt").write_text(
        "Hållbar socialtjänst\n\nSOU 2020:47\n\nUtredningen föreslår en ny socialtjänstlag.\n",
        encoding="utf-8",
    )
    (corpus / "annan.txt").write_text(
        "En annan text\n\nSocialtjänsten har 5 kap. och ringer 08-555 123 45 under 2021.\n",
        encoding="utf-8",
    )
    index = corpus.parent / "index"
    assert run_ingest(corpus, IngestOptions(index_dir=index)).ok
    return index


def _citing_passage(index: Path, reference: str) -> list[str]:
    results = run_search(
        open_index(index), SearchRequest.create(filters={"references": [reference]})
    )
    return [h.passage.text for h in results.hits]


@pytest.mark.parametrize("reference", ["SOU 2020:47", "prop. 2021/22:123", "SFS 2001:453"])
def test_the_facet_finds_the_passage_by_each_reference(cited_index: Path, reference: str) -> None:
    assert _citing_passage(cited_index, reference) == [THREE]


def test_the_facet_counts_references(cited_index: Path) -> None:
    results = run_search(open_index(cited_index), SearchRequest.create("socialtjänstlag"))
    values = {v.value: v.count for v in results.facets["references"]}
    assert values == {"SOU 2020:47": 1, "prop. 2021/22:123": 1, "SFS 2001:453": 1}


def test_the_passage_page_links_each_reference(cited_index: Path) -> None:
    ix = open_index(cited_index)
    hit = run_search(ix, SearchRequest.create(filters={"references": ["SFS 2001:453"]})).hits[0]
    client = create_app(cited_index, {"TESTING": True}).test_client()
    page = BeautifulSoup(client.get(f"/passage/{hit.passage.id}").data, "html.parser")
    links = {a.get_text(): a["href"] for a in page.select("section.references li > a:first-child")}
    sou_doc = run_search(ix, SearchRequest.create("Utredningen föreslår")).hits[0].passage.doc_id
    assert links == {
        # In the knowledge base: kb's own document page.
        "SOU 2020:47": f"/dokument/{sou_doc}",
        "prop. 2021/22:123": "https://lagen.nu/prop/2021/22:123",
        "SFS 2001:453": "https://lagen.nu/2001:453",
    }
    assert client.get(links["SOU 2020:47"]).status_code == 200
    api = client.get(f"/api/passage/{hit.passage.id}").get_json()
    assert api["references"] == ["SOU 2020:47", "prop. 2021/22:123", "SFS 2001:453"]


def test_the_search_page_offers_the_facet_and_hit_links(cited_index: Path) -> None:
    client = create_app(cited_index, {"TESTING": True}).test_client()
    page = BeautifulSoup(client.get("/?q=socialtjänstlag").data, "html.parser")
    assert "Hänvisar till" in page.get_text()
    hrefs = [a["href"] for a in page.select(".references-line a")]
    assert "https://lagen.nu/2001:453" in hrefs
    filtered = client.get("/?references=prop.+2021/22:123")
    assert THREE in BeautifulSoup(filtered.data, "html.parser").get_text()


def test_no_reference_in_phone_numbers_and_chapters(cited_index: Path) -> None:
    results = run_search(open_index(cited_index), SearchRequest.create("ringer"))
    assert results.hits and results.hits[0].passage.references == ()


def test_api_and_cli_filter_by_reference(cited_index: Path) -> None:
    from click.testing import CliRunner

    from kb.cli import main

    client = create_app(cited_index, {"TESTING": True}).test_client()
    data = client.get("/api/search", query_string={"references": "SOU 2020:47"}).get_json()
    assert [h["text"] for h in data["hits"]] == [THREE]
    out = (
        CliRunner()
        .invoke(
            main,
            ["search", "--hänvisar-till", "Proposition 2021/22:123", "--index", str(cited_index)],
        )
        .output
    )
    assert "1 träff" in out or "Utredningen" in out
    none = (
        CliRunner()
        .invoke(main, ["search", "--cites", "SOU 1999:1", "--index", str(cited_index), "--json"])
        .output
    )
    assert '"total": 0' in none


def test_a_designation_typed_finds_the_document_and_the_passages_citing_it(
    tmp_path: Path,
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "sou.txt").write_text(
        "Hållbar socialtjänst\n\nSOU 2020:47\n\nUtredningen föreslår en ny socialtjänstlag.\n",
        encoding="utf-8",
    )
    (corpus / "rapport.txt").write_text("Rapport\n\n" + THREE + "\n", encoding="utf-8")
    (corpus / "sfs.txt").write_text(
        "Förordning\n\nSe SFS 2020:47 om tillsynen av socialtjänsten.\n", encoding="utf-8"
    )
    assert run_ingest(corpus, IngestOptions(index_dir=tmp_path / "index")).ok
    results = run_search(open_index(tmp_path / "index"), SearchRequest.create("SOU 2020:47"))
    found = {h.passage.text for h in results.hits[: results.total]}
    # The SOU's own passage (its number is on its cover only) and the passage citing it;
    # not another series' 2020:47.
    assert found == {"Utredningen föreslår en ny socialtjänstlag.", THREE}
    assert "»SOU 2020:47« söks både i texten och som dokumentet SOU 2020:47." in results.notices
