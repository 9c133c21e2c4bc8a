"""The command line's own frame (usage, options, errors) reads in Swedish, as its help does."""

from __future__ import annotations

from click.testing import CliRunner

from kb.cli import main


def test_help_frame_is_swedish() -> None:
    for command in (["search", "--help"], ["cite", "--help"], ["--help"]):
        out = CliRunner().invoke(main, command, prog_name="kb").output
        assert out.startswith("Användning: kb")
        assert "Flaggor:" in out
        assert "Usage:" not in out and "Options:" not in out and "[OPTIONS]" not in out


def test_errors_of_the_frame_are_swedish() -> None:
    result = CliRunner().invoke(main, ["search", "--nope"])
    assert result.exit_code == 2
    assert "Fel: Det finns ingen flagga '--nope'." in result.output
    assert "Error" not in result.output


def test_every_command_explains_itself_in_swedish() -> None:
    for name in main.commands:
        out = CliRunner().invoke(main, [name, "--help"], prog_name="kb").output
        assert out.startswith(f"Användning: kb {name} [FLAGGOR]"), name
        for english in (
            *("Print ", "Show ", "Read the ", "Serve the ", "[default", "env var"),
            "one per core",
        ):
            assert english not in out, (name, english)
