"""How well kb finds the quotes of Swedish news text and names their speakers.

Thirty-six sets of real news articles, press releases and organisation news from sites outside
the project (regeringen.se and riksdagen.se left out), each quote paragraph labelled by
reading before kb was run on them: bench/data/news-quotes-1.toml (45 excerpts, 38 sites,
122 quotes; the rules of kb.extract.introductions were written on it) and
news-quotes-2.toml (35 excerpts, 32 sites, 96 quotes; held out from the first of those
rules, then tuned on too) and news-quotes-3.toml (30 excerpts, 30 sites, 80 quotes; held
out from all of them), news-quotes-4.toml (30 excerpts, 30 sites, 76 quotes; collected at
stop 42, held out from its first rule) and news-quotes-5.toml (30 excerpts, 30 sites, 72
quotes; collected at stop 42 after its rules, held out from all) and news-quotes-6.toml (30
excerpts, 30 sites none of the others used, 78 quotes; collected at stop 43 after its first
rules, held out from them: organisation 0.58 before and after them) and news-quotes-7.toml
(30 excerpts, 30 sites none of the others used, 79 quotes; collected at stop 43 after most
of its rules, held out from them: organisation 0.42 at 44e7ac4, 0.52 at fbb24ab) and
news-quotes-8.toml (30 excerpts, 30 more new sites, 79 quotes; collected at stop 43 after
its rules to 4a2bde1, held out from them: organisation 0.56 at 44e7ac4, 0.64 at 7d6c9a8)
and news-quotes-9.toml (26 excerpts, 26 more new sites, 61 quotes; collected after every
rule of stop 43, held out from all: organisation 0.60 at 44e7ac4, 0.61 at 70c1b82, name
0.77 -> 0.84, title 0.65 -> 0.68) and news-quotes-10.toml (28 excerpts, 28 more new sites,
52 quotes; collected at stop 44 after its first rules, held out from them: organisation
33/49 at 5135b98, 34/49 at a882611) and news-quotes-11.toml (27 excerpts, 27 more new
sites, 61 quotes; collected after the stop's speaker rules, held out from all of them: role
0.78 at 5135b98 -> 0.87, organisation 0.57 -> 0.65) and news-quotes-12.toml (28 press releases
and news pages of 27 new sites, 61 quotes; organisation 0.59 at 98944f9, then tuned on) and
news-quotes-13.toml (25 texts of 24 more new sites, 60 quotes; collected after stop 45's
rules, held out from them: name 0.93, title 0.86, organisation 0.68 at 98944f9 and at
0aeb9bf, 0.64 at a737ff7) and news-quotes-14.toml (15 texts of 15 more new sites, 27
quotes; collected after the stop's rules from set 13, held out from them: name 0.89, title
0.70, organisation 0.48 at 727d278, the same at 98944f9) and news-quotes-15.toml (24 texts
of 24 more new sites, 58 quotes; collected after stop 46's rules, held out from them: name
0.87, title 0.83, organisation 0.75 at b7dbbe0; title 0.81 at 98944f9) and news-quotes-16.toml
(25 texts of 25 more new sites, 15 of them organisations' own releases, 58 quotes; collected
after stop 47's rules, held out from them: quotes 0.98 / 1.00, name 0.83, title 0.78,
organisation 0.59 at 5ee51d7) and news-quotes-17.toml (20 texts of 20 more new sites, 12
organisations' own releases, 38 quotes; collected after stop 48's rules from set 16, held
out from them: name 0.95, title 0.92, organisation 0.62, the same at 5ee51d7 and after
them) and news-quotes-18.toml (20 texts of 20 more new sites, most of them Finland-Swedish or
Åland's, 12 organisations' own releases, 43 quotes; collected after stop 48, held out from
every rule: quotes 0.93 / 0.98, name 0.79, title 0.55, organisation 0.40 at 39240b9; then
tuned on: title 0.76, organisation 0.48) and news-quotes-19.toml (20 texts of 20 more new
Swedish sites, 12 organisations' own pages, 44 quotes; collected after stop 49's rules from
set 18, held out from them: organisation 0.55 at 39240b9, 0.66 after them, title 0.91 ->
0.93) and news-quotes-20.toml (17 texts of 17 more new sites, 12 organisations' own pages,
28 quotes; collected after every rule of stop 49 and held out from all: name 0.77, title 0.73,
organisation 0.54 both at 39240b9 and after them) and news-quotes-21.toml (18 texts of 18 more
new sites, 12 organisations' own pages, 36 quotes; collected at stop 50 while its first rule
was written, held out from it: organisation 0.62 at 7819678, 0.65 after it; then tuned on:
0.71) and news-quotes-22.toml (18 texts of 18 more new sites, 11 organisations' own pages, 38
quotes; collected at stop 51 before its extraction rules, held out from them: quotes 1.00 /
0.95, name 0.89, title 0.91, organisation 0.66 at dbb847b; read as saved pages, --publishers,
organisation 0.69 after them) and news-quotes-23.toml (18 texts of 18 more new sites, 11
organisations' own pages, 34 quotes; collected at stop 53 after every rule of stop 52 and the
stop's first ones, held out from them: quotes 0.97 / 0.97, name 0.97, title 0.91, organisation
0.67 read as saved pages at 15c43a8 and after them; then tuned on: organisation 0.82) and
news-quotes-24.toml (19 texts of 19 more new sites, 14 organisations' own pages, 35 quotes;
collected at stop 54 after its first rules, held out from them: quotes 0.95 / 1.00, name 0.91,
title 0.89, organisation 0.60 read as saved pages at e26b79d and after them; then tuned on:
organisation 0.71) and news-quotes-25.toml (17 texts of 17 more new sites, 12 organisations'
own pages, 33 quotes; collected at stop 55 while its first rules were written, held out from
them: quotes 1.00 / 1.00, name 1.00, title 0.79, organisation 0.58 read as saved pages at
0be2fbd and after them), news-quotes-26.toml (19 texts of 19 more new sites, 11 organisations'
own pages, 38 quotes; collected at stop 56 while its first rule was written, held out from
it: quotes 0.92 / 0.89, name 1.00, title 0.97, organisation 0.65 read as saved pages at
12273ab and after it; 0.71 after the stop's rules) and news-quotes-27.toml (19 texts of 19
more new sites, 11 organisations' own pages, 40 quotes; collected at stop 57, held out from
its rules: quotes 0.95 / 1.00, name 0.93, title 0.97, organisation 0.65 at a881894) and
news-quotes-28.toml (19 texts of 19 more new sites, 11 organisations' own pages, 31 quotes;
collected at stop 58 after its first rules, held out from them: quotes 0.90 / 0.90, name
0.96, title 0.93, organisation 0.64 at 5eeae90 and after them) and news-quotes-29.toml (18
texts of 18 more new sites, 10 organisations' own pages, 42 quotes; collected at stop 58 after
its rules to 4608dda, held out from them: quotes 0.97 / 0.93, name 0.97, title 0.95,
organisation 0.72, the same at 5eeae90) and news-quotes-30.toml (19 texts of 19 more new
sites, 11 organisations' own pages, 46 quotes; collected at stop 58 after its rules to
d60a876, held out from them: quotes 0.98 / 0.98, name 0.91, title 0.91, organisation 0.60,
the same at 5eeae90) and news-quotes-31.toml (17 texts of 17 more new sites, 9
organisations' own pages, 43 quotes, many speakers named by the first name or placed by
context; collected after every rule of stop 58 (e03eb57), held out from all: quotes 0.98 /
0.98, name 0.71, title 0.81, organisation 0.33, the same at 5eeae90) and news-quotes-32.toml
(19 texts of 19 more new sites, 12 own pages of kommuner, hospitals and agencies, 40 quotes;
collected at stop 59 before its rules, held out at c4bc6bc: quotes 0.95 / 1.00, name 0.95,
title 0.78, organisation 0.47; then tuned on: title 0.97, organisation 0.62) and
news-quotes-33.toml (18 texts of 18 more new sites, 11 own pages of churches, foundations
and associations, 40 quotes; collected beside set 32, held out from the stop's rules:
quotes 0.90 / 0.93, organisation 0.46 at c4bc6bc and at the stop's end; its scores showed
one title word to withdraw) and news-quotes-34.toml (16 texts of 16 more new sites, 10
own pages, 42 quotes; held out from every rule of stop 59: quotes 0.98 / 0.98, name 0.95,
title 0.98, organisation 0.39, the same at c4bc6bc) and news-quotes-35.toml (stop 60: 18
texts of 18 more new sites, 10 own pages of kommuner, agencies, a church and associations,
37 quotes; held out at a3b6769 and 2905fbb: quotes 0.89 / 0.97, name 0.88, title 0.85,
organisation 0.55; then tuned on) and news-quotes-36.toml (10 texts of 10 more new sites,
9 own pages, 24 quotes; held out from every rule of stop 60: quotes 1.00 / 1.00, name 0.92,
title 0.92, organisation 0.46, the same at a3b6769). Their headers give the rules.

The texts are not in the repository: they are third parties' news. Each set's [urls] says
where each came from. The labelled texts are excerpts of those pages, as a search of
stored pages returned them (many cut mid-sentence), not the whole pages: a page saved
whole has more text and more quotes than were labelled, so its figures differ (precision
lower). The stored-pages search returns the same excerpt for a page whatever the query, so a
set's texts can be rebuilt from its [urls] and the preparation its header tells (stop 48
rebuilt sets 1-3 and 12-15 so: every labelled opening of the texts found started a
paragraph; a few pages were not found again). Save each text as NN.txt (paragraphs
separated by a blank line) in a folder, then:

    python3 bench/news_quotes.py --set 1 TEXTS_DIR [--errors]

It prints, as bench/extraction_quality.py does for its sets, precision and recall of
quotes and how often the speaker's name, title and organisation are right.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.extraction_scoring import (  # noqa: E402
    OPENERS,
    Score,
    passages_of_folder,
    score_quote_files,
)

DATA = REPO / "bench" / "data"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sets = sorted(p.stem.rsplit("-", 1)[1] for p in DATA.glob("news-quotes-*.toml"))
    parser.add_argument("--set", choices=sorted(sets, key=int), default="1")
    parser.add_argument("texts", type=Path, help="the folder of the set's NN.txt files")
    parser.add_argument("--errors", action="store_true", help="print every disagreement")
    parser.add_argument(
        "--publishers", action="store_true", help="give each text its site's name as publisher"
    )
    args = parser.parse_args()
    data = tomllib.loads((DATA / f"news-quotes-{args.set}.toml").read_text(encoding="utf-8"))
    # With --publishers, a text is read as its page with the site's name as publisher and
    # the document type its URL gives (a set's [publishers] table), as a saved page is.
    pages = {f: (p, data["urls"][f]) for f, p in data.get("publishers", {}).items()}
    passages_of = passages_of_folder(args.texts, data["files"], pages if args.publishers else None)
    labels = []
    for quote in data["quote"]:
        label = dict(quote)
        # The labels' openings keep the dash; the scoring matches the words after it.
        label["opening"] = label["opening"].lstrip(OPENERS + " ")
        # An organisation speaking is labelled with no name: the organisation is its name.
        label["speaker"] = label["name"] or ("" if label["role"] else label["organisation"])
        labels.append(label)

    score = Score()
    score_quote_files(score, data["files"], labels, passages_of)
    print(score.report(f"news set {args.set}: {len(data['files'])} texts, {len(labels)} quotes"))
    if args.errors:
        print("\n".join(score.errors))


if __name__ == "__main__":
    main()
