"""The body a unit named by what it is belongs to.

"Akutmottagningen", "Socialförvaltningen" or "Institutionen för socialt arbete" names no body
a reader can find: which hospital's, which municipality's, which university's? In the page
probes 93 speakers' organisations were such a bare unit. kb gives the unit its body:

- as the text writes it beside the unit ("akutmottagningen vid Vrinnevisjukhuset",
  "Kurator, onkologiska kliniken, Mälarsjukhuset", "socialförvaltningen, Örebro kommun");
- else the page's own publisher, when it is the kind of body the unit is part of (a
  region's "Hälsofrämjande enheten", a university's "Institutionen för juridik");
- else the one municipality the text names or mentions, for a municipality's own organ or
  social services' unit ("Kommunstyrelsen", "Socialförvaltningen"), or the one region, for a
  region's own ("Hälso- och sjukvårdsnämnden", "Psykiatrin").

A wrong body is worse than none in a citation, so each step holds back where a review found
one: a text that names another body of the kind (a comparison's "socialförvaltningen i
Malmö" in a text on Lund, a second hospital), a body in a list ("socialtjänsten, Region
Skåne och polisen"), a unit an agency, a company or a union has too ("utredningsenheten",
"kundtjänsten", "förbundsstyrelsen"), a municipality's unit on an agency's page.

The unit stays in front: "Akutmottagningen vid Vrinnevisjukhuset", "Socialförvaltningen i
Örebro kommun". A unit of a body's own name ("Stadsmissionens natthärbärge", "Vision i
Borås") is no bare unit and is left as it is.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kb.extract.bodies import is_agency, known_organisation, one_unit
from kb.extract.counties import REGIONS, regions_in
from kb.extract.genders import gender_of
from kb.extract.municipalities import (
    is_municipality,
    listed_municipality,
    municipalities_of,
    named_in,
    places_named,
    region_placed,
)
from kb.extract.named import iter_bodies
from kb.extract.publishers import public
from kb.extract.titles import fold
from kb.extract.vocab import SCHOOL_TITLES

# Nouns of a part of a body, in the definite: "akutmottagningen", "barn- och familjeenheten",
# "hälso- och sjukvårdsnämnden". Not a body's own kinds (föreningen, stiftelsen, myndigheten,
# sjukhuset), nor a place's ("boendet", "gården"), which the text names on their own.
_PART_NOUNS = (
    "förvaltningen", "nämnden", "nämnd", "styrelsen", "fullmäktige", "utskottet", "enheten",
    "avdelningen", "sektionen", "institutionen", "kontoret", "teamet", "akutteam",
    "mottagningen", "kliniken", "psykiatrin", "vårdcentralen", "centrum", "centret",
    "tjänsten", "vården", "omsorgen",
)  # fmt: skip

# A region's parts: health care ("Beroendecentrum"), and its own boards. Not "vården", which
# a municipality's social services have too ("missbruksvården", "barn- och ungdomsvården").
_REGIONAL = (
    "mottagningen", "kliniken", "psykiatrin", "vårdcentralen", "akutteam", "sjukvårdsnämnden",
    "centrum", "patientnämnden", "smittskyddsenheten",
)  # fmt: skip

# The region's own, that no company or municipality runs too (a vårdcentral, a clinic, an
# akutmottagning or an ungdomsmottagning may be either's: reviews).
_REGIONAL_OWN = (
    "psykiatrin", "sjukvårdsnämnden", "akutteam", "patientnämnden", "smittskyddsenheten",
    "beroendecentrum",
)  # fmt: skip

# A municipality's parts: its boards and offices, and its social services' units.
_MUNICIPAL = (
    "förvaltningen", "nämnden", "nämnd", "styrelsen", "fullmäktige", "utskottet", "enheten",
    "kontoret", "tjänsten", "omsorgen",
)  # fmt: skip

# A municipality's own organs and social services' units, that an agency, a company, a union
# or a church has none of by that name (not "utredningsenheten", "kundtjänsten",
# "förbundsstyrelsen", "kyrkofullmäktige", "trafikförvaltningen", nor "hemtjänsten", which
# companies run too: reviews).
_MUNICIPAL_OWN = (
    "socialförvaltningen", "socialtjänsten", "socialnämnden", "kommunstyrelsen",
    "kommunfullmäktige", "omsorgsförvaltningen", "omsorgsnämnden", "äldreförvaltningen",
    "äldrenämnden", "äldreomsorgen", "familjeomsorgen", "familjeförvaltningen",
    "utbildningsförvaltningen", "utbildningsnämnden", "arbetsmarknadsförvaltningen",
    "arbetsmarknadsnämnden", "arbetsmarknadsenheten", "vuxenenheten", "ungdomsenheten",
    "familjeenheten", "försörjningsenheten", "biståndsenheten", "stadsdelsförvaltningen",
    "stadsdelsnämnden", "kommunledningsförvaltningen", "kommunledningskontoret",
    "stadsledningskontoret", "samhällsbyggnadsförvaltningen", "fritidsförvaltningen",
    "fritidsnämnden", "skolförvaltningen", "grundskoleförvaltningen", "välfärdsförvaltningen",
    "välfärdsnämnden", "ungdomsnämnden", "miljöförvaltningen", "miljönämnden",
)  # fmt: skip

# Words that join a unit's compounds ("Barn- och ungdomskliniken"), and that may follow its
# noun ("Enheten för alkohol", "Avdelningen för kunskapsstyrning för socialtjänsten").
_LINKS = frozenset({"och", "samt"})
_AFTER = frozenset({"för", "inom", "mot", "med"})

# Bodies of their own whose names end as a unit's do.
_BODIES = frozenset({"länsstyrelsen", "riksdagsförvaltningen", "kyrkostyrelsen"})

# A body's name after a unit: "Vrinnevisjukhuset", "Universitetssjukhuset Örebro", "Region
# Jönköpings län", "Göteborgs universitet", "Örebro kommun".
_NAME = (
    r"[A-ZÅÄÖ][\w-]*(?: (?:[A-ZÅÄÖ][\w-]*|kommun|stad|län|(?:universitets)?sjukhus(?:et)?"
    r"|universitet(?:et)?|högskola(?:n)?)\b)*"
)

# A hospital the text names: "Mälarsjukhuset", "Skaraborgs sjukhus", "Universitetssjukhuset
# Örebro", "Sahlgrenska universitetssjukhuset".
_HOSPITAL = (
    r"\b(?:[A-ZÅÄÖ][\w-]* (?:universitets)?sjukhus(?:et)?\b|[A-ZÅÄÖ][\w-]*sjukhus(?:et)?\b"
    r"(?: [A-ZÅÄÖ][\w-]*)?)"
)

# The endings of a body that has such units: a hospital, a university.
_HOUSES = ("sjukhuset", "sjukhus", "universitet", "universitetet", "högskola", "högskolan")


def unit_with_body(
    unit: str, texts: tuple[str, ...], publisher: str, near: str = "", name: str = ""
) -> str:
    """A speaker's organisation, and the body it belongs to when it is a bare unit (see the
    module's head); as it is otherwise, or when no one body is found. `name`: the speaker's,
    whose own paragraphs (naming them) may write the unit's body; `near`: the quote and the
    paragraph before it."""
    if owner := _owner_named(unit, (publisher, *texts)):
        return owner
    head = _head(unit)
    if not head:
        return unit
    surname = name.split()[-1] if name[:1].isupper() else ""
    # The speaker's own paragraphs, and the lead's, which sets the scene ("… akutmottagningen
    # på Kiruna sjukhus" before "säger Annika Lehto, undersköterska på akutmottagningen").
    theirs = (*texts[:_LEAD], *(t for t in texts[_LEAD:] if surname and surname in t), near)
    body, written = _named_beside(unit, head, theirs, texts, surname)
    if written and not body:
        return unit  # the text writes it beside a body, but beside another too, or a list
    body = body or _own(head, publisher, texts) or _one(head, texts, near, publisher)
    if not body:
        return unit
    at = "i" if is_municipality(body) or _is_region(body) else "vid"
    return f"{unit} {at} {body}"


def _owner_named(unit: str, texts: tuple[str, ...]) -> str:
    """The body a unit names as its owner in the genitive, as the texts name it in full, the
    one they do: "Stadsmissionens natthärbärge i Majorna" and "Göteborgs Stadsmission" (page
    probes 1, 2, 10, 22 label the body); "" otherwise."""
    first = unit.split()[0] if unit.split() else ""
    if len(unit.split()) < 2 or not first[:1].isupper() or not first.endswith("ens"):
        return ""
    kind = re.compile(rf"\b[A-ZÅÄÖ][\w-]+s {re.escape(first[:-3])}\b")  # "… Stadsmission"
    named = {m[0] for text in texts for m in kind.finditer(text)}
    # … and the one: not beside "Stadsmissionen i Stockholm" (a review)
    placed = re.compile(rf"\b{re.escape(first[:-1])} i [A-ZÅÄÖ]")
    one = len(named) == 1 and not any(placed.search(text) for text in texts)
    return next(iter(named)) if one else ""


def body_of_unit(organisation: str) -> str:
    """The body a bare unit written with it belongs to ("Socialförvaltningen i Umeå kommun":
    Umeå kommun; "Akutmottagningen vid Vrinnevisjukhuset": Vrinnevisjukhuset), under which
    the organisation facet finds the unit's speakers too; "" for another name."""
    for at in (" i ", " vid "):
        unit, found, body = organisation.partition(at)
        if found and body[:1].isupper() and (is_bare_unit(unit) or one_unit(unit)):
            return body
    return ""


def is_bare_unit(name: str) -> bool:
    """Whether a name is a bare unit's ("Akutmottagningen", "socialförvaltningen")."""
    return bool(_head(name))


def _head(unit: str) -> str:
    """The noun a bare unit is named by ("kliniken" of "Onkologiska kliniken"), folded; ""
    when the name is no bare unit: a word after the first written with a capital (a name:
    "Stadsmissionens natthärbärge i Majorna"), a body kb knows, an agency."""
    words = unit.split()
    if not words or fold(unit) in _BODIES or known_organisation(unit) or is_agency(unit):
        return ""
    if any(not (w.islower() or w in ("-", "–")) for w in words[1:]):
        return ""
    for i, word in enumerate(words):
        folded = fold(word)
        if folded.endswith(_PART_NOUNS):
            # The noun, then nothing or what the unit is for ("Enheten för alkohol"), not a
            # sentence going on ("Samhällsbyggnadsförvaltningen leder arbetet").
            return folded if i + 1 == len(words) or words[i + 1] in _AFTER else ""
        if i and folded not in _LINKS and not folded.endswith(("-", "a", "t", "e")):
            break  # words before the noun are adjectives ("Onkologiska", "Mobilt psykiatriskt")
    return ""


def _named_beside(
    unit: str, head: str, theirs: tuple[str, ...], texts: tuple[str, ...], surname: str
) -> tuple[str, bool]:
    """The one body the speaker's own paragraphs (`theirs`) write right after the unit
    ("akutmottagningen vid X", "…, onkologiska kliniken, Mälarsjukhuset"), when the texts name
    no other of its kind (not "Modellen kommer från socialförvaltningen i Malmö" in a text on
    Lund), and not of a former job ("I femton år arbetade Helena Rask på akutmottagningen vid
    Danderyds sjukhus"), nor of another person's ("Maria Dahl, som i dag är chef för
    akutmottagningen vid Sahlgrenska": reviews); "" when none or several. A body in a list is
    none ("socialtjänsten, Region Skåne och polisen"). Second: whether a body is written
    beside."""
    found, written = set(), False
    for text in theirs:
        for match in re.finditer(
            rf"(?i:\b{re.escape(unit)})(,\s*|\s+(?:vid|på|i|inom|hos)\s+)({_NAME})", text
        ):
            listed = match[1].startswith(",") and re.match(
                r"\s*(?:,|och\b|samt\b)", text[match.end() :]
            )
            body = "" if listed else _as_body(match[2], head)
            written = written or bool(listed or body)
            sentence = re.split(r"[.!?]\s", text[: match.start()])[-1]
            if body and (_FORMER.search(sentence) or _names_another(sentence, surname)):
                body = ""
            elif body in _GENERIC_HOUSES and (place := _PLACE_AFTER.match(text, match.end())):
                body += place[0]  # "Centralsjukhuset i Karlstad" (page probe 63)
            if body:
                found.add(body)
    body = found.pop() if len(found) == 1 else ""
    return (body if body and _alone_of_kind(body, texts) else ""), written


# A former job's words before a unit: "arbetade på", "slutade på", "tidigare".
_FORMER = re.compile(
    r"\b(?:tidigare|förut|före detta|dåvarande|arbetade|jobbade|slutade|lämnade|innan)\b", re.I
)

# A hospital's place after its generic name: "Centralsjukhuset i Karlstad".
_GENERIC_HOUSES = frozenset({"Centralsjukhuset", "Länssjukhuset", "Lasarettet", "Sjukhuset"})
_PLACE_AFTER = re.compile(r" i [A-ZÅÄÖ][\w-]+(?![\w-])")


# The blocks of a text's title and lead.
_LEAD = 3


def _names_another(sentence: str, surname: str) -> bool:
    """Whether words name a person (a known first name, then a capitalised word) other than
    the one of this surname."""
    return any(
        gender_of(first) and last != surname
        for first, last in re.findall(r"\b([A-ZÅÄÖ][\w-]+) ([A-ZÅÄÖ][\w-]+)", sentence)
    )


def _as_body(name: str, head: str) -> str:
    """A name after a unit as the body it belongs to: a municipality, a region, a hospital,
    a university, an agency, a body kb knows; a municipality's place for a municipality's
    unit ("socialförvaltningen i Örebro": Örebro kommun); "" for anything else."""
    if is_municipality(name) or _is_region(name) or is_agency(name) or _is_house(name):
        return name
    if known := known_organisation(name):
        return known
    if head.endswith(_MUNICIPAL) and " " not in name:
        return listed_municipality(name)
    return ""


def _own(head: str, publisher: str, texts: tuple[str, ...]) -> str:
    """The page's own publisher, when a unit of this kind is its: a municipality's förvaltning
    or enhet on a municipality's page, a clinic on a region's (naming no other region) or a
    hospital's (naming no other hospital), any other unit ("Institutionen för …", "Enheten
    för alkohol") on an agency's, a university's, a hospital's, a region's or a
    municipality's. Not a municipality's unit on an agency's page ("IVO kritiserar Ljusdals
    kommun … säger enhetschef på vuxenenheten"), nor a clinic on a university's (reviews)."""
    if not publisher:
        return ""
    municipal, regional = is_municipality(publisher), _is_region(publisher)
    house = _is_house(publisher)
    if head.endswith(_REGIONAL):
        # Not a region's page that names a hospital: the clinic may be its, or a company's
        # ("Capio S:t Görans sjukhus … på uppdrag av Region Stockholm": a review).
        clinic = head.endswith(("mottagningen", "kliniken", "psykiatrin", "vårdcentralen"))
        named = regional and clinic and any(re.search(_HOSPITAL, t) for t in texts)
        ours = (regional and not named) or (house and not _is_university(publisher))
        return publisher if ours and _alone_of_kind(publisher, texts) else ""
    if head.endswith(_MUNICIPAL) and head not in _MUNICIPAL:
        # A compound is a municipality's ("vuxenenheten"), not "Hälsofrämjande enheten".
        return publisher if municipal else ""
    if is_agency(publisher):
        # A municipality's unit, perhaps, where an agency's page names a municipality.
        return "" if _municipalities(texts) else publisher
    return publisher if municipal or regional or house else ""


def _one(head: str, texts: tuple[str, ...], near: str, publisher: str) -> str:
    """The one municipality a municipality's own unit is ("socialförvaltningen",
    "kommunstyrelsen": _MUNICIPAL_OWN), or the one region a region's own unit is ("hälso-
    och sjukvårdsnämnden", "psykiatrin": _REGIONAL_OWN), when the text names or places that
    one; a unit that is a "-enheten" or a clinic only when the text names no other body by
    its name (not Migrationsverket's "mottagningsenheten", a company's "kundtjänsten", a vet's
    "smådjurskliniken": a review)."""
    if head.startswith("region") or head.endswith(_REGIONAL_OWN):
        region = region_placed(texts, near)
        if head.startswith("region"):
            return region
        # Not on a company's page ("Capio öppnar …": its psykiatri), nor beside another body.
        private = bool(publisher) and not (public(publisher) or _is_house(publisher))
        return "" if not region or private or _names_others(texts, region) else region
    if head.endswith(_MUNICIPAL_OWN):
        if len(_municipalities(texts)) != 1 or (head.endswith("enheten") and named_in(texts)[1]):
            return ""
        places = (listed_municipality(place) for place in places_named(texts))
        return next(iter(municipalities_of(texts)), "") or next(places, "")
    return ""


@lru_cache(maxsize=64)
def _municipalities(texts: tuple[str, ...]) -> frozenset[str]:
    """The municipalities texts name ("Lunds kommun") or mention by their places anywhere
    ("I Gävle har …", "Malmös arbetssätt", "Ljusdal drar in …"), folded: wider than
    places_named, which finds where a text is set; here a comparison counts too (a review).
    Not a surname's place ("Anna Berg")."""
    found = {fold(m) for m in municipalities_of(texts)}
    for text in texts:
        words = text.split()
        for i, word in enumerate(words):
            place = word.strip(_PUNCTUATION)
            if not place[:1].isupper():
                continue
            before = words[i - 1] if i else ""
            after = words[i + 1].strip(_PUNCTUATION) if i + 1 < len(words) else ""
            if before[:1].isupper() and fold(before) not in _PLACE_BEFORE:
                continue  # "Anna Berg"
            if after[:1].isupper() or fold(after).endswith(_HOUSES + _NAMED_BY_PLACE):
                continue  # a body's name: "Göteborgs universitet", "Göteborgs Stadsmission"
            municipality = listed_municipality(place) or listed_municipality(place[:-1])
            if municipality:
                found.add(fold(municipality))
    return frozenset(found)


# Bodies named by their place, besides hospitals and universities: "Lunds domkyrkoförsamling".
_NAMED_BY_PLACE = ("tingsrätt", "stift", "församling", "stadsmission", "hamn", "energi")

# Words before a place written with a capital at a sentence's start: "I Gävle", "På Gotland".
_PLACE_BEFORE = frozenset({"i", "på", "från", "till", "för", "vid", "mot", "inom"})
_PUNCTUATION = ".,;:!?()«»”\"'–-"


def _alone_of_kind(body: str, texts: tuple[str, ...]) -> bool:
    """Whether texts name no other body of a body's kind: no other municipality than a
    municipality, no other region than a region, no other hospital than a hospital."""
    if is_municipality(body):
        return _municipalities(texts) <= {fold(body)}
    if _is_region(body):
        return regions_in(texts) <= {body}
    if _is_house(body) and not _is_university(body):
        named = {fold(h) for t in texts for h in re.findall(_HOSPITAL, t)}
        return named <= {fold(body).split(" i ")[0]}  # "Centralsjukhuset i Karlstad"
    return True


def _names_others(texts: tuple[str, ...], region: str) -> bool:
    """Whether texts name a body by its name other than a region, a municipality or a part
    of one ("Capio stänger sin vårdcentral")."""
    return any(
        body[:1].isupper()
        and body != region
        and not _is_region(body)
        and not is_municipality(body)
        and not is_bare_unit(body)
        for text in texts
        for body in iter_bodies(text)
    )


def _is_house(name: str) -> bool:
    """A hospital or a university by its name ("Mälarsjukhuset", "Göteborgs universitet")."""
    words = fold(name).split()
    return bool(words) and (words[0].endswith(_HOUSES) or words[-1].endswith(_HOUSES))


def _is_university(name: str) -> bool:
    """A university or a university college, not a university hospital."""
    return bool(re.search(r"universitet(?!ssjukhus)|högskola", fold(name)))


def _is_region(name: str) -> bool:
    return name in REGIONS or fold(name).startswith("region ") or fold(name).endswith("regionen")


# A school by its name, a capitalised compound in -skola ("Hagaskolan", "Hagaskolans",
# "Ekbackeskolan"); not the word alone or a kind of school ("Skolan", "Grundskolan").
_SCHOOL = re.compile(r"\b([A-ZÅÄÖ][a-zåäöé-]{2,}skol(?:a|an))s?\b")
_SCHOOL_KINDS = frozenset(
    """grundskola grundskolan förskola förskolan friskola friskolan högskola högskolan
    folkhögskola folkhögskolan""".split()
)


# A school that was, or that someone went to: "gamla Solbackaskolans lokaler", "som själv gick
# på Hagaskolan på 80-talet" (a review).
_FORMER_SCHOOL = re.compile(
    r"(?i)(?:(?<!år )\bgamla|\btidigare|\bföre detta|\bf\.d\.|\b(?:gick|gått)(?: \w+)? på)\s+$"
)  # not "den över hundra år gamla Hagaskolan" (a review)
# A diocese by its name, a bishop's: "Luleå stift satsar …", "Svenska kyrkan – Strängnäs stift"
# (page probes 80, 82); not where a bishop visits or is a guest ("Ärkebiskop Martin Modéus
# besökte Skara stift", "Bland gästerna fanns den katolske biskopen": a review).
_DIOCESE = re.compile(r"\b([A-ZÅÄÖ][\w-]+ stift)\b")
_DIOCESE_TITLES = frozenset({"biskop", "stiftsdirektor"})
# Whose body is the one of its kind the text names: a school's staff's, a bishop's.
_KIND_BY_TITLE = {
    **dict.fromkeys(SCHOOL_TITLES, _SCHOOL),
    **dict.fromkeys(_DIOCESE_TITLES, _DIOCESE),
}
_VISIT = re.compile(r"(?i)\b(?:besök|gäst)")
_GUEST = re.compile(r"(?i)gäst")


def one_workplace(role: str, texts: tuple[str, ...], publisher: str) -> str:
    """The one school the texts name, for a school's staff (SCHOOL_TITLES) whose title names
    no body, or the one diocese for a bishop; "" for none, several (a school's own page counts
    itself: its staff or another school's, a review), or another title."""
    words = fold(role).split()
    if not words or (kind := _KIND_BY_TITLE.get(words[-1])) is None:
        return ""
    named = {
        m[1]
        for text in texts
        for m in kind.finditer(text)
        if not _FORMER_SCHOOL.search(text, 0, m.start()) and not _visited(kind, text, m.start())
    }
    named = {name for name in named if fold(name) not in _SCHOOL_KINDS}
    # A diocese's own page, whatever visits it tells of, but not of guests or another diocese
    # ("Gästpredikant var biskop Johan Dalman", "biskop Mikael Mogren från Västerås stift").
    own = kind is _DIOCESE and not any(_GUEST.search(text) for text in texts)
    own = own and all(fold(m[1]) in fold(publisher) for t in texts for m in kind.finditer(t))
    named |= {m[1] for m in kind.finditer(publisher)} if named or own else set()
    return next(iter(named)) if len(named) == 1 else ""


def _visited(kind: re.Pattern[str], text: str, at: int) -> bool:
    """Whether a diocese named at `at` is one a paragraph tells of a visit or guests to, not
    the bishop's own ("Biskop Mikael Forsgren i Luleå stift har besökt …" is his)."""
    return kind is _DIOCESE and bool(_VISIT.search(text)) and text[max(0, at - 2) : at] != "i "
