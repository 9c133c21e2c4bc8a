"""Someone the text describes and does not name, who speaks the quote after it: "En
socialsekreterare i kommunen, som inte vill framträda med namn, beskriver …" and a dash quote
(described_before), "En mamma i Jakobstad, som vill vara anonym, …" and "säger hon"
(hidden_one, which kb.extract.pronouns.presented asks)."""

from __future__ import annotations

import re

from kb.extract.sentences import split_sentences
from kb.extract.speakers import Mention, is_unnamed, parse_speaker_phrase
from kb.extract.titles import fold, is_role_word
from kb.extract.vocab import ATTRIBUTION_VERBS

# What a person is that is no title: a relative, a neighbour, one of those a service is for
# (kb.extract.pronouns reads "Sanna är mamma till …" by them). Not words a place or a body may
# be ("Kumla är granne med Örebro", "Solna är medlem i nätverket", "Solgården är boende för
# …": a review).
PERSON_WORDS = frozenset(
    """mamma pappa förälder mor far mormor farmor morfar farfar son dotter syster bror fru
    make maka sambo anhörig patient elev student pensionär volontär besökare hyresgäst
    brukare""".split()
)

# Someone described by what they are ("en kvinna i 40-årsåldern"): hidden_one.
_SOMEONE = PERSON_WORDS | {"kvinna", "man", "pojke", "flicka", "tjej", "kille", "person"}
_SOMEONES_GENDER = {
    **dict.fromkeys(
        "mamma kvinna flicka tjej dotter syster fru maka mor mormor farmor".split(), "hon"
    ),
    **dict.fromkeys("pappa man pojke kille son bror make far morfar farfar".split(), "han"),
}


def described_before(text: str) -> Mention | None:
    """Someone a narrative paragraph's last sentence opens with, describes and does not name,
    and has say or think something ("En socialsekreterare i kommunen, som inte vill framträda
    med namn, beskriver arbetssituationen som pressad."): the speaker of a dash quote after it
    that names no one (probe 6: it went to the chief quoted before); None otherwise."""
    last = (split_sentences(text.strip()) or [""])[-1]
    words = last.split()
    # By a title ("En socialsekreterare"), not anything ("En satsning på …, berättar Mariana.").
    if len(words) < 3 or fold(words[0]) not in ("en", "ett") or not is_role_word(words[1]):
        return None
    if not any(fold(w).strip(",.") in ATTRIBUTION_VERBS for w in words):
        return None
    head = last.split(",")[0] if "," in last else " ".join(words[:3])
    mention = parse_speaker_phrase(head)
    return (
        mention if mention is not None and mention.sort == "role" and is_unnamed(mention) else None
    )


def hidden_one(sentence: str, pronoun: str = "") -> Mention | None:
    """The person a sentence describes by "en" and a title or a word for someone, up to "som"
    or a comma ("En undersköterska som har arbetat …", "… är en socialsekreterare i
    30-årsåldern som …", "En kvinna i 40-årsåldern, som vill vara anonym, …"),
    in a paragraph that says they are anonymous; None if it names none so."""
    words = sentence.split()
    for i, word in enumerate(words[:-1]):
        # … or, opening the sentence, by what they are: "En mamma i Jakobstad, som vill vara
        # anonym" (probe 100), not "Peter … har en son som …" (probe 4).
        who = words[i + 1].strip(",.")
        if pronoun and _SOMEONES_GENDER.get(fold(who), fold(pronoun)) != fold(pronoun):
            continue  # "En pappa i Skellefteå …" and "säger hon" (a review)
        if fold(word) in ("en", "ett") and (is_role_word(who) or (not i and fold(who) in _SOMEONE)):
            phrase = re.split(r",|\s+som\s", " ".join(words[i:]))[0].rstrip(".")
            mention = parse_speaker_phrase(phrase)
            if mention is not None and mention.sort == "role" and is_unnamed(mention):
                return mention
    return None
