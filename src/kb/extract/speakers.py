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
from dataclasses import dataclass

from kb.extract.bodies import (
    CLAUSE_AFTER,
    is_acronym,
    is_body,
    is_body_alone,
    is_organisation_word,
    is_unit,
    known_genitive,
    known_organisation,
    looks_like_organisation,
    names_a_body_surely,
    names_a_workplace,
    organisation_name,
    organisation_part,
    owner_before_name,
)
from kb.extract.titles import (
    fold,
    indefinite_role,
    is_role_adjective,
    is_role_word,
    one_of_title,
    opens_with_title,
    party_of,
)
from kb.extract.vocab import (
    ATTRIBUTION_MEDIA,
    ATTRIBUTION_VERBS,
    DEFINITE_ROLES,
    GENERIC_BODIES,
    NAME_PARTICLES,
    NOT_NAMES,
    ORGANISATION_HEADS,
    PARTY_LETTERS,
    SPEAKER_PRONOUNS,
    SURVEY_GROUP_WORDS,
)
from kb.parse.vocab import ORGANISATION_ALIASES, STOPWORDS

PREPOSITIONS = ("på", "vid", "hos", "för", "i", "inom")
# A party given as letters after a name: "Camilla Waltersson Grönvall (M)".
PARTY_AFTER_NAME = re.compile(
    r"\s*\((?P<letters>[A-ZÅÄÖ]{1,2}|[a-zåäö]{1,2})\)"
    # … also in lower case, and between commas in older news ("Mattias Ek, fp, som …").
    r"|,\s+(?P<bare>fp|kd|mp|sd|[smcvl])(?=,)"
)


def party_after_name(match: re.Match[str]) -> str:
    """The party a match of PARTY_AFTER_NAME names ("(S)", "(kd)", ", fp,"), else ""."""
    return PARTY_LETTERS.get(fold(match.group("letters") or match.group("bare")), "")


# A list of compound heads sharing one last part: "gymnasie-, högskole- och
# forskningsminister" is one role, whose commas split nothing.
_SUSPENDED_COMMA = re.compile(r"(\w-),\s+(?=\w+-?\s)")
# What a phrase may carry after its speaker that names only the channel
# ("i ett mejl", "till SVT", "i en intervju med …").
_MEDIUM = re.compile(
    r"\s+(?:i|via|per|till|på)\s+(?:ett|en|sitt|sin)\s+(?:\w+\s+)?(?:"
    + "|".join(sorted(map(re.escape, ATTRIBUTION_MEDIA), key=len, reverse=True))
    + r")\b.*$|\s+till\s+(?:[A-ZÅÄÖ]\S*|tidningen|radio|tv)\b.*$",
    re.IGNORECASE,
)

# A relative clause that gives a title ("…, som är enhetschef på …", "…, som jobbar som
# assistent på …"), also after a time ("…, som fram till årsskiftet var ordförande för …").
TITLE_CLAUSE = r"som\s+(?:[a-zåäö0-9]+\s+){0,4}?(?:är|var|(?:jobbar|arbetar)\s+som)\s+(?=\S)"
_TITLE_CLAUSE = re.compile(f"^{TITLE_CLAUSE}", re.IGNORECASE)

# A relative clause of leading or speaking for a body: "…, som leder CKS".
_LEADS = re.compile(r"^som (?:leder|driver|representerar|företräder) (.+)$", re.IGNORECASE)

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


def split_role(text: str) -> tuple[str, str]:
    """A role line's role and organisation: "avdelningschef på IVO" -> ("avdelningschef", IVO's name)."""
    # Not what the sentence goes on to say: "ordförande i socialutskottet med anledning av …".
    text = CLAUSE_AFTER.split(text.strip(" ,.;:"), maxsplit=1)[0]
    words = text.split()
    found: list[tuple[int, int, str]] = []  # (preference, role's last word, organisation)
    workplaces: list[tuple[int, str]] = []  # (role's last word, the workplace's words)
    for i, word in enumerate(words[1:], start=1):
        rest = " ".join(words[i + 1 :])
        if word in PREPOSITIONS and rest and looks_like_organisation(rest):
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
        within = [(i, part) for i, part in workplaces if i < end <= i + len(part.split())]
        if within and not names_a_body_surely(organisation):
            end, part = within[0]
            organisation = organisation_name(part)
        return " ".join(words[:end]).strip(" ,"), organisation
    if workplaces:
        end, part = workplaces[0]
        return " ".join(words[:end]).strip(" ,"), organisation_name(part)
    return text, ""


def _names_a_body(words: list[str]) -> bool:
    """Whether words after a title name a body: a capitalised name (no title, no party), or
    a part of an organisation in lower case ("hälso- och sjukvårdsnämnden")."""
    first = words[0].strip(",.;:")
    if first[:1].isupper():
        # Not a party's letters written bare ("generalsekreterare S", "ledamot SD").
        party = first.lower() in PARTY_LETTERS or len(first) < 2
        return not is_role_word(first) and not party and not party_of(first) and first.isalpha()
    return is_unit(words)


# What a segment after a name's comma opens with when it is no title: a relative clause
# (what someone does), "om …" (what they spoke of), a conjunction (the sentence going on:
# "…, men behövs i vissa fall").
_NO_TITLE = ("som ", "vilken ", "vilket ", "om ", "när ", "och ", "men ", "eller ", "utan ")


def _split_role_segments(tail: str) -> tuple[str, str]:
    """Role and organisation from what follows a name's comma: "socialpolitisk talesperson, Sverigedemokraterna"."""
    kept: list[str] = []
    organisation = ""
    for segment in tail.split(", "):
        segment = segment.strip(" .")
        segment = one_of_title(segment)  # "…, en av processledarna"
        leads = _LEADS.match(segment)
        if leads and not kept and looks_like_organisation(leads.group(1)):
            # "…, som leder CKS, en rätt unik skapelse": the body they lead, no title.
            organisation = organisation or organisation_name(organisation_part(leads.group(1)))
            break
        if clause := _TITLE_CLAUSE.match(segment):
            # "…, som är enhetschef på IVO" gives a title; "…, som är orolig för …" none.
            segment = one_of_title(segment[clause.end() :])
            if not opens_with_title(segment.split()[:2]):
                break
        if fold(segment).startswith(_NO_TITLE) or (
            fold(segment).split(" ", 1)[0] in ATTRIBUTION_VERBS
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
        elif segment:
            kept.append(segment)  # "avdelningschef för stöd till barn, unga och …" goes on
    role, organisation_in_role = split_role(", ".join(kept))
    first, _, rest = role.partition(" ")
    if rest and (owner := _genitive_owner(first)):
        # "Sverigedemokraternas gruppledare i riksdagen": the owner, not the chamber; but a
        # body of a municipality with its place ("socialnämndens ordförande i Katrineholm").
        place = organisation_in_role
        local = place and not known_organisation(first) and f" i {place}" in ", ".join(kept)
        role, organisation_in_role = rest, f"{owner} i {place}" if local else owner
    return role, organisation or organisation_in_role


def _without_party_adjective(role: str) -> tuple[str, str]:
    """A role led by a party adjective, split: "kristdemokratisk ordförande" -> ("ordförande", party)."""
    first, _, rest = role.partition(" ")
    if rest and (party := party_of(first)):
        return rest, party
    return role, ""


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
                w = words[j]
                if _is_name_word(w) or (
                    (fold(w) in NAME_PARTICLES or (j > i and _INITIAL.match(w)))
                    and j + 1 < len(words)
                    and _is_name_word(words[j + 1])
                ):
                    j += 1
                else:
                    break
            yield i, j
            i = j
        else:
            i += 1


def role_before(words: list[str], end: int) -> tuple[str, str]:
    """The role (and genitive organisation) written just before a name: "Visions förbundsordförande"."""
    i = end
    while i > 0 and is_role_word(words[i - 1]):
        i -= 1
    if i == end:
        return "", ""
    if i > 1 and words[i - 1] in ("och", "samt") and words[i - 2].endswith("-"):
        i -= 2  # "Justitie- och migrationsminister"
        while i > 0 and words[i - 1].endswith("-"):
            i -= 1  # "gymnasie- högskole- och forskningsminister"
    while i > 0 and is_role_adjective(words[i - 1]):
        i -= 1
    if i > 2 and words[i - 1] == "och" and _indefinite(words[i - 2]) and _owner(words[i - 3]):
        i -= 2  # two titles of a body: "Norlandias affärschef och ansvariga projektledare Bo Ek"
    role = indefinite_role(" ".join(words[i:end]))
    organisation = ""
    if i > 0 and (party := party_of(words[i - 1])):
        organisation = party  # "kristdemokratisk ordförande"
    elif i > 1 and (known := known_genitive(words[i - 2 : i])):
        organisation = known  # "SPF Seniorernas förbundsordförande"
    elif i > 1 and fold(words[i - 1]) in ("kommuns", "stads") and words[i - 2][:1].isupper():
        # "Bodens kommuns kommunalråd"
        organisation = organisation_name(f"{words[i - 2]} {words[i - 1][:-1]}")
    elif i > 0 and (known := known_organisation(words[i - 1])):
        organisation = known  # "Liberalernas gruppledare", "SKR:s ordförande"
    elif i > 0 and (owner := _genitive_owner(words[i - 1])):
        organisation = owner  # "socialnämndens ordförande"
    elif i > 0 and (kind := fold(words[i - 1]))[:-1] in GENERIC_BODIES and kind[-1] == "s":
        # "nämndens ordförande": the one "nämnd" the text names, found by the registry
        # (kb.extract.identities), which is told by the word alone ("nämnden").
        organisation = kind[:-1]
    elif i > 0 and words[i - 1][:1].isupper() and fold(words[i - 1]).endswith(("s", ":s")):
        genitive = words[i - 1]
        base = genitive[:-2] if genitive.endswith(":s") else genitive[:-1]
        if is_organisation_word(base) or is_organisation_word(genitive) or base[:1].isupper():
            organisation = organisation_name(base)
    return role[:1].lower() + role[1:], organisation


def _indefinite(title: str) -> bool:
    """A title in the indefinite ("affärschef"), which names no one alone as "statsministern"
    does ("statsministern och statsrådet Åsa Regnér" are two people)."""
    return is_role_word(title) and indefinite_role(title) == title


def _owner(word: str) -> bool:
    """A body in the genitive before a title: "Norlandias", "SKR:s", "socialnämndens"."""
    genitive = word[:1].isupper() and fold(word).endswith("s")
    return genitive or bool(_genitive_owner(word))


def clean_name(words: list[str]) -> str:
    return " ".join(w.rstrip(",.;:") for w in words)


def parse_speaker_phrase(phrase: str) -> Mention | None:
    """Read who a phrase after an attribution verb names, or None when it names no one."""
    phrase = original = phrase.strip(" .,;:!?")
    parties = [party_after_name(m) for m in PARTY_AFTER_NAME.finditer(phrase)]
    phrase = PARTY_AFTER_NAME.sub("", phrase).strip(" .,;:!?")
    phrase = _SUSPENDED_COMMA.sub(r"\1 ", phrase)
    if not phrase:
        return None
    mention = _parse_phrase(phrase)
    # The letters after the speaker's own name: not those of someone the phrase goes on to
    # name ("generaldirektören Ann-Marie Begler till … äldreminister Åsa Regnér (S)").
    party = next((p for p in parties if p), "")
    if mention is not None and party and _names_another(original, mention.name):
        party = ""
    if mention is None or not party or mention.sort not in ("person", "surname"):
        return mention
    if mention.organisation in ("", "Riksdagen"):
        # The party a person sits for, unless the text names where they work.
        return Mention(mention.name, mention.sort, mention.role, party)
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
    head, _, tail = phrase.partition(", ")
    head = _MEDIUM.sub("", head).strip()
    words = head.split()
    if not words:
        return None
    tail_runs = list(iter_name_runs(tail.split())) if tail else []
    if tail_runs and tail_runs[0][0] == 0 and tail_runs[0][1] >= 2:
        if not any(e - s >= 2 for s, e in iter_name_runs(words)) and is_role_word(words[-1]):
            # The role before a comma, the name after it: "jämställdhetsminister, Nina Larsson".
            return _parse_phrase(f"{head} {tail}")
        body = " ".join(words[2:])
        title = is_role_word(words[0]) and len(words) > 2 and words[1] in PREPOSITIONS
        name = clean_name(tail.split()[: tail_runs[0][1]])
        if title and looks_like_organisation(body) and not is_body(name):
            # The role and its body before a comma, the name after it: "ordföranden i
            # Familjehemmens Riksförbund, Telle Söderberg, till Ekot" (but "verksamhetschefen
            # på barnpsykiatrin, Region Skåne" names the region, not a person).
            return Mention(
                name, "person", indefinite_role(_role_of(words[0])), organisation_name(body)
            )
    first = fold(words[0])
    if len(words) == 1 and first in SPEAKER_PRONOUNS:
        return Mention(words[0], "pronoun")
    if first in SURVEY_GROUP_WORDS or (
        first in {"de", "en"} and len(words) > 1 and fold(words[1]) in SURVEY_GROUP_WORDS
    ):
        return Mention(head, "group")
    role, organisation = _split_role_segments(tail) if tail else ("", "")
    role, party = _without_party_adjective(role)
    organisation = organisation or party
    runs = [(s, e) for s, e in iter_name_runs(words)]
    person = next(((s, e) for s, e in runs if e - s >= 2), None)
    if person is None and runs and is_role_word(words[runs[0][0] - 1] if runs[0][0] else ""):
        person = runs[0]  # "Statsrådet Regnér": a surname after a role
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
        before_role, before_org = role_before(words, start)
        after = words[end:]
        if " och " in before_role and "och" in after[:2]:
            # Two titles, two people: "ordförande och vice ordförande Per Ek (S) och Anna Berg".
            before_role = before_role.rsplit(" och ", 1)[1]
        if after[:1] == ["som"] and after[1:2] in (["är"], ["var"]):
            after = after[2:]  # "Britt-Marie Karlén som är förvaltningschef i …"
        elif len(after) > 1 and is_role_word(after[1]) and (owner := _genitive_owner(after[0])):
            organisation, after = organisation or owner, after[1:]  # "… socialnämndens ordförande"
        if after and after[0] in PREPOSITIONS and looks_like_organisation(" ".join(after[1:])):
            at = organisation_name(organisation_part(" ".join(after[1:])))
            organisation = organisation or at
        elif after and (is_role_word(after[0]) or is_role_adjective(after[0])):
            # The role after the name without a comma: "Lina Nordquist sjukvårdspolitisk talesperson för L".
            after_role, after_organisation = split_role(" ".join(after))
            role, organisation = role or after_role, organisation or after_organisation
        sort = "person" if end - start >= 2 else "surname"
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
    if is_role_word(words[0]) or fold(words[0]) in DEFINITE_ROLES:
        # "statsrådet", "professorn i analytisk kemi på Mittuniversitetet" (and where)
        return Mention(
            head[:1].lower() + head[1:],
            "role",
            role=_role_of(words[0]),
            organisation=split_role(head)[1] if len(words) > 2 else "",
        )
    if len(words) == 1 and _is_name_word(words[0]):
        return Mention(words[0].rstrip(",.;:"), "surname")
    if (
        words[0][:1].islower()
        and len(words) <= 5
        and first not in STOPWORDS
        and (is_role_word(words[0]) or first.endswith(("en", "et", "na", "ens", "ets", "nas")))
    ):
        # An unnamed speaker the text describes ("författaren av rapporten").
        return Mention(head, "role", role=_role_of(words[0]) if is_role_word(words[0]) else "")
    return None


def _genitive_owner(word: str) -> str:
    """The body a genitive before a title names ("socialnämndens", "IVO:s"), else ""."""
    if known := known_organisation(word):
        return known
    base = fold(word).rstrip(",.;:")
    if not base.endswith("s") or not is_unit([base[:-1]]):
        return ""
    return organisation_name(word.rstrip(",.;:")[:-1])


def _org_phrase(head: str) -> str:
    """The organisation part of a phrase, without what follows it ("IVO i ett mejl" -> "IVO")."""
    key = fold(head)
    for alias in sorted(ORGANISATION_ALIASES, key=len, reverse=True):
        if key.startswith(alias) and (len(key) == len(alias) or not key[len(alias)].isalnum()):
            return head[: len(alias)]
    return head.split()[0] if not looks_like_organisation(head) else head


def _role_of(word: str) -> str:
    w = fold(word).rstrip(".,:;")
    return DEFINITE_ROLES.get(w, w)
