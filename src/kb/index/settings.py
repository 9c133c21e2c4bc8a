"""Tuned numbers of the index writer, each with how it was chosen."""

# Megabytes of postings (kb.index.postings.PostingTable's estimate) the writer holds
# before it writes them, sorted by term, to a run on disk. On corpus/ and the 5,364
# interpellations (3.7 million postings in 230,000 terms) the largest process of a full
# ingest peaked at 258 MiB, as with Whoosh's pool at 128 MB of its own estimate (a tuple
# per posting; there 256 MB gave 403 MiB and 64 MB 200 MiB, at the same CPU); the pool
# workers are about 160-200 MiB each.
WRITER_POOL_MB = 128

# Terms (each with its postings) marshalled at once when the writer's table writes or
# reads a run: one call per posting was a third of the writer's time (pickle), one per
# slice is noise.
RUN_SLICE = 10_000

# Field values whose postings the writer keeps to file again (kb.index.segments.KbSegmentWriter):
# a record's kind, year, publisher, document id and title repeat; a passage's own id does not,
# so the table is emptied when full. 50,000 entries are a few MB.
INDEXED_VALUES = 50_000
