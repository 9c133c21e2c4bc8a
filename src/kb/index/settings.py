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

# A block of postings (Whoosh's pickle of up to 128 postings) shorter than this is
# stored uncompressed. On 2,016 interpellations (110,000 blocks), zlib level 3 by
# size of block: under 64 bytes 23,000 blocks, 0.39 MB in, 0.53 MB out; 64-255 bytes
# 72,000 blocks, 6.2 MB in, 5.7 MB out (0.70 s); 256-1,023 bytes 3.9 -> 1.6 MB
# (0.16 s); larger 20.5 -> 5.8 MB (0.41 s). Under 256 bytes, compressing cost
# 0.84 s of a 7-8 s commit to save 0.4 MB. The commit of those files pre-parsed,
# median of 6 alternated: 10.7 s CPU compressing all, 8.9 s with 256 (index 0.9%
# larger, the same records and postings: bench/same_index.py).
COMPRESSED_BLOCK_BYTES = 256

# A term with fewer postings than this is kept in its entry of the terms file, not in
# a block of the postings file (kb.index.segments._PostingsWriter.finish_postings):
# 74,500 of the 104,000 terms of 2,016 interpellations have one posting (each
# spelling word, each record's id, most rare words). Their commit pre-parsed,
# median of 3 alternated: 7.1 s CPU with none inlined, 5.9 s with 2, 6.8 s with 4;
# index 43.7 / 41.5 / 41.2 MB.
INLINED_POSTINGS = 2
