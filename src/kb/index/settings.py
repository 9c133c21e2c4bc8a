"""Tuned numbers of the index writer, each with how it was chosen."""

# Megabytes of postings (Whoosh's estimate) the writer holds before it sorts them
# into a run on disk; an ingest's largest process is about 80 MB more. On corpus/
# and the 5,364 interpellations (5.2 million postings; one run of one ingest each,
# load 2-4, so compare within a row): 256 MB: 403 MiB peak; 128 MB: 205 MiB and
# 64 MB: 200 MiB, the same CPU (147 s) since the runs are marshalled in slices
# (kb.index.segments._PostingPool); the pool workers are about 200 MiB each.
WRITER_POOL_MB = 128

# Postings marshalled at once when the pool writes or reads a run: one call per
# posting was a third of the writer's time (pickle), one per slice is noise.
RUN_SLICE = 10_000

# Field values whose postings the writer keeps to file again (kb.index.segments.KbSegmentWriter):
# a record's kind, year, publisher, document id and title repeat; a passage's own id does not,
# so the table is emptied when full. 50,000 entries are a few MB.
INDEXED_VALUES = 50_000
