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
# (bench/stem_collisions.py) and reading the groups of words that end up with
# one stem: each line says what the Snowball stem would collide with. A
# compound ending in one of these words is stemmed the same way
# ("tillsynsmyndigheten" → "tillsynsmyndighet", kb.stemming).
_AGENT = ("e", "en", "ens", "es", "na", "nas")  # brukar·e, brukar·na, …
_HET = ("", "en", "ens", "er", "erna", "ernas", "s")  # myndighet·en, …
_ADJ = ("", "a", "t", "are", "ast", "aste")  # viktig·a, viktig·are, …
STEM_EXCLUSIONS: dict[str, str] = {
    # brukare → "bruk": use, mill ("bruk", "bruka")
    **dict.fromkeys(("brukar" + e for e in _AGENT), "brukar"),
    # ledare → "led": joint, path ("led") and the verb "leda"
    **dict.fromkeys(("ledar" + e for e in _AGENT), "ledar"),
    # förare → "för": the preposition and "föra", "före"
    **dict.fromkeys(("förar" + e for e in _AGENT), "förar"),
    # läkare → "läk": the verb "läka" (heal)
    **dict.fromkeys(("läkar" + e for e in _AGENT), "läkar"),
    # lärare → "lär": the verbs "lära" and "lär" (is said to)
    **dict.fromkeys(("lärar" + e for e in _AGENT), "lärar"),
    # lägenhet → "lägen": plural of "läge" (position)
    **dict.fromkeys(("lägenhet" + e for e in _HET), "lägenhet"),
    # myndighet → "mynd": "myndig" (of age)
    **dict.fromkeys(("myndighet" + e for e in _HET), "myndighet"),
    # rättighet → "rätt": court, right, correct ("rätten")
    **dict.fromkeys(("rättighet" + e for e in _HET), "rättighet"),
    # verklighet → "verk": agency, work and the verb "verka" (seem)
    **dict.fromkeys(("verklighet" + e for e in _HET), "verklighet"),
    # fastighet → "fast": "fast" (but, firm)
    **dict.fromkeys(("fastighet" + e for e in _HET), "fastighet"),
    # närhet → "när": "när" (when), "nära"
    **dict.fromkeys(("närhet" + e for e in _HET), "närhet"),
    # helhet → "hel": "hela" (whole)
    **dict.fromkeys(("helhet" + e for e in _HET), "helhet"),
    # rörlighet → "rör": pipe, "röra", "rörelse"
    **dict.fromkeys(("rörlighet" + e for e in _HET), "rörlighet"),
    # likhet → "lik": corpse, "lika"
    **dict.fromkeys(("likhet" + e for e in _HET), "likhet"),
    # hastighet → "hast": haste
    **dict.fromkeys(("hastighet" + e for e in _HET), "hastighet"),
    # tidigare, tidigt → "tid": time ("tiden"), the most frequent collision
    **dict.fromkeys(("tidig" + e for e in _ADJ), "tidig"),
    # viktigt, viktigaste → "vikt": weight
    **dict.fromkeys(("viktig" + e for e in _ADJ), "viktig"),
    # personlig (personlig assistans) → "person"
    **dict.fromkeys(("personlig" + e for e in (*_ADJ, "en")), "personlig"),
    # stort, the neuter of stor: Snowball leaves its "-t" and kb's repair for
    # the neuter only reads adjectives by their suffix (bench/inflection_coverage.py)
    "stort": "stor",
    # Anders, a first name, is no genitive of "ander" (spirits) → "and" (duck)
    "anders": "anders",
    # ljust, the neuter of ljus (light): wordfreq lacks "ljusare", which the repair reads
    "ljust": "ljus",
    # borde (should) → "bord": table
    "borde": "borde",
    # annan (other) → "ann" by kb's definite "-n" repair ("annans" exists)
    "annan": "annan",
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

# The headings of a report's table of contents (Swedish agency reports: IVO,
# Socialstyrelsen, Vårdanalys, SOU), as regular expressions over the whole line.
PDF_CONTENTS_HEADINGS: tuple[str, ...] = (
    "innehåll",
    "innehållsförteckning",
    "innehåll och sidor",
    "contents",
    "table of contents",
)

# Prefixes Swedish writes with a hyphen before any word ("icke-våld",
# "icke-konfessionell"; Svenska skrivregler), so a hyphen after them at a line
# end is kept.
HYPHEN_PREFIXES: frozenset[str] = frozenset({"icke"})

# Words that open a figure or table caption ("Figur 3. Andel …", "Tabell 2:1 …"),
# as agency reports number them.
PDF_CAPTION_WORDS: tuple[str, ...] = (
    "figur",
    "tabell",
    "diagram",
    "bild",
    "karta",
    "faktaruta",
    "figure",
    "table",
)

# HTML class/id tokens that mark boilerplate around an article (navigation,
# menus, share widgets, cookie and newsletter prompts, teasers, footers,
# bylines, captions). Tokens, not substrings: "article__share-buttons" yields
# "article", "share", "buttons" and the joined "articlesharebuttons", so
# compound names are listed joined ("sronly", "mostread"). Drawn from
# readability's "unlikely candidates" pattern and trafilatura's cleaning rules
# ("boilerplate" is what Cision and Mynewsdesk call a press release's "about
# us" block), then read against the article-extraction benchmark pages and the
# seeds' sites (issue 3).
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
    modal popup overlay lightbox dialog alert banner boilerplate
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
HTML_BYLINE_PREFIXES: tuple[str, ...] = (
    "text:",
    "text",
    "av",
    "skriven av",
    "publicerad av",
    "by",
    "written by",
    "posted by",
)


# --- Compound splitting (kb.compounds) ---

# How the first part of a Swedish compound is written compared with the word
# standing alone, as (ending in the compound, ending of the word): the linking
# letters ("fogemorfem") of Svenska Akademiens grammatik. When several readings
# fit, the splitter keeps the most frequent word.
COMPOUND_LINKS: tuple[tuple[str, str], ...] = (
    ("ar", "are"),  # brukar·organisationer, lärar·utbildning (brukare, lärare)
    ("", ""),  # barn·psykiatrin, distans·möten
    ("s", ""),  # kvalitet·s·försämring, ledning·s·grupp
    ("s", "e"),  # arbet·s·miljö (arbete), rik·s·dag (rike)
    ("o", "a"),  # hälso·vård (hälsa), kyrko·gård (kyrka)
    ("u", "a"),  # gatu·kontor (gata)
    ("", "a"),  # skol·kurator (skola)
    ("", "e"),  # pojk·vän (pojke)
)
# Endings whose reading wins outright: an agent noun in -are drops its -e in
# a compound, and "brukar" read as the verb would stem to "bruk".
COMPOUND_LINKS_FIRST: frozenset[str] = frozenset({"ar"})

# Words of wordfreq's Swedish list that are prefixes or suffixes rather than
# compound parts, found by reading the most frequent heads and tails of the
# interpellations' splits (bench/compound_split.py): "före·slå", "sam·arbete",
# "företag·ande", "individ·erna".
COMPOUND_NON_PARTS: frozenset[str] = frozenset(
    """
    före fram genom åter uppe bort inse mede mota vare nina lika
    ande andet ende erna arna orna ning ningar ingar erat rade rats
    liga ligt lige bara heten heter isk iska iskt else eras aren ares anden ella
    aste bart ring samt
    """.split()
)

# --- Plain-text and Markdown boilerplate (kb.parse.text_boilerplate) ---
# Read off the seed pages (../shared/seeds: a Cision press release, an IVO
# news item, a Socionomen article, a tag archive) and the Swedish news and
# agency sites they come from. All compared case-folded.

# Whole lines that are page furniture, never article text.
BOILERPLATE_LINES: frozenset[str] = frozenset(
    {
        "report this content", "missa inget!", "missa inget", "media", "bilder",
        "dokument", "prenumerera", "dela", "dela artikeln", "dela sidan",
        "dela på facebook", "dela på linkedin", "dela på x", "dela via e-post",
        "kopiera länk", "skriv ut", "tipsa", "tipsa en vän", "till toppen",
        "tillbaka", "annons", "annonsinnehåll", "visa fler", "nyhetsbrev",
        "ladda ner", "om oss", "följ oss", "meny", "sök", "stäng", "logga in",
        "kontakt", "kontakta oss", "presskontakt", "presskontakter",
        "kontaktpersoner", "för mer information, kontakta:",
        "för mer information kontakta:", "share", "print", "godkänn cookies",
        "acceptera cookies", "pressmeddelanden", "relaterade länkar",
    }
)  # fmt: skip

# Line beginnings of prompts and credits ("Prenumerera på vårt nyhetsbrev…",
# "Foto: Pixabay", "Taggar: …").
BOILERPLATE_PREFIXES: tuple[str, ...] = (
    "prenumerera på",
    "prenumerera ",
    "anmäl dig till vårt nyhetsbrev",
    "anmäl dig till nyhetsbrevet",
    "följ oss på",
    "foto:",
    "bild:",
    "fotograf:",
    "illustration:",
    "grafik:",
    "taggar:",
    "etiketter:",
    "kategorier:",
    "dela:",
    "läs också:",
    "läs mer:",
    "läs även:",
)

# Headings that open a list of teasers for other articles; the list runs until
# real article text (a long paragraph not cut off with "…") comes back.
TEASER_HEADINGS: frozenset[str] = frozenset(
    {
        "läs mer",
        "läs även",
        "läs också",
        "relaterat",
        "relaterade artiklar",
        "relaterade nyheter",
        "mer om ämnet",
        "fler artiklar",
        "fler nyheter",
        "senaste nytt",
        "mest läst",
        "populärt just nu",
        "du kanske också vill läsa",
    }
)

# Notices about the publisher itself (seed 000: "Vi har ändrat logotyp och
# kortnamn"): the line and, when it is a heading, the paragraph under it.
NOTICE_PATTERNS: tuple[str, ...] = (
    r"\bändrat (?:vår |sin )?logotyp",
    r"\bny logotyp\b",
    r"\bvi har bytt namn\b",
)

# "Om <organisation>" opens the trailing about-the-publisher block of a press
# release ("Om Myndigheten för vård- och omsorgsanalys"); "Om undersökningen"
# or "Om rapporten" (lower case after "Om") is article text and stays.
ABOUT_HEADING_PATTERN = (
    r"^om (?:oss|myndigheten|förbundet|företaget|organisationen|föreningen|"
    r"(?-i:[A-ZÅÄÖ])\S*)(?:\s+\S+){0,8}$"
)

# Headings of a press release's block of quotes repeated for the press
# ("Citat"): each quote there is followed by a line naming its speaker.
QUOTE_SECTION_HEADINGS: frozenset[str] = frozenset({"citat", "citaten", "citat från"})

# Swedish month names and the abbreviations news sites print ("1 mar 2021").
SWEDISH_MONTHS: dict[str, int] = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "mars": 3, "mar": 3,
    "april": 4, "apr": 4, "maj": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7,
    "augusti": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip

# Labels before a date on its own line ("Senast uppdaterad 2021-06-23").
DATE_LABELS: tuple[str, ...] = (
    "senast uppdaterad",
    "sidan uppdaterades",
    "uppdaterad",
    "uppdaterat",
    "publicerad",
    "publicerat",
    "publiceringsdatum",
    "datum",
    "skapad",
)

# Line beginnings that name an article's author ("Text: Annika Wihlborg").
BYLINE_PREFIXES: tuple[str, ...] = ("text:", "text och foto:", "av:", "skribent:", "reporter:")

# Labels of phone and e-mail lines in contact blocks ("Tel. vxl: 0322-61 60 00").
CONTACT_LABELS: tuple[str, ...] = (
    "tel", "tel.", "telefon", "mobil", "mobiltelefon", "växel", "vxl", "tel. vxl",
    "e-post", "epost", "mejl", "e-mail", "email", "fax",
)  # fmt: skip

# Section headings of reports and articles, never image alt text even when
# they come right after the title.
SECTION_HEADINGS: frozenset[str] = frozenset(
    {
        "sammanfattning",
        "inledning",
        "bakgrund",
        "syfte",
        "metod",
        "resultat",
        "slutsatser",
        "våra viktigaste slutsatser",
        "rekommendationer",
        "vi lämnar följande rekommendationer",
        "förord",
        "innehåll",
        "diskussion",
        "om undersökningen",
    }
)

# Month names, Swedish and English (full and abbreviated), to read a visible
# date such as "6 september 2017" or "Nov 18, 2019" on an HTML page (issue 3).
HTML_MONTHS: dict[str, int] = {
    **{
        name: n
        for n, names in enumerate(
            (
                ("januari", "january", "jan"),
                ("februari", "february", "feb"),
                ("mars", "march", "mar"),
                ("april", "apr"),
                ("maj", "may"),
                ("juni", "june", "jun"),
                ("juli", "july", "jul"),
                ("augusti", "august", "aug"),
                ("september", "sept", "sep"),
                ("oktober", "october", "okt", "oct"),
                ("november", "nov"),
                ("december", "dec"),
            ),
            start=1,
        )
        for name in names
    }
}

# Document types kb names (see kb.models.Document.doctype), read from an HTML
# page's JSON-LD @type, og:type or Dublin Core type. From schema.org's
# Article subtypes and the Open Graph protocol; the Swedish names are kb's.
HTML_DOCTYPES: dict[str, str] = {
    "newsarticle": "nyhet",
    "reportagenewsarticle": "nyhet",
    "analysisnewsarticle": "nyhet",
    "backgroundnewsarticle": "nyhet",
    "opinionnewsarticle": "artikel",
    "reviewnewsarticle": "artikel",
    "article": "artikel",
    "blogposting": "artikel",
    "scholarlyarticle": "artikel",
    "report": "rapport",
    "rapport": "rapport",
    "pressmeddelande": "pressmeddelande",
    "pressrelease": "pressmeddelande",
    "nyhet": "nyhet",
    "artikel": "artikel",
}

# Path segments of a page's URL that tell its document type when the page's
# metadata does not: Swedish agencies' and news sites' sections, as in the
# seeds' URLs (vardanalys.se/press/…, ivo.se/aktuellt/nyheter/…,
# vardanalys.se/rapporter/…).
HTML_DOCTYPE_URL_SEGMENTS: dict[str, str] = {
    "press": "pressmeddelande",
    "pressmeddelanden": "pressmeddelande",
    "pressmeddelande": "pressmeddelande",
    "nyheter": "nyhet",
    "nyhet": "nyhet",
    "news": "nyhet",
    "rapporter": "rapport",
    "rapport": "rapport",
    "publikationer": "rapport",
}


# --- Knowledge extraction (kb.extract, kb.quotes, kb.speakers, kb.kinds) ---
# Cue words for findings, quotes with their speakers, and recommendations
# (issue 4). Written from the seeds (../shared/seeds, whose last section of
# SOURCES.md lists the forms), the list, and Swedish press and agency
# usage (Språkrådet's "Svenska skrivregler" on quotation and attribution).
# Patterns are matched case-folded unless a comment says otherwise.

# Verbs that attribute speech or writing to someone, present and past
# ("…, säger Daniel Lilja", "…, konstaterar Rebecka Kurlberg", "skriver
# Statsrådet Regnér i Expressen: ”…”"). The seeds use säger, menar, anser,
# konstaterar, fastslår, avslutar, betonar, understryker, framhåller,
# berättar, varnar; the rest is the same verb family in news Swedish.
ATTRIBUTION_VERBS: frozenset[str] = frozenset(
    """
    säger sa sade menar menade anser ansåg konstaterar konstaterade fastslår fastslog
    avslutar avslutade betonar betonade understryker underströk framhåller framhöll
    berättar berättade skriver skrev varnar varnade förklarar förklarade tillägger
    tillade fortsätter fortsatte påpekar påpekade poängterar poängterade hävdar hävdade
    uppger uppgav svarar svarade frågar frågade tycker tyckte tror trodde hoppas
    hoppades summerar summerade sammanfattar sammanfattade medger medgav erkänner
    erkände kommenterar kommenterade resonerar resonerade lovar lovade uttalar
    uttalade deklarerar deklarerade slår fast understryker tänker tänkte
    inflikar inflikade utvecklar utvecklade beskriver beskrev aviserar aviserade
    sagt skrivit förklarat konstaterat betonat påpekat uppgett lovat menat framhållit
    understrukit berättat varnat svarat uttalat fastslagit poängterat hävdat
    """.split()
)

# Words before a role that belong to it ("dåvarande kulturminister Amanda
# Lind", "biträdande avdelningschef").
ROLE_ADJECTIVES: frozenset[str] = frozenset(
    """
    dåvarande tidigare förre förra nuvarande biträdande tillförordnade tillförordnad
    nytillträdde nytillträdda avgående ansvariga ansvarigt ansvarig vice
    """.split()
)

# Dashes that open a line of direct speech in Swedish typography: en dash (the
# norm), em dash, minus sign and the hyphen typed in its place.
SPEECH_DASHES: str = "–—−-"

# Quotation marks as (opening, closing) pairs: Swedish ”…” and »…», the
# typewriter "…", guillemets «…» and the English/German “…” and „…“ that
# copied text brings.
QUOTATION_MARKS: tuple[tuple[str, str], ...] = (
    ("”", "”"),
    ('"', '"'),
    ("«", "»"),
    ("»", "«"),
    ("»", "»"),
    ("“", "”"),
    ("„", "“"),
    ("„", "”"),
)

# Abbreviations Swedish writes before a number, whose full stop ends no
# sentence ("5 kap. 2 §", "prop. 2015/16:43", "s. 12"). From Svenska
# skrivregler's list of common abbreviations.
NUMBER_ABBREVIATIONS: tuple[str, ...] = (
    "kap", "prop", "bet", "dnr", "nr", "s", "sid", "st", "p", "art", "jfr", "resp", "ca", "kl", "tel",
    "dir", "skr", "ds", "sfs", "§",
)  # fmt: skip

# Abbreviations whose full stop ends no sentence whatever follows ("bl.a.
# Socialstyrelsen", "t.ex. IVO", "m.fl. Det"). From Svenska skrivregler's list.
TEXT_ABBREVIATIONS: tuple[str, ...] = (
    "bl.a", "t.ex", "m.fl", "m.m", "d.v.s", "dvs", "o.s.v", "osv", "s.k", "fr.o.m", "t.o.m",
    "f.d", "f.n", "p.g.a", "pga", "jfr", "resp", "ev", "inkl", "exkl", "bl. a", "t. ex", "m. fl",
)  # fmt: skip

# Words before a colon or a quotation mark that hand over to someone's words
# ("…bakom följande tillkännagivande: ”…”", "Frågan löd ”…”", "…med texten:").
QUOTE_INTRODUCERS: frozenset[str] = frozenset(
    {"följande", "löd", "lyder", "texten", "orden", "citerar", "citat", "läsa", "uttalande"}
)

# Headings of a block that repeats a press release's quotes, each followed by
# a line naming its speaker (seed 000: "Citat").
QUOTE_BLOCK_HEADINGS: frozenset[str] = frozenset(
    {"citat", "citaten", "citat från", "pressbilder och citat"}
)

# The channel an attribution names after its speaker ("säger IVO i ett mejl",
# "säger författaren till SVT"): not part of the speaker or the role.
ATTRIBUTION_MEDIA: frozenset[str] = frozenset(
    """
    mejl mail e-post e-postmeddelande pressmeddelande uttalande intervju samtal
    debattartikel artikel svar yttrande kommentar brev remissvar sms inlägg
    blogginlägg krönika rapport telefonintervju skrivelse
    """.split()
)

# Personal pronouns that stand for the last named speaker ("…, säger hon.").
SPEAKER_PRONOUNS: frozenset[str] = frozenset({"han", "hon", "hen", "de", "dom"})

# Words for an unnamed, counted group: an opinion they voice is a survey
# result, not one speaker's quote (seed 003: "”…”, anser många.").
SURVEY_GROUP_WORDS: frozenset[str] = frozenset(
    """
    många flera några de flesta majoriteten hälften alla ingen få somliga
    respondenterna tillfrågade svarande socionomerna cheferna deltagarna
    """.split()
)

# Endings of Swedish words for a role or title, so that compounds count
# (social·tjänst·minister, förbunds·ordförande, avdelnings·chef). From the
# seeds' speakers and the titles in Swedish agencies' press releases.
ROLE_SUFFIXES: tuple[str, ...] = (
    "chef",
    "chefen",
    "minister",
    "ministern",
    "statsråd",
    "statsrådet",
    "kommunalråd",
    "regionråd",
    "direktör",
    "direktören",
    "ordförande",
    "ordföranden",
    "ledare",
    "ledaren",
    "sekreterare",
    "ansvarig",
    "ansvariga",
    "inspektör",
    "inspektören",
    "samordnare",
    "strateg",
    "expert",
    "professor",
    "docent",
    "forskare",
    "forskaren",
    "utredare",
    "utredaren",
    "handläggare",
    "analytiker",
    "analytikern",
    "sakkunnig",
    "talesperson",
    "talesman",
    "ombudsman",
    "jurist",
    "juristen",
    "ledamot",
    "ledamoten",
    "biträdande",
    "vd",
    "gd",
    "överdirektör",
    "generalsekreterare",
    "kurator",
    "psykolog",
    "rektor",
    "läkare",
    "sjuksköterska",
    "författare",
    "författaren",
    "talesperson",
    "ordf.",
)

# A role named in definite form ("Statsrådet", "ministern") and the role it
# stands for, so "sa statsrådet" finds the minister a document names.
DEFINITE_ROLES: dict[str, str] = {
    "statsrådet": "statsråd",
    "ministern": "minister",
    "generaldirektören": "generaldirektör",
    "ordföranden": "ordförande",
    "förbundsordföranden": "förbundsordförande",
    "kommunalrådet": "kommunalråd",
    "regionrådet": "regionråd",
}

# Organisations known by several names, mapped to the name kb shows and
# stores (case-folded keys). Swedish agencies, the seeds' publishers and
# unions, and the bodies the interpellations address most often.
ORGANISATION_ALIASES: dict[str, str] = {
    "ivo": "Inspektionen för vård och omsorg",
    "inspektionen för vård och omsorg": "Inspektionen för vård och omsorg",
    "vårdanalys": "Myndigheten för vård- och omsorgsanalys",
    "vård- och omsorgsanalys": "Myndigheten för vård- och omsorgsanalys",
    "myndigheten för vård- och omsorgsanalys": "Myndigheten för vård- och omsorgsanalys",
    "myndigheten för vård och omsorgsanalys": "Myndigheten för vård- och omsorgsanalys",
    "socialstyrelsen": "Socialstyrelsen",
    "skr": "Sveriges Kommuner och Regioner",
    "sveriges kommuner och regioner": "Sveriges Kommuner och Regioner",
    "skl": "Sveriges Kommuner och Landsting",
    "sveriges kommuner och landsting": "Sveriges Kommuner och Landsting",
    "scb": "Statistiska centralbyrån",
    "statistiska centralbyrån": "Statistiska centralbyrån",
    "regeringen": "Regeringen",
    "riksdagen": "Riksdagen",
    "riksdag": "Riksdagen",
    "försäkringskassan": "Försäkringskassan",
    "arbetsförmedlingen": "Arbetsförmedlingen",
    "polisen": "Polismyndigheten",
    "polismyndigheten": "Polismyndigheten",
    "gränspolisen": "Gränspolisen",
    "säpo": "Säkerhetspolisen",
    "säkerhetspolisen": "Säkerhetspolisen",
    "brå": "Brottsförebyggande rådet",
    "brottsförebyggande rådet": "Brottsförebyggande rådet",
    "jo": "Riksdagens ombudsmän",
    "barnombudsmannen": "Barnombudsmannen",
    "skolverket": "Skolverket",
    "skolinspektionen": "Skolinspektionen",
    "arbetsmiljöverket": "Arbetsmiljöverket",
    "boverket": "Boverket",
    "migrationsverket": "Migrationsverket",
    "kronofogden": "Kronofogden",
    "sis": "Statens institutionsstyrelse",
    "statens institutionsstyrelse": "Statens institutionsstyrelse",
    "folkhälsomyndigheten": "Folkhälsomyndigheten",
    "vision": "Vision",
    "akademikerförbundet ssr": "Akademikerförbundet SSR",
    "kommunal": "Kommunal",
    "vårdförbundet": "Vårdförbundet",
    "lärarförbundet": "Lärarförbundet",
    "saco": "Saco",
    "rfsl": "RFSL",
    "fub": "FUB",
    "svt": "SVT",
    "sveriges radio": "Sveriges Radio",
    "röda korset": "Röda Korset",
    "rädda barnen": "Rädda Barnen",
    "försvarshögskolan": "Försvarshögskolan",
}

# Sweden's parliamentary parties: the letters written after a name
# ("Camilla Waltersson Grönvall (M)"), the names kb stores, and the adjectives
# that name a party ("kristdemokratisk ordförande"). From riksdagen.se's list
# of the parties in the Riksdag.
PARTY_LETTERS: dict[str, str] = {
    "s": "Socialdemokraterna",
    "m": "Moderaterna",
    "sd": "Sverigedemokraterna",
    "c": "Centerpartiet",
    "v": "Vänsterpartiet",
    "kd": "Kristdemokraterna",
    "l": "Liberalerna",
    "mp": "Miljöpartiet",
}
PARTY_ADJECTIVES: dict[str, str] = {
    "socialdemokratisk": "Socialdemokraterna",
    "socialdemokratiska": "Socialdemokraterna",
    "moderat": "Moderaterna",
    "moderata": "Moderaterna",
    "sverigedemokratisk": "Sverigedemokraterna",
    "sverigedemokratiska": "Sverigedemokraterna",
    "centerpartistisk": "Centerpartiet",
    "centerpartistiska": "Centerpartiet",
    "vänsterpartistisk": "Vänsterpartiet",
    "vänsterpartistiska": "Vänsterpartiet",
    "kristdemokratisk": "Kristdemokraterna",
    "kristdemokratiska": "Kristdemokraterna",
    "liberal": "Liberalerna",
    "miljöpartistisk": "Miljöpartiet",
    "miljöpartistiska": "Miljöpartiet",
}
ORGANISATION_ALIASES.update({name.casefold(): name for name in PARTY_LETTERS.values()})
ORGANISATION_ALIASES.update(
    {
        "folkpartiet": "Liberalerna",
        "miljöpartiet de gröna": "Miljöpartiet",
        "regeringskansliet": "Regeringskansliet",
        # Pensioners' and users' organisations that press releases on elderly
        # care quote (regeringen.se, 2023–2025).
        "pro": "Pensionärernas Riksorganisation",
        "pensionärernas riksorganisation": "Pensionärernas Riksorganisation",
        "spf seniorerna": "SPF Seniorerna",
        "skpf pensionärerna": "SKPF Pensionärerna",
        "unicef": "Unicef",
        "bris": "Bris",
    }
)

# Words that make a title of a field of policy ("sjukvårdspolitisk
# talesperson", "Liberalernas funktionsrättspolitiska talesperson"): an
# adjective in -politisk(a) belongs to the role after it.
POLICY_ADJECTIVE_ENDINGS: tuple[str, ...] = ("politisk", "politiska", "politiske")

# Endings of one-word organisation names (Social·styrelsen, Arbetsmiljö·verket,
# Försäkrings·kassan) and the last words of many-word ones ("Örnsköldsviks
# kommun", "Region Stockholm" is caught by ORGANISATION_HEADS).
ORGANISATION_SUFFIXES: tuple[str, ...] = (
    "styrelsen",
    "verket",
    "myndigheten",
    "inspektionen",
    "kassan",
    "förmedlingen",
    "polisen",
    "rådet",
    "nämnden",
    "förbundet",
    "partiet",
    "högskolan",
    "universitetet",
    "institutet",
    "ombudsmannen",
    "kommun",
    "region",
    "stad",
    "landsting",
    "förvaltningen",
    "förvaltning",
    "centrum",
    "departementet",
)

# First words of organisation names ("Region Jämtland Härjedalen", "Myndigheten
# för …") and common nouns that head an organisation phrase in a role line
# ("chef på socialtjänsten i Håbo kommun"), compared case-folded.
ORGANISATION_HEADS: frozenset[str] = frozenset(
    """
    region myndigheten inspektionen statens sveriges socialtjänsten socialförvaltningen
    förvaltningen kommunen regionen nämnden socialnämnden enheten avdelningen
    stiftelsen föreningen förbundet riksförbundet institutet universitetet högskolan
    """.split()
)

# Actors a recommendation is addressed to, as written (case-folded) and as kb
# stores them. From the seeds ("Kommunerna bör …", "Regeringen bör …") and
# Swedish agencies' recommendation sections; agencies take the names of
# ORGANISATION_ALIASES.
ADDRESSEES: dict[str, str] = {
    "regeringen": "Regeringen",
    "en regering": "Regeringen",
    "riksdagen": "Riksdagen",
    "staten": "Staten",
    "kommunerna": "Kommunerna",
    "kommunen": "Kommunerna",
    "kommuner": "Kommunerna",
    "landets kommuner": "Kommunerna",
    "sveriges kommuner": "Kommunerna",
    "alla kommuner": "Kommunerna",
    "regionerna": "Regionerna",
    "regioner": "Regionerna",
    "regionen": "Regionerna",
    "landstingen": "Regionerna",
    "socialtjänsten": "Socialtjänsten",
    "socialnämnden": "Socialnämnderna",
    "socialnämnderna": "Socialnämnderna",
    "huvudmännen": "Huvudmännen",
    "huvudmannen": "Huvudmännen",
    "arbetsgivaren": "Arbetsgivarna",
    "arbetsgivarna": "Arbetsgivarna",
    "myndigheterna": "Myndigheterna",
    "verksamheterna": "Verksamheterna",
    "kommunpolitikerna": "Kommunpolitikerna",
    "politikerna": "Politikerna",
    "landets politiker": "Politikerna",
    "vårdgivarna": "Vårdgivarna",
    # The one an assignment appoints ("Regeringen ger en särskild utredare i uppdrag att …").
    "utredaren": "Utredaren",
    "en särskild utredare": "Utredaren",
    "den särskilda utredaren": "Utredaren",
    "särskild utredare": "Utredaren",
}

# Words between a modal verb and its main verb that say nothing about who
# acts ("Kommunerna bör därför också planera …").
MODAL_ADVERBS: frozenset[str] = frozenset(
    """
    därför också även inte dock alltså snarast nu först dessutom både exempelvis
    fortsatt fortsättningsvis tydligare bättre mer aktivt skyndsamt själva
    ytterligare särskilt framför allt i första hand omgående
    """.split()
)

# Verbs ending in -s that are not passive (deponents), so "bör finnas" is not
# read as a passive recommendation without an actor.
DEPONENT_VERBS: frozenset[str] = frozenset(
    {
        "finnas",
        "hoppas",
        "lyckas",
        "minnas",
        "synas",
        "trivas",
        "umgås",
        "växlas",
        "andas",
        "vistas",
    }
)

# Document types whose publisher employs the people it quotes, so a speaker
# given a role but no organisation speaks for the publisher (a press release
# quoting "Isabelle Carnlöf, projektledare"). Not news articles: a journalist's
# interviewee works elsewhere.
PUBLISHER_SPEAKS_DOCTYPES: frozenset[str] = frozenset(
    {"pressmeddelande", "rapport", "remissvar", "yttrande"}
)

# Section headings whose items are findings (seed 001: "Våra viktigaste
# slutsatser"; reports' "Resultat", inspection reports' "Iakttagelser").
FINDING_HEADING_WORDS: tuple[str, ...] = (
    "slutsats",
    "resultat",
    "iakttagelse",
    "fynd",
    "vad vi såg",
    "det här visar",
    "vi konstaterar",
    "bedömning",
)

# Section headings whose items are recommendations (seed 001: "Vi lämnar
# följande rekommendationer"; seed 003: "Viktigaste åtgärder för kvalitet",
# "Viktigast för att kunna utföra socialt arbete …").
RECOMMENDATION_HEADING_WORDS: tuple[str, ...] = (
    "rekommendation",
    "förslag",
    "åtgärder",
    "viktigast för att",
    "vi föreslår",
    "vi rekommenderar",
    "så kan",
)

# Section headings of method, contact and about-the-publisher blocks: what
# stands under them is never a finding or recommendation ("Om undersökningen",
# "Om Myndigheten för vård- och omsorgsanalys").
NEUTRAL_HEADING_PATTERN = (
    r"^(?:om (?!att\b)|kontakt(?:a oss|personer|uppgifter)?$|presskontakt|för mer information|"
    r"metod$|fakta\b|så gjordes)"
)

# Patterns of a sentence that reports what a report, survey, inspection or
# statistics shows (seed 000 "Rapporten visar att …", 002 "tillsyn … visar
# att", "Det framkom även att …", 003 "9 av 10 socionomer anser …", "44% av
# …", "Knappt hälften av …", "Många av de tillfrågade …").
FINDING_CUES: tuple[str, ...] = (
    r"\bvisa(?:r|de|t)?\s+(?:\w+\s+){0,2}?(?:på\s+)?att\b",
    r"\b(?:det|detta|som)\s+visa(?:r|de)\s+(?:en|ett|nya|de|tidigare|också)\b",
    r"\bvisa(?:r|de)\s+på\s+(?:liknande|samma|en|ett|stora|brister)\b",
    r"\b(?:framgår|framgick|framkom|framkommer|konstateras|fastslås|påvisar|tyder på)\b",
    r"\b(?:rapport|undersökning|granskning|studie|forskning|statistik|siffr|kartläggning|"
    r"tillsyn|enkät|utvärdering|uppföljning|sammanställning|analys)\w*\b[^.]{0,80}?\b"
    r"(?:visar|visade|beskriver|konstaterar|pekar på|bekräftar|redovisar)\b",
    r"\benligt\s+(?:en\s+|den\s+|nya\s+|färsk\w*\s+)?(?:rapport|undersökning|granskning|"
    r"statistik|siffror|studie|enkät|kartläggning|forskning|beräkning)\w*",
    r"\b\d+(?:[,.]\d+)?\s?(?:%|procent\b)",
    r"\b(?:\d+|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio)\s+av\s+"
    r"(?:\d+|tio|hundra|fem|fyra|tre|sex|sju|åtta|nio)\b",
    r"\bvar(?:annan|\s+(?:tredje|fjärde|femte|sjätte|sjunde|åttonde|nionde|tionde))\b",
    r"\b(?:hälften|majoriteten|en tredjedel|två tredjedelar|en fjärdedel)\s+av\b",
    r"\b(?:många|flera|de flesta)\s+(?:av\s+)?(?:de\s+)?(?:tillfrågade|svarande|respondenter)",
    # What an inquiry, inspection or report concludes (SOU summaries:
    # "Utredningen konstaterar att …", "Vår kartläggning har resulterat i …").
    r"\b(?:utredningen|rapporten|granskningen|inspektionen|kartläggningen|undersökningen|"
    r"studien|uppföljningen|utvärderingen|vi)\s+(?:\w+\s+)?(?:konstaterar|finner|har funnit|"
    r"har sett|har noterat|noterar|har kunnat se|kan se|ser)\s+(?:\w+\s+){0,3}?att\b",
    r"\b(?:kartläggning|analys|granskning)\w*\s+(?:\w+\s+){0,3}?har\s+(?:resulterat|visat)\b",
)

# An organisation's name after "enligt" reports its figures or findings
# ("enligt Boverket", "enligt Socialstyrelsen"): the sentence is a finding
# when what follows "enligt" is an organisation (see kb.speakers).
FINDING_SOURCE_WORD = "enligt"

# Patterns of a sentence that says someone should act (seed 001 "Kommunerna
# bör …", 002 "är det av yttersta vikt att kommunen …", 003 "behöver
# socialtjänsten …", "Hon uppmanar dem …", 004 "bör därför ges …, föreslås det").
RECOMMENDATION_CUES: tuple[str, ...] = (
    r"\b(?:bör|borde|behöver|behövs|måste|rekommenderar|rekommenderas|föreslår|föreslås|"
    r"uppmanar|uppmanas|efterlyser|kräver|krävs)\b",
    r"\b(?:är|vore)\s+(?:\w+\s+)?(?:viktigt|angeläget|nödvändigt|avgörande|centralt)\s+"
    r"(?:för\s+\w+\s+)?att\b",
    r"\bav\s+(?:yttersta|största|stor)\s+vikt\s+att\b",
    r"\b(?:är|vore)\s+(?:det\s+)?(?:dags|hög tid)\s+(?:för\s+\w+\s+)?att\b",
    r"\b(?:vill\s+vi\s+se|vi\s+vill\s+se)\b",
    r"\b(?:är|vore)\s+en\s+(?:viktig\s+)?(?:åtgärd|pusselbit)\b",
    r"\b(?:är|har)\s+(?:\w+\s+){0,2}?(?:uppgift|ansvar|skyldighet)\s+att\b",
    # A need stated as a call ("Det finns behov av metodstöd", "Det kommer att behövas …").
    r"\bfinns\s+(?:\w+\s+)?behov\s+av\b",
    r"\b(?:kommer\s+att|skulle)\s+behövas\b",
)

# How a government assignment or an inquiry's remit tells an actor to act
# ("Regeringen ger Socialstyrelsen i uppdrag att …", "Regeringen uppdrar åt
# Statskontoret att …", "I uppdraget ingår att …", "Socialstyrelsen får i
# uppdrag att …"). From regeringen.se's regeringsuppdrag pages. Checked before
# the finding cues: an assignment that mentions a figure is still an assignment.
ASSIGNMENT_CUES: tuple[str, ...] = (
    r"\b(?:ger|ge|gav|ges|gett|givit)\s+(?:[\w()-]+\s+){1,10}?(?:ett\s+(?:\w+\s+)?)?i\s+uppdrag\b",
    r"\b(?:ger|ge|gav|gett|givit)\s+(?:[\w()-]+\s+){1,10}?(?:ett|flera)?\s*(?:\w+\s+)?"
    r"(?:uppdrag|regeringsuppdrag)\s+(?:att|om|med|i)\b",
    r"\buppdra(?:r|s|git)?\s+åt\b",
    r"\bfår\s+(?:\w+\s+){0,2}?i\s+uppdrag\b",
    r"\b(?:i|inom)\s+(?:uppdraget|detta|det)\s+ingår\s+(?:\w+\s+)?(?:att|även|också)\b",
    r"\bi\s+uppdraget\s+ska\b",
    r"\bbeslutar\s+(?:\w+\s+)?att\s+ge\b",
    # An inquiry's proposals, summed up: "Utredningen lämnar förslag om …",
    # "I detta betänkande lämnas förslag …", "Bestämmelserna ska enligt förslaget …".
    r"\blämna(?:r|s|t|de)?\s+(?:\w+\s+){0,3}?förslag\b",
    r"\bha(?:r|de)?\s+tagit\s+fram\s+(?:\w+\s+){0,2}?förslag\b",
    r"\benligt\s+(?:förslaget|förslagen|utredningens\s+förslag)\b",
)

# Words of an inquiry telling of its own remit after the fact ("Utredningen
# har haft i uppdrag att …", "Den första delfrågan innebär att utredningen ska
# utreda …"): a description, not a task (SOU summaries on regeringen.se).
REMIT_DESCRIPTION: tuple[str, ...] = (
    r"\bha(?:r|de)\s+(?:\w+\s+){0,2}?(?:haft|fått)\s+(?:\w+\s+){0,2}?(?:i\s+)?uppdrag",
    r"\bdelfråga",
    r"\bhuvuduppgift",
    r"\btilläggsdirektiv",
    r"\butredningens\s+(?:uppdrag|direktiv)\s+(?:har\s+varit|var|är)\b",
)

# Actors whose "ska" gives a task in an assignment or an inquiry's proposal
# ("Socialstyrelsen ska kartlägga …", "Utredaren ska …", "ska Myndigheten
# föreslå …"), besides named organisations; the government's own "ska" in its
# press releases announces plans and is not among them.
TASKED_ACTORS: tuple[str, ...] = (
    "utredaren", "utredningen", "myndigheten", "myndigheterna", "kommunerna", "regionerna",
    "huvudmännen", "socialnämnden", "socialnämnderna", "länsstyrelserna", "länsstyrelsen",
)  # fmt: skip

# What an assignment asks for its own sake, not as its task: reporting back,
# consulting and keeping informed ("Socialstyrelsen ska redovisa uppdraget
# senast …", "löpande informera Regeringskansliet", "samråda med …"). From the
# closing paragraphs of regeringen.se's regeringsuppdrag pages.
ADMINISTRATIVE_TASK_VERBS: frozenset[str] = frozenset(
    """
    redovisa redovisas delredovisa slutredovisa återrapportera rapportera lämna informera
    samråda inhämta hämta samarbeta beakta pågå löpa inkomma redogöra samtala föra
    delredovisning slutredovisning redovisning
    """.split()
)

# Where "framgår att" quotes a rule or a remit, not evidence ("Av utredningens
# direktiv framgår att …", "Av lagen framgår att …").
NON_EVIDENCE_SOURCES: tuple[str, ...] = (
    "direktiv", "uppdrag", "lag", "förordning", "beslut", "proposition", "regleringsbrev",
    "instruktion", "föreskrift", "förarbete",
)  # fmt: skip

# A cue word right after these is descriptive, not a call to act ("det stöd
# som de behöver", "den tid som krävs").
RECOMMENDATION_CUE_BLOCKERS: tuple[str, ...] = ("som", "vad", "vilket", "om")


# --- Citations (kb.csl, kb.citations, kb.citeformats) ---

# How each document type is cited: its CSL item type (CSL 1.0.1, the types
# citeproc-py knows) and the genre a style prints in brackets after the title,
# in Swedish as Swedish APA guides write it ("[Pressmeddelande]"). A type not
# listed is cited as a web page when it has a URL, else as a generic article.
CITATION_TYPES: dict[str, tuple[str, str]] = {
    "rapport": ("report", ""),
    "pressmeddelande": ("webpage", "Pressmeddelande"),
    "nyhet": ("webpage", ""),
    "artikel": ("article-magazine", ""),
    "interpellation": ("report", "Interpellation"),
}

# Verbs that attribute a quote after it ("– …, säger Isabelle Carnlöf,
# projektledare …"): the forms seen in the seeds (shared/seeds/SOURCES.md:
# säger, menar, anser, konstaterar, fastslår, avslutar) and their common
# neighbours in Swedish news text. A citation's link covers the quote's words,
# not the attribution.
QUOTE_ATTRIBUTION_VERBS: tuple[str, ...] = (
    "säger",
    "sa",
    "sade",
    "menar",
    "anser",
    "konstaterar",
    "fastslår",
    "avslutar",
    "berättar",
    "förklarar",
    "understryker",
    "betonar",
    "påpekar",
    "tillägger",
    "skriver",
    "framhåller",
)

# The words before the source in an in-text citation of a quote from someone
# quoted in it (APA 7 "as cited in", Cite Them Right "cited in"), as the CSL
# sv-SE locale's terms "cited" and "in" give them.
CITED_IN = "citerad i"

# The CSL sv-SE locale's short "circa" term, written before a year that is a
# best guess when a style (Cite Them Right) has no form of its own for it.
CIRCA = "ca"

# Lower-case particles that belong to a surname ("af Geijerstam", "von Sydow",
# "de Geer"): Swedish, German, Dutch and French nobiliary particles.
NAME_PARTICLES: frozenset[str] = frozenset("af av von de van der den du la le di da".split())

# Notes written into BibTeX/RIS exports beside the reference.
UNCERTAIN_DATE_NOTE = "Publiceringsdatumet är osäkert"

# --- Synonyms and acronyms of the field (kb.expansion) ---

# Names that mean the same thing, searched together at query time: a query
# for one also finds the others. The first name of a group is the one shown
# to users. From the agencies' and organisations' own names (ivo.se, skr.se,
# vardanalys.se, socialstyrelsen.se, stat-inst.se, folkhalsomyndigheten.se),
# the laws' titles in SFS (socialtjänstlagen SFS 2001:453, LSS SFS 1993:387,
# HSL SFS 2017:30, LVU SFS 1990:52, LVM SFS 1988:870, LOV SFS 2008:962, the
# barnkonvention SFS 2018:1197) and the seed documents' own usage. A user adds
# groups in a synonyms.toml (kb.expansion; README, "Synonyms").
SYNONYM_GROUPS: tuple[tuple[str, ...], ...] = (
    ("Inspektionen för vård och omsorg", "IVO"),
    ("individ- och familjeomsorg", "IFO"),
    ("Sveriges Kommuner och Regioner", "SKR", "Sveriges Kommuner och Landsting", "SKL"),
    ("Myndigheten för vård- och omsorgsanalys", "Vårdanalys", "Vård- och omsorgsanalys"),
    ("socialtjänstlagen", "SoL"),
    ("lagen om stöd och service till vissa funktionshindrade", "LSS"),
    ("Socialstyrelsen",),
    ("hälso- och sjukvårdslagen", "HSL"),
    ("lagen med särskilda bestämmelser om vård av unga", "LVU"),
    ("lagen om vård av missbrukare i vissa fall", "LVM"),
    ("Statens institutionsstyrelse", "SiS"),
    ("barn- och ungdomspsykiatri", "BUP"),
    ("Statens offentliga utredningar", "SOU"),
    # SoL 5 kap. 5 § "särskilda boendeformer … för äldre", called äldreboende in
    # everyday use and in the interpellations (51 times beside 22 "särskilt/särskilda boende").
    ("särskilt boende", "SÄBO", "äldreboende"),
    # SoL 6 kap. 1 §; the interpellations write HVB 119 times, the name 3.
    ("hem för vård eller boende", "HVB"),
    # The pandemic of 2020-2022: the interpellations say "corona" 330 times and
    # "covid" 296 times for the same thing; "pandemin" there is always this one.
    # ("covid" alone and "coronaviruset" are left out: "covid-19" and the part "corona"
    # find 99% of their passages, and each more name cost 1-2 ms a query.)
    ("covid-19", "corona", "coronapandemin", "pandemin"),
    # Work done from home (Arbetsmiljöverket: "distansarbete", "arbete hemifrån");
    # "hemmajobb" is the seeds' word (Socionomen, 2021).
    ("distansarbete", "arbete hemifrån", "hemarbete", "hemmajobb"),
    ("Folkhälsomyndigheten", "FoHM"),
    ("lagen om valfrihetssystem", "LOV"),
    ("barnkonventionen", "FN:s konvention om barnets rättigheter"),
    ("Akademikerförbundet SSR", "SSR"),
    ("ekonomiskt bistånd", "försörjningsstöd"),
)

# Acronyms that are also ordinary words when written in lower case ("sol" is
# the sun, "sis" a word in slang, "lov" leave or a school holiday): expanded
# only when typed with a capital.
CASE_SENSITIVE_SYNONYMS: frozenset[str] = frozenset({"SoL", "SiS", "LOV"})
