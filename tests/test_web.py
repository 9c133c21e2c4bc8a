"""The web UI and API through Flask's test client, pages parsed with BeautifulSoup."""

from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
from bs4 import BeautifulSoup, Tag
from lxml import etree

from kb.ingest import IngestOptions, run_ingest
from kb.search import FacetValue, SearchRequest, SearchResults
from kb.web import create_app
from kb.web.facets import FACET_SHOWN, facet_view


def soup(response) -> BeautifulSoup:  # noqa: ANN001
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.data, "lxml")


def form_fields(form: Tag) -> list[tuple[str, str]]:
    """What a browser sends for a form: named inputs, ticked boxes, selected options."""
    fields = []
    for field in form.select("input[name], select[name]"):
        if field.name == "select":
            option = field.select_one("option[selected]") or field.select_one("option")
            fields.append((field["name"], option["value"]))
        elif field.get("type") == "checkbox":
            if field.has_attr("checked"):
                fields.append((field["name"], field["value"]))
        else:
            fields.append((field["name"], field.get("value", "")))
    return fields


def submit(client, form: Tag, tick=(), untick=(), **values: str) -> BeautifulSoup:  # noqa: ANN001
    """Send a form as a browser would, with some boxes ticked or unticked and fields filled."""
    for box in tick:
        box["checked"] = ""
    for box in untick:
        del box["checked"]
    fields = [(n, values.pop(n) if n in values else v) for n, v in form_fields(form)]
    url = form.get("action", "/") + "?" + urlencode(fields)
    return soup(client.get(url, follow_redirects=True))


def facet_box(page: BeautifulSoup, facet: str, value: str) -> Tag:
    return page.select_one(f"fieldset#facet-{facet} input[type=checkbox][value='{value}']")


def facet_counts(page: BeautifulSoup, facet: str) -> dict[str, int]:
    return {
        box["value"]: int(re.search(r"\d+", box.find_next("span", class_="count").get_text())[0])
        for box in page.select(f"fieldset#facet-{facet} input[type=checkbox]")
    }


def total(page: BeautifulSoup) -> int:
    text = page.select_one("#result-count").get_text(" ", strip=True)
    return 0 if text.startswith("Inga") else int(text.split(" träff")[0].replace(" ", ""))


def test_search_page_lists_hits_with_title_and_publisher(client) -> None:  # noqa: ANN001
    page = soup(client.get("/?q=distansmöten"))
    assert page.find("input", id="q")["value"] == "distansmöten"
    hits = page.select("li.hit")
    assert hits
    first = hits[0]
    assert (
        first.select_one(".hit-title a").get_text()
        == "Oro för kvaliteten när socialtjänsten arbetar på distans"
    )
    assert "Myndigheten för vård- och omsorgsanalys" in first.select_one(".hit-source").get_text()
    assert "distansmöten" in [m.get_text() for m in first.select(".snippet mark")]
    assert first.select_one(".badge").get_text(strip=True)
    links = {a.get_text(" ", strip=True): a["href"] for a in first.select(".hit-links a")}
    assert (
        links["Visa i dokumentet"].startswith("/dokument/") and "#p-" in links["Visa i dokumentet"]
    )
    assert links["Permalänk till stycket"].startswith("/passage/")
    assert links["Originalkälla (extern webbplats)"].startswith("https://www.vardanalys.se/")
    assert page.select_one("[aria-live]").get_text(" ", strip=True).startswith(f"{len(hits)} träff")


def test_uncertain_dates_are_marked_in_words(client) -> None:  # noqa: ANN001
    page = soup(client.get("/?q=distansmöten"))
    uncertain = page.select_one("li.hit .hit-source .uncertain")
    assert uncertain is not None and "osäkert datum" in uncertain.get_text()


def test_ticking_facet_values_combines_or_within_and_across(client) -> None:  # noqa: ANN001
    page = soup(client.get("/?q=kvalitet"))
    counts = facet_counts(page, "doctype")
    form = page.select_one("form.facet-form")
    one = submit(client, form, tick=[facet_box(page, "doctype", "artikel")])
    assert total(one) == counts["artikel"]
    # Within a facet the other values keep the counts they would add.
    assert facet_counts(one, "doctype") == counts
    two = submit(
        client,
        one.select_one("form.facet-form"),
        tick=[facet_box(one, "doctype", "pressmeddelande")],
    )
    assert total(two) == counts["artikel"] + counts["pressmeddelande"]
    years = facet_counts(two, "year")
    three = submit(client, two.select_one("form.facet-form"), tick=[facet_box(two, "year", "2021")])
    assert total(three) == years["2021"] < total(two)
    chips = [c.get_text(" ", strip=True) for c in three.select("a.chip")]
    assert chips == [
        "Dokumenttyp: artikel × – ta bort filtret",
        "Dokumenttyp: pressmeddelande × – ta bort filtret",
        "År: 2021 × – ta bort filtret",
    ]
    # Removing a chip removes that filter only.
    fewer = soup(client.get(three.select("a.chip")[0]["href"]))
    assert [c.get_text(" ", strip=True).split(" ×")[0] for c in fewer.select("a.chip")] == [
        "Dokumenttyp: pressmeddelande",
        "År: 2021",
    ]
    cleared = soup(client.get(three.select_one("a.chip-clear")["href"]))
    assert not cleared.select("a.chip") and total(cleared) == total(page)
    assert cleared.find("input", id="q")["value"] == "kvalitet"


def test_the_query_form_keeps_filters_and_a_new_query_keeps_them(client) -> None:  # noqa: ANN001
    page = soup(client.get("/?q=kvalitet&doctype=artikel&from=2017&sort=date"))
    form = page.select_one("form.search-form")
    again = submit(client, form, q="socialtjänsten")
    assert [c.get_text(" ", strip=True).split(" ×")[0] for c in again.select("a.chip")] == [
        "Dokumenttyp: artikel",
        "Från: 2017",
    ]
    assert again.select_one("#sort option[selected]")["value"] == "date"


def test_date_range_narrows_hits_and_shows_a_chip(client) -> None:  # noqa: ANN001
    data = client.get("/api/search?q=kvalitet&from=2020&per_page=100").get_json()
    assert data["total"] and all(h["document"]["date"][:4] >= "2020" for h in data["hits"])
    everything = client.get("/api/search?q=kvalitet&per_page=100").get_json()
    assert data["total"] < everything["total"]
    page = submit(client, soup(client.get("/?q=kvalitet")).select_one("form.facet-form"), to="2019")
    assert total(page) == client.get("/api/search?q=kvalitet&to=2019").get_json()["total"]
    assert [c.get_text(" ", strip=True).split(" ×")[0] for c in page.select("a.chip")] == [
        "Till: 2019"
    ]
    assert page.select_one("#date-to")["value"] == "2019"
    swapped = client.get("/api/search?q=kvalitet&from=2021&to=2017").get_json()["request"]
    assert (swapped["date_from"], swapped["date_to"]) == ("2017", "2021")


def test_a_date_that_cannot_be_read_is_explained(client) -> None:  # noqa: ANN001
    page = soup(client.get("/?q=kvalitet&from=förra+året"))
    notices = " ".join(n.get_text() for n in page.select(".notice"))
    assert "förra året" in notices and "2021-06-23" in notices
    assert total(page) == total(soup(client.get("/?q=kvalitet")))


def test_sort_by_date_orders_hits_newest_first(client) -> None:  # noqa: ANN001
    data = client.get("/api/search?q=kvalitet&sort=date&per_page=100").get_json()
    dates = [h["document"]["date"] for h in data["hits"] if h["document"]["date"]]
    assert dates == sorted(dates, reverse=True)
    oldest = client.get("/api/search?q=kvalitet&sort=date_asc&per_page=100").get_json()
    dates = [h["document"]["date"] for h in oldest["hits"]]
    assert [d for d in dates if d] == sorted(d for d in dates if d)
    assert dates[-1] == "" or all(dates)  # undated passages come last
    page = soup(client.get("/?q=kvalitet&sort=date"))
    assert page.select_one("#sort option[selected]")["value"] == "date"


def test_numbered_pages_link_forward_and_mark_the_current_one(client) -> None:  # noqa: ANN001
    page = soup(client.get("/?q=kvalitet"))
    pager = page.select_one("nav.pager")
    assert pager["aria-label"] == "Sidnavigering"
    assert pager.select_one("[aria-current=page]").get_text(" ", strip=True) == "Sida 1"
    second = soup(client.get(pager.select_one("a[rel=next]")["href"]))
    assert second.select_one("nav.pager [aria-current=page]").get_text(" ", strip=True) == "Sida 2"
    assert second.select_one("ol.hits")["start"] == "11"
    first_ids = {a["id"] for a in page.select(".hit-title")}
    assert first_ids.isdisjoint(a["id"] for a in second.select(".hit-title"))


def test_a_page_past_the_end_shows_the_last_page_and_says_so(client) -> None:  # noqa: ANN001
    page = soup(client.get("/?q=kvalitet&page=999"))
    assert page.select("li.hit")
    assert "Sidan 999 finns inte" in page.select_one(".notice").get_text()
    assert page.select_one("nav.pager [aria-current=page]") is not None


def test_facet_filter_box_narrows_the_list_on_the_server(client) -> None:  # noqa: ANN001
    page = soup(client.get("/?q=kvalitet&organisation_q=MYNDIG"))
    assert list(facet_counts(page, "organisation")) == ["Myndigheten för vård- och omsorgsanalys"]
    assert page.select_one("#find-organisation")["value"] == "MYNDIG"
    # The other facets are untouched and the filter text is kept by the form.
    assert len(facet_counts(page, "doctype")) > 1
    assert ("organisation_q", "MYNDIG") in form_fields(page.select_one("form.facet-form"))


def _fake_results(app, names: list[str], selected: str = "") -> SearchResults:  # noqa: ANN001
    req = SearchRequest.create("x", {"speaker": [selected]} if selected else {})
    values = tuple(FacetValue(n, 100 - i, n == selected) for i, n in enumerate(names))
    return SearchResults(req, 100, (), {"speaker": values})


def test_long_facets_show_a_few_values_the_rest_under_visa_fler(app) -> None:  # noqa: ANN001
    names = [f"Talare {i:02d}" for i in range(30)]
    with app.test_request_context("/?q=x"):
        (speaker,) = facet_view(_fake_results(app, names, selected="Talare 20"), {})
        assert [r["value"] for r in speaker["top"]] == [*names[:FACET_SHOWN], "Talare 20"]
        assert len(speaker["more"]) == 30 - FACET_SHOWN - 1
        assert speaker["findable"]
        (found,) = facet_view(_fake_results(app, names, selected="Talare 20"), {"speaker": "1"})
        assert [r["value"] for r in found["top"]] == [
            n for n in names if "1" in n or n == "Talare 20"
        ]
        assert not found["more"]


def test_visa_fler_and_filter_box_render_without_javascript(app, monkeypatch) -> None:  # noqa: ANN001
    import kb.search

    names = [f"Talare {i:02d}" for i in range(30)]
    monkeypatch.setattr(kb.search, "run_search", lambda ix, req: _fake_results(app, names))
    page = soup(app.test_client().get("/?q=x"))
    facet = page.select_one("fieldset#facet-speaker")
    assert facet.legend.get_text(strip=True) == "Talare"
    details = facet.select_one("details.facet-more")
    assert details.summary.get_text(" ", strip=True).startswith("Visa fler (22")
    assert len(details.select("input[type=checkbox]")) == 22
    find = facet.select_one("input[name=speaker_q]")
    assert page.find("label", attrs={"for": find["id"]}) is not None


def test_no_results_says_so_suggests_and_offers_to_drop_filters(client, app, monkeypatch) -> None:  # noqa: ANN001
    from dataclasses import replace

    import kb.search

    real = kb.search.run_search
    monkeypatch.setattr(
        kb.search, "run_search", lambda ix, req: replace(real(ix, req), suggestion="kvalitet")
    )
    page = soup(client.get("/?q=kvalitte&doctype=artikel&exact=1"))
    empty = page.select_one(".empty")
    assert "Inga stycken matchar" in empty.get_text()
    suggestion = empty.select_one(".suggestion a")
    assert suggestion.get_text() == "kvalitet"
    assert parse_qs(urlsplit(suggestion["href"]).query) == {
        "q": ["kvalitet"],
        "doctype": ["artikel"],
    }
    assert "sök utan filter" in empty.get_text()
    assert page.select_one("#result-count").get_text(strip=True) == "Inga träffar"


def test_a_misspelt_query_shows_the_corrected_hits_and_a_link_to_what_was_typed(client) -> None:  # noqa: ANN001
    page = soup(client.get("/?q=socialtjänsen"))
    corrected = page.select_one(".corrected")
    assert corrected.get_text(" ", strip=True).startswith("Visar träffar för » socialtjänsten «")
    assert "Sök i stället efter" in corrected.get_text()
    assert page.select(".hits > li")
    link = corrected.select_one("a")
    assert link.get_text() == "socialtjänsen"
    assert parse_qs(urlsplit(link["href"]).query) == {"q": ["socialtjänsen"], "exact": ["1"]}
    # The link searches exactly what was typed, and offers the correction.
    exact = soup(client.get(link["href"]))
    assert exact.select_one(".corrected") is None and not exact.select(".hits > li")
    assert exact.select_one(".suggestion a").get_text() == "socialtjänsten"


def test_a_hit_that_only_its_title_matches_says_so(client) -> None:  # noqa: ANN001
    # "skuld" is in a document's title, in none of its passages.
    page = soup(client.get("/?q=skuld"))
    hits = page.select(".hits > li")
    assert hits and all(h.select_one(".hit-title-only") for h in hits)
    assert "titel" in page.select_one(".notice").get_text()
    distans = soup(client.get("/?q=distans"))
    first = distans.select(".hits > li")[0]
    assert first.select_one(".hit-title-only") is None and first.select_one("mark")


def test_api_says_what_it_corrected(client) -> None:  # noqa: ANN001
    data = client.get("/api/search?q=socialtjänsen").get_json()
    assert data["corrected_query"] == "socialtjänsten" and data["suggestion"] == ""
    assert data["hits"] and data["request"]["q"] == "socialtjänsen"
    exact = client.get("/api/search?q=socialtjänsen&exact=1").get_json()
    assert exact["corrected_query"] == "" and exact["suggestion"] == "socialtjänsten"
    assert exact["total"] == 0
    plain = client.get("/api/search?q=socialtjänsten").get_json()
    assert plain["corrected_query"] == plain["suggestion"] == ""


def test_document_page_shows_passages_in_order_with_anchors(client) -> None:  # noqa: ANN001
    hit_link = soup(client.get("/?q=distansmöten")).select_one(".hit-title a")["href"]
    page = soup(client.get(hit_link))
    assert page.h1.get_text() == "Oro för kvaliteten när socialtjänsten arbetar på distans"
    facts = {
        dt.get_text(): dt.find_next("dd").get_text(" ", strip=True)
        for dt in page.select(".doc-facts dt")
    }
    assert facts["Utgivare"] == "Myndigheten för vård- och omsorgsanalys"
    assert "osäkert" in facts["Datum"]
    current = page.select_one("li.passage.current")
    assert current is not None and hit_link.endswith("#" + current["id"])
    assert current["aria-current"] == "location"
    passages = page.select("li.passage")
    assert len(passages) > 5
    assert all(p.select_one(f"a[href='#{p['id']}']") for p in passages)
    data = client.get("/api/document/" + hit_link.split("/")[2].split("?")[0]).get_json()
    assert [p["id"] for p in passages] == ["p-" + p["id"] for p in data["passages"]]


def test_passage_permalink_has_context_and_citation_meta(client) -> None:  # noqa: ANN001
    link = soup(client.get("/?q=Berneke")).select_one(".hit-links a[href^='/passage/']")["href"]
    page = soup(client.get(link))
    meta = {m["name"]: m["content"] for m in page.select("meta[name^=citation_]")}
    assert meta["citation_title"].startswith("Dialog med Sveriges socialchefer")
    assert meta["citation_publication_date"] == "2021/06/23"
    assert meta["citation_publisher"] == "Inspektionen för vård och omsorg"
    assert meta["citation_public_url"].startswith("https://www.ivo.se/")
    assert page.select_one("link[rel=canonical]")["href"].endswith(link)
    assert "Berneke" in page.select_one("blockquote.passage-text").get_text()
    context = page.select("ol.context li.passage")
    assert 2 <= len(context) <= 5 and len(page.select("ol.context li.current")) == 1


def test_api_search_takes_every_filter_of_the_page(client) -> None:  # noqa: ANN001
    url = "/api/search?q=kvalitet&doctype=artikel&doctype=nyhet&year=2017&from=2017&to=2017-12&sort=date&per_page=3&page=2"
    data = client.get(url).get_json()
    assert data["request"] == {
        "q": "kvalitet",
        "filters": {"doctype": ["artikel", "nyhet"], "year": ["2017"]},
        "page": 2,
        "per_page": 3,
        "sort": "date",
        "date_from": "2017",
        "date_to": "2017-12",
        "exact": False,
    }
    assert data["hits"] and all(h["document"]["date"].startswith("2017") for h in data["hits"])
    page = soup(client.get(url.replace("/api/search", "/")))
    assert total(page) == data["total"]
    assert [a.get_text() for a in page.select(".hit-title a")] == [
        h["document"]["title"] for h in data["hits"]
    ]
    hit = data["hits"][0]
    assert {"id", "doc_id", "text", "score", "snippet", "kind", "speaker", "document"} <= set(hit)
    doc = client.get(f"/api/document/{hit['doc_id']}").get_json()
    assert hit["id"] in [p["id"] for p in doc["passages"]]
    assert client.get(f"/api/passage/{hit['id']}").get_json()["text"] == hit["text"]
    assert client.get("/api/").get_json()["endpoints"]["search"] == "/api/search"


def test_opensearch_description_is_linked_and_valid(client) -> None:  # noqa: ANN001
    page = soup(client.get("/"))
    link = page.select_one("link[rel=search]")
    assert link["type"] == "application/opensearchdescription+xml"
    response = client.get(link["href"])
    assert response.mimetype == "application/opensearchdescription+xml"
    root = etree.fromstring(response.data)
    ns = {"os": "http://a9.com/-/spec/opensearch/1.1/"}
    templates = {u.get("type"): u.get("template") for u in root.findall("os:Url", ns)}
    assert templates["text/html"] == "http://localhost/?q={searchTerms}"
    assert templates["application/json"] == "http://localhost/api/search?q={searchTerms}"


def test_unknown_ids_give_swedish_404(client) -> None:  # noqa: ANN001
    for url in [
        "/dokument/finns-inte",
        "/passage/finns-inte",
        "/ingen-sida",
        "/dokument/..%2F..%2Fetc%2Fpasswd",
    ]:
        response = client.get(url)
        assert response.status_code == 404
        page = BeautifulSoup(response.data, "lxml")
        assert page.h1.get_text() == "Sidan finns inte" and page.html["lang"] == "sv"
    assert client.get("/api/passage/finns-inte").get_json()["error"] == "not_found"
    assert client.get("/api/finns-inte").get_json()["error"] == "not_found"


def test_bad_parameters_give_a_page_not_a_500(client) -> None:  # noqa: ANN001
    for url in [
        "/?page=-1",
        "/?page=abc&per_page=x",
        "/?q=((&sort=bad",
        "/?kind=nonsense",
        "/?q=kvalitet&page=99999999999",
    ]:
        assert client.get(url).status_code == 200, url
    unknown = soup(client.get("/?q=kvalitet&facet=x&bogus=1"))
    assert "Okända parametrar" in unknown.select_one(".notice").get_text()
    long = soup(client.get("/?q=" + "ö" * 10_000))
    assert "kortats till 1000 tecken" in long.select_one(".notice").get_text()
    bad_sort = soup(client.get("/?q=kvalitet&sort=evil"))
    assert "sortering" in bad_sort.select_one(".notice").get_text()
    for url in ["/api/search?page=-1&per_page=x&sort=evil&from=x", "/api/search?q=" + "x" * 10_000]:
        assert client.get(url).status_code == 200


def test_empty_form_fields_redirect_to_the_clean_url(client) -> None:  # noqa: ANN001
    response = client.get("/?q=kvalitet&from=&to=&speaker_q=&doctype=artikel&page=2")
    assert response.status_code == 303
    assert response.headers["Location"] == "/?q=kvalitet&doctype=artikel&page=2"


@pytest.fixture(scope="module")
def hostile_client(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    """An index of one document whose title, text and metadata try to inject markup."""
    root = tmp_path_factory.mktemp("hostile") / "corpus"
    root.mkdir()
    (root / "elak.txt").write_text(
        "<script>alert('titel')</script> Rapport\n\n"
        "Kommunerna bör <b>stoppa</b> <script>alert('text')</script> och <img src=x onerror=alert(1)> nu.\n",
        encoding="utf-8",
    )
    (root / "elak.meta.toml").write_text(
        "title = \"<script>alert('titel')</script> Rapport\"\n"
        'publisher = "\\"><script>alert(1)</script>"\n'
        'url = "javascript:alert(document.cookie)"\n'
        'date = "2021-01-01"\n',
        encoding="utf-8",
    )
    index = tmp_path_factory.mktemp("hostile-index") / "index"
    assert run_ingest(root, IngestOptions(index_dir=index, workers=1)).ok
    app = create_app(index, {"TESTING": True})
    return app.test_client(), index


def test_markup_in_documents_is_shown_as_text(hostile_client) -> None:  # noqa: ANN001
    client, _ = hostile_client
    hit = client.get("/api/search?q=kommunerna").get_json()["hits"][0]
    for url in [
        "/?q=kommunerna",
        "/?q=stoppa",
        f"/dokument/{hit['doc_id']}?p={hit['id']}",
        f"/passage/{hit['id']}",
    ]:
        page = soup(client.get(url))
        # The only scripts are the app's own files; the document's markup is text.
        assert all(s.get("src", "").startswith("/static/") for s in page.find_all("script")), url
        assert not page.find("img") and not page.find("b"), url
        assert "<script>alert(" in page.get_text(), url
        assert not page.select("a[href^='javascript:'], meta[content^='javascript:']"), url


def test_pages_carry_no_inline_script_style_or_handlers(client) -> None:  # noqa: ANN001
    hit = client.get("/api/search?q=Berneke").get_json()["hits"][0]
    for url in [
        "/?q=kvalitet&doctype=artikel",
        f"/dokument/{hit['doc_id']}",
        f"/passage/{hit['id']}",
        "/nope",
    ]:
        page = BeautifulSoup(client.get(url).data, "lxml")
        assert not page.find("style") and not page.select("[style]"), url
        assert all(s.get("src") for s in page.find_all("script")), url
        handlers = [a for tag in page.find_all(True) for a in tag.attrs if a.startswith("on")]
        assert not handlers, url


def test_every_form_control_has_a_label_and_the_page_has_landmarks(client) -> None:  # noqa: ANN001
    page = soup(client.get("/?q=kvalitet&doctype=artikel"))
    for field in page.select("input:not([type=hidden]), select"):
        label = page.find("label", attrs={"for": field.get("id")})
        assert label is not None or field.get("aria-label"), field
    assert page.html["lang"] == "sv"
    assert page.find("main") and page.find("header") and page.find("footer")
    assert page.select_one("form[role=search]") and page.select_one("aside.filters")
    assert all(fs.legend for fs in page.select("fieldset"))


def test_security_headers(client) -> None:  # noqa: ANN001
    response = client.get("/?q=<script>alert(1)</script>")
    body = response.get_data(as_text=True)
    assert "<script>alert(1)</script>" not in body and "&lt;script&gt;" in body
    csp = response.headers["Content-Security-Policy"]
    assert (
        "default-src 'self'" in csp and "script-src 'self'" in csp and "'unsafe-inline'" not in csp
    )
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
    with client.get("/static/kb.js") as script:
        assert script.headers["Content-Security-Policy"]


def _tree_state(index: Path) -> list[tuple[str, int, float]]:
    return sorted(
        (str(p.relative_to(index)), p.stat().st_size, p.stat().st_mtime)
        for p in index.rglob("*")
        if p.is_file()
    )


def test_ui_never_writes(client, index_dir: Path) -> None:  # noqa: ANN001
    before = _tree_state(index_dir)
    assert client.post("/?q=x").status_code == 405
    assert client.post("/api/search").status_code == 405
    assert client.delete("/dokument/x").status_code == 405
    for url in ["/?q=kvalitet&doctype=artikel", "/api/search?q=kvalitet", "/opensearch.xml"]:
        client.get(url)
    assert _tree_state(index_dir) == before
    assert os.access(index_dir, os.R_OK)
