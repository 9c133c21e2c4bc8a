"""Turn a document's blocks into passages: classified, quotes attributed.

Each paragraph, list item and quote block becomes a passage under its section
heading. A passage is a ``quote`` when it holds someone's words (kb.extract.quotes)
and a speaker can be found for them (kb.extract.speakers); otherwise its section or
its first cue-bearing sentence makes it a ``finding`` or a ``recommendation``
(kb.extract.kinds), else ``other``. The same words quoted twice in a document (a
press release's "Citat" block) share one ``quote_key`` and list each other in
``also_in``, so search can show them as one quote.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import replace

from kb.extract.attributions import parse_attribution_line
from kb.extract.carried import contains, resolve_context
from kb.extract.drafts import (
    Draft,
    dash_under_lead_in,
    is_unattributed,
    quote_under_lead_in,
    runs_on,
    said_before,
    signature,
    speaker_line,
)
from kb.extract.genders import PRONOUNS, gender_of
from kb.extract.identities import SpeakerRegistry, registry_for
from kb.extract.interviews import iter_addressed, plain_answer, questions_to
from kb.extract.introductions import (
    iter_appositions,
    iter_full_names,
    iter_introduced,
    iter_subjects,
    parse_person_line,
    people_after_attribution,
)
from kb.extract.keys import normalise_text, passage_id
from kb.extract.kinds import (
    find_addressee,
    heading_context,
    heading_lead,
    lead_in_context,
    named_actor,
)
from kb.extract.named import iter_bodies, iter_genitive_units
from kb.extract.nonspeech import in_fact_box
from kb.extract.openers import note_titled_openers
from kb.extract.portraits import fill_from_captions, fill_from_profiles, known_from_captions
from kb.extract.pronouns import presented, pronoun_subject
from kb.extract.pronountitles import (
    iter_pronoun_titles,
    title_after_attribution,
    title_of_the_speaker,
)
from kb.extract.quotes import (
    find_quote,
    find_tail_attribution,
    is_dash_led,
    iter_said_by,
    iter_spans,
    lead_in_line,
    quote_fingerprint,
    quote_key,
    unless_headline,
)
from kb.extract.sentences import split_sentences
from kb.extract.settle import (
    find_assignee,
    has_own_section,
    is_own_finding,
    is_own_recommendation,
    settle_addressee,
    settle_kind,
)
from kb.extract.speakers import Mention, is_unnamed
from kb.extract.titles import fold, indefinite_role, is_role_word, word_set
from kb.extract.transcripts import TURN_KINDS, transcript_kind, transcript_turn
from kb.extract.unnamed import describes_someone_new
from kb.extract.vocab import ATTRIBUTION_VERBS, CONTACT_HEADINGS, QUOTE_INTRODUCERS
from kb.models import Block, Document, Passage


def is_speaker_line(text: str) -> bool:
    """A line that only names a speaker and their role ("Isabelle Carnlöf, projektledare på …")."""
    return not text.rstrip().endswith(".") and parse_person_line(text) is not None


def _is_section_heading(block: Block, document: Document) -> bool:
    if block.level <= 1 and fold(block.text) == fold(document.title):
        return False
    return "foto:" not in fold(block.text)


def _read_blocks(document: Document, registry: SpeakerRegistry) -> list[Draft]:
    """First pass, in reading order: headings, quotes, speakers named so far."""
    drafts: list[Draft] = []
    heading, context, list_context, list_addressee = "", ("", False), "", ""
    # A lead-in whose list comes under sub-headings ("Utredningen föreslår bland
    # annat att:" and "### En ny socialtjänstlag" with its items) leads them all.
    carried = ("", "")
    led = ""  # what the last heading that leads a list said of it, for the actors' headings
    last_at = -1
    lead: Mention | None = None  # whom a line read as a heading hands over to
    blocks = document.blocks
    transcript = transcript_kind(blocks)
    titled = any(fold(b.text) == fold(document.title) for b in blocks[:3])
    if not titled and (asked := questions_to(document.title)):
        registry.last = registry.add(asked)  # a page's title only: "Fem frågor till X" (probe 66)
    elif (
        not titled
        and len(presented := [m for _, m in iter_introduced(document.title)]) == 1
        and re.search(rf"{re.escape(presented[0].name)}(?:\s+[^\s:–—]+){{0,4}}:", document.title)
    ):
        # The one the title presents by title, then their words ("Socialsekreteraren Malin
        # Ekholm: ”Vi hinner inte …”", "Barnmorskan Eva Lund om bristen: …"), whom "hon" and a
        # quote naming no one speak of (page probe 35); not one the news is about ("Försvunna
        # studenten Anna Berg – …", "Polisen: Nattklubbsägaren Per Holm misstänks …": a review).
        registry.last = registry.add(presented[0])
    for i, block in enumerate(blocks):
        following = blocks[i + 1] if i + 1 < len(blocks) else None
        before = registry.last
        if block.kind == "heading":
            if is_speaker_line(block.text):
                # Under "Kontakt", a contact's line names no quote's speaker, nor anyone.
                if not (i and fold(blocks[i - 1].text).startswith(CONTACT_HEADINGS)):
                    speaker_line(drafts, registry, block.text)
            elif said := lead_in_line(block.text):
                lead = said  # "Sydsvenskan skriver:": the quotation right after it only
                _note_titles(block.text, registry, keep_last=False)  # "hon kommenterar:"
            else:
                _note_titles(block.text, registry)
                if _is_section_heading(block, document) and block.level > 1:
                    heading, context, list_context = block.text, heading_context(block.text), ""
                    # A heading that is itself the call ("Regeringen uppmanas att")
                    # leads the list under it.
                    list_context, list_addressee = heading_lead(block.text)
                    if list_context:
                        led = list_context
                    elif led and (actor := named_actor(block.text)):
                        # "Riksförbundet HjärtLung vill att:", then "Staten:", "Kommuner:" and
                        # each one's demands (reports-7).
                        list_context, list_addressee = led, actor
                    else:
                        list_context, list_addressee = carried
                        led = ""  # another section: its actors are no demands' (a review)
            if registry.last is not before:
                last_at = len(drafts) - 1
            continue
        draft = Draft(
            block,
            heading,
            context,
            context_person=registry.last,
            context_recent=last_at == len(drafts) - 1 and registry.last is not None,
        )
        if _is_list_like(block):
            draft.list_context, draft.list_addressee = list_context, list_addressee
        else:
            list_context, list_addressee, carried, led = "", "", ("", ""), ""
        text = block.text
        if (
            block.kind == "paragraph"
            and is_unattributed(drafts)
            and (named := parse_attribution_line(text)) is not None
        ):
            # "– Det är viktigt." and, on a line of its own, "Säger ministern X."
            draft.is_speaker_line = True
            drafts[-1].person = registry.resolve(named)
            if drafts[-1].person is not None:
                registry.last = drafts[-1].person
        elif (signed := signature(block, drafts)) or (
            block.kind == "paragraph" and is_speaker_line(text) and is_unattributed(drafts)
        ):
            draft.is_speaker_line = True
            speaker_line(drafts, registry, text, signed)
        elif (
            transcript
            and block.kind in TURN_KINDS
            and (turn := transcript_turn(text, alone=transcript == "named")) is not None
        ):
            draft.is_speaker_line = True  # "Hanna Moberg [05:24]": whose the next paragraph is
            draft.turn = turn
        else:
            found = (
                quote_under_lead_in(text, drafts, lead, block.kind == "quote")
                or find_quote(text, block.kind)
                or plain_answer(blocks, i, registry.last is not None)
            )
            if found is not None and found.speaker is None and lead and lead.sort == "person":
                found = replace(found, speaker=lead)  # a dash quote under its lead-in line
            if found and found.form == "dash" and not found.speaker:  # "Fakta: …" and "– …"
                found = None if in_fact_box([b.text for b in blocks[max(0, i - 8) : i]]) else found
            found = dash_under_lead_in(found, drafts)
            draft.match = unless_headline(found, following.text if following else "")
            draft.runs_on = draft.match is not None and runs_on(text, drafts)
            if draft.match is not None:
                _attribute(draft, registry, drafts[-2:])
                title_after_attribution(text, draft.person)
                if lead is not None and draft.match.speaker is lead:
                    registry.last = before  # no later quote's speaker (a review)
                for mention in people_after_attribution(text) if is_dash_led(text) else ():
                    registry.add(mention)
            else:
                last = drafts[-1] if drafts else None
                title_of_the_speaker(text, last.person if last and last.match else None)
                _note_mentions(text, registry)
        if (
            block.kind == "paragraph"
            and following is not None
            and (
                (following.kind == "list_item" and not text.rstrip().endswith((".", "!", "?", "”")))
                or (_is_list_like(following) and text.rstrip().endswith(":"))
            )
            and not _is_list_like(block)
            # "Maria Lidberg är enhetschef på barn- och familjeenheten i Hallsberg:" and her
            # dash paragraphs: quotes, not a list.
            and not (following.kind == "paragraph" and _introduces_last(text))
        ):
            # "Socialstyrelsen ska:", "Utredningen föreslår bland annat" before a list.
            draft.is_lead_in = True
            list_context = lead_in_context(text)
            list_addressee = find_addressee(text) if list_context == "recommendation" else ""
        elif (
            block.kind == "paragraph"
            and following is not None
            and following.kind == "heading"
            and text.rstrip().endswith(":")
            and lead_in_context(text) == "recommendation"
        ):
            draft.is_lead_in = True
            carried = ("recommendation", find_addressee(text))
        if drafts and draft.match is not None and draft.match.speaker is None:
            previous = drafts[-1]
            draft.after_colon = previous.after_colon or (
                previous.match is None
                and _hands_over_to_a_list(previous.block.text)
                and not _introduces_last(previous.block.text)
            )
        drafts.append(draft)
        lead = None
        if registry.last is not before:
            last_at = len(drafts) - 1
    return drafts


def _is_list_like(block: Block) -> bool:
    """A list item, or a dash line that names no speaker (a list typed with dashes)."""
    if block.kind != "paragraph":
        return block.kind == "list_item"
    text = block.text.strip()
    return is_dash_led(text) and find_tail_attribution(text[1:].strip()) is None


def _hands_over_to_a_list(text: str) -> bool:
    """A lead-in ending in ":" that names no speaker ("I propositionen föreslås bland annat:"),
    so the dash lines after it are a list, not someone's words."""
    stripped = text.rstrip()
    if not stripped.endswith(":"):
        return False
    words = {fold(w).strip(",.;:") for w in stripped.split()}
    return not words & (ATTRIBUTION_VERBS | QUOTE_INTRODUCERS)


def _introduces_last(text: str) -> bool:
    """Whether a paragraph's last sentence introduces a person with a title ("Maria Lidberg
    är enhetschef på barn- och familjeenheten i Hallsberg:"): the dash lines after it are
    hers, not a list."""
    last = (split_sentences(text) or [""])[-1]
    return any(True for _ in iter_appositions(last))


_PORTRAIT = re.compile(
    r"^(?P<title>[A-ZÅÄÖ][a-zåäö]+):\s+(?P<name>[A-ZÅÄÖ][\w-]+(?: [A-ZÅÄÖ][\w-]+){0,2})(?:, \d{1,3})?$"
)


def _note_titles(text: str, registry: SpeakerRegistry, keep_last: bool = True) -> None:
    """People a heading introduces with their title ("Socialtjänstminister X besöker …", "Åsa
    Schelin är expert … och hon kommenterar:"), known from then on; the last one named only if
    not `keep_last`, or if it puts questions to them ("Två frågor till Karin Holm, vd")."""
    last = registry.last
    for mention in [*(m for _, m in iter_introduced(text)), *iter_appositions(text)]:
        registry.add(mention)
    if (portrait := _PORTRAIT.match(text.strip())) and gender_of(portrait["name"]):
        # A portrait's heading, whom the paragraphs under it quote: "Volontären: Britt Malm,
        # 67", "Besökaren: Johnny" (page probe 75).
        title = indefinite_role(portrait["title"].lower())
        last = registry.add(
            Mention(portrait["name"], "person", title if is_role_word(title) else "")
        )
    asked = questions_to(text)  # the answers under it are theirs (page probe 22)
    registry.last = registry.add(asked) if asked else last if keep_last else registry.last


def _note_mentions(text: str, registry: SpeakerRegistry) -> None:
    """Record the people a passage names; the last one named becomes the registry's last."""
    if (line := parse_person_line(text)) is not None:
        registry.add(line)
    for _, mention in iter_introduced(text):
        registry.add(mention)
    for mention in iter_appositions(text):
        registry.add(mention)
    for mention in [*iter_subjects(text), *iter_pronoun_titles(text)]:
        registry.add(mention)
    for mention in iter_said_by(text):
        registry.add(mention)
    for mention in iter_addressed(text):
        registry.add(mention)
    registry.note_bodies(iter_bodies(text))
    registry.note_genitives(iter_genitive_units(text))
    registry.note_names(iter_full_names(text))
    registry.mention_known(text)
    note_titled_openers(text, registry)


def _attribute(draft: Draft, registry: SpeakerRegistry, before: list[Draft]) -> None:
    """Resolve the speaker a quote's own attribution names, if it names one; `before`: the
    two drafts before it."""
    previous = before[-1] if before else None
    match = draft.match
    assert match is not None
    if match.form == "marks":
        # People introduced before the quotation ("När dåvarande kulturminister
        # Amanda Lind … skrev hon") are who a pronoun there refers to.
        first = next(iter_spans(draft.block.text), (len(draft.block.text), 0, ""))[0]
        _note_mentions(draft.block.text[:first], registry)
    if match.speaker is None:
        return
    if match.speaker.sort == "group":
        draft.is_group = True
        return
    last = previous.person if previous is not None and previous.match is not None else None
    if (
        match.speaker.sort == "role"
        and not is_unnamed(match.speaker)
        and registry.find(match.speaker) is None
        and last is not None
        and not last.is_organisation
        and not last.role
        and not describes_someone_new(last.name)
    ):
        # "…, säger ministern." right after a quote by someone the text gave
        # no title: the title is theirs, as a reader takes it; not someone the text
        # describes ("säger en boende i Svågadalen", kb.extract.unnamed).
        last.role = match.speaker.role
    # "Liise Tilli strålar. Hon är äldst …" before "– …, säger hon.": the paragraph's subject,
    # also after others were quoted (kb.extract.pronouns.pronoun_subject says when).
    about = previous.block.text if previous is not None and previous.match is None else ""
    unsaid = previous is not None and previous.match is not None and previous.match.speaker is None
    if unsaid and len(before) == 2 and before[0].match is None:
        # … or before a quote naming no one: "Jessica Nordin i Kungälv är mamma …", "– Man
        # blir …" and "– …, säger hon." (page probe 102: the chair quoted before).
        about = before[0].block.text
    pronoun = match.speaker.name if match.speaker.sort == "pronoun" else ""
    others = registry.last is not None
    if pronoun and (name := pronoun_subject(about, pronoun, match.words, others)):
        registry.add(Mention(name, "person"))
    elif (
        pronoun
        and about
        and (said := said_before(about) or presented(about, match.words, pronoun)) is not None
    ):
        # "Socialchefen i Region Gotland, Helene Ahlström, säger att boendet behövs." and then
        # "– …, säger hon.": the one the paragraph just had say so, not the speaker before
        # (two probes of news texts written for it).
        registry.add(said)
    draft.person = registry.resolve(match.speaker)
    if draft.person is None and pronoun and (one := _one_of_gender(about, pronoun, match.words)):
        # No one of the pronoun's gender known yet: the one the paragraph before names ("Sara
        # Holmberg i Umeå har en son som …" and "– …, säger hon": page probes 7, 8, 9).
        draft.person = registry.add(Mention(one, "person"))
    if draft.person is not None:
        registry.last = draft.person


def _one_of_gender(text: str, pronoun: str, quoted: str) -> str:
    """The one full name a paragraph writes of the pronoun's gender ("hon": a woman's), or "":
    not when the quotation speaks of someone so ("– Hon var alltid glad"), the paragraph ends
    on another ("Yonas Tesfay driver en restaurang med sin fru"), opens a sentence on another
    of the pronoun ("Hennes mamma …", "Hon som leder parken …") or names a place ("Astrid
    Lindgrens Värld"): reviews."""
    wanted = PRONOUNS.get(fold(pronoun), "")
    forms = {"f": {"hon", "henne", "hennes"}, "m": {"han", "honom", "hans"}}.get(wanted, set())
    if not forms or word_set(quoted) & forms:
        return ""
    sentences = [s.split() for s in split_sentences(text) if s.strip()]
    one_of = [s for s in sentences if fold(" ".join(s[:2])) in ("en av", "ett av")]
    if any(
        (fold(s[0]) in ("hennes", "hans", "en", "ett") and s not in one_of)
        or s[:2] == [pronoun.capitalize(), "som"]
        for s in sentences
    ) or any(is_role_word(w.strip(",.")) for w in text.split()):
        # … nor when it has someone unnamed there ("En granne larmade …", "enligt polisens
        # presstalesperson": a third review); the name opens a sentence, its subject (not
        # "Polisen grep Anna Berg", "… och 81-åriga Anna Berg gick inte att rädda").
        return ""
    names = {
        n
        for n in iter_full_names(text)
        if gender_of(n) == wanted
        and not any(w.endswith("s") for w in n.split()[1:-1])
        and any(" ".join(s).startswith(n) or _fronted(s, n, one_of) for s in sentences)
    }
    last = " ".join(sentences[-1]) if sentences else ""
    ends_on_another = any(last.startswith(n) for n in iter_full_names(last) if n not in names)
    return names.pop() if len(names) == 1 and not ends_on_another else ""


def _fronted(sentence: list[str], name: str, one_of: list[list[str]]) -> bool:
    """Whether a sentence has a name as its subject after a place put first or as the one of
    a group it presents: "Vid bordet bredvid sitter Sven-Erik Nordin, 79", "En av
    patienterna … är 87-årige Gunnar Ek" (page probes 9, 50)."""
    first = fold(sentence[0]) if sentence else ""
    return (first in _FRONTING or sentence in one_of) and name in " ".join(sentence)


# Prepositions a sentence may open with, its place or time before the verb and the subject.
_FRONTING = frozenset("på vid i hos bakom bredvid mitt framför utanför inne där här".split())


def _quote_keys(drafts: list[Draft]) -> dict[int, str]:
    """One key per quoted text; a pull quote inside a longer quote takes the longer one's key."""
    quotes = [
        (i, quote_fingerprint(d.match.words))
        for i, d in enumerate(drafts)
        if d.match and not d.is_group
    ]
    keys: dict[int, str] = {}
    for i, fingerprint in sorted(quotes, key=lambda q: -len(q[1])):
        container = next((j for j, f in quotes if j in keys and contains(f, fingerprint)), None)
        keys[i] = keys[container] if container is not None else quote_key(drafts[i].match.words)  # type: ignore[union-attr]
    return keys


def extract_passages(document: Document) -> list[Passage]:
    """Every paragraph, list item and quote of a document as a classified passage under its heading."""
    registry = registry_for(document)
    known_from_captions(registry, document.captions)
    drafts = _read_blocks(document, registry)
    resolve_context(drafts, registry)
    fill_from_profiles(registry, document.profiles)
    fill_from_captions(registry, document.captions, tuple(b.text for b in document.blocks))
    keys = _quote_keys(drafts)
    assignee = find_assignee(drafts)
    ids: list[str] = []
    seen: Counter[str] = Counter()
    for draft in drafts:
        key = normalise_text(draft.block.text)
        ids.append(passage_id(document.id, draft.block.text, seen[key]))
        seen[key] += 1
    by_key: dict[str, list[str]] = defaultdict(list)
    for i, quote in keys.items():
        by_key[quote].append(ids[i])
    own_section = has_own_section(document, "recommendation")
    own_findings = has_own_section(document, "finding")
    passages: list[Passage] = []
    for i, draft in enumerate(drafts):
        kind = settle_kind(draft)
        if own_section and kind == "recommendation" and not is_own_recommendation(draft):
            kind = "other"
        if own_findings and kind == "finding" and not is_own_finding(draft):
            kind = "other"
        quote = keys.get(i, "") if kind == "quote" else ""
        passages.append(
            Passage(
                id=ids[i],
                doc_id=document.id,
                position=i,
                text=draft.block.text,
                heading=draft.heading,
                kind=kind,
                speaker=registry.speaker(  # with the quote and the paragraph before it
                    draft.person, "\n".join(d.block.text for d in drafts[max(0, i - 1) : i + 1])
                )
                if kind == "quote" and draft.person
                else None,
                addressee=settle_addressee(draft, assignee) if kind == "recommendation" else "",
                page=draft.block.page,
                source_text=draft.block.text,
                block_kind=draft.block.kind,
                also_in=tuple(p for p in by_key.get(quote, ()) if p != ids[i]) if quote else (),
                quote=draft.match.words if kind == "quote" and draft.match else "",
                quote_key=quote,
            )
        )
    return passages
