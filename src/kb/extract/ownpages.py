"""Whether a speaker with a bare title on a body's own page is the body's: "säger Malin
Sjöberg, verksamhetschef." on Stiftelsen Lyftet's news page, "volontär" on a parish's.

kb.extract.publishers.head_of reads such a page narrowly: an association's head, and a
company's or a church's staff where the text names no other body. Where it gives none, a
bare title (or "volontär") on a page whose publisher's name says it is a body (an
association, a foundation, a club, a women's shelter, a hospital: is_body, or a name of
kb.extract.publishers' kinds) is the publisher's; a company's and a church's staff stay as
head_of weighs them. In page probes 1-66, 100 speakers on such pages had no body; with this
41 more quotes' bodies are right (2,957 -> 2,998), and 2 speakers' wrong (a partner's
project leader, a municipality's fritidschef on a federation's page). Held out, probes 67
and 68: 41 -> 43 of 58, 35 -> 36 of 54.

Not on a paper's, a broadcaster's or a podcast's page ("Smålandsbladet", "Ronneby
Nyheter", "TV Bergslagen", "SVT"; an acronym kb does not know: "UNT"), nor a union's (its
pages quote members by their trade, "socialsekreterare" on Vision's, "barnmorska" on
Vårdförbundet Stockholm's; its own chairs and ombudsmen are its), nor a fund's. Not
for a trade a municipality employs ("socialsekreterare", MUNICIPAL_TITLES), a title of
another body's staff (a politician, a school's, the police, STAFF_ELSEWHERE), an outsider
(a resident, a relative: kb.extract.publishers.speaks_for; a referee, an artist, a personal
assistant, _OUTSIDE), a role that names another
body ("samordnare … i polisregion Bergslagen"; "ordförande i styrelsen" is its own), where
the text names a partner by name ("i samarbete med Sensus"), nor for a head on a page whose
lead is on another body that may have one (Verdandi's förbundssekreterare, news set 20).
"""

from __future__ import annotations

import re

from kb.extract.bodies import is_body, is_organisation_word, is_unit, known_organisation
from kb.extract.municipalities import listed_municipality
from kb.extract.named import kind_of
from kb.extract.parties import PARTY_NAMES
from kb.extract.titles import fold
from kb.extract.vocab import GENERIC_BODIES, MEDIA_NAMES, MUNICIPAL_TITLES

# The last words of the names of papers, and of broadcasters, news agencies, podcasts and
# trade magazines ("Kommunalarbetaren", "OmsorgsPraktik"): page probes 1-66.
_PAPER_ENDINGS = ("tidning", "tidningen", "blad", "bladet", "posten", "kuriren", "allehanda")
_MEDIA_ENDINGS = (
    *_PAPER_ENDINGS, "nytt", "nyheter", "tidningar", "radio", "radion", "tv", "television",
    "kanal", "magasin", "magasinet", "pressen", "nyhetsbyrå", "nyhetsbyrån", "podd", "podden",
    "arbetaren", "journalen", "praktik",
)  # fmt: skip
# The papers kb knows by name: MEDIA_NAMES less the broadcasters and the news agency.
_PAPERS = MEDIA_NAMES - {"svt", "sr", "ekot", "p1", "p4", "tv4", "tt"}
# The unions of the field, whose own pages quote their members by their trade.
_UNIONS = frozenset(
    {
        "vision", "kommunal", "akademikerförbundet ssr", "vårdförbundet", "unionen",
        "sveriges lärare", "lärarförbundet", "fackförbundet st", "saco", "tco", "lo",
        "sveriges läkarförbund", "läkarförbundet", "sveriges psykologförbund",
        "fysioterapeuterna", "seko", "handels", "ids",
    }
)  # fmt: skip
# Who an association's page quotes that works for none: a referee, an artist it funds, a
# personal assistant (a review).
_OUTSIDE = ("domare", "konstnär")
# A body's own parts that a role may name: "ordförande i styrelsen", "… i föreningen".
_OWN_PARTS = frozenset("styrelse förening förbund stiftelse jour klubb".split())


def own_staff(role: str, publisher: str, title: list[str], kind_named: bool) -> str:
    """The publisher of a body's own page for a speaker of this role and no other body, whose
    title words are `title` (up to where the role says where), when its name says it is a
    body (`kind_named`: an association's by a word of its name, kb.extract.publishers); ""
    otherwise. The page's partners and a head's other bodies kb.extract.publishers.head_of
    weighs before."""
    if not title or not own_body(publisher, kind_named):
        return ""
    name = fold(publisher)
    union = any(name == u or name.startswith(f"{u} ") for u in _UNIONS)
    if union and not title[-1].endswith(("ordförande", "ombudsman")):
        return ""  # … nor a union's branch's ("Kommunal Norr"), but its own chairs (a review)
    if title[-1].endswith(MUNICIPAL_TITLES + _OUTSIDE) or title[-2:] == ["personlig", "assistent"]:
        return ""
    rest = fold(role).split()[len(title) :]
    return "" if any(_another_body(word) for word in rest) else publisher


# Titles whose holder is the page's own body's: a show's host ("programledare" on
# Socialpodden's, Järvaradion's, a union's podcast page; not a paper's) and a housing
# company's steward ("bovärd" on Vänerhem's, Älvstadens Bostäder's; not on a paper's, "Mitt
# i", "Corren", nor a tenants' magazine's, "Hem & Hyra": a review). Page probes 1-72 label all
# 31 such quotes with the publisher; a real news set a host so too (Hjälpmedelsinstitutet's).
_HOSTS = ("programledare", "programledaren", "poddvärd", "podcastvärd", "programvärd")
_STEWARDS = ("bovärd", "trygghetsvärd", "fastighetsvärd", "kvartersvärd")
# A housing company's name by its last word: "Vänerhem", "Kvarnbo", "Gavlegårdarna",
# "Familjebostäder", "Lindbohus", "Stångåstaden".
_HOUSING_ENDINGS = (
    "hem", "bo", "bostäder", "bostad", "hus", "gården", "gårdarna", "fastigheter", "staden",
)  # fmt: skip


def own_title(publisher: str, title: list[str]) -> str:
    """The publisher for a title its own people hold (_HOSTS, _STEWARDS), else "": a host
    quoted on a paper's page is its guest, on a broadcaster's its own."""
    last, words = title[-1] if title else "", fold(publisher).removesuffix(" ab").split()
    paper = fold(publisher) in _PAPERS or any(w.endswith(_PAPER_ENDINGS) for w in words)
    host = last.endswith(_HOSTS) and not paper
    steward = last.endswith(_STEWARDS) and bool(words) and words[-1].endswith(_HOUSING_ENDINGS)
    return publisher if host or steward else ""


def _media(publisher: str) -> bool:
    """Whether a publisher's name is a paper's, a broadcaster's or a podcast's."""
    name = fold(publisher)
    words = name.replace("-", " ").split()
    return name in MEDIA_NAMES or any(w.endswith(_MEDIA_ENDINGS) for w in words)


def own_body(publisher: str, kind_named: bool) -> bool:
    """Whether a publisher's name says it is a body whose pages quote its own people: not a
    paper's or a union's (see the module)."""
    words = fold(publisher).replace("-", " ").split()
    if not words or _media(publisher):
        return False
    if any(w.endswith(("fond", "fonden")) for w in words):
        return False  # a fund's pages quote those it funds: "Cancerfonden" (a review)
    if len(words) == 1 and publisher.isupper() and not known_organisation(publisher):
        return False  # "SVT", "TT", "UNT": a paper's acronym is no body kb knows
    return kind_named or is_body(publisher)


def _another_body(word: str) -> bool:
    """Whether a word of a role after its title names a body, not the publisher's own part."""
    kind = kind_of(word)
    if kind in _OWN_PARTS:
        return False
    return bool(kind) or is_unit([word]) or is_organisation_word(word)


# Those who give their time to a body: on its own page, a stadsmission's, a parish's, a
# women's shelter's, Röda Korset's, they are its. Page probes 1-74 had 25 such speakers with
# no body ("volontären Bengt Sjölund" on Norrköpings Stadsmission's).
VOLUNTEERS = ("volontär", "jourvolontär", "jourkvinna", "besöksvän", "frivillig")
# … unless the text gives them, or what they do, to another body: "volontär i Röda Korsets
# läxhjälp" (a body), "volontärer från Lions Club", "Språkcaféet drivs av Röda Korset", "I
# samarbete med Läxhjälpen erbjuder vi …" (any name but a municipality's: reviews).
_NAME = r"[A-ZÅÄÖ][\w-]*(?:\s+[A-ZÅÄÖ][\w-]*)*"
_VOLUNTEERS_OF = re.compile(
    rf"\b(?:[Vv]olontär|[Jj]ourvolontär|[Ff]rivillig|[Bb]esöksvän)\w*\s+"
    rf"(?:(?P<from>från)|i|på|hos|inom|vid)\s+(?P<at>{_NAME})"
    rf"|\b(?:drivs (?:av|tillsammans med)|arrangeras av|[Ii] samarbete med|samarbete mellan)\s+"
    rf"(?P<by>{_NAME})|(?P<of>{_NAME})s\s+(?:volontär|frivillig|besöksvän)"
)
_PUBLIC = re.compile(r"(?i)\b(?:kommun|stad|region)\b")


def own_volunteer(
    title: list[str], publisher: str, kind_named: bool, texts: tuple[str, ...]
) -> str:
    """The publisher for a volunteer (VOLUNTEERS) on a body's own page (`kind_named`: a
    parish's or an association's, whose name says it is one) whose text gives no other body
    volunteers; else ""."""
    if not title or not title[-1].endswith(VOLUNTEERS):
        return ""
    known = known_organisation(publisher.rpartition(" ")[0])  # "Röda Korset Gävle" (a review)
    if not (own_body(publisher, kind_named) or known) or "ab" in fold(publisher).split():
        return ""
    # Its own by a word of its name that is no place's ("Norrköpings" names Lions Club
    # Norrköping too)
    own = [w[:6] for w in fold(publisher).split() if len(w) > 3 and not _place(w)]
    for match in (m for text in texts for m in _VOLUNTEERS_OF.finditer(text)):
        name = match["at"] or match["by"] or match["of"]
        if any(w[:6] in own for w in fold(name).split() if len(w) > 3):
            continue  # its own name ("Stadsmissionens volontärer")
        public = _PUBLIC.search(name) or _place(name)  # "i samarbete med Uppsala kommun"
        by_name = bool(match["from"] or match["by"]) and not public
        if by_name or _names_body(name.split()):
            return ""
    return publisher


def _names_body(words: list[str]) -> bool:
    """Whether a run of capitalised words opens with a body's name ("Röda Korsets läxhjälp")."""
    runs = (" ".join(words[:n]) for n in range(len(words), 0, -1))
    return any(is_body(run) or is_body(f"{run}s") for run in runs)


def _place(word: str) -> bool:
    """Whether a word of a name is a municipality's place, in the genitive too."""
    return bool(listed_municipality(word) or listed_municipality(word.removesuffix("s")))


def publisher_in_full(organisation: str, publisher: str) -> str:
    """The publisher, for a body named by the first words of the publisher's name ("Mälarbo"
    on Mälarbo Bostäder's page, "Nordvakt" on Nordvakt Säkerhet AB's, "Riksföreningen
    Närstående" on Riksföreningen Närstående i Psykiatrin's: page probes 30-97); not a kind of
    body alone ("Region" of "Region Skåne"), nor a party on its local branch's page
    ("Centerpartiet Nyköping": the labels have the party), nor a body whose branch in a
    place the page is ("Föreningen Sinnesro Jönköpings län"), nor before a description
    ("Bris – Barnens rätt i samhället"); else the body as it is."""
    if known_organisation(organisation):
        return organisation  # Kommunal's chair on "Kommunal Sektion Malmö"'s page (a review)
    rest = publisher.removeprefix(f"{organisation} ") if organisation[:1].isupper() else ""
    folded = fold(organisation)
    if not rest or rest == publisher or not rest[:1].isalnum():
        return organisation
    if folded in GENERIC_BODIES or folded in GENERIC_BODIES.values() or organisation in PARTY_NAMES:
        return organisation
    place = listed_municipality(rest.removeprefix("i ")) or rest.endswith(" län")
    return organisation if place else publisher
