"""Extraction: a parsed Document in, its Passages out, each classified as finding, quote,
recommendation or other, with the quote's speaker and the recommendation's addressee.

`extract_passages` and `passage_id` are imported on first use (PEP 562): a search that
only needs kb.extract.vocab (the citation formats do) does not load the extraction
code, 31 ms of a fresh `kb search` (python -X importtime).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kb.extract.passages import extract_passages, passage_id

__all__ = ["extract_passages", "passage_id"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        return getattr(import_module("kb.extract.passages"), name)
    raise AttributeError(f"module 'kb.extract' has no attribute {name!r}")
