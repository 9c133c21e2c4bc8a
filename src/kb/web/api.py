"""The JSON API under /api/: the same data as the pages."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, jsonify, render_template, request, url_for

from kb.cite.citations import STYLES
from kb.cite.resultformats import EXPORT_COLUMNS
from kb.errors import KbError, NotFound
from kb.search import FACETS, SORTS, SearchRequest, fetch_document, fetch_passage, run_search
from kb.search.notices import NOTICE_CODES, results_as_dict
from kb.search.profiles import PROFILE_FACETS
from kb.web import get_index, search_index
from kb.web.requests import profile_url, request_notices, search_request_from_args

bp = Blueprint("api", __name__)


# The facet parameters of /api/search, each an exact value as the facets list it.
FACET_PARAMETERS = {
    "kind": "typ av stycke: finding, quote, recommendation eller other",
    "speaker": "talare (namnet som i facets.speaker)",
    "organisation": "utgivare eller talarens organisation",
    "addressee": "en rekommendations mottagare",
    "doctype": "dokumenttyp: rapport, pressmeddelande, nyhet, artikel, …",
    "topics": "ämne",
    "references": "ett offentligt dokument som stycket hänvisar till: SOU 2020:47, prop. 2021/22:123, SFS 2001:453 …",
    "year": "årtal",
}
REPEAT = "upprepa för flera (något av dem inom ett filter, alla filter gäller)"
# What each field of a hit, a passage and a document holds: the API page lists them.
PASSAGE_FIELDS = {
    "id": "styckets beständiga id (permalänk: /passage/ID)",
    "doc_id": "dokumentets id",
    "position": "plats i dokumentet, från 0",
    "text": "styckets text",
    "heading": "rubriken stycket står under",
    "kind": "finding (fynd), quote (citat), recommendation (rekommendation) eller other (övrigt)",
    "speaker": "citatets talare: {name, role, organisation}, eller null",
    "addressee": "vem en rekommendation riktar sig till",
    "topics": "ämnen ur ämneslistan",
    "page": "sida i en PDF (från 1), eller null",
    "source_text": "texten exakt som i källan",
    "block_kind": "paragraph, list_item, quote, note (fotnot), caption (bildtext) eller table",
    "also_in": "id för samma citat i andra dokument",
    "quote": "bara citatets ord",
    "quote_key": "samma för alla stycken som citerar samma ord",
    "references": "offentliga dokument stycket hänvisar till (SOU 2020:47, prop. 2021/22:123, SFS 2001:453 …)",
    "grounds": "på en rekommendation: id för fynden i samma dokument den bygger på, bäst först",
    "grounded": "på ett fynd: id för rekommendationerna i samma dokument som bygger på det",
}
DOCUMENT_FIELDS = {
    "id": "dokumentets beständiga id",
    "title": "titel",
    "publisher": "utgivare",
    "doctype": "rapport, pressmeddelande, nyhet, artikel, interpellation, …",
    "date": "ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD",
    "date_certain": "false när datumet är en gissning",
    "authors": "lista med namn",
    "url": "originalets adress",
    "source": "filen det lästes från, relativt den inlästa mappen",
    "designations": "numren dokumentet självt bär (SOU 2020:47), ur titeln eller försättsbladet",
    "indexed_at": "när dokumentet lästes in i indexet (UTC)",
}
SEARCH_FIELDS = {
    "request": "sökningen som den lästes: q, filters, page, per_page, sort, date_from, date_to",
    "total": "antal funna stycken",
    "documents": "antal dokument de kommer från",
    "page": "sidan som visas (den sista om en senare sida efterfrågades)",
    "pages": "antal sidor",
    "hits": "sidans stycken: styckets alla fält och score, snippet (HTML, träffarna i "
    "<mark>), document (dokumentets metadata), more_in_document",
    "facets": "per filter: [{value, count, selected}] över alla träffar",
    "notices": "[{code, text}]: hur sökningen lästes (text på svenska); koder: "
    + ", ".join(NOTICE_CODES),
    "suggestion": 'en stavning som hittar något ("Menade du …?"), eller ""',
    "timeline": "träffar per period: {unit (year eller month: månader när träffarna spänner "
    "över mindre än tre år), bars: [{period, count, from, to}], undated, without_month}",
}


def api_reference() -> dict[str, Any]:
    """The endpoints, their parameters and fields, each with an example that works here."""
    first = run_search(get_index(), SearchRequest.create(per_page=1)).hits
    passage_id = first[0].passage.id if first else "ID"
    doc_id = first[0].passage.doc_id if first else "ID"
    publisher = first[0].document.get("publisher", "") if first else ""
    profile_example = profile_url("organisation", publisher)
    profile_example = "/api" + profile_example if profile_example else ""
    return {
        "search": {
            "url": url_for("api.search"),
            "description": "Sök bland styckena: en sida träffar, filtrens antal och meddelanden.",
            "parameters": {
                "q": "frågan (fraser, AND/OR/NOT eller OCH/ELLER/INTE, -ord, fält:värde)",
                "exact": "1: sök q som den är skriven; annars söks en felstavad fråga rättad "
                "(corrected_query i svaret)",
                **{name: f"{FACET_PARAMETERS.get(name, name)}; {REPEAT}" for name in FACETS},
                "from": "från och med: ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD",
                "to": "till och med: ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD",
                "sort": " | ".join(SORTS) + " (relevans, nyast, äldst först)",
                "page": "sidnummer, från 1",
                "per_page": "träffar per sida, 1–100",
            },
            "fields": SEARCH_FIELDS,
            "example": url_for("api.search", q="distansmöten", kind="quote"),
        },
        "document": {
            "url": url_for("api.document", doc_id="ID"),
            "description": "Ett dokuments metadata och alla dess stycken i ordning.",
            "parameters": {},
            "fields": {
                "document": "dokumentets metadata: " + ", ".join(DOCUMENT_FIELDS),
                "passages": "dess stycken, vart och ett med styckets fält",
            },
            "example": url_for("api.document", doc_id=doc_id),
        },
        "passage": {
            "url": url_for("api.passage", passage_id="ID"),
            "description": "Ett stycke med dokumentets metadata.",
            "parameters": {},
            "fields": {**PASSAGE_FIELDS, "document": "dokumentets metadata"},
            "example": url_for("api.passage", passage_id=passage_id),
        },
        "cite": {
            "url": url_for("cite.api_cite"),
            "description": "Citat med referenser (APA 7, Harvard) och länkar, eller en export.",
            "parameters": {
                "id": "ett styckes id; upprepa för flera",
                "style": " | ".join(STYLES) + "; utan style: JSON",
                "download": "1 sparar exporten som fil",
            },
            "fields": {
                "citations": "per stycke: passage_id, doc_id, kind, quote, speaker, page, "
                "source_link (originalet vid orden), permalink, csl (CSL-JSON) och styles "
                "([{name, label, reference_html, in_text_html}])",
                "exports": "adressen till varje exportformat",
            },
            "example": url_for("cite.api_cite", id=passage_id),
        },
        "export": {
            "url": url_for("exports.search_csv") + " och " + url_for("exports.search_jsonl"),
            "description": "Alla träffar för en sökning (inte en sida), som CSV (UTF-8 med BOM, "
            "öppnas i kalkylprogram) eller JSON Lines. Koderna för sökningens meddelanden står "
            "i svarshuvudet X-Kb-Notices, antalet träffar i X-Kb-Total.",
            "parameters": {"…": "samma som /api/search (page och per_page används inte)"},
            "fields": {
                "CSV": ", ".join(EXPORT_COLUMNS),
                "JSONL": "styckets fält, url, source_link och document",
            },
            "example": url_for("exports.search_csv", q="distansmöten"),
        },
        "feed": {
            "url": url_for("exports.feed"),
            "description": "Atom-flöde med de senast inlästa stycken som matchar sökningen "
            "(de 50 nyaste), vart och ett med länk till styckets sida.",
            "parameters": {"…": "samma som /api/search"},
            "fields": {},
            "example": url_for("exports.feed", q="distansmöten"),
        },
        "profile": {
            "url": " · ".join(
                url_for(f"research_api.profile_{facet}", key="NYCKEL") for facet in PROFILE_FACETS
            ),
            "description": "En talare, organisation eller mottagare: namn, roller, antal per typ "
            "och år, tidslinje och styckena, nyast först. Nyckeln står i sidans adress "
            "(/talare/NYCKEL); ett namn går också.",
            "parameters": {
                "page": "sidnummer, från 1",
                "per_page": "stycken per sida, 1–100 (20 om inget anges)",
                "kind": "bara en typ av stycke; upprepa för flera",
                "from": "från och med: ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD",
                "to": "till och med: ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD",
            },
            "fields": {
                "type": "speaker, organisation eller addressee",
                "key, name, names": "nyckeln, namnet och alla stavningar i källorna",
                "roles, organisations": "en talares roller och organisationer [{value, count}]",
                "counts": "{kind: {typ: antal}, year: {år: antal}}",
                "total, page, pages, hits, timeline": "som i /api/search",
            },
            "example": profile_example,
        },
        "opensearch": {
            "url": url_for("views.opensearch"),
            "description": "OpenSearch-beskrivningen (XML), för webbläsare.",
            "parameters": {},
            "fields": {},
            "example": url_for("views.opensearch"),
        },
    }


@bp.get("/")
def index():  # noqa: ANN201
    """What the API offers: its endpoints, parameters and fields (HTML for a browser)."""
    reference = api_reference()
    data = {
        "endpoints": {name: entry["url"] for name, entry in reference.items()},
        "search_parameters": reference["search"]["parameters"],
        "reference": reference,
        "document_fields": DOCUMENT_FIELDS,
    }
    accepted = request.accept_mimetypes
    if accepted.best_match(["application/json", "text/html"]) == "text/html":
        return render_template("api.html", reference=reference, document_fields=DOCUMENT_FIELDS)
    return jsonify(data)


@bp.get("/search")
def search():  # noqa: ANN201
    """Search results as JSON (the same as `kb search --json`)."""
    req = search_request_from_args()
    results = search_index(req)
    return jsonify(results_as_dict(results, request_notices(results.request)))


@bp.get("/document/<doc_id>")
def document(doc_id: str):  # noqa: ANN201
    """A document's metadata and passages."""
    meta, passages = fetch_document(get_index(), doc_id)
    return jsonify({"document": meta, "passages": [p.as_dict() for p in passages]})


@bp.get("/passage/<passage_id>")
def passage(passage_id: str):  # noqa: ANN201
    """Ett stycke med dokumentets metadata."""
    found, meta = fetch_passage(get_index(), passage_id)
    return jsonify({**found.as_dict(), "document": meta})


@bp.errorhandler(NotFound)
def not_found(exc: NotFound):  # noqa: ANN201
    return jsonify({"error": "not_found", "message": str(exc)}), 404


@bp.errorhandler(KbError)
def kb_error(exc: KbError):  # noqa: ANN201
    return jsonify({"error": "unavailable", "message": str(exc)}), 503
