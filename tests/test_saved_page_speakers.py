"""Speakers on whole saved pages, as a blind probe of made-up pages read them: a block quote
signed under it, a contact block whose lines a <br> joins, a regionråd on the region's own
page."""

from __future__ import annotations

from kb.extract import extract_passages
from kb.extract.nonspeech import before_contact_details
from kb.extract.speakers import parse_speaker_phrase
from kb.parse import parse_bytes


def page(body: str, site: str = "Stockholms universitet") -> bytes:
    return (
        '<html><head><meta charset="utf-8"><title>Nyhet</title>'
        f'<meta property="og:site_name" content="{site}"></head>'
        f"<body><article><h1>Nyhet</h1>{body}</article></body></html>"
    ).encode()


def passages(body: str, site: str = "Stockholms universitet") -> list[tuple[str, object]]:
    document = parse_bytes(page(body, site), "nyhet.html")[0]
    return [
        (p.kind, (p.speaker.name, p.speaker.role, p.speaker.organisation) if p.speaker else None)
        for p in extract_passages(document)
    ]


def test_a_signed_block_quote_is_its_signers_and_the_signature_no_quote() -> None:
    # Before: the signature was a quote of its own, and the quote the researcher's named in
    # the paragraph before ("Karin Lundgren"), or the last speaker's.
    body = (
        "<p>Studien bygger på 400 akter från fem kommuner i Stockholms län.</p>"
        "<p>– Vi behöver bättre statistik, säger Mikael Norén, familjehemssekreterare i "
        "Huddinge kommun.</p>"
        "<blockquote><p>Vi blev förvånade över hur många flyttar som inte fanns registrerade."
        "</p><cite>Tove Lindgren, docent i socialt arbete vid Stockholms universitet</cite>"
        "</blockquote>"
        "<p>Resultaten presenteras i höst.</p>"
    )
    got = passages(body)
    assert got[2] == (
        "quote",
        ("Tove Lindgren", "docent i socialt arbete", "Stockholms universitet"),
    )
    assert got[3] == ("other", None)


def test_a_block_quote_signed_by_a_name_after_a_dash() -> None:
    body = (
        "<p>Anna Berg leder arbetet.</p>"
        "<blockquote><p>Det här är ett viktigt steg för barnen.</p><footer>— Eva Lind</footer>"
        "</blockquote>"
    )
    assert [s for k, s in passages(body) if k == "quote"] == [("Eva Lind", "", "")]


def test_a_second_paragraph_of_a_block_quote_is_no_signature() -> None:
    body = (
        "<blockquote><p>Vi har väntat länge på det här.</p><p>Nu kan vi börja arbeta, säger "
        "Eva Lind, enhetschef.</p></blockquote>"
    )
    assert [k for k, _ in passages(body)] == ["quote", "quote"]


def test_contact_details_are_no_part_of_a_title_or_a_body() -> None:
    # A contact block's lines joined by <br>: the phone number was Anna Berglund's body.
    assert before_contact_details("Anna Berglund (C), regionråd Telefon: 0611-800 10 15") == (
        "Anna Berglund (C), regionråd"
    )
    assert before_contact_details("Per Ek, socialchef, per.ek@kumla.se") == "Per Ek, socialchef"
    assert before_contact_details("Eva Lind, chef, 019-58 80 00") == "Eva Lind, chef"
    assert before_contact_details("Eva Lind, chef i Region Örebro län") == (
        "Eva Lind, chef i Region Örebro län"
    )
    mention = parse_speaker_phrase("Jonas Westin (M), gruppledare Telefon: 0611-800 10 30")
    assert mention is not None and mention.organisation == "Moderaterna"
    body = (
        "<p>Regionrådet Anna Berglund (C) betonar att inlandet ska få samma stöd:</p>"
        "<p>– I dag är det stor skillnad på om du bor i Sundsvall eller i Sollefteå.</p>"
        "<h3>Kontakt</h3><p>Anna Berglund (C), regionråd<br>Telefon: 0611-800 10 15<br>"
        "E-post: anna.berglund@rvn.se</p>"
    )
    got = [s for k, s in passages(body, site="Region Västernorrland") if k == "quote"]
    assert got == [("Anna Berglund", "regionråd", "Region Västernorrland")]


def test_a_regionråd_on_the_regions_own_page_speaks_for_the_region() -> None:
    # Before: the party of the letters, Socialdemokraterna.
    body = (
        "<p>Region Västmanland startar en ny mottagning för barn med neuropsykiatriska "
        "funktionsnedsättningar.</p>"
        "<p>”Ingen ska behöva vänta i åratal”, säger regionrådet Anna Hedlund (S).</p>"
    )
    got = [s for k, s in passages(body, site="Region Västmanland") if k == "quote"]
    assert got == [("Anna Hedlund", "regionråd", "Region Västmanland")]
    got = [s for k, s in passages(body, site="Vestmanlands Läns Tidning") if k == "quote"]
    assert got == [("Anna Hedlund", "regionråd", "Socialdemokraterna")]
