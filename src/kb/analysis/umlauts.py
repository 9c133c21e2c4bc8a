"""The singular of a Swedish noun whose plural changes its vowel ("städer": "stad").

Snowball cuts "-er" and "-erna" and leaves the vowel, so "städer" stems to "städ", never
"stad", and "bostäder" never finds "bostad" (a blind audit: "bostad" found 81 passages of
corpus/, "bostäder" 14; "stad" 28, "städer" 3). kb stems such a plural like its singular
(kb.analysis.stemming.stem_word), also as a compound's last part when Swedish has the
compound so made ("bostäder": "bostad", "riksdagsledamöter": "riksdagsledamot").

The nouns are listed, not derived, as the strong verbs are (kb.analysis.verbs): no rule
tells "städer" from "gränder" (the plural of "gränd"), and no package on PyPI gives Swedish
noun paradigms offline. Left out: the plurals that are also a verb's present ("händer" of
"hända", "tänder" of "tända", "stänger" of "stänga"), "män", whose singular "man" is also
the pronoun (a stop word), and "fäder", whose "far" is also the verb of "barn som far illa".
"""

from __future__ import annotations

from kb.analysis.compounds import is_compound_head, load_vocabulary

# singular: its plural's stem, then the plural's ending ("städ" + "er", "döttr" + "ar").
_NOUNS: dict[str, tuple[str, str]] = {
    "stad": ("städ", "er"),
    "land": ("länd", "er"),
    "strand": ("stränd", "er"),
    "brand": ("bränd", "er"),
    "natt": ("nätt", "er"),
    "son": ("sön", "er"),
    "bok": ("böck", "er"),
    "fot": ("fött", "er"),
    "rot": ("rött", "er"),
    "bonde": ("bönd", "er"),
    "ledamot": ("ledamöt", "er"),
    "bror": ("bröd", "er"),
    "mor": ("mödr", "ar"),
    "dotter": ("döttr", "ar"),
}
# Each plural form (indefinite, definite, and their genitives) and its singular.
_SINGULAR: dict[str, str] = {
    stem + ending + more: singular
    for singular, (stem, ending) in _NOUNS.items()
    for more in ("", "na", "s", "nas")
}
_LONGEST = max(map(len, _SINGULAR))


def umlaut_singular(word: str) -> str:
    """The singular of a plural the table lists, also as a compound's last part when Swedish
    has the compound so made or the first part is one ("bostäder" -> "bostad"); else ""."""
    if word in _SINGULAR:
        return _SINGULAR[word]
    for start in range(max(1, len(word) - _LONGEST), len(word) - 4):
        tail = word[start:]
        if tail in _SINGULAR:
            singular = word[:start] + _SINGULAR[tail]
            head = word[:start]
            known = singular in load_vocabulary() or is_compound_head(head)
            return singular if known else ""
    return ""
