"""Whether two kb indexes hold the same records: every stored field of every record, every
term's postings (record, weight, positions) and every record's field lengths.

    python3 bench/same_index.py INDEX_A INDEX_B   # e.g. built by two trees from one folder

When a record entered the index (indexed_at, and the meta record's built_at) differs from
one ingest to the next and is left out. A spelling word (spell_text, spell_title) counts
by its presence: kb reads only which words those fields hold. Exit status 0 if the same.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from whoosh.reading import IndexReader

from kb.index import open_index

LENGTH_FIELDS = ("title", "heading", "text", "folded")


def stored(reader: IndexReader) -> list[tuple[int, dict[str, Any]]]:
    """Every record's stored fields, without when it was written."""
    records = []
    for docnum, fields in reader.iter_docs():
        fields = dict(fields)
        fields.pop("indexed_at", None)
        if isinstance(fields.get("data"), str):
            data = json.loads(fields["data"])
            data.pop("indexed_at", None)
            data.pop("built_at", None)
            fields["data"] = data
        records.append((docnum, fields))
    return records


def postings(reader: IndexReader) -> Iterator[tuple[tuple[str, bytes], list[Any]]]:
    """Every term and its postings (record, weight, value bytes or None)."""
    for fieldname, term in reader.all_terms():
        matcher = reader.postings(fieldname, term)
        found = []
        while matcher.is_active():
            # A term kept in its entry of the terms file (kb.index.settings.INLINED_POSTINGS)
            # gives "" for no value where one in the postings file gives None.
            found.append((matcher.id(), matcher.weight(), matcher.value() or None))
            matcher.next()
        yield (fieldname, term), found


def main() -> int:
    a, b = (Path(arg) for arg in sys.argv[1:3])
    with (
        open_index(a).reader() as ra,
        open_index(b).reader() as rb,
    ):
        print(f"records {ra.doc_count_all()} / {rb.doc_count_all()}")
        sa, sb = stored(ra), stored(rb)
        same_stored = sa == sb
        print(f"stored fields the same: {same_stored}")
        if not same_stored:
            pairs = zip(sa, sb, strict=False)
            print("  first difference:", next(((x, y) for x, y in pairs if x != y), "a count"))
        pa, pb = dict(postings(ra)), dict(postings(rb))
        differing = sorted(
            key
            for key in set(pa) | set(pb)
            if key[0] != "indexed_at"
            and (
                (key in pa) != (key in pb)
                if key[0].startswith("spell_")
                else pa.get(key) != pb.get(key)
            )
        )
        print(f"terms {len(pa)} / {len(pb)}, differing {len(differing)} {differing[:5]}")
        la, lb = (
            [[r.doc_field_length(n, f) for f in LENGTH_FIELDS] for n in range(r.doc_count_all())]
            for r in (ra, rb)
        )
        print(f"field lengths the same: {la == lb}")
    same = same_stored and not differing and la == lb
    print("SAME" if same else "DIFFERENT")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
