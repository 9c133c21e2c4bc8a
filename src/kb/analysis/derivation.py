"""Nouns made from a query's verbs: "förskrivs" asks about "förskrivningen".

A question is asked with verbs ("varför förskrivs för mycket läkemedel", "hur
utvecklas kvaliteten", "hur granskas hemtjänsten"), while reports and government
pages say the same with nouns made from them ("förskrivningen av läkemedel",
"utvecklingen av kvaliteten", "granskningen"): Swedish makes such a noun of
nearly every verb in -a with "-ning" or "-ing" (granska: granskning, placera:
placering, behandla: behandling, förskriva: förskrivning). Snowball stems the
verb and the noun apart, so a question found only the passages that use the
verb. kb.search looks for the noun beside the verb, at a lower weight.

The lexicon is the caller's (kb.search asks the index): a word is read as a form
of a verb when its infinitive in -a is a known word, and the noun must be known
too, so no noun is made up. Domain verbs such as "förskriva" are too rare in
general Swedish for wordfreq's list (zipf 1.9) to tell them from chance strings
("orda" 2.6, which would make "ordning" of "ords").
"""

from __future__ import annotations

from collections.abc import Callable

from kb.parse.vocab import STOPWORDS

# Endings of a verb's forms, longest first: of a verb whose present is in -ar
# (granskar, granskas, granskade, granskades, granskat, granskats, granska) and of one in
# -er (förskriver, förskrivs, bedömer, bedöms, bedömt).
VERB_ENDINGS = ("ades", "ats", "ade", "as", "ar", "at", "er", "ts", "a", "s", "t")
# The present and passive of a verb, one of which shows that a word in -a is its infinitive.
PRESENT_ENDINGS = ("ar", "er", "as", "s")
# Endings that make a noun of a verb's root: "granskning", "placering", "behandling".
NOUN_ENDINGS = ("ning", "ing")
# The shortest root read: "ök" (ökar: ökning) is the shortest common one.
MIN_ROOT = 2


def verb_noun(word: str, is_word: Callable[[str], bool], is_noun: Callable[[str], bool]) -> str:
    """The noun made from the verb that `word` is a form of ("förskrivs": "förskrivning"),
    or "" when `word` is no verb form or its verb has no such noun.

    `is_word` says whether a word (the verb's infinitive) is known, `is_noun` whether a
    noun in -ning/-ing is.
    """
    word = word.lower()
    if word in STOPWORDS or not word.isalpha():
        return ""
    for ending in VERB_ENDINGS:
        if not word.endswith(ending) or len(word) - len(ending) < MIN_ROOT:
            continue
        root = word[: len(word) - len(ending)]
        if not is_word(root + "a"):
            continue
        if root + "a" == word and not any(is_word(root + e) for e in PRESENT_ENDINGS):
            continue  # a noun in -a ("hälsa", "skola") is no infinitive without a present
        for noun_ending in NOUN_ENDINGS:
            if is_noun(root + noun_ending):
                return root + noun_ending
    return ""
