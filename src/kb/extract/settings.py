"""Tuned numbers of extraction, each with how it was chosen.

The modules import them from here, so the evidence for every threshold is in one place.
"""

# --- kb.extract.passages ---

# A pull quote shorter than this is too common a phrase to be taken for part
# of a longer quote. No measurement is recorded for it.
MIN_CONTAINED_WORDS = 5

# --- kb.extract.quotes ---

# A quoted stretch shorter than this is a term or a title (”rektor”, ”Vi anger
# inte”), not someone's statement; four words keeps every quote of the seeds.
MIN_QUOTE_WORDS = 4

# --- kb.extract.identities ---

# A first name this long that differs in one letter is a misspelling
# ("Rebecka"/"Rebeca" spelled alike by sound are caught by the skeleton first);
# shorter names one letter apart are usually two names (Maria/Marie, Anna/Anne).
MIN_MISSPELT_NAME = 6

# --- kb.extract.references ---

# A line that is only a designation (a report's cover: "SOU 2020:47"), among a
# document's first blocks, names the document. No measurement is recorded for either.
FIRST_BLOCKS = 10
ALONE_MAX_CHARS = 40
