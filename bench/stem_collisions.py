"""Show where the Swedish stemmer joins words it should not, and what kb's repairs change.

Stems every word of the seeds and the interpellations (../shared) with
NLTK's Snowball stemmer and with kb.analysis.stemming.stem_word, then prints:
- the most frequent stems that join an agent noun in -are or a noun in -het
  with other words (the collisions kb.analysis.vocab.STEM_EXCLUSIONS was built from);
- how many word types and tokens kb's repairs ("-et", "-n", nouns in -s)
  give another stem, with a sample to read.

    python3 bench/stem_collisions.py
"""

from __future__ import annotations

import collections
import random
import re
import sys
from pathlib import Path

from lxml import etree
from nltk.stem.snowball import SnowballStemmer

from kb.analysis.stemming import stem_word

SHARED = Path(__file__).resolve().parents[2] / "shared"
TEI = "{http://www.tei-c.org/ns/1.0}"


def corpus_words() -> collections.Counter[str]:
    """Lowercase words of the seeds and the interpellations' paragraphs."""
    if not SHARED.is_dir():
        sys.exit(f"no shared/ at {SHARED}: put it beside the repository")
    texts = [p.read_text(encoding="utf-8") for p in sorted((SHARED / "seeds").glob("*.txt"))]
    for path in sorted((SHARED / "corpora" / "riksdagen-interpellations").rglob("*.xml")):
        texts.extend("".join(e.itertext()) for e in etree.parse(str(path)).iter(TEI + "p"))
    words: collections.Counter[str] = collections.Counter()
    for text in texts:
        words.update(re.findall(r"[^\W\d_]+", text.lower()))
    return words


def show_collisions(words: collections.Counter[str], pattern: str, title: str) -> None:
    """Stems where words matching `pattern` meet other words, most frequent first."""
    snowball = SnowballStemmer("swedish").stem
    groups: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for word, count in words.items():
        groups[snowball(word)][word] += count
    rows = []
    for stem, group in groups.items():
        hits = [w for w in group if re.search(pattern, w)]
        others = [w for w in group if w not in hits]
        if hits and others:
            count = sum(group[w] for w in hits)
            rows.append((count, stem, hits[:3], sorted(others, key=lambda w: -group[w])[:5]))
    print(f"== {title}")
    for count, stem, hits, others in sorted(rows, reverse=True)[:25]:
        kept = "kept apart" if len({stem_word(w) for w in hits + others}) > 1 else "joined"
        print(f"{count:>6} {stem!r:14} {hits} ~ {others}  (kb: {kept})")


def main() -> None:
    """Print collisions and the effect of the repairs."""
    words = corpus_words()
    show_collisions(words, r"are(n|s|ns|na|nas)?$", "agent nouns in -are")
    show_collisions(words, r"het(en|er|erna|ens|ernas)?$", "nouns in -het")
    snowball = SnowballStemmer("swedish").stem
    changed = [(n, w, snowball(w), stem_word(w)) for w, n in words.items()]
    changed = [c for c in changed if c[2] != c[3]]
    print(
        f"== kb's stem differs from Snowball's for {len(changed):,} of {len(words):,} "
        f"word types, {sum(c[0] for c in changed):,} of {sum(words.values()):,} tokens"
    )
    random.seed(1)
    for count, word, plain, kb in random.sample(changed, min(30, len(changed))):
        print(f"{count:>6} {word:<24} snowball {plain:<20} kb {kb}")


if __name__ == "__main__":
    main()
