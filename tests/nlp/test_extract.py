"""extract() and extract_batch() with the full pipeline produce the facts contract."""

import pytest

from nlp.errors import EmptyInputError, KGError
from nlp.extract import extract, extract_batch
from nlp.facts import Facts

TEXT = (
    "Die Fachtagung „Digitale Dörfer“ fand in Nordstadt statt. Dr. Hanna Beispielmann, Leiterin des "
    "Digitalamts der Stadt Nordstadt, referierte über das Projekt Dorfnetz. „Wir lernen viel voneinander“, "
    "sagte Beispielmann."
)


def test_empty_input_raises_kg_error(nlp):
    with pytest.raises(EmptyInputError) as info:
        extract("   \n", nlp=nlp)
    assert isinstance(info.value, KGError)


def test_extract_returns_facts_with_id(nlp):
    facts = extract(TEXT, "t1", nlp=nlp)
    assert isinstance(facts, Facts) and facts.id == "t1"


def test_surname_mention_listed_under_full_name(nlp):
    facts = extract(TEXT, nlp=nlp)
    person = next(p for p in facts.persons if p.name == "Hanna Beispielmann")
    assert len(person.mentions) == 2 and "Dr." not in person.name


def test_relations_name_existing_entities(nlp):
    facts = extract(TEXT, nlp=nlp)
    names = {p.name for p in facts.persons}
    assert {r.person for r in [*facts.roles, *facts.speakers, *facts.quotes]} <= names


def test_every_fact_has_evidence_inside_the_text(nlp):
    facts = extract(TEXT, nlp=nlp)
    for fact in [*facts.roles, *facts.affiliations, *facts.speakers, *facts.quotes]:
        assert TEXT[fact.evidence.start : fact.evidence.end] == fact.evidence.sentence


def test_batch_keeps_order_and_ids(nlp):
    out = list(extract_batch([("a", TEXT), ("b", "Kein Name hier.")], nlp=nlp))
    assert [f.id for f in out] == ["a", "b"]


def test_batch_reports_and_skips_empty_records(nlp):
    failed = []
    out = list(extract_batch([("a", " "), ("b", TEXT)], nlp=nlp, on_error=lambda i, e: failed.append(i)))
    assert [f.id for f in out] == ["b"] and failed == ["a"]


def test_academic_titles_are_kept_as_attribute_not_in_the_name(nlp):
    facts = extract("Prof. Dr. Ines Vollmer eröffnete die Tagung.", nlp=nlp)
    person = next(p for p in facts.persons if p.name == "Ines Vollmer")
    assert person.titles == ["Prof.", "Dr."]


def test_short_name_before_the_dash_of_a_project_name_is_no_organization(nlp):
    text = "Die Hochschule Südtal erhält Geld für das Forschungsprojekt „KIDA – KI für Daseinsvorsorge“."
    facts = extract(text, nlp=nlp)
    assert [p.name for p in facts.projects] == ["KIDA – KI für Daseinsvorsorge"]
    assert "KIDA" not in {o.name for o in facts.organizations}


def test_a_name_only_inside_a_programmes_name_is_no_person(nlp):
    f = extract("Die Stiftung startet das Programm Max Planck Careers. Es fördert junge Forschende.", nlp=nlp)
    assert [p.name for p in f.projects] == ["Max Planck Careers"] and f.persons == []


def test_a_bracket_left_open_after_a_name_at_the_texts_end_is_no_error(nlp):
    facts = extract("Es sprach Anna Berg (", nlp=nlp)
    assert [p.name for p in facts.persons] == ["Anna Berg"]


def test_a_title_without_body_beside_the_same_title_with_one_is_left_out(nlp):
    facts = extract("Lena Ott leitet das Bauamt Nordtal seit Mai als kommissarische Amtsleiterin.", nlp=nlp)
    assert [(r.person, r.organization) for r in facts.roles] == [("Lena Ott", "Bauamt Nordtal")]


def test_an_organization_named_like_an_event_without_its_ordinal_is_the_event():
    text = "Bei der 5. Pflegekonferenz des Kreises Nordtal sprachen 20 Gäste. Die Pflegekonferenz tagt."
    facts = extract(text)
    assert "Pflegekonferenz" not in [o.name for o in facts.organizations]
