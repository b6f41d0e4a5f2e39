"""Lists under a lead sentence: each item is a segment; `doc._.kg_lead` gives its lead (layout.py)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from nlp.components import (
    extensions,  # noqa: F401  (registers doc._.kg_lead)
    layout,
    sentences,  # noqa: F401  (registers kg_sentences)
)


def segmented(text: str) -> Doc:
    nlp = spacy.blank("de")
    nlp.add_pipe("kg_sentences")
    return nlp(text)


def leads(doc: Doc) -> list[tuple[str, str]]:
    return [(doc[k].sent.text.strip(), lead.text.strip()) for k, lead in sorted(doc._.kg_lead.items())]


def test_dash_items_under_a_lead_sentence_point_to_the_lead() -> None:
    doc = segmented(
        "Die Referentinnen und Referenten beleuchteten:\n"
        "- Anna Alt: Datenschutz im Rathaus\n"
        "- Bernd Berg über offene Daten\n"
        "Danach gab es Kaffee."
    )
    assert leads(doc) == [
        ("- Anna Alt: Datenschutz im Rathaus", "Die Referentinnen und Referenten beleuchteten:"),
        ("- Bernd Berg über offene Daten", "Die Referentinnen und Referenten beleuchteten:"),
    ]


def test_bullet_items_after_a_blank_line_point_to_the_lead() -> None:
    doc = segmented("Es sprachen:\n\n• Carla Cron (Stadt Irgendwo)\n\n• Dora Dorn (Kreis Nord)")
    assert [item for item, _ in leads(doc)] == ["• Carla Cron (Stadt Irgendwo)", "• Dora Dorn (Kreis Nord)"]


def test_wrapped_item_is_one_segment_with_one_lead() -> None:
    doc = segmented("Vorträge hielten:\n- Anna Alt über Radwege und\n  Busse\n- Bernd Berg")
    assert [item for item, _ in leads(doc)] == ["- Anna Alt über Radwege und\n  Busse", "- Bernd Berg"]


def test_unmarked_item_lines_end_at_a_blank_line() -> None:
    doc = segmented("Der Preis ging an:\nAnna Alt (Chor Nord)\n\nDer Abend endete spät.")
    assert leads(doc) == [("Anna Alt (Chor Nord)", "Der Preis ging an:")]


def test_colon_inside_a_line_makes_no_list() -> None:
    doc = segmented("Stellten die App vor (von links): Anna Alt und Bernd Berg.\nDie App ist neu.")
    assert doc._.kg_lead == {}


def test_numbered_items_point_to_the_lead() -> None:
    doc = segmented("Auf dem Podium saßen:\n1. Anna Alt, Stadt Nord\n2. Bernd Berg, Kreis Süd")
    assert [item for item, _ in leads(doc)] == ["1. Anna Alt, Stadt Nord", "2. Bernd Berg, Kreis Süd"]


def test_lines_count_the_newlines_of_space_tokens_and_trailing_whitespace() -> None:
    doc = spacy.blank("de")("Titel der Meldung\nErste Zeile  geht weiter\n\n\nNach der Lücke")
    assert [(doc[line.start : line.end].text, line.breaks) for line in layout.text_lines(doc)] == [
        ("Titel der Meldung", 0),
        ("Erste Zeile  geht weiter", 1),
        ("Nach der Lücke", 3),
    ]
