"""The web UI and API through Flask's test client, pages parsed with BeautifulSoup."""

from __future__ import annotations

from bs4 import BeautifulSoup


def soup(response) -> BeautifulSoup:  # noqa: ANN001
    return BeautifulSoup(response.data, "lxml")


def test_search_page_lists_hits_with_title_and_publisher(client) -> None:  # noqa: ANN001
    page = soup(client.get("/?q=distansmöten"))
    assert page.find("input", id="q")["value"] == "distansmöten"
    hits = page.select("li.hit")
    assert hits
    first = hits[0]
    assert first.select_one(".hit-title a").get_text() == "Oro för kvaliteten när socialtjänsten arbetar på distans"
    assert "Myndigheten för vård- och omsorgsanalys" in first.select_one(".hit-source").get_text()
    assert first.select_one(".snippet mark").get_text() == "distansmöten"
    assert page.select_one("[aria-live]").get_text(strip=True).startswith(f"{len(hits)} träff")


def test_facet_links_toggle_and_chips_remove(client) -> None:  # noqa: ANN001
    page = soup(client.get("/?q=kvalitet"))
    link = next(a for a in page.select(".facet-value") if "doctype=artikel" in a["href"])
    filtered = soup(client.get(link["href"]))
    chips = filtered.select(".chip:not(.chip-clear)")
    assert [c.get_text(" ", strip=True).split(" ×")[0] for c in chips] == ["Dokumenttyp: artikel"]
    back = soup(client.get(chips[0]["href"]))
    assert not back.select(".chip")
    assert back.select_one("#result-count").get_text() == page.select_one("#result-count").get_text()


def test_document_page_shows_passages_with_anchors(client) -> None:  # noqa: ANN001
    hit_link = soup(client.get("/?q=distansmöten")).select_one(".hit-title a")["href"]
    page = soup(client.get(hit_link))
    assert page.h1.get_text() == "Oro för kvaliteten när socialtjänsten arbetar på distans"
    current = page.select_one("li.passage.current")
    assert current is not None and hit_link.endswith("#" + current["id"])
    assert len(page.select("li.passage")) > 5


def test_passage_permalink_has_citation_meta(client) -> None:  # noqa: ANN001
    link = soup(client.get("/?q=Berneke")).find("a", string="Permalänk")["href"]
    page = soup(client.get(link))
    meta = {m["name"]: m["content"] for m in page.select("meta[name^=citation_]")}
    assert meta["citation_title"].startswith("Dialog med Sveriges socialchefer")
    assert meta["citation_publication_date"] == "2021/06/23"


def test_api_search_matches_the_page(client) -> None:  # noqa: ANN001
    data = client.get("/api/search?q=kommunerna&doctype=artikel").get_json()
    assert data["request"]["filters"] == {"doctype": ["artikel"]}
    assert all(h["document"]["doctype"] == "artikel" for h in data["hits"])
    hit = data["hits"][0]
    doc = client.get(f"/api/document/{hit['doc_id']}").get_json()
    assert hit["id"] in [p["id"] for p in doc["passages"]]
    assert client.get(f"/api/passage/{hit['id']}").get_json()["text"] == hit["text"]


def test_unknown_ids_give_swedish_404(client) -> None:  # noqa: ANN001
    for url in ["/dokument/finns-inte", "/passage/finns-inte", "/ingen-sida", "/dokument/..%2F..%2Fetc%2Fpasswd"]:
        response = client.get(url)
        assert response.status_code == 404
        assert "Sidan finns inte" in response.get_data(as_text=True)
    assert client.get("/api/passage/finns-inte").get_json()["error"] == "not_found"


def test_bad_parameters_give_a_page_not_a_500(client) -> None:  # noqa: ANN001
    for url in ["/?page=-1", "/?page=abc&per_page=x", "/?foo=bar&kind=", "/?q=" + "ö" * 10_000, "/?q=((&sort=bad"]:
        assert client.get(url).status_code == 200


def test_everything_is_escaped_and_headers_set(client) -> None:  # noqa: ANN001
    response = client.get("/?q=<script>alert(1)</script>")
    body = response.get_data(as_text=True)
    assert "<script>alert(1)</script>" not in body
    assert "&lt;script&gt;" in body
    csp = response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_ui_never_writes(client) -> None:  # noqa: ANN001
    assert client.post("/?q=x").status_code == 405
