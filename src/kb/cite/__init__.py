"""Citing and exporting: passages and search results in, citations (CSL, BibTeX, RIS,
Markdown), text-fragment links, CSV/JSONL/Atom exports and research briefs out."""
