"""Extraction: a parsed Document in, its Passages out, each classified as finding, quote,
recommendation or other, with the quote's speaker and the recommendation's addressee."""

from kb.extract.passages import extract_passages, passage_id

__all__ = ["extract_passages", "passage_id"]
