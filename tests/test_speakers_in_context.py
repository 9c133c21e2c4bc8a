"""Speakers found from the text around a quote, as the blind news sets read them
(bench/news_quotes.py): a contact line is no speaker, an interview's answers are the
interviewee's, a line read as a heading hands over to the dash quote after it, an agency's
head leads the agency the text is about, a unit's body is the organisation."""

from __future__ import annotations

import pytest

from kb.extract import extract_passages
from kb.extract.bodies import organisation_name
from kb.models import Passage
from kb.parse import parse_bytes


def quotes(text: str) -> list[Passage]:
    return [
        p for p in extract_passages(parse_bytes(text.encode(), "p.txt")[0]) if p.kind == "quote"
    ]


def speakers(text: str) -> list[tuple[str, str, str] | None]:
    return [
        (q.speaker.name, q.speaker.role, q.speaker.organisation) if q.speaker else None
        for q in quotes(text)
    ]


def test_a_contact_under_its_heading_speaks_no_quote() -> None:
    # news-quotes-22 16: the last quote went to the press officer under "Kontakt".
    text = (
        "Attendo välkomnar förslaget\n\n"
        "– Det ska vara enkelt att välja, säger Attendos vd Ammy Wehlin.\n\n"
        "– Vi har länge efterlyst ett nationellt kvalitetssystem.\n\n"
        "Kontakt:\nCharlotte Näsström Morén, presschef, 072-715 70 50\n\n"
        "Attendo utför vård och omsorg.\n"
    )
    assert [b.kind for b in parse_bytes(text.encode(), "p.txt")[0].blocks][-3:-1] == [
        "heading",
        "heading",
    ]
    assert [s[0] if s else None for s in speakers(text)] == ["Ammy Wehlin", "Ammy Wehlin"]


def test_a_speaker_line_right_after_a_quote_still_names_its_speaker() -> None:
    text = "Nyheter\n\n– Vi öppnar i maj.\n\nAnna Ek, verksamhetschef\n"
    assert speakers(text) == [("Anna Ek", "verksamhetschef", "")]


def test_an_agency_head_leads_the_agency_the_text_names_most() -> None:
    # news-quotes-1 27: Socialstyrelsen twice, "polisen" once.
    text = (
        "Orosanmälningar\n\n"
        "Socialtjänsten fick 331 000 anmälningar, enligt Socialstyrelsens kartläggning.\n\n"
        "Enligt Socialstyrelsen har anmälningarna ökat.\n\n"
        "– Det finns en underrapportering, säger generaldirektör Olivia Wigzell.\n\n"
        "Historiskt har polisen stått för flest anmälningar.\n"
    )
    assert speakers(text) == [("Olivia Wigzell", "generaldirektör", "Socialstyrelsen")]


def test_an_agency_head_of_two_agencies_named_alike_leads_neither() -> None:
    text = (
        "Granskning\n\n"
        "Riksrevisionen har granskat Socialstyrelsen.\n\n"
        "– Vi tar det på allvar, säger generaldirektör Olivia Wigzell.\n"
    )
    assert speakers(text) == [("Olivia Wigzell", "generaldirektör", "")]


def test_gd_is_an_agency_head() -> None:
    text = (
        "Riksrevisionen har granskat IVO:s tillsyn. Granskningen visar att IVO har brister.\n\n"
        "- IVO har själva identifierat flera av utmaningarna, säger GD Sofia Wallström.\n"
    )
    assert speakers(text) == [("Sofia Wallström", "gd", "Inspektionen för vård och omsorg")]


@pytest.mark.parametrize(
    ("phrase", "body"),
    [
        ("Socialstyrelsens tillsynsavdelning", "Socialstyrelsen"),
        (
            "Mannerheims barnskyddsförbunds barn- och ungdomstelefon",
            "Mannerheims barnskyddsförbund",
        ),
        (
            "Social- och omsorgsförvaltningens förebyggande enhet",
            "Social- och omsorgsförvaltningen",
        ),
        # a place's genitive names the body itself
        ("Stockholms stad", "Stockholms stad"),
        ("Angereds socialkontor", "Angereds socialkontor"),
        ("Borlängepolisens ungdomsgrupp", "Borlängepolisens ungdomsgrupp"),
        ("Statens institutionsstyrelse", "Statens institutionsstyrelse"),
        ("KST:s styrelse", "KST:s styrelse"),
    ],
)
def test_a_unit_named_by_its_body_is_that_body(phrase: str, body: str) -> None:
    assert organisation_name(phrase) == body


def test_a_line_read_as_a_heading_hands_over_to_the_dash_quote_after_it() -> None:
    # reports-10 01: the line lost its colon; the dash quote went to the author named before.
    text = (
        "Kommunala välfärdsutmaningar\n\n"
        "Arena idé har låtit ekonomhistorikern Josef Liljegren räkna på kommunerna.\n\n"
        "Arena idés chefsekonom Sandro Scocco kommenterar rapporten såhär\n\n"
        "– De senaste årtiondena har vi fört en politik som har dragit isär stad och land.\n"
    )
    assert [s[0] if s else None for s in speakers(text)] == ["Sandro Scocco"]


def test_a_line_read_as_a_heading_keeps_the_title_it_gives() -> None:
    text = (
        "Vräkningar\n\nKronofogden la fram en rapport.\n\nDet är en ökning med 28 barn.\n\n"
        "Åsa Schelin är expert på boendefrågor hos Allmännyttan och hon kommenterar siffrorna:"
        "\n\n– Det är tråkigt att trenden inte vänder.\n\nSå arbetar Allmännyttan\n\n"
        "Mycket handlar om förebyggande arbete.\n"
    )
    blocks = parse_bytes(text.encode(), "p.txt")[0].blocks
    assert blocks[3].kind == "heading"  # the line lost its colon
    assert speakers(text) == [("Åsa Schelin", "expert på boendefrågor", "Allmännyttan")]


def test_an_interviews_answers_are_the_one_person_it_names() -> None:
    # news-quotes-16 04: questions as plain paragraphs, answers as dash lines.
    text = (
        "Vi höjer rösten tillsammans\n\n"
        "Kontoret ligger i gårdshuset, och där har Erika Ershammar arbetat i sex år.\n\n"
        "- Mitt arbete som jurist innebär att jag ger stöd till asylsökande.\n\n"
        "Vad har ni valt att fokusera på de senaste åren?\n\n"
        "- Vi fick i uppdrag att ställa om.\n"
    )
    assert [s[0] if s else None for s in speakers(text)] == ["Erika Ershammar"] * 2


def test_the_one_person_named_speaks_a_quote_in_the_first_person() -> None:
    # news-quotes-18 10
    text = (
        "Arbetsinvandrarna\n\n"
        "Hung Le Ngoc står utanför växthuset med sin son. Han är pappaledig.\n\n"
        "– Min syster var gift med en Närpesbo.\n"
    )
    assert [s[0] if s else None for s in speakers(text)] == ["Hung Le Ngoc"]


@pytest.mark.parametrize(
    "quote",
    [
        "– Det är rätt typiskt att man kommer hit med känslan av att vara ensam.",  # no "jag"
        "– Hon var alltid glad och vi saknar henne.",  # speaks of someone
    ],
)
def test_the_one_person_named_speaks_no_quote_of_someone_else(quote: str) -> None:
    text = f"Nyheter\n\nElin Svensson omkom i en olycka i fjol.\n\n{quote}\n"
    assert speakers(text) in ([], [None])


def test_a_pronoun_after_a_place_names_no_one() -> None:
    text = (
        "Nyheter\n\nFlera kommuner har fått kritik av IVO. En av dem är Upplands Väsby.\n\n"
        "– Vi tar kritiken på allvar, säger hon.\n"
    )
    assert speakers(text) in ([], [None])
