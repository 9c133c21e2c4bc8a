"""kb ingest, kb add, kb parse and kb export: files and pages into the index, and out again."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from kb.cli import (
    CORPUS_OPTION,
    INDEX_OPTION,
    SwedishError,
    main,
)


@main.command(
    help="Läs in dokumenten under SÖKVÄG i indexet (bara det som ändrats sedan sist); slutstatus 1 om någon fil inte kunde läsas."
)
@click.argument(
    "path", metavar="SÖKVÄG", type=click.Path(exists=True, file_okay=False, path_type=Path)
)
@INDEX_OPTION
@click.option("--rebuild", is_flag=True, help="Bygg indexet från början.")
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    default=None,
    help="Processer som läser filerna [förval: en per kärna].",
)
@click.option("--json", "as_json", is_flag=True, help="Skriv ut rapporten som JSON.")
def ingest(path: Path, index_dir: Path, rebuild: bool, workers: int | None, as_json: bool) -> None:
    """Read the documents under PATH into the index (only what changed since last time)."""
    from kb.ingest import IngestOptions, run_ingest
    from kb.ingest.corpus import iter_source_paths

    options = IngestOptions(index_dir=index_dir, rebuild=rebuild, workers=workers)
    show_bar = sys.stderr.isatty() and not as_json
    # Counting walks the tree once more: only for a bar someone sees.
    total = sum(1 for _ in iter_source_paths(path)) if show_bar else 0
    with click.progressbar(
        length=total, label="Läser filer", file=sys.stderr, hidden=not show_bar
    ) as bar:
        report = run_ingest(path, options, on_file=lambda _source: bar.update(1))
    if as_json:
        click.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(
            f"{report.files} filer: {report.added} nya, {report.updated} ändrade, "
            f"{report.unchanged} oförändrade, {report.removed} borttagna, "
            f"{len(report.failures)} misslyckades."
        )
        click.echo(
            f"Indexet {index_dir}/ har {report.documents} dokument och {report.passages} stycken."
        )
        for failure in report.failures:
            click.echo(f"Misslyckades {Path(path, failure.path)}: {failure.reason}", err=True)
        if report.unread:
            click.echo(unread_notice(path, report.unread), err=True)
    sys.exit(0 if report.ok else 1)


# Files an ingest's notice of documents it does not read names; more are counted.
_UNREAD_NAMED = 5


def unread_notice(path: Path, unread: tuple[str, ...]) -> str:
    """What an ingest says of documents in formats kb does not read (a .docx), named."""
    named = ", ".join(str(Path(path, name)) for name in unread[:_UNREAD_NAMED])
    more = f" och {len(unread) - _UNREAD_NAMED} till" if len(unread) > _UNREAD_NAMED else ""
    return (
        f"Hoppade över {len(unread)} dokument i format som kb inte läser: {named}{more}. "
        "Spara dem som PDF, HTML eller text och kör kb ingest igen."
    )


@main.command(
    help="Hämta webbsidor och PDF:er till korpusmappen och läs in dem; slutstatus 1 om någon URL misslyckades."
)
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
    help="Hämta om varje sida kb add sparat, med villkorliga anrop; läs in det som ändrats.",
)
@click.option(
    "--timeout",
    type=click.FloatRange(0.1, 3600),
    default=120.0,
    show_default=True,
    help="Sekunder ett svar får ta, huvud och innehåll (anslutningen: högst 10).",
)
@click.option(
    "--delay",
    type=click.FloatRange(0, 3600),
    default=1.0,
    show_default=True,
    help="Sekunder mellan två anrop till samma värd (robots.txt:s Crawl-delay kan kräva fler).",
)
@click.option(
    "--retries",
    type=click.IntRange(0, 10),
    default=3,
    show_default=True,
    help="Fler försök efter 429 eller 503, med den väntan Retry-After ber om.",
)
@click.option(
    "--allow-private",
    is_flag=True,
    help="Hämta även från loopback-, privata och länklokala adresser (en lokal testserver, ett intranät).",
)
@click.option("--json", "as_json", is_flag=True, help="Skriv ut utfallen som JSON.")
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
    from kb.ingest.fetch import FetchOptions
    from kb.ingest.sources import (
        STATUS_TEXT,
        AddOptions,
        add_urls,
        read_url_list,
        refresh_sources,
    )

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
        where = (
            f" -> {Path(corpus_dir, outcome.path)}" if outcome.path and not outcome.failed else ""
        )
        if outcome.failed:
            click.echo(f"{STATUS_TEXT[outcome.status]} {outcome.url}: {outcome.reason}", err=True)
        else:
            click.echo(f"{STATUS_TEXT[outcome.status]} {outcome.url}{where}")

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
            f"Indexet {index_dir}/ har {ingest.documents} dokument och {ingest.passages} stycken."
        )
        for failure in ingest.failures:
            click.echo(
                f"Misslyckades {Path(corpus_dir, failure.path)}: {failure.reason}", err=True
            )
        if ingest.unread:
            click.echo(unread_notice(corpus_dir, ingest.unread), err=True)
    sys.exit(0 if report.ok else 1)



@main.command(
    help="Visa vad FIL ger (metadata, sedan blocken i ordning, med talare och mottagare) utan att röra indexet."
)
@click.argument(
    "file", metavar="FIL", type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@click.option("--json", "as_json", is_flag=True, help="Skriv ut dokumenten som JSON.")
def parse(file: Path, as_json: bool) -> None:
    """Show the documents FILE yields (metadata, then blocks in order) without indexing."""
    from kb.cite.citeformats import speaker_line
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


@main.command(help="Varje stycke med sitt dokuments metadata, ett JSON-objekt per rad.")
@INDEX_OPTION
@click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl", show_default=True)
@click.option(
    "-o",
    "--output",
    type=click.File("w", encoding="utf-8"),
    default="-",
    help="Filen att skriva [förval: standard ut].",
)
def export(index_dir: Path, fmt: str, output) -> None:  # noqa: ANN001
    """Every passage with its document's metadata, one JSON object per line."""
    from kb.index import open_index
    from kb.search import iter_passages

    for passage, document in iter_passages(open_index(index_dir)):
        output.write(
            json.dumps({**passage.as_dict(), "document": document}, ensure_ascii=False) + "\n"
        )
