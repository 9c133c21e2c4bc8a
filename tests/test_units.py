"""A bare unit's body (kb.extract.units): "Akutmottagningen" is which hospital's?"""

from __future__ import annotations

import pytest

from kb.extract import extract_passages
from kb.extract.counties import county_board
from kb.extract.units import is_bare_unit, unit_with_body
from kb.models import Block, Document
from tests.extraction_scoring import organisation_agrees


@pytest.mark.parametrize(
    ("name", "bare"),
    [
        ("Akutmottagningen", True),
        ("Barn- och ungdomskliniken", True),
        ("Onkologiska kliniken", True),
        ("Mobilt psykiatriskt akutteam", True),
        ("Enheten för alkohol", True),
        ("Socialförvaltningen", True),
        ("Kommunstyrelsen", True),
        # a body's own name, a known body, an agency, or the sentence going on
        ("Stadsmissionens natthärbärge i Majorna", False),
        ("Vision i Borås", False),
        ("Inspektionen för vård och omsorg", False),
        ("Statens institutionsstyrelse", False),
        ("Länsstyrelsen", False),
        ("Kriminalvården", False),
        ("Samhällsbyggnadsförvaltningen leder arbetet", False),
        ("Barn- och familjeenheten skickade till socialnämnden i februari", False),
    ],
)
def test_a_bare_unit_is_named_by_what_it_is(name: str, bare: bool) -> None:
    assert is_bare_unit(name) is bare


@pytest.mark.parametrize(
    ("unit", "texts", "publisher", "organisation"),
    [
        # the body the text writes beside the unit
        (
            "Akutmottagningen",
            ["Kuratorer finns på akutmottagningen vid Vrinnevisjukhuset i Norrköping."],
            "",
            "Akutmottagningen vid Vrinnevisjukhuset",
        ),
        (
            "Socialförvaltningen",
            ["Gör: Enhetschef för tidiga insatser, socialförvaltningen, Örebro kommun."],
            "",
            "Socialförvaltningen i Örebro kommun",
        ),
        # a municipality's unit at a place: the place's municipality
        (
            "Socialförvaltningen",
            ["Hon arbetar på socialförvaltningen i Örebro sedan 2019."],
            "",
            "Socialförvaltningen i Örebro kommun",
        ),
        # else the page's own publisher, when the unit can be its
        (
            "Institutionen för juridik",
            ["Avhandlingen läggs fram i dag."],
            "Örebro universitet",
            "Institutionen för juridik vid Örebro universitet",
        ),
        (
            "Hälsofrämjande enheten",
            ["Kurserna är gratis."],
            "Region Jämtland Härjedalen",
            "Hälsofrämjande enheten i Region Jämtland Härjedalen",
        ),
        # … not a clinic on a region's page that names hospitals (a third review: Capio's S:t
        # Görans sjukhus runs it for Region Stockholm), though the region's own nämnd is its
        (
            "Akutmottagningen",
            ["Capio S:t Görans sjukhus drivs på uppdrag av regionen.", "Södersjukhuset väntar."],
            "Region Stockholm",
            "Akutmottagningen",
        ),
        (
            "Hälso- och sjukvårdsnämnden",
            ["Capio S:t Görans sjukhus drivs på uppdrag av regionen.", "Södersjukhuset väntar."],
            "Region Stockholm",
            "Hälso- och sjukvårdsnämnden i Region Stockholm",
        ),
        # … not a municipality's förvaltning on a union's page, nor a clinic on a kommun's
        ("Socialförvaltningen", ["Medlemmarna larmar."], "Vision", "Socialförvaltningen"),
        ("Akutmottagningen", ["Samverkan ökar."], "Motala kommun", "Akutmottagningen"),
        # else the one municipality or region the text names
        (
            "Kommunstyrelsen",
            ["Motala kommun satsar på fritidsgårdar."],
            "",
            "Kommunstyrelsen i Motala kommun",
        ),
        (
            "Hälso- och sjukvårdsnämnden",
            ["Region Värmland satsar på unga."],
            "",
            "Hälso- och sjukvårdsnämnden i Region Värmland",
        ),
        # … none of two, and none for a unit that may be either's ("missbruksvården")
        (
            "Socialförvaltningen",
            ["Motala kommun och Mjölby kommun samarbetar."],
            "",
            "Socialförvaltningen",
        ),
        (
            "Missbruksvården",
            ["Region Gävleborg och Gävle kommun samarbetar."],
            "",
            "Missbruksvården",
        ),
        # … and none when the text writes two bodies beside the unit
        (
            "Akutmottagningen",
            [
                "akutmottagningen vid Vrinnevisjukhuset",
                "akutmottagningen på Sahlgrenska universitetssjukhuset",
            ],
            "",
            "Akutmottagningen",
        ),
        # a review's: not a comparison's municipality, nor one of a list, nor a company's unit
        (
            "Socialförvaltningen",
            [
                "Lunds kommun inför ett nytt arbetssätt.",
                "Modellen har hämtats från socialförvaltningen i Malmö.",
            ],
            "",
            "Socialförvaltningen",
        ),
        (
            "Socialtjänsten",
            ["Socialtjänsten, Region Skåne och polisen har startat ett samarbete."],
            "",
            "Socialtjänsten",
        ),
        (
            "Socialtjänsten",
            ["Bara Sundsvalls kommun har lyckats.", "I Gävle har socialtjänsten tappat folk."],
            "",
            "Socialtjänsten",
        ),
        (
            "Kundtjänsten",
            ["Mälarenergi i Västerås stad skickade fel fakturor."],
            "",
            "Kundtjänsten",
        ),
        ("Vårdcentralen", ["Capio stänger sin vårdcentral i Region Halland."], "", "Vårdcentralen"),
        # … nor a municipality's unit on an agency's page that names a municipality
        (
            "Vuxenenheten",
            ["IVO kritiserar Ljusdals kommun."],
            "Inspektionen för vård och omsorg",
            "Vuxenenheten",
        ),
        # … nor one of two hospitals, and a hospital's name whole
        (
            "Akutmottagningen",
            [
                "Akutmottagningen vid Vrinnevisjukhuset är full.",
                "På Universitetssjukhuset i Linköping är det lugnt.",
            ],
            "",
            "Akutmottagningen",
        ),
        (
            "Strokeenheten",
            ["Patienterna kommer till strokeenheten på Norrlands universitetssjukhus."],
            "",
            "Strokeenheten vid Norrlands universitetssjukhus",
        ),
        # a county board is a body of its own, not a unit ("länsstyrelsen i Gävle")
        (
            "Länsstyrelsen",
            ["Handläggare från länsstyrelsen i Gävle hjälper till."],
            "",
            "Länsstyrelsen",
        ),
    ],
)
def test_a_bare_unit_gets_the_body_it_belongs_to(
    unit: str, texts: list[str], publisher: str, organisation: str
) -> None:
    # Each text as the speaker's own (the quote and the paragraph before it).
    assert unit_with_body(unit, tuple(texts), publisher, near="\n".join(texts)) == organisation


@pytest.mark.parametrize(
    ("unit", "texts", "name", "publisher", "organisation"),
    [
        # the body written beside the unit in the speaker's own paragraph
        (
            "Onkologiska kliniken",
            ["Kontakt: Emma Holm, kurator, onkologiska kliniken, Mälarsjukhuset 016-10 35 72"],
            "Emma Holm",
            "",
            "Onkologiska kliniken vid Mälarsjukhuset",
        ),
        # … not in another person's (a second review: a colleague in Värmland)
        (
            "Akutmottagningen",
            [
                "– Vi tar emot fler, säger Johan Ström, chef på akutmottagningen vid Mälarsjukhuset.",
                "– Det gynnar oss, säger Lena Sjö, chef för akutmottagningen.",
            ],
            "Lena Sjö",
            "",
            "Akutmottagningen",
        ),
        # … nor of a former job
        (
            "Akutmottagningen",
            [
                "I femton år arbetade Helena Rask på akutmottagningen vid Danderyds sjukhus.",
                "– Här är det lugnare, säger Helena Rask, chef för akutmottagningen.",
            ],
            "Helena Rask",
            "",
            "Akutmottagningen",
        ),
        # a generic hospital's place is its name's
        (
            "Barnkliniken",
            ["Mikael Ek är kurator på barnkliniken vid Centralsjukhuset i Karlstad."],
            "Mikael Ek",
            "",
            "Barnkliniken vid Centralsjukhuset i Karlstad",
        ),
        # a company's page: its psykiatri, not the region's (a second review) …
        (
            "Psykiatrin",
            [
                "Capio öppnar en mottagning i Malmö åt Region Skåne.",
                "– Vi är glada, säger Ulla Berg.",
            ],
            "Ulla Berg",
            "Capio",
            "Psykiatrin",
        ),
        # … but a municipality's own organ is the municipality's on any page
        (
            "Socialförvaltningen",
            ["Humana tar över i Borlänge kommun.", "– Välkomna, säger Anders Lund, chef."],
            "Anders Lund",
            "Humana",
            "Socialförvaltningen i Borlänge kommun",
        ),
    ],
)
def test_a_units_body_is_the_speakers_own(
    unit: str, texts: list[str], name: str, publisher: str, organisation: str
) -> None:
    near = texts[-1]
    assert unit_with_body(unit, tuple(texts), publisher, near=near, name=name) == organisation


def test_a_speakers_unit_gets_its_hospital_in_a_news_text() -> None:
    # Page probe 29: "kurator på akutmottagningen" was "Akutmottagningen", which hospital's?
    text = [
        "Sedan i våras finns kuratorer på akutmottagningen vid Vrinnevisjukhuset i Norrköping.",
        "– Det handlar om att finnas där, säger Amira Hassan, kurator på akutmottagningen.",
    ]
    blocks = (
        Block("heading", "Kurator på akuten", level=1),
        *(Block("paragraph", t) for t in text),
    )
    document = Document(title="Kurator på akuten", id="d", blocks=blocks, doctype="nyhet")
    quote = [p for p in extract_passages(document) if p.kind == "quote"][-1]
    assert quote.speaker is not None
    assert quote.speaker.organisation == "Akutmottagningen vid Vrinnevisjukhuset"


@pytest.mark.parametrize(
    ("labelled", "found", "agrees"),
    [
        ("Vrinnevisjukhuset", "Akutmottagningen vid Vrinnevisjukhuset", True),
        ("akutmottagningen", "Akutmottagningen vid Vrinnevisjukhuset", True),
        ("akutmottagningen, Vrinnevisjukhuset", "Akutmottagningen vid Vrinnevisjukhuset", True),
        ("Örebro kommun", "Socialförvaltningen i Örebro kommun", True),
        ("socialförvaltningen i Motala kommun", "Socialförvaltningen i Örebro kommun", False),
        ("Akademiska sjukhuset", "Akutmottagningen", False),
        # a unit of its own name is no bare unit: its place is no body
        ("Borås", "Vision i Borås", False),
    ],
)
def test_a_labeller_may_name_a_unit_or_its_body(labelled: str, found: str, agrees: bool) -> None:
    assert organisation_agrees({"organisation": labelled}, {"organisation": found}) is agrees


@pytest.mark.parametrize(
    ("texts", "board"),
    [
        # one board written two ways (page probe 55: a photo's credit and the text)
        (
            ["Foto: Länsstyrelsen Jönköpings län", "enhetschef på Länsstyrelsen i Jönköpings län"],
            "Länsstyrelsen Jönköpings län",
        ),
        (["Länsstyrelsen Skåne", "Länsstyrelsen i Skåne län"], "Länsstyrelsen Skåne"),
        # two boards: none
        (["Länsstyrelsen Skåne", "Länsstyrelsen Stockholm"], ""),
    ],
)
def test_a_county_board_written_two_ways_is_one_board(texts: list[str], board: str) -> None:
    assert county_board(texts) == board


def test_a_units_speakers_are_indexed_under_its_body_too() -> None:
    # A unit named with its municipality stays in front of it; the organisation facet and
    # "org:" find the speaker under the municipality too.
    from kb.index.records import passage_fields
    from kb.models import Document, Passage, Speaker

    document = Document(title="Nyhet", publisher="Västerbottens-Kuriren")
    said = Speaker(
        name="Anna Berg", role="enhetschef", organisation="Socialförvaltningen i Umeå kommun"
    )
    passage = Passage(
        id="p", doc_id="d", position=0, text="– Vi ser fler ärenden.", source_text="", speaker=said
    )
    fields = passage_fields(passage, document, near="00")
    assert fields["organisation"].split(",") == [
        "Socialförvaltningen i Umeå kommun",
        "Umeå kommun",
        "Västerbottens-Kuriren",
    ]
