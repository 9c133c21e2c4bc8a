"""kb: a searchable knowledge base over Swedish reports about social services."""

from pathlib import Path

__version__ = "0.1.0"


def templates_dir() -> Path:
    """kb's Jinja templates (pages and the HTML brief): inside the installed wheel
    (kb/templates), or the repository's templates/."""
    package = Path(__file__).resolve().parent
    packaged = package / "templates"
    return packaged if packaged.is_dir() else package.parent.parent / "templates"
