"""Date ranges of the lookups (`from`, `to`: YYYY, YYYY-MM or YYYY-MM-DD) and which facts fall in them.

A fact counts at the date of the article it was read from; a role with a time hint counts over the span
the hint gives (service/readmodel/timespan.py: "seit 2019" in an article of 2020 covers 2019-2020).
Undated facts (an article without a date, no readable hint) fall in no range. Every check looks at one
entity's own facts and articles (the read model's per-entity lists), never at the whole store.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Annotated

from fastapi import Depends, Query

from service.errors import BadRequestError
from service.readmodel.model import ReadModel
from service.readmodel.records import Entity, Fact
from service.readmodel.timespan import hint_span, overlaps
from service.schemas import ArticleRef, EvidenceOut

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
FROM_DOC = "Only facts from this date on: YYYY, YYYY-MM or YYYY-MM-DD (the first day of it)."
TO_DOC = "Only facts up to this date: YYYY, YYYY-MM or YYYY-MM-DD (the last day of it)."


def parse_bound(text: str, *, last: bool, name: str) -> date:
    """The first (or `last`) day of "2024", "2024-03" or "2024-03-05"; 400 with a message otherwise."""
    m = _DATE.match(text.strip())
    if m is None:
        raise BadRequestError(f"`{name}` must be a date as YYYY, YYYY-MM or YYYY-MM-DD, not {text[:40]!r}.")
    year, month, day = int(m[1]), int(m[2] or 0), int(m[3] or 0)
    try:
        if day:
            return date(year, month, day)
        if month:
            return date(year, month, calendar.monthrange(year, month)[1] if last else 1)
        if year < 1:
            raise ValueError(year)
        return date(year, 12, 31) if last else date(year, 1, 1)
    except (ValueError, calendar.IllegalMonthError):
        raise BadRequestError(f"`{name}` is no calendar date: {text[:40]!r}.") from None


@dataclass(frozen=True)
class DateRange:
    """From `start` to `end`, both days included; None: open. Neither set: no filter."""

    start: date | None = None
    end: date | None = None

    @classmethod
    def parse(cls, start: str | None, end: str | None) -> DateRange:
        lo = parse_bound(start, last=False, name="from") if start else None
        hi = parse_bound(end, last=True, name="to") if end else None
        if lo and hi and lo > hi:
            raise BadRequestError(f"`from` ({start}) is after `to` ({end}).")
        return cls(lo, hi)

    @property
    def active(self) -> bool:
        return self.start is not None or self.end is not None

    def has(self, published: date | None, time: str | None = None) -> bool:
        """Whether a fact of an article of date `published` with time hint `time` falls in the range."""
        span = hint_span(time, published)
        if span is None:
            if published is None:
                return False
            span = (published, published)
        return overlaps(span, self.start, self.end)

    # -- read-model records -----------------------------------------------------------------------

    def fact(self, model: ReadModel, f: Fact) -> bool:
        """Whether fact `f` was read from an article in the range (or its role's hint meets it)."""
        time = f.time if f.kind == "role" else None
        for ev in f.evidence:
            a = model.articles.get(ev.article) if ev.article else None
            if self.has(a.published if a else None, time):
                return True
        return False

    def entity(self, model: ReadModel, e: Entity) -> bool:
        """Whether `e` has a fact in the range, or an article of that time mentions it."""
        if any(self.fact(model, f) for f in model.by_subject.get(e.iri, ())):
            return True
        if any(self.fact(model, f) for f in model.by_object.get(e.iri, ())):
            return True
        return any((a := model.articles.get(iri)) is not None and self.has(a.published) for iri in e.articles)

    # -- response models --------------------------------------------------------------------------

    def evidence(self, items: Iterable[EvidenceOut], time: str | None = None) -> list[EvidenceOut]:
        """The evidence items whose article (or the hint `time` with it) falls in the range."""
        return [ev for ev in items if self.has(ev.article.published if ev.article else None, time)]

    def articles(self, items: Iterable[ArticleRef]) -> list[ArticleRef]:
        return [a for a in items if self.has(a.published)]


async def get_date_range(
    start: Annotated[
        str | None, Query(alias="from", max_length=100, examples=["2024"], description=FROM_DOC)
    ] = None,
    end: Annotated[
        str | None, Query(alias="to", max_length=100, examples=["2024-12"], description=TO_DOC)
    ] = None,
) -> DateRange:
    return DateRange.parse(start, end)


DateRangeDep = Annotated[DateRange, Depends(get_date_range)]
