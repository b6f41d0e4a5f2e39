"""Invisible characters, decomposed umlauts and "\\r\\n" are read cleaned; offsets stay the given text's."""

import pytest

from nlp.errors import EmptyInputError
from nlp.extract import extract, extract_batch
from nlp.readable import clean

SOFT = "Die Bürger\u00admeisterin Jana Wei\u00adland eröffnete das Fest der Gemeinde Tal\u00adheim."


def test_clean_text_is_left_alone():
    assert clean("Die Bürgermeisterin eröffnete das Fest.\n") is None


def test_soft_hyphen_is_dropped_and_offsets_map_back():
    c = clean("Bürger\u00admeisterin")
    assert c is not None and c.text == "Bürgermeisterin"
    assert (c.start(6), c.end(15)) == (7, 16)  # "meisterin" in the given text


def test_decomposed_umlaut_is_composed_and_spans_both_code_points():
    c = clean("Mu\u0308ller")
    assert c is not None and c.text == "Müller"
    assert (c.start(1), c.end(2)) == (1, 3)


def test_windows_line_end_becomes_one_newline():
    c = clean("Tal.\r\nBerg")
    assert c is not None and c.text == "Tal.\nBerg" and c.start(5) == 6


def test_title_with_a_soft_hyphen_is_read(nlp):
    facts = extract(SOFT, nlp=nlp)
    assert [(r.person, r.role) for r in facts.roles] == [("Jana Weiland", "Bürgermeisterin")]


def test_offsets_point_into_the_text_as_given(nlp):
    facts = extract(SOFT, nlp=nlp)
    (person,) = [p for p in facts.persons if p.name == "Jana Weiland"]
    assert [SOFT[s:e] for s, e in person.mentions] == ["Jana Wei\u00adland"]
    evidence = facts.roles[0].evidence
    assert SOFT[evidence.start : evidence.end] == evidence.sentence


def test_batch_maps_offsets_of_each_text(nlp):
    plain = SOFT.replace("\u00ad", "")
    soft, clean_facts = extract_batch([("a", SOFT), ("b", plain)], nlp=nlp)
    assert soft.roles[0].evidence.end == len(SOFT)
    assert clean_facts.roles[0].evidence.end == len(plain)


def test_text_of_invisible_characters_only_is_empty(nlp):
    with pytest.raises(EmptyInputError):
        extract("\u00ad\u200b", nlp=nlp)
