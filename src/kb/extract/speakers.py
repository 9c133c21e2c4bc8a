"""Who a phrase names as speaking: people, their roles, organisations.

An attribution names its speaker in many ways: "Daniel Lilja, avdelningschef
på IVO", "socialtjänstminister Camilla Waltersson Grönvall", "IVO i ett mejl",
"hon", "statsrådet". ``parse_speaker_phrase`` reads one such phrase into a
``Mention``, ``parse_person_line`` a line that introduces a person with a
role; kb.extract.identities turns mentions into one speaker per person.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from kb.extract.bodies import (
    is_acronym,
    is_body,
    is_organisation_word,
    known_organisation,
    looks_like_organisation,
    names_a_body_surely,
    organisation_name,
)
from kb.extract.bodyparts import body_from, organisation_part
from kb.extract.named import owner_and_title, owner_before_name, title_at
from kb.extract.nonspeech import before_contact_details
from kb.extract.owners import (
    genitive_after_name,
    name_after_owner,
    person_run,
    title_and_place_before,
)
from kb.extract.parties import (
    PARTY_GENITIVES,
    PARTY_LETTERS,
    councillor_before,
    kept_role,
    sits_for_party,
)
from kb.extract.roles import (
    CLAUSE_WORD,
    NEW_TITLE,
    PREPOSITIONS,
    TITLE_VERBS,
    split_role,
    split_role_segments,
    without_party_adjective,
)
from kb.extract.titled import chief_before, genitive_owner, role_before, unit_named
from kb.extract.titles import (
    fold,
    indefinite_role,
    is_role_adjective,
    is_role_word,
    is_title_too,
    one_of_title,
    opens_with_title,
    party_of,
)
from kb.extract.unnamed import describes_someone_new, unnamed_speaker
from kb.extract.vocab import (
    ATTRIBUTION_MEDIA,
    ATTRIBUTION_PLACES,
    ATTRIBUTION_VERBS,
    COMPANY_GENITIVES,
    DEFINITE_ROLES,
    FORMER,
    GENERIC_BODIES,
    MEDIA_NAMES,
    NAME_PARTICLES,
    NOT_NAMES,
    ORGANISATION_HEADS,
    SPEAKER_PRONOUNS,
    SURVEY_GROUP_WORDS,
    WORKING_WORDS,
)
from kb.parse.vocab import ORGANISATION_ALIASES, STOPWORDS

# A relative clause that gives a title right after a name: "som är/var/blir …", "som jobbar
# som …"; with words of time or manner between only before "är" or "jobbar som" ("som sedan
# två år är volontär på …"), not a title held before or after ("som tidigare var …", "som
# nästa år blir pensionär": a review).
_TITLE_CLAUSE = re.compile(
    rf"^som\s+(?:{TITLE_VERBS}\s+|(?:{CLAUSE_WORD}){{1,4}}?(?:är|(?:jobbar|arbetar)\s+som)\s+)"
    rf"{NEW_TITLE}",
    re.IGNORECASE,
)


# A party given as letters after a name: "Camilla Waltersson Grönvall (M)".
PARTY_AFTER_NAME = re.compile(
    r"\s*\((?P<letters>[A-ZÅÄÖ]{1,2}|SFP|[a-zåäö]{1,2})\)"
    # … also in lower case, and between commas in older news ("Mattias Ek, fp, som …").
    r"|,\s+(?P<bare>fp|kd|mp|sd|[smcvl])(?=,)"
)


def party_after_name(match: re.Match[str]) -> str:
    """The party a match of PARTY_AFTER_NAME names ("(S)", "(kd)", ", fp,"), else ""."""
    return PARTY_LETTERS.get(fold(match.group("letters") or match.group("bare")), "")


# A list of compound heads sharing one last part: "gymnasie-, högskole- och
# forskningsminister" is one role, whose commas split nothing.
_SUSPENDED_COMMA = re.compile(r"(\w-),\s+(?=\w+-?[\s,])")
# A suspended compound written without its space: "social-och arbetsmarknadsnämnden".
_SUSPENDED_GLUED = re.compile(r"(\w)-(och|eller)\s")
# Where the phrase goes on to say something else about where the speaker is ("… ordförande i
# Jönköpings län där Sävsjö-, Nässjö- … kommuner finns med"); not "som" or "sedan", which
# can give a title ("som sedan 2019 är ordförande").
# And "och" before a second verb of saying: "säger Kerstin Svensson och tillägger att …".
_CLAUSE = re.compile(
    r"\s(?:där|när|eftersom)\s|\soch\s+(?:"
    + "|".join(sorted(v for v in ATTRIBUTION_VERBS if " " not in v))
    + r")\b"
)
# What a phrase may carry after its speaker that names only the channel
# ("i ett mejl", "till SVT", "i en intervju med …").
_MEDIA = "|".join(sorted(map(re.escape, ATTRIBUTION_MEDIA), key=len, reverse=True))
_MEDIUM = re.compile(
    rf"\s+(?:i|via|per|till|på)\s+(?:ett|en|sitt|sin)\s+(?:\w+\s+)?(?:{_MEDIA})\b.*$"
    r"|\s+till\s+(?:[A-ZÅÄÖ]\S*|tidningen|radio|tv)\b.*$"
    # … or the interpreter: "säger Florin genom tolken", "via tolk" (page probe 89).
    r"|\s+(?:genom|via|med\s+hjälp\s+av)\s+(?:en\s+|sin\s+)?tolk(?:en)?\b.*$",
    re.IGNORECASE,
)
# The channel after a title, where "till" goes on only to a name ("… i Lund till
# Kvällsposten"), not to what a title covers ("avdelningschef för stöd till barn"); a
# paper's piece ("i Arbetets granskning av bolagen").
_MEDIUM_AFTER = re.compile(
    rf"\s+(?:i|via|per|till|på)\s+(?:ett|en|sitt|sin|[A-ZÅÄÖ]\w*s)\s+(?:\w+\s+)?(?i:{_MEDIA})\b.*$"
    r"|\s+till\s+(?P<to>[A-ZÅÄÖ]\S*?)\.?$"
    # … or where it was published, at the end: "…, på hemsidan", "… i inslaget" (news set 25)
    rf"|,?\s+(?:i|på)\s+(?:{'|'.join(sorted(ATTRIBUTION_PLACES))})[.,]?$"
)


def _without_medium(phrase: str) -> str:
    """A phrase without the channel after a title; "till" a body is no channel ("rådgivare
    till Socialstyrelsen": a review)."""
    m = _MEDIUM_AFTER.search(phrase)
    to = m.group("to") if m is not None else None
    if m is None or (to and fold(to) not in MEDIA_NAMES and names_a_body_surely(to)):
        return phrase
    return phrase[: m.start()]


# What a Mention is: a named person, an organisation, a pronoun, a counted
# group ("många"), a bare role or description ("statsrådet", "författaren
# av rapporten"), or a lone surname ("Regnér") that a registry may resolve.
SORTS = ("person", "organisation", "pronoun", "group", "role", "surname")


@dataclass(frozen=True)
class Mention:
    """A speaker as one phrase of the text names it."""

    name: str
    sort: str = "person"  # one of SORTS
    role: str = ""
    organisation: str = ""
    # The party the name's letters say, when the organisation is a body named by its kind
    # ("nämndens ordförande Anna Berg (S)"): the organisation if the text names no such body;
    # or when the letters are the organisation ("ordförande Per Ek (C)", kb.extract.identities).
    party: str = ""


def _is_name_word(word: str, *, before_name: bool = False) -> bool:
    """A capitalised word that can be part of a name; a capitalised stop word
    ("Hans", "Per") only when another name word follows it ("Hans Eklind")."""
    core = word.rstrip(",.;:")
    if not core or not core[0].isupper() or is_acronym(core):
        return False
    if not any(c.islower() for c in core):
        return False
    f = fold(core)
    if f in NOT_NAMES or (f in STOPWORDS and not (before_name and core == word)):
        return False
    return not is_role_word(core) and f not in ORGANISATION_ALIASES and not party_of(f)


# A middle name's initial inside a name: "Margaretha S Paras", "Duke W. Shane".
_INITIAL = re.compile(r"^[A-ZÅÄÖ]\.?$")


def iter_name_runs(words: list[str]) -> Iterator[tuple[int, int]]:
    """(start, end) of each run of capitalised name words, particles allowed inside."""
    i = 0
    while i < len(words):
        if _is_name_word(words[i]) or (
            i + 1 < len(words)
            and _is_name_word(words[i], before_name=True)
            and _is_name_word(words[i + 1])
        ):
            j = i + 1
            # "Malmö, Anna Berg, chef …", "Kontakt: Anna Berg": a word's comma ends its run
            # (an initial's full stop does not: "Duke W. Shane").
            while j < len(words) and (
                not words[j - 1].endswith((",", ".", ";", ":")) or _INITIAL.match(words[j - 1])
            ):
                if _is_name_word(words[j]):
                    j += 1
                    continue
                # Particles, one or more, before a name word: "von Platen", "van de
                # Meulebrouck" (news set 16); an initial before one: "Duke W. Shane".
                k = j
                while k < len(words) and fold(words[k]) in NAME_PARTICLES:
                    k += 1
                if k > j and k < len(words) and _is_name_word(words[k]):
                    j = k + 1
                elif (
                    _INITIAL.match(words[j]) and j + 1 < len(words) and _is_name_word(words[j + 1])
                ):
                    j += 1
                else:
                    break
            # Not a party's genitive before a name: "Vänsterpartiets Sara Eriksson" (probe 5).
            yield i + (words[i] in PARTY_GENITIVES and j - i > 2), j
            i = j
        else:
            i += 1


def titled_first(mention: Mention) -> Mention:
    """A person named after a title that is a surname too, which opens a sentence as a
    capital ("Pastor Daniel Ekström hoppas …": page probe 99): the title and the name."""
    first, _, rest = mention.name.partition(" ")
    if mention.sort != "person" or not is_title_too(first) or len(rest.split()) < 2:
        return mention
    return replace(mention, name=rest, role=mention.role or first.lower())


def clean_name(words: list[str]) -> str:
    return " ".join(w.rstrip(",.;:") for w in words)


# … or an image's file name ("berättar Cecilia.img_0510": news set 33).
# Not a number after an abbreviation ("etapp.2", "avd.3": a review).
_GLUED_SENTENCE = re.compile(
    r"(?<=[a-zåäö])\.(?=[A-ZÅÄÖ][a-zåäö]|[a-zA-Z]*_|[a-zA-Z]+\d|(?i:jpe?g|png|gif|webp)\b)"
)


def parse_speaker_phrase(phrase: str) -> Mention | None:
    """Read who a phrase after an attribution verb names, or None when it names no one."""
    # A sentence glued to the name: "… Ole Norrback.Läs mer" (news set 20).
    phrase = _GLUED_SENTENCE.split(phrase, maxsplit=1)[0]
    phrase = original = before_contact_details(phrase).strip(" .,;:!?")
    parties = [party_after_name(m) for m in PARTY_AFTER_NAME.finditer(phrase)]
    phrase = PARTY_AFTER_NAME.sub("", phrase).strip(" .,;:!?")
    phrase = _SUSPENDED_COMMA.sub(r"\1 ", _CLAUSE.split(phrase, maxsplit=1)[0])
    phrase = _SUSPENDED_GLUED.sub(r"\1- \2 ", phrase)
    if not phrase:
        return None
    mention = _parse_phrase(phrase)
    if mention and (council := councillor_before(original)):
        mention = replace(mention, role=kept_role(council, mention.role))
    # The letters after the speaker's own name: not those of someone the phrase goes on to
    # name ("generaldirektören Ann-Marie Begler till … äldreminister Åsa Regnér (S)").
    party = next((p for p in parties if p), "")
    if mention is not None and party and _names_another(original, mention.name):
        party = ""
    if mention is None or not party or mention.sort not in ("person", "surname"):
        return mention
    if mention.organisation in ("", "Riksdagen") or sits_for_party(
        mention.role, mention.organisation
    ):
        # The party a person sits for, unless the text names where they work.
        # Marked as the letters' (kb.extract.identities) unless a genitive leads the title:
        # "utskottets ordförande Anna Ek (KD)" chairs no nämnd (a review).
        first = phrase.split()[0]
        owned = (
            first.endswith("s") and not is_role_word(first) and first not in mention.name.split()
        )
        return Mention(mention.name, mention.sort, mention.role, party, "" if owned else party)
    if fold(mention.organisation) in GENERIC_BODIES:
        return replace(mention, party=party)  # "nämnden": which one, the registry says
    return mention


def _names_another(phrase: str, name: str) -> bool:
    """Whether the phrase goes on, between the name and the party's letters, to whom it was
    said or to someone else ("… Begler till socialdepartementet och … Åsa Regnér (S)");
    not a title ("Anna Berg, kommunalråd (S)")."""
    at = phrase.find(name.split()[-1]) if name else -1
    letters = PARTY_AFTER_NAME.search(phrase, max(at, 0))
    between = phrase[max(at, 0) : letters.start()] if letters else ""
    return bool(re.search(r"\b(?:till|och)\b", between))


def _parse_phrase(phrase: str) -> Mention | None:
    """parse_speaker_phrase once party letters and suspended hyphens are dealt with."""
    # The channel, also after a title: "… i Lund till Kvällsposten", "… via ett pressmeddelande".
    head, _, tail = _without_medium(phrase).strip(" ,.;:").partition(", ")
    head = _MEDIUM.sub("", head).strip()
    words = head.split()
    if not words:
        return None
    tail_runs = list(iter_name_runs(tail.split())) if tail else []
    if tail_runs and tail_runs[0][0] == 0 and tail_runs[0][1] >= 2:
        if not any(e - s >= 2 for s, e in iter_name_runs(words)) and is_role_word(words[-1]):
            # The role before a comma, the name after it: "jämställdhetsminister, Nina Larsson".
            return _parse_phrase(f"{head} {tail}")
        # A title of one word or a suspended compound ("Hälso- och sjukvårdsdirektören i
        # Region Sörmland, Per-Olof Wiklund": a probe read the region as the person).
        size = title_at(words, 0)
        body = " ".join(words[size + 1 :])
        title = size > 0 and len(words) > size + 1 and words[size] in PREPOSITIONS
        name = clean_name(tail.split()[: tail_runs[0][1]])
        if (body_title := owner_and_title(words)) and not is_body(name):
            # A body's title, then the name: "DHR:s ordförande i Norrbotten, Kjell Marklund".
            return Mention(name, "person", _role_of(body_title[0]), body_title[1])
        if title and looks_like_organisation(body) and not is_body(name):
            # The role and its body before a comma, the name after it: "ordföranden i
            # Familjehemmens Riksförbund, Telle Söderberg, till Ekot" (but "verksamhetschefen
            # på barnpsykiatrin, Region Skåne" names the region, not a person).
            role = " ".join([*words[: size - 1], _role_of(words[size - 1])]).lower()
            return Mention(name, "person", indefinite_role(role), organisation_name(body))
        whole = tail_runs[0][1] == len(tail.split()) and not is_body(name)
        if whole and (before := _parse_phrase(head)) and before.sort == "role":
            # A longer title before the name: "samordnare för det brottsförebyggande
            # arbetet i Gagnefs kommun och projektledare för kampanjen, Rosa Flank"
            # (news set 23).
            return Mention(name, "person", before.role, before.organisation)
    first = fold(words[0])
    # "säger hon och ler"; "sa hon inför rätten", "säger han vid mötet" (page probe 92)
    going_on = words[1:2] in (["och"], ["med"], ["inför"], ["vid"], ["under"]) and all(
        w[:1].islower() for w in words[2:]
    )
    if first in SPEAKER_PRONOUNS and (len(words) == 1 or going_on):
        return Mention(words[0], "pronoun")
    if first in SURVEY_GROUP_WORDS or (
        first in {"de", "en"} and len(words) > 1 and fold(words[1]) in SURVEY_GROUP_WORDS
    ):
        return Mention(head, "group")
    role, organisation = split_role_segments(tail) if tail else ("", "")
    body_after = organisation  # the body the comma after the name gives
    role, party = without_party_adjective(role)
    organisation = organisation or party
    # Not a company's name before its genitive ("Nordvik Omsorg AB:s vd Fredrik Almgren").
    runs = [
        run
        for s, e in iter_name_runs(words)
        if (run := person_run(words, s, e)) and not set(words[e : e + 1]) & COMPANY_GENITIVES
    ]
    person = next(((s, e) for s, e in runs if e - s >= 2), None)
    if person is None and runs and is_role_word(words[runs[0][0] - 1] if runs[0][0] else ""):
        person = runs[0]  # "Statsrådet Regnér": a surname after a role
    if (
        person
        and person[1] - person[0] > 2
        and unit_named(words[person[0]])
        and (chief := chief_before(words, person[0] + 1))
    ):
        # "chefen för Serviceavdelningen Jonas Allenbrant": the unit is no part of the name.
        return Mention(clean_name(words[person[0] + 1 : person[1]]), "person", *chief)
    if person is not None and (chief := chief_before(words, person[0])):
        # "chefen för ungdomstjänster Nina Jorkama" (news set 18)
        return Mention(clean_name(words[person[0] : person[1]]), "person", *chief)
    if person is not None and (after_owner := name_after_owner(words, runs, person)):
        # "Rädda Barnens ordförande Maria Johansson": the body, its title, then the name.
        person, owner_name = after_owner
        organisation = organisation or owner_name
    if person is not None and not organisation:
        # "IVO:s Anna Ek", "Hela Människans Carl-Johan Freed"
        begins, organisation = owner_before_name(words, *person)
        person = (begins, person[1])
    if person is not None and (
        is_organisation_word(words[person[0]]) or known_organisation(words[person[0]])
    ):
        # A body's name before the person ("Europaparlamentet Antonio Tajani", in the
        # genitive "Kommunals Ewa Björklund") or before a place ("Länsstyrelsen
        # Västernorrland": the body, no person): 50 interpellations, every quote labelled
        # (bench/extraction_quality.py); news quotes (bench/news_quotes.py).
        start, end = person
        owner = known_organisation(words[start])
        if end - start == 2 and owner and fold(owner) != fold(words[start].strip(",.;:")):
            # "Kommunals Lindberg": the body in the genitive, then a surname.
            return Mention(clean_name(words[start + 1 : end]), "surname", role, owner)
        if end - start == 2:
            name = organisation_name(" ".join(words[start:end]))
            return Mention(name, "organisation", organisation=name)
        organisation = organisation or organisation_name(words[start])
        person = (start + 1, end)
    if person is not None:
        start, end = person
        role_start = end
        body = genitive_after_name(words, start, end)
        if body:
            end -= 1  # "Inga-Kari Fryklund Vårdföretagarnas förbundsdirektör"
        before_role, before_org = role_before(words, start)
        if not before_role and (placed := title_and_place_before(words, start)):
            # "kommunalrådet i Östra Göinge Magnus Persson": the title, where, then the name
            before_role, before_org = _role_of(placed[0]), organisation_name(placed[1])
        after = words[role_start:]
        organisation = organisation or body
        if " och " in before_role and "och" in after[:2]:
            # Two titles, two people: "ordförande och vice ordförande Per Ek (S) och Anna Berg".
            before_role = before_role.rsplit(" och ", 1)[1]
        if after[:1] == ["som"] and (clause := _TITLE_CLAUSE.match(" ".join(after))):
            # "Britt-Marie Karlén som är förvaltningschef i …", "… som är en av fältsekreterarna",
            # "… som blir ordförande för Sydnärkes överförmyndarnämnd" (news set 32)
            after = one_of_title(" ".join(after)[clause.end() :]).split()
        elif len(after) > 1 and is_role_word(after[1]) and (owner := genitive_owner(after[0])):
            organisation, after = organisation or owner, after[1:]  # "… socialnämndens ordförande"
        if after and after[0] in PREPOSITIONS and looks_like_organisation(" ".join(after[1:])):
            at = organisation_name(organisation_part(" ".join(after[1:])))
            organisation = organisation or at
        elif after[:1] == ["från"] and (body := body_from(" ".join(after[1:]))):
            organisation = organisation or body  # "Anna Berg från Röda Korset"
        elif after and (opens_with_title(after[:3]) or is_role_adjective(after[0])):
            # The role after the name without a comma: "Lina Nordquist sjukvårdspolitisk talesperson för L".
            after_role, after_organisation = split_role(" ".join(after))
            role, organisation = role or after_role, organisation or after_organisation
        sort = "person" if end - start >= 2 else "surname"
        said_after = role.split()
        # … a party's adjective before it, also in the neuter: "socialdemokratiskt kommunalråd"
        first = said_after[0].removesuffix("t") if said_after else ""
        plain_after = " ".join(said_after[1:] if party_of(first) else said_after)
        held_before = bool(said_after) and fold(said_after[0]) in FORMER
        if before_role and held_before:
            # A title before the name, and after its comma a title held before, of a body held
            # before: "den särskilda utredaren Karin Åkesson, tidigare lagman vid
            # förvaltningsrätten i Malmö" (page probe 114) is the utredare.
            role = ""
            organisation = "" if organisation == body_after else organisation
        elif before_role and said_after and not opens_with_title(plain_after.split()[:3]):
            # … or no title: a body where it says they work ("professor Anna Ek, verksam vid
            # Lunds universitet"), not a place ("ordförande Anna Ek, mamma till två barn i
            # Malmö": reviews).
            role = ""
            working = fold(said_after[0]) in WORKING_WORDS
            organisation = organisation if working or organisation != body_after else ""
        return Mention(
            clean_name(words[start:end]),
            sort,
            role or before_role,
            organisation or before_org,
        )
    if looks_like_organisation(head) and (
        is_organisation_word(words[0])
        or fold(head) in ORGANISATION_ALIASES
        or fold(words[0]) in ORGANISATION_HEADS
    ):
        name = organisation_name(_org_phrase(head))
        return Mention(name, "organisation", organisation=name)
    if described := unnamed_speaker(head, words):
        role = _role_of(described[1]) if described[1] else ""
        return Mention(described[0], "role", role=role, organisation=described[2])
    if is_role_word(words[0]) or fold(words[0]) in DEFINITE_ROLES:
        # "statsrådet", "professorn i analytisk kemi på Mittuniversitetet" (and where)
        return Mention(
            head[:1].lower() + head[1:],
            "role",
            role=_role_of(words[0]),
            organisation=split_role(head)[1] if len(words) > 2 else "",
        )
    if _is_name_word(words[0]) and (len(words) == 1 or words[1] in ("på", "från", "i", "vid")):
        # A name alone, also where the person is: "säger Anita på Kullegårdens äldreboende
        # som får hundbesök" (news set 30), a resident, no one a body speaks through; with the
        # title a clause after the name alone gives ("säger Maria, som är samordnare": probe 11).
        kept = (role, organisation if role else "") if len(words) == 1 else ("", "")
        return Mention(words[0].rstrip(",.;:"), "surname", *kept)
    if (
        words[0][:1].islower()
        and len(words) <= 5
        and first not in STOPWORDS | SPEAKER_PRONOUNS  # "hen" ends as a definite noun does
        and (is_role_word(words[0]) or first.endswith(("en", "et", "na", "ens", "ets", "nas")))
    ):
        # An unnamed speaker the text describes ("författaren av rapporten", "barnens
        # pappa"), by the title after a genitive when there is one ("kommunens socialchef":
        # the socialchef the text named).
        owned = len(words) > 1 and fold(words[0]).rstrip(",.;:")[:-1] in GENERIC_BODIES
        titled = words[0] if is_role_word(words[0]) else words[1] if owned else ""
        titled = titled if is_role_word(titled) else ""
        return Mention(head, "role", role=_role_of(titled) if titled else "")
    return None


def is_unnamed(mention: Mention) -> bool:
    """Whether a mention describes someone new the text does not name (kb.extract.unnamed):
    no title of a person named before ("ministern")."""
    return mention.sort == "role" and describes_someone_new(mention.name)


def _org_phrase(head: str) -> str:
    """The organisation part of a phrase, without what follows it ("IVO i ett mejl" -> "IVO")."""
    key = fold(head)
    for alias in sorted(ORGANISATION_ALIASES, key=len, reverse=True):
        if key.startswith(alias) and (len(key) == len(alias) or not key[len(alias)].isalnum()):
            return head[: len(alias)]
    return head.split()[0] if not looks_like_organisation(head) else head


def _role_of(word: str) -> str:
    """A title word as the registry matches titles: "statsrådet" -> "statsråd",
    "fältsekreteraren" -> "fältsekreterare"."""
    w = fold(word).rstrip(".,:;")
    return DEFINITE_ROLES.get(w) or indefinite_role(w)
