"""RSS and Atom feeds to entries."""

from __future__ import annotations

from datetime import date

import pytest

from corpus.errors import UnreadableInputError
from corpus.feeds import looks_like_feed, parse_feed

RSS = """<?xml version="1.0" encoding="ISO-8859-1"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Presse Lauterbrück</title>
<item>
  <title>Neue Leiterin für das Ordnungsamt</title>
  <link>https://lauterbrueck.example/presse/1</link>
  <guid>https://lauterbrueck.example/presse/1</guid>
  <pubDate>Tue, 01 Apr 2025 09:00:00 +0200</pubDate>
  <description>Kurzfassung.</description>
  <content:encoded><![CDATA[<p>Anna Beispiel leitet das Amt.</p><p>Sie freut sich.</p>]]></content:encoded>
</item>
<item><title>Leerer Eintrag</title><description>   </description></item>
<item><title>Nur Beschreibung</title><description>&lt;p&gt;Der Kreistag tagte.&lt;/p&gt;</description></item>
</channel></rss>""".encode("iso-8859-1")

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Hochschule</title><id>urn:x</id>
<entry><title>KI-Werkstatt eröffnet</title><id>urn:e1</id>
  <link rel="alternate" href="https://hochschule.example/ki"/>
  <published>2025-06-04T10:00:00Z</published>
  <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Die Präsidentin begrüßte die Gäste.</p>
  <p>Der Dekan sprach.</p></div></content>
</entry>
<entry><title>Zweiter</title><id>urn:e2</id><updated>2025-06-05</updated>
  <summary type="html">&lt;p&gt;Ein Grußwort sprach der Beigeordnete.&lt;/p&gt;</summary></entry>
</feed>""".encode()


def test_rss_item_prefers_full_content_and_keeps_metadata() -> None:
    first = next(parse_feed(RSS))
    assert first.text == "Anna Beispiel leitet das Amt.\nSie freut sich."
    assert first.title == "Neue Leiterin für das Ordnungsamt"
    assert first.url == "https://lauterbrueck.example/presse/1"
    assert first.published == date(2025, 4, 1)


def test_rss_items_without_text_are_skipped() -> None:
    assert [e.title for e in parse_feed(RSS)] == ["Neue Leiterin für das Ordnungsamt", "Nur Beschreibung"]


def test_rss_escaped_html_description_becomes_text() -> None:
    assert list(parse_feed(RSS))[1].text == "Der Kreistag tagte."


def test_atom_xhtml_content_becomes_text() -> None:
    first = next(parse_feed(ATOM))
    assert first.text == "Die Präsidentin begrüßte die Gäste.\nDer Dekan sprach."
    assert first.url == "https://hochschule.example/ki"
    assert (first.published, first.guid) == (date(2025, 6, 4), "urn:e1")


def test_atom_html_summary_and_updated_date_are_used() -> None:
    second = list(parse_feed(ATOM))[1]
    assert (second.text, second.published) == ("Ein Grußwort sprach der Beigeordnete.", date(2025, 6, 5))


def test_rss_1_rdf_feed_is_read() -> None:
    rdf = b"""<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
      xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <item rdf:about="https://x.example/1"><title>Tagung</title><link>https://x.example/1</link>
      <description>Die Tagung fand in Mainz statt.</description><dc:date>2025-02-03</dc:date>
      </item></rdf:RDF>"""
    entry = next(parse_feed(rdf))
    assert (entry.text, entry.url, entry.published) == (
        "Die Tagung fand in Mainz statt.",
        "https://x.example/1",
        date(2025, 2, 3),
    )


def test_malformed_feed_is_refused_with_the_source_named() -> None:
    with pytest.raises(UnreadableInputError, match="kaputt.xml: not a well-formed RSS/Atom feed"):
        list(parse_feed(b"<rss><channel><item></channel>", source="kaputt.xml"))


def test_entity_expansion_bomb_is_refused() -> None:
    levels = "".join(f'<!ENTITY e{i} "{f"&e{i - 1};" * 10}">' for i in range(1, 9))
    bomb = f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY e0 "Bürgermeister">{levels}]><rss>&e8;</rss>'
    with pytest.raises(UnreadableInputError):
        list(parse_feed(bomb.encode()))


def test_other_xml_is_not_a_feed() -> None:
    with pytest.raises(UnreadableInputError, match="neither RSS nor Atom"):
        list(parse_feed(b"<kml><Placemark/></kml>"))


def test_feed_sniffing_looks_at_the_root() -> None:
    assert looks_like_feed(RSS) and looks_like_feed(ATOM) and not looks_like_feed(b"<html><body/></html>")
