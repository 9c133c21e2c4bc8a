"""A fresh `kb search` imports only what it uses: no NLTK, wordfreq, kb.cite, asyncio or
urllib.request for a query of words the index holds (kb.analysis.wordtable, kb/__init__)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"

_SEARCH = """
import json, sys
from kb.cli import main
sys.argv = ["kb", "search", sys.argv[2], "--index", sys.argv[1]]
try:
    main()
except SystemExit:
    pass
heavy = ("nltk", "wordfreq", "msgpack", "kb.cite", "asyncio", "urllib.request", "http.client")
print(json.dumps(sorted(m for m in sys.modules if m.startswith(heavy))))
"""


# A word; a question whose verbs are looked up with the nouns made from them
# (kb.search.verbs: "förändring"), and a verb whose noun no passage has ("granskning");
# words read as a body, a speaker, a span of years (their terms, "speaker:kbvalues0", are
# no words to analyse: kb.search.query.expand).
@pytest.mark.parametrize(
    "query",
    [
        "kvalitet",
        "hur har kvaliteten förändrats",
        "granskar kvalitet",
        "IVO tillsyn",
        "Carnlöf kvalitet",
        "kvalitet 2017-2021",
    ],
)
def test_a_fresh_search_of_known_words_imports_none_of_the_heavy_modules(
    index_dir: Path, query: str
) -> None:
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    done = subprocess.run(
        [sys.executable, "-c", _SEARCH, str(index_dir), query],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=120,
    )
    assert "träff" in done.stdout
    assert json.loads(done.stdout.splitlines()[-1]) == []


def test_the_stand_ins_leave_the_real_modules_to_everyone_else() -> None:
    code = (
        "import kb.search, sys, asyncio, urllib.request, whoosh.compat, cached_property;"
        "print(asyncio.ensure_future.__module__, urllib.request.urlopen.__module__,"
        " cached_property.asyncio.iscoroutinefunction(asyncio.sleep),"
        " whoosh.compat.urlretrieve.__module__)"
    )
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert done.stdout.split() == ["asyncio.tasks", "urllib.request", "True", "kb"]
