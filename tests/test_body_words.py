"""A body named by one word whose ending says what kind of body it is ("Diakonissanstalten",
"Bräcke diakoni" aside), after "från" where a place may stand too (news set 17), and a
commission that speaks as "Kommissionen" after its name was written (the interpellations)."""

from __future__ import annotations

import pytest

from kb.extract import extract_passages
from kb.parse import parse_bytes


def speakers(text: str) -> list[tuple[str, str, str]]:
    """Each quote's speaker (name, role, organisation) in a text, in order."""
    passages = extract_passages(parse_bytes(text.encode(), "p.txt")[0])
    return [
        (p.speaker.name, p.speaker.role, p.speaker.organisation) if p.speaker else ("", "", "")
        for p in passages
        if p.kind == "quote"
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Diakonissanstalten i Helsingfors", "Diakonissanstalten i Helsingfors"),
        ("Diakonissanstalten", "Diakonissanstalten"),
        ("Stadsmissionen", "Stadsmissionen"),
        ("Hyresgästföreningen", "Hyresgästföreningen"),
        ("Universitetssjukhuset i Linköping", "Universitetssjukhuset i Linköping"),
        ("Ersta diakoni", ""),  # no ending of a body's kind: it may be a place
        ("Helsingfors", ""),
        ("Upplands Väsby", ""),
    ],
)
def test_a_body_after_from_by_its_ending(body: str, expected: str) -> None:
    text = f"Nyheter\n\n– Vi är glada, säger direktör Tuija Åstedt från {body}.\n"
    assert speakers(text) == [("Tuija Åstedt", "direktör", expected)]


@pytest.mark.parametrize(
    "word", ["Byrån", "Kyrkan", "Kliniken", "Vården", "Huset", "Fonden", "Bolaget"]
)
def test_a_kinds_word_alone_is_no_body(word: str) -> None:
    """Eight letters or fewer: the word of the kind alone, not a body's name."""
    text = f"Nyheter\n\n– Vi är glada, säger Anna Berg från {word}.\n"
    assert speakers(text) == [("Anna Berg", "", "")]


def test_a_commission_speaks_by_its_kind_after_its_name() -> None:
    text = (
        "Coronakommissionen lämnade sitt första delbetänkande i december. Kommissionen "
        "konstaterade vidare: ”Det som har haft störst inverkan på antalet sjuka i svensk "
        "äldreomsorg är sedan länge välkända strukturella brister.”\n"
    )
    assert speakers(text) == [("Coronakommissionen", "", "Coronakommissionen")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            # An occupation kb did not know (news set 17).
            '"Vi vill att också de äldre ska kunna ringa", säger överskötare Kathy Guss.',
            ("Kathy Guss", "överskötare", ""),
        ),
        (
            "– Bra, säger psykiatrisk sjuksköterska Anna Berg.",
            ("Anna Berg", "psykiatrisk sjuksköterska", ""),
        ),
        (
            "Det återkommer när Caroline Bielkhammar, bosocial chef på Hyresbostäder, berättar."
            "\n\n– Trygghet är superviktigt, säger Caroline.",
            ("Caroline Bielkhammar", "bosocial chef", "Hyresbostäder"),
        ),
        (
            # News set 18: "-arbetare", "ledande", a parish; a title held since a time.
            "– Bra, säger ledande diakoniarbetare Petri Lehtisalo från Leppävaara församling.",
            ("Petri Lehtisalo", "ledande diakoniarbetare", "Leppävaara församling"),
        ),
        (
            "– Bra, säger Taina Sandberg, ledande diakoniarbetare i Esbo svenska församling.",
            ("Taina Sandberg", "ledande diakoniarbetare", "Esbo svenska församling"),
        ),
        (
            "Ida Sandholm har sedan augusti i fjol jobbat som jourkoordinator på Mannerheims "
            "barnskyddsförbund.\n\n– Vi är ett stort team, säger Ida Sandholm.",
            ("Ida Sandholm", "jourkoordinator", "Mannerheims barnskyddsförbund"),
        ),
        (
            # a title, its preposition and what it heads, then the name
            "– Bra, konstaterar chefen för ungdomstjänster Nina Jorkama.",
            ("Nina Jorkama", "chef", "Ungdomstjänster"),
        ),
        (
            "– Bra, säger ordföranden i socialnämnden Anna Berg.",
            ("Anna Berg", "ordförande", "Socialnämnden"),
        ),
        ("– Bra, säger ordförande i Kommunal Anna Berg.", ("Anna Berg", "ordförande", "Kommunal")),
        (
            "Ledande socialarbetaren Kaisu Ketola vid krisjouren i Helsingfors försäkrar att "
            "ingen lämnas.\n\n– Vi kollar med skyddshemmen, säger Ketola.",
            ("Kaisu Ketola", "ledande socialarbetare", "Krisjouren i Helsingfors"),
        ),
        (
            # a municipality's officer "i Gävle" works for the municipality the text names
            # (news set 19) …
            "Gävle kommun satsar på barnen.\n\n– Vi behöver komma in tidigare, säger "
            "Christine Hemborg, socialchef i Gävle.",
            ("Christine Hemborg", "socialchef", "Gävle kommun"),
        ),
        (
            # … else Sweden's municipality of that place (kb/data/municipalities.txt) …
            "– Vi behöver komma in tidigare, säger Christine Hemborg, socialchef i Gävle.",
            ("Christine Hemborg", "socialchef", "Gävle kommun"),
        ),
        (
            # … else the place as written
            "– Vi behöver komma in tidigare, säger Christine Hemborg, socialchef i Kista.",
            ("Christine Hemborg", "socialchef", "Kista"),
        ),
        (
            "Arbetet bedrivs i samverkan. Kommunpolis Petter Sandstedt ser fördelar med det."
            "\n\n– Polisen kan inte vara överallt, säger Petter Sandstedt.",
            ("Petter Sandstedt", "kommunpolis", "Polismyndigheten"),
        ),
        (
            # how long a title has been held, or since when
            "Anna Berg har i 20 år jobbat som undersköterska på Solgården.\n\n– Det är ett "
            "lyft, säger hon.",
            ("Anna Berg", "undersköterska", "Solgården"),
        ),
        (
            # … or said after it (page probes 35, 45)
            "Anna Berg har varit undersköterska på Solgården sedan 2019.\n\n– Det är ett "
            "lyft, säger hon.",
            ("Anna Berg", "undersköterska", "Solgården"),
        ),
        (
            "En av dem är Anna Berg, som har varit volontär i fem år.\n\n– Det är ett "
            "lyft, säger hon.",
            ("Anna Berg", "volontär", ""),
        ),
        (
            # a field's "-förebyggande" belongs to the title; "där" ends it (page probe 48)
            "Polisen deltar. Anna Berg är brottsförebyggande samordnare där.\n\n– Det är ett "
            "lyft, säger hon.",
            ("Anna Berg", "brottsförebyggande samordnare", ""),
        ),
        (
            # … not something else held so long
            "Anna Berg har varit sjukskriven i två år.\n\n– Det är ett lyft, säger hon.",
            ("Anna Berg", "", ""),
        ),
        (
            # a police officer by the title "polis" alone is anyone's: "dansk polis" (a review)
            "– Det skapar köer, säger Mette Jensen, dansk polis.",
            ("Mette Jensen", "dansk polis", ""),
        ),
        (
            # news set 20: a suspended compound in a relative clause; a sentence glued to the
            # name
            "– Det finns ett stigma, säger Amelia Lilja, som är budget- och skuldrådgivare i "
            "Karlshamns kommun.",
            ("Amelia Lilja", "budget- och skuldrådgivare", "Karlshamns kommun"),
        ),
        (
            "- Problemen kommer inte som en överraskning, säger Unionens ordförande Ole "
            "Norrback.Läs mer",
            ("Ole Norrback", "ordförande", "Unionen"),
        ),
        (
            # an image's file name glued to a first name (news set 33)
            "För verksamhetschef Cecilia Loqvist är simskolan ett verktyg.\n\n– Vi erbjuder "
            "simundervisning under loven, berättar Cecilia.img_0510",
            ("Cecilia Loqvist", "verksamhetschef", ""),
        ),
        (
            # … not a number after an abbreviation (a review)
            "– Bygget går enligt plan, säger Per Holm, projektledare för E4 etapp.2 på Trafikverket.",
            ("Per Holm", "projektledare", "Trafikverket"),
        ),
        (
            # a municipality's unit by its kind and name, after "i" (news set 20)
            "– Bra, säger Tobias Hultström, avdelningschef i sektor vård och omsorg.",
            ("Tobias Hultström", "avdelningschef", "Sektor vård och omsorg"),
        ),
        ("– Bra, säger Tobias Hultström, chef i Malmö.", ("Tobias Hultström", "chef", "Malmö")),
        (
            # … not one held before
            "Beatrice Ask har tidigare varit statsråd på Justitiedepartementet.\n\n– Många "
            "barn far illa, säger Beatrice Ask.",
            ("Beatrice Ask", "", ""),
        ),
        (
            # A director's title names the kind of body the text names one of (news set 16).
            "Samkommunen för Österbottens välfärdsområde blir självstyrande.\n\n– Den största "
            "förändringen kom 2022, berättar välfärdsområdesdirektör Marina Kinnunen.",
            ("Marina Kinnunen", "välfärdsområdesdirektör", "Österbottens välfärdsområde"),
        ),
        (
            # … not a region's: a company has one too (a review)
            "Region Skåne har gett Skanska uppdraget.\n\n– Vi är glada, säger Skanskas "
            "regiondirektör Anna Berg.",
            ("Anna Berg", "regiondirektör", ""),
        ),
        (
            # a party's, a mood's adjective is no part of the title (a review)
            "– Bra, säger det socialdemokratiska kommunalrådet Anna Berg.",
            ("Anna Berg", "kommunalråd", "Socialdemokraterna"),
        ),
        ("– Bra, säger en skeptisk ordförande Anna Berg.", ("Anna Berg", "ordförande", "")),
        (
            # a surname that is an occupation's word (a review)
            "– Bra, säger Anna Kantor, rektor på Vasaskolan.",
            ("Anna Kantor", "rektor", "Vasaskolan"),
        ),
        (
            # a body's name after a place in the genitive goes on (a review)
            "– Bra, säger Anna Berg, gruppledare för Vänsterpartiet i Göteborgs kommunfullmäktige.",
            ("Anna Berg", "gruppledare", "Vänsterpartiet i Göteborgs kommunfullmäktige"),
        ),
        (
            # a title held before (a review)
            "Anna Berg har också varit statssekreterare på Finansdepartementet.\n\n– Bra, "
            "säger Anna Berg.",
            ("Anna Berg", "", ""),
        ),
    ],
)
def test_titles_kb_did_not_know_and_the_bodies_they_name(
    text: str, speaker: tuple[str, str, str]
) -> None:
    assert speakers(f"Nyheter\n\n{text}\n") == [speaker]


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # a headline that quotes (news sets 18 and 19) …
        ("”Tack till politikerna som tog sitt ansvar”", 0),
        ('"Win win för alla"', 0),
        # … not a pull quote, a sentence of its own
        ("”Vi måste agera nu, innan fler barn far illa.”", 1),
        ("”Det här är den viktigaste reformen på länge och den behövs nu”", 1),
        # … nor one the paragraph after attributes (a review)
        ("”Bristerna är allvarliga och systematiska”\n\nDet säger Hans Hellman.", 1),
    ],
)
def test_a_headline_in_marks_is_no_quote(text: str, quotes: int) -> None:
    before = "Hans Hellman är ordförande i KPR, kommunens pensionärsråd."
    assert len(speakers(f"Nyheter\n\n{before}\n\n{text}\n\nKPR träffas i maj.\n")) == quotes


@pytest.mark.parametrize(
    ("attribution", "role"),
    [
        ("säger författaren Qaisar Mahmood", "författare"),
        ("säger konsulten Eva Ek", "konsult"),
        ("säger den administrativa chefen Eva Ek", "administrativ chef"),
    ],
)
def test_a_title_in_the_definite_is_stored_indefinite(attribution: str, role: str) -> None:
    assert speakers(f"Nyheter\n\n– Det är bra, {attribution}.\n")[0][1] == role


def test_the_organisations_file_names_each_alias_once() -> None:
    """kb/data/organisations.txt: every line is a name or "alias: name", no alias twice."""
    from importlib import resources

    from kb.parse.organisations import ORGANISATIONS_RESOURCE, known_organisations

    text = resources.files("kb.data").joinpath(ORGANISATIONS_RESOURCE).read_text("utf-8")
    lines = [x for x in map(str.strip, text.splitlines()) if x and not x.startswith("#")]
    aliases = [line.rpartition(": ")[0].casefold() for line in lines if ": " in line]
    assert len(aliases) == len(set(aliases))
    known = known_organisations()
    assert known["handels"] == "Handelsanställdas förbund"
    assert known["unionen"] == "Unionen"


@pytest.mark.parametrize(
    ("attribution", "organisation"),
    [
        ("säger Martin Linder, Unionens ordförande", "Unionen"),
        ("säger Unionens ordförande Martin Linder", "Unionen"),
        ("säger Martin Linder, ordförande för Handels", "Handelsanställdas förbund"),
        ("säger Martin Linder, ordförande i HRF", "Hörselskadades Riksförbund"),
    ],
)
def test_a_body_kb_knows_by_name(attribution: str, organisation: str) -> None:
    assert speakers(f"Nyheter\n\n– Det är allvarligt, {attribution}.\n")[0][2] == organisation


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        # Named after the quote, in the genitive (news set 18: "Helsingfors stads sektor").
        (
            "Seniorer\n\n– Vi öppnar fler träffpunkter, säger hemvårdschef Pia Grön.\n\n"
            "Träffpunkterna drivs av Helsingfors stads sektor för hälsa.\n",
            "Helsingfors stad",
        ),
        # Named before it, a title a municipality shares with others (news set 19).
        (
            "Bistånd\n\nUtbetalningarna har minskat i Kristianstads kommun.\n\n"
            "– Vi ser en nergång, säger verksamhetschef Ann Bjerre.\n",
            "Kristianstads kommun",
        ),
        # A title only a municipality has (news set 21: "kommunalråd", "grundskolechef").
        (
            "Skolan\n\n– Vi tar oron på allvar, säger grundskolechef Eva Jöns.\n\n"
            "Älmhults kommun har fått nya pengar.\n",
            "Älmhults kommun",
        ),
        # Two municipalities: which one is not said.
        (
            "Samverkan\n\n– Vi samarbetar mer, säger verksamhetschef Ann Bjerre.\n\n"
            "Hagfors kommun och Munkfors kommun delar på kostnaden.\n",
            "",
        ),
        # A title a company has too, in a text that names the company (a review): none.
        (
            "Attendo öppnar boende i Nacka kommun\n\n– Vi är glada, säger enhetschef Lisa Ek.\n",
            "",
        ),
        # … nor a hospital's "vårdenhetschef" (the title as a whole word only).
        (
            "Fler patienter\n\n– Trycket är hårt, säger vårdenhetschef Eva Ek.\n\n"
            "Flest kommer från Uppsala kommun.\n",
            "",
        ),
        # An adjective before "kommun" names none ("Liten kommun satsar").
        (
            "Liten kommun satsar på hemtjänsten\n\n– Vi vill vara bäst, säger hemtjänstchef "
            "Eva Ek.\n\nYdre kommun har 3 600 invånare.\n",
            "Ydre kommun",
        ),
        # A title that is no municipality's: none.
        (
            "Vården\n\n– Vi har fått fler patienter, säger professor Ann Bjerre.\n\n"
            "Lunds kommun har fått nya pengar.\n",
            "",
        ),
    ],
)
def test_a_municipal_officer_works_for_the_one_municipality_the_text_names(
    text: str, organisation: str
) -> None:
    assert [s[2] for s in speakers(text)] == [organisation]


@pytest.mark.parametrize(
    ("attribution", "role", "organisation"),
    [
        ("kommunalråd med ansvar för äldreomsorg", "kommunalråd", ""),
        ("kommunalråd med ansvar för socialtjänsten i Malmö", "kommunalråd", "Malmö stad"),
        (
            "regionråd med särskilt ansvar för hälso- och sjukvård, Region Skåne",
            "regionråd",
            "Region Skåne",
        ),
        ("ordförande i socialnämnden med ansvar för barnfrågor", "ordförande", "Socialnämnden"),
        # A list of fields, an acronym among them, is no body (a review).
        ("kommunalråd med ansvar för äldreomsorg, LSS och hemtjänst", "kommunalråd", ""),
        # To the last body: a place inside the field is no body's.
        (
            "enhetschef med ansvar för tillsyn av HVB i Norrland på IVO",
            "enhetschef",
            "Inspektionen för vård och omsorg",
        ),
    ],
)
def test_a_field_the_title_answers_for_is_no_part_of_it(
    attribution: str, role: str, organisation: str
) -> None:
    text = f"Nyheter\n\n– Vi gör mer nu, säger Anna Berg, {attribution}.\n"
    assert speakers(text) == [("Anna Berg", role, organisation)]


@pytest.mark.parametrize(
    ("attribution", "organisation"),
    [
        ("verksamhetschef för nattvandring.nu", "Nattvandring.nu"),
        ("medlem i Jagvillhabostad.nu", "Jagvillhabostad.nu"),
        ("expert på socialrätt.", ""),  # a word before a full stop is no web address
    ],
)
def test_a_body_named_by_its_web_address(attribution: str, organisation: str) -> None:
    text = f"Nyheter\n\n– Vi gör mer nu, säger Jan Lund, {attribution}.\n"
    assert [s[2] for s in speakers(text)] == [organisation]
