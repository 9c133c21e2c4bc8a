"""bench/same_results.py finds every field in which two trees' results differ."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from kb.search import SearchRequest, run_search

SCRIPT = Path(__file__).resolve().parents[1] / "bench" / "same_results.py"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("same_results", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_each_changed_field_is_a_difference(ix) -> None:  # noqa: ANN001
    differences = _script().differences
    results = run_search(ix, SearchRequest.create(q="kvalitet")).as_dict()
    assert len(results["hits"]) > 2
    assert differences(results, run_search(ix, SearchRequest.create(q="kvalitet")).as_dict()) == []
    changed = run_search(ix, SearchRequest.create(q="kvalitet")).as_dict()
    changed["hits"][1]["score"] += 1e-9
    changed["hits"][2]["snippet"] = changed["hits"][2]["snippet"].replace("<mark>", "")
    changed["facets"]["kind"][0]["count"] += 1
    changed["hits"].pop()
    found = differences(results, changed)
    assert [line.split(":")[0] for line in found] == [
        ".facets.kind[0].count",
        ".hits",  # one hit fewer: the lists differ as a whole
    ]
    changed["hits"].append(results["hits"][-1])
    found = differences(results, changed)
    assert [line.split(":")[0] for line in found] == [
        ".facets.kind[0].count",
        ".hits[1].score",
        ".hits[2].snippet",
    ]
