"""An interview's answers written without a dash: a plain paragraph after a question put on
its own ("Känner ni igen bilden?" and "Ja, tyvärr. Vi har …"), the interviewee a heading puts
the questions to ("Två frågor till kocken" and "Mats Lindqvist är kock på …"), and which
paragraphs are questions put to someone: kb.extract.passages reads a block's quote with
them, kb.extract.carried whom an answer is by."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence

from kb.extract.bodies import is_body, organisation_name
from kb.extract.bodyparts import organisation_part
from kb.extract.genders import PRONOUNS, gender_of
from kb.extract.introductions import WORKPLACE_PREPOSITIONS, iter_full_names
from kb.extract.nonspeech import is_no_speech
from kb.extract.pronouns import FIRST_PERSON, OF_SOMEONE
from kb.extract.quotes import QuoteMatch
from kb.extract.sentences import split_sentences
from kb.extract.speakers import Mention, clean_name, iter_name_runs, parse_speaker_phrase
from kb.extract.titles import fold, indefinite_role, is_role_word, word_set
from kb.models import Block

# The paragraphs around an answer read for the interview's other questions.
INTERVIEW_WINDOW = 20

# A heading that puts questions to someone: "Två frågor till Karin Holm, vd Tidsro", "Fem
# snabba till …", "Frågor till …".
_QUESTIONS_TO = re.compile(
    r"^(?:(?:\d+|två|tre|fyra|fem|sex|sju|åtta|nio|tio|några)\s+)?(?:snabba(?:\s+frågor)?|frågor)"
    r"\s+till\s+(?P<who>[A-ZÅÄÖ].+)$",
    re.I,
)


# A paragraph that says the writer asked someone questions: "Vi bad Hanna Ekström svara på
# några frågor", "Vi ställde tre frågor till Anna Berg".
_ASKED_TO = re.compile(
    r"\b(?:[Vv]i|[Jj]ag) (?:bad (?P<who>[A-ZÅÄÖ][\w-]+(?: [A-ZÅÄÖ][\w-]+)+) (?:att )?svara på "
    r"(?:\w+ )?frågor|ställde (?:\w+ )?frågor till (?P<to>[A-ZÅÄÖ][\w-]+(?: [A-ZÅÄÖ][\w-]+)+))"
    # … not one who declined: "…, men hon avböjde.", "…, men hon har inte svarat." (a review)
    r"(?![^.]*\b(?:men|avböjde|avböjer|avstod|inte svarat)\b)"
)


def puts_questions(heading: str) -> bool:
    """Whether a heading puts an interview's questions to someone, named or by a title ("Två
    frågor till budgetrådgivaren")."""
    return bool(_QUESTIONS_TO.match(heading.strip().rstrip(":")))


def questions_to(heading: str) -> Mention | None:
    """The person a heading puts an interview's questions to, or None."""
    asked = _QUESTIONS_TO.match(heading.strip().rstrip(":"))
    mention = parse_speaker_phrase(asked["who"]) if asked else None
    # A person, not a body ("Frågor till Region Stockholm": a review), or a first name alone,
    # the one the text names in full ("Tre frågor till Fatima": page probe 73).
    if mention is None or is_body(mention.name):
        return None
    first = mention.sort == "surname" and bool(gender_of(mention.name))
    return mention if mention.sort == "person" or first else None


def plain_answer(
    blocks: Sequence[Block], i: int, someone: bool, goes_on: int = 2
) -> QuoteMatch | None:
    """An interview's answer written without a dash: a paragraph in the first person right
    after a question put on its own ("Känner ni igen bilden?" and "Ja, tyvärr. Vi har haft
    …"), where the paragraphs around it put another question and someone has been quoted
    (`someone`) or named in full before it ("Rasmus Öhman tog socionomexamen 2012 …" before
    the first question: page probe 12): a quote whose speaker the context gives (blind
    probes of saved pages); also up to `goes_on` paragraphs that go on with an answer ("Jag
    har också lärt mig att …", page probe 20); None for another paragraph."""
    block = blocks[i]
    text = block.text.strip()
    # After a question of its own; a follow-up needs no "du" ("Vad betyder det för
    # behandlingen?", page probe 12), as the questions around it put one.
    if i == 0 or block.kind != "paragraph":
        return None
    if not is_question(blocks[i - 1], follow_up=True) and not (
        goes_on and _goes_on(blocks, i) and plain_answer(blocks, i - 1, someone, goes_on - 1)
    ):
        return None
    words = word_set(text)
    around = blocks[max(0, i - INTERVIEW_WINDOW) : i + INTERVIEW_WINDOW]
    # An interview whose questions address its person by name speaks through them, in the
    # first person or not ("Maria Hellberg, varför …?" and "Det finns flera förklaringar."):
    # page probe 21.
    names = {
        name for b in blocks[max(0, i - INTERVIEW_WINDOW) : i] for name in iter_full_names(b.text)
    }
    by_name = any(addressed(b.text, names) for b in around if is_question(b, follow_up=True))
    # Under a heading that puts the questions to someone ("Två frågor till budgetrådgivaren"
    # and "Per Holmgren är budget- och skuldrådgivare …"), an answer is theirs, and need not
    # say "jag" or "vi", nor spare the reader "du" (page probes 74, 78).
    interviewee = interviewee_of(blocks, i)
    question = blocks[i - 1]  # put right before it: an answer that goes on is read as before
    # No "jag" where other answers have a dash, to a question not put to "du": the story.
    told = not (words | word_set(question.text)) & (FIRST_PERSON | _YOU) and _answers_dashed(
        blocks, i
    )
    asked = bool(interviewee) and is_question(question, True) and not told
    asked = asked and _in_their_words(text, question.text)
    if (
        text.endswith(("?", ":"))
        or text[:1] in '–—―-”"»«'
        or not (words & FIRST_PERSON or by_name or asked)
        or (not (someone or asked) and not _named_before_questions(blocks, i))
        or (not (someone or asked) and words & _YOU)  # an FAQ's "Du ansöker via …" (a review)
    ):
        return None
    # Two questions that ask "du" or "ni", or one among three short questions ("Varför
    # behövs en särskild enhet?", "Hur ser det ut i praktiken?": page probe 17).
    put = sum(map(is_question, around)) + by_name + 2 * asked
    short = sum(is_question(b, follow_up=True) for b in around)
    speaker = interviewee if asked else None
    return QuoteMatch(text, speaker, "dash") if put >= 2 or (put and short >= 3) else None


# What tells of the one asked rather than answers: "Enligt Eva Ström …", "Kommunchefen svarar
# att …", "Hon tänker efter och säger att …", and a turn of another ("Bo: Jag fick …"): a review.
_TELLS = re.compile(
    r"\b[Ee]nligt\b|\b(?:säger|svarar|menar|berättar|anser|tycker|förklarar)\s+(?:att|hon|han)\b"
    r"|^[A-ZÅÄÖ][\w-]*:"
)


def _in_their_words(text: str, question: str) -> bool:
    """Whether a plain paragraph after a question under a heading that puts questions to
    someone may be their answer: not one that tells of them (_TELLS, a title or "Hon" first),
    nor one after a question about them ("Vem är hon?" over a fact box), nor a contact's
    lines ("Kontakta skolans expedition på 031-…"): a review."""
    first = fold(text.split()[0])
    titled = is_role_word(first) and indefinite_role(first) != first  # "Kommunchefen …"
    if first in PRONOUNS or titled or _TELLS.search(text) or is_no_speech(text):
        return False
    return not word_set(question) & {"hon", "han", "hen", "henne", "honom"}


def _answers_dashed(blocks: Sequence[Block], i: int) -> bool:
    """Whether the interview block i is in answers with a dash: a plain paragraph there that
    speaks in no first person tells the story ("– Rekord." and then "Kommunen har ännu inte
    fattat något beslut …": a review)."""
    for j in range(i - 1, max(0, i - INTERVIEW_WINDOW), -1):
        if blocks[j].kind == "heading":
            return False
        if blocks[j].text[:1] in "–—―-" and is_question(blocks[j - 1], follow_up=True):
            return True
    return False


def interviewee_of(blocks: Sequence[Block], i: int) -> Mention | None:
    """The one block i's section puts questions to, if its heading does: the person it names
    ("Tre frågor till Karin Holm, vd"), else the one named in full before the first question
    after the heading's title ("Två frågor till kocken" and "… ägs av Lena Berg. Kocken Amir
    Haddad kom dit …": a review), else the one named there ("Mats Lindqvist är kock på …")."""
    start = max(0, i - INTERVIEW_WINDOW)
    h = next((j for j in range(i - 1, start - 1, -1) if blocks[j].kind == "heading"), None)
    if h is None or not puts_questions(blocks[h].text):
        # … or the paragraph that says the writer asked them, as the heading would ("Vi bad
        # Hanna Ekström svara på några frågor om avhandlingen.": page probe 120)
        stop = h if h is not None else start - 1  # the heading's own text is no paragraph
        asked = (_ASKED_TO.search(blocks[j].text) for j in range(i - 1, stop, -1))
        found = next((a for a in asked if a), None)
        who = (found["who"] or found["to"]) if found else ""
        return Mention(who, "person") if who and gender_of(who) else None
    if (named := questions_to(blocks[h].text)) is not None:
        return named
    title = indefinite_role(fold(blocks[h].text.split()[-1].rstrip(":")))  # "kocken": kock
    name = r"[A-ZÅÄÖ][\w-]+(?: [A-ZÅÄÖ][\w-]+)+"
    titled = re.compile(rf"\b(?i:{re.escape(title)})\w*\s+({name})")
    before = list(itertools.takewhile(lambda b: not is_question(b, True), blocks[h + 1 : i]))
    for block in before:
        if found := titled.search(block.text):
            return Mention(found[1], "person")
    names = {n for block in before for n in iter_full_names(block.text)}
    # The one named, not one of two ("ägs av Maria Lund, men i köket står Amir Haddad": a
    # review); by a first name, not a body's ("… ordförande i Villaägarna Halland").
    names = {n for n in names if gender_of(n)} or names
    return Mention(names.pop(), "person") if len(names) == 1 else None


def _goes_on(blocks: Sequence[Block], i: int) -> bool:
    """Whether block i may go on with the answer before it: it speaks to no one ("du") and of
    no one ("hennes"), as the writer's closing words after the last answer do ("Vi i styrelsen
    tackar Sara för hennes arbete …", "Anmäl dig via vår hemsida": a review)."""
    words = word_set(blocks[i].text)
    return not words & (_YOU | OF_SOMEONE)


def _named_before_questions(blocks: Sequence[Block], i: int) -> bool:
    """Whether one of the three paragraphs that run straight into the first question before
    block i names someone in full: the interview's person ("Rasmus Öhman tog
    socionomexamen 2012 …", page probe 12; "I fyra år har Jessica Nordin varit
    skyddsombud …", two paragraphs before), not a name before an FAQ's heading (a review)."""
    start = max(0, i - INTERVIEW_WINDOW)
    first = next((j for j in range(start, i) if is_question(blocks[j], follow_up=True)), 0)
    for before in reversed(blocks[max(0, first - 3) : first]):
        if before.kind != "paragraph":
            return False
        if next(iter_full_names(before.text), ""):
            return True
    return False


def is_question(block: Block, follow_up: bool = False) -> bool:
    """A question put to someone on its own: a short paragraph that asks "du" or "ni" ("Vad
    gör ni nu?"), not a writer's own ("Vad driver regeringen för linje?": an interpellation);
    any short question if a `follow_up`."""
    text = block.text.strip()
    if block.kind != "paragraph" or not text.endswith("?") or len(text.split()) > 30:
        return False
    return follow_up or bool(word_set(text) & _YOU)


# The words of a question put to someone: "du", "ni" and their forms.
_YOU = frozenset("du dig din ditt dina ni er ert era".split())


# A question that opens with the name of the one it is put to: "Maria Hellberg, varför …?",
# "Emma, vad var det som …?" (page probe 23).
_ADDRESSED = re.compile(r"^(?P<first>[A-ZÅÄÖ][\w-]+)(?: [A-ZÅÄÖ][\w-]+)*, [a-zåäö]")


def addressed(text: str, names: set[str]) -> bool:
    """Whether a question opens with the name of one of the people `names` (full names the
    text has named): in full or by the first name ("Emma, …" of Emma Lindholm); not a topic
    ("Bostadstillägg, vem kan få det?") nor "Okej, …" (a review)."""
    named = _ADDRESSED.match(text)
    if named is None:
        return False
    opening = named.group(0).rsplit(",", 1)[0]
    return opening in names or named["first"] in {name.split()[0] for name in names}


def iter_addressed(text: str) -> Iterator[Mention]:
    """The person a question is put to by name, who answers in the dash paragraph after it
    ("Vad beror det på, Lars Gyllin på Gävles kommunala bostadsföretag, Gavlegårdarna?",
    "Hur ser du på det, Anna Berg?"): news set 5 left those answers without a speaker."""
    if not text.rstrip().endswith("?"):
        return
    _, comma, tail = (split_sentences(text) or [""])[-1].partition(", ")
    words = tail.rstrip(" ?").split()
    runs = list(iter_name_runs(words))
    if not comma or not runs or runs[0][0] != 0 or runs[0][1] < 2:
        return
    end = runs[0][1]
    name = clean_name(words[:end])
    if is_body(name):
        return
    at, *rest = words[end:] or [""]
    workplace = organisation_part(" ".join(rest)) if at in WORKPLACE_PREPOSITIONS else ""
    yield Mention(name, "person", "", organisation_name(workplace))
