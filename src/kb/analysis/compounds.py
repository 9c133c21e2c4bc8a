"""Split Swedish compounds into their parts, from wordfreq's Swedish vocabulary.

A word is split when it can be read as a sequence of known words, every part
but the last in one of the forms Swedish gives a word inside a compound
(kvalitet·s·försämring, hälso·vård from "hälsa", barn·psykiatrin). Among the
readings the one with fewest parts wins, then the one whose parts are most
frequent; the split is kept only if its parts are, on average, more frequent
than the whole word (Koehn and Knight 2003), which keeps lexicalised words
such as "ungdomar" or "ordförande" whole.
"""

from __future__ import annotations

import gzip
import importlib.util
import logging
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from math import log10
from pathlib import Path

from kb.analysis.vocab import (
    COMPOUND_LINKS,
    COMPOUND_LINKS_FIRST,
    COMPOUND_NON_HEADS,
    COMPOUND_NON_PARTS,
    COMPOUND_NON_TAILS,
    COMPOUND_S_ENDINGS,
    COMPOUND_S_ROOTS,
    INFLECTION_ENDINGS,
    NOUN_ENDINGS,
)
from kb.analysis.wordtable import known_analysis, known_tail
from kb.parse.vocab import STOPWORDS

log = logging.getLogger(__name__)

# Tuned with bench/compound_split.py on tests/fixtures/analysis/compounds_gold.tsv
# (see the figures printed there and in the analyzer note).
VOCABULARY_SIZE = 200_000
MIN_HEAD_LENGTH = 4
MIN_TAIL_LENGTH = 4
MIN_PART_ZIPF = 2.0
MAX_PARTS = 4
# No Swedish compound of at most MAX_PARTS real words is longer than this; a
# longer "word" is a code, a URL or a blob, and splitting it recurses per letter.
MAX_WORD_LENGTH = 64


# A base form's shortest length (_bases); how common a noun must be for a form of it the
# vocabulary lacks to end a compound (zipf: "omsorg" 4.2, "nämnd" 3.6; _inflected), and a
# noun of four letters ("vård" 4.8, "bild" 5.3; not "anse" 3.8, "bete" 4.35, "ling" 3.4:
# "assist·ansen", "förare·betena", "brott·lingar" were read so).
MIN_BASE_LENGTH = 4
INFLECTED_MIN_ZIPF = 3.0
SHORT_MIN_ZIPF = 4.4

# A reading of a word: its parts as dictionary words, as written, and the sum
# of the parts' zipf frequencies.
Split = tuple[tuple[str, ...], tuple[str, ...], float]


def load_vocabulary(
    size: int = VOCABULARY_SIZE, min_zipf: float = MIN_PART_ZIPF
) -> dict[str, float]:
    """The `size` most frequent Swedish words of wordfreq mapped to their zipf frequency."""
    # One cache key however it is called: load_vocabulary() and
    # load_vocabulary(VOCABULARY_SIZE, MIN_PART_ZIPF) built the table twice.
    return _load_vocabulary(size, min_zipf)


@lru_cache(maxsize=4)
def _load_vocabulary(size: int, min_zipf: float) -> dict[str, float]:
    vocabulary: dict[str, float] = {}
    # wordfreq's list is buckets of words of one frequency, by falling
    # frequency, each word in one bucket: reading the buckets (not
    # get_frequency_dict, a dict of every word) costs one log per bucket
    # instead of one per word: 0.06 s instead of 0.12 s in a fresh process.
    # The zipf values are computed as wordfreq computes them, bit for bit.
    rank = 0
    for index, bucket in enumerate(_frequency_list()):
        zipf = log10(10 ** (-index / 100)) + 9.0  # wordfreq's cB_to_freq, then its zipf
        if rank >= size or zipf < min_zipf:
            break
        words = bucket[: size - rank]
        rank += len(words)
        vocabulary.update((word, zipf) for word in words if word.isalpha())
    log.debug("compound vocabulary: %d words", len(vocabulary))
    return vocabulary


def _frequency_list() -> list[list[str]]:
    """wordfreq's large Swedish list: buckets of words, bucket i holding words of -i centibels."""
    # Not kept: the vocabulary made of it is (wordfreq kept the whole list, every
    # word of it, in each process).
    # Read from wordfreq's data folder as its read_cBpack reads it, without importing
    # wordfreq: its package imports its tokenizers (regex, ftfy, langcodes), 0.12-0.18 s
    # of every fresh `kb search`, and kb uses only this list.
    spec = importlib.util.find_spec("wordfreq")
    folders = spec.submodule_search_locations if spec else None
    path = Path(next(iter(folders or [""])), "data", "large_sv.msgpack.gz")
    if path.is_file():
        import msgpack  # here: a query of words the word table holds reads no list

        with gzip.open(path, "rb") as infile:
            data = msgpack.load(infile, raw=False)
        header = data[0]
        if isinstance(header, dict) and header.get("format") == "cB" and header.get("version") == 1:
            return list(data[1:])
    from wordfreq import get_frequency_list  # another layout: ask wordfreq itself

    return get_frequency_list("sv", wordlist="large")


@dataclass(frozen=True)
class CompoundSplitter:
    """Splits lowercase Swedish words into compound parts; parameters chosen by measurement."""

    vocabulary_size: int = VOCABULARY_SIZE
    min_head_length: int = MIN_HEAD_LENGTH
    min_tail_length: int = MIN_TAIL_LENGTH
    min_part_zipf: float = MIN_PART_ZIPF
    max_parts: int = MAX_PARTS
    extra_words: frozenset[str] = field(default=frozenset())

    @cached_property
    def parts(self) -> dict[str, float]:
        """Words that may be a part of a compound, with their zipf frequency."""
        vocabulary = load_vocabulary(self.vocabulary_size, self.min_part_zipf)
        words = {w: self.min_part_zipf for w in self.extra_words}
        words.update(vocabulary)
        return {
            w: z for w, z in words.items() if w not in STOPWORDS and w not in COMPOUND_NON_PARTS
        }

    @cached_property
    def heads(self) -> _Heads:
        """How a non-final part may be written -> (the word it stands for, its zipf)."""
        # Looked up per written form on first use: building the whole table
        # from the vocabulary took 0.28 s of every fresh `kb search` (of 1.5 s).
        return _Heads(self)

    @cached_property
    def _rank(self) -> dict[str, int]:
        return {lemma: i for i, lemma in enumerate(self.parts)}

    def _head(self, surface: str) -> tuple[str, float] | None:
        """The word a written non-final part stands for, as the whole table would have it."""
        # The table was filled lemma by lemma (in vocabulary order), linking
        # rule by rule: a COMPOUND_LINKS_FIRST reading overwrote any other (the
        # last one filled won), otherwise the most frequent lemma (the first
        # one filled on a tie). The same rules over the same candidates here.
        forced: tuple[int, int, str, float] | None = None
        best: tuple[float, int, int, str] | None = None
        parts = self.parts
        for order, (ending, lemma_ending) in enumerate(COMPOUND_LINKS):
            if not surface.endswith(ending):
                continue
            stem = surface[: len(surface) - len(ending)]
            lemma = stem + lemma_ending
            zipf = parts.get(lemma)
            if (
                zipf is None
                or len(stem) < self.min_head_length
                or stem in COMPOUND_NON_PARTS
                or stem in COMPOUND_NON_HEADS
                or lemma in COMPOUND_NON_HEADS
            ):
                continue
            rank = self._rank[lemma]
            if ending in COMPOUND_LINKS_FIRST:
                if forced is None or (rank, order) > forced[:2]:
                    forced = (rank, order, lemma, zipf)
            elif best is None or (zipf, -rank, -order) > (best[0], -best[1], -best[2]):
                best = (zipf, rank, order, lemma)
        if forced is not None:
            return forced[2], forced[3]
        return None if best is None else (best[3], best[0])

    def split(self, word: str) -> tuple[str, ...]:
        """The parts of `word` (non-final parts as dictionary words), or () if it stays whole:
        also a minister's title, which names the portfolio, not the passage's topic (its
        last part still inflects it, read())."""
        parts = self.read(word)[0]
        return () if parts and parts[-1].startswith(_TITLE_TAILS) else parts

    def read(self, word: str, keep_listed: bool = True) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The parts of `word` as dictionary words and as written, or ((), ()) if it stays
        whole. A word the lexicon keeps whole is read as the splitter would without it when
        not `keep_listed`: its last part still inflects it ("mörkertal·et")."""
        if len(word) < self.min_head_length + self.min_tail_length or not word.isalpha():
            return (), ()
        listed = _listed(word)
        if listed is not None and (listed[0] or keep_listed):
            return listed
        # For a word the vocabulary lacks, a reading that ends in a form of a noun it has, when
        # no reading ends in a word of it or one in more parts does: "äldreomsorgens" was left
        # whole ("omsorgens" is no word of its list), "bostadskrisens" bostad·skri·sens;
        # "anhörigassistans" stays anhöriga·assistans, not ·sistans, "protokollet" whole.
        found = self._best_split(word)
        if (found is None or len(found[0]) > 2) and word not in self.parts:
            other = self._best_split(word, inflected=True)
            if other is not None and (found is None or len(other[0]) < len(found[0])):
                found = other
        if found is None:
            return (), ()
        parts, surfaces, total = found
        if total / len(parts) <= self._whole_zipf(word):
            return (), ()
        return parts, surfaces

    def _whole_zipf(self, word: str) -> float:
        """How often the word is written, or the base it is a form of if that is more
        often and stays whole itself (_bases)."""
        zipf = self.parts.get(word, 0.0)
        for base in _bases(word):
            base_zipf = self.parts.get(base, 0.0)
            if base_zipf > zipf and not self.read(base)[0]:
                zipf = base_zipf
        return zipf

    def _inflected(self, tail: str) -> float | None:
        """How often the noun a last part is a form of is written, or None: a form the
        vocabulary lacks ("omsorgens" of "äldreomsorgens", "nämnderna" of "socialnämnderna")
        still ends a compound, weighed as its base; a common noun's form only (not "ingen",
        "följa·samhet"), by a noun's endings (not "tier·a")."""
        if tail in STOPWORDS or tail in COMPOUND_NON_PARTS:
            return None
        bases = [
            tail[: -len(ending)] + base for ending, base in NOUN_ENDINGS if tail.endswith(ending)
        ]
        found = [
            self.parts[base]
            for base in bases
            if len(base) >= self.min_tail_length
            and self.parts.get(base, 0.0)
            >= (INFLECTED_MIN_ZIPF if len(base) > 4 else SHORT_MIN_ZIPF)
        ]
        return max(found, default=None)

    def _best_split(self, word: str, inflected: bool = False) -> Split | None:
        # memo[i]: the best reading of word[i:] whose last part is a whole word.
        memo: dict[int, Split | None] = {}
        length = len(word)
        min_head, min_tail = self.min_head_length, self.min_tail_length
        parts, heads = self.parts, self.heads
        non_tails = COMPOUND_NON_TAILS

        def best_from(start: int) -> Split | None:
            if start in memo:
                return memo[start]
            candidates: list[Split] = []
            rest = word[start:]
            # Nor, with a letter or two of the part before, such a verb: "skuld·s·atta" is
            # "skuld·satta".
            if (
                start > 0
                and len(rest) >= min_tail
                and (zipf := parts.get(rest) or (self._inflected(rest) if inflected else None))
                is not None
                and not {rest, word[start - 1 :], word[max(0, start - 2) :]} & non_tails
            ):
                candidates.append(((rest,), (rest,), zipf))
            for end in range(start + min_head, length - min_tail + 1):
                head = heads.get(word[start:end])
                if head is None:
                    continue
                if word[end] == "s" and head[0] == word[start:end] and _takes_s(head[0]):
                    continue  # "kostnad·sökningar": the -s links ("kostnads·ökningar")
                tail = best_from(end)
                if tail is None or len(tail[0]) >= self.max_parts:
                    continue
                surface = word[start:end]
                candidates.append(((head[0], *tail[0]), (surface, *tail[1]), head[1] + tail[2]))
            result = max(candidates, key=_preference, default=None)
            memo[start] = result
            return result

        return best_from(0)


# Most lookups are of prefixes that are no part: remembering every one over a
# large ingest would outgrow the whole table (236,007 written forms), so the
# memory starts over at about that size.
_MAX_REMEMBERED = 250_000


def _takes_s(lemma: str) -> bool:
    """Whether a noun is written with a linking -s as a first part (COMPOUND_S_ENDINGS): an
    "s" after it is the link, not the next part's first letter."""
    return lemma not in COMPOUND_S_ROOTS and any(
        lemma.endswith(ending) and len(lemma) > len(ending) + 2 for ending in COMPOUND_S_ENDINGS
    )


class _Heads:
    """The written forms of non-final parts, looked up lazily and remembered."""

    def __init__(self, splitter: CompoundSplitter) -> None:
        self._splitter = splitter
        self._known: dict[str, tuple[str, float] | None] = {}

    def get(
        self, surface: str, default: tuple[str, float] | None = None
    ) -> tuple[str, float] | None:
        """The (lemma, zipf) that `surface` stands for as a non-final part, or default."""
        try:
            found = self._known[surface]
        except KeyError:
            if len(self._known) >= _MAX_REMEMBERED:
                self._known.clear()
            found = self._known[surface] = self._splitter._head(surface)
        return default if found is None else found

    def __contains__(self, surface: object) -> bool:
        return isinstance(surface, str) and self.get(surface) is not None


def _bases(word: str) -> list[str]:
    """The forms `word` may be an inflection of ("myndighets": "myndighet", "tjänsten":
    "tjänst"), whether words or not.

    wordfreq counts each form apart, and an inflected form is rarer than its base:
    against the form alone, the parts' frequency outweighed "myndighets" (myndig·hets),
    "tjänsten" (tjän·sten), "riksdagens" (riks·dagens) and "förslagen" (förs·lagen),
    so a search for "hets" found every "myndighets". A word is split only if its
    parts outweigh its base as well, when the base stays whole ("socialtjänstens"
    is split as "socialtjänst" is).
    """
    return [
        word[: len(word) - len(ending)] + base_ending
        for ending, base_ending in INFLECTION_ENDINGS
        if word.endswith(ending) and len(word) - len(ending) >= MIN_BASE_LENGTH
    ]


# The words the splitter reads wrong, split by hand or kept whole (kb/data/compounds.txt).
LEXICON_RESOURCE = "compounds.txt"


@lru_cache(maxsize=1)
def lexicon() -> dict[str, tuple[str, ...]]:
    """kb/data/compounds.txt: each word listed -> its parts (() for a word that stays whole);
    a whole word's bases too ("riktlinjer" -> "riktlinje")."""
    text = resources.files("kb.data").joinpath(LEXICON_RESOURCE).read_text(encoding="utf-8")
    listed: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        word, _, written = (piece.strip() for piece in line.partition("="))
        listed[word.lower()] = tuple(written.lower().split())
    for word, parts in list(listed.items()):
        if not parts:
            for base in _bases(word):
                listed.setdefault(base, ())
    return listed


def _listed(word: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The parts (as words and as written) of a word of the lexicon or a form of one, or
    None for a word it does not list."""
    fixed = lexicon()
    if word in fixed:
        return _with_surfaces(word, fixed[word])
    for ending, base_ending in (*INFLECTION_ENDINGS, *SYNCOPE_ENDINGS, *_SYNCOPE_PLURALS):
        base = word[: len(word) - len(ending)] + base_ending if word.endswith(ending) else ""
        if base in fixed:
            parts = fixed[base]
            if not parts:
                return (), ()
            last = parts[-1][: len(parts[-1]) - len(base_ending)] + ending
            return _with_surfaces(word, (*parts[:-1], last))
    return None


# Definite forms of nouns in -el and -er that drop their e ("livsmedlen" of "livsmedel",
# "kvicksilvret" of "kvicksilver", "registret" of "register"; kb.analysis.stemming reads
# them too), longest first; and plurals that do ("kilometrarna" of "kilometer").
SYNCOPE_ENDINGS = (
    ("rets", "er"), ("ret", "er"), ("rens", "er"), ("ren", "er"),
    ("lets", "el"), ("let", "el"), ("lens", "el"), ("len", "el"),
)  # fmt: skip
_SYNCOPE_PLURALS = (("rarnas", "er"), ("rarna", "er"), ("rar", "er"))


def _with_surfaces(word: str, parts: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Listed parts with the pieces of `word` they are written as: the first of two is what
    precedes the last, link and all ("remiss svar": "remis" + "svar" of "remissvar")."""
    if len(parts) == 2 and word.endswith(parts[1]) and len(word) > len(parts[1]):
        return parts, (word[: len(word) - len(parts[1])], parts[1])
    return parts, parts


def _preference(candidate: Split) -> tuple[int, float]:
    parts, _, total = candidate
    return (-len(parts), total / len(parts))


_DEFAULT = CompoundSplitter()


# Last parts that make a compound a person's title, which stays whole: "säger
# socialtjänstminister Camilla Waltersson Grönvall" is no passage about "socialtjänsten"
# (a blind audit: 222 of the 1,164 passages of corpus/ that "socialtjänsten" found had it
# only so), nor "äldreministern" about "äldre". The title itself finds it.
_TITLE_TAILS = ("minister", "ministr")


@lru_cache(maxsize=500_000)
def split_compound(word: str) -> tuple[str, ...]:
    """The parts of a lowercase compound with kb's splitter, or () if it stays whole (cached).

    >>> split_compound("kvalitetsförsämring")
    ('kvalitet', 'försämring')
    """
    if len(word) > MAX_WORD_LENGTH:
        return ()
    known = known_analysis(word)  # as computed at ingest (kb.analysis.wordtable)
    return known[1:] if known is not None else _DEFAULT.split(word)


def compound_tail(word: str) -> str:
    """The last part of a compound as written ("skyddet" of "barnskyddet"), or "" for a word
    that stays whole; by the splitter itself, not the word table (kb.analysis.stemming
    computes what the table holds). A lexicalised word of the lexicon has its last part
    here, for its inflections ("talet" of "mörkertalet"), though it is not split."""
    if len(word) > MAX_WORD_LENGTH:
        return ""
    surfaces = _DEFAULT.read(word, keep_listed=False)[1]
    return surfaces[-1] if surfaces else ""


def is_compound_head(surface: str) -> bool:
    """Whether `surface` can be the first part of a compound as written ("tillsyns")."""
    return surface in _DEFAULT.heads


# The tails elided_tail found (a memo, started over at this size), and those found since
# kb.analysis.passes last took them for the word table (kb.analysis.wordtable).
_MAX_TAILS = 50_000
_tails: dict[str, str] = {}
_new_tails: dict[str, str] = {}


def elided_tail(word: str) -> str:
    """What an elided first member borrows from `word`: "vård" from "sjukvård" (cached).

    In "hälso- och sjukvård" the first member stands for "hälsovård": it takes
    everything after the first simple part of the word that completes it, so
    "sjukvårdslagen" lends "vårdslagen". "" when `word` is not a compound.
    """
    tail = _tails.get(word)
    if tail is None:
        if len(_tails) >= _MAX_TAILS:
            _tails.clear()
            _new_tails.clear()
        known = known_tail(word)  # as computed at ingest (kb.analysis.wordtable)
        tail = _tails[word] = known if known is not None else _elided_tail(word)
        _new_tails[word] = tail
    return tail


def take_new_tails() -> dict[str, str]:
    """The tails elided_tail found since this was last called."""
    found = dict(_new_tails)
    _new_tails.clear()
    return found


def forget_tails() -> None:
    """Empty elided_tail's memo (as lru_cache's cache_clear)."""
    _tails.clear()
    _new_tails.clear()


def _elided_tail(word: str) -> str:
    _, surfaces = _DEFAULT.read(word)
    if not surfaces:
        return ""
    first = surfaces[0]
    # The first part may itself be a compound ("sjukvårds·lagen").
    head = _DEFAULT.heads.get(first)
    lemma = head[0] if head is not None else first
    inner = _DEFAULT.read(lemma)[1]
    if inner:
        first = inner[0]
    return word[len(first) :]
