"""A polite, safe HTTP fetcher for `kb add`: one URL in, its bytes and HTTP metadata out.

Polite: a User-Agent naming kb, robots.txt honoured (with its Crawl-delay), at
most one request a second per host, retries on 429/503 that wait as
Retry-After asks. Safe: only http and https, at most 10 redirects, each hop's
host resolved and refused when it is not a public address (loopback, private,
link-local: a page must not make kb read the machine's or the intranet's
services) unless FetchOptions.allow_private says so, connect and total
timeouts, the ingest's size caps, and only the content types kb can read.
"""

from __future__ import annotations

import email.utils
import ipaddress
import logging
import socket
import threading
import time
import urllib.robotparser
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, TypedDict
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from kb import __version__
from kb.errors import KbError
from kb.parse import MAX_BYTES

log = logging.getLogger(__name__)

# Headers are ASCII (RFC 9110): the product name and version, and what kb is.
USER_AGENT = f"kb/{__version__} (a knowledge base on Swedish social services; httpx)"
ROBOTS_AGENT = "kb"  # the token robots.txt rules name

# The content types kb reads (kb.parse), each with the format whose size cap
# applies and the suffix the saved file gets. From the IANA media type registry.
CONTENT_TYPES = {
    "text/html": ("html", ".html"),
    "application/xhtml+xml": ("html", ".html"),
    "application/pdf": ("pdf", ".pdf"),
    "text/plain": ("text", ".txt"),
    "text/markdown": ("markdown", ".md"),
    "text/x-markdown": ("markdown", ".md"),
    "application/xml": ("tei", ".xml"),
    "text/xml": ("tei", ".xml"),
    "application/tei+xml": ("tei", ".xml"),
}
REDIRECTS = (301, 302, 303, 307, 308)
RETRY_STATUSES = (429, 503)
MAX_ROBOTS_BYTES = 512 * 1024  # Google's limit for robots.txt is 500 KiB (RFC 9309 asks ≥ 500 KiB)


class FetchError(KbError):
    """A URL could not be fetched; the message is the one-line reason shown to the user."""


class PageGone(FetchError):
    """The server says the page is gone (404 or 410)."""


class NotModified(KbError):
    """A conditional request found the page unchanged (304)."""


@dataclass(frozen=True)
class FetchOptions:
    """How politely and how safely to fetch."""

    user_agent: str = USER_AGENT
    connect_timeout: float = 10.0
    total_timeout: float = 120.0  # a whole response, headers and body, per attempt
    max_redirects: int = 10
    host_interval: float = 1.0  # seconds between two requests to one host
    retries: int = 3  # further attempts after a 429 or 503
    max_retry_wait: float = 120.0  # a longer Retry-After is not waited for
    allow_private: bool = False  # loopback, private and link-local addresses (tests, intranets)
    robots: bool = True


class _Response(TypedDict):
    """What one hop's response gives a Fetched."""

    content_type: str
    body: bytes
    suffix: str
    etag: str
    last_modified: str


@dataclass(frozen=True)
class Fetched:
    """One successful response: the body unchanged and what the sidecar keeps of it."""

    url: str  # as requested
    final_url: str  # after redirects
    content_type: str  # the media type without parameters
    body: bytes
    suffix: str  # the file suffix for the content type
    etag: str = ""
    last_modified: str = ""
    retrieved: str = field(default_factory=lambda: datetime.now(UTC).date().isoformat())


def _media_type(header: str) -> str:
    return header.split(";", 1)[0].strip().lower()


def _is_public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def check_url(url: str, options: FetchOptions) -> None:
    """Refuse a URL kb must not fetch: another scheme, no host, or a host that is not public."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise FetchError(
            f"bara http och https hämtas, inte {parts.scheme or 'en adress utan schema'}:"
        )
    host = parts.hostname
    if not host:
        raise FetchError("adressen saknar värd")
    if options.allow_private:
        return
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as exc:
        raise FetchError(f"ogiltig port ({exc})") from exc
    try:
        addresses = resolve_host(host, port)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"värden {host} finns inte (DNS: {exc})") from exc
    internal = [a for a in addresses if not _is_public(a)]
    if internal:
        raise FetchError(
            f"{host} pekar på en intern adress ({internal[0]}); kb hämtar bara från publika adresser"
        )


def resolve_host(host: str, port: int) -> list[str]:
    """The addresses a host name stands for (an address stands for itself)."""
    try:
        ipaddress.ip_address(host.strip("[]"))
        return [host.strip("[]")]
    except ValueError:
        pass
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


class PublicOnlyBackend(httpcore.SyncBackend):
    """httpcore's socket backend connecting only to the public addresses it has just checked.

    check_url resolves a host before each request; the connection resolves it
    again, and a DNS answer that changes in between (DNS rebinding) could point
    it at an internal address. This backend checks the addresses it connects
    to and connects to exactly those.
    """

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        try:
            addresses = resolve_host(host, port)
        except (OSError, UnicodeError) as exc:
            raise httpcore.ConnectError(f"{host}: {exc}") from exc
        internal = [a for a in addresses if not _is_public(a)]
        if internal:
            raise httpcore.ConnectError(f"{host} pekar på en intern adress ({internal[0]})")
        error: httpcore.ConnectError | httpcore.ConnectTimeout | None = None
        for address in addresses:
            try:
                return super().connect_tcp(address, port, timeout, local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                error = exc
        raise error or httpcore.ConnectError(f"{host}: no address")


def _transport(options: FetchOptions) -> httpx.HTTPTransport:
    """httpx's transport, pinned to checked public addresses unless private ones are allowed."""
    transport = httpx.HTTPTransport()
    if not options.allow_private:
        pool = transport._pool  # noqa: SLF001 - httpx offers no public way to set the backend
        if not hasattr(pool, "_network_backend"):
            raise RuntimeError(
                "this httpcore has no _network_backend: kb's address check needs one"
            )
        pool._network_backend = PublicOnlyBackend()  # noqa: SLF001
    return transport


def retry_wait(header: str | None, attempt: int) -> float:
    """Seconds to wait before the next attempt: Retry-After (seconds or a date), else backoff."""
    if header:
        header = header.strip()
        if header.isdigit():
            return float(header)
        try:
            when = email.utils.parsedate_to_datetime(header)
        except (TypeError, ValueError):
            when = None
        if when is not None:
            if when.tzinfo is None:
                when = when.replace(tzinfo=UTC)
            return max(0.0, (when - datetime.now(UTC)).total_seconds())
    return float(2**attempt)  # 1, 2, 4 s: the exponential backoff RFC 9110 leaves to clients


class Fetcher:
    """Fetches URLs one at a time with one HTTP client, robots.txt cache and per-host clock."""

    def __init__(self, options: FetchOptions | None = None) -> None:
        self.options = options or FetchOptions()
        self._client = httpx.Client(
            headers={"User-Agent": self.options.user_agent},
            timeout=httpx.Timeout(self.options.total_timeout, connect=self.options.connect_timeout),
            follow_redirects=False,  # followed by hand, to check every hop's address
            transport=_transport(self.options),
        )
        self._robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}
        self._last: dict[str, float] = {}
        self._lock = threading.Lock()
        self.requests = 0

    def close(self) -> None:
        """Close the HTTP connections."""
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- politeness ---------------------------------------------------------

    def _wait_for_host(self, url: str) -> None:
        host = urlsplit(url).netloc.lower()
        interval = self.options.host_interval
        robots = self._robots.get(_origin(url))
        delay = robots.crawl_delay(ROBOTS_AGENT) if robots else None
        if delay:
            interval = max(interval, float(delay))
        with self._lock:
            wait = self._last.get(host, 0.0) + interval - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            self._last[host] = time.monotonic()

    def _allowed(self, url: str) -> bool:
        if not self.options.robots:
            return True
        origin = _origin(url)
        if origin not in self._robots:
            self._robots[origin] = self._read_robots(origin)
        robots = self._robots[origin]
        return robots is None or robots.can_fetch(ROBOTS_AGENT, url)

    def _read_robots(self, origin: str) -> urllib.robotparser.RobotFileParser | None:
        """The site's rules; None (allow all) when it has none (RFC 9309: 4xx)."""
        parser = urllib.robotparser.RobotFileParser(origin + "/robots.txt")
        try:
            status, body = self._get_small(origin + "/robots.txt")
        except FetchError as exc:
            # RFC 9309 §2.3.1.4: an unreachable robots.txt means complete disallow.
            log.info("robots.txt of %s unreachable (%s)", origin, exc)
            parser.parse(["User-agent: *", "Disallow: /"])
            return parser
        if 400 <= status < 500:
            return None
        if status >= 500:
            parser.parse(["User-agent: *", "Disallow: /"])
            return parser
        parser.parse(body.decode("utf-8", errors="replace").splitlines())
        return parser

    def _get_small(self, url: str) -> tuple[int, bytes]:
        """Status and at most MAX_ROBOTS_BYTES of a response, redirects followed and checked."""
        for _ in range(self.options.max_redirects + 1):
            check_url(url, self.options)
            self._wait_for_host(url)
            self.requests += 1
            try:
                with self._client.stream("GET", url) as response:
                    if response.status_code in REDIRECTS and "location" in response.headers:
                        url = urljoin(url, response.headers["location"])
                        continue
                    body = b""
                    for chunk in response.iter_bytes():
                        body += chunk
                        if len(body) >= MAX_ROBOTS_BYTES:
                            break
                    return response.status_code, body[:MAX_ROBOTS_BYTES]
            except httpx.HTTPError as exc:
                raise FetchError(_transport_reason(exc, self.options)) from exc
        raise FetchError("för många omdirigeringar")

    # --- fetching -----------------------------------------------------------

    def fetch(self, url: str, *, etag: str = "", last_modified: str = "") -> Fetched:
        """The page at url; FetchError with the reason, NotModified after a 304."""
        headers = {"Accept": ", ".join(CONTENT_TYPES) + ";q=0.9, */*;q=0.1"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current = url
        seen = {url}
        for _hop in range(self.options.max_redirects + 1):
            check_url(current, self.options)
            if not self._allowed(current):
                raise FetchError(
                    f"robots.txt på {_origin(current)} tillåter inte kb att hämta {current}"
                )
            response_or_next = self._get_with_retries(current, headers)
            if isinstance(response_or_next, str):
                current = response_or_next
                if current in seen:
                    raise FetchError(f"omdirigeringsslinga (tillbaka till {current})")
                seen.add(current)
                continue
            return Fetched(url=url, final_url=current, **response_or_next)
        raise FetchError(f"för många omdirigeringar (fler än {self.options.max_redirects})")

    def _get_with_retries(self, url: str, headers: dict[str, str]) -> str | _Response:
        """One hop: the next URL of a redirect, or the response's fields; retries 429/503."""
        for attempt in range(self.options.retries + 1):
            self._wait_for_host(url)
            self.requests += 1
            try:
                result = self._get_once(url, headers)
            except httpx.HTTPError as exc:
                raise FetchError(_transport_reason(exc, self.options)) from exc
            if not isinstance(result, tuple):
                return result
            status, retry_after = result
            wait = retry_wait(retry_after, attempt)
            if attempt == self.options.retries or wait > self.options.max_retry_wait:
                asked = f", Retry-After {retry_after}" if retry_after else ""
                raise FetchError(
                    f"servern svarar {status} ({'för många förfrågningar' if status == 429 else 'tjänsten är inte tillgänglig'}"
                    f"{asked}) efter {attempt + 1} försök"
                )
            log.info("%s: %s, waiting %.1f s before attempt %d", url, status, wait, attempt + 2)
            time.sleep(wait)
        raise AssertionError("unreachable")

    def _get_once(
        self, url: str, headers: dict[str, str]
    ) -> str | _Response | tuple[int, str | None]:
        deadline = time.monotonic() + self.options.total_timeout
        with self._client.stream("GET", url, headers=headers) as response:
            status = response.status_code
            if status in REDIRECTS:
                location = response.headers.get("location")
                if not location:
                    raise FetchError(f"omdirigering ({status}) utan Location")
                return urljoin(url, location)
            if status in RETRY_STATUSES:
                return status, response.headers.get("retry-after")
            if status == 304:
                raise NotModified("oförändrad (304)")
            if status in (404, 410):
                raise PageGone(f"sidan finns inte ({status} {response.reason_phrase})")
            if status >= 400:
                raise FetchError(f"servern svarar {status} {response.reason_phrase}")
            if status != 200:
                raise FetchError(f"oväntat svar {status} {response.reason_phrase}")
            media = _media_type(response.headers.get("content-type", ""))
            if media not in CONTENT_TYPES:
                raise FetchError(
                    f"innehållstypen {media or '(ingen)'} kan kb inte läsa "
                    "(bara HTML, PDF, text, Markdown och XML)"
                )
            kind, suffix = CONTENT_TYPES[media]
            cap = MAX_BYTES[kind]
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > cap:
                raise FetchError(
                    f"för stor: {int(declared) // 2**20} MB, högst {cap // 2**20} MB för {media}"
                )
            body = bytearray()
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) > cap:
                    raise FetchError(f"för stor: över {cap // 2**20} MB för {media}")
                if time.monotonic() > deadline:
                    raise FetchError(f"tog för lång tid (över {self.options.total_timeout:g} s)")
            return {
                "content_type": media,
                "body": bytes(body),
                "suffix": suffix,
                "etag": response.headers.get("etag", ""),
                "last_modified": response.headers.get("last-modified", ""),
            }


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def _transport_reason(exc: httpx.HTTPError, options: FetchOptions) -> str:
    """A one-line reason for a transport failure."""
    if isinstance(exc, httpx.ConnectTimeout):
        return f"ingen anslutning inom tidsgränsen ({options.connect_timeout:g} s)"
    if isinstance(exc, httpx.TimeoutException):
        return f"servern svarade inte inom tidsgränsen ({options.total_timeout:g} s)"
    if isinstance(exc, httpx.ConnectError):
        return f"kunde inte ansluta ({exc})"
    if isinstance(exc, httpx.TooManyRedirects):
        return "för många omdirigeringar"
    return f"nätverksfel ({type(exc).__name__}: {exc})"
