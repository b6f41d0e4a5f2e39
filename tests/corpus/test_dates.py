"""Parsing publication dates."""

from __future__ import annotations

from datetime import date

import pytest

from corpus.dates import parse_date


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2025-03-04", date(2025, 3, 4)),
        ("2025-03-04T08:15:00+01:00", date(2025, 3, 4)),
        ("Tue, 04 Mar 2025 08:15:00 +0100", date(2025, 3, 4)),
        ("04.03.2025", date(2025, 3, 4)),
        ("4. März 2025", date(2025, 3, 4)),
        ("4. Jänner 2025", date(2025, 1, 4)),
    ],
)
def test_date_formats_are_parsed(raw: str, expected: date) -> None:
    assert parse_date(raw) == expected


@pytest.mark.parametrize("raw", ["", "gestern", "2025-02-30", "31.13.2025", None])
def test_non_dates_give_none(raw: str | None) -> None:
    assert parse_date(raw) is None
