"""The HTML reader: article kept, boilerplate dropped, metadata read, archives split."""

from __future__ import annotations

from pathlib import Path

import pytest

from kb.errors import ParseError
from kb.models import Block, Document
from kb.parse.html import parse_html
from kb.parse.html_meta import doctype_from_url

FIXTURES = Path(__file__).parent / "fixtures" / "html"

BODY = """
<article>
  <h1>Distansarbete i socialtjänsten</h1>
  <p>Socialsekreterare som arbetar hemifrån har svårare att upptäcka brister i
  barnens situation, visar en ny granskning av socialtjänsten.</p>
  <p>Under pandemin flyttade många kommuner sina möten med brukare till digitala
  kanaler, vilket gav färre hembesök och kortare samtal.</p>
  <p>Myndigheten rekommenderar att kommunerna följer upp hur de digitala mötena
  påverkar kvaliteten i utredningarna.</p>
</article>
"""


def page(head: str = "", body: str = BODY, html_attrs: str = "") -> str:
    """A small HTML page around a head and a body."""
    return f"<!DOCTYPE html><html{html_attrs}><head>{head}</head><body>{body}</body></html>"


def text_of(doc: Document) -> str:
    return "\n".join(block.text for block in doc.blocks)


@pytest.fixture(scope="module")
def artikel() -> Document:
    docs = parse_html((FIXTURES / "artikel.html").read_text(encoding="utf-8"))
    assert len(docs) == 1
    return docs[0]


# --- boilerplate -----------------------------------------------------------


@pytest.mark.parametrize(
    "unwanted",
    [
        "kakor",  # cookie banner
        "Lediga jobb",  # navigation menu
        "Start",  # breadcrumbs
        "Prenumerera",  # newsletter prompt
        "Missa inget",
        "Dela på Facebook",  # share widget
        "Läs mer",  # teaser link
        "Läs även",
        "bemanningsföretag",  # teaser cards
        "Mest läst",  # sidebar
        "Rekordmånga",
        "Logotypen",  # footer
        "Man i rullstol",  # image caption and alt text
        "Bildbyrån",
        "injicerad",  # <script> inside a paragraph
        "dataLayer",
    ],
)
def test_boilerplate_is_dropped(artikel: Document, unwanted: str) -> None:
    assert unwanted not in text_of(artikel)


def test_article_text_is_kept(artikel: Document) -> None:
    text = text_of(artikel)
    assert text.startswith("Socialsekreterare som arbetar hemifrån")
    assert "säger Isabelle Carnlöf, projektledare på myndigheten." in text


def test_block_structure(artikel: Document) -> None:
    kinds = [(b.kind, b.level, b.ordered) for b in artikel.blocks]
    assert ("heading", 2, False) in kinds
    items = [b for b in artikel.blocks if b.kind == "list_item"]
    assert [b.ordered for b in items] == [False, False, True, True]
    assert items[2].text == "Kommunerna bör återuppta hembesöken."
    quotes = [b.text for b in artikel.blocks if b.kind == "quote"]
    assert quotes == ["Vi ser att kvaliteten riskerar att sjunka när mötena blir digitala."]


def test_title_is_not_repeated_as_a_block(artikel: Document) -> None:
    assert artikel.title == "Hemarbete oroar inspektörer"
    assert all(b.text != artikel.title for b in artikel.blocks)


def test_escaped_script_stays_text(artikel: Document) -> None:
    para = next(b for b in artikel.blocks if "formuläret" in b.text)
    assert "<script>alert(1)</script>" in para.text
    assert para.kind == "paragraph"


def test_open_graph_article_and_canonical(artikel: Document) -> None:
    assert artikel.publisher == "Socialtidningen Exempel"
    assert artikel.doctype == "artikel"
    assert (artikel.date, artikel.date_certain) == ("2021-03-01", True)
    assert artikel.authors == ("Klara Stefansson",)
    # The canonical link wins over og:url with its tracking parameter.
    assert artikel.url == "https://exempel.se/aktuellt/hemarbete-oroar/"
    assert artikel.language == "sv"
    assert artikel.format == "html"


# --- several articles on one page ------------------------------------------


def test_tag_archive_becomes_one_document_per_article() -> None:
    docs = parse_html((FIXTURES / "arkiv.html").read_text(encoding="utf-8"))
    assert [d.title for d in docs] == [
        "Kvalitetsnivån i det sociala arbetet behöver höjas",
        "Tid och resurser viktigast för kvalitet i socialt arbete",
        "Underskott riskerar skapa social skuld för kommuner",
    ]
    first, second, third = docs
    assert (first.date, first.date_certain) == ("2017-09-06", True)
    assert first.authors == ("Annika Wihlborg",)
    assert "Text: Annika Wihlborg" not in text_of(first)
    assert first.url == "https://karriar.exempel.se/2017/09/06/kvalitetsnivan-behover-hojas/"
    assert second.authors == ("Anette Bodinger",)
    assert [b.kind for b in second.blocks].count("list_item") == 2
    assert (third.date, third.date_certain) == ("", False)
    assert "Veronica Magnusson" in text_of(third)
    assert "Christina Norberg" not in text_of(second) + text_of(third)
    assert all(d.publisher == "Framtidens Karriär – Socionom" for d in docs)
    assert all("Nästa sida" not in text_of(d) for d in docs)


def test_article_page_with_long_related_articles_stays_one_document() -> None:
    related = "".join(
        f"""<article class="related-item"><h2>Relaterad artikel {n}</h2>
        <p>{"Kommunerna har svårt att behålla erfarna socialsekreterare. " * 6}</p></article>"""
        for n in (1, 2)
    )
    head = '<meta property="og:title" content="Distansarbete i socialtjänsten">'
    docs = parse_html(page(head, BODY + related))
    assert len(docs) == 1
    assert docs[0].title == "Distansarbete i socialtjänsten"
    assert "behålla erfarna" not in text_of(docs[0])


# --- metadata sources --------------------------------------------------------


def test_jsonld_graph() -> None:
    head = """<script type="application/ld+json">
    {"@context": "https://schema.org", "@graph": [
      {"@type": "WebPage", "name": "Startsida", "url": "https://ivo.example/"},
      {"@type": "Organization", "name": "Inspektionen för vård och omsorg"},
      {"@type": ["ReportageNewsArticle"], "headline": "Dialog med Sveriges socialchefer",
       "datePublished": "2021-06-23T10:00:00+02:00",
       "author": [{"@type": "Person", "name": "Daniel Lilja"}, {"@type": "Person", "name": "Yvonne Berneke"}],
       "mainEntityOfPage": {"@id": "https://ivo.example/aktuellt/dialog/"},
       "inLanguage": "sv-SE"}
    ]}</script>"""
    doc = parse_html(page(head))[0]
    assert doc.title == "Dialog med Sveriges socialchefer"
    assert doc.doctype == "nyhet"
    assert (doc.date, doc.date_certain) == ("2021-06-23", True)
    assert doc.authors == ("Daniel Lilja", "Yvonne Berneke")
    assert doc.publisher == "Inspektionen för vård och omsorg"
    assert doc.url == "https://ivo.example/aktuellt/dialog/"
    assert doc.language == "sv"


def test_broken_jsonld_is_skipped() -> None:
    head = '<script type="application/ld+json">{"@type": "NewsArticle", </script>'
    head += '<meta property="og:title" content="Rubrik från og">'
    assert parse_html(page(head))[0].title == "Rubrik från og"


def test_dublin_core() -> None:
    head = """
    <meta name="DC.title" content="Under rådande omständigheter">
    <meta name="DC.creator" content="Isabelle Carnlöf">
    <meta name="DC.date" content="2021-01-29">
    <meta name="DC.publisher" content="Myndigheten för vård- och omsorgsanalys">
    <meta name="DC.language" content="sv">
    <meta name="DC.type" content="Rapport">
    <meta name="DC.identifier" content="https://vardanalys.example/rapporter/under-radande/">
    """
    doc = parse_html(page(head))[0]
    assert doc.title == "Under rådande omständigheter"
    assert doc.authors == ("Isabelle Carnlöf",)
    assert (doc.date, doc.date_certain) == ("2021-01-29", True)
    assert doc.publisher == "Myndigheten för vård- och omsorgsanalys"
    assert doc.doctype == "rapport"
    assert doc.url == "https://vardanalys.example/rapporter/under-radande/"
    assert doc.language == "sv"


def test_citation_tags() -> None:
    head = """
    <meta name="citation_title" content="Konsekvenser av covid-19 för socialtjänsten">
    <meta name="citation_author" content="Carnlöf, Isabelle">
    <meta name="citation_author" content="Rådestad, Anne">
    <meta name="citation_publication_date" content="2021/01/29">
    <meta name="citation_technical_report_institution" content="Vård- och omsorgsanalys">
    <meta name="citation_public_url" content="https://vardanalys.example/rapport.pdf">
    """
    doc = parse_html(page(head))[0]
    assert doc.title == "Konsekvenser av covid-19 för socialtjänsten"
    assert doc.authors == ("Carnlöf, Isabelle", "Rådestad, Anne")
    assert (doc.date, doc.date_certain) == ("2021-01-29", True)
    assert doc.publisher == "Vård- och omsorgsanalys"
    assert doc.doctype == "rapport"
    assert doc.url == "https://vardanalys.example/rapport.pdf"


def test_title_element_loses_the_site_name() -> None:
    head = """<title>Oro för kvaliteten | Vård- och omsorgsanalys</title>
    <meta property="og:site_name" content="Vård- och omsorgsanalys">"""
    doc = parse_html(page(head, BODY.replace("<h1>Distansarbete i socialtjänsten</h1>", "")))[0]
    assert doc.title == "Oro för kvaliteten"
    assert doc.publisher == "Vård- och omsorgsanalys"


def test_time_datetime_is_a_certain_date() -> None:
    body = BODY.replace("</h1>", '</h1><time datetime="2021-06-23">23 juni 2021</time>')
    doc = parse_html(page(body=body))[0]
    assert (doc.date, doc.date_certain) == ("2021-06-23", True)


def test_visible_date_is_uncertain() -> None:
    body = BODY.replace("</h1>", "</h1><time>6 september 2017</time>")
    doc = parse_html(page(body=body))[0]
    assert (doc.date, doc.date_certain) == ("2017-09-06", False)


def test_date_in_url_is_uncertain() -> None:
    head = '<link rel="canonical" href="https://karriar.example/2017/09/06/kvalitet/">'
    doc = parse_html(page(head))[0]
    assert (doc.date, doc.date_certain) == ("2017-09-06", False)


def test_no_date_is_empty_and_uncertain() -> None:
    doc = parse_html(page())[0]
    assert (doc.date, doc.date_certain) == ("", False)
    assert doc.title == "Distansarbete i socialtjänsten"


def test_language_from_html_lang_and_from_the_text() -> None:
    assert parse_html(page(html_attrs=' lang="en-GB"'))[0].language == "en"
    # Undeclared: Swedish prose is recognised by its stop words.
    assert parse_html(page())[0].language == "sv"


def test_byline_paragraph_gives_the_author() -> None:
    body = BODY.replace("</h1>", "</h1><p>Av Klara Stefansson</p>")
    doc = parse_html(page(body=body))[0]
    assert doc.authors == ("Klara Stefansson",)
    assert "Av Klara" not in text_of(doc)


# --- robustness --------------------------------------------------------------


def test_ten_thousand_nested_divs() -> None:
    deep = (
        "<div>" * 10_000
        + "<p>Texten ligger djupt men ska ändå läsas av kb.</p>"
        + "</div>" * 10_000
    )
    docs = parse_html(page(body=deep))
    assert text_of(docs[0]) == "Texten ligger djupt men ska ändå läsas av kb."


@pytest.mark.parametrize("tag", ["span", "blockquote", "article"])
def test_ten_thousand_nested_inline_or_quote_elements(tag: str) -> None:
    deep = f"<p>{f'<{tag}>' * 10_000}Texten om hemtjänsten är djupt inbäddad.{f'</{tag}>' * 10_000}</p>"
    docs = parse_html(page(body=deep))
    assert "Texten om hemtjänsten är djupt inbäddad." in text_of(docs[0])


def test_malformed_html() -> None:
    html = (
        "<html><body><div><p>Socialtjänsten i kommunen har fått kritik för långa"
        " handläggningstider<p>Andra stycket saknar också sitt sluttagg</span></div></div>"
        "<table><tr><td>Cell utan tabellslut"
    )
    text = text_of(parse_html(html)[0])
    assert "långa handläggningstider" in text
    assert "Andra stycket saknar också sitt sluttagg" in text


def test_fragment_without_html_or_body() -> None:
    docs = parse_html("<p>Ett ensamt stycke om hemtjänstens kvalitet i kommunen.</p>")
    assert text_of(docs[0]) == "Ett ensamt stycke om hemtjänstens kvalitet i kommunen."


@pytest.mark.parametrize(
    "html",
    [
        "",
        "<html><head><title>Tom sida</title></head><body></body></html>",
        "<html><body><script>var x = 1;</script><!-- kommentar --></body></html>",
    ],
)
def test_page_without_text_raises(html: str) -> None:
    with pytest.raises(ParseError, match="without any text"):
        parse_html(html)


def test_page_with_only_navigation_raises() -> None:
    body = '<nav class="menu"><ul><li><a href="/a">Aktuellt</a></li><li><a href="/b">Om oss</a></li></ul></nav>'
    with pytest.raises(ParseError, match="navigation"):
        parse_html(page(body=body))


def test_pull_quote_in_an_aside_is_a_quote() -> None:
    body = BODY.replace(
        "</article>",
        '<aside class="pull-quote"><p>Barnets röst måste höras även på distans.</p></aside>'
        "</article>",
    )
    doc = parse_html(page(body=body))[0]
    assert Block("quote", "Barnets röst måste höras även på distans.") in doc.blocks


def test_press_release_about_block_is_dropped() -> None:
    body = BODY.replace(
        "</article>",
        '<div class="mnr-c-boilerplate"><h2>Om Vård- och omsorgsanalys</h2><p>Myndigheten '
        "för vård- och omsorgsanalys följer upp och analyserar vården och omsorgen ur "
        "patienters, brukares och medborgares perspektiv.</p></div></article>",
    )
    assert "Om Vård- och omsorgsanalys" not in text_of(parse_html(page(body=body))[0])


@pytest.mark.parametrize(
    ("author", "expected"),
    [
        ("Anna Berg och Per Ek", ("Anna Berg", "Per Ek")),
        ("Anna Berg, Per Ek", ("Anna Berg", "Per Ek")),
        ("Myndigheten för vård- och omsorgsanalys", ("Myndigheten för vård- och omsorgsanalys",)),
    ],
)
def test_meta_author_lists_people_but_keeps_an_organisation_whole(
    author: str, expected: tuple[str, ...]
) -> None:
    doc = parse_html(page(f'<meta name="author" content="{author}">'))[0]
    assert doc.authors == expected


def test_h1_beats_a_title_element_with_the_site_name() -> None:
    head = "<title>Distansarbete i socialtjänsten | Exempelstads kommun</title>"
    assert parse_html(page(head))[0].title == "Distansarbete i socialtjänsten"


@pytest.mark.parametrize(
    ("url", "doctype"),
    [
        (
            "https://press.akademiska.example/pressreleases/nytt-barnskyddsteam-647766",
            "pressmeddelande",
        ),
        (
            "https://www.mynewsdesk.example/se/malmo/pressreleases/plats-paa-haerbaergen",
            "pressmeddelande",
        ),
        (
            "https://www.sodersjukhuset.example/press/pressmeddelanden/unik-utbildning/",
            "pressmeddelande",
        ),
        ("https://www.ivo.example/aktuellt/nyheter/rapporten-ar-klar/", "nyhet"),
        ("https://www.trevligtfolk.example/goda-exempel/trevligt-lov/", ""),
    ],
)
def test_a_pages_type_from_a_section_of_its_url(url: str, doctype: str) -> None:
    assert doctype_from_url(url) == doctype


LEAD_PAGE = """<!doctype html><html lang="sv"><head><meta charset="utf-8">
<title>SiS-chefen om året som gått | Morgonposten</title></head><body>
<header class="site-header"><nav><a href="/">Start</a> <a href="/sverige/">Sverige</a></nav></header>
<main><article>
<header class="article__header">
<div class="article__kicker">Intervju</div>
<h1>SiS-chefen om året som gått</h1>
<p class="{lead_class}">Morgonposten har träffat Emma Nordin, generaldirektör för Statens
institutionsstyrelse, ett år efter att hon tog över myndigheten.</p>
<div class="article__byline">Jonatan Wikström, reporter, 16 februari 2025 07:00</div>
</header>
<div class="article__body">
<p>Statens institutionsstyrelse ansvarar för tvångsvård av unga enligt LVU och av vuxna med
missbruk enligt LVM. Under de senaste åren har myndigheten fått hård kritik.</p>
<p>– Kritiken är befogad, det ska jag inte sticka under stol med. Vi har haft för lite
personal med rätt utbildning, säger Emma Nordin.</p>
<p>Myndigheten öppnar två nya ungdomshem under året, med sammanlagt sextio platser för unga
som dömts till sluten ungdomsvård.</p>
</div>
</article></main>
<footer><p>Morgonposten AB, Box 123, 111 22 Stockholm</p></footer>
</body></html>"""


@pytest.mark.parametrize("lead_class", ["article__lead", "c-article__preamble", "ingress"])
def test_a_lead_before_the_body_container_is_the_articles_first_paragraph(
    lead_class: str,
) -> None:
    """The lead (ingress) in the article's own <header>, outside the body's container,
    was dropped with the header; it is the article's first paragraph, and here the only one
    that says who Emma Nordin is."""
    doc = parse_html(LEAD_PAGE.replace("{lead_class}", lead_class))[0]
    texts = [block.text for block in doc.blocks]
    assert texts[0].startswith("Morgonposten har träffat Emma Nordin, generaldirektör för")
    assert texts[1].startswith("Statens institutionsstyrelse ansvarar")
    assert not any("Jonatan Wikström" in text or text == "Intervju" for text in texts)


def test_a_lead_repeated_in_the_body_is_kept_once() -> None:
    lead = "Morgonposten har träffat Emma Nordin, generaldirektör för Statens institutionsstyrelse."
    html = LEAD_PAGE.replace("{lead_class}", "lead").replace(
        '<div class="article__body">', f'<div class="article__body"><p>{lead}</p>'
    )
    html = html.replace(
        "Morgonposten har träffat Emma Nordin, generaldirektör för Statens\n"
        "institutionsstyrelse, ett år efter att hon tog över myndigheten.",
        lead,
    )
    texts = [block.text for block in parse_html(html)[0].blocks]
    assert texts.count(lead) == 1


def test_a_subtitle_without_a_lead_class_stays_out() -> None:
    """Only a lead named as one: a page's other text before the body stays page furniture."""
    doc = parse_html(LEAD_PAGE.replace("{lead_class}", "article__standout"))[0]
    assert not any("Morgonposten har träffat" in block.text for block in doc.blocks)


@pytest.mark.parametrize(
    "before",
    [
        # the lead's picture and its caption, or the byline beside it (a review)
        '<div class="article__lead-media"><p class="caption">Rektorn Anna Berg vill ha fler '
        "vuxna i korridorerna. Foto: Erik Lund/TT</p></div>",
        '<div class="article__intro-meta"><p>Av Erik Lund, reporter. Publicerad 12 mars 2024 '
        "kl. 10.15, uppdaterad 13 mars</p></div>",
    ],
)
def test_what_is_beside_a_lead_is_no_lead(before: str) -> None:
    body = (
        "<p>Norrbyskolan har fått pengar från kommunen för att anställa fler kuratorer under "
        "hösten, men det räcker inte enligt skolans ledning.</p>"
    )
    html = (
        '<html><head><meta charset="utf-8"><title>Kuratorer</title></head><body><article>'
        f'<h1>Kuratorer</h1>{before}<div class="article__body">{body * 3}</div></article>'
        "</body></html>"
    )
    texts = [block.text for block in parse_html(html)[0].blocks]
    assert texts[0].startswith("Norrbyskolan har fått pengar")


def test_a_sections_intro_in_a_listings_main_is_no_lead() -> None:
    html = (
        '<html><head><meta charset="utf-8"><title>Vårdplatser</title></head><body><main>'
        '<div class="page-intro"><p>Här publicerar vi pressmeddelanden och nyheter från Region '
        "Norrlands hälso- och sjukvård.</p></div>"
        '<div class="press"><h1>Vårdplatser</h1><div class="press__body">'
        + "<p>Region Norrland öppnar tolv nya vårdplatser på Norrlands universitetssjukhus i maj "
        "efter att ha lyckats rekrytera fler sjuksköterskor.</p>"
        * 8
        + "</div></div></main></body></html>"
    )
    texts = [block.text for block in parse_html(html)[0].blocks]
    assert not any(text.startswith("Här publicerar vi") for text in texts)


def test_an_elementor_pages_text_widgets_are_its_text() -> None:
    """Elementor calls every block a widget, the text too ("elementor-widget-text-editor"):
    page probe 22 kept only its block quote; a sidebar's "widget" stays furniture."""
    widget = (
        '<div class="elementor-element elementor-widget elementor-widget-text-editor">'
        "<p>{}</p></div>"
    )
    paragraphs = [
        "Under 2023 stöttade Stiftelsen Fristad 412 unga som lämnat familjehem eller HVB.",
        "Kärnan i vår verksamhet är mentorsprogrammet, där varje ung person får en mentor.",
        "Stiftelsens intäkter uppgick 2023 till 27,1 miljoner kronor, varav det mesta gåvor.",
    ]
    html = (
        '<html><head><meta charset="utf-8"><title>Årsberättelse</title></head><body><main>'
        "<h1>Årsberättelse</h1>"
        + "".join(widget.format(p) for p in paragraphs)
        + '<div class="elementor-widget elementor-widget-blockquote"><blockquote>'
        "<p>När jag flyttade hade jag ingen att ringa.</p></blockquote></div>"
        + '<div class="widget widget_text"><p>Följ oss på Facebook och Instagram för att få '
        "veta mer om vårt arbete.</p></div></main></body></html>"
    )
    texts = [block.text for block in parse_html(html)[0].blocks]
    assert texts[:3] == paragraphs
    assert not any("Följ oss" in text for text in texts)


def test_a_site_headers_intro_is_no_lead_when_the_body_is_classed_an_article() -> None:
    """Drupal's "<body class="page-node-type-article">" made the body the article, and a
    campaign line in the site's header its lead (a review)."""
    html = (
        '<html><head><meta charset="utf-8"><title>Boende</title></head>'
        '<body class="path-node page-node-type-article"><header class="site-header">'
        '<div class="region-header__intro"><p>Just nu: stöd vår insamling till barnen. Varje '
        'krona gör skillnad för familjerna.</p></div></header><main><div class="content">'
        "<h1>Nytt boende öppnar</h1>"
        + "<p>Ett nytt äldreboende med 60 platser öppnar i Norrby i höst, i kommunens regi.</p>" * 3
        + "</div></main></body></html>"
    )
    texts = [block.text for block in parse_html(html)[0].blocks]
    assert not any(text.startswith("Just nu") for text in texts)


def test_a_swedish_cms_caption_classed_bildtext_is_a_caption() -> None:
    # Page probe 27: '<div class="bildtext">Amira Hassan, enhetschef, i mottagningens lokaler
    # på Drottninggatan.</div>' was text, and its speaker's body "Drottninggatan".
    html = (
        '<html><head><meta charset="utf-8"><title>Nyhet</title></head><body><article>'
        "<h1>Nyhet</h1><p>Mottagningen tar emot alla orosanmälningar om barn i kommunen.</p>"
        '<div class="bildtext">Amira Hassan, enhetschef, i mottagningens lokaler på '
        "Drottninggatan.</div><p>Enheten har tolv medarbetare och en jour på kvällarna.</p>"
        "</article></body></html>"
    )
    document = parse_html(html)[0]
    assert document.captions == (
        "Amira Hassan, enhetschef, i mottagningens lokaler på Drottninggatan.",
    )
    assert all("Drottninggatan" not in block.text for block in document.blocks)


def test_a_question_and_its_answer_a_line_apart_are_two_paragraphs() -> None:
    # Page probes 56, 78: "<b>Varför nu?</b><br>– Vi har …" was one paragraph, so the answer
    # was no quote; a line break after anything else stays a space ("Storgatan 1<br>Umeå").
    body = (
        "<article><h1>Två frågor till ordföranden</h1>"
        "<p><b>Varför går ni ut så hårt nu?</b><br>– Vi har påtalat bristerna i flera år.</p>"
        "<p>Kommunal Norra Mälardalen<br>Storgatan 1<br>Västerås</p>"
        # … not a speaker's own question, nor a line of a story after others (a review)
        "<p>– Vad ska vi göra nu?<br>Vi har inga pengar kvar, säger Lisa Ek.</p>"
        "<p>Björn tittade ut.<br>Vem knackar på?<br>– Det är bara jag, sa Räven.</p></article>"
    )
    paragraphs = [b.text for b in parse_html(page(body=body))[0].blocks if b.kind == "paragraph"]
    assert paragraphs == [
        "Varför går ni ut så hårt nu?",
        "– Vi har påtalat bristerna i flera år.",
        "Kommunal Norra Mälardalen Storgatan 1 Västerås",
        "– Vad ska vi göra nu? Vi har inga pengar kvar, säger Lisa Ek.",
        # The story's question stays in it; the speech after it is a paragraph of its own
        # (kb.parse.html_content._speech_after_story, page probe 89).
        "Björn tittade ut. Vem knackar på?",
        "– Det är bara jag, sa Räven.",
    ]
