"""Projects named after cue nouns, and events with titles."""

from nlp.relations.testing import annotate, rules_only


def test_project_cue_with_name():
    doc = annotate("Sie stellte das Projekt Lotse vor.")
    assert [p.name for p in doc._.kg_projects] == ["Lotse"]


def test_project_cue_with_quoted_name_after_modifier():
    doc = annotate("Er zeigte die App für das Ehrenamt „Hilfe.Jetzt“ den Gästen.")
    assert [p.name for p in doc._.kg_projects] == ["Hilfe.Jetzt"]


def test_cue_without_name_yields_no_project():
    doc = annotate("Das Projekt wurde von allen gelobt.")
    assert doc._.kg_projects == []


def test_a_sentence_opening_with_unter_dem_titel_names_the_cue_of_the_sentence_before():
    doc = annotate("Sie startet ein Pilotprojekt. Unter dem Titel „Grüne Dächer“ wird gepflanzt.")
    assert [p.name for p in doc._.kg_projects] == ["Grüne Dächer"]


def test_unter_dem_titel_after_a_sentence_without_a_cue_names_no_project():
    doc = annotate("Die Gemeinde lädt ein. Unter dem Titel „Grüne Dächer“ werden Flächen bepflanzt.")
    assert doc._.kg_projects == []


def test_a_year_closing_a_project_name_at_the_end_of_the_sentence(nlp):
    doc = rules_only(nlp, "Die Stadt beteiligt sich am Förderprogramm Grünstadt 2035.")
    assert [p.name for p in doc._.kg_projects] == ["Grünstadt 2035"]


def test_a_lower_case_plus_closes_a_project_name():
    doc = annotate("Das Modellprojekt Dorfhelfer plus wird verlängert.")
    assert [p.name for p in doc._.kg_projects] == ["Dorfhelfer plus"]


def test_plus_before_a_number_is_no_part_of_a_project_name():
    doc = annotate("Das Projekt Dorfhelfer plus 20 weitere Vorhaben werden verlängert.")
    assert [p.name for p in doc._.kg_projects] == ["Dorfhelfer"]


def test_event_with_quoted_title():
    doc = annotate("Die Fachtagung „Daten im Dorf“ fand in Nordstadt statt.")
    assert doc._.kg_events[0].name == "Daten im Dorf"


def test_bare_event_noun_is_no_event():
    doc = annotate("Die Veranstaltung war gut besucht.")
    assert doc._.kg_events == []


def test_event_organizer_from_invitation():
    doc = annotate(
        "Zur Fachtagung „Daten im Dorf“ hatte der Verband Nord eingeladen.", orgs=("Verband Nord",)
    )
    assert doc._.kg_events[0].organizer == "Verband Nord"


def test_project_with_dash_alias():
    doc = annotate("Im Projekt LOTSE – „Lokale Teilhabe stärken“ arbeiten drei Städte.")
    assert (doc._.kg_projects[0].name, doc._.kg_projects[0].aliases) == ("LOTSE", ["Lokale Teilhabe stärken"])


def test_event_location_from_stattfinden():
    doc = annotate("Die Fachtagung „Daten im Dorf“ fand in Nordstadt statt.")
    assert doc._.kg_events[0].location is None  # no place entity set by hand


def test_event_venue_from_cue():
    doc = annotate("Die Fachtagung „Daten im Dorf“ war voll. Tagungsort war die Alte Halle.")
    assert doc._.kg_events[0].location == "Alte Halle"


def test_person_leading_a_named_project_is_responsible():
    doc = annotate("Das Projekt Lotse startet. Anna Wahl leitet das Projekt seit Mai.", ("Anna Wahl",))
    assert [(link.person.text, link.target, link.kind) for link in doc._.kg_project_links] == [
        ("Anna Wahl", "Lotse", "responsible")
    ]


def test_project_title_makes_the_holder_responsible():
    doc = annotate("Im Projekt Lotse arbeiten drei Städte. Projektleiterin ist Anna Wahl.", ("Anna Wahl",))
    assert [(link.target, link.kind) for link in doc._.kg_project_links] == [("Lotse", "responsible")]


def test_title_with_project_prefix_before_a_name_is_no_project():
    doc = annotate("Projektleiterin Dr. Maren Vogt stellte den Zeitplan vor.", persons=["Maren Vogt"])
    assert doc._.kg_projects == []


def test_event_with_an_ordinal_is_the_same_event():
    doc = annotate("Zweiter Daten-Gipfel in Trier\nZum zweiten Daten-Gipfel kamen 90 Gäste.")
    assert [(e.name, e.aliases) for e in doc._.kg_events] == [("Daten-Gipfel", ["Zweiter Daten-Gipfel"])]


def test_compound_with_a_proper_name_before_the_cue_head_is_a_project():
    doc = annotate("Gefördert wird sie aus dem Humboldt-Programm des Landes.")
    assert [p.name for p in doc._.kg_projects] == ["Humboldt-Programm"]


def test_compound_with_an_acronym_and_a_year_is_a_project():
    doc = annotate("Das ABC-2030-Projekt startet im Herbst.")
    assert [p.name for p in doc._.kg_projects] == ["ABC-2030-Projekt"]


def test_year_after_a_named_compound_belongs_to_its_name():
    doc = annotate("Sie gewann den Humboldt-Wettbewerb 2025 mit ihrer Idee.")
    assert [p.name for p in doc._.kg_projects] == ["Humboldt-Wettbewerb 2025"]


def test_genitive_of_a_named_compound_is_reduced():
    doc = annotate("Die Ergebnisse des Humboldt-Projektes liegen vor.")
    assert [p.name for p in doc._.kg_projects] == ["Humboldt-Projekt"]


def test_compound_of_common_nouns_before_the_cue_head_is_no_project():
    doc = annotate("Die Bund-Länder-Initiative und das IT-System wurden erwähnt.")
    assert doc._.kg_projects == []


def test_compound_of_a_known_project_name_is_an_alias():
    doc = annotate("Das Projekt Zundrax startet. Die Zundrax-App ist online.")
    assert [(p.name, p.aliases) for p in doc._.kg_projects] == [("Zundrax", ["Zundrax-App"])]


def test_compound_of_common_nouns_before_the_cue_head_is_a_description():
    doc = annotate("Der Kreis startet die Mängelmelder-App für alle Bürger.")
    assert doc._.kg_projects == []


def test_project_named_by_several_words_after_a_project_title():
    doc = annotate("Eva Haucke, Projektleiterin Digitale Agenda der Stadt Talheim, sprach.", ("Eva Haucke",))
    assert [p.name for p in doc._.kg_projects] == ["Digitale Agenda"]


def test_project_title_before_a_name_names_no_project():
    doc = annotate("Projektleiter Stadtplanung Jan Roth sprach.", ("Jan Roth",))
    assert doc._.kg_projects == []


def test_unquoted_project_name_of_several_words_after_its_cue():
    doc = annotate("Das Projekt Digitales Dorf Nordstadt startet im Mai.")
    assert [p.name for p in doc._.kg_projects] == ["Digitales Dorf Nordstadt"]


def test_an_abbreviation_after_the_cue_is_the_whole_name():
    doc = annotate("Im Projekt LOTSE Daten zu sammeln war das Ziel.")
    assert [p.name for p in doc._.kg_projects] == ["LOTSE"]


def test_programme_lead_title_names_the_programme_after_it():
    doc = annotate("Kira Berg, Programmleitung Digitales Dorf Nordstadt, gab Einblicke.", ("Kira Berg",))
    assert [p.name for p in doc._.kg_projects] == ["Digitales Dorf Nordstadt"]


def test_a_cue_inside_a_quoted_title_names_no_project_of_its_own():
    doc = annotate("Gefördert wird das im Programm „Modellprojekte Digitale Dörfer: Wege ins Netz“.")
    assert "Digitale Dörfer" not in [p.name for p in doc._.kg_projects]


def projects(text, orgs=()):
    return [p.name for p in annotate(text, (), orgs)._.kg_projects]


def test_quoted_name_introduced_by_mit_dem_namen():
    assert projects("Das Projekt mit dem Namen „Grüne Höfe“ startet im Mai.") == ["Grüne Höfe"]


def test_unquoted_name_after_namens():
    assert projects("Das Projekt namens LUMO startet im Mai.") == ["LUMO"]


def test_subject_of_a_copula_with_a_project_noun():
    assert projects("„Grüne Höfe“ ist ein Projekt des Landkreises.") == ["Grüne Höfe"]


def test_acronym_the_copula_calls_a_project_even_when_read_as_organization():
    assert projects("LUMO ist ein Forschungsprojekt der Hochschule.", orgs=("LUMO",)) == ["LUMO"]


def test_name_before_an_apposition_with_a_project_noun():
    assert projects("LUMO, ein Projekt des Landes, startet im Mai.") == ["LUMO"]


def test_partner_or_leader_of_a_project_is_no_project_name():
    assert projects("IHK ist ein Projektträger, LUMO ein Projektpartner.") == []


def test_partner_after_a_project_compound_is_no_project():
    assert projects("Die Projektpartner TU Nordstadt und FH Talheim trafen sich.") == []


def test_quoted_name_after_a_project_team_is_a_project():
    assert projects("Das Projektteam von „Grüne Höfe“ traf sich.") == ["Grüne Höfe"]


def test_word_before_a_dash_apposition_with_a_definite_article_and_a_cue():
    assert projects("Lumora – die neue App der Stadt – ist online.") == ["Lumora"]


def test_name_before_an_apposition_with_a_participle_phrase_and_a_cue():
    assert projects("„Grüne Höfe“, das vom Kreis getragene Projekt, startet im Mai.") == ["Grüne Höfe"]


def test_copula_with_one_of_the_projects():
    assert projects("LUMO ist eines der Projekte der Hochschule.") == ["LUMO"]


def test_relative_clause_with_a_project_noun_names_no_project():
    assert projects("IHK, die das Projekt betreut, lädt ein.") == []


def test_proper_name_written_apart_before_a_cue_noun_is_a_project():
    assert projects("Anträge gehen über das Sachsen Portal ein.") == ["Sachsen Portal"]


def test_hyphenated_name_before_a_cue_headed_compound_is_a_project():
    found = projects("Sie hat den Humboldt-Meitner Talent-Fonds gegründet.")
    assert found == ["Humboldt-Meitner Talent-Fonds"]


def test_name_before_a_plural_cue_noun_is_no_project():
    assert projects("Weil die Leibniz Projekte fördert, kam sie.") == []


def test_name_after_a_cue_that_begins_with_a_namesake_is_a_project():
    found = [
        p.name
        for p in annotate("Sie förderte das Programm Ada Lovelace Scholars.", ("Ada Lovelace",))._.kg_projects
    ]
    assert found == ["Ada Lovelace Scholars"]


def test_person_after_a_cue_before_a_common_noun_is_no_project():
    doc = annotate("Im Projekt Anna Wahl Verantwortung zu geben war richtig.", ("Anna Wahl",))
    assert doc._.kg_projects == []


def test_unquoted_name_after_heisst():
    assert projects("Die neue App heißt Ortsfunk und ist kostenlos.") == ["Ortsfunk"]


def test_unquoted_name_after_nennt_sich():
    assert projects("Das Programm nennt sich Nordlicht und startet im Mai.") == ["Nordlicht"]


def test_quoted_name_after_traegt_den_namen():
    assert projects("Das Projekt trägt den Namen „Grüne Höfe“.") == ["Grüne Höfe"]


def test_initiative_with_a_member_is_no_project():
    assert projects("Sie ist Mitglied der studentischen Initiative „Lesepaten Nord“.") == []


def test_demonstrative_cue_classifies_the_quoted_name_of_the_sentence_before():
    text = "Der Kreis nimmt am Konzept „Gute Pflege Nord“ teil. Diese Förderinitiative gab es seit 2015."
    assert projects(text) == ["Gute Pflege Nord"]


def test_demonstrative_cue_after_a_quoted_statement_names_no_project():
    text = "Sie sagte: „Wir bleiben dran.“ Dieses Projekt hat das Land gestartet."
    assert projects(text) == []


def test_genitive_of_a_name_written_apart_before_a_cue_is_reduced():
    assert projects("Die Nutzer des Sachsen Portals sind zufrieden.") == ["Sachsen Portal"]


def test_project_name_apposed_to_a_prepositional_object_past_the_verb_particle(nlp):
    doc = rules_only(nlp, "Die Studie baut auf CareMap auf, einem Vorläuferprojekt der Hochschule Nordheim.")
    assert [p.name for p in doc._.kg_projects] == ["CareMap"]


def test_project_name_with_a_sign_inside_a_word(nlp):
    doc = rules_only(nlp, "Das Geld kommt aus dem Landesprogramm Digitales Dorf@Nord.")
    assert [p.name for p in doc._.kg_projects] == ["Digitales Dorf@Nord"]


def test_project_name_with_a_version_number(nlp):
    doc = rules_only(nlp, "Die Firma nimmt am Programm Handwerk 4.0 Süd teil.")
    assert [p.name for p in doc._.kg_projects] == ["Handwerk 4.0 Süd"]


def test_a_named_strategy_is_a_project():
    doc = annotate("Der Rat beschloss die Digitalstrategie „Nordheim vernetzt“.")
    assert [p.name for p in doc._.kg_projects] == ["Nordheim vernetzt"]


def test_a_cue_without_a_name_takes_the_quoted_title_of_its_sentence():
    doc = annotate("Unter dem Titel „Zukunft Pflege“ startete die Stadt ein Pilotprojekt.")
    assert [p.name for p in doc._.kg_projects] == ["Zukunft Pflege"]


def test_a_quoted_motto_without_a_cue_names_no_project():
    assert annotate("Unter dem Motto „Kiel hilft“ sammelten die Schüler Geld.")._.kg_projects == []


def test_quoted_name_of_several_words_apposed_to_a_prepositional_object():
    doc = annotate("Die Ergebnisse von „Daten Nord“, einem Projekt der Universität, wurden gezeigt.")
    assert [p.name for p in doc._.kg_projects] == ["Daten Nord"]


def test_name_led_by_a_mixed_case_word_apposed_to_a_prepositional_object():
    doc = annotate("Das Team von PflegeHub Süd, einem Projekt der Hochschule, zeigte erste Ergebnisse.")
    assert [p.name for p in doc._.kg_projects] == ["PflegeHub Süd"]


def test_quoted_names_coordinated_after_a_plural_cue():
    doc = annotate("Die Projekte „Waldweg“ und „Bachlauf“ beginnen im Juni.")
    assert [p.name for p in doc._.kg_projects] == ["Waldweg", "Bachlauf"]


def test_unquoted_names_listed_after_a_plural_cue():
    doc = annotate("Gefördert werden die Projekte Waldweg, Bachlauf und Feldrand.")
    assert [p.name for p in doc._.kg_projects] == ["Waldweg", "Bachlauf", "Feldrand"]


def test_names_after_a_plural_cue_end_before_an_article():
    doc = annotate("Die Projekte Waldweg und Bachlauf sowie die Stadt Nordheim stellten sich vor.")
    assert [p.name for p in doc._.kg_projects] == ["Waldweg", "Bachlauf"]


def test_names_after_a_singular_cue_are_not_distributed():
    doc = annotate("Das Projekt „Waldweg“ und „Bachlauf“, ein Lied der Schüler, wurden gezeigt.")
    assert [p.name for p in doc._.kg_projects] == ["Waldweg"]


def test_das_projekt_refers_to_the_one_coined_name_of_the_sentence_before():
    doc = annotate("Ziel von NordHub ist es, Betriebe zu vernetzen. Das Projekt wird vom Land gefördert.")
    assert [p.name for p in doc._.kg_projects] == ["NordHub"]


def test_das_projekt_after_a_sentence_with_two_coined_names_names_none():
    doc = annotate("NordHub und SüdLab arbeiten zusammen. Das Projekt wird vom Land gefördert.")
    assert doc._.kg_projects == []


def test_reallabor_is_a_project_cue():
    doc = annotate("Das Reallabor „Mobil im Dorf“ startet im Herbst.")
    assert [p.name for p in doc._.kg_projects] == ["Mobil im Dorf"]


def test_project_name_closed_by_a_year(nlp):
    doc = rules_only(nlp, "Der Kreis nimmt am Wettbewerb Zukunftsdorf 2030 teil.")
    assert [p.name for p in doc._.kg_projects] == ["Zukunftsdorf 2030"]


def test_year_before_a_clause_final_verb_is_no_part_of_the_name(nlp):
    doc = rules_only(nlp, "Man freut sich, dass das Projekt Lotse Nord 2025 beginnt.")
    assert [p.name for p in doc._.kg_projects] == ["Lotse Nord"]


def test_model_organization_after_a_project_noun_is_the_project(nlp):
    doc = rules_only(nlp, "Es ist gut, dass das Projekt Grüne Mitte 2023 startet.")
    assert [p.name for p in doc._.kg_projects] == ["Grüne Mitte"]
    assert [e.text for e in doc.ents if e.label_ == "ORG"] == []


def test_acronym_with_long_form_in_brackets_before_a_copula_is_a_project():
    doc = annotate("MOVA (Mobilität von Anfang an) ist ein Forschungsprojekt der Hochschule.")
    assert [(p.name, p.aliases) for p in doc._.kg_projects] == [("MOVA", ["Mobilität von Anfang an"])]


def test_quoted_name_as_subject_of_heissen_before_a_cue_is_a_project():
    doc = annotate("„Kiez.Wir“ heißt das neue Projekt der Stadt.")
    assert [p.name for p in doc._.kg_projects] == ["Kiez.Wir"]


def test_gutheissen_names_no_project():
    doc = annotate("Die Stadt heißt das Projekt gut.")
    assert doc._.kg_projects == []


def test_compound_cue_followed_by_a_name_classifies_the_name():
    doc = annotate("Im Rahmen des Interreg-Projekts RiverLink planen zwei Städte eine Brücke.")
    assert [p.name for p in doc._.kg_projects] == ["RiverLink"]


def test_acronym_after_cue_takes_its_long_form_in_brackets_as_alias():
    doc = annotate("Das Projekt MOVA (Mobilität von Anfang an) beginnt im März.")
    assert [(p.name, p.aliases) for p in doc._.kg_projects] == [("MOVA", ["Mobilität von Anfang an"])]


def test_english_function_word_inside_a_project_name():
    doc = annotate("Die Initiative Code for Nordstadt sucht Freiwillige.")
    assert [p.name for p in doc._.kg_projects] == ["Code for Nordstadt"]


def test_one_singular_word_after_a_compound_cue_is_its_name(nlp):
    doc = rules_only(nlp, "Im Forschungsprojekt Kompass arbeiten drei Hochschulen zusammen.")
    assert [p.name for p in doc._.kg_projects] == ["Kompass"]


def test_plural_object_after_a_compound_cue_is_no_name(nlp):
    doc = rules_only(nlp, "Es ist gut, dass das Land im Förderprogramm Kommunen unterstützt.")
    assert doc._.kg_projects == []


def test_quoted_name_after_a_cue_its_genitive_and_heisst(nlp):
    doc = rules_only(nlp, "Das Förderprogramm des Kreises heißt „Dorf aktiv“.")
    assert [p.name for p in doc._.kg_projects] == ["Dorf aktiv"]


def test_unquoted_name_after_a_cue_and_mit_dem_namen(nlp):
    doc = rules_only(nlp, "Das Land fördert das Projekt mit dem Namen SchulDigital mit einer Million Euro.")
    assert [p.name for p in doc._.kg_projects] == ["SchulDigital"]


def test_place_after_a_cue_names_no_project(nlp):
    doc = rules_only(nlp, "Die Initiative Talheim sammelt seit Mai Unterschriften gegen die Umgehungsstraße.")
    assert doc._.kg_projects == []


def test_name_apposed_to_a_cue_after_a_hyphenated_adjective(nlp):
    doc = rules_only(nlp, "Mit LUMA, einem KI-basierten Frühwarnsystem, sollen Krisen früher erkannt werden.")
    assert [p.name for p in doc._.kg_projects] == ["LUMA"]


def test_a_coined_name_the_model_reads_as_a_place_after_namens_is_a_project(nlp):
    doc = rules_only(nlp, "Mit dem Projekt namens DigiDorf will der Landkreis Nordheim Dörfer vernetzen.")
    assert [p.name for p in doc._.kg_projects] == ["DigiDorf"]


def test_a_place_right_after_an_initiative_noun_names_no_project(nlp):
    doc = rules_only(nlp, "Die Initiative Saarburg hilft den Nachbarn.")
    assert [p.name for p in doc._.kg_projects] == []


def test_a_quoted_name_right_after_a_verb_of_coordinating_names_a_project(nlp):
    doc = rules_only(nlp, "Eva Kranich koordiniert „Gesund vor Ort“ seit dem Frühjahr.")
    assert [p.name for p in doc._.kg_projects] == ["Gesund vor Ort"]


def test_a_quoted_name_right_before_a_participle_of_developing_names_a_project(nlp):
    doc = rules_only(nlp, "Das Team hat „DorfFunk Süd“ entwickelt.")
    assert [p.name for p in doc._.kg_projects] == ["DorfFunk Süd"]


def test_a_quoted_clause_after_a_verb_of_leading_is_no_project(nlp):
    doc = rules_only(nlp, "Eva Kranich leitet „Nordheim singt“ seit Jahren.")
    assert doc._.kg_projects == []


def test_a_portal_compound_names_the_project_after_it(nlp):
    doc = rules_only(nlp, "Über das Onlineportal Bürgerservice Nord lassen sich Anträge stellen.")
    assert [p.name for p in doc._.kg_projects] == ["Bürgerservice Nord"]


def test_a_coined_word_the_entities_read_as_an_organization_after_a_cue_is_the_projects_name():
    assert projects("Die Anwendung Tellwise erinnert an Termine.", orgs=("Tellwise",)) == ["Tellwise"]


def test_a_body_after_a_cue_is_a_partner_not_the_projects_name():
    assert projects("Das Projekt Stadtwerke Nordheim spart Strom.", orgs=("Stadtwerke Nordheim",)) == []


def test_a_tool_noun_is_a_cue_of_the_name_after_it():
    assert projects("Sie zeigte das digitale Werkzeug Kompass den Gästen.") == ["Kompass"]


def test_bei_x_handelt_es_sich_um_a_project_names_it(nlp):
    doc = rules_only(nlp, "Bei Feldlicht handelt es sich um ein vom Land gefördertes Forschungsprojekt.")
    assert [p.name for p in doc._.kg_projects] == ["Feldlicht"]


def test_hinter_dem_namen_x_verbirgt_sich_an_app_names_it(nlp):
    doc = rules_only(nlp, "Hinter dem Namen Feldfunk verbirgt sich eine App der Gemeinde.")
    assert [p.name for p in doc._.kg_projects] == ["Feldfunk"]


def test_bei_a_body_handelt_es_sich_um_a_project_names_no_project(nlp):
    doc = rules_only(nlp, "Bei der Stadt handelt es sich um ein Projekt mit langer Laufzeit.")
    assert doc._.kg_projects == []
