"""The analyzer's version, and what each version changed.

Bumped whenever the tokens of some text change: an index built by another version must be
rebuilt (kb.index says so). 3: definite plurals in "-ena" stem like the singular. 4: names
of several words indexed as one term as well. 5: genitives of inflected forms, adjectives'
neuter "-t" and rarer nouns in -i stem like their other forms (kb.analysis.stemming); new
names of several words in kb.analysis.vocab.SYNONYM_GROUPS ("covid-19", "arbete hemifrån").
6: definite forms that drop the "e" of a noun in -er/-el ("registret", "exemplet"). 7: a
verb's passive supine in "-ats" stems like its other forms ("förändrats"). 8: a noun in -an
stems like its plural in -ningar ("anmälan", "anmälningar"). 9: new names of several words
in SYNONYM_GROUPS ("särskilt ungdomshem", "BBIC"'s name). 10: an inflected form is split
only as its base is ("tjänsten" no longer tjän·sten). 11: agent nouns stem apart from the
verb or noun they are made from ("handläggare", "politiker"). 12: a noun that doubles its -m
or -n stems like its forms ("hemmet", "familjehemmens", "vänner", "medlemmar"); new names of
several words in SYNONYM_GROUPS ("våld i hemmet"). 13: the "-et" form of a compound of a
neuter noun stems like the compound ("barnperspektivet", "arbetsmiljöverket": 998 words of
the corpora did not); new names of several words in SYNONYM_GROUPS ("lagen om vård av unga",
"Housing first"). 14: adjectives in -ern keep it ("moderna" like "modern", was "mod");
"Ungern" is no "ung". 15: particle verbs, "miss-" words and words in -skap, -lös, -full stay
whole ("redovisa" was "redo" + "visa", "missbrukare" "missa" + "brukare"); the definite "-n"
of a compound of a noun in a vowel goes ("arbetsmiljön" like "arbetsmiljö"), and a
compound's "-et" and own stem are read by its last part ("mörkertalet", "spelmarknad"). 16:
a word written with a capital inside a sentence is a name, not split ("Hallengren" was
"hall" and "gren"), an institution's name only by its first parts ("Polis"); the words of
kb/data/compounds.txt stay whole or are split as listed ("riktlinjer", "lagförslag" = lag +
förslag); an "s" after a noun in -het, -ning, -nad … links ("kostnadsökningar" was kostnad +
sökningar); a verb made with "göra", "ställa", "hålla", "sätta", "lägga" or "föra" stays
whole ("möjliggöra", "verkställda"). 17: a noun whose "-ar" is its own keeps it ("ansvar"
like "ansvarar", not "ansv"). 18: plurals that drop the e are the noun's ("regler"); a
minister's title stays whole. 19: names of several words in SYNONYM_GROUPS. 20: plurals of a
short noun in a vowel ("köerna": "kö"). 21-24: strong verbs; adjectives in -lig (26: -ig)
keep it ("daglig"); 25: names. 27-31: a compound's last part may be a common noun's form the
vocabulary lacks ("äldreomsorg·ens"; 31: also in place of a reading in more parts,
"bostad·krisens" for bostad·skri·sens; 32: by a noun's endings only, not a verb's "-ar").
33: "kvalité", "kvalitén" (and "livskvalité") are forms of "kvalitet". 34: plurals that
change their vowel stem like the singular ("städer", "bostäder", "ledamöter":
kb.analysis.umlauts).
"""

ANALYZER_VERSION = 34
