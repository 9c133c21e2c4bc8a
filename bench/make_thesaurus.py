"""Write src/kb/data/thesaurus.txt from the Swedish thesaurus LibreOffice ships (kb.search.thesaurus).

The source is Debian's package mythes-sv (th_sv_SE_v2.dat, ISO-8859-1: Viggo Kann's
synonym lexicon from KTH, "Folkets synonymlexikon"), installed or unpacked:

    apt-get download mythes-sv && dpkg-deb -x mythes-sv_*.deb /tmp/mythes
    python3 bench/make_thesaurus.py /tmp/mythes/usr/share/mythes/th_sv_SE_v2.dat

Kept: single words in lower case (no phrase, name or hyphenated word), each headword with
all the words of all its meanings, in the thesaurus's order.
"""

from __future__ import annotations

import argparse
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "kb" / "data" / "thesaurus.txt"

HEADER = """\
# Words of like meaning, for a query word that is rare in the index (kb.search.thesaurus):
# "headword: word, word, …". Made by bench/make_thesaurus.py from th_sv_SE_v2.dat of
# LibreOffice's Swedish dictionaries (Debian package mythes-sv), modified: only single
# words in lower case kept, phrases, names and hyphenated words left out.
#
# Copyright (C) 2009 Viggo Kann
# THIS MATERIAL IS PROVIDED AS IS, WITH ABSOLUTELY NO WARRANTY EXPRESSED
# OR IMPLIED.  ANY USE IS AT YOUR OWN RISK.
# Permission is hereby granted to use or copy this program
# for any purpose,  provided the above notices are retained on all copies.
# Permission to modify the code and to distribute modified code is granted,
# provided the above notices are retained, and a notice that the code was
# modified is included with the above copyright notice.
"""


def _plain(word: str) -> bool:
    return word.islower() and word.isalpha()


def read_mythes(path: Path) -> dict[str, list[str]]:
    """A MyThes data file: headword -> the words of its meanings, single lowercase words only."""
    lines = path.read_text(encoding="latin-1").splitlines()
    table: dict[str, list[str]] = {}
    i = 1  # the first line names the encoding
    while i < len(lines):
        head, _, count = lines[i].rpartition("|")
        meanings = lines[i + 1 : i + 1 + int(count)]
        i += 1 + int(count)
        if not _plain(head):
            continue
        words = [w for line in meanings for w in line.split("|")[1:] if _plain(w) and w != head]
        if words:
            table.setdefault(head, []).extend(words)
    return {head: list(dict.fromkeys(words)) for head, words in table.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="th_sv_SE_v2.dat")
    args = parser.parse_args()
    table = read_mythes(args.source)
    body = "".join(f"{head}: {', '.join(words)}\n" for head, words in sorted(table.items()))
    OUT.write_text(HEADER + body, encoding="utf-8")
    print(f"{OUT}: {len(table)} headwords, {sum(map(len, table.values()))} words")


if __name__ == "__main__":
    main()
