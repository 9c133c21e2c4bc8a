"""Press releases on the web: whose they are on a press-release host, and what says a page is
one.

A body publishes its press releases in a newsroom on a host (Mynewsdesk, Cision, Via TT …),
whose name the page's og:site_name or JSON-LD publisher gives: "Mynewsdesk" is no one the
release speaks for. The newsroom's body is the release's author in JSON-LD, or the tail of
the page's <title> ("Ny mottagning … | Eskilstuna kommun"). And a press release on a
body's own site often says only "article" in its metadata (og:type, JSON-LD Article): its
URL ("/press/pressmeddelanden/…") or the label above its headline ("Pressmeddelande") says
what it is. Stop 66: page probes 1-10 hold 18 press releases, 5 of them on hosts; none was
read as a press release, so no speaker with a bare title was given its body.
"""

from __future__ import annotations

import re
from urllib.parse import urlparse

from bs4 import BeautifulSoup, NavigableString, Tag

# Press-release hosts by the name they give their pages, folded, and by their domains.
PRESS_HOSTS = frozenset(
    {"mynewsdesk", "cision", "cision news", "via tt", "mfn", "notified", "pr newswire",
     "globenewswire", "business wire", "newsdesk"}
)  # fmt: skip
PRESS_HOST_DOMAINS = (
    "mynewsdesk.com", "cision.com", "via.tt.se", "mfn.se", "prnewswire.com",
    "globenewswire.com", "businesswire.com",
)  # fmt: skip
TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " » ")

# The label a press release bears above its headline, alone or with its date:
# "Pressmeddelande", "PRESSMEDDELANDE", "Pressmeddelande · 8 april 2025".
_LABEL = re.compile(r"^\s*pressmeddelande\s*(?:[:·•|–-]\s*)?(?:\d[\w .:,-]*)?$", re.I)
# Where a label is a menu's or a list's, not the page's: "Pressmeddelanden" in a newsroom's
# menu is a link, and a list of related releases labels each item.
_NOT_THE_PAGES = ("a", "nav", "li", "footer", "button", "option")


def is_host(name: str, url: str = "") -> bool:
    """Whether a site's name or a page's URL is a press-release host's."""
    if " ".join(name.lower().split()) in PRESS_HOSTS:
        return True
    try:
        host = urlparse(url).hostname or "" if url else ""
    except ValueError:  # "https://[www.kumla.se/…": no URL (a review)
        return False
    return any(host == d or host.endswith("." + d) for d in PRESS_HOST_DOMAINS)


def newsroom_body(publisher: str, site_name: str, authors: list[str], title: str) -> str:
    """The body a page on a press-release host speaks for: an organisation that wrote it
    (JSON-LD's author), the page's publisher or site name if it is no host's, or the tail
    of the page's <title> after its last separator if that is no host's; "" if none says."""
    for name in (*authors, publisher, site_name):
        if name and not is_host(name):
            return name
    cut = max(((title.rfind(sep), sep) for sep in TITLE_SEPARATORS), default=(-1, ""))
    tail = title[cut[0] + len(cut[1]) :].strip() if cut[0] > 0 else ""
    return tail if tail and not is_host(tail) and len(tail.split()) <= 6 else ""


def issuer(publisher: str, authors: list[str], title: str) -> str:
    """The body a press release is from when the site it is on is another's (a host kb does
    not know by name, "Pressflödet"): an organisation that wrote it (JSON-LD's author) and
    that the page's <title> names; else the publisher (page probe 14)."""
    return next((a for a in authors if a != publisher and a in title), publisher)


def labelled_press_release(soup: BeautifulSoup, head_title: str) -> bool:
    """Whether the page says it is a press release where a reader sees it: its <title>
    opens with "Pressmeddelande:", or the label before its headline (<h1>) says so, not
    in a menu, a link or a list."""
    if head_title.lower().startswith("pressmeddelande:"):
        return True
    h1 = soup.find("h1")
    if not isinstance(h1, Tag):
        return False
    for text in h1.find_all_previous(string=_LABEL):
        if isinstance(text, NavigableString) and not any(
            parent.name in _NOT_THE_PAGES for parent in text.parents
        ):
            return True
    return False
