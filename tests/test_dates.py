"""The one date reader: every date kb keeps exists."""

from __future__ import annotations

import pytest

from kb.parse.dates import clean_iso_date, date_from_text, iso_date, normalize_date
from kb.parse.text_boilerplate import find_date
from kb.search import clean_date


@pytest.mark.parametrize(
    ("stated", "iso"),
    [
        ("2021-06-23", "2021-06-23"),
        ("2021/6/3", "2021-06-03"),
        ("2021-06", "2021-06"),
        ("2021", "2021"),
        ("6 september 2017", "2017-09-06"),
        ("2021-02-31", ""),
        ("2021-13-01", ""),
        ("2023-02-29", ""),
        ("2024-02-29", "2024-02-29"),
        ("31 april 2021", ""),
        ("20210623", ""),
    ],
)
def test_normalize_date(stated: str, iso: str) -> None:
    assert normalize_date(stated) == iso


def test_impossible_dates_are_no_dates_anywhere() -> None:
    assert iso_date(2021, 2, 31) == ""
    assert date_from_text("publicerad 31 februari 2021") == ""
    assert find_date("2021-02-31") == ""
    assert find_date("23 juni 2021") == "2021-06-23"
    assert clean_iso_date("2021-02-31") == clean_date("2021-02-31") == ""
    assert clean_date("2021-02") == "2021-02"
