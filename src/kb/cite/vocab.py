"""Swedish words of citations: document types, attribution verbs, name particles.

Each group says where it comes from. Change words here, not in the modules.
"""

from __future__ import annotations

# How each document type is cited: its CSL item type (CSL 1.0.1, the types
# citeproc-py knows) and the genre a style prints in brackets after the title,
# in Swedish as Swedish APA guides write it ("[Pressmeddelande]"). A type not
# listed is cited as a web page when it has a URL, else as a generic article.
CITATION_TYPES: dict[str, tuple[str, str]] = {
    "rapport": ("report", ""),
    "pressmeddelande": ("webpage", "Pressmeddelande"),
    "nyhet": ("webpage", ""),
    "artikel": ("article-magazine", ""),
    "interpellation": ("report", "Interpellation"),
}

# Verbs that attribute a quote after it ("– …, säger Isabelle Carnlöf,
# projektledare …"): the forms seen in the seeds (tests/fixtures/seeds:
# säger, menar, anser, konstaterar, fastslår, avslutar) and their common
# neighbours in Swedish news text. A citation's link covers the quote's words,
# not the attribution.
QUOTE_ATTRIBUTION_VERBS: tuple[str, ...] = (
    "säger",
    "sa",
    "sade",
    "menar",
    "anser",
    "konstaterar",
    "fastslår",
    "avslutar",
    "berättar",
    "förklarar",
    "understryker",
    "betonar",
    "påpekar",
    "tillägger",
    "skriver",
    "framhåller",
)

# The words before the source in an in-text citation of a quote from someone
# quoted in it (APA 7 "as cited in", Cite Them Right "cited in"), as the CSL
# sv-SE locale's terms "cited" and "in" give them.
CITED_IN = "citerad i"

# The CSL sv-SE locale's short "circa" term, written before a year that is a
# best guess when a style (Cite Them Right) has no form of its own for it.
CIRCA = "ca"

# Notes written into BibTeX/RIS exports beside the reference.
UNCERTAIN_DATE_NOTE = "Publiceringsdatumet är osäkert"
