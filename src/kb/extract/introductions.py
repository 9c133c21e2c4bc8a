"""People a text introduces with their titles, in lines and in running text.

"Isabelle Carnlöf, projektledare på Myndigheten …" on a line of its own
(``parse_person_line``), "Visions förbundsordförande Veronica Magnusson"
(``iter_introduced``: a title before the name) and "Marie Simonsson (S),
ordförande i Kommunal, delar …" or "Elisabeth Melin är socialchef i Hammarö
kommun" (``iter_appositions``: a title after the name). kb.extract.passages
records them, so that a quote by that person later ("– …, säger hon.", "säger
Marie Simonsson") has the title and the organisation the text gave once.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kb.extract.asides import first_name_alone, names_someone, without_asides
from kb.extract.bodies import (
    is_body,
    looks_like_organisation,
    names_a_body_surely,
    organisation_name,
)
from kb.extract.bodyparts import VERBS_GOING_ON, body_from, organisation_part
from kb.extract.fields import comma_segments, joins_fields
from kb.extract.genders import gender_of
from kb.extract.named import owner_before_name
from kb.extract.nonspeech import before_contact_details
from kb.extract.parties import PARTY_TITLES, councillor_seat, is_assembly, sits_for_party
from kb.extract.roles import PREPOSITIONS, TITLE_CLAUSE, split_role_segments
from kb.extract.sentences import split_sentences
from kb.extract.speakers import (
    PARTY_AFTER_NAME,
    Mention,
    clean_name,
    iter_name_runs,
    party_after_name,
)
from kb.extract.subjects import FORMER
from kb.extract.titled import chief_before, genitive_owner, role_before
from kb.extract.titles import fold, is_role_word, one_of_title, opens_with_title
from kb.extract.vocab import ATTRIBUTION_VERBS, GENERIC_BODIES, NO_FIRST_NAMES

# What joins a name to the title after it: a comma ("Ann Söllgård, avdelningschef på …")
# or a verb of being ("Elisabeth Melin är socialchef i …", "…, som är enhetschef på …"),
# or of working as ("Agneta Wennman jobbar som assistent på Ria i Gävle"), also after a
# time ("…, som fram till årsskiftet var ordförande för …").
_TITLE_AFTER = re.compile(
    # A title held until now, said after it: "har varit ordförande i föreningen sedan 2021",
    # "…, som har varit volontär i fem år" (page probes 35, 45); not "har varit rektor i Ystad",
    # nor one given up ("… men slutade för två år sedan": a review).
    r",?\s+(?:som\s+)?har\s+varit\s+(?![^,.;:!?]{0,60}\b(?:slutade|lämnade|avgick)\b)"
    r"(?=[a-zåäö][^,.;:!?]{0,60}?\s(?:sedan|(?:i|under)\s+"
    r"[\w,]+\s+(?:år|månader))\b)|"
    rf",\s+(?:{TITLE_CLAUSE})?"
    r"|\s+(?:som\s+)?(?:är|var|blir|blev|(?:jobbar|arbetar|fortsätter|"
    r"har\s+(?:jobbat|arbetat))\s+som"
    # … also since when or how long: "Ida Sandholm har sedan augusti i fjol jobbat som …",
    # "har i 20 år jobbat som …", "har länge varit …" (news set 18); not a title held before
    # ("har tidigare varit statsråd", "har också varit": a review).
    r"|har\s+(?:sedan\s+(?:[\w:]+\s+){0,4}?|(?:i|under)\s+(?:[\w:]+\s+){0,2}?(?:år|"
    r"månader|decennier)\s+|länge\s+|de\s+senaste\s+(?:\w+\s+)?åren\s+)"
    r"(?:(?:jobbat|arbetat)\s+som|varit))\s+"
    r"(?:(?:ny|nya|nytillträdd|nyanställd|tillträdande)\s+)?(?=\S)"
    # or nothing, a title word straight after ("Anders Lago ordförande för FUB, som …").
    r"|\s+(?=[a-zåäö])"
)
# Where a title in running text ends: the sentence going on ("Anna Berg är socialchef i
# Ystad och tycker …", "…, men Per Holm …", "… sedan 2019"), another "är" (a second
# person's title: "… och Per Holm är chef på IVO").
# Also a verb in the past that goes on with the sentence: "Henrik Persson, ordförande för
# social- och omsorgsnämnden höll tal …", "…, projektledare för äldreprojektet överlämnade …"
# (news set 13).
_GOES_ON = (
    r"\s(?:höll|gav|tog|fick|sa|sade|kom|gick|stod|blev|lät|bjöd|drog|skrev|har|hade|står|"
    r"sitter|går|tar|får|håller|visar)\s"
    r"|\s\w{3,}ade\s"
    # … or in the present: "Ulf Carlsson, kanslichef vid Göteborgs fotbollförbund ger sin syn
    # på …" (news set 29); not in a relative clause ("Stadsmissionen som ger stöd": a review)
    # and what follows it is the sentence's, not the body's name ("Unga vill mer", "Unga ger
    # hopp" are names: a second review)
    r"|(?<!\ssom)(?<!\sdär)\s(?:ger|gör|vill|ser|menar|tycker|anser|tror|berättar|svarar|"
    r"förklarar|beskriver|presenterar|välkomnar|kommenterar|varnar)\s"
    r"(?=(?:sin|sitt|sina|sig|en|ett|det|den|de|att|inte|också|nu|därför|på|till|om|för|med)\s)"
)
# Where a person is, theirs, after a title's comma: no body of theirs ("…, socialsekreterare,
# på sin sista arbetsvecka i …": page probe 112's caption).
_THEIRS = r"(?:på|i|vid|under)\s+(?:sin|sitt|sina|hans|hennes|deras)\s"
_TITLE_END = re.compile(
    rf",\s+(?:men|och|som|när)\s|\s(?:är|var|sedan)\s|\s(?:där|här)(?=[.,;]|\s+och\s|$)|{_GOES_ON}"
    rf"|,\s+{_THEIRS}"
    # how long: "… som fältsekreterare i 1,5 år"
    r"|\s(?:i|under)\s+(?:[\d,]+|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|femton|tjugo|"
    r"trettio|många|flera)\s+(?:år|månader)\b"
)
_SEGMENT_END = re.compile(_GOES_ON)
_THEIR_PLACE = re.compile(_THEIRS)
# What ends a sentence or a clause: a title before it is no title of a name after it.
_ENDS = (".", "!", "?", ":", ";")
# Where someone works: "på IVO", "vid länsstyrelsen", "hos Kommunal" ("i" names places).
WORKPLACE_PREPOSITIONS = PREPOSITIONS[:3]
# Words after a name read for its title: a line's (parse_person_line) at most.
_TITLE_WORDS = 25


def parse_person_line(text: str) -> Mention | None:
    """A line that names a person and their role: "Isabelle Carnlöf, projektledare på …", also
    an introduction ("Karin Alvermalm, förvaltningschef, nickar instämmande": the role ends
    where the segments stop being roles)."""
    # A photo credit after the line ("… för Vision. Foto: Gustav Gräll") is not part of it.
    text = before_contact_details(next(iter(split_sentences(text.strip())), "")).rstrip(".!")
    if not text or text[0] in '–—−-”"«»' or len(text.split()) > 30:
        return None
    head, sep, tail = text.partition(", ")
    party = PARTY_AFTER_NAME.search(head)  # "Anita Mattsson (S), kommunstyrelsens ordförande"
    words = PARTY_AFTER_NAME.sub("", head).split()
    runs = list(iter_name_runs(words))
    if not sep or not runs or runs[0] != (0, len(words)) or not names_someone(words):
        return None
    segments = [s.strip(" .") for s in comma_segments(tail)]
    # "Hanna Ek, som är psykolog på Rädda Barnen, …": the title of the relative clause.
    segments[0] = re.sub(f"^(?:{TITLE_CLAUSE}|(?:också|även) (?:han|hon) )", "", segments[0])
    kept: list[str] = []
    for segment in segments:
        seg_words = segment.split()
        if not seg_words:
            break
        if kept and (
            fold(seg_words[0]) in ATTRIBUTION_VERBS | VERBS_GOING_ON  # "…, chef, säger …"
            or not (
                is_role_word(seg_words[0])
                or looks_like_organisation(segment)
                or seg_words[0].islower()
            )
        ):
            break
        if not kept and not (
            is_role_word(seg_words[0]) or any(is_role_word(w) for w in seg_words[:3])
        ):
            return None
        if kept and not any(is_role_word(w) for w in seg_words) and not _has_organisation(segment):
            break
        if kept and _THEIR_PLACE.match(segment):
            break  # "…, socialsekreterare, på sin sista arbetsvecka i …" (page probe 112)
        goes_on = _SEGMENT_END.search(segment)
        kept.append(segment[: goes_on.start()] if goes_on else segment)
        if goes_on:
            break  # "…, projektledare för äldreprojektet överlämnade en blomma …"
    role, organisation = split_role_segments(", ".join(kept))
    if not organisation and (owned := genitive_owned(role)):
        role, organisation = owned  # "kommunstyrelsens ordförande"
    # The letters are the organisation only when the line names no body (marked as such), or
    # only the assembly a member sits in ("… (SD), gruppledare i kommunfullmäktige": probe 97).
    organisation = "" if party and sits_for_party(role, organisation) else organisation
    letters = party_after_name(party) if party and not organisation else ""
    return Mention(clean_name(words), "person", role, organisation or letters, letters)


def genitive_owned(role: str) -> tuple[str, str] | None:
    """A title led by its body in the genitive, split: "kommunstyrelsens ordförande" ->
    ("ordförande", "Kommunstyrelsen")."""
    first, _, rest = role.partition(" ")
    if rest and is_role_word(rest.split()[0]) and (owner := genitive_owner(first)):
        return rest, owner
    return None


def _has_organisation(segment: str) -> bool:
    words = segment.split()
    return any(
        w in PREPOSITIONS and looks_like_organisation(" ".join(words[i + 1 :]))
        for i, w in enumerate(words)
    ) or looks_like_organisation(segment)


def iter_introduced(text: str) -> Iterator[tuple[int, Mention]]:
    """People a sentence introduces with their role: "Visions förbundsordförande Veronica Magnusson".

    Yields (word index, mention). Only names written after a role word count,
    so that capitalised words of other kinds (a publisher's name) are never
    taken for people.
    """
    words = text.split()
    for start, end in iter_name_runs(words):
        # Not a title that ends the sentence before: "… och familjesekreterare. Allvarligt, …".
        # Not a body after its head's title: "Heike Erkers, ordförande Akademikerförbundet
        # SSR, reagerar …" (news set 15).
        if (
            start
            and is_role_word(words[start - 1])
            and not words[start - 1].endswith(_ENDS)
            and not is_body(clean_name(words[start:end]))
            and not _body_after_comma(words[start - 1], words[start])
        ):
            role, organisation = role_before(words, start)
            if role.split()[:1] in (["förre"], ["tidigare"], ["f.d."]):  # "förre …": a review
                organisation = ""
            after = words[end:]
            # "… vid social- och krisjouren i Helsingfors försäkrar …" (news set 18)
            named = after[1:4] if after[1:2] and after[1].endswith("-") else after[1:3]
            if (
                after
                and after[0] in WORKPLACE_PREPOSITIONS
                and looks_like_organisation(" ".join(named))
            ):
                part = organisation_part(" ".join(after[1:]).split(",")[0])
                organisation = organisation or organisation_name(part)
            elif after[:1] == ["från"]:  # "… Anneli Forsberg från Sundsvalls kommuns demensteam"
                organisation = organisation or body_from(" ".join(after[1:]).split(",")[0])
            sort = "person" if end - start >= 2 else "surname"
            letters = PARTY_AFTER_NAME.match(" " + " ".join(after[:1]))
            # "Nämndens ordförande Anna Berg (S) är kritisk": the party if the text names no
            # nämnd (a party alone is kept for attributions: interpellations name ministers
            # with no organisation).
            party = party_after_name(letters) if letters else ""
            # One of the elected speaks for their party, unless a body follows ("Talespersonen
            # Sara Lund (V) i nätverket …": a review).
            titled = fold(role).split()
            elected = bool(
                titled
                and PARTY_TITLES.search(titled[-1])
                and titled[0] not in FORMER  # "tidigare riksdagsledamot" (a review)
                and not set(after[1:2]) & set(PREPOSITIONS)
            )
            # … as in an attribution, also after "riksdagen" (page probe 48: "Riksdagen")
            organisation = party if elected and is_assembly(organisation) else organisation
            party = party if fold(organisation) in GENERIC_BODIES else ""
            if not organisation and letters:
                organisation, party = councillor_seat(
                    " ".join(titled), party_after_name(letters), after[1:]
                )
            yield start, Mention(clean_name(words[start:end]), sort, role, organisation, party)
        elif (
            start
            and is_role_word(words[start - 1])
            and not words[start - 1].endswith(_ENDS)
            and (split := _body_then_name(words[start:end]))
        ):
            # "regionråd Region Skåne Anna Berg": the body, then the person (a review).
            body, name = split
            role = role_before(words, start)[0]
            yield end - len(name.split()), Mention(name, "person", role, organisation_name(body))
        elif end - start >= 2 and (chief := chief_before(words, start)):
            # "chefen för ungdomstjänster Nina Jorkama" (news set 18), not a place after a body
            if fold(words[start]) not in NO_FIRST_NAMES:  # "i Kommunal Norra Mälardalen"
                yield start, Mention(clean_name(words[start:end]), "person", *chief)
        elif (found := owner_before_name(words, start, end))[1] and end - found[0] >= 2:
            # A known body's person: "Hela Människans Carl-Johan Freed har …".
            yield found[0], Mention(clean_name(words[found[0] : end]), "person", "", found[1])


def _body_after_comma(title: str, first: str) -> bool:
    """Whether a title's comma has a body's genitive after it, not a name: "Cecilia Ahl
    direktor, Mälardalens Stadsmission", "Socionom, Mälardalens universitet" (page probes
    53, 54: "Mälardalens" was a socionom); not "avdelningschef, Daniel Lilja"."""
    return title.endswith(",") and first.endswith("s") and not gender_of(first)


def _body_then_name(run: list[str]) -> tuple[str, str] | None:
    """A run of capitalised words that is a body's name and then a person's of two or three
    words ("Region Skåne Anna Berg"): (body, name), or None."""
    for size in (2, 3):
        if len(run) >= size + 2:
            body, name = clean_name(run[:-size]), clean_name(run[-size:])
            if is_body(body) and not is_body(name) and not _genitive(name.split()[0]):
                return body, name
    return None


def iter_appositions(text: str) -> Iterator[Mention]:
    """People running text names with their title after the name: "Marie Simonsson (S),
    ordförande i Kommunal, delar personalens bild", "Det säger Ann Söllgård,
    avdelningschef på Sociala resursförvaltningen.", "Elisabeth Melin är socialchef i
    Hammarö kommun, hon tror …". Only full names (two words or more) with a title word
    among the first words after, so that a place or a publisher before a comma is no one."""
    for sentence in split_sentences(text):
        words = sentence.split()
        joined, joined_at = "", -1  # a name joined to the next by "och": "A och B är …"
        for start, end in iter_name_runs(words):
            if end - start < 2 and not first_name_alone(words[start], before_comma=True):
                continue
            name = clean_name(words[start:end])
            first = joined if start == joined_at else ""  # not with words between (a review)
            joined, joined_at = (name, end + 1) if words[end : end + 1] == ["och"] else ("", -1)
            # The title is read from the words after the name, as far as a line's would go.
            after = words[end : end + _TITLE_WORDS]
            rest = (", " if words[end - 1].endswith(",") else " ") + " ".join(after)
            # A dash ends the title: "Per Ek blir ny ordförande – Anna Berg lämnar" (a review).
            rest = _DASH.split(rest, maxsplit=1)[0]
            party = PARTY_AFTER_NAME.match(rest)
            if party:
                rest = rest[party.end() :]
            rest = without_asides(rest)  # "Ek i Skövde har varit …", "Ek, 67, är …"
            joint = _TITLE_AFTER.match(rest)
            if joint and not joint.group().strip() and _genitive(name):
                continue  # "Anna Bergs advokat": her lawyer, no title of hers
            title = _title_part(one_of_title(rest[joint.end() :])) if joint else ""
            at = _workplace(title) if joint and joint.group().strip() == "," else ""
            if at:
                # "Gunilla Westerdahl, vid länsstyrelsen i Uppsala län, har …"
                yield Mention(name, "person", organisation=at)
                continue
            said = title.split()
            # A body's genitive before a title after a comma, to the next comma ("Linda Allansson
            # Wester (M), kommunstyrelsens ordförande": set 32); not after "var" (set 19).
            comma = joint is not None and joint.group().strip() == "," and len(said) > 1
            owned = comma and bool(genitive_owner(said[0])) and opens_with_title(said[1:4])
            title = title.split(",")[0] if owned else title  # not "…, till ministern på tisdagen"
            if not (owned or opens_with_title(said[:3])) or _names_next(said):
                # "genom Tony Haddou, ställde till statsrådet …": no title; "Rädda Barnen,
                # generalsekreterare Anna Berg": the title of the name after it.
                continue
            mention = parse_person_line(f"{name}, {title}")
            if mention is None:
                continue
            body = mention.organisation
            if party and (not body or sits_for_party(mention.role, body)):
                letters = party_after_name(party)
                mention = Mention(mention.name, mention.sort, mention.role, letters, letters)
            shared = not re.search(r"\b(?:och|respektive)\b", mention.role)
            if first and shared and joint and joint.group().strip()[:1].isalpha():
                # Both hold the title (news set 16), not after a comma ("A och B, chef på …"),
                # nor one of two ("vd och ekonomichef", "samordnare respektive chef").
                yield Mention(first, "person", mention.role, mention.organisation)
            yield mention


def people_after_attribution(text: str) -> Iterator[Mention]:
    """People a paragraph of direct speech goes on to introduce with a title after its
    attribution ("– …, säger hon. Ellen Omma, enhetschef på Sametinget, medger att …"): who
    a pronoun in the next quote's attribution refers to (news set 18)."""
    sentences = split_sentences(text)
    said = next(
        (i for i, s in enumerate(sentences) if ATTRIBUTION_VERBS.intersection(fold(s).split())),
        len(sentences),
    )
    for sentence in sentences[said + 1 :]:
        # Only one the sentence opens with, who then says or holds something ("Ellen Omma,
        # …, medger att …"); not one sought, cited or referred to ("SVT har sökt Kristina
        # Holm, …", "Enligt …", "Han hänvisar till …": a review).
        mention = next(iter_appositions(sentence), None)
        verbs = ATTRIBUTION_VERBS.intersection(fold(sentence).split())
        if mention is not None and sentence.startswith(mention.name) and verbs:
            yield mention


# One of a group named: "En av dem är …", "En av deltagarna heter …".
_ONE_OF = re.compile(
    r"^(?:\S+\s+)?[Ee]n av (?!(?:hennes|hans|hens|deras|mina|våra)\b)(?:\w+\s+){1,3}?"
    r"(?:är|heter)\s+(?=[A-ZÅÄÖ])"
)
_DASH = re.compile(r"\s[–—]\s")
# An age after a name: "Annica Larsson, 50, är …".
_AGE = re.compile(r"^\d{1,3},$")


def iter_subjects(text: str) -> Iterator[Mention]:
    """People a sentence opens with, introduced by their age ("Annica Larsson, 50, är en av
    de bostadslösa i Stockholm.") or by where they work ("Catarina Gustafsson på
    Kvinnohuset i Jönköping märker …", "… arbetar på Kvinnohuset"): whom the dash
    paragraphs after it quote, in an interview. Full names only, not a body's name nor a
    name in the genitive; not anyone a sentence opens with ("Donald Trump har sagt …",
    "Dagens Nyheter har granskat …": a review), nor the writer ("… är journalist på …")."""
    for sentence in split_sentences(text):
        words = sentence.split()
        if (one := _ONE_OF.match(sentence)) is not None:
            # "En av dem är Edvard Dahlström som insjuknade …" (news set 15): whom the
            # dash paragraphs after it quote.
            # A person described after the name ("…, som …"), not a place or a body in
            # the genitive ("En av dem är Upplands Väsby."): a review.
            k = len(one.group().split())
            run = next(iter_name_runs(words[k:]), None)
            if run is not None and run[0] == 0 and run[1] >= 2:
                name = clean_name(words[k : k + run[1]])
                described = words[k + run[1] - 1].endswith(",") or (
                    words[k + run[1] : k + run[1] + 1] == ["som"]
                )
                if described and not is_body(name) and not _genitive(name.split()[0]):
                    yield Mention(name, "person")
            continue
        first = next(iter_name_runs(words), None)
        if first is None or first[0] != 0 or not 2 <= first[1] <= 4 or first[1] >= len(words):
            continue
        end = first[1]
        name = clean_name(words[:end])
        if is_body(name) or _genitive(name) or words[end - 1].endswith((".", ";", ":")):
            continue
        aged = words[end - 1].endswith(",") and bool(_AGE.match(words[end]))
        if aged:
            yield Mention(name, "person")
            continue
        after = [fold(w.strip(",.;:")) for w in words[end : end + 2]]
        rest = ""
        if after[0] in WORKPLACE_PREPOSITIONS:
            rest = " ".join(words[end + 1 :])
        elif after[0] in ("arbetar", "jobbar") and after[1:2] and after[1] in ("på", "vid", "hos"):
            rest = " ".join(words[end + 2 :])
        if rest and names_a_body_surely(rest):
            yield Mention(
                name, "person", "", organisation_name(_capitalised_part(organisation_part(rest)))
            )


def _genitive(name: str) -> bool:
    """Whether a name is in the genitive ("Anna Bergs advokat"), not one ending in s or ss
    ("Anna Ross")."""
    last = name.split()[-1]
    # A genitive adds s to a consonant mostly ("Bergs", "Anderssons"); "Santos", "Rojas",
    # "Paras" end in a vowel and s of their own.
    return len(last) > 3 and last.endswith("s") and last[-2] not in "aeiouyåäös"


def _capitalised_part(phrase: str) -> str:
    """A body's name of capitalised words, and the place after "i", without the sentence
    going on in lower case: "Kvinnohuset i Jönköping märker …" -> "Kvinnohuset i
    Jönköping"; a phrase in lower case ("socialförvaltningen") as it is."""
    words = phrase.split()
    if not words or not words[0][:1].isupper():
        return phrase
    end = 1
    while end < len(words) and (
        words[end][:1].isupper()
        or (words[end] == "i" and end + 1 < len(words) and words[end + 1][:1].isupper())
    ):
        end += 1
    return " ".join(words[:end]).rstrip(",.;:")


def _title_part(words: str) -> str:
    """The words after a name up to where the sentence goes on: the title, if any. "och"
    before a word in lower case ends it too, unless that word is a title ("socionom och
    teamledare") or a hyphen joins the two ("individ- och familjeomsorgen")."""
    words = _TITLE_END.split(words, maxsplit=1)[0]
    split = words.split()
    if len(split) > 1 and split[-1] in ("och", "men", "samt"):
        split = split[:-1]  # "… i kriminalvården och var med och byggde upp …" (news set 16)
        words = " ".join(split)
    for i in range(1, len(split) - 1):
        after = split[i + 1]
        if split[i] != "och" or split[i - 1].endswith("-") or joins_fields(split, i):
            continue
        # "… och tycker att …"; "… och Per Holm är …" (another person's name).
        another = after[:1].isupper() and i + 2 < len(split) and split[i + 2][:1].isupper()
        if (after[:1].islower() and not is_role_word(after)) or another:
            return " ".join(split[:i])
    return words


def _names_next(words: list[str]) -> bool:
    """Whether a title is followed straight by a name of two words or more: it is that
    person's ("generalsekreterare Anna Berg"; not "chef för Hela Människan")."""
    title = 1 if is_role_word(words[0]) else 2  # "vice ordförande Anna Berg"
    return any(e - s >= 2 and s == title for s, e in iter_name_runs(words[:6]))


def _workplace(words: str) -> str:
    """The organisation a phrase "vid länsstyrelsen i Uppsala län, …" says someone works at
    (after "på", "vid", "hos"; not "i", which names places as often), else "": a body's
    name, not any capitalised word ("på Gotland" is a place)."""
    preposition, _, rest = words.partition(" ")
    rest = rest.split(", ")[0].rstrip(" .")
    if preposition not in WORKPLACE_PREPOSITIONS or not rest or not names_a_body_surely(rest):
        return ""
    return organisation_name(rest)


# A credit's or a byline's name ("Foto: Jonas Edsvik", "Av Anna Berg") is no one the text
# is about (news set 16): not whom a first name alone stands for.
_CREDITS = frozenset("foto fotograf bild text illustration grafik av".split())


def iter_full_names(text: str) -> Iterator[str]:
    """The full names of people running text writes (two to four capitalised words, not a
    body's name, not a credit's; a couple's "Maria och Jonas Lindberg" both): whom a first
    name alone may stand for later (kb.extract.identities; page probe 40)."""
    words = text.split()
    for start, end in iter_name_runs(words):
        name = clean_name(words[start:end])
        before = fold(words[start - 1]) if start else ""
        credit = before.rstrip(":") in _CREDITS and (before.endswith(":") or start == 1)
        person = not (is_body(name) or _genitive(name) or fold(words[start]) in NO_FIRST_NAMES)
        if 2 <= end - start <= 4 and person and not credit:
            yield name
            if end - start == 2 and before == "och" and start > 1 and gender_of(words[start - 2]):
                yield f"{words[start - 2]} {name.split()[-1]}"
