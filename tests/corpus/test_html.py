"""HTML pages to article text and metadata."""

from __future__ import annotations

from datetime import date

from corpus.htmltext import html_to_document

PAGE = """<!DOCTYPE html><html lang="de"><head>
<title>Neue Leiterin | Stadt Lauterbrück</title>
<link rel="canonical" href="https://lauterbrueck.example/presse/neue-leiterin">
<meta property="article:published_time" content="2025-04-01T09:00:00+02:00">
</head><body class="page has-sidebar">
<a class="skip-link" href="#inhalt">Zum Inhalt springen</a>
<header><nav><ul><li>Rathaus</li><li>Bürgerservice</li></ul></nav></header>
<div id="cookie-consent">Wir verwenden Cookies. <button>Alle akzeptieren</button></div>
<main id="inhalt"><article>
<header><h1>Neue   Leiterin für das Ordnungsamt</h1></header>
<p>Seit Montag leitet Anna Beispiel das Ordnungsamt.</p>
<p>&bdquo;Ich freue mich&ldquo;, sagte Beispiel.</p>
<div class="share-buttons">Teilen auf Facebook</div>
<p>Drucken</p>
</article>
<aside><h2>Aktuelle Beiträge</h2><p>Stadtfest abgesagt</p></aside></main>
<footer>Impressum · Datenschutz</footer>
<script>var tracking = "Peter Muster";</script>
</body></html>"""


def test_article_text_is_kept_block_by_block() -> None:
    doc = html_to_document(PAGE)
    assert doc.text == (
        "Neue Leiterin für das Ordnungsamt\n"
        "Seit Montag leitet Anna Beispiel das Ordnungsamt.\n"
        "„Ich freue mich“, sagte Beispiel."
    )


def test_navigation_cookies_sharing_and_scripts_are_dropped() -> None:
    text = html_to_document(PAGE).text
    dropped = ("Rathaus", "Cookies", "Teilen", "Drucken", "Aktuelle Beiträge", "Impressum", "Muster")
    assert [word for word in dropped if word in text] == []


def test_metadata_comes_from_head_and_h1() -> None:
    doc = html_to_document(PAGE)
    assert doc.title == "Neue Leiterin für das Ordnungsamt"
    assert doc.url == "https://lauterbrueck.example/presse/neue-leiterin"
    assert doc.published == date(2025, 4, 1)


def test_longest_article_wins_over_teasers() -> None:
    page = (
        "<body><article><p>Kurzer Anreißer.</p></article>"
        "<article><p>Die Landrätin eröffnete die Fachtagung im Kreishaus.</p>"
        "<p>Rund 80 Gäste kamen.</p></article></body>"
    )
    expected = "Die Landrätin eröffnete die Fachtagung im Kreishaus.\nRund 80 Gäste kamen."
    assert html_to_document(page).text == expected


def test_page_without_article_uses_main() -> None:
    page = "<body><div class='menu'>Start</div><main><p>Der Kreistag tagte.</p></main><p>Fußzeile</p></body>"
    assert html_to_document(page).text == "Der Kreistag tagte."


def test_plain_fragment_keeps_all_text() -> None:
    assert html_to_document("<p>Jan Berndt vom DFKI <b>sprach</b>.</p>").text == "Jan Berndt vom DFKI sprach."


def test_json_ld_gives_headline_and_date() -> None:
    page = (
        '<head><script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",'
        ' "headline": "Drohnen für die Feuerwehr", "datePublished": "2025-05-02"}</script></head>'
        "<body><p>Die Feuerwehr hat drei Drohnen.</p></body>"
    )
    doc = html_to_document(page)
    assert (doc.title, doc.published, doc.text) == (
        "Drohnen für die Feuerwehr",
        date(2025, 5, 2),
        "Die Feuerwehr hat drei Drohnen.",
    )


def test_hidden_elements_are_dropped() -> None:
    page = '<p>Sichtbarer Satz.</p><div hidden>Versteckter Satz.</div><span aria-hidden="true">x</span>'
    assert html_to_document(page).text == "Sichtbarer Satz."


def test_line_break_splits_lines() -> None:
    assert html_to_document("<p>Erste Zeile<br>zweite Zeile</p>").text == "Erste Zeile\nzweite Zeile"
