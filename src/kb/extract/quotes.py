"""Find the quote in a paragraph: its words, and the speaker phrase the text attaches to it.

Swedish text marks direct speech two ways: a paragraph led by a dash ("– Det
är …, säger Daniel Lilja, avdelningschef på IVO.") or quotation marks
(”…”, säger IVO i ett mejl; Statsrådet Regnér skriver: ”…”). A quote without
an attribution of its own (a pull quote, a dash paragraph continuing a
speaker, a press release's "Citat" block) is returned with no speaker for the
extractor to resolve from the surrounding text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from kb.extract.attributions import parse_attribution_line
from kb.extract.genders import from_first_name
from kb.extract.introductions import parse_person_line
from kb.extract.keys import fingerprint, words_key
from kb.extract.saying import speaker_in_sentence, titled_speaker
from kb.extract.sentences import sentence_end, sentence_start
from kb.extract.settings import MIN_QUOTE_WORDS
from kb.extract.speakers import Mention, iter_name_runs, parse_speaker_phrase
from kb.extract.titles import fold, is_role_word
from kb.extract.vocab import (
    ATTRIBUTION_VERBS,
    QUOTATION_MARKS,
    QUOTE_INTRODUCERS,
    SPEECH_DASHES,
)

_OPENERS = {opening for opening, _ in QUOTATION_MARKS}
_MARKS = "".join(sorted({c for pair in QUOTATION_MARKS for c in pair}))
# The end of the sentence an attribution stands in: a full stop before a new
# sentence (capital, dash or quotation mark) or the end of the text.
# An abbreviation before a number ("5 kap. 2 §", "prop. 2015/16:43") does not end a sentence.
_TAIL_VERB = re.compile(r"(?:,|[?!…])[" + re.escape(_MARKS) + r"]?\s+(?P<verb>[a-zåäöé]+)\s+")
# An attribution without its comma ("… olika karriärvägar säger äldreministern
# Anna Tenje.", "… viktigt. säger X"): trusted only where it ends the paragraph.
_LOOSE_TAIL_VERB = re.compile(r"(?<=\s)(?P<verb>[a-zåäöé]+)\s+")
# Verbs that introduce direct speech even without a dash or quotation marks
# when the words are the speaker's own ("Vi ska …, säger X.").
_SPEECH_VERBS = frozenset({"säger", "sa", "sade"})
_FIRST_PERSON = re.compile(r"\b(?:jag|vi|mig|oss|min|mitt|mina|vår|vårt|våra)\b", re.IGNORECASE)
_AFTER_SPAN = re.compile(r"\s*,?\s*(?P<verb>[a-zåäöé]+)\s+")


@dataclass(frozen=True)
class QuoteMatch:
    """A quote found in one block of text."""

    words: str  # the quoted words only, without dash, marks or attribution
    speaker: Mention | None  # whom the text itself names; None: resolve from context
    # "dash", "marks", "block" (a quote block), "standalone" (a whole paragraph in marks) or
    # "unmarked" (speech whose dash was lost, attributed at its end)
    form: str


def quote_fingerprint(words: str) -> str:
    """The quoted words as compared across passages: case folded, letters and digits only."""
    return fingerprint(words)


def quote_key(words: str) -> str:
    """A short key shared by every passage that quotes the same words."""
    return words_key(words)


def is_dash_led(text: str) -> bool:
    """A paragraph of direct speech opened by a dash ("– Vi ser …", "–Vi ser …")."""
    return len(text) > 2 and text[0] in SPEECH_DASHES and (text[1].isspace() or text[1].isupper())


def find_tail_attribution(body: str, *, speech: bool = False) -> tuple[Mention, int, int] | None:
    """The first ", säger X." in a stretch of speech: (speaker, start, end of the attribution).

    In what is already marked as speech (a dash, quotation marks) ", enligt X." at its
    end attributes it too; elsewhere "enligt" names a source, not a speaker."""
    first = next(_comma_attributions(body, speech), None)
    if first is not None:
        return first
    for m in _LOOSE_TAIL_VERB.finditer(body):
        if m.group("verb") not in ATTRIBUTION_VERBS:
            continue
        end = sentence_end(body, m.end())
        if body[end:].strip(" .!") or m.start() == 0:
            continue
        mention = parse_speaker_phrase(body[m.end() : end])
        # Without its comma, only a name or a title makes it an attribution
        # ("… och utvecklade stödet till …" names no one).
        if mention is not None and (
            mention.sort in ("person", "organisation") or is_role_word(mention.role)
        ):
            return mention, m.start(), end
    return None


def _comma_attributions(body: str, speech: bool) -> Iterator[tuple[Mention, int, int]]:
    """Each ", säger X." of a text: (speaker, start, end of the attribution); ", enligt X."
    at its end too in what is already speech (find_tail_attribution)."""
    for m in _TAIL_VERB.finditer(body):
        verb = m.group("verb")
        if verb not in ATTRIBUTION_VERBS and not (speech and verb == "enligt"):
            continue
        end = sentence_end(body, m.end())
        if verb == "enligt" and body[end:].strip(" .!"):
            continue
        mention = parse_speaker_phrase(body[m.end() : end])
        if mention is not None:
            yield mention, m.start(), end


# A sentence that says who said the one before: "Det säger Birgitta Jonzon som är …".
_SAID_SO = re.compile(r"(?:^|(?<=[.!?]\s))(?:Det|Detta|Så)\s+(?:säger|sa|sade|berättar|menar)\s+")


def iter_said_by(text: str) -> Iterator[Mention]:
    """The people a text says spoke, with the titles it gives them (", säger Christine Ståhle
    vid länsstyrelsen."): in a paragraph that is no quote, who speaks next."""
    for mention, _, _ in _comma_attributions(text, speech=False):
        if mention.sort == "person":
            yield mention
    # A sentence that says who said what came before: "… att agera. Det säger Birgitta
    # Jonzon som är …" (news set 15).
    # Only a name or a title straight after the verb: not "Det säger en hel del om hur
    # Anna Berg …", "Det berättar han för Anna Berg" (a review).
    for m in _SAID_SO.finditer(text):
        phrase = text[m.end() : sentence_end(text, m.end())]
        first = phrase.split(" ", 1)[0]
        if not (first[:1].isupper() or is_role_word(first)):
            continue
        said = parse_speaker_phrase(phrase)
        if said is not None and said.sort == "person":
            yield said


# The line of a block quote that says where its words come from, no one's words: "Ur
# rapporten «…»", "Ur ett klagomål från en anhörig", "Ur Rädda Barnens rapport …", "Källa:
# …"; not a quoted line that opens with "Ur" ("Ur mörkret stiger ljuset": a review).
_DOCUMENTS = "rapport|proposition|betänkande|beslut|dom|skrivelse|yttrande|remissvar|studie"
_SOURCE_LINE = re.compile(
    r"^(?:(?:[Cc]itat\s+ur|[Uu]r)\s+(?:[a-zåäö]+(?:en|et|na)\s+[«”\"A-ZÅÄÖ]|(?:ett|en)\s+\w*(?:brev|klagomål|mejl|enkät|intervju|anmälan|"
    + _DOCUMENTS
    + r")|[«”\"]"
    r"|(?:[A-ZÅÄÖ][\w-]*\s+){0,3}[A-ZÅÄÖ][\w-]*s\s+[a-zåäö]|\w+s\s+(?:" + _DOCUMENTS + r")\b)"
    r"|[Kk]älla:)"
)


def find_quote(text: str, block_kind: str = "paragraph") -> QuoteMatch | None:
    """The quote a block holds, or None when it holds no one's words."""
    text = text.strip()
    if block_kind == "quote" and _SOURCE_LINE.match(text) and not text.endswith((".", "!", "?")):
        return None  # a block quote's source: "Ur rapporten «Utan tak på äldre dar»" (probe 90)
    if block_kind == "quote":
        return _speech(text.strip(_MARKS + " "), "block")
    if block_kind == "paragraph" and is_dash_led(text):
        return _speech(text[1:].strip(), "dash")
    if block_kind not in ("paragraph", "list_item", "quote"):
        return None
    if (marked := _marked(text)) is not None:
        return marked
    if block_kind == "paragraph" and (inside := _dash_inside(text)) is not None:
        return inside
    if block_kind == "list_item":
        # A speech dash that Markdown read as a bullet: the item ends naming its
        # speaker ("…, säger X." or "…, säger X och fortsätter:"); a question
        # put to a minister ("Anser ministern att …?") names no speaker.
        found = find_tail_attribution(text)
        rest = text[found[2] :].strip(" .:") if found else ""
        # … or names them and goes on in a new sentence ("…, säger Ola Zetterström som är
        # psykolog. Nu ska vi …": news set 29).
        goes_on = rest[:1].isupper() and found is not None and found[0].sort == "person"
        if found is None or text.rstrip().endswith("?") or (rest and not goes_on):
            return None
        return _speech(text, "dash")
    return _unmarked(text)


# A speech dash after a sentence inside a paragraph, as pages whose lines were run together
# write it ("… av förseningarna. – Det är godkännandet av …, säger Peter Rinman.").
_DASH_INSIDE = re.compile(r"(?<=[.!?])\s*[–—-]\s*(?=[A-ZÅÄÖ])")


def _dash_inside(text: str) -> QuoteMatch | None:
    """Speech after a dash inside a paragraph that names its speaker ("…, säger X."): the
    paragraph's quote; a dash whose words name no one (a parenthesis) is none. A paragraph
    that ends naming no one is none at once: each dash's words were read to the end (2,000
    dashes in a paragraph took 3.8 s)."""
    if find_tail_attribution(text, speech=True) is None:
        return None
    for dash in _DASH_INSIDE.finditer(text):
        found = _speech(text[dash.end() :].strip(), "dash")
        if found.speaker is not None and found.speaker.sort in ("person", "role", "organisation"):
            return found
    return None


def _unmarked(text: str) -> QuoteMatch | None:
    """Speech whose dash was lost: a paragraph in the first person ending ", säger X."."""
    found = find_tail_attribution(text)
    if found is None:
        return None
    mention, start, end = found
    verb = text[start:end].lstrip(",?!… ").split(" ", 1)[0]
    if (
        verb not in _SPEECH_VERBS
        or text[end:].strip(" .")
        or mention.sort != "person"
        or not _FIRST_PERSON.search(text[:start])
    ):
        return None
    return QuoteMatch(text[:start].strip(), mention, "unmarked")


def _speech(body: str, form: str) -> QuoteMatch:
    """Direct speech that may carry a tail attribution and go on after it."""
    found = find_tail_attribution(body, speech=form != "dash" or not body[:1].islower())
    if found is None:
        # "– … välkomna. Det säger Britt Lundberg i Örtagårdskyrkan. Deras …" (news set 31)
        m = _SAID_SO.search(body, 1) if form == "dash" else None
        said = _said(body, m.end()) if m else None
        return QuoteMatch(body[: m.start()].strip() if said and m else body, said, form)
    mention, start, end = found
    rest = body[end + 1 :].strip()
    if rest and rest[0] in SPEECH_DASHES:
        rest = rest[1:].strip()
    words = " ".join(part for part in (body[:start].strip(), rest) if part)
    return QuoteMatch(words, mention, form)


def iter_spans(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, inner text) of each closed quotation in text."""
    i = 0
    while i < len(text):
        if text[i] in _OPENERS:
            for opening, closing in QUOTATION_MARKS:
                if opening != text[i]:
                    continue
                j = text.find(closing, i + 1)
                if j > i + 1:
                    yield i, j + 1, text[i + 1 : j]
                    i = j
                    break
        i += 1


def _is_statement(inner: str) -> bool:
    return len(inner.split()) >= MIN_QUOTE_WORDS


# A work named in marks, no quotation: "I sin kartläggning ”Anhörigperspektiv – en möjlighet
# till utveckling” skriver Anhörigas Riksförbund …" (news set 13), "rapporten ”…”".
_WORK_BEFORE = re.compile(
    r"\b(?:rapport|kartläggning|skrift|bok|studie|undersökning|utredning|broschyr|film|"
    r"kampanj|projekt|program|artikel|debattartikel|krönika|antologi|handbok|vägledning|"
    r"titel|titeln|temat|namnet)(?:en|n|et|s)?\s*$"
)


def unless_headline(match: QuoteMatch | None, after: str) -> QuoteMatch | None:
    """A quote, or None when it is a headline that quotes (_is_headline) and the paragraph
    `after` it does not say who said it ("Det säger …", "Så sammanfattar …": a review)."""
    if match is None or not _is_headline(match) or parse_attribution_line(after):
        return match
    return None


def _is_headline(match: QuoteMatch) -> bool:
    """A few words in marks with no end of a sentence, alone: a headline that quotes
    ("”Tack till politikerna som tog sitt ansvar”", "”Win win för alla”": news sets 18 and
    19), not a pull quote ("”Vi måste agera nu.”"); the caller keeps it a quote when the
    paragraph after says who said it ("Det säger …", a review)."""
    short = len(match.words.split()) <= 8
    ends = match.words.rstrip(' ”"»').endswith((".", "!", "?", "…"))
    return match.form == "standalone" and short and not ends


def _marked(text: str) -> QuoteMatch | None:
    """Quotations in marks that the text attributes, before or after them."""
    spans = [
        (s, e, inner)
        for s, e, inner in iter_spans(text)
        if _is_statement(inner) and not _WORK_BEFORE.search(text[max(0, s - 40) : s])
    ]
    if not spans:
        return None
    first_start, last_end = spans[0][0], spans[-1][1]
    standalone = first_start == 0 and not text[last_end:].strip(" .,;:!?")
    speaker: Mention | None = None
    for start, end, _ in spans:
        speaker = _attribution_after(text, end) or _attribution_before(text, start)
        if speaker is not None:
            break
    words = " ".join(inner.strip().rstrip(",") for _, _, inner in spans)
    if speaker is not None:
        return QuoteMatch(words, speaker, "marks")
    if standalone:
        return QuoteMatch(words, None, "standalone")
    if _introduced(text[_sentence_start(text, first_start) : first_start]):
        return QuoteMatch(words, None, "marks")
    return None


def _attribution_after(text: str, end: int) -> Mention | None:
    m = _AFTER_SPAN.match(text, end)
    if m and (m.group("verb") in ATTRIBUTION_VERBS or m.group("verb") == "enligt"):
        return parse_speaker_phrase(text[m.end() : sentence_end(text, m.end())])
    # A quoted sentence, and the next says who said it ("”Jag mår bra …” Det säger 36-årige
    # Fuad Haidar som …") or a dash and the speaker ("”…” – Elisabeth Högberg, enhetschef":
    # news set 28); not a title, a question ("”Kan vi prata om döden?” – Anna Ek …": a review).
    if text[end - 2 : end - 1] not in ".!…":
        return None
    m = _SAID_NEXT.match(text, end) or _DASH_NEXT.match(text, end)
    return _said(text, m.end()) if m else None


def _said(text: str, at: int) -> Mention | None:
    """The person the words at `at` name, to the sentence's end ("Det säger X att …": no one)."""
    phrase = text[at : sentence_end(text, at)]
    said = None if _REPORTED.search(phrase) else parse_speaker_phrase(phrase)
    return said if said is not None and said.sort == "person" else None


_SAID_NEXT = re.compile(
    r"\s+(?:Det|Detta)\s+(?:säger|sa|sade|berättar)\s+(?=[A-ZÅÄÖ\d]|\w+\s+[A-ZÅÄÖ])"
)
# "Det säger Sara Lind att hennes sambo skrev": she reports his words (a review).
_REPORTED = re.compile(r"^[^,]*\batt\b")
# Only a name, and what follows it after a comma: "– Anna Ek, enhetschef …", no sentence.
_DASH_NEXT = re.compile(r"\s*[–—−]\s+(?=[A-ZÅÄÖ][\w-]+(?:\s+[A-ZÅÄÖ][\w-]+){1,3}(?:,|\s*$))")


def _sentence_start(text: str, pos: int) -> int:
    return sentence_start(text, pos)


def _introduced(prefix: str) -> bool:
    """Whether the words before a quotation hand over to it ("… skriver: ”", "… lovade ”", "Frågan löd ”")."""
    stripped = prefix.rstrip()
    if not stripped:
        return False
    words = [fold(w).strip(",.;") for w in stripped.rstrip(":").split()]
    has_cue = any(w in ATTRIBUTION_VERBS or w in QUOTE_INTRODUCERS for w in words)
    ends_well = (
        stripped.endswith(":")
        or words[-1] in ("att", "löd", "lyder")
        or words[-1] in ATTRIBUTION_VERBS
    )
    return has_cue and ends_well


def _attribution_before(text: str, start: int) -> Mention | None:
    """The speaker named in the sentence that leads into a quotation, nearest its verb."""
    prefix = text[_sentence_start(text, start) : start]
    if not _introduced(prefix):
        return None
    # "Ingrid Mahlberg, avdelningschef på Försäkringskassan, förklarar: ”…”": the person, not
    # the body nearer the verb (probe 4), as in a lead-in paragraph (lead_in_speaker).
    return titled_speaker(prefix) or speaker_in_sentence(prefix)


def lead_in_speaker(text: str) -> Mention | None:
    """Who a paragraph that hands over to a quotation below it names as speaking: its last
    sentence ends in a colon and has a verb of saying ("DHR skriver följande i en
    debattartikel:", "I ett interpellationssvar sa ministern:"); None for another."""
    text = text.rstrip()
    if not text.endswith(":"):
        return None
    prefix = text[_sentence_start(text, len(text) - 1) :]
    if not _introduced(prefix):
        return None
    said = titled_speaker(prefix) or speaker_in_sentence(prefix)
    opener = parse_person_line(prefix) if said else None  # "Tomas Engström, vd för X, skriver:"
    within = bool(said and opener and said.name in f"{opener.role} {opener.organisation}")
    # Not a body in what the person thinks: "Ali Nouri (S), riksdagsledamot …, anser att
    # regeringen har gått för fort fram:" is his (page probe 67).
    thinks = bool(
        said
        and opener
        and opener.sort == "person"
        and prefix.startswith(opener.name)
        and re.search(rf"\batt\b.*\b{re.escape(said.name)}\b", prefix, re.I)
    )
    return opener if said and (f" som {said.name} " in prefix or within or thinks) else said


# Words a line ends in that hand over to the quotation after it: "kommenterar rapporten såhär".
_HANDING_OVER = frozenset({"såhär", "följande"})


def lead_in_line(text: str) -> Mention | None:
    """Who a line read as a heading (up to 12 words, its colon dropped) hands over to the
    quotation after it: one that ends in a verb of saying ("Sydsvenskan skriver", news set
    20), or a person's that ends in "såhär" or "följande" ("Arena idés chefsekonom Sandro
    Scocco kommenterar rapporten såhär", reports-10)."""
    words = text.rstrip(":").split()
    # Not any heading with a verb in it ("Regeringen lovar mer pengar": a review).
    ends = fold(words[-1]) if words else ""
    if len(words) > 12 or (ends not in ATTRIBUTION_VERBS and ends not in _HANDING_OVER):
        return None
    said = lead_in_speaker(" ".join(words) + ":")
    return said if ends in ATTRIBUTION_VERBS or (said and said.sort == "person") else None


def name_before_quote(text: str) -> Mention | None:
    """The last full name written before a quotation in its paragraph ("… genom Tony Haddou … löd
    ”"; "Journalisten Inga-Lisa Sangregorio ger … Hon skriver: ”": from her first name)."""
    first = next(iter_spans(text), (len(text), 0, ""))[0]
    words = text[:first].split()
    runs = [(s, e) for s, e in iter_name_runs(words) if e - s >= 2]
    if not runs:
        return None
    start, end = runs[-1]
    return parse_speaker_phrase(from_first_name(" ".join(words[start:end])))
