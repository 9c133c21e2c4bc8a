"""Swedish words that tell a passage's kind (findings, recommendations, assignments) and whom it addresses.

Data for kb.extract.kinds. Each group says where it comes from. Change words here, not in
the modules; the words of quotes and speakers are kb.extract.vocab.
"""

from __future__ import annotations

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
    r"\bvisa(?:r|de)\s+på\s+(?:liknande|samma|en|ett|stora|brister|flera|positiva|negativa)\b",
    r"\b(?:framgår|framgick|framkom|framkommer|konstateras|fastslås|påvisar|tyder på)\b",
    r"\b(?:rapport|undersökning|granskning|studie|forskning|statistik|siffr|kartläggning|"
    r"tillsyn|enkät|utvärdering|uppföljning|sammanställning|analys)\w*\b[^.]{0,80}?\b"
    r"(?:visar|visade|beskriver|konstaterar|pekar på|bekräftar|redovisar)\b",
    r"\benligt\s+(?:en\s+|den\s+|nya\s+|färsk\w*\s+)?(?:rapport|undersökning|granskning|"
    r"statistik|siffror|studie|enkät|kartläggning|forskning|beräkning)\w*",
    r"\b\d+(?:[,.]\d+)?\s?(?:%|procent\b)",
    r"\b(?:\d+|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio)\s+av\s+"
    r"(?:\d+|tio|hundra|fem|fyra|tre|sex|sju|åtta|nio)\b",
    # "var tredje", "vart tionde fall" (reports-10); not how often ("vart femte år") nor
    # "om vartannat"
    r"(?<!om )\bvart?(?:annan|annat|\s+(?:tredje|fjärde|femte|sjätte|sjunde|åttonde|nionde|tionde))\b"
    r"(?!\s+(?:år|månad|vecka|dag|gång|timme|minut)\b)",
    r"\b(?:hälften|majoriteten|en tredjedel|två tredjedelar|en fjärdedel|tre fjärdedelar|"
    r"en femtedel)\s+(?:av\b|(?:angav|anger|uppger|uppgav|svarade|svarar|bedömde|bedömer|"
    r"anser|ansåg|upplever|upplevde|saknar|saknade)\b)",  # "En tredjedel angav att …" (reports-8)
    r"\b(?:många|flera|de flesta)\s+(?:av\s+)?(?:de\s+)?(?:tillfrågade|svarande|respondenter)",
    # What those asked answer (reports-11: "De svarande uppger att …")
    r"\bde\s+(?:svarande|tillfrågade)\s+(?:uppger|anger|svarar|anser|upplever|tycker)\b",
    # Many of those asked telling of what they live with ("Många rapporterar om otrygghet i
    # vardagen", "Flera kommuner uppger att …", reports-10); not hearsay ("Flera medier
    # rapporterar att …", "Flera vittnen uppger …": a review).
    r"\b(?:många|flera|de flesta)\s+(?:(?:kommuner|regioner|verksamheter|elever|unga|"
    r"ungdomar|äldre|anhöriga|föräldrar|medlemmar|deltagare|brukare|patienter|chefer|"
    r"medarbetare|anställda|barn)\s+)?(?:rapporterar|uppger|uppgav)\s+(?:om|att)\b",
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

# An auditor's or agency's assessment (municipal revisionsrapporter: "Vår samlade
# bedömning är att …", "Kommunens revisorer har hittat flera förbättringsområden",
# "kritiserar revisorerna bland annat hur …"; reports-1: "Vi har identifierat tio kommuner
# som …"). Apart from FINDING_CUES and looked for only in a sentence that holds one of
# ASSESSMENT_WORDS: each pattern more in that one alternation costs every sentence.
ASSESSMENT_CUES: tuple[str, ...] = (
    r"\bhar\s+(?:det\s+)?(?:inte\s+)?framkommit\b",
    r"\b(?:revisorerna|revisorer|revisionen|kommunrevisionen|stadsrevisionen)\s+(?:\w+\s+)?"
    r"(?:konstaterar|finner|har funnit|har hittat|har noterat|noterar|kritiserar|bedömer|anser|"
    r"menar|påtalar)\b",
    # A failing found (reports-4: "Socialtjänsten brast däremot i att göra en lex
    # Sarah-utredning", "Nämndsordförande har underlåtit att kalla till möte").
    # ("Hon brast i gråt", "Dammen brast" are none).
    r"\b(?:brast|brustit)\s+(?:\w+\s+){0,2}?i\s+(?!gråt|tårar|skratt)",
    r"\bunderl(?:ät|åtit)\s+(?:\w+\s+)?att\b",
    # What the auditors noted, in their own voice or impersonally ("Vi noterade att …",
    # "kan vi konstatera att …", "Ett antal brister har identifierats").
    r"\bvi\s+(?:noterade|konstaterade|fann|iakttog)\s+(?:\w+\s+){0,3}?att\b",
    r"\b(?:kan|kunde)\s+(?:\w+\s+){0,3}?(?:konstatera|notera)\s+att\b",
    r"\b(?:vi\s+har|har\s+vi)\s+(?:\w+\s+){0,3}?(?:noterat|uppmärksammat|iakttagit)\s+att\b",
    r"\bhar\s+(?:\w+\s+)?(?:identifierats|noterats|konstaterats)\b",
    r"\bkritiserar\s+(?:\w+\s+)?(?:revisorerna|revisionen)\b",
    r"\b(?:positivt|negativt|glädjande|oroande|anmärkningsvärt)\s+är\s+(?:\w+\s+)?att\b",
    # A summing up of what was found ("Den sammantagna bilden är att …", reports-10); not "Det
    # är allvarligt att …", an opinion in a motion or a consultation answer (a review).
    r"\b(?:sammantagna|samlade)\s+bilden\s+(?:\w+\s+)?är\s+att\b",
    r"\b(?:vår|den)\s+(?:\w+\s+)?(?:bedömning|slutsats)(?:en)?\s+(?:\w+\s+){0,3}?är\s+att\b",
    # "Sammanfattningsvis är bedömningen att …", "gör revisorerna bedömningen att …" (reports-3)
    # (not the government's: "gör regeringen bedömningen att den behöver ses över" is its call)
    r"\b(?:är|görs|gör\s+(?!regeringen\b)\w+)\s+bedömningen\s+att\b",
    r"\bkritiseras\b",
    r"\bfår\s+(?:\w+\s+)?\w*kritik\b",
    r"\b(?:sammantaget|sammanfattningsvis)\s+bedöm(?:s|er\s+\w+)\s+(?:\w+\s+){0,2}?att\b",
    r"\bgörs\s+(?:den\s+\w+\s+)?bedömningen\s+att\b",
    r"\bdra(?:r|git)?\s+(?:den\s+)?slutsatsen\s+att\b",
    # Who criticises: an inspector or auditor, not any critic ("SKR har riktat kritik mot …").
    r"\b(?:ivo|jo|inspektionen|justitieombudsmannen|revisorerna|revisionen|granskningen)\b"
    r"[^.]{0,60}?\brikta(?:r|de|t)\b[^.]{0,40}?\bkritik\s+mot\b",
    r"\brikta(?:r|de|t)\s+(?:ivo|jo|revisorerna|inspektionen)\s+(?:\w+\s+)?kritik\b",
    # Not "vi ser/kan se/har sett att …": a member's opinion in an interpellation.
    r"\bvi\s+(?:\w+\s+)?(?:bedömer|har identifierat)\s+(?:\w+\s+){0,3}?att\b",
    r"\bvi\s+har\s+identifierat\b",
)
ASSESSMENT_WORDS: tuple[str, ...] = (
    "bedöm", "identifierat", "revisor", "revision", "framkommit", "kritik", "kritis", "slutsats",
    "brast", "brustit", "underl", "noter", "konstat", "uppmärksammat", "iakttagit", "vi fann", "vi iakttog",
    "positivt", "negativt", "glädjande", "oroande", "anmärkningsvärt", "har sett", "kan se",
    "bilden",
)  # fmt: skip

# A study named as a compound's last part that shows something ("Brukarundersökningen för
# 2020 visade …", reports-2): looked for only in a sentence with one of the verbs (searched
# inside every word of every sentence, it took a tenth of extraction's time).
STUDY_SHOWS = (
    r"(?:rapport|undersökning|granskning|studie|statistik|kartläggning|enkät|utvärdering|"
    r"uppföljning|sammanställning|analys|resultat)\w*\b[^.]{0,80}?\b"
    r"(?:visar|visade|beskriver|konstaterar|pekar på|bekräftar|redovisar|"
    r"uttrycks\b[^.,]{0,60}?\batt)\b"
)
# … and what a report says ("I rapporten uttrycks att …", reports-10; not "berättar att":
# "Förundersökningsledaren … berättar att …", a review).
STUDY_VERBS = (
    "visa", "beskriver", "konstaterar", "pekar på", "bekräftar", "redovisar", "uttrycks",
)  # fmt: skip
# What shows it, after the finding: "…, visar årets räkning", "Det visar Socialstyrelsens
# Öppna jämförelser" (reports-3). Apart from FINDING_CUES, whose branches all open at a word's
# start (one that does not made that alternation four times slower).
STUDY_AFTER = (
    r",\s+visa(?:r|de)\s+(?:årets|\w+s|en|ett|den|nya)\s+\w+"
    r"|^(?:det|detta)\s+visa(?:r|de)\s+\w+s\s+\w+"
    # … or before it, inverted: "Sammanfattningsvis visar rapporten ökande skillnader" (reports-5)
    r"|\bvisa(?:r|de)\s+(?:rapporten|undersökningen|studien|granskningen|kartläggningen|"
    r"analysen|enkäten|statistiken|uppföljningen|utvärderingen|resultaten|siffrorna)\b"
)

# Verbs whose imperative is also a preposition or a page's request ("Inför mötet", "Låt mig",
# "Skapa konto"): a demand only before what a demand names ("Inför ett förbud", "Skapa fler
# platser", "Ge kommunerna …", "Ändra lagen").
DEMANDING_VERBS = frozenset("inför skapa ge låt ändra anta utbilda".split())
DEMAND_OBJECTS = frozenset(
    """
    en ett fler mer mera bättre alla all nya ny nytt större tydligare lagen lagstiftningen
    kommunerna regionerna barnen barn äldre staten socialtjänsten
    """.split()
)

# Verbs by which a body states what it found ("Riksrevisionen konstaterar att …",
# "Statskontoret bedömer att …", "IVO har sett att …"), the body a named organisation
# (kb.extract.kinds, reports-1: agencies' report summaries).
CONCLUSION_VERBS = (
    r"(?:konstaterar|bedömer|finner|har funnit|noterar|har noterat|har sett|ser|har identifierat|"
    r"har kunnat (?:se|konstatera)|pekar på)"
)

# Verbs of change in a figure: "Vräkningarna ökar", "Missnöjet har ökat något sedan 2017",
# "De senaste två åren har antalet barn … minskat kraftigt" (reports-1).
TREND_VERBS = r"(?:ökat|ökar|ökade|minskat|minskar|minskade|stigit|stiger|sjunkit|sjunker|fördubblats|halverats)"

# Verbs whose imperative opens a demand ("Tillsätt en nationell kommission …", "Inför
# specialistutbildningar!", "Sluta vuxengissa och …": NGOs' and unions' lists of demands,
# reports-1), and the infinitives an auditor's list of recommendations opens with
# ("Säkerställa att …", "Uppdra till stadsledningskontoret att …", reports-2). Only forms
# that are no noun, adjective or preposition as well ("Öppna jämförelser", "Stöd till …",
# "Inför mötet …" are not), nor what a page asks its reader ("Lyssna på …", "Ge en gåva",
# "Skapa konto", "Låt mig …": a review).
IMPERATIVE_VERBS: frozenset[str] = frozenset(
    """
    tillsätt satsa stoppa skärp formulera lagstifta sluta utveckla genomför säkerställ
    stärk höj sänk inrätta avskaffa förbjud prioritera utred investera bygg garantera
    förbättra förenkla förläng förstärk avsätt återinför reglera finansiera tydliggör
    behåll skydda främja motverka kartlägg utvärdera erbjud ersätt begränsa förtydliga
    bredda möjliggör underlätta modernisera samordna stötta värna involvera anställ utöka
    inkludera bevara ompröva skrota slopa se ta följ
    säkerställa tillse upprätta införa uppdatera implementera dokumentera utreda uppdra vidta
    """.split()
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
    r"uppmanar|uppmanas|efterlyser|kräver|krävs|tillstyrker|avstyrker)\b",
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
    # A country addressed as one actor ("Sverige måste arbeta för …", reports-1) and the
    # municipal bodies an auditor addresses ("Vi rekommenderar nämnden att …").
    "sverige": "Sverige",
    "nämnden": "Nämnderna",
    "nämnderna": "Nämnderna",
    "kommunstyrelsen": "Kommunstyrelsen",
    "regionstyrelsen": "Regionstyrelsen",
    # … and the assemblies and officials a board's proposal or assignment addresses
    # ("Regionstyrelsen föreslår att regionfullmäktige godkänner …", "ger regiondirektören i
    # uppdrag att …", reports-5).
    "kommunfullmäktige": "Kommunfullmäktige",
    "regionfullmäktige": "Regionfullmäktige",
    "fullmäktige": "Fullmäktige",
    "kommundirektören": "Kommundirektören",
    "regiondirektören": "Regiondirektören",
    "stadsdirektören": "Stadsdirektören",
    # The one an assignment appoints ("Regeringen ger en särskild utredare i uppdrag att …").
    "utredaren": "Utredaren",
    "en särskild utredare": "Utredaren",
    "den särskilda utredaren": "Utredaren",
    "särskild utredare": "Utredaren",
}

# A statistic told as a plain statement, with no study named (reports-1 .. -4: "355
# personer arbetar med budget- och skuldrådgivning i landet i dag", "Det var vanligare bland
# kvinnor än bland män", "De har ökat från runt 10 000 till 30 000 på 10 år"): a finding when
# nothing else in the passage says what it is (kb.extract.kinds.classify_text). A count of
# money is not one ("avsätter 200 miljoner kronor" is a decision), nor a place's or a
# company's size ("40 000 invånare", "25 000 medarbetare", "14 boenden", "24 platser").
COUNTED_NOUNS = (
    r"personer|barn|unga|ungdomar|vuxna|kvinnor|män|flickor|pojkar|äldre|hushåll|familjer|"
    r"ärenden|anmälningar|kommuner|brukare|klienter|patienter|elever|årsarbetskrafter|"
    r"socialsekreterare|placeringar|insatser|fall|dödsfall|individer|hemlösa|procent|"
    r"procentenheter"
)
FIGURE_STATEMENTS: tuple[str, ...] = (
    # places by the thousand are a statistic ("drygt 30 000 platser"), a home's are not
    rf"\b\d{{1,3}}(?:[ \u00a0]\d{{3}})+\s+(?:\w+\s+)?(?:{COUNTED_NOUNS}|platser)\b",
    rf"\b(?!(?:19|20)\d\d\b)\d{{2,}}(?:,\d+)?\s+(?:\w+\s+)?(?:{COUNTED_NOUNS})\b",
    # Not "i större utsträckning": what a plan or a technique is to bring about, as often.
    r"\b(?:o?vanligare|dubbelt så|(?:två|tre|fyra|fem|\d+) gånger så|överrepresenterade|"
    r"underrepresenterade)\b",
    r"\ben (?:ökning|minskning) (?:med|från|jämfört|av antalet|av andelen)\b",
    # a count of people and what they live with ("Över 33 000 lever i hemlöshet", reports-9)
    r"\b\d{1,3}(?:[ \u00a0]\d{3})+\s+(?:lever|bor|saknar|väntar|drabbas|dör|dog)\b",
    r"\bjämfört med (?:\d{4}|året innan|föregående år|samma (?:tid|period)|i fjol|förra året)\b",
    r"\bfrån (?:runt |cirka |drygt |knappt |omkring )?\d[\d \u00a0,]* till \d",
    r"\b(?:fler|färre) än (?:i fjol|året innan|förra året|tidigare år)\b",
    # A trend of a measure told plainly ("Den psykiska ohälsan ökar i Östergötland", "Både
    # andelen och antalet äldre ökar kraftigt", "Den ekonomiska standarden har utvecklats
    # bättre för …", reports-5) and a result shown ("har visat goda resultat").
    r"\b(?:andel(?:en)?|antal(?:et)?|skillnaderna|kostnaderna|ohälsan|standarden|nivån|"
    r"väntetiderna|ojämlikheten|behoven|efterfrågan)\b[^.]{0,80}?\b(?:ökar|ökade|ökat|minskar|"
    r"minskade|minskat|sjunker|sjönk|sjunkit|stiger|steg|stigit|fördubblats|halverats|"
    r"utvecklats|förbättrats|försämrats)\b",
    r"\bvisa(?:t|r|de)\s+(?:\w+\s+)?(?:resultat|effekt(?:er)?)\b",
    # A change, a spread or a shortfall stated outright ("Sjukfrånvaron har varierat kraftigt
    # över tid", "Det finns stora skillnader mellan kommunerna", "så finns det betydande
    # brister", "är variationen mellan länen stor"), a place against the country ("ett
    # sämre resultat än riket"): reports-7.
    r"\b(?:ökat|ökar|ökade|minskat|minskar|minskade|varierat|varierar)\s+"
    r"(?:kraftigt|markant|tydligt|betydligt|stadigt)\b",
    r"\b(?:stora|betydande|tydliga|omfattande|allvarliga)\s+(?:\w+\s+)?"
    r"(?:brister|skillnader|variationer)\b",
    r"\b(?:variationen\b[^.]{0,80}?\b(?:är|var)\s+(?:mycket\s+)?|(?:är|var)\s+variationen\b"
    r"[^.]{0,80}?\b)(?:stor|betydande)\b",
    r"\bdet finns (?:också |även |dock |fortfarande )?skillnader\b",  # reports-9
    r"\b(?:sämre|bättre|högre|lägre)\s+(?:\w+\s+){0,4}?än\s+(?:i\s+)?(?:riket|rikssnittet|"
    r"riksgenomsnittet|genomsnittet|snittet|landet|övriga landet)\b",
    # … and a result against an average ("där kommunens resultat ligger under medel",
    # reports-10)
    r"\bligger\s+(?:\w+\s+)?(?:under|över)\s+"
    r"(?:medel|medelvärdet|snittet|genomsnittet|riket|rikssnittet|riksgenomsnittet)\b",
    # one group against another ("Tjejer uppger i högre grad än killar att …", reports-11)
    r"\bi\s+(?:högre|lägre|större|mindre)\s+(?:grad|utsträckning)\s+än\s+"
    r"(?!i\s+dag\b|idag\b|tidigare\b)",
    # a measure's change among a group ("Den självskattade hälsan har minskat bland både tjejer
    # och killar", reports-11), a result's ("har resultatet däremot förbättrats")
    r"\b(?:ökat|minskat|förbättrats|försämrats)\s+(?:\w+\s+)?bland\b",
    r"\bresultat(?:et|en)\s+(?:\w+\s+){0,2}?(?:förbättrats|försämrats|ökat|minskat)\b",
    r"\b(?:förbättrats|försämrats)\s+(?:\w+\s+){0,2}?resultat(?:et|en)\b",
    # not "de flesta av oss", "en majoritet av fullmäktige röstade …"
    r"\b(?:de flesta|en (?:stor |klar |överväldigande )?majoritet)\s+(?!(?:av\s+)?(?:oss|er|dem|fullmäktige)\b)\w+",
)
# What makes a sentence with a number no finding: money, how a study was made ("Vi har
# intervjuat 25 personer", "Enkäten skickades till 290 kommuner", "Granskningen omfattar 12
# ärenden"), an invitation ("Max 25 deltagare", "Välkommen …"), a span of years or hours.
NOT_FIGURE_STATEMENTS: tuple[str, ...] = (
    r"\b(?:kronor|kr|mkr|tkr|miljoner|miljarder|euro)\b",
    r"\b(?:intervju\w*|skicka\w*|omfatta\w*|besvara\w*|svarsfrekvens\w*|urval\w*|"
    r"granska\w*|deltog|deltagit|(?:gått|gick) igenom|bygg(?:er|de) på|välkommen|anmäl|"
    r"gick ut|genomför(?:s|des))\b",
    # a goal or a purpose, a risk, a vote, what an event takes up (a review)
    r"\b(?:syftet|målet|målsättningen|ambitionen)\b[^.]{0,40}?\bär att\b",
    r"\brisk(?:en)? för\b",
    r"\b(?:röstade|ställde sig bakom|beslutade|tar upp)\b",
    r"\bfrån (?:kl\.? )?\d{1,4} till (?:kl\.? )?\d{1,4}\b(?! ?\d)",
    r"^(?:om|ifall)\s",  # a condition: "Om verksamheten visar gott resultat kan …"
)

# Words that may stand before a heading's word in a section's name ("Några av utredningens
# förslag", "Sammanfattning av resultaten", "Kapitel 5 Våra slutsatser"), besides genitives,
# adjectives and numbers (kb.extract.kinds._has_heading_word).
SECTION_NAME_WORDS: frozenset[str] = frozenset(
    """
    av och samt de dessa några alla fler övriga vi vår våra vårt mina dess deras
    sammanfattning kapitel avsnitt bilaga del
    """.split()
)

# A law by its short name, a closed list: "SKL", "RFSL" and "IVL" end in L and are bodies.
LAW_NAMES = r"^(?:SoL|HSL|OSL|PBL|FL|KL|LV[UM]|LSS|LOV|LPT|LRV|LOU|LSO|PSL|BrB|RB)$"

# The title of a draft put out for comment: "Förslag till nya föreskrifter om psykiatrisk
# tvångsvård", "IVO:s förslag till föreskrifter …", "Förslag till lag om …" (reports-6).
DRAFT_TITLE = (
    r"\bförslag(?:et)? till (?:\w+ )?(?:lag|föreskrift|förordning|ändring|författning|"
    r"allmänna råd|riktlinjer|direktiv)"
)

# What should have been done, told afterwards ("borde ha gjorts", "borde socialtjänsten ha
# gjort", reports-4): an auditor's criticism, no call to act ("bör ha utarbetat en plan
# senast 2025" is one: a deadline; "borde ha rätt till", "borde ha ett samlat ansvar" too).
HINDSIGHT = (
    r"borde\s+(?:\w+\s+){0,2}?ha\s+(?!(?:rätt|ett|fast|lätt|mest|kvalitet|tillgång)\b)"
    r"\w+(?:t|ts)\b"
)
