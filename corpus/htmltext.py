"""HTML to article text: keep the main content (article, else main, else body), drop page boilerplate."""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from datetime import date
from html.parser import HTMLParser

from corpus.dates import parse_date
from corpus.lexicons import load_tsv

logger = logging.getLogger(__name__)

# Elements that end a line of text; everything else is inline and joins with its neighbours.
_BLOCK = frozenset(
    "address article blockquote br dd div dl dt figcaption figure h1 h2 h3 h4 h5 h6 hr li main ol p pre "
    "section table tbody td th thead tr ul".split()
)
_VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())
# Markers never hide these: a <body class="has-sidebar"> must not swallow the page.
_NEVER_SKIPPED = frozenset({"html", "body", "main", "article"})
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class HtmlDocument:
    """What an HTML page yields: its main text and the metadata found in head, meta tags and JSON-LD."""

    text: str
    title: str | None = None
    url: str | None = None
    published: date | None = None


@dataclass
class _Block:
    text: str
    article: int | None  # index of the enclosing <article>, if any
    in_main: bool


@dataclass
class _Meta:
    title_tag: str = ""
    h1: str = ""
    og_title: str | None = None
    url: str | None = None
    published: date | None = None
    ld_json: list[str] = field(default_factory=list)


def _markers(kind: str) -> frozenset[str]:
    return frozenset(v.casefold() for k, v in load_tsv("boilerplate.tsv") if k == kind)


class _Extractor(HTMLParser):
    """Collects text blocks with where they sit (article/main) and the page metadata."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[_Block] = []
        self.meta = _Meta()
        self._skip_tags = _markers("tag")
        self._page_tags = _markers("pagetag")
        self._attr_markers = _markers("attr")
        self._skip: tuple[str, int] | None = None  # (tag, nesting depth) of the element being skipped
        self._articles = 0
        self._article_stack: list[int] = []
        self._main_depth = 0
        self._line: list[str] = []
        self._capture: str | None = None  # "title", "h1" or "ld" while inside those elements
        self._captured: list[str] = []

    # -- parser callbacks -------------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._skip is not None:
            if tag == self._skip[0] and tag not in _VOID:
                self._skip = (tag, self._skip[1] + 1)
            return
        attr = {k: v or "" for k, v in attrs}
        if tag == "meta":
            self._read_meta(attr)
        elif tag == "link" and "canonical" in attr.get("rel", "").lower().split():
            self.meta.url = self.meta.url or attr.get("href") or None
        elif tag == "time" and self.meta.published is None and attr.get("datetime"):
            self.meta.published = parse_date(attr["datetime"])
        if tag == "script" and attr.get("type", "").lower() == "application/ld+json":
            self._start_capture("ld")
            self._skip = (tag, 1)
            return
        if tag in _VOID:
            if tag in _BLOCK:
                self._flush()
            return
        if self._is_boilerplate(tag, attr):
            self._flush()
            self._skip = (tag, 1)
            return
        if tag in _BLOCK:
            self._flush()
        if tag == "article":
            self._article_stack.append(self._articles)
            self._articles += 1
        elif tag == "main":
            self._main_depth += 1
        elif tag in ("title", "h1") and self._capture is None:
            self._start_capture(tag)

    def handle_endtag(self, tag: str) -> None:
        if self._skip is not None:
            name, depth = self._skip
            if tag == name:
                self._skip = None if depth == 1 else (name, depth - 1)
                if self._skip is None and self._capture == "ld":
                    self._end_capture()
            return
        if tag in _BLOCK:
            self._flush()
        if tag == "article" and self._article_stack:
            self._article_stack.pop()
        elif tag == "main" and self._main_depth:
            self._main_depth -= 1
        if tag == self._capture:
            self._end_capture()

    def handle_data(self, data: str) -> None:
        if self._capture is not None:
            self._captured.append(data)
        if self._skip is None and self._capture != "title":
            self._line.append(data)

    def close(self) -> None:
        super().close()
        self._flush()

    # -- helpers ----------------------------------------------------------------------------------
    def _is_boilerplate(self, tag: str, attr: dict[str, str]) -> bool:
        if tag in self._skip_tags or (tag in self._page_tags and not self._article_stack):
            return True
        if tag in _NEVER_SKIPPED:
            return False
        if "hidden" in attr or attr.get("aria-hidden") == "true":
            return True
        if attr.get("role") in ("navigation", "banner", "contentinfo", "dialog", "search"):
            return True
        names = f"{attr.get('class', '')} {attr.get('id', '')}".casefold()
        return any(marker in names for marker in self._attr_markers)

    def _read_meta(self, attr: dict[str, str]) -> None:
        key = (attr.get("property") or attr.get("name") or attr.get("itemprop") or "").lower()
        content = attr.get("content", "").strip()
        if not content:
            return
        if key == "og:title":
            self.meta.og_title = content
        elif key == "og:url":
            self.meta.url = self.meta.url or content
        elif key in ("article:published_time", "datepublished", "date", "dc.date", "dcterms.date"):
            self.meta.published = self.meta.published or parse_date(content)

    def _start_capture(self, what: str) -> None:
        self._capture, self._captured = what, []

    def _end_capture(self) -> None:
        text = "".join(self._captured)
        if self._capture == "title":
            self.meta.title_tag = self.meta.title_tag or _fold(text)
        elif self._capture == "h1":
            self.meta.h1 = self.meta.h1 or _fold(text)
        elif self._capture == "ld":
            self.meta.ld_json.append(text)
        self._capture, self._captured = None, []

    def _flush(self) -> None:
        line = _fold("".join(self._line))
        self._line = []
        if line:
            article = self._article_stack[0] if self._article_stack else None
            self.blocks.append(_Block(line, article, self._main_depth > 0))


def _fold(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def _main_blocks(blocks: list[_Block]) -> list[_Block]:
    """The longest <article> if the page has one, else <main>, else everything."""
    by_article: dict[int, list[_Block]] = {}
    for block in blocks:
        if block.article is not None:
            by_article.setdefault(block.article, []).append(block)
    if by_article:
        return max(by_article.values(), key=lambda bs: sum(len(b.text) for b in bs))
    in_main = [b for b in blocks if b.in_main]
    return in_main or blocks


def _from_ld_json(meta: _Meta) -> tuple[str | None, str | None, date | None]:
    """Headline, url and datePublished from schema.org JSON-LD (news CMS put the truth there)."""
    for raw in meta.ld_json:
        try:
            data = json.loads(raw)
        except json.JSONDecodeError:
            logger.debug("ignoring malformed JSON-LD block")
            continue
        if isinstance(data, dict):
            data = data.get("@graph", [data])
        items = data if isinstance(data, list) else []
        for item in items:
            if isinstance(item, dict) and ("headline" in item or "datePublished" in item):
                published = item.get("datePublished")
                url = item.get("url")
                headline = item.get("headline")
                return (
                    headline if isinstance(headline, str) else None,
                    url if isinstance(url, str) else None,
                    parse_date(published) if isinstance(published, str) else None,
                )
    return None, None, None


def html_to_document(html: str) -> HtmlDocument:
    """Extract the main text and metadata of an HTML page (blocks joined by newlines)."""
    parser = _Extractor()
    parser.feed(html)
    parser.close()
    dropped = _markers("line")
    blocks = [b for b in _main_blocks(parser.blocks) if b.text.casefold() not in dropped]
    meta = parser.meta
    ld_title, ld_url, ld_published = _from_ld_json(meta)
    return HtmlDocument(
        text="\n".join(b.text for b in blocks),
        title=ld_title or meta.og_title or meta.h1 or meta.title_tag or None,
        url=meta.url or ld_url,
        published=ld_published or meta.published,
    )
