"""The merge policy of kg_entity_merger, checked with hand-set model entities on a blank pipeline."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from nlp.pipeline import ENTITY_COMPONENTS


@pytest.fixture(scope="module")
def rules() -> Language:
    nlp = spacy.blank("de")
    nlp.add_pipe("kg_sentences")
    for name in ENTITY_COMPONENTS:
        nlp.add_pipe(name)
    return nlp


def run(nlp: Language, text: str, model: list[tuple[str, str]]) -> Doc:
    """Process `text` with `model` as if a statistical NER had found these (surface, label) spans."""
    doc = nlp.make_doc(text)
    ents = []
    for surface, label in model:
        start = text.rindex(surface)
        ents.append(doc.char_span(start, start + len(surface), label=label))
    doc.ents = ents
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def labelled(doc: Doc) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in doc.ents]


def test_rule_organization_overrides_model_location(rules: Language) -> None:
    doc = run(rules, "Die Stadt Trier lädt ein.", [("Trier", "LOC")])
    assert labelled(doc) == [("Stadt Trier", "ORG")]


def test_agreement_raises_confidence_and_keeps_titles(rules: Language) -> None:
    doc = run(rules, "Heute sprach Dr. Fabian Mayer.", [("Dr. Fabian Mayer", "PER")])
    (ent,) = doc.ents
    assert ent.text == "Fabian Mayer" and ent._.titles == ["Dr."]
    assert ent._.source == "model+rule" and ent._.confidence > 0.9


def test_longer_model_name_wins_over_rule_name(rules: Language) -> None:
    doc = run(rules, "Heute kam Nadine Kuhla von Rettberg an.", [("Nadine Kuhla von Rettberg", "PER")])
    assert labelled(doc) == [("Nadine Kuhla von Rettberg", "PER")]


def test_model_person_loses_leading_role_word(rules: Language) -> None:
    doc = run(rules, "Wie Kreisbrandrätin Ilse Hartung sagte.", [("Kreisbrandrätin Ilse Hartung", "PER")])
    assert labelled(doc) == [("Ilse Hartung", "PER")]


def test_model_person_without_given_name_is_dropped(rules: Language) -> None:
    doc = run(rules, "Gefördert wird alles.", [("Gefördert", "PER")])
    assert labelled(doc) == []


def test_model_surname_of_a_named_person_is_kept(rules: Language) -> None:
    doc = run(rules, "Paul Esser kam. Esser lachte.", [("Esser", "PER")])
    assert labelled(doc) == [("Paul Esser", "PER"), ("Esser", "PER")]


def test_model_org_loses_leading_preposition_and_is_normalized(rules: Language) -> None:
    doc = run(rules, "Grüße vom Deutschen Sportbund.", [("vom Deutschen Sportbund", "ORG")])
    (ent,) = doc.ents
    assert ent.text == "Deutschen Sportbund" and ent._.norm_name == "Deutscher Sportbund"


def test_weak_abbreviation_yields_to_model_label(rules: Language) -> None:
    doc = run(rules, "Sie zog in die USA und nach NRW.", [("NRW", "LOC")])
    assert labelled(doc) == [("NRW", "LOC")]


def test_model_spans_of_other_labels_pass_through(rules: Language) -> None:
    doc = run(rules, "Er fuhr nach Mainz.", [("Mainz", "LOC")])
    assert labelled(doc) == [("Mainz", "LOC")] and doc.ents[0]._.source == "model"


def test_ents_are_never_overlapping_and_all_scored(rules: Language) -> None:
    doc = run(rules, "Landrat Otto Kern vom Landkreis Kusel (LKK) sprach.", [("Kern vom Landkreis", "PER")])
    assert all(isinstance(e, Span) and e._.confidence is not None for e in doc.ents)
    assert labelled(doc)[:2] == [("Otto Kern", "PER"), ("Landkreis Kusel", "ORG")]


def test_given_name_missing_from_lexicon_after_role_word(rules: Language) -> None:
    doc = run(rules, "Bürgermeister Zorbek Qelaj eröffnete die Sitzung.", [])
    assert labelled(doc) == [("Zorbek Qelaj", "PER")]


def test_adjective_after_role_word_is_no_given_name(rules: Language) -> None:
    doc = run(rules, "Sie ist Bereichsleiterin Soziale Dienste.", [("Soziale Dienste", "PER")])
    assert labelled(doc) == []


def test_model_name_confirmed_by_later_surname(rules: Language) -> None:
    text = "Heute kam Zorbek Qelaj. Danach sprach Qelaj."
    doc = run(rules, text, [("Zorbek Qelaj", "PER"), ("Qelaj", "PER")])
    assert labelled(doc) == [("Zorbek Qelaj", "PER"), ("Qelaj", "PER")]


def test_model_name_without_any_evidence_is_dropped(rules: Language) -> None:
    doc = run(rules, "Das Treffen der Climate Cities war gut.", [("Climate Cities", "PER")])
    assert labelled(doc) == []


def test_genitive_s_of_a_known_person_is_dropped(rules: Language) -> None:
    doc = run(rules, "Heute sprach Sonja Brettschneider. Sonja Brettschneiders Vortrag gefiel.", [])
    assert [e._.norm_name for e in doc.ents] == ["Sonja Brettschneider", "Sonja Brettschneider"]


def test_a_word_glued_to_a_known_persons_name_is_dropped(rules: Language) -> None:
    text = "Es folgt Dr. Sonja BrettschneiderNeuer Chef ist Udo Kern. Sonja Brettschneider geht."
    doc = run(rules, text, [("Sonja BrettschneiderNeuer", "PER")])
    assert "Sonja BrettschneiderNeuer" not in [e._.norm_name for e in doc.ents]
    assert "Sonja Brettschneider" in [e._.norm_name for e in doc.ents]


def test_a_given_name_where_the_model_starts_a_body_does_not_cut_the_rule_body(rules: Language) -> None:
    doc = run(rules, "Der Chef der Fluggesellschaft Sky Nordic kam.", [("Sky Nordic", "ORG")])
    assert labelled(doc) == [("Fluggesellschaft Sky Nordic", "ORG")]


def test_a_given_name_and_a_place_after_a_body_noun_are_the_bodys_name(rules: Language) -> None:
    doc = run(rules, "Der Vorstand des Gesangvereins Harmonie Lindenau tagte.", [("Lindenau", "LOC")])
    assert labelled(doc) == [("Gesangvereins Harmonie Lindenau", "ORG")]


def test_model_org_loses_describing_lower_case_adjective(rules: Language) -> None:
    text = "Gefördert vom rheinland-pfälzischen Landesamt für Umwelt."
    doc = run(rules, text, [("rheinland-pfälzischen Landesamt für Umwelt", "ORG")])
    assert [(e.text, e._.norm_name) for e in doc.ents] == [("Landesamt für Umwelt", "Landesamt für Umwelt")]


def test_abbreviation_in_affiliation_slot_overrides_model_label(rules: Language) -> None:
    doc = run(rules, "Jan Ole Berndt vom DFKI sprach.", [("DFKI", "MISC")])
    assert labelled(doc) == [("Jan Ole Berndt", "PER"), ("DFKI", "ORG")]


def test_organization_running_into_a_persons_name_is_split(rules: Language) -> None:
    text = "Es sprach die Intendantin des Stadttheaters Marta Olbrich."
    doc = run(rules, text, [("Stadttheaters Marta Olbrich", "ORG")])
    assert labelled(doc) == [("Stadttheaters", "ORG"), ("Marta Olbrich", "PER")]


def test_given_name_first_stays_part_of_the_organization(rules: Language) -> None:
    doc = run(rules, "Sie arbeitet am Robert Koch Institut in Berlin.", [("Robert Koch Institut", "ORG")])
    assert ("Robert Koch Institut", "ORG") in labelled(doc)


def test_organization_running_into_a_coordinated_role_word_is_cut(rules: Language) -> None:
    text = "Sie dankte dem Präsidenten der Sportkammer und Vorsitzenden des Vereins."
    doc = run(rules, text, [("Sportkammer und Vorsitzenden", "ORG")])
    assert ("Sportkammer", "ORG") in labelled(doc)
    assert all("Vorsitzenden" not in e.text for e in doc.ents)


def test_organization_split_from_a_persons_name_loses_the_joining_conjunction(rules: Language) -> None:
    text = "Es kamen Anna Berg vom Landesinstitut für Optik und Karl Kern."
    doc = run(rules, text, [("Anna Berg", "PER"), ("Landesinstitut für Optik und Karl Kern", "ORG")])
    assert ("Landesinstitut für Optik", "ORG") in labelled(doc)
    assert ("Karl Kern", "PER") in labelled(doc)


def test_abbreviation_with_a_fuer_topic_is_one_name(rules: Language) -> None:
    doc = run(rules, "Es sprach Anna Berg vom MPQ für Plasmaphysik.", [("Anna Berg", "PER"), ("MPQ", "ORG")])
    assert ("MPQ für Plasmaphysik", "ORG") in labelled(doc)


def test_words_of_the_language_after_a_role_word_are_no_person(rules: Language) -> None:
    doc = run(rules, "Es sprach Ute Kern, Projektleiterin Smart Region, über Daten.", [("Ute Kern", "PER")])
    assert ("Smart Region", "PER") not in labelled(doc)


def test_model_organization_headed_by_a_project_noun_is_dropped(rules: Language) -> None:
    text = "Sie leitet das Projekt Digitales Dorf Nordstadt."
    doc = run(rules, text, [("Projekt Digitales Dorf Nordstadt", "ORG")])
    assert [e for e in doc.ents if e.label_ == "ORG"] == []


def test_one_word_body_after_a_persons_vom_is_an_organization(rules: Language) -> None:
    doc = run(rules, "Es sprach Ute Kern vom Landeskriminalamt.", [("Ute Kern", "PER")])
    assert ("Landeskriminalamt", "ORG") in labelled(doc)


def test_a_bare_head_after_a_persons_von_der_is_no_organization(rules: Language) -> None:
    doc = run(rules, "Es sprach Ute Kern von der Stadt.", [("Ute Kern", "PER")])
    assert [e for e in doc.ents if e.label_ == "ORG"] == []


def test_model_organization_headed_by_a_venue_noun_is_dropped(rules: Language) -> None:
    doc = run(rules, "Die Gala fand im Festsaal Nordstadt statt.", [("Festsaal Nordstadt", "ORG")])
    assert [e for e in doc.ents if e.label_ == "ORG"] == []


def test_place_adjective_and_a_role_word_name_no_organization(rules: Language) -> None:
    doc = run(
        rules,
        "Die Nordheimer Wissenschaftssenatorin kam.",
        [("Nordheimer Wissenschaftssenatorin", "ORG")],
    )
    assert [e for e in labelled(doc) if e[1] == "ORG"] == []


def test_place_adjective_and_an_organization_head_stay_an_organization(rules: Language) -> None:
    doc = run(rules, "Die Nordheimer Stadtwerke bauen.", [("Nordheimer Stadtwerke", "ORG")])
    assert ("Nordheimer Stadtwerke", "ORG") in labelled(doc)


def test_model_organization_wins_over_a_person_only_a_given_name_supports(rules: Language) -> None:
    doc = run(rules, "Die Insolvenz von Konrad Pellets trifft viele.", [("Konrad Pellets", "ORG")])
    assert labelled(doc) == [("Konrad Pellets", "ORG")]


def test_role_word_in_apposition_keeps_the_person_the_model_reads_as_organization(rules: Language) -> None:
    text = "Das sagte Konrad Pellets, Vorsitzender des Vereins."
    doc = run(rules, text, [("Konrad Pellets", "ORG")])
    assert ("Konrad Pellets", "PER") in labelled(doc)


def test_name_right_after_a_body_noun_names_the_body(rules: Language) -> None:
    doc = run(rules, "Gestern wuchs die Digitalagentur Konrad Weiß stark.", [("Konrad Weiß", "PER")])
    assert ("Konrad Weiß", "ORG") in labelled(doc)


def test_name_right_after_a_publication_noun_is_no_person(rules: Language) -> None:
    doc = run(rules, "Gestern erschien das Satiremagazin Konrad Weiß neu.", [("Konrad Weiß", "PER")])
    assert ("Konrad Weiß", "PER") not in labelled(doc)


def test_name_after_a_body_noun_governed_by_a_title_is_its_holder(rules: Language) -> None:
    doc = run(rules, "Gestern sprach die Leiterin der Agentur Anna Weiß.", [("Anna Weiß", "PER")])
    assert ("Anna Weiß", "PER") in labelled(doc)


def test_name_after_a_persons_genitive_and_a_kin_noun_is_a_person(rules: Language) -> None:
    doc = run(rules, "Gestern kam Anna Bergs Tochter Lea Berg.", [("Anna Bergs", "PER"), ("Lea Berg", "PER")])
    assert ("Lea Berg", "PER") in labelled(doc)


def test_model_organization_loses_a_leading_trade_noun(rules: Language) -> None:
    doc = run(
        rules,
        "Gestern investierte der Verpackungshersteller Kartopak.",
        [("Verpackungshersteller Kartopak", "ORG")],
    )
    assert labelled(doc) == [("Kartopak", "ORG")]


def test_model_organization_loses_a_place_adjective_before_its_trade_noun(rules: Language) -> None:
    doc = run(
        rules,
        "Gestern investierte der Lindauer Softwareanbieter Kartopak.",
        [("Lindauer Softwareanbieter Kartopak", "ORG")],
    )
    assert labelled(doc) == [("Kartopak", "ORG")]


def test_second_given_name_before_the_models_person_is_kept(rules: Language) -> None:
    doc = run(rules, "Es sprach Hans Peter Wollnik zur Eröffnung.", [("Peter Wollnik", "PER")])
    assert labelled(doc) == [("Hans Peter Wollnik", "PER")]


def test_model_title_after_an_article_is_no_organization(rules: Language) -> None:
    doc = run(rules, "Der General sprach über die Lage.", [("General", "ORG")])
    assert labelled(doc) == []


def test_model_abbreviation_spelled_out_as_no_body_is_no_organization(rules: Language) -> None:
    text = "Er lobte die ZMA (Zivil-Militärische Abstimmung). Die ZMA sei wichtig."
    assert labelled(run(rules, text, [("ZMA", "ORG")])) == []


def test_model_abbreviation_spelled_out_as_a_body_stays_an_organization(rules: Language) -> None:
    text = "Er lobte die NRK (Nordtaler Rettungskasse) der Länder."
    assert ("NRK", "ORG") in labelled(run(rules, text, [("NRK", "ORG")]))


def test_model_abbreviation_after_an_indefinite_article_is_no_organization(rules: Language) -> None:
    assert labelled(run(rules, "Bei einem MVNL fehlt ein Plan.", [("MVNL", "ORG")])) == []


def test_model_name_keeps_an_adjective_that_is_not_its_heads_own(rules: Language) -> None:
    text = "Er leitet die Arbeit des Diakonischen Werks Nordkreis seit Mai."
    doc = run(rules, text, [("Diakonischen Werks Nordkreis", "ORG")])
    assert [e._.norm_name for e in doc.ents if e.label_ == "ORG"] == ["Diakonischen Werks Nordkreis"]


def test_model_title_word_right_before_a_persons_name_is_no_organization(rules: Language) -> None:
    doc = run(
        rules,
        "Neben Firmenchef Klaus Brenner sprach auch Eva Sand.",
        [("Firmenchef", "ORG"), ("Klaus Brenner", "PER")],
    )
    assert ("Firmenchef", "ORG") not in labelled(doc)


def test_model_abbreviation_before_und_is_a_whole_name_of_a_list(rules: Language) -> None:
    doc = run(rules, "Es kamen Feuerwehr, THW, ABC und Polizei zur Übung.", [("ABC und Polizei", "ORG")])
    assert ("ABC", "ORG") in labelled(doc) and ("ABC und Polizei", "ORG") not in labelled(doc)


def test_model_kind_of_a_company_alone_is_no_organization(rules: Language) -> None:
    doc = run(
        rules, "Jan Roth, Inhaber der Firma Roth Bau, spendete.", [("Firma", "ORG"), ("Roth Bau", "ORG")]
    )
    assert ("Firma", "ORG") not in labelled(doc)


def test_model_person_opening_with_a_trade_noun_is_no_person(rules: Language) -> None:
    doc = run(rules, "Logistikfirma Lindner eröffnet eine Halle.", [("Logistikfirma Lindner", "PER")])
    assert [e for e in labelled(doc) if e[1] == "PER"] == []


def test_von_before_another_model_name_joins_no_second_surname(rules: Language) -> None:
    doc = run(
        rules,
        "Vertriebsleiterin Eva Sand von Nordtec stellte das Gerät vor.",
        [("Eva Sand", "PER"), ("Nordtec", "ORG")],
    )
    assert ("Eva Sand", "PER") in labelled(doc)


def test_model_organization_goes_on_past_an_ampersand(rules: Language) -> None:
    doc = run(rules, "Die Pläne stammen vom Büro Lindner & Partner aus Südtal.", [("Büro Lindner", "ORG")])
    assert ("Büro Lindner & Partner", "ORG") in labelled(doc)


def test_compound_title_before_a_name_in_a_model_organization_is_no_body(rules: Language) -> None:
    doc = run(
        rules,
        "Es freuen sich Bürgermeister Jan Roth und Sparkassen-Vorstand Tim Lau.",
        [("Sparkassen-Vorstand Tim Lau", "ORG")],
    )
    assert [e for e in labelled(doc) if e[1] == "ORG"] == []


def test_a_states_short_name_is_no_organization(rules: Language) -> None:
    doc = run(rules, "Die Kommunen in NRW erhalten Geld vom Land.", [("NRW", "ORG")])
    assert [e.text for e in doc.ents if e.label_ == "ORG"] == []


def test_title_left_of_a_name_the_model_read_into_an_organization_is_no_organization(rules: Language) -> None:
    text = "Die Leitung übernahm der Erste Kreisbeigeordnete Tom Brandl."
    doc = run(rules, text, [("Erste Kreisbeigeordnete Tom Brandl", "ORG")])
    assert labelled(doc) == [("Tom Brandl", "PER")]


def test_discipline_after_a_chair_and_fuer_is_no_organization(rules: Language) -> None:
    text = "Ida Wolf hat die Professur für Öffentliche Verwaltung inne."
    doc = run(rules, text, [("Ida Wolf", "PER"), ("Öffentliche Verwaltung", "ORG")])
    assert labelled(doc) == [("Ida Wolf", "PER")]


def test_an_award_of_a_bare_body_is_no_organization(rules: Language) -> None:
    text = "Ida Wolf erhielt die Ehrennadel der Gemeinde."
    doc = run(rules, text, [("Ida Wolf", "PER"), ("Ehrennadel der Gemeinde", "ORG")])
    assert labelled(doc) == [("Ida Wolf", "PER")]


def test_field_after_a_title_and_fuer_is_no_organization(rules: Language) -> None:
    text = "Ida Wolf ist Bereichsleiterin für Kinder- und Jugendhilfe."
    doc = run(rules, text, [("Ida Wolf", "PER"), ("Kinder- und Jugendhilfe", "ORG")])
    assert labelled(doc) == [("Ida Wolf", "PER")]
