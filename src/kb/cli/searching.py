"""kb search, kb cite and kb brief: the index searched, cited and summed up."""

from __future__ import annotations

import json
from pathlib import Path

import click

from kb.cli import (
    BASE_URL_OPTION,
    HELP_OPTION,
    INDEX_OPTION,
    SwedishError,
    main,
)

FILTER_OPTIONS = (
    (("--typ", "--kind"), "kind", "Typ av stycke: fynd, citat, rekommendation, övrigt."),
    (("--talare", "--speaker"), "speaker", "Talare (ett namn eller en del av det)."),
    (
        ("--organisation", "--org"),
        "organisation",
        "Utgivare eller talarens organisation (IVO går också).",
    ),
    (
        ("--mottagare", "--addressee"),
        "addressee",
        "En rekommendations mottagare, eller den minister en interpellation ställs till.",
    ),
    (("--dokumenttyp", "--doctype"), "doctype", "Dokumenttyp (rapport, pressmeddelande …)."),
    (("--ämne", "--topic"), "topics", "Ämne."),
    (
        ("--hänvisar-till", "--cites"),
        "references",
        "Ett offentligt dokument som stycket hänvisar till (\"SOU 2020:47\").",
    ),
)
# `--sort` in Swedish as the page says it, and kb's own names (SearchRequest.sort).
SORT_NAMES = {
    "relevans": "relevance",
    "nyast": "date",
    "äldst": "date_asc",
    "relevance": "relevance",
    "date": "date",
    "date_asc": "date_asc",
}
FACETS_SHOWN = 10  # values per facet that `kb search --facets` prints


def _filter_options(command):  # noqa: ANN001, ANN202
    for names, facet, text in reversed(FILTER_OPTIONS):
        command = click.option(
            *names, facet, multiple=True, metavar="VÄRDE", help=text + " Kan upprepas."
        )(command)
    return command


def _check_kind(_ctx: click.Context, _param: click.Parameter, values: tuple[str, ...]):  # noqa: ANN202
    from kb.search.vocab import KIND_NAMES

    for value in values:
        if value.lower() not in (*KIND_NAMES, *KIND_NAMES.values()):
            raise SwedishError(
                f"Okänd typ »{value}«. Välj {', '.join(KIND_NAMES.values())} "
                f"(eller {', '.join(KIND_NAMES)})."
            )
    return values


def _check_date(_ctx: click.Context, param: click.Parameter, value: str | None):  # noqa: ANN202
    from kb.search import clean_date

    if value and not clean_date(value):
        raise SwedishError(
            f"{param.opts[0]} »{value}« är inget datum. "
            "Skriv ett år (2021), en månad (2021-06) eller en dag (2021-06-23)."
        )
    return value or ""


SEARCH_HELP = """Sök bland styckena efter FRÅGA: fynd, citat och rekommendationer.
Utan fråga visas alla stycken som filtren släpper igenom, nyast först.

\b
Frågan tar fraser ("fysiska möten"), OCH/ELLER/INTE, -ord och fält:värde
(talare:Carnlöf, typ:citat). Filtren nedan gör detsamma som sidans filter:
flera värden i samma filter ger något av dem, olika filter gäller alla.

\b
Exempel:
  kb search distansmöten --typ citat
  kb search kvalitet --organisation IVO --från 2020 --sort nyast
  kb search --mottagare regeringen --facets
"""


@main.command(help=SEARCH_HELP, short_help="Sök bland styckena.")
@click.argument("query", metavar="[FRÅGA]", required=False, default="")
@INDEX_OPTION
@_filter_options
@click.option(
    "--från",
    "--from",
    "date_from",
    metavar="DATUM",
    callback=_check_date,
    help="Från och med datum: 2021, 2021-06 eller 2021-06-23.",
)
@click.option(
    "--till",
    "--to",
    "date_to",
    metavar="DATUM",
    callback=_check_date,
    help="Till och med datum: 2021, 2021-06 eller 2021-06-23.",
)
@click.option(
    "--sort",
    type=click.Choice(list(SORT_NAMES), case_sensitive=False),
    default="relevans",
    show_default=True,
    help="Ordning: relevans, nyast eller äldst först.",
)
@click.option(
    "--page",
    type=click.IntRange(1, 10_000),
    default=1,
    show_default=True,
    metavar="N",
    help="Vilken sida av träffarna.",
)
@click.option(
    "--per-page",
    "--limit",
    "per_page",
    type=click.IntRange(1, 100),
    default=10,
    show_default=True,
    metavar="N",
    help="Träffar per sida (1–100).",
)
@click.option(
    "--facets", "show_facets", is_flag=True, help="Visa hur många träffar varje filtervärde har."
)
@click.option("--json", "as_json", is_flag=True, help="Skriv samma JSON som /api/search.")
@click.option(
    "--exact",
    is_flag=True,
    # Not without å, ä, ö: a word typed without them still finds them (a blind audit read the
    # help as promising otherwise).
    help="Sök frågan som den är skriven, utan stavningsrättning (ord utan å, ä, ö hittar ändå "
    "orden med dem).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "csv", "jsonl"], case_sensitive=False),
    default="text",
    show_default=True,
    help="text: en sida träffar; csv eller jsonl: alla träffar, som /api/search.csv och .jsonl.",
)
@HELP_OPTION
def search(
    query: str,
    index_dir: Path,
    date_from: str,
    date_to: str,
    sort: str,
    page: int,
    per_page: int,
    show_facets: bool,
    as_json: bool,
    exact: bool,
    fmt: str,
    **filters: tuple[str, ...],
) -> None:
    """Search the passages for QUERY, with the page's filters, order and pages."""
    from kb.index import open_index
    from kb.search import SearchRequest, run_search
    from kb.search.notices import code_notice, is_shortened, results_as_dict, shortened_notice
    from kb.search.values import resolve_filters

    _check_kind(click.get_current_context(), None, filters.get("kind", ()))  # type: ignore[arg-type]
    ix = open_index(index_dir)
    typed = _typed_filters(filters)
    with ix.searcher() as searcher:
        resolved, filter_notices = resolve_filters(searcher, typed)
    request = SearchRequest.create(
        query,
        filters=resolved,
        page=page,
        per_page=per_page,
        sort=SORT_NAMES[sort.lower()],
        date_from=date_from,
        date_to=date_to,
        exact=exact,
    )
    before = [shortened_notice()] if is_shortened(query) else []
    before += [code_notice(text) for text in filter_notices]
    if fmt.lower() != "text":
        _export_results(ix, request, before, fmt.lower())
        return
    results = run_search(ix, request)
    if as_json:
        data = results_as_dict(results, before)
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    _print_results(results, before, show_facets)


def _export_results(ix, request, before, fmt: str) -> None:  # noqa: ANN001
    """Every hit of the search as CSV or JSON Lines on stdout, notices on stderr."""
    import os

    from kb.cite.resultformats import iter_csv, iter_jsonl
    from kb.config import check_base_url, read_config
    from kb.search.export import stream_hits
    from kb.search.notices import results_notices

    env_url = os.environ.get("KB_BASE_URL", "").strip()
    base_url = check_base_url(env_url, "KB_BASE_URL") if env_url else read_config().base_url
    stream = stream_hits(ix, request)
    for notice in [*before, *results_notices(stream)]:  # type: ignore[arg-type]
        click.echo(notice.text, err=True)
    write = iter_csv if fmt == "csv" else iter_jsonl
    for chunk in write(stream.hits, base_url):
        click.echo(chunk, nl=False)


def _print_results(results, before, show_facets: bool) -> None:  # noqa: ANN001
    """A page of results as terminal text, in Swedish."""
    import shlex

    from kb.search.notices import results_notices
    from kb.search.vocab import KIND_NAMES

    for notice in [*before, *results_notices(results)]:
        click.echo(notice.text, err=True)
        if notice.code == "corrected":
            click.echo(
                f"Sök som skrivet: kb search --exact {shlex.quote(results.request.q)}", err=True
            )
    req = results.request
    head = f"{results.total} {'träff' if results.total == 1 else 'träffar'}"
    if results.total:
        head += f" i {results.documents} dokument"
    if results.pages > 1:
        head += f" · sida {req.page} av {results.pages}"
    click.echo(head)
    start = (req.page - 1) * req.per_page + 1
    for n, hit in enumerate(results.hits, start=start):
        doc = hit.document
        kind = KIND_NAMES.get(hit.passage.kind, hit.passage.kind)
        title = doc.get("title") or "(utan titel)"
        publisher = f" ({doc['publisher']})" if doc.get("publisher") else ""
        # Speaker.as_line, not kb.cite: importing kb.cite (citeproc, rispy) took 85-200 ms
        # of a fresh `kb search` (load average 6).
        speaker = f" — {hit.passage.speaker.as_line()}" if hit.passage.speaker else ""
        click.echo(f"\n{n}. [{kind}] {title}{publisher}{speaker}")
        click.echo(f"   {_plain(hit.snippet)}")
        if hit.title_only:
            click.echo("   (sökorden finns i dokumentets titel, inte i stycket)")
        elif hit.partial:  # the fill after few hits is no hit (templates/_hit.html)
            click.echo(
                "   (stycket har några av sökorden, inte tillräckligt många för att räknas "
                "som träff)"
            )
        click.echo(f"   id {hit.passage.id}")
    if show_facets:
        _print_facets(results)


def _print_facets(results) -> None:  # noqa: ANN001
    """Each facet's values with their counts, as the page's filter column lists them."""
    from kb.search import FACETS
    from kb.search.vocab import KIND_NAMES
    from kb.web.facets import FACET_LABELS, value_label

    click.echo()
    for facet in FACETS:
        values = results.facets.get(facet, ())
        if not values:
            continue
        shown = list(values)
        if facet == "year":
            shown.sort(key=lambda v: v.value, reverse=True)
        elif facet == "kind":
            shown.sort(key=lambda v: list(KIND_NAMES).index(v.value))
        parts = [
            f"{'*' if v.selected else ''}{value_label(facet, v.value)} {v.count}"
            for v in shown[:FACETS_SHOWN]
        ]
        more = f" … (+{len(values) - FACETS_SHOWN})" if len(values) > FACETS_SHOWN else ""
        click.echo(f"{FACET_LABELS[facet]}: {' · '.join(parts)}{more}")


def _plain(snippet: str) -> str:
    """A highlighted HTML snippet as terminal text, matches in bold."""
    import html

    text = snippet.replace("<mark>", "\x00").replace("</mark>", "\x01")
    text = html.unescape(text)
    return text.replace("\x00", click.style("", bold=True, reset=False)).replace(
        "\x01", click.style("", reset=True)
    )


CITE_HELP = """Citera stycken med deras id (som kb search visar): referensen,
hänvisningen i löptexten och en länk som öppnar källan vid orden.

\b
Länken till kb blir fullständig med --base-url, $KB_BASE_URL eller base_url
i inställningsfilen ($KB_CONFIG, annars ~/.config/kb/config.toml):
  base_url = "https://kb.example.se"
Utan adress länkar kb bara till originalet, vid de citerade orden.

\b
Exempel:
  kb cite 454610278f2dc019
  kb cite 454610278f2dc019 5c8599c81481b1a5 --style ris > citat.ris
  kb cite 454610278f2dc019 --base-url https://kb.example.se --style markdown
"""


@main.command(help=CITE_HELP, short_help="Citera stycken med länk till källan.")
@click.argument("passage_ids", metavar="ID...", nargs=-1, required=True)
@INDEX_OPTION
@click.option(
    "--style",
    type=click.Choice(["apa", "harvard", "bibtex", "ris", "csl-json", "markdown"]),
    default="apa",
    show_default=True,
    help="Referensstil (apa, harvard) eller exportformat.",
)
@BASE_URL_OPTION
@click.option(
    "--accessed",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    metavar="ÅÅÅÅ-MM-DD",
    help="Dagen du läste källorna, för stilar som skriver ut den (Harvard).",
)
@HELP_OPTION
def cite(
    passage_ids: tuple[str, ...], index_dir: Path, style: str, base_url: str, accessed
) -> None:  # noqa: ANN001
    """Cite passages by id: the reference, the in-text citation and a link to the words."""
    from kb.cite.citations import CiteOptions, build_citations
    from kb.cite.citeformats import format_citations
    from kb.config import check_base_url, read_config
    from kb.index import open_index

    base_url = check_base_url(base_url) if base_url.strip() else read_config().base_url
    options = CiteOptions(
        base_url=base_url, accessed=accessed.date().isoformat() if accessed else ""
    )
    citations = build_citations(open_index(index_dir), passage_ids, options)
    if not base_url and any(not c.source_link for c in citations):
        click.echo(
            "Obs: ett stycke saknar källans adress och får ingen länk. "
            "Ange kb:s adress med --base-url för en länk till stycket i kb.",
            err=True,
        )
    click.echo(format_citations(citations, style), nl=False)


BRIEF_HELP = """Skapa ett underlag av sökningen FRÅGA: översikt, fynd per dokument, citat per
talare, rekommendationer per mottagare, varje stycke numrerat med länk till
källan, och en referenslista (APA 7 eller Harvard) som den kb cite skriver.

\b
Exempel:
  kb brief distansmöten --format docx -o underlag.docx
  kb brief kvalitet --typ rekommendation --mottagare regeringen --format md
  kb brief --hänvisar-till "SOU 2020:47" --format html -o underlag.html
"""


@main.command(help=BRIEF_HELP, short_help="Skapa ett underlag av en sökning.")
@click.argument("query", metavar="[FRÅGA]", required=False, default="")
@INDEX_OPTION
@_filter_options
@click.option("--från", "--from", "date_from", metavar="DATUM", callback=_check_date, help="Från och med datum.")
@click.option("--till", "--to", "date_to", metavar="DATUM", callback=_check_date, help="Till och med datum.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["md", "docx", "html"]),
    default="md",
    show_default=True,
    help="Markdown, Word eller HTML (för utskrift).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    default=None,
    help="Filen att skriva (utan: Markdown och HTML skrivs ut här).",
)
@click.option(
    "--style",
    type=click.Choice(["apa", "harvard"]),
    default="apa",
    show_default=True,
    help="Referensstil.",
)
@BASE_URL_OPTION
@HELP_OPTION
def brief(
    query: str,
    index_dir: Path,
    date_from: str,
    date_to: str,
    fmt: str,
    output: Path | None,
    style: str,
    base_url: str,
    **filters: tuple[str, ...],
) -> None:
    """Build a research brief from a search and write it as Markdown, DOCX or HTML."""
    from kb.cite.brief import BriefOptions, brief_from_search
    from kb.cite.briefformats import write_brief
    from kb.config import check_base_url, read_config
    from kb.index import open_index
    from kb.search import SearchRequest
    from kb.search.values import resolve_filters

    _check_kind(click.get_current_context(), None, filters.get("kind", ()))  # type: ignore[arg-type]
    if fmt == "docx" and output is None:
        raise SwedishError("Ett Word-underlag behöver en fil: lägg till -o underlag.docx.")
    base_url = check_base_url(base_url) if base_url.strip() else read_config().base_url
    ix = open_index(index_dir)
    typed = _typed_filters(filters)
    with ix.searcher() as searcher:
        resolved, filter_notices = resolve_filters(searcher, typed)
    for notice in filter_notices:
        click.echo(notice, err=True)
    request = SearchRequest.create(
        query, filters=resolved, sort="relevance", date_from=date_from, date_to=date_to
    )
    made = brief_from_search(ix, request, BriefOptions(style=style, base_url=base_url))
    if made.empty:
        click.echo("Sökningen gav inga träffar; underlaget säger det och inget mer.", err=True)
    data = write_brief(made, fmt)
    if output is None:
        click.echo(data.decode("utf-8"), nl=False)
    else:
        output.write_bytes(data)
        click.echo(f"Skrev {output} ({len(data) // 1024 + 1} kB).", err=True)


def _typed_filters(filters: dict[str, tuple[str, ...]]) -> dict[str, list[str]]:
    """The filter options as given, a cited document written as kb stores it ("prop. …")."""
    typed = {facet: list(values) for facet, values in filters.items() if values}
    if "references" in typed:
        # Imported only here: the extraction code is not needed by a plain `kb search`.
        from kb.extract.references import find_references

        typed["references"] = [
            (find_references(v) or (v,))[0] for v in typed["references"]
        ]
    return typed
