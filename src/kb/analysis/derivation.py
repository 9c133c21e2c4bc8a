"""Nouns made from a query's verbs: "förskrivs" asks about "förskrivningen".

A question is asked with verbs ("varför förskrivs för mycket läkemedel", "hur
utvecklas kvaliteten", "hur granskas hemtjänsten"), while reports and government
pages say the same with nouns made from them ("förskrivningen av läkemedel",
"utvecklingen av kvaliteten", "granskningen"): Swedish makes such a noun of
nearly every verb in -a with "-ning" or "-ing" (granska: granskning, placera:
placering, behandla: behandling, förskriva: förskrivning), some with "-an" (påverka:
påverkan, samverka: samverkan) or "-nad" (kosta: kostnad). Snowball stems the
verb and the noun apart, so a question found only the passages that use the
verb. kb.search looks for the noun beside the verb, at a lower weight.

The lexicon is the caller's (kb.search asks the index's words as written): a word
is read as a form of a verb when its infinitive in -a is a known word, and the
noun must be known as a word of its own (or in a form of it), so no noun is made
up. Domain verbs such as "förskriva" are too rare in general Swedish for
wordfreq's list (zipf 1.9) to tell them from chance strings ("orda" 2.6, which
would make "ordning" of "ords").
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from kb.analysis.vocab import (
    FIRST_CONJUGATION_ENDINGS,
    NOT_VERB_NOUNS,
    NOUN_FORM_ENDINGS,
    VERB_FORM_ENDINGS,
    VERB_NOUN_ENDINGS,
    VERB_PARTICLES,
)
from kb.parse.vocab import STOPWORDS

# The present and passive of a verb, one of which shows that a word in -a is its infinitive.
PRESENT_ENDINGS = ("ar", "er", "as", "s")
# The shortest root read: "ök" (ökar: ökning) is the shortest common one.
MIN_ROOT = 2
# The shortest root of a verb in -era read for a noun in -ion ("adopter": "adoption").
_MIN_ERA_ROOT = 6


def verb_noun(word: str, is_word: Callable[[str], bool]) -> str:
    """The noun made from the verb that `word` is a form of ("förskrivs": "förskrivning"),
    or "" when `word` is no verb form or no such noun is known.

    `is_word` says whether a word, as written, is known: the verb's infinitive, and the
    noun or one of its forms ("förskrivningen").
    """
    word = word.lower()
    for root in _verb_roots(word, is_word):
        if root + "a" == word and not any(is_word(root + e) for e in PRESENT_ENDINGS):
            continue  # a noun in -a ("hälsa", "skola") is no infinitive without a present
        for noun_ending, min_root in VERB_NOUN_ENDINGS:
            noun = root + noun_ending
            if noun in NOT_VERB_NOUNS:
                continue
            if noun_ending == "an":
                if len(root) >= min_root and _an_noun(word, root, is_word):
                    return noun
            elif len(root) >= min_root and any(is_word(noun + e) for e in NOUN_FORM_ENDINGS):
                return noun
        if root.endswith("er") and len(root) >= _MIN_ERA_ROOT:
            # A verb in -era has its noun in -ion: "adopteras" asks about "adoption",
            # "informeras" about "information", "integreras" about "integration".
            for ending in ("ion", "ation", "tion"):
                noun = root[:-2] + ending
                if any(is_word(noun + e) for e in ("", "en", "er")):
                    return noun
    return ""


def particle_verb_noun(word: str, particle: str, is_word: Callable[[str], bool]) -> str:
    """The noun of the particle verb that `word` and the `particle` after it are a form of
    ("följas upp": "uppföljning", "byggs ut": "utbyggnad"), or "" when there is none: the
    verb's infinitive and a form of the noun (particle first, in -ning or -nad) must be
    known words, as for verb_noun. Reports say "uppföljningen av kvaliteten" where a
    question asks how the quality "ska följas upp"."""
    prefix = VERB_PARTICLES.get(particle.lower()) if particle else None
    if prefix is None:
        return ""
    for root in _verb_roots(word.lower(), is_word):
        for noun_ending in ("ning", "nad"):
            noun = prefix + root + noun_ending
            if any(is_word(noun + e) for e in NOUN_FORM_ENDINGS):
                return noun
    return ""


def _verb_roots(word: str, is_word: Callable[[str], bool]) -> Iterator[str]:
    """The roots of the verbs `word` may be a form of, as its endings read ("granskades":
    "gransk"), each whose infinitive in -a is a known word; none of a stop word."""
    if word in STOPWORDS or not word.isalpha():
        return
    for ending in VERB_FORM_ENDINGS:
        if not word.endswith(ending) or len(word) - len(ending) < MIN_ROOT:
            continue
        root = word[: len(word) - len(ending)]
        if is_word(root + "a"):
            yield root


def _an_noun(word: str, root: str, is_word: Callable[[str], bool]) -> bool:
    """Whether `root` + "an" is the noun of the verb `word` is a form of: a known word, the
    verb of the first conjugation (its present in -ar), and no definite form of a noun in
    -a ("visan", the song, has a plural, "visor"). Of the 51 words in -an that "-an" alone
    made nouns of (the interpellations' and regeringen pages' words), the rules keep 21
    (påverkan, samverkan, väntan, önskan, vägran, efterfrågan, början …), two of them
    wrong ("sällan", "svenskan"), and drop 30, 22 of them wrong ("orkan" of "orka",
    "redan" of "reda", "Göran" of "göra", "makan" of "makt") and 8 right (begäran,
    överklagan: another conjugation, or no present in the words)."""
    return (
        word.endswith(FIRST_CONJUGATION_ENDINGS)
        and is_word(root + "an")
        and is_word(root + "ar")
        and not is_word(root + "or")
    )
