"""Texts over the pipeline's max_length: extracted in pieces, facts merged with offsets into the text."""

from __future__ import annotations

import pytest
from spacy.language import Language

from nlp.chunks import merge_facts, split_text
from nlp.extract import extract, extract_batch
from nlp.facts import Evidence, Facts, Person, Role

PARAGRAPH = (
    "Dr. Hanna Beispielmann, Leiterin des Digitalamts der Stadt Nordstadt, eröffnete die Fachtagung. "
    "„Wir lernen viel voneinander“, sagte Beispielmann."
)
LONG = "\n\n".join([PARAGRAPH] * 6)  # about 900 characters


@pytest.fixture
def small_nlp(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> Language:
    monkeypatch.setattr(nlp, "max_length", 400)
    return nlp


def test_text_over_max_length_is_extracted_not_refused(small_nlp: Language) -> None:
    facts = extract(LONG, "lang", nlp=small_nlp)
    assert facts.id == "lang" and "Hanna Beispielmann" in [p.name for p in facts.persons]


def test_a_person_of_every_piece_is_one_entry_with_all_mentions(small_nlp: Language) -> None:
    facts = extract(LONG, nlp=small_nlp)
    (person,) = [p for p in facts.persons if p.name == "Hanna Beispielmann"]
    assert len(person.mentions) == 2 * 6
    assert all(LONG[s:e] in ("Hanna Beispielmann", "Beispielmann") for s, e in person.mentions)


def test_evidence_of_a_pieced_text_points_into_the_whole_text(small_nlp: Language) -> None:
    facts = extract(LONG, nlp=small_nlp)
    evidence = [f.evidence for f in [*facts.roles, *facts.affiliations, *facts.quotes]]
    assert evidence and all(LONG[e.start : e.end] == e.sentence for e in evidence)
    assert max(e.start for e in evidence) > 400


def test_batch_extracts_a_long_record_between_short_ones(small_nlp: Language) -> None:
    out = list(extract_batch([("a", PARAGRAPH), ("b", LONG), ("c", PARAGRAPH)], nlp=small_nlp))
    assert [f.id for f in out] == ["a", "b", "c"]


def test_pieces_cover_the_text_in_order() -> None:
    text = "Erster Absatz mit Text.\n\nZweiter Absatz. Noch ein Satz hier.\nLetzte Zeile ohne Punkt"
    pieces = split_text(text, 30)
    assert "".join(p for _, p in pieces) == text
    assert all(text[o : o + len(p)] == p and len(p) <= 30 for o, p in pieces)


def test_a_piece_ends_after_a_paragraph_break_when_it_can() -> None:
    (first, _) = split_text("Ein kurzer Satz hier.\n\nNoch ein Absatz folgt.", 30)
    assert first == (0, "Ein kurzer Satz hier.\n\n")


def test_text_without_spaces_is_cut_hard() -> None:
    assert split_text("x" * 25, 10) == [(0, "x" * 10), (10, "x" * 10), (20, "x" * 5)]


def test_merged_facts_shift_offsets_of_later_pieces() -> None:
    role = Role(
        person="Jana Roth", role="Leiterin", evidence=Evidence(sentence="s", start=0, end=1, confidence=1)
    )
    first = Facts(persons=[Person(name="Jana Roth", mentions=[(0, 9)])], roles=[role])
    second = Facts(persons=[Person(name="Jana Roth", aliases=["Roth"], mentions=[(4, 8)])], roles=[role])
    merged = merge_facts("m", [(0, first), (100, second)])
    assert merged.persons == [Person(name="Jana Roth", aliases=["Roth"], mentions=[(0, 9), (104, 108)])]
    assert [r.evidence.start for r in merged.roles] == [0]
