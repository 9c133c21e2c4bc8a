"""One identity per speaker: within a document (a registry) and across the corpus (keys).

A ``SpeakerRegistry`` keeps the people and organisations a document names, so that a pronoun,
a bare surname or a role ("statsrådet") finds its person and so that spellings of one name
("Rebecca"/"Rebecka Kurlberg", kb.extract.spellings) become one speaker. Across documents,
``kb.extract.spellings.speaker_key`` gives each person a key that survives such spellings;
ingest keeps one spelling per key over the whole corpus (kb.ingest.SpeakerNames).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from kb.extract.bodies import is_agency, is_body, organisation_name
from kb.extract.counties import region_named
from kb.extract.genders import of_gender, surname_theirs
from kb.extract.municipalities import (
    head_set_in,
    is_municipality,
    municipality_at,
    named_in,
    one_place,
    only_a_place,
    place_named,
    region_placed,
    says_kommunen,
)
from kb.extract.named import bodies_of_kind, in_full, kind_of, spelled_out
from kb.extract.ownpages import publisher_in_full
from kb.extract.parties import BOARD_TITLES, COUNCILLOR_TITLES
from kb.extract.persons import Person
from kb.extract.publishers import head_of, publisher_speaks, speaks_for
from kb.extract.speakers import Mention, is_unnamed, parse_speaker_phrase, titled_first
from kb.extract.spellings import by_full_name, first_name_frequency, folded_name, same_person
from kb.extract.subjects import FORMER, opening_body, speaks_for_subject, subject_body
from kb.extract.titled import OUR_BODY
from kb.extract.titles import (
    definite_title_before,
    fold,
    heads_its_kind,
    indefinite_role,
    lower_title,
)
from kb.extract.units import one_workplace, unit_with_body
from kb.extract.unnamed import by_title_alone
from kb.extract.vocab import (
    AGENCY_HEAD_TITLES,
    FIRST_NAME_ALONE,
    FIRST_NAME_ZIPF,
    GENERIC_BODIES,
    HEADED_BODY_KINDS,
    MUNICIPAL_SHARED_TITLES,
    MUNICIPAL_TITLES,
    NAME_HIDDEN,
    POLICE_TITLES,
    TITLE_BODIES,
    UNIT_KINDS,
)
from kb.models import Document, Speaker


def _same_role(known: str, named: str) -> bool:
    return known == named or known.startswith(named) or known.endswith(named)


class SpeakerRegistry:
    """The people and organisations one document names, and the last one named."""

    def __init__(
        self,
        fallback: tuple[str, str] = ("", ""),
        first_names: bool = False,
        introduced_alone: frozenset[str] = frozenset(),
        texts: tuple[str, ...] = (),
    ) -> None:
        # Whether a first name alone is the one person of that first name ("säger Alexandra"
        # after "Alexandra Hansdotter"): not in a text that hides a name ("Anna, som
        # egentligen heter något annat"), where it may be someone else (registry_for) …
        self.first_names = first_names
        # … nor a first name the text introduces alone ("Anna, 34, bor …", "Stefan, en
        # boende i huset"), folded.
        self.introduced_alone = introduced_alone
        self.names: set[str] = set()  # full names written in the text (note_names)
        self.people: list[Person] = []
        self.last: Person | None = None
        self.seen: list[Person] = []  # each person as named, the last named last
        # The publisher, and whom it speaks for (kb.extract.publishers).
        self.fallback_organisation, self.fallback_for = fallback
        # The document's texts: a municipality's officer quoted before the text names the
        # municipality works for it too (named_anywhere).
        self.texts = texts
        self._anywhere: tuple[frozenset[str], bool] | None = None
        # The organisations the text has named, each once, in order (a dict as an ordered
        # set: a list of every mention made each body test walk them all, per quote).
        self.bodies: dict[str, None] = {}
        self.genitives: dict[str, None] = {}
        self._kinds: dict[tuple[str, int, int], str] = {}  # _one_of_kind's answers
        self._opened: dict[int, str] = {}  # _opened_by's answers

    def note_bodies(self, names: Iterable[str]) -> None:
        """Record organisations the text names, for a body that later speaks by its kind."""
        self.bodies.update(dict.fromkeys(names))

    def note_genitives(self, names: Iterable[str]) -> None:
        """Record units the text names only in the genitive ("socialnämndens budget"): the
        one of a kind when the text names none otherwise ("Äldrenämnden i Umeå …
        socialnämndens budget" is Äldrenämnden's text: a review)."""
        self.genitives.update(dict.fromkeys(names))

    def _named_body(self, mention: Mention) -> Mention:
        """An organisation that speaks by what kind of body it is ("Förbundet") as the last
        body of that kind the text named ("Riksförbundet FUB"); else as it is."""
        stem = GENERIC_BODIES.get(fold(mention.name))
        if not stem:
            return mention
        # The kind at a word's end ("Umeå kommun"), not inside one ("Kommunal", "kommunstyrelse");
        # one body of that kind only: of two ("Vårdförbundet och Läkarförbundet") none (a review).
        body = self._one_of_kind(stem)
        return Mention(body, "organisation", organisation=body) if body else mention

    def _one_of_kind(self, stem: str) -> str:
        """The one body of a kind ("nämnd") the text has named ("socialnämnden i Piteå"), else
        the one it named only in the genitive ("socialnämndens budget"); "" when it named none
        or several."""
        key = (stem, len(self.bodies), len(self.genitives))
        if key not in self._kinds:
            # A company's own page speaks of itself as "företaget" (page probe 89), a
            # congregation's as "församlingen" ("församlingens imam": page probe 110).
            own = [self.fallback_organisation] if stem in _SPEAKS_OF_ITSELF else []
            named = bodies_of_kind(stem, [*self.bodies, *own])
            if stem == "kommun" and not named:  # "Borås Stad": "kommunens jurist" works for it
                named = {b for b in self.bodies if is_municipality(b)}
            kind = re.compile(rf"{stem}(?:et|en|n)?$")
            named = named or {b for b in self.genitives if kind.search(fold(b))}
            self._kinds[key] = next(iter(named)) if len(named) == 1 else ""
        return self._kinds[key]

    def find(self, mention: Mention) -> Person | None:
        """The known person a mention refers to, if any."""
        if mention.sort == "organisation":
            return next(
                (p for p in self.people if p.is_organisation and p.name == mention.name), None
            )
        if mention.sort == "person":
            return next(
                (
                    p
                    for p in self.people
                    if not p.is_organisation
                    and any(same_person(mention.name, s) for s in p.spellings)
                ),
                None,
            ) or self._by_surnames(mention.name)
        if mention.sort == "surname":
            key = fold(mention.name)
            matches = [p for p in self.people if not p.is_organisation and p.surname == key]
            if not matches and self.first_names:
                matches = self._by_first_name(key) or self._by_first_name(key, -1)
            return matches[-1] if matches else None
        if mention.sort == "role" and not is_unnamed(mention):
            role = fold(mention.role or mention.name)
            matches = [
                p
                for p in self.people
                # "ministern" is the "socialminister" a document names, "statsrådet" its "statsråd".
                if not p.is_organisation and p.role and _same_role(fold(p.role), role)
            ]
            return matches[-1] if matches else None
        return None

    def _by_first_name(self, key: str, at: int = 0) -> list[Person]:
        """The one person of a first name ("säger Alexandra") or a surname (`at` -1: "säger
        Forsberg", a person's: page probe 80) known, or named in full without a title (note_names)."""
        if key in self.introduced_alone:
            return []
        firsts = [
            p
            for p in self.people
            if not p.is_organisation and " " in p.name and fold(p.name.split()[at]) == key
        ]
        named = {n for n in self.names if fold(n.split()[at]) == key}
        named = {n for n in named if not at or surname_theirs(n, self.texts)}
        # A name the text wrote that is a known person's is that person, title and all.
        known = [s for p in self.people if not p.is_organisation for s in p.spellings]
        named = {n for n in named if not any(same_person(n, s) for s in known)}
        if len(firsts) + len(named) != 1:
            return []
        if named:
            person = Person()
            person.merge(Mention(named.pop(), "person"))
            self.people.append(person)
            return [person]
        return firsts

    def note_names(self, names: Iterable[str]) -> None:
        """Record full names the text writes, for a first name alone said later."""
        self.names.update(names)

    def _by_surnames(self, name: str) -> Person | None:
        """The one person whose name ends with a surname of two words written alone ("säger
        Wikblad Frang" after "Molly Wikblad Frang"); not a first name and a surname ("Erik
        Holm" is no "Lars Erik Holm", "Karin Berg" no "Anna Karin Berg": a review)."""
        words = fold(name).split()
        if len(words) != 2 or first_name_frequency(name) >= FIRST_NAME_ZIPF:
            return None
        key = " " + fold(name)
        found = [p for p in self.people if not p.is_organisation and fold(p.name).endswith(key)]
        return found[0] if len(found) == 1 else None

    def add(self, mention: Mention) -> Person | None:
        """Record a mention and make its person the last named; pronouns and groups name no one."""
        if mention.sort in ("pronoun", "group"):
            return None
        mention = titled_first(mention)  # "Pastor Daniel Ekström": the title, then the name
        if mention.organisation == OUR_BODY:  # "vår samordnare Sofia Lindberg": the page's
            mention = replace(mention, organisation=self.fallback_organisation)
        if mention.sort == "organisation":
            mention = self._named_body(mention)
            if fold(mention.name) not in GENERIC_BODIES:
                self.bodies[mention.name] = None
        elif mention.organisation and not kind_of(mention.organisation):
            self.bodies[mention.organisation] = None
        person = self.find(mention)
        if person is None:
            person = Person(is_organisation=mention.sort == "organisation")
            person.merge(mention)
            self.people.append(person)
        elif mention.sort in ("person", "organisation"):
            person.merge(mention)
        elif mention.role and not person.role:
            # A surname or a role adds nothing to a known person but a role.
            person.role = mention.role
        self.last = person
        self.seen.append(person)
        return person

    def resolve(self, mention: Mention) -> Person | None:
        """The person a quote's attribution names: a pronoun is the last person named, of its
        gender when a name says it (kb.extract.genders)."""
        if mention.sort == "pronoun":
            return of_gender(mention.name, self.last, self.seen)
        if mention.sort == "group":
            return None
        return self.add(mention)

    def mention_known(self, text: str) -> None:
        """Make the last person named in text (by full name or surname) the last named."""
        best: tuple[int, Person] | None = None
        folded = fold(text)
        for person in (p for p in self.people if not by_title_alone(p.name)):
            for spelling in [
                *person.spellings,
                person.name.split()[-1] if not person.is_organisation else "",
            ]:
                if not spelling:
                    continue
                pos = folded.rfind(folded_name(spelling))
                if pos >= 0 and (best is None or pos > best[0]):
                    best = (pos, person)
        if best:
            self.last = best[1]
            self.seen.append(best[1])

    def _employer(self, role: str) -> str:
        """The body a title implies, when the text named one body of that kind only: a
        municipality's officer the municipality ("… gynnar Mora kommun …, säger socialchef …"),
        a director general the agency ("Generaldirektören för Sis, …"); "" otherwise."""
        shared = role.split()[-1] in MUNICIPAL_SHARED_TITLES  # not "vårdenhetschef" (a review)
        if role.endswith(MUNICIPAL_TITLES) or shared:
            anywhere, other_bodies = self.named_anywhere()
            if shared and other_bodies:
                return ""  # a title others have too, in a text naming another body (a review)
            kind = {b for b in self.bodies if is_municipality(b)} | anywhere
        elif role.endswith(AGENCY_HEAD_TITLES) or role.split()[-1] == "gd":
            kind = {b for b in self.bodies if is_agency(b)}
        else:
            return ""
        return next(iter(kind)) if len(kind) == 1 else ""

    def named_anywhere(self) -> tuple[frozenset[str], bool]:
        """The municipalities the text names, and whether it names another body (named_in)."""
        if self._anywhere is None:
            self._anywhere = named_in(self.texts)
        return self._anywhere

    def _council(self, title: str, near: str) -> str:
        """The municipality a councillor's office is, for their party's letters: the
        publisher's own page's, or the one municipality the text names more than once, or
        whose place it names twice and calls "kommunen" away from the quote (page probes 15,
        19), or, naming none, the one it is set in ("i Mjölby": place_named); not one named
        once as an example ("I Göteborgs stad har alla barn …, säger Anna Ek (S), borgarråd";
        "I Karlshamns kommun har …" beside Ronneby), nor for the opposition (reviews)."""
        if "opposition" in title:
            return ""
        if is_municipality(self.fallback_organisation):
            return self.fallback_organisation
        body = self._employer("kommunalråd")
        if not body or self._times_named(body) > 1:
            return body or ("" if self.named_anywhere()[0] else place_named(self.texts))
        place = fold(body).split()[0].removesuffix("s")
        return body if says_kommunen(self.texts, near) and self._times_named(place) > 1 else ""

    def _region_of(self, near: str) -> str:
        """The region a regionråd's office is, for their party's letters: the publisher's, the
        one the quote or the paragraph before names (counties.region_named) and the text more
        than once (news sets 21, 36), else the only one the text places (region_placed)."""
        own = self.fallback_organisation
        region = own if own and region_named(own) == own else region_named(near)
        if region and (region == own or self._times_named(region) > 1):
            return region
        return "" if region else region_placed(self.texts, near)

    def _unit_headed(self, role: str) -> str:
        """The unit a chief's title names by its kind, when the text named one unit of that
        kind only: a "förvaltningschef" heads the "vuxenförvaltningen" the text names, an
        "enhetschef" the "försörjningsenheten", a "välfärdsområdesdirektör" the "Österbottens
        välfärdsområde" (news set 16); "" otherwise."""
        title = role.split()[-1]
        if title.endswith("chef"):
            kind, kinds = title.removesuffix("chef").removesuffix("s"), UNIT_KINDS
        elif title.endswith(("ordförande", "sekreterare")):
            return self._association_led(title)
        else:  # not a region's: "Skanskas regiondirektör" (a review)
            kind, kinds = title.removesuffix("direktör").removesuffix("s"), HEADED_BODY_KINDS
        if kind == title or kind not in kinds:
            return ""
        return self._one_of_kind(kind)

    def _association_led(self, title: str) -> str:
        """The förbund (förening) a "förbundsordförande" ("föreningsordförande",
        "förbundssekreterare") leads: the one the text names, and more than once ("Anhörigas
        Riksförbund", news set 19), not one it only mentions (a review); "" otherwise."""
        head = title.removesuffix("ordförande").removesuffix("sekreterare").removesuffix("s")
        kind = next((k for k in HEADED_BODY_KINDS if head.endswith(k)), "")
        body = self._one_of_kind(kind) if kind else ""
        own = self.fallback_organisation
        own_kind = bool(kind) and kind in fold(own)  # "förbund" in "Synskadades Riksförbund"
        if own_kind and (not body or fold(body) == fold(own)):
            # … or the page's own förbund, which its text need not name more than once
            # ("Förbundsordförande Niklas Mattsson" on Synskadades Riksförbund's: probe 117).
            return own
        if not body or fold(body) in GENERIC_BODIES:  # "Ungdomsförbundet" names none
            return ""
        return body if self._times_named(body) > 1 else ""

    def _times_named(self, body: str) -> int:
        """How often the texts name a body, in any case ("Sveriges läkarförbund", spelled so)."""
        return sum(fold(text).count(fold(body)) for text in self.texts)

    def _body_titled(self, role: str) -> str:
        """The body a title names (Barnombudsmannen; the länsstyrelse or the school named; a
        prosecutor's, Ekobrottsmyndigheten if named), else head_of's publisher; "" for another."""
        one = one_workplace(role, self.texts, self.fallback_organisation)
        body = one or TITLE_BODIES.get(role.split()[-1], "")
        if body == "Länsstyrelsen":
            return self._one_of_kind("länsstyrelse") or body
        if body == "Åklagarmyndigheten" and self._times_named("Ekobrottsmyndigheten"):
            return "Ekobrottsmyndigheten"
        return body or head_of(role, self.fallback_organisation, self.fallback_for, self.texts)

    def _opened_by(self, person: Person, near: str) -> str:
        """The body the paragraph before a person's quote opens with ("PRO i Kristianstad
        välkomnar beskedet." and "– …, säger ordföranden Bengt Olausson."), kept for their later
        quotes: only for a title in the definite, which refers back (not "Skanskas regiondirektör"
        after "Region Skåne har gett …"), and not one naming its kind of body ("förbunds-")."""
        if id(person) not in self._opened:
            before, _, quote = near.rpartition("\n")
            refers = definite_title_before(person.role, person.name, quote)
            own_kind = heads_its_kind(fold(person.role))
            self._opened[id(person)] = opening_body(before) if refers and not own_kind else ""
        return self._opened[id(person)]

    def speaker(self, person: Person, near: str = "") -> Speaker:
        """The speaker value of a person, quoted `near` these words (kb.extract.subjects)."""
        person = by_full_name(person, self.people)
        if person.is_organisation:
            return Speaker(name=person.name, organisation=person.name)
        organisation, title = without_division(person.organisation), fold(person.role)
        if stem := kind_of(organisation):
            # "nämndens ordförande", "verksamhetschef i kommunen med Sveriges bästa
            # hemtjänst": the one "nämnd" or "kommun" the text names; with none, a body
            # named by its kind or described says nothing.
            organisation = self._one_of_kind(stem) or person.party
        elif organisation and title.endswith(MUNICIPAL_TITLES):
            # "socialchef i Gävle": the municipality the text names ("Gävle kommun", "Torsbys
            # kommun"; news set 19), else Sweden's of that place, else the place as written.
            organisation = municipality_at(organisation, self.bodies, title)
        elif (
            (title.split() or [""])[0] not in FORMER
            and one_place(organisation)
            and not is_body(organisation)
            and (
                (police := title.rpartition(" ")[2] in POLICE_TITLES)
                or only_a_place(organisation, title, self.texts, self.named_anywhere()[0])
            )
        ):
            # "kommunpolis i Västervik": the place is where, the police whose (reports-13);
            # not a unit of theirs ("kommunpolis inom lokalpolisområde Sundsvall"). Not other
            # titles that name a body: a town's barnombudsman, Finland's justitieombudsman, a
            # landshövding in Åland are others' (a review). Another title's place is no body
            # ("frivårdsinspektör i Malmö"): the publisher's, the text's, or none (page probes).
            organisation = self._body_titled(title) if police else ""
        if person.party and person.organisation == person.party and title in BOARD_TITLES:
            # A chair's or a member's party letters ("säger ordförande Per-Inge Pettersson
            # (C)"): the one nämnd the text names, if any (news sets 12, 22), and no
            # kommunstyrelse beside it (a review); not a party's own chair ("Vänsterpartiets
            # ordförande"), nor "utskottets ordförande (KD)".
            boards = {self._one_of_kind("nämnd"), self._one_of_kind("styrelse")} - {""}
            organisation = boards.pop() if len(boards) == 1 else organisation
        elif person.party and organisation == person.party and title.startswith("regionråd"):
            organisation = self._region_of(near) or organisation  # "regionrådet Ek (S)"
        elif person.party and organisation == person.party and title.startswith(COUNCILLOR_TITLES):
            organisation = self._council(title, near) or organisation  # "Ek (L), kommunalråd"
        if not organisation and speaks_for(
            self.fallback_for, person.role, self.fallback_organisation
        ):
            # The publisher first, unless the title says another body (kb.extract.publishers).
            organisation = self.fallback_organisation
        if not organisation and title and title.split()[0] not in FORMER:
            # The municipality first ("Alingsås kommun", not "Socialförvaltningen"); no former's.
            organisation = (
                self._employer(title) or self._unit_headed(title) or self._body_titled(title)
            ) or head_set_in(title, self.texts, self.named_anywhere()[0])
        if not organisation and speaks_for_subject(person.role):
            # The body the text is about, else the one the paragraph before opens with.
            organisation = subject_body(self.texts, near) or self._opened_by(person, near)
        organisation = in_full(organisation, self.bodies)  # "Kvinnojouren": "Kvinnojouren Tranan"
        organisation = spelled_out(organisation, self.texts, self.fallback_organisation)
        organisation = publisher_in_full(organisation, self.fallback_organisation)
        organisation = unit_with_body(
            organisation, self.texts, self.fallback_organisation, near, person.name
        )
        # An unnamed speaker ("en socialsekreterare i 30-årsåldern") is named by the text's
        # description, and has the title it says, indefinite ("finansministern": minister).
        role = indefinite_role(person.role) if person.name[:1].islower() else person.role
        return Speaker(name=person.name, role=lower_title(role), organisation=organisation)


# A body's own division by a point of the compass, no region of Sweden's: "Region Mitt" of
# BRIS's regional chief, "region Syd på Trygga Hem Omsorg" (page probes 3, 45, 79).
_DIVISION = re.compile(
    r"(?i)^region (?:mitt|syd|nord|norr|väst|öst|sydost|nordost|sydväst|nordväst|mellansverige)"
    r"(?:\s+(?:på|i|inom|hos|vid)\s+(?P<body>.+))?$"
)


def without_division(organisation: str) -> str:
    """The body of a division by a compass point, as it names it after ("region Syd på Trygga
    Hem Omsorg": Trygga Hem Omsorg), else "" ("Region Mitt"); any other name as it is."""
    if (found := _DIVISION.match(organisation.strip())) is None:
        return organisation
    return found["body"] or ""


# Kinds of body whose own page speaks of itself by the kind ("företaget", "församlingen").
_SPEAKS_OF_ITSELF = frozenset({"företag", "bolag", "församling"})


def registry_for(document: Document) -> SpeakerRegistry:
    """A registry for one document: its publisher speaks for a speaker of no organisation in
    the types it publishes as itself, it knows the document's addressee (an interpellation's
    minister), and a first name alone is a full name's unless the text hides a name."""
    whom = publisher_speaks(document)
    fallback = (organisation_name(document.publisher), whom) if whom else ("", "")
    hides = any(NAME_HIDDEN.search(block.text) for block in document.blocks)
    alone = frozenset(
        fold(m.group(1)) for block in document.blocks for m in FIRST_NAME_ALONE.finditer(block.text)
    )
    registry = SpeakerRegistry(
        fallback,
        first_names=not hides,
        introduced_alone=alone,
        texts=tuple(block.text for block in document.blocks),
    )
    addressee = re.sub(r"\s*\([^)]*\)\s*$", "", document.addressee)
    if addressee and (mention := parse_speaker_phrase(addressee)) and mention.sort == "person":
        registry.add(mention)
        registry.last = None  # known, but not yet named in the text
    return registry
