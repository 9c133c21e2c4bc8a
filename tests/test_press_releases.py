"""Press releases saved whole: the body a release on a press-release host speaks for, and a
release that only its URL or its label calls one (kb.parse.press)."""

from __future__ import annotations

from kb.extract import extract_passages
from kb.models import Document
from kb.parse import parse_bytes

RELEASE = (
    "<p>Den 1 april öppnar en ny mottagning för personer som utsatts för våld.</p>"
    "<p>”Vi har länge haft kompetensen men inte rätt organisation”, säger "
    "socialdirektör Anders Nyqvist.</p>"
)


def read(head: str, body: str, name: str = "release.html") -> Document:
    html = f'<html><head><meta charset="utf-8">{head}</head><body>{body}</body></html>'
    return parse_bytes(html.encode(), name)[0]


def speakers(document: Document) -> list[tuple[str, str, str]]:
    return [
        (p.speaker.name, p.speaker.role, p.speaker.organisation)
        for p in extract_passages(document)
        if p.kind == "quote" and p.speaker
    ]


def test_a_release_on_a_host_speaks_for_the_newsroom_named_in_its_title() -> None:
    # Before: the publisher was "Mynewsdesk", the type "artikel", and the socialdirektör had
    # no body (page probe 2).
    head = (
        "<title>Ny mottagning öppnar | Eskilstuna kommun</title>"
        '<meta property="og:site_name" content="Mynewsdesk">'
        '<meta property="og:type" content="article">'
        '<meta property="og:url" content="https://www.mynewsdesk.com/se/eskilstuna_kommun/'
        'pressreleases/ny-mottagning-3349871">'
    )
    body = '<main><span class="type-label">Pressmeddelande</span><h1>Ny mottagning</h1>'
    document = read(head, body + RELEASE + "</main>")
    assert (document.publisher, document.doctype) == ("Eskilstuna kommun", "pressmeddelande")
    assert speakers(document) == [("Anders Nyqvist", "socialdirektör", "Eskilstuna kommun")]


def test_a_release_on_a_host_speaks_for_its_author_in_json_ld() -> None:
    head = (
        "<title>Fler söker hjälp</title>"
        '<meta property="og:site_name" content="Cision News">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Fler '
        'söker hjälp", "author": {"@type": "Organization", "name": "Hela Människan"}, '
        '"publisher": {"@type": "Organization", "name": "Cision News"}}</script>'
    )
    body = (
        '<div class="release-meta"><span class="release-type">Pressmeddelande</span> '
        "<span>4 februari 2025 08:00</span></div><h1>Fler söker hjälp</h1>"
    )
    document = read(head, body + RELEASE)
    assert (document.publisher, document.doctype) == ("Hela Människan", "pressmeddelande")


def test_a_site_that_wrote_the_page_is_its_publisher_not_the_host_in_json_ld() -> None:
    head = (
        '<meta property="og:site_name" content="Bris">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Ensamhet",'
        ' "author": {"@type": "Organization", "name": "Bris"}, "publisher": {"@type": '
        '"Organization", "name": "Pressrum"}}</script>'
    )
    assert read(head, "<h1>Ensamhet</h1>" + RELEASE).publisher == "Bris"


def test_a_release_on_its_bodys_own_site_is_known_by_its_url_or_its_label() -> None:
    own = '<meta property="og:site_name" content="Vårdföretagarna">'
    article = '<meta property="og:type" content="article">'
    url = '<meta property="og:url" content="https://www.example.se/press/pressmeddelanden/x/">'
    label = '<div class="vf-press__label">Pressmeddelande <span>12 december 2024</span></div>'
    assert read(own + article + url, "<h1>Rubrik</h1>" + RELEASE).doctype == "pressmeddelande"
    assert read(own + article, label + "<h1>Rubrik</h1>" + RELEASE).doctype == "pressmeddelande"
    # A menu's link, or a list of other releases after the article, is no label of the page.
    menu = '<nav><a href="/press">Pressmeddelande</a></nav>'
    related = "<ul><li><span>Pressmeddelande</span> Äldre nyhet</li></ul>"
    plain = read(own + article, menu + "<h1>Rubrik</h1>" + RELEASE + related)
    assert plain.doctype == "artikel"
    # A page's own report type stays.
    report = '<meta name="citation_technical_report_number" content="2025:3">'
    assert read(own + report + url, "<h1>Rubrik</h1>" + RELEASE).doctype == "rapport"


def test_a_release_on_a_site_kb_does_not_know_speaks_for_its_author_its_title_names() -> None:
    # "Pressflödet" is no host kb knows by name (page probe 14).
    head = (
        "<title>Riksförbundet Familjehemmen: Barn väntar | Riksförbundet Familjehemmen</title>"
        '<meta property="og:site_name" content="Pressflödet">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Barn väntar",'
        ' "author": {"@type": "Organization", "name": "Riksförbundet Familjehemmen"}, '
        '"publisher": {"@type": "Organization", "name": "Pressflödet"}}</script>'
    )
    body = '<span class="label">Pressmeddelande</span><h1>Barn väntar</h1>' + RELEASE
    assert read(head, body).publisher == "Riksförbundet Familjehemmen"
    # Not on a page that is no press release, nor for an author the title does not name.
    assert read(head, "<h1>Barn väntar</h1>" + RELEASE).publisher == "Pressflödet"


def test_a_hosts_page_keeps_a_publisher_that_is_no_host_and_reads_the_titles_last_part() -> None:
    from kb.parse.press import newsroom_body

    # A page on mynewsdesk.com whose site name is the body's (a review: it became "").
    assert newsroom_body("Eskilstuna kommun", "Eskilstuna kommun", [], "Ny mottagning") == (
        "Eskilstuna kommun"
    )
    # The tail after the title's last separator, not a headline's own dash.
    assert newsroom_body("Via TT", "Via TT", [], "Ny mottagning - fler får hjälp | Via TT") == ""
