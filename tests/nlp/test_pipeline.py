"""load_pipeline: offline loading, model selection, component order, errors, serialization."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from nlp import pipeline
from nlp.errors import KGError, ModelNotFoundError
from nlp.pipeline import DEFAULT_MODEL, ENTITY_COMPONENTS, load_pipeline


def test_shipped_model_loads_offline(nlp: Language) -> None:
    assert DEFAULT_MODEL.is_dir()
    assert {"ner", *ENTITY_COMPONENTS} <= set(nlp.pipe_names)


def test_entity_components_run_after_ner_in_order(nlp: Language) -> None:
    names = nlp.pipe_names
    assert names.index("ner") < names.index("kg_person_names") < names.index("kg_entity_merger")
    assert names.index("kg_org_names") < names.index("kg_entity_merger")


def test_sentence_splitter_added_when_model_has_none(nlp: Language) -> None:
    assert "kg_sentences" in nlp.pipe_names or {"parser", "senter"} & set(nlp.pipe_names)


def test_relation_components_follow_entities(nlp: Language) -> None:
    names = nlp.pipe_names
    later = names[names.index("kg_entity_merger") + 1 :]
    assert all(n.startswith("kg_") for n in later)


def test_pipeline_is_cached() -> None:
    assert load_pipeline() is load_pipeline()


def test_model_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_SPACY_MODEL", "blank:de")
    nlp = load_pipeline(relations=False)
    assert "ner" not in nlp.pipe_names and "kg_entity_merger" in nlp.pipe_names


def test_model_as_path() -> None:
    nlp = load_pipeline(Path(DEFAULT_MODEL), relations=False)
    assert "ner" in nlp.pipe_names


def test_missing_model_path_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(ModelNotFoundError, match="KG_SPACY_MODEL"):
        load_pipeline(tmp_path / "nope", relations=False)


def test_missing_model_package_says_what_to_do() -> None:
    with pytest.raises(ModelNotFoundError, match="Install") as info:
        load_pipeline("de_kg_no_such_pipeline", relations=False)
    assert isinstance(info.value, KGError)


def test_saved_pipeline_loads_and_gives_same_entities(tmp_path: Path) -> None:
    nlp = pipeline.load_pipeline(relations=False)
    text = "Prof. Dr. Heike Markus von der Stadtverwaltung Neustadt sprach."
    nlp.to_disk(tmp_path / "p")
    again = spacy.load(tmp_path / "p")
    assert [(e.text, e.label_) for e in again(text).ents] == [(e.text, e.label_) for e in nlp(text).ents]


@pytest.mark.parametrize(
    ("text", "bracket"),
    [
        ("Stellten die Pläne vor (von links): Eva Alt und Jan Roth.", ["links", ")", ":"]),
        ("Die Gäste trafen sich im Saal (Ebene 8) des Rathauses.", ["8", ")", "des"]),
        ("Es gilt die Regel (siehe Absatz 3 :) für alle.", ["3", ":", ")"]),
    ],
)
def test_a_bracket_is_a_token_of_its_own_not_part_of_an_emoticon(
    nlp: Language, text: str, bracket: list[str]
) -> None:
    words = [t.text for t in nlp.make_doc(text)]
    i = words.index(bracket[0])
    assert words[i : i + 3] == bracket


def test_the_photographer_of_a_bracketed_credit_before_a_colon_is_a_person(nlp: Language) -> None:
    doc = nlp("Foto (Stadt Nordheim/Kessler): Die neue Halle wird im Mai eröffnet.")
    assert [e.text for e in doc.ents if e.label_ == "PER"] == ["Kessler"]


@pytest.mark.parametrize("word", ["Referent:innen", "Sprecher:in", "Kolleg:in"])
def test_a_gender_inclusive_word_with_a_colon_is_one_token(nlp: Language, word: str) -> None:
    assert word in [t.text for t in nlp.make_doc(f"Die {word} kamen am Montag.")]


def test_a_colon_glued_to_an_ordinary_word_stays_a_colon(nlp: Language) -> None:
    assert [t.text for t in nlp.make_doc("Ort:in der Halle")][:3] == ["Ort", ":", "in"]
