"""A server's recent answers (kb.search.AnswerCache): a request asked again of the same index
state is answered as before, and never from another state of the index (issue 13)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import kb.search
from kb.index import open_index
from kb.ingest import IngestOptions, run_ingest
from kb.search import SearchRequest
from kb.search.answers import AnswerCache
from kb.web import create_app

TEXT = (
    "Hemtjänsten i kommunen har fått nya rutiner för {what}. "
    "Enligt rapporten behöver hemtjänsten fler medarbetare under sommaren."
)


@pytest.fixture()
def searches(monkeypatch: pytest.MonkeyPatch) -> list[SearchRequest]:
    """The requests kb.search.run_search was asked, as the cache asks it."""
    asked: list[SearchRequest] = []
    search = kb.search.run_search

    def counted(ix, request):  # noqa: ANN001, ANN202
        asked.append(request)
        return search(ix, request)

    monkeypatch.setattr(kb.search, "run_search", counted)
    return asked


def _ingest(corpus: Path, index: Path, **files: str) -> None:
    for name, what in files.items():
        (corpus / f"{name}.txt").write_text(TEXT.format(what=what), encoding="utf-8")
    report = run_ingest(corpus, IngestOptions(index_dir=index))
    assert report.ok, report.failures


def test_a_request_asked_again_is_answered_as_before(ix, searches) -> None:  # noqa: ANN001
    answers = AnswerCache()
    request = SearchRequest.create("kvalitet")
    first = answers.search(ix, request)
    assert answers.search(ix, SearchRequest.create("kvalitet")) is first
    assert searches == [request]
    # Another page, order or filter is another request.
    answers.search(ix, SearchRequest.create("kvalitet", page=2))
    answers.search(ix, SearchRequest.create("kvalitet", {"kind": ["finding"]}))
    assert len(searches) == 3 and len(answers) == 3


def test_the_least_recently_asked_answer_goes_first(ix, searches) -> None:  # noqa: ANN001
    answers = AnswerCache(size=2)
    one, two, three = (SearchRequest.create(q) for q in ("kvalitet", "distans", "pandemin"))
    answers.search(ix, one)
    answers.search(ix, two)
    answers.search(ix, one)  # kept, and now the most recent
    answers.search(ix, three)  # "distans" goes
    answers.search(ix, one)
    assert searches == [one, two, three]
    answers.search(ix, two)
    assert searches == [one, two, three, two]


def test_large_pages_and_a_cache_of_none_are_searched_every_time(ix, searches) -> None:  # noqa: ANN001
    answers = AnswerCache()
    big = SearchRequest.create("kvalitet", per_page=50)
    answers.search(ix, big)
    answers.search(ix, big)
    assert searches == [big, big] and len(answers) == 0
    off = AnswerCache(size=0)
    small = SearchRequest.create("kvalitet")
    off.search(ix, small)
    off.search(ix, small)
    assert searches[2:] == [small, small]


def test_a_changed_index_is_never_answered_from_before(tmp_path: Path, searches) -> None:  # noqa: ANN001
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    _ingest(corpus, index, a="nattpatruller")
    ix = open_index(index)
    answers = AnswerCache()
    request = SearchRequest.create("hemtjänsten")
    assert answers.search(ix, request).total == 1
    assert answers.search(ix, request).total == 1 and len(searches) == 1
    _ingest(corpus, index, b="trygghetslarm")  # a new Whoosh generation of the same index
    # The same Index object, as a server holds it across ingests that add to it.
    after = answers.search(ix, request)
    assert after.total == 2 and len(searches) == 2
    assert answers.search(open_index(index), request) is after
    # Rebuilt from nothing, the generations start over: still not the old answer.
    (corpus / "b.txt").unlink()
    report = run_ingest(corpus, IngestOptions(index_dir=index, rebuild=True))
    assert report.ok
    assert answers.search(open_index(index), request).total == 1 and len(searches) == 3
    # The index folder removed and made again: the same folder and generation numbers (the
    # facet table of the index before counted the hits too, answers kept or not).
    shutil.rmtree(index)
    _ingest(corpus, index)
    first = open_index(index)
    assert answers.search(first, request).total == 1 and len(searches) == 4
    shutil.rmtree(index)
    _ingest(corpus, index, b="trygghetslarm")
    again = open_index(index)
    assert again.storage.folder == first.storage.folder
    assert again.latest_generation() == first.latest_generation()
    assert answers.search(again, request).total == 2 and len(searches) == 5


def test_the_page_and_the_api_answer_a_repeated_request_from_the_apps_answers(
    index_dir: Path, searches: list[SearchRequest]
) -> None:
    app = create_app(index_dir, {"TESTING": True})
    client = app.test_client()
    first = client.get("/api/search?q=kvalitet").get_json()
    assert client.get("/api/search?q=kvalitet").get_json() == first
    page = client.get("/?q=kvalitet").get_data(as_text=True)
    assert client.get("/?q=kvalitet").get_data(as_text=True) == page
    assert len(searches) == 1  # the page and the API ask the same request
    assert first["total"] > 0 and "<mark>" in page
    # KB_CACHED_RESULTS = 0: every request searched.
    client = create_app(index_dir, {"TESTING": True, "KB_CACHED_RESULTS": 0}).test_client()
    client.get("/api/search?q=kvalitet")
    client.get("/api/search?q=kvalitet")
    assert len(searches) == 3
