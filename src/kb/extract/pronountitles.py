"""Titles a pronoun gives: "Hon är begravningshandläggare på …" after a sentence that names
one person, or after a quote's attribution ("…, säger Nadia Rahimi. Hon är chef för …"), or
in a paragraph after the quote ("Han är barnläkare och …"). Out of kb.extract.pronouns, which
says whom a pronoun means, for its length.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, NamedTuple

from kb.extract.genders import PRONOUNS, gender_of
from kb.extract.introductions import iter_appositions, iter_full_names
from kb.extract.sentences import split_sentences
from kb.extract.speakers import PARTY_AFTER_NAME, Mention
from kb.extract.subjects import FORMER
from kb.extract.titles import fold
from kb.extract.vocab import RELATIONS

if TYPE_CHECKING:
    from kb.extract.persons import Person


# A paragraph that opens by telling what the one just quoted is: "Han är barnläkare och …".
_PRONOUN_IS = re.compile(r"^(?:Han|Hon|Hen) är (?P<title>[^.!?]+)")


def title_of_the_speaker(text: str, person: Person | None) -> None:
    """The title of the speaker of the quote just before, of no title yet, from a paragraph
    that opens "Han/Hon är <title>" (news set 32: "– …, säger Stefan Rune." and "Han är
    barnläkare och delar sin tid mellan …"): `person`, the quote's just before."""
    said = _PRONOUN_IS.match(text.strip())
    if person is None or person.role or person.is_organisation or not said:
        return
    mention = next(iter_appositions(f"{person.name} är {said.group('title')}."), None)
    if mention is not None and mention.role and mention.name == person.name:
        person.merge(mention)


def iter_pronoun_titles(text: str) -> Iterator[Mention]:
    """People a narrative sentence is about and the next one gives a title by a pronoun: "I
    Sundsvall är det Malin Hedström som sköter de ärendena. Hon är begravningshandläggare på
    kommunens socialförvaltning …" (page probe 109), as title_after_attribution reads it
    after a quote. Only where the sentence names one person in full, of the pronoun's gender
    or of none known, and speaks of no one else ("Anna Ek berättar om sin mamma. Hon är
    undersköterska …", "Anna Ek har en dotter, Sara. Hon är lärare …": a review), and not a
    title held before."""
    sentences = split_sentences(text)
    for before, sentence in zip(sentences, sentences[1:], strict=False):
        said = _titled_by_pronoun(sentence)
        names = list(dict.fromkeys(iter_full_names(before)))
        name = names[0] if len(names) == 1 else ""
        if said is None or not name or gender_of(name) not in ("", said.gender):
            continue
        if _speaks_of_another(before, name):
            continue
        mention = next(iter_appositions(f"{name} är {said.title}."), None)
        if mention is not None and mention.role and mention.name == name:
            yield mention


def _speaks_of_another(sentence: str, name: str) -> bool:
    """Whether a sentence speaks of someone besides the person it names: one of theirs ("om
    sin mamma", "en dotter", "sin granne"), not what they are ("är mamma till tre barn"), or
    someone by a first name alone ("…, Sara."), not a place or a body that is a name too ("I
    Nora", "Astrid Lindgrens barnsjukhus": a review)."""
    words = [w.strip(",.;:") for w in sentence.split()]
    for i, word in enumerate(words):
        if not word or word in name.split():
            continue
        before = fold(words[i - 1]) if i else ""
        after = words[i + 1] if i + 1 < len(words) else ""
        if fold(word) in _SOMEONE_ELSE and before in _OF_SOMEONE:
            return True
        first_name = i and word[:1].isupper() and gender_of(word)
        if first_name and before not in _PLACE_BEFORE and not after[:1].isupper():
            return True
    return False


# Relations and people close to someone, after a word that makes them someone's or someone.
_SOMEONE_ELSE = RELATIONS | frozenset(
    "mamma pappa förälder mor far mormor farmor morfar farfar son dotter syster bror fru make "
    "maka sambo granne kollega vän kompis".split()
)
_OF_SOMEONE = frozenset("sin sitt sina hennes hans deras en ett min vår".split())
_PLACE_BEFORE = frozenset("i på vid från till".split())


class _Titled(NamedTuple):
    title: str
    gender: str  # the pronoun's: "f", "m", or "" for "hen"


def _titled_by_pronoun(sentence: str) -> _Titled | None:
    """A sentence "Han/Hon är <title>" ("Hon är chef för …"): the title and the pronoun's
    gender; None for another, and for a title held before ("Hon är tidigare …")."""
    said = _PRONOUN_IS.match(sentence)
    if not said or fold(said["title"].split()[0]) in FORMER:
        return None
    return _Titled(said["title"], PRONOUNS.get(sentence.split()[0].casefold(), ""))


def title_after_attribution(text: str, person: Person | None) -> None:
    """The title of a quote's speaker, of no title yet, from the sentence right after the one
    that ends with their name in the same paragraph: "– Det ska vara lätt att få hjälp, säger
    Nadia Rahimi. Hon är chef för socialtjänsten i Botkyrka." (page probe 42, a page in easy
    Swedish), as title_of_the_speaker reads it from the next paragraph. Not after a sentence
    that goes on to name someone else ("…, säger Anna Berg om beskedet från Per Holm. Han är
    …"), nor a pronoun of the other gender, nor a title held before ("Hon är tidigare …")."""
    if person is None or person.role or person.is_organisation:
        return
    sentences = split_sentences(text)
    for before, sentence in zip(sentences, sentences[1:], strict=False):
        said = _titled_by_pronoun(sentence)
        ends = PARTY_AFTER_NAME.sub("", before.rstrip(" .!?”")).endswith(person.name)
        if not (said and ends):
            continue
        if not said.gender or gender_of(person.name) in ("", said.gender):
            title_of_the_speaker(sentence, person)
        return
