"""A saved page's profile boxes: who a portrait or an interview is of, and what they do.

Swedish papers and member magazines end a portrait with a box of the person's facts under
their name ("Gunilla Persson / Ålder: 65 år. / Bor: Bollstabruk. / Gör: Socialsekreterare
på individ- och familjeomsorgen i Kramfors kommun sedan 1983."), often in an <aside> that
kb drops as page furniture. The box is the one place that gives the speaker's title and
body; the text calls her "Gunilla" or "hon". In: the article's element; out: "Name, what
they do" for kb.extract to read as an apposition ("Gunilla Persson, socialsekreterare på
individ- och familjeomsorgen i Kramfors kommun"). Thirteen of the 408 pages of
bench/data/page-probes have one, written by different helpers for different sites.
"""

from __future__ import annotations

import re

from bs4 import Tag

# The row that says what the person does ("Gör:", "Yrke:", "Arbetar som:"); not "Titel:",
# which in a box of facts is a book's or a film's ("Titel: Barnmorskan i Kramfors": a review).
_DOES = re.compile(r"\b(?:Gör|Yrke|Arbetar som|Jobbar som|Arbetar)\s*:\s*")
# What the row says, up to the next row's label ("Familj:", "Det bästa med att vara
# volontär:", its words after the first in lower case: not "Röda Korset sedan 2015") when
# the rows share a paragraph (<br> between them reads as a space).
_VALUE = re.compile(r"(.+?)(?=\s+[A-ZÅÄÖ][\wåäö-]*(?:\s[a-zåäö-]+){0,6}\s*:|$)", re.S)
# A row's time ("… sedan 1983", "sedan februari 2024") says nothing of the title or body.
_SINCE = re.compile(r"\s+sedan\s.*$", re.S)
# What the box's heading may say before the name: "Fakta: Gunilla Åberg", "Fakta om
# Gunilla Åberg", "Namn: Gunilla Åberg".
_HEAD = re.compile(r"^(?:Fakta\s*(?::|om)\s*|Namn\s*:\s*)")
# The name of a "Namn:" row, up to the next row's label ("Namn: Anna Berg Ålder: 34 år").
_NAMED = re.compile(
    r"\bNamn\s*:\s*(?P<name>[A-ZÅÄÖ][\wåäö-]+(?:\s[A-ZÅÄÖ][\wåäö-]+\b(?!\s*:)){1,3})"
)
_NAME_WORD = re.compile(r"^[A-ZÅÄÖÉ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?$")
# How far up from the row the box may be (a row in <li> in <ul> in the box's <div>).
_MAX_UP = 4


def profiles(scope: Tag) -> tuple[str, ...]:
    """Each profile box's "Name, what they do" within an element, once each."""
    found: list[str] = []
    for row in scope.find_all(string=_DOES):
        box = row.parent
        for _ in range(_MAX_UP):
            if not isinstance(box, Tag):
                break
            if (profile := _profile(box)) is not None:
                found.append(profile)
                break
            box = box.parent
    return tuple(dict.fromkeys(found))


def _profile(box: Tag) -> str | None:
    """The box's "Name, what they do", or None when its first line names no one."""
    lines = [" ".join(line.split()) for line in box.get_text("\n").split("\n")]
    lines = [line for line in lines if line]
    if not lines:
        return None
    text = " ".join(box.get_text(" ").split())
    named = _NAMED.search(text)
    name = named.group("name") if named else _HEAD.sub("", lines[0])
    if not _is_name(name):
        return None
    does = _DOES.search(text)
    if does is None:
        return None
    value = _VALUE.match(text, does.end())
    what = _SINCE.sub("", value.group(1)).strip().rstrip(".") if value else ""
    if not what or len(what.split()) > 25:
        return None
    return f"{name}, {what[:1].lower()}{what[1:]}."


def _is_name(text: str) -> bool:
    """Whether a line is a person's name alone: two to four capitalised words."""
    words = text.split()
    return 2 <= len(words) <= 4 and all(_NAME_WORD.match(w) for w in words)
