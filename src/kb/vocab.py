"""Swedish vocabularies kb relies on, kept apart from the logic that uses them.

Each group says where it comes from. Change words here, not in the modules.
"""

from __future__ import annotations

# Swedish stop words: the Snowball project's Swedish stop list
# (snowballstem.org/algorithms/swedish/stop.txt), unchanged. Shipped here
# because NLTK's copy lives in its downloadable data, which kb never fetches.
STOPWORDS: frozenset[str] = frozenset(
    """
    och det att i en jag hon som han på den med var sig för så till är men ett
    om hade de av icke mig du henne då sin nu har inte hans honom skulle hennes
    där min man ej vid kunde något från ut när efter upp vi dem vara vad över än
    dig kan sina här ha mot alla under någon eller allt mycket sedan ju denna
    själv detta åt utan varit hur ingen mitt ni bli blev oss din dessa några
    deras blir mina samma vilken er sådan vår blivit dess inom mellan sådant
    varför varje vilka ditt vem vilket sitta sådana vart dina vars vårt våra ert
    era vilkas
    """.split()
)

# Words the Swedish Snowball stemmer mangles in this field, mapped to the stem
# kb indexes instead. Found by stemming the seed corpus and the interpellations
# and reading the collisions (brukare → "bruk" collides with "bruk", use).
STEM_EXCLUSIONS: dict[str, str] = {
    "brukare": "brukar",
    "brukaren": "brukar",
    "brukarna": "brukar",
    "brukarnas": "brukar",
    "brukares": "brukar",
    "brukarens": "brukar",
    "lägenhet": "lägenhet",
    "lägenheten": "lägenhet",
    "lägenheter": "lägenhet",
    "lägenheterna": "lägenhet",
}

# Field names a user may type in a query (`talare:Carnlöf`), Swedish and
# English, mapped to index fields. Chosen for kb's query language (issue 5).
QUERY_FIELD_ALIASES: dict[str, str] = {
    "talare": "speaker",
    "speaker": "speaker",
    "organisation": "organisation",
    "org": "organisation",
    "typ": "kind",
    "kind": "kind",
    "år": "year",
    "year": "year",
    "mottagare": "addressee",
    "addressee": "addressee",
    "dokumenttyp": "doctype",
    "doctype": "doctype",
    "ämne": "topics",
    "topic": "topics",
    "titel": "title",
    "title": "title",
    "rubrik": "heading",
    "heading": "heading",
}

# Swedish names of passage kinds, as a user types and reads them.
KIND_NAMES: dict[str, str] = {
    "finding": "fynd",
    "quote": "citat",
    "recommendation": "rekommendation",
    "other": "övrigt",
}

# Boolean operators of the query language, English and Swedish, upper case
# only so that the words "och", "eller" and "inte" in a query stay words.
QUERY_OPERATORS: dict[str, tuple[str, ...]] = {
    "and": ("AND", "OCH"),
    "or": ("OR", "ELLER"),
    "not": ("NOT", "INTE"),
}


# --- PDF reading (kb.parse.pdf) ---

# Words that follow a suspended hyphen ("hälso- och sjukvård", "barn- eller
# ungdomsvård"): a line ending in "hälso-" before one of these keeps its
# hyphen and space. From Svenska skrivregler's rule on suspended compounds.
SUSPENDED_HYPHEN_WORDS: frozenset[str] = frozenset(
    {"och", "eller", "samt", "respektive", "resp", "resp.", "till", "som", "men", "and", "or"}
)

# Words before a page number in footers ("Sida 3 av 12", "s. 4", "Page 2").
PDF_PAGE_WORDS: tuple[str, ...] = ("sida", "sid.", "s.", "page", "p.")

# Title prefixes that word processors and PDF printers write on their own, so
# the info dictionary's title is no title at all. Read off PDFs found on
# Swedish agency sites.
PDF_PLACEHOLDER_TITLES: tuple[str, ...] = (
    "microsoft word",
    "microsoft powerpoint",
    "untitled",
    "namnlös",
    "dokument1",
    "document1",
    "powerpoint-presentation",
    "presentation1",
)

# HTML class/id tokens that mark boilerplate around an article (navigation,
# menus, share widgets, cookie and newsletter prompts, teasers, footers,
# bylines, captions). Tokens, not substrings: "article__share-buttons" yields
# "article", "share", "buttons" and the joined "articlesharebuttons", so
# compound names are listed joined ("sronly", "mostread"). Drawn from readability's "unlikely candidates"
# pattern and trafilatura's cleaning rules, then read against the
# article-extraction benchmark pages and the seeds' sites (issue 3).
HTML_BOILERPLATE_TOKENS: frozenset[str] = frozenset(
    """
    nav navbar navigation navi menu menus submenu megamenu breadcrumb breadcrumbs crumbs
    skip skiplink skiplinks toolbar topbar masthead header footer foot colophon copyright
    share shares sharing sharebar social sociallinks socialmedia follow addthis sharethis
    cookie cookies consent gdpr newsletter newsletters subscribe subscription signup
    paywall donate membership login signin register
    related relatedposts recommended recommendations recirc recirculation teaser teasers
    promo promos promotion sponsored sponsor sponsors advert adverts advertisement ad ads
    adslot adunit dfp outbrain taboola zergnet trending popular mostread mostpopular
    sidebar widget widgets rail aside supplemental extra
    comment comments commentlist disqus respond replies
    byline author authors bio dateline timestamp meta postmeta entrymeta
    tags tag taglist keywords categories category
    caption captions credit credits imagecredit photocredit
    pagination pager pages prevnext
    modal popup overlay lightbox dialog alert banner
    invisible sronly screenreadertext screenreaderonly visuallyhidden printonly
    """.split()
)

# HTML class/id tokens (and itemprop values) that mark the article's body;
# they give a container a head start when the reader chooses the main text.
# Same sources as HTML_BOILERPLATE_TOKENS.
HTML_CONTENT_TOKENS: frozenset[str] = frozenset(
    """
    article articlebody story storybody entry entrycontent post postcontent postbody
    content body text main maincontent richtext prose brodtext artikel
    """.split()
)

# Whole blocks (a paragraph, list item or heading, compared in lower case
# without trailing punctuation) that are never article text: teaser and
# subscription prompts, share invitations. Swedish from the seeds (004's tail:
# "Läs mer", "Läs även", "Missa inget!") and Swedish news sites; English from
# the benchmark pages.
HTML_BOILERPLATE_TEXTS: frozenset[str] = frozenset(
    {
        "läs mer",
        "läs även",
        "läs också",
        "läs hela artikeln",
        "läs artikeln",
        "fler artiklar",
        "relaterade artiklar",
        "prenumerera",
        "prenumerera på vårt nyhetsbrev",
        "prenumerera på nyhetsbrevet",
        "missa inget",
        "dela",
        "dela artikeln",
        "dela sidan",
        "dela på facebook",
        "dela på linkedin",
        "skriv ut",
        "tipsa en vän",
        "annons",
        "annonsering",
        "till toppen",
        "hoppa till innehållet",
        "gå till innehållet",
        "kommentera",
        "read more",
        "read more here",
        "continue reading",
        "related",
        "related articles",
        "related stories",
        "more stories",
        "advertisement",
        "advertising",
        "sponsored",
        "share",
        "share this",
        "share this article",
        "share this story",
        "tweet",
        "email",
        "print",
        "subscribe",
        "sign up",
        "follow us",
        "skip to content",
        "skip to main content",
        "back to top",
        "comments",
        "leave a comment",
    }
)

# Prefixes of a short block that starts a teaser or prompt rather than
# article text ("Läs även: …", "Läs mer: …", "Prenumerera på …"). Same
# sources as HTML_BOILERPLATE_TEXTS.
HTML_BOILERPLATE_PREFIXES: tuple[str, ...] = (
    "läs även:",
    "läs mer:",
    "läs också:",
    "missa inget",
    "prenumerera på",
    "anmäl dig till",
    "få nyheter",
    "read more:",
    "related:",
    "see also:",
    "sign up for",
    "subscribe to",
    "click here to",
)

# Words that open a byline ("Text: Annika Wihlborg", "Av Klara Stefansson",
# "By Jane Doe"), seen in the seeds' pages (003, 004) and English news pages.
HTML_BYLINE_PREFIXES: tuple[str, ...] = ("text:", "text", "av", "skriven av", "by", "written by")


# --- Compound splitting (kb.compounds) ---

# How the first part of a Swedish compound is written compared with the word
# standing alone, as (ending in the compound, ending of the word): the linking
# letters of Svenska Akademiens grammatik (SAG, "fogemorfem"). Order matters
# only for readability; the splitter keeps the most frequent reading.
COMPOUND_LINKS: tuple[tuple[str, str], ...] = (
    ("", ""),  # barn·psykiatrin, distans·möten
    ("s", ""),  # kvalitet·s·försämring, arbete·s·miljö → arbets
    ("o", "a"),  # hälso·vård (hälsa), kyrko·gård (kyrka)
    ("u", "a"),  # gatu·kontor (gata)
    ("", "a"),  # skol·kurator (skola), flick·grupp (flicka)
    ("", "e"),  # pojk·vän (pojke)
    ("e", ""),  # barne·barn is rare; stad·e·plan? kept for "tide·räkning"
)

# Words in wordfreq's Swedish list that are prefixes or chance matches rather
# than compound parts, found by reading the splits of the seeds and the
# interpellations (bench/compound_split.py).
COMPOUND_NON_PARTS: frozenset[str] = frozenset()
