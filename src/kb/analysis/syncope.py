"""Nouns in -el and -er whose forms drop the "e": "registret" and "regler" are the forms of
"register" and "regel", which Snowball stems apart (kb.analysis.stemming asks here)."""

from __future__ import annotations

from kb.analysis.compounds import SYNCOPE_ENDINGS, compound_tail, load_vocabulary
from kb.parse.vocab import STOPWORDS

# A base word must be at least this frequent (zipf) for "-et" to be read as
# an ending: below it wordfreq's list holds names and dialect ("inge" for
# "inget", "mycke" for "mycket").
MIN_BASE_ZIPF = 3.0

# A compound's last part at least this long stands for the noun ("…data·register").
_MIN_COMPOUND_TAIL = 5


def syncope_base(word: str) -> str:
    """The noun in -er/-el a definite form with its "e" dropped belongs to: "registret" ->
    "register", "socialdataregistret" -> "socialdataregister" (a compound, by its last
    part); "" when wordfreq knows no such noun."""
    for ending, base_end in SYNCOPE_ENDINGS:
        if not word.endswith(ending):
            continue
        if word[: -len(ending)][-1:] in "aeiouyåäö":
            return ""  # "baren", "hålet": the e is the noun's own, nothing dropped
        base = word[: -len(ending)] + base_end
        return base if _noun_part(base) else ""
    return ""


def _noun_part(base: str) -> str:
    """`base` if wordfreq knows it as a word, else its compound's last part as written if
    wordfreq knows that ("socialdataregister": "register"; a title kept whole too,
    "äldreminister": "minister"), else ""."""
    vocabulary = load_vocabulary()
    if vocabulary.get(base, 0.0) >= MIN_BASE_ZIPF and base not in STOPWORDS:
        return base
    last = compound_tail(base)
    if len(last) >= _MIN_COMPOUND_TAIL and vocabulary.get(last, 0.0) >= MIN_BASE_ZIPF:
        return last
    return ""


# Plural endings of nouns in -el and -er that drop their "e" (regel: regler, artikel:
# artiklar, förälder: föräldrar, minister: ministrar), with the base's end; the forms of
# a verb's present in -lar, -rar are told apart by the verb (syncope_plural_base).
_SYNCOPE_PLURALS = (
    ("lernas", "el"), ("lerna", "el"), ("lers", "el"), ("ler", "el"),
    ("larnas", "el"), ("larna", "el"), ("lars", "el"), ("lar", "el"),
    ("rarnas", "er"), ("rarna", "er"), ("rars", "er"), ("rar", "er"),
)  # fmt: skip
# A verb's infinitive at least this common in wordfreq makes "-lar", "-rar" its present:
# "handlar" (handla 4.8) is read as the verb's, not "handel"'s plural, nor "cyklar",
# "seglar", "speglar", "växlar" (cykla, segla, spegla, växla 3.3-4.3), which are both;
# "semestrar", "fingrar" are plurals (semestra 2.8, fingra 2.3: wordfreq's noise).
_VERB_ZIPF = 3.0
# A definite form at least this common makes a noun of its own ("exemplaret" 2.9:
# "exemplar" is no plural of "exempel"; "föräldraren" 0).
_OWN_DEFINITE_ZIPF = 1.0


def syncope_plural_base(word: str) -> str:
    """The noun in -el/-er a plural with its "e" dropped belongs to ("regler": "regel",
    "föräldrarna": "förälder", "socialförsäkringsreglerna": by its last part), or "".

    Snowball stems "regler" as "regl" and "regel" as "regel", "föräldrar" as "föräldr" and
    "förälder" as "föräld": "förälder" found 33 passages of corpus/, "föräldrar" 146. Read
    so when the noun is a word (wordfreq, or a compound's last part), the letter before
    the l or r is no vowel ("skolor", "bilar" are no such forms), and the form is no
    common verb's present ("handlar") nor a noun with a definite form of its own
    ("exemplar", "exemplaret": no plural of "exempel").
    """
    vocabulary = load_vocabulary()
    for ending, base_end in _SYNCOPE_PLURALS:
        if not word.endswith(ending):
            continue
        stem = word[: -len(ending)]
        if len(stem) < 2 or stem[-1] in "aeiouyåäö":
            return ""
        if ending in ("lar", "rar") and _is_verb(word[:-1]):
            return ""
        if any(vocabulary.get(word + d, 0.0) >= _OWN_DEFINITE_ZIPF for d in ("et", "en")):
            return ""  # a noun of its own with a definite form: "exemplar", "exemplaret"
        base = stem + base_end
        noun = _noun_part(base)
        # A compound's last part may be a verb's present too ("bok·handlar").
        verb = noun[: -len(base_end)] + ending[:-1]
        if not noun or (noun != base and ending in ("lar", "rar") and _is_verb(verb)):
            return ""
        return base
    return ""


def _is_verb(infinitive: str) -> bool:
    return load_vocabulary().get(infinitive, 0.0) >= _VERB_ZIPF
