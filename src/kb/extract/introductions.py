"""People a text introduces with their titles, in lines and in running text.

"Isabelle Carnlöf, projektledare på Myndigheten …" on a line of its own
(``parse_person_line``), "Visions förbundsordförande Veronica Magnusson"
(``iter_introduced``: a title before the name) and "Marie Simonsson (S),
ordförande i Kommunal, delar …" or "Elisabeth Melin är socialchef i Hammarö
kommun" (``iter_appositions``: a title after the name). kb.extract.passages
records them, so that a quote by that person later ("– …, säger hon.", "säger
Marie Simonsson") has the title and the organisation the text gave once.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kb.extract.sentences import split_sentences
from kb.extract.speakers import (
    PARTY_AFTER_NAME,
    PREPOSITIONS,
    Mention,
    clean_name,
    fold,
    is_role_adjective,
    is_role_word,
    iter_name_runs,
    looks_like_organisation,
    organisation_name,
    party_of,
    role_before,
    split_role,
)
from kb.extract.vocab import ATTRIBUTION_VERBS

# What joins a name to the title after it: a comma ("Ann Söllgård, avdelningschef på …")
# or a verb of being ("Elisabeth Melin är socialchef i …", "…, som är enhetschef på …").
_TITLE_AFTER = re.compile(r",\s+|\s+(?:som\s+)?(?:är|var)\s+(?=\S)")
# What ends a sentence or a clause: a title before it is no title of a name after it.
_ENDS = (".", "!", "?", ":", ";")
# Words after a name read for its title: a line's (parse_person_line) at most.
_TITLE_WORDS = 25


def parse_person_line(text: str) -> Mention | None:
    """A line that names a person and their role: "Isabelle Carnlöf, projektledare på Myndigheten …".

    Also reads an introduction such as "Karin Alvermalm, förvaltningschef,
    nickar instämmande." (the role ends where the segments stop being roles).
    """
    # A photo credit after the line ("… för Vision. Foto: Gustav Gräll") is not part of it.
    text = next(iter(split_sentences(text.strip())), "").rstrip(".")
    if not text or text[0] in '–—−-”"«»' or len(text.split()) > 30:
        return None
    head, sep, tail = text.partition(", ")
    words = head.split()
    runs = list(iter_name_runs(words))
    if not sep or not runs or runs[0] != (0, len(words)) or len(words) < 2 or len(words) > 5:
        return None
    segments = [s.strip(" .") for s in tail.split(", ")]
    kept: list[str] = []
    for segment in segments:
        seg_words = segment.split()
        if not seg_words:
            break
        if kept and (
            fold(seg_words[0]) in ATTRIBUTION_VERBS  # "…, avdelningschef, säger att …"
            or not (
                is_role_word(seg_words[0])
                or looks_like_organisation(segment)
                or seg_words[0].islower()
            )
        ):
            break
        if not kept and not (
            is_role_word(seg_words[0]) or any(is_role_word(w) for w in seg_words[:3])
        ):
            return None
        if kept and not any(is_role_word(w) for w in seg_words) and not _has_organisation(segment):
            break
        kept.append(segment)
    role, organisation = split_role(", ".join(kept))
    return Mention(clean_name(words), "person", role, organisation)


def _has_organisation(segment: str) -> bool:
    words = segment.split()
    return any(
        w in PREPOSITIONS and looks_like_organisation(" ".join(words[i + 1 :]))
        for i, w in enumerate(words)
    ) or looks_like_organisation(segment)


def iter_introduced(text: str) -> Iterator[tuple[int, Mention]]:
    """People a sentence introduces with their role: "Visions förbundsordförande Veronica Magnusson".

    Yields (word index, mention). Only names written after a role word count,
    so that capitalised words of other kinds (a publisher's name) are never
    taken for people.
    """
    words = text.split()
    for start, end in iter_name_runs(words):
        # Not a title that ends the sentence before: "… och familjesekreterare. Allvarligt, …".
        if start and is_role_word(words[start - 1]) and not words[start - 1].endswith(_ENDS):
            role, organisation = role_before(words, start)
            after = words[end:]
            if (
                after
                and after[0] in PREPOSITIONS[:3]
                and looks_like_organisation(" ".join(after[1:3]))
            ):
                organisation = organisation or organisation_name(" ".join(after[1:]).split(",")[0])
            sort = "person" if end - start >= 2 else "surname"
            yield start, Mention(clean_name(words[start:end]), sort, role, organisation)


def iter_appositions(text: str) -> Iterator[Mention]:
    """People running text names with their title after the name: "Marie Simonsson (S),
    ordförande i Kommunal, delar personalens bild", "Det säger Ann Söllgård,
    avdelningschef på Sociala resursförvaltningen.", "Elisabeth Melin är socialchef i
    Hammarö kommun, hon tror …". Only full names (two words or more) with a title word
    among the first words after, so that a place or a publisher before a comma is no one."""
    for sentence in split_sentences(text):
        words = sentence.split()
        for start, end in iter_name_runs(words):
            if end - start < 2:
                continue
            name = clean_name(words[start:end])
            # The title is read from the words after the name, as far as a line's would go.
            after = words[end : end + _TITLE_WORDS]
            rest = (", " if words[end - 1].endswith(",") else " ") + " ".join(after)
            party = PARTY_AFTER_NAME.match(rest)
            if party:
                rest = rest[party.end() :]
            joint = _TITLE_AFTER.match(rest)
            title = rest[joint.end() :] if joint else ""
            at = _workplace(title) if joint and joint.group().strip() == "," else ""
            if at:
                # "Gunilla Westerdahl, vid länsstyrelsen i Uppsala län, har …"
                yield Mention(name, "person", organisation=at)
                continue
            if not _opens_with_title(title.split()[:2]):
                continue  # "genom Tony Haddou, ställde till statsrådet …": no title
            mention = parse_person_line(f"{name}, {title}")
            if mention is None:
                continue
            if party and not mention.organisation:
                mention = Mention(
                    mention.name, mention.sort, mention.role, party_of(party.group(0))
                )
            yield mention


def _opens_with_title(words: list[str]) -> bool:
    """Whether words open with a title: "avdelningschef …", "vice ordförande …"."""
    if not words:
        return False
    return is_role_word(words[0]) or (
        len(words) > 1 and is_role_adjective(words[0]) and is_role_word(words[1])
    )


def _workplace(words: str) -> str:
    """The organisation a phrase "vid länsstyrelsen i Uppsala län, …" says someone works at
    (after "på", "vid", "hos"; not "i", which names places as often), else ""."""
    preposition, _, rest = words.partition(" ")
    rest = rest.split(", ")[0].rstrip(" .")
    if preposition not in PREPOSITIONS[:3] or not rest or not looks_like_organisation(rest):
        return ""
    return organisation_name(rest)
