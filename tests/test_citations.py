"""Citations: text fragments, APA/Harvard in full on the seeds, exports parsed back, `kb cite`."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import bibtexparser
import pytest
import rispy
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from kb.cite.citations import STYLES, Citation, CiteOptions, build_citations, cite_passage
from kb.cite.citeformats import format_citations
from kb.cite.csl import csl_item, render_html, split_name
from kb.cite.textfragment import (
    TextDirective,
    build_text_directive,
    encode_term,
    find_text_directive,
    normalise_block,
    parse_text_directive,
    with_text_directive,
)
from kb.cli import main
from kb.models import Passage, Speaker
from kb.search import SearchRequest, fetch_document, run_search

from .conftest import CORPUS

PRESS_FILE = "vardanalys-pressmeddelande-oro-for-kvaliteten-distans.txt"
PRESS_URL = (
    "https://www.vardanalys.se/press/artikel/oro-fr-kvaliteten-nr-socialtjnsten-arbetar-p-distans/"
)
PRESS = {
    "id": "e1f0ac8f3087",
    "title": "Oro för kvaliteten när socialtjänsten arbetar på distans",
    "publisher": "Myndigheten för vård- och omsorgsanalys",
    "doctype": "pressmeddelande",
    "date": "2021",
    "date_certain": False,
    "authors": [],
    "url": PRESS_URL,
    "language": "sv",
    "format": "text",
}
SOCIONOMEN = {
    "id": "5c0c1a2b3d4e",
    "title": "Hotar hemmajobb socialtjänstens kvalitet?",
    "publisher": "Socionomen",
    "doctype": "artikel",
    "date": "2021-03-01",
    "date_certain": True,
    "authors": ["Klara Stefansson"],
    "url": "https://socionomen.se/aktuellt/hotar-hemmajobb-socialtjanstens-kvalitet/",
    "language": "sv",
    "format": "html",
}
ALINGSAS = {
    "id": "7a7a7a7a7a7a",
    "title": "Tillsammans formar vi morgondagens socialtjänst",
    "publisher": "Framtidens Karriär – Socionom",
    "doctype": "artikel",
    "date": "",
    "date_certain": False,
    "authors": [],
    "url": "",
    "language": "sv",
    "format": "text",
}
CARNLOF = Speaker("Isabelle Carnlöf", "projektledare", "Myndigheten för vård- och omsorgsanalys")
CARNLOF_LINK = PRESS_URL + "#:~:text=Till%20viss%20del,det%20enskilda%20fallet"


def seed_blocks(name: str) -> list[str]:
    """A seed file's lines as the blocks of its page."""
    text = (CORPUS / name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip()]


def seed_citation(
    document: dict[str, Any], file: str, starts: str, speaker: Speaker | None, occurrence: int = 0
) -> Citation:
    blocks = seed_blocks(file)
    index = [i for i, b in enumerate(blocks) if b.startswith(starts)][occurrence]
    passage = Passage(
        id=f"p{index:03d}",
        doc_id=document["id"],
        position=index,
        text=blocks[index],
        source_text=blocks[index],
        kind="quote",
        speaker=speaker,
    )
    return cite_passage(passage, document, blocks, index, CiteOptions("https://kb.example.se"))


@pytest.fixture(scope="module")
def carnlof() -> Citation:
    return seed_citation(PRESS, PRESS_FILE, "– Till viss del", CARNLOF)


def resolve(link: str, blocks: list[str]) -> str:
    """The text a browser highlights for link's text fragment on a page of blocks."""
    directive = parse_text_directive(link)
    assert directive is not None, link
    found = find_text_directive(blocks, directive)
    assert found is not None, directive
    return "\n".join(normalise_block(b) for b in blocks)[found[0] : found[1]]


# --- text fragments -----------------------------------------------------------


def test_terms_are_percent_encoded_with_dash_comma_and_ampersand() -> None:
    assert encode_term("vård- och omsorg, 5 & 6") == (
        "v%C3%A5rd%2D%20och%20omsorg%2C%205%20%26%206"
    )
    directive = TextDirective("Till viss del", "fallet", prefix="Citat", suffix="Isabelle")
    assert directive.encode() == "text=Citat-,Till%20viss%20del,fallet,-Isabelle"
    assert parse_text_directive("https://x.se/#:~:" + directive.encode()) == directive
    assert with_text_directive("https://x.se/a#top", directive).startswith(
        "https://x.se/a#top:~:text="
    )


def test_carnlof_link_opens_the_original_at_the_quotes_first_and_last_words(
    carnlof: Citation,
) -> None:
    assert carnlof.source_link == CARNLOF_LINK
    original = seed_blocks(PRESS_FILE)
    highlighted = resolve(carnlof.source_link, original)
    assert highlighted.startswith("Till viss del är de här förändringarna positiva.")
    assert highlighted.endswith("beroende på vad som är bäst i det enskilda fallet")
    # The body's quote, not its repetition in the "Citat" block further down.
    body = next(b for b in original if b.startswith("– Till viss del"))
    assert highlighted in body


def test_a_repeated_quote_gets_the_context_that_tells_it_apart() -> None:
    repeat = seed_citation(PRESS, PRESS_FILE, "Till viss del", CARNLOF)
    directive = parse_text_directive(repeat.source_link)
    assert directive == TextDirective("Till viss del", "det enskilda fallet", prefix="Citat")
    blocks = seed_blocks(PRESS_FILE)
    found = find_text_directive(blocks, directive)
    assert found is not None
    citat = blocks.index("Citat")
    assert found[0] == sum(len(b) + 1 for b in blocks[: citat + 1])  # the block after "Citat"


def test_matching_is_case_and_accent_blind_like_a_browser() -> None:
    blocks = ["Vi har FOR lite tid.", "Vi har för lite tid och pengar."]
    # "för lite tid" alone would land in the first block (primary-strength match).
    directive = build_text_directive(blocks, 1, "för lite tid och pengar")
    assert directive is not None
    assert find_text_directive(blocks, directive) == (
        len(blocks[0]) + 1 + 7,
        len("\n".join(blocks)) - 1,
    )


def test_no_fragment_when_nothing_tells_two_identical_blocks_apart() -> None:
    blocks = ["Rubrik", "Samma text här.", "Rubrik", "Samma text här."]
    assert build_text_directive(blocks, 3, "Samma text här.") is None
    passage = Passage(id="x", doc_id="d", position=1, text=blocks[3], source_text=blocks[3])
    citation = cite_passage(passage, {**PRESS, "url": "https://x.se/a"}, blocks, 3)
    assert citation.source_link == "https://x.se/a"


def test_a_pdf_passage_links_to_its_page() -> None:
    document = {**PRESS, "url": "https://x.se/rapport.pdf", "format": "pdf"}
    passage = Passage(id="x", doc_id="d", position=0, text="Text.", source_text="Text.", page=12)
    citation = cite_passage(passage, document)
    assert citation.source_link == "https://x.se/rapport.pdf#page=12"
    assert format_citations([citation], "apa").splitlines()[3] == (
        "I löptexten: (Myndigheten för vård- och omsorgsanalys, ca 2021, s. 12)"
    )


def test_quote_words_leave_out_the_dash_and_the_attribution(carnlof: Citation) -> None:
    assert carnlof.quote.startswith("Till viss del")
    assert carnlof.quote.endswith("i det enskilda fallet")
    extracted = replace(carnlof.passage, source_text="Ett annat citat.")
    assert cite_passage(extracted, PRESS).quote == "Ett annat citat."


# --- styles, written out in full ------------------------------------------------


def test_apa(carnlof: Citation) -> None:
    assert format_citations([carnlof], "apa") == (
        "Referens:\n"
        "Myndigheten för vård- och omsorgsanalys. (ca 2021). Oro för kvaliteten när "
        "socialtjänsten arbetar på distans [Pressmeddelande]. " + PRESS_URL + "\n"
        "\n"
        "Talare: Isabelle Carnlöf, projektledare, Myndigheten för vård- och omsorgsanalys\n"
        "I löptexten: (Carnlöf, citerad i Myndigheten för vård- och omsorgsanalys, ca 2021)\n"
        "Länk till källan: " + CARNLOF_LINK + "\n"
        "I kb: https://kb.example.se/passage/p005\n"
    )


def test_apa_html_is_italic_and_escaped(carnlof: Citation) -> None:
    rendered = render_html([carnlof], "apa")
    assert rendered.references[0] == (
        "Myndigheten för vård- och omsorgsanalys. (ca 2021). <i>Oro för kvaliteten när "
        "socialtjänsten arbetar på distans</i> [Pressmeddelande]. " + PRESS_URL
    )
    hostile = replace(carnlof, item={**carnlof.item, "title": "<script>x</script> & \ue000"})
    html = render_html([hostile], "apa").references[0]
    assert "<i>&lt;script&gt;x&lt;/script&gt; &amp; </i>" in html


def test_harvard(carnlof: Citation) -> None:
    assert format_citations([carnlof], "harvard") == (
        "Referens:\n"
        "Myndigheten för vård- och omsorgsanalys (ca 2021) Oro för kvaliteten när "
        "socialtjänsten arbetar på distans. Tillgänglig vid: " + PRESS_URL + ".\n"
        "\n"
        "Talare: Isabelle Carnlöf, projektledare, Myndigheten för vård- och omsorgsanalys\n"
        "I löptexten: (Carnlöf, citerad i Myndigheten för vård- och omsorgsanalys, ca 2021)\n"
        "Länk till källan: " + CARNLOF_LINK + "\n"
        "I kb: https://kb.example.se/passage/p005\n"
    )


def test_harvard_prints_the_access_date_when_given() -> None:
    item = csl_item(PRESS, accessed="2025-01-31")
    citation = replace(seed_citation(PRESS, PRESS_FILE, "– Till viss del", None), item=item)
    assert (
        format_citations([citation], "harvard")
        .splitlines()[1]
        .endswith("Tillgänglig vid: " + PRESS_URL + " (Åtkomstdatum: 31 januari 2025).")
    )


QUOTED_CARNLOF = (
    "Till viss del är de här förändringarna positiva. Men från verksamheterna uttrycks "
    "också en oro för lägre kvalitet i både utredningar och stödinsatser, och det är inte "
    "hållbart under lång tid. För att undvika en kvalitetsförsämring är det viktigt att "
    "socialtjänsten ges förutsättningar att genomföra både fysiska möten och distansmöten "
    "beroende på vad som är bäst i det enskilda fallet"
)
NOTE = (
    f"Citat: ”{QUOTED_CARNLOF}” — Isabelle Carnlöf, projektledare, Myndigheten för vård- "
    f"och omsorgsanalys — Länk: {CARNLOF_LINK}"
)


def test_bibtex(carnlof: Citation) -> None:
    escaped_note = NOTE.replace("%", r"\%").replace("#", r"\#").replace("~", r"\textasciitilde{}")
    assert format_citations([carnlof], "bibtex") == (
        "@misc{myndigheten2021e1f0ac,\n"
        "  author = {{Myndigheten för vård- och omsorgsanalys}},\n"
        "  title = {{Oro för kvaliteten när socialtjänsten arbetar på distans}},\n"
        "  type = {Pressmeddelande},\n"
        "  year = {2021},\n"
        "  date = {2021~},\n"
        "  url = {" + PRESS_URL + "},\n"
        "  langid = {swedish},\n"
        "  annote = {Publiceringsdatumet är osäkert. ¶ " + escaped_note + "}\n"
        "}\n"
    )


def test_ris(carnlof: Citation) -> None:
    assert format_citations([carnlof], "ris") == (
        "TY  - ELEC\n"
        "TI  - Oro för kvaliteten när socialtjänsten arbetar på distans\n"
        "AU  - Myndigheten för vård- och omsorgsanalys\n"
        "M3  - Pressmeddelande\n"
        "PY  - 2021\n"
        "DA  - 2021///\n"
        "UR  - " + PRESS_URL + "\n"
        "LA  - sv\n"
        "N1  - Publiceringsdatumet är osäkert.\n"
        "N1  - " + NOTE + "\n"
        "ER  - \n"
    )


def test_csl_json(carnlof: Citation) -> None:
    assert json.loads(format_citations([carnlof], "csl-json")) == [
        {
            "id": "e1f0ac8f3087",
            "type": "webpage",
            "title": "Oro för kvaliteten när socialtjänsten arbetar på distans",
            "author": [{"literal": "Myndigheten för vård- och omsorgsanalys"}],
            "genre": "Pressmeddelande",
            "issued": {"date-parts": [[2021]], "circa": True},
            "URL": PRESS_URL,
            "language": "sv",
            "note": NOTE,
        }
    ]


def test_markdown(carnlof: Citation) -> None:
    assert format_citations([carnlof], "markdown") == (
        f"> {QUOTED_CARNLOF}\n"
        ">\n"
        "> — Isabelle Carnlöf, projektledare, Myndigheten för vård- och omsorgsanalys\n"
        "\n"
        "(Carnlöf, citerad i Myndigheten för vård- och omsorgsanalys, ca 2021)\n"
        "\n"
        "Källa: Myndigheten för vård- och omsorgsanalys. (ca 2021). *Oro för kvaliteten när "
        "socialtjänsten arbetar på distans* \\[Pressmeddelande\\]. " + PRESS_URL + "\n"
        "\n"
        f"[Citatet i originalet](<{CARNLOF_LINK}>) · "
        "[Citatet i kb](<https://kb.example.se/passage/p005>)\n"
    )


def test_a_signed_article_with_an_organisation_quoted() -> None:
    citation = seed_citation(
        SOCIONOMEN,
        "socionomen-artikel-2021-03-01-hotar-hemmajobb-kvalitet.txt",
        "”Vad gäller",
        Speaker("IVO", "", "Inspektionen för vård och omsorg"),
    )
    link = (
        "https://socionomen.se/aktuellt/hotar-hemmajobb-socialtjanstens-kvalitet/"
        "#:~:text=Vad%20g%C3%A4ller%20konsekvenser,inte%20p%C3%A5verkar%20verksamheten"
    )
    tail = (
        "Talare: IVO, Inspektionen för vård och omsorg\n"
        "I löptexten: (IVO, citerad i Stefansson, 2021)\n"
        f"Länk till källan: {link}\n"
        "I kb: https://kb.example.se/passage/p011\n"
    )
    assert format_citations([citation], "apa") == (
        "Referens:\n"
        "Stefansson, K. (2021, mars 1). Hotar hemmajobb socialtjänstens kvalitet? Socionomen. "
        "https://socionomen.se/aktuellt/hotar-hemmajobb-socialtjanstens-kvalitet/\n\n" + tail
    )
    assert format_citations([citation], "harvard") == (
        "Referens:\n"
        "Stefansson, K. (2021) ”Hotar hemmajobb socialtjänstens kvalitet?”, Socionomen, 1 mars. "
        "Tillgänglig vid: https://socionomen.se/aktuellt/hotar-hemmajobb-socialtjanstens-kvalitet/."
        "\n\n" + tail
    )


def test_an_undated_unsigned_article_without_a_url() -> None:
    citation = seed_citation(
        ALINGSAS,
        "socionomkarriar-etikettarkiv-kvalitet.txt",
        "– Sedan årsskiftet",
        Speaker("Tina Karlsson"),
    )
    assert citation.source_link == ""
    assert format_citations([citation], "apa") == (
        "Referens:\n"
        "Framtidens Karriär – Socionom. (u.å.). Tillsammans formar vi morgondagens socialtjänst.\n"
        "\n"
        "Talare: Tina Karlsson\n"
        "I löptexten: (Karlsson, citerad i Framtidens Karriär – Socionom, u.å.)\n"
        f"I kb: {citation.permalink}\n"
    )
    assert format_citations([citation], "harvard").splitlines()[1] == (
        "Framtidens Karriär – Socionom (utan årtal) Tillsammans formar vi morgondagens socialtjänst."
    )


def test_names_split_with_particles() -> None:
    assert split_name("Jean-Luc af Geijerstam") == {
        "given": "Jean-Luc",
        "family": "Geijerstam",
        "non-dropping-particle": "af",
    }
    assert split_name("Stefansson, Klara") == {"family": "Stefansson", "given": "Klara"}


# --- exports parse back ----------------------------------------------------------

_SPECIALS = {
    r"\textbackslash{}": "\\",
    r"\textbraceleft{}": "{",
    r"\textbraceright{}": "}",
    r"\textasciitilde{}": "~",
    r"\textasciicircum{}": "^",
}


def latex_unescape(value: str) -> str:
    pattern = "|".join(re.escape(k) for k in _SPECIALS) + r"|\\([%&#$_])"
    return re.sub(pattern, lambda m: _SPECIALS.get(m.group(), m.group(1)), value)


def parse_bibtex(text: str, middleware: list[Any] | None = None) -> list[dict[str, Any]]:
    library = bibtexparser.parse_string(text, append_middleware=middleware)
    assert not library.failed_blocks, [b.error for b in library.failed_blocks]
    return [{f.key: f.value for f in entry.fields} for entry in library.entries]


def one_line(text: str) -> str:
    return " ".join(text.split())


def hostile_citation(title: str, name: str, speaker: str) -> Citation:
    document = {
        **PRESS,
        "id": "h0571le",
        "title": title,
        "authors": [name, "Org & Co 100%"],
        "publisher": 'Förlag "X" {AB}',
        "url": "https://ex.se/a b{c}?q=1&r=%20",
    }
    passage = Passage(id="h1", doc_id="h0571le", position=0, text=title, source_text=title)
    passage = replace(passage, speaker=Speaker(speaker, "roll\n%", "{org"))
    return cite_passage(passage, document, [title], 0)


HOSTILE = ('Hot {mot} 100% & "citat" \\ x_y #1 $5 ~ ^ } {\nny rad', 'Anna "{von}" Berg', "Per\n}Ö")


def check_exports(citation: Citation, styles: bool = True) -> None:
    title = citation.document["title"]
    bibtex = format_citations([citation], "bibtex")
    entries = parse_bibtex(bibtex)
    assert len(entries) == 1
    assert latex_unescape(entries[0]["title"][1:-1]) == one_line(title)
    named = parse_bibtex(bibtex, [bibtexparser.middlewares.SeparateCoAuthors()])
    assert len(named[0]["author"]) == 2
    records = rispy.loads(format_citations([citation], "ris"))
    assert len(records) == 1 and records[0]["title"] == one_line(title)
    assert len(records[0]["authors"]) == 2
    assert len(records[0]["notes"]) == 2  # the uncertain date, the passage
    assert json.loads(format_citations([citation], "csl-json"))[0]["title"] == one_line(title)
    markdown = format_citations([citation], "markdown")
    assert markdown.count("\n> ") <= 2  # the quote and the speaker stay one line each
    if styles:
        for style in ("apa", "harvard"):
            assert one_line(title).split()[0] in format_citations([citation], style)


def test_hostile_characters_never_break_an_export() -> None:
    citation = hostile_citation(*HOSTILE)
    check_exports(citation)
    bib = format_citations([citation], "bibtex")
    assert r"\textbraceleft{}mot\textbraceright{} 100\% \& " in bib
    assert "url = {https://ex.se/a%20b%7Bc%7D?q=1&r=%20}" in bib


@settings(max_examples=40, deadline=None)
@given(
    title=st.text(min_size=1, max_size=40).filter(lambda t: t.strip()),
    name=st.text(min_size=1, max_size=20).filter(lambda t: t.strip()),
    speaker=st.text(max_size=20),
)
def test_any_text_gives_exports_that_parse_back(title: str, name: str, speaker: str) -> None:
    check_exports(hostile_citation(title, name, speaker), styles=False)


def test_many_passages_one_entry_per_document(carnlof: Citation) -> None:
    other = seed_citation(PRESS, PRESS_FILE, "Till viss del", CARNLOF)
    article = seed_citation(
        SOCIONOMEN,
        "socionomen-artikel-2021-03-01-hotar-hemmajobb-kvalitet.txt",
        "”Vad gäller",
        None,
    )
    chosen = [carnlof, article, other]
    entries = parse_bibtex(format_citations(chosen, "bibtex"))
    assert [e["title"] for e in entries] == [
        "{Oro för kvaliteten när socialtjänsten arbetar på distans}",
        "{Hotar hemmajobb socialtjänstens kvalitet?}",
    ]
    assert entries[0]["annote"].count("Citat:") == 2
    records = rispy.loads(format_citations(chosen, "ris"))
    assert [len(r["notes"]) for r in records] == [3, 1]
    text = format_citations(chosen, "apa")
    assert text.startswith("Referenser:\nMyndigheten för vård- och omsorgsanalys. (ca 2021).")
    assert text.splitlines()[2].startswith("Stefansson, K. (2021, mars 1).")
    assert text.count("I löptexten:") == 3


# --- kb cite on the seed index ---------------------------------------------------


def carnlof_passage(ix: Any) -> Passage:
    results = run_search(ix, SearchRequest.create("Carnlöf kvalitetsförsämring", per_page=20))
    ids = {hit.passage.doc_id for hit in results.hits}
    for doc_id in ids:
        _, passages = fetch_document(ix, doc_id)
        for passage in passages:
            if passage.source_text.startswith("– Till viss del"):
                return passage
    raise AssertionError("the Carnlöf quote is not in the index")


def test_kb_cite_prints_apa_and_a_link_to_the_quote(
    ix: Any, index_dir: Path, runner: CliRunner
) -> None:
    passage = carnlof_passage(ix)
    result = runner.invoke(main, ["cite", passage.id, "--index", str(index_dir)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[:2] == [
        "Referens:",
        "Myndigheten för vård- och omsorgsanalys. (ca 2021). Oro för kvaliteten när "
        "socialtjänsten arbetar på distans [Pressmeddelande]. " + PRESS_URL,
    ]
    if passage.speaker is None:  # before extraction names speakers
        assert "I löptexten: (Myndigheten för vård- och omsorgsanalys, ca 2021)" in lines
    else:
        assert passage.speaker.name == "Isabelle Carnlöf"
        assert f"Talare: {', '.join(filter(None, passage.speaker.as_dict().values()))}" in lines
        assert (
            "I löptexten: (Carnlöf, citerad i Myndigheten för vård- och omsorgsanalys, ca 2021)"
        ) in lines
    link = next(line.split(": ", 1)[1] for line in lines if line.startswith("Länk till källan:"))
    assert link == CARNLOF_LINK
    highlighted = resolve(link, seed_blocks(PRESS_FILE))
    assert highlighted.split()[:3] == ["Till", "viss", "del"]
    assert highlighted.split()[-3:] == ["det", "enskilda", "fallet"]
    assert not any(line.startswith("I kb:") for line in lines)  # no base URL: no kb link


def test_kb_cite_many_ids_and_formats(ix: Any, index_dir: Path, runner: CliRunner) -> None:
    passage = carnlof_passage(ix)
    hits = run_search(ix, SearchRequest.create("distansmöten", per_page=3)).hits
    ids = [passage.id, *(h.passage.id for h in hits)]
    result = runner.invoke(main, ["cite", *ids, "--style", "bibtex", "--index", str(index_dir)])
    assert result.exit_code == 0, result.output
    assert parse_bibtex(result.output)
    result = runner.invoke(main, ["cite", *ids, "--style", "ris", "--index", str(index_dir)])
    assert rispy.loads(result.output)
    result = runner.invoke(main, ["cite", "0000", "--index", str(index_dir)])
    assert result.exit_code == 1 and "No passage with id '0000'" in result.output
    choices = next(p for p in main.commands["cite"].params if p.name == "style").type.choices
    assert tuple(choices) == STYLES


def test_every_seed_passage_gets_a_link_that_lands_on_it(ix: Any) -> None:
    """Across the seed index, a source link's fragment resolves to the passage's own block."""
    from kb.cite.citations import page_blocks
    from kb.search import iter_passages

    checked = 0
    for passage, document in iter_passages(ix):
        if not document.get("url"):
            continue
        citation = build_citations(ix, [passage.id])[0]
        if "#:~:" not in citation.source_link:
            continue
        _, passages = fetch_document(ix, passage.doc_id)
        blocks, where = page_blocks(document, passages)
        highlighted = resolve(citation.source_link, blocks)
        assert highlighted in normalise_block(blocks[where[passage.id]]), passage.id
        checked += 1
    assert checked > 30


# --- the web UI: "Citera", /api/cite, "Mina citat" ------------------------------


def soup(response: Any) -> Any:
    from bs4 import BeautifulSoup

    return BeautifulSoup(response.get_data(as_text=True), "lxml")


def test_every_hit_has_a_citera_control_that_works_without_javascript(client: Any) -> None:
    page = soup(client.get("/?q=distansmöten"))
    hits = page.select("li.hit")
    assert hits
    for hit in hits:
        control = hit.select_one("details.cite")
        pid = control["data-cite"]
        assert control.summary.get_text(" ", strip=True).startswith("Citera")
        assert control["data-cite-src"] == f"/api/cite?id={pid}"
        assert control.select_one("[data-cite-page]")["href"] == f"/citera/{pid}"
        assert control.select_one("[data-basket-add]")["href"] == f"/mina-citat?id={pid}"
        formats = [a["data-cite-format"] for a in control.select("a[download]")]
        assert formats == ["bibtex", "ris", "csl-json", "markdown"]
    # CSP allows scripts from files only
    assert all(script.get("src") for script in page.select("script"))


def test_the_passage_page_shows_the_citation_in_place(client: Any, ix: Any) -> None:
    passage = carnlof_passage(ix)
    page = soup(client.get(f"/passage/{passage.id}"))
    styles = page.select("details.cite figure.cite-style")
    assert [s.figcaption.get_text() for s in styles] == ["APA 7", "Harvard"]
    apa = styles[0].select_one(".cite-reference")
    assert apa.i.get_text() == "Oro för kvaliteten när socialtjänsten arbetar på distans"
    assert apa.get_text().startswith("Myndigheten för vård- och omsorgsanalys. (ca 2021).")
    assert page.select_one("a.cite-source")["href"] == CARNLOF_LINK


def test_api_cite_gives_json_and_every_format(client: Any, ix: Any) -> None:
    passage = carnlof_passage(ix)
    data = client.get(f"/api/cite?id={passage.id}").get_json()
    cited = data["citations"][0]
    assert cited["source_link"] == CARNLOF_LINK
    assert cited["permalink"] == f"http://localhost/passage/{passage.id}"
    assert [s["name"] for s in cited["styles"]] == ["apa", "harvard"]
    assert "<i>Oro för kvaliteten" in cited["styles"][0]["reference_html"]
    response = client.get(data["exports"]["bibtex"])
    assert response.headers["Content-Disposition"] == 'attachment; filename="mina-citat.bib"'
    assert parse_bibtex(response.get_data(as_text=True))[0]["url"] == PRESS_URL
    response = client.get(f"/api/cite?id={passage.id}&style=ris")
    assert response.content_type.startswith("application/x-research-info-systems")
    assert rispy.loads(response.get_data(as_text=True))[0]["urls"] == [PRESS_URL]
    assert client.get("/api/cite").status_code == 400
    assert client.get(f"/api/cite?id={passage.id}&style=mla").status_code == 400
    missing = client.get("/api/cite?id=0000")
    assert missing.status_code == 404 and missing.get_json()["error"] == "not_found"


def test_the_basket_lives_in_the_url(client: Any, ix: Any) -> None:
    passage = carnlof_passage(ix)
    other = run_search(ix, SearchRequest.create("Berneke")).hits[0].passage
    url = f"/mina-citat?id={passage.id}&id={other.id}&id=0000&stil=harvard"
    page = soup(client.get(url))
    assert page.select_one(".basket-count").get_text() == "2 citat från 2 källor."
    assert "1 citat finns inte längre i kb" in page.select_one("[data-basket-missing]").get_text()
    references = [li.get_text(" ", strip=True) for li in page.select(".basket-references li")]
    assert references[0].startswith("Inspektionen för vård och omsorg (2021)")
    assert references[1].startswith("Myndigheten för vård- och omsorgsanalys (ca 2021)")
    remove = page.select_one(f'[data-basket-remove="{passage.id}"]')["href"]
    assert remove == f"/mina-citat?id={other.id}&stil=harvard"
    download = page.select_one('a[data-cite-format="bibtex"]')["href"]
    entries = parse_bibtex(client.get(download).get_data(as_text=True))
    assert len(entries) == 2
    assert (
        soup(client.get("/mina-citat")).select_one(".basket-count").get_text() == "Inga citat ännu."
    )
    assert client.get(f"/mina-citat?id={passage.id}&stil=bibtex").status_code == 400
    single = soup(client.get(f"/citera/{passage.id}?stil=harvard"))
    assert single.h1.get_text() == "Citera"
    assert client.get("/citera/0000").status_code == 404
