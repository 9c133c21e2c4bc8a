"""Titles and the bodies they name around a person's name: "avdelningschef på IVO" after
a comma (split_role); "Visions förbundsordförande" before the name is kb.extract.titled's
(role_before).

kb.extract.speakers reads who a phrase names with these; kb.extract.introductions who
running text introduces.
"""

from __future__ import annotations

import re

from kb.extract import bodyparts
from kb.extract.bodies import (
    is_body,
    is_body_alone,
    is_unit,
    known_organisation,
    looks_like_organisation,
    names_a_body_surely,
    organisation_name,
)
from kb.extract.bodyparts import VERBS_GOING_ON, body_from, opens_with_verb, organisation_part
from kb.extract.fields import comma_segments
from kb.extract.genders import gender_of
from kb.extract.parties import PARTY_LETTERS
from kb.extract.titled import company_genitive, genitive_owner, owning_kind, suspended_compound
from kb.extract.titles import (
    fold,
    is_role_word,
    one_of_title,
    opens_with_title,
    party_of,
)
from kb.extract.vocab import ATTRIBUTION_VERBS, LAY_ROLES
from kb.extract.workplaces import OWNERS, founded_by, in_the_definite, names_a_workplace

PREPOSITIONS = ("på", "vid", "hos", "för", "i", "inom")


# A word of time or manner before a clause's verb ("till vardags", "dessutom"), not a clause
# ("som berättar att …", "som har en dotter som är …"): no "att", second "som", -ar or past.
CLAUSE_WORD = r"(?!(?:att|som)\b)(?![a-zåäö]+(?:ar|ade|de|te)\b)[a-zåäö0-9]+\s+"
TITLE_VERBS = r"(?:är|var|blir|blev|(?:jobbar|arbetar|fortsätter)\s+som)"
NEW_TITLE = r"(?:(?:ny|nya|nytillträdd|nyanställd|tillträdande)\s+)?(?=\S)"  # "blir ny chef"
# A relative clause that gives a title ("…, som är enhetschef på …", "…, som jobbar som
# assistent på …", "som fortsätter som ordförande för …": news set 31), also after up to four
# such words ("…, som fram till årsskiftet var ordförande för …"), an interviewer's address
# ("Christine Gustafsson, du är professor på …", news set 25).
TITLE_CLAUSE = rf"(?:som|du)\s+(?:{CLAUSE_WORD}){{0,4}}?{TITLE_VERBS}\s+{NEW_TITLE}"
_TITLE_CLAUSE = re.compile(f"^{TITLE_CLAUSE}", re.IGNORECASE)

# A relative clause of leading or owning a body: "…, som leder CKS", "…, som äger Kafé Kanelen"
# (page probe 49); not "representerar Sverige i FN".
_LEADS = re.compile(r"^som (?:leder|driver|företräder|äger) (.+)$", re.IGNORECASE)


# "med (särskilt) ansvar för …" up to a comma or a preposition before a capital (a body).
_FIELD_OF_RESPONSIBILITY = re.compile(
    # To the last body ("… tillsyn av HVB i Norrland på IVO") or the end; not a list of fields.
    r"\s+med\s+(?:\w+\s+)?ansvar\s+för\s(?:"
    r".*(?=,\s*[A-ZÅÄÖ][\w-]*\b(?!\s+och\s|,)|\s+(?:i|på|vid|inom)\s+[A-ZÅÄÖ])|.*$)"
)


def _until_going_on(words: list[str]) -> list[str]:
    """A title's words up to an "och" that goes on with a verb ("joursamordnare och påpekar
    att …"), not one that joins two titles ("socionom och teamledare") or a suspended
    compound ("individ- och familjeomsorgen"), nor a name's words ("Vård och omsorg")."""
    for i in range(1, len(words) - 1):
        after = words[i + 1]
        if (
            words[i] == "och"
            and not words[i - 1].endswith(("-", "–"))
            and after[:1].islower()
            and not is_role_word(after)
            and fold(after) in VERBS_GOING_ON | ATTRIBUTION_VERBS
        ):
            return words[:i]
    return words


def split_role(text: str) -> tuple[str, str]:
    """A role line's role and organisation: "avdelningschef på IVO" -> ("avdelningschef", IVO's name)."""
    # Not what the sentence goes on to say: "ordförande i socialutskottet med anledning av …",
    # "familjehemssekreterare har arbetat i många år …", "joursamordnare och påpekar att …".
    text = bodyparts.CLAUSE_AFTER.split(text.strip(" ,.;:"), maxsplit=1)[0]
    # A field the title answers for is no part of it, nor a body: "regionråd med ansvar för
    # hälso- och sjukvård" (news sets 19, 21), "kommunalråd med ansvar för socialtjänsten i
    # Malmö" (Malmö, not "Socialtjänsten i Malmö").
    text = _FIELD_OF_RESPONSIBILITY.sub("", text)
    # A verb after a word in lower case, not inside a name ("Hela Sverige ska leva").
    verb = next(
        (
            m
            for m in bodyparts.VERB_AFTER.finditer(text)
            if "".join(text[: m.start()].split()[-1:])[:1].islower()
        ),
        None,
    )
    if text[:1].islower() and verb is not None:
        text = text[: verb.start()]
    words = _until_going_on(text.split())
    # A workplace not named, and its place, no body: "undersköterska på ett demensboende i
    # Mellansverige" (page probe 121).
    unnamed = next(
        (
            i
            for i in range(1, len(words) - 1)
            if words[i] in PREPOSITIONS and words[i + 1] in ("en", "ett")
        ),
        None,
    )
    words = words[:unnamed] if unnamed is not None else words
    found: list[tuple[int, int, str]] = []  # (preference, role's last word, organisation)
    workplaces: list[tuple[int, str]] = []  # (role's last word, the workplace's words)
    for i, word in enumerate(words[1:], start=1):
        rest = " ".join(words[i + 1 :])
        if word in ("från", "till") and is_role_word(words[i - 1]) and (body := body_from(rest)):
            found.append((0, i, body))  # "projektledare från Röda Korset"
        elif founded := founded_by(words[i - 1], word, rest, words[: i - 1]):
            # What a founder founded: "vd och grundare av Omsorgshuset"; a workplace named
            # after it comes first ("… och verksamhetschef på Kvinnojouren Tranan"), but not
            # the place of what an owner owns ("ägare till Restaurang Olivlunden i Falun").
            found.append((0 if fold(words[i - 1]) in OWNERS else 2, i, founded))
        elif word in PREPOSITIONS and (body := _after_article(rest)):
            # "verksamhetschef på den ideella kvinnojouren Trots" (news set 11)
            found.append((1, i, organisation_name(organisation_part(body))))
        elif fold(words[i - 1]).rstrip(",").endswith(LAY_ROLES) and word in PREPOSITIONS:
            break  # "besökare på dagcentret": where they are, no workplace (page probe 18)
        elif word in PREPOSITIONS and rest and looks_like_organisation(rest):
            # "gruppledare i riksdagen för Sverigedemokraterna": a known name beats the first.
            part = organisation_part(rest)
            found.append((0 if known_organisation(part) else 1, i, organisation_name(part)))
        elif is_role_word(words[i - 1]) and (known := known_organisation(" ".join(words[i:]))):
            # The organisation straight after the role: "talesperson Liberalerna", "ordförande PRO".
            found.append((0, i, known))
        elif is_role_word(words[i - 1]) and _names_a_body(words[i:]):
            # "generalsekreterare Unizon", "områdeschef individ- och familjeomsorgen" (the
            # name was before: a capital after the title is no name of the speaker's).
            found.append((2, i, organisation_name(organisation_part(" ".join(words[i:])))))
        elif names_a_workplace(words[i - 1], word, rest):
            # "områdeschef för funktionsstöd": the part of an organisation a title heads, in
            # lower case; a body named after it beats it ("avdelningschef för stöd till
            # barn, unga och deras familjer, Håbo kommun").
            workplaces.append((i, organisation_part(rest)))
        elif (
            workplaces
            and words[i - 1].endswith(",")
            and looks_like_organisation(" ".join(words[i:]))
        ):
            found.append((1, i, organisation_name(organisation_part(" ".join(words[i:])))))
    if found:
        _, end, organisation = min(found, key=lambda f: (f[0], f[1]))
        # ... unless it is only the place the workplace is in ("chefsöverläkare vid
        # länsgemensam psykiatri i Öjebyn"; but "chef för social utredning på
        # socialtjänsten i Örnsköldsviks kommun" works for the municipality).
        # "hos" names no place: "expert på boendefrågor hos Allmännyttan" (news set 15), nor
        # "på" after a field: "verksamhetschef för palliativ vård på Ansgarsdiakonin" (page
        # probe 108), but after a unit it may ("chef för sektionen för trafik på Hisingen").
        within = [(i, part) for i, part in workplaces if i < end <= i + len(part.split())]
        first = fold(within[0][1].split()[0]) if within and within[0][1].split() else ""
        field = words[end] == "på" and bool(first) and not in_the_definite(first)
        if within and words[end] != "hos" and not field and not names_a_body_surely(organisation):
            end, part = within[0]
            organisation = organisation_name(part)
        return " ".join(words[:end]).strip(" ,"), organisation
    if workplaces:
        end, part = workplaces[0]
        return " ".join(words[:end]).strip(" ,"), organisation_name(part)
    return " ".join(words), ""


def _after_article(rest: str) -> str:
    """A body named after an article and up to two adjectives ("den ideella kvinnojouren
    Trots", "det kommunala bolaget Vallonbygden"), else ""."""
    words = rest.split()
    if len(words) < 2 or words[0] not in ("den", "det", "de"):
        return ""
    for k in range(1, min(4, len(words))):
        if k > 1 and not words[k - 1].islower():
            break
        body = " ".join(words[k:])
        # A body named, not described: "den nya förvaltningen" names none (a review).
        named = any(w[:1].isupper() for w in body.split()) or known_organisation(body)
        if body and named and names_a_body_surely(body):
            return body
    return ""


def _names_a_body(words: list[str]) -> bool:
    """Whether words after a title name a body: a capitalised name (no title, no party), or
    a part of an organisation in lower case ("hälso- och sjukvårdsnämnden")."""
    first = words[0].strip(",.;:")
    if first[:1].isupper():
        # Not a party's letters written bare ("generalsekreterare S", "ledamot SD").
        party = first.lower() in PARTY_LETTERS or len(first) < 2
        # A hyphen inside: "generalsekreterare IOGT-NTO", "ordförande BAS-nämnden" (news set 17).
        plain = first.replace("-", "").isalpha()
        return not is_role_word(first) and not party and not party_of(first) and plain
    return is_unit(words)


# What a segment after a name's comma opens with when it is no title: a relative clause, "om
# …", a conjunction ("…, men behövs i vissa fall"), when or where it was said ("…, inför
# Hörselskadades Dag", "…, i ett pressmeddelande": reports set 8), not how long a title was
# held ("…, under många år chef på …": a review).
_NO_TITLE = re.compile(
    r"[«»”\"“„]|(?:som|vars|vilken|vilket|om|när|och|men|eller|utan|inför|i samband med|med anledning av"
    r"|i ett|i en|enligt|tillsammans med)\s|(?:under|efter)\s(?!(?:\S+\s){0,2}?(?:år|månader|decennier|tid)\b)"
    # where and when it was said: "…, i Örnsköldsviks Allehanda 11 mars" (page probe 13)
    r"|(?:i|till)\s[^,]*\b\d{1,2}\s(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)"
)
# After a title's comma, where someone is, not where they work ("…, trygghetsvärd, på kvällsrunda
# vid …": page probes 9, 44); a definite noun is a workplace ("på förlossningen": a review).
_SCENE = re.compile(r"(?:på|vid|i|hos|utanför|under) (?![\w-]*(?:en|et|na|[aiouyåäö]n)\b)[a-zåäö]")
# When it was said, before a title or not: "…, i dag vd för …" (a review), "…, i helgen".
_WHEN = re.compile(r"i (?:dag|går|morgon|helgen|veckan|våras|höstas)\b\s*")


def split_role_segments(tail: str) -> tuple[str, str]:
    """Role and organisation from what follows a name's comma: "socialpolitisk talesperson, Sverigedemokraterna"."""
    tail = _FIELD_OF_RESPONSIBILITY.sub("", tail)  # its commas list fields, not bodies
    kept: list[str] = []
    organisation = workplace = ""
    segments = comma_segments(tail)
    for at, segment in enumerate(segments):
        segment = segment.strip(" .")
        segment = one_of_title(segment)  # "…, en av processledarna"
        leads = _LEADS.match(segment)
        if leads and not kept and looks_like_organisation(leads.group(1)):
            # "…, som leder CKS, en rätt unik skapelse": the body they lead, no title.
            organisation = organisation or organisation_name(organisation_part(leads.group(1)))
            break
        if fold(segment).startswith("från "):
            # "…, från Röda Korset": the body, no title; "…, från Malmö": neither.
            organisation = organisation or body_from(segment[5:])
            break
        if kept and _SCENE.match(segment):
            break  # where a photo shows them: "…, BVC-sjuksköterska, på hembesök hos en familj"
        if re.fullmatch(r"\d+(?: år(?: gammal)?)?", segment) and not kept:
            continue  # an age: "…, 45, undersköterska", "…, 87 år." (page probe 11)
        if next_of_a_list(segment, segments[at + 1 :]):
            break  # "Anders Holm, säkerhetssamordnare, Sofia Karlsson, kommunpolis, och …"
        if when := _WHEN.match(fold(segment)):
            segment = segment[when.end() :]
            if not opens_with_title(segment.split()[:3]):
                break
        if clause := _TITLE_CLAUSE.match(segment):
            # "…, som är enhetschef på IVO" gives a title; "…, som är orolig för …" none.
            segment = one_of_title(segment[clause.end() :])
            if not opens_with_title(segment.split()[:3]):
                break
        if fold(segment).startswith(("en ", "ett ")):
            # "…, en erfaren socionom på IVO": the title from its word on; "…, ett företag
            # med 300 anställda": what a body is, no title.
            words = segment.split()
            at = next((k for k in (1, 2) if k < len(words) and is_role_word(words[k])), 0)
            segment = " ".join(words[at:]) if at else segment
        described = fold(segment).startswith(("en ", "ett "))
        if (
            described
            or _NO_TITLE.match(fold(segment))
            # … or a verb: "Abdirahman Nur, handläggare, tog med …" (news set 30)
            or opens_with_verb(segment)
        ):
            # A relative clause says what someone does, "om …" what they spoke of ("…,
            # om antalet orosanmälningar"), "och fortsätter" goes on: no title.
            break
        if (
            segment
            and (known := known_organisation(segment))
            and not is_role_word(segment.split()[0])
        ):
            organisation = organisation or known
        elif not kept and not organisation and is_body_alone(segment):
            # "…, säger Sara Eriksson, Kvinnojouren Jämtlands län.": a body, not a title.
            organisation = organisation_name(segment)
        elif kept and is_body_alone(segment):
            # Where the title is held, unless the title names it: "…, handläggare,
            # Länsstyrelsen i Dalarnas län" (news set 13), not "…, chef för
            # arbetsmarknads- och socialförvaltningen, Ljusdals kommun".
            workplace = segment
            break
        elif segment:
            kept.append(segment)  # "avdelningschef för stöd till barn, unga och …" goes on
    role, organisation_in_role = split_role(", ".join(kept))
    if workplace and organisation_in_role:
        role, organisation_in_role = split_role(", ".join([*kept, workplace]))
    elif workplace:
        organisation_in_role = organisation_name(workplace)
    first, _, rest = role.partition(" ")
    # "förbundets jurist": the one förbund the text names (the registry)
    owner = (genitive_owner(first) or owning_kind(first)) if rest else ""
    words = role.split()
    end = next((k + 1 for k, w in enumerate(words[:5]) if genitive_owner(w)), 0)
    if end > 2 and (whole := suspended_compound(words[:end])):
        # A suspended compound in the genitive: "vård- och omsorgsnämndens ordförande".
        owner, first, rest = whole, " ".join(words[:end]), " ".join(words[end:])
    if (
        " " not in first
        and rest
        and is_role_word(rest.split()[0])
        and (company := company_genitive(first, rest))
    ):
        # "Tiohundras projektledare för införandet": a company in the genitive.
        return rest, organisation or company
    if owner:
        # "Sverigedemokraternas gruppledare i riksdagen": the owner, not the chamber; but a
        # body of a municipality with its place ("socialnämndens ordförande i Katrineholm").
        place = organisation_in_role
        local = place and not known_organisation(first) and f" i {place}" in ", ".join(kept)
        role, organisation_in_role = rest, f"{owner} i {place}" if local else owner
    return role, organisation or organisation_in_role


def without_party_adjective(role: str) -> tuple[str, str]:
    """A role led by a party adjective, split: "kristdemokratisk ordförande" -> ("ordförande", party)."""
    first, _, rest = role.partition(" ")
    if rest and (party := party_of(first)):
        return rest, party
    return role, ""


def names_a_person(segment: str) -> bool:
    """Whether a phrase is a person's full name by a first name kb knows, not a body's: the
    next person of a list ("Sofia Karlsson" in a caption's "Anders Holm, säkerhetssamordnare,
    Sofia Karlsson, kommunpolis, …": page probe 50)."""
    words = segment.split()
    named = 2 <= len(words) <= 3 and all(w[:1].isupper() and w.isalpha() for w in words)
    return named and bool(gender_of(segment)) and not is_body(segment)


def next_of_a_list(segment: str, after: list[str]) -> bool:
    """Whether a comma's segment after someone's title is the next person of a list of
    people: a first name and a surname, then a title ("Sofia Karlsson", "kommunpolis"); not
    a body named like a person ("Lisa Holm Consulting, ordförande i nätverket": a review)."""
    named = len(segment.split()) == 2 and names_a_person(segment)
    return named and bool(after) and opens_with_title(after[0].split()[:3])
