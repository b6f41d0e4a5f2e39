"""Publication dates as printed in feeds, HTML meta tags and German text, parsed to `datetime.date`."""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

_MONTHS = {
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7,
    "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12,
}  # fmt: skip
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_GERMAN_NUMERIC = re.compile(r"(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})")
_GERMAN_LONG = re.compile(r"(\d{1,2})\.\s*([A-Za-zÄÖÜäöü]+)\s+(\d{4})")


def parse_date(value: str | None) -> date | None:
    """Parse ISO 8601, RFC 822 (RSS), "18.01.2025" or "18. Januar 2025"; None if it is none of these.

    >>> parse_date("2025-01-18T10:00:00+01:00"), parse_date("Sat, 18 Jan 2025 10:00:00 +0100")
    (datetime.date(2025, 1, 18), datetime.date(2025, 1, 18))
    >>> parse_date("18. Januar 2025"), parse_date("kein Datum")
    (datetime.date(2025, 1, 18), None)
    """
    if not value or not value.strip():
        return None
    value = value.strip()
    try:
        if m := _ISO.match(value):
            return date(int(m[1]), int(m[2]), int(m[3]))
        if m := _GERMAN_NUMERIC.match(value):
            return date(int(m[3]), int(m[2]), int(m[1]))
        if (m := _GERMAN_LONG.match(value)) and m[2].casefold() in _MONTHS:
            return date(int(m[3]), _MONTHS[m[2].casefold()], int(m[1]))
    except ValueError:
        return None  # a well-formed but impossible date such as 2025-02-30
    try:
        parsed: datetime = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed.date()
