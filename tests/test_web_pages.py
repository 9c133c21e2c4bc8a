"""Pages with the test client: where a repeated quote also stands, a Citera per passage."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from kb.ingest import IngestOptions, run_ingest
from kb.web import create_app

QUOTE = (
    "– Vi måste bli bättre på att följa upp insatserna för barn och unga i hela landet, "
    "säger Anna Andersson, enhetschef på Socialstyrelsen."
)


def soup(response) -> BeautifulSoup:  # noqa: ANN001
    assert response.status_code == 200
    return BeautifulSoup(response.data, "html.parser")


def _also_in(page: BeautifulSoup) -> list[str]:
    return [" ".join(p.get_text().split()) for p in page.select(".also-in")]


def test_a_repeat_in_the_same_document_says_so(client) -> None:  # noqa: ANN001
    # The press release prints Carnlöf's words again in its "Citat" box.
    page = soup(client.get("/?q=Till viss del är de här förändringarna positiva"))
    texts = _also_in(page)
    assert "Samma citat står även längre ned i samma dokument." in texts
    assert not any("dokument till" in t for t in texts)
    link = page.select_one(".also-in a")
    assert link.get_text() == "längre ned i samma dokument" and "#p-" in link["href"]
    target = link["href"].split("#p-")[1]
    document = soup(client.get(link["href"]))
    assert document.select_one(f"#p-{target}") is not None


@pytest.fixture(scope="module")
def two_documents_client(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    corpus = tmp_path_factory.mktemp("also") / "corpus"
    corpus.mkdir()
    for name, title in (
        ("a", "Uppföljning i kommunerna"),
        ("b", "Barn och unga i tillsynen"),
        ("c", "Ett tredje dokument"),
    ):
        (corpus / f"{name}.txt").write_text(
            f"{title}\n\nEn inledning om socialtjänsten i {name}.\n\n{QUOTE}\n", encoding="utf-8"
        )
        (corpus / f"{name}.meta.toml").write_text(
            f'title = "{title}"\npublisher = "Socialstyrelsen"\n', encoding="utf-8"
        )
    index = corpus.parent / "index"
    assert run_ingest(corpus, IngestOptions(index_dir=index)).ok
    return create_app(index, {"TESTING": True}).test_client()


def test_other_documents_are_named_by_title(two_documents_client) -> None:  # noqa: ANN001
    page = soup(two_documents_client.get("/?q=följa upp insatserna för barn"))
    texts = _also_in(page)
    assert texts and texts[0].startswith("Samma citat står även i 2 andra dokument: ")
    titles = [a.get_text() for a in page.select(".also-in")[0].select("a")]
    assert len(titles) == 2 and not any(t.isdigit() for t in titles)
    assert set(titles) < {
        "Uppföljning i kommunerna",
        "Barn och unga i tillsynen",
        "Ett tredje dokument",
    }


def test_every_passage_of_a_document_has_its_citera(client) -> None:  # noqa: ANN001
    hit = soup(client.get("/?q=Carnlöf")).select_one(".hit-title a")["href"]
    document = soup(client.get(hit))
    passages = document.select("li.passage")
    assert len(passages) > 5
    for passage in passages:
        control = passage.select_one("details.cite")
        assert control is not None and control["data-cite"] == passage["id"][2:]
    # Metadata beside the text: a side column the wide layout places right of it.
    assert document.select_one("article.with-side > aside.doc-side dl.doc-facts")
    permalink = soup(client.get(f"/passage/{passages[0]['id'][2:]}"))
    assert permalink.select_one("article.with-side > aside.doc-side dl.doc-facts")
