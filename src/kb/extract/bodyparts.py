"""Where an organisation's name ends in a sentence that goes on after it: "Kommunal, delar
personalens bild …" is Kommunal, "Ivo när hon presenterade …" Ivo, "på Skärholmens
stadsdelsförvaltning förnekar att …" the stadsdelsförvaltning (organisation_part); and the
body a speaker comes from ("från Socialstyrelsen som …", body_from). kb.extract.bodies says
which phrases name a body and the name kb stores for it.
"""

from __future__ import annotations

import re

from kb.extract.bodies import (
    is_unit,
    known_organisation,
    looks_like_organisation,
    names_a_body_surely,
    organisation_name,
)
from kb.extract.fields import UNIT_LIST
from kb.extract.titles import fold, is_role_word
from kb.extract.vocab import ATTRIBUTION_VERBS
from kb.parse.vocab import STOPWORDS

# Where a sentence goes on after an organisation's name ("Ivo när hon presenterade …").
# Not "om": "Nationellt centrum för kunskap om mäns våld mot kvinnor" (a review).
# Also "samt" ("… vid Högskolan i Borås samt handledare åt …") and a photo's credit glued to a
# caption ("förbundsordförande RBU Fotograf/Källa: Leif R Jansson"), news set 12.
CLAUSE_AFTER = re.compile(
    r"\s+(?:när|då|som|där|eftersom|sedan|samt|med anledning av|i samband med)\s"
    # a place outside which it lies: "Runnagården utanför Östersund" (not "Vård utanför hemmet")
    r"|\s+(?:utanför|norr om|söder om|öster om|väster om)\s(?=[A-ZÅÄÖ])"
    r"|\s+och\s+(?:en|ett)\s+av\s"  # "… högskola och en av forskarna bakom studien"
    # how long: "bovärd i Kronogården i elva år" (page probe 14), "… i över fyrtio år" (7)
    r"|\s+(?:i|under)\s+(?:(?:över|nästan|drygt|närmare|knappt|snart|mer\s+än)\s+)?"
    r"(?:\d+|ett|en|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|femton|tjugo|trettio|"
    r"fyrtio|femtio|många|flera|några)\s+(?:år|månader|veckor|decennier)\b"
    # "… på Sophiahemmet Högskola och har forskat …", "… i Vision men också förälder" (a review)
    r"|\s+och\s+(?:har|hade|är|var|blir|blev)\s|\s+men\s"
    # a title held before ("ny kommundirektör i Järfälla kommun och tidigare … på …": news set 25)
    # (a title's word within two words: not "Föreningen för nuvarande och tidigare fosterbarn")
    r"|\s+och\s+(?:tidigare|förre|före\s+detta)\s+(?=(?:[\wåäö-]+\s+)?[\wåäö-]*(?:chef|"
    r"direktör|råd|ordförande|sekreterare|ledare|ansvarig|minister|samordnare|ledamot)\b)"
    r"|\s+(?:Foto|Fotograf|Bild|Källa)(?:/\w+)?\s*:"  # not "Bild och Ljud Öst"
    # a time: "… överförmyndarnämnd under den kommande mandatperioden" (news set 32), a
    # title held on ("… i Julita hembygdsförening ytterligare ett år", "även nästa säsong")
    # (not "under förra mandatperioden", a title held before, nor "barn under 6 år": a review)
    r"|\s+(?:under|fram\s+till|från\s+och\s+med)\s+(?:den|det|de|hela|nästa|\d{4})"
    # … or an event, in the definite form or the genitive: "vid Örebro tingsrätt under
    # rättegångens första dag" (page probe 92's caption), "under presskonferensen"; not "under
    # hennes …", whose event names a person (a review)
    r"|\s+under\s+(?!(?:hennes|hans|deras|dess|sin|sitt|sina)\b)"
    r"(?=[a-zåäö]{3,}(?:en|et|in|na|ns|ts|s)\b)"
    r"|\s+(?:även|ytterligare|trots\s+att)\s"
    # where they are now: "från Sundsvalls kommuns demensteam på plats" (page probe 116)
    r"|\s+på\s+plats\b"
    # what was asked: "på Kvinnohälsovården Angered om vad man kan göra …" (page probe 110)
    r"|\s+om\s+(?:vad|hur|varför|vilka|vilket|vilken|när|huruvida)\s"
    # the sentence's end: "advokat på Advokatfirman Norrsken i Kalmar. Hon anser …" (page
    # probe 19 read "Advokatfirman Norrsken i Kalmar. Hon"); not "bl.a.", "t.ex.", "inkl.",
    # "Kungl." within (a review)
    r"|(?<=\w{3})(?<!inkl)(?<!exkl)(?<!resp)(?<!Kungl)(?<!Corp)(?<!bl\.a)[.!?]\s+(?=[A-ZÅÄÖ])"
)
# And a finite verb after a part of an organisation in lower case: after "Enligt Anna Berg,
# chef på X" the sentence goes on with no comma ("… på försörjningsenheten har andelen …");
# not after a name ("Hela Sverige ska leva").
VERB_AFTER = re.compile(r"\s+(?:har|hade|är|var|kan|ska|skulle|måste|blir|menar)\s")
# … after a name, only before three words or more in lower case: not "Stiftelsen Barn är
# barn", "Allt är möjligt AB", "Teaterföreningen Var är vi" (a review).
_BEING_AFTER = re.compile(
    r"\s+(?:har|hade|är|var|blir|blev)\s+(?=(?:[a-zåäö]+[\s,.]+){2}[a-zåäö]+)"
)


# … and what it has done, after a name too: "på PwC har lett granskningen" (page probe 120).
# A participle and a word after it: not a name's "… har rätt" (a review).
_HAS_DONE = re.compile(r"\s+(?:har|hade)\s+(?!rätt\b|inget\b)(?=[a-zåäö]{3,}t\s+[a-zåäö])")


# A place after "i" and a verb in the present after it: the sentence going on ("krisjouren i
# Helsingfors försäkrar …"; not "i Göteborgs kommunfullmäktige", "i Falun med omnejd").
_PLACE_THEN_VERB = re.compile(
    r"(.*?\bi [A-ZÅÄÖ][\w-]+(?: (?:stad|stads|län|kommun|region|stift))?)\s+"
    r"(?:[a-zåäö]+[aeiouyåäö]r|är|har|kan|ska|vill|måste)\b"
)
# One capitalised word and "är" after it, the rest in lower case: the sentence going on
# ("kommunalrådet Marie Holmberg (M) i Fagersta är nöjd:", page probe 60).
_ONE_WORD_BEING = re.compile(r"([A-ZÅÄÖ][\w-]+)\s+(?:är|var|blir|blev)(?:\s+[a-zåäö]+)+[.:!]?$")
# Verbs of holding a view, which no body's name holds: where the sentence goes on.
_OPINION_VERBS = frozenset({"delar", "tycker", "anser", "tror", "märker", "ser"})


def organisation_part(text: str) -> str:
    """The organisation a title's preposition leads to, without what the sentence goes on
    to say: "Kommunal, delar personalens bild …" -> "Kommunal", "Vision och kommer i …" ->
    "Vision" (but "Inspektionen för vård och omsorg", "individ- och familjeomsorgen")."""
    if known_organisation(text):
        return text
    words = text.split()
    named = len(words) > 1 and words[0][:1].islower() and words[1][:1].isupper() and is_unit(words)
    if named:
        # What kind of body, then its name: "assistansföretaget IKI Assistans AB".
        text = " ".join(words[1:])
    # A part of an organisation named so may go on after "och": "enheten Arbete och
    # integration" (news set 15), not "föreningen Attention och mamma till två barn".
    unit_named = named and fold(words[0]) in _UNIT_KINDS
    listed = UNIT_LIST.match(text)
    text = CLAUSE_AFTER.split(listed.group() if listed else text.split(", ")[0], maxsplit=1)[0]
    # Which place goes without saying: "äldreomsorgen i kommunen" is the äldreomsorg.
    text = _GENERIC_PLACE.sub("", text)
    # The sentence going on after a name too: "… hos Minerva är mer än nöjd" (news set 35);
    # not a modal verb, which a name may hold ("Hela Sverige ska leva").
    text = (VERB_AFTER if text[:1].islower() else _BEING_AFTER).split(text, maxsplit=1)[0]
    text = _HAS_DONE.split(text, maxsplit=1)[0]
    words = text.split()
    # A verb in the past ends it too: "på Grahn & Ek Advokatbyrå företrädde kvinnan …" (page
    # probe 33), after the name's capitals and before its object; not a participle of a
    # body's name ("Sveriges förenade studentkårer", "Centrum för misshandlade kvinnor").
    past = next(
        (
            i
            for i, w in enumerate(words[1:-1], 1)
            if words[i - 1][:1].isupper() and _past(w, words[i + 1])
        ),
        None,
    )
    if past is not None:
        words = words[:past]
        text = " ".join(words)
    if text[:1].islower() and (going_on := _verb_after_unit(words)):
        words = words[:going_on]
        text = " ".join(words)
    # "på Rädda Barnen säger:": the verb of saying ends it, or of thinking ("på Tysslinge
    # delar inte IVO:s bild"), or any verb in the present before "att" ("på Skärholmens
    # stadsdelsförvaltning förnekar att …": a probe of news texts).
    said = next(
        (
            i
            for i, w in enumerate(words)
            if i
            and (
                fold(w) in ATTRIBUTION_VERBS | _OPINION_VERBS
                or (w[-1:] == "r" and w.islower() and words[i + 1 : i + 2] == ["att"])
            )
        ),
        None,
    )
    if said is not None:
        words = words[:said]
        text = " ".join(words)
    if placed := _PLACE_THEN_VERB.match(text) or _ONE_WORD_BEING.match(text):
        # "… vid krisjouren i Helsingfors försäkrar att …": the place ends it (news set 18).
        text = placed.group(1)
        words = text.split()
    for i in range(1, len(words) - 1):
        if (
            words[i] == "och"
            and (
                fold(words[i + 1]) in VERBS_GOING_ON  # "Rädda barnen och träffar många barn"
                # a second title after a body in the definite form: "kommunstyrelsen och
                # ordförande i omsorgsnämnden" (not "Föreningen för chefer och ledare")
                or (
                    is_role_word(words[i + 1])
                    and words[i + 1][:1].islower()
                    # … or a second title with its own preposition, or last: "Institutionen
                    # för urbana studier och föreståndare för …", "Vägval ungdom och ungdomscoach"
                    and (
                        fold(words[i - 1]).endswith(("en", "et", "na"))
                        # not a suspended compound: "Yrkesföreningen för budget- och
                        # skuldrådgivare i kommunal tjänst" (news set 13)
                        or (_prep_or_end(words, i + 2) and not _joined(words[i - 1]))
                    )
                )
                or (
                    words[i - 1][:1].isupper()
                    and not words[i - 1].endswith("-")  # "Hälso- och sjukvårdsnämnden"
                    and words[i + 1][:1].islower()
                    and not (
                        unit_named
                        and i == 1
                        and not is_role_word(words[i + 1])
                        and fold(words[i + 1]) not in _NOT_A_NAME_AFTER_OCH
                    )
                )
            )
        ):
            return " ".join(words[:i])
    return text


def _prep_or_end(words: list[str], i: int) -> bool:
    """Whether the i-th word is a preposition that leads to a workplace or a field, or none."""
    # … or "till", a title's work ("och huvudförfattare till rapporten": page probe 106)
    return i == len(words) or (
        i < len(words) and words[i] in ("för", "i", "på", "vid", "inom", "till")
    )


def _joined(word: str) -> bool:
    """Whether a word before "och" joins the title after it to a name: a suspended compound
    ("Yrkesföreningen för budget- och skuldrådgivare …", news set 13), people ("Föreningen
    för chefer och ledare i socialtjänsten")."""
    people = is_role_word(word) or (word.endswith(("er", "ar", "or")) and is_role_word(word[:-2]))
    return word.endswith("-") or people


_UNIT_KINDS = frozenset({"enheten", "avdelningen", "sektionen", "förvaltningen", "verksamheten"})
# Words after "och" that go on about the person, not the unit's name.
_NOT_A_NAME_AFTER_OCH = frozenset(
    {"tidigare", "även", "också", "numera", "dessutom", "mamma", "pappa"}
)

_GENERIC_PLACE = re.compile(r"\s+i\s+(?:kommunen|regionen|staden|länet|landet)\.?$")


# Verbs that go on with the sentence after "och" where a body's name ended, or after a
# title's comma; and what a caption or a signature shows someone doing ("Eva Granqvist,
# diakon, tänder ljus i …", "Gunnel Persson, 78 år, Mora, deltog i pilotprojektet": page
# probe 84).
VERBS_GOING_ON = frozenset(
    """
    har är var arbetar jobbar träffar leder driver menar tycker berättar ser tror vill kan
    ska möter hjälper ansvarar kommer blir sitter tog gav fick hade kom gick höll blev ger gör
    deltog deltar tänder står visar håller lagar läser pratar tittar går tar bär packar
    serverar dukar förbereder spelar skriver lyssnar sorterar samlar bakar
    """.split()
)


def body_from(text: str) -> str:
    """The body a speaker comes from, named surely ("från Socialstyrelsen som …", "från
    Röda Korset"); not a place, of one word or two ("från Malmö", "från Nya Zeeland",
    "från Upplands Väsby": a review)."""
    if not looks_like_organisation(text):
        return ""
    part = organisation_part(text)
    return organisation_name(part) if names_a_body_surely(part) else ""


def _past(word: str, after: str) -> bool:
    """Whether a word in lower case is a verb in the past before its object: "företrädde
    kvinnan", "lämnade in" ("-dde", or "-ade" before a noun in the definite or a particle or
    pronoun: an "-ade" before an indefinite noun is a participle, "förenade studentkårer")."""
    folded, then = fold(word), fold(after).strip(",.;:")
    if not word.islower() or not after[:1].islower() or len(folded) <= 5 or is_role_word(folded):
        return False
    definite = then.endswith(("en", "et", "an", "na")) or then in _OBJECTS
    return folded.endswith("dde") or (folded.endswith("ade") and definite)


_OBJECTS = frozenset("in ut upp över sig honom henne dem det den en ett sin sitt sina".split())


# Prepositions a verb in the past takes its way with ("skickade till", "åkte med").
_PREPOSITIONS_AFTER = frozenset("till med från om åt mot".split())


def _verb_after_unit(words: list[str]) -> int | None:
    """Where a verb follows a unit named in the definite form, in lower case: the sentence
    going on ("på samhällsbyggnadsförvaltningen leder arbetet", "på barn- och
    familjeenheten skickade till socialnämnden": page probes 23, 60); no unit's name has a
    verb after its head ("avdelningen insatser för barn" has a noun)."""
    for i in range(1, len(words) - 1):
        head, word, after = words[i - 1], words[i], fold(words[i + 1]).strip(",.;:")
        unit = fold(head).endswith(("en", "et", "na")) and len(head) > 4  # not "den", "vuxna"
        if not unit or fold(head) in STOPWORDS or not word.islower():
            continue
        # A verb going on, or one in the past before its object or its preposition (_past).
        past = _past(word, words[i + 1]) or (_past(word, "in") and after in _PREPOSITIONS_AFTER)
        if fold(word) in VERBS_GOING_ON or past:
            return i
    return None


def opens_with_verb(segment: str) -> bool:
    """Whether a segment after a title's comma opens with a verb, the sentence going on:
    "…, handläggare, tog med …" (news set 30), in the past of its most common kind too
    ("Elin Lindahl, barnrättsombud, överlämnade rapporten …": page probe 22)."""
    verb = fold(segment).split(" ", 1)[0]
    if verb in ATTRIBUTION_VERBS | VERBS_GOING_ON:
        return True
    # In lower case: not a body's name ("…, regionchef, Förenade Care": a review).
    past = verb.endswith("ade") and len(verb) > 5 and segment.lstrip()[:1].islower()
    return past and not is_role_word(verb)
