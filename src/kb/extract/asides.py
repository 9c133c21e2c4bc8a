"""What stands between a name and the title running text gives it, and whether a line's or
a sentence's words name someone: a full name, or a first name alone.

In: the words after a name (kb.extract.introductions.iter_appositions); out: the same
without where the person lives or their age before a verb of being, which end no
apposition: "Thomas Berg i Skövde har varit familjehemsförälder", "Rolf Sjöberg, 67, är
volontär", "Leif Jansson är 68 år och har varit volontär" (page probes 11, 64, 65, 67);
not before a past verb ("Göran Ljung, 68, var mattelärare": a former job, probe 62).
"""

from __future__ import annotations

import re

from kb.extract.genders import gender_of
from kb.extract.titles import is_role_word

_HOME_OR_AGE = re.compile(
    r"^(?:,? \d{1,3}(?: år)?,| i [A-ZÅÄÖ][\w-]+| är \d{1,3} år och)"
    r"(?= (?:är|har|blir|jobbar|arbetar) )"
)


# An age between a name and a title after it: "Amira Yusuf, 19, ordförande i …" (page
# probe 110's caption).
_AGE_THEN_TITLE = re.compile(r"^, \d{1,3}(?: år)?(?=, [a-zåäö])")


def without_asides(rest: str) -> str:
    """The words after a name without the person's home or age before a verb of being, or
    without their age before a title."""
    aged = _AGE_THEN_TITLE.match(rest)
    if aged and is_role_word(rest[aged.end() + 2 :].split(" ", 1)[0].strip(",.;")):
        return rest[aged.end() :]
    return _HOME_OR_AGE.sub("", rest, count=1)


def first_name_alone(word: str, before_comma: bool = False) -> bool:
    """Whether a capitalised word alone is a person's first name that a line or running text
    may give a title ("Elin, socionomstudent på termin 5, gör …", "Sofia, som har varit
    volontär": page probes 19, 23, 39, 68), by the list of first names kb.extract.genders
    reads; in running text only before a comma: "Birgitta har arbetat som diakon" after a
    heading "Birgitta Holmgren, diakon" was made another person (probe 36)."""
    return bool(gender_of(word.strip(",.:;"))) and (not before_comma or word.endswith(","))


def names_someone(words: list[str]) -> bool:
    """Whether a line's words before its first comma name a person: two to five words, or a
    first name alone."""
    return 2 <= len(words) <= 5 or (len(words) == 1 and first_name_alone(words[0]))
