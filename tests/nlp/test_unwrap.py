"""Line breaks inside a sentence read as spaces (nlp/components/unwrap.py), offsets unchanged."""

from __future__ import annotations

from spacy.language import Language

WRAPPED = "Die Tagung wurde von der Leiterin des\nOrdnungsamtes Eva Alt eröffnet.\nDanach gab es Kaffee."


def test_a_title_and_its_genitive_wrapped_across_two_lines_are_read_as_one_phrase(nlp: Language) -> None:
    with nlp.select_pipes(disable=["kg_relation_model"]):  # the rules, on the tagged text
        doc = nlp(WRAPPED)
    assert [(r.person.text, r.role, r.org_name) for r in doc._.kg_roles] == [
        ("Eva Alt", "Leiterin", "Ordnungsamt")
    ]


def test_unwrapped_text_keeps_every_offset(nlp: Language) -> None:
    doc = nlp.make_doc(WRAPPED)
    assert len(doc.text) == len(WRAPPED)
    assert doc.text.replace(" ", "\n") == WRAPPED.replace(" ", "\n")
    alt = WRAPPED.index("Eva Alt")
    assert doc.char_span(alt, alt + 7) is not None


def test_a_line_that_ends_its_sentence_keeps_its_break(nlp: Language) -> None:
    doc = nlp.make_doc(WRAPPED)
    assert doc.text.count("\n") == 1 and "eröffnet.\nDanach" in doc.text


def test_a_heading_keeps_its_break(nlp: Language) -> None:
    text = "Digitaltag in Nordheim\nEva Alt eröffnete den Digitaltag."
    assert nlp.make_doc(text).text == text


def test_the_unwrapping_tokenizer_survives_pickling(nlp: Language) -> None:
    import pickle

    again = pickle.loads(pickle.dumps(nlp.tokenizer))
    assert again(WRAPPED).text == nlp.make_doc(WRAPPED).text


def test_a_prose_line_ending_in_a_title_before_a_line_opening_with_a_given_name_wraps(nlp: Language) -> None:
    text = "„Ich freue mich auf die neue Aufgabe“, sagte Eva Sand. Landrat\nTim Ost begrüßte sie herzlich.\n"
    with nlp.select_pipes(disable=["kg_relation_model"]):
        doc = nlp(text)
    assert [(r.person.text, r.role) for r in doc._.kg_roles] == [("Tim Ost", "Landrat")]
