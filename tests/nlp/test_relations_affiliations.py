"""Affiliations without a title."""

from nlp.extract import extract
from nlp.relations.testing import annotate, rules_only


def links(text, persons, orgs):
    return [(a.person.text, a.target) for a in annotate(text, persons, orgs)._.kg_affiliations]


def test_vom_links_person_to_org():
    assert links("Jonas Probe vom Institut Nord sprach.", ("Jonas Probe",), ("Institut Nord",)) == [
        ("Jonas Probe", "Institut Nord")
    ]


def test_parenthesis_links_person_to_org():
    assert links("Es kam Lea Test (XYZ) vorbei.", ("Lea Test",), ("XYZ",)) == [("Lea Test", "XYZ")]


def test_beide_links_every_listed_person():
    found = links("Mit Ida Alt und Udo Neu (beide ABC) war die Partei da.", ("Ida Alt", "Udo Neu"), ("ABC",))
    assert sorted(found) == [("Ida Alt", "ABC"), ("Udo Neu", "ABC")]


def test_role_organization_is_an_affiliation():
    found = links("Anna Beispiel, Leiterin der Firma Muster, kam.", ("Anna Beispiel",), ("Firma Muster",))
    assert found == [("Anna Beispiel", "Firma Muster")]


def test_aus_place_is_no_affiliation():
    assert links("Pfarrer Jan Dorf aus Kleinheim sprach.", ("Jan Dorf",), ()) == []


def test_bei_der_links_person_to_org():
    found = links("Tom Rau bei der Stadt Nordheim betreut das Portal.", ("Tom Rau",), ("Stadt Nordheim",))
    assert found == [("Tom Rau", "Stadt Nordheim")]


def test_fronted_bei_links_the_sentence_person():
    found = links(
        "Bei der Stadt Nordheim kümmert sich Tom Rau um das Portal.", ("Tom Rau",), ("Stadt Nordheim",)
    )
    assert found == [("Tom Rau", "Stadt Nordheim")]


def test_bracketed_abbreviation_with_name_after_person(nlp):
    doc = nlp("Die Keynote hielt Dirk Sauer (TH Bingen) vor vollem Saal.")
    assert [(a.person.text, a.target) for a in doc._.kg_affiliations] == [("Dirk Sauer", "TH Bingen")]


def test_bracketed_name_with_digits_after_person(nlp):
    doc = nlp("Laut Sven Ott (ekom21) ist das Netz stabil.")
    assert [(a.person.text, a.target) for a in doc._.kg_affiliations] == [("Sven Ott", "ekom21")]


def test_bracketed_party_abbreviation_stays_an_affiliation(nlp):
    doc = nlp("Anna Schmidt (SPD) kritisierte den Haushalt.")
    assert [(a.person.text, a.target) for a in doc._.kg_affiliations] == [("Anna Schmidt", "SPD")]


def test_bracketed_age_year_or_place_is_no_affiliation(nlp):
    for text in (
        "Thomas Berg (45) wurde verletzt.",
        "Sabine Roth (2023) wurde geehrt.",
        "Klaus Meier (Mainz) gewann den Preis.",
    ):
        assert nlp(text)._.kg_affiliations == [], text


def test_bracketed_party_is_an_affiliation(nlp):
    # The annotated articles count "Stefan Muster (CSU)" as an affiliation with the party.
    links = nlp("Lena Vogel (Grüne) forderte mehr Radwege.")._.kg_affiliations
    assert [(a.person.text, a.target) for a in links] == [("Lena Vogel", "Grüne")]


def test_subjects_of_a_verb_of_working_belong_to_the_organization_after_it():
    doc = annotate(
        "Pia Pompe und Otto Dolenz lehren an der Universität Olmütz seit Jahren.",
        ("Pia Pompe", "Otto Dolenz"),
        ("Universität Olmütz",),
    )
    found = [(a.person.text, a.target) for a in doc._.kg_affiliations]
    assert found == [("Pia Pompe", "Universität Olmütz"), ("Otto Dolenz", "Universität Olmütz")]


def test_subjects_of_a_verb_of_working_in_a_sentence_closing_its_line(nlp):
    text = (
        "Es sprachen Pia Pompe und Otto Dolenz.\n"
        "Pompe und Dolenz lehren an der Universität Olmütz.\nDann gab es Kaffee."
    )
    links = rules_only(nlp, text)._.kg_affiliations
    assert {(a.person.text, a.target) for a in links} == {
        ("Pompe", "Universität Olmütz"),
        ("Dolenz", "Universität Olmütz"),
    }


def test_verb_of_working_as_the_infinitive_after_the_future_auxiliary(nlp):
    found = rule_links(nlp, "Pia Pompe wird künftig für die Stadtwerke Olmütz arbeiten.")
    assert found == [("Pia Pompe", "Stadtwerke Olmütz")]


def test_verb_of_working_as_the_participle_of_the_perfect(nlp):
    found = rule_links(nlp, "Pia Pompe hat zehn Jahre für die Stadtwerke Olmütz gearbeitet.")
    assert found == [("Pia Pompe", "Stadtwerke Olmütz")]


def test_writing_for_a_body_after_the_future_auxiliary_is_no_work_there(nlp):
    assert rule_links(nlp, "Pia Pompe wird einen Bericht für die Stadtwerke Olmütz schreiben.") == []


def test_leaving_a_body_after_a_date_names_a_former_place_of_work(nlp):
    found = rule_links(nlp, "Pia Pompe verlässt zum Jahresende die Stadtwerke Olmütz.")
    assert found == [("Pia Pompe", "Stadtwerke Olmütz")]


def test_relying_on_a_body_is_no_leaving_it(nlp):
    assert rule_links(nlp, "Pia Pompe verlässt sich auf Stadtwerke Olmütz.") == []


def test_a_talk_at_a_place_is_no_affiliation():
    doc = annotate("Eva Kunz sprach am Institut Nord in Talheim.", ("Eva Kunz",), ("Institut Nord",))
    assert doc._.kg_affiliations == []


def test_seitens_and_an_organization_inside_a_clause_affiliates_its_person():
    doc = annotate(
        "Beim Fachtag diskutierten seitens der Stadtwerke Talheim Jan Lenz, seitens der Sparkasse "
        "Eva Brandt.",
        ("Jan Lenz", "Eva Brandt"),
        ("Stadtwerke Talheim", "Sparkasse"),
    )
    found = [(a.person.text, a.target) for a in doc._.kg_affiliations]
    assert found == [("Jan Lenz", "Stadtwerke Talheim"), ("Eva Brandt", "Sparkasse")]


def test_each_clause_opened_by_seitens_and_an_organization_affiliates_its_person():
    doc = annotate(
        "Seitens der Stadtwerke Talheim diskutierte Jan Lenz, seitens der Sparkasse Nordheim Eva Brandt.",
        ("Jan Lenz", "Eva Brandt"),
        ("Stadtwerke Talheim", "Sparkasse Nordheim"),
    )
    found = [(a.person.text, a.target) for a in doc._.kg_affiliations]
    assert found == [("Jan Lenz", "Stadtwerke Talheim"), ("Eva Brandt", "Sparkasse Nordheim")]


def test_subjects_of_a_verb_of_belonging_are_members_of_the_organization_after_zu():
    doc = annotate("Pia Pompe gehört seit 2020 zur Stiftung Olmütz.", ("Pia Pompe",), ("Stiftung Olmütz",))
    assert [(a.person.text, a.target) for a in doc._.kg_affiliations] == [("Pia Pompe", "Stiftung Olmütz")]


def test_members_listed_after_a_fronted_body_of_the_organization():
    doc = annotate(
        "Zum Vorstand des Vereins Olmütz zählen Pia Pompe und Otto Dolenz.",
        ("Pia Pompe", "Otto Dolenz"),
        ("Vereins Olmütz",),
    )
    found = [(a.person.text, a.target) for a in doc._.kg_affiliations]
    assert found == [("Pia Pompe", "Vereins Olmütz"), ("Otto Dolenz", "Vereins Olmütz")]


def test_dative_organization_of_angehoeren():
    doc = annotate(
        "Dem Kreistag Olmütz gehören Pia Pompe und Otto Dolenz an.",
        ("Pia Pompe", "Otto Dolenz"),
        ("Kreistag Olmütz",),
    )
    assert {a.person.text for a in doc._.kg_affiliations if a.kind == "membership"} == {
        "Pia Pompe",
        "Otto Dolenz",
    }


def test_guests_of_an_organization_are_no_members():
    doc = annotate(
        "Zu den Gästen der Stiftung Olmütz zählten Pia Pompe und Otto Dolenz.",
        ("Pia Pompe", "Otto Dolenz"),
        ("Stiftung Olmütz",),
    )
    assert [a for a in doc._.kg_affiliations if a.kind == "membership"] == []


def test_fronted_fuer_before_a_verb_of_greeting_names_the_speakers_body():
    text = "Für den Sportbund Nord begrüßte Jonas Probe die Gäste."
    assert links(text, ("Jonas Probe",), ("Sportbund Nord",)) == [("Jonas Probe", "Sportbund Nord")]


def test_fronted_fuer_before_a_copula_names_no_body():
    text = "Für den Sportbund Nord ist das wichtig, sagte Jonas Probe."
    assert links(text, ("Jonas Probe",), ("Sportbund Nord",)) == []


def test_organization_apposed_to_a_name_in_a_caption_line():
    text = "Jonas Probe, Institut Nord; Lea Kurz, Sportbund Süd"
    found = links(text, ("Jonas Probe", "Lea Kurz"), ("Institut Nord", "Sportbund Süd"))
    assert sorted(found) == [("Jonas Probe", "Institut Nord"), ("Lea Kurz", "Sportbund Süd")]


def test_organizations_listed_after_a_name_are_no_apposition():
    text = "Es kamen Jonas Probe, Institut Nord, Sportbund Süd und andere."
    assert links(text, ("Jonas Probe",), ("Institut Nord", "Sportbund Süd")) == []


def test_first_item_of_a_bracket_after_a_name():
    text = "Es sprach Eva Klein (CDU, Vorsitzende des Ausschusses)."
    assert ("Eva Klein", "CDU") in links(text, ("Eva Klein",), ("CDU",))


def test_relative_clause_with_a_verb_of_working():
    text = "Jan Roth, der seit 2019 für die Caritas Nord arbeitet, sprach."
    assert links(text, ("Jan Roth",), ("Caritas Nord",)) == [("Jan Roth", "Caritas Nord")]


def test_relative_clause_with_another_verb_is_no_workplace():
    assert links("Jan Roth, der die Caritas Nord lobte, sprach.", ("Jan Roth",), ("Caritas Nord",)) == []


def test_clause_opened_by_von_and_an_organization_affiliates_its_persons():
    found = links(
        "Vom Roten Kreuz Nordheim waren Jan Lenz und Eva Brandt gekommen.",
        ("Jan Lenz", "Eva Brandt"),
        ("Roten Kreuz Nordheim",),
    )
    assert sorted(found) == [("Eva Brandt", "Roten Kreuz Nordheim"), ("Jan Lenz", "Roten Kreuz Nordheim")]


def test_persons_with_a_seat_in_a_body_of_an_organization_are_its_members():
    found = links(
        "Im Vorstand des Sportvereins Nordheim sitzen Jan Lenz, Eva Brandt und Uwe Kern.",
        ("Jan Lenz", "Eva Brandt", "Uwe Kern"),
        ("Sportvereins Nordheim",),
    )
    assert sorted(p for p, _ in found) == ["Eva Brandt", "Jan Lenz", "Uwe Kern"]
    assert {o for _, o in found} == {"Sportvereins Nordheim"}


def test_a_seat_in_no_organization_is_no_membership():
    assert links("Jan Lenz saß im Auto der Nordwerke GmbH.", ("Jan Lenz",), ("Nordwerke GmbH",)) == []


def test_clause_opened_by_an_organization_affiliates_every_name_of_its_list():
    found = links(
        "Von der Feuerwehr Nordheim kamen Jan Lenz, Eva Brandt und Uwe Kern.",
        ("Jan Lenz", "Eva Brandt", "Uwe Kern"),
        ("Feuerwehr Nordheim",),
    )
    assert sorted(p for p, _ in found) == ["Eva Brandt", "Jan Lenz", "Uwe Kern"]


def test_a_name_after_a_comma_that_no_und_closes_is_no_list_item():
    found = links(
        "Bei der Stadt Nordheim arbeitet Jan Lenz, Eva Brandt bei der Sparkasse Talheim.",
        ("Jan Lenz", "Eva Brandt"),
        ("Stadt Nordheim", "Sparkasse Talheim"),
    )
    assert ("Eva Brandt", "Stadt Nordheim") not in found


def test_vom_after_a_list_of_names_is_the_place_of_every_name():
    found = links(
        "Es sprachen Jan Lenz, Eva Brandt und Uwe Kern vom Landesamt für Umwelt.",
        ("Jan Lenz", "Eva Brandt", "Uwe Kern"),
        ("Landesamt für Umwelt",),
    )
    assert sorted(p for p, _ in found) == ["Eva Brandt", "Jan Lenz", "Uwe Kern"]


def test_a_titled_name_in_the_list_keeps_no_place_of_the_last():
    found = links(
        "Bürgermeister Jan Lenz und Eva Brandt vom Landesamt für Umwelt kamen.",
        ("Jan Lenz", "Eva Brandt"),
        ("Landesamt für Umwelt",),
    )
    assert found == [("Eva Brandt", "Landesamt für Umwelt")]


def test_an_inverted_subject_of_a_verb_of_working_after_a_time_phrase_works_there(nlp):
    assert set(rule_links(nlp, "Seit 2020 arbeitet Eva Sand für die Nordwerk GmbH.")) == {
        ("Eva Sand", "Nordwerk GmbH")
    }


def test_an_inverted_subject_of_a_predicate_of_working_after_a_time_phrase_works_there(nlp):
    assert set(rule_links(nlp, "Seit 2020 ist Eva Sand für die Nordwerk GmbH tätig.")) == {
        ("Eva Sand", "Nordwerk GmbH")
    }


def test_fuer_a_body_right_after_a_name_in_a_sentence_of_presence_names_its_body(nlp):
    text = "Mit dabei waren Eva Sand für die Stadt Nordheim und Jan Ott für den Landkreis Talheim."
    assert set(rule_links(nlp, text)) == {("Eva Sand", "Stadt Nordheim"), ("Jan Ott", "Landkreis Talheim")}


def test_coordinated_titles_that_name_no_body_share_the_place_of_the_last_name(nlp):
    text = "Geschäftsführer Jan Lenz und Prokuristin Eva Brandt von der Nordwerk GmbH kamen."
    assert set(rule_links(nlp, text)) == {("Eva Brandt", "Nordwerk GmbH"), ("Jan Lenz", "Nordwerk GmbH")}


def test_a_title_that_implies_another_kind_of_body_keeps_its_own_place_before_a_titled_name(nlp):
    text = "Bürgermeister Jan Lenz und Referentin Eva Brandt vom Landesamt Nordheim kamen."
    assert set(rule_links(nlp, text)) == {("Eva Brandt", "Landesamt Nordheim")}


def test_aus_before_an_organization_is_where_the_person_works():
    found = links(
        "Es sprach Eva Brandt aus dem Umweltministerium Niedersachsen.",
        ("Eva Brandt",),
        ("Umweltministerium Niedersachsen",),
    )
    assert found == [("Eva Brandt", "Umweltministerium Niedersachsen")]


def test_aus_before_a_territory_is_where_the_person_comes_from():
    assert links("Jan Lenz aus der Stadt Nordheim kam.", ("Jan Lenz",), ("Stadt Nordheim",)) == []


def test_names_before_the_predicate_noun_mitglied_are_members():
    found = links(
        "Eva Brandt und Jan Lenz sind Mitglieder der Freiwilligen Feuerwehr Nordheim.",
        ("Eva Brandt", "Jan Lenz"),
        ("Freiwilligen Feuerwehr Nordheim",),
    )
    assert sorted(p for p, _ in found) == ["Eva Brandt", "Jan Lenz"]


def test_mitglied_coordinated_with_a_first_predicate_of_the_copula_is_a_membership():
    found = links(
        "Eva Brandt ist Leiterin des Bauamts und Mitglied des Kreistags Nordheim.",
        ("Eva Brandt",),
        ("Bauamts", "Kreistags Nordheim"),
    )
    assert ("Eva Brandt", "Kreistags Nordheim") in found


def test_mitglied_apposed_to_a_name_past_its_party_bracket_is_a_membership():
    found = links(
        "Eva Brandt (SPD), Mitglied des Kreistags Nordheim, stimmte dagegen.",
        ("Eva Brandt",),
        ("SPD", "Kreistags Nordheim"),
    )
    assert ("Eva Brandt", "Kreistags Nordheim") in found


def test_members_named_as_the_object_are_no_affiliation_of_the_subject():
    found = links(
        "Eva Brandt lobte die Mitglieder der Feuerwehr Nordheim.", ("Eva Brandt",), ("Feuerwehr Nordheim",)
    )
    assert found == []


def test_members_in_a_list_of_guests_are_no_subject_of_the_copula():
    found = links(
        "Gekommen waren Landrat Jan Lenz, einige Mitglieder des Landtags Nordheim und Eva Brandt.",
        ("Jan Lenz", "Eva Brandt"),
        ("Landtags Nordheim",),
    )
    assert ("Jan Lenz", "Landtags Nordheim") not in found


def rule_links(nlp, text):
    return [(a.person.text, a.target) for a in rules_only(nlp, text)._.kg_affiliations]


def test_fronted_fuer_before_a_verb_of_taking_part_names_the_persons_body(nlp):
    text = "Für die Stadtwerke Nordheim nahm Jens Olt an der Sitzung teil."
    assert rule_links(nlp, text) == [("Jens Olt", "Stadtwerke Nordheim")]


def test_fronted_fuer_with_dabei_names_the_persons_body(nlp):
    assert rule_links(nlp, "Für die Stadt Südtal war Eva Sand dabei.") == [("Eva Sand", "Stadt Südtal")]


def test_fronted_fuer_with_a_participle_of_arriving_names_the_persons_body(nlp):
    found = rule_links(nlp, "Für die Gemeinde Südtal war Jan Ebert angereist.")
    assert found == [("Jan Ebert", "Gemeinde Südtal")]


def test_verb_of_moving_links_the_destination_and_the_former_workplace():
    text = "Eva Sand wechselt von der Sparkasse Südtal zur Volkshochschule Nordheim."
    found = links(text, ("Eva Sand",), ("Sparkasse Südtal", "Volkshochschule Nordheim"))
    assert found == [("Eva Sand", "Sparkasse Südtal"), ("Eva Sand", "Volkshochschule Nordheim")]


def test_verb_of_moving_past_a_relative_clause_on_the_former_workplace(nlp):
    text = "Eva Sand wechselt von der Sparkasse Südtal, wo sie Prokuristin war, zur Volkshochschule Nordheim."
    assert sorted(set(rule_links(nlp, text))) == [
        ("Eva Sand", "Sparkasse Südtal"),
        ("Eva Sand", "Volkshochschule Nordheim"),
    ]


def test_organization_apposed_to_a_name_before_a_colon():
    text = "- Eva Sand, Stadtwerke Nordheim: Datenschutz"
    assert links(text, ("Eva Sand",), ("Stadtwerke Nordheim",)) == [("Eva Sand", "Stadtwerke Nordheim")]


def test_fuer_clause_without_its_verb_after_a_full_one_names_the_body(nlp):
    text = (
        "Für die Diakonie Südtal sprach Markus Seidel, für die Caritas Nordheim die Fachberaterin Petra Koch."
    )
    assert ("Petra Koch", "Caritas Nordheim") in rule_links(nlp, text)


def test_fuer_clause_without_a_verb_after_a_copula_names_no_body(nlp):
    text = "Für die Stadt Nordheim ist das wichtig, für die Caritas Nordheim Petra Koch."
    assert rule_links(nlp, text) == []


def test_verb_of_moving_after_an_apposition_links_the_destination(nlp):
    text = "Eva Sand, bislang Referentin für Kultur, wechselt zur Volkshochschule Nordheim."
    assert rule_links(nlp, text) == [("Eva Sand", "Volkshochschule Nordheim")]


def test_verb_of_moving_after_an_apposition_of_a_former_body_links_both_bodies(nlp):
    text = "Eva Sand, bisher bei den Stadtwerken Südtal, wechselt zur Volkshochschule Nordheim."
    assert sorted(rule_links(nlp, text)) == [
        ("Eva Sand", "Stadtwerke Südtal"),
        ("Eva Sand", "Volkshochschule Nordheim"),
    ]


def test_verb_of_moving_after_a_relative_clause_is_not_the_names(nlp):
    text = "Eva Sand, die Jens Olt gut kennt, wechselt zur Volkshochschule Nordheim."
    assert rule_links(nlp, text) == []


def test_a_body_consisting_of_persons_has_them_as_members(nlp):
    text = "Der Vorstand der Nordwerke AG besteht aus Eva Sand und Jens Olt."
    assert rule_links(nlp, text) == [("Eva Sand", "Nordwerke AG"), ("Jens Olt", "Nordwerke AG")]


def test_bracketed_titles_in_the_list_of_bestehen_aus_keep_the_list_going(nlp):
    text = "Der Vorstand der Nordwerke AG besteht aus Eva Sand (Vorsitzende) und Jens Olt (Kassierer)."
    assert rule_links(nlp, text) == [("Eva Sand", "Nordwerke AG"), ("Jens Olt", "Nordwerke AG")]


def test_a_name_after_the_list_of_bestehen_aus_is_no_member(nlp):
    assert rule_links(nlp, "Der Kreisverband besteht aus zwölf Ortsvereinen, sagte Eva Sand.") == []


def test_fronted_workplace_before_a_verb_of_working_links_its_subject():
    text = "An der Hochschule Nordheim forscht Ida Alt seit Jahren zu Batterien."
    assert links(text, ("Ida Alt",), ("Hochschule Nordheim",)) == [("Ida Alt", "Hochschule Nordheim")]


def test_fronted_team_of_a_body_before_a_verb_of_working_links_its_subject():
    text = "Im Labor der Hochschule Nordheim arbeitet Ida Alt an Batterien."
    assert links(text, ("Ida Alt",), ("Hochschule Nordheim",)) == [("Ida Alt", "Hochschule Nordheim")]


def test_fronted_place_before_a_verb_of_working_links_nobody():
    text = "In Nordheim arbeitet Ida Alt an Batterien, wie die Hochschule Nordheim mitteilt."
    assert links(text, ("Ida Alt",), ("Hochschule Nordheim",)) == []


def test_subject_of_vertreten_with_a_body_as_object_belongs_to_it():
    text = "Ida Alt und Udo Neu vertraten die Stadtwerke Nordheim auf der Messe."
    found = links(text, ("Ida Alt", "Udo Neu"), ("Stadtwerke Nordheim",))
    assert sorted(found) == [("Ida Alt", "Stadtwerke Nordheim"), ("Udo Neu", "Stadtwerke Nordheim")]


def test_agent_of_a_body_being_represented_belongs_to_it():
    text = "Die Stadtwerke Nordheim waren durch Ida Alt vertreten."
    assert links(text, ("Ida Alt",), ("Stadtwerke Nordheim",)) == [("Ida Alt", "Stadtwerke Nordheim")]


def test_a_body_represented_by_a_stand_links_nobody():
    text = "Die Stadtwerke Nordheim waren mit einem Stand vertreten, sagte Ida Alt."
    assert links(text, ("Ida Alt",), ("Stadtwerke Nordheim",)) == []


def test_verb_of_working_coordinated_with_the_first_verb_shares_its_subject():
    text = "Pia Pompe studierte Physik in Olmütz und arbeitet heute bei der Firma Nordlicht."
    assert links(text, ("Pia Pompe",), ("Firma Nordlicht",)) == [("Pia Pompe", "Firma Nordlicht")]


def test_organization_opening_a_contact_line_is_the_named_persons():
    text = "Kontakt: Pressestelle der Stadt Nordtal, Pia Pompe, Telefon 01234 5678"
    assert links(text, ("Pia Pompe",), ("Pressestelle der Stadt Nordtal",)) == [
        ("Pia Pompe", "Pressestelle der Stadt Nordtal")
    ]


def test_organization_opening_a_photo_credit_is_not_the_photographers():
    assert links("Foto: Stadt Nordtal, Pia Pompe", ("Pia Pompe",), ("Stadt Nordtal",)) == []


def test_seat_in_a_crisis_staff_of_a_body_is_membership_of_the_body(nlp):
    doc = rules_only(nlp, "Im Krisenstab des Landkreises Nordtal sitzen Pia Pompe und Otto Dolenz.")
    assert {(a.person.text, a.target) for a in doc._.kg_affiliations} == {
        ("Pia Pompe", "Landkreis Nordtal"),
        ("Otto Dolenz", "Landkreis Nordtal"),
    }


def test_copula_closed_by_a_predicate_of_working_links_the_organization(nlp):
    found = rule_links(nlp, "Jana Sommer ist seit 2015 für die Sparkasse Südtal tätig.")
    assert found == [("Jana Sommer", "Sparkasse Südtal")]


def test_a_second_verb_phrase_closed_by_aktiv_links_the_organization(nlp):
    found = rule_links(nlp, "Jana Sommer wohnt in Südtal und ist im Kulturverein Nordtal aktiv.")
    assert found == [("Jana Sommer", "Kulturverein Nordtal")]


def test_relative_clause_of_a_task_done_at_an_organization_after_bei(nlp):
    text = "Das erklärte Jana Sommer, die bei der Sparkasse Südtal die Firmenkunden betreut."
    assert rule_links(nlp, text) == [("Jana Sommer", "Sparkasse Südtal")]


def test_subject_of_a_task_done_at_an_organization_after_bei(nlp):
    text = "Jana Sommer betreut bei der Sparkasse Südtal die Firmenkunden."
    assert rule_links(nlp, text) == [("Jana Sommer", "Sparkasse Südtal")]


def test_thanking_an_organization_after_bei_is_no_task_there(nlp):
    text = "Jana Sommer bedankte sich bei der Sparkasse Südtal für die Spende."
    assert rule_links(nlp, text) == []


def test_presenting_at_an_organization_after_bei_is_no_task_there(nlp):
    text = "Jana Sommer präsentierte bei der Sparkasse Südtal die neue App."
    assert rule_links(nlp, text) == []


def test_relative_clause_closed_by_a_predicate_of_working_and_copula(nlp):
    text = "Jana Sommer, die seit 2015 für die Sparkasse Südtal tätig ist, erklärte die Lage."
    assert rule_links(nlp, text) == [("Jana Sommer", "Sparkasse Südtal")]


def test_preposition_before_a_body_of_the_organization_links_the_organization(nlp):
    found = rule_links(nlp, "Jana Sommer vom Vorstand der Sparkasse Südtal erklärte die Lage.")
    assert found == [("Jana Sommer", "Sparkasse Südtal")]


def test_aus_before_a_team_of_the_organization_links_the_organization(nlp):
    found = rule_links(nlp, "Karl Weiß aus dem Team der Stadtwerke Südtal erklärte die Technik.")
    assert found == [("Karl Weiß", "Stadtwerke Südtal")]


def test_a_title_prefix_names_the_organization_known_by_a_shorter_name(nlp):
    text = (
        "Der ABC Kreisverband Nordtal e.V. lud ein. Der Kreisverband zeigte seinen Wagen. "
        "Der Kreisgeschäftsführer Herr Tim Brandt begrüßte die Gäste."
    )
    assert rule_links(nlp, text) == [("Tim Brandt", "ABC Kreisverband Nordtal e.V.")]


def test_a_listed_name_with_a_titles_body_of_its_own_is_not_tied_to_the_lists_place(nlp):
    text = (
        "Es diskutierten Lea Ost, der Leiter des Bauamts Nordtal, Jan Roth, "
        "und Eva Sand von der Polizei Nordtal."
    )
    links = rule_links(nlp, text)
    assert ("Eva Sand", "Polizei Nordtal") in links and ("Jan Roth", "Polizei Nordtal") not in links


def test_a_relative_clause_of_moving_names_the_destination_as_the_persons_body(nlp):
    text = "Sie folgt auf Tim Ost, der zur Agentur für Arbeit Nordtal wechselt."
    assert rule_links(nlp, text) == [("Tim Ost", "Agentur für Arbeit Nordtal")]


def test_fronted_fuer_before_a_verb_of_accepting_names_the_persons_body(nlp):
    text = "Für die Stadtwerke Nordtal nahm Tim Ost den Preis entgegen."
    assert rule_links(nlp, text) == [("Tim Ost", "Stadtwerke Nordtal")]


def test_a_pronoun_opening_a_sentence_of_working_stands_for_the_person_before(nlp):
    text = "Die Universität Nordtal beruft Julia Ost. Sie forschte zuvor am Institut Südtal."
    assert ("Julia Ost", "Institut Südtal") in rule_links(nlp, text)


def test_a_plural_pronoun_of_working_names_nobodys_place(nlp):
    text = "Tim Ost und Eva Sand kamen. Sie forschten am Institut Südtal."
    assert ("Eva Sand", "Institut Südtal") not in rule_links(nlp, text)


def test_beide_opening_a_sentence_of_working_stands_for_the_pair_before(nlp):
    text = "Tim Ost und Eva Sand kamen. Beide arbeiten am Institut Südtal."
    assert rule_links(nlp, text) == [("Tim Ost", "Institut Südtal"), ("Eva Sand", "Institut Südtal")]


def test_a_newcomer_at_a_fronted_workplace_is_tied_to_it(nlp):
    text = "Neu an der Medizinischen Fakultät ist Prof. Dr. Tim Ost."
    assert rule_links(nlp, text) == [("Tim Ost", "Medizinische Fakultät")]


def test_names_listed_after_darunter_belong_to_the_body_of_the_plural_group_before(nlp):
    text = "Viele Mitarbeiter der Stadtwerke Nordheim kamen, darunter Prokuristin Ida Wolf und Jan Pohl."
    assert rule_links(nlp, text) == [("Ida Wolf", "Stadtwerke Nordheim"), ("Jan Pohl", "Stadtwerke Nordheim")]


def test_names_after_wie_belong_to_the_body_of_a_bare_plural_group_before(nlp):
    text = "Mitarbeitende der Sparkasse Südtal wie Eva Sand und Jens Olt halfen beim Umzug."
    assert rule_links(nlp, text) == [("Eva Sand", "Sparkasse Südtal"), ("Jens Olt", "Sparkasse Südtal")]


def test_a_seat_in_a_body_of_an_organization_set_off_after_the_name(nlp):
    text = "Eva Sand, im Vorstand des Turnvereins Südtal, begrüßte die Gäste."
    assert rule_links(nlp, text) == [("Eva Sand", "Turnverein Südtal")]


def test_a_place_set_off_after_the_name_is_no_seat(nlp):
    assert rule_links(nlp, "Eva Sand, im Rathaus der Stadt Südtal, lachte.") == []


def test_a_reflexive_and_an_undated_duration_do_not_count_in_the_window_of_working(nlp):
    text = "Jens Olt engagiert sich seit vielen Jahren ehrenamtlich beim Roten Kreuz Südtal."
    assert rule_links(nlp, text) == [("Jens Olt", "Roten Kreuz Südtal")]


def test_a_verb_of_working_in_a_body_of_an_organization(nlp):
    text = "Jens Olt arbeitet als Entwickler im Team der Datenhaus GmbH."
    assert rule_links(nlp, text) == [("Jens Olt", "Datenhaus GmbH")]


def test_darunter_after_a_group_without_body_names_no_affiliation(nlp):
    assert rule_links(nlp, "Der Bürgermeister begrüßte viele Gäste aus der Region, darunter Ida Wolf.") == []


def test_plural_verb_of_representing_after_a_fronted_body_has_the_names_after_it_as_subject(nlp):
    text = "Die Gemeinde Südtal vertraten Ida Wolf und Jan Pohl."
    assert rule_links(nlp, text) == [("Ida Wolf", "Gemeinde Südtal"), ("Jan Pohl", "Gemeinde Südtal")]


def test_beide_von_apposition_ties_every_listed_name_to_the_body(nlp):
    text = "Ida Wolf und Jan Pohl, beide von der Hochschule Nordheim, stellten die Studie vor."
    assert rule_links(nlp, text) == [("Ida Wolf", "Hochschule Nordheim"), ("Jan Pohl", "Hochschule Nordheim")]


def test_party_prefix_on_a_noun_before_a_name_is_an_affiliation(nlp):
    assert rule_links(nlp, "Der Grünen-Politiker Jan Lenz kritisierte den Plan.") == [("Jan Lenz", "Grünen")]


def test_party_prefix_kept_past_the_model(nlp):
    found = extract("Die SPD-Politikerin Ida Wolf forderte mehr Geld.", nlp=nlp)
    assert [(a.person, a.organization) for a in found.affiliations] == [("Ida Wolf", "SPD")]


def test_workplace_named_after_a_noun_of_its_kind(nlp):
    assert rule_links(nlp, "Ida Wolf arbeitet bei der Firma Nordwerk.") == [("Ida Wolf", "Nordwerk")]


def test_person_honoured_for_membership_in_a_body_belongs_to_it(nlp):
    text = "Für ihre 25-jährige Mitgliedschaft im Turnverein Südtal wurde Ida Wolf geehrt."
    assert rule_links(nlp, text) == [("Ida Wolf", "Turnverein Südtal")]


def test_membership_without_honouring_names_no_member(nlp):
    assert rule_links(nlp, "Ida Wolf lobte die Mitgliedschaft im Turnverein Südtal.") == []


def test_generic_noun_with_an_inseparable_prefix_is_no_body(nlp):
    assert rule_links(nlp, "Die Sprecherin des Verbunds, Ida Wolf, dankte allen.") == []


def test_origin_of_a_verb_of_moving_is_a_former_workplace(nlp):
    assert rule_links(nlp, "Ida Wolf kommt vom Klinikum Südtal.") == [("Ida Wolf", "Klinikum Südtal")]


def test_age_noun_opening_a_sentence_is_the_subject_of_working(nlp):
    text = "Neue Leiterin ist Ida Wolf. Die 45-Jährige war zuvor beim Klinikum Südtal tätig."
    found = [(a.person.text, a.target) for a in rules_only(nlp, text)._.kg_affiliations]
    assert ("45-Jährige", "Klinikum Südtal") in found


def test_pronoun_after_the_verb_of_a_fronted_adverbial_is_the_subject_of_working(nlp):
    text = "Ida Wolf stellte das Konzept vor. Seit 2019 arbeitet sie für die Caritas Südtal."
    assert rule_links(nlp, text) == [("Ida Wolf", "Caritas Südtal")]


def test_body_represented_by_the_names_after_vertreten_durch(nlp):
    text = "Dabei ist die Diakonie Südtal, vertreten durch Vorstand Jan Pohl und Prokuristin Ida Wolf."
    assert rule_links(nlp, text) == [("Jan Pohl", "Diakonie Südtal"), ("Ida Wolf", "Diakonie Südtal")]


def test_body_present_with_the_names_after_mit(nlp):
    text = "Mit dabei war auch die Hochschule Südtal mit Professor Jan Pohl."
    assert rule_links(nlp, text) == [("Jan Pohl", "Hochschule Südtal")]


def test_body_with_names_after_mit_without_being_present_names_no_member(nlp):
    assert rule_links(nlp, "Die Stadt Südtal feierte mit Ida Wolf ein Fest.") == []


def test_fronted_workplace_with_an_auxiliary_and_a_pronoun_subject(nlp):
    text = "Ida Wolf kommt aus Köln. An der Universität Südtal wird sie das neue Zentrum leiten."
    assert rule_links(nlp, text) == [("Ida Wolf", "Universität Südtal")]


def test_joining_the_team_of_a_body_is_membership(nlp):
    text = "Ida Wolf verstärkt seit Januar das Team der Stadtwerke Südtal."
    assert rule_links(nlp, text) == [("Ida Wolf", "Stadtwerke Südtal")]


def test_part_of_the_team_of_a_body_is_membership(nlp):
    text = "Ida Wolf ist Teil des Teams der Stadtwerke Südtal."
    assert rule_links(nlp, text) == [("Ida Wolf", "Stadtwerke Südtal")]


def test_fronted_fuer_before_a_predicate_of_working_names_the_workplace(nlp):
    text = "Für die Wasserwerke Nordheim ist Jens Olt seit 2012 tätig."
    assert rule_links(nlp, text) == [("Jens Olt", "Wasserwerke Nordheim")]


def test_fronted_fuer_before_a_judgement_names_no_workplace(nlp):
    assert rule_links(nlp, "Für die Stadt Nordheim ist das wichtig, sagte Jens Olt.") == []


def test_fronted_years_at_a_body_before_the_subject(nlp):
    text = "Nach 25 Jahren bei der Kreissparkasse Nordheim verabschiedet sich Jens Olt in den Ruhestand."
    assert rule_links(nlp, text) == [("Jens Olt", "Kreissparkasse Nordheim")]


def test_a_persons_team_shares_the_persons_place(nlp):
    text = "Ida Alt und ihr Team von der Hochschule Nordheim zeigten die App."
    assert rule_links(nlp, text) == [("Ida Alt", "Hochschule Nordheim")]


def test_relative_clause_leading_a_unit_at_a_body_names_the_workplace(nlp):
    text = "Jan Roth, der an der Hochschule Nordheim das Labor für Robotik leitet, zeigte den Roboter."
    assert rule_links(nlp, text) == [("Jan Roth", "Hochschule Nordheim")]


def test_photo_positions_between_listed_names_before_their_place(nlp):
    text = "Eva Sand (links) und Jan Roth (rechts) vom Caritasverband Nordheim überreichten den Scheck."
    assert sorted(rule_links(nlp, text)) == [
        ("Eva Sand", "Caritasverband Nordheim"),
        ("Jan Roth", "Caritasverband Nordheim"),
    ]


def test_verb_of_working_with_als_and_a_post_before_the_workplace(nlp):
    text = "Jan Roth ist 41 Jahre alt und arbeitet als Bankkaufmann bei der Volksbank Nordheim."
    assert rule_links(nlp, text) == [("Jan Roth", "Volksbank Nordheim")]


def test_party_prefix_in_the_weak_inflection_names_the_party(nlp):
    assert rule_links(nlp, "Die Linken-Abgeordnete Eva Sand kritisierte den Haushalt.") == [
        ("Eva Sand", "Linken")
    ]


def test_a_duration_between_the_verb_of_working_and_its_body_is_skipped(nlp):
    found = rule_links(nlp, "Jana Sommer war zuvor acht Jahre lang für die Sparkasse Südtal tätig.")
    assert found == [("Jana Sommer", "Sparkasse Südtal")]


def test_bodies_coordinated_after_a_verb_of_working_are_all_its_subjects(nlp):
    found = rule_links(
        nlp, "Jana Sommer arbeitete bei der Sparkasse Südtal und beim Landesamt für Statistik."
    )
    assert sorted(found) == [("Jana Sommer", "Landesamt für Statistik"), ("Jana Sommer", "Sparkasse Südtal")]


def test_signing_for_a_fronted_body_ties_the_titled_signers_to_it(nlp):
    text = (
        "Für die Sparkasse Südtal unterzeichneten Vorständin Jana Sommer und Prokurist Tim Kuhn den Vertrag."
    )
    assert set(rule_links(nlp, text)) == {
        ("Jana Sommer", "Sparkasse Südtal"),
        ("Tim Kuhn", "Sparkasse Südtal"),
    }


def test_agent_of_a_present_passive_of_representing_is_the_bodys(nlp):
    text = "Die Gemeinde Nordtal wird beim Festakt durch Jana Ostrowski vertreten."
    assert rule_links(nlp, text) == [("Jana Ostrowski", "Gemeinde Nordtal")]


def test_verb_of_moving_past_a_date_with_zum(nlp):
    text = "Eva Sand wechselt zum 1. Mai zur Volkshochschule Nordheim."
    assert rule_links(nlp, text) == [("Eva Sand", "Volkshochschule Nordheim")]


def test_apposed_participle_of_working_links_its_body(nlp):
    text = "Eva Sand, seit 2015 bei der Stadt Nordheim beschäftigt, lobte das Team."
    assert rule_links(nlp, text) == [("Eva Sand", "Stadt Nordheim")]


def test_the_persons_a_group_of_a_body_is_gathered_around_belong_to_it(nlp):
    text = "Das Team der Universität Nordheim um Prof. Eva Sand und Jan Roth hat eine Methode entwickelt."
    body = "Universität Nordheim"
    assert rule_links(nlp, text) == [("Eva Sand", body), ("Jan Roth", body)]


def test_a_dispute_of_a_body_about_a_person_is_no_group_around_them(nlp):
    assert rule_links(nlp, "Der Streit der Stadt Nordheim um Jan Roth geht weiter.") == []


def test_verb_of_moving_with_a_pronoun_subject_after_a_fronted_year(nlp):
    text = "Eva Sand hat Chemie studiert. 2010 wechselte sie zur Sparkasse Nordheim."
    assert rule_links(nlp, text) == [("Eva Sand", "Sparkasse Nordheim")]


def test_a_name_line_over_an_organization_line_in_a_contact_block(nlp):
    text = "Die Stadt lädt ein.\n\nKontakt:\nDr. Eva Sand\nKreisverwaltung Nordheim\nTelefon 06561 1234"
    assert rule_links(nlp, text) == [("Eva Sand", "Kreisverwaltung Nordheim")]


def test_a_contact_block_affiliation_is_kept_past_the_relation_model():
    text = "Programm:\nEva Sand\nKreisverwaltung Nordheim\nJan Roth\nHochschule Nordheim"
    found = [(a.person, a.organization) for a in extract(text).affiliations]
    assert found == [("Eva Sand", "Kreisverwaltung Nordheim"), ("Jan Roth", "Hochschule Nordheim")]


def test_a_verb_of_studying_with_its_subject_before_the_place(nlp):
    text = "Eva Sand kommt aus Trier. Sand studierte Chemie an der Universität Nordheim."
    assert rule_links(nlp, text) == [("Sand", "Universität Nordheim")]


def test_im_namen_of_a_body_opening_the_clause_links_its_subject(nlp):
    found = rule_links(nlp, "Im Namen der IHK Nordheim gratulierte Eva Sand.")
    assert found == [("Eva Sand", "IHK Nordheim")]


def test_im_namen_of_a_body_after_the_verb_links_the_opening_subject(nlp):
    found = rule_links(nlp, "Eva Sand gratulierte dem Jubilar im Namen der IHK Nordheim.")
    assert found == [("Eva Sand", "IHK Nordheim")]


def test_namens_before_a_name_without_article_names_no_body_acted_for(nlp):
    assert rule_links(nlp, "Eva Sand kannte einen Mann namens Ott, der bei der IHK Nordheim ist.") == []


def test_fuer_and_a_body_right_after_a_name_in_a_sentence_of_greeting(nlp):
    found = rule_links(nlp, "Grußworte sprachen Eva Sand für die IHK Nordheim und Jan Roth für den Kreistag.")
    assert found == [("Eva Sand", "IHK Nordheim"), ("Jan Roth", "Kreistag")]


def test_fuer_the_groups_seated_in_a_body_after_a_name(nlp):
    found = rule_links(nlp, "Zuvor hatte Eva Sand für die Fraktionen im Kreistag ein Grußwort gehalten.")
    assert found == [("Eva Sand", "Kreistag")]


def test_von_seiten_of_a_body_opening_the_clause_links_its_subject(nlp):
    found = rule_links(nlp, "Von Seiten der Stadt Nordheim war Eva Sand dabei.")
    assert found == [("Eva Sand", "Stadt Nordheim")]


def test_a_singular_body_before_vertrat_is_represented_by_the_person_after_it(nlp):
    assert rule_links(nlp, "Die Stadt Nordheim vertrat Eva Sand.") == [("Eva Sand", "Stadt Nordheim")]


def test_bringing_a_bodys_greetings_speaks_for_it(nlp):
    found = rule_links(nlp, "Eva Sand überbrachte die Grüße des Vereins Nordheim.")
    assert found == [("Eva Sand", "Verein Nordheim")]


def test_titled_names_that_form_a_bodys_board_are_its_members(nlp):
    text = (
        "Vorsitzender Jan Roth, Kassiererin Eva Sand und Kassenwart Tim Ott bilden den Vorstand des TSV "
        "Nordheim."
    )
    members = {p for p, org in rule_links(nlp, text) if org == "TSV Nordheim"}
    assert members == {"Jan Roth", "Eva Sand", "Tim Ott"}


def test_fuer_a_body_with_the_copula_and_vor_ort_links_the_subjects(nlp):
    found = rule_links(nlp, "Für die Stadt Nordheim waren Eva Sand und Jan Roth vor Ort.")
    assert found == [("Eva Sand", "Stadt Nordheim"), ("Jan Roth", "Stadt Nordheim")]


def test_a_predicate_of_responsibility_works_like_one_of_working(nlp):
    found = rule_links(nlp, "Für die Stadt Nordheim ist Eva Sand als Ansprechpartnerin zuständig.")
    assert found == [("Eva Sand", "Stadt Nordheim")]


def test_the_party_a_seat_is_held_for(nlp):
    found = rule_links(nlp, "Jan Roth sitzt für die SPD im Stadtrat.")
    assert ("Jan Roth", "SPD") in found


def test_joining_with_a_separated_particle_and_in_den_is_a_move_to_the_body(nlp):
    text = "Jana Sommer trat 2015 in den Sportbund Nordtal ein."
    assert rule_links(nlp, text) == [("Jana Sommer", "Sportbund Nordtal")]


def test_going_in_den_ruhestand_is_no_move_to_a_body(nlp):
    assert rule_links(nlp, "Jana Sommer ging 2015 in den Ruhestand.") == []


def test_name_in_close_apposition_to_a_person_noun_is_the_subject_of_working(nlp):
    text = "Die gelernte Bankkauffrau Tanja Eckel arbeitet seit 2012 für die Sparkasse Nordtal."
    assert rule_links(nlp, text) == [("Tanja Eckel", "Sparkasse Nordtal")]


def test_name_after_a_bare_title_is_the_subject_of_working(nlp):
    text = "Projektleiterin Tanja Eckel arbeitet bei der Stadt Nordtal an der neuen Plattform."
    assert ("Tanja Eckel", "Stadt Nordtal") in rule_links(nlp, text)


def test_name_after_the_noun_of_a_body_is_no_subject_of_working(nlp):
    text = "Die Stiftung Tanja Eckel arbeitet seit 2012 mit der Sparkasse Nordtal."
    assert rule_links(nlp, text) == []


def test_fronted_fuer_with_the_seat_of_its_group_before_a_verb_of_speaking(nlp):
    assert ("Tim Ohl", "SPD-Fraktion") in rule_links(nlp, "Für die SPD-Fraktion im Kreistag sprach Tim Ohl.")


def test_bare_noun_of_a_territory_after_a_name_refers_to_the_articles_one_body(nlp):
    text = "Die Verbandsgemeinde Nordtal lud ein. Geplant hatte den Tag Ida Wolf von der Verbandsgemeinde."
    assert ("Ida Wolf", "Verbandsgemeinde Nordtal") in rule_links(nlp, text)


def test_bare_noun_of_a_territory_among_two_bodies_of_its_kind_refers_to_none(nlp):
    text = (
        "Die Verbandsgemeinden Nordtal und Südtal luden ein. Die Verbandsgemeinde Nordtal und die "
        "Verbandsgemeinde Südtal zahlen. Organisiert hatte es Ida Wolf von der Verbandsgemeinde."
    )
    assert [org for person, org in rule_links(nlp, text) if person == "Ida Wolf"] == []


def test_listed_name_with_a_title_of_its_own_does_not_share_the_place_after_the_list(nlp):
    text = (
        "Es diskutierten Jan Roth, die Beauftragte des Kreises, Eva Sand, und Ida Wolf von der "
        "Hochschule Südtal."
    )
    assert ("Eva Sand", "Hochschule Südtal") not in rule_links(nlp, text)


def test_names_after_one_plural_title_all_share_the_place_after_the_list(nlp):
    text = "Die Referenten Jan Roth, Eva Sand und Ida Wolf von der Hochschule Südtal sprachen."
    assert sorted(rule_links(nlp, text)) == [
        ("Eva Sand", "Hochschule Südtal"),
        ("Ida Wolf", "Hochschule Südtal"),
        ("Jan Roth", "Hochschule Südtal"),
    ]


def test_fronted_years_at_a_body_past_the_title_before_the_subject(nlp):
    text = "Nach 20 Jahren bei der Sparkasse Südtal ist Prokuristin Eva Sand in den Ruhestand gegangen."
    assert rule_links(nlp, text) == [("Eva Sand", "Sparkasse Südtal")]


def test_relative_clause_of_working_after_a_separated_particle(nlp):
    text = "Die Nachfolge tritt im Mai Eva Sand an, die derzeit noch im Dekanat Südtal tätig ist."
    assert rule_links(nlp, text) == [("Eva Sand", "Dekanat Südtal")]


def test_fronted_dative_of_belonging_at_the_end_of_a_paragraph(nlp):
    text = "Dem Vorstand der Nordbank AG gehören Eva Sand und Jan Roth an.\n\nDie Bank wächst."
    assert rule_links(nlp, text) == [("Eva Sand", "Nordbank AG"), ("Jan Roth", "Nordbank AG")]


def test_belonging_to_a_bare_board_is_belonging_to_the_articles_body(nlp):
    text = "Der Turnverein Südtal hat gewählt. Dem neuen Vorstand gehören Eva Sand und Jan Roth an."
    assert rule_links(nlp, text) == [("Eva Sand", "Turnverein Südtal"), ("Jan Roth", "Turnverein Südtal")]


def test_holding_a_post_at_a_body_with_innehaben_links_the_subject(nlp):
    text = "Zuvor hatte Eva Sand leitende Positionen bei der Nordbahn AG inne."
    assert rule_links(nlp, text) == [("Eva Sand", "Nordbahn AG")]


def test_examples_after_wie_may_be_joined_by_oder(nlp):
    text = "Es kamen einige Mitglieder des Landtags wie Eva Sand oder Jan Olt."
    assert rule_links(nlp, text) == [("Eva Sand", "Landtag"), ("Jan Olt", "Landtag")]


def test_beide_in_a_bracket_reaches_a_name_with_article_and_adjective_before_its_title(nlp):
    text = "Im Rat sitzen Eva Sand und der langjährige Stadtrat Jan Olt (beide SPD)."
    assert ("Eva Sand", "SPD") in rule_links(nlp, text)


def test_a_name_listed_after_an_article_and_adjective_before_its_title_is_present_too(nlp):
    text = "Mit dabei war die Hochschule Talheim mit Professorin Eva Sand und dem jungen Doktoranden Jan Olt."
    assert rule_links(nlp, text) == [("Eva Sand", "Hochschule Talheim"), ("Jan Olt", "Hochschule Talheim")]


def test_a_phrase_of_time_or_place_between_vertrat_and_its_object_body(nlp):
    text = "Jan Kolb vertrat beim Treffen die Handwerkskammer Nordheim."
    assert rule_links(nlp, text) == [("Jan Kolb", "Handwerkskammer Nordheim")]


def test_a_relative_clause_of_a_definite_task_done_for_a_body_links_the_name_to_it(nlp):
    text = "Eva Sand, die für die Kreisverwaltung Nordheim das Programm betreut, sprach."
    assert rule_links(nlp, text) == [("Eva Sand", "Kreisverwaltung Nordheim")]


def test_a_relative_clause_of_leading_for_a_body_links_the_name_to_it(nlp):
    text = "Den Plan erklärte Eva Sand, die für die Kreisverwaltung Nordheim das Programm leitet."
    assert rule_links(nlp, text) == [("Eva Sand", "Kreisverwaltung Nordheim")]


def test_a_relative_clause_of_an_indefinite_gift_for_a_body_links_no_name_to_it(nlp):
    assert rule_links(nlp, "Eva Sand, die für die Tafel Nordheim einen Scheck übergab, lachte.") == []


def test_a_noun_with_von_and_a_body_apposed_before_a_name_links_the_name_to_it(nlp):
    text = "Danach sprach ihr Kollege von der Hochschule Nordheim, Jan Roth, über Daten."
    assert rule_links(nlp, text) == [("Jan Roth", "Hochschule Nordheim")]


def test_a_noun_with_von_and_a_body_apposed_after_a_name_links_the_name_to_it(nlp):
    text = "Jan Roth, ein Kollege von der Hochschule Nordheim, sprach über Daten."
    assert rule_links(nlp, text) == [("Jan Roth", "Hochschule Nordheim")]


def test_a_noun_with_von_and_a_body_not_apposed_links_no_name_to_it(nlp):
    assert rule_links(nlp, "Jan Roth sprach mit seinem Kollegen von der Hochschule Nordheim.") == []


def test_a_relative_clause_of_working_in_the_perfect_links_the_name_to_its_body(nlp):
    text = "Den Plan erklärte Eva Sand, die zuvor beim Landesamt Nordheim gearbeitet hat."
    assert rule_links(nlp, text) == [("Eva Sand", "Landesamt Nordheim")]


def test_fronted_fuer_before_a_definite_task_names_the_persons_body(nlp):
    found = rule_links(nlp, "Für die Stadtwerke Südtal betreut Eva Sand das Vorhaben.")
    assert found == [("Eva Sand", "Stadtwerke Südtal")]


def test_fronted_fuer_before_an_indefinite_purchase_names_no_body(nlp):
    assert rule_links(nlp, "Für die Tafel Südtal kaufte Eva Sand einen Kühlschrank.") == []


def test_fronted_fuer_and_a_kind_noun_names_the_one_body_of_that_kind(nlp):
    found = rule_links(nlp, "Die Talwerk GmbH baut ein Werk. Für das Unternehmen sprach Jan Ott.")
    assert found == [("Jan Ott", "Talwerk GmbH")]


def test_fronted_fuer_before_a_verb_the_tagger_reads_as_an_adjective_names_the_body(nlp):
    text = (
        "Die Stadtwerke Südtal sind dabei. "
        "Für die Stadtwerke begleitet Abteilungsleiter Jan Ott das Vorhaben."
    )
    assert ("Jan Ott", "Stadtwerke Südtal", "preposition") in [
        (a.person.text, a.target, a.kind) for a in rules_only(nlp, text)._.kg_affiliations
    ]



def test_a_title_after_a_possessive_of_a_person_shares_that_persons_one_body(nlp):
    text = "Jan Ott von der Hochschule Talheim sprach. Seine Mitarbeiterin Eva Sand zeigte einen Prototyp."
    assert ("Eva Sand", "Hochschule Talheim") in rule_links(nlp, text)


def test_honoured_membership_without_its_body_belongs_to_the_body_the_article_is_about(nlp):
    text = "Der Turnverein Talheim tagte. Für 40 Jahre Mitgliedschaft wurden Eva Sand und Jan Ott geehrt."
    assert rule_links(nlp, text) == [("Eva Sand", "Turnverein Talheim"), ("Jan Ott", "Turnverein Talheim")]


def test_honoured_membership_without_its_body_names_none_of_two_bodies(nlp):
    text = "Die Stadt Talheim und der Turnverein Talheim feierten. Für 40 Jahre Treue wurde Eva Sand geehrt."
    assert rule_links(nlp, text) == []


def test_honoured_engagement_without_a_body_belongs_to_no_body(nlp):
    assert rule_links(nlp, "Der Turnverein Talheim tagte. Für ihr Engagement wurde Eva Sand geehrt.") == []
