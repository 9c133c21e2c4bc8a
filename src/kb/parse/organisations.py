"""Organisations kb knows by name, read from kb/data/organisations.txt (data a user may edit,
not code): each alias, case-folded, and the name kb stores."""

from __future__ import annotations

from importlib import resources

ORGANISATIONS_RESOURCE = "organisations.txt"


def known_organisations() -> dict[str, str]:
    """kb/data/organisations.txt as alias (case-folded) -> name; each name is its own alias."""
    text = resources.files("kb.data").joinpath(ORGANISATIONS_RESOURCE).read_text(encoding="utf-8")
    known: dict[str, str] = {}
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        alias, _, name = line.rpartition(": ")
        known[name.casefold()] = name
        if alias:
            known[alias.casefold()] = name
    return known
