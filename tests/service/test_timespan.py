"""The days a role's time hint speaks of, given its article's date (service/readmodel/timespan.py)."""

from __future__ import annotations

from datetime import date

import pytest

from service.readmodel.timespan import NEVER, hint_span, overlaps

MARCH_2024 = date(2024, 3, 1)


@pytest.mark.parametrize(
    ("hint", "span"),
    [
        ("seit 2019", (date(2019, 1, 1), MARCH_2024)),
        ("seit März 2022", (date(2022, 3, 1), MARCH_2024)),
        ("seit Oktober", (date(2023, 10, 1), MARCH_2024)),  # no year: the last October before the article
        ("bis 2023", (date(2023, 1, 1), date(2023, 12, 31))),
        ("bis Ende 2023", (date(2023, 10, 1), date(2023, 12, 31))),
        ("bis 2026", (MARCH_2024, date(2026, 12, 31))),  # still in office until then
        ("ab 1. Januar", (date(2025, 1, 1), None)),  # no year: the next 1 January after the article
        ("ab dem 1. April", (date(2024, 4, 1), None)),
        ("zum 1.4.2024", (date(2024, 4, 1), None)),
        ("von 2018 bis 2022", (date(2018, 1, 1), date(2022, 12, 31))),
        ("designiert", (MARCH_2024, None)),
        ("ehemalig", NEVER),
        ("ehemalig, seit 2019", (date(2019, 1, 1), MARCH_2024)),
    ],
)
def test_hint_spans(hint: str, span: tuple[date | None, date | None]) -> None:
    assert hint_span(hint, MARCH_2024) == span


@pytest.mark.parametrize("hint", ["kommissarisch", "amtierend", "seit langem", None])
def test_hints_without_a_time_count_at_the_article_date(hint: str | None) -> None:
    assert hint_span(hint, MARCH_2024) is None


def test_a_date_without_year_needs_an_article_date() -> None:
    assert hint_span("ab 1. Januar", None) is None


def test_a_former_office_meets_no_range() -> None:
    assert not overlaps(NEVER, None, None)
