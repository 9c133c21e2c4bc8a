"""Dash lines that are no one's speech: a greeting, a byline, a contact line or a fact box's
item; and where a contact's details begin in a line that names someone.

In: the words of a dash line that no attribution names a speaker for (kb.extract.passages);
out: whether to read it as no quote. In: a phrase naming someone; out: the phrase up to
their phone number or e-mail address (before_contact_details).
"""

from __future__ import annotations

import re

from kb.extract.titles import fold
from kb.extract.vocab import ATTRIBUTION_VERBS

_E_MAIL = re.compile(r"\S+@\S+\.[a-z]{2,}\b")
_URL = re.compile(r"\b(?:https?://|www\.)")
# Someone speaking, not an organisation's "vår presstjänst" in a contact line.
_SPEAKING = re.compile(r"\b(?:jag|vi|mig|oss)\b", re.IGNORECASE)
_PHONE = r"\b0\d{1,3}[- ]\d{2}[\d ]{3,}|\+46[\d ]{8,}"  # "019-58 80 00", "+46 70 …"
# Where a contact's details begin: a label with its colon ("Telefon:", "E-post:"), "Nås via
# …", a phone number ("019-58 80 00", "+46 70 …"); an e-mail address is found by its "@"
# (a pattern of "\S+@" walked a 100,000-letter word for each of its letters).
_CONTACT_DETAILS = re.compile(
    r"\b(?:telefon|tel|tfn|mobil|mobiltelefon|växel|direkt|e-post|epost|e-mail|mejl|mail)\.?:"
    r"|\bnås\s+(?:via|på|genom)\b"  # "Nås via politiska sekreteraren …", "nås på 070-…"
    # … or before the number without a colon: "familjerådgivare Tel. 0300-56 31 40" (probe 93)
    r"|\b(?:telefon|tel|tfn|mobil|växel)\.?\s+(?=\+?[\d(][\d\s()-]{5,}\d)"
    rf"|{_PHONE}",
    re.IGNORECASE,
)


# A byline on a dash line: "- Av Bo Bäckman" (news set 19).
_BYLINE = re.compile(r"(?:Av|Text:|Text och foto:)\s+[A-ZÅÄÖ][\w-]+(?:\s+[A-ZÅÄÖ][\w-]+){1,2}$")


def is_no_speech(words: str) -> bool:
    """Whether a dash line nobody is said to speak is no one's speech: no one speaks in it
    (no "jag", "vi" …, an address aside) and it opens with a word in lower case (a greeting:
    "- välkommen till …"; not a brand, "iPads") or gives an e-mail address or a phone number
    (a byline or a contact: "- KARINA HANSSON 031-86 84 12 karina.hansson@gp.se"); news set
    10, two reviews."""
    words = words.strip()
    # Addresses read word by word: a pattern of "\S+@" walks a long word once for each letter.
    tokens = words.split()
    mail = any("@" in w and _E_MAIL.search(w) for w in tokens)
    contact = mail or bool(re.search(_PHONE, words) or _BYLINE.match(words))
    unaddressed = " ".join(w for w in tokens if "@" not in w and not _URL.search(w))
    if _SPEAKING.search(unaddressed):
        return False  # "– eller ring mig direkt …", "– Skicka frågor till … så svarar jag"
    first = words.split(maxsplit=1)[0].strip(",.!?:;") if words else ""
    return (first[:1].isalpha() and first.islower()) or contact


# A fact box's title: "Fakta: Legitimation för socialsekreterare", "FAKTA"; not a sentence
# or a heading that opens with the word ("Fakta visar att …", "Fakta och frågor": a review).
_FACT_TITLE = re.compile(r"^fakta\s*(?::|$)", re.IGNORECASE)
# A box's item is short and nobody's words: "– Utfärdas av Socialstyrelsen."
_ITEM_WORDS = 20


def in_fact_box(texts: list[str]) -> bool:
    """Whether a dash line is a fact box's item: the paragraphs before it (`texts`, the last
    just before) are short dash lines with no verb of saying back to the box's title
    ("Fakta: …", at most ten words), as a news page types a box's list ("– Utfärdas av
    Socialstyrelsen.": page probe 47)."""
    for text in reversed(texts):
        stripped = text.strip()
        if not stripped.startswith(("–", "—", "-")):
            return bool(_FACT_TITLE.match(stripped)) and len(stripped.split()) <= 10
        words = stripped.split()
        if len(words) > _ITEM_WORDS or {fold(w).strip(",.!?") for w in words} & ATTRIBUTION_VERBS:
            return False  # a quote, not an item: "– …, säger hon." (a review)
    return False


def before_contact_details(phrase: str) -> str:
    """A phrase naming someone up to their contact details: a contact block's lines joined
    ("Anna Berglund (C), regionråd<br>Telefon: 0611-800 10 15") gave the phone number as
    her organisation (a blind probe of saved pages)."""
    if (at := phrase.find("@")) >= 0:
        phrase = phrase[: phrase.rfind(" ", 0, at) + 1]  # the e-mail address's word on
    return _CONTACT_DETAILS.split(phrase, maxsplit=1)[0].rstrip(" ,;:")
