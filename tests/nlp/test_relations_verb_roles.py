"""Roles stated by a verb: "X leitet das Amt", inversion after an adverbial, "übernimmt die Leitung"."""

from nlp.relations.testing import annotate, rules_only


def verb_roles(text, persons=(), orgs=()):
    doc = annotate(text, persons, orgs)
    return [(r.person.text, r.role_key, r.org_name) for r in doc._.kg_roles]


def rule_holders(nlp, text, with_role=False):
    """(person, organization) of each role the rules find on tagged text, or (person, role, organization)."""
    roles = rules_only(nlp, text)._.kg_roles
    if with_role:
        return [(r.person.text, r.role, r.org_name) for r in roles]
    return [(r.person.text, r.org_name) for r in roles]


def test_subject_leads_the_organization():
    found = verb_roles("Lena Ott leitet das Ordnungsamt.", ("Lena Ott",), ("Ordnungsamt",))
    assert found == [("Lena Ott", "leitung", "Ordnungsamt")]


def test_inverted_subject_after_an_adverbial():
    found = verb_roles("Seit März leitet Jonas Kern das Bauamt.", ("Jonas Kern",), ("Bauamt",))
    assert found == [("Jonas Kern", "leitung", "Bauamt")]


def test_taking_over_the_leadership():
    found = verb_roles("Ina Falk übernimmt die Leitung des Bauhofs.", ("Ina Falk",), ("Bauhofs",))
    assert found == [("Ina Falk", "leitung", "Bauhofs")]


def test_taking_over_a_compound_office_noun():
    doc = annotate(
        "Ina Falk übernimmt die Schulleitung der Grundschule Nordheim.",
        ("Ina Falk",),
        ("Grundschule Nordheim",),
    )
    assert [(r.person.text, r.role, r.role_key, r.org_name) for r in doc._.kg_roles] == [
        ("Ina Falk", "Schulleitung", "schulleitung", "Grundschule Nordheim")
    ]


def test_taking_over_the_office_the_entities_read_as_a_unit_is_held_at_its_parent(nlp):
    found = rule_holders(nlp, "Ina Falk übernimmt die Direktion des Stadtmuseums Nordheim.", with_role=True)
    assert found == [("Ina Falk", "Direktion", "Stadtmuseum Nordheim")]


def test_taking_over_an_office_noun_after_an_adjective(nlp):
    found = rule_holders(
        nlp, "Timo Hahn übernimmt die kaufmännische Leitung der Brauerei Nordheim.", with_role=True
    )
    assert found == [("Timo Hahn", "kaufmännische Leitung", "Brauerei Nordheim")]


def test_a_masculine_office_nouns_adjective_in_the_nominative(nlp):
    found = rule_holders(
        nlp, "Rita Vogt übernimmt den kommissarischen Vorsitz des Sportbunds Nordheim.", with_role=True
    )
    assert found == [("Rita Vogt", "kommissarischer Vorsitz", "Sportbund Nordheim")]


def test_infinitive_of_leading_after_a_modal_closing_the_clause(nlp):
    found = rule_holders(nlp, "Tim Roth soll die Stadtbibliothek Nordheim künftig leiten.")
    assert found == [("Tim Roth", "Stadtbibliothek Nordheim")]


def test_infinitive_of_leading_with_the_body_in_the_forefield_and_the_person_after_the_auxiliary(nlp):
    found = rule_holders(nlp, "Die Stadtbibliothek Nordheim wird ab Mai Tim Roth leiten.")
    assert found == [("Tim Roth", "Stadtbibliothek Nordheim")]


def test_fronted_infinitive_of_leading_before_its_auxiliary(nlp):
    found = rule_holders(nlp, "Führen wird den Sportbund Nordheim der Jurist Tim Roth.")
    assert ("Tim Roth", "Sportbund Nordheim") in found


def test_leading_a_meeting_of_a_body_in_the_future_is_no_role_in_it(nlp):
    assert rule_holders(nlp, "Tim Roth wird die Sitzung des Kreistags Nordheim leiten.") == []


def test_taking_over_an_office_with_the_infinitive_after_a_modal(nlp):
    found = rule_holders(nlp, "Ida Kern soll im Juni den Vorsitz des Heimatvereins Nordheim übernehmen.")
    assert found == [("Ida Kern", "Heimatverein Nordheim")]


def test_fronted_office_taken_with_the_infinitive_after_the_future_auxiliary(nlp):
    found = rule_holders(nlp, "Die Leitung der Stadtbibliothek Nordheim wird Ida Kern übernehmen.")
    assert found == [("Ida Kern", "Stadtbibliothek Nordheim")]


def test_taking_over_costs_after_a_future_auxiliary_is_no_office(nlp):
    assert rule_holders(nlp, "Ida Kern wird die Kosten der Stadtbibliothek Nordheim übernehmen.") == []


def test_participle_of_leading_after_the_perfect_auxiliary(nlp):
    found = rule_holders(nlp, "Ida Kern hat zwanzig Jahre lang die Stadtbibliothek Nordheim geleitet.")
    assert found == [("Ida Kern", "Stadtbibliothek Nordheim")]


def test_leading_a_meeting_in_the_perfect_is_no_role_in_the_body(nlp):
    assert rule_holders(nlp, "Ida Kern hat die Sitzung des Kreistags Nordheim geleitet.") == []


def test_pronoun_subject_of_the_future_auxiliary_of_leading(nlp):
    text = "Ida Kern kommt aus Trier. Ab Mai soll sie die Stadtbibliothek Nordheim leiten."
    assert rule_holders(nlp, text) == [("Ida Kern", "Stadtbibliothek Nordheim")]


def test_plural_pronoun_subject_of_the_future_auxiliary_names_nobody(nlp):
    text = "Ida Kern und Jan Ott kommen aus Trier. Sie werden die Stadtbibliothek Nordheim leiten."
    assert rule_holders(nlp, text) == []


def test_leading_a_discussion_is_no_role_in_the_speakers_organization():
    text = "Die Diskussion leitete Ole Lind vom Städtetag."
    assert verb_roles(text, ("Ole Lind",), ("Städtetag",)) == []


def test_leading_without_an_organization_is_no_role():
    assert verb_roles("Lena Ott leitet die Sitzung.", ("Lena Ott",)) == []


def test_pronoun_subject_stands_for_the_last_person_of_its_gender():
    text = "Jonas Kern traf Lena Ott. Seit Mai leitet sie das Bauamt."
    assert verb_roles(text, ("Jonas Kern", "Lena Ott"), ("Bauamt",)) == [("Lena Ott", "leitung", "Bauamt")]


def test_plural_pronoun_subject_is_left_alone():
    text = "Jonas Kern und Lena Ott kamen. Gemeinsam leiten sie das Bauamt."
    assert verb_roles(text, ("Jonas Kern", "Lena Ott"), ("Bauamt",)) == []


def test_coordinated_subjects_of_a_plural_verb_each_lead():
    found = verb_roles("Lena Ott und Jonas Kern leiten das Bauamt.", ("Lena Ott", "Jonas Kern"), ("Bauamt",))
    assert sorted(found) == [("Jonas Kern", "leitung", "Bauamt"), ("Lena Ott", "leitung", "Bauamt")]


def test_coordinated_subjects_with_academic_titles_each_lead():
    found = verb_roles(
        "Dr. Lena Ott und Dr. Jonas Kern leiten das Bauamt.", ("Lena Ott", "Jonas Kern"), ("Bauamt",)
    )
    assert sorted(found) == [("Jonas Kern", "leitung", "Bauamt"), ("Lena Ott", "leitung", "Bauamt")]


def test_passive_agents_with_academic_titles_each_lead():
    text = "Das Bauamt wird von Dr. Lena Ott und Prof. Jonas Kern geleitet."
    found = verb_roles(text, ("Lena Ott", "Jonas Kern"), ("Bauamt",))
    assert sorted(found) == [("Jonas Kern", "leitung", "Bauamt"), ("Lena Ott", "leitung", "Bauamt")]


def test_a_singular_verb_leaves_the_first_of_two_names_out():
    found = verb_roles(
        "Lena Ott dankte, und Jonas Kern leitet das Bauamt.", ("Lena Ott", "Jonas Kern"), ("Bauamt",)
    )
    assert found == [("Jonas Kern", "leitung", "Bauamt")]


def test_relative_clause_with_the_verb_last():
    text = "Es sprach Lena Ott, die seit Mai das Bauamt leitet."
    found = verb_roles(text, ("Lena Ott",), ("Bauamt",))
    assert found == [("Lena Ott", "leitung", "Bauamt")]


def test_passive_with_the_leader_as_agent():
    found = verb_roles(
        "Das Bauamt Nord wird seit Mai von Lena Ott geleitet.", ("Lena Ott",), ("Bauamt Nord",)
    )
    assert found == [("Lena Ott", "leitung", "Bauamt Nord")]


def test_organization_fronted_before_the_verb_with_the_leader_after_it():
    found = verb_roles("Das Bauamt Nord leitet seit Mai Lena Ott.", ("Lena Ott",), ("Bauamt Nord",))
    assert found == [("Lena Ott", "leitung", "Bauamt Nord")]


def test_subject_before_an_apposition_that_ends_before_the_verb():
    found = verb_roles(
        "Jan Roth, bisher Stellvertreter, leitet nun das Ordnungsamt Nordheim.",
        ("Jan Roth",),
        ("Ordnungsamt Nordheim",),
    )
    assert ("Jan Roth", "leitung", "Ordnungsamt Nordheim") in found


def test_apposition_with_another_person_is_no_way_to_the_subject():
    found = verb_roles(
        "Jan Roth, der Bruder von Eva Alt, leitet das Ordnungsamt Nordheim.",
        ("Jan Roth", "Eva Alt"),
        ("Ordnungsamt Nordheim",),
    )
    assert found == []


def test_fronted_office_that_lies_with_a_person():
    found = verb_roles(
        "Die Geschäftsführung des Vereins Nordlicht liegt bei Eva Sand.",
        ("Eva Sand",),
        ("Vereins Nordlicht",),
    )
    assert found == [("Eva Sand", "geschaeftsfuehrung", "Vereins Nordlicht")]


def test_fronted_office_that_lies_with_a_person_from_a_date():
    doc = annotate(
        "Die Leitung des Vereins Nordlicht liegt ab März bei Eva Sand.", ("Eva Sand",), ("Vereins Nordlicht",)
    )
    assert [(r.person.text, r.role_key, r.org_name, r.time) for r in doc._.kg_roles] == [
        ("Eva Sand", "leitung", "Vereins Nordlicht", "ab März")
    ]


def test_fronted_office_that_a_person_takes_over():
    found = verb_roles(
        "Die Leitung der Volkshochschule Nordheim hat Eva Sand übernommen.",
        ("Eva Sand",),
        ("Volkshochschule Nordheim",),
    )
    assert found == [("Eva Sand", "leitung", "Volkshochschule Nordheim")]


def test_fronted_office_that_lies_in_a_person_s_hands():
    found = verb_roles(
        "Die Leitung der Kita Nordlicht liegt künftig in den Händen von Eva Sand.",
        ("Eva Sand",),
        ("Kita Nordlicht",),
    )
    assert found == [("Eva Sand", "leitung", "Kita Nordlicht")]


def test_fronted_office_of_a_body_of_the_organization():
    found = verb_roles(
        "Den Vorsitz des Kuratoriums der Stiftung Nordlicht übernimmt Eva Sand.",
        ("Eva Sand",),
        ("Stiftung Nordlicht",),
    )
    assert found == [("Eva Sand", "vorsitz", "Stiftung Nordlicht")]


def test_fronted_office_that_lies_in_a_bad_state_is_no_role():
    found = verb_roles("Die Leitung der Kita Nordlicht liegt im Argen.", (), ("Kita Nordlicht",))
    assert found == []


def test_fronted_office_without_its_body_is_no_role():
    assert verb_roles("Den Vorsitz übernahm Eva Sand.", ("Eva Sand",)) == []


def test_organization_under_the_leadership_of_a_person():
    found = verb_roles(
        "Erarbeitet hat sie das Amt für Digitalisierung unter der Leitung von Carola Winkler.",
        ("Carola Winkler",),
        ("Amt für Digitalisierung",),
    )
    assert found == [("Carola Winkler", "leitung", "Amt für Digitalisierung")]


def test_leading_a_unit_past_the_place_where_it_is():
    found = verb_roles(
        "Jana Weiß leitet am Institut für Geographie die Arbeitsgruppe Stadtklima.",
        ("Jana Weiß",),
        ("Institut für Geographie", "Arbeitsgruppe Stadtklima"),
    )
    assert found == [("Jana Weiß", "leitung", "Arbeitsgruppe Stadtklima")]


def test_fronted_passive_participle_of_leading():
    found = verb_roles(
        "Geleitet wird die Volkshochschule Nordheim von Eva Sand.",
        ("Eva Sand",),
        ("Volkshochschule Nordheim",),
    )
    assert found == [("Eva Sand", "leitung", "Volkshochschule Nordheim")]


def test_person_at_the_head_of_an_organization():
    found = verb_roles(
        "An der Spitze des Vereins Nordlicht steht seit 2020 Eva Sand.", ("Eva Sand",), ("Vereins Nordlicht",)
    )
    assert found == [("Eva Sand", "leitung", "Vereins Nordlicht")]


def test_relative_clause_with_a_time_phrase_between_the_organization_and_the_verb():
    text = "Lena Ott, die das Jugendhaus Südtal seit 2012 leitet, lud ein."
    assert verb_roles(text, ("Lena Ott",), ("Jugendhaus Südtal",)) == [
        ("Lena Ott", "leitung", "Jugendhaus Südtal")
    ]


def test_relative_pronoun_as_object_takes_up_the_led_organization():
    text = "Das Jugendhaus Südtal, das Lena Ott seit 2012 leitet, feiert."
    assert verb_roles(text, ("Lena Ott",), ("Jugendhaus Südtal",)) == [
        ("Lena Ott", "leitung", "Jugendhaus Südtal")
    ]


def test_masculine_object_relative_pronoun_takes_up_the_led_organization():
    text = "Sie arbeitet im Fachbereich Soziales, den Lena Ott seit 2012 leitet."
    assert verb_roles(text, ("Lena Ott",), ("Fachbereich Soziales",)) == [
        ("Lena Ott", "leitung", "Fachbereich Soziales")
    ]


def test_masculine_object_relative_pronoun_after_a_name_makes_no_leader(nlp):
    assert rule_holders(nlp, "Wir trafen Lena Ott, den der Verein seit 2012 leitet.") == []


def test_relative_clause_moved_behind_the_participle_takes_up_the_organization_before_it(nlp):
    text = "Die Stelle ist im Jugendamt Südtal angesiedelt, das Lena Ott seit 2012 leitet."
    assert rule_holders(nlp, text) == [("Lena Ott", "Jugendamt Südtal")]


def test_passive_relative_clause_moved_behind_the_participle_takes_up_the_organization(nlp):
    text = "Die Stelle ist im Jugendamt Südtal angesiedelt, das von Lena Ott geleitet wird."
    assert rule_holders(nlp, text) == [("Lena Ott", "Jugendamt Südtal")]


def test_a_relative_clause_behind_the_participle_takes_up_the_person_before_it(nlp):
    text = "Für 40 Jahre Mitgliedschaft wurde Jan Ott geehrt, der den Sportverein Südtal lange leitete."
    assert rule_holders(nlp, text) == [("Jan Ott", "Sportverein Südtal")]


def test_a_relative_clause_leading_a_unit_of_a_body_leads_in_that_body(nlp):
    text = "Es sprach Lena Ott, die die Notaufnahme des Klinikums Südtal seit 2019 leitet."
    assert rule_holders(nlp, text) == [("Lena Ott", "Klinikum Südtal")]


def test_relative_clause_in_the_perfect_tense():
    text = "Ina Falk folgt auf Jonas Kern, der die Musikschule Südtal bis 2020 geleitet hat."
    found = verb_roles(text, ("Ina Falk", "Jonas Kern"), ("Musikschule Südtal",))
    assert found == [("Jonas Kern", "leitung", "Musikschule Südtal")]


def test_fuehren_with_an_organization_as_object_states_leadership():
    text = "Jonas Kern führt seit 2010 die Stadtwerke Südtal."
    assert verb_roles(text, ("Jonas Kern",), ("Stadtwerke Südtal",)) == [
        ("Jonas Kern", "leitung", "Stadtwerke Südtal")
    ]


def test_fuehren_through_a_place_is_no_leadership():
    text = "Jonas Kern führte die Gäste durch das Museum Südtal."
    assert verb_roles(text, ("Jonas Kern",), ("Museum Südtal",)) == []


def test_the_one_person_of_a_clause_with_an_der_spitze_heads_the_body():
    text = "Jonas Kern steht seit 2019 an der Spitze des Vereins Lesezeit."
    assert verb_roles(text, ("Jonas Kern",), ("Vereins Lesezeit",)) == [
        ("Jonas Kern", "leitung", "Vereins Lesezeit")
    ]


def test_stepping_an_die_spitze_of_a_body_heads_it():
    text = "Lena Ott tritt im Mai an die Spitze der Stadtwerke Südtal."
    assert verb_roles(text, ("Lena Ott",), ("Stadtwerke Südtal",)) == [
        ("Lena Ott", "leitung", "Stadtwerke Südtal")
    ]


def test_an_der_spitze_in_a_relative_clause_names_its_antecedent():
    text = "Lena Ott dankte Jonas Kern, der lange an der Spitze der Stadtwerke Südtal stand."
    found = verb_roles(text, ("Lena Ott", "Jonas Kern"), ("Stadtwerke Südtal",))
    assert found == [("Jonas Kern", "leitung", "Stadtwerke Südtal")]


def test_an_der_spitze_with_a_pronoun_subject_names_the_person_it_stands_for(nlp):
    text = "Lena Ott kennt die Stadt. Seit 2019 steht sie an der Spitze der Stadtwerke Südtal."
    assert rule_holders(nlp, text) == [("Lena Ott", "Stadtwerke Südtal")]


def test_an_der_spitze_in_an_apposition_names_the_person_before_it():
    text = "Lena Ott, seit 2019 an der Spitze der Stadtwerke Südtal, eröffnete die Messe."
    found = verb_roles(text, ("Lena Ott",), ("Stadtwerke Südtal",))
    assert found == [("Lena Ott", "leitung", "Stadtwerke Südtal")]


def test_age_in_brackets_between_the_subject_and_its_verb():
    found = verb_roles("Lena Ott (45) leitet das Ordnungsamt.", ("Lena Ott",), ("Ordnungsamt",))
    assert found == [("Lena Ott", "leitung", "Ordnungsamt")]


def test_passive_agent_after_a_title():
    text = "Das Bauamt wird seit Mai von Landrätin Lena Ott geleitet."
    found = verb_roles(text, ("Lena Ott",), ("Bauamt",))
    assert ("Lena Ott", "leitung", "Bauamt") in found


def test_a_verb_of_leading_after_und_shares_the_subject_that_opens_the_sentence(nlp):
    text = "Der 52-jährige Tim Ost ist Ingenieur und leitet seit 2010 das Bauamt Nordtal."
    doc = rules_only(nlp, text)
    assert ("Tim Ost", "Bauamt Nordtal") in [(r.person.text, r.org_name) for r in doc._.kg_roles]


def test_a_verb_of_leading_after_und_has_no_subject_when_another_person_is_named_before(nlp):
    doc = rules_only(nlp, "Tim Ost lobte Eva Sand und leitet das Bauamt Nordtal.")
    assert [(r.person.text, r.org_name) for r in doc._.kg_roles] == []


def test_managing_the_business_of_a_body_is_its_management():
    found = verb_roles(
        "Seit Mai führt Eva Sand die Geschäfte der Wasserwerke Nordheim.",
        ("Eva Sand",),
        ("Wasserwerke Nordheim",),
    )
    assert found == [("Eva Sand", "geschaeftsfuehrung", "Wasserwerke Nordheim")]


def test_fronted_business_of_a_body_and_the_manager_after_the_verb():
    found = verb_roles(
        "Die Geschäfte der Wasserwerke Nordheim führt künftig Eva Sand.",
        ("Eva Sand",),
        ("Wasserwerke Nordheim",),
    )
    assert found == [("Eva Sand", "geschaeftsfuehrung", "Wasserwerke Nordheim")]


def test_relative_clause_with_a_place_before_the_verb(nlp):
    text = "Es sprach Lena Ott, die die Arbeitsgruppe Bodenkunde am Institut in Südtal leitet."
    found = [(r.person.text, r.role_key, r.org_name) for r in rules_only(nlp, text)._.kg_roles]
    assert ("Lena Ott", "leitung", "Arbeitsgruppe Bodenkunde") in found


def test_founding_a_body_makes_the_subject_its_founder():
    found = verb_roles("Eva Sand gründete die Datenwerk GmbH in Trier.", ("Eva Sand",), ("Datenwerk GmbH",))
    assert found == [("Eva Sand", "gruendung", "Datenwerk GmbH")]


def test_founded_body_named_after_a_noun_of_its_kind():
    found = verb_roles("Eva Sand gründete 2019 die Firma Datenwerk.", ("Eva Sand",), ("Datenwerk",))
    assert found == [("Eva Sand", "gruendung", "Datenwerk")]


def test_passive_founding_by_two_names_makes_both_founders():
    found = verb_roles(
        "Die Datenwerk GmbH wurde 2019 von Eva Sand und Jan Roth gegründet.",
        ("Eva Sand", "Jan Roth"),
        ("Datenwerk GmbH",),
    )
    assert sorted(found) == [
        ("Eva Sand", "gruendung", "Datenwerk GmbH"),
        ("Jan Roth", "gruendung", "Datenwerk GmbH"),
    ]


def test_founder_is_printed_in_her_gender(nlp):
    roles = rules_only(nlp, "Eva Sand gründete 2019 die Datenwerk GmbH.")._.kg_roles
    assert [r.role for r in roles] == ["Gründerin"]


def test_leading_the_company_refers_to_the_articles_one_company(nlp):
    text = "Die Datenwerk GmbH baut aus. Seit 2010 leitet Eva Sand das Unternehmen."
    roles = rules_only(nlp, text)._.kg_roles
    assert [(r.person.text, r.role_key, r.org_name) for r in roles] == [
        ("Eva Sand", "leitung", "Datenwerk GmbH")
    ]


def test_relative_clause_leading_the_company_refers_to_the_articles_one_company(nlp):
    text = "Die Datenwerk GmbH baut aus. Eva Sand, die das Unternehmen in zweiter Generation führt, lud ein."
    roles = rules_only(nlp, text)._.kg_roles
    assert [(r.person.text, r.org_name) for r in roles] == [("Eva Sand", "Datenwerk GmbH")]


def test_leading_a_kind_the_article_names_twice_refers_to_none(nlp):
    text = "Der Turnverein Nordheim und der Sportverein Südtal feiern. Jan Roth leitet den Verein."
    assert rules_only(nlp, text)._.kg_roles == []


def test_fronted_object_with_its_seat_before_the_verb_of_leading(nlp):
    roles = rules_only(nlp, "Die SPD-Fraktion im Kreistag Nordheim führt Jan Roth.")._.kg_roles
    assert [(r.person.text, r.org_name) for r in roles] == [("Jan Roth", "SPD-Fraktion")]


def test_fronted_object_with_an_adverb_and_a_title_before_the_subject(nlp):
    roles = rules_only(nlp, "Das Ordnungsamt Nordheim leitet künftig Dr. Jan Roth.")._.kg_roles
    assert [(r.person.text, r.org_name) for r in roles] == [("Jan Roth", "Ordnungsamt Nordheim")]


def test_fronted_object_of_a_clause_after_a_colon(nlp):
    roles = rules_only(nlp, "Die Verwaltung wird neu geordnet: Das Ordnungsamt leitet Jan Roth.")._.kg_roles
    assert [(r.person.text, r.org_name) for r in roles] == [("Jan Roth", "Ordnungsamt")]


def test_taking_an_office_at_a_body_named_in_a_fronted_bei_phrase():
    text = "Beim Sportverein Talheim hat Lars Beck den Vorsitz übernommen."
    found = verb_roles(text, ("Lars Beck",), ("Sportverein Talheim",))
    assert found == [("Lars Beck", "vorsitz", "Sportverein Talheim")]


def test_taking_an_office_at_the_one_body_of_a_lead_before_a_colon():
    text = "Der Chor Talheim hat eine neue Spitze: Lars Beck übernimmt ab sofort die Leitung."
    found = verb_roles(text, ("Lars Beck",), ("Chor Talheim",))
    assert found == [("Lars Beck", "leitung", "Chor Talheim")]


def test_an_office_taken_with_a_body_of_its_own_is_not_the_leads():
    text = "Der Chor Talheim hat eine neue Spitze: Lars Beck übernimmt die Leitung der Musikschule Nordtal."
    found = verb_roles(text, ("Lars Beck",), ("Chor Talheim", "Musikschule Nordtal"))
    assert found == [("Lars Beck", "leitung", "Musikschule Nordtal")]


def test_called_to_a_chair_by_the_body_before_the_finite_verb(nlp):
    roles = rules_only(
        nlp, "Die Hochschule Nordtal hat Eva Sand auf die Professur für Geschichte berufen."
    )._.kg_roles
    assert [(r.person.text, r.role_key, r.org_name) for r in roles] == [
        ("Eva Sand", "professur", "Hochschule Nordtal")
    ]


def test_called_to_a_chair_at_the_body_after_its_discipline(nlp):
    text = "Eva Sand wurde auf die Professur für Öffentliche Verwaltung an der Hochschule Nordtal berufen."
    roles = rules_only(nlp, text)._.kg_roles
    assert [(r.person.text, r.role_key, r.org_name) for r in roles] == [
        ("Eva Sand", "professur", "Hochschule Nordtal")
    ]


def test_a_pronoun_beside_the_auxiliary_of_a_call_to_a_chair_holds_it(nlp):
    text = "Eva Sand kam 2019. Nun wurde sie auf die Professur für Physik an der Hochschule Nordtal berufen."
    roles = rules_only(nlp, text)._.kg_roles
    assert [(r.person.text, r.role_key, r.org_name) for r in roles] == [
        ("Eva Sand", "professur", "Hochschule Nordtal")
    ]


def test_the_call_noun_ruf_before_auf_and_the_chair(nlp):
    text = "Eva Sand hat den Ruf auf die W2-Professur für Geschichte am Institut Nordtal angenommen."
    roles = rules_only(nlp, text)._.kg_roles
    assert [(r.person.text, r.role_key, r.org_name) for r in roles] == [
        ("Eva Sand", "professur", "Institut Nordtal")
    ]


def test_a_chief_physicians_title_before_the_subject_of_leading_is_the_office(nlp):
    text = "Das Klinikum Nordheim wächst. Chefärztin Dr. Eva Sand leitet die Klinik für Chirurgie."
    roles = rules_only(nlp, text)._.kg_roles
    assert [(r.person.text, r.role, r.org_name) for r in roles] == [
        ("Eva Sand", "Chefärztin", "Klinik für Chirurgie")
    ]


def test_entrusted_with_an_office_of_a_body_in_its_genitive(nlp):
    text = "Die Stadt Nordheim hat Eva Sand mit der Leitung des Bauamts Nordheim betraut."
    roles = rules_only(nlp, text)._.kg_roles
    found = [(r.person.text, r.role_key, r.org_name) for r in roles]
    assert found == [("Eva Sand", "leitung", "Bauamt Nordheim")]


def test_attributive_participle_between_its_agent_and_the_organization():
    text = "Das von Lena Ott geleitete Bauamt Nordtal prüft den Antrag."
    found = verb_roles(text, ("Lena Ott",), ("Bauamt Nordtal",))
    assert found == [("Lena Ott", "leitung", "Bauamt Nordtal")]


def test_attributive_participle_before_a_kind_and_the_name(nlp):
    doc = rules_only(nlp, "Die 1990 von Jonas Kern gegründete Firma Kern Bau GmbH feiert Jubiläum.")
    assert [(r.person.text, r.role_key, r.org_name) for r in doc._.kg_roles] == [
        ("Jonas Kern", "gruendung", "Kern Bau GmbH")
    ]


def test_participle_phrase_after_the_organization():
    text = "Das Bauamt Nordtal, geleitet von Dr. Lena Ott, prüft den Antrag."
    found = verb_roles(text, ("Lena Ott",), ("Bauamt Nordtal",))
    assert found == [("Lena Ott", "leitung", "Bauamt Nordtal")]


def test_a_title_after_als_names_the_function_the_verb_holds_in_its_object(nlp):
    doc = rules_only(nlp, "Lena Ott leitet das Bauamt Nordtal seit Mai als kommissarische Amtsleiterin.")
    assert [(r.person.text, r.role, r.org_name) for r in doc._.kg_roles] == [
        ("Lena Ott", "kommissarische Amtsleiterin", "Bauamt Nordtal")
    ]


def test_leading_a_unit_named_by_a_common_noun_is_leading_in_the_body_of_its_genitive(nlp):
    doc = rules_only(nlp, "Eva Sand leitet die Notaufnahme des Klinikums Nordtal.")
    assert [(r.person.text, r.role_key, r.org_name) for r in doc._.kg_roles] == [
        ("Eva Sand", "leitung", "Klinikum Nordtal")
    ]


def test_leading_an_action_of_a_body_is_no_role_in_it(nlp):
    doc = rules_only(nlp, "Eva Sand leitete die Sitzung des Kreistags Nordtal.")
    assert doc._.kg_roles == []


def test_leading_with_a_separable_particle_is_no_leading(nlp):
    doc = rules_only(nlp, "Eva Sand führte die Liste des Vereins Nordtal an.")
    assert doc._.kg_roles == []


def test_leading_people_of_a_body_is_no_role_in_it(nlp):
    doc = rules_only(nlp, "Eva Sand führte die Gäste des Vereins Nordtal durch das Haus.")
    assert doc._.kg_roles == []


def test_holding_an_academic_post_at_the_place_after_its_field(nlp):
    text = "Seit Mai hat Eva Sand die W3-Professur für Physik an der Universität Nordtal inne."
    doc = rules_only(nlp, text)
    assert [(r.person.text, r.role_key, r.org_name) for r in doc._.kg_roles] == [
        ("Eva Sand", "professur", "Universität Nordtal")
    ]


def test_head_of_the_body_a_bare_genitive_noun_refers_to(nlp):
    text = "Der Turnverein Nordtal hat gewählt. Die Mitglieder wählten Tom Rau an die Spitze des Vereins."
    found = rule_holders(nlp, text, with_role=True)
    assert found == [("Tom Rau", "Leitung", "Turnverein Nordtal")]


def test_the_wehr_refers_to_the_articles_fire_brigade(nlp):
    text = "Die Freiwillige Feuerwehr Nordtal hat gewählt. Tom Rau leitet künftig die Wehr."
    found = rule_holders(nlp, text)
    assert found == [("Tom Rau", "Freiwillige Feuerwehr Nordtal")]


def test_passive_of_leading_with_a_noun_referring_to_the_articles_body(nlp):
    text = "Das Zentrum für Bodenkunde Nordtal zieht um. Das Zentrum wird von Ida Wolf geleitet."
    found = rule_holders(nlp, text)
    assert found == [("Ida Wolf", "Zentrum für Bodenkunde Nordtal")]


def test_fronted_passive_of_leading_with_a_noun_referring_to_the_articles_body(nlp):
    text = "Das Zentrum für Bodenkunde Nordtal zieht um. Geleitet wird das Zentrum von Ida Wolf."
    found = rule_holders(nlp, text)
    assert found == [("Ida Wolf", "Zentrum für Bodenkunde Nordtal")]


def test_fronted_passive_of_leading_with_a_pronoun_for_the_body_named_before(nlp):
    text = "Die Stadt Nordtal hat eine Stabsstelle Klima eingerichtet. Geleitet wird sie von Ida Wolf."
    assert rule_holders(nlp, text) == [("Ida Wolf", "Stabsstelle Klima")]


def test_passive_of_leading_with_a_pronoun_subject_for_the_body_named_before(nlp):
    text = "Der Verein Nordtal ist neu. Er wird von Ida Wolf geleitet."
    assert rule_holders(nlp, text) == [("Ida Wolf", "Verein Nordtal")]


def test_passive_of_leading_with_a_pronoun_after_a_person_of_its_gender_names_no_body(nlp):
    text = "Die Stadt Nordtal hat Eva Sand eingestellt. Sie wird von Ida Wolf geleitet."
    assert rule_holders(nlp, text) == []


def test_passive_of_leading_with_a_noun_of_no_body_names_no_head(nlp):
    text = "Das Zentrum für Bodenkunde Nordtal zieht um. Das Projekt wird von Ida Wolf geleitet."
    assert rules_only(nlp, text)._.kg_roles == []


def test_coordinated_subjects_after_the_verb_of_leading_both_lead(nlp):
    text = "Seit Oktober leiten Ida Wolf und Tom Rau gemeinsam den Caritasverband Nordtal."
    found = rule_holders(nlp, text)
    assert found == [("Ida Wolf", "Caritasverband Nordtal"), ("Tom Rau", "Caritasverband Nordtal")]


def test_persons_after_gemeinsam_mit_lead_the_object_with_the_subject():
    text = "Lena Ott leitet gemeinsam mit Jonas Kern und Ina Falk das Bauamt."
    found = verb_roles(text, ("Lena Ott", "Jonas Kern", "Ina Falk"), ("Bauamt",))
    assert sorted(found) == [
        ("Ina Falk", "leitung", "Bauamt"),
        ("Jonas Kern", "leitung", "Bauamt"),
        ("Lena Ott", "leitung", "Bauamt"),
    ]


def test_an_inverted_subject_and_a_person_after_zusammen_mit_hold_an_office_object(nlp):
    text = "Seit Mai führt Lena Ott zusammen mit Jonas Kern die Geschäfte der Nordwerk GmbH."
    assert sorted(rule_holders(nlp, text)) == [("Jonas Kern", "Nordwerk GmbH"), ("Lena Ott", "Nordwerk GmbH")]


def test_a_head_title_before_the_agent_of_a_passive_of_leading_is_the_office_held(nlp):
    text = "Das Amtsgericht Südtal wird seit Mai von Direktorin Lena Ott geführt."
    assert rule_holders(nlp, text, with_role=True) == [("Lena Ott", "Direktorin", "Amtsgericht Südtal")]


def test_the_agent_of_a_passive_of_leading_after_an_article_and_an_adjective_of_its_title(nlp):
    text = "Das Amtsgericht Südtal wird von der kommissarischen Direktorin Lena Ott geleitet."
    found = rule_holders(nlp, text, with_role=True)
    assert found == [("Lena Ott", "kommissarische Direktorin", "Amtsgericht Südtal")]


def test_a_head_title_before_the_subject_of_a_verb_of_leading_is_the_office_held(nlp):
    text = "Direktorin Lena Ott leitet das Amtsgericht Südtal."
    assert rule_holders(nlp, text, with_role=True) == [("Lena Ott", "Direktorin", "Amtsgericht Südtal")]


def test_another_title_before_the_agent_of_a_passive_of_leading_stays_apart_from_the_office(nlp):
    text = "Das Ordnungsamt Südtal wird von Bürgermeister Jonas Kern geleitet."
    found = rule_holders(nlp, text, with_role=True)
    assert ("Jonas Kern", "Leitung", "Ordnungsamt Südtal") in found


def test_a_predecessor_takes_the_office_a_verb_of_leading_states_for_the_successor(nlp):
    text = "Das Amtsgericht Südtal wird von Direktorin Lena Ott geführt. Sie folgt auf Jonas Kern."
    found = rule_holders(nlp, text, with_role=True)
    assert ("Jonas Kern", "Direktor", "Amtsgericht Südtal") in found


def test_a_successor_after_a_verbless_lead_at_the_top_of_a_body_heads_it_and_the_predecessor_did(nlp):
    text = "Wechsel an der Spitze der Sparkasse Südtal: Lena Ott löst Jonas Kern ab."
    expected = [("Jonas Kern", "Sparkasse Südtal"), ("Lena Ott", "Sparkasse Südtal")]
    assert sorted(rule_holders(nlp, text)) == expected


def test_the_title_after_als_between_the_agent_and_a_passive_of_leading_is_the_office_held(nlp):
    text = "Das Klinikum Südtal wird seit Mai von Jonas Kern als Ärztlichem Direktor geführt."
    found = rule_holders(nlp, text, with_role=True)
    assert found == [("Jonas Kern", "Ärztlicher Direktor", "Klinikum Südtal")]


def test_a_head_title_of_one_subject_gives_its_key_to_no_other_subject(nlp):
    doc = rules_only(nlp, "Direktorin Lena Ott und Jonas Kern leiten das Amtsgericht Südtal.")
    keys = {(r.person.text, r.role_key) for r in doc._.kg_roles if r.org_name}
    assert keys == {("Lena Ott", "direktion"), ("Jonas Kern", "leitung")}


def test_coordinated_subjects_after_a_fronted_an_der_spitze_and_a_plural_verb_all_head_the_body(nlp):
    text = "An der Spitze der Nordwerk GmbH stehen Ida Wolf und Jan Ott."
    assert rule_holders(nlp, text) == [("Ida Wolf", "Nordwerk GmbH"), ("Jan Ott", "Nordwerk GmbH")]


def test_coordinated_inverted_subjects_of_a_plural_verb_an_der_spitze_all_head_the_body(nlp):
    text = "Seit Mai stehen Ida Wolf und Jan Ott an der Spitze der Nordwerk GmbH."
    assert rule_holders(nlp, text) == [("Ida Wolf", "Nordwerk GmbH"), ("Jan Ott", "Nordwerk GmbH")]


def test_a_fronted_adverb_of_a_former_time_dates_a_verb_s_office(nlp):
    roles = rules_only(nlp, "Ida Wolf kam. Zuvor leitete sie das Bauamt Nordtal.")._.kg_roles
    assert [(r.org_name, r.time) for r in roles] == [("Bauamt Nordtal", "ehemalig")]


def test_an_adverb_after_a_comma_does_not_date_the_next_clause_s_office(nlp):
    roles = rules_only(nlp, "Bisher war alles gut, nun leitet Ida Wolf das Bauamt Nordtal.")._.kg_roles
    assert [(r.org_name, r.time) for r in roles] == [("Bauamt Nordtal", None)]


def test_coordinated_subjects_sharing_an_office_with_teilen_sich_hold_it(nlp):
    found = rule_holders(nlp, "Eva Ruf und Tim Weiß teilen sich die Leitung der Musikschule Talheim.")
    assert sorted(found) == [("Eva Ruf", "Musikschule Talheim"), ("Tim Weiß", "Musikschule Talheim")]


def test_inverted_subjects_after_teilen_sich_hold_the_office(nlp):
    text = "Künftig teilen sich Eva Ruf und Tim Weiß die Geschäftsführung der Stadtwerke Nordheim."
    found = rule_holders(nlp, text)
    assert sorted(found) == [("Eva Ruf", "Stadtwerke Nordheim"), ("Tim Weiß", "Stadtwerke Nordheim")]


def test_a_fronted_office_goes_to_every_name_listed_after_its_verb(nlp):
    found = rule_holders(nlp, "Die Leitung der Musikschule Talheim liegt bei Eva Ruf und Tim Weiß.")
    assert found == [("Eva Ruf", "Musikschule Talheim"), ("Tim Weiß", "Musikschule Talheim")]


def test_the_person_an_office_is_handed_over_to_holds_it(nlp):
    text = "Jan Kolb übergibt die Leitung der Musikschule Talheim an Eva Ruf."
    found = rule_holders(nlp, text, with_role=True)
    assert found == [("Eva Ruf", "Leitung", "Musikschule Talheim")]


def test_fronted_office_without_a_genitive_is_of_the_body_the_sentence_before_names(nlp):
    text = "Der Turnverein Nordlicht hat einen neuen Vorstand gewählt. Den Vorsitz übernimmt Eva Sand."
    assert rule_holders(nlp, text) == [("Eva Sand", "Turnverein Nordlicht")]


def test_fronted_office_is_not_of_the_body_that_funds_the_sentence_before(nlp):
    text = "Das Projekt wird vom Ministerium für Umwelt gefördert. Die Leitung liegt bei Eva Sand."
    assert rule_holders(nlp, text) == []


def test_fronted_compound_office_is_held_in_the_body_its_holder_comes_from(nlp):
    text = "Die Projektleitung liegt bei Eva Sand vom Bauamt Nordheim."
    assert rule_holders(nlp, text, with_role=True) == [("Eva Sand", "Projektleitung", "Bauamt Nordheim")]


def test_fronted_bare_office_is_not_of_the_body_its_holder_comes_from(nlp):
    assert rule_holders(nlp, "Die Leitung liegt bei Eva Sand vom Bauamt Nordheim.") == []


def test_subject_set_off_by_an_apposition_steps_to_the_top(nlp):
    text = "Eva Sand, bisher Stellvertreterin, tritt an die Spitze der Sparkasse Nordheim."
    assert ("Eva Sand", "Sparkasse Nordheim") in rule_holders(nlp, text)


def test_fronted_office_is_not_of_a_body_listed_inside_the_sentence_before(nlp):
    text = "Helfer von Polizei, THW und Rettungsdienst übten. Die Einsatzleitung hatte Tim Lau."
    assert rule_holders(nlp, text) == []
