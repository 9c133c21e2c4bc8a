"""Research views: pages of speakers, organisations and addressees, the timeline, CSV/JSONL
exports of a whole result set (web and CLI), and the Atom feed of a search."""

from __future__ import annotations

import csv
import io
import json
import shutil
from urllib.parse import parse_qs, quote, urlsplit

import feedparser
import pytest
from bs4 import BeautifulSoup

from kb.cite.resultformats import CSV_BOM, EXPORT_COLUMNS, iter_csv
from kb.cli import main as kb_main
from kb.facettable import FacetTable
from kb.ingest import IngestOptions, run_ingest
from kb.models import Passage, Speaker
from kb.search import Hit
from kb.search import timeline as timeline_module
from kb.search.notices import PAGE_ONLY_CODES
from kb.search.profiles import profile_key
from kb.search.timeline import count_timeline
from kb.web import create_app


def soup(response) -> BeautifulSoup:  # noqa: ANN001
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.get_data(as_text=True), "lxml")


def all_hits(client, **params: str) -> list[dict]:  # noqa: ANN001
    """Every hit of a search through /api/search, page by page."""
    hits, page = [], 1
    while True:
        data = client.get("/api/search", query_string={**params, "per_page": 100, "page": page})
        data = data.get_json()
        hits += data["hits"]
        if page >= data["pages"]:
            return hits
        page += 1


# --- pages of speakers, organisations and addressees -------------------------------------


def test_a_speaker_name_on_a_hit_leads_to_the_speakers_page(client) -> None:  # noqa: ANN001
    page = soup(client.get("/?q=kvalitet&kind=quote"))
    link = page.select_one("li.hit p.speaker a")
    name = link.get_text()
    assert link["href"] == "/talare/" + quote(profile_key("speaker", name))
    profile = soup(client.get(link["href"]))
    assert profile.h1.get_text() == name
    data = client.get("/api" + link["href"]).get_json()
    assert data["type"] == "speaker" and data["name"] == name
    assert data["total"] == len(data["hits"]) >= 1
    # Only the speaker's own quotes, with their roles and organisations as the corpus gives them.
    assert {h["speaker"]["name"] for h in data["hits"]} == {name}
    roles = {h["speaker"]["role"] for h in data["hits"] if h["speaker"]["role"]}
    assert {r["value"] for r in data["roles"]} == roles
    assert data["counts"]["kind"] == {"quote": data["total"]}
    for role in roles:
        assert role in profile.select_one(".profile-facts").get_text()


def test_one_person_spelt_two_ways_has_one_page(client) -> None:  # noqa: ANN001
    # Ingest spells Rebecka/Rebecca Kurlberg one way; either spelling finds the page.
    assert client.get("/talare/rebecca-kurlberg").status_code == 200
    for typed in ("Rebecca Kurlberg", "Rebecka-Kurlberg", "rebeka-kurlberg"):
        response = client.get(f"/talare/{typed}?page=1")
        assert response.status_code == 301
        assert response.headers["Location"] == "/talare/rebecca-kurlberg"


def test_an_organisation_page_gathers_its_names(client) -> None:  # noqa: ANN001
    response = client.get("/organisation/IVO")
    assert response.status_code == 301
    page = soup(client.get(response.headers["Location"]))
    assert page.h1.get_text() == "Inspektionen för vård och omsorg"
    data = client.get("/api" + response.headers["Location"]).get_json()
    searched = client.get(
        "/api/search?organisation=Inspektionen för vård och omsorg&per_page=1"
    ).get_json()
    assert data["total"] == searched["total"] > 0
    # Kind counts link to the page filtered on that kind, and add up.
    counts = page.select(".kind-counts a")
    assert sum(int(a.select_one(".count").get_text()) for a in counts) == data["total"]
    filtered = client.get(counts[0]["href"]).get_data(as_text=True)
    assert "aria-current" in filtered


def test_an_addressee_page_lists_the_recommendations_to_it_and_who_made_them(client) -> None:  # noqa: ANN001
    page = soup(client.get("/?kind=recommendation"))
    link = next(a for a in page.select("li.hit p.addressee a") if a.get_text() == "Regeringen")
    data = client.get("/api" + link["href"]).get_json()
    assert data["type"] == "addressee" and data["name"] == "Regeringen"
    assert {h["addressee"] for h in data["hits"]} == {"Regeringen"}
    assert {h["kind"] for h in data["hits"]} == {"recommendation"}
    profile = soup(client.get(link["href"]))
    headings = [h.get_text() for h in profile.select(".related-group h2")]
    assert "Rekommenderas av" in headings
    for a in profile.select(".related-group a"):
        assert client.get(a["href"]).status_code == 200, a["href"]


def test_names_on_passage_pages_and_facet_rows_link_to_their_pages(client) -> None:  # noqa: ANN001
    hit = client.get("/api/search?kind=quote&per_page=1").get_json()["hits"][0]
    page = soup(client.get(f"/passage/{hit['id']}"))
    speaker_link = page.select_one("p.speaker a")
    assert speaker_link.get_text() == hit["speaker"]["name"]
    publisher = page.select_one(".doc-facts a[href^='/organisation/']")
    assert publisher is not None
    facets = soup(client.get("/"))
    for facet, word in (("speaker", "talare"), ("organisation", "organisation"), ("addressee", "mottagare")):
        links = facets.select(f"#facet-{facet} a.facet-page")
        assert links, facet
        for a in links[:3]:
            assert a["href"].startswith(f"/{word}/")
            assert a.get_text().startswith("→Sidan om ")
            assert client.get(a["href"]).status_code == 200
    # Kinds and document types have no pages.
    assert not facets.select("#facet-kind a.facet-page, #facet-doctype a.facet-page")


def test_profile_passages_are_newest_first_and_page_correctly(client) -> None:  # noqa: ANN001
    key = quote(profile_key("organisation", "Framtidens Karriär – Socionom"))
    first = client.get(f"/api/organisation/{key}").get_json()
    assert first["total"] > 20 and first["pages"] == -(-first["total"] // 20)
    seen = []
    for number in range(1, first["pages"] + 1):
        data = client.get(f"/api/organisation/{key}?page={number}").get_json()
        assert data["page"] == number
        seen += data["hits"]
    assert len(seen) == len({h["id"] for h in seen}) == first["total"]
    dates = [h["document"]["date"] for h in seen if h["document"]["date"]]
    assert dates == sorted(dates, reverse=True)
    page = soup(client.get(f"/organisation/{key}?page=2"))
    pager = page.select_one("nav.pager")
    assert pager.select_one("[aria-current=page]").get_text().endswith("2")
    for a in pager.select("a"):
        assert a["href"].startswith(f"/organisation/{key}")
    assert page.select_one("ol.hits")["start"] == "21"


def test_unknown_keys_answer_404_in_swedish(client) -> None:  # noqa: ANN001
    for word, label in (("talare", "talare"), ("organisation", "organisation"), ("mottagare", "mottagare")):
        response = client.get(f"/{word}/finns-inte-alls")
        assert response.status_code == 404
        text = response.get_data(as_text=True)
        assert f"Det finns ingen {label} med nyckeln »finns-inte-alls« i kb." in text
        assert response.mimetype == "text/html"
        api = client.get(f"/api/{word}/finns-inte-alls")
        assert api.status_code == 404
        assert api.get_json() == {
            "error": "not_found",
            "message": f"Det finns ingen {label} med nyckeln »finns-inte-alls« i kb.",
        }


# --- the timeline ------------------------------------------------------------------------


def _dates_table(dates: dict[str, frozenset[int]]) -> FacetTable:
    """A facet table of dates alone, as count_timeline reads it."""
    return FacetTable(frozenset(), {}, dates, {})


@pytest.mark.parametrize("by_record", [10**9, -1])  # a hit at a time, a date at a time
def test_timeline_is_per_year_over_three_years_and_per_month_under(by_record, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(timeline_module, "TIMELINE_BY_RECORD", by_record)
    years = _dates_table({"2019-05-01": frozenset({1}), "2021": frozenset({2, 3}), "2019": frozenset({4})})
    timeline = count_timeline(years, {1, 2, 3, 4, 5})
    assert timeline.unit == "year"
    assert [(b.period, b.count) for b in timeline.bars] == [("2019", 2), ("2020", 0), ("2021", 2)]
    assert timeline.undated == 1
    months = _dates_table({"2021-11-30": frozenset({1}), "2022-02": frozenset({2}), "2022": frozenset({3})})
    timeline = count_timeline(months, {1, 2, 3})
    assert timeline.unit == "month"
    assert [(b.period, b.count) for b in timeline.bars] == [
        ("2021-11", 1), ("2021-12", 0), ("2022-01", 0), ("2022-02", 1)
    ]
    assert timeline.without_month == 1
    assert timeline.as_dict()["bars"][0] == {
        "period": "2021-11", "count": 1, "from": "2021-11", "to": "2021-11"
    }


def test_timeline_bars_filter_to_their_period(client) -> None:  # noqa: ANN001
    data = client.get("/api/search?q=kvalitet").get_json()
    timeline = data["timeline"]
    assert timeline["unit"] == "year"
    assert sum(b["count"] for b in timeline["bars"]) + timeline["undated"] == data["total"]
    page = soup(client.get("/?q=kvalitet"))
    figure = page.select_one("figure.timeline")
    svg = figure.select_one("svg.timeline-chart")
    assert svg["aria-hidden"] == "true"
    bar_links = svg.find_all("a")
    assert all(a["tabindex"] == "-1" for a in bar_links)
    rows = figure.select("details.timeline-table tbody tr")
    assert len(rows) == len(timeline["bars"])
    with_hits = [b for b in timeline["bars"] if b["count"]]
    assert len(bar_links) == len(with_hits) == len(figure.select("tbody a"))
    for bar, link in zip(with_hits, figure.select("tbody a"), strict=True):
        query = parse_qs(urlsplit(link["href"]).query)
        assert query["from"] == query["to"] == [bar["period"]] and query["q"] == ["kvalitet"]
        narrowed = client.get("/api/search?" + urlsplit(link["href"]).query).get_json()
        assert narrowed["total"] == bar["count"]
    # Within one year the bars are months, each again a link.
    year = with_hits[-1]["period"]
    months = client.get(f"/api/search?q=kvalitet&from={year}&to={year}").get_json()["timeline"]
    assert months["unit"] == "month"
    assert all(b["period"].startswith(year + "-") for b in months["bars"])


def test_profile_pages_have_a_timeline(client) -> None:  # noqa: ANN001
    key = quote(profile_key("organisation", "Framtidens Karriär – Socionom"))
    page = soup(client.get(f"/organisation/{key}"))
    links = page.select("figure.timeline tbody a")
    assert links
    assert all(a["href"].startswith(f"/organisation/{key}?") for a in links)
    assert client.get(f"/api/organisation/{key}").get_json()["timeline"]["bars"]


# --- exports -----------------------------------------------------------------------------


def read_csv(body: bytes) -> list[dict[str, str]]:
    assert body.startswith(CSV_BOM.encode("utf-8"))
    return list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"), newline="")))


def test_csv_has_every_hit_and_round_trips(client) -> None:  # noqa: ANN001
    hits = all_hits(client)
    response = client.get("/api/search.csv?per_page=5&page=3")  # page and size do not apply
    assert response.mimetype == "text/csv"
    assert response.headers["Content-Disposition"] == 'attachment; filename="kb-sokning.csv"'
    rows = read_csv(response.data)
    assert len(rows) == len(hits) == int(response.headers["X-Kb-Total"]) > 10
    assert tuple(rows[0]) == EXPORT_COLUMNS
    assert [r["id"] for r in rows] == [h["id"] for h in hits]
    by_id = {h["id"]: h for h in hits}
    for row in rows:
        hit = by_id[row["id"]]
        assert row["text"] == hit["text"]  # newlines, quotes and commas intact
        assert row["url"] == f"http://localhost/passage/{hit['id']}"
        assert row["document_title"] == hit["document"]["title"]
        assert row["speaker_name"] == (hit["speaker"] or {}).get("name", "")
        assert row["topics"] == "; ".join(hit["topics"])
    assert any("å" in r["text"] or "ä" in r["text"] or "ö" in r["text"] for r in rows)
    quotes = [r for r in rows if r["kind"] == "quote"]
    assert quotes and all(r["quote"] and r["kind_sv"] == "citat" for r in quotes)
    linked = [r for r in rows if r["source_url"].startswith("http")]
    assert linked and all(r["source_link"].startswith(r["source_url"].split("#")[0]) for r in linked)
    assert any("#:~:text=" in r["source_link"] for r in linked)


def test_jsonl_has_every_hit_of_a_filtered_search(client) -> None:  # noqa: ANN001
    hits = all_hits(client, q="kvalitet", kind="quote")
    response = client.get("/api/search.jsonl?q=kvalitet&kind=quote")
    lines = response.get_data(as_text=True).splitlines()
    records = [json.loads(line) for line in lines]
    assert [r["id"] for r in records] == [h["id"] for h in hits]
    assert all(r["kind"] == "quote" and r["document"]["title"] for r in records)
    assert all(r["url"].endswith("/passage/" + r["id"]) for r in records)


def test_search_page_offers_downloads_and_a_feed_of_the_same_search(client) -> None:  # noqa: ANN001
    page = soup(client.get("/?q=kvalitet&doctype=artikel&from=2017&page=2&per_page=5"))
    csv_link, jsonl_link, feed_link = page.select("ul.result-actions a")
    assert csv_link.get_text().startswith("Ladda ner CSV")
    assert csv_link["href"] == "/api/search.csv?q=kvalitet&doctype=artikel&from=2017"
    assert jsonl_link.get_text().startswith("JSONL")
    assert jsonl_link["href"] == "/api/search.jsonl?q=kvalitet&doctype=artikel&from=2017"
    assert feed_link["href"] == "/feed?q=kvalitet&doctype=artikel&from=2017"
    alternate = page.select_one('link[rel=alternate][type="application/atom+xml"]')
    assert alternate["href"] == "/feed?q=kvalitet&doctype=artikel&from=2017"


@pytest.mark.parametrize(
    "query",
    ["q=%22fysiska+m%C3%B6ten&from=igår", "q=((((&to=2021-02-31", "q=AND+OR&sort=x&page=abc"],
)
def test_malformed_searches_export_with_notices_never_an_error(client, query: str) -> None:  # noqa: ANN001
    page = client.get("/?" + query)
    assert page.status_code == 200
    for url in ("/api/search.csv?", "/api/search.jsonl?", "/feed?"):
        response = client.get(url + query)
        assert response.status_code == 200, url
        assert response.mimetype != "text/html"
        body = response.get_data(as_text=True)  # streamed to the end
        total = int(response.headers.get("X-Kb-Total", "0"))
        if url.startswith("/api/search.csv"):
            rows = list(csv.reader(io.StringIO(body.lstrip("\ufeff"))))
            assert len(rows) == total + 1, url  # the header and one row a hit
        elif url.startswith("/api/search.jsonl"):
            assert len([json.loads(line) for line in body.splitlines()]) == total, url
        else:
            assert body.rstrip().endswith("</feed>"), url
    notices = [
        n["code"]
        for n in client.get("/api/search?" + query).get_json()["notices"]
        if n["code"] not in PAGE_ONLY_CODES
    ]
    header = client.get("/api/search.csv?" + query).headers.get("X-Kb-Notices", "")
    assert [c.strip() for c in header.split(",") if c.strip()] == list(dict.fromkeys(notices))


# --- the feed ----------------------------------------------------------------------------


def test_feed_parses_and_each_entry_links_to_its_passage(client) -> None:  # noqa: ANN001
    response = client.get("/feed?q=kvalitet&kind=quote")
    assert response.mimetype == "application/atom+xml"
    feed = feedparser.parse(response.data)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert feed.feed.title == "Kunskapsbanken: »kvalitet«; typ av stycke: citat"
    assert feed.feed.id and feed.feed.updated
    rels = {link["rel"]: link["href"] for link in feed.feed.links}
    assert rels["self"] == "http://localhost/feed?q=kvalitet&kind=quote"
    assert rels["alternate"] == "http://localhost/?q=kvalitet&kind=quote"
    total = client.get("/api/search?q=kvalitet&kind=quote").get_json()["total"]
    assert len(feed.entries) == min(total, 50)
    for entry in feed.entries:
        assert entry.id and entry.updated and entry.title
        assert entry.link == entry.id and "/passage/" in entry.link
        assert client.get(urlsplit(entry.link).path).status_code == 200
        assert entry.title.startswith("Citat: ")
    # Newest in the index first, then by date.
    updated = [e.updated for e in feed.entries]
    assert updated == sorted(updated, reverse=True)


def test_feed_of_a_hostile_query_is_well_formed(client) -> None:  # noqa: ANN001
    hostile = '<script>alert(1)</script> "&\' ]]> \x0b'
    response = client.get("/feed", query_string={"q": hostile, "from": "<b>"})
    feed = feedparser.parse(response.data)
    assert not feed.bozo, feed.get("bozo_exception")
    assert "<script>" in feed.feed.title  # as text: the parser unescaped it
    assert "kunde inte läsas" in feed.feed.subtitle


# --- the CLI -----------------------------------------------------------------------------


def test_cli_exports_every_hit_as_csv_and_jsonl(runner, index_dir) -> None:  # noqa: ANN001
    args = ["search", "kvalitet", "--organisation", "IVO", "--index", str(index_dir)]
    total = json.loads(runner.invoke(kb_main, [*args, "--json"]).output)["total"]
    result = runner.invoke(kb_main, [*args, "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = read_csv(result.stdout_bytes)
    assert len(rows) == total > 0
    assert {r["publisher"] for r in rows} <= {"Inspektionen för vård och omsorg"} | {
        r["publisher"] for r in rows if r["speaker_organisation"]
    }
    assert rows[0]["url"] == ""  # no kb address known
    result = runner.invoke(
        kb_main, [*args, "--format", "jsonl"], env={"KB_BASE_URL": "https://kb.example.se"}
    )
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in records] == [r["id"] for r in rows]
    assert records[0]["url"] == f"https://kb.example.se/passage/{records[0]['id']}"


def test_csv_cells_never_run_as_formulas() -> None:
    passage = Passage(
        id="p1", doc_id="d1", position=0, text='=HYPERLINK("http://x.example","klicka")',
        kind="quote", speaker=Speaker("@Anna", "-chef", "+Org"), addressee="-20 % av kommunerna",
    )
    hit = Hit(passage, {"title": "– Vi ser brister", "publisher": "IVO"}, 1.0, "")
    row = read_csv("".join(iter_csv([hit])).encode("utf-8"))[0]
    assert row["text"] == "'" + passage.text
    assert (row["speaker_name"], row["speaker_role"], row["speaker_organisation"]) == (
        "'@Anna", "'-chef", "'+Org"
    )
    # A number or a dash before words is no formula, and stays as written.
    assert row["addressee"] == "-20 % av kommunerna"
    assert row["document_title"] == "– Vi ser brister"


def test_feed_lists_what_entered_the_index_last_first(tmp_path, corpus_dir) -> None:  # noqa: ANN001
    corpus = tmp_path / "corpus"
    shutil.copytree(corpus_dir, corpus)
    index = tmp_path / "index"
    assert run_ingest(corpus, IngestOptions(index_dir=index, workers=1)).ok
    (corpus / "ny.txt").write_text(
        "Gammal rapport om kvalitet\n\nKommunerna bör följa upp kvaliteten i hemtjänsten.\n",
        encoding="utf-8",
    )
    (corpus / "ny.meta.toml").write_text('date = "2015-01-01"\npublisher = "IVO"\n', encoding="utf-8")
    assert run_ingest(corpus, IngestOptions(index_dir=index, workers=1)).ok
    client = create_app(index, {"TESTING": True}).test_client()
    feed = feedparser.parse(client.get("/feed?q=kvalitet").data)
    assert not feed.bozo
    newest = feed.entries[0]
    assert newest.title.startswith("Rekommendation: Gammal rapport om kvalitet")
    assert newest.published.startswith("2015-01-01")
    # The rest entered together: newest date first.
    published = [e.get("published", "") for e in feed.entries[1:] if e.get("published")]
    assert published == sorted(published, reverse=True)
    assert newest.updated > feed.entries[1].updated
