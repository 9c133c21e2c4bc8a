"""How well kb tells findings and recommendations (with their addressees) in real report text.

Thirteen sets of excerpts of Swedish reports on social services from sites outside the project
(regeringen.se and riksdagen.se left out), every paragraph labelled by reading before kb was
run on them (finding, recommendation with its addressee, quote, other), at stops 44 to 49:

- bench/data/reports-1.toml: 30 excerpts from 27 sites of national agencies, research
  bodies, unions and NGOs (Riksrevisionen, Statskontoret, IVO, Folkhälsomyndigheten, SKR,
  Akademikerförbundet SSR, the city missions, Unizon …): 275 paragraphs. Read once at
  5135b98: findings precision 0.97 recall 0.48, recommendations 0.77 / 0.64, addressee
  26/49; then tuned on.
- bench/data/reports-2.toml: 25 excerpts of 21 municipal and regional publishers (the
  auditors' revisionsrapporter, answers to IVO, kvalitetsberättelser, from their sites
  and from 5dok.org): 395 paragraphs. Read once at 5135b98: findings 0.82 / 0.43,
  recommendations 0.38 / 0.47, addressee 3/8; held out from the rules tuned on set 1
  (findings recall 0.47 after them), then tuned on.
- bench/data/reports-3.toml: 30 excerpts of 24 publishers of all three kinds (Socialstyrelsen,
  Boverket, JO, universities; Malmö, Lund, Göteborg's stadsrevision; Rädda Barnen, FUB,
  Timbro, Vision …): 296 paragraphs, collected after the rules tuned on sets 1 and 2 and
  held out from them: findings recall 0.33 at 5135b98, 0.35 at them; recommendations
  0.78 / 0.58 both; addressee 27/35 -> 30/35. Then tuned on.
- bench/data/reports-4.toml (stop 45): 30 excerpts of 24 sites (SBU, Konsumentverket,
  Försäkringskassan, MFoF, Arbetsförmedlingen; Karlskrona's auditors, Region Jämtland
  Härjedalen, Umeå; Röda Korset, UNICEF, Famna, Demensförbundet, Företagarna …), none of
  the earlier sites: 278 paragraphs. Read once at 98944f9, after every rule tuned on sets
  1-3: findings 0.89 / 0.32, recommendations 0.25 / 0.44, addressee 6/7. Then tuned on.
- bench/data/reports-5.toml (stop 46): 27 excerpts of 23 more new sites (agencies,
  universities, kommuner and regioner, NGOs, trade and professional bodies): 298 paragraphs.
  Read once after every rule of stop 45 and its review (0aeb9bf): findings 0.80 / 0.60,
  recommendations 0.61 / 0.67, addressee 12/22 (at 98944f9, before stop 45's rules: 0.75 /
  0.60, 0.52 / 0.67, 12/22).
- bench/data/reports-6.toml (stop 46): 15 excerpts of 15 more new sites (Skolinspektionen,
  universities, Tjörn, Munkedal, Region Jönköpings län, IOGT-NTO, Allmänna Barnhuset,
  Advokatsamfundet …): 145 paragraphs, collected after the stop's rules from sets 4 and 5
  and held out from them: findings 0.71 / 0.48, recommendations 0.53 / 0.77 at 727d278 (at
  98944f9: 0.55 / 0.44 and 0.53 / 0.77).
- bench/data/reports-7.toml (stop 47): 17 excerpts of 17 more new sites (DO, Region
  Stockholm's CES, Tanums kommun, Saco, TCO, Almega, patient organisations, NGOs): 158
  paragraphs, collected after stop 46's rules and held out from them: findings 0.86 / 0.67,
  recommendations 0.71 / 0.63, addressee 9/12 at b7dbbe0 (at 98944f9: findings 0.85 / 0.61).
- bench/data/reports-8.toml (stop 48): 14 excerpts of 14 more new sites (regions, patient,
  disability and user organisations, an NGO): 134 paragraphs, collected after stop 47's rules
  and held out from them: findings 0.94 / 0.55, recommendations 0.73 / 0.80, addressee 2/8
  at 5ee51d7.
- bench/data/reports-9.toml (stop 48): 18 excerpts of 18 more new sites (regions, a kommun,
  unions, NGOs, research and inquiry summaries): 162 paragraphs, collected after the stop's
  rules from set 8 and held out from them: findings 0.88 / 0.64, recommendations 0.50 /
  0.67, addressee 4/6, the same at 5ee51d7 and after them.
- bench/data/reports-10.toml (stop 49): 14 excerpts of 14 more new sites (Nordens
  välfärdscenter, Livsmedelsverket, three kommuner, teachers' unions, RFSU, pensioners',
  children's and pupils' organisations, a think tank, a university project): 141 paragraphs,
  collected after stop 48 and held out from every rule: findings 0.86 / 0.47,
  recommendations 0.60 / 0.75, addressee 3/6 at 39240b9; then tuned on (findings 0.90 /
  0.65).
- bench/data/reports-11.toml (stop 49): 13 excerpts of 13 more new Swedish sites (a region's
  patient committee, an inspectorate, four kommuner's surveys, unions, RBU, a commission,
  research abstracts): 132 paragraphs, mostly findings, collected after stop 49's rules from
  set 10 and held out from them: findings 0.85 / 0.56 at 39240b9, 0.88 / 0.56 after them.
- bench/data/reports-12.toml (stop 59): 14 excerpts of 14 more new Swedish sites (four
  kommuner's news, unions, an insurer, NGOs for young people, women and pensioners): 124
  paragraphs (94 passages as kb reads them), collected at stop 59 and held out from every
  rule: findings 0.85 / 0.80, quotes 0.93 / 0.76, recommendations 0.50 / 0.33, both at
  c4bc6bc and at the stop's end (no rule of the stop was about report kinds).
- bench/data/reports-13.toml (stop 60): 9 excerpts of 9 more new Swedish sites (five
  kommuner's safety and youth surveys, health foundations, an internet foundation, a trade
  association): 93 paragraphs (72 passages), no recommendation among them; held out:
  findings 0.79 / 0.70, quotes 0.94 / 0.83, 3 passages read as recommendations, at a3b6769
  and at the stop's end alike (no rule of the stop was about report kinds).

The texts are not in the repository (third parties' pages); each set's [urls] says where each
came from. They are excerpts as a search of stored pages returned them (about 2,000
characters from a page's beginning, often cut mid-sentence). Save each text as NN.txt
(paragraphs separated by a blank line) in a folder, then:

    python3 bench/report_kinds.py --set 1 TEXTS_DIR [--errors]      # --set 1 to 12

It prints, as bench/extraction_quality.py does for its sets, precision and recall of each
kind and how often a found recommendation's addressee is right. A paragraph is labelled
once; each of kb's passages is scored against the label of the paragraph it comes from (a
list written line by line is one paragraph, whose items kb makes passages of their own).
"""

from __future__ import annotations

import argparse
import re
import sys
import tomllib
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.extraction_scoring import (  # noqa: E402
    Score,
    got_of,
    label_truth,
    norm,
    passages_of_folder,
)

DATA = REPO / "bench" / "data"
_MARKER = re.compile(r"^\s*(?:[•*·▪]|\d{1,2}[.)])\s+")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sets = sorted(p.stem.rsplit("-", 1)[1] for p in DATA.glob("reports-*.toml"))
    parser.add_argument("--set", choices=sorted(sets, key=int), default="1")
    parser.add_argument("texts", type=Path, help="the folder of the set's NN.txt files")
    parser.add_argument("--errors", action="store_true", help="print every disagreement")
    args = parser.parse_args()
    data = tomllib.loads((DATA / f"reports-{args.set}.toml").read_text(encoding="utf-8"))
    passages_of = passages_of_folder(args.texts, data["files"])
    score = Score()
    for name in data["files"]:
        labelled = _labelled_paragraphs(
            (args.texts / name).read_text(encoding="utf-8"),
            [label for label in data["label"] if label["file"] == name],
        )
        for passage in passages_of(name):
            if passage.block_kind == "heading":
                continue
            label = _label_of(norm(passage.text), labelled)
            if label is None:
                score.errors.append(f"{name}: no paragraph holds {passage.text[:60]!r}")
                continue
            score.add(name, passage.text, label_truth(label), got_of(passage))
    print(
        score.report(
            f"reports set {args.set}: {len(data['files'])} texts, {len(data['label'])} paragraphs"
        )
    )
    if args.errors:
        print("\n".join(score.errors))


def _labelled_paragraphs(
    text: str, labels: list[dict[str, Any]]
) -> list[tuple[str, dict[str, Any]]]:
    """The text's paragraphs (between blank lines), each with its label. A paragraph is
    labelled once, however kb splits it: the items of a list written line by line take
    the paragraph's label."""
    paragraphs = [norm(p) for p in re.split(r"\n\s*\n", text) if p.strip()]
    labelled = []
    openings = [(norm(_MARKER.sub("", lab["opening"])), lab) for lab in labels]
    for paragraph in paragraphs:
        # The longest opening it starts with, else the longest it holds: a heading's words
        # ("Revisorerna", "1") are also inside longer paragraphs.
        text = norm(_MARKER.sub("", paragraph))
        starts = [(len(o), n) for n, (o, _) in enumerate(openings) if text.startswith(o)]
        holds = [(len(o), n) for n, (o, _) in enumerate(openings) if o in text]
        if starts or holds:
            labelled.append((paragraph, openings[max(starts or holds)[1]][1]))
    return labelled


def _label_of(text: str, labelled: list[tuple[str, dict[str, Any]]]) -> dict[str, Any] | None:
    """The label of the paragraph a passage's words come from (by their first 60 characters:
    kb drops a list item's marker and may join a heading's line)."""
    head = text[:60]
    return next((label for paragraph, label in labelled if head in paragraph), None)


if __name__ == "__main__":
    main()
