"""Property-based tests (hypothesis): the analyzer, the query language and search, the model's
JSON round trip, and the text-fragment links of citations never fail on any input."""

from __future__ import annotations

import json
import os
import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from kb.analysis import (
    analyze,
    fold_accents,
    query_terms,
    swedish_analyzer,
    swedish_query_analyzer,
)
from kb.cite.citations import CiteOptions, cite_passage, quote_words
from kb.cite.textfragment import (
    TextDirective,
    build_text_directive,
    encode_term,
    find_text_directive,
    normalise_block,
    parse_text_directive,
    with_text_directive,
)
from kb.models import Passage, Speaker
from kb.search import MAX_QUERY_CHARS, SORTS, SearchRequest, run_search
from kb.search.facets import FACETS
from kb.search.query import parse_query

# Modest example counts keep the suite fast (KB_PROPERTY_EXAMPLES=2000 for a
# long hunt); the tests that search take the session's index as a fixture.
EXAMPLES = int(os.environ.get("KB_PROPERTY_EXAMPLES", "150"))
FAST = settings(max_examples=EXAMPLES, deadline=None)
SLOW = settings(max_examples=max(1, EXAMPLES // 2), deadline=None)

WORDS = (
    "socialtjänsten socialtjänstinsatser hemtjänst IVO:s LSS-insatser hälso- och sjukvård "
    "kvalitetsförsämring brukare distansmöten Örebro Växjö för for 2021 2020/21:SoU5 SOU 2020:47 "
    "44 % 3,5 covid-19 säger menar bör"
).split()
SYNTAX = (
    'AND OR NOT OCH ELLER INTE och eller inte - " ( ) * ? ~2 ^3 [ ] { } : \\ / ! + '
    "kind: typ:citat typ:rekommendation speaker: title: text: publisher:IVO kind:nonsense"
).split()

# Any text (hypothesis leaves out lone surrogates, which no Python str from a
# file holds), and text made of Swedish words, references and query syntax.
any_text = st.text(max_size=300)
swedish_text = st.lists(st.sampled_from(WORDS + SYNTAX), max_size=25).map(" ".join)
texts = st.one_of(
    any_text, swedish_text, st.builds("".join, st.lists(st.sampled_from(WORDS + SYNTAX)))
)


# --- the analyzer -------------------------------------------------------------


@FAST
@given(texts)
def test_the_analyzer_takes_any_text(text: str) -> None:
    for analyzer, mode in ((swedish_analyzer(), "index"), (swedish_query_analyzer(), "query")):
        for token in analyzer(text, positions=True, chars=True, mode=mode):
            assert isinstance(token.text, str) and token.text
            assert 0 <= token.startchar <= token.endchar <= len(text)
    assert analyze(text) == analyze(text)  # no state leaks from one call to the next


@FAST
@given(texts)
def test_query_terms_point_into_the_query(text: str) -> None:
    for term, start, end in query_terms(text):
        assert term and 0 <= start < end <= len(text)


@FAST
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=12).map(" ".join))
def test_the_query_analyzer_reads_each_word_as_indexing_does(text: str) -> None:
    # Every term a query searches for is among the terms indexed for the same text.
    assert set(analyze(text, mode="query")) <= set(analyze(text))


_FOLDED_LETTERS = str.maketrans("åäöéèü", "aaoeeu")


@FAST
@given(st.text(alphabet=st.sampled_from("aåäöéèüoeuÅÄÖxz -")) | texts)
@example("Müller idé, åäöéèü ÅÄÖ")
def test_folding_accents_maps_each_letter_alone(text: str) -> None:
    # What fold_accents does, written as a table of letters.
    assert fold_accents(text) == text.translate(_FOLDED_LETTERS)


# --- the query language and search ------------------------------------------------


@SLOW
@given(texts)
def test_any_query_parses(ix, text: str) -> None:  # noqa: ANN001
    query, notices = parse_query(ix, text)
    assert query is not None
    assert all(isinstance(n, str) and n for n in notices)


requests = st.builds(
    SearchRequest.create,
    q=texts,
    filters=st.dictionaries(
        st.sampled_from([*FACETS, "bogus"]),
        st.lists(
            st.one_of(st.text(max_size=20), st.sampled_from(["artikel", "2021", "citat"])),
            max_size=3,
        ),
        max_size=3,
    ),
    page=st.integers(min_value=-5, max_value=10**12),
    per_page=st.integers(min_value=-5, max_value=10**6),
    sort=st.one_of(st.sampled_from(SORTS), st.text(max_size=10)),
    date_from=st.one_of(
        st.sampled_from(["", "2017", "2021-06", "2021-06-23"]), st.text(max_size=12)
    ),
    date_to=st.one_of(st.sampled_from(["", "2019", "2021-13", "2020-02-30"]), st.text(max_size=12)),
)

_MARK = re.compile(r"</?mark>")


@SLOW
@given(requests)
def test_any_request_gives_results_with_escaped_snippets(ix, request: SearchRequest) -> None:  # noqa: ANN001
    results = run_search(ix, request)
    # Passages that fill a last page with few hits are shown, not counted (partial, title_only).
    assert results.total >= sum(not (h.partial or h.title_only) for h in results.hits)
    assert len(results.hits) <= results.request.per_page
    for hit in results.hits:
        # A snippet is the passage's text escaped, with only <mark> as markup.
        assert "<" not in _MARK.sub("", hit.snippet)
    json.dumps(results.as_dict())  # the API can always answer


@FAST
@given(requests)
@example(SearchRequest.create("x" * (MAX_QUERY_CHARS - 1) + " y"))  # cut after a space
def test_creating_a_request_again_changes_nothing(request: SearchRequest) -> None:
    again = SearchRequest.create(
        request.q,
        request.filter_dict(),
        request.page,
        request.per_page,
        request.sort,
        request.date_from,
        request.date_to,
    )
    assert again == request
    assert len(request.q) <= MAX_QUERY_CHARS
    assert request.q == request.q.strip()


# --- the model ---------------------------------------------------------------------

speakers = st.builds(
    Speaker, name=st.text(max_size=30), role=st.text(max_size=30), organisation=st.text(max_size=30)
)
passages = st.builds(
    Passage,
    id=st.text(max_size=16),
    doc_id=st.text(max_size=16),
    position=st.integers(min_value=0, max_value=10**6),
    text=st.text(max_size=200),
    heading=st.text(max_size=40),
    kind=st.sampled_from(["finding", "quote", "recommendation", "other"]),
    speaker=st.none() | speakers,
    addressee=st.text(max_size=30),
    topics=st.lists(st.text(max_size=20), max_size=4).map(tuple),
    page=st.none() | st.integers(min_value=1, max_value=5000),
    source_text=st.text(max_size=200),
    block_kind=st.sampled_from(["paragraph", "list_item", "quote", "heading"]),
    also_in=st.lists(st.text(max_size=12), max_size=3).map(tuple),
    quote=st.text(max_size=100),
    quote_key=st.text(max_size=16),
)


@FAST
@given(passages)
def test_a_passage_survives_its_json_round_trip(passage: Passage) -> None:
    assert Passage.from_dict(passage.as_dict()) == passage
    # As stored in the index: through JSON text.
    stored = json.dumps(passage.as_dict(), ensure_ascii=False)
    assert Passage.from_dict(json.loads(stored)) == passage


# --- text fragments and citations ----------------------------------------------------


@FAST
@given(st.text(max_size=100))
def test_a_term_is_encoded_so_it_decodes_back(term: str) -> None:
    encoded = encode_term(term)
    assert not set(encoded) & set(",-&#: \t\n")
    assert parse_text_directive(f"https://a.se/#:~:text={encoded}") == (
        TextDirective(term) if term else None
    )


@FAST
@given(
    st.builds(
        TextDirective,
        start=st.text(min_size=1, max_size=40),
        end=st.text(max_size=40),
        prefix=st.text(max_size=20),
        suffix=st.text(max_size=20),
    ),
    st.sampled_from(
        ["https://www.ivo.se/nyhet", "https://a.se/sida#avsnitt", "https://a.se/?q=1&b=2"]
    ),
)
def test_a_directive_decodes_from_its_link(directive: TextDirective, url: str) -> None:
    assert parse_text_directive(with_text_directive(url, directive)) == directive


sentences = st.lists(
    st.sampled_from(
        "Kommunerna bör stärka hemtjänsten . – Vi ser brister , säger Yvonne Berneke , inspektör . "
        "IVO:s tillsyn visar att 9 av 10 socionomer anser att kvaliteten försämras ”så är det” "
        "hälso- och sjukvård för for Ä ä".split()
    ),
    min_size=1,
    max_size=30,
).map(" ".join)


@FAST
@given(st.lists(sentences, min_size=1, max_size=5), st.data())
def test_a_built_fragment_lands_on_its_target(blocks: list[str], data: st.DataObject) -> None:
    index = data.draw(st.integers(min_value=0, max_value=len(blocks) - 1))
    words = blocks[index].split()
    first = data.draw(st.integers(min_value=0, max_value=len(words) - 1))
    last = data.draw(st.integers(min_value=first, max_value=len(words) - 1))
    target = " ".join(words[first : last + 1])
    directive = build_text_directive(blocks, index, target)
    if directive is None:
        return  # the same words stand earlier with the same context: no link is better
    span = find_text_directive(blocks, directive)
    assert span is not None
    page = "\n".join(normalise_block(b) for b in blocks)
    start = sum(len(normalise_block(b)) + 1 for b in blocks[:index])
    assert start <= span[0] <= span[1] <= start + len(normalise_block(blocks[index]))
    assert page[span[0] : span[1]] in normalise_block(target)


@FAST
@given(st.lists(any_text, max_size=4), st.integers(min_value=-2, max_value=6), any_text)
def test_building_a_fragment_takes_any_input(blocks: list[str], index: int, target: str) -> None:
    directive = build_text_directive(blocks, index, target)
    assert directive is None or find_text_directive(blocks, directive) is not None


@FAST
@given(
    passages,
    st.sampled_from(["", "https://www.ivo.se/nyhet", "https://a.se/r.pdf"]),
    st.text(max_size=40),
)
def test_citing_any_passage_gives_a_link_to_its_words(
    passage: Passage, url: str, title: str
) -> None:
    document = {"title": title, "url": url, "publisher": "IVO", "date": "2021", "format": "html"}
    citation = cite_passage(passage, document, options=CiteOptions(base_url="https://kb.se"))
    assert isinstance(quote_words(passage), str)
    assert citation.permalink == f"https://kb.se/passage/{passage.id}"
    assert cite_passage(passage, document).permalink == ""  # no base: no path that leads nowhere
    assert citation.source_link.startswith(url)
    if ":~:" in citation.source_link:
        directive = parse_text_directive(citation.source_link)
        assert directive is not None
        source = normalise_block(passage.source_text or passage.text)
        for term in (directive.prefix, directive.start, directive.end, directive.suffix):
            assert term in source
