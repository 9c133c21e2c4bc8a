"""The JSON API: notices as `{code, text}` like the page's, the /api/ description, long queries."""

from __future__ import annotations

from dataclasses import dataclass

from bs4 import BeautifulSoup

from kb.search import SearchRequest, SearchResults
from kb.search.notices import results_as_dict

# Real words of the corpus, far past the 1,000 characters a query keeps; the cut
# used to fall inside a word, which then matched nothing.
LONG_QUERY = "socialtjänsten kommunerna kvalitet " * 60


def _codes(data: dict) -> list[str]:
    return [n["code"] for n in data["notices"]]


def test_notices_carry_stable_codes(client) -> None:  # noqa: ANN001
    data = client.get("/api/search?q=kvalitet&from=igår").get_json()
    assert data["notices"][0]["code"] == "date_unreadable"
    assert "kunde inte läsas" in data["notices"][0]["text"]
    assert _codes(client.get("/api/search?q=kvalitet&bogus=1").get_json()) == ["unknown_parameter"]
    assert _codes(client.get("/api/search?q=kvalitet&sort=evil").get_json()) == ["unknown_sort"]
    assert "plain_words" in _codes(client.get("/api/search?q=kvalitet talare:").get_json())
    assert "synonyms" in _codes(client.get("/api/search?q=IVO").get_json())
    fallback = client.get("/api/search?q=kvalitet zzqx brandvarnare").get_json()
    assert "fallback" in _codes(fallback) and fallback["total"]
    assert _codes(client.get("/api/search?q=kvalitet&page=999").get_json()) == ["page_missing"]
    assert "no_matching_value" in _codes(client.get("/api/search?q=talare:zzyzx").get_json())
    # A compound no passage has, found by its parts; not one the passages have.
    apart = client.get("/api/search?q=distanskvalitet").get_json()
    assert _codes(apart) == ["compound_apart"] and apart["total"]
    assert "compound_apart" not in _codes(client.get("/api/search?q=distansmöten").get_json())
    # A misspelling is offered as "Menade du", or searched as corrected where kb does that.
    assert _codes(client.get("/api/search?q=kvalitetn").get_json()) in (
        ["did_you_mean"],
        ["corrected"],
    )
    for notice in client.get("/api/search?q=kvalitet&from=x&bogus=1").get_json()["notices"]:
        assert set(notice) == {"code", "text"} and notice["code"] != "notice"


def test_api_notices_are_the_pages(client) -> None:  # noqa: ANN001
    url = "?q=kvalitet zzqx brandvarnare&from=igår&sort=evil"
    page = BeautifulSoup(client.get("/" + url).data, "html.parser")
    shown = [p.get_text() for p in page.select(".notice")]
    data = client.get("/api/search" + url).get_json()
    assert [n["text"] for n in data["notices"]] == shown


def test_a_long_query_is_cut_at_a_word_and_searched(client) -> None:  # noqa: ANN001
    data = client.get("/api/search", query_string={"q": LONG_QUERY}).get_json()
    assert data["total"] > 0
    assert data["notices"][0] == {
        "code": "query_shortened",
        "text": "Frågan var för lång och har kortats till 1000 tecken.",
    }
    searched = data["request"]["q"]
    assert len(searched) <= 1000 and set(searched.split()) == set(LONG_QUERY.split())
    page = BeautifulSoup(client.get("/", query_string={"q": LONG_QUERY}).data, "html.parser")
    assert "kortats" in page.select_one(".notice").get_text()
    assert page.select(".hits > li")


def test_api_page_lists_endpoints_parameters_fields_and_examples(client) -> None:  # noqa: ANN001
    data = client.get("/api/").get_json()
    assert data["endpoints"]["search"] == "/api/search"
    reference = data["reference"]
    assert set(reference) == {
        *("search", "document", "passage", "cite", "opensearch"),
        *("export", "feed", "profile"),
    }
    assert {"q", "kind", "speaker", "from", "to", "sort", "page", "per_page"} <= set(
        reference["search"]["parameters"]
    )
    assert {"hits", "facets", "notices", "suggestion", "timeline"} <= set(
        reference["search"]["fields"]
    )
    assert "query_shortened" in reference["search"]["fields"]["notices"]
    assert {"speaker", "addressee", "kind"} <= set(reference["passage"]["fields"])
    for entry in reference.values():
        assert client.get(entry["example"]).status_code == 200, entry["example"]
    assert client.get(reference["search"]["example"]).get_json()["total"] > 0

    html = client.get("/api/", headers={"Accept": "text/html,*/*;q=0.8"})
    assert html.mimetype == "text/html"
    soup = BeautifulSoup(html.data, "html.parser")
    assert soup.html["lang"] == "sv"
    titles = [h.get_text() for h in soup.select(".api-endpoint h2 code")]
    assert titles[0] == "/api/search" and len(soup.select("a.api-example")) == len(reference)
    assert "per_page" in soup.select_one("#api-search").get_text()


@dataclass(frozen=True)
class _CorrectedResults(SearchResults):
    """Results of a search run with a corrected spelling, as kb.search may return them."""

    corrected_query: str = ""


def test_a_corrected_search_is_coded_and_has_no_did_you_mean() -> None:
    text = "Inga träffar för »kvalitetn«; visar träffar för »kvalitet«."
    results = _CorrectedResults(
        SearchRequest.create("kvalitetn"),
        3,
        (),
        notices=(text,),
        suggestion="kvalitet",
        corrected_query="kvalitet",
    )
    assert results_as_dict(results)["notices"] == [{"code": "corrected", "text": text}]


def test_a_corrected_search_without_its_own_notice_gets_one() -> None:
    results = _CorrectedResults(
        SearchRequest.create("socialtjänsen"), 3, (), corrected_query="socialtjänsten"
    )
    assert results_as_dict(results)["notices"] == [
        {
            "code": "corrected",
            "text": "Visar träffar för »socialtjänsten«. Sök i stället efter »socialtjänsen«.",
        }
    ]
