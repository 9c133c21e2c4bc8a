"""Swedish words extraction uses: cues of kinds, quotes, speakers, roles, organisations, addressees.

Each group says where it comes from. Change words here, not in the modules.
"""

from __future__ import annotations

from kb.parse.vocab import ORGANISATION_ALIASES

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
    ytterligare särskilt framför allt i första hand omgående likaså
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
    r"studien|uppföljningen|utvärderingen)\s+(?:\w+\s+)?(?:konstaterar|finner|har funnit|"
    r"har sett|har noterat|noterar|har kunnat se|kan se|ser)\s+(?:\w+\s+){0,3}?att\b",
    # "Vi" concludes only in the words of an inquiry or inspection; "vi ser att …" in a
    # member's question to a minister is an opinion (an interpellation: no finding).
    r"\bvi\s+(?:\w+\s+)?(?:konstaterar|finner|har funnit|har kunnat konstatera)\s+"
    r"(?:\w+\s+){0,3}?att\b",
    r"\b(?:kartläggning|analys|granskning)\w*\s+(?:\w+\s+){0,3}?har\s+(?:resulterat|visat)\b",
)

# An organisation's name after "enligt" reports its figures or findings
# ("enligt Boverket", "enligt Socialstyrelsen"): the sentence is a finding
# when what follows "enligt" is an organisation (see kb.extract.speakers).
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

# Lower-case particles that belong to a surname ("af Geijerstam", "von Sydow",
# "de Geer"): Swedish, German, Dutch and French nobiliary particles.
NAME_PARTICLES: frozenset[str] = frozenset("af av von de van der den du la le di da".split())
