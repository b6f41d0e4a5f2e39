"""The lemma of a weak verb's past form that the edit trees got wrong is read from the form."""

from __future__ import annotations

from spacy.language import Language


def finite_lemmas(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(t.text, t.lemma_) for t in nlp(text) if t.tag_ == "VVFIN"]


def test_past_plural_of_a_weak_verb_has_its_infinitive_as_lemma(nlp: Language) -> None:
    assert finite_lemmas(nlp, "Die Gäste unterzeichneten den Vertrag.") == [
        ("unterzeichneten", "unterzeichnen")
    ]


def test_a_form_ending_in_ten_whose_stem_gives_no_known_word_keeps_its_lemma(nlp: Language) -> None:
    lemmas = dict(finite_lemmas(nlp, "Ida Wolf wird das neue Zentrum leiten."))
    assert lemmas.get("leiten", "leiten") == "leiten"  # not "leien"
