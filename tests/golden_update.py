"""The golden file of kb's extraction on the seed documents (tests/fixtures/seeds/): build, compare, update.

tests/golden/extraction.json records, for every passage of every document in
tests/fixtures/seeds/, its kind, speaker (name, role, organisation), addressee, quote words
and quote key, as kb extracts them and as a reviewer accepted them. Where the
reviewer disagrees with kb, the passage carries a "truth" object with the
right values: the test still holds kb to what it does (so a change that loses
a quote fails loudly), and bench/extraction_quality.py scores kb against the
truth. Topics are left out: they follow the editable vocabulary.

Regenerate after a deliberate change and review the printed diff by eye:

    python3 -m tests.golden_update
"""

from __future__ import annotations

import difflib
import json
import sys
from pathlib import Path
from typing import Any

from kb.ingest import load_file
from kb.ingest.corpus import iter_source_paths

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "tests" / "fixtures" / "seeds"
GOLDEN = REPO / "tests" / "golden" / "extraction.json"
PREFIX_CHARS = 80
FIELDS = ("kind", "speaker", "addressee", "quote", "quote_key")


def passage_record(passage: Any) -> dict[str, Any]:
    """What the golden file keeps of a passage."""
    return {
        "text": passage.text[:PREFIX_CHARS],
        "kind": passage.kind,
        "speaker": passage.speaker.as_dict() if passage.speaker else None,
        "addressee": passage.addressee,
        "quote": passage.quote,
        "quote_key": passage.quote_key,
    }


def corpus_records(corpus: Path = CORPUS) -> list[dict[str, Any]]:
    """kb's extraction of every document in a corpus folder, as golden records."""
    root = str(corpus.resolve())
    documents = []
    for source in iter_source_paths(corpus):
        loaded = load_file(root, source, None)
        if loaded.error:
            raise RuntimeError(f"{source}: {loaded.error}")
        for number, (document, passages) in enumerate(loaded.documents):
            documents.append(
                {
                    "source": source,
                    "article": number,
                    "title": document.title,
                    "passages": [passage_record(p) for p in passages],
                }
            )
    return documents


def load_golden(path: Path = GOLDEN) -> list[dict[str, Any]]:
    """The golden documents."""
    return json.loads(path.read_text(encoding="utf-8"))["documents"]


def truth_of(record: dict[str, Any]) -> dict[str, Any]:
    """A golden passage as it should be: kb's accepted output overlaid with the reviewer's truth."""
    return {**{k: record[k] for k in FIELDS}, **record.get("truth", {})}


def _dump(documents: list[dict[str, Any]]) -> str:
    about = (
        "kb's extraction of corpus/, reviewed by hand. A passage's 'truth' holds the right "
        "values where kb is wrong. Regenerate: python3 -m tests.golden_update"
    )
    return json.dumps({"about": about, "documents": documents}, ensure_ascii=False, indent=1) + "\n"


def update(path: Path = GOLDEN) -> str:
    """Rewrite the golden file from kb's output, keeping reviewers' truths; return the diff."""
    old_text = path.read_text(encoding="utf-8") if path.exists() else ""
    truths: dict[tuple[str, int, str], dict[str, Any]] = {}
    if old_text:
        for doc in json.loads(old_text)["documents"]:
            for p in doc["passages"]:
                if "truth" in p:
                    truths[(doc["source"], doc["article"], p["text"])] = p["truth"]
    documents = corpus_records()
    for doc in documents:
        for p in doc["passages"]:
            truth = truths.get((doc["source"], doc["article"], p["text"]))
            if truth:
                # A truth kb now meets is no longer a disagreement.
                left = {k: v for k, v in truth.items() if p.get(k) != v}
                if left:
                    p["truth"] = left
    new_text = _dump(documents)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(new_text, encoding="utf-8")
    return "".join(
        difflib.unified_diff(
            old_text.splitlines(keepends=True), new_text.splitlines(keepends=True), "old", "new"
        )
    )


if __name__ == "__main__":
    diff = update()
    sys.stdout.write(diff or "golden file unchanged\n")
