"""An HTML page's metadata: <title>, og:*, article:*, Dublin Core, citation_*, JSON-LD, <time>.

Each field takes the first source that states it, in the order of trust
below (JSON-LD, then meta tags, then the visible page). A date counts as
certain only when the page states it in machine-readable form (JSON-LD, a
meta tag, ``<time datetime>``); a date read from the URL or from visible text
is kept but marked uncertain.
"""

from __future__ import annotations

import html
import json
import logging
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlparse

from bs4 import BeautifulSoup, Tag

from kb.parse.dates import date_from_text, normalize_date
from kb.parse.html_content import PULL_QUOTE_TOKENS, class_tokens, signs_quote_before
from kb.parse.press import (
    TITLE_SEPARATORS,
    is_host,
    issuer,
    labelled_press_release,
    newsroom_body,
)
from kb.parse.vocab import HTML_BYLINE_PREFIXES, HTML_DOCTYPE_URL_SEGMENTS, HTML_DOCTYPES

log = logging.getLogger(__name__)

# Meta names (lower case, property= or name=) per field, most trusted first.
TITLE_KEYS = ("citation_title", "og:title", "dc.title", "dcterms.title", "twitter:title")
PUBLISHER_KEYS = (
    "citation_publisher",
    "citation_technical_report_institution",
    "dc.publisher",
    "dcterms.publisher",
    "og:site_name",
    "application-name",
)
DATE_KEYS = (
    "citation_publication_date",
    "citation_date",
    "article:published_time",
    "dcterms.issued",
    "dc.date.issued",
    "dcterms.date",
    "dc.date",
    "dcterms.created",
    "datepublished",
    "pubdate",
    "publish-date",
    "publication_date",
    "date",
    "citation_online_date",
    "og:published_time",
    "parsely-pub-date",
    "sailthru.date",
)
AUTHOR_KEYS = (
    "citation_author",
    "dc.creator",
    "dcterms.creator",
    "author",
    "article:author",
    "parsely-author",
    "sailthru.author",
)
URL_KEYS = ("citation_public_url", "citation_abstract_html_url", "og:url", "dc.identifier")
LANGUAGE_KEYS = ("citation_language", "dc.language", "dcterms.language", "og:locale")
JSONLD_ARTICLE_TYPES = frozenset(HTML_DOCTYPES) | {"webpage", "creativework", "liveblogposting"}

_URL_DATE = re.compile(r"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})/")
_BYLINE_TAIL = re.compile(
    r"\s[|·•]\s|\s\d|\s(?:Published|Updated|Publicerad|Uppdaterad|Publicerat)\b", re.I
)
_NAME_LIST = re.compile(r"\s*(?:;| och | and | & )\s*")
_META_NAME_LIST = re.compile(r"\s*(?:,|;| och | and | & )\s*")
_PERSON = re.compile(r"^[A-ZÅÄÖÉ][\w.'’-]*(?: [A-ZÅÄÖÉ][\w.'’-]*){1,3}$")


@dataclass
class PageMeta:
    """Metadata found on a page; empty strings where the page says nothing."""

    title: str = ""
    publisher: str = ""
    doctype: str = ""
    date: str = ""
    date_certain: bool = False
    authors: list[str] = field(default_factory=list)
    url: str = ""
    language: str = ""
    title_from_head: bool = False  # only <title> named the page: an <h1> may do better
    author_bodies: list[str] = field(default_factory=list)  # JSON-LD authors that are bodies


def date_from_url(url: str) -> str:
    """The date in a URL path such as /2017/09/06/slug/, or ''."""
    match = _URL_DATE.search(urlparse(url).path + "/") if url else None
    return normalize_date("-".join(match.groups())) if match else ""


def clean_person(text: str) -> str:
    """A byline reduced to the name: 'Text: Annika Wihlborg' gives 'Annika Wihlborg'."""
    # A byline often runs on into a date or a tool: "Madeline Fry | November 18, 2019".
    name = _BYLINE_TAIL.split(" ".join(text.split()))[0].strip(" |,·•")
    lowered = name.lower()
    for prefix in sorted(HTML_BYLINE_PREFIXES, key=len, reverse=True):
        if lowered.startswith(prefix) and (
            prefix.endswith(":") or lowered[len(prefix) : len(prefix) + 1] in (" ", ":")
        ):
            name = name[len(prefix) :].lstrip(" :")
            break
    if not name or len(name) > 80 or name.startswith(("http://", "https://")):
        return ""
    return name


def _language(value: str) -> str:
    return value.strip().replace("_", "-").split("-")[0].lower()


def _meta_values(soup: BeautifulSoup) -> dict[str, list[str]]:
    values: dict[str, list[str]] = {}
    for tag in soup.find_all("meta"):
        key = tag.get("property") or tag.get("name") or tag.get("itemprop") or tag.get("http-equiv")
        content = tag.get("content")
        if key and content and str(content).strip():
            text = " ".join(html.unescape(str(content)).split())
            values.setdefault(str(key).strip().lower(), []).append(text)
    return values


def _first(values: dict[str, list[str]], keys: tuple[str, ...]) -> str:
    for key in keys:
        if values.get(key):
            return values[key][0]
    return ""


def _iter_jsonld(soup: BeautifulSoup) -> list[dict[str, Any]]:
    """Every JSON-LD object on the page, @graph members and lists flattened."""
    found: list[dict[str, Any]] = []
    for script in soup.find_all("script", type=re.compile(r"ld\+json", re.I)):
        raw = script.string or script.get_text()
        raw = raw.strip().removeprefix("<![CDATA[").removesuffix("]]>").strip()
        try:
            data = json.loads(raw)
        except ValueError:
            log.debug("unreadable JSON-LD block skipped")
            continue
        pending: list[Any] = [data]
        while pending:
            item = pending.pop()
            if isinstance(item, list):
                pending.extend(reversed(item))
            elif isinstance(item, dict):
                found.append(item)
                if isinstance(item.get("@graph"), list):
                    pending.extend(reversed(item["@graph"]))
    return found


def _types(item: dict[str, Any]) -> list[str]:
    kind = item.get("@type", [])
    return [str(k).lower() for k in (kind if isinstance(kind, list) else [kind])]


def split_people(text: str, separators: re.Pattern[str] = _NAME_LIST) -> list[str]:
    """People named in a byline: 'Anna Berg och Per Ek' gives two, an organisation one."""
    parts = [clean_person(p) for p in separators.split(text)]
    if len(parts) > 1 and all(_PERSON.match(p) for p in parts):
        return parts
    name = clean_person(text)
    return [name] if name else []


def _names(value: Any, *, people: bool = True) -> list[str]:
    """Names from a JSON-LD person/organisation value (dict, list or string)."""
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items:
        if isinstance(item, dict):
            item = item.get("name", "")
        if isinstance(item, str) and people:
            names.extend(split_people(item, _NAME_LIST))
        elif isinstance(item, str) and item.strip():
            names.append(" ".join(item.split()))
    return names


def _bodies(value: Any) -> list[str]:
    """The names of the organisations among a JSON-LD author value."""
    items = value if isinstance(value, list) else [value]
    return [
        " ".join(str(item["name"]).split())
        for item in items
        if isinstance(item, dict)
        and isinstance(item.get("name"), str)
        and not set(_types(item)).isdisjoint({"organization", "newsmediaorganization"})
    ]


def _url_of(value: Any) -> str:
    if isinstance(value, dict):
        value = value.get("@id") or value.get("url") or ""
    if isinstance(value, list):
        value = value[0] if value else ""
    text = str(value).strip()
    try:
        urlparse(text)  # "https://[www.kumla.se/…" is no URL (a review: the page failed)
    except ValueError:
        return ""
    return text if text.startswith(("http://", "https://")) else ""


def _apply_jsonld(meta: PageMeta, items: list[dict[str, Any]]) -> None:
    articles = [i for i in items if set(_types(i)) & JSONLD_ARTICLE_TYPES]
    # Prefer a real article type over WebPage, which sites put on every page.
    articles.sort(key=lambda i: not set(_types(i)) & set(HTML_DOCTYPES))
    for item in articles[:1]:
        headline = item.get("headline") or item.get("name")
        if isinstance(headline, str):
            meta.title = " ".join(html.unescape(headline).split())
        for kind in _types(item):
            if kind in HTML_DOCTYPES:
                meta.doctype = HTML_DOCTYPES[kind]
                break
        for key in ("datePublished", "dateCreated"):
            if isinstance(item.get(key), str) and (date := normalize_date(item[key])):
                meta.date, meta.date_certain = date, True
                break
        meta.authors = _names(item.get("author", []))
        meta.author_bodies = _bodies(item.get("author", []))
        meta.publisher = next(iter(_names(item.get("publisher", []), people=False)), "")
        meta.url = _url_of(item.get("url")) or _url_of(item.get("mainEntityOfPage"))
        if isinstance(item.get("inLanguage"), str):
            meta.language = _language(item["inLanguage"])
    if not meta.publisher:
        for item in items:
            if set(_types(item)) & {
                "organization",
                "newsmediaorganization",
                "governmentorganization",
            }:
                meta.publisher = next(iter(_names(item, people=False)), "")
                if meta.publisher:
                    break


def _site_name(value: str) -> str:
    """A site's name without the tagline or the page a site's og:site_name may add: "Stiftelsen
    Bryggan | Startsida", "Kvinnojouren Vallmo – Stöd och skydd i Kristinehamn" (a review)."""
    for sep in TITLE_SEPARATORS:
        head, found, tail = value.partition(sep)
        words = tail.split()
        lower = sum(w[:1].islower() for w in words)
        tagline = len(words) >= 3 and lower * 2 >= len(words) and words[0][:1].isupper()
        if found and head.strip()[:1].isupper() and (tagline or tail.strip() in _SITE_PAGES):
            return head.strip()
    return value


# A site's page after its name in an og:site_name ("… | Startsida").
_SITE_PAGES = frozenset({"Startsida", "Start", "Hem", "Home", "Nyheter", "Aktuellt"})


def _strip_site_name(title: str, publisher: str) -> str:
    """'Article – Site' gives 'Article' when the tail is the site's name."""
    for sep in TITLE_SEPARATORS:
        head, found, tail = title.rpartition(sep)
        if (
            found
            and head
            and (
                (publisher and tail.strip().lower() in publisher.lower())
                or (publisher and publisher.lower() in tail.lower())
            )
        ):
            return head.strip()
    return title


def _time_date(scope: Tag) -> tuple[str, bool]:
    """The date of the first <time> element or datePublished microdata in a scope."""
    candidates = [
        scope.find(None, {"itemprop": re.compile(r"^datePublished$", re.I)}),
        scope.find("time", datetime=True),
        scope.find("time"),
    ]
    for el in candidates:
        if el is None:
            continue
        stated = el.get("datetime") or el.get("content")
        if stated and (date := normalize_date(str(stated))):
            return date, True
        if el.name == "time" and (date := date_from_text(el.get_text(" ", strip=True))):
            return date, False
    return "", False


_AUTHOR_CLASS = re.compile(r"byline|author", re.I)


def find_byline(scope: Tag) -> list[str]:
    """Names from a byline in a scope: rel/itemprop author, or a byline/author class."""
    candidates = [
        *scope.find_all("a", rel=re.compile(r"\bauthor\b"), limit=3),
        *scope.find_all(None, {"itemprop": re.compile(r"^author$", re.I)}, limit=3),
        *scope.find_all(class_=_AUTHOR_CLASS, limit=5),
    ]
    for el in candidates:
        if _signs_a_quote(el):
            continue
        if el.name in ("meta", "link") or not (
            el.name == "a"
            or not class_tokens(el).isdisjoint({"byline", "author", "authorname"})
            or str(el.get("itemprop", "")).lower() == "author"
        ):
            continue
        link = (
            el if el.name == "a" else el.find("a", href=re.compile(r"/(author|authors|skribent)/"))
        )
        text = (link or el).get_text(" ", strip=True)
        if el.find(["p", "div", "li"]) is not None and len(text) > 80:
            continue
        names = split_people(text)
        if names:
            return names
    return []


def _signs_a_quote(el: Tag) -> bool:
    """Whether a byline-like element names who said a quote, not who wrote the page: inside
    a block quote, classed as a quote's ("quote-author"), or signing the quote before it
    (seven of ten saved pages with a "quote-author" had its speaker as their author)."""
    return (
        el.find_parent("blockquote") is not None
        or not class_tokens(el).isdisjoint(PULL_QUOTE_TOKENS | {"quote", "citat"})
        or signs_quote_before(el)
    )


def read_page_meta(soup: BeautifulSoup) -> PageMeta:
    """The page's metadata from its head, JSON-LD and machine-readable elements."""
    meta = PageMeta()
    _apply_jsonld(meta, _iter_jsonld(soup))
    values = _meta_values(soup)
    meta.title = meta.title or _first(values, TITLE_KEYS)
    site_name = _site_name(_first(values, PUBLISHER_KEYS))
    if site_name and site_name in meta.author_bodies:
        meta.publisher = site_name  # a body's page on another's site (kb.parse.press)
    meta.publisher = meta.publisher or site_name
    if not meta.date:
        for key in DATE_KEYS:
            for value in values.get(key, []):
                if date := normalize_date(value):
                    meta.date, meta.date_certain = date, True
                    break
            if meta.date:
                break
    if not meta.authors:
        for key in AUTHOR_KEYS:
            names = [n for v in values.get(key, []) for n in _split_names(v, key)]
            if names:
                meta.authors = list(dict.fromkeys(names))
                break
    canonical = soup.find("link", rel="canonical")
    canonical_url = _url_of(canonical.get("href", "")) if canonical else ""
    meta.url = canonical_url or meta.url or _url_of(_first(values, URL_KEYS))
    meta.language = (
        meta.language
        or _language(str(soup.html.get("lang", "")) if soup.html else "")
        or _language(_first(values, ("content-language",)))
        or _language(_first(values, LANGUAGE_KEYS))
    )
    meta.doctype = meta.doctype or _doctype_from_meta(values)
    head_title = soup.title.get_text(" ", strip=True) if soup.title else ""
    if is_host(meta.publisher, meta.url):
        meta.publisher = newsroom_body(meta.publisher, site_name, meta.author_bodies, head_title)
    # A press release says so in its URL or its label, whatever type its metadata gives
    # (og:type "article" on any page): kb.parse.press.
    url_type = doctype_from_url(meta.url)
    if meta.doctype in ("", "artikel", "nyhet") and (
        url_type == "pressmeddelande" or labelled_press_release(soup, head_title)
    ):
        meta.doctype = "pressmeddelande"
    if meta.doctype == "pressmeddelande":
        meta.publisher = issuer(meta.publisher, meta.author_bodies, head_title)
    meta.doctype = meta.doctype or url_type
    if not meta.date:
        meta.date, meta.date_certain = _time_date(soup)
    if not meta.date and (date := date_from_url(meta.url)):
        meta.date, meta.date_certain = date, False
    if not meta.title:
        meta.title_from_head = True
    title = meta.title or (soup.title.get_text(" ", strip=True) if soup.title else "")
    meta.title = _strip_site_name(" ".join(title.split()), meta.publisher)
    return meta


def _split_names(value: str, key: str) -> list[str]:
    # citation_author comes one per tag ("Last, First"); others may list several.
    if key == "citation_author":
        name = clean_person(value)
        return [name] if name else []
    return split_people(value, _META_NAME_LIST)


def _doctype_from_meta(values: dict[str, list[str]]) -> str:
    if values.get("citation_technical_report_institution") or values.get(
        "citation_technical_report_number"
    ):
        return "rapport"
    if values.get("citation_journal_title"):
        return "artikel"
    for key in ("dc.type", "dcterms.type", "og:type"):
        kind = _first(values, (key,)).lower().replace(" ", "")
        if kind in HTML_DOCTYPES:
            return HTML_DOCTYPES[kind]
    return ""


def doctype_from_url(url: str) -> str:
    """A document type from a section of the URL's path (/press/, /nyheter/), or ''."""
    segments = [s.lower() for s in urlparse(url).path.split("/") if s] if url else []
    for segment in segments[:-1]:
        if segment in HTML_DOCTYPE_URL_SEGMENTS:
            return HTML_DOCTYPE_URL_SEGMENTS[segment]
    return ""


def read_article_meta(article: Tag) -> PageMeta:
    """Metadata of one <article> on a page of several: its heading, date, byline, link."""
    meta = PageMeta()
    heading = article.find(["h1", "h2", "h3"])
    if heading is not None:
        meta.title = heading.get_text(" ", strip=True)
        link = heading.find("a", href=True)
        if link is not None:
            meta.url = _url_of(link["href"])
    if not meta.url:
        link = article.find("a", rel="bookmark", href=True)
        meta.url = _url_of(link["href"]) if link is not None else ""
    meta.date, meta.date_certain = _time_date(article)
    if not meta.date and (date := date_from_url(meta.url)):
        meta.date = date
    meta.authors = find_byline(article)
    return meta
