"""Build the bundled corpus/ from the public documents in ../shared/corpora.

Usage: python3 bench/build_corpus.py [--shared DIR]

Copies, unchanged, every regeringen.se page of ../shared/corpora/regeringen
(press releases, government assignments, SOU summaries) into
corpus/regeringen/, and the Riksdagen interpellations that concern
socialtjänst, äldreomsorg, LSS or IVO into corpus/riksdagen/, each with a
sidecar giving its public URL, publisher, document type and date. The seeds at
the top of corpus/ are left as they are; files this script wrote before are
replaced, so running it twice gives the same tree.
"""

from __future__ import annotations

import argparse
import csv
import os
import re
import shutil
from pathlib import Path

from lxml import etree

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"
SHARED = Path(os.environ.get("KB_SHARED", REPO.parent / "shared"))

# An interpellation belongs in the corpus when its title or text names one of
# these: the four subjects (socialtjänst, äldreomsorg, LSS, IVO), with
# the inflected and compound forms a word boundary would miss
# ("socialtjänstlagen", "äldreomsorgen") and IVO's full name.
SUBJECT = re.compile(
    r"socialtjänst|äldreomsorg|\bLSS\b|\bIVO\b|Inspektionen för vård och omsorg"
    r"|lagen om stöd och service till vissa funktionshindrade",
    re.IGNORECASE,
)
RIKSDAGEN_URL = "https://data.riksdagen.se/dokument/{}.html"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True)


def toml_string(value: str) -> str:
    """A TOML basic string."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def sidecar_text(source: str, fields: dict[str, str]) -> str:
    """A sidecar with the given fields, saying where it was made from."""
    lines = [f"# Made by bench/build_corpus.py from {source}."]
    lines += [f"{key} = {toml_string(value)}" for key, value in fields.items()]
    return "\n".join(lines) + "\ndate_certain = true\n"


def regeringen_doctype(name: str) -> str:
    """pressmeddelande, sou or regeringsuppdrag, from the page's folder and file name."""
    if name.startswith("pressmeddelanden/"):
        return "pressmeddelande"
    if "statens-offentliga-utredningar" in name:
        return "sou"
    return "regeringsuppdrag"


def copy_regeringen(source: Path, target: Path) -> int:
    """Every page in manifest.csv with its sidecar; the number copied."""
    count = 0
    with (source / "manifest.csv").open(encoding="utf-8", newline="") as manifest:
        for row in csv.DictReader(manifest):
            out = target / row["file"]
            out.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source / row["file"], out)
            fields = {
                "publisher": "Regeringskansliet",
                "doctype": regeringen_doctype(row["file"]),
                "url": row["url"],
                "date": row["date"],
            }
            text = sidecar_text("../shared/corpora/regeringen/manifest.csv", fields)
            out.with_name(out.stem + ".meta.toml").write_text(text, encoding="utf-8")
            count += 1
    return count


def interpellation_fields(path: Path) -> dict[str, str] | None:
    """URL, date and title of an interpellation on the subjects, or None when it is off them."""
    tree = etree.parse(str(path), _PARSER)
    text = " ".join(tree.getroot().itertext())
    if not SUBJECT.search(text):
        return None
    idno = tree.find(".//{*}idno[@type='rdwebb']")
    sent = tree.find(".//{*}correspAction[@type='sent']/{*}date")
    doc_id = (idno.text or "").strip() if idno is not None else ""
    fields = {"publisher": "Sveriges riksdag", "doctype": "interpellation"}
    if re.fullmatch(r"[A-Za-z0-9]+", doc_id):
        fields["url"] = RIKSDAGEN_URL.format(doc_id)
    when = sent.get("when", "") if sent is not None else ""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", when):
        fields["date"] = when
    return fields


def copy_interpellations(source: Path, target: Path) -> int:
    """The interpellations on the subjects, with sidecars; the number copied."""
    count = 0
    for path in sorted(source.glob("*/*.xml")):
        fields = interpellation_fields(path)
        if fields is None:
            continue
        out = target / path.parent.name / path.name
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, out)
        text = sidecar_text("the TEI header of ../shared/corpora/riksdagen-interpellations", fields)
        out.with_name(out.stem + ".meta.toml").write_text(text, encoding="utf-8")
        count += 1
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=SHARED, help="the shared folder")
    args = parser.parse_args()
    for folder in ("regeringen", "riksdagen"):
        shutil.rmtree(CORPUS / folder, ignore_errors=True)
    pages = copy_regeringen(args.shared / "corpora" / "regeringen", CORPUS / "regeringen")
    asked = copy_interpellations(
        args.shared / "corpora" / "riksdagen-interpellations", CORPUS / "riksdagen"
    )
    print(f"{pages} regeringen.se pages and {asked} interpellations written under corpus/")


if __name__ == "__main__":
    main()
