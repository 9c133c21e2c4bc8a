"""Whom a quote that names no one is by, carried over from the paragraphs around it, once the
whole document is read (resolve_context, kb.extract.passages's second pass): the speaker of
the same words elsewhere; the person the paragraph before describes or has say something;
the speaker before, across a paragraph or two of their story (told_between); the person the
paragraph before an interview's question presents (presented_before_question)."""

from __future__ import annotations

import re

from kb.extract.described import described_before
from kb.extract.drafts import (
    Draft,
    first_named,
    said_before,
    said_next,
)
from kb.extract.genders import fits, gender_of
from kb.extract.identities import SpeakerRegistry
from kb.extract.interviews import INTERVIEW_WINDOW, interviewee_of, is_question
from kb.extract.nonspeech import is_no_speech
from kb.extract.persons import Person
from kb.extract.pronouns import (
    FIRST_PERSON,
    OF_SOMEONE,
    interviewee,
    known_named,
    presented,
)
from kb.extract.quotes import name_before_quote, quote_fingerprint
from kb.extract.sentences import split_sentences
from kb.extract.settings import MIN_CONTAINED_WORDS
from kb.extract.speakers import Mention
from kb.extract.titles import fold, word_set
from kb.extract.vocab import ATTRIBUTION_VERBS
from kb.models import Block
from kb.parse.vocab import STOPWORDS


def told_between(drafts: list[Draft], i: int) -> Person | None:
    """The speaker of the quote before a quotation in marks that names no one, when what
    comes between is one or two paragraphs of their story that name nothing and no one
    ("Sedan gick allt fort. Operation i mars, …" and "”Det fysiska gick på något sätt …”":
    page probe 22, a patient's story; not after "En av dem som intervjuats är Hamid, 15 år"
    or a body's name); None otherwise, and when the quotation does not speak in the first
    person, unless the paragraph right before it tells what they say (_says_so)."""
    match = drafts[i].match
    words = word_set(match.words) if match else set()
    quoted = next((d for d in drafts[max(0, i - 3) : i][::-1] if d.match is not None), None)
    if not words & FIRST_PERSON and not _says_so(drafts, i, quoted):
        return None
    for back in (1, 2):
        if i - back < 0 or drafts[i - back].match is not None:
            break
        between = drafts[i - back].block
        # Nor after a lead-in that hands over to another ("En skolsköterska …, som vill vara
        # anonym, beskriver situationen:"), one that has another tell or opens with others
        # ("En anhörig … berättar att hennes pappa …", "Flera anställda …": reviews); but
        # "Han betonar att …" of the one quoted before tells what they say (page probe 88).
        told = word_set(between.text)
        if (
            between.kind != "paragraph"
            or _names_anything(between.text)
            or between.text.rstrip().endswith(":")
            or told & OF_SOMEONE
            or (told & ATTRIBUTION_VERBS and not _by_pronoun(between.text, quoted))
            or any(fold(s.split(" ", 1)[0]) in _OTHERS for s in split_sentences(between.text))
        ):
            return None
        if i - back - 1 >= 0 and (before := drafts[i - back - 1]).match is not None:
            return before.person
    return None


def _says_so(drafts: list[Draft], i: int, quoted: Draft | None) -> bool:
    """Whether the paragraph right before a quotation tells what the one quoted before it
    says, by their pronoun ("Han medger samtidigt att det finns ett strukturellt problem."
    and "”Kommunerna vill ha färdiga socionomer …”": page probe 90), so that the quotation
    is theirs though it speaks in no first person."""
    if i < 2 or quoted is not drafts[i - 2]:  # (so the paragraph between has no quote)
        return False
    between = drafts[i - 1].block.text
    return bool(word_set(between) & ATTRIBUTION_VERBS) and _by_pronoun(between, quoted)


def _by_pronoun(text: str, quoted: Draft | None) -> bool:
    """Whether each sentence of a paragraph opens with the pronoun of the one `quoted`
    ("Han beskriver dagen som tung och fin på samma gång." after Jonas Wallin's quote)."""
    person = quoted.person if quoted is not None else None
    pronoun = {"f": "hon", "m": "han"}.get(gender_of(person.name) if person else "", "")
    sentences = split_sentences(text)
    return bool(pronoun and sentences) and all(fold(s.split()[0]) == pronoun for s in sentences)


# Words that open a sentence about others than the one quoted before: "En anhörig …",
# "Flera anställda …".
_OTHERS = frozenset("en ett flera många några andra de".split())


def _names_anything(text: str) -> bool:
    """Whether a text has a capitalised word inside a sentence: a name, a body, a place."""
    return any(
        word[:1].isupper() for sentence in split_sentences(text) for word in sentence.split()[1:]
    )


# Whom the writer asks, the interviewee presented: "Vi frågade honom …", "vi ställde frågan till
# henne".
_ASKED = re.compile(r"\b(?:frågade|frågar|bad|ställde \w+ \w+ till) (?:honom|henne)\b", re.I)


def presented_before_question(drafts: list[Draft], i: int, quoted: str) -> Mention | None:
    """The person the paragraph before an interview's question presents ("Ahmed Karimi är
    doktorand i projektet …" and "Vad har du undersökt?"), as the speaker of the first-person
    answer after the question, though someone else was quoted before (page probe 24: a
    signed block quote's took the doctoral student's answers); None otherwise."""
    if (
        i < 2
        or drafts[i - 1].match
        or drafts[i - 2].match
        or not is_question(drafts[i - 1].block, True)
    ):
        return None
    # Not one who speaks of the interviewee ("Lena Ek är hennes chef …": a review), but the
    # one asked ("Vi frågade honom hur det känns": page probe 101).
    text = _ASKED.sub("", drafts[i - 2].block.text)
    theirs = word_set(text) & OF_SOMEONE
    return None if theirs else presented(text, quoted)


def resolve_context(drafts: list[Draft], registry: SpeakerRegistry) -> None:
    """Second pass: a quote without its own attribution takes the speaker of the same words, or of its context."""
    # Each attributed quote's fingerprint once, not once per quote compared with it.
    attributed = [
        (d, quote_fingerprint(d.match.words))
        for d in drafts
        if d.match is not None and d.person is not None
    ]
    speaking: Person | None = None  # the quote's just before, across an interview's questions
    answering: Person | None = None  # who answered the last question put
    for i, (prev, draft) in enumerate(zip([None, *drafts], drafts, strict=False)):
        match, before = draft.match, speaking
        if not draft.block.text.rstrip().endswith("?"):
            speaking = draft.person if match is not None else None
        if match is None or draft.person is not None or draft.is_group:
            continue
        fingerprint = quote_fingerprint(match.words)
        about = prev.block.text if prev and not prev.match else ""
        same = next(
            (d for d, words in attributed if d is not draft and contains(words, fingerprint)),
            None,
        )
        if same is not None:
            draft.person = same.person
        elif match.form == "dash" and (is_no_speech(match.words) or _answers_faq(drafts, i)):
            # "- välkommen till Eslövs kommun!", "- ANNA EK 031-86 84 12 anna.ek@gp.se"
            draft.match = None
            continue
        elif match.form in ("dash", "block"):
            # Someone the paragraph before describes, or has say something now ("Anna Berg
            # säger att …"), not the speaker before (a blind probe of saved pages).
            described = (
                about
                and (described_before(about) or said_before(about) or presented(about, match.words))
                or presented_before_question(drafts, i, match.words)
            )
            if described:
                draft.person = registry.add(described)
            elif interviewed := _put_to(drafts, i):
                draft.person = registry.add(interviewed)  # "Tre frågor till hamnkaptenen"
            elif before is not None and _answers_again(drafts, i):
                draft.person = _interviewee(drafts, i, answering) or before
            elif (
                before is None
                and about
                and match.speaker is None
                and (name := known_named(about, match.words, registry))
            ):
                # "Amina själv har redan nya planer." and "– Nu vill jag …", after the
                # arbetsmarknadschef's quotes: Amina Yusuf's, not the last named (page probe 88).
                draft.person = registry.add(Mention(name, "person"))
            else:
                draft.person = draft.context_person or before
            # No one named yet: the one person the paragraph before names in full.
            alone = None if draft.person or match.speaker or not prev or prev.match else prev
            asked = ""
            if alone is not None and alone.block.text.rstrip().endswith("?") and i > 1:
                # An interview's first question between ("Emma Nordin kom till SiS …", "Du har
                # varit generaldirektör i ett år. Vad …?"): the paragraph before it (a probe).
                asked, alone = alone.block.text, None if drafts[i - 2].match else drafts[i - 2]
            first = alone and not any(d.match for d in drafts[:i])  # an interview's first answer?
            if (
                (alone and (name := first_named(drafts, alone, match.words, asked)))
                or (first and (name := interviewee(registry.texts, draft.block.text, match.words)))
                or (alone and (name := known_named(alone.block.text, match.words, registry)))
            ):
                draft.person = registry.add(Mention(name, "person"))
            elif draft.person is None and (said := said_next(drafts, i)) is not None:
                draft.person = said  # "– A." then "– B, säger Helena Strömberg." (a blind probe)
        elif match.form == "marks" and _written_on_a_sign(draft.block.text, match.words):
            draft.match = None  # "Ett plakat lyder ”Spara inte på våra barn”." (page probe 86)
            continue
        elif match.form == "marks":
            named = name_before_quote(draft.block.text) or presented(about, match.words)
            draft.person = registry.add(named) if named else draft.context_person
        elif (
            match.form == "standalone"
            and _of_their_own(about)
            and (shown := presented(about, match.words))
        ):
            # "Jasmine, 31 år, har levt på försörjningsstöd …" and "”… jag har aldrig …”" as a
            # paragraph of its own: hers, as a dash paragraph's would be (page probe 74).
            draft.person = registry.add(shown)
        elif match.form == "standalone" and (
            told := draft.context_person if draft.context_recent else told_between(drafts, i)
        ):
            draft.person = told
        elif match.form == "standalone" and match.words.rstrip().endswith((".", "!")):
            # A quoted sentence on its own straight after the speaker's quote, or after the
            # interviewer's question to them ("Vad kan denna kunskap användas till?"), is
            # theirs (reports-5); not a headline in marks ("”Jag har aldrig sett så mycket …”").
            draft.person = before
        if draft.person is None and match.form == "standalone":
            # A quotation on its own whose speaker nothing names is a teaser or
            # a title, not a quote kb can attribute.
            draft.match = None
        if draft.person is None and match.form == "dash" and _is_dash_list_item(draft.block.text):
            draft.match = None
        if match.form == "dash" and draft.after_colon:
            # "I propositionen föreslås bland annat:" and dash lines: a list of proposals.
            draft.match = draft.person = None
        if draft.person and match.speaker and not fits(match.speaker, draft.person.name):
            draft.person = None  # "säger han" after a woman's quote: a man the text leaves unnamed
        speaking = draft.person if draft.match is not None else None
        if draft.match is not None and i and is_question(drafts[i - 1].block, True):
            answering = draft.person


# Words of a paragraph that tell of words written or remembered, not said: a letter's, a
# sign's, a teacher's the presented person recalls (a review).
_WRITTEN = frozenset(
    "brev brevet skylt skylten sms mejl mejlet meddelande meddelandet lapp lappen minns mindes".split()
)


# What a sign, a banner or a note says, in marks: "Ett plakat lyder ”…”", "På skylten står det
# ”…”", "en banderoll med texten ”…”".
_SIGN = re.compile(
    r"(?i)\b(?:lyder|plakat\w*|skylt\w*|banderoll\w*|affisch\w*|står det|med texten)\W+$"
)


def _written_on_a_sign(text: str, words: str) -> bool:
    """Whether a quotation in marks is a sign's or a banner's words, not someone's speech."""
    at = text.find(words[:30])
    before = text[:at].rstrip(' ”"«»:') if at > 0 else ""
    return bool(_SIGN.search(before + " "))


def _of_their_own(about: str) -> bool:
    """Whether a quotation on its own may be the words of the one person the paragraph
    before presents: the paragraph names no other ("Sara, 28 år, och Jonas, 30 år", "Hennes
    mamma Elena …") and tells of no letter, sign or words remembered (a review)."""
    names = {w.strip(",.") for w in about.split() if w[:1].isupper() and gender_of(w.strip(",."))}
    theirs = any(fold(s.split(" ", 1)[0]) in OF_SOMEONE for s in split_sentences(about) if s)
    return len(names) <= 1 and not theirs and not word_set(about) & _WRITTEN


def _answers_again(drafts: list[Draft], i: int) -> bool:
    """Whether a quote answers a question put after another answer of its section, naming no
    one: it is by the one who answered before, not by one the text named without their
    words ("Tre frågor till ordföranden": a donor named before the chair was found, page
    probe 51; not after "Per Holm, du ska leda gruppen. Vad tror du?": a review)."""
    if i < 2:
        return False
    asks, answered = drafts[i - 1].block, drafts[i - 2]
    return (
        is_question(asks)
        and not _names_anything(asks.text)
        and answered.match is not None
        and answered.heading == drafts[i].heading
    )


def _put_to(drafts: list[Draft], i: int) -> Mention | None:
    """The interviewee the heading of an answer's section puts the question right before it to
    ("Tre frågor till hamnkaptenen" and "Eva Ström är hamnkapten i Lysekil."), or a paragraph
    of the section ("Vi bad Hanna Ekström svara på några frågor."), if any."""
    heading = drafts[i].heading
    if i == 0 or not is_question(drafts[i - 1].block, True):
        return None
    section = [
        d.block for d in drafts[max(0, i - INTERVIEW_WINDOW) : i + 1] if d.heading == heading
    ]
    return interviewee_of([Block("heading", heading, 2), *section], len(section))


def _interviewee(drafts: list[Draft], i: int, answering: Person | None) -> Person | None:
    """Who answers a question put after a quote that answered none: the one who answered the
    questions before, not the one quoted in between by name ("… säger Elin Persson,
    sjuksköterska." and "Hur orkar du själv?" to the chaplain: page probe 56), unless the
    question asks of what the text told of them ("Elin Persson har fått stöd av jouren" and
    "Hur länge har du fått stöd?": a review); None if no one answered before."""
    quoted = drafts[i - 2]
    asked_before = i > 2 and is_question(drafts[i - 3].block, True)
    if answering is None or asked_before or quoted.match is None or not quoted.match.speaker:
        return None
    told = word_set(" ".join(d.block.text for d in drafts[max(0, i - 3) : i - 1]))
    shared = word_set(drafts[i - 1].block.text) & told
    return None if any(len(w) > 3 and w not in STOPWORDS for w in shared) else answering


# An FAQ by its heading or the words that present it: "Vanliga frågor", "Här svarar vi på
# vanliga frågor om …", "Frågor och svar"; not an interview's ("Frågor och svar med
# skattejuristen Eva Ek": a review).
_FAQ = re.compile(r"(?i)\b(?:vanliga frågor|frågor och svar|faq)\b(?! (?:med|till)\b)")


def _answers_faq(drafts: list[Draft], i: int) -> bool:
    """Whether a dash paragraph with no speaker of its own answers an FAQ's question: no
    one's words, not those of the one quoted before (a vd's above "Vanliga frågor": a
    review)."""
    if i == 0 or not is_question(drafts[i - 1].block, True):
        return False
    return any(_FAQ.search(f"{d.heading} {d.block.text}") for d in drafts[max(0, i - 8) : i + 1])


def _is_dash_list_item(text: str) -> bool:
    """Whether a dash paragraph nobody speaks is a list item: a question put in the text
    ("– Vilka åtgärder avser statsrådet att vidta …?", an interpellation's questions), a
    fragment going on from the sentence before ("- höjt maxtaxan i äldreomsorgen"), or items
    that end no sentence ("– 200 kr för medlemmar – 300 kr för övriga" under "Vad kostar
    det?": a review)."""
    text = text.strip().lstrip("–—―- ")
    items = len(text.split()) <= 12 and not word_set(text) & FIRST_PERSON
    ends = text.endswith((".", "!", "…"))
    return text.endswith("?") or text[:1].islower() or (items and not ends)


def contains(longer: str, shorter: str) -> bool:
    """Whether a quote's words hold another's, whole or as a run of enough words."""
    if longer == shorter:
        return True
    return len(shorter.split()) >= MIN_CONTAINED_WORDS and f" {shorter} " in f" {longer} "
