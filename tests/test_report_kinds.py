"""Kinds of report passages that a fourth blind set of report text (reports-4,
bench/report_kinds.py) found read wrong: statistics stated plainly, auditors' criticism,
headlines taken for section headings, an organisation's list of demands."""

from __future__ import annotations

import pytest

from kb.parse import parse_bytes
from tests.test_extract import extract, heading, item, para


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a statistic told as a plain statement
        ("355 personer arbetar med budget- och skuldrådgivning i landet i dag.", "finding"),
        ("Det var dubbelt så vanligt som att ha sökt hjälp inom socialtjänsten.", "finding"),
        ("Det var vanligare bland kvinnor än bland män att ha sökt hjälp.", "finding"),
        ("De har ökat från runt 10 000 till 30 000 på 10 år.", "finding"),
        ("Det klarar 257 kommuner, vilket är sju kommuner fler än i fjol.", "finding"),
        ("Bland dem som sökt hjälp hade de flesta sökt hjälp inom sjukvården.", "finding"),
        # … but not money, a place's size, a year, a plan's aim or a question
        ("Regeringen avsätter 200 miljoner kronor till kommunerna.", "other"),
        ("Alingsås kommun har 40 000 invånare och präglas av en stark tillväxt.", "other"),
        ("Under 2023 personer med funktionsnedsättning i fokus.", "other"),
        ("De äldre kan planera sin egen tid i större utsträckning.", "other"),
        ("Hur många av de 40 000 barn som placeras får en egen handläggare?", "other"),
        # an auditor's criticism: what failed, what should have been done
        ("Socialtjänsten brast däremot i att göra en lex Sarah-utredning.", "finding"),
        ("Nämndsordförande har underlåtit att kalla till möte under juli.", "finding"),
        ("Detta borde socialtjänsten ha gjort.", "other"),
        ("Detta borde ha gjorts redan i början av året.", "other"),
        ("Nämnden har inte givit förvaltningen i uppdrag att utreda konsekvenserna.", "other"),
        ("Revisorerna anser att nämnden inte vidtagit åtgärder i rätt tid.", "finding"),
        ("Revisorerna anser att nämnden bör vidta åtgärder.", "recommendation"),
        ("Vi noterade att arbetsgivarna behövde revidera sina rutiner.", "finding"),
        ("Genom vår kontakt med dem kan vi konstatera att de möter många hinder.", "finding"),
        ("Ett antal brister har identifierats, bland annat när det gäller rutiner.", "finding"),
        # a law is not a source: "enligt LVU"
        ("Vi lämnar i dag vårt remissvar om när vård enligt LVU upphör.", "other"),
        ("Vården upphör enligt LVU när barnet fyller 18 år.", "other"),
        # … nor how a study was made, a company's or a home's size, an invitation, a span of
        # years or hours, a title in quotation marks, a vote (a review of these rules)
        ("Vi har intervjuat 25 personer inom socialtjänsten.", "other"),
        ("Enkäten skickades till 290 kommuner under våren.", "other"),
        ("Boendet får 24 platser och öppnar i maj.", "other"),
        ("Attendo har 25 000 medarbetare i Norden.", "other"),
        ("Avgiften höjs från 200 till 250 kronor.", "other"),
        ("Mottagningen har öppet från 8 till 17.", "other"),
        ("Kampanjen ”10 000 barn” startar i dag.", "other"),
        ("En majoritet av fullmäktige röstade för förslaget.", "other"),
        ("De flesta av oss har någon gång behövt hjälp.", "other"),
        ("Mellan 2001 och 2012 försvann drygt 30 000 platser på äldreboenden.", "finding"),
        ("Det leder till att en stor majoritet av företagen går med förlust.", "finding"),
        # "brast i gråt" is no failing; an assignment not given, however told, no task
        ("Hon brast i gråt när hon fick beskedet.", "other"),
        ("Nämnden gav inte förvaltningen i uppdrag att utreda frågan.", "other"),
        ("Tyvärr kan vi återigen konstatera att rutinerna saknas.", "finding"),
        ("Brister har konstaterats i dokumentationen av besluten.", "finding"),
        # a measure's trend told plainly, a study's result inverted, what someone could
        # establish or has noticed (reports-5); not a condition
        ("Den psykiska ohälsan, i form av ångest och oro, ökar i Östergötland.", "finding"),
        ("Både andelen och antalet äldre ökar kraftigt.", "finding"),
        ("Sammanfattningsvis visar rapporten ökande skillnader", "finding"),
        ("Verksamheter som följer grundprinciperna har visat goda resultat.", "finding"),
        (
            "På 2010-talet kunde volontärerna konstatera att många ansökningar gällde cyklar.",
            "finding",
        ),
        ("De senaste åren har vi på liknande sätt uppmärksammat att barn söker stöd.", "finding"),
        ("Om verksamheten visar gott resultat kan det bli ett argument för fortsättning.", "other"),
        # how a survey was made (reports-6)
        ("Enkäten gick ut under april till 1045 socialsekreterare och sektionschefer.", "other"),
        # an acronym ending in L is a body, not a law
        ("Enligt SKL har kostnaderna stigit kraftigt.", "finding"),
        # still calls
        ("Kommunerna borde ha ett samlat ansvar för hemlösa.", "recommendation"),
        ("Personalen borde ha fast anställning.", "recommendation"),
        ("Kommunen bör ha utarbetat en plan senast 2025.", "recommendation"),
        ("Regeringen ger Socialstyrelsen i uppdrag att kartlägga stödet.", "recommendation"),
    ],
)
def test_kinds_of_report_statements(text: str, kind: str) -> None:
    [p] = extract(para(text))
    assert p.kind == kind


def test_a_drafts_title_makes_no_section_of_proposals() -> None:
    # reports-6: an association's list of its answers to drafts put out for comment
    passages = extract(
        heading("IVO:s förslag till föreskrifter om chefsöverläkarens uppgiftsskyldighet"),
        para("Föreningens remissvar (maj 2022)"),
    )
    assert [p.kind for p in passages] == ["other"]


@pytest.mark.parametrize(
    "headline",
    [
        "Mod att förändra saknas i förslag om barnets bästa när vård enligt LVU upphör",
        "Kritik mot förslag om vårdnadsöverflyttning",
        "SKR välkomnar förslag om ny socialtjänstlag",
    ],
)
def test_a_headline_that_mentions_proposals_does_not_make_its_paragraphs_proposals(
    headline: str,
) -> None:
    passages = extract(
        heading(headline), para("Den tillsatta utredningen var en reaktion på en tragisk händelse.")
    )
    assert [p.kind for p in passages] == ["other"]


@pytest.mark.parametrize(
    "title",
    [
        "Våra förslag",
        "Några av utredningens förslag i korthet",
        "Äldre- och omsorgsnämndens förslag till beslut",
        "3.2 Rekommendationer",
        "För framtiden bör följande rekommendationer prioriteras",
        "Sammanfattning av utredningens viktigaste förslag",
        "Kapitel 5 Utredningens överväganden och förslag",
        "Så här kan kommunerna arbeta vidare – våra förslag",
    ],
)
def test_a_section_named_for_its_proposals_makes_them_so(title: str) -> None:
    [p] = extract(heading(title), para("Den enskilde får ett tydligare inflytande."))
    assert p.kind == "recommendation"


def test_a_lead_in_tells_its_list_by_the_sentence_that_hands_over() -> None:
    passages = extract(
        para(
            "Revisorerna anser att nämnden inte vidtagit åtgärder i rätt tid. Revisorerna "
            "menar att nämnden haft en bristande styrning och pekar på följande:"
        ),
        item("Nämnden ställde först i september krav på en handlingsplan."),
        item("Nämnden har inte ställt krav på att utveckla prognosarbetet."),
    )
    assert [p.kind for p in passages[1:]] == ["finding", "finding"]


def test_an_organisations_list_of_demands_under_what_it_wants() -> None:
    text = (
        "Jämlik vård för alla\n\nMånga får inte sina rättigheter tillgodosedda.\n\n"
        "Funktionsrätt Sverige vill:\n"
        " • Att regeringen tar fram en nationell handlingsplan för jämlik vård.\n"
        " • Att staten finansierar minst 1 250 nya specialistläkare i allmänmedicin.\n"
    )
    [document] = parse_bytes(text.encode(), "krav.txt")
    from kb.extract import extract_passages

    items = [p for p in extract_passages(document) if p.text.startswith("Att ")]
    assert [(p.kind, p.addressee) for p in items] == [
        ("recommendation", "Regeringen"),
        ("recommendation", "Staten"),
    ]


@pytest.mark.parametrize(
    "notice",
    [
        "Din webbläsare är av en äldre modell. Det innebär att du kanske inte kan använda alla "
        "funktioner på webbplatsen. Vi rekommenderar att du uppdaterar till en nyare version.",
        # reports-5
        "Webbplatsen använder teknik som troligen inte stöds av din webbläsare som exempelvis "
        "Internet Explorer 11. Vi rekommenderar att du byter till en modern webbläsare.",
        "Se till att du använder en rekommenderad webbläsare. Är så redan fallet, försök "
        "besöka oss igen om en stund.",
        "Du använder en utdaterad webbläsare som inte längre stöds.",
    ],
)
def test_an_old_browser_notice_in_its_own_words_is_dropped(notice: str) -> None:
    text = f"{notice}\n\nAnalysen visar att barn använder färre timmar med assistans än vuxna.\n"
    [document] = parse_bytes(text.encode(), "analys.txt")
    assert [b.text[:8] for b in document.blocks] == ["Analysen"]


@pytest.mark.parametrize(
    ("text", "addressee"),
    [
        # a board's proposal to its assembly, its assignment to an official (reports-5)
        (
            "Regionstyrelsen föreslår att regionfullmäktige godkänner målen för 2030.",
            "Regionfullmäktige",
        ),
        ("Regionstyrelsen ger regiondirektören i uppdrag att integrera målen.", "Regiondirektören"),
    ],
)
def test_the_addressee_of_a_boards_proposal(text: str, addressee: str) -> None:
    [p] = extract(para(text))
    assert (p.kind, p.addressee) == ("recommendation", addressee)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # reports-7: a change, a spread or a shortfall stated outright, a place against
        # the country
        ("Sjukfrånvaron har varierat kraftigt över tid sedan början av 2000-talet.", "finding"),
        ("Det finns stora skillnader mellan kommunerna i hur länge man får vänta.", "finding"),
        ("Även om försäkringen fungerar väl, så finns det betydande brister i stödet.", "finding"),
        ("När det gäller tobak under graviditet är variationen mellan länen stor.", "finding"),
        ("Det är tre frågor där Tanum har fått ett sämre resultat än riket.", "finding"),
        ("En överväldigande majoritet av allt våld utövas av män och killar.", "finding"),
        # … not a plan, nor a spread that is no finding
        ("Utbudet är stort och variationen god.", "other"),
        ("Kommunen har ett bättre läge än många andra.", "other"),
        # … nor a goal, a purpose, a risk or a vote (a review)
        ("Syftet med granskningen är att undersöka om det finns stora skillnader.", "other"),
        ("Målet är att sjukfrånvaron minskar kraftigt till år 2025.", "other"),
        ("En klar majoritet av ledamöterna röstade för förslaget.", "other"),
        ("Det finns risk för allvarliga brister om bemanningen inte förstärks.", "other"),
    ],
)
def test_statements_of_reports_7(text: str, kind: str) -> None:
    [passage] = extract(para(text))
    assert passage.kind == kind


def test_the_actors_headings_under_a_heading_of_demands() -> None:
    text = (
        "Valet 2022\n\nMånga får sin diagnos för sent.\n\n"
        "Riksförbundet HjärtLung vill att:\n\nStaten:\n\n"
        "  • Beslutar om primärvårdsreformen för att stärka primärvården.\n\n"
        "Kommuner:\n\n"
        "  • Utbildar hemtjänstpersonal om de vanligaste sjukdomarna.\n"
    )
    [document] = parse_bytes(text.encode(), "krav.txt")
    from kb.extract import extract_passages

    items = [p for p in extract_passages(document) if p.block_kind == "list_item"]
    assert [(p.kind, p.addressee) for p in items] == [
        ("recommendation", "Staten"),
        ("recommendation", "Kommunerna"),
    ]


def test_an_actors_heading_in_another_section_leads_no_demands() -> None:
    text = (
        "Valet 2022\n\nMånga får sin diagnos för sent.\n\nFörbundet vill att:\n\nStaten:\n\n"
        "  • Beslutar om primärvårdsreformen.\n\nLäget i dag:\n\nKommuner:\n\n"
        "  • 40 procent av kommunerna saknar en plan för rehabilitering.\n"
    )
    [document] = parse_bytes(text.encode(), "krav.txt")
    from kb.extract import extract_passages

    items = [p for p in extract_passages(document) if p.block_kind == "list_item"]
    assert [(p.kind, p.addressee) for p in items] == [
        ("recommendation", "Staten"),
        ("finding", ""),
    ]


@pytest.mark.parametrize(
    ("text", "addressee"),
    [
        # a sector as the subject that opens a demand (reports-8)
        (
            "Politiken behöver ta ett helhetsgrepp kring stödlinjer för personer i kris.",
            "Politiken",
        ),
        ("Skolan måste tidigt upptäcka och stödja elever med dyslexi.", "Skolan"),
        # … not one named in passing, nor the policy that is to be strengthened
        (
            "Regeringen föreslår att kontrollen som görs när en person anställs i skolan "
            "också ska gälla misstankeregistret.",
            "",
        ),
        ("Därför måste den förebyggande politiken stärkas.", ""),
        # … and not over an actor the passage names (a review)
        (
            "Vården måste bli bättre på att upptäcka våld. Socialstyrelsen bör därför ta fram "
            "ett kunskapsstöd.",
            "Socialstyrelsen",
        ),
        ("Skolan måste ha elevhälsa, men kommunerna behöver avsätta mer resurser.", "Kommunerna"),
        ("Vården måste få bättre förutsättningar av staten.", ""),
        # … and over one it only asks something of (a second review)
        ("Politiken måste ge kommunerna förutsättningar att ta ansvar.", "Politiken"),
        ("Skolan måste bli bättre på att upptäcka elever som far illa.", "Skolan"),
    ],
)
def test_a_sector_told_to_act(text: str, addressee: str) -> None:
    [p] = extract(para(text))
    assert (p.kind, p.addressee) == ("recommendation", addressee)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # reports-8: a share of the respondents and what they answered
        ("En tredjedel angav att de har psoriasis i både hud och leder.", "finding"),
        ("Cirka två tredjedelar bedömde sin psoriasis som måttlig till svår.", "finding"),
        # … not a share of money or time
        ("En tredjedel går till hyran och resten till mat.", "other"),
        # reports-9: a count and what those people live with, a difference stated, a place
        # against the country, a rise in a count noted
        ("Över 33 000 lever i hemlöshet i Sverige.", "finding"),
        ("Det finns också skillnader i den upplevda hälsan mellan män och kvinnor.", "finding"),
        ("Blekinge har ett högre insjuknande i hjärtinfarkt än riket i stort.", "finding"),
        ("Förvaltningen har kunnat notera en ökning av antalet ärenden.", "finding"),
        # … not a place's size
        ("Kommunen har 40 000 invånare och ett rikt föreningsliv.", "other"),
    ],
)
def test_statements_of_reports_8_and_9(text: str, kind: str) -> None:
    [p] = extract(para(text))
    assert p.kind == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # reports-10: a share counted by "vart", many telling of what they live with, what a
        # report's people tell, a summing up, a judgement of what was found, a result against
        # the average
        ("Det inträffade polisanmäldes dock i mindre än vart tionde fall.", "finding"),
        ("Många rapporterar om otrygghet i vardagen.", "finding"),
        ("I rapporten uttrycks att många klarar sig från att bli utsatta.", "finding"),
        ("Den sammantagna bilden är att barn får sina rättigheter tillgodosedda.", "finding"),
        ("Där kommunens resultat ligger under medel finns till exempel hemtjänsten.", "finding"),
        # … not how often, an idiom, hearsay, an investigator telling, an opinion
        ("Länderna ska vart femte år rapportera till kommittén.", "other"),
        ("Böckerna låg om vartannat på golvet.", "other"),
        ("Flera medier rapporterar att presidenten har lämnat landet.", "other"),
        ("Förundersökningsledaren Anna Berg berättar att polisen söker vittnen.", "other"),
        ("Herr talman! Det är allvarligt att regeringen inte agerar.", "other"),
        (
            "Forskarna presenterar rapporten, berättar om engagemanget, men också att det "
            "samtidigt förändras.",
            "other",
        ),
    ],
)
def test_statements_of_reports_10(text: str, kind: str) -> None:
    [p] = extract(para(text))
    assert p.kind == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # reports-11: what those asked answer, one group against another, a place against
        # the average, a change among a group, a result's change, a change between decimals
        ("De svarande uppger att belysningen är det viktigaste.", "finding"),
        ("Tjejer uppger i högre grad än killar att de får dricka alkohol.", "finding"),
        ("Nybro kommun ligger något under rikssnittet när det gäller psykisk ohälsa.", "finding"),
        ("Den självskattade hälsan har minskat bland både tjejer och killar.", "finding"),
        ("På två frågor har resultatet däremot förbättrats.", "finding"),
        ("Resultatet visar alltså en förbättring på två av tre frågor.", "finding"),
        ("Tryggheten gällande inbrott i hemmet: från 4,7 till 5,1.", "finding"),
        # … not what is asked for more of than today, nor an assignment after a comparison
        ("Kommunerna bör i högre grad än i dag samverka med polisen.", "recommendation"),
        ("Kommunen ska i större utsträckning än tidigare arbeta förebyggande.", "other"),
    ],
)
def test_statements_of_reports_11(text: str, kind: str) -> None:
    [p] = extract(para(text))
    assert p.kind == kind
