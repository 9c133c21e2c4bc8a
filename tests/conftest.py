"""Shared fixtures: the seed documents ingested once per session, the app, the CLI runner."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kb.index import open_index
from kb.ingest import IngestOptions, run_ingest
from kb.web import create_app

from .sourceserver import site  # noqa: F401 - the local web site for kb add's tests

REPO = Path(__file__).resolve().parents[1]
# The five seed documents the golden file and the tests' exact figures (9 documents,
# 92 passages) were written on: a copy of the first corpus/, kept apart from the
# bundled corpus so that it can grow without changing them.
CORPUS = REPO / "tests" / "fixtures" / "seeds"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test of a test_browser*.py file, or using the browser fixture, is in the browser lane."""
    for item in items:
        if item.path.name.startswith("test_browser") or "browser" in getattr(
            item, "fixturenames", ()
        ):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def corpus_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A private copy of the seeds (tests may change their copy, never the repository's)."""
    target = tmp_path_factory.mktemp("corpus") / "corpus"
    shutil.copytree(CORPUS, target)
    return target


@pytest.fixture(scope="session")
def index_dir(corpus_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed corpus ingested once for the whole session (read-only for tests)."""
    target = tmp_path_factory.mktemp("index") / "index"
    report = run_ingest(corpus_dir, IngestOptions(index_dir=target))
    assert report.ok, report.failures
    return target


@pytest.fixture(scope="session")
def ix(index_dir: Path):  # noqa: ANN201
    return open_index(index_dir)


@pytest.fixture()
def app(index_dir: Path):  # noqa: ANN201
    app = create_app(index_dir, {"TESTING": True})
    yield app


@pytest.fixture()
def client(app):  # noqa: ANN001, ANN201
    return app.test_client()


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()
