"""Swedish stems: NLTK's Snowball stemmer, kb's exclusion list and its repairs.

The Snowball algorithm for Swedish has no rule for the neuter definite "-et" ("mötet",
"beslutet", "samhället" keep their ending, so "beslut" never finds "beslutet") nor for the
definite "-n" after a vowel ("frågan", "psykiatrin" keep it, so "fråga" never finds
"frågan"), and it cuts the "-s" of nouns that end in s ("insats" becomes "insat" while
"insatser" becomes "insats"). These repairs ask wordfreq's Swedish vocabulary whether the
shorter word exists, so a word like "kvalitet" (whose "-et" is not an ending: "kvaliteten"
exists) is left alone. The definite plural "-ena" of a noun in -e ("ärendena",
"äldreboendena") loses only its "a" in Snowball; it is stemmed like the plural "-en"
instead, when wordfreq knows the singular. A compound whose last part is in the exclusion
list is stemmed like that part ("tillsynsmyndigheten" like "myndigheten").

Measured with bench/inflection_coverage.py, which reads the corpus's frequent words as forms
of nouns and adjectives and checks that their other forms stem alike, four more: a genitive
"-s" on an inflected form ("insatsers", "kommuners", "strategins", "verksamhets") is stemmed
like that form; a word whose own inflected forms Snowball stems to the word itself keeps it
whole ("resultat" like "resultaten", "konsekvens" like "konsekvenser", not "result" and
"konsekv"); the definite "-n" of a rarer noun in a vowel counts when its plural exists
("pandemin" like "pandemi"), also a compound's whose last part is such a noun
("arbetsmiljön" like "arbetsmiljö"); and an adjective's neuter "-t" goes ("nationellt" like
"nationell"). A definite form that drops the "e" of a noun in -er or -el ("registret",
"fönstren", "exemplet") is stemmed like the noun, also inside a compound
("socialdataregistret" like "socialdataregister"). A verb's passive supine in "-ats"
("förändrats") is stemmed like its active supine ("förändrat"); a strong verb's forms like
its infinitive (kb.analysis.verbs). A noun in -an made from a verb has its plural in -ningar
("anmälan", "anmälningar"; "ansökan", "ansökningar"), which Snowball stems apart from it: it
is stemmed like the singular, as is a plural that changes its vowel ("städer":
kb.analysis.umlauts). An adjective in -ern keeps it ("moderna", "modernt" like "modern";
Snowball made it "mod"). The plurals of a noun of one to three letters in a vowel are its
own ("köer", "köerna", "sjöarna" like "kö", "sjö"; Snowball cuts no ending so short).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from kb.analysis.compounds import (
    compound_tail,
    is_compound_head,
    load_vocabulary,
    split_compound,
)
from kb.analysis.syncope import MIN_BASE_ZIPF, syncope_base, syncope_plural_base
from kb.analysis.umlauts import umlaut_singular
from kb.analysis.verbs import verb_infinitive
from kb.analysis.vocab import COMPOUND_NON_HEADS, STEM_EXCLUSIONS
from kb.analysis.wordtable import known_analysis
from kb.parse.vocab import STOPWORDS

if TYPE_CHECKING:
    from nltk.stem.snowball import SnowballStemmer

# Inflected forms that show a word ending in -s is a noun ("insatsen",
# "insatser"), so its s is not an ending.
_S_NOUN_ENDINGS = ("en", "er", "ar")
# Vowels before the definite "-n" of a noun ending in a vowel ("frågan",
# "psykiatrin"); "-en" is Snowball's own.
_DEFINITE_N_VOWELS = frozenset("aiouyåäö")
# The shortest definite plural in "-ena" that is read as one ("arena" is not,
# "mötena" is).
_MIN_PLURAL_ENA = 6
# Words in -e that are no nouns, though "-n" and "-na" after them are words.
_NOT_E_NOUNS = frozenset({"före", "inne", "ute", "sedde"})
# Endings of an inflected form that a genitive "-s" may follow: plurals
# ("insatser·s", "kronor·s", "regeringar·s", "medarbetare·s"), definite forms
# ("strategin·s", "möjligheterna·s") and nouns in -het ("verksamhet·s").
_GENITIVE_BASES = ("er", "ar", "or", "are", "n", "na", "het")
# Inflected forms whose stem, by Snowball, may be the word itself: "resultat·en",
# "konsekvens·er", "samband·en", and "privat·a" (but not after a plural or
# definite ending: "arbeten·a" is "arbete"'s, "risker·a" and "planer·a" are verbs).
_OWN_ENDINGS = ("en", "er", "et", "a")
_NOT_BEFORE_A = ("en", "er", "ar", "or")
# Endings of adjectives whose neuter adds "-t", which Snowball leaves on
# ("nationell·t", "social·t", "effektiv·t", "militär·t", "hållbar·t", "civil·t",
# "seriös·t"); another word is read as an adjective when its comparative exists
# ("ljus·are", "snabb·are"). Other words in -t ("svart" beside "svar", "plant"
# beside "plan") are neither.
_ADJECTIVE_SUFFIXES = ("ell", "al", "iv", "är", "bar", "il", "ös")
# Forms of a verb in -a, one of which shows that a word in "-ats" is its passive supine
# ("förändr·a", "lyck·ades", "påverk·ar"): not "insats", "uppsats", "palats".
_VERB_ENDINGS = ("a", "ar", "ade", "as")
# The shortest root of a noun in -an looked for at the end of a word whose first part
# kb's compound splitter does not know ("orosanmälningar": "anmäl").
_MIN_AN_ROOT = 5
# The shortest exclusion that is looked for at the end of a compound.
_MIN_EXCLUDED_TAIL = 5


@lru_cache(maxsize=1)
def _stemmer() -> SnowballStemmer:
    # Imported when first needed: importing nltk takes 0.16 s (it imports most of its
    # packages), which a fresh `kb info` or `kb search --help` need not wait for.
    from nltk.stem.snowball import SnowballStemmer

    return SnowballStemmer("swedish")


@lru_cache(maxsize=500_000)
def stem_word(word: str) -> str:
    """The stem kb indexes for a lowercase Swedish word."""
    known = known_analysis(word)  # as computed at ingest (kb.analysis.wordtable)
    if known is not None:
        return known[0]
    excluded = STEM_EXCLUSIONS.get(word)
    if excluded:
        return excluded
    if base := verb_infinitive(word) or umlaut_singular(word):  # "dog": "dö", "städer": "stad"
        return stem_word(base)
    for start in range(1, len(word) - _MIN_EXCLUDED_TAIL + 1):
        tail = STEM_EXCLUSIONS.get(word[start:]) or _agent_tail(word, start)
        if tail and is_compound_head(word[:start]):
            return word[:start] + tail
    agent = agent_stem(word)
    if agent:
        return agent
    vocabulary = load_vocabulary()
    core = word[:-1] if word.endswith("ets") else word
    if len(core) >= 5 and core.endswith("et") and core + "en" not in vocabulary:
        for base in (core[:-1], core[:-2]):
            # The noun, or a compound of it: "barnskyddet" is "barnskydd"'s as "skyddet"
            # is "skydd"'s (Snowball cut the "d" of one and kept the "-et" of the other).
            if base not in STOPWORDS and (
                vocabulary.get(base, 0.0) >= MIN_BASE_ZIPF or _et_compound(core, base)
            ):
                return stem_word(base)
    if len(word) <= _MAX_SHORT_PLURAL and (root := _short_root(word)):
        return root
    if len(word) >= 5 and (base := _geminate_base(word)):
        return stem_word(base)
    if len(word) >= 5 and word[-1] == "n" and word[-2] in _DEFINITE_N_VOWELS:
        base = word[:-1]
        if _is_vowel_noun(base):
            return stem_word(base)
    if len(word) >= 6 and (base := syncope_base(word) or syncope_plural_base(word)):
        return stem_word(base)
    if len(word) >= 5 and word.endswith("eln") and _is_common(word[:-1]):
        return stem_word(word[:-1])  # "regeln", "nyckeln": Snowball keeps the "-n" after l
    if len(word) >= _MIN_PLURAL_ENA and word.endswith("ena") and _is_e_noun_plural(word):
        return stem_word(word[:-1])
    if len(word) >= 6 and word.endswith("s") and _is_genitive(word):
        return stem_word(word[:-1])
    if len(word) >= 6 and word.endswith("t") and _is_adjective_neuter(word):
        return stem_word(word[:-1])
    if len(word) >= 7 and word.endswith("et") and _is_en_adjective_neuter(word):
        return stem_word(word[:-2] + "en")  # "angeläget" like "angelägen"
    if len(word) >= 7 and word.endswith("ats") and _is_passive_supine(word):
        return stem_word(word[:-1])
    if len(word) >= 6 and (adjective := _ern_adjective(word)):
        return adjective
    stem = _stemmer().stem(word)
    if stem == word[:-1] and word.endswith("s") and _is_s_noun(word):
        return word
    if stem != word and (_is_own_stem(word) or _is_own_stem(compound_tail(word))):
        # Also a compound of such a word, which wordfreq's list lacks: "spelmarknad" like
        # "spelmarknaden" (Snowball: "spelmarkn" and "spelmarknad").
        return word
    if stem.endswith("ning") and (noun := _an_noun(stem[:-4])):
        return stem_word(noun)
    if len(stem) < len(word) - 2 and word.endswith(_OWN_ENDINGS[:3]) and _is_whole(word[:-2]):
        return word[:-2]  # "sambanden": Snowball cuts "-anden", the noun is "samband"
    return stem


def _short_root(word: str) -> str:
    """The noun of one to three letters ending in a vowel whose plural in -er, -ar or -or
    (or its definite form in -na) `word` is ("köer", "köerna": "kö"; "sjöarna": "sjö";
    "broar": "bro"), or "": Snowball cuts no ending of so short a word but the "-a"
    ("köerna" was "köern", "köer" "köer": a fourth blind audit found "broarna" nothing).
    The noun, its plural and the plural's definite form are all Swedish words
    (wordfreq); not a plural in a bare "-r" ("tår", "hör", "ur" are words of their own)."""
    for ending in _SHORT_PLURAL_ENDINGS:
        if word.endswith(ending):
            root = word[: -len(ending)]
            plural = root + ending[:2]
            vocabulary = load_vocabulary()
            if (
                1 <= len(root) <= 3
                and root[-1] in _VOWELS
                and root not in STOPWORDS
                and vocabulary.get(root, 0.0) >= MIN_BASE_ZIPF
                and plural in vocabulary
                and plural + "na" in vocabulary
            ):
                return root
            return ""
    return ""


# The plural endings of a short noun in a vowel ("kö·er", "sjö·arna"), longest first, and
# the longest word such a plural is.
_SHORT_PLURAL_ENDINGS = ("erna", "arna", "orna", "er", "ar", "or")
_MAX_SHORT_PLURAL = 7
_VOWELS = frozenset("aeiouyåäö")


def _ern_adjective(word: str) -> str:
    """The adjective in -ern that `word` is a form of ("moderna", "internt": "modern",
    "intern"), or "": Snowball cuts "-ern" as a noun's ending, so "modern" was "mod"
    (courage) and "interna" "int" while "internt" stayed whole. An adjective, as wordfreq's
    Swedish words tell: its forms in -a and -t both exist (not "bilderna": "bildernt")."""
    for ending in _ERN_FORMS:
        if word.endswith(ending):
            base = word[: len(word) - len(ending)] + "ern"
            vocabulary = load_vocabulary()
            return base if base + "a" in vocabulary and base + "t" in vocabulary else ""
    return ""


# The forms of an adjective in -ern. Of the words in -ern whose forms in -a and -t are
# both in wordfreq's list (from zipf 2.0): modern, intern, extern, omodern, toppmodern.
_ERN_FORMS = ("ernaste", "ernare", "erna", "ernt", "ern")


def _et_compound(core: str, base: str) -> bool:
    """Whether `core` is a compound whose last part is the "-et" form of `base`'s last
    part, as the part's own stems say ("barnskyddet": "skyddet" stems as "skydd"); not a
    word whose "-et" is its own ("vårdkvalitet": "kvalitet" is no form of "kvalite")."""
    tail = compound_tail(core)
    # A last part too short for the splitter alone ("mörkertal": "tal", "ministerråd":
    # "råd") is the compound's last part without the ending cut ("talet", "rådet").
    cut = len(core) - len(base)
    base_tail = compound_tail(base) or (tail[:-cut] if len(tail) > cut else "")
    return (
        bool(tail and base_tail)
        and load_vocabulary().get(base_tail, 0.0) >= MIN_BASE_ZIPF
        and stem_word(tail) == stem_word(base_tail)
    )


def _an_noun(root: str) -> str:
    """The noun in -an whose plural in -ningar has this root ("anmäl" of "anmälningar":
    "anmälan", "orosanmäl": "orosanmälan"), or "".

    Nouns made from a verb in -an form their plural in -ningar (anmälan, anmälningar;
    ansökan, ansökningar; förväntan, förväntningar), which Snowball stems to "anmälning",
    apart from the singular. Such a noun's own "-ning" is rarer than its plural (the
    singular is "anmälan"), unlike a noun in -ning of its own ("ledning", "räkning"); and
    "-an" is no definite form of a noun in -a ("hälsan", "hälsningar").
    """
    vocabulary = load_vocabulary()
    for start in range(len(root) - 2):
        tail = root[start:]
        # A compound's last part: after a known first part, or a root long enough to
        # stand for the word ("oros·anmäl": "oro" is too short for the splitter).
        if start and not (len(tail) >= _MIN_AN_ROOT or is_compound_head(root[:start])):
            continue
        noun = tail + "an"
        if (
            vocabulary.get(noun, 0.0) >= MIN_BASE_ZIPF
            and vocabulary.get(tail + "ning", 0.0) < vocabulary.get(tail + "ningar", 0.0)
            and not _is_vowel_noun(tail + "a")
        ):
            return root[:start] + noun
    return ""


# Forms of an agent noun in -are ("handläggar·e", "-en", "-na", "-es", "-ens", "-nas") and
# in -iker ("politik·er", "-ern", "-erna", "-ers", "-erns", "-ernas"), longest first.
_ARE_FORMS = ("arnas", "arens", "arna", "aren", "ares", "are")
_IKER_FORMS = ("ikernas", "ikerns", "ikerna", "ikern", "ikers", "iker")
# The shortest root of an agent noun ("läk·are"; not "b·are", "sv·aren").
_MIN_AGENT_ROOT = 3


def agent_stem(word: str) -> str:
    """The stem of a form of an agent noun, kept apart from the verb or noun it is made
    from, or "" for another word.

    Snowball cuts "-are" and "-er": "handläggare" stems with "handlägga", "utredare" with
    "utreda", "vårdare" with "vård", "politiker" with "politik", "kritiker" with "kritik".
    An agent noun names a person, not the act or the field: "handläggare" is stemmed
    "handläggar" (as "brukare" and "läkare" were, by a list, before this rule), "politiker" "politiker".
    A word in -are is read as one when wordfreq knows its definite form ("handläggaren",
    "handläggarna"), which a comparative ("tydligare", "snabbare") has not; a word in
    -iker when it knows the noun in -ik beside its definite singular ("politikern"; the
    plural of the noun, "butiker", has none). Wordfreq
    also knows "teknikerna" (the technicians), so "tekniker" (techniques, too) is read
    as the person. bench/stem_collisions.py lists the words so parted.
    """
    vocabulary = load_vocabulary()
    for forms, whole, definite in (
        (_ARE_FORMS, "are", ("aren", "arna")),
        # "-ikerna" is also the plural of the noun in -ik ("butikerna", "rubrikerna").
        (_IKER_FORMS, "iker", ("ikern",)),
    ):
        for ending in forms:
            if not word.endswith(ending):
                continue
            root = word[: -len(ending)]
            if len(root) < _MIN_AGENT_ROOT or root + whole not in vocabulary:
                return ""
            if not any(root + d in vocabulary for d in definite):
                return ""
            if whole == "iker" and vocabulary.get(root + "ik", 0.0) < MIN_BASE_ZIPF:
                return ""  # no noun in -ik to keep apart from: Snowball's stem is kept
            return root + ("ar" if whole == "are" else whole)
    return ""


# Endings after which a noun in a short vowel and -m or -n doubles it ("hem": "hemmet",
# "hemmen"; "vän": "vännen", "vänner"; "program": "programmet"), longest first.
_GEMINATE_ENDINGS = ("ernas", "arnas", "erna", "arna", "ets", "ens", "et", "en", "er", "ar")
# How frequent (zipf) a doubled definite form must be to show that the noun doubles
# ("hemmet"); a doubled form of its own ("brunn", "minne") must be MIN_BASE_ZIPF.
_GEMINATE_ZIPF = 2.0


def _geminate_base(word: str) -> str:
    """The noun a form with its last consonant doubled belongs to ("hemmen": "hem",
    "familjehemmens": "familjehem", "vänner": "vän"), or "".

    Snowball stems "hemmet" and "hemmen" apart from "hem" (and "hemmen" with "hemma"):
    "familjehemmens" found 8 passages of corpus/ where "familjehem" finds 68. The form
    is read so when the noun is a word (in wordfreq, or a compound of one), its doubled
    definite form is one too ("hemmet", not "vinnet": "vinner" is a verb), and the
    doubled letters are no word of their own ("brunnen" is the well's, "minnen" the
    memories', "tummen" the thumb's).
    """
    vocabulary = load_vocabulary()
    for ending in _GEMINATE_ENDINGS:
        if not word.endswith(ending):
            continue
        doubled = word[: -len(ending)]
        if len(doubled) < 4 or doubled[-1] not in "mn" or doubled[-2] != doubled[-1]:
            return ""
        base = doubled[:-1]
        # The noun, or the last part of a compound of it ("ungdoms·hem").
        tail = next(
            (
                base[start:]
                for start in range(len(base) - 2)
                if vocabulary.get(base[start:], 0.0) >= MIN_BASE_ZIPF
                and (not start or is_compound_head(base[:start]))
            ),
            "",
        )
        if not tail or tail in STOPWORDS:
            return ""
        tail_doubled = tail + tail[-1]
        if any(vocabulary.get(tail_doubled + e, 0.0) >= MIN_BASE_ZIPF for e in ("", "e")):
            return ""
        if not any(vocabulary.get(tail_doubled + e, 0.0) >= _GEMINATE_ZIPF for e in ("et", "en")):
            return ""
        return base
    return ""


def _agent_tail(word: str, start: int) -> str:
    """The agent noun stem of `word`'s tail from `start` ("biståndshandläggarna":
    "handläggar"), or "" when the word is a plural of a word of its own: "sjukdomarna"
    are diseases, not "sjuk·domare" (judges)."""
    stem = agent_stem(word[start:])
    if stem.endswith("ar") and _is_common(word[: start + len(stem) - 2]):
        return ""
    return stem


def _is_common(base: str) -> bool:
    """Whether wordfreq knows `base` as a word of its own, common enough to trust."""
    return load_vocabulary().get(base, 0.0) >= MIN_BASE_ZIPF and base not in STOPWORDS


def _is_whole(base: str) -> bool:
    """Whether `base` is a frequent word that kb's stem keeps whole ("samband")."""
    return load_vocabulary().get(base, 0.0) >= MIN_BASE_ZIPF and stem_word(base) == base


def _is_genitive(word: str) -> bool:
    """Whether `word` is the genitive of an inflected form wordfreq knows ("kommuners")."""
    base = word[:-1]
    if not base.endswith(_GENITIVE_BASES) or base in STOPWORDS:
        return False
    vocabulary = load_vocabulary()
    if base not in vocabulary and not compound_tail(base):  # "barnskyddet·s"
        return False
    if vocabulary.get(word, 0.0) >= vocabulary.get(base, 0.0) and any(
        word + ending in vocabulary for ending in _S_NOUN_ENDINGS
    ):
        # A noun in -s of its own, with forms of its own: "diskrepans" (disk·repan·s),
        # "transparens"; not "peters" ("petersen"), rarer than "peter".
        return False
    # After "-n" only a definite form: in "-en" ("ordföranden·s") or of a noun in a vowel
    # ("strategin·s", "kvinnan·s"); "balans" is no genitive of "balan" (the bale).
    if not base.endswith("n") or base.endswith("en"):
        return True
    return base[-2] in _DEFINITE_N_VOWELS and _is_vowel_noun(base[:-1])


def _is_adjective_neuter(word: str) -> bool:
    """Whether `word` is the neuter of an adjective ("nationellt" of "nationell")."""
    vocabulary = load_vocabulary()
    base = word[:-1]
    if base not in vocabulary or base + "a" not in vocabulary:
        return False
    if base + "er" in vocabulary or base + "de" in vocabulary:
        return False  # a verb's supine: "behövt", "fyllt"
    return base.endswith(_ADJECTIVE_SUFFIXES) or base + "are" in vocabulary


def _is_passive_supine(word: str) -> bool:
    """Whether `word` is the passive supine of a verb in -a ("förändrats" of "förändra"),
    which Snowball cuts to the active supine ("förändrat") and not to the stem."""
    vocabulary = load_vocabulary()
    root = word[:-3]
    return word[:-1] in vocabulary and any(root + e in vocabulary for e in _VERB_ENDINGS)


def _is_own_stem(word: str) -> bool:
    """Whether Snowball stems an inflected form of `word` to `word` itself ("resultaten" to
    "resultat"), so that cutting `word` shorter would part it from its own forms."""
    vocabulary = load_vocabulary()
    if word not in vocabulary or _stemmer().stem(word) == word:
        return False
    endings = _OWN_ENDINGS if not word.endswith(_NOT_BEFORE_A) else _OWN_ENDINGS[:3]
    if any(
        word + ending in vocabulary and _stemmer().stem(word + ending) == word for ending in endings
    ):
        return True
    return _is_ar_noun(word, vocabulary)


def _is_ar_noun(word: str, vocabulary: dict[str, float]) -> bool:
    """Whether `word` is a noun whose "-ar" is its own, not a plural's ("ansvar", "försvar",
    "förvar"): it has a definite singular ("ansvaret") and a verb made by adding "-ar"
    ("ansvarar"), which Snowball stems to the noun. Snowball cut the noun to "ansv", so
    "vem ansvarar för" never found "ansvaret för"."""
    return (
        word.endswith("ar")
        and word + "et" in vocabulary
        and word + "ar" in vocabulary
        and _stemmer().stem(word + "ar") == word
    )


def _is_en_adjective_neuter(word: str) -> bool:
    """Whether `word` is the neuter "-et" of an adjective or participle in -en, as its forms
    in -en and -na tell ("angeläget": angelägen, angelägna; "sammanhållet"); not a noun's
    "-et" ("mötet": "möten", no "mötna")."""
    vocabulary = load_vocabulary()
    root = word[:-2]
    return root + "en" in vocabulary and root + "na" in vocabulary


def _is_e_noun_plural(word: str) -> bool:
    """Whether `word` is the definite plural "-ena" of a noun in -e ("ärendena", "boendena",
    "äldreboendena"), which Snowball cuts to the plural "-en" and not to the stem."""
    vocabulary = load_vocabulary()
    tail = word if word in vocabulary else (split_compound(word) or (word,))[-1]
    tails = [tail]
    if tail == word and word not in vocabulary:
        # A word of a prefix the splitter does not split at ("missförhållandena").
        tails += [word[len(p) :] for p in COMPOUND_NON_HEADS if word.startswith(p)]
    # The singular is a noun in -e: a neuter ("mötet", "ärendet") or one with a plural in -n;
    # "förena" (unite) is no plural of the preposition "före", "säkerhetsarena" none of
    # "säkerhetsare".
    return any(
        len(tail) >= _MIN_PLURAL_ENA
        and vocabulary.get(tail[:-3] + "e", 0.0) >= MIN_BASE_ZIPF
        and tail[:-1] in vocabulary
        and tail[:-3] + "e" not in _NOT_E_NOUNS
        for tail in tails
    )


def _is_vowel_noun(base: str) -> bool:
    """Whether `base` is a noun in a vowel ("fråga": "frågor", "miljö": "miljöer", "hälsa":
    "hälsans"), not "redan"/"reda"; a rarer one ("pandemi") needs its plural; and a compound
    whose last part is one ("arbetsmiljö", "folkhälsa", "barnpsykiatri": "arbetsmiljön"
    stemmed apart from "arbetsmiljö", found only by its parts, at half the weight)."""
    if base in STOPWORDS:
        return False
    if _is_simple_vowel_noun(base):
        return True
    tail = compound_tail(base)
    return bool(tail) and tail != base and _is_simple_vowel_noun(tail)


def _is_simple_vowel_noun(base: str) -> bool:
    """_is_vowel_noun of a word by itself, as wordfreq's list knows it and its plural."""
    vocabulary = load_vocabulary()
    zipf = vocabulary.get(base, 0.0)
    if not zipf:
        return False
    plural = base[:-1] + "or" if base.endswith("a") else base + "er"
    if zipf < MIN_BASE_ZIPF:
        # Loanwords in -i ("pandemi·er", "strategi·er") are rarer than their definite form;
        # other rare words let names and chance strings in ("huma" beside "humor").
        return base.endswith("i") and plural in vocabulary
    return plural in vocabulary or base + "ns" in vocabulary


def _is_s_noun(word: str) -> bool:
    """Whether the final s of `word` belongs to a noun ("insats", "vårdanalys")."""
    vocabulary = load_vocabulary()
    if any(word + ending in vocabulary for ending in _S_NOUN_ENDINGS):
        return True
    parts = split_compound(word)
    return bool(parts) and parts[-1] != word and _is_s_noun(parts[-1])
