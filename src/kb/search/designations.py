"""Cited public documents that are themselves in the index: designation in, document out."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from whoosh.index import Index


def find_designated(ix: Index, designations: Iterable[str]) -> dict[str, dict[str, Any]]:
    """Designation ("SOU 2020:47") -> the metadata of a document in the index that is it."""
    wanted = list(dict.fromkeys(designations))
    if not wanted:
        return {}  # most passages cite nothing: no searcher for them
    # The thread's kept searcher (kb.search): opening one per hit cost a page a searcher a hit.
    from kb.search import _searcher

    searcher = _searcher(ix)
    found: dict[str, dict[str, Any]] = {}
    for designation in wanted:
        for stored in searcher.documents(designation=designation):
            if stored["record"] == "document":
                found[designation] = json.loads(stored["data"])
                break
    return found
