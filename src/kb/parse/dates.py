"""One date reader: the ISO dates (YYYY, YYYY-MM or YYYY-MM-DD) kb keeps, from what a page,
a sidecar, a TEI header or a search request states.

Every date passes through ``iso_date``, which asks ``datetime`` whether the day exists, so
"2021-02-31" or "31 april 2021" is no date at all rather than a wrong one.
"""

from __future__ import annotations

import re
from datetime import date

from kb.parse.vocab import HTML_MONTHS

# Years a document about today's social services can carry; anything else in a
# date-shaped string is a number of another kind.
MIN_YEAR, MAX_YEAR = 1800, 2200

_ISO_DATE = re.compile(r"(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?")
_STRICT_ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_DMY_TEXT = re.compile(r"(\d{1,2})\.?\s+([a-zåäö]+)\.?,?\s+(\d{4})", re.I)
_MDY_TEXT = re.compile(r"([a-zåäö]+)\.?\s+(\d{1,2}),?\s+(\d{4})", re.I)


def iso_date(year: int | str, month: int | str | None = None, day: int | str | None = None) -> str:
    """The ISO form of a year, year and month, or whole date; "" when no such day exists."""
    try:
        y = int(year)
        m = int(month) if month not in (None, "") else None
        d = int(day) if day not in (None, "") else None
        if not MIN_YEAR < y < MAX_YEAR or (d is not None and m is None):
            return ""
        date(y, m or 1, d or 1)  # raises ValueError for 2021-02-31 or month 13
    except ValueError:
        return ""
    if m is None:
        return f"{y:04d}"
    return f"{y:04d}-{m:02d}" if d is None else f"{y:04d}-{m:02d}-{d:02d}"


def normalize_date(value: str) -> str:
    """An ISO date from a stated date ("2021-6-23", "2021/06/23", "6 september 2017"), or ""."""
    value = value.strip()
    match = _ISO_DATE.match(value)
    if match:
        year, month, day = match.groups()
        if not month and len(value) > 4 and value[4:5].isdigit():
            return ""  # a longer number, not a year
        return iso_date(year, month, day)
    return date_from_text(value)


def date_from_text(text: str) -> str:
    """An ISO date from visible text such as '6 september 2017' or 'Nov 18, 2019', or ''."""
    for match in _DMY_TEXT.finditer(text):
        day, month_name, year = match.groups()
        month = HTML_MONTHS.get(month_name.lower())
        if month and (found := iso_date(year, month, day)):
            return found
    for match in _MDY_TEXT.finditer(text):
        month_name, day, year = match.groups()
        month = HTML_MONTHS.get(month_name.lower())
        if month and (found := iso_date(year, month, day)):
            return found
    return ""


def clean_iso_date(value: str) -> str:
    """A date written exactly as YYYY, YYYY-MM or YYYY-MM-DD that exists, as given; else ""."""
    value = (value or "").strip()
    match = _STRICT_ISO.fullmatch(value)
    return value if match and iso_date(*match.groups()) == value else ""
