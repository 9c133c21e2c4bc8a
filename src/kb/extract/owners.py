"""A speaker's body written around their name in an attribution: before it in the genitive
with a title between ("Lika Unikas ordförande Maria Johansson"), after it in the genitive
("Inga-Kari Fryklund Vårdföretagarnas förbundsdirektör"), or where a title's preposition
leads ("ordföranden i Röda Korset Umeå"): kb.extract.speakers reads attributions with them."""

from __future__ import annotations

from kb.extract.bodies import genitive_base, known_organisation, organisation_name
from kb.extract.genders import gender_of
from kb.extract.named import known_genitive
from kb.extract.roles import PREPOSITIONS
from kb.extract.titled import company_genitive, genitive_owner
from kb.extract.titles import fold, is_role_adjective, is_role_word
from kb.extract.vocab import NO_FIRST_NAMES


def person_run(words: list[str], start: int, end: int) -> tuple[int, int] | None:
    """The part of a run of capitalised words that names a person: None for where, not who,
    after a title and its preposition with no first name in it ("ordföranden i Röda Korset
    Umeå", "regiondirektören i Region Skåne" were people: a review), or opened by a place's
    word or "Region" ("i Kommunal Norra Mälardalen", vocab.NO_FIRST_NAMES); from the first
    name on where one follows the place ("kommunalrådet i Östra Göinge Magnus Persson")."""
    place = fold(words[start]) in NO_FIRST_NAMES or fold(words[start]) == "region"
    owner = words[end - 1].endswith("s") and end < len(words) and is_role_word(words[end])
    after_title = start > 1 and words[start - 1] in PREPOSITIONS and is_role_word(words[start - 2])
    if (place and not owner) or after_title:  # not "Lilla Edets kommunalråd" (a review)
        first = next((k for k in range(start + 1, end - 1) if gender_of(words[k])), None)
        if first is not None:
            return first, end
        return None if place or not gender_of(words[start]) else (start, end)
    return start, end


# The kinds of place and body written in lower case after their names.
_PLACE_KINDS = frozenset({"kommun", "stad", "län", "församling", "stift"})


def title_and_place_before(words: list[str], start: int) -> tuple[str, str] | None:
    """The title and the place or body written between it and a name at `start`:
    "kommunalrådet i Östra Göinge Magnus Persson" ("kommunalrådet", "Östra Göinge")."""
    j = start
    while j > 0 and (words[j - 1][:1].isupper() or words[j - 1] in _PLACE_KINDS):
        j -= 1  # "socialchefen i Ale kommun Maria Ek"
    if j == start or j < 2 or words[j - 1] not in PREPOSITIONS or not is_role_word(words[j - 2]):
        return None
    return words[j - 2], " ".join(words[j:start])


def name_after_owner(
    words: list[str], runs: list[tuple[int, int]], first: tuple[int, int]
) -> tuple[tuple[int, int], str] | None:
    """The name after a body's name in the genitive and a title ("Lika Unikas ordförande
    Maria Johansson", news set 13; "Röda Korsets generalsekreterare Martin Åhlin"): the
    name's words and the body's name; None when the first run is the speaker's name."""
    start, end = first
    if end >= len(words) or not words[end - 1].endswith("s"):
        return None
    after = next(((s, e) for s, e in runs if s > end and e - s >= 2), None)
    if after is None or after[0] - end > 3 or not _is_title(words[end : after[0]]):
        return None
    genitive = words[start:end]
    body = known_genitive(genitive) or organisation_name(genitive_base(" ".join(genitive)))
    return after, body


def _is_title(words: list[str]) -> bool:
    """Whether words between a body's genitive and a name are a title: role words and their
    adjectives, also a suspended compound ("Region Skånes hälso- och sjukvårdsdirektör
    Karl-Johan Ström" read the region as the name and the person as the body)."""
    return (
        bool(words)
        and is_role_word(words[-1])
        and all(
            is_role_word(w) or is_role_adjective(w) or w.endswith("-") or w in ("och", "eller")
            for w in words
        )
    )


def genitive_after_name(words: list[str], start: int, end: int) -> str:
    """The body in the genitive that ends a name of three words before a title, which is
    no part of the name (news set 12: "Inga-Kari Fryklund Vårdföretagarnas
    förbundsdirektör"); a name ending in "s" is ("Lars Erik Jonas ordförande", "Maria
    Elena Morales verksamhetschef")."""
    if end - start <= 2 or end >= len(words) or not is_role_word(words[end]):
        return ""
    genitive = words[end - 1]
    return genitive_owner(genitive) or (
        company_genitive(genitive, words[end]) if _reads_as_body(genitive) else ""
    )


def _reads_as_body(genitive: str) -> bool:
    """Whether a capitalised genitive reads as a body's name, not a person's: a known one
    ("Attendos") or a plural or definite noun ("Vårdföretagarnas", "Förbundets")."""
    base = genitive_base(genitive)
    return bool(known_organisation(base)) or fold(base).endswith(_BODY_ENDINGS)


# The endings of a body's name in the definite form: "-arna", "-erna", "-orna", "-en", "-et".
_BODY_ENDINGS = ("arna", "erna", "orna", "en", "et")
