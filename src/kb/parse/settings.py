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

# --- kb.parse.pdf_layout ---

# A line this much larger than body text is a heading (body 11 pt, headings
# 13 pt and up in the agency reports read while writing this).
HEADING_RATIO = 1.15
# A vertical gap this many times the usual line spacing starts a new paragraph.
# No measurement is recorded for it.
PARAGRAPH_GAP = 1.4
# Header and footer lines are looked for among this many lines at each page
# edge, and only within this share of the page height from its top or bottom.
# No measurement is recorded for either.
EDGE_LINES = 3
EDGE_ZONE = 0.12
# A line repeated at the page edge on at least this share of pages is running.
# No measurement is recorded for it.
RUNNING_SHARE = 0.5
# A longer PDF line is never a heading (kb.parse.text has its own, HEADING_MAX).
# No measurement is recorded for it.
PDF_HEADING_MAX = 120
# Text below a page's body and this much smaller is a footnote (Word and
# LibreOffice set notes in 10 pt under 11 pt body, 0.91; ReportLab reports 7.5/10).
NOTE_RATIO = 0.93
# A footnote stands this many font sizes below the line drawn before it (Word
# through LibreOffice: 1.7 and more; lines of text: 1.3).
NOTE_GAP = 1.5
# A title set this much larger than body text, on the first page, is the cover's
# title (covers of the development set: 26–28 pt over 10–11 pt body).
COVER_RATIO = 1.6
# A word hyphenated at a line end is joined when the whole word is at least this
# common in Swedish (wordfreq zipf; "åtgärder" 4.6, "omsorg" 4.4) and the
# hyphenated spelling is not ("e-post" 4.0 against "epost" 2.3).
KNOWN_WORD_ZIPF = 2.5
