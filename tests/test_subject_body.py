"""A speaker kb finds no body for, with the title of a body's own people, speaks for the body
the text is about (kb.extract.subjects): an association's or a company's own story, as news
sets 19, 20 and 24 had them, and the cases of an adversarial review. Texts written for
these tests."""

from __future__ import annotations

import pytest

from kb.extract import extract_passages
from kb.extract.subjects import speaks_for_subject, subject_body
from kb.parse import parse_bytes


def organisations(text: str) -> list[str]:
    """The organisation of every quote's speaker kb finds in a text."""
    passages = extract_passages(parse_bytes(text.encode(), "p.txt")[0])
    return [p.speaker.organisation if p.speaker else "" for p in passages if p.kind == "quote"]


HOME = """Humana öppnar nytt HVB-hem i Kalmar

Humana driver sedan i våras ett hem för ensamkommande unga. Humana har anställt tolv personer.

Humana räknar med fler platser till hösten.

– Vi ser att ungdomarna trivs, säger Anna Berg, enhetschef.
"""


def test_a_chief_of_no_body_speaks_for_the_body_the_text_is_about() -> None:
    assert organisations(HOME) == ["Humana"]


def test_the_body_named_in_the_attribution_comes_first() -> None:
    assert organisations(HOME.replace("enhetschef.", "enhetschef på Attendo.")) == ["Attendo"]


def test_only_near_the_quote() -> None:
    """Someone quoted where the text no longer speaks of the body may be the other side's."""
    text = HOME.replace(
        "Humana räknar med fler platser till hösten.", "Kommunen räknar med fler platser."
    )
    assert organisations(text) == [""]


@pytest.mark.parametrize(
    "role",
    [
        "",  # a resident, a relative, a customer: as often as the body's own people
        "professor i socialt arbete",  # a researcher comments on the story
        "socialminister",
        "tidigare enhetschef",  # no longer theirs
        "socialsekreterare",  # an occupation, not the body's secretary
        "körledare",
        "psykolog",
    ],
)
def test_no_body_for_anyone_but_a_bodys_own_people(role: str) -> None:
    assert not speaks_for_subject(role)
    speaker = f"Anna Berg, {role}." if role else "Anna Berg."
    assert organisations(HOME.replace("Anna Berg, enhetschef.", speaker)) == [""]


def test_a_councillor_is_the_municipalitys_the_text_is_set_in_not_the_bodys() -> None:
    # kb.extract.municipalities.head_set_in: the text names Kalmar, no "Kalmar kommun".
    assert not speaks_for_subject("kommunalråd")
    text = HOME.replace("Anna Berg, enhetschef.", "Anna Berg, kommunalråd.")
    assert organisations(text) == ["Kalmar kommun"]


@pytest.mark.parametrize(
    "role", ["enhetschef", "ordförande", "förbundssekreterare", "talesperson", "vd", "grundare"]
)
def test_a_bodys_own_people(role: str) -> None:
    assert speaks_for_subject(role)


@pytest.mark.parametrize(
    "texts",
    [
        # named twice only
        ("Humana öppnar ett hem. Humana anställer.",),
        # another body named as often: no body the text is about
        ("Humana och Attendo. Humana, Attendo. Humana och Attendo bygger.",),
        # a public body: its page quotes residents, and kb.extract.publishers covers its staff
        ("Umeå kommun bygger. Umeå kommun anställer. Umeå kommun öppnar.",),
        # a law's letters, a lone noun in the definite
        ("Vård enligt lagen om vård av unga (LVU). LVU gäller. LVU ändras.",),
        ("Socialtjänsten ringer. Socialtjänsten hjälper. Socialtjänsten finns.",),
        # a method's letters spelt out in lower case
        ("Arbetet med SAM (samverka, agera, motivera) går vidare. SAM växer. SAM sprids.",),
        # an adjective is no union: "kommunal" is not Kommunal
        ("Kommunal kräver. Det kommunala stödet och kommunal service. En kommunal fråga.",),
    ],
)
def test_no_body_a_text_is_about(texts: tuple[str, ...]) -> None:
    assert subject_body(texts, "\n".join(texts)) == ""


@pytest.mark.parametrize(
    ("texts", "body"),
    [
        (("Humana öppnar ett hem. Humana anställer. Humanas vd är nöjd.",), "Humana"),
        (
            (
                "Det Kommunala Pensionärsrådet (KPR) gick i taket.",
                "KPR består av tolv ledamöter. KPR:s möten är öppna.",
            ),
            "KPR",
        ),
    ],
)
def test_the_body_a_text_is_about(texts: tuple[str, ...], body: str) -> None:
    assert subject_body(texts, "\n".join(texts)) == body
