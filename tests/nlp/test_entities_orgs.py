"""Organization names: head nouns, genitive chains, nominative forms, abbreviations (kg_org_names)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Span


def orgs(nlp: Language, text: str) -> list[Span]:
    return [e for e in nlp(text).ents if e.label_ == "ORG"]


def org_names(nlp: Language, text: str) -> list[str]:
    return [e._.norm_name for e in orgs(nlp, text)]


def test_genitive_chain_is_one_organization_with_parent(nlp: Language) -> None:
    (org,) = orgs(
        nlp, "Die Leiterin der Stabsstelle Notfall- und Krisenmanagement der Stadtverwaltung Neustadt sprach."
    )
    assert org._.norm_name == "Stabsstelle Notfall- und Krisenmanagement der Stadtverwaltung Neustadt"
    assert org._.head_name == "Stabsstelle Notfall- und Krisenmanagement"
    assert org._.part_of_span._.norm_name == "Stadtverwaltung Neustadt"


def test_body_named_by_a_territory_after_its_head(nlp: Language) -> None:
    assert org_names(nlp, "Die Wirtschaftsförderung Kreis Talheim berät Firmen.") == [
        "Wirtschaftsförderung Kreis Talheim"
    ]


def test_genitive_parent_is_put_in_the_nominative(nlp: Language) -> None:
    (org,) = orgs(nlp, "Sie arbeitet im Referat Organisation und Datenverarbeitung des Rhein-Lahn-Kreises.")
    assert org._.part_of_span._.norm_name == "Rhein-Lahn-Kreis"


def test_juxtaposed_parent(nlp: Language) -> None:
    (org,) = orgs(nlp, "Er kommt vom Referat Tiefbau Stadt Neustadt und plant Radwege.")
    assert org._.head_name == "Referat Tiefbau"
    assert org._.part_of_span._.norm_name == "Stadt Neustadt"


def test_adjective_and_head_in_the_nominative(nlp: Language) -> None:
    names = org_names(nlp, "Ein Vortrag des Deutschen Forschungszentrums für Künstliche Intelligenz folgte.")
    assert names == ["Deutsches Forschungszentrum für Künstliche Intelligenz"]


def test_feminine_head_keeps_its_form(nlp: Language) -> None:
    names = org_names(nlp, "Studierende der Technischen Universität Kaiserslautern halfen mit.")
    assert names == ["Technische Universität Kaiserslautern"]


def test_place_adjective_does_not_inflect(nlp: Language) -> None:
    names = org_names(nlp, "Die Sammlung des Kölner Instituts für Stadtgeschichte wächst.")
    assert names == ["Kölner Institut für Stadtgeschichte"]


def test_territorial_body_in_the_genitive(nlp: Language) -> None:
    assert org_names(nlp, "Sie ist Digitalbeauftragte des Kreises Mayen-Koblenz.") == ["Kreis Mayen-Koblenz"]


def test_abbreviation_in_parentheses_is_an_alias(nlp: Language) -> None:
    doc = nlp("Forscher vom Institut für Angewandte Robotik (IAR) zeigten Drohnen. Das IAR plant mehr.")
    full, *short = [e for e in doc.ents if e.label_ == "ORG"]
    assert full._.norm_name == "Institut für Angewandte Robotik" and full._.aliases == ["IAR"]
    assert [s._.canonical_name for s in short if s.text == "IAR"][-1] == "Institut für Angewandte Robotik"
    assert doc._.org_aliases == {"IAR": "Institut für Angewandte Robotik"}


def test_bare_abbreviation_after_person(nlp: Language) -> None:
    doc = nlp("Jan Ole Berndt vom DFKI stellte das Werkzeug vor.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Jan Ole Berndt", "PER"), ("DFKI", "ORG")]


def test_ministry_with_genitive_and_fuer_topics(nlp: Language) -> None:
    names = org_names(nlp, "Gefördert wird das Netzwerk vom Ministerium des Innern und für Sport.")
    assert names == ["Ministerium des Innern und für Sport"]


def test_legal_form_closes_a_company_name(nlp: Language) -> None:
    assert org_names(nlp, "Die Wendland Energie GmbH baut einen Solarpark.") == ["Wendland Energie GmbH"]


def test_a_citizens_initiative_with_a_name_is_an_organization(nlp: Language) -> None:
    assert org_names(nlp, "Die Bürgerinitiative Lebenswertes Südtal sammelte Unterschriften.") == [
        "Bürgerinitiative Lebenswertes Südtal"
    ]


def test_registered_association_with_topic(nlp: Language) -> None:
    names = org_names(
        nlp, "Eingeladen hatte das Bayerische Institut für Digitale Verwaltung e.V. in Regensburg."
    )
    assert names == ["Bayerisches Institut für Digitale Verwaltung e.V."]


def test_genitive_plural_without_article(nlp: Language) -> None:
    assert org_names(nlp, "Der Verband kommunaler Energieversorger tagte.") == [
        "Verband kommunaler Energieversorger"
    ]


def test_coordinated_compound_before_head(nlp: Language) -> None:
    assert org_names(nlp, "Die Industrie- und Handelskammer Trier warnt.") == [
        "Industrie- und Handelskammer Trier"
    ]


def test_city_body_is_an_organization(nlp: Language) -> None:
    doc = nlp("Die Stadt Kaiserslautern hat ein neues Förderprogramm beschlossen.")
    ents = [(e.text, e.label_) for e in doc.ents]
    assert ("Stadt Kaiserslautern", "ORG") in ents
    assert ("Kaiserslautern", "LOC") not in ents


def test_council_in_the_genitive_before_its_place_is_an_organization(nlp: Language) -> None:
    assert org_names(nlp, "In der Sitzung des Gemeinderats Nordheim ging es um die Schule.") == [
        "Gemeinderat Nordheim"
    ]


def test_bare_head_noun_is_no_organization(nlp: Language) -> None:
    assert orgs(nlp, "Die Stadt hat beschlossen, die Stabsstelle zu verkleinern.") == []


def test_words_in_capitals_are_no_abbreviations(nlp: Language) -> None:
    assert orgs(nlp, "GROSSES FINALE am Samstag") == []


def test_unit_located_in_its_parent(nlp: Language) -> None:
    doc = nlp("Unterstützt wird der Bereich Brandschutz am Landratsamt Neustadt von Freiwilligen.")
    unit, parent = [e for e in doc.ents if e.label_ == "ORG"]
    assert unit._.norm_name == "Bereich Brandschutz" and parent._.norm_name == "Landratsamt Neustadt"
    assert unit._.part_of_span._.norm_name == "Landratsamt Neustadt"


def test_chair_at_a_university(nlp: Language) -> None:
    doc = nlp("Sie forscht am Lehrstuhl Robotik an der Technischen Universität Kaiserslautern.")
    assert org_names(nlp, doc.text) == ["Lehrstuhl Robotik", "Technische Universität Kaiserslautern"]


def test_area_as_topic_is_no_organization(nlp: Language) -> None:
    assert orgs(nlp, "Im Bereich Digitalisierung tut sich viel.") == []


def test_currency_after_number_is_no_organization(nlp: Language) -> None:
    assert orgs(nlp, "Das Projekt kostet 36 EUR pro Kopf.") == []


def test_topic_list_closed_by_und_with_abbreviation(nlp: Language) -> None:
    doc = nlp("Gefördert vom Bundesministerium für Wohnen, Stadtentwicklung und Bauwesen (BMWSB) mit Geld.")
    full = [e for e in doc.ents if e.label_ == "ORG"][0]
    assert full._.norm_name == "Bundesministerium für Wohnen, Stadtentwicklung und Bauwesen"
    assert full._.aliases == ["BMWSB"]


def test_comma_without_und_ends_the_name(nlp: Language) -> None:
    assert org_names(nlp, "Auskunft gibt das Amt für Digitales, Telefon 0631 123.") == ["Amt für Digitales"]


def test_legal_form_belongs_to_the_outer_organization(nlp: Language) -> None:
    (org,) = orgs(nlp, "Sie dankte dem Förderverein der Freiwilligen Feuerwehr Neustadt e.V. für die Hilfe.")
    assert org._.norm_name.endswith("Neustadt e.V.")
    assert org._.part_of_span._.norm_name == "Freiwillige Feuerwehr Neustadt"


def test_city_alone_is_a_location(nlp: Language) -> None:
    assert [(e.text, e.label_) for e in nlp("Kaiserslautern").ents] == [("Kaiserslautern", "LOC")]


def test_city_as_place_is_a_location(nlp: Language) -> None:
    doc = nlp("Die Fachtagung fand in Trier statt.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Trier", "LOC")]


def test_locative_phrase_before_a_bracketed_abbreviation_belongs_to_the_name(nlp: Language) -> None:
    text = "Hilfe kam vom Landesamt für Schutz in der Informationstechnik (LSI) in Mainz."
    assert org_names(nlp, text)[0] == "Landesamt für Schutz in der Informationstechnik"


def test_locative_phrase_without_abbreviation_is_not_part_of_the_name(nlp: Language) -> None:
    text = "Das Landesamt für Umwelt in der Hauptstadt plant Messungen."
    assert org_names(nlp, text) == ["Landesamt für Umwelt"]


def test_a_field_after_a_topic_belongs_to_the_name(nlp: Language) -> None:
    text = "Gewarnt hat das Landesamt für Schutz in der Informationstechnik."
    assert org_names(nlp, text) == ["Landesamt für Schutz in der Informationstechnik"]


def test_an_idiom_after_a_topic_is_not_part_of_the_name(nlp: Language) -> None:
    text = "Die Arbeit des Landesamts für Umwelt in der Praxis wurde gelobt."
    assert org_names(nlp, text) == ["Landesamt für Umwelt"]


def test_feminine_head_gets_a_nominative_adjective(nlp: Language) -> None:
    text = "Kai Roth von der Kommunalen Datenzentrale Trier sprach."
    assert org_names(nlp, text) == ["Kommunale Datenzentrale Trier"]


def test_a_neuter_after_das_gets_strong_nominative_adjectives(nlp: Language) -> None:
    text = "Das Technische Hilfswerk rückte mit zwei Fahrzeugen aus."
    assert org_names(nlp, text) == ["Technisches Hilfswerk"]


def test_a_business_noun_before_von_and_a_name_is_no_part_of_the_bodys_name(nlp: Language) -> None:
    assert org_names(nlp, "Jan Roth leitet das Deutschlandgeschäft von Nordsoft.") == ["Nordsoft"]


def test_a_given_name_before_von_and_a_name_is_no_business_noun(nlp: Language) -> None:
    merger = nlp.get_pipe("kg_entity_merger")
    doc = nlp("Der Anbieter Heinz von Tannen baut Häuser.")
    assert not merger.part_of_a_body(doc, 2, 5)  # a firm named after a person keeps its name


def test_a_first_name_in_an_organization_name_is_not_inflected(nlp: Language) -> None:
    text = "Die Johannes Kopper Universität Neustadt (JKU) forscht dazu."
    assert org_names(nlp, text)[0] == "Johannes Kopper Universität Neustadt"


def test_name_with_inner_capital_after_the_head(nlp: Language) -> None:
    text = "Timo Klee, Leiter des Zweckverbands eKom-Nord, sprach."
    assert "Zweckverband eKom-Nord" in org_names(nlp, text)


def test_adjective_before_a_coordinated_head_is_inflected(nlp: Language) -> None:
    text = "Eva Roth vom Bayerischen Städte- und Gemeindebund sprach."
    assert "Bayerischer Städte- und Gemeindebund" in org_names(nlp, text)


def test_abbreviation_led_name_in_brackets_after_a_person(nlp: Language) -> None:
    assert org_names(nlp, "Auch Heike Brandt (TH Bingen) war dabei.") == ["TH Bingen"]


def test_bracketed_number_or_place_after_a_person_is_no_organization(nlp: Language) -> None:
    assert orgs(nlp, "Thomas Berg (45) aus Mainz und Klaus Meier (2023) kamen.") == []
    assert orgs(nlp, "Klaus Meier (Mainz) gewann den Preis.") == []


def test_bracketed_abbreviation_without_a_person_before_is_left_to_the_rest(nlp: Language) -> None:
    assert orgs(nlp, "Die Messe (KW 12) beginnt.") == []


def test_research_brand_with_institute_abbreviation(nlp: Language) -> None:
    assert org_names(nlp, "Forscher von Fraunhofer FOKUS haben eine App entwickelt.") == ["Fraunhofer FOKUS"]
    assert org_names(nlp, "Sie arbeitet am Fraunhofer IESE in Kaiserslautern.")[0] == "Fraunhofer IESE"


def test_research_brand_before_a_head_noun_belongs_to_the_name(nlp: Language) -> None:
    names = org_names(nlp, "Das Max Planck Institut für Informatik ist beteiligt.")
    assert names == ["Max Planck Institut für Informatik"]


def test_research_brand_alone_or_as_a_surname_is_no_organization(nlp: Language) -> None:
    assert orgs(nlp, "Joseph von Fraunhofer war ein Optiker.") == []
    assert orgs(nlp, "Die Fraunhofer-Linien sind bekannt.") == []


def test_hyphenated_brand_with_community_head(nlp: Language) -> None:
    assert org_names(nlp, "Die Leibniz-Gemeinschaft fördert das Projekt.") == ["Leibniz-Gemeinschaft"]
    assert orgs(nlp, "Die Dorfgemeinschaft feierte ein Fest.") == []


def test_economic_development_agency_of_a_district(nlp: Language) -> None:
    (org,) = orgs(nlp, "Ansprechpartnerin ist Julia Berg von der Wirtschaftsförderung des Landkreises Kusel.")
    assert org._.part_of_span._.norm_name == "Landkreis Kusel"
    assert orgs(nlp, "Die Wirtschaftsförderung ist eine Pflichtaufgabe.") == []


def test_fuer_with_article_before_a_place_belongs_to_the_name(nlp: Language) -> None:
    names = org_names(
        nlp, "Unterstützt wird das Vorhaben von der Industrie- und Handelskammer für die Pfalz."
    )
    assert names == ["Industrie- und Handelskammer für die Pfalz"]


def test_fuer_with_article_before_a_common_noun_ends_the_name(nlp: Language) -> None:
    assert org_names(nlp, "Sie dankte dem Landesamt für Umwelt für die Unterstützung.") == [
        "Landesamt für Umwelt"
    ]


def test_role_abbreviation_is_no_organization(nlp: Language) -> None:
    assert org_names(nlp, "Anna Roth ist CIO und CDO des Landes Hessen.") == ["Land Hessen"]


def test_sentence_initial_preposition_is_no_organization(nlp: Language) -> None:
    names = org_names(nlp, "Seitens der Stadtwerke Talheim diskutierte Jan Lenz mit den Gästen.")
    assert names == ["Stadtwerke Talheim"]


def test_named_hospital_compound_is_an_organization(nlp: Language) -> None:
    assert "Annen-Hospital" in org_names(nlp, "Sie arbeitet seit Jahren im Annen-Hospital in Talheim.")


def test_one_word_organization_in_the_genitive_is_named_in_the_nominative(nlp: Language) -> None:
    assert "Schauspielhaus" in org_names(nlp, "Die Intendantin des Schauspielhauses Sonja Andersen sprach.")


def test_feminine_name_with_an_adjective_after_der_is_named_in_the_nominative(nlp: Language) -> None:
    assert "Nordische Telekom" in org_names(nlp, "Anja Kurz verhandelte lange mit der Nordischen Telekom.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sie war zuvor an der Universitätsmedizin Nordtal tätig.", "Universitätsmedizin Nordtal"),
        ("Der Pflegedienst Sonnental sucht Personal.", "Pflegedienst Sonnental"),
        ("Das Bistum Nordtal lädt zum Fest ein.", "Bistum Nordtal"),
        ("Paul Hahn, Inhaber der Bäckerei Sommer in Talheim, spendete.", "Bäckerei Sommer"),
    ],
)
def test_institution_head_nouns_name_an_organization(nlp: Language, text: str, name: str) -> None:
    assert name in org_names(nlp, text)


def test_compound_of_a_person_noun_is_no_organization_head(nlp: Language) -> None:
    doc = nlp("Ihr Fraktionskollege Ralf Specht forderte einen Ausgleich.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Ralf Specht", "PER")]


def test_plural_name_word_after_der_is_no_adjective(nlp: Language) -> None:
    names = org_names(nlp, "Sie sprach vor den Mitgliedern der Wirtschaftsjunioren Talheim.")
    assert "Wirtschaftsjuniore Talheim" not in names


def test_organization_that_ran_into_a_given_name_gives_the_person_back(nlp: Language) -> None:
    doc = nlp("Es sprach der Leiter des Stadttheaters Tim Kurz.")  # "Kurz" is also an adjective
    ents = [(e._.norm_name if e.label_ == "ORG" else e.text, e.label_) for e in doc.ents]
    assert ("Stadttheater", "ORG") in ents and ("Tim Kurz", "PER") in ents


def test_a_span_headed_by_an_event_noun_is_no_organization(nlp: Language) -> None:
    assert org_names(nlp, "Zur Eröffnung der Digitalen Woche Osnabrück sprach Anna Berg.") == []


def test_a_company_named_after_an_event_stays_an_organization(nlp: Language) -> None:
    names = org_names(nlp, "Anna Berg ist Geschäftsführerin der Sommerfest Trier GmbH.")
    assert any(n.startswith("Sommerfest Trier") for n in names)


def test_proper_name_between_article_and_head_noun_is_part_of_the_name(nlp: Language) -> None:
    assert "Quellmann Stiftung" in org_names(nlp, "Das Projekt wird von der Quellmann Stiftung gefördert.")


def test_party_named_as_a_word_in_brackets_after_a_person(nlp: Language) -> None:
    assert org_names(nlp, "Jan Roth (Volt) und Eva Klein (Freie Wähler) stimmten zu.") == [
        "Volt",
        "Freie Wähler",
    ]


def test_party_word_in_brackets_without_a_person_before_is_no_organization(nlp: Language) -> None:
    assert org_names(nlp, "Die Spannung (Volt) stieg.") == []


def test_hyphenated_and_alphanumeric_names_are_kept(nlp: Language) -> None:
    found = org_names(nlp, "Die Telekom, E-Plus und O2 warten auf die EU-Kommission.")
    assert {"E-Plus", "O2", "EU-Kommission"} <= set(found)


def test_hyphenated_compound_of_a_body_and_a_common_noun_is_no_organization(nlp: Language) -> None:
    found = org_names(nlp, "Beim VCD-Wortwechsel sprach die SPD-Spitzenkandidatin Anke Roth.")
    assert "VCD-Wortwechsel" not in found and "SPD-Spitzenkandidatin" not in found


def test_name_ends_before_a_common_noun_that_starts_the_rest_of_the_sentence(nlp: Language) -> None:
    found = org_names(nlp, "Mit dem Portal will der Landkreis Nordtal Behördengänge überflüssig machen.")
    assert found == ["Landkreis Nordtal"]


def test_name_after_a_noun_of_a_trade_is_the_organization(nlp: Language) -> None:
    found = org_names(nlp, "Gebaut hat das Portal der IT-Dienstleister Südwestdata aus Karlsruhe.")
    assert found == ["Südwestdata"]


def test_noun_of_a_trade_before_a_given_name_names_no_organization(nlp: Language) -> None:
    assert org_names(nlp, "Der Energieversorger Max Müller sprach.") == []


def test_compound_name_with_an_abbreviation_inside(nlp: Language) -> None:
    found = org_names(nlp, "Das St.-Marien-Krankenhaus Südtal hat eine neue Chefärztin.")
    assert found == ["St.-Marien-Krankenhaus Südtal"]


def test_company_after_firma_keeps_its_trade_word_and_overrides_a_place_reading(nlp: Language) -> None:
    found = org_names(
        nlp, "Lea Schneider hat ihre Ausbildung bei der Firma Brenner Maschinenbau abgeschlossen."
    )
    assert found == ["Brenner Maschinenbau"]


def test_abbreviation_with_the_place_of_the_full_name_is_the_same_organization(nlp: Language) -> None:
    from nlp.extract import extract

    text = (
        "Die Industrie- und Handelskammer Südwest ehrt Azubis. "
        "IHK-Präsidentin Eva Vogt gratulierte bei der IHK Südwest."
    )
    facts = extract(text, nlp=nlp)
    assert [(o.name, o.aliases) for o in facts.organizations] == [
        ("Industrie- und Handelskammer Südwest", ["IHK Südwest"])
    ]


def test_award_is_no_organization(nlp: Language) -> None:
    found = org_names(
        nlp, "Forschungspreis für Nordheimer Klimaforscherin\n\nDie Stiftung Grünes Land ehrt sie."
    )
    assert found == ["Stiftung Grünes Land"]


def test_compound_of_stuetzpunkt_names_a_body(nlp: Language) -> None:
    assert org_names(nlp, "Es beriet Sabine Ott vom Pflegestützpunkt Südtal.") == ["Pflegestützpunkt Südtal"]


def test_a_public_prosecutors_office_heads_a_name(nlp):
    assert org_names(nlp, "Jana Roth von der Staatsanwaltschaft Lehrbach bestätigte den Fall.") == [
        "Staatsanwaltschaft Lehrbach"
    ]


def test_a_day_care_centre_heads_a_name(nlp):
    assert org_names(nlp, "Jana Roth leitet seit Mai die Kita Sonnenblume in Südtal.") == ["Kita Sonnenblume"]


def test_a_legal_form_at_the_end_of_a_sentence_leaves_the_period_to_the_sentence(nlp):
    doc = nlp("Er arbeitet bei der Nordwerk GmbH. Sie forscht an der Universität Südtal.")
    assert "GmbH" in [t.text for t in doc]
    assert org_names(nlp, "Er arbeitet bei der Nordwerk GmbH.") == ["Nordwerk GmbH"]


def test_an_acronym_with_a_small_letter_at_the_end_of_a_sentence_leaves_the_period(nlp):
    doc = nlp("Es sprach Eva Roth vom Verband NoK. Danach gab es Kaffee.")
    assert [s.text for s in doc.sents] == ["Es sprach Eva Roth vom Verband NoK.", "Danach gab es Kaffee."]
    assert org_names(nlp, "Es sprach Eva Roth vom Sozialverband NoK.") == ["Sozialverband NoK"]


def test_a_trade_noun_before_a_company_with_a_legal_form_only_describes_it(nlp):
    assert org_names(nlp, "Beteiligt ist die Softwarefirma Datenquell GmbH aus Südtal.") == [
        "Datenquell GmbH"
    ]


def test_a_place_adjective_and_a_trade_noun_before_a_company_only_describe_it(nlp):
    assert org_names(nlp, "Den Auftrag erhielt die Lindauer Firma Datenquell GmbH.") == ["Datenquell GmbH"]
    assert org_names(nlp, "Geliefert hat der Lindauer Softwareanbieter Nordcode GmbH.") == ["Nordcode GmbH"]


def test_a_faculty_is_a_unit_of_its_university(nlp: Language) -> None:
    (unit,) = orgs(nlp, "Sie lehrt an der Fakultät für Chemie der Universität Südtal.")
    assert unit._.head_name == "Fakultät für Chemie"
    assert unit._.part_of_span._.norm_name == "Universität Südtal"


def test_a_saints_name_belongs_to_the_parish(nlp):
    assert org_names(nlp, "Die Kirchengemeinde St. Marien Südtal lädt zum Fest ein.") == [
        "Kirchengemeinde St. Marien Südtal"
    ]


def test_a_party_in_the_genitive_belongs_to_the_body_before_it(nlp):
    assert org_names(nlp, "Kritik kam von der Fraktion der Freien Wähler im Rat.") == [
        "Fraktion der Freien Wähler"
    ]


def test_a_hospice_heads_a_name(nlp):
    assert org_names(nlp, "Jana Roth leitet seit Mai das Hospiz Lindental am Stadtrand.") == [
        "Hospiz Lindental"
    ]


def test_plural_of_an_abbreviation_names_a_class_not_an_organization(nlp: Language) -> None:
    text = "Die Rektorinnen der TUs und PHs trafen sich in Kassel, um über Studiengebühren zu sprechen."
    assert not {"TUs", "PHs"} & {e.text for e in orgs(nlp, text)}


def test_code_with_digits_is_no_organization(nlp: Language) -> None:
    text = "Am Montag fällt die Linie SX4 zwischen Nordheim und Südheim aus, meldet der Betreiber."
    assert "SX4" not in {e.text for e in orgs(nlp, text)}


def test_institution_named_after_its_patron_in_one_word_is_an_organization(nlp: Language) -> None:
    assert "Vinzenzhospital" in org_names(nlp, "Das Vinzenzhospital in Talheim eröffnet eine neue Station.")


def test_compound_of_a_common_noun_and_a_head_names_only_a_kind(nlp: Language) -> None:
    assert org_names(nlp, "Das Kreiskrankenhaus in Talheim eröffnet eine neue Station.") == []


def test_two_nouns_joined_by_und_inside_a_name_belong_to_it(nlp: Language) -> None:
    text = "Die Arbeitsgemeinschaft Natur und Umwelt Talheim kritisiert den Plan."
    assert org_names(nlp, text) == ["Arbeitsgemeinschaft Natur und Umwelt Talheim"]


def test_a_person_after_und_is_no_part_of_the_name(nlp: Language) -> None:
    assert org_names(nlp, "Der Verband Handel Talheim und Anna Berg luden ein.") == ["Verband Handel Talheim"]


def test_full_name_and_a_body_noun_name_an_organization(nlp: Language) -> None:
    assert "Hanna Wegener Stiftung" in org_names(nlp, "Die Hanna Wegener Stiftung lädt zum Sommerfest ein.")


def test_given_name_before_a_surname_compound_is_part_of_the_organization(nlp: Language) -> None:
    assert "Albert Schweitzer Schule" in org_names(
        nlp, "Die Schüler der Albert Schweitzer Schule sammelten Spenden."
    )


def test_name_after_a_body_noun_with_a_nominative_der_names_the_body(nlp: Language) -> None:
    assert "Konrad Weiß" in org_names(nlp, "Der Modekonzern Konrad Weiß meldet höhere Gewinne.")


def test_ministry_named_by_its_portfolio_in_one_word_is_an_organization(nlp: Language) -> None:
    assert "Kultusministerium" in org_names(nlp, "Ein Sprecher des Kultusministeriums bestätigte den Termin.")


def test_kind_of_company_before_its_name_is_no_part_of_the_name(nlp: Language) -> None:
    assert org_names(nlp, "Das Unternehmen Nordwerk AG hat seinen Sitz in Talheim.") == ["Nordwerk AG"]


def test_noun_after_pro_in_a_name_is_part_of_the_name(nlp: Language) -> None:
    assert "Verein Pro Wald" in org_names(nlp, "Der Verein Pro Wald kritisiert die Pläne.")


def test_organ_of_a_public_body_after_an_article_is_an_organization(nlp: Language) -> None:
    assert "Landesregierung" in org_names(nlp, "Die Landesregierung plant neue Regeln für Kitas.")


def test_organ_word_before_a_name_is_the_persons_title(nlp: Language) -> None:
    assert org_names(nlp, "Der Stadtrat Karl Sommer stellte den Antrag.") == []


def test_organ_people_come_from_is_not_proposed(nlp: Language) -> None:
    assert org_names(nlp, "Wir sprachen mit Vertretern aus dem Landtag über Themen.") == []


def test_an_amt_compound_named_by_its_holders_title_is_no_office(nlp: Language) -> None:
    names = org_names(nlp, "Eva Sand übernimmt das Präsidentenamt der Handwerkskammer Talheim.")
    assert names == ["Handwerkskammer Talheim"]


def test_organ_word_in_the_genitive_with_es_is_an_organization(nlp: Language) -> None:
    assert org_names(nlp, "Eva Sand ist seit Jahren Mitglied des Bundestages.") == ["Bundestag"]


def test_office_named_by_its_task_after_an_article_is_an_organization(nlp: Language) -> None:
    assert "Gesundheitsamt" in org_names(nlp, "Das Gesundheitsamt meldet am Montag neue Fälle.")


def test_inspectorate_named_by_its_task_after_an_article_is_an_organization(nlp: Language) -> None:
    assert "Kreisbrandinspektion" in org_names(nlp, "Die Kreisbrandinspektion lädt zur Übung ein.")


def test_post_named_by_its_holder_is_no_organization(nlp: Language) -> None:
    assert org_names(nlp, "Das Rektoramt übernahm im Mai Karl Sommer.") == []


def test_body_without_a_name_of_its_own_is_named_by_an_adjective_genitive(nlp: Language) -> None:
    text = "Es sprach der Präsident des Landesverbands des Bayerischen Obstbaus zur Eröffnung."
    assert "Landesverband des Bayerischen Obstbaus" in org_names(nlp, text)


def test_plural_head_before_listed_names_names_one_body_per_name(nlp: Language) -> None:
    names = org_names(nlp, "Die Caritasverbände Nordtal und Südtal stellten ihre Projekte vor.")
    assert "Caritasverband Nordtal" in names and "Caritasverband Südtal" in names


def test_plural_head_the_grammar_parses_is_split_per_name(nlp: Language) -> None:
    names = org_names(nlp, "Die Landkreise Nordtal und Südtal kooperieren seit Jahren.")
    assert "Landkreis Nordtal" in names and "Landkreis Südtal" in names


def test_plural_object_after_an_inverted_subject_ends_the_name(nlp: Language) -> None:
    names = org_names(nlp, "Im Herbst bietet die Volkshochschule Nordtal Kurse an.")
    assert names == ["Volkshochschule Nordtal"]


def test_plural_object_after_the_subject_of_a_relative_clause_is_no_name(nlp: Language) -> None:
    text = "Er lobte das Programm, mit dem das Land Schulungen und Kurse fördert."
    assert org_names(nlp, text) == []


def test_plural_object_right_after_the_head_is_no_name(nlp: Language) -> None:
    assert "Feuerwehr Helfer" not in org_names(nlp, "Für den Umzug sucht die Feuerwehr Helfer.")


def test_plural_name_word_of_a_subject_before_its_verb_stays(nlp: Language) -> None:
    assert org_names(nlp, "Der Verein Freunde Nordtals lädt ein.") == ["Verein Freunde Nordtals"]


def test_quoted_name_after_an_award_noun_is_no_organization(nlp: Language) -> None:
    text = "Die Hochschule Nordtal bekam das Prädikat „Hochschule im Dialog“ verliehen."
    assert org_names(nlp, text) == ["Hochschule Nordtal"]


def test_article_of_an_object_ends_a_model_organization(nlp: Language) -> None:
    text = "Welche Perspektiven bietet die Universität dem wissenschaftlichen Nachwuchs?"
    assert org_names(nlp, text) == ["Universität"]


def test_common_nouns_after_a_superlative_describe_a_body(nlp: Language) -> None:
    text = "Das Nordtal-Institut ist das größte Forschungszentrum für erneuerbare Energie im Land."
    assert "Forschungszentrum für erneuerbare Energie" not in org_names(nlp, text)


def test_name_after_a_superlative_stays_an_organization(nlp: Language) -> None:
    assert org_names(nlp, "Die älteste Stiftung Nordtal feiert ihr Jubiläum.") == ["Stiftung Nordtal"]


def test_abbreviation_spelled_out_after_it_as_no_body_is_no_organization(nlp: Language) -> None:
    text = "Der Minister betonte die ZMA (Zivil-Militärische Abstimmung). Die ZMA sei wichtig."
    assert org_names(nlp, text) == []


def test_abbreviation_of_a_prize_spelled_out_before_it_is_no_organization(nlp: Language) -> None:
    text = "Sie wurde mit dem Nordtaler Kulturpreis (NKP) geehrt. Der NKP ist hoch dotiert."
    assert org_names(nlp, text) == []


def test_abbreviation_after_an_indefinite_article_is_no_organization(nlp: Language) -> None:
    assert org_names(nlp, "Es gibt für den Fall eines MVNL kein gemeinsames Konzept der Kliniken.") == []


def test_abbreviation_spelled_out_as_a_body_stays_an_organization(nlp: Language) -> None:
    assert "NRK" in org_names(nlp, "Die NRK (Nordtaler Rettungskasse) half. Die NRK zahlte.")


def test_a_head_noun_after_a_strong_adjective_is_the_genitive_a_body_is_named_for(nlp: Language) -> None:
    text = "Sie leitet die Gruppe Nord des Verbandes Deutscher Verkehrsunternehmen."
    assert "Verband Deutscher Verkehrsunternehmen" in org_names(nlp, text)


def test_a_noun_after_a_place_adjective_that_opens_the_name_is_part_of_it(nlp: Language) -> None:
    text = "Eva Sand gehört dem Vorstand des Vereins Nordheimer Tafel an."
    assert "Verein Nordheimer Tafel" in org_names(nlp, text)


def test_a_compound_of_a_body_and_a_title_before_a_name_is_no_organization(nlp: Language) -> None:
    assert org_names(nlp, "Die Bundesbank warnt. Bundesbankpräsident Jan Ott sieht Risiken.") == []


def test_a_known_name_ending_like_a_common_noun_names_the_body_after_it(nlp: Language) -> None:
    text = "Er arbeitet bei der Senckenberg Gesellschaft für Naturforschung in Frankfurt."
    assert org_names(nlp, text) == ["Senckenberg Gesellschaft für Naturforschung"]


def test_a_compound_of_club_heads_a_name(nlp: Language) -> None:
    assert org_names(nlp, "Der Vorsitzende des Fahrradclubs ABC Nordtal lobte das.") == [
        "Fahrradclub ABC Nordtal"
    ]


def test_a_police_commissariat_with_its_field_is_an_organization(nlp: Language) -> None:
    assert org_names(nlp, "Sie arbeitet im Kommissariat Prävention der Polizei.") == [
        "Kommissariat Prävention"
    ]


def test_an_organizations_name_written_again_is_a_further_mention(nlp: Language) -> None:
    text = "Das Start-up Nordloop aus Kiel hat den Preis gewonnen. Nordloop entwickelt eine App."
    assert [(e.text, e.start) for e in orgs(nlp, text)] == [("Nordloop", 2), ("Nordloop", 10)]


def test_a_party_of_several_words_after_an_article_is_an_organization_in_its_nominative(
    nlp: Language,
) -> None:
    assert org_names(nlp, "Für die Freien Wähler sprach Hans Maier.") == ["Freie Wähler"]


def test_a_genitive_s_after_des_is_cut_from_a_one_word_name_ending_in_a_word(nlp: Language) -> None:
    assert "Kirchengemeinderat" in org_names(
        nlp, "Die Vorsitzende des Kirchengemeinderats, Elke Hahn, dankte."
    )


def test_words_of_the_language_after_an_event_noun_name_the_event_not_a_body(nlp: Language) -> None:
    assert org_names(nlp, "Die Fachtagung Digitale Verwaltung fand in Kassel statt.") == []


def test_words_of_the_language_after_a_meeting_noun_that_also_heads_bodies_name_the_meeting(
    nlp: Language,
) -> None:
    assert org_names(nlp, "Beim Fachkongress Digitale Verwaltung sprach Jan Olt.") == []


def test_a_meeting_forum_with_words_of_the_language_is_no_body(nlp: Language) -> None:
    assert org_names(nlp, "Beim Fachforum Digitale Verwaltung sprach Jan Olt.") == []


def test_a_plural_object_the_tagger_reads_by_a_rare_tag_is_no_place_of_a_body(nlp: Language) -> None:
    assert org_names(nlp, "Mit dem Projekt will der Kreis Dörfer vernetzen.") == []


def test_a_dateline_place_in_capitals_is_no_organization(nlp: Language) -> None:
    assert org_names(nlp, "NORDHEIM. Die Stadt Nordheim hat eine neue Kämmerin.") == ["Stadt Nordheim"]


def test_abbreviations_opening_a_text_stay_organizations(nlp: Language) -> None:
    assert org_names(nlp, "ADAC und DRK halfen. Die Stadt dankte.") == ["ADAC", "DRK"]


def test_a_compound_of_buecherei_with_a_place_is_an_organization(nlp: Language) -> None:
    text = "Als Leiterin der Gemeindebücherei Talheim hat Eva Sand viel erreicht."
    assert org_names(nlp, text) == ["Gemeindebücherei Talheim"]


def test_a_compound_of_forum_that_names_a_meeting_is_no_body(nlp: Language) -> None:
    assert org_names(nlp, "Beim Fachforum trat Jan Olt ans Rednerpult.") == []


def test_a_conference_of_a_body_in_one_word_stays_an_organization(nlp: Language) -> None:
    assert org_names(nlp, "Die Kultusministerkonferenz tagte in Nordheim.") == ["Kultusministerkonferenz"]


def test_quoted_words_after_an_event_noun_name_the_event_not_a_body(nlp: Language) -> None:
    assert org_names(nlp, "Viele Gäste kamen zum Fachtag „Digitale Verwaltung“ nach Kassel.") == []


def test_a_named_body_after_an_event_noun_stays_an_organization(nlp: Language) -> None:
    assert org_names(nlp, "Beim Festakt der Stadtverwaltung Nordtal sprach der Bürgermeister.") == [
        "Stadtverwaltung Nordtal"
    ]


def test_a_name_with_a_lower_case_word_before_its_legal_form_starts_after_the_article(nlp: Language) -> None:
    assert org_names(nlp, "Die Initiative Nordtal hilft e.V. sammelt Spenden.") == [
        "Initiative Nordtal hilft e.V."
    ]


def test_a_territorial_body_after_fuer_and_its_article_belongs_to_the_name(nlp: Language) -> None:
    text = "Die Versammlung des Caritasverbandes für den Landkreis Südtal hat gewählt."
    assert org_names(nlp, text) == ["Caritasverband für den Landkreis Südtal"]


def test_an_association_for_a_diocese_names_the_diocese_in_its_name(nlp: Language) -> None:
    text = "Der Caritasverband für die Diözese Südtal hat eine Beratungsstelle eröffnet."
    assert org_names(nlp, text) == ["Caritasverband für die Diözese Südtal"]


def test_a_care_station_with_its_place_is_an_organization(nlp: Language) -> None:
    assert org_names(nlp, "Beteiligt ist die Diakoniestation Nordtal.") == ["Diakoniestation Nordtal"]


def test_fuer_phrase_of_a_predicative_adjective_is_not_part_of_a_named_body(nlp: Language) -> None:
    names = org_names(nlp, "Jana Kolb ist bei der Sparkasse Oberland für Digitalisierung zuständig.")
    assert names == ["Sparkasse Oberland"]


def test_fuer_phrase_of_a_body_without_name_stays_before_a_predicative_adjective(nlp: Language) -> None:
    names = org_names(nlp, "Dafür ist das Ministerium für Verkehr zuständig.")
    assert names == ["Ministerium für Verkehr"]


def test_school_named_by_its_street_is_one_organization(nlp: Language) -> None:
    assert org_names(nlp, "Die Grundschule an der Birkenstraße bekommt neue Tafeln.") == [
        "Grundschule an der Birkenstraße"
    ]


def test_school_before_a_river_is_no_organization(nlp: Language) -> None:
    assert org_names(nlp, "Die Schule am Rhein bekommt neue Tafeln.") == []


def test_common_noun_after_an_indefinite_article_is_no_organization(nlp: Language) -> None:
    assert org_names(nlp, "Die Gemeinde Nordtal bekommt eine Mensa.") == ["Gemeinde Nordtal"]


def test_common_noun_after_a_bodys_place_name_is_no_part_of_it(nlp: Language) -> None:
    names = org_names(nlp, "Eva Sand studiert an der Hochschule Nordheim Informatik.")
    assert names == ["Hochschule Nordheim"]


def test_head_noun_after_an_indefinite_article_names_no_body(nlp: Language) -> None:
    assert org_names(nlp, "Zum Abschied bekam jedes Kind eine Tafel Schokolade.") == []


def test_food_bank_named_after_its_town(nlp: Language) -> None:
    assert org_names(nlp, "Die Tafel Südtal verteilt jede Woche Lebensmittel.") == ["Tafel Südtal"]


def test_rule_organization_goes_on_past_an_ampersand(nlp: Language) -> None:
    assert org_names(nlp, "Die Kanzlei Lindner & Kollegen berät die Gemeinde.") == [
        "Kanzlei Lindner & Kollegen"
    ]


def test_camel_case_company_name_after_a_trade_noun(nlp: Language) -> None:
    assert org_names(nlp, "Das Start-up cloudNest aus Südtal entwickelt Software.") == ["cloudNest"]


def test_lower_case_brand_after_a_trade_noun_before_the_verb(nlp: Language) -> None:
    assert org_names(nlp, "Die Firma nordbyte hat zehn Beschäftigte.") == ["nordbyte"]


def test_noun_that_is_also_a_function_word_inside_a_coordinated_topic(nlp: Language) -> None:
    names = org_names(nlp, "Die Hochschule für Technik und Recht Südtal bietet den Studiengang an.")
    assert names == ["Hochschule für Technik und Recht Südtal"]


def test_compound_role_word_after_als_and_an_adjective_is_no_organization(nlp: Language) -> None:
    assert org_names(nlp, "Die Stadtwerke Nordheim gewannen Jan Olt als neuen Vertriebsleiter.") == [
        "Stadtwerke Nordheim"
    ]


def test_compound_role_word_after_a_copula_is_no_organization(nlp: Language) -> None:
    assert org_names(nlp, "Jan Olt kam aus Lindenau. Er war Vertriebsleiter.") == []


def test_compound_role_word_after_a_personal_pronoun_is_no_organization(nlp: Language) -> None:
    assert org_names(nlp, "Jan Olt ging nach Lindenau, wo er Vertriebsleiter wurde.") == []


def test_hyphenated_adjective_with_an_abbreviation_is_no_organization(nlp: Language) -> None:
    text = "Das EU-geförderte Projekt CLEAR-Water erforscht die Wasserqualität der Mosel."
    assert org_names(nlp, text) == []


def test_simple_head_noun_before_a_persons_name_is_part_of_the_bodys_name(nlp: Language) -> None:
    assert "Krankenhaus Maria Hilf" in org_names(nlp, "Das Krankenhaus Maria Hilf hat eine neue Chefärztin.")


def test_names_after_an_inverted_subject_of_a_body_noun_are_the_verbs_objects(nlp: Language) -> None:
    doc = nlp("Zum Abschluss ehrte der Verein Karl Weidner und Eva Sommer.")
    assert {e.text for e in doc.ents if e.label_ == "PER"} == {"Karl Weidner", "Eva Sommer"}
    assert not [e for e in doc.ents if e.label_ == "ORG" and "Weidner" in e.text]


def test_a_name_after_an_inverted_subject_before_a_prepositional_phrase_is_the_object(nlp: Language) -> None:
    doc = nlp("Danach dankte die Gemeinde Eva Sommer für ihren Einsatz.")
    assert [e.text for e in doc.ents if e.label_ == "PER"] == ["Eva Sommer"]


def test_a_name_after_an_inverted_subject_with_an_object_of_its_own_names_the_body(nlp: Language) -> None:
    text = "In Nordheim gründete die Stiftung Anna Weidner ein Haus."
    assert "Stiftung Anna Weidner" in org_names(nlp, text)


def test_advisory_board_compound_with_its_town_is_an_organization(nlp: Language) -> None:
    assert "Seniorenbeirat der Stadt Nordheim" in org_names(
        nlp, "Auch der Seniorenbeirat der Stadt Nordheim unterstützt die Aktion."
    )


def test_office_compound_with_its_towns_genitive_is_an_organization(nlp: Language) -> None:
    assert "Klimaschutzbüro der Stadt Nordheim" in org_names(
        nlp, "Eva Olt leitet das Klimaschutzbüro der Stadt Nordheim."
    )


def test_words_after_a_study_course_noun_name_the_course_not_a_body(nlp: Language) -> None:
    assert org_names(nlp, "Der Studiengang Digitale Verwaltung startet im Herbst.") == []


def test_photo_position_in_brackets_after_a_name_is_no_party(nlp: Language) -> None:
    assert org_names(nlp, "Im Bild: Geschäftsführer Jan Olt (Mitte) mit den neuen Azubis.") == []


def test_abbreviated_municipal_association_with_its_place_is_an_organization(nlp: Language) -> None:
    text = "Für die VG Ulmen stellte Büroleiterin Eva Olt das Bürgerkonto vor."
    assert "VG Ulmen" in org_names(nlp, text)


def test_municipal_depot_with_its_towns_genitive_is_an_organization(nlp: Language) -> None:
    assert "Bauhof der Stadt Nordheim" in org_names(
        nlp, "Jan Olt leitete zehn Jahre den Bauhof der Stadt Nordheim."
    )


def test_firm_with_a_partners_given_name_before_its_legal_form_stays_one_organization(nlp: Language) -> None:
    text = "Die Kanzlei Brandt Rainer LLP Rechtsanwälte berät Anleger."
    assert org_names(nlp, text) == ["Kanzlei Brandt Rainer LLP"]
    assert [e.text for e in nlp(text).ents if e.label_ == "PER"] == []


def test_place_adjective_and_a_trade_noun_describe_a_company_and_name_none(nlp: Language) -> None:
    assert org_names(nlp, "Der Kieler Werkzeugkonzern meldet ein Rekordjahr.") == []


def test_place_adjective_and_a_body_noun_still_name_an_organization(nlp: Language) -> None:
    assert org_names(nlp, "Die Kieler Verkehrsbetriebe melden ein Rekordjahr.") == ["Kieler Verkehrsbetriebe"]


def test_a_plural_body_noun_compound_before_a_place_names_an_organization(nlp: Language) -> None:
    assert org_names(nlp, "Die Kreiskliniken Nordland sparen.") == ["Kreiskliniken Nordland"]


def test_a_counted_plural_body_noun_before_a_place_names_no_organization(nlp: Language) -> None:
    assert org_names(nlp, "Drei Kliniken Nordland und mehrere Kliniken Bayerns sparen.") == []


def test_a_compound_adjective_read_as_an_organization_is_none_before_its_noun(nlp: Language) -> None:
    assert org_names(nlp, "Sie stellte das KI-gestützte Werkzeug Kompass vor.") == []


def test_a_series_of_common_nouns_closed_by_und_is_one_name_after_a_body_head(nlp: Language) -> None:
    text = "Die Arbeitsgemeinschaft Spielen, Lernen und Bewegen hat einen Vorstand."
    assert org_names(nlp, text) == ["Arbeitsgemeinschaft Spielen, Lernen und Bewegen"]


def test_places_after_a_body_head_and_a_comma_stay_a_list(nlp: Language) -> None:
    assert "Stadtwerke Nordheim, Talheim und Westdorf" not in org_names(
        nlp, "Die Stadtwerke Nordheim, Talheim und Westdorf bauen."
    )


def test_noun_after_a_number_counts_things_and_names_no_organization(nlp: Language) -> None:
    assert org_names(nlp, "Die Dürre legt in zwölf Wasserkraftwerken Nordland den Betrieb lahm.") == []


def test_fuer_topic_of_a_name_ends_before_an_adverbial_adjective(nlp: Language) -> None:
    found = org_names(nlp, "Die Dürre sorgt in den Wasserkraftwerken Nordland für extrem niedrige Pegel.")
    assert found == ["Wasserkraftwerke Nordland"]


def test_an_archive_with_a_place_is_an_organization(nlp: Language) -> None:
    assert "Stadtarchiv Talheim" in org_names(nlp, "Lars Beck leitet das Stadtarchiv Talheim.")


def test_a_congress_centre_is_a_venue_not_an_organization(nlp: Language) -> None:
    assert org_names(nlp, "Die Tagung fand im Kongresszentrum Talheim statt.") == []


def test_a_cultural_centre_with_a_name_is_a_venue_no_organization(nlp: Language) -> None:
    assert org_names(nlp, "Das Konzert fand im Kulturzentrum Alte Weberei statt.") == []


def test_a_centre_for_a_topic_stays_an_organization(nlp: Language) -> None:
    assert org_names(nlp, "Das Zentrum für Wasserwirtschaft Talheim lud ein.") == [
        "Zentrum für Wasserwirtschaft Talheim"
    ]


def test_quoted_name_after_a_body_noun_is_the_body(nlp):
    assert org_names(nlp, "Der Verein „Hilfe für Nordtal“ sammelt Spenden für die Tafel.") == [
        "Verein „Hilfe für Nordtal“"
    ]


def test_quoted_name_after_an_inflected_body_noun_is_in_the_nominative(nlp):
    text = "Eva Lindner ist Sprecherin des Netzwerks „Frauen im Handwerk“."
    assert "Netzwerk „Frauen im Handwerk“" in org_names(nlp, text)


def test_firm_name_in_lower_case_after_its_article_with_its_legal_forms(nlp):
    text = "Die nordic textile GmbH & Co. KG eröffnet ein Lager."
    assert org_names(nlp, text) == ["nordic textile GmbH & Co. KG"]


def test_firm_name_in_lower_case_before_its_legal_form(nlp):
    assert org_names(nlp, "Sie arbeitet bei der nordic textile GmbH.") == ["nordic textile GmbH"]


def test_a_place_adjective_and_a_noun_of_the_kind_before_a_company_name_are_no_part_of_it(nlp):
    assert org_names(nlp, "Das Nordtaler Unternehmen Datenwerk expandiert.") == ["Datenwerk"]


def test_lower_case_name_after_a_trade_noun_closing_its_phrase(nlp):
    text = "Die Chefs der Einkaufskooperation nordic textile, Jan Roth und Eva Sand, sind zufrieden."
    assert org_names(nlp, text) == ["nordic textile"]


def test_a_noun_of_ownership_before_a_company_name_is_no_part_of_it(nlp):
    assert org_names(nlp, "Der Eigentümer Hudson’s Home verkauft Filialen.") == ["Hudson’s Home"]


def test_owner_and_sons_after_an_ampersand_name_a_firm(nlp):
    assert org_names(nlp, "Die Firma Peter Brenner & Söhne aus Nordtal liefert die Fenster.") == [
        "Peter Brenner & Söhne"
    ]


def test_initials_ampersand_co_and_legal_form_are_one_firm(nlp):
    assert org_names(nlp, "Die J.-P. Schmitz & Co. KG aus Nordtal baut das Dach.") == [
        "J.-P. Schmitz & Co. KG"
    ]


def test_two_common_nouns_joined_by_an_ampersand_are_no_firm(nlp):
    assert org_names(nlp, "Nach der Sitzung gab es Kaffee & Kuchen im Rathaus.") == []


def test_a_place_adjective_before_a_trade_noun_describes_a_company(nlp):
    assert org_names(nlp, "Der Investor übernimmt das Münchener Unternehmen zum Jahresende.") == []


def test_an_indefinite_article_before_adjectives_and_a_kind_names_no_body(nlp):
    assert org_names(nlp, "Die Datenwerk GmbH ist ein erfolgreiches IT Unternehmen aus Nordtal.") == [
        "Datenwerk GmbH"
    ]


def test_a_head_noun_after_an_attributive_adjective_inside_a_name_belongs_to_it(nlp):
    text = "Jana Roth, Leiterin des Referats Digitale Verwaltung im Kultusministerium, sprach."
    assert org_names(nlp, text) == ["Referat Digitale Verwaltung", "Kultusministerium"]


def test_a_name_does_not_end_in_an_attributive_adjective(nlp):
    assert org_names(nlp, "Die Stiftung Gute Arbeit hat eine Studie vorgelegt.") == ["Stiftung Gute Arbeit"]


def test_an_english_name_goes_on_after_of(nlp):
    assert org_names(nlp, "Sie arbeitet bei der Royal Bank of Northland.") == ["Royal Bank of Northland"]


def test_an_english_name_keeps_its_head_uninflected(nlp):
    assert org_names(nlp, "Das Institute for Coastal Studies lud ein.") == ["Institute for Coastal Studies"]


def test_a_place_name_in_an_organization_goes_on_with_its_river(nlp):
    assert org_names(nlp, "Die Stadt Ludwigshafen am Rhein lädt ein.") == ["Stadt Ludwigshafen am Rhein"]


def test_a_place_name_with_its_river_before_a_legal_form(nlp):
    assert org_names(nlp, "Das Klinikum Nordhausen am Rhein gGmbH erweitert.") == [
        "Klinikum Nordhausen am Rhein gGmbH"
    ]


def test_a_day_after_am_is_no_part_of_the_name(nlp):
    assert org_names(nlp, "Die Sparkasse Nordtal am Montag eröffnet.") == ["Sparkasse Nordtal"]


def test_a_firm_named_by_its_owner_und_soehne(nlp):
    assert org_names(nlp, "Die Firma Peter Krämer und Söhne feiert Jubiläum.") == ["Peter Krämer und Söhne"]


def test_und_sohn_before_a_name_is_a_son(nlp):
    assert org_names(nlp, "Jan Krämer und Sohn Tim kamen zum Fest.") == []


def test_an_adjective_and_a_head_capitalised_only_by_opening_a_headline_name_nothing(nlp):
    assert org_names(nlp, "Im Kreis: Neues Netzwerk gestartet\n\nDas Netzwerk startet.") == []


def test_a_body_after_a_sentence_opening_von_der_is_no_name_particle(nlp):
    assert org_names(nlp, "Von der Polizei Nordtal war Eva Stahl anwesend.") == ["Polizei Nordtal"]
    assert org_names(nlp, "Von der Polizei Andernach kamen zwei Beamte.") == ["Polizei Andernach"]


def test_plus_between_a_school_kind_and_its_place_is_part_of_the_name(nlp):
    assert org_names(nlp, "Die Realschule plus Nordtal feiert ihr Jubiläum.") == ["Realschule plus Nordtal"]


def test_plus_before_a_common_noun_joins_no_name(nlp):
    assert org_names(nlp, "Die Stadt plus Umland wächst.") == []


def test_a_credit_in_capitals_is_no_organization(nlp):
    assert org_names(nlp, "Die Brücke ist fertig.\nFoto PRIVAT") == []


def test_body_named_after_a_person_replaces_its_head_noun_found_alone(nlp: Language) -> None:
    doc = nlp("Die Stiftung Tanja Eckel arbeitet seit 2012 mit uns.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Stiftung Tanja Eckel", "ORG")]


def test_genitive_of_a_compound_ending_in_a_short_noun_is_named_in_the_nominative(nlp: Language) -> None:
    assert org_names(nlp, "Der Vorstand des Kreisfrauenrats Nordtal tagte.") == ["Kreisfrauenrat Nordtal"]


def test_genitive_of_a_noun_in_nis_drops_its_doubled_s(nlp: Language) -> None:
    assert org_names(nlp, "Die Sprecherin des Aktionsbündnisses Nordtal lobte den Plan.") == [
        "Aktionsbündnis Nordtal"
    ]


def test_two_places_joined_by_a_slash_end_one_name(nlp: Language) -> None:
    found = org_names(nlp, "Das Verbundkrankenhaus Nordtal/Südtal stellt ein.")
    assert found == ["Verbundkrankenhaus Nordtal/Südtal"]


def test_named_body_after_a_title_and_fuer_stays_an_organization(nlp: Language) -> None:
    found = org_names(nlp, "Eva Roth, Sprecherin für Amnesty International, sprach.")
    assert "Amnesty International" in found


def test_common_noun_and_a_brand_word_after_a_trade_noun_name_the_company(nlp: Language) -> None:
    assert org_names(nlp, "Die Firma Sensorik Labs hat Geld eingesammelt.") == ["Sensorik Labs"]


def test_truncated_compound_of_another_level_of_government_is_a_body_of_its_own(nlp: Language) -> None:
    doc = nlp("Eva Sand sitzt seit Jahren im Bezirks- und Kreistag.")
    assert [c.name for c in doc._.kg_orgs] == ["Bezirkstag", "Kreistag"]


def test_truncated_compound_of_two_kinds_of_one_school_stays_one_body(nlp: Language) -> None:
    doc = nlp("Die Grund- und Mittelschule Südtal feiert ihr Jubiläum.")
    assert [c.name for c in doc._.kg_orgs] == ["Grund- und Mittelschule Südtal"]


def test_a_headlines_new_before_a_body_noun_is_no_part_of_its_name(nlp: Language) -> None:
    assert org_names(nlp, "Neues Forschungszentrum für Wasserstoff in Südtal eröffnet") == [
        "Forschungszentrum für Wasserstoff"
    ]


def test_a_name_headed_by_a_portal_compound_is_no_organization(nlp: Language) -> None:
    assert org_names(nlp, "Über das Onlineportal Bürgerservice Nord lassen sich Anträge stellen.") == []


def test_a_credit_label_in_capitals_is_no_organization(nlp: Language) -> None:
    assert "FOTO" not in org_names(nlp, "Die neue Leiterin Eva Sand (FOTO: STADT NORDHEIM) stellte sich vor.")


def test_a_financial_abbreviation_in_capitals_is_no_organization(nlp: Language) -> None:
    assert org_names(nlp, "Der Umsatz stieg, das EBIT der Firma sank leicht.") == []


def test_two_names_joined_by_an_ampersand_after_a_noun_of_a_trade_are_one_firm(nlp):
    assert org_names(nlp, "Der Maschinenbauer Hoffmann & Kern baut ein neues Werk.") == ["Hoffmann & Kern"]


def test_a_representation_with_a_place_is_an_organization(nlp):
    text = "Die Landesvertretung Nordland in Berlin lud zum Empfang."
    assert org_names(nlp, text) == ["Landesvertretung Nordland"]


def test_a_party_in_the_dative_plural_in_a_list_without_article_is_an_organization(nlp):
    text = "Mit den Stimmen von CDU und Freien Wählern wurde der Plan beschlossen."
    assert "Freie Wähler" in org_names(nlp, text)
