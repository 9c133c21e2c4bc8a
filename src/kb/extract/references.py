"""References to Swedish public documents in text: "SOU 2020:47", "prop. 2021/22:123", …

Text in, normalised designations out (one spelling per document, so the facet
"Hänvisar till" counts "Prop. 2021/22:123" and "proposition 2021/22:123" as
one), and each designation's stable public address. Only a series name next
to its number is taken: "kap. 5", a year or a phone number has no series.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from kb.extract.settings import ALONE_MAX_CHARS, FIRST_BLOCKS
from kb.models import Block

# A riksmöte: "2021/22", also written "2021/2022"; "1999/2000" crosses a century.
_SESSION = r"(?P<y1>(?:19|20)\d\d)/(?P<y2>\d\d(?:\d\d)?)"
_YEAR = r"(?P<y1>(?:19|20)\d\d)"
_END = r"(?![\w:/])"  # not the start of a longer number ("2020:470", "2001:4530")
# A committee's report's number: "SoU5" of "bet. 2021/22:SoU5".
_COMMITTEE_NUMBER = r"[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,3}\d{1,3}"

# Series -> (pattern, normalised prefix). The series names are the ones
# Regeringskansliet and Riksdagen print on the documents' covers and in their
# reference lists (SOU, Ds, Prop./proposition, Dir./kommittédirektiv, SFS,
# bet./betänkande, Skr./skrivelse; RiR, Riksrevisionens granskningsrapporter).
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("SOU", re.compile(rf"\bSOU\s+{_YEAR}:(?P<n>\d{{1,3}}){_END}")),
    ("Ds", re.compile(rf"\b(?:Ds|DS)\s+{_YEAR}:(?P<n>\d{{1,3}}){_END}")),
    (
        "prop.",
        re.compile(rf"\b(?:[Pp]rop\.|[Pp]roposition(?:en)?)\s*{_SESSION}:(?P<n>\d{{1,3}}){_END}"),
    ),
    (
        "dir.",
        re.compile(
            rf"\b(?:[Dd]ir\.|[Kk]ommittédirektiv(?:et)?|[Dd]irektiv(?:et)?)\s*{_YEAR}:(?P<n>\d{{1,3}}){_END}"
        ),
    ),
    ("SFS", re.compile(rf"\bSFS\s+(?:nr\.?\s+)?{_YEAR}:(?P<n>\d{{1,4}}){_END}")),
    # A law or ordinance named with its SFS number: "socialtjänstlagen (2001:453)".
    (
        "SFS",
        re.compile(
            # The name's ending only: a "\w*" before it rescanned a 100,000-letter word
            # from every letter (tests/test_hostile.py ran past its 60 s).
            rf"(?:lag|lagen|balk|balken|förordning|förordningen|ordning|ordningen)"
            rf"\s+\({_YEAR}:(?P<n>\d{{1,4}})\)"
        ),
    ),
    (
        "bet.",
        re.compile(
            rf"\b(?:[Bb]et\.|[Bb]etänkande(?:t)?)\s*{_SESSION}:(?P<n>{_COMMITTEE_NUMBER}){_END}"
        ),
    ),
    (
        "skr.",
        re.compile(rf"\b(?:[Ss]kr\.|[Ss]krivelse(?:n)?)\s*{_SESSION}:(?P<n>\d{{1,3}}){_END}"),
    ),
    ("RiR", re.compile(rf"\bRiR\s+{_YEAR}:(?P<n>\d{{1,3}}){_END}")),
    # An interpellation: "Interpellation 2017/18:45" (its own title), "ip. 2017/18:45".
    (
        "ip.",
        re.compile(rf"\b(?:[Ii]nterpellation(?:en)?|[Ii]p\.)\s*{_SESSION}:(?P<n>\d{{1,4}}){_END}"),
    ),
)


@dataclass(frozen=True)
class Reference:
    """One cited public document: its series, number and normalised designation."""

    series: str  # SOU, Ds, prop., dir., SFS, bet., skr., RiR, ip.
    number: str  # "2020:47", "2021/22:123", "2021/22:SoU5"

    @property
    def designation(self) -> str:
        return f"{self.series} {self.number}"


def _session(y1: str, y2: str) -> str | None:
    """A riksmöte written as Riksdagen does ("2021/22", "1999/2000"), or None if not one."""
    start = int(y1)
    end = int(y2) if len(y2) == 4 else None
    if end is None and int(y2) != (start + 1) % 100:
        return None
    if end is not None and end != start + 1:
        return None
    return f"{start}/{start + 1}" if start % 100 == 99 else f"{start}/{(start + 1) % 100:02d}"


# What every pattern has: a year or session and its colon ("2020:", "2021/22:"). A text
# without one cites nothing; most passages have none, and the nine patterns searched one
# at a time took 3% of an ingest's parse workers.
_NUMBER_START = re.compile(r"(?:19|20)\d\d(?:/\d\d(?:\d\d)?)?:")


def iter_references(text: str) -> Iterable[Reference]:
    """Every reference in text, in order of appearance (repeats included)."""
    if not _NUMBER_START.search(text):
        return []
    found: list[tuple[int, Reference]] = []
    for series, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            groups = match.groupdict()
            number = groups["n"].lstrip("0") or "0"
            if groups.get("y2") is not None:
                session = _session(groups["y1"], groups["y2"])
                if session is None:
                    continue
                year = session
            else:
                year = groups["y1"]
            if series == "bet.":
                number = groups["n"]
            found.append((match.start(), Reference(series, f"{year}:{number}")))
    found.sort(key=lambda pair: pair[0])
    return [ref for _, ref in found]


def find_references(text: str) -> tuple[str, ...]:
    """The designations text cites, each once, in order ("SOU 2020:47", "SFS 2001:453")."""
    return tuple(dict.fromkeys(ref.designation for ref in iter_references(text)))


def normal_number(number: str) -> str:
    """A document's number as designations write it ("2017/2018:045" -> "2017/18:45",
    "2020:47"), or "" when it is none."""
    match = _NUMBER.fullmatch(number.strip())
    if match is None:
        return ""
    year = match["y1"]
    if match["y2"] is not None:
        year = _session(match["y1"], match["y2"]) or ""
    item = match["n"]
    item = (item.lstrip("0") or "0") if item.isdigit() else item
    return f"{year}:{item}" if year else ""


# A number alone, as a query may type it: "2017/18:45", "2020:47", "2021/22:SoU5".
_NUMBER = re.compile(
    rf"(?P<y1>(?:19|20)\d\d)(?:/(?P<y2>\d\d(?:\d\d)?))?:(?P<n>\d{{1,4}}|{_COMMITTEE_NUMBER})"
)


def parse_designation(designation: str) -> Reference | None:
    """A designation as find_references writes it, read back; None when it is not one."""
    refs = list(iter_references(designation))
    return refs[0] if len(refs) == 1 and refs[0].designation == designation.strip() else None


# Riksdagen's document ids start with the riksmöte as two base-36 digits counted
# from "G0" = 1976/77 (GH = 1993/94, GO = 2000/01, GV = 2007/08, H0 = 2012/13,
# H9 = 2021/22, HA = 2022/23), then the document type ("01" betänkande, "03"
# proposition/skrivelse). Verified against documented addresses:
# data.riksdagen.se/dokument/GH01SfU20 (bet. 1993/94:SfU20), GV01AU5 (bet.
# 2007/08:AU5), GO01KU10 (bet. 2000/01:KU10), H601KU21 (bet. 2018/19:KU21) and
# riksdagen.se/…/betankande/…_H901UU19 (bet. 2021/22:UU19).
_BASE36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def riksdagen_session_code(session: str) -> str:
    """Riksdagen's two-character code of a riksmöte ("2021/22" -> "H9")."""
    offset = int(session[:4]) - 1976
    return "GH"[offset // 36] + _BASE36[offset % 36] if 0 <= offset < 72 else ""


def public_url(designation: str) -> str:
    """The stable public address of a cited document, or "" when none can be built.

    Address shapes, each checked against a documented address:
    - SFS: https://lagen.nu/2003:389 ("Hur man länkar till lagen.nu",
      lagen.nu/om/lankning: "https://lagen.nu/" followed by the SFS number).
    - prop.: https://lagen.nu/prop/1999/2000:35, SOU: https://lagen.nu/sou/2009:91
      (lagen.nu's own software, ferenda, DocumentRepository.basefile_from_uri
      examples); Ds: https://lagen.nu/ds/2017:48 and dir.:
      https://lagen.nu/dir/2024:116 (addresses as published in link lists).
    - bet.: https://data.riksdagen.se/dokument/H901SoU5 (Riksdagen's open data,
      examples above riksdagen_session_code).
    - skr.: https://data.riksdagen.se/dokument/H903<number>. Skrivelser share the
      propositions' number series and type code; inferred from that, not seen
      as a documented skr. address.
    - ip.: https://data.riksdagen.se/dokument/H510<number>, type code "10", as every
      interpellation of ../shared/corpora/riksdagen-interpellations links itself
      (Interpellation 2017/18:1: data.riksdagen.se/dokument/H5101).
    - RiR: none (riksrevisionen.se addresses carry a title, not the number).
    """
    ref = parse_designation(designation)
    if ref is None:
        return ""
    number = ref.number
    if ref.series == "SFS":
        return f"https://lagen.nu/{number}"
    if ref.series in ("SOU", "Ds", "prop.", "dir."):
        return f"https://lagen.nu/{ref.series.rstrip('.').lower()}/{number}"
    if ref.series in ("bet.", "skr.", "ip."):
        session, _, item = number.partition(":")
        code = riksdagen_session_code(session)
        if not code:
            return ""
        kind = {"bet.": "01", "skr.": "03", "ip.": "10"}[ref.series]
        return f"https://data.riksdagen.se/dokument/{code}{kind}{item}"
    return ""


# regeringen.se's address of an SOU's page names its number, which the page itself gives
# only in its report's file name: …/statens-offentliga-utredningar/2020/08/sou-202047/ is
# SOU 2020:47 (64 of the 65 SOU pages of ../shared/corpora/regeringen, whose titles are
# the reports' names; "sou-1998161-" is SOU 1998:161). The year is the slug's first four
# digits, the number the rest.
_SOU_ADDRESS = re.compile(
    r"//(?:www\.)?regeringen\.se/rattsliga-dokument/statens-offentliga-utredningar/"
    r"\d{4}/\d{2}/sou-(?P<year>(?:19|20)\d\d)(?P<n>\d{1,3})-?/?(?:[?#].*)?$",
    re.IGNORECASE,
)


def document_designations(
    title: str, blocks: Iterable[Block] = (), url: str = ""
) -> tuple[str, ...]:
    """The numbers a document is itself: those in its title, or on a line of their own near
    its start (a cover), or in its regeringen.se address (an SOU's). A number cited in
    running text is a reference, not the document."""
    found = list(find_references(title))
    if match := _SOU_ADDRESS.search(url):
        found.append(f"SOU {match['year']}:{match['n'].lstrip('0') or '0'}")
    for i, block in enumerate(blocks):
        if i >= FIRST_BLOCKS:
            break
        text = block.text.strip()
        if len(text) <= ALONE_MAX_CHARS and any(p.match(text) for _, p in _PATTERNS):
            found.extend(find_references(text)[:1])
    return tuple(dict.fromkeys(found))
