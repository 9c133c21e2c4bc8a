"""The development set of report PDFs, as data: `python3 bench/pdf_reports_spec.py` writes it.

    python3 bench/pdf_reports_spec.py                       # the development set (seed 19)
    python3 bench/pdf_reports_spec.py --seed 7 --out DIR    # another draw, for a held-out check

Two dozen agency-style reports (cover, contents page, running header and
footer, numbered headings, footnotes, a table, a figure caption, a list of
recommendations, some in two columns) assembled from real Swedish text: the
passages of regeringen.se inquiry summaries and government assignments that
bench/data/regeringen-documents.toml labels by hand, so every body paragraph
keeps that label. The output, bench/data/pdf-reports/truth.json, is the ground
truth bench/pdf_quality.py scores against; bench/make_pdf_reports.py lays the
same specs out as PDFs (Word document through LibreOffice, and ReportLab).

Kinds in a report differ from the labels' in one way, as a reader of an agency
report sees it: an assignment or proposal recounted in the background section
("Regeringen uppdrar åt Socialstyrelsen …") is the report's account of what
someone else did, so it is `other` there; only the items under the report's own
"Rekommendationer" heading are recommendations.
"""

from __future__ import annotations

import json
import random
import re
import tomllib
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
REGERINGEN = REPO.parent / "shared" / "corpora" / "regeringen"
LABELS = REPO / "bench" / "data" / "regeringen-documents.toml"
OUT = REPO / "bench" / "data" / "pdf-reports" / "truth.json"
REPORTS = 24

PUBLISHERS = [
    ("Myndigheten för vård- och omsorgsanalys", "Vårdanalys"),
    ("Inspektionen för vård och omsorg", "IVO"),
    ("Socialstyrelsen", "Socialstyrelsen"),
    ("Sveriges Kommuner och Regioner", "SKR"),
]
# What a PDF's /Title holds when nobody set it: placeholders seen in agency PDFs.
JUNK_TITLES = ["Microsoft Word - rapport_slutversion.docx", "", "Untitled", "rapport_2023_4_final"]
FOOTNOTES = [
    "Se Socialstyrelsen (2021). Uppföljning av socialtjänstens arbete, s. 14.",
    "Enligt 3 kap. 3 § socialtjänstlagen (2001:453).",
    "Uppgifterna avser den 1 november respektive år.",
    "Prop. 2000/01:80, Ny socialtjänstlag m.m., s. 91.",
]
CAPTIONS_TABLE = [
    "Tabell {n}. Andel kommuner som följer upp insatserna, procent.",
    "Tabell {n}. Antal anmälningar per län och år.",
]
CAPTIONS_FIGURE = [
    "Figur {n}. Utvecklingen av antalet beslut 2018–2023.",
    "Figur {n}. Andel verksamheter med dokumenterad egenkontroll.",
]
INTRO_RECOMMENDATIONS = "Utifrån granskningen lämnar vi följande rekommendationer."


def _clean(text: str) -> str:
    """Markdown markup out of one paragraph: links, emphasis, list markers."""
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"[*_]{1,2}([^*_]+)[*_]{1,2}", r"\1", text)
    text = re.sub(r"^\s*(?:[*\-+]|\d+\.)\s+", "", text)
    return " ".join(text.replace("\u00a0", " ").split())


def _paragraph(lines: list[str], opening: str, openings: list[str]) -> str:
    """The whole paragraph or list item of a Markdown file that starts with the opening
    (up to a blank line, a list item, or the line another labelled passage opens)."""
    for i, line in enumerate(lines):
        if opening in line:
            if len(line.strip()) < 80 and not re.search(r"[.:!?]$", line.strip()):
                return ""  # a bold line standing as a heading, not a paragraph
            out = [line]
            for nxt in lines[i + 1 :]:
                if not nxt.strip() or nxt.lstrip().startswith(("*", "#", "-")):
                    break
                if any(other != opening and other in nxt for other in openings):
                    break
                out.append(nxt)
            return _clean(" ".join(out))
    return ""


def load_passages() -> list[dict[str, str]]:
    """Every labelled passage with its full text, in the labels' order."""
    labels = tomllib.loads(LABELS.read_text(encoding="utf-8"))
    cache: dict[str, list[str]] = {}
    openings: dict[str, list[str]] = {}
    for entry in labels["passage"]:
        openings.setdefault(entry["file"], []).append(entry["opening"])
    out = []
    for entry in labels["passage"]:
        lines = cache.setdefault(
            entry["file"], (REGERINGEN / entry["file"]).read_text(encoding="utf-8").splitlines()
        )
        text = _paragraph(lines, entry["opening"], openings[entry["file"]])
        if 80 <= len(text) <= 900 and text[:1].isupper() and "•" not in text and not text.endswith(":"):
            out.append({"file": entry["file"], "text": text, "kind": entry["kind"]})
    return out


def _title_of(file: str) -> str:
    """The document's title: its first Markdown heading."""
    first = (REGERINGEN / file).read_text(encoding="utf-8").splitlines()[0]
    return _clean(first.lstrip("# "))


def _take(pool: list[dict[str, str]], n: int) -> list[dict[str, str]]:
    """The next n passages of a pool, rotated to its end (a small pool is reused)."""
    taken = pool[:n]
    pool[:] = pool[n:] + taken
    return taken


def build_specs(seed: int = 19) -> list[dict[str, Any]]:
    """The reports: layout switches and sections of real passages, deterministic per seed."""
    passages = load_passages()
    rng = random.Random(seed)
    rng.shuffle(passages)
    sou = [p for p in passages if "statens-offentliga" in p["file"]]
    other = [p for p in passages if p["kind"] == "other" and len(p["text"]) >= 150]
    findings = [p for p in passages if p["kind"] == "finding"]
    recommendations = [p for p in sou if p["kind"] == "recommendation"]
    accounts = [
        p for p in passages if p["kind"] == "recommendation" and "regeringsuppdrag" in p["file"]
    ]
    titles = sorted({_title_of(p["file"]) for p in sou if len(_title_of(p["file"])) > 12})
    rng.shuffle(titles)
    specs = []
    for i in range(REPORTS):
        publisher, short = PUBLISHERS[i % len(PUBLISHERS)]
        year = 2018 + i % 7
        series = f"Rapport {year}:{i % 9 + 1}"
        producer = "docx" if i % 2 == 0 else "reportlab"
        columns = 2 if i % 6 in (3, 4) else 1
        has_toc = i % 3 != 2  # 16 of 24
        junk = JUNK_TITLES[i % len(JUNK_TITLES)]
        n_fn, n_cap = i % len(FOOTNOTES), i % 2
        sections: list[dict[str, Any]] = [
            {
                "heading": "Sammanfattning",
                "blocks": [_p(p) for p in _take(other, 2)] + [_p(p) for p in _take(findings, 1)],
            },
            {
                "heading": "Inledning",
                "blocks": [_p(p, "other") for p in _take(accounts, 2)]
                + [{**_p(_take(other, 1)[0]), "footnote": FOOTNOTES[n_fn]}]
                + [_p(p) for p in _take(other, 1)],
            },
            {
                "heading": "Metod och genomförande",
                "level": 2,
                "blocks": [_p(p) for p in _take(other, 4)],
            },
            {
                "heading": "Iakttagelser",
                "blocks": [_p(p) for p in _take(findings, 2)]
                + [
                    {
                        "type": "table",
                        "caption": CAPTIONS_TABLE[n_cap].format(n=1),
                        "rows": _table(rng),
                    }
                ]
                + [_p(p) for p in _take(findings, 1)]
                + [{"type": "figure", "caption": CAPTIONS_FIGURE[n_cap].format(n=1)}],
            },
            {
                "heading": "Rekommendationer",
                "blocks": [{"type": "p", "text": INTRO_RECOMMENDATIONS, "kind": "other"}]
                + [
                    {"type": "li", "text": p["text"], "kind": "recommendation"}
                    for p in _take(recommendations, 3 + i % 3)
                ],
            },
        ]
        _number(sections)
        specs.append(
            {
                "name": f"r{i + 1:02d}-{producer}",
                "producer": producer,
                "title": titles[i % len(titles)],
                "series": series,
                "publisher": publisher,
                "header": f"{short} · {series}",
                "pdf_title": junk,
                "cover": True,
                "toc": has_toc,
                "columns": columns,
                # The development set (seed 19) keeps the producers' defaults; other
                # draws vary the body size, so line and page breaks fall elsewhere.
                "body_size": 0 if seed == 19 else rng.choice((9.5, 10, 10.5, 11, 11.5, 12)),
                "sections": sections,
            }
        )
    return specs


def _p(passage: dict[str, str], kind: str = "") -> dict[str, Any]:
    """A body paragraph block from a labelled passage."""
    return {"type": "p", "text": passage["text"], "kind": kind or passage["kind"]}


def _table(rng: random.Random) -> list[list[str]]:
    """A small table of made-up shares by municipality group."""
    rows = [["Kommungrupp", "2021", "2022", "2023"]]
    for group in ("Storstäder", "Större städer", "Pendling", "Landsbygd"):
        rows.append([group] + [f"{rng.randint(20, 90)} %" for _ in range(3)])
    return rows


def _number(sections: list[dict[str, Any]]) -> None:
    """Number the headings as reports do: "1 Sammanfattning", "2.1 Metod …"."""
    top = sub = 0
    for section in sections:
        if section.get("level", 1) == 1:
            top, sub = top + 1, 0
            section["number"] = f"{top}"
        else:
            sub += 1
            section["number"] = f"{top}.{sub}"
        section.setdefault("level", 1)


def main() -> None:
    """Write the specs as the ground truth file."""
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=19)
    parser.add_argument("--out", type=Path, default=OUT.parent)
    args = parser.parse_args()
    specs = build_specs(args.seed)
    out = args.out / "truth.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(specs, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    body = sum(1 for s in specs for sec in s["sections"] for b in sec["blocks"] if "text" in b)
    print(f"{len(specs)} reports, {body} body paragraphs -> {out}")


if __name__ == "__main__":
    main()
