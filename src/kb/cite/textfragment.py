"""Text fragments (`#:~:text=[prefix-,]start[,end][,-suffix]`): links that open a page at a quote.

Follows the WICG "URL Fragment Text Directives" draft. A browser finds the
first place in the page where the directive matches, so a directive is only
useful when that first place is the quote: `build_text_directive` checks every
candidate against `find_text_directive`, a model of the browser's search run
on the page's text, and adds context (prefix, suffix) only when the start alone
would land elsewhere.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import quote, unquote

# Words in start and end: Chromium's generator starts with 3 and grows; a
# directive longer than this stops being readable in a link.
MIN_TERM_WORDS = 3
MAX_TERM_WORDS = 10
CONTEXT_WORDS = (1, 2, 3, 5)  # prefix/suffix lengths tried, shortest first
# A target this short (in words) is matched whole, as one start term.
WHOLE_TARGET_WORDS = 8

_WORD = re.compile(r"\w+(?:[-’'.:]\w+)*")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class TextDirective:
    """The four parts of a text directive; empty strings are absent parts."""

    start: str
    end: str = ""
    prefix: str = ""
    suffix: str = ""

    def encode(self) -> str:
        """The directive as written after `:~:`, each part percent-encoded."""
        parts = [self.start] if not self.end else [self.start, self.end]
        encoded = [encode_term(p) for p in parts]
        if self.prefix:
            encoded.insert(0, encode_term(self.prefix) + "-")
        if self.suffix:
            encoded.append("-" + encode_term(self.suffix))
        return "text=" + ",".join(encoded)


def encode_term(text: str) -> str:
    """Percent-encode one term: UTF-8, and `-`, `,` and `&` too (they delimit the directive)."""
    # quote() leaves only ASCII letters, digits and "_.-~" as they are; the
    # draft reserves "-" for prefix/suffix marks, so it is encoded as well.
    return quote(text, safe="").replace("-", "%2D")


def with_text_directive(url: str, directive: TextDirective) -> str:
    """url with the directive appended (after an existing fragment, if any)."""
    joiner = ":~:" if "#" in url else "#:~:"
    return url + joiner + directive.encode()


def parse_text_directive(url: str) -> TextDirective | None:
    """The first text directive in a URL's fragment, decoded; None when it has none."""
    _, _, directives = url.partition(":~:")
    for directive in directives.split("&"):
        if not directive.startswith("text="):
            continue
        terms = directive[len("text=") :].split(",")
        prefix = unquote(terms.pop(0)[:-1]) if terms and terms[0].endswith("-") else ""
        suffix = unquote(terms.pop()[1:]) if terms and terms[-1].startswith("-") else ""
        if 1 <= len(terms) <= 2 and all(terms):
            return TextDirective(
                unquote(terms[0]), unquote(terms[1]) if len(terms) == 2 else "", prefix, suffix
            )
    return None


def normalise_block(text: str) -> str:
    """A block's text as a browser searches it: white space collapsed."""
    return _SPACE.sub(" ", text).strip()


def _fold_char(char: str) -> str:
    base = unicodedata.normalize("NFD", char)[0]
    lower = base.lower()
    return lower if len(lower) == 1 else base


def _fold(text: str) -> str:
    # Browsers compare at the Unicode collation's primary level (case and
    # accents ignored, so "för" finds "for"): folding the same way here makes
    # the check see every place a browser could stop at. One character in,
    # one out, so offsets in the folded text are offsets in the page.
    return "".join(_fold_char(c) for c in text)


class _Page:
    """Blocks joined by newlines, with folded text for searching and word boundaries."""

    def __init__(self, blocks: Sequence[str]) -> None:
        self.text = "\n".join(normalise_block(b) for b in blocks)
        self.folded = _fold(self.text)
        self.starts: set[int] = set()
        self.ends: set[int] = set()
        for match in re.finditer(r"\w+", self.text):
            self.starts.add(match.start())
            self.ends.add(match.end())

    def find(self, term: str, pos: int, *, word_start: bool, word_end: bool) -> int:
        """Offset of the first match of term at or after pos within one block, or -1."""
        needle = _fold(term)
        while True:
            at = self.folded.find(needle, pos)
            if at < 0:
                return -1
            stop = at + len(needle)
            if (not word_start or self._is_start(at)) and (not word_end or self._is_end(stop)):
                return at
            pos = at + 1

    def matches_at(self, term: str, pos: int, *, word_end: bool) -> bool:
        """Whether term stands at pos exactly."""
        needle = _fold(term)
        stop = pos + len(needle)
        return self.folded[pos:stop] == needle and (not word_end or self._is_end(stop))

    def skip_space(self, pos: int) -> int:
        while pos < len(self.text) and self.text[pos].isspace():
            pos += 1
        return pos

    def _is_start(self, pos: int) -> bool:
        return pos in self.starts or not self.text[pos : pos + 1].isalnum()

    def _is_end(self, pos: int) -> bool:
        return pos in self.ends or not self.text[pos - 1 : pos].isalnum()


def find_text_directive(blocks: Sequence[str], directive: TextDirective) -> tuple[int, int] | None:
    """Where a browser would put the directive in the page made of blocks: (start, end) offsets
    in the blocks joined by newlines (white space collapsed), or None when nothing matches."""
    return _find(_Page(blocks), directive)


def _find(page: _Page, d: TextDirective) -> tuple[int, int] | None:
    search = 0
    while search <= len(page.text):
        if d.prefix:
            at = page.find(d.prefix, search, word_start=True, word_end=False)
            if at < 0:
                return None
            search = at + 1
            start = page.skip_space(at + len(d.prefix))
            if not page.matches_at(d.start, start, word_end=not d.end):
                continue
        else:
            start = page.find(d.start, search, word_start=True, word_end=not d.end)
            if start < 0:
                return None
            search = start + 1
        start_end = start + len(d.start)
        end_search = start_end
        while True:
            if d.end:
                at = page.find(d.end, end_search, word_start=True, word_end=True)
                if at < 0:
                    return None
                stop = at + len(d.end)
            else:
                stop = start_end
            if not d.suffix:
                return start, stop
            after = page.skip_space(stop)
            if page.matches_at(d.suffix, after, word_end=True):
                return start, stop
            if not d.end:
                break
            end_search = at + 1
    return None


def _words(text: str, base: int = 0) -> list[tuple[int, int]]:
    return [(m.start() + base, m.end() + base) for m in _WORD.finditer(text)]


def build_text_directive(
    blocks: Sequence[str], block_index: int, target: str
) -> TextDirective | None:
    """The shortest directive a browser resolves to target inside blocks[block_index].

    target is a run of that block's text (a quote without its attribution, or
    the whole block). None when no directive lands there (the same words stand
    earlier on the page with the same context) or target is not in the block.
    """
    page = _Page(blocks)
    lines = page.text.split("\n")
    if not 0 <= block_index < len(lines):
        return None
    block_start = sum(len(line) + 1 for line in lines[:block_index])
    block = lines[block_index]
    wanted = normalise_block(target)
    at = block.find(wanted) if wanted else -1
    words = _words(wanted, block_start + at)
    if at < 0 or not words:
        return None
    goal = (words[0][0], words[-1][1])
    text = page.text
    bases = [
        TextDirective(text[start[0] : start[1]], text[end[0] : end[1]] if end else "")
        for start, end in _term_choices(words)
    ]
    # Longer terms first, then the block's own words as context, then the
    # neighbouring blocks' (a heading, a paragraph), which are less sure to
    # stand right next to the block on the live page.
    near, far = _context(page, goal, block_start, block_start + len(block))
    candidates = bases + _with_context(bases, *near) + _with_context(bases, *far)
    return next((d for d in candidates if _find(page, d) == goal), None)


def _term_choices(
    words: list[tuple[int, int]],
) -> list[tuple[tuple[int, int], tuple[int, int] | None]]:
    """(start, end) spans to try: the whole target when short, else growing heads and tails."""
    choices: list[tuple[tuple[int, int], tuple[int, int] | None]] = []
    if len(words) <= WHOLE_TARGET_WORDS:
        choices.append(((words[0][0], words[-1][1]), None))
    for n in range(MIN_TERM_WORDS, MAX_TERM_WORDS + 1):
        if 2 * n > len(words):
            break
        choices.append(((words[0][0], words[n - 1][1]), (words[-n][0], words[-1][1])))
    if not choices:
        choices.append(((words[0][0], words[-1][1]), None))
    return choices


def _context(
    page: _Page, goal: tuple[int, int], block_start: int, block_end: int
) -> tuple[tuple[list[str], list[str]], tuple[list[str], list[str]]]:
    """Prefixes and suffixes of CONTEXT_WORDS words: from the target's own block, and from
    the blocks next to it (used only where the target starts or ends its block)."""
    before = _words(page.text[block_start : goal[0]], block_start)
    after = _words(page.text[goal[1] : block_end], goal[1])
    far_before = [] if before else _previous_block_words(page, block_start)
    far_after = [] if after else _next_block_words(page, block_end)

    def phrases(words: list[tuple[int, int]], tail: bool) -> list[str]:
        out = []
        for n in CONTEXT_WORDS:
            chosen = (words[-n:] if tail else words[:n]) if len(words) >= n else []
            out.append(page.text[chosen[0][0] : chosen[-1][1]] if chosen else "")
        return out

    return (
        (phrases(before, True), phrases(after, False)),
        (phrases(far_before, True), phrases(far_after, False)),
    )


def _with_context(
    bases: list[TextDirective], prefixes: list[str], suffixes: list[str]
) -> list[TextDirective]:
    """Each base with a prefix, a suffix, then both, the context growing word by word."""
    out = []
    for prefix, suffix in zip(prefixes, suffixes, strict=True):
        for base in bases:
            if prefix:
                out.append(TextDirective(base.start, base.end, prefix=prefix))
            if suffix:
                out.append(TextDirective(base.start, base.end, suffix=suffix))
            if prefix and suffix:
                out.append(TextDirective(base.start, base.end, prefix=prefix, suffix=suffix))
    return out


def _previous_block_words(page: _Page, block_start: int) -> list[tuple[int, int]]:
    if block_start == 0:
        return []
    prev_start = page.text.rfind("\n", 0, block_start - 1) + 1
    return _words(page.text[prev_start : block_start - 1], prev_start)


def _next_block_words(page: _Page, block_end: int) -> list[tuple[int, int]]:
    if block_end >= len(page.text):
        return []
    nxt = page.text.find("\n", block_end + 1)
    nxt = len(page.text) if nxt < 0 else nxt
    return _words(page.text[block_end + 1 : nxt], block_end + 1)
