"""The code's layout: the stages import only earlier stages, in the README's order."""

from __future__ import annotations

import ast
import re
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "kb"

# The data flow of the README: each stage may import the ones before it, never one after.
# kb.models, kb.errors and the package itself are shared by every stage.
STAGES = (
    ("parse", ("kb.parse",)),
    ("extract", ("kb.extract",)),
    ("analysis", ("kb.analysis",)),
    ("index/ingest", ("kb.index", "kb.mapped", "kb.facettable", "kb.ingest")),
    ("search", ("kb.search",)),
    ("cite", ("kb.cite",)),
    ("web/cli", ("kb.web", "kb.cli", "kb.config", "kb.__main__")),
)
SHARED = ("kb", "kb.models", "kb.errors", "kb.data")


def module_name(path: Path) -> str:
    """The dotted name of a module under src/kb."""
    name = ".".join(path.relative_to(SRC.parent).with_suffix("").parts)
    return name.removesuffix(".__init__")


def stage_of(module: str) -> int | None:
    """The place of a module's stage in the data flow; None for what every stage shares."""
    if module in SHARED:
        return None
    for rank, (_, prefixes) in enumerate(STAGES):
        if any(module == p or module.startswith(p + ".") for p in prefixes):
            return rank
    raise AssertionError(f"{module} belongs to no stage: add it to STAGES")


def imported_modules(path: Path) -> set[str]:
    """The kb modules a module imports (at the top or inside a function)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("kb"):
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("kb"))
    return found


def test_no_stage_imports_a_later_one() -> None:
    wrong = []
    for path in sorted(SRC.rglob("*.py")):
        importer = module_name(path)
        rank = stage_of(importer)
        for imported in imported_modules(path):
            other = stage_of(imported)
            if rank is None and other is not None:
                wrong.append(f"{importer} (shared) imports {imported}")
            elif rank is not None and other is not None and other > rank:
                wrong.append(
                    f"{importer} ({STAGES[rank][0]}) imports {imported} ({STAGES[other][0]})"
                )
    assert not wrong, "\n".join(wrong)


def test_each_stage_package_says_what_goes_in_and_out() -> None:
    for name in ("parse", "extract", "analysis", "ingest", "search", "cite", "web"):
        doc = ast.get_docstring(ast.parse((SRC / name / "__init__.py").read_text(encoding="utf-8")))
        lead = doc.split("\n\n")[0] if doc else ""
        assert re.search(r"\bin\b", lead) and re.search(r"\bout\b", lead), name


def test_no_vocabulary_module_for_everything() -> None:
    assert not (SRC / "vocab.py").exists()
    assert {p.parent.name for p in SRC.rglob("vocab.py")} <= {s for s, _ in STAGES}


def test_no_module_is_over_500_lines() -> None:
    long = {
        module_name(p): n
        for p in SRC.rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > 500
    }
    assert not long, long
