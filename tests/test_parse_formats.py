"""The non-HTML readers: PDF, TEI, plain text, Markdown, encodings and multi-article pages.

Fixtures live in tests/fixtures/formats/; the binary ones (PDFs, text in other
encodings, a PNG named .html) are written by make_fixtures.py there.
"""

from __future__ import annotations

import contextlib
import logging
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kb.errors import ParseError
from kb.models import Document
from kb.parse import parse_bytes
from kb.parse.articles import split_articles
from kb.parse.encoding import decode_text, looks_binary
from kb.parse.pdf import join_lines, parse_pdf
from kb.parse.tei import parse_tei
from kb.parse.text import parse_markdown, parse_text
from kb.parse.text_boilerplate import find_date

FIXTURES = Path(__file__).parent / "fixtures" / "formats"


def read(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def parse_fixture(name: str) -> list[Document]:
    return parse_bytes(read(name), name)


def texts(document: Document) -> list[str]:
    return [block.text for block in document.blocks]


def all_text(document: Document) -> str:
    return "\n".join(texts(document))


# --- PDF ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def report() -> Document:
    (document,) = parse_fixture("rapport.pdf")
    return document


def test_pdf_metadata_comes_from_the_info_dictionary(report: Document) -> None:
    assert report.format == "pdf"
    assert report.title == "Socialtjänst på distans"
    assert report.authors == ("Myndigheten för vård- och omsorgsanalys",)
    assert report.date == "2021-01-28"
    assert report.date_certain is False  # the file's creation date, not its publication


def test_pdf_blocks_keep_their_page(report: Document) -> None:
    pages = {block.text: block.page for block in report.blocks}
    assert pages["Sammanfattning"] == 1
    assert pages["Slutsatser"] == 2
    assert pages["Metod"] == 3
    assert all(block.page in (1, 2, 3) for block in report.blocks)


def test_pdf_headings_by_font_size(report: Document) -> None:
    headings = [(b.text, b.level) for b in report.blocks if b.kind == "heading"]
    assert headings == [
        ("Socialtjänst på distans", 1),
        ("Sammanfattning", 2),
        ("Slutsatser", 2),
        ("Metod", 2),
    ]


def test_pdf_paragraph_lines_and_hyphenated_words_are_joined(report: Document) -> None:
    paragraphs = [b.text for b in report.blocks if b.kind == "paragraph"]
    assert paragraphs[0] == (
        "Pandemin har förändrat arbetet inom socialtjänsten. Många handläggare "
        "har arbetat hemifrån och mött brukare via video."
    )
    assert "LSS-insatser" in paragraphs[1]
    assert "covid-19-pandemin" in paragraphs[1]
    assert "kvaliteten i hälso- och sjukvården" in paragraphs[2]
    assert "40 socialchefer" in paragraphs[3]


def test_pdf_list_items(report: Document) -> None:
    items = [b.text for b in report.blocks if b.kind == "list_item"]
    assert items == [
        "Kommunerna bör planera för ett ökat behov.",
        "Regeringen bör stärka uppföljningen.",
    ]


def test_pdf_running_header_and_page_numbers_are_dropped(report: Document) -> None:
    assert not any("Rapport 2021:3" in text for text in texts(report))
    assert not any(text.strip().isdigit() for text in texts(report))


def test_pdf_footer_with_page_count_dropped_and_paragraph_runs_over_page_break() -> None:
    (document,) = parse_fixture("fortsatt.pdf")
    assert not any("Sida" in text or "omsorgsanalys" in text for text in texts(document))
    first = document.blocks[0]
    assert first.page == 1
    assert first.text.endswith("bland annat via telefon.")
    assert document.blocks[1].text.startswith("Avsnitt 2")
    assert document.blocks[1].page == 2


def test_pdf_placeholder_title_is_not_a_title() -> None:
    (document,) = parse_fixture("fortsatt.pdf")
    assert document.title == ""
    assert document.authors == ()


def test_pdf_encrypted_with_empty_user_password_is_read() -> None:
    (document,) = parse_fixture("las-skyddad.pdf")
    assert document.title == "Socialtjänst på distans"
    assert "Regeringen bör stärka uppföljningen." in texts(document)


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("krypterad.pdf", "encrypted PDF"),
        ("trunkerad.pdf", "corrupt PDF"),
        ("trasig.pdf", "corrupt PDF"),
        ("skannad.pdf", "no text layer (ingen textrad: skannad PDF?)"),
    ],
)
def test_unreadable_pdfs_raise_parse_error_with_reason(name: str, reason: str) -> None:
    with pytest.raises(ParseError) as raised:
        parse_fixture(name)
    assert str(raised.value).startswith(reason)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_damaged_pdfs_raise_only_parse_error(data: st.DataObject) -> None:
    original = bytearray(read("rapport.pdf"))
    for _ in range(data.draw(st.integers(1, 8))):
        position = data.draw(st.integers(0, len(original) - 1))
        original[position] = data.draw(st.integers(0, 255))
    with contextlib.suppress(ParseError):
        parse_pdf(bytes(original))


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (["inom social-", "tjänsten"], "inom socialtjänsten"),
        (["sina LSS-", "insatser"], "sina LSS-insatser"),
        (["under covid-", "19"], "under covid-19"),
        (["via e-", "post"], "via e-post"),
        (["i hälso-", "och sjukvården"], "i hälso- och sjukvården"),
        (["en mening", "som fortsätter"], "en mening som fortsätter"),
        (["ett tankstreck -", "mitt i"], "ett tankstreck - mitt i"),
    ],
)
def test_join_lines(lines: list[str], joined: str) -> None:
    assert join_lines(lines) == joined


# --- TEI ---------------------------------------------------------------------


def test_tei_interpellation_metadata() -> None:
    (document,) = parse_tei(read("interpellation.xml"))
    assert document.title == (
        "Interpellation 2021/22:42 av Karin Ek i Umeå (C) till Socialminister "
        "Lena Hallengren (S) om Bemanningen inom socialtjänsten"
    )
    assert document.authors == ("Karin Ek i Umeå (C)",)
    assert document.addressee == "Socialminister Lena Hallengren (S)"
    assert document.date == "2021-10-12"
    assert document.date_certain is True
    assert document.url == "https://data.riksdagen.se/dokument/H910042.html"
    assert document.publisher == "Sveriges riksdag"
    assert document.doctype == "interpellation"
    assert document.format == "tei"


def test_tei_body_paragraphs_and_questions_without_the_header_title() -> None:
    (document,) = parse_tei(read("interpellation.xml"))
    kinds = [(b.kind, b.text) for b in document.blocks]
    assert kinds[0] == ("heading", document.title)
    assert kinds[1:] == [
        (
            "paragraph",
            "Många kommuner har svårt att rekrytera socionomer. Personalomsättningen "
            "inom den sociala barn- och ungdomsvården är hög.",
        ),
        ("paragraph", "Inspektionen för vård och omsorg har påtalat brister i flera kommuner."),
        ("paragraph", "Med anledning av detta vill jag fråga socialminister Lena Hallengren:"),
        ("list_item", "Vilka åtgärder avser ministern att vidta för att stärka bemanningen?"),
        ("list_item", "Avser ministern att ta initiativ till en nationell kompetensplan?"),
    ]
    assert not any(
        text.startswith("Interpellation 2021/22:42 Bemanningen") for text in texts(document)
    )


def test_tei_without_body_is_still_a_document() -> None:
    (document,) = parse_fixture("interpellation-tom.xml")
    assert document.addressee == "Statsrådet Åsa Regnér (S)"
    assert texts(document) == [document.title]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"<?xml version='1.0'?><TEI><text><body><p>Trasig", "malformed XML"),
        (b"<?xml version='1.0'?><rss><channel/></rss>", "XML but not TEI"),
    ],
)
def test_tei_errors(data: bytes, reason: str) -> None:
    with pytest.raises(ParseError, match=reason):
        parse_tei(data)


def test_tei_does_not_resolve_external_entities(tmp_path: Path) -> None:
    secret = tmp_path / "hemlig.txt"
    secret.write_text("lösenord")
    data = (
        f'<?xml version="1.0"?><!DOCTYPE TEI [<!ENTITY x SYSTEM "file://{secret}">]>'
        "<TEI><text><body><p>Text &x; här.</p></body></text></TEI>"
    ).encode()
    (document,) = parse_tei(data)
    assert "lösenord" not in all_text(document)


# --- Plain text: structure ----------------------------------------------------


def test_text_headings_paragraphs_and_lists() -> None:
    (document,) = parse_text(
        "Ny rapport om hemtjänsten\n\n"
        "Rapporten bygger på intervjuer med personal.\n\n"
        "Resultat\n"
        "Personalen upplever stress.\n"
        "Vad behöver ändras?\n"
        "• Fler anställda\n"
        "• Mindre administration\n"
        "1. Mer tid\n"
        "2. Bättre ledning\n"
        "- Mer handledning\n"
        "- Kortare möten\n"
        "- Det här är ett citat, säger Eva Ström.\n"
        "Avslutning utan mer text"
    )
    blocks = [(b.kind, b.text, b.level, b.ordered) for b in document.blocks]
    assert document.title == "Ny rapport om hemtjänsten"
    assert blocks == [
        ("heading", "Ny rapport om hemtjänsten", 1, False),
        ("paragraph", "Rapporten bygger på intervjuer med personal.", 0, False),
        ("heading", "Resultat", 2, False),
        ("paragraph", "Personalen upplever stress.", 0, False),
        ("heading", "Vad behöver ändras?", 2, False),
        ("list_item", "Fler anställda", 0, False),
        ("list_item", "Mindre administration", 0, False),
        ("list_item", "Mer tid", 0, True),
        ("list_item", "Bättre ledning", 0, True),
        ("list_item", "Mer handledning", 0, False),
        ("list_item", "Kortare möten", 0, False),
        # A list's line that speaks is an item of it: the dash lines are read together.
        ("list_item", "Det här är ett citat, säger Eva Ström.", 0, False),
        ("paragraph", "Avslutning utan mer text", 0, False),
    ]


def test_text_dash_paragraphs_of_speech_side_by_side_are_no_list() -> None:
    # A news text's quotation in two hyphen paragraphs, under the line that introduces
    # the speaker (news set 5: they were list items, and no quotes).
    (document,) = parse_text(
        "Rubrik\n\nMaria Lind är enhetschef på barn- och familjeenheten i Hallsberg:\n\n"
        "- När det kommer in en anmälan till oss, från polisen eller andra, så kallar vi"
        " till oss barnet och föräldrarna för att se hur vi kan hjälpa till.\n\n"
        "- Vi har fått en del polisanmälningar där det funnits namn på misstänkta, men inte"
        " för allt som har hänt.\n\n"
        "Socialtjänsten ska:\n\n"
        "- Kartlägga förekomsten\n\n- Sprida kunskap\n\nPartiet vill:\n\n"
        "- Vi vill sänka skatten för pensionärer\n\n- Vi vill bygga fler äldreboenden\n\n"
        "Slut."
    )
    dashed = [
        (b.kind, b.text[:12]) for b in document.blocks if "anmäl" in b.text or "Kart" in b.text
    ]
    assert dashed == [
        ("paragraph", "- När det ko"),
        ("paragraph", "- Vi har fåt"),
        ("list_item", "Kartlägga fö"),
    ]
    # Short goals in the first person are a list still (a review: a party's goals).
    goals = [b.kind for b in document.blocks if b.text.startswith(("Vi vill", "- Vi vill"))]
    assert goals == ["list_item", "list_item"]


def test_text_lone_dash_line_is_a_quote_paragraph_not_a_list() -> None:
    (document,) = parse_text(
        "Rubrik\n\nInledning.\n\n- Vi måste agera nu, säger Eva Ström.\n\nSlut."
    )
    assert ("paragraph", "- Vi måste agera nu, säger Eva Ström.") in [
        (b.kind, b.text) for b in document.blocks
    ]


def test_text_wrapped_at_fixed_width_is_joined() -> None:
    (document,) = parse_fixture("radbruten.txt")
    assert document.title == "Uppföljning av placerade barn"
    paragraph = document.blocks[1].text
    assert paragraph.startswith(
        "Socialnämnden ska följa upp varje placerat barn minst fyra gånger per år."
    )
    assert "mer sällan, och" in paragraph
    assert paragraph.endswith("andra kommuner än hemkommunen.")
    items = [b.text for b in document.blocks if b.kind == "list_item"]
    assert items == [
        "inför en rutin för uppföljningens frekvens,",
        "dokumenterar samtalen med barnet i akten.",
    ]


def test_text_list_items_keep_their_hanging_lines() -> None:
    # A report's text whose other paragraphs are long lines (not wrapped as a whole): an
    # item's lines indented under its text are the item's (a reports-2 text).
    long = "Granskningen omfattar " + "socialnämndens arbete " * 12 + "under året."
    (document,) = parse_text(
        f"{long}\n\nDe bedömningar som lämnas framgår nedan:\n\n"
        "  • Vi bedömer att kommunstyrelsen ej har vidtagit åtgärder med hänsyn\n"
        "    till revisorernas rekommendationer utifrån genomförd granskning av\n"
        "    kommunens hantering av bisysslor.\n"
        "  • Vi bedömer att nämnden inte helt har vidtagit åtgärder.\n"
        "Därefter följer en mening.\n"
    )
    items = [b.text for b in document.blocks if b.kind == "list_item"]
    assert items == [
        "Vi bedömer att kommunstyrelsen ej har vidtagit åtgärder med hänsyn till revisorernas"
        " rekommendationer utifrån genomförd granskning av kommunens hantering av bisysslor.",
        "Vi bedömer att nämnden inte helt har vidtagit åtgärder.",
    ]
    assert document.blocks[-1].text == "Därefter följer en mening."


def test_text_cookie_banner_and_browser_notice_are_not_text() -> None:
    (document,) = parse_text(
        "Kakor (cookies)\n\nKakor på uppsala.se\n\n"
        "Vi använder nödvändiga kakor (cookies) för att webbplatsen ska fungera.\n\n"
        "Vi skulle vilja sätta lite fler kakor för olika funktioner.\n"
        "Du kan när du vill ändra dina inställningar.\n\n"
        "Vi rekommenderar att du uppgraderar din webbläsare för en bättre upplevelse.\n\n"
        "Granskningen visar att nämnden inte har en tillräcklig intern kontroll.\n"
    )
    assert [b.text for b in document.blocks] == [
        "Granskningen visar att nämnden inte har en tillräcklig intern kontroll."
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Granskningen visar att 40 av 290 kommuner använder cookies på sina webbplatser.",
        "Rapporten visar att äldre som inte kan uppgradera sin webbläsare utestängs.",
        "Kakor som bakats av eleverna såldes på marknaden.",
        "Vi använder oss av kakor på ett ansvarsfullt sätt, säger Anna Berg.",
        "Vi använder statistik från SCB och kakor nämns inte i rapporten.",
    ],
)
def test_text_about_cookies_or_browsers_is_text(sentence: str) -> None:
    (document,) = parse_text(f"Rubrik\n\n{sentence}\n")
    assert [b.text for b in document.blocks][-1] == sentence


def test_text_wrapped_at_fixed_width_with_a_hanging_list_is_joined() -> None:
    (document,) = parse_text(
        "Revisorerna har granskat hur socialnämnden arbetar med orosanmälningar som\n"
        "rör barn och unga. Granskningen visar att handläggningen i flera fall har\n"
        "dröjt längre än lagen medger.\n\n"
        "  • säkerställer att förhandsbedömningar görs inom fjorton dagar och att\n"
        "    beslut dokumenteras.\n"
    )
    assert document.blocks[0].text.endswith("dröjt längre än lagen medger.")
    assert document.blocks[1].text == (
        "säkerställer att förhandsbedömningar görs inom fjorton dagar och att beslut"
        " dokumenteras."
    )


def test_text_front_matter_is_not_text() -> None:
    (document,) = parse_text("---\ntitle: Test\nkälla: IVO\n---\nRubrik\n\nEn mening.\n")
    assert texts(document) == ["Rubrik", "En mening."]


def test_case_number_is_not_part_of_the_title() -> None:
    # regeringen.se's exports glue the case number to the title (13 of its 464 documents).
    (document,) = parse_markdown(
        "# Uppdrag att stärka äldre personers trygghetDiarienummer:  S2025/02119\n\n"
        "Regeringen uppdrar åt Socialstyrelsen.\n\nDnr: 2021/12-3\n\n"
        "Beslutet har dnr: S2025/1.\n"
    )
    assert document.title == "Uppdrag att stärka äldre personers trygghet"
    assert texts(document) == [
        "Uppdrag att stärka äldre personers trygghet",
        "Regeringen uppdrar åt Socialstyrelsen.",
        "Beslutet har dnr: S2025/1.",
    ]
    # Glued, the label must be capitalised: "Kundnr" is no case number.
    (document,) = parse_text("Kundnr: 123\n\nEn mening.\n")
    assert texts(document)[0] == "Kundnr: 123"


# --- Plain text: boilerplate ---------------------------------------------------


@pytest.fixture(scope="module")
def press_release() -> Document:
    (document,) = parse_fixture("pressmeddelande.txt")
    return document


@pytest.mark.parametrize(
    "furniture",
    [
        "Report this content",
        "logotyp",
        "Prenumerera",
        "Media",
        "Om Myndigheten",
        "regeringen och lämnar rekommendationer",
        "omsorgsuppfoljning.se",
        "Per Lindqvist",
        "Presschef",
        "08-123",
        "____",
    ],
)
def test_press_release_furniture_is_dropped(press_release: Document, furniture: str) -> None:
    assert furniture not in all_text(press_release)


def test_press_release_article_and_quote_block_are_kept(press_release: Document) -> None:
    blocks = [(b.kind, b.text) for b in press_release.blocks]
    assert press_release.title == "Färre hembesök oroar inom äldreomsorgen"
    assert blocks[1][1].startswith("Hemtjänsten har gjort färre hembesök")
    assert blocks[2][1].startswith("– Kontakten per telefon fungerar")
    assert (
        "paragraph",
        "Rapporten Besök på distans finns att läsa på myndighetens webbplats.",
    ) in blocks
    # The repeated quotes stay, each followed by its speaker: extraction dedupes them.
    assert blocks[-3:] == [
        ("heading", "Citat"),
        (
            "quote",
            "Kontakten per telefon fungerar för många, men den ersätter inte ett besök. "
            "Kommunerna behöver följa upp hur de äldre mår.",
        ),
        ("paragraph", "Lena Holm, utredare på Myndigheten för omsorgsuppföljning"),
    ]


@pytest.fixture(scope="module")
def news() -> Document:
    (document,) = parse_fixture("nyhet.txt")
    return document


@pytest.mark.parametrize(
    "furniture",
    [
        "Pixabay",
        "Kvinna med rollator",  # image alt text
        "Omsorg Arbetsmiljö",  # category labels above the title
        "Maria Sandberg",  # the byline, kept as metadata
        "okt 2022",
        "Läs mer",
        "Läs även",
        "2026",
        "socialsekreterare",
        "placerade barn",
        "Missa inget",
        "Prenumerera",
        "bild_checklista",
    ],
)
def test_news_furniture_is_dropped(news: Document, furniture: str) -> None:
    assert furniture not in all_text(news)


def test_news_article_text_date_and_byline(news: Document) -> None:
    assert news.title == "Ny vägledning om tillsyn i hemtjänsten"
    assert news.date == "2022-10-12"
    assert news.date_certain is True
    assert news.authors == ("Maria Sandberg",)
    assert [(b.kind, b.text) for b in news.blocks[1:]] == [
        (
            "paragraph",
            "Inspektionen har tagit fram en vägledning för kommunernas egenkontroll i hemtjänsten.",
        ),
        (
            "paragraph",
            "Vägledningen beskriver hur kommunerna kan följa upp insatserna och hur brister ska rapporteras.",
        ),
        ("heading", "Vad innehåller vägledningen?"),
        ("paragraph", "Den innehåller en checklista och exempel från tre kommuner."),
    ]


def test_last_updated_line_gives_the_date() -> None:
    (document,) = parse_fixture("uppdaterad.txt")
    assert (document.date, document.date_certain) == ("2023-05-17", True)
    assert "Senast uppdaterad" not in all_text(document)
    assert texts(document)[-1].endswith("hälften av dem.")


def test_text_without_a_date_has_none() -> None:
    (document,) = parse_text("Rubrik\n\nInspektionen granskade 12 kommuner under 2021.")
    assert (document.date, document.date_certain) == ("", False)


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("1 mar 2021", "2021-03-01"),
        ("23 februari 2026", "2026-02-23"),
        ("Senast uppdaterad 2021-06-23", "2021-06-23"),
        ("Publicerad: 4 sept. 2019 kl. 10:15", "2019-09-04"),
        ("2021-06-23", "2021-06-23"),
        ("Den 1 mars 2021 hölls ett möte.", ""),
        ("31 foo 2021", ""),
        ("2021-13-01", ""),
    ],
)
def test_find_date(line: str, date: str) -> None:
    assert find_date(line) == date


def test_text_captions_shown_twice_and_image_names_are_dropped() -> None:
    (document,) = parse_fixture("arkiv.txt")
    text = all_text(document)
    assert "Foto: Erik Ek" not in text
    assert "Jonas Ek, rekryterare" not in text
    assert "bemanning_graf" not in text
    assert "0980" not in text and "E-post" not in text and "www.kiruna" not in text
    assert "Kommunen erbjuder handledning och bostad till nyanställda." in texts(document)


# --- Markdown -----------------------------------------------------------------


@pytest.fixture(scope="module")
def notes() -> Document:
    (document,) = parse_fixture("anteckning.md")
    return document


def test_markdown_structure(notes: Document) -> None:
    assert notes.format == "markdown"
    assert notes.title == "Anteckningar från socialchefsnätverket"
    assert [(b.kind, b.text, b.level, b.ordered) for b in notes.blocks] == [
        ("heading", "Anteckningar från socialchefsnätverket", 1, False),
        (
            "paragraph",
            "Mötet handlade om kompetensförsörjning och den nya socialtjänstlagen.",
            0,
            False,
        ),
        ("heading", "Slutsatser", 2, False),
        ("list_item", "Kommunerna bör samverka kring introduktion av nya socionomer.", 0, False),
        ("list_item", "Handledning ska erbjudas alla nyanställda under det första året.", 0, False),
        ("list_item", "Kartlägg behoven.", 0, True),
        ("list_item", "Ta fram en gemensam plan.", 0, True),
        (
            "quote",
            "Vi kan inte rekrytera oss ur krisen, vi måste behålla dem vi har. — Socialchef i Norrland",
            0,
            False,
        ),
        ("heading", "Setext-rubrik", 2, False),
        ("paragraph", "Text under rubriken.", 0, False),
    ]


def test_markdown_front_matter_images_and_teasers_are_not_text(notes: Document) -> None:
    text = all_text(notes)
    for furniture in (
        "title:",
        "2022-11-03",
        "Deltagare vid mötet",
        "mote.jpg",
        "example.org",
        "Läs mer",
    ):
        assert furniture not in text


def test_markdown_without_heading_has_no_title() -> None:
    (document,) = parse_markdown("Bara en *mening* med `kod`.\n")
    assert document.title == ""
    assert texts(document) == ["Bara en mening med kod."]


# --- Several articles on one page ----------------------------------------------


ARCHIVE_ARTICLES = [
    {"title": "Brist på socionomer i glesbygden", "date": "2021", "date_certain": False},
    {"title": "Finns inte på sidan"},
    {
        "title": "Hyrsocionomer kostar mer",
        "date": "2021-04-01",
        "date_certain": True,
        "authors": ["Eva Ström"],
        "url": "https://example.org/hyrsocionomer",
    },
    # Another dash and case than the page: still found.
    {"title": "så lockar kommunen nya medarbetare", "authors": "Jonas Ek"},
]


def test_split_articles(caplog: pytest.LogCaptureFixture) -> None:
    (page,) = parse_fixture("arkiv.txt")
    page = replace(page, url="https://example.org/tag/bemanning")
    with caplog.at_level(logging.WARNING, logger="kb.parse.articles"):
        articles = split_articles(page, ARCHIVE_ARTICLES)
    assert "Finns inte på sidan" in caplog.text
    assert [a.title for a in articles] == [
        "Brist på socionomer i glesbygden",
        "Hyrsocionomer kostar mer",
        "så lockar kommunen nya medarbetare",
    ]
    first, second, third = articles
    assert (first.date, first.date_certain, first.authors) == ("2021", False, ())
    assert first.url == "https://example.org/tag/bemanning"  # cited by the page it is on
    assert texts(first) == [
        "Brist på socionomer i glesbygden",
        "Sju av tio kommuner i glesbygden har svårt att rekrytera socionomer.",
        "– Vi ser att tjänster står tomma i månader, säger Anna Berg.",
        "Om undersökningen",
        "Enkäten gick ut till alla kommuner i mars 2021.",
    ]
    assert (second.date, second.date_certain, second.authors, second.url) == (
        "2021-04-01",
        True,
        ("Eva Ström",),
        "https://example.org/hyrsocionomer",
    )
    assert texts(second)[1:] == ["Kostnaden för inhyrd personal har ökat med en tredjedel."]
    assert third.authors == ("Jonas Ek",)
    assert texts(third)[1:] == ["Kommunen erbjuder handledning och bostad till nyanställda."]
    for article in articles:
        assert article.blocks[0].kind == "heading" and article.blocks[0].level == 1
        assert "Etikettarkiv" not in all_text(article)


def test_split_articles_with_no_title_found_keeps_the_page() -> None:
    (page,) = parse_fixture("arkiv.txt")
    assert split_articles(page, [{"title": "Något helt annat"}]) == [page]
    assert split_articles(page, []) == [page]


# --- Encodings and binary data ------------------------------------------------


@pytest.mark.parametrize("name", ["latin1.txt", "cp1252.txt", "utf8-bom.txt", "utf16.txt"])
def test_encodings_give_swedish_letters(name: str) -> None:
    (document,) = parse_fixture(name)
    assert document.title == "Äldreomsorgen i Västerås"
    assert "säger Åsa Öberg, enhetschef." in all_text(document)
    assert "\ufeff" not in all_text(document)


def test_cp1252_keeps_typographic_dash() -> None:
    (document,) = parse_fixture("cp1252.txt")
    assert "– Vi måste öka bemanningen" in all_text(document)


@pytest.mark.parametrize(
    ("data", "text"),
    [
        ("Öppenvård för barn".encode() + b" och \xe4ldre", "Öppenvård för barn och äldre"),
        ("Socialtjänsten".encode().decode("cp1252").encode(), "Socialtjänsten"),  # mojibake
        ("Åtgärder".encode("utf-16-le"), "Åtgärder"),
        ("Åtgärder".encode("utf-16-be"), "Åtgärder"),
        (b"\xff\xfe\x00\x00" + "Åtgärder".encode("utf-32-le"), "Åtgärder"),
    ],
)
def test_decode_text(data: bytes, text: str) -> None:
    assert decode_text(data) == text


@given(st.binary(max_size=512))
def test_decode_text_never_fails(data: bytes) -> None:
    assert isinstance(decode_text(data), str)
    assert isinstance(looks_binary(data), bool)


def test_png_named_html_is_binary() -> None:
    assert looks_binary(read("bild.html"))
    with pytest.raises(ParseError, match="binary data"):
        parse_fixture("bild.html")


@pytest.mark.parametrize(
    ("data", "binary"),
    [
        (b"Hej\x00d\xe5", True),
        (b"\x7fELF\x02\x01\x01\x00", True),
        ("Vanlig text med å, ä och ö.\n".encode(), False),
        ("Vanlig text".encode("utf-16"), False),
        (b"\x1b[1mFet\x1b[0m text", False),
    ],
)
def test_looks_binary(data: bytes, binary: bool) -> None:
    assert looks_binary(data) is binary


def test_markdown_hyphen_line_standing_alone_is_speech_not_a_list() -> None:
    """Press releases type the speech dash as "- ": alone it opens a paragraph; consecutive lines are a list."""
    (document,) = parse_markdown(
        "# Nytt delmål\n\n"
        "- Barn och unga får alltför ofta utstå stora konsekvenser, säger ministern.\n\n"
        "Regeringen bedömer att området kräver uppmärksamhet:\n\n"
        "- analysera behoven\n"
        "- lämna förslag\n"
    )
    kinds = [(b.kind, b.text[:12]) for b in document.blocks[1:]]
    assert kinds == [
        ("paragraph", "- Barn och u"),
        ("paragraph", "Regeringen b"),
        ("list_item", "analysera be"),
        ("list_item", "lämna försla"),
    ]


def test_markdown_as_commonmark_reads_it_nesting_setext_and_indented_code() -> None:
    (document,) = parse_markdown(
        "Rapporten\n=========\n\n"
        "Förslagen:\n\n"
        "1. Stärk tillsynen\n"
        "   - med fler inspektörer\n"
        "2. Följ upp\n\n"
        "> Citat över\n> två rader.\n\n"
        "    Indragen text som CommonMark läser som kod.\n"
    )
    assert [(b.kind, b.text, b.level, b.ordered) for b in document.blocks] == [
        ("heading", "Rapporten", 1, False),
        ("paragraph", "Förslagen:", 0, False),
        ("list_item", "Stärk tillsynen", 0, True),
        ("list_item", "med fler inspektörer", 0, False),
        ("list_item", "Följ upp", 0, True),
        ("quote", "Citat över två rader.", 0, False),
        ("paragraph", "Indragen text som CommonMark läser som kod.", 0, False),
    ]


def test_markdown_bullets_pasted_from_word_are_list_items() -> None:
    (document,) = parse_markdown(
        "# R\n\nUtredningen föreslår att:\n• staten tar ansvar\n• kommunerna följer upp\n"
    )
    assert [(b.kind, b.text) for b in document.blocks[1:]] == [
        ("paragraph", "Utredningen föreslår att:"),
        ("list_item", "staten tar ansvar"),
        ("list_item", "kommunerna följer upp"),
    ]
