"""Titles and how text is compared: "avdelningschef", "Socialministern", "vice ordförande".

A speaker's title is read by its word (kb.extract.titlewords.ROLE_SUFFIXES,
kb.extract.vocab.DEFINITE_ROLES), the adjectives that belong to it ("dåvarande",
"sjukvårdspolitisk") and a party's letters or adjective beside it ("(KD)",
"kristdemokratisk"). kb.extract.speakers reads phrases with these;
kb.extract.introductions, titles in running text.
"""

from __future__ import annotations

import re
import unicodedata

from kb.extract.parties import PARTY_ADJECTIVES, PARTY_LETTERS
from kb.extract.titlewords import ROLE_SUFFIXES
from kb.extract.vocab import (
    DEFINITE_ROLES,
    HEADED_BODY_KINDS,
    POLICY_ADJECTIVE_ENDINGS,
    ROLE_ADJECTIVES,
)


def fold(text: str) -> str:
    """Text as compared: NFC, case folded."""
    return unicodedata.normalize("NFC", text).casefold()


def word_set(text: str) -> set[str]:
    """A text's words as compared with a list of words: folded, without the punctuation or
    closing quotation mark after them ("Jag", "hennes,", "vi.”")."""
    return {fold(w).strip(",.;:!?”") for w in text.split()}


def is_role_word(word: str) -> bool:
    """Whether a word is a title or role ("avdelningschef", "Statsrådet", "förbundsordförande"),
    also in the definite ("fältsekreteraren", "undersköterskan", "skyddsombudet")."""
    w = fold(word).rstrip(".,:;")
    if word[:1].isupper() and w in _NAMES_TOO:
        return False  # "Ana Pastor", "Arkitekt Svensson AB" (a review)
    return (
        w in DEFINITE_ROLES
        or w.endswith(ROLE_SUFFIXES)
        or (
            not w.endswith(_BODIES_IN_THE_DEFINITE)
            and any(i.endswith(_WORD_SUFFIXES) for i in _indefinites(w))
        )
    )


# Titles that are also surnames or names' words, titles only in lower case.
_NAMES_TOO = frozenset(
    "pastor arkitekt ersättare mästare ingenjör planerare brandman förvaltare förvaltaren kock"
    " snickare tolk".split()
)


def is_title_too(word: str) -> bool:
    """Whether a capitalised word is one of the titles that are surnames too ("Pastor"), a
    title before a full name ("Pastor Daniel Ekström")."""
    return word[:1].isupper() and fold(word) in _NAMES_TOO


# Titles whose definite form names a body, not one of its people: "Polisen",
# "Stockholmspolisen".
_BODIES_IN_THE_DEFINITE = ("polisen",)
# The endings read in a definite title that are words, not abbreviations: "vd" and "gd"
# end "landsbygden", "mängden" (a review).
_WORD_SUFFIXES = tuple(suffix for suffix in ROLE_SUFFIXES if len(suffix) > 3)


def _indefinites(word: str) -> tuple[str, ...]:
    """What a noun in the definite singular may be without its article: "sekreteraren" ->
    "sekreterare", "chefen" -> "chef", "ombudet" -> "ombud", "sköterskan" -> "sköterska"."""
    if word.endswith("an"):
        return (word[:-1],)
    if word.endswith(("en", "et")):
        return (word[:-2], word[:-1])
    if word.endswith("n") and word[-2:-1] in ("e", "r"):
        return (word[:-1],)  # "ledaren": "ledare"; "kuratorn": "kurator"
    return ()


# Definite endings of titles and their indefinite forms, for a title written
# in the definite before a name ("Socialministern Jakob Forssmed").
_DEFINITE_ENDINGS = (
    ("ministern", "minister"), ("chefen", "chef"), ("direktören", "direktör"),
    ("ordföranden", "ordförande"), ("statsrådet", "statsråd"), ("rådet", "råd"),
    ("ledaren", "ledare"), ("inspektören", "inspektör"), ("utredaren", "utredare"),
    ("forskaren", "forskare"), ("juristen", "jurist"), ("ledamoten", "ledamot"),
    ("analytikern", "analytiker"), ("sekreteraren", "sekreterare"), ("författaren", "författare"),
)  # fmt: skip


def indefinite_role(role: str) -> str:
    """A title as kb stores it, indefinite: "Socialministern" -> "socialminister",
    "fältsekreteraren" -> "fältsekreterare"."""
    head, _, last = role.rpartition(" ")
    for definite, indefinite in _DEFINITE_ENDINGS:
        if fold(last).endswith(definite):
            last = last[: len(last) - len(definite)] + indefinite
            break
    else:
        key = fold(last).rstrip(".,:;")
        if key in DEFINITE_ROLES:
            # "Kommunpolisen Malin Ekdahl": "Kommunpolis", as "Socialministern" is.
            indefinite = DEFINITE_ROLES[key]
            last = indefinite.capitalize() if last[:1].isupper() else indefinite
        elif not key.endswith(ROLE_SUFFIXES):
            last = next((i for i in _indefinites(key) if i.endswith(_WORD_SUFFIXES)), last)
    head = " ".join(_strong(w) if is_role_adjective(w) else w for w in head.split())
    return f"{head} {last}" if head else last


# The weak form of an adjective before a title ("regeringens nationella samordnare", "den
# särskilda utredaren") and its ending in the strong form that kb stores ("nationell
# samordnare", "särskild utredare"; news set 15, the regeringen pages). Not a party's
# spokesperson's field: the regeringen pages' labels keep "Liberalernas sjukvårdspolitiska
# talesperson" as written.
_WEAK_ENDINGS = (
    ("ella", "ell"), ("ala", "al"), ("ilda", "ild"), ("ilde", "ild"), ("iska", "isk"),
    ("iva", "iv"),  # "den administrativa chefen": "administrativ chef"
    ("liga", "lig"),  # "rättsliga expert": "rättslig expert"
    # Participles: "nyinvalda riksdagsledamoten", "den nyanställde läraren", "tillförordnade
    # generaldirektören": "nyinvald riksdagsledamot" … (news set 1, a review).
    ("alda", "ald"), ("alde", "ald"), ("ällda", "älld"), ("ällde", "älld"), ("ämnda", "ämnd"),
    ("ämnde", "ämnd"), ("ädda", "ädd"), ("ädde", "ädd"), ("ordnade", "ordnad"),
)  # fmt: skip


def _strong(word: str) -> str:
    if word.endswith("politiska"):
        return word
    for weak, strong in _WEAK_ENDINGS:
        if word.endswith(weak):
            return word[: len(word) - len(weak)] + strong
    return word


def is_role_adjective(word: str) -> bool:
    """A word that belongs to the role after it: "dåvarande", "sjukvårdspolitisk"."""
    w = fold(word).rstrip(".,:;")
    return (
        w in ROLE_ADJECTIVES
        or w.endswith(POLICY_ADJECTIVE_ENDINGS)
        or w.endswith(("social", "sociala"))  # "bosocial chef", "psykosocial" (news set 17)
        or w.endswith("förebyggande")  # "brottsförebyggande samordnare" (page probe 48)
        or w in _FIELD_ADJECTIVES
    )


# Adjectives of a field that belong to the title after them ("psykiatrisk sjuksköterska",
# "ekonomisk rådgivare"): a closed list, as a party's ("den socialdemokratiska
# kommunalrådet"), a country's or a mood's ("en skeptisk ordförande") belong to no title (a
# review).
_FIELD_ADJECTIVES = frozenset(
    """
    psykiatrisk psykiatriska ekonomisk ekonomiska pedagogisk pedagogiska teknisk tekniska
    kommunal kommunala administrativ administrativa klinisk kliniska kurativ kurativa
    rättslig rättsliga juridiska medicinska vetenskaplig vetenskapliga
    """.split()  # "Försäkringskassans rättsliga expert" (page probe 95)
)


def party_of(word: str) -> str:
    """The party a word names as letters or an adjective ("(KD)", "kristdemokratisk"), else ""."""
    w = fold(word).strip(" ,.;:")
    if w.startswith("(") and w.endswith(")"):
        return PARTY_LETTERS.get(w[1:-1], "")
    return PARTY_ADJECTIVES.get(w, "")


def opens_with_title(words: list[str]) -> bool:
    """Whether words open with a title: "avdelningschef …", "vice ordförande …", "2:e vice
    ordförande …"."""
    if not words:
        return False
    # Up to two words of the role before it: "2:e vice ordförande", "tf. biträdande chef".
    i = 0
    while i < min(2, len(words) - 1) and is_role_adjective(words[i]) and not is_role_word(words[i]):
        i += 1
    if len(words) > i + 2 and (
        (words[i].endswith("-") and words[i + 1] in ("och", "eller"))
        or (words[i + 1] == "&" and joins_a_title(words[i]))
    ):
        # A suspended compound: "budget- och skuldrådgivare" (news set 20); a title joined
        # by "&", as companies write them: "HR & Kommunikationsdirektör" (news set 23).
        i += 2
    return is_role_word(words[i])


def joins_a_title(word: str) -> bool:
    """Whether a word before "&" is part of a title: an acronym ("HR & kommunikationsdirektör"),
    a suspended compound ("rock- & popansvarig"), a title ("vd & grundare"); not "mamma &
    företagare", "Tom & Jerry-expert" (a review)."""
    return (word.isupper() and word.isalpha()) or word.endswith("-") or is_role_word(word)


# "en av processledarna": one of a title's holders, read as the title.
# … also after an owner in the genitive: "en av teamets volontärer" (page probe 69).
_ONE_OF = re.compile(r"^(?:en|ett) av (?:de |våra |dess |[a-zåäö]+s )?(\S+)", re.IGNORECASE)


def one_of_title(phrase: str) -> str:
    """A phrase naming one of a title's holders as that title: "en av processledarna på
    socialförvaltningen" -> "processledare på socialförvaltningen", "en av reportrarna i
    redaktionen" -> "reporter i redaktionen"; any other phrase as it is."""
    match = _ONE_OF.match(phrase)
    if not match:
        return phrase
    plural = match.group(1).rstrip(",.;:")
    rest = phrase[match.end(1) :]
    singulars = _singulars(fold(plural))
    if not rest.split() or rest.split()[0] in ("från", "på", "i", "hos", "vid", "inom"):
        # An indefinite plural or an adjective's, where no noun follows: "en av våra
        # volontärer", "en av de frivilliga från Röda korset" (news set 16).
        singulars.append(fold(plural)[: -2 if plural.endswith("er") else -1])
        singulars.append(fold(plural))  # the same in both: "kommunens socialsekreterare"
    for singular in singulars:
        if is_role_word(singular):
            return singular + rest
    return phrase


def _singulars(plural: str) -> list[str]:
    """The singulars a plural in the definite may have: "processledarna" (processledare),
    "sjuksköterskorna" (sjuksköterska), "cheferna" (chef), "reportrarna" (reporter)."""
    found = []
    if plural.endswith("arna"):
        stem = plural[:-4]
        found += [stem + "are", stem + "a"]
        if len(stem) > 1 and stem[-1] == "r" and stem[-2] not in "aeiouyåäö":
            found.append(stem[:-1] + "er")  # "reportr-arna": "reporter"
    elif plural.endswith("orna"):
        found.append(plural[:-4] + "a")
    elif plural.endswith("erna"):
        found += [plural[:-4], plural[:-4] + "e"]
    elif plural.endswith("en"):
        found.append(plural[:-2])  # "kommunalråden": "kommunalråd"
    return found


def lower_title(role: str) -> str:
    """A title as kb stores titles, in lower case: "Enhetschef Bobyrån" (a line's capital,
    news set 17) -> "enhetschef Bobyrån"; not a name's ("Sveriges ambassadör") nor an
    acronym's ("VD" is made "vd" where it is read). Without when it was taken up ("ny
    kyrkoherde", "nyvald ordförande": page probe 42), which is no title of its own."""
    words = role.split()
    # Before a title in lower case only: not "Nya Moderaternas", "ny i rollen" (a review).
    while (
        len(words) > 1
        and fold(words[0]) in _NEWLY
        and (is_role_word(words[1]) or is_role_adjective(words[1]))  # "ny vice ordförande"
    ):
        words.pop(0)
    role = " ".join(words)
    first = role.split(" ", 1)[0]
    if first[1:2].islower() and is_role_word(first):
        return role[:1].lower() + role[1:]
    return role


def definite_title_before(role: str, name: str, text: str) -> bool:
    """Whether `text` gives the person their title in the definite before their name
    ("säger ordföranden Bengt Olausson", "avdelningschefen Mikael Strand")."""
    title = fold(role).split()[-1] if role else ""
    # "ordföranden", "chefen", "koordinatorn", "vd:n"
    said = fold(text)
    return bool(title) and any(f"{title}{end} {fold(name)}" in said for end in ("n", "en", ":n"))


def heads_its_kind(title: str) -> bool:
    """Whether a title names the kind of body its holder heads ("förbundsordförande"), which
    kb.extract.identities reads by that kind alone."""
    return any(word.startswith(tuple(HEADED_BODY_KINDS)) for word in title.split())


# Words that say a title is newly taken up, or about to be: no part of the title.
_NEWLY = frozenset(
    """ny nya nye nyvald nyvalda nyvalde nyinvald nyinvalda nyinvalde nytillträdd nytillträdda
    nytillträdde nyutnämnd nyutnämnda nyutnämnde nyanställd nyanställda nyanställde nybliven
    nyblivna nyblivne omvald""".split()
)
