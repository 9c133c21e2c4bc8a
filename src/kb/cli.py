"""The `kb` command: each subcommand parses options, calls one core function, prints."""

from __future__ import annotations

import json
import logging
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
    help="Index folder.",
)


class KbGroup(click.Group):
    """A group that turns kb's errors into one-line messages instead of tracebacks."""

    def invoke(self, ctx: click.Context):  # noqa: ANN201
        try:
            return super().invoke(ctx)
        except KbError as exc:
            raise click.ClickException(str(exc)) from exc


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
@click.argument("query")
@INDEX_OPTION
@click.option(
    "--limit", type=click.IntRange(1, 100), default=10, show_default=True, help="Hits to show."
)
@click.option("--json", "as_json", is_flag=True, help="Print the same JSON as /api/search.")
@click.option("--exact", is_flag=True, help="Search QUERY as typed, without spelling correction.")
def search(query: str, index_dir: Path, limit: int, as_json: bool, exact: bool) -> None:
    """Search the passages for QUERY."""
    import shlex

    from kb.index import open_index
    from kb.search import SearchRequest, run_search

    request = SearchRequest.create(query, per_page=limit, exact=exact)
    results = run_search(open_index(index_dir), request)
    if as_json:
        click.echo(json.dumps(results.as_dict(), ensure_ascii=False, indent=2))
        return
    if results.corrected_query:
        click.echo(
            f"Visar träffar för »{results.corrected_query}«. Sök i stället efter »{request.q}«: "
            f"kb search --exact {shlex.quote(request.q)}",
            err=True,
        )
    if results.suggestion:
        click.echo(f"Menade du »{results.suggestion}«?", err=True)
    for notice in results.notices:
        click.echo(notice, err=True)
    click.echo(f"{results.total} {'träff' if results.total == 1 else 'träffar'}")
    for n, hit in enumerate(results.hits, start=1):
        doc = hit.document
        speaker = f" — {hit.passage.speaker.name}" if hit.passage.speaker else ""
        click.echo(
            f"\n{n}. [{hit.passage.kind}] {doc.get('title', '')} ({doc.get('publisher', '')}){speaker}"
        )
        click.echo(f"   {_plain(hit.snippet)}")
        if hit.title_only:
            click.echo("   (sökorden finns i dokumentets titel, inte i stycket)")
        click.echo(f"   id {hit.passage.id}")


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
        kinds = {p.source_text: p.kind for p in passages}
        for block in document.blocks:
            label = block.kind if block.kind == "heading" else kinds.get(block.text, block.kind)
            page = f" p.{block.page}" if block.page else ""
            click.echo(f"  [{label}{page}] {block.text}")
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


@main.command()
@click.argument("passage_ids", metavar="PASSAGE_ID...", nargs=-1, required=True)
@INDEX_OPTION
@click.option(
    "--style",
    type=click.Choice(["apa", "harvard", "bibtex", "ris", "csl-json", "markdown"]),
    default="apa",
    show_default=True,
    help="Reference style, or export format.",
)
@click.option(
    "--base-url",
    envvar="KB_BASE_URL",
    show_envvar=True,
    default="",
    help="Where kb is served, to make permalinks absolute.",
)
@click.option(
    "--accessed",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="Date you read the sources (YYYY-MM-DD), for styles that print it (Harvard).",
)
def cite(
    passage_ids: tuple[str, ...], index_dir: Path, style: str, base_url: str, accessed
) -> None:  # noqa: ANN001
    """Cite passages by id: the reference, the in-text citation and a link to the words."""
    from kb.citations import CiteOptions
    from kb.citeformats import cite_passages
    from kb.index import open_index

    options = CiteOptions(
        base_url=base_url, accessed=accessed.date().isoformat() if accessed else ""
    )
    click.echo(cite_passages(open_index(index_dir), passage_ids, style, options), nl=False)


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
    "--debug",
    is_flag=True,
    help="Flask's development server with the debugger (never on a network).",
)
def serve(index_dir: Path, host: str, port: int, threads: int, debug: bool) -> None:
    """Serve the web UI."""
    from kb.index import open_index
    from kb.web import create_app

    open_index(index_dir)  # fail now, with the message, rather than on the first request
    app = create_app(index_dir)
    click.echo(f"kb serves {index_dir}/ on http://{host}:{port}/ (Ctrl-C stops)")
    if debug:
        app.run(host=host, port=port, debug=True)
        return
    import waitress

    # waitress would otherwise buffer a body of up to 1 GB before Flask could refuse it.
    waitress.serve(
        app,
        host=host,
        port=port,
        threads=threads,
        ident="kb",
        max_request_body_size=app.config["MAX_CONTENT_LENGTH"],
    )
