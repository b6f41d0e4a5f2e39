"""The time a role's time hint speaks of, as a span of days, given the date of its article.

A hint is what the extraction recorded beside a title (nlp/relations/time_phrases.py): "seit 2019",
"bis Ende 2023", "ab 1. Januar", "von 2018 bis 2022", "ehemalig", "designiert", several joined by
commas. Dates without a year ("ab 1. Januar") take the year of the article (the next one when the day
has passed by then). The span is what the hint and the article date together say for certain:

- "seit X": from X to the article date (the article knows nothing later);
- "bis X": the period X itself ("bis Ende 2023": October to December 2023), from the article date on
  when that is earlier ("noch bis 2026");
- "ab X", "zum X": from X on; "von X bis Y": X to Y;
- "designiert", "künftig": from the article date on; "ehemalig": no certain time at all (it was held
  some time before the article), so the role falls in no range.

Other hints ("kommissarisch", "amtierend") and hints without a readable date give None: the fact then
counts at its article's date.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

Span = tuple[date | None, date | None]  # first and last day; None: open
Days = tuple[date, date]  # first and last day a date phrase covers
NEVER: Span = (date.max, date.min)  # a span that meets no range

MONTHS = {
    "januar": 1,
    "jänner": 1,
    "februar": 2,
    "märz": 3,
    "april": 4,
    "mai": 5,
    "juni": 6,
    "juli": 7,
    "august": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "dezember": 12,
}
_MONTH = "|".join(MONTHS)
# "1. Januar 2025", "Januar 2025", "2025", "Ende 2023", "Anfang März", "1.1.2025"; the year may be missing
_DATE = (
    rf"(?:(?P<part>anfang|mitte|ende)\s+)?"
    rf"(?:(?:(?P<day>\d{{1,2}})\.\s*)?(?P<month>{_MONTH})\s*|(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.\s*)?"
    rf"(?P<year>(?:19|20)\d\d)?"
)
_RANGE = re.compile(rf"^von\s+{_DATE.replace('?P<', '?P<a_')}\s+bis\s+(?:zum\s+|ende\s+)?{_DATE}$")
_ONE = re.compile(rf"^(?P<word>seit|ab|bis|zum|per)\s+(?:dem\s+|zum\s+)?{_DATE}$")


def _bounds(g: dict[str, str | None], published: date | None, prefix: str = "", lean: int = 0) -> Days | None:
    """First and last day a date phrase covers (None if it names no year and the article has none).
    A date without a year is in the article's year, or the year after (`lean` 1: "ab 1. Januar" in a
    March article) or before (`lean` -1: "seit Oktober" in a March article) when that date has not
    come yet, or has passed, at the article's date."""
    if not g.get(prefix + "year") and published is not None and lean:
        span = _bounds({**g, prefix + "year": str(published.year)}, published, prefix)
        if span is not None and lean > 0 and span[0] < published:
            return _bounds({**g, prefix + "year": str(published.year + 1)}, published, prefix)
        if span is not None and lean < 0 and span[0] > published:
            return _bounds({**g, prefix + "year": str(published.year - 1)}, published, prefix)
        return span
    year_text, part = g.get(prefix + "year"), g.get(prefix + "part")
    month_text = g.get(prefix + "month")
    month_number = g.get(prefix + "m")
    month = MONTHS[month_text] if month_text else int(month_number) if month_number else None
    day_text = g.get(prefix + "day") or g.get(prefix + "d")
    if year_text is None and month is None:
        return None
    year = int(year_text) if year_text else published.year if published else None
    if year is None:
        return None
    try:
        if month is None:
            first, last = date(year, 1, 1), date(year, 12, 31)
            if part == "anfang":
                last = date(year, 3, 31)
            elif part == "mitte":
                first, last = date(year, 5, 1), date(year, 8, 31)
            elif part == "ende":
                first = date(year, 10, 1)
            return first, last
        if day_text:
            day = date(year, month, int(day_text))
            return day, day
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    except ValueError:  # "31. Februar", month 13
        return None


def hint_span(hint: str | None, published: date | None) -> Span | None:
    """The days a role's time hint speaks of (see the module docstring), or None."""
    if not hint:
        return None
    words = {p.strip().lower() for p in hint.split(",") if p.strip()}
    for phrase in sorted(words):
        if m := _RANGE.match(phrase):
            g = m.groupdict()
            a, b = _bounds(g, published, "a_"), _bounds(g, published)
            if a and b:
                return a[0], b[1]
        elif m := _ONE.match(phrase):
            g = m.groupdict()
            word = g["word"]
            span = _bounds(g, published, lean={"seit": -1, "bis": 0}.get(word, 1))
            if span is None:
                continue
            if word == "seit":
                return span[0], published if published and published >= span[0] else None
            if word == "bis":
                return (published if published and published <= span[0] else span[0]), span[1]
            return span[0], None  # ab, zum, per: the office begins then
    if "ehemalig" in words:
        return NEVER
    if words & {"designiert", "künftig"} and published:
        return published, None
    return None


def overlaps(span: Span, lo: date | None, hi: date | None) -> bool:
    """Whether `span` meets the range from `lo` to `hi` (None: open)."""
    first, last = span
    if first is not None and last is not None and first > last:
        return False  # NEVER
    return (first is None or hi is None or first <= hi) and (last is None or lo is None or last >= lo)
