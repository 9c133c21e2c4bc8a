"""Cited public documents that are themselves in the index: designation in, document out."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from whoosh.index import Index


def find_designated(ix: Index, designations: Iterable[str]) -> dict[str, dict[str, Any]]:
    """Designation ("SOU 2020:47") -> the metadata of a document in the index that is it."""
    found: dict[str, dict[str, Any]] = {}
    with ix.searcher() as searcher:
        for designation in dict.fromkeys(designations):
            for stored in searcher.documents(designation=designation):
                if stored["record"] == "document":
                    found[designation] = json.loads(stored["data"])
                    break
    return found
