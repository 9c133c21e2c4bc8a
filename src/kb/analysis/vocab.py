"""Swedish words the analyzer uses: stem exclusions, compound links, synonyms.

Its stop words are the Snowball list in kb.parse.vocab, where the readers use them first.

Each group says where it comes from. Change words here, not in the modules.
"""

from __future__ import annotations

# Words the Swedish Snowball stemmer mangles in this field, mapped to the stem
# kb indexes instead. Found by stemming the seed corpus and the interpellations
# (bench/stem_collisions.py) and reading the groups of words that end up with
# one stem: each line says what the Snowball stem would collide with. A
# compound ending in one of these words is stemmed the same way
# ("tillsynsmyndigheten" → "tillsynsmyndighet", kb.analysis.stemming). Agent nouns
# (brukare → "bruk", läkare → "läk", politiker → "politik") follow a rule of their own
# there, which replaced five lines of this list.
_HET = ("", "en", "ens", "er", "erna", "ernas", "s")  # myndighet·en, …

_ADJ = ("", "a", "t", "are", "ast", "aste")  # viktig·a, viktig·are, …

# Adjectives in -lig that Snowball stems as another word (see STEM_EXCLUSIONS).
_LIG_APART = (
    "hemlig", "samtlig", "tydlig", "betydlig", "farlig", "uttrycklig", "skälig", "villig",
    "vänlig", "andlig",
)  # fmt: skip

# Adjectives in -ig that Snowball stems as a word of another meaning (see STEM_EXCLUSIONS).
_IG_APART = (
    "kunnig", "ledig", "riktig", "fattig", "värdig", "stadig", "giftig", "färdig", "konstig",
    "jobbig", "billig", "nyttig", "helig", "rörig", "lustig", "läskig", "samtidig",
)  # fmt: skip

STEM_EXCLUSIONS: dict[str, str] = {
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
    # daglig (daglig verksamhet, an LSS insats) → "dag": day
    **dict.fromkeys(("daglig" + e for e in (*_ADJ, "en")), "daglig"),
    # verklig → "verk": agency, work (as "verklighet" below)
    **dict.fromkeys(("verklig" + e for e in (*_ADJ, "en")), "verklig"),
    # vanlig → "van": used to
    **dict.fromkeys(("vanlig" + e for e in (*_ADJ, "en")), "vanlig"),
    # More adjectives in -lig that Snowball made another word (the corpus's words whose
    # stem an "-lig" form shares, read one by one at stop 42; "statlig", "kvinnlig",
    # "skadlig", "språklig" … share it with their own noun and stay so): hemliga
    # (tvångsmedel) → "hem", samtliga → "samt" (and), tydlig → "tyder", betydligt →
    # "betyder", farlig → "far" (father), uttryckligen → "uttryck", skälig → "skäl",
    # villig → "vilar", vänlig → "vänner", andlig → "and" (duck).
    **{stem + e: stem for stem in _LIG_APART for e in (*_ADJ, "en", "as")},
    # … and their nouns in -het with them ("tydlighet", "farlighet"; "hemlighet", a secret)
    **{stem + "het" + e: stem for stem in _LIG_APART for e in _HET},
    # Adjectives in -ig that Snowball cut to another word, and their nouns in -het (the
    # corpus's "-ig" forms that share a stem with other words, read at stop 57; "ansvarig",
    # "kraftig", "modig", "blodig" … share it with their own noun and stay so): kunnig ->
    # "kunna", ledig -> "leda", riktig -> "rikta" ("riktade insatser"), fattig -> "fatta"
    # ("fatta beslut"), värdig -> "värde", stadig -> "stad", giftig -> "gift" (married),
    # färdig -> "färd", konstig -> "konst", jobbig -> "jobb", billig -> "bil", nyttig ->
    # "nytt", helig -> "hel", rörig -> "rör", lustig -> "lust", läskig -> "läsk", samtidig ->
    # "samtid".
    **{stem + e: stem for stem in _IG_APART for e in (*_ADJ, "en", "as")},
    **{stem + "het" + e: stem for stem in _IG_APART for e in _HET},
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
    # Ungern (Hungary) → "ung": young ("unga")
    "ungern": "ungern",
    "ungerns": "ungern",
    # "kvalité", the other spelling of "kvalitet" (SAOL has both; wordfreq's zipf 4.2 against
    # 4.5): Snowball gave it a stem of its own, and "kvalité" found 1 passage of corpus/.
    **dict.fromkeys(("kvalit" + e for e in ("é", "én", "éns", "és", "éer", "éerna")), "kvalitet"),
}

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

# Endings of nouns that take a linking -s in every compound (SAG, "Fogar": -het, -ing,
# -nad, -dom, -skap, -tet, -tion, -sion): "kostnad·s·ökningar", never "kostnad·sökningar";
# "säkerhet·s·hot", not "säkerhet·shot". After such a noun an "s" is the link, not the
# next part's: only that reading is kept. Not "no first part without its -s": roots
# with these endings take none ("penning·tvätt", "drottning·gatan", "entreprenad·företag").
COMPOUND_S_ENDINGS: tuple[str, ...] = tuple("het ning ering nad dom skap tet tion sion".split())
# Roots with those endings, which take no -s: "penning·system", "drottning·gatan".
COMPOUND_S_ROOTS: frozenset[str] = frozenset({"penning", "drottning", "entreprenad"})

# Forms of verbs that make a verb of a word before them ("möjlig·göra", "verk·ställa",
# "upprätt·hålla", "skuld·satta", "kart·lägga", "marknads·föra"): such a verb, its
# participles and its forms mean something of their own, no kind of "göra" or "ställa",
# so they are no compound's last part. Read off the interpellations' splits with these
# last parts: 152 words (439 occurrences), all lexicalised verbs and their participles
# but "djurhållande", or wrong splits ("varse·lade", "förhand·lade"). Not "håll" (a noun:
# "regeringshåll").
COMPOUND_NON_TAILS: frozenset[str] = frozenset(
    """
    göra gör gjorde gjort görs gjordes gjorts görande gjord gjorda
    ställa ställer ställde ställt ställs ställdes ställts ställda ställd ställande
    hålla håller höll hållit hålls hölls hållits hållen hållna hållet hållande
    sätta sätter satte satt sätts sattes satts satta sättande
    lägga lägger lade lagt läggs lades lagts lagd lagda läggande
    föra förde fört fördes förts förd förda förande
    """.split()
)

# Endings whose reading wins outright: an agent noun in -are drops its -e in
# a compound, and "brukar" read as the verb would stem to "bruk".
COMPOUND_LINKS_FIRST: frozenset[str] = frozenset({"ar"})

# Words of wordfreq's Swedish list that are prefixes or suffixes rather than
# compound parts, found by reading the most frequent heads and tails of the
# interpellations' splits (bench/compound_split.py): "före·slå", "sam·arbete",
# "företag·ande", "individ·erna"; and the suffixes -skap, -lös and -full, which the
# list has as words: "medlem·skap", "arbets·lösa" (not "lösa", to solve, nor "slösa"),
# "menings·full".
COMPOUND_NON_PARTS: frozenset[str] = frozenset(
    """
    före fram genom åter uppe bort inse mede mota vare nina lika
    ande andet ende erna arna orna ning ningar ingar erat rade rats
    liga ligt lige bara heten heter isk iska iskt else eras aren ares anden ella
    aste bart ring samt skap lös lösa löst slösa full fulla fullt
    """.split()
)

# Words that are no first part of a compound, though wordfreq's list has them as words:
# the prefix "miss-" (miss·bruk, miss·handel, miss·tanke, read as the verb "missa"); the
# particles and adverbs of Swedish particle verbs and their nouns, which are one word,
# not a sum of two (SAG vol. 2, "Partikelverb": fort·sätta, inne·hålla, redo·visa,
# förut·sätta, samman·ställa, undan·ta, fast·ställa, säker·ställa, klar·lägga,
# full·följa); forms of "för-" words read as the verb "föra" (förs·våra, förde·lade);
# and the wrong readings these left ("samm·an" read as "samme" with "anställning").
# Not "hand", "kart", "kvar", though "handlägga", "kartlägga" and "kvarstå" are such
# verbs: "handhygien", "karttjänst" and "kvarboende" are compounds. Found by reading the
# most frequent first parts of the collections' splits (bench/compound_split.py
# --parts); split, "redovisa" was found by "visa", "fortsätter" by "sätt",
# "missbrukare" by "brukare", "angeläget" by "läget".
COMPOUND_NON_HEADS: frozenset[str] = frozenset(
    """
    miss redo förut inne fort undan förbi samman sönder ovan tills ange avse gent
    däri förs förde förd förda säker fast klar klara full samme amman förutse
    """.split()
)

# Names that mean the same thing, searched together at query time: a query
# for one also finds the others. The first name of a group is the one shown
# to users. From the agencies' and organisations' own names (ivo.se, skr.se,
# vardanalys.se, socialstyrelsen.se, stat-inst.se, folkhalsomyndigheten.se),
# the laws' titles in SFS (socialtjänstlagen SFS 2001:453, LSS SFS 1993:387,
# HSL SFS 2017:30, LVU SFS 1990:52, LVM SFS 1988:870, LOV SFS 2008:962, the
# barnkonvention SFS 2018:1197) and the seed documents' own usage. A law's number
# typed ("lag (1993:387)") finds its group; the number is not added to a search for the
# name (kb.analysis.expansion). The new socialtjänstlag is SFS 2025:400. A user adds
# groups in a synonyms.toml (kb.analysis.expansion; README, "Synonyms").
SYNONYM_GROUPS: tuple[tuple[str, ...], ...] = (
    ("Inspektionen för vård och omsorg", "IVO"),
    ("individ- och familjeomsorg", "IFO"),
    ("Sveriges Kommuner och Regioner", "SKR", "Sveriges Kommuner och Landsting", "SKL"),
    ("Myndigheten för vård- och omsorgsanalys", "Vårdanalys", "Vård- och omsorgsanalys"),
    ("socialtjänstlagen", "SoL", "2001:453", "2025:400"),
    # Not the short name "lagen om stöd och service" (a blind audit: 42 passages of corpus/,
    # LSS 114): searched with LSS, it counted the long name twice (--set regeringen's LSS
    # 0.65 -> 0.43, the interpellations 0.840 -> 0.836).
    ("lagen om stöd och service till vissa funktionshindrade", "LSS", "1993:387"),
    ("Socialstyrelsen",),
    ("hälso- och sjukvårdslagen", "HSL", "2017:30"),
    ("lagen med särskilda bestämmelser om vård av unga", "LVU", "lagen om vård av unga", "1990:52"),
    ("lagen om vård av missbrukare i vissa fall", "LVM", "1988:870"),
    ("Statens institutionsstyrelse", "SiS"),
    ("barn- och ungdomspsykiatri", "BUP"),
    ("Statens offentliga utredningar", "SOU"),
    # SoL 5 kap. 5 § "särskilda boendeformer … för äldre", called äldreboende in
    # everyday use and in the interpellations (51 times beside 22 "särskilt/särskilda boende").
    # "ålderdomshem", the name before 1992's Ädelreform, is still what many people say.
    ("särskilt boende", "SÄBO", "äldreboende", "särskilda boenden", "ålderdomshem"),
    # SoL 6 kap. 1 §; the interpellations write HVB 119 times, the name 3.
    ("hem för vård eller boende", "HVB"),
    # The pandemic of 2020-2022: the interpellations say "corona" 330 times and
    # "covid" 296 times for the same thing; "pandemin" there is always this one.
    # "covid" alone is what a user types: without it in the group, it found the passages
    # that write "covid-19" and none that say "coronapandemin" (regeringen: 24 of the
    # group's 43). "coronaviruset" is left out: the part "corona" finds it. "covid19" is
    # how it is often typed (a hashtag): one word, it found 31 passages of corpus/, not 106.
    ("covid-19", "corona", "coronapandemin", "pandemin", "covid", "covid19"),
    # Work done from home (Arbetsmiljöverket: "distansarbete", "arbete hemifrån");
    # "hemmajobb" is the seeds' word (Socionomen, 2021).
    ("distansarbete", "arbete hemifrån", "hemarbete", "hemmajobb"),
    ("Folkhälsomyndigheten", "FoHM"),
    ("lagen om valfrihetssystem", "LOV", "2008:962"),
    ("barnkonventionen", "FN:s konvention om barnets rättigheter", "2018:1197"),
    ("Akademikerförbundet SSR", "SSR"),
    # "socialbidrag" was its name before SoL 2001 and is still what many people call it.
    ("ekonomiskt bistånd", "försörjningsstöd", "socialbidrag"),
    # Socialstyrelsen's terms (termbanken): "familjehem" replaced "fosterhem" in SoL;
    # "funktionsnedsättning" took over much of what "funktionshinder" meant (2007);
    # the interpellations write 299 and 72, the regeringen pages 101 and 47.
    ("familjehem", "fosterhem", "fosterfamilj"),
    ("familjehemsförälder", "fosterförälder"),
    ("funktionsnedsättning", "funktionshinder", "handikapp"),
    # More of termbanken's recommended terms with the words it advises against, which
    # people and older documents still write (a third blind audit: "fosterfamiljer" found
    # two adoption documents): LSS says "intellektuell funktionsnedsättning" since 2023;
    # LPT's "fastspänning" is "bältesläggning" in the reports; a patient "utskrivningsklar"
    # was "färdigbehandlad".
    ("intellektuell funktionsnedsättning", "utvecklingsstörning"),
    ("fastspänning", "bältesläggning", "bältning"),
    ("utskrivningsklar", "färdigbehandlad"),
    ("spelberoende", "spelmissbruk", "spelproblem"),
    ("psykiatrisk vård", "psykiatrin", "psykvård"),
    ("hemlöshet", "bostadslöshet"),
    # SiS's own homes for young people (LVU 12 §), and two tools of social work
    # named by their acronyms in Socialstyrelsen's guidance.
    ("särskilda ungdomshem", "särskilt ungdomshem", "SiS-hem"),
    ("samordnad individuell plan", "SIP"),
    # Socialstyrelsen's term for violence by a partner or relative, and the everyday
    # words for it; "knark", everyday Swedish for narcotics.
    ("våld i nära relationer", "våld i hemmet", "familjevåld", "relationsvåld"),
    ("narkotika", "knark"),
    ("Barns behov i centrum", "BBIC"),
    # "soc", everyday Swedish for the social services (and no other word); the duty to
    # report (SoL 14 kap. 1 §) by both its names; the housing programme and the practice
    # by their Swedish and English names, as social work writes them.
    ("socialtjänsten", "soc", "socen", "socialen"),
    ("anmälningsskyldighet", "anmälningsplikt"),
    ("Bostad först", "Housing first"),
    ("evidensbaserad praktik", "evidence based practice", "evidence-based practice"),
    # The letters for lesbian, gay, bisexual, trans, queer (and intersex) people as the
    # documents write them over the years: "hbtq-personer" found 2 documents of corpus/,
    # "hbtqi-personer" 6 others.
    ("hbtqi", "hbtq", "hbt"),
    # Crime by gangs, by the three words the interpellations use for it.
    ("gängkriminalitet", "gängbrottslighet", "gängvåld"),
    # Everyday names of what the documents call otherwise (a sixth blind audit: "fotboja",
    # "köpa sex", "iva" found nothing of the passages so written): the ankle tag of
    # elektronisk övervakning (Kriminalvården), the crime of buying sex (BrB 6 kap. 11 §),
    # intensive care and the child and maternity health centres by their acronyms,
    # "dagis" for förskola, the law on compulsory psychiatric care (SFS 1991:1128), cuts.
    ("elektronisk övervakning", "fotboja", "fotbojor"),
    ("sexköp", "köp av sexuell tjänst", "köp av sexuella tjänster"),
    ("intensivvård", "IVA"),
    ("barnavårdscentral", "BVC"),
    ("mödravårdscentral", "MVC"),
    ("förskola", "dagis"),
    ("lagen om psykiatrisk tvångsvård", "LPT"),
    ("besparingar", "nedskärningar", "nedskärning"),
    # Folkhälsomyndigheten's and the care's word for suicide and the everyday one, and two
    # words for vaccinating (a seventh blind audit: "självmord" found 9 passages of corpus/,
    # "suicid" 58; "vaccinering" 3, "vaccination" 8).
    ("suicid", "självmord"),
    ("vaccination", "vaccinering"),
    # "förändra" is "ändra" (Kann's thesaurus lists each for the other); one way only
    # (ONE_WAY_SYNONYMS): "ändra" typed without its ä is "andra" ("other"), which is
    # no "förändra" (judged set A: "hur har hemtjänsten förändrats under pandemin" found
    # none of the passages that say "har ändrats under pandemin").
    ("förändra", "ändra"),
    ("förändring", "ändring"),
)

# Acronyms that are also ordinary words when written in lower case ("sol" is
# the sun, "lov" leave or a school holiday): expanded only when typed with a capital,
# and no alternative of the rest of their group (the index has them in lower case).
# Not "SiS": each of the 271 "SiS", "Sis" and "sis" of the regeringen pages and the
# interpellations is the agency (or its address), and "Statens institutionsstyrelse"
# found 28 passages of the regeringen pages without it, 117 with.
CASE_SENSITIVE_SYNONYMS: frozenset[str] = frozenset({"SoL", "LOV", "IVA"})
# Everyday words searched as the rest of their group when typed; the rest, typed, is
# searched as any word (not as a name, whole: kb.search.ranking), without them: a
# search of "socialtjänsten" said "Söker även på »soc« och »socen«" for nothing.
ONE_WAY_SYNONYMS: frozenset[str] = frozenset(
    {"soc", "socen", "socialen", "dagis", "nedskärningar", "nedskärning", "förändra"}
    | {"förändring"}
)


# Verbs and the nouns made from them (kb.analysis.derivation). Endings of a verb's
# forms, longest first: of a verb whose present is in -ar (granskar, granskas,
# granskade, granskades, granskat, granskats, granska) and of one in -er (förskriver,
# förskrivs, bedömer, bedöms, bedömt).
VERB_FORM_ENDINGS = ("ades", "ats", "ade", "as", "ar", "at", "er", "ts", "a", "s", "t")
# Endings that make a noun of a verb's root ("granskning", "placering", "behandling"),
# each with the shortest root it is read after: "-ing" after two or three letters makes
# other words' stems ("anting" of "antingen", "göring" of "tjänstgöring", "köping").
# "-an" makes the noun of some verbs of the first conjugation (påverka: påverkan,
# samverka: samverkan, vänta: väntan), read as kb.analysis.derivation says.
# "-nad" too (kosta: kostnad, efterleva: efterlevnad, överleva: överlevnad): of the 12
# nouns it makes of the interpellations' and regeringen pages' words, all but the two in
# NOT_VERB_NOUNS.
VERB_NOUN_ENDINGS = (("ning", 2), ("ing", 4), ("an", 4), ("nad", 3))
# Nouns the endings make that are no act of their verb: "vårdnad" is custody, not the
# care "vårdas" asks about; "förordnad" (appointed) is not "förordar" (recommends).
NOT_VERB_NOUNS: frozenset[str] = frozenset({"vårdnad", "förordnad"})
# The forms of a verb of the first conjugation (påverka, påverkar, påverkade, påverkat,
# påverkas), the only ones read for a noun in -an: an adjective's -t ("halvt") and a word
# in -er or -s made "halvan" and the like of them.
FIRST_CONJUGATION_ENDINGS = ("ades", "ats", "ade", "as", "ar", "at", "a")
# Particles of Swedish particle verbs (SAG vol. 2, "Partikelverb") with how each is
# written first in the verb's noun: följa upp: uppföljning, bygga ut: utbyggnad, lägga
# ner: nedläggning, ta fram: framtagning. Not "av", "om", "in", "till", more often
# prepositions: "leds av" (led by) is no "avledning", "skrivs om" (written about) no
# "omskrivning", "ställs in" no "inställning".
VERB_PARTICLES: dict[str, str] = {
    "upp": "upp", "ut": "ut", "fram": "fram", "ner": "ned", "ned": "ned", "bort": "bort",
}  # fmt: skip
# Forms of such a noun, one of which must be a known word: granskning, granskningen,
# granskningar, granskningarna.
NOUN_FORM_ENDINGS = ("", "en", "ar", "arna")

# Boolean operators of the query language, English and Swedish, upper case only so
# that the words "och", "eller" and "inte" in a query stay words (kb.search.query).
# Here because the analyzer meets them too: a query's synonyms are looked for in its
# whole text, operators included, so the word table holds them (kb.analysis.wordtable).
QUERY_OPERATORS: dict[str, tuple[str, ...]] = {
    "and": ("AND", "OCH"),
    "or": ("OR", "ELLER"),
    "not": ("NOT", "INTE"),
}
# The words every query may analyse besides its own: the synonym groups' names and
# the operators; the word table is given them at every ingest.
QUERY_LANGUAGE_WORDS: tuple[str, ...] = (
    *(name for group in SYNONYM_GROUPS for name in group),
    *(word for words in QUERY_OPERATORS.values() for word in words),
)


# A noun's endings (definite, plural, genitive), each with what its base form ends with
# instead (kvinn·orna: kvinn·a): a compound's last part may be such a form of a noun the
# vocabulary has ("omsorg·ens", "nämnd·erna"; kb.analysis.compounds).
NOUN_ENDINGS: tuple[tuple[str, str], ...] = (
    ("s", ""), ("en", ""), ("ens", ""), ("et", ""), ("ets", ""), ("n", ""), ("ns", ""),
    ("er", ""), ("erna", ""), ("ernas", ""), ("ar", ""), ("arna", ""), ("arnas", ""),
    ("or", "a"), ("orna", "a"), ("ornas", "a"), ("na", ""),
)  # fmt: skip
# Those and the endings of an adjective's or a verb's forms: kb.analysis.compounds reads an
# inflected form as its base.
INFLECTION_ENDINGS: tuple[tuple[str, str], ...] = (
    *NOUN_ENDINGS,
    ("t", ""), ("a", ""), ("e", ""), ("ade", "a"), ("ades", "a"), ("as", "a"), ("ar", "a"),
    ("at", "a"), ("ats", "a"),
)  # fmt: skip
