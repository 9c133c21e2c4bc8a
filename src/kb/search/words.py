"""Words of a query that say how it is asked, not what it is about: data for kb.search.ranking.

A query typed as a question ("hur har hemtjänsten förändrats under pandemin")
is searched for what it is about: these words do not restrict the match.
"""

from __future__ import annotations

# Swedish interrogatives (frågeord) as Svenska Akademiens grammatik (SAG, vol. 2,
# "Interrogativa pronomen" and "Interrogativa adverb") lists them, with their
# inflected forms. Several are Snowball stop words already (kb.parse.vocab.STOPWORDS);
# the rest are listed so that "varifrån", "hurdan", "vems" do not restrict either.
QUESTION_WORDS: frozenset[str] = frozenset(
    """
    hur vad vilken vilket vilka vilkas varför när var vart varifrån varav vem vems
    vemdera vilkendera hurdan hurdant hurdana hurudan huruvida
    """.split()
)

# Light verbs (auxiliaries, modals and the copula, which carry tense or mood
# rather than content): SAG vol. 4, "Hjälpverb", in the infinitive, present, past
# and supine forms a question uses ("vad gör kommunerna", "finns det", "ska man",
# "ska unga kunna få fotboja", "behöver man ansöka"). "gör"/"görs" and "finns" are
# listed as in SAG's "kopulaliknande" and existential uses: in a question they ask,
# they are not what is asked about. The infinitives "kunna", "få", "vilja" and the
# modal "behöva" ("ska unga kunna få fotboja") were missing: a passage had to hold a
# share of them. Measured with the coverage of synonyms and compound parts
# (kb.search.coverage; every passage of the variants' top 10s judged blind), the mean
# nDCG@10 of the ten judged sets: neither 0.777, these verbs alone 0.784, both 0.786
# (0.785 once AMBIGUOUS_LIGHT_VERBS and a synonym's part weight were added after a review).
LIGHT_VERBS: frozenset[str] = frozenset(
    """
    är var varit vara blir blev blivit bli har hade haft ha kan kunde kunnat kunna
    ska skall skulle bör borde måste får fick fått få vill ville velat vilja
    behöver behövde behövt behöva behövs
    gör gjorde gjort göra görs gjordes finns fanns funnits brukar brukade
    """.split()
)

# Both groups together: the words that do not restrict a query of plain words.
NON_RESTRICTING: frozenset[str] = QUESTION_WORDS | LIGHT_VERBS

# Light verbs that are other words too: "barnets vilja" (the will), "få äldre" (few), "mot
# sin vilja". They ask nothing only in a question (another question word or light verb in
# it: "ska unga kunna få fotboja") and not after a possessive, a genitive or a word of
# degree ("vad säger lagen om barnets vilja", "varför är det så få platser"): a review of
# stop 51 ("barnets vilja" 12 -> 1,208 hits, "mot sin vilja" found nothing).
AMBIGUOUS_LIGHT_VERBS: frozenset[str] = frozenset(
    "kunna få vilja behöva behöver behövs behövde behövt".split()
)
_OWNERS = frozenset(
    """
    sin sitt sina min mitt mina din ditt dina hans hennes deras dess vår vårt våra er ert era
    egen eget egna
    så för alltför väldigt mycket ganska relativt allt förhållandevis
    """.split()
)


_GENITIVES = ("ens", "ets", "nas", "ns", "des", "res")

# Sentence adverbs (SAG vol. 4, "Satsadverbial": modal, focusing and of time relation): in
# a question they say how it is asked ("kan äldre få hemtjänst utan att kommunen först gör
# en behovsprövning", "har någon ens granskat"), and the passage that answers seldom has
# them. Not the adverbs of frequency ("ofta", "aldrig") nor "längre" (also "longer"), nor
# "själva" ("var kan barn och unga själva läsa": the children themselves, what is asked
# about); the negations and "sedan" are stop words already. Outside a question they are
# searched as typed.
SENTENCE_ADVERBS: frozenset[str] = frozenset(
    """
    först redan fortfarande ännu igen bara endast enbart också även ens faktiskt egentligen
    verkligen kanske nog väl ändå dock alls heller numera snart
    """.split()
)


# "komma" as the auxiliary of the future ("kommer … att", SAG vol. 4, "Tempusverb"): "vad
# kommer reformen att kosta", "kommer behandlingen att finnas i alla regioner". Not "barn som
# kommer hem", where it is the verb of its own.
_FUTURE = frozenset("kommer komma kom kommit".split())
# At most this many words after "kommer" to its "att" ("vad kommer eu:s nya krav på
# reningsverk att kosta": six).
_FUTURE_REACH = 7
# "ta hand om" (and "tas om hand"), the everyday verb for caring for someone: in a question
# ("hur tar socialtjänsten hand om barn som kommer hem från IS") its words are no part of
# what is asked about, and the passage that answers says "omhänderta", "stöd", "insatser".
_TAKE = frozenset("ta tar tog tagit tas togs tagits".split())
# At most this many words after "tar" to its "hand om" (the subject between).
_TAKE_REACH = 5


def _idioms(lower: list[str], question: bool) -> set[int]:
    """The places of the words of the future's "kommer … att", and in a question of "ta hand
    om" ("tas om hand")."""
    found = set()
    for i, word in enumerate(lower):
        if word in _FUTURE and "att" in lower[i + 1 : i + 1 + _FUTURE_REACH]:
            found.add(i)
        elif question and word in _TAKE:
            # The subject may stand between: "tar socialtjänsten hand om", "tas barnen om hand".
            for j in range(i + 1, min(i + 1 + _TAKE_REACH, len(lower) - 1)):
                if (lower[j], lower[j + 1]) in (("hand", "om"), ("om", "hand")):
                    found |= {i, j if lower[j] == "hand" else j + 1}
                    break
    return found


def not_asked(words: list[str]) -> set[int]:
    """The places of a query's words that say how it is asked, not what it asks about: its
    question words and light verbs (an ambiguous one as AMBIGUOUS_LIGHT_VERBS says), a word
    of DEGREES after "hur", and in a question its sentence adverbs and idioms (_idioms)."""
    lower = [w.lower() for w in words]
    question = any(w in NON_RESTRICTING and w not in AMBIGUOUS_LIGHT_VERBS for w in lower)
    found = _idioms(lower, question)
    for i, word in enumerate(lower):
        before = lower[i - 1] if i else ""
        # A genitive by its endings ("barnets", "lagens", "föräldrarnas", "de äldres") or a
        # name's ("Annas"); not any word in s ("kris", "annars", "diabetes": a review). A
        # word of degree that "hur" asks with asks for a number ("hur mycket behöver …").
        owned = (before in _OWNERS and (i < 2 or lower[i - 2] != "hur")) or (
            before.endswith(_GENITIVES) or (words[i - 1][:1].isupper() and before.endswith("s"))
        )
        if word in AMBIGUOUS_LIGHT_VERBS and (not question or owned):
            continue
        if (
            word in NON_RESTRICTING
            or (before == "hur" and word in DEGREES)
            or (question and word in SENTENCE_ADVERBS)
        ):
            found.add(i)
    return found


# Words of degree that make one question word with "hur" before them ("hur många barn",
# "hur länge sparas", "hur mycket bidrag"): they ask for a number or a time, which the
# passage that answers writes as such, seldom with the word itself (SAG vol. 2, "hur" as
# a degree adverb before adjectives and adverbs). Only after "hur": "många äldre" asks
# about the many.
DEGREES: frozenset[str] = frozenset(
    """
    många mycket ofta länge lång långt stor stort stora gammal gamla
    """.split()
)

# Words that say what a number counts ("2000 kronor", "mellan 2017 och 2020 kronor"): the
# number before one is an amount, not a year (kb.search.readings.amounts). Units of money,
# shares, time spans and the words of large numbers (Språkrådets "Skrivregler", the units
# written after a number), and the counted people a question of costs or staffing names.
UNITS: frozenset[str] = frozenset(
    """
    kronor kronors kr sek tkr mkr mnkr mdkr euro dollar procent procentenheter promille
    miljon miljoner miljard miljarder tusen
    sekunder minuter timme timmar dag dagar dygn vecka veckor månad månader
    person personer invånare anställda platser ärenden
    """.split()
)
