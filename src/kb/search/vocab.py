"""Swedish words of the query language: field names, operators, the names of passage kinds.

Each group says where it comes from. Change words here, not in the modules.
"""

from __future__ import annotations

from kb.analysis.vocab import QUERY_OPERATORS as _QUERY_OPERATORS

# Field names a user may type in a query (`talare:Carnlöf`), Swedish and
# English, mapped to index fields. Chosen with kb's query language (README, "How a query is read").
QUERY_FIELD_ALIASES: dict[str, str] = {
    "talare": "speaker",
    "speaker": "speaker",
    "organisation": "organisation",
    "org": "organisation",
    "typ": "kind",
    "kind": "kind",
    "år": "year",
    "year": "year",
    "mottagare": "addressee",
    "addressee": "addressee",
    "författare": "author",
    "author": "author",
    "dokumenttyp": "doctype",
    "doctype": "doctype",
    "ämne": "topics",
    "topic": "topics",
    "titel": "title",
    "title": "title",
    "rubrik": "heading",
    "heading": "heading",
}

# The parties of the Riksdag by the names a user types, lower case, with the letters the
# Riksdag writes after a member's name ("Finn Bengtsson (M)"); Liberalerna were Folkpartiet
# (FP) until 2015. From riksdagen.se's list of parties.
RIKSDAG_PARTIES: dict[str, tuple[str, ...]] = {
    "socialdemokraterna": ("S",),
    "moderaterna": ("M",),
    "sverigedemokraterna": ("SD",),
    "centerpartiet": ("C",),
    "vänsterpartiet": ("V",),
    "kristdemokraterna": ("KD",),
    "liberalerna": ("L", "FP"),
    "folkpartiet": ("FP",),
    "miljöpartiet": ("MP",),
}

# Swedish names of passage kinds, as a user types and reads them.
KIND_NAMES: dict[str, str] = {
    "finding": "fynd",
    "quote": "citat",
    "recommendation": "rekommendation",
    "other": "övrigt",
}

# Boolean operators of the query language: kb.analysis.vocab (the word table knows them).
QUERY_OPERATORS = _QUERY_OPERATORS

# How each facet is named to a user: the search page's filter headings, the CLI's
# --facets lines, and (lower-cased) the brief's and the feed's description of a search.
FACET_LABELS = {
    "kind": "Typ av stycke",
    "speaker": "Talare",
    "organisation": "Organisation",
    "addressee": "Mottagare",
    "doctype": "Dokumenttyp",
    "topics": "Ämne",
    "references": "Hänvisar till",
    "year": "År",
}
