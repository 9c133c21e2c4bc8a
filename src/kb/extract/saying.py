"""Who a sentence that leads into a quotation names as speaking: a name and title before the
verb ("Helena Thybell, generalsekreterare på Rädda Barnen, säger:", titled_speaker), else the
candidate nearest the verb, the subject after it when the sentence opens with something else
("I rapporten skriver Skatteverket:", speaker_in_sentence). In: the sentence up to the
quotation or its colon; out: a Mention or None (kb.extract.quotes asks for a quotation in
marks and for a lead-in paragraph)."""

from __future__ import annotations

from kb.extract.bodies import is_organisation_word, organisation_name
from kb.extract.introductions import iter_introduced, parse_person_line
from kb.extract.speakers import Mention, iter_name_runs, parse_speaker_phrase
from kb.extract.titles import fold, is_role_word, opens_with_title
from kb.extract.vocab import ATTRIBUTION_VERBS, DEFINITE_ROLES, MEDIA_NAMES, QUOTE_INTRODUCERS
from kb.parse.vocab import ORGANISATION_ALIASES

# Words a sentence opens with that are no subject, so that the subject follows the verb:
# prepositions of a fronted phrase ("I rapporten …", "Av lagrådsremissen …", "Enligt …")
# and sentence adverbs ("Likaså", "Därför", "Vidare"; SAG vol. 4, "Satsadverbial").
_FRONTED = frozenset(
    """
    i på av från under efter inför vid med om till enligt för genom hos inom mot
    likaså därför vidare dessutom också även samtidigt nu då här där sedan senare
    tidigare nyligen redan slutligen
    """.split()
)


def titled_speaker(prefix: str) -> Mention | None:
    """The person of a lead-in that is only a name, a title and the verb ("Helena Thybell,
    generalsekreterare på Rädda Barnen säger:"): not the body in the title, nearer the
    verb. Not when the sentence says more ("Anna Berg, chef på IVO, har träffat Per Holm,
    som säger:": Per Holm speaks, a review)."""
    words = prefix.rstrip().rstrip(":").split()
    if len(words) < 3 or fold(words[-1]) not in ATTRIBUTION_VERBS:
        return None
    name, _, titles = " ".join(words[:-1]).rstrip(",").partition(", ")
    segments = titles.split(", ") if titles else []
    if not segments or not all(
        (first := s.split()[:3]) and (opens_with_title(first) or is_organisation_word(first[0]))
        for s in segments
    ):
        return None
    return parse_person_line(f"{name}, {titles}")


_AT = frozenset("vid på hos inom till".split())  # where someone works, or whom they tell


def speaker_in_sentence(prefix: str) -> Mention | None:
    """Who a sentence leading into a quote names as speaking: the candidate nearest its verb."""
    words = prefix.split()
    folded = [fold(w).strip(",.;:") for w in words]
    verbs = [i for i, w in enumerate(folded) if w in ATTRIBUTION_VERBS or w in QUOTE_INTRODUCERS]
    if not verbs:
        return None
    verb = verbs[0]
    candidates: list[tuple[int, int, Mention]] = []
    introduced = dict(iter_introduced(prefix))
    for start, end in iter_name_runs(words):
        # With the title right before the name: "skriver statsrådet Anders Ek (S):" (the
        # title alone was the candidate right after the verb).
        first = start - 1 if start and is_role_word(words[start - 1]) else start
        if start in introduced:
            candidates.append((first, end, introduced[start]))
        elif end - start >= 2:
            mention = parse_speaker_phrase(" ".join(words[first:end]))
            if first and words[first - 1].endswith(",") and mention is not None:
                # The title and body before the name: "DHR:s ordförande i Norrbotten, Kjell
                # Marklund, menar …:" (a probe of 60 texts written for it); after the verb
                # too: "Så här säger socialchefen i Hudiksvalls kommun, Anneli Forsberg, om
                # beslutet:" (page probe 51: the title alone).
                lead = verb + 1 if verb < first else 0
                whole = parse_speaker_phrase(" ".join(words[lead:end]))
                if whole is not None and whole.name == mention.name:
                    mention, first = whole, lead
            elif mention is not None and words[end - 1].endswith(",") and not mention.role:
                # … or after it: "Så här säger Anneli Forsberg, socialchef i Hudiksvalls
                # kommun, om beslutet:" (the name alone).
                title = " ".join(words[end:]).split(",")[0].removesuffix(":")
                if title and opens_with_title(title.split()[:3]):
                    apposed = parse_person_line(f"{mention.name}, {title}")
                    if apposed and apposed.name == mention.name:
                        # … the body in the title no candidate of its own ("Mikael Berg,
                        # ordförande för Vision i Sundsvall, beskrev …:": page probe 74).
                        mention, end = apposed, end + len(title.split())
            if mention is not None:
                candidates.append((first, end, mention))
    for i, w in enumerate(folded):
        if any(s <= i < e for s, e, _ in candidates):
            continue
        if w in ("han", "hon", "hen"):
            candidates.append((i, i + 1, Mention(words[i], "pronoun")))
        elif w in ORGANISATION_ALIASES or (
            (is_organisation_word(words[i]) or w in MEDIA_NAMES) and words[i][:1].isupper()
        ):
            # A paper quoted by name too ("Sydsvenskan skriver:", news set 20).
            # As written: the folded word made "SI" "Si", "MR" "Mr" (50 interpellations).
            name = organisation_name(words[i])
            candidates.append((i, i + 1, Mention(name, "organisation", organisation=name)))
        elif w in DEFINITE_ROLES or (
            is_role_word(w) and words[i][:1].islower() and w.endswith(("et", "en", "n"))
        ):
            candidates.append((i, i + 1, Mention(w, "role", role=DEFINITE_ROLES.get(w, w))))
    # Not where the subject works ("Mikael Strand vid Räddningstjänsten … beskriver": probe 31).
    candidates = [c for c in candidates if not c[0] or folded[c[0] - 1] not in _AT] or candidates
    if not candidates:
        return None
    # … also with a body's genitive before the subject's title ("I ett svar till SVT skriver
    # myndighetens presschef Olle Marklund:", a probe: "SVT" was the speaker).
    owned = verb + 2 if words[verb + 1 : verb + 2] and folded[verb + 1].endswith("s") else -1
    if (
        verb
        and folded[0] in _FRONTED
        and (after := [c for c in candidates if c[0] in (verb + 1, owned)])
    ):
        # Swedish puts the subject right after the verb when the sentence opens with
        # something else: "I rapporten Om RUT och ROT och VITT och SVART skriver
        # Skatteverket:", "Likaså konstaterar Statens väg- och transportforskningsinstitut"
        # (the word before the verb, "SVART", was read as the speaker).
        return after[0][2]

    def distance(candidate: tuple[int, int, Mention]) -> tuple[int, int]:
        start, end, _ = candidate
        before = verb - end if end <= verb else None
        after = start - verb if start > verb else None
        # Before the verb is the subject ("Statsrådet Regnér skriver"); after it,
        # the inverted subject ("konstaterade Säkerhetspolisen att").
        return (before if before is not None else after or 0, 0 if before is not None else 1)

    return min(candidates, key=distance)[2]
