"""The frame of kb's command-line help and errors in Swedish, as the rest of it is.

Click words its frame ("Usage:", "Options", "Error: …") through gettext and offers
no hook for a translation table, and kb ships no compiled .mo catalogue; so the CLI
gives Click's modules a gettext of its own with the few words the frame uses. Any
other message passes through unchanged. Nothing outside kb's own command is touched:
the replacement happens when kb.cli is imported, which only the `kb` command does.
"""

from __future__ import annotations

import click
import click.core
import click.decorators
import click.exceptions
import click.formatting
import click.types

# Click's message ids (click 8.x) and kb's Swedish for them.
FRAME: dict[str, str] = {
    "Usage:": "Användning:",
    "Options": "Flaggor",
    "Commands": "Kommandon",
    "Positional arguments": "Argument",
    "env var: {var}": "miljövariabel: {var}",
    "default: {default}": "förval: {default}",
    "required": "krävs",
    "(dynamic)": "(beräknas)",
    "Show this message and exit.": "Visa den här hjälpen och avsluta.",
    "Show the version and exit.": "Visa versionen och avsluta.",
    "%(prog)s, version %(version)s": "%(prog)s, version %(version)s",
    "Error: {message}": "Fel: {message}",
    "Try '{command} {option}' for help.": "Skriv '{command} {option}' för hjälp.",
    "No such option {name!r}.": "Det finns ingen flagga {name!r}.",
    "No such command {name!r}.": "Det finns inget kommando {name!r}.",
    "Missing argument": "Argument saknas",
    "Missing option": "Flagga saknas",
    "Missing parameter": "Parameter saknas",
    "Missing command.": "Kommando saknas.",
    "Invalid value: {message}": "Ogiltigt värde: {message}",
    "Invalid value for {param_hint}: {message}": "Ogiltigt värde för {param_hint}: {message}",
    "Aborted!": "Avbrutet!",
    "Did you mean {possibility}?": "Menade du {possibility}?",
    "(Did you mean one of: {possibilities}?)": "(Menade du någon av {possibilities}?)",
    "{value!r} is not a valid {number_type}.": "{value!r} är inget giltigt {number_type}.",
    "{value} is not in the range {range}.": "{value} ligger inte i intervallet {range}.",
    "{name} {filename!r} does not exist.": "{name} {filename!r} finns inte.",
    "file": "filen",
    "directory": "mappen",
    "path": "sökvägen",
}

# Shown where a command takes options, instead of "[OPTIONS]".
OPTIONS_METAVAR = "[FLAGGOR]"


def frame_text(message: str) -> str:
    """kb's Swedish for a word of Click's frame; any other message as it is."""
    return FRAME.get(message, message)


def frame_plural(msgid1: str, msgid2: str, n: int) -> str:
    """kb's Swedish for a word of Click's frame that has a plural ("Did you mean …?")."""
    return frame_text(msgid1 if n == 1 else msgid2)


def use_swedish_frame() -> None:
    """Give Click's modules kb's gettext for their frame words."""
    for module in (click.core, click.decorators, click.exceptions, click.formatting, click.types):
        module._ = frame_text  # type: ignore[attr-defined]  # Click's module-level gettext alias
    click.exceptions.ngettext = frame_plural  # likewise, for the words with a plural


class SwedishCommand(click.Command):
    """A command whose usage line says [FLAGGOR], not [OPTIONS], and whose query may open
    with a minus word."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("options_metavar", OPTIONS_METAVAR)
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        """A query that opens with a minus word (`kb search "-covid barn"`) is the query, not an
        unknown flag: Click read "-c" as one ("Det finns ingen flagga '-c'", a blind audit)."""
        if any(p.name == "query" for p in self.params):
            args = _query_apart(args, self._option_names(ctx))
        return super().parse_args(ctx, args)

    def _option_names(self, ctx: click.Context) -> dict[str, bool]:
        """Each option's names and whether it takes a value."""
        return {
            name: not (param.is_flag or param.count)
            for param in self.get_params(ctx)
            if isinstance(param, click.Option)
            for name in (*param.opts, *param.secondary_opts)
        }


def _query_apart(args: list[str], options: dict[str, bool]) -> list[str]:
    """`args` with a word that opens with one "-" and is no option (nor an option's value)
    put after "--", where Click reads it as the query; an unknown "--flag" stays an error."""
    kept: list[str] = []
    for i, arg in enumerate(args):
        if arg == "--":
            return args
        value_of = (
            i > 0 and options.get(args[i - 1].split("=", 1)[0], False) and "=" not in args[i - 1]
        )
        minus_word = arg.startswith("-") and not arg.startswith("--") and len(arg) > 1
        if minus_word and arg.split("=", 1)[0] not in options and not value_of:
            return [*kept, *args[i + 1 :], "--", arg]
        kept.append(arg)
    return args
