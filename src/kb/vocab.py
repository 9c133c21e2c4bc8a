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
