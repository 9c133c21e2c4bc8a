"""The infinitive of a Swedish verb form that Snowball stems apart from the verb's other forms.

Snowball's Swedish stemmer cuts endings; it knows no verb. So a strong verb's past and
supine ("dog", "dött"; "försvann", "försvunnit"; "tog", "tagit") and the present of a verb
whose stem ends in a vowel ("dör", "går", "slår": Snowball keeps their "-r", the
infinitives "dö", "gå", "slå" have none) each stem apart, and a question such as "hur
många dog …" finds no passage that says "har dött". kb stems such a form like its
infinitive (kb.analysis.stemming.stem_word).

The forms are listed, not derived: Swedish ablaut ("stjäla", "stal", "stulit") follows no
rule a stemmer can apply, and a rule such as "a vowel and -r is a present" would make "år"
(year) the river "å", "bror" a bridge and "tår" (tear) a toe. No package on PyPI gives
Swedish verb paradigms offline (NLTK has none for Swedish; wordfreq lists words, not
forms), so the table is written here: the strong and irregular verbs common in texts on
social services and in people's questions, without the forms that are common nouns or
adjectives of another meaning ("steg", "låg", "bar", "band", "led", "bad", "satt", "drog",
"flytt", "mått", "bett") and without "falla" and "lägga", whose forms meet common nouns
("föll" would find "fall", a case; "inlagd" "inlägg", "tillade" "tillägg"). A participle
is listed where the verb's past is ("såld", "avgjord"), so the two still find each other
(not "vald", which is how "våld" is typed without its accent). A
verb with a particle written together with it ("föreslog", "uppgav", "ingår", "förstod")
is read by its last part when wordfreq knows the verb so made.
"""

from __future__ import annotations

from kb.analysis.compounds import load_vocabulary

# infinitive: its present, past and supine forms (and participles) that Snowball stems
# apart from it. Forms whose stem is already the infinitive's ("skriver") are not needed.
_FORMS: dict[str, tuple[str, ...]] = {
    "dö": ("dör", "dog", "dött"),
    "slå": ("slår", "slog", "slagit", "slås"),
    "fly": ("flyr", "flydde"),  # not "flytt": a move
    "bo": ("bor", "bodde", "bott"),
    "må": ("mår", "mådde"),  # not "mått": a measure
    "försvinna": ("försvann", "försvunnit", "försvunna"),
    "gripa": ("grep", "gripit"),
    "skjuta": ("sköt", "skjutit"),
    "stjäla": ("stal", "stulit", "stulen", "stulna"),
    "dricka": ("drack", "druckit"),
    "sjunka": ("sjönk", "sjunkit"),
    "stiga": ("stigit",),
    "bryta": ("bröt", "brutit"),
    "skriva": ("skrev", "skrivit"),
    "bära": ("burit",),
    "hinna": ("hann", "hunnit"),
    "vinna": ("vann", "vunnit"),
    "binda": ("bundit",),
    "sova": ("sovit",),
    "äta": ("äter", "ätit"),
    "skära": ("skar", "skurit"),
    "riva": ("rev", "rivit"),
    "bjuda": ("bjöd", "bjudit"),
    "flyga": ("flög", "flugit"),
    "sprida": ("spred", "spridit"),
    "lida": ("lidit",),
    "avlida": ("avled", "avlidit", "avlidna"),
    "välja": ("valde", "valt"),  # not "vald": "våld" typed without its accent
    "sälja": ("sålde", "sålt", "såld", "sålda"),
}
# The light verbs ("ta", "ge", "gå", "få", "säga" …) are read so only after a particle:
# "föreslog" is "föreslå", "ingick" "ingå", "uppgav" "uppge", "omkom" "omkomma"; alone,
# joining their forms made questions match more of nothing ("hur lång tid får
# utredningen ta" found every "tog" and "tagit": bundled question-03 0.52 -> 0.39).
_LIGHT_FORMS: dict[str, tuple[str, ...]] = {
    "gå": ("går", "gick", "gått"),
    "stå": ("står", "stod", "stått"),
    "få": ("fick", "fått"),
    "ta": ("tar", "tog", "tagit", "tas"),
    "dra": ("drar", "dragit", "dras"),  # not "drog": a drug
    "ge": ("ger", "gav", "gett", "givit", "ges"),
    "se": ("ser", "såg", "sett", "ses"),
    "nå": ("når", "nådde", "nått", "nås", "nådd", "nådda"),
    "ske": ("sker", "skedde", "skett"),
    "komma": ("kommer", "kom", "kommit"),
    "hålla": ("höll", "hållit"),
    "ligga": ("legat",),
    "sitta": ("suttit",),
    "låta": ("lät", "låtit"),
    "finna": ("fann", "funnit"),
    "säga": ("sade", "sagt"),
    "göra": ("gjorde", "gjort", "gjord", "gjorda"),
}
_ALONE: dict[str, str] = {form: verb for verb, forms in _FORMS.items() for form in forms}
_AFTER_PARTICLE: dict[str, str] = {
    **_ALONE,
    **{form: verb for verb, forms in _LIGHT_FORMS.items() for form in forms},
}

# Particles written together with a verb ("föreslår", "uppgav", "ingick", "består").
_PARTICLES = (
    "efter", "genom", "under", "över", "åter", "fram", "till", "bort", "före", "upp",
    "från", "ned", "ner", "mot", "med", "för", "in", "ut", "av", "på", "an", "om", "be",
)  # fmt: skip


def verb_infinitive(word: str) -> str:
    """The infinitive of a verb form the table lists, also after a particle or with a
    passive "-s" ("dog" -> "dö", "föreslog" -> "föreslå", "greps" -> "gripa"); else ""."""
    if found := _infinitive(word):
        return found
    if word.endswith("s") and (found := _infinitive(word[:-1])):
        return found
    return ""


def _infinitive(word: str) -> str:
    if word in _ALONE:
        return _ALONE[word]
    for particle in _PARTICLES:
        tail = word[len(particle) :]
        if word.startswith(particle) and tail in _AFTER_PARTICLE:
            # A verb Swedish has ("föreslå", "avgöra"), not one the parts make up:
            # "förlegat" (outdated) is no "förligga", "ansagt" no "ansäga".
            infinitive = particle + _AFTER_PARTICLE[tail]
            return infinitive if infinitive in load_vocabulary() else ""
    return ""
