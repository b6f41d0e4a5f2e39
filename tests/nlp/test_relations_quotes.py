"""Quotes attributed to their speaker; unattributed quotes yield nothing."""

from nlp.relations.testing import annotate, rules_only


def quoted(text, persons):
    doc = annotate(text, persons)
    return [(doc._.kg_person_at[q.person.start], q.quote) for q in doc._.kg_quotes]


def test_speech_verb_after_quote():
    text = "„Wir sind sehr zufrieden damit“, erklärte Projektleiterin Uta Klar."
    assert quoted(text, ("Uta Klar",)) == [("Uta Klar", "Wir sind sehr zufrieden damit")]


def test_so_after_quote():
    text = "„Das ist ein guter Tag“, so Karl Test."
    assert quoted(text, ("Karl Test",))[0][0] == "Karl Test"


def test_speaker_before_colon():
    text = "Landrat Otto Beispiel ist überzeugt: „Das wird ein Erfolg.“"
    assert quoted(text, ("Otto Beispiel",))[0][0] == "Otto Beispiel"


def test_unattributed_quote_yields_nothing():
    text = "Das Motto lautete: „Gemeinsam geht es besser voran“."
    assert quoted(text, ()) == []


def test_quoted_title_is_no_quote():
    text = "Nina Wort besuchte die Fachtagung „Neue Wege in der Pflege“."
    assert quoted(text, ("Nina Wort",)) == []


def test_pronoun_speaker_resolves_to_previous_sentence():
    text = "Auch Ida Klar ist zufrieden. Er sagte: „Das hat sich wirklich gelohnt.“"
    assert quoted(text, ("Ida Klar",))[0][0] == "Ida Klar"


def test_unnamed_speaker_yields_no_quote():
    assert quoted("Ein Sprecher der Stadt sagte: „Wir prüfen das Angebot.“", ()) == []


def test_role_noun_after_quote_resolves_to_single_holder():
    text = "Direktorin Ada Berg kam. „Wir brauchen mehr Geld dafür“, so die Direktorin."
    assert quoted(text, ("Ada Berg",))[0][0] == "Ada Berg"


def test_pronoun_speaker_is_the_one_person_of_the_previous_sentence():
    text = "Die Keynote hielt Petra Lenz. Sie sagte: „Offene Daten bringen Regionen voran.“"
    assert quoted(text, ("Petra Lenz",)) == [("Petra Lenz", "Offene Daten bringen Regionen voran.")]


def reported(text, persons, orgs=()):
    return [(q.person.text, q.form, q.quote) for q in annotate(text, persons, orgs)._.kg_quotes]


def test_laut_names_the_source_of_the_rest_of_the_sentence():
    found = reported("Laut Bürgermeisterin Eva Roth soll der Radweg im Mai fertig sein.", ("Eva Roth",))
    assert found == [("Eva Roth", "indirect", "soll der Radweg im Mai fertig sein")]


def test_zufolge_after_the_source():
    found = reported("Eva Roth zufolge sei die Lage in Nordstadt ernst.", ("Eva Roth",))
    assert [(p, f) for p, f, _ in found] == [("Eva Roth", "indirect")]


def test_nach_angaben_von_names_the_source():
    found = reported("Nach Angaben von Jan Kurz wurden bisher 300 Anträge gestellt.", ("Jan Kurz",))
    assert [(p, f) for p, f, _ in found] == [("Jan Kurz", "indirect")]


def test_nach_auskunft_von_names_the_source():
    found = reported("Nach Auskunft von Jan Kurz beginnen die Arbeiten im Mai.", ("Jan Kurz",))
    assert found == [("Jan Kurz", "indirect", "beginnen die Arbeiten im Mai")]


def test_wie_clause_with_a_speech_verb_attributes_the_sentence():
    found = reported("Wie Jan Kurz betonte, werden die Mittel im Herbst erhöht.", ("Jan Kurz",))
    assert found == [("Jan Kurz", "indirect", "werden die Mittel im Herbst erhöht")]


def test_organization_of_a_laut_source_is_not_reported():
    text = "Laut Eva Roth vom Bauamt Nordstadt wird die Brücke im Mai fertig."
    found = reported(text, ("Eva Roth",), ("Bauamt Nordstadt",))
    assert found == [("Eva Roth", "indirect", "wird die Brücke im Mai fertig")]


def test_apposition_of_a_laut_source_is_not_reported():
    text = "Laut Jan Kurz, Sprecher der Stadt Nordheim, wurden 300 Anträge gestellt."
    found = reported(text, ("Jan Kurz",))
    assert found == [("Jan Kurz", "indirect", "wurden 300 Anträge gestellt")]


def test_relative_clause_on_a_laut_source_is_not_reported(nlp):
    doc = rules_only(nlp, "Laut Jan Kurz, der das Bauamt seit Mai leitet, wurden 300 Anträge gestellt.")
    found = [(q.person.text, q.quote) for q in doc._.kg_quotes]
    assert found == [("Jan Kurz", "wurden 300 Anträge gestellt")]


def test_laut_before_a_clause_of_two_words_reports_it(nlp):
    doc = rules_only(nlp, "Laut Eva Roth fehlen Lehrkräfte.")
    assert [(q.person.text, q.quote) for q in doc._.kg_quotes] == [("Eva Roth", "fehlen Lehrkräfte")]


def test_report_before_a_speech_verb_and_a_noun_set_before_the_name(nlp):
    doc = rules_only(nlp, "Die Lage sei ernst, warnte die Virologin Eva Roth.")
    assert [(q.person.text, q.quote) for q in doc._.kg_quotes] == [("Eva Roth", "Die Lage sei ernst")]


def test_present_of_an_inseparable_verb_of_saying_read_as_a_participle(nlp):
    doc = rules_only(nlp, "Dr. Jan Ott erklärt, die Lage sei ernst.")
    assert [(q.person.text, q.quote) for q in doc._.kg_quotes] == [("Jan Ott", "die Lage sei ernst")]


def test_perfect_of_a_verb_of_saying_before_its_complement(nlp):
    doc = rules_only(nlp, "Eva Sand hat am Montag betont, dass die Lage ernst sei.")
    assert [(q.person.text, q.quote) for q in doc._.kg_quotes] == [("Eva Sand", "die Lage ernst sei")]


def test_perfect_of_a_verb_of_saying_after_the_fronted_report(nlp):
    doc = rules_only(nlp, "Die Lage sei ernst, hat Eva Sand am Montag gesagt.")
    assert [(q.person.text, q.quote) for q in doc._.kg_quotes] == [("Eva Sand", "Die Lage sei ernst")]


def test_a_verb_of_hope_or_fear_before_a_dass_clause_reports_the_view(nlp):
    doc = rules_only(nlp, "Eva Sand befürchtet, dass die Kosten steigen.")
    assert [(q.person.text, q.quote) for q in doc._.kg_quotes] == [("Eva Sand", "die Kosten steigen")]


def test_a_verb_of_hope_with_an_object_reports_nothing(nlp):
    assert rules_only(nlp, "Eva Sand hofft auf gutes Wetter für das Fest.")._.kg_quotes == []


def test_perfect_of_another_verb_before_a_relative_clause_reports_nothing(nlp):
    assert rules_only(nlp, "Eva Sand hat das Haus gekauft, das nun leer steht.")._.kg_quotes == []


def test_an_inverted_pronoun_subject_of_a_verb_of_saying(nlp):
    doc = rules_only(nlp, "Eva Sand kam spät. Danach betonte sie, dass die Lage ernst sei.")
    assert [(q.person.text, q.quote) for q in doc._.kg_quotes] == [("Eva Sand", "die Lage ernst sei")]


def test_laut_and_a_noun_for_the_person_without_an_article(nlp):
    doc = rules_only(nlp, "Laut Ökonomin Eva Roth wird sich die Lage im Herbst bessern.")
    found = [(q.person.text, q.quote) for q in doc._.kg_quotes]
    assert found == [("Eva Roth", "wird sich die Lage im Herbst bessern")]


def test_nach_ansicht_von_and_a_noun_for_the_person_without_an_article(nlp):
    doc = rules_only(nlp, "Nach Ansicht von Virologe Jan Kurz ist die Welle vorbei.")
    assert [(q.person.text, q.quote) for q in doc._.kg_quotes] == [("Jan Kurz", "ist die Welle vorbei")]


def test_heisst_es_in_a_statement_of_a_person_after_a_quote(nlp):
    doc = rules_only(nlp, "„Wir brauchen mehr Wohnungen“, heißt es in einer Erklärung von Jan Kurz.")
    assert [q.person.text for q in doc._.kg_quotes] == ["Jan Kurz"]


def test_heisst_es_in_a_paper_of_nobody_names_no_speaker(nlp):
    doc = rules_only(nlp, "„Wir brauchen mehr Wohnungen“, heißt es in dem Papier. Jan Kurz schwieg.")
    assert [q.person.text for q in doc._.kg_quotes] == []


def test_findet_after_a_quote_attributes_it(nlp):
    doc = rules_only(nlp, "„Die Zahlen sprechen für sich“, findet auch Kämmerer Jan Kurz.")
    assert [q.person.text for q in doc._.kg_quotes] == ["Jan Kurz"]


def test_dash_and_das_after_a_quote_point_back_to_it(nlp):
    doc = rules_only(nlp, "„Wir bauen im Sommer“ – das kündigte Bürgermeisterin Eva Roth an.")
    assert [(q.person.text, q.quote) for q in doc._.kg_quotes] == [("Eva Roth", "Wir bauen im Sommer")]


def test_laut_with_a_document_names_no_person():
    assert reported("Laut Pressemitteilung haben sich fünf Landräte zusammengetan.", ()) == []


def test_wie_clause_with_a_speech_verb_known_by_its_lemma(nlp):
    doc = nlp("Wie Jan Roth am Montag mitteilte, beginnt der Bau der Halle im Mai.")
    assert [(q.person.text, q.form) for q in doc._.kg_quotes] == [("Jan Roth", "indirect")]


def test_so_after_reported_speech_names_its_source():
    found = quoted("Die Stadt werde sparen müssen, so der Vorsitzende des Vereins Jan Roth.", ("Jan Roth",))
    assert [name for name, _ in found] == ["Jan Roth"]


def test_so_with_a_list_of_names_after_a_quote():
    text = "„Wir wollen helfen“, so die Planerinnen von Stadt und Kreis, Anna Weber und Eva Klein."
    assert [name for name, _ in quoted(text, ("Anna Weber", "Eva Klein"))] == ["Anna Weber", "Eva Klein"]


def test_so_dass_is_no_attribution():
    assert quoted("Das Wetter war schön, so dass Jan Roth zum Fest kam.", ("Jan Roth",)) == []


def rule_reports(nlp, text):
    doc = rules_only(nlp, text)
    return [(q.person.text, q.quote, q.form) for q in doc._.kg_quotes]


def test_dass_clause_of_a_verb_of_saying_is_reported_speech(nlp):
    text = "Dabei betonte Landrätin Eva Sand, dass das Ehrenamt im Kreis unverzichtbar sei."
    assert rule_reports(nlp, text) == [("Eva Sand", "das Ehrenamt im Kreis unverzichtbar sei", "indirect")]


def test_konjunktiv_clause_after_a_comma_is_reported_speech(nlp):
    text = "Markus Reiter erklärte, die Stadt habe in diesem Jahr viel erreicht."
    assert rule_reports(nlp, text) == [
        ("Markus Reiter", "die Stadt habe in diesem Jahr viel erreicht", "indirect")
    ]


def test_konjunktiv_sentence_after_an_object_and_a_colon_is_reported_speech(nlp):
    text = "Markus Reiter erläuterte die Technik: Die Daten lägen ausschließlich auf Servern in Deutschland."
    found = rule_reports(nlp, text)
    assert [(p, form) for p, _, form in found] == [("Markus Reiter", "indirect")]


def test_object_and_a_relative_clause_after_a_verb_of_saying_is_no_report(nlp):
    text = "Eva Sand betonte die Bedeutung des Ehrenamts, die nicht hoch genug sei."
    assert rule_reports(nlp, text) == []


def test_coordinated_subjects_of_a_strong_verb_of_saying_in_the_past_plural_report(nlp):
    text = "Eva Sand und Jan Roth hoben hervor, dass die Zusammenarbeit gut funktioniere."
    assert sorted(p for p, _, _ in rule_reports(nlp, text)) == ["Eva Sand", "Jan Roth"]


def test_pronoun_subject_of_a_verb_of_saying_reports_for_its_antecedent(nlp):
    text = "Eva Sand wurde geehrt. Sie betonte, dass sie sich über die Auszeichnung sehr freue."
    assert [p for p, _, _ in rule_reports(nlp, text)] == ["Eva Sand"]


def test_konjunktiv_sentence_after_any_verb_and_a_colon_is_reported_speech(nlp):
    text = "Präsident Martin Fuchs gratulierte: Der Preis sei eine Anerkennung für die gesamte Fakultät."
    assert [(p, form) for p, _, form in rule_reports(nlp, text)] == [("Martin Fuchs", "indirect")]


def test_reported_speech_of_a_subject_with_a_party_bracket(nlp):
    text = "Ministerin Dörte Schall (SPD) verwies auf die Zahlen: Inzwischen hätten 85 Prozent Zugang."
    assert [(p, form) for p, _, form in rule_reports(nlp, text)] == [("Dörte Schall", "indirect")]


def test_report_ends_before_the_closing_mark_and_a_line_break(nlp):
    text = (
        "Direktor Bernd Kaiser betonte, wie wichtig eine wohnortnahe Beratung sei.\n\nDanach gab es Kaffee."
    )
    assert [q for _, q, _ in rule_reports(nlp, text)] == ["wie wichtig eine wohnortnahe Beratung sei"]


def test_speaker_before_an_apposition_reports_the_dass_clause(nlp):
    text = "Jens Olt, Zweiter Bürgermeister von Südtal, stellte fest, dass die Wehren gut zusammenarbeiten."
    assert rule_reports(nlp, text) == [("Jens Olt", "die Wehren gut zusammenarbeiten", "indirect")]


def test_adjective_of_conviction_after_a_copula_reports_the_dass_clause(nlp):
    text = "Landrätin Eva Sand war überzeugt, dass sich die Arbeit längst bezahlt gemacht hat."
    assert rule_reports(nlp, text) == [("Eva Sand", "sich die Arbeit längst bezahlt gemacht hat", "indirect")]


def test_adverb_and_particle_between_the_verb_of_saying_and_its_dass_clause(nlp):
    text = "Jens Olt rechnete auch vor, dass die Ausgaben pro Kopf sehr niedrig sind."
    assert rule_reports(nlp, text) == [("Jens Olt", "die Ausgaben pro Kopf sehr niedrig sind", "indirect")]


def test_quoted_phrase_judged_by_the_subject_is_its_words(nlp):
    text = "Eva Sand bezeichnete den Beschluss als „wichtiges Signal für die Region“."
    assert rule_reports(nlp, text) == [("Eva Sand", "wichtiges Signal für die Region", "direct")]


def test_quoted_phrase_is_the_words_of_each_coordinated_subject(nlp):
    text = "Dabei lobten Landrätin Eva Sand und Bürgermeister Jens Olt den Verein als „guten Partner“."
    assert [q[0] for q in rule_reports(nlp, text)] == ["Eva Sand", "Jens Olt"]


def test_quoted_title_after_a_noun_is_no_quote(nlp):
    assert rule_reports(nlp, "Eva Sand besuchte die Fachtagung „Daten im Dorf“ in Südtal.") == []


def test_person_beside_the_subject_is_not_the_speaker_of_a_quoted_phrase(nlp):
    assert rule_reports(nlp, "Die Kollegin von Eva Sand nannte die Lage „sehr ernst“.") == []


def test_quoted_phrase_judged_by_a_pronoun_is_the_words_of_its_antecedent(nlp):
    text = "Die Festrede hielt Ministerin Eva Sand. Sie nannte das Handwerk „das Rückgrat der Region“."
    assert rule_reports(nlp, text) == [("Eva Sand", "das Rückgrat der Region", "direct")]


def test_capitalised_quoted_phrase_after_an_article_is_the_speakers_phrase(nlp):
    text = "Bürgermeister Jens Olt sprach von einer „Investition in die Zukunft der Kinder“."
    assert rule_reports(nlp, text) == [("Jens Olt", "Investition in die Zukunft der Kinder", "direct")]


def test_quoted_title_of_a_talk_after_ueber_is_no_quote(nlp):
    assert rule_reports(nlp, "Eva Sand sprach über „neue Wege in der Pflege“.") == []


def test_lower_case_quoted_title_right_after_its_noun_is_no_quote(nlp):
    assert rule_reports(nlp, "Eva Sand lobte die Kampagne „gemeinsam stark“ der Stadt.") == []


def test_konjunktiv_sentence_after_a_speakers_sentence_goes_on_reporting_them(nlp):
    text = "Jens Olt warnte vor Betrügern. Allein im Vorjahr seien mehr als 300 Fälle angezeigt worden."
    assert rule_reports(nlp, text) == [
        ("Jens Olt", "Allein im Vorjahr seien mehr als 300 Fälle angezeigt worden", "indirect")
    ]


def test_a_run_of_konjunktiv_sentences_goes_on_reporting_the_same_speaker(nlp):
    text = "Jens Olt warnte vor Betrug. Die Täter seien organisiert. Man arbeite eng mit der Bank zusammen."
    assert [(p, q) for p, q, _ in rule_reports(nlp, text)] == [
        ("Jens Olt", "Die Täter seien organisiert"),
        ("Jens Olt", "Man arbeite eng mit der Bank zusammen"),
    ]


def test_konjunktiv_sentence_after_a_sentence_without_a_verb_of_saying_reports_nobody(nlp):
    text = "Jens Olt kam nach Südtal. Allein im Vorjahr seien mehr als 300 Fälle angezeigt worden."
    assert rule_reports(nlp, text) == []


def test_konjunktiv_sentence_after_the_subject_of_a_possessed_talk_goes_on_reporting_them(nlp):
    text = "In ihrem Bericht ging Vera Lind auf das Jahr ein. Die Zahl der Einsätze sei deutlich gestiegen."
    assert rule_reports(nlp, text) == [
        ("Vera Lind", "Die Zahl der Einsätze sei deutlich gestiegen", "indirect")
    ]


def test_fronted_report_whose_konjunktiv_the_tagger_reads_as_an_adjective(nlp):
    text = "Die Summe reiche aber nicht aus, sagte Kämmerer Jan Ott."
    assert rule_reports(nlp, text) == [("Jan Ott", "Die Summe reiche aber nicht aus", "indirect")]


def test_a_view_held_with_a_correlate_reports_its_dass_clause(nlp):
    text = "Kämmerin Eva Alt geht davon aus, dass die Steuern im Herbst steigen."
    assert rule_reports(nlp, text) == [("Eva Alt", "die Steuern im Herbst steigen", "indirect")]


def test_a_view_held_as_the_object_of_vertreten_reports_its_dass_clause(nlp):
    text = "Kämmerin Eva Alt vertritt die Auffassung, dass die Steuern im Herbst steigen."
    assert rule_reports(nlp, text) == [("Eva Alt", "die Steuern im Herbst steigen", "indirect")]


def test_reckoning_with_a_noun_reports_nothing(nlp):
    assert rule_reports(nlp, "Kämmerin Eva Alt rechnet mit Kosten von zwei Millionen Euro.") == []


def test_support_verb_with_deutlich_reports_its_dass_clause(nlp):
    doc = rules_only(nlp, "Jan Roth machte deutlich, dass der Bau der Halle im Mai beginnen werde.")
    assert [(q.person.text, q.form, q.quote) for q in doc._.kg_quotes] == [
        ("Jan Roth", "indirect", "der Bau der Halle im Mai beginnen werde")
    ]


def test_zu_bedenken_geben_reports_its_dass_clause(nlp):
    doc = rules_only(nlp, "Eva Alt gab zu bedenken, dass der Bau der Halle teurer werde.")
    assert [(q.person.text, q.quote) for q in doc._.kg_quotes] == [
        ("Eva Alt", "der Bau der Halle teurer werde")
    ]


def test_support_verb_without_its_word_reports_nothing(nlp):
    assert (
        rules_only(nlp, "Jan Roth machte im Mai eine Pause, weil die Halle gebaut wurde.")._.kg_quotes == []
    )


def test_pronoun_of_the_next_sentence_reports_for_the_subject_not_the_object(nlp):
    text = "Rektor Uwe Brand empfing Minister Olaf Teich. Er betonte, dass die Hochschule wachse."
    assert rule_reports(nlp, text) == [("Uwe Brand", "die Hochschule wachse", "indirect")]


def test_pronoun_after_the_verb_of_saying_names_its_antecedent_of_that_gender(nlp):
    text = "Jan Roth und Eva Alt kamen nach Kiel. „Wir bauen die Halle bald aus“, sagt sie."
    assert [q.person.text for q in rules_only(nlp, text)._.kg_quotes] == ["Eva Alt"]


def test_pronoun_after_the_verb_of_saying_standing_for_nobody_known_attributes_nothing(nlp):
    text = "Jan Roth und Tim Lau kamen nach Kiel. „Wir bauen die Halle bald aus“, sagt sie."
    assert rules_only(nlp, text)._.kg_quotes == []


def test_interrupted_quote_is_one_quote_of_the_speaker_between_its_parts(nlp):
    text = "„Die Halle“, sagte Eva Alt, „wird im Mai fertig.“"
    assert [(q.person.text, q.quote) for q in rules_only(nlp, text)._.kg_quotes] == [
        ("Eva Alt", "Die Halle wird im Mai fertig.")
    ]


def test_sentence_pointing_back_to_a_quote_names_its_speaker(nlp):
    text = "„Die Halle wird im Mai fertig.“ Das sagte Eva Alt am Montag."
    assert [q.person.text for q in rules_only(nlp, text)._.kg_quotes] == ["Eva Alt"]


def test_a_short_konjunktiv_report_is_the_quote_not_its_sentence(nlp):
    doc = nlp("Später sagte Jan Roth, er sei zufrieden.")
    assert [(q.person.text, q.quote) for q in doc._.kg_quotes] == [("Jan Roth", "er sei zufrieden")]


def test_lautet_and_a_noun_of_a_person_after_a_quote_names_its_speaker(nlp):
    text = "„Die Halle wird im Mai fertig“ – so lautet das Fazit von Eva Alt."
    assert [q.person.text for q in rules_only(nlp, text)._.kg_quotes] == ["Eva Alt"]


def test_lautet_and_a_noun_of_a_thing_after_a_quote_names_nobody(nlp):
    text = "„Die Halle wird im Mai fertig“, lautet der Titel des Berichts. Eva Alt las daraus."
    assert rules_only(nlp, text)._.kg_quotes == []


def test_short_quote_after_a_colon_that_closes_a_clause_of_saying():
    text = "Jan Kurz antwortete: „Ganz sicher.“"
    assert quoted(text, ("Jan Kurz",)) == [("Jan Kurz", "Ganz sicher.")]


def test_short_quoted_words_after_a_colon_without_a_verb_of_saying_are_no_quote():
    text = "Das Motto von Jan Kurz: „Immer weiter.“"
    assert quoted(text, ("Jan Kurz",)) == []


def test_subject_after_the_verb_of_saying_past_a_fronted_phrase_before_a_colon():
    text = "Auf die Frage nach der Halle antwortete Bürgermeisterin Eva Roth: „Sie wird im Mai fertig.“"
    assert quoted(text, ("Eva Roth",)) == [("Eva Roth", "Sie wird im Mai fertig.")]


def test_aus_sicht_von_names_the_source():
    found = reported("Aus Sicht von Jan Kurz fehlen der Stadt noch 300 Plätze.", ("Jan Kurz",))
    assert [(p, f) for p, f, _ in found] == [("Jan Kurz", "indirect")]


def test_correlate_between_a_verb_of_saying_and_its_dass_clause(nlp):
    doc = rules_only(nlp, "Eva Alt wies darauf hin, dass der Bau der Halle teurer werde.")
    assert [(q.person.text, q.quote) for q in doc._.kg_quotes] == [
        ("Eva Alt", "der Bau der Halle teurer werde")
    ]


def test_darauf_aufmerksam_machen_reports_its_dass_clause(nlp):
    doc = rules_only(nlp, "Eva Alt machte darauf aufmerksam, dass der Bau der Halle teurer werde.")
    assert [q.person.text for q in doc._.kg_quotes] == ["Eva Alt"]


def test_correlate_of_a_verb_that_is_no_verb_of_saying_reports_nothing(nlp):
    doc = rules_only(nlp, "Eva Alt achtet darauf, dass der Bau der Halle nicht teurer wird.")
    assert doc._.kg_quotes == []


def test_main_clause_fronted_before_the_verb_of_saying_is_its_report(nlp):
    text = "Die Halle werde im Mai fertig, sagte Bürgermeisterin Eva Alt am Montag."
    assert rule_reports(nlp, text) == [("Eva Alt", "Die Halle werde im Mai fertig", "indirect")]


def test_fronted_clause_with_a_pronoun_after_the_verb_reports_for_its_antecedent(nlp):
    text = "Eva Alt besuchte die Baustelle. Die Halle werde im Mai fertig, sagte sie."
    assert rule_reports(nlp, text) == [("Eva Alt", "Die Halle werde im Mai fertig", "indirect")]


def test_subordinate_clause_before_a_verb_of_saying_is_no_report(nlp):
    text = "Als die Halle im Mai fertig war, sagte Eva Alt nur wenig."
    assert rule_reports(nlp, text) == []


def test_main_clause_fronted_by_a_comparison_before_the_verb_of_saying_is_its_report(nlp):
    text = "Wie kaum ein anderer Ort stehe Kell für das Ehrenamt, sagte Bürgermeisterin Eva Alt."
    assert rule_reports(nlp, text) == [
        ("Eva Alt", "Wie kaum ein anderer Ort stehe Kell für das Ehrenamt", "indirect")
    ]


def test_name_in_apposition_after_a_role_phrase_is_the_subject(nlp):
    text = "Die Leiterin des Bauamts, Eva Alt, kündigte an, die Halle werde im Mai fertig."
    assert rule_reports(nlp, text) == [("Eva Alt", "die Halle werde im Mai fertig", "indirect")]


def test_wie_clause_with_the_name_in_apposition_names_the_source(nlp):
    doc = rules_only(
        nlp, "Wie die Sprecherin des Bauamts, Jana Roth, mitteilte, ist die Halle im Mai fertig."
    )
    assert [(doc._.kg_person_at[q.person.start], q.form) for q in doc._.kg_quotes] == [
        ("Jana Roth", "indirect")
    ]


def test_wie_clause_closing_the_sentence_leaves_the_report_before_it():
    found = reported("Die Mittel werden im Herbst erhöht, wie Jan Kurz betonte.", ("Jan Kurz",))
    assert found == [("Jan Kurz", "indirect", "Die Mittel werden im Herbst erhöht")]


def test_wie_clause_closing_a_paragraph_before_a_blank_line(nlp):
    text = "Die Mittel werden im Herbst erhöht, wie Kämmerer Jan Kurz betonte.\n\nDer Rat tagt im Mai."
    assert rule_reports(nlp, text) == [("Jan Kurz", "Die Mittel werden im Herbst erhöht", "indirect")]


def test_dass_clause_of_a_verb_of_welcoming_is_reported_speech(nlp):
    text = "Schatzmeister Ole Brandt begrüßte, dass der Verein weiter wachse."
    assert rule_reports(nlp, text) == [("Ole Brandt", "der Verein weiter wachse", "indirect")]


def test_a_verb_of_welcoming_with_its_object_reports_nothing(nlp):
    assert rule_reports(nlp, "Schatzmeister Ole Brandt begrüßte die Gäste, die aus Nordtal kamen.") == []


def test_prepositional_phrases_between_the_verb_of_saying_and_its_report(nlp):
    text = "Eva Alt sagte am Montag in Mainz, die Halle werde im Mai fertig."
    assert rule_reports(nlp, text) == [("Eva Alt", "die Halle werde im Mai fertig", "indirect")]


def test_object_between_the_verb_of_saying_and_a_konjunktiv_clause_is_no_report(nlp):
    text = "Eva Alt nannte die Frist, der Bau werde im Mai fertig."
    assert rule_reports(nlp, text) == []


def test_subject_with_a_prepositional_modifier_reports_after_the_colon(nlp):
    text = "Auch Jana Roth von der Handwerkskammer äußerte sich kritisch: Die Betriebe bräuchten mehr Zeit."
    assert rule_reports(nlp, text) == [("Jana Roth", "Die Betriebe bräuchten mehr Zeit", "indirect")]


def test_verb_of_saying_beteuern_reports_its_clause(nlp):
    text = "Jana Roth beteuerte, die Halle werde im Mai fertig."
    assert rule_reports(nlp, text) == [("Jana Roth", "die Halle werde im Mai fertig", "indirect")]


def test_konjunktiv_ii_with_umlaut_marks_a_report_after_a_colon(nlp):
    text = "Jana Roth erläuterte den Plan: Die Betriebe bräuchten mehr Zeit."
    assert rule_reports(nlp, text) == [("Jana Roth", "Die Betriebe bräuchten mehr Zeit", "indirect")]


def test_das_and_a_verb_of_saying_report_the_sentence_before(nlp):
    text = "Die Zahl der Unfälle sei gesunken. Das teilte Polizeichefin Jana Roth am Montag mit."
    assert rule_reports(nlp, text) == [("Jana Roth", "Die Zahl der Unfälle sei gesunken", "indirect")]


def test_darauf_and_a_verb_of_pointing_out_report_the_sentence_before(nlp):
    text = "Die Zahl der Unfälle sei gesunken. Darauf wies Polizeichefin Jana Roth am Montag hin."
    assert rule_reports(nlp, text) == [("Jana Roth", "Die Zahl der Unfälle sei gesunken", "indirect")]


def test_das_and_a_verb_that_is_no_verb_of_saying_report_nothing(nlp):
    text = "Die Zahl der Unfälle sei gesunken. Das freute Polizeichefin Jana Roth am Montag."
    assert rule_reports(nlp, text) == []


def test_so_attribution_with_an_adverb_after_the_name(nlp):
    text = "Jana Roth kam. Nun beginne die eigentliche Arbeit, so Roth weiter."
    assert rule_reports(nlp, text) == [("Roth", "Nun beginne die eigentliche Arbeit", "indirect")]


def test_lower_case_phrase_after_the_object_of_nennen_is_the_subjects_words(nlp):
    doc = rules_only(nlp, "Jana Roth nannte die Pläne „völlig verfehlt“.")
    assert [(q.person.text, q.quote) for q in doc._.kg_quotes] == [("Jana Roth", "völlig verfehlt")]


def test_reported_speech_of_a_person_also_quoted_directly_is_a_quote_of_its_own(nlp):
    text = "„Wir bauen die Halle“, sagte Jana Roth. Sie fügte hinzu, der Bau werde im Mai beginnen."
    found = [(q.form, q.quote) for q in rules_only(nlp, text)._.kg_quotes]
    assert found == [("direct", "Wir bauen die Halle"), ("indirect", "der Bau werde im Mai beginnen")]


def test_konjunktiv_sentence_after_a_verb_its_object_and_a_colon_is_reported_speech(nlp):
    text = "Jana Roth begrüßte das Projekt: Die Betriebe hätten endlich Planungssicherheit."
    assert rule_reports(nlp, text) == [
        ("Jana Roth", "Die Betriebe hätten endlich Planungssicherheit", "indirect")
    ]


def test_third_person_verb_in_e_is_konjunktiv_whatever_the_tagger_says(nlp):
    text = "Jana Roth begrüßte das Projekt: Man erhoffe sich mehr Zeit für die Kinder."
    assert rule_reports(nlp, text) == [("Jana Roth", "Man erhoffe sich mehr Zeit für die Kinder", "indirect")]


def test_indicative_sentence_after_a_verb_its_object_and_a_colon_is_no_report(nlp):
    assert rule_reports(nlp, "Jana Roth besuchte die Halle: Die Arbeiten kommen gut voran.") == []


def test_mit_diesen_worten_after_a_quote_names_its_speaker(nlp):
    text = "„Wir bauen die Halle.“ Mit diesen Worten eröffnete Jana Roth die Sitzung."
    assert [q.person.text for q in rules_only(nlp, text)._.kg_quotes] == ["Jana Roth"]


def test_so_and_a_verb_of_describing_after_a_quote_names_its_speaker(nlp):
    text = "„Die Lage ist ernst.“ So beschreibt Jana Roth die Finanzen der Stadt."
    assert [q.person.text for q in rules_only(nlp, text)._.kg_quotes] == ["Jana Roth"]


def test_fronted_fuer_and_a_copula_before_a_colon_names_the_speaker(nlp):
    text = "Für Landrätin Jana Roth ist klar: „Ohne den Bund geht es nicht.“"
    assert [q.person.text for q in rules_only(nlp, text)._.kg_quotes] == ["Jana Roth"]


def test_verb_of_criticising_reports_its_dass_clause(nlp):
    text = "Jana Roth bemängelte, dass der Flächenverbrauch zu hoch sei."
    assert rule_reports(nlp, text) == [("Jana Roth", "der Flächenverbrauch zu hoch sei", "indirect")]


def test_reported_speech_after_the_one_told_in_the_dative(nlp):
    found = rule_reports(nlp, "Jana Sommer sagte der Nordtaler Zeitung, die Lage sei ernst.")
    assert found == [("Jana Sommer", "die Lage sei ernst", "indirect")]


def test_short_quotes_after_names_and_colons_in_a_headline(nlp):
    text = "Redner loben das Ehrenamt – Jana Sommer: »Unbezahlbar« – Karl Weiß: »Gute Arbeit«"
    found = [(q.person.text, q.quote) for q in rules_only(nlp, text)._.kg_quotes]
    assert found == [("Jana Sommer", "Unbezahlbar"), ("Karl Weiß", "Gute Arbeit")]


def test_short_quote_after_a_name_inside_a_phrase_is_no_quote(nlp):
    text = "Das Motto von Jana Sommer: »Gute Arbeit«"
    assert rules_only(nlp, text)._.kg_quotes == []


def test_quote_of_a_numbered_group_is_each_listed_persons(nlp):
    text = (
        "Jana Sommer und Karl Weiß leiten das Projekt. „Wir sind mit dem Start zufrieden“, sagen die beiden."
    )
    found = [q.person.text for q in rules_only(nlp, text)._.kg_quotes]
    assert found == ["Jana Sommer", "Karl Weiß"]


def test_quote_of_a_group_of_another_size_is_no_single_persons(nlp):
    text = (
        "Jana Sommer, Karl Weiß und Tim Ost leiten das Projekt. "
        "„Wir sind mit dem Start zufrieden“, sagen die beiden."
    )
    assert rules_only(nlp, text)._.kg_quotes == []


def test_reported_speech_after_a_support_verb_idiom_of_saying(nlp):
    found = rule_reports(nlp, "Jana Sommer brachte zum Ausdruck, dass die Stadt handeln müsse.")
    assert found == [("Jana Sommer", "die Stadt handeln müsse", "indirect")]


def test_two_joined_titles_before_the_speakers_name_open_the_sentence(nlp):
    text = "Vorsitzender und Bürgermeister Tim Ost lobte die Wahl: „Mit Eva Sand haben wir eine Expertin.“"
    assert rule_reports(nlp, text) == [("Tim Ost", "Mit Eva Sand haben wir eine Expertin.", "direct")]


def test_nach_angaben_of_a_title_with_its_body_names_the_apposed_person(nlp):
    text = "Nach Angaben der Leiterin des Bauamts Nordheim, Eva Sand, kostet die Brücke zwei Millionen Euro."
    found = [(q.person.text, q.quote) for q in rules_only(nlp, text)._.kg_quotes]
    assert found == [("Eva Sand", "kostet die Brücke zwei Millionen Euro")]


def test_interview_answers_after_a_name_and_a_colon_are_direct_quotes(nlp):
    text = (
        "Seit Mai leitet Eva Sand das Bauamt.\n\nWas planen Sie?\nSand: Wir bauen zuerst die Brücke neu.\n\n"
        "Und danach?\nSand: Dann kommt der Radweg an die Reihe.\n"
    )
    found = [(q.person.text, q.quote) for q in rules_only(nlp, text)._.kg_quotes]
    assert found == [
        ("Sand", "Wir bauen zuerst die Brücke neu."),
        ("Sand", "Dann kommt der Radweg an die Reihe."),
    ]


def test_a_verbless_interview_answer_after_a_question_line_is_a_direct_quote(nlp):
    text = (
        "Seit Mai leitet Eva Sand das Bauamt.\n\nWas planen Sie?\nSand: Wir bauen zuerst die Brücke neu.\n\n"
        "Und Ihr größter Wunsch?\nSand: Mehr Personal für die Planung.\n"
    )
    found = [(q.person.text, q.quote) for q in rules_only(nlp, text)._.kg_quotes]
    assert ("Sand", "Mehr Personal für die Planung.") in found


def test_single_line_after_a_name_and_a_colon_is_no_interview(nlp):
    text = "Seit Mai leitet Eva Sand das Bauamt.\nSand: Wir bauen zuerst die Brücke neu.\n"
    assert rules_only(nlp, text)._.kg_quotes == []


def test_possessive_noun_phrase_before_the_quotes_colon_names_the_speaker(nlp):
    text = "Jan Roth zog Bilanz. Sein Fazit: „Das Jahr war ein großer Erfolg.“"
    assert [(q.person.text, q.quote) for q in rules_only(nlp, text)._.kg_quotes] == [
        ("Jan Roth", "Das Jahr war ein großer Erfolg.")
    ]


def test_noun_of_a_named_person_before_the_quotes_colon_names_the_speaker(nlp):
    text = "Die Botschaft von Eva Sand war klar: „Ohne Ehrenamt geht es nicht.“"
    assert [q.person.text for q in rules_only(nlp, text)._.kg_quotes] == ["Eva Sand"]


def test_epithet_and_academic_title_before_the_subject_of_a_colon_quote(nlp):
    text = (
        "Eva Alt forscht in Nordheim. „Das ist neu“, sagt Alt. Ihr Kollege Dr. Jan Roth, der das Labor "
        "leitet, ergänzt: „Die Warnung kommt früher.“"
    )
    found = [(q.person.text, q.quote) for q in rules_only(nlp, text)._.kg_quotes]
    assert ("Jan Roth", "Die Warnung kommt früher.") in found
    assert ("Alt", "Die Warnung kommt früher.") not in found


def test_advice_verb_after_the_quote_names_the_speaker():
    text = "„Öffnen Sie keinem Fremden die Tür“, rät Kommissarin Uta Klar."
    assert quoted(text, ("Uta Klar",)) == [("Uta Klar", "Öffnen Sie keinem Fremden die Tür")]


def test_a_quote_of_a_plural_subject_is_each_conjuncts(nlp):
    found = rule_reports(nlp, "Jana Sommer und Tim Kuhn sagten: „Wir bleiben weiter am Ball.“")
    assert sorted(p for p, _, _ in found) == ["Jana Sommer", "Tim Kuhn"]


def test_a_name_in_the_next_clause_does_not_share_the_quote(nlp):
    found = rule_reports(nlp, "„Wir bleiben weiter am Ball“, sagte Jana Sommer und Tim Kuhn nickte.")
    assert [p for p, _, _ in found] == ["Jana Sommer"]


def test_a_phrase_judging_the_person_after_the_verb_is_not_her_words(nlp):
    assert rule_reports(nlp, "Die Jury bezeichnete Jana Sommer als „Glücksfall für die Stadt“.") == []


def test_a_quoted_phrase_inside_the_topic_of_a_report_is_nobodys_words(nlp):
    text = "Am Abend berichteten Jana Sommer und Tim Kuhn über Lösungen für den „Bus im Dorf“."
    assert rule_reports(nlp, text) == []


def test_a_fronted_zufolge_phrase_with_article_and_title_is_no_part_of_the_report(nlp):
    found = rule_reports(nlp, "Dem Kämmerer Jan Ott zufolge ist der Haushalt ausgeglichen.")
    assert found == [("Jan Ott", "ist der Haushalt ausgeglichen", "indirect")]


def test_mit_diesen_worten_after_a_dash_in_the_quotes_sentence_names_its_speaker(nlp):
    text = "„Wir bauen die Halle“ – mit diesen Worten eröffnete Jana Roth die Sitzung."
    assert [q.person.text for q in rules_only(nlp, text)._.kg_quotes] == ["Jana Roth"]


def test_konjunktiv_i_sentence_with_a_pronoun_subject_reports_the_person_named_before(nlp):
    text = "Jana Roth ließ das Jahr Revue passieren. Sie stelle einen starken Zusammenhalt im Verein fest."
    assert [(p, form) for p, _, form in rule_reports(nlp, text)] == [("Jana Roth", "indirect")]


def test_konjunktiv_ii_sentence_with_a_pronoun_subject_is_no_report(nlp):
    assert rule_reports(nlp, "Jana Roth besuchte die Schule. Sie wäre gern länger geblieben.") == []


def test_fronted_report_with_an_apposition_between_commas_before_its_verb(nlp):
    text = (
        "Die meisten Kunden, darunter viele Handwerker aus Nordtal, sind uns treu geblieben, sagte Jana Roth."
    )
    assert [(p, form) for p, _, form in rule_reports(nlp, text)] == [("Jana Roth", "indirect")]


def test_fronted_report_with_an_infinitive_clause_after_its_verb(nlp):
    text = "Die neuen Regeln helfen nicht dabei, Vertrauen in die Verwaltung zu schaffen, sagte Jana Roth."
    assert [(p, form) for p, _, form in rule_reports(nlp, text)] == [("Jana Roth", "indirect")]


def test_fronted_phrase_with_a_verb_inside_an_apposition_is_no_report(nlp):
    text = (
        "Nach einer Begrüßung der Gastgeberin, Eva Sand von region + projekt, "
        "berichtete Jana Roth über den Haushalt."
    )
    assert rule_reports(nlp, text) == []


def test_fronted_report_of_several_main_clauses(nlp):
    text = "Der Markt ist schwierig, die Nachfrage bleibt schwach, und der Preis steigt, sagte Jana Roth."
    assert [(p, form) for p, _, form in rule_reports(nlp, text)] == [("Jana Roth", "indirect")]


def test_fronted_subordinate_clause_before_a_verb_of_saying_is_no_report(nlp):
    assert rule_reports(nlp, "Als die Gäste angekommen waren, sagte Jana Roth ein paar Worte.") == []


def test_a_continued_report_in_a_konjunktiv_ii_the_tagger_reads_as_an_infinitive(nlp):
    text = "Jana Roth sagte, die Lage sei ernst. Die Mittel dafür stünden aber bereit."
    assert [q for _, q, _ in rule_reports(nlp, text)] == [
        "die Lage sei ernst",
        "Die Mittel dafür stünden aber bereit",
    ]


def test_a_continued_report_ends_before_its_own_trailing_attribution(nlp):
    text = (
        "Jana Roth zeigte sich erleichtert. Darauf habe die Stadt lange warten müssen, sagte die "
        "SPD-Vorsitzende am Donnerstag."
    )
    assert [q for _, q, _ in rule_reports(nlp, text)] == ["Darauf habe die Stadt lange warten müssen"]


def test_a_konjunktiv_sentence_after_the_sentence_of_a_talk_reports_its_speaker(nlp):
    text = (
        "Es folgte ein Überblick über die Finanzen durch die Kämmerin Jana Roth. "
        "Die Rücklagen seien fast aufgebraucht."
    )
    assert rule_reports(nlp, text) == [("Jana Roth", "Die Rücklagen seien fast aufgebraucht", "indirect")]


def test_a_konjunktiv_sentence_on_the_next_line_goes_on_reporting(nlp):
    text = "Jana Roth warnte vor Betrügern.\nAllein im Mai seien zehn Fälle angezeigt worden."
    assert [(p, q) for p, q, _ in rule_reports(nlp, text)] == [
        ("Jana Roth", "Allein im Mai seien zehn Fälle angezeigt worden")
    ]


def test_a_pronoun_in_a_konjunktiv_sentence_on_the_next_line_reports_the_person_before(nlp):
    text = "Jana Roth zog Bilanz.\nSie stelle einen starken Zusammenhalt im Verein fest."
    assert [(p, q) for p, q, _ in rule_reports(nlp, text)] == [
        ("Jana Roth", "Sie stelle einen starken Zusammenhalt im Verein fest")
    ]


def test_a_konjunktiv_sentence_after_a_blank_line_reports_nobody(nlp):
    text = "Jana Roth warnte vor Betrügern.\n\nAllein im Mai seien zehn Fälle angezeigt worden."
    assert rule_reports(nlp, text) == []


def test_the_addressee_with_a_demonstrative_between_the_verb_and_its_complement(nlp):
    text = "Jana Roth erklärte gegenüber dieser Zeitung, man werde die Vorwürfe prüfen."
    assert rule_reports(nlp, text) == [("Jana Roth", "man werde die Vorwürfe prüfen", "indirect")]


def test_nach_a_possessive_account_noun_reports_the_person_named_before(nlp):
    text = "Jana Roth stellte die Pläne vor. Nach ihren Angaben soll der Bau im Mai beginnen."
    assert rule_reports(nlp, text) == [("Jana Roth", "soll der Bau im Mai beginnen", "indirect")]


def test_a_possessive_account_noun_before_nach_reports_the_person_named_before(nlp):
    text = "Jan Roth kennt den Markt. Seiner Ansicht nach werden die Preise steigen."
    assert rule_reports(nlp, text) == [("Jan Roth", "werden die Preise steigen", "indirect")]


def test_a_possessive_account_noun_before_zufolge_reports_the_person_named_before(nlp):
    text = "Jana Roth stellte die Pläne vor. Ihren Worten zufolge soll der Bau im Mai beginnen."
    assert rule_reports(nlp, text) == [("Jana Roth", "soll der Bau im Mai beginnen", "indirect")]


def test_a_dative_pronoun_before_zufolge_reports_the_person_named_before(nlp):
    text = "Jana Roth stellte die Pläne vor. Ihr zufolge soll der Bau im Mai beginnen."
    assert rule_reports(nlp, text) == [("Jana Roth", "soll der Bau im Mai beginnen", "indirect")]


def test_a_bare_title_in_an_account_phrase_stands_for_the_holder_of_its_compound(nlp):
    doc = rules_only(
        nlp, "Bildungsministerin Jana Roth kam. Nach Worten der Ministerin soll der Bau im Mai beginnen."
    )
    assert [(doc._.kg_person_at[q.person.start], q.quote) for q in doc._.kg_quotes] == [
        ("Jana Roth", "soll der Bau im Mai beginnen")
    ]


def test_a_possessive_account_noun_reports_a_speaker_after_a_fronted_object(nlp):
    text = "Die Pläne stellte Jana Roth vor. Nach ihren Angaben soll der Bau im Mai beginnen."
    assert rule_reports(nlp, text) == [("Jana Roth", "soll der Bau im Mai beginnen", "indirect")]


def test_a_possessive_account_noun_after_a_noun_subject_before_the_person_reports_nobody(nlp):
    text = "Die Polizei ermittelt gegen Jana Roth. Nach ihren Angaben ist der Schaden hoch."
    assert rule_reports(nlp, text) == []


def test_a_time_phrase_between_the_verb_of_saying_and_its_subject_after_a_report(nlp):
    doc = rules_only(nlp, "Die Lage sei ernst, sagte am Dienstag Eva Roth.")
    found = [(q.person.text, q.quote, q.form) for q in doc._.kg_quotes]
    assert found == [("Eva Roth", "Die Lage sei ernst", "indirect")]


def test_a_quoted_paper_the_speaker_talked_to_is_no_quote(nlp):
    doc = rules_only(nlp, "„Wir senken die Kosten“, sagte Eva Roth der „Nordtaler Post“.")
    assert [(q.person.text, q.quote) for q in doc._.kg_quotes] == [("Eva Roth", "Wir senken die Kosten")]


def test_a_place_genitive_before_the_title_of_a_reports_source(nlp):
    doc = rules_only(nlp, "Der Verkehr werde nicht behindert, sagte Nordlands Verkehrsminister Jan Kurz.")
    assert [q.person.text for q in doc._.kg_quotes] == ["Jan Kurz"]


def test_a_report_after_a_colon_is_the_part_after_it(nlp):
    text = "Der Verband hat aufgerufen: Die Länder müssen mehr Lehrkräfte einstellen, sagte Eva Roth."
    doc = rules_only(nlp, text)
    assert [(q.person.text, q.quote) for q in doc._.kg_quotes] == [
        ("Eva Roth", "Die Länder müssen mehr Lehrkräfte einstellen")
    ]


def test_a_name_alone_in_brackets_after_a_quote_is_its_speaker(nlp):
    doc = rules_only(nlp, "Die Stadt feiert. „Wir machen weiter.“ (Eva Roth)")
    assert [(q.person.text, q.quote) for q in doc._.kg_quotes] == [("Eva Roth", "Wir machen weiter.")]


def test_so_and_a_title_alone_after_reported_speech_names_the_titles_one_holder(nlp):
    text = "Direktorin Ada Berg kam. Das Haus brauche mehr Geld, so die Direktorin."
    assert [(p, f) for p, _, f in rule_reports(nlp, text)] == [("Direktorin", "indirect")]


def test_so_and_a_title_with_its_genitive_after_reported_speech_leaves_the_report_alone(nlp):
    text = "Direktorin Ada Berg kam. Das Haus brauche mehr Geld, so die Direktorin des Museums."
    assert [(p, q) for p, q, _ in rule_reports(nlp, text)] == [("Direktorin", "Das Haus brauche mehr Geld")]


def test_each_name_listed_after_so_reports_only_the_sentence_before_it(nlp):
    text = "Das Haus brauche mehr Geld, so die Planerinnen Ada Berg und Eva Sand."
    assert [q for _, q, _ in rule_reports(nlp, text)] == ["Das Haus brauche mehr Geld"] * 2


def test_a_person_after_fuer_opening_a_sentence_of_a_predicate_adjective_and_dass_holds_that_view(nlp):
    text = "Für Jana Roth vom Sozialverband ist klar, dass mehr Personal nötig ist."
    assert rule_reports(nlp, text) == [("Jana Roth", "mehr Personal nötig ist", "indirect")]


def test_a_person_after_fuer_with_a_predicate_noun_holds_no_reported_view(nlp):
    assert rule_reports(nlp, "Für Jana Roth ist das Projekt ein großer Erfolg.") == []


def test_a_name_after_the_titles_after_the_verb_is_the_speaker_not_an_earlier_man(nlp):
    text = (
        "Landrat Tom Stelz lobte die Gemeinden. „Wir halten zusammen“, sagte der Städtebund-Vizepräsident "
        "Kai Lutter."
    )
    doc = rules_only(nlp, text)
    assert [doc._.kg_person_at[q.person.start] for q in doc._.kg_quotes] == ["Kai Lutter"]


def test_a_quoted_predicate_opening_with_als_after_a_verb_of_judging_is_the_subjects(nlp):
    doc = rules_only(nlp, "Landrat Tom Stelz bezeichnete die Gemeinden „als Orte gelebter Politik“.")
    assert [(q.person.text, q.quote) for q in doc._.kg_quotes] == [("Tom Stelz", "als Orte gelebter Politik")]


def test_a_name_after_coordinated_titles_with_a_place_word_after_the_verb_is_the_speaker(nlp):
    text = (
        "Landrat Tom Stelz lobte die Gemeinden. „Wir halten zusammen“, sagte der Städtebund-Vizepräsident "
        "und Nordheimer Bürgermeister Kai Lutter."
    )
    doc = rules_only(nlp, text)
    assert [doc._.kg_person_at[q.person.start] for q in doc._.kg_quotes] == ["Kai Lutter"]


def test_a_konjunktiv_after_a_report_goes_on_with_a_name_that_is_only_its_topic(nlp):
    doc = rules_only(nlp, "Ähnlich äußerte sich Uwe Brandt. Der neue Leiter Jan Kolb sei ein guter Mann.")
    assert [(q.person.text, q.form) for q in doc._.kg_quotes] == [("Uwe Brandt", "indirect")]


def test_a_pronominal_adverb_between_the_verb_of_saying_and_its_subject(nlp):
    doc = rules_only(nlp, "Die Lage sei gut, sagte dazu Eva Ruf.")
    assert [(q.person.text, q.quote) for q in doc._.kg_quotes] == [("Eva Ruf", "Die Lage sei gut")]


def test_an_account_noun_after_nach_with_its_article_names_the_source(nlp):
    doc = rules_only(nlp, "Nach den Worten von Eva Ruf ist die Stadt zufrieden.")
    assert [(q.person.text, q.form) for q in doc._.kg_quotes] == [("Eva Ruf", "indirect")]


def test_a_continued_report_in_a_konjunktiv_i_the_tagger_reads_as_the_first_person(nlp):
    text = "Jens Olt warnte vor zu viel Sorge. Die Nachfrage ziehe schon wieder an."
    assert rule_reports(nlp, text) == [("Jens Olt", "Die Nachfrage ziehe schon wieder an", "indirect")]


def test_a_thanks_with_its_ich_left_out_after_a_report_is_no_report(nlp):
    text = "Jens Olt warnte vor zu viel Sorge. Lieber Jens: danke, dass du das so gut erklärt hast."
    assert rule_reports(nlp, text) == []


def test_a_headline_names_the_speaker_after_a_dash_without_a_verb(nlp):
    text = "„Wir schaffen das“ – Landrat Jan Ott zur Lage im Kreis\n\nDie Lage bleibt ernst."
    assert [(p, q) for p, q, _ in rule_reports(nlp, text)] == [("Jan Ott", "Wir schaffen das")]


def test_a_name_after_a_dash_with_a_verb_of_its_own_is_no_headline_speaker(nlp):
    assert rule_reports(nlp, "„Wir schaffen das“ – Jan Ott zweifelt daran.") == []


def test_a_name_after_a_dash_that_introduces_its_own_quote_is_not_the_speaker_before_it(nlp):
    text = "Redner danken – Eva Sand: „Großartig“ – Jan Ott: „Vorbildlich“\n\nDie Feier war im Rathaus."
    assert [(p, q) for p, q, _ in rule_reports(nlp, text)] == [
        ("Eva Sand", "Großartig"),
        ("Jan Ott", "Vorbildlich"),
    ]


def test_fronted_report_whose_source_is_a_possessives_title_and_name(nlp):
    text = "Der Verein werde im Herbst Kurse anbieten, kündigte dessen Vorsitzender Jan Roth an."
    assert [(p, form) for p, _, form in rule_reports(nlp, text)] == [("Jan Roth", "indirect")]


def test_a_particle_verb_of_saying_after_a_direct_quote_attributes_it_by_its_lemma(nlp):
    doc = rules_only(nlp, "Eva Roth kam spät. „Wir waren skeptisch“, räumte Roth ein.")
    assert [(q.person.text, q.form) for q in doc._.kg_quotes] == [("Roth", "direct")]
