"""Snippets: a hit's passage as HTML with the query's words marked.

In: a Whoosh hit and the passage's text and heading; out: escaped HTML with <mark>.
"""

from __future__ import annotations

from typing import Any

from whoosh import highlight
from whoosh.query import And, Or, Query, Term
from whoosh.searching import Hit as WhooshHit
from whoosh.searching import Results

from kb.analysis import fold_accents
from kb.search.query import FOLDED_FIELD
from kb.search.settings import COMPOUND_PARTS_BOOST, SNIPPET_JOIN_GAP, SNIPPET_WHOLE_CHARS

_WHOLE = highlight.WholeFragmenter(charlimit=None)
_CONTEXT = highlight.ContextFragmenter(maxchars=300, surround=70)


class MarkFormatter(highlight.HtmlFormatter):
    """Whoosh's HTML formatter (which escapes the text) with plain <mark> tags, overlapping
    excerpts merged, and "…" wherever the passage goes on."""

    template = "<mark>%(t)s</mark>"

    def format_token(self, text: str, token: Any, replace: bool = False) -> str:
        # An elided first member ("äldre- och handikappomsorgen") is marked without its
        # hyphen: "<mark>äldre</mark>-", not "<mark>äldre-</mark>".
        marked = str(super().format_token(text, token, replace))
        if marked.endswith("-</mark>") and not marked.startswith("<mark>-"):
            return marked[: -len("-</mark>")] + "</mark>-"
        return marked

    def format(self, fragments: list[highlight.Fragment], replace: bool = False) -> str:
        merged: list[highlight.Fragment] = []
        for frag in sorted(fragments, key=lambda f: f.startchar):
            if merged and frag.startchar <= merged[-1].endchar + SNIPPET_JOIN_GAP:
                last = merged[-1]
                matches = {(t.startchar, t.endchar): t for t in [*last.matches, *frag.matches]}
                merged[-1] = highlight.Fragment(
                    last.text,
                    [matches[k] for k in sorted(matches)],
                    last.startchar,
                    max(last.endchar, frag.endchar),
                )
            else:
                merged.append(frag)
        if not merged:
            return ""
        text = " … ".join(self.format_fragment(f, replace=replace).strip() for f in merged)
        if merged[0].startchar > 0:
            text = "… " + text
        if merged[-1].endchar < len(merged[-1].text.rstrip()):
            text += " …"
        return text


def prepare_results(results: Results) -> None:
    """Set kb's formatter on a Whoosh Results object and keep its query's terms per field.

    Whoosh's highlighter asks the results for the query's terms at every hit it marks
    (walking the query and looking each term up in the index): 0.3 ms a hit, 15% of
    marking a page. The terms are the same for every hit of one results object.
    """
    if getattr(results, "_kb_prepared", False):
        return
    results.formatter = MarkFormatter()
    known: dict[tuple[bool, str | None], frozenset[tuple[str, bytes]]] = {}
    terms_of = results.query_terms
    parts = results._kb_parts = _parts_only(results.q)

    def query_terms(
        expand: bool = False, fieldname: str | None = None
    ) -> frozenset[tuple[str, bytes]]:
        if (expand, fieldname) not in known:
            known[expand, fieldname] = frozenset(terms_of(expand=expand, fieldname=fieldname))
        terms = known[expand, fieldname]
        return terms - parts if parts and not results._kb_with_parts else terms

    results.query_terms = query_terms
    results._kb_with_parts = False  # make_snippet's second try: with the parts
    results._kb_prepared = True


def _parts_only(query: Query) -> frozenset[tuple[str, bytes]]:
    """The terms of `query` that are only the parts of a query compound searched apart
    (kb.search.query): "social", "data" and "register" of "socialdataregistret". Such an
    AND is told by its boost, as kb.search.coverage.whole_words tells it.

    Marked everywhere, they marked the part of other compounds ("Socialstyrelsen"
    beside "socialdataregister"), so a snippet is marked without them first, and with
    them only when that marks nothing ("möten på distans" for "distansmöten").
    """
    apart: set[tuple[str, bytes]] = set()
    other: set[tuple[str, bytes]] = set()

    def walk(q: Query, inside: bool) -> None:
        if isinstance(q, And) and q.boost == COMPOUND_PARTS_BOOST:
            # Each part a term, or a term and its folded form (a word typed without å, ä, ö).
            inside = inside or all(_terms_only(t) for t in q.subqueries)
        if isinstance(q, Term):
            (apart if inside else other).add((q.fieldname, _as_bytes(q.text)))
        for child in q.children():
            walk(child, inside)

    walk(query, False)
    return frozenset(apart - other)


def _terms_only(q: Query) -> bool:
    """Whether `q` is a term, or an OR of terms (a part and its folded form)."""
    if isinstance(q, Or):
        return all(isinstance(u, Term) for u in q.subqueries)
    return isinstance(q, Term)


def _as_bytes(text: object) -> bytes:
    return text if isinstance(text, bytes) else str(text).encode("utf-8")


def _has_folded_match(hit: WhooshHit, text: str) -> bool:
    """Whether a folded term of the query may be in `text` (a stem is a prefix of its word):
    the folded field's highlighter analyses the whole passage again, so it runs only then."""
    terms = [t for f, t in hit.results.q.all_terms() if f == FOLDED_FIELD]
    folded = fold_accents(text.lower()) if terms else ""
    return any(isinstance(t, str) and t in folded for t in terms)


def make_snippet(hit: WhooshHit, text: str, heading: str = "") -> str:
    """The passage as HTML: its matches marked, whole or as excerpts (or its heading marked)."""
    hit.results.fragmenter = _WHOLE if len(text) <= SNIPPET_WHOLE_CHARS else _CONTEXT
    snippet = hit.highlights("text", text=text, top=3)
    if not snippet and getattr(hit.results, "_kb_parts", None):
        # Matched by a compound's parts apart only (prepare_results left them out):
        # marked with them.
        hit.results._kb_with_parts = True
        try:
            snippet = hit.highlights("text", text=text, top=3)
        finally:
            hit.results._kb_with_parts = False
    if not snippet and _has_folded_match(hit, text):
        # Found by the folded field ("vardanalys" for "Vårdanalys"): marked there.
        snippet = hit.highlights(FOLDED_FIELD, text=text, top=3)
    if snippet:
        return snippet
    from markupsafe import escape

    cut = text if len(text) <= 320 else text[:320].rsplit(" ", 1)[0] + " …"
    if heading:
        # A passage matched by its heading (a list item under "Viktigaste åtgärder för
        # kvalitet") shows the heading with the word marked, then its text.
        hit.results.fragmenter = _WHOLE
        marked = hit.highlights("heading", text=heading, top=1)
        if marked:
            return f"{marked} — {escape(cut)}"
    return str(escape(cut))
