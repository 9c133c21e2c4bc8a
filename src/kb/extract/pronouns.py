"""Whom "säger hon", or a dash quote with no attribution, means when the text has named no
speaker yet: the person the paragraph before the quote is about (kb.extract.passages), or
no one."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from kb.extract.bodies import is_body
from kb.extract.described import PERSON_WORDS, hidden_one
from kb.extract.genders import PRONOUNS, first_name_presented, gender_of, of_the_other
from kb.extract.introductions import iter_full_names
from kb.extract.sentences import split_sentences
from kb.extract.speakers import (
    Mention,
    clean_name,
    iter_name_runs,
)
from kb.extract.titles import fold, is_role_word, word_set
from kb.extract.vocab import (
    ATTRIBUTION_VERBS,
    FIRST_NAME_ALONE,
    NAME_HIDDEN,
    NO_FIRST_NAMES,
    RELATIONS,
)

if TYPE_CHECKING:
    from kb.extract.identities import SpeakerRegistry


# A personal pronoun's forms that speak of the person (not the possessive "hennes", which
# speaks of another: "Hennes mamma har svårt att förstå …").
_PRONOUN_FORMS = {"hon": {"hon", "henne"}, "han": {"han", "honom"}, "hen": {"hen", "henom"}}


def _opening_name(sentence: str) -> str:
    """The full name of a person a sentence opens with, its subject ("Liise Tilli strålar"),
    else "": not a place's or a firm's name ("Norra Real", "Astrid Lindgrens Värld")."""
    words = sentence.split()
    if len(words) > 2 and fold(words[0]) in RELATIONS:  # "Farfar Göran Ek lärde …" (a review)
        words = words[1:]
    run = next(iter_name_runs(words), None)
    name = next(iter_full_names(" ".join(words)), "")
    if run is None or run[0] != 0 or not name or clean_name(words[: run[1]]) != name:
        return ""
    parts = [fold(w) for w in name.split()]
    if parts[0] in NO_FIRST_NAMES or any(w.endswith("s") for w in parts[1:-1]):
        return ""
    return name


# A sentence that presents someone by name at its end: "En av dem som fick hjälp är Daniel
# Eriksson, i dag 38 år." (page probe 88), "Bakom idén står Sara Ek."
_NAMED_LAST = re.compile(
    r"\b(?:är|var|heter|står)\s+(?P<name>[A-ZÅÄÖ][\w-]+(?:\s+[A-ZÅÄÖ][\w-]+)+)"
    r"(?:,\s+(?:i dag\s+)?\d{1,3}(?:\s+år)?)?[.!]?$"
)


def _named_last(sentence: str) -> str:
    """The full name a sentence ends by presenting (_NAMED_LAST), of a known first name."""
    found = _NAMED_LAST.search(sentence.strip())
    name = found["name"] if found else ""
    return name if name in set(iter_full_names(sentence)) and gender_of(name) else ""


def pronoun_subject(text: str, pronoun: str, quoted: str = "", after_others: bool = False) -> str:
    """Whom "säger hon" means after a paragraph: the full name the paragraph opens with, if
    each sentence after it speaks of them by that pronoun ("Liise Tilli strålar. Hon är äldst
    …": news set 18; "Gunhild Eriksson … För henne …": set 20); "" when a sentence does not
    ("Elin Svensson omkom … Hennes mamma …", "Stora Enso varslar … Facket är kritiskt.": a
    review) or the name is not its subject, when the name is a place's or a firm's ("Norra
    Real", "Astrid Lindgrens Värld") or of the other gender, and when the `quoted` words speak
    of someone by that pronoun ("– Hon var alltid glad, säger hon." after "Elin Svensson omkom
    …": a second review). When others were quoted before (`after_others`: page probe 51, a
    tenant's words were the vd's), only after a sentence that speaks of them so and for a
    quote that does not speak for a "vi" alone (a midwife's "Vi behöver fler kollegor" after
    a paragraph about a patient; not "Donald Trump har sagt liknande saker.": reviews). The
    name may also end the first sentence ("En av dem … är Daniel Eriksson, i dag 38 år.":
    _named_last), or open the last when the first names no one ("… Sara Holm har två barn
    på Rinmansskolan.": page probe 92), which no sentence after it then has to confirm."""
    forms = _PRONOUN_FORMS.get(fold(pronoun), set())
    said = word_set(quoted)
    if forms & said:
        return ""
    sentences = split_sentences(text)
    if after_others and (
        len(sentences) < 2 or (said & FIRST_PERSON and not said & FIRST_PERSON_SINGULAR)
    ):
        return ""
    name = (_opening_name(sentences[0]) or _named_last(sentences[0])) if sentences and forms else ""
    start = 1
    if not name and len(sentences) > 1 and forms:
        # … or the last sentence's: "Alla föräldrar är inte positiva. … Sara Holm har två barn
        # på Rinmansskolan." and "«…», säger hon." (page probe 92).
        name, start = _opening_name(sentences[-1]), len(sentences)
    wanted = PRONOUNS.get(fold(pronoun), "")  # not one of the other gender: "Donald … hon"
    if not name or (wanted and gender_of(name) not in ("", wanted)):
        return ""
    later = [word_set(s) for s in sentences[start:]]
    others = set().union(*_PRONOUN_FORMS.values()) - forms
    return name if all(seen & forms and not seen & others for seen in later) else ""


# Words of a speaker speaking of themselves: only such a quote is the one named person's.
FIRST_PERSON_SINGULAR = frozenset("jag mig min mitt mina".split())
FIRST_PERSON = FIRST_PERSON_SINGULAR | frozenset("vi oss vår vårt våra".split())


def only_one_named(text: str, quoted: str, asked: str = "") -> str:
    """The one person a paragraph names in full, as the speaker of the dash quote after it
    when no one is named as a speaker yet and the quote speaks in the first person ("Hung Le
    Ngoc står utanför växthuset …" and "– Min syster var gift med en Närpesbo …": news set
    18); "" when it names none or several, when the quote does not say "jag" or "vi", and
    when it speaks of someone by a pronoun ("Elin Svensson omkom …" and "– Hon var alltid
    glad.": not hers), and when no sentence of the paragraph opens with the name, unless a
    question put to one person (`asked`, "Du har varit här i två veckor. Vad har du hunnit
    med?") comes between: "Den 1 september tillträdde Mikael Strand som ny socialchef"
    (page probe 13)."""
    if not _of_themselves(quoted):
        return ""
    names = set(iter_full_names(text))
    if _YOU & word_set(asked):
        # Not when a sentence after speaks of someone of theirs ("Hans efterträdare kommer
        # från Umeå.": a review).
        theirs = any(fold(t.split()[0]) in _POSSESSIVES for t in split_sentences(text)[1:] if t)
        return names.pop() if len(names) == 1 and not theirs else ""
    # The subject of one of its sentences, not a victim's, a prize winner's or a place's name
    # further in ("… misstänks för mordet på Anders Nyberg": a review).
    subjects = {_opening_name(s) for s in split_sentences(text)}
    return names.pop() if len(names) == 1 and names <= subjects else ""


def interviewee(texts: tuple[str, ...], answer: str, quoted: str) -> str:
    """The person an interview is with, as the speaker of its first answer (the dash quote
    `answer`, one of a document's `texts`, after a question put to one person, "Vem är
    du?", when no one has been quoted yet): the person whose full name opens the headline
    ("Mikael Dahlberg medverkar vid …": news set 24), when the text before names no other
    person, in full or by a first name alone ("Möt Johan, 34, …"); not a name that is the
    headline, a byline. Bodies after "på", "vid" ("Journal Digital") are no people. ""
    otherwise, and when the quote speaks of someone else, as only_one_named. (A review:
    whoever a sentence opened with took a guide's, a new CEO's and a boy's answers.)"""
    k = texts.index(answer) if answer in texts else 0
    question = texts[k - 1].rstrip() if k > 1 else ""
    words = word_set(question)
    if not question.endswith("?") or _YOU.isdisjoint(words) or not _of_themselves(quoted):
        return ""
    name = _opening_name(texts[0])
    if not name or len(texts[0].split()) <= len(name.split()) + 1 or "-" in name:
        return ""  # a byline, or a place ("Carl Larsson-gården")
    # The text speaks with them: the lead names them again, or is their own words ("Jag har
    # jobbat …"); not a famous name in the headline and an unnamed pupil (a second review).
    lead = [fold(w).strip(",.;:!?") for w in " ".join(texts[1 : k - 1]).split()]
    if not set(lead) & ({fold(p) for p in name.split()} | {"jag"}):
        return ""
    before = " ".join(texts[:k])
    people = {n for n in iter_full_names(before) if not _AT_PLACE.search(before.split(n)[0])}
    return name if people == {name} and not FIRST_NAME_ALONE.search(before) else ""


# A name after these is a workplace's or a place's ("arbetar på Journal Digital").
_AT_PLACE = re.compile(r"\b(?:på|vid|hos|i|från|för)\s+$")


# The words of a question put to a person ("Vem är du?", "Vad innebär ditt arbete?").
# Not "ni" (more often several people: "Hur började ni?").
_YOU = frozenset("du dig din ditt dina".split())


def _of_themselves(quoted: str) -> bool:
    """Whether a quote speaks of its speaker ("jag", "vi"), and of no one by a pronoun
    ("Elin Svensson omkom …" and "– Hon var alltid glad.": not hers)."""
    words = [fold(w).strip(",.;:!?”") for w in quoted.split()]
    # "Hennes mod inspirerar oss" speaks of someone (a review); "Min syster … hennes
    # berättelser" of the speaker's own.
    own = {"hennes", "hans", "hens"} if FIRST_PERSON_SINGULAR.isdisjoint(words) else set()
    pronouns = set().union(*_PRONOUN_FORMS.values(), own)
    # Not the attribution's own pronoun, when it was not read as one ("…, sa han på tisdagen").
    if any(w in pronouns and words[i - 1] not in ATTRIBUTION_VERBS for i, w in enumerate(words)):
        return False
    # "Donald Trump har sagt …" and "– Det är rätt typiskt …": anyone's (a review)
    return bool(FIRST_PERSON.intersection(words))


def known_named(text: str, quoted: str, registry: SpeakerRegistry) -> str:
    """The one person a paragraph names by the first name or the surname alone, as the
    speaker of the dash quote after it: a person the text named in full as a sentence's
    subject ("Yasin Ghaderi är 18 år …", then "Genom Vägval Ungdom har Yasin fått hjälp …"
    and "– Jag lär mig jättemycket.": news set 27), not a body read as a name ("Scandic
    Upplands Väsby"); "" as only_one_named."""
    if not registry.first_names:
        return ""  # a text that hides a name ("Anna, som egentligen heter …")
    words = {w.strip(",.;:!?()”") for w in text.split()}
    names = registry.names | {p.name for p in registry.people if not p.is_organisation}
    # Named by a part alone: one named in full here is only_one_named's (of "Anna Ek och Per
    # Holm driver …", neither alone).
    known = {
        n
        for n in names
        if n not in text
        and (
            ((parts := n.split())[0] in words and fold(parts[0]) not in registry.introduced_alone)
            or parts[-1] in words
        )
    }
    # One person by that part: of "Anna Berg" and "Anna Lind", "Anna ser trött ut" is either
    # (a review).
    firsts = [n.split()[0] for n in known]
    if not known or len(set(firsts)) < len(firsts) or not _of_themselves(quoted):
        return ""
    known &= _subjects(registry.texts)
    name = known.pop() if len(known) == 1 else ""
    return name if name and _about(text, name) else ""


def _about(text: str, name: str) -> bool:
    """Whether a paragraph is about a person it names by a part of the name: where it first
    does, the sentence's subject, first or after its verb ("Genom projektet har Yasin fått
    …"), not after a preposition or in a clause ("Kritiken mot Nilsson", "att Andersson
    inte ställer upp", "en dikt som Elin skrivit": a review)."""
    parts = set(name.split())
    for sentence in split_sentences(text):
        core = [w.strip(",.;:!?()”") for w in sentence.split()]
        at = next((j for j, w in enumerate(core) if w in parts), None)
        if at is not None:
            return not at or fold(core[at - 1]) not in _BEFORE_NO_SUBJECT
    return False


# Words after which a name is no main clause's subject: prepositions and subjunctions.
# (Not "när", "för", "enligt", the subject or the source of a clause: "När Yasin kom …",
# "För Elin har det varit …", "Enligt Fatima är …": a second review.)
_BEFORE_NO_SUBJECT = frozenset(
    """mot till med av om på i hos vid från åt efter utan kring under över genom bland trots
    inför att som än och eller""".split()
)


@lru_cache(maxsize=4)
def _subjects(texts: tuple[str, ...]) -> frozenset[str]:
    """The full names of people a document's sentences open with (_opening_name)."""
    return frozenset(_opening_name(s) for text in texts for s in split_sentences(text)) - {""}


# What follows a person's name where a paragraph opens by presenting them: "Amina Yusuf är
# 41 år …", "Gunnel Ahlström har bott på Hamregatan i 41 år", "Anna Berg (S) är …", "Jenny
# Karlsson i Borlänge är …" (page probe 87), "Kjell Andersson bor …"; a first name alone only by an age, a hidden name
# or what the person is ("Rahaf, 16 år, går …", "Peter, som egentligen heter något annat, har
# …", "Sanna är mamma till …"), not a noun opening a sentence ("Föräldrarna är nöjda").
_AFTER_NAME = (
    r"(?:\s+\([A-ZÅÄÖ]{1,3}\))?(?:\s+(?:i|från)\s+[A-ZÅÄÖ][\w-]+)?"
    r"(?:,\s+vars\s+[^,.]{1,60},)?"  # "Birgitta Sjöberg, vars pappa bor på Linden, har …"
)
_AGED = re.compile(
    rf"^{_AFTER_NAME}(?:,\s+\d{{1,3}}(?:\s+år)?,|\s+\(\d{{1,3}}\)|,\s+som\s+(?:egentligen|i själva verket)\s)"
)
_PRESENTS = re.compile(
    rf"^{_AFTER_NAME}\s+(?:är|bor|har\s+(?:bott|varit|arbetat|jobbat|levt)|(?:arbetar|jobbar)\s+som)"
    r"\s+(?P<what>\S+)"
)


def introduced(text: str) -> str:
    """The person a narrative paragraph presents (_PRESENTS, _AGED) in its first or its last
    sentence ("… Peter Nyström har varit socialchef i kommunen sedan 2021 …": page probe
    16): whom a quote right after it that names no one, or names them "hon" or "han", is
    by, though someone else was quoted before (page probes 2-10: a mother, a participant, a
    resident after an official's quote went to the official); "" otherwise."""
    sentences = split_sentences(text.strip()) or [""]
    return (
        _presents(sentences[0])
        or _one_of_aged(sentences[0])
        or (_presents(sentences[-1]) if len(sentences) > 1 else "")
        or first_name_presented(sentences[0])
        or (first_name_presented(sentences[-1]) if len(sentences) > 1 else "")
    )


# One of many presented by a first name and an age: "En av dem som gått programmet är Daniel,
# 38 år." (page probes 111, 116: the block quote after it went to the official quoted before).
_ONE_OF_AGED = re.compile(
    r"^(?:\S+\s+)?[Ee]n av [^.]*?\b(?:är|heter)\s+(?P<name>[A-ZÅÄÖ][a-zåäö]+),\s+\d{1,3}"
    r"(?:\s+år)?[.,]"
)


def _one_of_aged(sentence: str) -> str:
    found = _ONE_OF_AGED.match(sentence.strip())
    return found["name"] if found and gender_of(found["name"]) else ""


def _presents(first: str) -> str:
    """The person a sentence opens by presenting, or ""."""
    words = first.split()
    run = next(iter_name_runs(words), None)
    if run is None or run[0] != 0 or run[1] > 3:
        return ""
    name = clean_name(words[: run[1]])
    if not name or not first.startswith(name) or fold(name.split()[0]) in NO_FIRST_NAMES:
        return ""
    rest = first[len(name) :]
    if len(name.split()) > 1:
        full = name in set(iter_full_names(first))
        return name if full and (_AGED.match(rest) or _PRESENTS.match(rest)) else ""
    if is_role_word(name) or is_body(name):
        return ""
    if _AGED.match(rest) or (rest.startswith(" är en av ") and gender_of(name)):
        return name  # "Elias är en av de första som …": a first name (page probe 101)
    presents = _PRESENTS.match(rest)
    what = presents["what"].strip(",.") if presents else ""
    return name if what and _is_person_word(what) and not _noun_or_place(name) else ""


def _noun_or_place(word: str) -> bool:
    """Whether a capitalised word opening a sentence is a noun in its definite form
    ("Vinnaren är elev …", a review), not a first name: Swedish writes it often (wordfreq)
    and it ends as a definite noun does ("Solna" too). Names such as "Sanna", "Johan" and
    "Tove" are common words too, so only the ending tells; a place that ends otherwise
    ("Kumla") is kept out by PERSON_WORDS, which has no word a place may be."""
    folded = fold(word)
    from wordfreq import zipf_frequency  # the lexicon kb.analysis reads too

    definite = folded.endswith(("en", "et", "na")) and not folded.endswith("nna")
    return definite and zipf_frequency(folded, "sv") >= 3.0


def _is_person_word(word: str) -> bool:
    return fold(word) in PERSON_WORDS or is_role_word(word)


# Words of anyone, as one speaks of oneself: "man" opening a clause or after its verb ("Man
# blir …", "Här blir man sedd", "… att man …"), not a man ("en ung man": a review).
_ANYONE = re.compile(
    r"(?:^|[.!?,:]\s+|[–—-]\s*|\b(?:att|som|när|då|så|om|och|men|eftersom|där|hur|vad|blir|får"
    r"|kan|måste|ska|skulle|vill|vet|har|är|behöver|känner|ser|gör|borde)\s+)man\b",
    re.IGNORECASE,
)
# A third person a quote may speak of: the presented person, as like as anyone.
_THIRD_PERSON = frozenset("han hon hen honom henne henom hans hennes hens".split())
_POSSESSIVES = frozenset({"hans", "hennes", "hens"})


def speaks_of(quoted: str, pronoun: str) -> bool:
    """Whether quoted words speak of someone by the pronoun's forms ("hon": "hon", "henne",
    "hennes"), who may be the one the pronoun means."""
    own = {"hon": "hennes", "han": "hans", "hen": "hens"}.get(fold(pronoun), "")
    return bool(word_set(quoted) & (_PRONOUN_FORMS.get(fold(pronoun), set()) | {own}))


# Words by which a text speaks of someone else, theirs or them: "hennes pappa", "med honom".
OF_SOMEONE = frozenset("hans hennes honom henne".split())


def presented(text: str, quoted: str | None = None, pronoun: str = "") -> Mention | None:
    """The person the paragraph `text` opens by presenting (introduced), as the speaker of
    the quote after it: of a "säger hon" (`pronoun`), when no later sentence of the
    paragraph speaks of someone else ("Per Ek är 80 år. Hans fru är sjuk.", as
    pronoun_subject); or of `quoted` words that speak in the first person ("– Första
    veckan var jag jättenervös."). Not when the quoted words speak of someone as "han",
    "hon" or "hans", who may be the person presented. None otherwise."""
    words = word_set(quoted or "")
    name = introduced(text)
    titled = bool(words & FIRST_PERSON) and _title_presented(text, name) is not None
    # Words of their own that speak of one of the other gender: "Jag tyckte att det var hon
    # som provocerade" after "… är Daniel, 38 år" (page probe 111) is his.
    theirs = {"m": "han", "f": "hon"}.get(gender_of(name), "")
    as_self = theirs if words & FIRST_PERSON_SINGULAR else ""
    if (
        words & _THIRD_PERSON
        and not of_the_other(words, name, pronoun or as_self, text)
        and not titled
    ):
        # "– Vi besöker honom fyra gånger om dagen": maybe of them (a review); but "– Han kom
        # hem utan jacka …, säger hon." after "Sanna är mamma till en pojke" is hers, and "Vi
        # har erbjudit krisstöd till henne" after "Carina Sjöberg är enhetschef för …" (page
        # probe 90): a titled person speaks for the staff.
        return None
    # Words in the first person, or of anyone ("Man blir en projektledare i sitt eget liv"
    # after "Jessica Nordin i Kungälv är mamma till två barn": page probe 102).
    if not pronoun and FIRST_PERSON.isdisjoint(words) and not _ANYONE.search(quoted or ""):
        return None
    sentences = split_sentences(text.strip()) or [""]
    if pronoun:
        forms = _PRONOUN_FORMS.get(fold(pronoun), set())
        own = {"hon": "hennes", "han": "hans", "hen": "hens"}.get(fold(pronoun), "")
        others = set().union(*_PRONOUN_FORMS.values(), _POSSESSIVES) - forms - {own}
        later = " ".join(sentences[1:])
        if not forms or others & word_set(later):
            return None
    # … not when a later sentence names someone ("… blev rånad. Polisen Sara Ek utreder
    # brottet." and "– Vi söker vittnen, säger hon.": a review).
    if (
        NAME_HIDDEN.search(text)
        and not any(next(iter_full_names(s), "") for s in sentences[1:])
        and (hidden := hidden_one(sentences[0], pronoun)) is not None
    ):
        # "En av dem som har slutat är en socialsekreterare i 30-årsåldern … Hon vill vara
        # anonym …" (page probes 12, 13: the quote went to the union's chair before).
        return hidden
    if not name:
        return None
    # With the title it presents them by: "Peter Nyström har varit socialchef i kommunen".
    if (found := _title_presented(text, name)) is None:
        return Mention(name, "person")
    from kb.extract.roles import split_role  # imported here: roles reads this module's kin

    role, organisation = split_role(text[found.start("what") :].split(". ")[0])
    return Mention(name, "person", role, organisation)


def _title_presented(text: str, name: str) -> re.Match[str] | None:
    """Where a paragraph presents `name` by a title ("Peter Nyström har varit socialchef …")."""
    found = re.search(re.escape(name) + _PRESENTS.pattern.removeprefix("^"), text) if name else None
    return found if found and is_role_word(found["what"].strip(",.")) else None
