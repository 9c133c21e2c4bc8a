"""The word table (kb.analysis.wordtable): the same terms as the analyzer, written at every
ingest, and the analyzer's own path when it is missing or outdated."""

from __future__ import annotations

import marshal
import random
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from kb.analysis import ANALYZER_VERSION, analyze, query_terms
from kb.analysis.compounds import elided_tail, forget_tails, split_compound
from kb.analysis.stemming import stem_word
from kb.analysis.wordtable import (
    WORD_TABLE_VERSION,
    WORDS_FILE,
    WordTable,
    forget_word_tables,
    known_analysis,
    read_word_table,
    use_word_table,
)
from kb.index import _generation, open_index
from kb.ingest import IngestOptions, run_ingest

from .conftest import CORPUS


def _clear_caches() -> None:
    stem_word.cache_clear()
    split_compound.cache_clear()
    forget_tails()


@pytest.fixture()
def no_tables() -> Iterator[None]:
    """Each test starts and ends with no table in use and empty caches."""
    forget_word_tables()
    _clear_caches()
    yield
    forget_word_tables()
    _clear_caches()


def _read(index_dir: Path) -> WordTable:
    gen = _generation(index_dir)
    assert gen is not None
    table = read_word_table(gen / WORDS_FILE)
    assert table
    return table


def _table(index_dir: Path) -> dict[str, tuple[str, ...]]:
    return _read(index_dir).as_dict()


def _unknown_words(words: list[str], count: int) -> list[str]:
    """Words near the index's (misspelt, cut, lengthened, accents dropped) and made up."""
    rng = random.Random(13)
    made = []
    for _ in range(count):
        word = rng.choice(words)
        i = rng.randrange(len(word))
        made += [
            word[:i] + word[i + 1 :],
            word[:i] + rng.choice("aeiouåäöst") + word[i:],
            word + rng.choice(["s", "en", "et", "ens", "arna", "ets", "t", "n"]),
            word.translate(str.maketrans("åäö", "aao")),
            "".join(rng.choice("abdeiklmnorstuvåäö") for _ in range(rng.randrange(3, 14))),
        ]
    return made


def _analyses(words: list[str], texts: list[str]) -> tuple[list[object], ...]:
    return (
        [(stem_word(w), *split_compound(w)) for w in words],
        [query_terms(text) for text in texts],
        [analyze(text) for text in texts],  # as the highlighter analyses a passage
        [elided_tail(w) for w in words],
    )


def test_table_gives_the_analyzers_terms(index_dir: Path, no_tables: None) -> None:
    read = _read(index_dir)
    table = read.as_dict()
    assert read.tails  # the seeds have "hälso- och sjukvård" and more
    words = sorted(table)
    unknown = _unknown_words(words, 600)
    texts = [" ".join(words[i : i + 7]) for i in range(0, len(words), 7)] + [
        "Hur arbetar IVO:s tillsyn med LSS-insatser, hälso- och sjukvård och SOU 2020:47?",
        "aldreomsorg vardanalys distansmoten kvalitetsforsamring",
        *(f"social- och {word}" for word in list(read.tails) + unknown[:200]),
    ]
    # The analyzer alone.
    computed = _analyses(words + unknown, texts)
    assert [(w, *a) for w, a in zip(words, computed[0], strict=False)] == [
        (w, *table[w]) for w in words
    ]
    assert {w: elided_tail(w) for w in read.tails} == read.tails
    # The table in use, then the analyzer for the words it lacks.
    _clear_caches()
    open_index(index_dir)
    assert known_analysis(words[0]) == table[words[0]]
    assert _analyses(words + unknown, texts) == computed


def test_table_holds_every_spelling_word_and_synonym_word(ix, index_dir: Path) -> None:  # noqa: ANN001
    table = _table(index_dir)
    with ix.searcher() as searcher:
        reader = searcher.reader()
        spelled = {t.decode() for f in ("spell_text", "spell_title") for t in reader.lexicon(f)}
    assert {w for w in spelled if w[0].isalpha()} <= set(table)  # numbers are not stemmed
    assert {"inspektionen", "vård", "omsorg", "socialstyrelsen"} <= set(table)
    # A word's form without accents, as a query typed without them reads it.
    assert "aldreomsorg" in table or "äldreomsorg" not in table


def _write(folder: Path, words: dict[str, tuple[str, ...]], analyzer: int) -> None:
    data = WordTable.from_dict(words).as_data() | {"analyzer": analyzer}
    assert data["version"] == WORD_TABLE_VERSION
    (folder / WORDS_FILE).write_bytes(marshal.dumps(data))


def test_outdated_or_broken_or_missing_table_means_the_analyzer(
    tmp_path: Path, no_tables: None
) -> None:
    expected = stem_word("kvaliteten")
    _clear_caches()
    stale, broken, missing, current = (tmp_path / n for n in ("stale", "broken", "missing", "ok"))
    for folder in (stale, broken, missing, current):
        folder.mkdir()
    _write(stale, {"kvaliteten": ("fel",)}, ANALYZER_VERSION - 1)
    (broken / WORDS_FILE).write_bytes(b"\x00not marshal")
    for folder in (stale, broken, missing):
        use_word_table(folder)
    assert stem_word("kvaliteten") == expected
    # A table of this analyzer is believed (which is why ingest writes the analyzer's own).
    _clear_caches()
    _write(current, {"kvaliteten": ("fel", "a", "b")}, ANALYZER_VERSION)
    use_word_table(current)
    assert (stem_word("kvaliteten"), split_compound("kvaliteten")) == ("fel", ("a", "b"))


def test_table_round_trips() -> None:
    words = {"kvalitet": ("kvalitet",), "äldreomsorgen": ("äldreomsorg", "äldre", "omsorgen")}
    words |= {"": ("",), "ö": ("ö",)}
    table = WordTable.from_dict(words)
    data = marshal.loads(marshal.dumps(table.as_data()))
    again = WordTable(data["words"], data["word_starts"], data["analyses"], data["analysis_starts"])
    assert again.as_dict() == words
    assert again.get("kvalite") is None and again.get("zzz") is None and again.get("") == ("",)
    assert [again.get(w) for w in words] == list(words.values())
    assert len(WordTable.from_dict({})) == 0 and WordTable.from_dict({}).get("a") is None


@pytest.mark.slow
def test_incremental_ingest_adds_its_words(tmp_path: Path, no_tables: None) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    first = sorted(CORPUS.glob("*.txt"))[0]
    shutil.copy(first, corpus)
    index_dir = tmp_path / "index"
    run_ingest(corpus, IngestOptions(index_dir=index_dir))
    before = _table(index_dir)
    (corpus / "ny.txt").write_text(
        "Titel\n\nSkrufflingarna i kommunen fick sin flumbrigadsinsats i tid.\n", encoding="utf-8"
    )
    run_ingest(corpus, IngestOptions(index_dir=index_dir))
    after = _table(index_dir)
    assert set(before) < set(after)
    assert {"skrufflingarna", "flumbrigadsinsats", "kommunen"} <= set(after)
    assert all(after[word] == analysis for word, analysis in before.items())  # merged, kept


@pytest.mark.slow
def test_kb_add_writes_its_words(site, tmp_path: Path, no_tables: None) -> None:  # noqa: ANN001
    from .test_add import HTML_PATH, run_add

    result = run_add(tmp_path, site.url(HTML_PATH))
    assert result.exit_code == 0, result.output  # type: ignore[attr-defined]
    table = _table(tmp_path / "index")
    assert {"flamingoprotokoll", "inspektörerna", "inspektorerna"} <= set(table)
    assert table["flamingoprotokoll"][0] == stem_word("flamingoprotokoll")


def test_a_process_keeps_the_newest_tables(tmp_path: Path, no_tables: None) -> None:
    from kb.analysis import wordtable

    for n in range(3):
        folder = tmp_path / f"gen-{n}"
        folder.mkdir()
        _write(folder, {"ordet": (f"ord{n}",)}, ANALYZER_VERSION)
        use_word_table(folder)
        assert known_analysis("ordet") == (f"ord{n}",)
    assert len(wordtable._tables) == 2


def test_a_second_index_of_the_same_texts_gets_their_elided_tails(
    tmp_path: Path, no_tables: None
) -> None:
    # Kept in elided_tail's memo from the first ingest, a tail was never reported to the
    # second index's table: a search there highlighting "hälso- och sjukvård" loaded
    # wordfreq's list (tests/test_cold_start.py after test_query's ingest).
    for name in ("a", "b"):
        corpus = tmp_path / name / "corpus"
        shutil.copytree(CORPUS, corpus)
        assert run_ingest(corpus, IngestOptions(index_dir=tmp_path / name / "index")).ok
    first, second = (_read(tmp_path / name / "index").tails for name in ("a", "b"))
    assert first and second == first
