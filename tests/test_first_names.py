"""A first name alone in an attribution stands for the full name the text gave before, unless
the text says a name is hidden; calling a helpline anonymously hides no one's name (news set
18)."""

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
