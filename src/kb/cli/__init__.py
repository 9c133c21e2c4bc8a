"""The `kb` command: each subcommand parses options, calls one core function, prints."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

import click

from kb.cli.swedish import OPTIONS_METAVAR, SwedishCommand, use_swedish_frame
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
    help="Var hämtade sidor sparas, var och en i en mapp med värdens namn.",
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


use_swedish_frame()


class KbGroup(click.Group):
    """A group that turns kb's errors into one-line messages instead of tracebacks."""

    command_class = SwedishCommand

    def invoke(self, ctx: click.Context):  # noqa: ANN201
        try:
            return super().invoke(ctx)
        except KbError as exc:
            raise SwedishError(str(exc)) from exc


@click.group(cls=KbGroup, options_metavar=OPTIONS_METAVAR, subcommand_metavar="KOMMANDO [ARG]...")
@click.version_option(package_name="kb")
@click.option("-v", "--verbose", count=True, help="Mer logg (-vv för felsökning).")
def main(verbose: int) -> None:
    """kb: en sökbar kunskapsbank om socialtjänstens kvalitet (rapporter, pressmeddelanden,
    artiklar): fynd, citat och rekommendationer."""
    level = {0: logging.ERROR, 1: logging.INFO}.get(verbose, logging.DEBUG)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")


@main.command(help="Vad indexet innehåller: dokument, stycken, schema och när det byggdes.")
@INDEX_OPTION
@click.option("--json", "as_json", is_flag=True, help="Skriv ut som JSON.")
def info(index_dir: Path, as_json: bool) -> None:
    """What the index holds."""
    from kb.index import index_info

    data = index_info(index_dir)
    if as_json:
        click.echo(json.dumps(data.as_dict(), ensure_ascii=False, indent=2))
        return
    click.echo(f"Index:      {data.path}/ ({data.generation})")
    click.echo(f"Dokument:   {data.documents}")
    click.echo(f"Stycken:    {data.passages}")
    click.echo(f"Schema:     {data.version}")
    click.echo(f"Byggt:      {data.built_at}")


@main.command(help="Starta webbgränssnittet (waitress; --debug för Flasks utvecklingsserver).")
@INDEX_OPTION
@click.option("--host", default="127.0.0.1", show_default=True, help="Adressen att lyssna på.")
@click.option("--port", type=click.IntRange(1, 65535), default=5000, show_default=True)
@click.option(
    "--threads",
    type=click.IntRange(1, 64),
    default=2,
    show_default=True,
    help="Trådar per process. 2 klarade fler anrop per sekund än 8 (bench/web_load.py).",
)
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    default=lambda: os.cpu_count() or 1,
    show_default="en per kärna",
    help="Processer som svarar på porten, var och en med --threads trådar och egen indexläsare.",
)
@click.option(
    "--debug",
    is_flag=True,
    help="Flasks utvecklingsserver med felsökaren (aldrig på ett nätverk).",
)
@click.option(
    "--editor-token",
    envvar="KB_EDITOR_TOKEN",
    show_envvar=True,
    default="",
    help="Slå på redaktörens sida (Lägg till källa), inloggning med den här nyckeln.",
)
@CORPUS_OPTION
@click.option(
    "--allow-private",
    is_flag=True,
    help="Låt redaktörens sida hämta även från loopback- och privata adresser.",
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
    from kb.index import open_index
    from kb.ingest.fetch import FetchOptions
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
    click.echo(f"kb visar {index_dir}/ på http://{host}:{port}/ (Ctrl-C stoppar)")
    if editor_token:
        click.echo(
            f"Lägg till källor på http://{host}:{port}/redigera/ (sparas under {corpus_dir}/)"
        )
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


# The commands register themselves on main when their modules are imported.
from kb.cli import indexing, searching  # noqa: E402, F401
