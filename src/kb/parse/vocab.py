"""Swedish words the readers use: page furniture, headings, months, PDF and HTML cues.

The Snowball stop words are here too: the HTML reader tells Swedish text by them first.

Each group says where it comes from. Change words here, not in the modules.
"""

from __future__ import annotations

from kb.parse.organisations import known_organisations

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
# seeds' sites. Not "paywall": a page saved by someone who could read it holds the
# article's rest in its paywall's element (a blind probe of saved pages lost two quotes so;
# bench/html_extraction.py's 181 pages, 25 with the word, score the same without it).
HTML_BOILERPLATE_TOKENS: frozenset[str] = frozenset(
    """
    nav navbar navigation navi menu menus submenu megamenu breadcrumb breadcrumbs crumbs
    skip skiplink skiplinks toolbar topbar masthead header footer foot colophon copyright
    share shares sharing sharebar social sociallinks socialmedia follow addthis sharethis
    cookie cookies consent gdpr newsletter newsletters subscribe subscription signup
    donate membership login signin register
    related relatedposts recommended recommendations recirc recirculation teaser teasers
    promo promos promotion sponsored sponsor sponsors advert adverts advertisement ad ads
    adslot adunit dfp outbrain taboola zergnet trending popular mostread mostpopular
    sidebar widget widgets rail aside supplemental extra
    comment comments commentlist disqus respond replies
    byline author authors bio dateline timestamp meta postmeta entrymeta
    tags tag taglist keywords categories category
    caption captions credit credits imagecredit photocredit bildtext
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
    "abonnera på",
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
    "abonnera på",
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

# The cookie banner every Swedish public site shows, copied with the page's text, and the
# old-browser notice, in the banners' own words (whole lines; a finding about cookies or
# browsers stays: "Granskningen visar att 40 kommuner använder cookies …", a review).
SITE_NOTICE_PATTERNS: tuple[str, ...] = (
    r"^kakor(?:\s*\(cookies\))?(?:\s+på\s+\S+)?$",
    r"^(?:om\s+)?(?:kakor|cookies)$",
    r"^vi (?:använder|vill (?:också )?(?:använda|sätta)|skulle vilja (?:använda|sätta))\b"
    r"[^.]{0,60}\b(?:kakor|cookies)\b[^.]{0,80}\b(?:webbplats\w*|sajt\w*|fungera|"
    r"funktioner|upplevelse\w*|statistik|användare)",
    r"^(?:den här|denna) (?:webbplats|sajt)(?:en)? använder (?:kakor|cookies)\b",
    r"^du kan (?:när du vill |när som helst |alltid )?ändra dina (?:cookie)?inställningar",
    r"^vi rekommenderar (?:att du|dig att) (?:uppgraderar|uppdaterar|byter)[^.]{0,30}\bwebbläsare"
    r"[^.,]{0,10}(?:för en bättre|[.!]?$)",
    r"^din webbläsare (?:stöds inte|är föråldrad|är inte längre|är (?:av )?en äldre (?:modell|version)"
    r"|är (?:för )?gammal\b)",
    r"^(?:webbplatsen|sidan|sajten|tjänsten) använder teknik som[^.]{0,40}\bwebbläsare",
    r"^se till att du använder en (?:rekommenderad|modern|annan|nyare|uppdaterad) webbläsare",
    r"^du använder en (?:utdaterad|gammal|föråldrad|äldre|icke stödd) webbläsare",
    r"^vi (?:stöd(?:j)?er inte|har slutat stödja) din webbläsare",
    r"^rekommenderade webbläsare$",
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

# Labels of an authority's case number ("Diarienummer: S2025/02119"), which exported
# pages glue to the title ("…trygghetDiarienummer: S2025/02119"): metadata, not text.
CASE_NUMBER_LABELS: tuple[str, ...] = ("diarienummer", "dnr")

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
# date such as "6 september 2017", "1 mar 2021" or "Nov 18, 2019" on a page or a
# line of text of its own.
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
    "press": "pressmeddelande", "pressmeddelanden": "pressmeddelande",
    "pressmeddelande": "pressmeddelande",
    # Mynewsdesk's and other press rooms' ("press.akademiska.se/pressreleases/…": news set 32).
    "pressreleases": "pressmeddelande", "pressrelease": "pressmeddelande",
    "press-releases": "pressmeddelande",
    "nyheter": "nyhet", "nyhet": "nyhet", "news": "nyhet",
    "rapporter": "rapport", "rapport": "rapport", "publikationer": "rapport",
}  # fmt: skip

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
    # The state's auditors and evaluators, whose reports are the field's findings.
    "riksrevisionen": "Riksrevisionen",
    "statskontoret": "Statskontoret",
    "ifau": "Institutet för arbetsmarknads- och utbildningspolitisk utvärdering",
    "institutet för arbetsmarknads- och utbildningspolitisk utvärdering": (
        "Institutet för arbetsmarknads- och utbildningspolitisk utvärdering"
    ),
    "isf": "Inspektionen för socialförsäkringen",
    "inspektionen för socialförsäkringen": "Inspektionen för socialförsäkringen",
    "mucf": "Myndigheten för ungdoms- och civilsamhällesfrågor",
    "myndigheten för ungdoms- och civilsamhällesfrågor": (
        "Myndigheten för ungdoms- och civilsamhällesfrågor"
    ),
    "sbu": "Statens beredning för medicinsk och social utvärdering",
    "statens beredning för medicinsk och social utvärdering": (
        "Statens beredning för medicinsk och social utvärdering"
    ),
    "mfof": "Myndigheten för familjerätt och föräldraskapsstöd",
    "myndigheten för familjerätt och föräldraskapsstöd": (
        "Myndigheten för familjerätt och föräldraskapsstöd"
    ),
    "e-hälsomyndigheten": "E-hälsomyndigheten",
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
    "fub": "Riksförbundet FUB",
    "svt": "SVT",
    "sveriges radio": "Sveriges Radio",
    "röda korset": "Röda Korset",
    "rädda barnen": "Rädda Barnen",
    "försvarshögskolan": "Försvarshögskolan",
}
ORGANISATION_ALIASES.update(known_organisations())  # kb/data/organisations.txt
