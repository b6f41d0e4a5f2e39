"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds: one entry per item, its HTML content turned into text."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date

from corpus.dates import parse_date
from corpus.errors import UnreadableInputError
from corpus.htmltext import html_to_document

# ElementTree resolves no external entities, and expat >= 2.4 refuses entity amplification
# ("billion laughs"), so parsing an untrusted feed with the standard library is safe.
_ATOM = "{http://www.w3.org/2005/Atom}"
_CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
_DC_DATE = "{http://purl.org/dc/elements/1.1/}date"
_RSS1 = "{http://purl.org/rss/1.0/}"


@dataclass(frozen=True)
class FeedEntry:
    """One feed item: the text of its fullest content field and its metadata."""

    text: str
    title: str | None
    url: str | None
    published: date | None
    guid: str | None


def looks_like_feed(data: bytes) -> bool:
    """True if the document's root element is <rss>, <feed> or <rdf:RDF> (checked on the first 2 KB)."""
    head = data[:2048].decode("utf-8", errors="ignore")
    return any(marker in head for marker in ("<rss", "<feed", "<rdf:RDF"))


def parse_feed(data: bytes, *, source: str = "feed") -> Iterator[FeedEntry]:
    """Entries of an RSS or Atom feed, in document order; entries without any text are skipped."""
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise UnreadableInputError(f"{source}: not a well-formed RSS/Atom feed ({exc})") from exc
    read: Callable[[ET.Element], FeedEntry]
    if root.tag == f"{_ATOM}feed":
        items, read = root.iter(f"{_ATOM}entry"), _atom_entry
    elif root.tag == "rss":
        items, read = root.iter("item"), _rss_item
    elif root.tag.endswith("RDF"):
        items, read = root.iter(f"{_RSS1}item"), _rss1_item
    else:
        raise UnreadableInputError(f"{source}: root element <{root.tag}> is neither RSS nor Atom")
    for item in items:
        entry = read(item)
        if entry.text:
            yield entry


def _text_of(html_or_text: str | None) -> tuple[str, str | None]:
    """(text, h1/title) of a content field that may hold HTML (RSS descriptions usually do)."""
    if not html_or_text or not html_or_text.strip():
        return "", None
    doc = html_to_document(html_or_text)
    return doc.text, doc.title


def _child_text(elem: ET.Element, tag: str) -> str | None:
    child = elem.find(tag)
    if child is None or child.text is None:
        return None
    return child.text.strip() or None


def _rss_item(item: ET.Element) -> FeedEntry:
    body = _child_text(item, _CONTENT) or _child_text(item, "description")
    text, _ = _text_of(body)
    guid = _child_text(item, "guid")
    return FeedEntry(
        text=text,
        title=_child_text(item, "title"),
        url=_child_text(item, "link") or (guid if guid and guid.startswith("http") else None),
        published=parse_date(_child_text(item, "pubDate") or _child_text(item, _DC_DATE)),
        guid=guid,
    )


def _rss1_item(item: ET.Element) -> FeedEntry:
    body = _child_text(item, _CONTENT) or _child_text(item, f"{_RSS1}description")
    text, _ = _text_of(body)
    link = _child_text(item, f"{_RSS1}link")
    return FeedEntry(
        text=text,
        title=_child_text(item, f"{_RSS1}title"),
        url=link,
        published=parse_date(_child_text(item, _DC_DATE)),
        guid=link,
    )


def _atom_entry(entry: ET.Element) -> FeedEntry:
    content = entry.find(f"{_ATOM}content")
    if content is None or not "".join(content.itertext()).strip():
        content = entry.find(f"{_ATOM}summary")
    text = ""
    if content is not None:
        kind = content.get("type", "text")
        if kind == "xhtml":
            # The payload is a namespaced XHTML <div>; drop the namespace and read it back as HTML.
            for elem in content.iter():
                elem.tag = elem.tag.rpartition("}")[2]
            body = "".join(ET.tostring(child, encoding="unicode") for child in content)
            text, _ = _text_of(body)
        elif kind == "html":
            text, _ = _text_of(content.text)
        else:
            text = (content.text or "").strip()
    published = _child_text(entry, f"{_ATOM}published") or _child_text(entry, f"{_ATOM}updated")
    url = None
    for link in entry.findall(f"{_ATOM}link"):
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            url = link.get("href")
            break
    return FeedEntry(
        text=text,
        title=_child_text(entry, f"{_ATOM}title"),
        url=url,
        published=parse_date(published),
        guid=_child_text(entry, f"{_ATOM}id"),
    )
