"""How well report PDFs are read: kb against pypdf's and pdftotext's plain text, in one run.

    python3 bench/pdf_quality.py                 # the development set in bench/data/pdf-reports/
    python3 bench/pdf_quality.py --dir DIR       # another draw: bench/pdf_reports_spec.py --seed N
                                                 # --out DIR, then bench/make_pdf_reports.py DIR
    python3 bench/pdf_quality.py --errors        # and every paragraph kb does not give whole

Ground truth is bench/data/pdf-reports/truth.json (bench/pdf_reports_spec.py).
Per system it prints:
  body     share of body paragraphs found whole inside one unit (kb: one block;
           the plain readers: their text between blank lines)
  exact    kb only: share that are one passage each, nothing glued on
  order    share of consecutive found paragraphs that come out in order
  toc      contents lines leaked (of all contents lines)
  header   running headers leaked (of pages that carry one)
  glued    footnotes and captions found inside a body unit
  apart    kb only: footnotes and captions that are a unit of their own
  hyphen   share of words hyphenated at a line end that come out whole
  title    reports whose title is right (plain readers: /Title, else the first line)
  rec P/R, find P/R   kb only: recommendation and finding precision and recall
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import unicodedata
import warnings
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from pypdf import PdfReader  # noqa: E402

from kb.extract import extract_passages  # noqa: E402
from kb.parse import parse_bytes  # noqa: E402

DATA = REPO / "bench" / "data" / "pdf-reports"
SYSTEMS = ("kb", "pypdf", "pdftotext")
# A footnote mark as the plain readers give it: a digit after a sentence's end.
_MARK = re.compile(r"(?<=[.!?”\"])\s?\d{1,2}(?=\s|$)")


def norm(text: str) -> str:
    """Text compared: NFKC, one space, no footnote marks."""
    text = " ".join(unicodedata.normalize("NFKC", text).split())
    return _MARK.sub("", text).strip()


@dataclass
class Read:
    """What one system made of one PDF."""

    units: list[str]
    title: str
    kinds: list[tuple[str, str]] = field(default_factory=list)  # (text, kind) of kb's passages


def read_kb(data: bytes) -> Read:
    """kb's blocks and passages."""
    (doc,) = parse_bytes(data, "rapport.pdf")
    passages = extract_passages(doc)
    return Read(
        [norm(b.text) for b in doc.blocks],
        doc.title,
        [(norm(p.text), p.kind) for p in passages],
    )


def read_pypdf(data: bytes) -> Read:
    """pypdf's plain extract_text, page after page."""
    import io

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        reader = PdfReader(io.BytesIO(data))
        text = "\n".join(page.extract_text() for page in reader.pages)
        title = str((reader.metadata or {}).get("/Title") or "")
    return _plain(text, title)


def read_pdftotext(path: Path) -> Read:
    """poppler's pdftotext in its default (reading order) mode."""
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return _plain(text, "")


def _plain(text: str, title: str) -> Read:
    """Units of plain text: what stands between blank lines (form feeds are blank)."""
    text = text.replace("\f", "\n\n")
    units = [norm(u) for u in re.split(r"\n\s*\n", text) if u.strip()]
    if not title.strip():
        title = next((line for line in text.splitlines() if line.strip()), "")
    return Read(units, title)


def body_paragraphs(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """Body paragraphs and list items in reading order."""
    return [b for s in spec["sections"] for b in s["blocks"] if b["type"] in ("p", "li")]


def hyphen_breaks(data: bytes, words: set[str]) -> list[tuple[str, str]]:
    """Words the layout hyphenated at a line end: (left part, right part) from pypdf's lines."""
    import io

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        reader = PdfReader(io.BytesIO(data))
        lines = [ln for page in reader.pages for ln in page.extract_text().splitlines()]
    breaks = []
    for line, nxt in zip(lines, lines[1:], strict=False):
        left = re.search(r"(\w+)-$", line.strip())
        right = re.match(r"(\w+)", nxt.strip())
        if left and right and (left[1] + right[1]) in words:
            breaks.append((left[1], right[1]))
    return breaks


@dataclass
class Tally:
    """Counts over the whole set, for one system."""

    c: Counter[str] = field(default_factory=Counter)


def score(spec: dict[str, Any], read: Read, data: bytes, errors: list[str], name: str) -> Counter[str]:
    """The counts for one report read by one system."""
    c: Counter[str] = Counter()
    paragraphs = body_paragraphs(spec)
    positions = []
    for para in paragraphs:
        text = norm(para["text"])
        c["body_n"] += 1
        where = next(((i, u.find(text)) for i, u in enumerate(read.units) if text in u), None)
        if where:
            c["body"] += 1
            positions.append(where)
            c["exact"] += read.units[where[0]] == text
        elif name == "kb":
            errors.append(f"{spec['name']}: missing {text[:90]}…")
    c["order_n"] += max(0, len(positions) - 1)
    c["order"] += sum(a < b for a, b in zip(positions, positions[1:], strict=False))
    joined = "\n".join(read.units)
    if spec["toc"]:
        for sec in spec["sections"]:
            entry = re.escape(f"{sec['number']} {sec['heading']}")
            c["toc_n"] += 1
            # The page number may be gone with norm()'s footnote marks: dots suffice.
            # Dots, or a page number in the same unit (not a heading's next block).
            if re.search(rf"{entry}(?: *(?:[.…] *){{3,}}| +\d{{1,3}}(?: |$))", joined, re.M):
                c["toc"] += 1
                if name == "kb":
                    errors.append(f"{spec['name']}: contents line kept: {sec['heading']}")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import io

        pages = len(PdfReader(io.BytesIO(data)).pages)
    c["header_n"] += pages - 1
    c["header"] += joined.count(norm(spec["header"]))
    extras = [
        b.get("footnote", "") for s in spec["sections"] for b in s["blocks"] if b.get("footnote")
    ] + [b["caption"] for s in spec["sections"] for b in s["blocks"] if "caption" in b]
    bodies = {norm(p["text"]) for p in paragraphs}
    for extra in extras:
        extra = norm(extra)
        c["glued_n"] += 1
        glued = any(extra in u and any(b in u for b in bodies) for u in read.units)
        c["glued"] += glued
        # Kept apart: a unit of its own (a note keeps its number in front).
        c["apart"] += any(re.sub(r"^\d{1,3}\s*", "", u) == extra for u in read.units)
        if glued and name == "kb":
            errors.append(f"{spec['name']}: glued to a paragraph: {extra[:60]}")
    words = {w for p in paragraphs for w in re.findall(r"\w+", p["text"])}
    for left, right in hyphen_breaks(data, words):
        c["hyphen_n"] += 1
        c["hyphen"] += bool(re.search(rf"\b{left}{right}\b", joined))
    c["title_n"] += 1
    right_title = norm(read.title) == norm(spec["title"])
    c["title"] += right_title
    if not right_title and name == "kb":
        errors.append(f"{spec['name']}: title {read.title!r}, not {spec['title']!r}")
    if name == "kb":
        _score_kinds(paragraphs, read, c, errors, spec["name"])
    return c


def _score_kinds(
    paragraphs: list[dict[str, Any]], read: Read, c: Counter[str], errors: list[str], name: str
) -> None:
    """Recommendation and finding precision and recall over kb's passages."""
    truth = {norm(p["text"]): p["kind"] for p in paragraphs}
    for text, kind in read.kinds:
        # A passage holding a labelled paragraph takes its label; any other passage
        # (a heading's text, a caption, a note, a table) is no finding nor recommendation.
        label = next((k for t, k in truth.items() if t and t in text), "other")
        for target in ("recommendation", "finding"):
            c[f"{target}_tp"] += kind == target and label == target
            c[f"{target}_fp"] += kind == target and label != target
        if kind != label and {kind, label} & {"recommendation", "finding"}:
            errors.append(f"{name}: {label} read as {kind}: {text[:90]}")
    for t, k in truth.items():
        if k in ("recommendation", "finding"):
            c[f"{k}_n"] += 1
            c[f"{k}_found"] += any(t in text and kind == k for text, kind in read.kinds)


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "–"


def main() -> None:
    """Read every report with each system and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=DATA)
    parser.add_argument("--errors", action="store_true")
    args = parser.parse_args()
    specs = json.loads((args.dir / "truth.json").read_text(encoding="utf-8"))
    # pdftotext is poppler's command (Debian's poppler-utils): without it, the other two.
    systems = [s for s in SYSTEMS if s != "pdftotext" or shutil.which("pdftotext")]
    if len(systems) < len(SYSTEMS):
        print("pdftotext not found (Debian: apt-get install poppler-utils): left out\n")
    totals = {s: Counter() for s in systems}
    errors: list[str] = []
    for spec in specs:
        path = args.dir / f"{spec['name']}.pdf"
        data = path.read_bytes()
        reads = {"kb": read_kb(data), "pypdf": read_pypdf(data)}
        if "pdftotext" in systems:
            reads["pdftotext"] = read_pdftotext(path)
        for name, read in reads.items():
            totals[name] += score(spec, read, data, errors, name)
    print(f"{len(specs)} reports, {totals['kb']['body_n']} body paragraphs\n")
    print(
        f"{'system':10} {'body':>6} {'exact':>6} {'order':>6} {'toc':>7} {'header':>7} "
        f"{'glued':>6} {'apart':>6} {'hyphen':>7} {'title':>6} {'rec P':>6} {'rec R':>6} {'find P':>6} {'find R':>6}"
    )
    for name, c in totals.items():
        kb = name == "kb"
        print(
            f"{name:10} {_ratio(c['body'], c['body_n']):>6} "
            f"{_ratio(c['exact'], c['body_n']) if kb else '–':>6} "
            f"{_ratio(c['order'], c['order_n']):>6} {c['toc']:>3}/{c['toc_n']:<3} "
            f"{c['header']:>3}/{c['header_n']:<3} {c['glued']:>2}/{c['glued_n']:<3} "
            f"{_ratio(c['apart'], c['glued_n']) if kb else '–':>6} "
            f"{_ratio(c['hyphen'], c['hyphen_n']):>7} {c['title']:>2}/{c['title_n']:<3} "
            + " ".join(
                f"{_ratio(c[f'{k}_tp'], c[f'{k}_tp'] + c[f'{k}_fp']) if kb else '–':>6} "
                f"{_ratio(c[f'{k}_found'], c[f'{k}_n']) if kb else '–':>6}"
                for k in ("recommendation", "finding")
            )
        )
    print(f"\nhyphenated line ends: {totals['kb']['hyphen_n']}")
    if args.errors:
        print("\n".join(errors))


if __name__ == "__main__":
    main()
