"""Whom an attribution by a first name or a pronoun names (news set 18). A first name alone
stands for the full name the text gave before, unless the text says a name is hidden; calling
a helpline anonymously hides no one's name. A pronoun stands for the person named last, also
after the attribution of the quote before."""

from __future__ import annotations

import pytest

from tests.test_body_words import speakers

BEFORE = "Ida Sandholm arbetar som jourkoordinator på Mannerheims barnskyddsförbund."


@pytest.mark.parametrize(
    ("between", "name"),
    [
        ("Barn kan ringa och prata anonymt med en trygg vuxen.", "Ida Sandholm"),
        ("Samtalen är anonyma och gratis.", "Ida Sandholm"),
        # a name hidden: the first name may be another person's
        ("Ida vill vara anonym och heter något annat.", "Ida"),
        ("Ida heter egentligen något annat.", "Ida"),
        ("Namnet är ändrat.", "Ida"),
    ],
)
def test_a_first_name_alone_unless_a_name_is_hidden(between: str, name: str) -> None:
    text = f"Nyheter\n\n{BEFORE}\n\n{between}\n\n– Vi är ett stort team, säger Ida.\n"
    assert speakers(text)[0][0] == name


def test_a_pronoun_after_a_person_introduced_after_the_attribution_before() -> None:
    """ "… säger hon. Ellen Omma, enhetschef på Sametinget, medger att …": the next "säger
    hon" is hers (news set 18); the first is the pensioner's introduced before."""
    text = (
        "Nyheter\n\nSVT har träffat pensionären Brita Omma Persson och hon är orolig.\n\n"
        "– Vad har vi för nytta av det, säger hon. Ellen Omma, enhetschef på Sametinget, "
        "medger att det är en tuff utmaning.\n\n– Som det är nu är det svårt, säger hon.\n"
    )
    assert speakers(text) == [
        ("Brita Omma Persson", "pensionär", ""),
        ("Ellen Omma", "enhetschef", "Sametinget"),
    ]


@pytest.mark.parametrize(
    "after",
    [
        # someone sought, cited or referred to after the attribution is not the next speaker
        "SVT har sökt Kristina Holm, äldreomsorgschef i Västerås stad, som inte har återkommit.",
        "Enligt Kristina Holm, äldreomsorgschef i Västerås stad, är bemanningen god.",
        "Hon hänvisar till Kristina Holm, äldreomsorgschef i Västerås stad.",
    ],
)
def test_a_person_named_after_the_attribution_but_not_speaking(after: str) -> None:
    text = (
        "Nyheter\n\nEva Lund är undersköterska på Solgården.\n\n"
        f"– Vi hinner inte, säger hon. {after}\n\n– Ingen lyssnar på oss, säger hon.\n"
    )
    assert [name for name, _, _ in speakers(text)] == ["Eva Lund", "Eva Lund"]


@pytest.mark.parametrize(
    "between",
    [
        "En lärare, Maria, som uttalar sig anonymt, berättar om otryggheten.",
        "Maria är en lärare på skolan. Hon är anonym i artikeln.",
    ],
)
def test_someone_anonymous_hides_a_name(between: str) -> None:
    text = (
        "Nyheter\n\nMaria Svensson är biträdande rektor på Rinkebyskolan.\n\n"
        f"{between}\n\n– Det är ingen som lyssnar på oss, säger Maria.\n"
    )
    assert speakers(text)[-1][0] == "Maria"
