"""The syntax layer: tagger, morphologizer, parser, lemmatizer (de_kg_syntax) and separable verb particles."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example

from nlp.components.separable_verbs import SeparableVerbs
from nlp.pipeline import SYNTAX_MODEL, load_pipeline

SYNTAX_COMPONENTS = ("syntax_tok2vec", "tagger", "morphologizer", "parser", "trainable_lemmatizer")


def token(doc: Doc, text: str):  # type: ignore[no-untyped-def]
    return next(t for t in doc if t.text == text)


def test_pipeline_has_syntax_components_after_ner(nlp: Language) -> None:
    names = nlp.pipe_names
    assert SYNTAX_MODEL.is_dir()
    assert all(name in names for name in (*SYNTAX_COMPONENTS, "kg_separable_verbs"))
    assert names.index("ner") < names.index("syntax_tok2vec") < names.index("parser")
    assert names.index("kg_separable_verbs") < names.index("kg_person_names")


def test_tokens_get_stts_tag_upos_lemma_and_head(nlp: Language) -> None:
    doc = nlp("Die Gemeinde baut eine neue Schule.")
    schule = token(doc, "Schule")
    assert (schule.tag_, schule.pos_) == ("NN", "NOUN")
    assert token(doc, "baut").lemma_ == "bauen"
    assert schule.head.text == "baut"


def test_particle_reattached_to_verb_lemma(nlp: Language) -> None:
    doc = nlp("Sie führte die Gäste in das Thema ein.")
    assert token(doc, "führte").lemma_ == "einführen"


@pytest.mark.parametrize(
    ("text", "verb", "lemma"),
    [
        ("Der Minister stellte gestern das neue Programm vor.", "stellte", "vorstellen"),
        ("Die Sprecherin wies auf die kurze Frist hin.", "wies", "hinweisen"),
    ],
)
def test_particle_reattached_for_other_separable_verbs(
    nlp: Language, text: str, verb: str, lemma: str
) -> None:
    assert token(nlp(text), verb).lemma_ == lemma


def test_particle_rule_uses_ptkvz_tag_without_parse() -> None:
    vocab = spacy.blank("de").vocab
    doc = Doc(
        vocab,
        words=["Er", "wies", "darauf", "hin", "."],
        tags=["PPER", "VVFIN", "PAV", "PTKVZ", "$."],
        lemmas=["er", "weisen", "darauf", "hin", "."],
    )
    SeparableVerbs("kg_separable_verbs", ["compound:prt"], ["PTKVZ"])(doc)
    assert doc[1].lemma_ == "hinweisen"


def test_particle_rule_leaves_zu_infinitive_alone() -> None:
    vocab = spacy.blank("de").vocab
    doc = Doc(
        vocab,
        words=["Es", "bleibt", "viel", "zu", "tun", "."],
        tags=["PPER", "VVFIN", "PIS", "PTKZU", "VVINF", "$."],
        lemmas=["es", "bleiben", "viel", "zu", "tun", "."],
        heads=[1, 1, 1, 4, 1, 1],
        deps=["nsubj", "ROOT", "obj", "compound:prt", "xcomp", "punct"],
    )
    SeparableVerbs("kg_separable_verbs", ["compound:prt"], ["PTKVZ"])(doc)
    assert [t.lemma_ for t in doc] == ["es", "bleiben", "viel", "zu", "tun", "."]


def test_konjunktiv_i_verb_gets_mood_sub(nlp: Language) -> None:
    doc = nlp("Der Bürgermeister sagte, der Umbau sei teuer und die Stadt habe keine Wahl.")
    assert token(doc, "sei").morph.get("Mood") == ["Sub"]
    assert token(doc, "habe").morph.get("Mood") == ["Sub"]


def test_genitive_noun_phrase_gets_case_gen(nlp: Language) -> None:
    doc = nlp("Die Landrätin des Kreises eröffnete die Messe.")
    assert token(doc, "des").morph.get("Case") == ["Gen"]
    assert token(doc, "Kreises").morph.get("Case") == ["Gen"]


def test_subject_of_finite_verb_gets_nsubj(nlp: Language) -> None:
    doc = nlp("Die Direktorin eröffnet morgen die Ausstellung.")
    subject = token(doc, "Direktorin")
    assert subject.dep_ == "nsubj"
    assert subject.head.text == "eröffnet"


def test_sentences_unchanged_by_parser(nlp: Language) -> None:
    text = (
        "Dr. Anna Berg leitet seit 2021 das Amt.\nSie sagte am 3. Mai, man sei zufrieden. "
        "Die Stadt plant z. B. neue Radwege – und zwar bald! Wer zahlt? Das Land"
    )
    without = load_pipeline(relations=False, syntax=False)
    assert [s.text for s in nlp(text).sents] == [s.text for s in without(text).sents]


def test_parse_trees_stay_inside_sentences(nlp: Language) -> None:
    doc = nlp("Das Amt zieht um. Ab Montag ist es im Rathaus. Die Leiterin freut sich.")
    for sent in doc.sents:
        assert all(sent.start <= t.head.i < sent.end for t in sent)


def test_model_with_own_syntax_layer_gets_none_of_ours(tmp_path: Path) -> None:
    own = spacy.blank("de")
    own.add_pipe("tagger")
    sample = Example.from_dict(own.make_doc("Sie kommt."), {"tags": ["PPER", "VVFIN", "$."]})
    own.initialize(lambda: [sample])
    own.to_disk(tmp_path / "own")
    nlp = load_pipeline(tmp_path / "own", relations=False)
    assert "tagger" in nlp.pipe_names and "syntax_tok2vec" not in nlp.pipe_names
    assert "parser" not in nlp.pipe_names and "kg_separable_verbs" in nlp.pipe_names


def test_saved_pipeline_keeps_syntax(tmp_path: Path) -> None:
    nlp = load_pipeline(relations=False)
    text = "Die Sprecherin des Kreises stellte den Plan vor."
    nlp.to_disk(tmp_path / "p")
    again = spacy.load(tmp_path / "p")
    a, b = nlp(text), again(text)
    assert [(t.tag_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in a] == [
        (t.tag_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in b
    ]
