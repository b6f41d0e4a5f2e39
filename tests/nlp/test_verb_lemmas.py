"""The lemma of a weak verb's past form that the edit trees got wrong is read from the form."""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from nlp.components.separable_verbs import SeparableVerbs


def finite_lemmas(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(t.text, t.lemma_) for t in nlp(text) if t.tag_ == "VVFIN"]


def test_past_plural_of_a_weak_verb_has_its_infinitive_as_lemma(nlp: Language) -> None:
    assert finite_lemmas(nlp, "Die Gäste unterzeichneten den Vertrag.") == [
        ("unterzeichneten", "unterzeichnen")
    ]


def test_a_form_ending_in_ten_whose_stem_gives_no_known_word_keeps_its_lemma(nlp: Language) -> None:
    lemmas = dict(finite_lemmas(nlp, "Ida Wolf wird das neue Zentrum leiten."))
    assert lemmas.get("leiten", "leiten") == "leiten"  # not "leien"


def test_konjunktiv_of_an_ieren_verb_read_as_an_adjective_is_a_finite_verb(nlp):
    doc = nlp("Wie kaum ein anderer Ort symbolisiere Nordtal den Wandel der Region, sagte Jana Roth.")
    verb = next(t for t in doc if t.text == "symbolisiere")
    assert (verb.tag_, verb.lemma_) == ("VVFIN", "symbolisieren")


def test_short_adjective_in_iere_stays_an_adjective(nlp):
    doc = nlp("Die schiere Größe der Halle beeindruckte die Gäste.")
    assert next(t for t in doc if t.text == "schiere").tag_ != "VVFIN"


def test_particle_after_a_quoted_clause_belongs_to_the_verb_after_the_quote(nlp: Language) -> None:
    doc = nlp("„Wir bauen im Sommer“ – das kündigte Bürgermeisterin Anna Berg an.")
    assert {t.text: t.lemma_ for t in doc if t.tag_ == "VVFIN"}["kündigte"] == "ankündigen"


def test_particle_after_a_quoted_name_belongs_to_the_verb_before_it(nlp: Language) -> None:
    doc = nlp("Dann stellte Jan Kurz das Portal „Nordtal direkt“ vor.")
    assert {t.text: t.lemma_ for t in doc if t.tag_ == "VVFIN"}["stellte"] == "vorstellen"


def test_a_word_of_an_open_dass_clause_is_no_particle_of_the_main_verb() -> None:
    # the tagger may read a Konjunktiv at the end of a "dass" clause as a particle
    words = ["Sie", "begrüßte", ",", "dass", "die", "Stadt", "zahle", "."]
    tags = ["PPER", "VVFIN", "$,", "KOUS", "ART", "NN", "PTKVZ", "$."]
    lemmas = ["sie", "begrüßen", ",", "dass", "der", "Stadt", "zahle", "."]
    doc = Doc(spacy.blank("de").vocab, words=words, tags=tags, lemmas=lemmas)
    SeparableVerbs("kg_separable_verbs", [], ["PTKVZ"])(doc)
    assert doc[1].lemma_ == "begrüßen"


def test_a_particle_after_a_closed_relative_clause_belongs_to_the_main_verb() -> None:
    words = ["Sie", "stellte", "das", "Buch", ",", "das", "sie", "schrieb", ",", "vor", "."]
    tags = ["PPER", "VVFIN", "ART", "NN", "$,", "PRELS", "PPER", "VVFIN", "$,", "PTKVZ", "$."]
    lemmas = ["sie", "stellen", "der", "Buch", ",", "der", "sie", "schreiben", ",", "vor", "."]
    doc = Doc(spacy.blank("de").vocab, words=words, tags=tags, lemmas=lemmas)
    SeparableVerbs("kg_separable_verbs", [], ["PTKVZ"])(doc)
    assert (doc[1].lemma_, doc[7].lemma_) == ("vorstellen", "schreiben")


def test_an_adjective_no_noun_can_follow_is_a_finite_verb() -> None:
    words = ["Die", "Summe", "reiche", "nicht", "aus", "."]
    tags = ["ART", "NN", "ADJA", "PTKNEG", "PTKVZ", "$."]
    lemmas = ["der", "Summe", "reich", "nicht", "aus", "."]
    doc = Doc(spacy.blank("de").vocab, words=words, tags=tags, lemmas=lemmas)
    SeparableVerbs("kg_separable_verbs", [], ["PTKVZ"])(doc)
    assert (doc[2].tag_, doc[2].lemma_) == ("VVFIN", "ausreichen")


def test_an_adjective_before_its_noun_stays_an_adjective() -> None:
    words = ["Die", "reiche", "Stadt", "baut", "."]
    tags = ["ART", "ADJA", "NN", "VVFIN", "$."]
    doc = Doc(spacy.blank("de").vocab, words=words, tags=tags, lemmas=["der", "reich", "Stadt", "bauen", "."])
    SeparableVerbs("kg_separable_verbs", [], ["PTKVZ"])(doc)
    assert doc[1].tag_ == "ADJA"


def test_participle_of_a_separable_verb_has_its_infinitive_as_lemma(nlp: Language) -> None:
    lemmas = [(t.text, t.lemma_) for t in nlp("Die Ärztin hat ihren Dienst angetreten.") if t.tag_ == "VVPP"]
    assert lemmas == [("angetreten", "antreten")]


def test_an_ern_verbs_lemma_written_with_an_e_too_many_is_its_infinitive(nlp: Language) -> None:
    assert finite_lemmas(nlp, "Die Ärztin schilderte den Fall.") == [("schilderte", "schildern")]


def lemmas_after_repair(words: list[str], tags: list[str], lemmas: list[str]) -> list[str]:
    doc = Doc(spacy.blank("de").vocab, words=words, tags=tags, lemmas=lemmas)
    SeparableVerbs("kg_separable_verbs", [], ["PTKVZ"])(doc)
    return [t.lemma_ for t in doc]


def test_a_strong_verbs_past_plural_left_as_it_is_has_its_infinitive_as_lemma() -> None:
    words, tags = ["Sie", "saßen", "im", "Panel", "."], ["PPER", "VVFIN", "APPRART", "NN", "$."]
    assert lemmas_after_repair(words, tags, ["sie", "saßen", "in", "Panel", "."])[1] == "sitzen"


def test_a_strong_verbs_past_plural_missing_from_the_table_is_read_by_its_singular() -> None:
    words, tags = ["Sie", "sprachen", "lange", "."], ["PPER", "VVFIN", "ADV", "$."]
    assert lemmas_after_repair(words, tags, ["sie", "sprach", "lange", "."])[1] == "sprechen"


def test_a_strong_verbs_misspelt_lemma_is_repaired_before_its_particle_is_attached() -> None:
    words = ["Sie", "traten", "ans", "Pult", "heran", "."]
    tags = ["PPER", "VVFIN", "APPRART", "NN", "PTKVZ", "$."]
    lemmas = lemmas_after_repair(words, tags, ["sie", "traen", "an", "Pult", "heran", "."])
    assert lemmas[1] == "herantreten"


def test_a_known_infinitive_as_lemma_of_a_strong_form_stays() -> None:
    words, tags = ["Sie", "wiesen", "den", "Weg", "."], ["PPER", "VVFIN", "ART", "NN", "$."]
    assert lemmas_after_repair(words, tags, ["sie", "weisen", "der", "Weg", "."])[1] == "weisen"


def test_a_particle_read_as_an_adverb_before_the_clauses_comma_joins_its_verb() -> None:
    words = ["Sie", "hoben", "hervor", ",", "dass", "es", "gelang", "."]
    tags = ["PPER", "VVFIN", "ADV", "$,", "KOUS", "PPER", "VVFIN", "$."]
    lemmas = lemmas_after_repair(words, tags, ["sie", "heben", "hervor", ",", "dass", "es", "gelingen", "."])
    assert lemmas[1] == "hervorheben"


def test_an_adverb_that_makes_no_known_verb_with_the_verb_before_stays_apart() -> None:
    words, tags = ["Sie", "wohnte", "an", "."], ["PPER", "VVFIN", "ADV", "$."]
    assert lemmas_after_repair(words, tags, ["sie", "wohnen", "an", "."])[1] == "wohnen"
