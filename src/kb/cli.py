"""The `kb` command: each subcommand parses options, calls one core function, prints."""

from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path

import click

from kb.errors import KbError

INDEX_OPTION = click.option(
    "--index",
    "index_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("index"),
    envvar="KB_INDEX",
    show_default=True,
    show_envvar=True,
    help="Indexmappen.",
)


CORPUS_OPTION = click.option(
    "--corpus",
    "corpus_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("corpus"),
    show_default=True,
    help="Where fetched pages are saved, each under a folder named after its host.",
)

BASE_URL_OPTION = click.option(
    "--base-url",
    envvar="KB_BASE_URL",
    show_envvar=True,
    default="",
    metavar="ADRESS",
    help="Adressen kb nås på (https://kb.example.se), för länkar direkt till styckena i kb.",
)
HELP_OPTION = click.help_option("--help", help="Visa den här hjälpen och avsluta.")


class SwedishError(click.ClickException):
    """An error the CLI reports in one line, after "Fel:"."""

    def show(self, file=None) -> None:  # noqa: ANN001
        click.echo(f"Fel: {self.format_message()}", err=True, file=file)


class KbGroup(click.Group):
    """A group that turns kb's errors into one-line messages instead of tracebacks."""

    def invoke(self, ctx: click.Context):  # noqa: ANN201
        try:
            return super().invoke(ctx)
        except KbError as exc:
            raise SwedishError(str(exc)) from exc


@click.group(cls=KbGroup)
@click.version_option(package_name="kb")
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
def main(verbose: int) -> None:
    """kb: a searchable knowledge base over Swedish reports about social services."""
    level = {0: logging.ERROR, 1: logging.INFO}.get(verbose, logging.DEBUG)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")


@main.command()
@click.argument("path", type=click.Path(exists=True, file_okay=False, path_type=Path))
@INDEX_OPTION
@click.option("--rebuild", is_flag=True, help="Build the index from scratch.")
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    default=None,
    help="Parsing processes [default: one per core].",
)
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def ingest(path: Path, index_dir: Path, rebuild: bool, workers: int | None, as_json: bool) -> None:
    """Read the documents under PATH into the index (only what changed since last time)."""
    from kb.corpus import iter_source_paths
    from kb.ingest import IngestOptions, run_ingest

    options = IngestOptions(index_dir=index_dir, rebuild=rebuild, workers=workers)
    total = sum(1 for _ in iter_source_paths(path))
    show_bar = sys.stderr.isatty() and not as_json
    with click.progressbar(
        length=total, label="Läser filer", file=sys.stderr, hidden=not show_bar
    ) as bar:
        report = run_ingest(path, options, on_file=lambda _source: bar.update(1))
    if as_json:
        click.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(
            f"{report.files} files: {report.added} added, {report.updated} updated, "
            f"{report.unchanged} unchanged, {report.removed} removed, {len(report.failures)} failed."
        )
        click.echo(
            f"Index {index_dir}/ holds {report.documents} documents, {report.passages} passages."
        )
        for failure in report.failures:
            click.echo(f"FAILED {Path(path, failure.path)}: {failure.reason}", err=True)
    sys.exit(0 if report.ok else 1)


@main.command()
@click.argument("urls", nargs=-1, metavar="[URL]...")
@click.option(
    "--from",
    "url_file",
    type=click.File("r", encoding="utf-8"),
    help="A file with one URL a line (# starts a comment; - reads standard input).",
)
@CORPUS_OPTION
@INDEX_OPTION
@click.option(
    "--refresh",
    is_flag=True,
    help="Re-fetch every page kb add saved, with conditional requests; re-ingest what changed.",
)
@click.option(
    "--timeout",
    type=click.FloatRange(0.1, 3600),
    default=120.0,
    show_default=True,
    help="Seconds one response may take, headers and body (connecting: at most 10).",
)
@click.option(
    "--delay",
    type=click.FloatRange(0, 3600),
    default=1.0,
    show_default=True,
    help="Seconds between two requests to one host (robots.txt's Crawl-delay may ask more).",
)
@click.option(
    "--retries",
    type=click.IntRange(0, 10),
    default=3,
    show_default=True,
    help="Further attempts after 429 or 503, waiting as Retry-After asks.",
)
@click.option(
    "--allow-private",
    is_flag=True,
    help="Also fetch from loopback, private and link-local addresses (a local test server, an intranet).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the outcomes as JSON.")
def add(
    urls: tuple[str, ...],
    url_file,  # noqa: ANN001
    corpus_dir: Path,
    index_dir: Path,
    refresh: bool,
    timeout: float,
    delay: float,
    retries: int,
    allow_private: bool,
    as_json: bool,
) -> None:
    """Fetch web pages and PDFs into the corpus folder and ingest them; exit 1 if any URL failed."""
    from kb.fetch import FetchOptions
    from kb.sources import AddOptions, add_urls, read_url_list, refresh_sources

    wanted = list(urls) + (read_url_list(url_file.read()) if url_file else [])
    if not wanted and not refresh:
        raise SwedishError("Ange minst en URL, --from FIL eller --refresh.")
    if wanted and refresh:
        raise SwedishError("--refresh hämtar om allt som kb add sparat; ange inga URL:er med det.")
    fetch = FetchOptions(
        connect_timeout=min(10.0, timeout),
        total_timeout=timeout,
        host_interval=delay,
        retries=retries,
        allow_private=allow_private,
    )
    options = AddOptions(corpus_dir=corpus_dir, index_dir=index_dir, fetch=fetch)

    def show(outcome) -> None:  # noqa: ANN001
        if as_json:
            return
        where = f" -> {Path(corpus_dir, outcome.path)}" if outcome.path and not outcome.failed else ""
        if outcome.failed:
            click.echo(f"FAILED {outcome.url}: {outcome.reason}", err=True)
        else:
            click.echo(f"{outcome.status} {outcome.url}{where}")

    report = (
        refresh_sources(options, on_outcome=show)
        if refresh
        else add_urls(wanted, options, on_outcome=show)
    )
    ingest = report.ingest
    if as_json:
        data = {
            "outcomes": [o.as_dict() for o in report.outcomes],
            "ingest": ingest.as_dict() if ingest else None,
        }
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    elif ingest is not None:
        click.echo(
            f"Index {index_dir}/ holds {ingest.documents} documents, {ingest.passages} passages."
        )
        for failure in ingest.failures:
            click.echo(f"FAILED {Path(corpus_dir, failure.path)}: {failure.reason}", err=True)
    sys.exit(0 if report.ok else 1)


# The search's filter options: (option names, facet), Swedish first, then the
# English alias, as the query language takes both (kb.vocab.QUERY_FIELD_ALIASES).
FILTER_OPTIONS = (
    (("--typ", "--kind"), "kind", "Typ av stycke: fynd, citat, rekommendation, övrigt."),
    (("--talare", "--speaker"), "speaker", "Talare (ett namn eller en del av det)."),
    (
        ("--organisation", "--org"),
        "organisation",
        "Utgivare eller talarens organisation (IVO går också).",
    ),
    (("--mottagare", "--addressee"), "addressee", "En rekommendations mottagare."),
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
    from kb.vocab import KIND_NAMES

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
    "--exact", is_flag=True, help="Sök frågan som den är skriven, utan stavningsrättning."
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

    from kb.config import check_base_url, read_config
    from kb.resultformats import iter_csv, iter_jsonl
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

    from kb.citeformats import speaker_line
    from kb.search.notices import results_notices
    from kb.vocab import KIND_NAMES

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
        speaker = f" — {speaker_line(hit.passage.speaker)}" if hit.passage.speaker else ""
        click.echo(f"\n{n}. [{kind}] {title}{publisher}{speaker}")
        click.echo(f"   {_plain(hit.snippet)}")
        if hit.title_only:
            click.echo("   (sökorden finns i dokumentets titel, inte i stycket)")
        click.echo(f"   id {hit.passage.id}")
    if show_facets:
        _print_facets(results)


def _print_facets(results) -> None:  # noqa: ANN001
    """Each facet's values with their counts, as the page's filter column lists them."""
    from kb.search import FACETS
    from kb.vocab import KIND_NAMES
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


@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the documents as JSON.")
def parse(file: Path, as_json: bool) -> None:
    """Show the documents FILE yields (metadata, then blocks in order) without indexing."""
    from kb.citeformats import speaker_line
    from kb.ingest import load_file

    loaded = load_file(str(file.parent), file.name, None)
    if loaded.error:
        raise click.ClickException(f"{file}: {loaded.error}")
    if as_json:
        data = [
            {**document.as_dict(), "passages": [p.as_dict() for p in passages]}
            for document, passages in loaded.documents
        ]
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    for document, passages in loaded.documents:
        click.echo(click.style(document.title or "(utan titel)", bold=True))
        for key in (
            "id",
            "publisher",
            "doctype",
            "date",
            "date_certain",
            "authors",
            "url",
            "format",
        ):
            click.echo(f"  {key}: {getattr(document, key)}")
        by_text = {p.source_text: p for p in passages}
        for block in document.blocks:
            found = None if block.kind == "heading" else by_text.get(block.text)
            label = found.kind if found else block.kind
            page = f" p.{block.page}" if block.page else ""
            click.echo(f"  [{label}{page}] {block.text}")
            if found and found.kind == "quote":
                said = speaker_line(found.speaker) or "(okänd)"
                click.echo(f"      talare: {said}")
            if found and found.kind == "recommendation":
                click.echo(f"      mottagare: {found.addressee or '(okänd)'}")
            if found and found.references:
                click.echo(f"      hänvisar till: {', '.join(found.references)}")
        click.echo()


@main.command()
@INDEX_OPTION
@click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl", show_default=True)
@click.option(
    "-o",
    "--output",
    type=click.File("w", encoding="utf-8"),
    default="-",
    help="File to write [default: stdout].",
)
def export(index_dir: Path, fmt: str, output) -> None:  # noqa: ANN001
    """Every passage with its document's metadata, one JSON object per line."""
    from kb.index import open_index
    from kb.search import iter_passages

    for passage, document in iter_passages(open_index(index_dir)):
        output.write(
            json.dumps({**passage.as_dict(), "document": document}, ensure_ascii=False) + "\n"
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
    from kb.citations import CiteOptions, build_citations
    from kb.citeformats import format_citations
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
    from kb.brief import BriefOptions, brief_from_search
    from kb.briefformats import write_brief
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
    from kb.references import find_references

    typed = {facet: list(values) for facet, values in filters.items() if values}
    if "references" in typed:
        typed["references"] = [
            (find_references(v) or (v,))[0] for v in typed["references"]
        ]
    return typed


@main.command()
@INDEX_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
def info(index_dir: Path, as_json: bool) -> None:
    """What the index holds."""
    from kb.index import index_info

    data = index_info(index_dir)
    if as_json:
        click.echo(json.dumps(data.as_dict(), ensure_ascii=False, indent=2))
        return
    click.echo(f"Index:      {data.path}/ ({data.generation})")
    click.echo(f"Documents:  {data.documents}")
    click.echo(f"Passages:   {data.passages}")
    click.echo(f"Schema:     {data.version}")
    click.echo(f"Built:      {data.built_at}")


@main.command()
@INDEX_OPTION
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(1, 65535), default=5000, show_default=True)
@click.option(
    "--threads",
    type=click.IntRange(1, 64),
    default=2,
    show_default=True,
    help="Worker threads. 2 served more requests per second than 8 (bench/web_load.py).",
)
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    default=lambda: os.cpu_count() or 1,
    show_default="one per core",
    help="Processes serving on the port, each with --threads threads and its own index reader.",
)
@click.option(
    "--debug",
    is_flag=True,
    help="Flask's development server with the debugger (never on a network).",
)
@click.option(
    "--editor-token",
    envvar="KB_EDITOR_TOKEN",
    show_envvar=True,
    default="",
    help="Turn on the editor's page (Lägg till källa), signed in to with this token.",
)
@CORPUS_OPTION
@click.option(
    "--allow-private",
    is_flag=True,
    help="Let the editor's page fetch from loopback and private addresses too.",
)
def serve(
    index_dir: Path,
    host: str,
    port: int,
    threads: int,
    workers: int,
    debug: bool,
    editor_token: str,
    corpus_dir: Path,
    allow_private: bool,
) -> None:
    """Serve the web UI."""
    from kb.fetch import FetchOptions
    from kb.index import open_index
    from kb.web import create_app

    open_index(index_dir)  # fail now, with the message, rather than on the first request
    config = {
        "KB_EDITOR_TOKEN": editor_token,
        "KB_CORPUS": corpus_dir,
        "KB_FETCH": FetchOptions(allow_private=allow_private),
    }
    app = create_app(index_dir, config)
    if not debug:  # the debug server reloads, and would warm up twice
        from kb.web.warm import warm_up

        warm_up(app)
    click.echo(f"kb serves {index_dir}/ on http://{host}:{port}/ (Ctrl-C stops)")
    if editor_token:
        click.echo(f"Lägg till källor på http://{host}:{port}/redigera/ (saved under {corpus_dir}/)")
    if debug:
        app.run(host=host, port=port, debug=True)
        return
    from kb.web.workers import serve as serve_workers

    # waitress would otherwise buffer a body of up to 1 GB before Flask could refuse it.
    serve_workers(
        app,
        index_dir,
        config,
        host=host,
        port=port,
        threads=threads,
        workers=workers,
        ident="kb",
        max_request_body_size=app.config["MAX_CONTENT_LENGTH"],
    )
