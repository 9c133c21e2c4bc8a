"""Tuned numbers of reading pages, PDFs and text, each with how it was chosen.

The modules import them from here, so the evidence for every threshold is in one place.
"""

# --- kb.parse.html_content ---

# A paragraph shorter than this many characters is neither evidence for nor
# against its container (captions, datelines, "Photo: …").
# No measurement is recorded for it.
MIN_GOOD_CHARS = 40
# Link share above which a unit is a link list (navigation, teasers).
# No measurement is recorded for it or the two below.
MAX_LINK_DENSITY = 0.5
# A long unit may carry more links: a summary bullet linking its sources.
LONG_UNIT_CHARS = 150
MAX_LINK_DENSITY_LONG = 0.7
# A container scoring at least this share of the best is as good; the smallest
# such wins, so wrappers adding only boilerplate or a little unflagged
# trailing text lose the tie (benchmark F1 0.972 at 0.9, 0.969 at 1.0).
NEAR_BEST = 0.9
# A teaser card: a linked title and one or two more units (summary, date) in
# an element of at most CARD_MAX_UNITS units, the summary shorter than this.
# No measurement is recorded for either.
CARD_MAX_UNITS = 6
CARD_MAX_SUMMARY = 600

# --- kb.parse.text_boilerplate ---

# Consecutive copies of a line up to this length are a caption or alt text
# shown twice (seed 003); a longer repeated paragraph keeps one copy.
CAPTION_MAX = 300
# A teaser list ends where a paragraph this long, not cut off with "…", begins.
# No measurement is recorded for it.
ARTICLE_PARAGRAPH = 150
# Lines this short, without closing punctuation, are labels (names, titles,
# places) when they stand just above a contact block. No measurement is recorded.
LABEL_MAX = 50

# --- kb.parse.text ---

# A heading line is at most this long. No measurement is recorded for it.
HEADING_MAX = 90
# A question can be a heading ("Hotar hemmajobb socialtjänstens kvalitet?")
# when short; a longer one is a lead or a survey question in running text.
QUESTION_HEADING_MAX = 70
# Text wrapped at a fixed width: no line longer than this, and the lines that
# wrap at least this long on median. No measurement is recorded for either.
WRAP_WIDTH = 100
WRAP_MEDIAN = 50

# --- kb.parse.articles ---

# A block matches a title it differs from only this little (a typo, a dash or
# quote mark of another kind); measured with difflib's ratio. No measurement is
# recorded for the threshold.
FUZZY_TITLE = 0.9
