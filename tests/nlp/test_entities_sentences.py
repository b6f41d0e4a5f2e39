"""The German sentence splitter used when the model has no parser (kg_sentences)."""

from __future__ import annotations

import spacy

from nlp.components import sentences  # noqa: F401  (registers kg_sentences)


def sents(text: str) -> list[str]:
    nlp = spacy.blank("de")
    nlp.add_pipe("kg_sentences")
    return [s.text.strip() for s in nlp(text).sents]


def test_no_split_after_titles() -> None:
    assert sents("Prof. Dr. Anna Weiß sprach. Dann kam Dr. Kurt Bauer.") == [
        "Prof. Dr. Anna Weiß sprach.",
        "Dann kam Dr. Kurt Bauer.",
    ]


def test_no_split_inside_z_b() -> None:
    assert len(sents("Einige Kommunen, z. B. Trier, machen mit.")) == 1


def test_no_split_after_ordinal_date() -> None:
    assert len(sents("Die Tagung fand am 18. Januar in Mainz statt.")) == 1


def test_no_split_after_glued_title_period() -> None:
    assert len(sents("Es sprach Dr.-Ing. Anna Kurz über Brücken.")) == 1


def test_line_break_always_splits() -> None:
    assert sents("Aktuelle Beiträge\n18. Januar 2025\nNeue Termine") == [
        "Aktuelle Beiträge",
        "18. Januar 2025",
        "Neue Termine",
    ]


def test_split_after_closing_quote() -> None:
    assert sents("„Wir sind bereit.“ Danach folgte der Rundgang.") == [
        "„Wir sind bereit.“",
        "Danach folgte der Rundgang.",
    ]


def test_lower_case_continuation_does_not_split() -> None:
    assert len(sents("Das gilt für Straßen, Wege usw. und auch für Plätze.")) == 1
