"""One person a document names (kb.extract.identities' registry keeps them): every spelling
seen, the fullest role, the body they speak for and the party their letters give."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from kb.extract.named import kind_of
from kb.extract.parties import PARTY_NAMES, kept_role
from kb.extract.speakers import Mention
from kb.extract.spellings import first_name_frequency
from kb.extract.titles import fold


@dataclass
class Person:
    """One person a document names, with every spelling seen and the fullest role."""

    spellings: Counter[str] = field(default_factory=Counter)
    role: str = ""
    organisation: str = ""
    # The party of the letters after the name: the organisation when a body named by its
    # kind is none the text names, or when the letters were the organisation (Mention.party).
    party: str = ""
    is_organisation: bool = False

    @property
    def name(self) -> str:
        """The spelling written most often; between equals, the commoner Swedish first name."""
        if not self.spellings:
            return ""
        return max(self.spellings, key=lambda n: (self.spellings[n], first_name_frequency(n)))

    @property
    def surname(self) -> str:
        return fold(self.name.split()[-1]) if self.name else ""

    def merge(self, mention: Mention) -> None:
        self.spellings[mention.name] += 1
        self.party = self.party or mention.party
        # The fullest role, but a role given with its body goes with that body: not
        # "sjuksköterska till vardags" over "ny ordförande för kvinnojouren i Avesta" (news
        # sets 7 and 15), and the other way round too (a review); nor another body's role
        # over one's own ("vd för Norrskog" kept when "ledamot i Skogsindustriernas styrelse"
        # follows: a second review).
        # A party the letters gave is no body: "Gruppledaren Anna Ljung (V), som också är
        # ordförande i Hyresgästföreningen Västerås" chairs it (a review).
        lettered = self.organisation in PARTY_NAMES
        with_body = bool(mention.organisation) and (not self.organisation or lettered)
        if mention.role and (
            not self.role
            or with_body
            or (
                len(mention.role) > len(self.role)
                and (not self.organisation or mention.organisation == self.organisation)
            )
        ):
            self.role = kept_role(self.role, mention.role)
        # A body the title gives over a party its genitive gave ("Vänsterpartiets Sara Eriksson,
        # ersättare i socialnämnden": the nämnd, as for a board's member with party letters).
        party = self.organisation in PARTY_NAMES and mention.organisation not in PARTY_NAMES
        if mention.organisation and (not self.organisation or kind_of(self.organisation) or party):
            self.organisation = mention.organisation
