"""Website chrome yields no facts: teaser tails, navigation bars, breadcrumbs, cookie banners."""

from nlp.relations.boilerplate import BoilerplateFilter

ARTICLE = "Die Gemeinde Altdorf hat einen neuen Spielplatz eröffnet, sagte Bürgermeister Tom Wendt am Montag."


def ranges(text: str) -> list[str]:
    found = BoilerplateFilter("kg_boilerplate_filter", "boilerplate_lines.txt").match(text)
    return [text[s:e] for s, e in found]


def test_teaser_heading_with_colon_starts_a_tail():
    text = f"{ARTICLE}\nDas könnte Sie auch interessieren:\nMartin Vogel übernimmt den Bauhof\n12. März 2024"
    assert ranges(text)[0].startswith("Das könnte Sie auch interessieren:")


def test_share_bar_with_separators_is_chrome():
    assert ranges(f"{ARTICLE}\nTeilen auf Facebook | X | E-Mail") == ["Teilen auf Facebook | X | E-Mail"]


def test_breadcrumb_is_chrome():
    assert ranges(f"Startseite > Aktuelles > Presse\n{ARTICLE}") == ["Startseite > Aktuelles > Presse"]


def test_cookie_banner_is_chrome():
    banner = "Wir verwenden Cookies, um die Website zu verbessern. Alle akzeptieren"
    assert ranges(f"{banner}\n{ARTICLE}") == [banner]


def test_article_sentences_are_not_chrome():
    assert ranges(ARTICLE) == []


def test_persons_in_a_teaser_tail_are_not_extracted(nlp):
    from nlp.extract import extract

    text = f"{ARTICLE}\nWeitere Artikel\nMartin Vogel übernimmt den Bauhof\n12. März 2024\nSommerfest im Park"
    assert [p.name for p in extract(text, nlp=nlp).persons] == ["Tom Wendt"]


def test_copyright_notice_of_the_site_is_chrome():
    assert ranges(f"{ARTICLE}\n© 2024 Gemeinde Altdorf") == ["© 2024 Gemeinde Altdorf"]


def test_copyright_line_naming_a_photographer_is_a_credit_not_chrome():
    assert ranges(f"{ARTICLE}\n© Jana Ostrowski") == []
