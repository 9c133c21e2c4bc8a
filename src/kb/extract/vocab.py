"""Swedish words extraction uses: quotes, speakers, roles, organisations (addressees: kb.extract.cues).

Each group says where it comes from. Change words here, not in the modules (the cues of
passage kinds are kb.extract.cues)."""

from __future__ import annotations

import re

from kb.extract.parties import PARTY_LETTERS
from kb.parse.vocab import ORGANISATION_ALIASES

# Verbs that attribute speech or writing to someone, present and past
# ("…, säger Daniel Lilja", "…, konstaterar Rebecka Kurlberg", "skriver
# Statsrådet Regnér i Expressen: ”…”"). The seeds use säger, menar, anser,
# konstaterar, fastslår, avslutar, betonar, understryker, framhåller,
# berättar, varnar; the rest is the same verb family in news Swedish, and a feature's
# dialogue ("ropar Leo från hallen", "suckar", "skrattar", "invänder": page probes). Not
# "undrar", "beklagar", "minns" or "påminner", which a quote says of its speaker in the first
# person ("i vilken jag undrade", "vi beklagar": interpellations read as others' quotes).
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
    ropar ropade utbrister utbrast viskar viskade suckar suckade skrattar skrattade muttrar
    muttrade invänder invände intygar intygade klargör klargjorde
    """.split()
)
# … of which these tell what someone does as well ("Publiken skrattar när …", "Hon suckar och
# tittar bort"): they attribute the quote they follow, not the one after their paragraph (a
# review: "Publiken skrattar när konferenciern Sara Lind skämtar" before another's speech).
DOING_VERBS: frozenset[str] = frozenset(
    "ropar ropade utbrister utbrast viskar viskade suckar suckade skrattar skrattade muttrar "
    "muttrade".split()
)

# Words before a role that belong to it ("dåvarande kulturminister Amanda
# Lind", "biträdande avdelningschef").
ROLE_ADJECTIVES: frozenset[str] = frozenset(
    """
    dåvarande tidigare förre förra nuvarande biträdande tillförordnade tillförordnad
    nytillträdde nytillträdda avgående ansvariga ansvarigt ansvarig vice ny nyvald
    tf tf. t.f. vik. vikarierande förste första andre andra 1:e 2:e 3:e 1:a 2:a
    ställföreträdande nationell nationella regional regionala lokal lokala särskild
    särskilda särskilde strategisk strategiska medicinskt medicinsk juridisk
    internationell ledande nyvalda nyvalde nyinvald nyinvalda nyinvalde nyutnämnd nyutnämnda
    nyutnämnde nyanställd nyanställda nyanställde nybliven nyblivna nyblivne nytillträdd omvald
    omvalda legitimerad legitimerade utbildad utbildade erfaren erfarna auktoriserad
    diplomerad certifierad specialistutbildad
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
    "tf", "t.f",  # tillförordnad: "tf. lokalpolisområdeschef"
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
    blogginlägg krönika rapport telefonintervju skrivelse granskning reportage inslag
    """.split()
)
# … and, in the definite at the end of an attribution, where it was published ("…, på
# hemsidan", "… i inslaget": news set 25); not before more ("i podden och psykolog på Bris").
ATTRIBUTION_PLACES: frozenset[str] = frozenset(
    """
    inslaget hemsidan webbplatsen podden nyhetsbrevet sändningen bloggen pressmeddelandet
    """.split()
)

# News media by the names "… till SVT" gives them: the channel, though some are known bodies.
MEDIA_NAMES: frozenset[str] = frozenset(
    "svt sr dn gp tt ekot p1 p4 tv4 expressen aftonbladet svd sydsvenskan kvällsposten hd".split()
)

# Headings of a press release's contacts, whose name lines name no speaker (kb.extract.passages).
CONTACT_HEADINGS = ("kontakt", "presskontakt", "för mer information", "mer information")

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
# What the field's lay people are to it, which labellers give as their role ("Amir,
# socionomstudent", "Lotta, familjehemsförälder"): no one's staff (kb.extract.publishers), and
# their "på …" is where they are, no workplace ("patient på mottagningen": workplaces).
LAY_ROLES = ("student", "förälder", "deltagare", "patient", "besökare")
# Those quoted where they live or are served, by the word for what they are: no one's staff
# (kb.extract.publishers.OUTSIDERS), and their "i X" is where they live, no body ("kund i
# Fisksätra": kb.extract.municipalities.only_a_place).
RESIDENTS = frozenset(
    "kund brukare anhörig närstående invånare hyresgäst boende besökare mamma pappa pensionär".split()
)

# Titles of a municipality's officers (kb.extract.identities): a socialchef (a skuldrådgivare,
# news 18-21) quoted in local news works for the municipality the text names, named anywhere.
MUNICIPAL_TITLES: tuple[str, ...] = tuple(
    """socialchef förvaltningschef socialdirektör kommundirektör kommunchef socialsekreterare
    biståndshandläggare omsorgschef äldrechef socialtjänstchef familjehemssekreterare
    hemvårdschef stadsdirektör skuldrådgivare biståndsbedömare kommunalråd fältsekreterare
    fältassistent""".split())  # fmt: skip
# … and (as whole words) those it shares with others: its only in a text naming no other body.
MUNICIPAL_SHARED_TITLES = frozenset("""verksamhetschef enhetschef ungdomsarbetare skolchef
    grundskolechef förskolechef hemtjänstchef anhörigsamordnare""".split())  # fmt: skip
# Titles only a company, a paper or an association has: "Volvos vd", "Faktums
# chefredaktör" name the body, not a place (kb.extract.roles).
COMPANY_TITLES = frozenset("""vd koncernchef styrelseordförande finanschef marknadschef affärschef
    chefredaktör generalsekreterare förbundsordförande förbundsdirektör""".split())  # fmt: skip

# Titles that name their body: the ombudsmen, the county's governor, the national police
# chief (kb.extract.identities: when the text names no other body for them).
TITLE_BODIES: dict[str, str] = {
    "barnombudsman": "Barnombudsmannen",
    "diskrimineringsombudsman": "Diskrimineringsombudsmannen",
    "justitieombudsman": "Riksdagens ombudsmän",
    "landshövding": "Länsstyrelsen",
    "rikspolischef": "Polismyndigheten",
    "kommunpolis": "Polismyndigheten",  # by the title alone (news set 19)
    "områdespolis": "Polismyndigheten",
    "lokalpolisområdeschef": "Polismyndigheten",  # the police's units' chiefs (probe 4)
    "polisområdeschef": "Polismyndigheten",
    # A prosecutor's by title (page probes 37, 76; every such label in the sets but one
    # "åklagare" of Ekobrottsmyndigheten, so not the bare title).
    "kammaråklagare": "Åklagarmyndigheten",
    "chefsåklagare": "Åklagarmyndigheten",
    "överåklagare": "Åklagarmyndigheten",
}
# A school's staff, whose body is the one school the text names ("Maria Sundberg, skolkurator
# på Hagaskolan" in a caption, then "säger skolkuratorn Maria Sundberg": page probes 6, 25,
# 46, 78); not a hospital's "kurator" where the text names no school.
SCHOOL_TITLES = frozenset(
    "rektor skolkurator kurator skolsköterska skolpsykolog specialpedagog förstelärare".split()
)
# The police's titles among them: a place after one is where the officer works, not whose
# ("kommunpolis i Västervik", reports-13; kb.extract.identities).
POLICE_TITLES = frozenset(t for t in TITLE_BODIES if t.endswith(("polis", "polisområdeschef")))
# … and of an agency's head, who works for the agency the text names.
AGENCY_HEAD_TITLES: tuple[str, ...] = ("generaldirektör", "överdirektör")
# Endings that only an agency's name has, and those it shares with a municipality's bodies
# and with associations ("Kommunstyrelsen", "A-kassan", "Elevrådet"), which count only for
# the agencies kb knows by name (kb.extract.bodies.is_agency).
AGENCY_ENDINGS: tuple[str, ...] = (
    "verket", "myndigheten", "inspektionen", "kontoret", "mäteriet", "revisionen",
    "kronofogden", "kriminalvården",
)  # fmt: skip
SHARED_AGENCY_ENDINGS: tuple[str, ...] = (
    "styrelsen", "kassan", "rådet", "förmedlingen", "polisen", "ombudsmannen", "byrån",
)  # fmt: skip
# A first name as common as this in Swedish text (wordfreq zipf) is no part of a surname.
FIRST_NAME_ZIPF = 3.0

# A role named in definite form ("Statsrådet", "ministern") and the role it
# stands for, so "sa statsrådet" finds the minister a document names.
DEFINITE_ROLES: dict[str, str] = {
    # a whole word, not an ending ("ofrivillig"): "en av de frivilliga från …" (news set 16)
    "frivillig": "frivillig",
    "statsrådet": "statsråd",
    "ministern": "minister",
    "generaldirektören": "generaldirektör",
    "ordföranden": "ordförande",
    "förbundsordföranden": "förbundsordförande",
    "kommunalrådet": "kommunalråd",
    "regionrådet": "regionråd",
    "oppositionsrådet": "oppositionsråd",
    "borgarrådet": "borgarråd",
    "landstingsrådet": "landstingsråd",
    "kommunpolisen": "kommunpolis",  # not "polisen", a body (a blind probe of saved pages)
    "områdespolisen": "områdespolis",
    # An ombudsman before their name, as the agency is named ("Barnombudsmannen Elin Ståhl
    # välkomnar …": page probes 110, 114); the agency alone stays a body (bodies.py).
    "barnombudsmannen": "barnombudsman",
    "justitieombudsmannen": "justitieombudsman",
    "diskrimineringsombudsmannen": "diskrimineringsombudsman",
    "sakkunnige": "sakkunnig",  # "SiS medicinskt sakkunnige Jenny Almqvist" (page probe 114)
}

# The parties by their names ("Socialdemokraterna"), as bodies (kb.extract.parties).
ORGANISATION_ALIASES.update({name.casefold(): name for name in PARTY_LETTERS.values()})

ORGANISATION_ALIASES.update(
    {
        "folkpartiet": "Liberalerna",
        "miljöpartiet de gröna": "Miljöpartiet",
        "regeringskansliet": "Regeringskansliet",
        # Pensioners' and users' organisations quoted on elderly care (regeringen.se).
        "pro": "Pensionärernas Riksorganisation",
        "pensionärernas riksorganisation": "Pensionärernas Riksorganisation",
        "spf seniorerna": "SPF Seniorerna",
        "skpf pensionärerna": "SKPF Pensionärerna",
        "unicef": "Unicef",
        "bris": "Bris",
        # The field's unions, women's shelters' and users' federations and care companies,
        # by the short names news use ("SSR", "Roks": a genitive "Roks ordförande" is the
        # name itself, not "Rok"s); from Swedish news on social services (bench/data/
        # news-quotes-*.toml) and the organisations' own sites.
        "ssr": "Akademikerförbundet SSR",
        "roks": "Roks",
        "riksorganisationen för kvinnojourer och tjejjourer i sverige": "Roks",
        "unizon": "Unizon",
        "riksförbundet fub": "Riksförbundet FUB",
        "funktionsrätt sverige": "Funktionsrätt Sverige",
        "lo": "LO",
        "landsorganisationen": "LO",
        "attention": "Attention",
        "riksförbundet attention": "Attention",
        "hyresgästföreningen": "Hyresgästföreningen",
        "frälsningsarmén": "Frälsningsarmén",
        "stadsmissionen": "Stadsmissionen",
        "hela människan": "Hela Människan",
        "famna": "Famna",
        "attendo": "Attendo",
        "humana": "Humana",
        "ambea": "Ambea",
        "vardaga": "Vardaga",
        "kriminalvården": "Kriminalvården",
        "nationellt centrum för kvinnofrid": "Nationellt centrum för kvinnofrid",
        "nck": "Nationellt centrum för kvinnofrid",
        "mfof": "Myndigheten för familjerätt och föräldraskapsstöd",
        "myndigheten för familjerätt och föräldraskapsstöd": (
            "Myndigheten för familjerätt och föräldraskapsstöd"
        ),
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
    "föreningen",  # "Demensföreningen i Karlshamn" (news set 28)
    "förening",
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
    # Kinds of body a one-word name ends in, which no place does: "från Diakonissanstalten"
    # is a body where "från Helsingfors" is a place (news set 17).
    *"""
    anstalten missionen mission kyrkan församlingen jouren byrån akademin akademien sjukhuset kliniken
    mottagningen samfundet rörelsen alliansen nätverket fonden bolaget gymnasiet kansliet
    vården psykiatrin huset tankesmedjan
    """.split(),
    # The courts: "Förvaltningsrätten i Malmö" signs a judgment's words (page probe 71).
    *"tingsrätten tingsrätt förvaltningsrätten förvaltningsrätt kammarrätten hovrätten".split(),
)

# First words of organisation names ("Region Jämtland Härjedalen", "Myndigheten
# för …") and common nouns that head an organisation phrase in a role line
# ("chef på socialtjänsten i Håbo kommun"), compared case-folded.
ORGANISATION_HEADS: frozenset[str] = frozenset(
    """
    region myndigheten inspektionen statens sveriges socialtjänsten socialförvaltningen
    förvaltningen kommunen regionen nämnden socialnämnden enheten avdelningen
    stiftelsen föreningen förbundet riksförbundet institutet universitetet högskolan
    företaget bolaget
    """.split()
)

# Relations a sentence may open with before a name ("Sonen Vilgot", "Kollegan Samir Haddadi":
# page probe 90).
RELATIONS: frozenset[str] = frozenset(
    """
    sonen dottern mamman pappan maken makan frun sambon föräldern systern brodern grannen
    kollegan vännen väninnan kompisen kamraten barnbarnet mormor morfar farmor farfar
    """.split()
)
# Words that open a sentence with a capital and are no part of a name before one ("Enligt Per
# Karlsson …", "Sonen Vilgot är …"); function words are kb.parse.vocab.STOPWORDS.
NOT_NAMES: frozenset[str] = RELATIONS | frozenset(
    """
    enligt dessutom därför trots bland inför även också kanske samtidigt tidigare först
    genom före hos
    men och eller när då nu sedan så att om som där här i på vid till från efter under
    mellan utan med för av mot hur vad varför vem det den de vi han hon jag
    både varken antingen bara just alla flera många några
    möt träffa läs lyssna hör se titta
    """.split()
)

# A body speaking by what kind of body it is ("skriver förbundet", "Förvaltningen
# konstaterar"): the last body of that kind the text named (kb.extract.identities), by the
# stem its name holds ("Riksförbundet FUB", "socialförvaltningen", "Umeå kommun").
GENERIC_BODIES: dict[str, str] = {
    "förbundet": "förbund", "förvaltningen": "förvaltning", "myndigheten": "myndighet",
    "organisationen": "organisation", "föreningen": "förening", "nämnden": "nämnd",
    "kommunen": "kommun", "regionen": "region", "verket": "verk", "styrelsen": "styrelse",
    "stiftelsen": "stiftelse", "institutet": "institut", "inspektionen": "inspektion",
    "kommissionen": "kommission", "jouren": "jour", "företaget": "företag", "bolaget": "bolag",
    "församlingen": "församling",
}  # fmt: skip

# A body's kind in the genitive before a part of it that is no body's name of its own
# ("företagets kontor", "förbundets barnenhet": kb.extract.named.kind_of); not a
# municipality's "Kommunens socialtjänst", which stays as written where none is named.
OWNERS_OF_PARTS = frozenset(
    "företagets bolagets myndighetens förbundets föreningens organisationens stiftelsens".split()
)

# The Riksdag's committees (riksdagen.se, "Utskotten"): their members speak for their party,
# as the labels of the regeringen pages have them, not for the committee as a municipality's
# utskott's chair does ("ordförande i personalutskottet": news sets 34, 35). The last word
# only: "miljö- och jordbruksutskottet" is read by "jordbruksutskottet".
RIKSDAG_COMMITTEES = frozenset(
    f"{name}utskottet"
    for name in (
        "arbetsmarknads", "civil", "finans", "försvars", "justitie", "konstitutions", "kultur",
        "jordbruks", "närings", "skatte", "socialförsäkrings", "social", "trafik",
        "utbildnings", "utrikes",
    )
)  # fmt: skip

# Kinds of unit a chief's title names ("förvaltningschef", "enhetschef"): the unit of that
# kind the text names is the one they head (kb.extract.identities).
UNIT_KINDS = frozenset({"förvaltning", "enhet", "avdelning", "sektion", "mottagning", "klinik"})
# … and kinds of body a director's title names: "förbundsdirektör", "välfärdsområdesdirektör".
HEADED_BODY_KINDS = frozenset({"förbund", "välfärdsområde", "stiftelse", "förening"})

# Definite nouns that end the name of a body, or of a part of one, written in lower case
# after a title ("chef för äldre- och omsorgsförvaltningen", "teamledare på
# barnskyddsteamet", "ordförande i intresseföreningen Faco"): the phrase is the
# organisation. From 45 news excerpts from 38 sites, labelled blind (stop 41).
UNIT_ENDINGS: tuple[str, ...] = (
    "förvaltningen", "nämnden", "styrelsen", "enheten", "avdelningen", "teamet", "kansliet",
    "föreningen", "förbundet", "organisationen", "mottagningen", "kliniken", "psykiatrin",
    "vården", "omsorgen", "tjänsten", "boendet", "härbärget", "stiftelsen", "institutionen",
    "myndigheten", "kontoret", "sektionen", "centret", "sjukhuset", "kommunen", "regionen", "hemmet",
    "huset", "gården", "jouren",  # "Kvinnohuset", "Klippangården", "socialjouren" (stop 43)
    "fullmäktige",  # "kommunfullmäktige", "regionfullmäktige"
    "utskottet",  # a committee: "ordförande i personalutskottet" (news sets 34, 35)
    "företaget", "bolaget",  # "assistansföretaget IKI Assistans AB", "bostadsbolaget"
)  # fmt: skip

# Words that say where someone works, after a name's comma: "…, verksam vid Lunds universitet".
WORKING_WORDS = frozenset("verksam anställd aktiv engagerad stationerad placerad baserad".split())

# A company's kind in the genitive after its name: "Nordvik Omsorg AB:s vd" (page probe 119).
COMPANY_GENITIVES = frozenset({"AB:s", "HB:s", "KB:s", "Ab:s"})

# Document types whose publisher employs the people it quotes, so a speaker given a role but no
# organisation speaks for it ("Isabelle Carnlöf, projektledare"). Not news: an interviewee
# works elsewhere.
PUBLISHER_SPEAKS_DOCTYPES = frozenset({"pressmeddelande", "rapport", "remissvar", "yttrande"})
# Types of a page a body publishes about itself as often as a paper does about others (a
# kommun's "Nyheter"): kb.extract.publishers.
OWN_NEWS_DOCTYPES = frozenset({"nyhet", "artikel", ""})

# First words of the names of places and firms, not of people ("Norra Real", "Stora Enso",
# "Kommunal Norra Mälardalen": page probe 78).
NO_FIRST_NAMES = frozenset(
    "norra södra östra västra stora lilla nya gamla övre nedre sankt".split()
)

# Lower-case particles that belong to a surname ("af Geijerstam", "von Sydow",
# "de Geer"): Swedish, German, Dutch and French nobiliary particles.
NAME_PARTICLES: frozenset[str] = frozenset("af av von de van der den du la le di da".split())


# What a text says when it hides someone's name ("Anna, som egentligen heter något annat",
# "namnet är fingerat", "vill inte framträda med efternamn"): a first name alone in it may
# be someone other than the named person of that first name (kb.extract.identities).
NAME_HIDDEN = re.compile(
    r"\b(?:heter (?:egentligen|något annat|i verkligheten|i själva verket)|fingera(?:t|de)|"
    # someone anonymous, not calling anonymously ("prata … anonymt med en trygg vuxen", "Samtalen
    # är anonyma": a helpline, news set 18)
    r"(?:hon|han|hen|jag|personen|kvinnan|mannen|vara|förbli) (?:\w+ ){0,2}?anonym\w*|"
    r"(?:är|vara|förbli|förblir) (?:\w+ ){0,2}?anonym\b|uttalar sig anonymt|anonymiser\w*|"
    r"(?:namnet|namn) (?:är|har) (?:ändrats|ändrat|bytts)|sitt riktiga namn|framträda med namn|"
    r"(?:efter|för)namn(?:et)?)\b",
    re.IGNORECASE,
)
# A first name introduced alone, as news introduce a private person: with an age ("Anna,
# 34, bor …") or what they are ("Stefan, en boende i huset"), not after another name
# (a surname found so, "Annica Larsson, 50,", is no first name: harmless).
FIRST_NAME_ALONE = re.compile(
    r"(?<!säger )(?<!sa )(?<!berättar )\b([A-ZÅÄÖÉÜ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?)"
    r"(?:,\s+(?:\d{1,3}(?:\s+år)?,|en\s|ett\s)|\s+\(\d{1,3}\))"
)

# A title no longer held ("tidigare socialchef"): no body's voice now.
FORMER = frozenset({"tidigare", "förre", "förra", "f.d.", "dåvarande", "före", "förutvarande"})
