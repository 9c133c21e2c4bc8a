"""Decoded posting lists walk, skip and score as Whoosh's own matchers do (kb.search.postings)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from whoosh import index as whoosh_index
from whoosh.fields import ID, TEXT, Schema
from whoosh.query import And, AndMaybe, Or, Phrase, Term
from whoosh.reading import IndexReader, TermNotFound
from whoosh.scoring import BM25F
from whoosh.searching import Searcher

import kb.search.postings as postings
from kb.index.settings import INLINED_POSTINGS
from kb.search.postings import CachedPostings, KbSearcher
from kb.search.settings import BM25_K1


def _plain(reader: IndexReader) -> Searcher:
    """Whoosh's own Searcher, weighting as kb's does (BM25F with kb's k1)."""
    return Searcher(reader, weighting=BM25F(K1=BM25_K1))


def _terms(searcher: Searcher, fieldname: str, count: int, seed: int) -> list[bytes]:
    """`count` terms of a field, common and rare alike."""
    terms = sorted(searcher.reader().lexicon(fieldname))
    return random.Random(seed).sample(terms, min(count, len(terms)))


def _walk(matcher, steps: list[tuple[str, float]]) -> list[tuple]:  # noqa: ANN001
    """What a matcher says along a walk of next, skip_to and skip_to_quality steps."""
    seen = []
    for step, arg in steps:
        if not matcher.is_active():
            break
        if step == "next":
            moved = matcher.next()
        elif step == "skip_to":
            moved = matcher.skip_to(int(arg))
        else:
            moved = matcher.skip_to_quality(arg)
        if not matcher.is_active():
            # Past the end, Whoosh's matchers still tell the last block's bounds.
            seen.append((step, moved, "end", matcher.block_quality(), matcher.block_max_weight()))
            break
        seen.append(
            (
                step,
                moved,
                matcher.id(),
                matcher.weight(),
                matcher.value(),
                matcher.score(),
                matcher.block_quality(),
                # A term kept in its entry (kb.index.settings.INLINED_POSTINGS) is Whoosh's
                # ListMatcher, which has no blocks to tell of.
                matcher.block_max_id() if hasattr(matcher, "block_max_id") else None,
                matcher.max_quality(),
            )
        )
    return seen


@pytest.mark.parametrize("fieldname", ["text", "heading", "title", "kind"])
def test_a_cached_list_walks_as_whoosh_reads_it(ix, fieldname: str) -> None:  # noqa: ANN001
    plain, cached = _plain(ix.reader()), KbSearcher(ix.reader())
    rng = random.Random(3)
    count = plain.doc_count_all()
    compared = 0
    terms = _terms(plain, fieldname, 40, seed=11)
    for text in terms:
        steps = [
            rng.choice([("next", 0), ("skip_to", rng.randrange(count)), ("skip_to_quality", 0)])
            for _ in range(60)
        ] + [("next", 0)] * 1500
        for i, (step, _) in enumerate(steps):
            if step == "skip_to_quality":  # a score a block of the term might or might not beat
                steps[i] = (step, rng.uniform(0, 8))
        expected = _walk(plain.postings(fieldname, text), steps)
        matcher = cached.postings(fieldname, text)
        assert _walk(matcher, steps) == expected
        compared += isinstance(matcher, CachedPostings)
    # Every term with postings in the postings file is walked from kb's cache; one with
    # fewer than INLINED_POSTINGS is kept in its entry of the terms file, read by Whoosh.
    in_blocks = sum(plain.doc_frequency(fieldname, text) >= INLINED_POSTINGS for text in terms)
    assert compared == in_blocks >= min(10, len(terms))


def test_searches_rank_and_score_as_whoosh_does(ix) -> None:  # noqa: ANN001
    plain, cached = _plain(ix.reader()), KbSearcher(ix.reader())
    words = _terms(plain, "text", 60, seed=5)
    rng = random.Random(9)
    for _ in range(40):
        a, b, c = (w.decode() for w in rng.sample(words, 3))
        for query in (
            Or([Term("text", a), Term("heading", a), Term("text", b)]),
            AndMaybe(Or([Term("text", a), Term("text", b)]), Term("title", c)),
            And([Term("text", a), Term("text", b)]),
            Phrase("text", [a, b], slop=3),
        ):
            for limit in (None, 5):
                found = cached.search(query, limit=limit).top_n
                assert found == plain.search(query, limit=limit).top_n
                assert list(cached.docs_for_query(query)) == list(plain.docs_for_query(query))


def test_field_lengths_are_whoosh_s(ix) -> None:  # noqa: ANN001
    plain, cached = _plain(ix.reader()), KbSearcher(ix.reader())
    for docnum in range(0, plain.doc_count_all(), 7):
        for fieldname in ("text", "title", "heading", "kind"):
            expected = plain.doc_field_length(docnum, fieldname, 3)
            # Whoosh says None for a record whose length byte is 0, kb the default: BM25
            # only asks of records with the term, whose length is never 0.
            assert cached.doc_field_length(docnum, fieldname, 3) == (expected or 3)


@pytest.mark.parametrize("fieldname", ["text", "title", "kind"])
def test_term_entries_are_whoosh_s(ix, fieldname: str) -> None:  # noqa: ANN001
    plain, cached = ix.reader(), KbSearcher(ix.reader()).reader()
    assert isinstance(cached._terms, postings._CachedTermsReader)
    present = _terms(_plain(plain), fieldname, 60, seed=4)
    absent = [b"finnsintealls", b"zz" + present[0]]
    for _ in range(2):  # the second time from the kept entries
        for text in present:
            assert (fieldname, text) in cached
            assert vars(cached.term_info(fieldname, text)) == vars(plain.term_info(fieldname, text))
            assert cached.frequency(fieldname, text) == plain.frequency(fieldname, text)
            assert cached.doc_frequency(fieldname, text) == plain.doc_frequency(fieldname, text)
        for text in absent:
            assert (fieldname, text) not in cached
            assert cached.frequency(fieldname, text) == cached.doc_frequency(fieldname, text) == 0
            with pytest.raises(TermNotFound):
                cached.term_info(fieldname, text)
    # A postings list found through a kept entry is the one Whoosh reads.
    text = present[0]
    assert list(cached.postings(fieldname, text).all_ids()) == list(
        plain.postings(fieldname, text).all_ids()
    )


def test_term_entries_keep_to_their_bound(ix, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    entries: dict = {}
    monkeypatch.setattr(postings, "_term_entries", entries)
    monkeypatch.setattr(postings, "CACHED_TERM_ENTRIES", 50)
    other = KbSearcher(_small_index(tmp_path).reader())  # two segments of another index
    reader = KbSearcher(ix.reader()).reader()
    for text in _terms(_plain(reader), "text", 300, seed=6):
        assert ("text", text) in reader
        ("body", text) in other.reader()  # noqa: B015 - looked up in its segments too
        assert 0 < len(entries) <= 50  # one bound for every segment
    assert {key[0] for key in entries} > {reader._terms.segment}  # from several segments
    # Another reader of the segment finds what this one looked up.
    entries.clear()
    text = _terms(_plain(reader), "text", 1, seed=7)[0]
    assert ("text", text) in reader
    kept = dict(entries)
    assert ("text", text) in KbSearcher(ix.reader()).reader()
    assert entries == kept


def _small_index(path: Path) -> whoosh_index.Index:
    """An index of two segments (two commits, not merged)."""
    ix = whoosh_index.create_in(str(path), Schema(id=ID(stored=True, unique=True), body=TEXT))
    words = "vård omsorg kommun tillsyn brukare personal kvalitet".split()
    rng = random.Random(1)
    for part in range(2):
        writer = ix.writer()
        for n in range(300):
            body = " ".join(rng.choice(words) for _ in range(rng.randrange(3, 30)))
            writer.add_document(id=f"{part}-{n}", body=body)
        writer.add_document(id=f"{part}-ensam", body="ensam")  # a word of one record a segment
        writer.commit(merge=False)
    return ix


def _delete(ix: whoosh_index.Index, *ids: str) -> None:
    writer = ix.writer()
    for deleted in ids:
        writer.delete_by_term("id", deleted)
    writer.commit(merge=False)


QUERIES = (
    Term("body", "ensam"),
    Term("body", "kvalitet"),
    Or([Term("body", "vård"), Term("body", "tillsyn")]),
    And([Term("body", "omsorg"), Term("body", "brukare")]),
    Phrase("body", ["kommun", "personal"]),
)


def test_segments_and_deletions_as_whoosh_has_them(tmp_path: Path) -> None:
    ix = _small_index(tmp_path)
    _delete(ix, "0-0", "0-3", "1-ensam")  # 0-0 starts every list of its words
    plain, cached = _plain(ix.reader()), KbSearcher(ix.reader())
    assert not cached.is_atomic() and cached.reader().has_deletions()
    for query in QUERIES:
        for limit in (None, 10):
            assert cached.search(query, limit=limit).top_n == plain.search(query, limit=limit).top_n


def test_a_list_read_after_a_deletion_serves_a_searcher_from_before(tmp_path: Path) -> None:
    ix = _small_index(tmp_path)
    plain, before = _plain(ix.reader()), KbSearcher(ix.reader())
    _delete(ix, "0-0", "0-ensam", "1-ensam")
    after = KbSearcher(ix.reader())
    found_deleted = 0
    for query in QUERIES:
        after.search(query)  # its lists are decoded first
        assert before.search(query, limit=None).top_n == plain.search(query, limit=None).top_n
        found_deleted += 0 in set(before.docs_for_query(query)) - set(after.docs_for_query(query))
    assert found_deleted


def test_the_cache_keeps_to_its_bound(ix, monkeypatch) -> None:  # noqa: ANN001
    cache = postings._PostingCache()
    monkeypatch.setattr(postings, "CACHED_POSTINGS_BYTES", 20_000)
    monkeypatch.setattr(postings, "_postings", cache)
    searcher = KbSearcher(ix.reader())
    for text in _terms(searcher, "text", 300, seed=2):
        searcher.postings("text", text)
    assert 0 < cache.held <= 20_000 or len(cache.postings) == 1
    assert cache.held == sum(postings._entry_size(*entry) for entry in cache.postings.items())


def _many_segments(path: Path, segments: int) -> whoosh_index.Index:
    """An index of `segments` segments (commits not merged), each with the same words."""
    path.mkdir(parents=True, exist_ok=True)
    ix = whoosh_index.create_in(str(path), Schema(id=ID(stored=True, unique=True), body=TEXT))
    for part in range(segments):
        writer = ix.writer()
        for n in range(20):
            writer.add_document(id=f"{part}-{n}", body=f"vård omsorg kommun {n % 3}")
        writer.commit(merge=False)
    return ix


def test_one_cache_for_every_segment_and_searcher(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    cache = postings._PostingCache()
    monkeypatch.setattr(postings, "CACHED_POSTINGS_BYTES", 10**6)
    monkeypatch.setattr(postings, "_postings", cache)
    ix = _many_segments(tmp_path, 8)
    query = Or([Term("body", "vård"), Term("body", "omsorg")])
    KbSearcher(ix.reader()).search(query)
    decoded = len(cache.postings)
    assert decoded == 8 * 2  # each word's list in each segment, once
    for _ in range(3):  # a searcher of another thread, or the next request's
        assert (
            KbSearcher(ix.reader()).search(query).top_n == _plain(ix.reader()).search(query).top_n
        )
    assert len(cache.postings) == decoded


def test_a_replaced_index_s_lists_are_dropped_within_the_bound(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    cache = postings._PostingCache()
    monkeypatch.setattr(postings, "CACHED_POSTINGS_BYTES", 3_000)
    monkeypatch.setattr(postings, "_postings", cache)
    for generation in range(6):  # as kb ingest --rebuild makes a new index each time
        ix = _many_segments(tmp_path / str(generation), 2)
        KbSearcher(ix.reader()).search(Or([Term("body", "vård"), Term("body", "kommun")]))
        assert cache.held <= 3_000


def test_two_indexes_with_one_segment_name_keep_their_own_lists(tmp_path: Path) -> None:
    # Whoosh names a segment with letters from the global random: seeded alike, two
    # indexes get one name (Hypothesis seeds it in tests).
    built = []
    for name, word in (("a", "vård"), ("b", "omsorg")):
        random.seed(42)
        (tmp_path / name).mkdir()
        ix = whoosh_index.create_in(str(tmp_path / name), Schema(id=ID(stored=True), body=TEXT))
        writer = ix.writer()
        for n in range(5):
            writer.add_document(id=f"{name}{n}", body=f"{word} kommun" if n % 2 else "kommun")
        writer.commit()
        built.append(ix)
    a, b = (ix.reader() for ix in built)
    assert a.segment().segment_id() == b.segment().segment_id()
    for ix in built:
        with ix.searcher(weighting=BM25F(K1=BM25_K1)) as plain:
            expected = [
                plain.stored_fields(d)["id"] for d in plain.docs_for_query(Term("body", "kommun"))
            ]
        cached = KbSearcher(ix.reader())
        found = [
            cached.stored_fields(d)["id"] for d in cached.docs_for_query(Term("body", "kommun"))
        ]
        assert found == expected
    for ix, word in zip(built, ("omsorg", "vård"), strict=True):
        assert not list(KbSearcher(ix.reader()).docs_for_query(Term("body", word)))


def test_lists_of_many_blocks_walk_as_whoosh_reads_them(tmp_path: Path) -> None:
    ix = _small_index(tmp_path)
    rng = random.Random(7)
    blocks = 0
    for reader, _ in ix.reader().leaf_readers():
        plain, cached = (
            Searcher(reader, closereader=False, weighting=BM25F(K1=BM25_K1)),
            KbSearcher(reader, closereader=False),
        )
        count = reader.doc_count_all()
        for text in reader.lexicon("body"):
            # A walk posting by posting through every block, then walks of skips (to
            # records, past blocks of low scores: the body's blocks' best scores lie
            # between 1.8 and 2.6, "ensam"'s near 10).
            walks = [[("next", 0.0)] * 400]
            for _ in range(5):
                walk = [("next", 0.0)] * rng.randrange(200)
                for _ in range(30):
                    step = rng.choice(["next", "skip_to", "skip_to_quality"])
                    arg = rng.randrange(count) if step == "skip_to" else rng.uniform(1.8, 2.6)
                    walk.append((step, float(arg)))
                walks.append(walk + [("next", 0.0)] * 400)
            for steps in walks:
                matcher = cached.postings("body", text)
                assert _walk(matcher, steps) == _walk(plain.postings("body", text), steps)
            if isinstance(matcher, CachedPostings):
                blocks = max(blocks, len(matcher._postings.block_ends))
    assert blocks > 1  # lists that cross Whoosh's blocks were walked
