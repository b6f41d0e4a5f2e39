"""Speakers from talk verbs, talk nouns and panels."""

from nlp.relations.testing import annotate, rules_only


def speakers(text, persons, orgs=()):
    return [s.person.text for s in annotate(text, persons, orgs)._.kg_speakers]


def tagged(nlp, text):
    """The doc of `text` through the pipeline without the relation model: the rules, on tagged text."""
    return rules_only(nlp, text)


def rule_speakers(nlp, text):
    return [s.person.text for s in tagged(nlp, text)._.kg_speakers]


def test_referierte_ueber():
    assert speakers("Mia Probe referierte über Datenschutz.", ("Mia Probe",)) == ["Mia Probe"]


def test_subject_of_beleuchtete_after_a_fronted_phrase():
    text = "Aus Sicht der Forschung beleuchtete Mia Probe die Lage der Dörfer."
    assert speakers(text, ("Mia Probe",)) == ["Mia Probe"]


def test_talk_noun_with_von():
    assert speakers("Es folgte ein Vortrag von Paul Beispiel.", ("Paul Beispiel",)) == ["Paul Beispiel"]


def test_passive_agent_with_durch():
    text = "Die Tagung wurde durch Lisa Test eröffnet."
    assert speakers(text, ("Lisa Test",)) == ["Lisa Test"]


def test_inverted_subject_after_talk_verb():
    text = "Im Anschluss stellte Direktor Ben Alt die Ergebnisse vor."
    assert speakers(text, ("Ben Alt",)) == ["Ben Alt"]


def test_greeted_guests_are_no_speakers():
    text = "Er begrüßte zahlreiche Gäste, darunter Uwe Gast."
    assert speakers(text, ("Uwe Gast",)) == []


def test_panel_participants():
    text = "An der Podiumsdiskussion nahmen Ina Eins und Kai Zwei teil."
    assert speakers(text, ("Ina Eins", "Kai Zwei")) == ["Ina Eins", "Kai Zwei"]


def test_topic_after_ueber():
    doc = annotate("Mia Probe referierte über Digitale Bildung.", ("Mia Probe",))
    assert doc._.kg_speakers[0].extra["topic"] == "Digitale Bildung"


def test_speaker_noun_predicate_lists_speakers():
    text = "Referentinnen waren außerdem Ida Eins (ABC) und Kai Zwei."
    assert speakers(text, ("Ida Eins", "Kai Zwei"), ("ABC",)) == ["Ida Eins", "Kai Zwei"]


def test_talk_noun_alone_does_not_make_a_speaker():
    assert speakers("Mia Probe kritisierte den Bericht scharf.", ("Mia Probe",)) == []


def test_subject_performing_a_talk_noun():
    text = "Ute Wort bedankte sich mit einer kurzen Lesung."
    assert speakers(text, ("Ute Wort",)) == ["Ute Wort"]


def test_event_is_the_articles_main_event():
    doc = annotate(
        "Die Fachtagung „Daten im Dorf“ begann früh. Mia Probe referierte über Karten.", ("Mia Probe",)
    )
    assert doc._.kg_speakers[0].target == "Daten im Dorf"


def test_presentation_of_project_by_person():
    text = "Es folgte die Vorstellung des Projekts „Lern.Bar“ durch Eva Muster, Leiterin der Schule Nord."
    doc = annotate(text, ("Eva Muster",), ("Schule Nord",))
    assert [(s.person.text, s.extra["topic"]) for s in doc._.kg_speakers] == [("Eva Muster", "Lern.Bar")]


def test_talks_listed_with_von_far_from_the_noun():
    text = "Weitere Vorträge behandelten Themen wie Datenschutz und Cloud von Ole Test (ABC)."
    assert speakers(text, ("Ole Test",), ("ABC",)) == ["Ole Test"]


def test_sentence_naming_another_event_uses_it():
    text = "Die Fachtagung „Daten im Dorf“ begann früh. Beim Workshop „Karten“ referierte Mia Probe über GIS."
    doc = annotate(text, ("Mia Probe",))
    assert doc._.kg_speakers[0].target == "Karten"


def test_welcoming_a_colleague_is_no_talk():
    assert speakers("Eva Rot begrüßte die neue Kollegin im Rathaus.", ("Eva Rot",)) == []


def test_greeting_the_guests_is_a_talk():
    assert speakers("Eva Rot begrüßte die Gäste.", ("Eva Rot",)) == ["Eva Rot"]


def test_names_listed_after_the_verb_all_speak():
    text = "Im Anschluss sprachen Ina Eins, Leiterin der Firma Blau, und Kai Zwei über Daten."
    assert speakers(text, ("Ina Eins", "Kai Zwei"), ("Firma Blau",)) == ["Ina Eins", "Kai Zwei"]


def test_long_fronted_talk_object():
    text = "Den Festvortrag über Daten im ländlichen Raum hielt Ben Alt."
    assert speakers(text, ("Ben Alt",)) == ["Ben Alt"]


def test_moderation_taken_over_by_a_named_person_is_a_talk():
    doc = annotate("Die Moderation übernahm Julia Brandt.", persons=("Julia Brandt",))
    assert [r.person.text for r in doc._.kg_speakers] == ["Julia Brandt"]


def test_fronted_topic_before_a_reporting_verb():
    doc = annotate("Über die neue Leitstelle berichtete Carla Weiss.", persons=("Carla Weiss",))
    assert [r.person.text for r in doc._.kg_speakers] == ["Carla Weiss"]
    assert doc._.kg_speakers[0].extra["topic"] == "neue Leitstelle"


def test_fronted_topic_with_a_feeling_verb_is_no_talk():
    doc = annotate("Über den Erfolg freute sich Carla Weiss.", persons=("Carla Weiss",))
    assert doc._.kg_speakers == []


def test_a_report_written_by_someone_is_no_talk():
    doc = annotate("Der Bericht wurde von Eva Sand erstellt.", persons=("Eva Sand",))
    assert doc._.kg_speakers == []


def test_mit_dabei_lists_speakers_after_a_moderation():
    text = "Die Moderation übernahm Eva Rot. Mit dabei waren Anna Berg vom DFKI und Tom Hahn, Leiter des Amts"
    names = ("Eva Rot", "Anna Berg", "Tom Hahn")
    assert speakers(text, names, ("DFKI",)) == ["Eva Rot", "Anna Berg", "Tom Hahn"]


def test_mit_dabei_without_a_talk_context_lists_guests():
    text = "Das Sommerfest war gut besucht. Mit dabei waren Anna Berg und Tom Hahn."
    assert speakers(text, ("Anna Berg", "Tom Hahn")) == []


def test_zu_gast_after_a_panel_noun_lists_speakers():
    text = "Zur Podiumsdiskussion hatte der Verein geladen. Zu Gast waren Lisa Kern und Jan Roth."
    assert speakers(text, ("Lisa Kern", "Jan Roth")) == ["Lisa Kern", "Jan Roth"]


def test_being_among_the_guests_is_no_talk():
    text = "Nach dem Vortrag gab es Sekt. Unter den Gästen war auch Bürgermeister Jan Roth."
    assert speakers(text, ("Jan Roth",)) == []


def test_panel_on_the_podium_discussing():
    text = "Auf dem Podium diskutierten Lisa Kern, Jan Roth und Eva Maier über die Zukunft."
    assert speakers(text, ("Lisa Kern", "Jan Roth", "Eva Maier")) == ["Lisa Kern", "Jan Roth", "Eva Maier"]


def test_zu_wort_kamen_lists_speakers():
    text = "Zu Wort kamen außerdem Lisa Kern, Leiterin der Schule, und Jan Roth."
    assert speakers(text, ("Lisa Kern", "Jan Roth")) == ["Lisa Kern", "Jan Roth"]


def test_expletive_es_with_unter_anderem():
    text = "Es referierten unter anderem Lisa Kern und Jan Roth."
    assert speakers(text, ("Lisa Kern", "Jan Roth")) == ["Lisa Kern", "Jan Roth"]


def test_expletive_es_with_a_feeling_verb_is_no_talk():
    assert speakers("Es freute sich Jan Roth über den Preis.", ("Jan Roth",)) == []


def test_impulse_gaben_lists_all_coordinated_speakers():
    text = "Impulse gaben Lisa Kern (Firma Blau) und Jan Roth."
    assert speakers(text, ("Lisa Kern", "Jan Roth"), ("Firma Blau",)) == ["Lisa Kern", "Jan Roth"]


def test_person_named_after_the_listed_speakers_with_von_is_no_speaker():
    text = "Impulse gaben Lisa Kern und Jan Roth, eingeladen von Eva Maier."
    assert speakers(text, ("Lisa Kern", "Jan Roth", "Eva Maier")) == ["Lisa Kern", "Jan Roth"]


def test_compound_talk_noun_with_von_lists_speakers():
    text = "Es folgten Kurzvorträge von Lena Braun (Stadt Ulm) und Daniel Graf."
    assert speakers(text, ("Lena Braun", "Daniel Graf"), ("Stadt Ulm",)) == ["Lena Braun", "Daniel Graf"]


def test_fronted_talk_slot_taken_by_a_person():
    assert speakers("Den Auftakt machte Beate Kimm.", ("Beate Kimm",)) == ["Beate Kimm"]
    assert speakers("Das Schlusswort hatte Martin Kell.", ("Martin Kell",)) == ["Martin Kell"]


def test_delivering_greetings_makes_a_speaker():
    assert speakers("Beate Kimm überbrachte die Grüße des Landkreises.", ("Beate Kimm",)) == ["Beate Kimm"]


def test_fronted_greetings_delivered_by_a_person():
    assert speakers("Die Grüße der Stadt überbrachte Beate Kimm.", ("Beate Kimm",)) == ["Beate Kimm"]


def test_names_debated_with_on_a_topic_after_an_event_are_speakers(nlp):
    text = "Der Fachtag fand in Südtal statt. Die Gäste diskutierten mit Ministerin Beate Kimm über Pflege."
    assert rule_speakers(nlp, text) == ["Beate Kimm"]


def test_names_debated_with_without_a_topic_are_no_speakers(nlp):
    text = "Der Fachtag fand in Südtal statt. Die Gäste diskutierten mit Beate Kimm beim Kaffee."
    assert rule_speakers(nlp, text) == []


def test_reading_from_a_book_makes_a_speaker(nlp):
    assert rule_speakers(nlp, "Die Autorin Beate Kimm las aus ihrem neuen Roman.") == ["Beate Kimm"]


def test_an_annual_report_of_ones_own_at_an_assembly_is_a_talk(nlp):
    text = "Zur Versammlung kamen 50 Mitglieder. In seinem Jahresbericht nannte Kassierer Jan Kurz Zahlen."
    assert rule_speakers(nlp, text) == ["Jan Kurz"]


def test_slot_noun_alone_is_no_talk():
    assert speakers("Zum Auftakt der Saison gewann Beate Kimm.", ("Beate Kimm",)) == []


def test_leading_through_the_programme_is_a_moderation():
    assert speakers("Durch die Veranstaltung führte Julia Stein.", ("Julia Stein",)) == ["Julia Stein"]
    assert speakers("Julia Stein führte durch das Programm.", ("Julia Stein",)) == ["Julia Stein"]


def test_guiding_guests_through_a_building_is_no_talk():
    assert speakers("Julia Stein führte die Gäste durch das Rathaus.", ("Julia Stein",)) == []


def test_speaker_part_as_title_before_the_name():
    assert speakers("Moderatorin Eva Kunz begrüßte die Runde.", ("Eva Kunz",)) == ["Eva Kunz"]


def test_speaker_part_after_als():
    text = "Als Hauptredner konnte Jan Roth gewonnen werden."
    assert speakers(text, ("Jan Roth",)) == ["Jan Roth"]


def test_agent_of_an_attributive_participle():
    text = "Das von Eva Kunz moderierte Gespräch dauerte lange."
    assert speakers(text, ("Eva Kunz",)) == ["Eva Kunz"]


def test_agent_with_a_speaker_title_between():
    text = "Der Kongress wurde von Keynote-Speakerin Anna Weber eröffnet."
    assert speakers(text, ("Anna Weber",)) == ["Anna Weber"]


def test_speaker_title_after_a_preposition_is_another_persons_guest():
    text = "Der Bürgermeister sprach mit Moderatorin Eva Kunz über das Fest."
    assert speakers(text, ("Eva Kunz",)) == []


def test_separable_greeting_with_its_audience():
    assert speakers("Tim Kurz hieß die Gäste willkommen.", ("Tim Kurz",)) == ["Tim Kurz"]


def test_subject_of_a_speech_verb_at_an_event():
    text = "„Wir liegen gut im Plan“, betonte Staatssekretär Ben Alt beim Richtfest der Feuerwache."
    assert speakers(text, ("Ben Alt",)) == ["Ben Alt"]


def test_attribution_with_so_at_an_event():
    text = "„Wir danken allen“, so Ministerin Eva Kunz bei der Jahresversammlung in Talheim."
    assert speakers(text, ("Eva Kunz",)) == ["Eva Kunz"]


def test_a_speech_verb_without_an_event_makes_no_speaker():
    text = "„Wir liegen gut im Plan“, betonte Staatssekretär Ben Alt am Montag."
    assert speakers(text, ("Ben Alt",)) == []


def test_caption_that_opens_with_its_verb():
    text = "Stellten das neue Portal vor (von links): Eva Kunz, Ben Alt und Tim Kurz."
    assert speakers(text, ("Eva Kunz", "Ben Alt", "Tim Kurz")) == ["Eva Kunz", "Ben Alt", "Tim Kurz"]


def test_caption_without_a_talk_verb_makes_no_speakers():
    text = "Freuen sich über die Förderung (von links): Eva Kunz und Ben Alt."
    assert speakers(text, ("Eva Kunz", "Ben Alt")) == []


def test_relative_clause_ending_in_a_talk_verb_names_its_antecedent():
    text = "Zu Gast war Mia Probe, die über Datenschutz referierte."
    assert speakers(text, ("Mia Probe",)) == ["Mia Probe"]


def test_weak_speech_verb_at_an_event_with_plural_subjects():
    text = "Beim Festakt sprachen Anna Weber und Jan Roth."
    assert speakers(text, ("Anna Weber", "Jan Roth")) == ["Anna Weber", "Jan Roth"]


def test_speaking_without_object_at_an_occasion_any_noun_names():
    text = "Bei der Grundsteinlegung am Montag sprachen Anna Weber und Jan Roth."
    assert speakers(text, ("Anna Weber", "Jan Roth")) == ["Anna Weber", "Jan Roth"]


def test_speaking_without_object_for_a_group_is_a_talk():
    text = "Für das Kollegium sprach die Lehrerin Anna Weber."
    assert speakers(text, ("Anna Weber",)) == ["Anna Weber"]


def test_speaking_with_nothing_said_besides_its_subject_is_a_talk():
    assert speakers("Anschließend sprach Landrat Jan Roth.", ("Jan Roth",)) == ["Jan Roth"]


def test_opening_a_day_or_assembly_is_a_talk():
    text = "Am Montag eröffnete Landrat Jan Roth den 12. Gemeindetag."
    assert speakers(text, ("Jan Roth",)) == ["Jan Roth"]


def test_opening_on_a_weekday_a_shop_is_no_talk():
    text = "Bürgermeister Jan Roth eröffnete am Dienstag die neue Filiale."
    assert speakers(text, ("Jan Roth",)) == []


def test_speaking_with_someone_at_an_occasion_is_no_talk():
    text = "Bei der Grundsteinlegung sprach Anna Weber mit den Nachbarn."
    assert speakers(text, ("Anna Weber",)) == []


def test_weak_speech_verb_without_an_event_is_no_talk():
    assert speakers("Anna Weber sprach von einem Erfolg.", ("Anna Weber",)) == []


def test_passive_agent_after_vom_and_a_title():
    text = "Moderiert vom Vorsitzenden Jan Roth feierte der Verein sein Jubiläum."
    assert speakers(text, ("Jan Roth",)) == ["Jan Roth"]


def test_names_after_mit_following_a_panel_noun():
    text = "Es folgte ein Podiumsgespräch mit der Leiterin der Oper Anna Weber und dem Preisträger Jan Roth."
    assert speakers(text, ("Anna Weber", "Jan Roth")) == ["Anna Weber", "Jan Roth"]


def test_a_conversation_with_someone_is_no_panel():
    assert speakers("Im Gespräch mit Anna Weber ging es um Geld.", ("Anna Weber",)) == []


def test_agent_of_another_participle_by_its_morphology_is_no_speaker(nlp):
    text = "Moderiert von Jan Roth und musikalisch begleitet von Eva Klein feierte die Hochschule."
    assert rule_speakers(nlp, text) == ["Jan Roth"]


def test_listed_names_with_an_adverb_in_an_apposition(nlp):
    text = "Beim Festakt sprachen Anna Weber, seinerseits Vorsitzende des Vereins, und Jan Roth."
    assert rule_speakers(nlp, text) == ["Anna Weber", "Jan Roth"]


def test_fronted_neben_phrase_shares_the_talk_verb():
    text = "Neben Landrat Jan Roth sprach beim Festakt auch Anna Weber."
    assert sorted(speakers(text, ("Jan Roth", "Anna Weber"))) == ["Anna Weber", "Jan Roth"]


def test_neben_phrase_of_another_clause_is_no_speaker():
    text = "Neben Jan Roth waren viele Gäste da, beim Festakt sprach Anna Weber."
    assert speakers(text, ("Jan Roth", "Anna Weber")) == ["Anna Weber"]


def test_genitive_after_a_speech_noun_is_the_speaker():
    text = "Die Ansprache des Bürgermeisters Jan Roth war kurz."
    assert speakers(text, ("Jan Roth",)) == ["Jan Roth"]


def test_genitive_of_a_speech_noun_past_the_titles_adjective(nlp):
    text = "Mit einer Ansprache des Ersten Beigeordneten Jan Roth endete die Versammlung."
    assert rule_speakers(nlp, text) == ["Jan Roth"]


def test_a_coordinated_speaker_after_an_article_and_a_titles_adjective(nlp):
    text = "Grußworte überbrachten Landrat Jan Roth und die katholische Pfarrerin Anna Weber."
    assert rule_speakers(nlp, text) == ["Jan Roth", "Anna Weber"]


def test_genitive_after_a_presentation_noun_is_its_object():
    text = "Es folgte die Vorstellung der Kandidaten Jan Roth und Anna Weber."
    assert speakers(text, ("Jan Roth", "Anna Weber")) == []


def test_possessive_talk_nouns_of_greeting_and_taking_office():
    for text, name in (
        ("In ihrer Grußbotschaft betonte Anna Weber die Bedeutung des Ehrenamts.", "Anna Weber"),
        ("In seinen Begrüßungsworten dankte Jan Weber allen Helfern.", "Jan Weber"),
        ("In ihrer Amtsantrittsrede versprach Anna Weber mehr Transparenz.", "Anna Weber"),
    ):
        assert speakers(text, (name,)) == [name], text


def test_ergriff_das_wort():
    assert speakers("Anschließend ergriff Jan Roth das Wort.", ("Jan Roth",)) == ["Jan Roth"]


def test_attribution_placed_at_a_ceremony_by_its_noun():
    text = "„Wir sind dankbar“, so Ministerin Eva Roth bei der Vereidigung der Anwärter."
    assert speakers(text, ("Eva Roth",)) == ["Eva Roth"]


def test_copula_at_an_event_says_nothing(nlp):
    text = "Eva Gehm und Jan Wille sind die Preisträger, die auf der Tagung ausgezeichnet wurden."
    doc = tagged(nlp, text)
    assert doc._.kg_speakers == []


def test_words_addressed_to_the_audience_are_a_talk():
    text = "Bürgermeister Peter Lang richtete einige Worte an die Gäste."
    assert speakers(text, ("Peter Lang",)) == ["Peter Lang"]


def test_a_look_directed_somewhere_is_no_talk():
    assert speakers("Peter Lang richtete den Blick auf die Gäste.", ("Peter Lang",)) == []


def test_the_agent_of_a_topping_out_speech_is_its_speaker():
    text = "Nach dem Richtspruch von Peter Lang besichtigten die Gäste das Gebäude."
    assert speakers(text, ("Peter Lang",)) == ["Peter Lang"]


def test_the_one_given_the_floor_is_a_speaker():
    text = "Bürgermeisterin Eva Alt übergab das Wort an den Ersten Stadtrat Jan Roth."
    assert "Jan Roth" in speakers(text, ("Eva Alt", "Jan Roth"))


def test_a_prize_handed_over_is_no_floor():
    assert speakers("Eva Alt übergab den Preis an Jan Roth.", ("Eva Alt", "Jan Roth")) == []


def test_referent_opening_the_clause_before_its_verb_is_a_speaker(nlp):
    text = "Als Referent tauschte sich Jan Roth mit den Gästen über Pflege aus."
    assert rule_speakers(nlp, text) == ["Jan Roth"]


def test_referent_with_a_field_is_a_job_title(nlp):
    text = "Als Referentin für Bildung arbeitet Eva Alt bei der Stadt Nordheim."
    doc = tagged(nlp, text)
    assert doc._.kg_speakers == []


def test_taking_the_floor_with_sich_zu_wort_melden():
    assert speakers("Beim Fachtag meldete sich auch Jan Roth zu Wort.", ("Jan Roth",)) == ["Jan Roth"]


def test_taking_the_floor_with_zu_wort_kommen():
    found = speakers("Beim Fachtag kamen Jan Roth und Eva Alt zu Wort.", ("Jan Roth", "Eva Alt"))
    assert found == ["Jan Roth", "Eva Alt"]


def test_coming_somewhere_is_no_floor():
    assert speakers("Zum Fachtag kam Jan Roth mit dem Zug.", ("Jan Roth",)) == []


def test_reporting_somewhere_is_no_floor():
    assert speakers("Jan Roth meldete sich beim Amt.", ("Jan Roth",)) == []


def test_names_counted_among_the_speakers_are_speakers():
    text = "Zu den Rednern beim Festakt gehörten Jan Roth und Eva Alt."
    assert sorted(speakers(text, ("Jan Roth", "Eva Alt"))) == ["Eva Alt", "Jan Roth"]


def test_names_counted_among_the_guests_are_no_speakers():
    assert speakers("Zu den Gästen gehörten Jan Roth und Eva Alt.", ("Jan Roth", "Eva Alt")) == []


def test_base_of_a_particle_verb_of_saying_without_its_particle_is_no_speech(nlp):
    doc = tagged(nlp, "Bei der Jahresversammlung stellte sich Tom Berger zur Wahl.")
    assert doc._.kg_speakers == []


def test_particle_verb_of_saying_with_its_particle_at_the_clause_end_is_speech(nlp):
    doc = tagged(nlp, "Bei der Jahresversammlung stellte Tom Berger fest, dass die Kasse stimme.")
    assert [s.person.text for s in doc._.kg_speakers] == ["Tom Berger"]


def test_possessive_before_a_talk_noun_is_no_talk_of_a_person_of_the_other_gender(nlp):
    text = (
        "Der Geschäftsführer wies in seiner Begrüßung darauf hin, dass es den Campus nur dank der "
        "früheren Bürgermeisterin Rita Roth gebe."
    )
    assert tagged(nlp, text)._.kg_speakers == []


def test_possessive_before_a_talk_noun_is_the_talk_of_the_person_of_its_gender(nlp):
    assert rule_speakers(nlp, "In ihrer Rede dankte Bürgermeisterin Eva Roth allen Helfern.") == ["Eva Roth"]


def test_occasion_named_inside_the_quote_is_no_event_of_the_speech(nlp):
    text = "„Bei der Sitzung des Kreistags geht es heute um Geld“, so Diakonin Eva Roth."
    assert tagged(nlp, text)._.kg_speakers == []


def test_bullet_lines_under_a_talk_lead_list_speakers(nlp):
    text = (
        "Die Referentinnen und Referenten beleuchteten das Thema:\n"
        "- Eva Sand, Stadtwerke Nordheim: Datenschutz\n"
        "- Jens Olt, Hochschule Südtal: Cloud\n"
        "Danach gab es Kaffee mit Tim Lau."
    )
    assert rule_speakers(nlp, text) == ["Eva Sand", "Jens Olt"]


def test_bullet_lines_under_a_lead_without_talk_list_no_speakers(nlp):
    text = "Zum Vorstand des Vereins gehören:\n- Eva Sand\n- Jens Olt"
    assert tagged(nlp, text)._.kg_speakers == []


def test_greeting_at_an_occasion_is_a_talk(nlp):
    doc = tagged(nlp, "Bei einer Feierstunde begrüßte Geschäftsführer Stefan Albrecht die neue Kollegin.")
    assert [s.person.text for s in doc._.kg_speakers] == ["Stefan Albrecht"]


def test_noun_apposed_before_the_name_after_its_article_leads_to_the_agent(nlp):
    doc = tagged(nlp, "Moderiert wurde die Runde von der Journalistin Katrin Busch.")
    assert [s.person.text for s in doc._.kg_speakers] == ["Katrin Busch"]


def test_present_tense_talk_with_a_talk_noun_announces_a_speaker(nlp):
    doc = tagged(nlp, "Die Laudatio hält der frühere Bundesumweltminister Klaus Töpfer.")
    assert [s.person.text for s in doc._.kg_speakers] == ["Klaus Töpfer"]


def test_welcoming_first_year_students_is_a_talk(nlp):
    doc = tagged(nlp, "Präsidentin Ute Lehmann hieß die Erstsemester in der Aula willkommen.")
    assert [s.person.text for s in doc._.kg_speakers] == ["Ute Lehmann"]


def test_names_listed_after_other_names_are_no_agents_of_an_earlier_talk(nlp):
    text = "Im Anschluss an den Vortrag von Jens Olt diskutierten Eva Sand und Tim Lau beim Kaffee."
    assert "Tim Lau" not in rule_speakers(nlp, text)


def spoke(nlp, text):
    return [link.person.text for link in tagged(nlp, text)._.kg_speakers]


def test_given_the_floor_with_an_adverb_before_an(nlp):
    text = "Der Empfang fand im Rathaus statt. Eva Sand übergab das Wort danach an Stadtrat Jens Olt."
    assert "Jens Olt" in spoke(nlp, text)


def test_given_the_floor_in_the_dative(nlp):
    text = "Der Empfang fand im Rathaus statt. Dann erteilte die Vorsitzende dem Stadtrat Jens Olt das Wort."
    assert spoke(nlp, text) == ["Jens Olt"]


def test_won_for_a_talk_in_the_passive(nlp):
    text = "Der Kulturpreis wurde verliehen. Für die Laudatio konnten Eva Sand und Jens Olt gewonnen werden."
    assert spoke(nlp, text) == ["Eva Sand", "Jens Olt"]


def test_a_game_won_is_no_talk(nlp):
    assert spoke(nlp, "Die Gala fand im Schloss statt. Das Spiel wurde von Jens Olt gewonnen.") == []


def test_es_diskutierten_introduces_the_listed_speakers(nlp):
    assert spoke(nlp, "Es diskutierten Jens Olt und Eva Sand über die Zukunft der Pflege.") == [
        "Jens Olt",
        "Eva Sand",
    ]


def test_agent_of_an_overview_noun_is_a_speaker():
    found = speakers("Dann folgte ein Überblick über die Pflegeschule durch Jan Roth.", ("Jan Roth",))
    assert found == ["Jan Roth"]


def test_conductor_of_an_ensemble_opening_an_evening_is_no_speaker(nlp):
    text = "Beim Fest spielte Musik. Das Jugendorchester unter der Leitung von Jan Roth eröffnete den Abend."
    assert tagged(nlp, text)._.kg_speakers == []


def test_attributive_participle_the_tagger_reads_as_finite_keeps_its_agent(nlp):
    text = "Das von Eva Kunz moderierte Gespräch beim Fachtag fand viel Anklang."
    assert rule_speakers(nlp, text) == ["Eva Kunz"]


def test_subject_of_a_verb_delivering_a_talk_noun_is_a_speaker(nlp):
    text = "Beim Fachtag richtete Eva Kunz ein Grußwort an die Gäste."
    assert rule_speakers(nlp, text) == ["Eva Kunz"]


def test_presenting_a_new_holder_of_a_title_is_no_talk(nlp):
    text = "Beim Fachtag stellte Landrat Jan Roth die neue Amtsleiterin vor."
    assert rule_speakers(nlp, text) == []


def test_subjects_giving_impulses_are_speakers(nlp):
    text = "Beim Fachtag gaben Eva Kunz und Tom Lenz kurze Impulse zur Pflege."
    assert rule_speakers(nlp, text) == ["Eva Kunz", "Tom Lenz"]


def test_subject_of_a_clause_final_talk_verb_after_a_conjunction_is_a_speaker(nlp):
    text = "Den Fachtag eröffnete Eva Kunz, bevor Jan Roth über Pflegeroboter referierte."
    assert rule_speakers(nlp, text) == ["Eva Kunz", "Jan Roth"]


def test_a_name_whose_talk_verb_is_left_out_shares_it(nlp):
    text = "Beim Fachtag sprach Eva Kunz über Demenz, Jan Roth über Pflegeroboter."
    found = [(s.person.text, s.extra["topic"]) for s in tagged(nlp, text)._.kg_speakers]
    assert found == [("Eva Kunz", "Demenz"), ("Jan Roth", "Pflegeroboter")]


def test_a_name_with_a_verb_of_its_own_shares_no_talk_verb(nlp):
    text = "Beim Fachtag sprach Eva Kunz über Demenz, Jan Roth hörte zu."
    assert rule_speakers(nlp, text) == ["Eva Kunz"]


def test_bullet_line_opening_with_an_academic_title_lists_its_speaker(nlp):
    text = (
        "Die Referentinnen beleuchteten das Thema:\n- Dr. Eva Sand (Stadtwerke Nordheim) über Datenschutz\n"
    )
    assert rule_speakers(nlp, text) == ["Eva Sand"]


def test_bullet_line_with_its_speaker_in_a_bracket_after_the_topic(nlp):
    text = (
        "Die Referentinnen beleuchteten unter anderem:\n- Daten in der Cloud (Dr. Eva Sand, Stadt Nordheim)\n"
        "- Offene Daten (Jens Olt, Hochschule Südtal)\n"
    )
    doc = tagged(nlp, text)
    found = [(s.person.text, s.extra["topic"]) for s in doc._.kg_speakers]
    assert found == [("Eva Sand", "Daten in der Cloud"), ("Jens Olt", "Offene Daten")]


def test_the_rest_of_a_bullet_line_after_its_colon_is_the_topic(nlp):
    text = "Die Referentinnen beleuchteten das Thema:\n- Eva Sand, Stadtwerke Nordheim: Daten im Amt\n"
    assert [s.extra["topic"] for s in tagged(nlp, text)._.kg_speakers] == ["Daten im Amt"]


def test_names_listed_after_a_preposition_are_no_subjects_of_the_talk_verb(nlp):
    text = (
        "Kiel – Zu ihrem Empfang hat Eva Kunz gemeinsam mit den Beigeordneten Jan Roth, Tim Lau und "
        "Ute Alt die Gäste begrüßt."
    )
    assert rule_speakers(nlp, text) == ["Eva Kunz"]


def test_fronted_talk_noun_with_a_topic_attached_before_its_verb():
    text = "Einen Impuls zum Thema Ehrenamt gab Julia Brandt."
    assert speakers(text, ("Julia Brandt",)) == ["Julia Brandt"]


def test_fronted_talk_noun_with_a_genitive_before_its_verb():
    text = "Die Moderation des Abends übernahm Julia Brandt."
    assert speakers(text, ("Julia Brandt",)) == ["Julia Brandt"]


def test_talk_noun_inside_a_fronted_prepositional_phrase_is_no_fronted_object():
    text = "Nach dem Vortrag zum Ehrenamt übernahm Julia Brandt die Leitung des Amtes."
    assert speakers(text, ("Julia Brandt",)) == []


def test_plural_presenting_verb_after_a_fronted_singular_object_has_its_subjects_after_it(nlp):
    doc = tagged(nlp, "Die Plattform stellten Landrat Jan Roth und Eva Sand am Mittwoch vor.")
    assert [s.person.text for s in doc._.kg_speakers] == ["Jan Roth", "Eva Sand"]


def test_plural_presenting_verb_after_das_has_its_subjects_after_it(nlp):
    doc = tagged(nlp, "Das stellten Landrat Jan Roth und Eva Sand am Mittwoch vor.")
    assert [s.person.text for s in doc._.kg_speakers] == ["Jan Roth", "Eva Sand"]


def test_pronoun_subject_of_a_talk_verb_is_the_person_it_refers_to(nlp):
    doc = tagged(nlp, "Karl Weiß kam aus Kiel. Am Nachmittag referierte er über Datenschutz.")
    assert [s.person.text for s in doc._.kg_speakers] == ["Karl Weiß"]


def test_pronoun_after_a_noun_subject_is_no_speaker(nlp):
    assert rule_speakers(nlp, "Jana Sommer kam aus Kiel. Der Landrat begrüßte sie beim Festakt.") == []


def test_numbered_group_subject_of_a_talk_verb_is_each_listed_person(nlp):
    doc = tagged(
        nlp, "Jana Sommer und Karl Weiß leiten das Projekt. Die beiden referierten über Datenschutz."
    )
    assert [s.person.text for s in doc._.kg_speakers] == ["Jana Sommer", "Karl Weiß"]


def test_numbered_group_of_things_is_no_speaker(nlp):
    doc = tagged(
        nlp, "Jana Sommer und Karl Weiß leiten das Projekt. Die beiden Firmen referierten über Daten."
    )
    assert doc._.kg_speakers == []


def test_plural_speaker_title_after_als_names_each_listed_person(nlp):
    doc = tagged(nlp, "Als Laudatoren konnten Jana Sommer und Karl Weiß gewonnen werden.")
    assert [s.person.text for s in doc._.kg_speakers] == ["Jana Sommer", "Karl Weiß"]


def test_fronted_plural_talk_noun_makes_the_listed_subjects_speakers(nlp):
    doc = tagged(nlp, "Festansprachen hielten die Ministerin Jana Sommer und der Landrat Karl Weiß.")
    assert [s.person.text for s in doc._.kg_speakers] == ["Jana Sommer", "Karl Weiß"]


def test_a_talk_verb_with_a_reflexive_object_is_no_talk(nlp):
    doc = tagged(nlp, "Beim Besuch informierte sich Landrat Tim Ost über die Ausstattung der Wehr.")
    assert doc._.kg_speakers == []


def test_a_talk_verb_with_an_audience_object_is_a_talk(nlp):
    doc = tagged(nlp, "Landrat Tim Ost informierte die Gäste über die Ausstattung der Wehr.")
    assert [s.person.text for s in doc._.kg_speakers] == ["Tim Ost"]


def test_giving_insights_in_the_plural_is_a_talk(nlp):
    assert rule_speakers(nlp, "Eva Sand gab beim Fachtag Einblicke in ihre Arbeit.") == ["Eva Sand"]


def test_a_noun_of_giving_insights_fronted_before_its_verb_is_a_talk(nlp):
    assert rule_speakers(nlp, "Einblicke in ihre Arbeit gab Eva Sand beim Fachtag.") == ["Eva Sand"]


def test_a_preposition_opening_the_sentence_is_no_fronted_particle_noun(nlp):
    assert rule_speakers(nlp, "Vor dem Rathaus stellte Eva Sand ihr Fahrrad ab.") == []


def test_the_subject_of_standing_on_the_stage_spoke(nlp):
    assert rule_speakers(nlp, "Beim Fachtag stand auch Eva Sand auf der Bühne.") == ["Eva Sand"]


def test_the_subject_of_stepping_up_to_the_lectern_spoke(nlp):
    assert rule_speakers(nlp, "Beim Fachtag trat Eva Sand ans Rednerpult.") == ["Eva Sand"]


def test_the_subject_of_sitting_in_a_panel_took_part_in_it(nlp):
    assert rule_speakers(nlp, "In der anschließenden Podiumsrunde saß auch Eva Sand.") == ["Eva Sand"]


def test_the_subjects_of_a_strong_verbs_past_plural_of_stepping_on_stage_spoke(nlp):
    found = rule_speakers(nlp, "Beim Fachtag traten Eva Sand und Jan Roth ans Rednerpult.")
    assert sorted(found) == ["Eva Sand", "Jan Roth"]


def test_the_subject_of_sitting_in_the_audience_did_not_speak(nlp):
    assert rule_speakers(nlp, "Beim Fachtag saß auch Eva Sand im Publikum.") == []


def test_the_subject_of_another_clause_than_the_stage_s_did_not_speak(nlp):
    assert rule_speakers(nlp, "Die Band stand auf der Bühne, während Eva Sand im Publikum saß.") == []


def test_names_completing_a_panel_the_sentence_before_names(nlp):
    text = "Die Podiumsdiskussion beginnt um acht. Ergänzt wird die Runde um Eva Sand und Jan Roth."
    assert [s.person.text for s in tagged(nlp, text)._.kg_speakers] == ["Eva Sand", "Jan Roth"]


def test_names_completing_a_team_are_no_panel(nlp):
    assert rule_speakers(nlp, "Das Team wird durch Eva Sand verstärkt.") == []


def test_names_that_agreed_to_take_part_in_a_panel(nlp):
    doc = tagged(nlp, "Für die Gesprächsrunde haben Eva Sand und Jan Roth zugesagt.")
    assert [s.person.text for s in doc._.kg_speakers] == ["Eva Sand", "Jan Roth"]


def test_the_agent_of_greeting_an_audience_in_the_passive_spoke(nlp):
    doc = tagged(nlp, "Am Abend wurden die Gäste von Bürgermeisterin Eva Sand begrüßt.")
    assert [s.person.text for s in doc._.kg_speakers] == ["Eva Sand"]


def test_the_agent_of_greeting_a_colleague_in_the_passive_gave_no_talk(nlp):
    assert rule_speakers(nlp, "Die neue Kollegin wurde von Bürgermeisterin Eva Sand begrüßt.") == []


def test_referents_invited_after_als_are_speakers(nlp):
    doc = tagged(nlp, "Beim Empfang waren als Referenten Eva Sand und Jan Roth geladen.")
    assert [s.person.text for s in doc._.kg_speakers] == ["Eva Sand", "Jan Roth"]


def test_fronted_passive_participle_with_a_noun_before_the_agent(nlp):
    assert rule_speakers(nlp, "Moderiert wurde die Runde von Journalistin Eva Sand.") == ["Eva Sand"]


def test_separable_verb_of_presenting_darstellen(nlp):
    assert rule_speakers(nlp, "Anschließend stellte Eva Sand die Ergebnisse der Studie dar.") == ["Eva Sand"]


def test_singular_speaker_noun_opening_a_copula_in_an_article_about_an_event(nlp):
    text = "Die Fachtagung „Boden im Blick“ fand in Südtal statt. Referentin war Eva Sand vom Landesamt."
    assert rule_speakers(nlp, text) == ["Eva Sand"]


def test_singular_referent_without_an_event_is_no_speaker(nlp):
    assert tagged(nlp, "Referentin der Stadt ist Eva Sand.")._.kg_speakers == []


def test_speech_verb_addressing_an_audience_is_a_talk(nlp):
    text = "Jan Roth erklärte den Zuhörern, wie die Anlage funktioniert."
    assert rule_speakers(nlp, text) == ["Jan Roth"]


def test_panel_verb_under_a_moderation_names_every_discussant(nlp):
    text = "Unter der Moderation von Eva Sand diskutierten Jan Roth und Tim Lau über Mieten."
    assert rule_speakers(nlp, text) == ["Eva Sand", "Jan Roth", "Tim Lau"]


def test_speech_verb_in_a_workshop_is_a_talk(nlp):
    text = "In einem Workshop zeigte Eva Sand, wie Kommunen ihre Daten nutzen können."
    assert rule_speakers(nlp, text) == ["Eva Sand"]


def test_speech_verb_in_a_hall_is_no_talk(nlp):
    assert tagged(nlp, "In der Stadthalle sagte Eva Sand, dass sie zufrieden sei.")._.kg_speakers == []


def test_talk_noun_as_the_instrument_of_the_clause(nlp):
    text = "Die Preisträgerin Eva Sand bedankte sich mit einer kurzen Rede."
    assert rule_speakers(nlp, text) == ["Eva Sand"]


def test_panel_list_after_a_colon(nlp):
    text = "Auf dem Podium: Eva Sand (Stadt Südtal), Jan Roth und Tim Lau."
    assert rule_speakers(nlp, text) == ["Eva Sand", "Jan Roth", "Tim Lau"]


def test_fronted_talk_frames_the_verb_after_it(nlp):
    text = "Im anschließenden Impulsvortrag ging Eva Sand auf die Folgen der Hitze ein."
    assert rule_speakers(nlp, text) == ["Eva Sand"]


def test_fronted_talk_does_not_frame_a_dass_clause(nlp):
    text = "In ihrer Rede erinnerte Eva Sand daran, dass Jan Roth den Verein gegründet hatte."
    assert rule_speakers(nlp, text) == ["Eva Sand"]


def test_reporting_von_ones_own_experience_is_a_talk(nlp):
    text = "Anschließend berichteten Eva Sand und Jan Roth von ihren Erfahrungen."
    assert rule_speakers(nlp, text) == ["Eva Sand", "Jan Roth"]


def test_reporting_after_a_name_vom_body_without_a_topic_is_no_talk(nlp):
    assert rule_speakers(nlp, "Eva Sand vom Verein berichtete, dass es regnete.") == []


def test_fronted_talk_noun_object_of_delivering(nlp):
    assert rule_speakers(nlp, "Impulse lieferten Eva Sand und Jan Roth.") == ["Eva Sand", "Jan Roth"]


def test_a_list_debating_a_topic_at_an_event_is_a_panel(nlp):
    text = (
        "Das Forum Ländlicher Raum fand in Nordtal statt. Danach diskutierten Eva Lindner, Jan Roth und "
        "Uwe Seel über die Zukunft der Dorfläden."
    )
    assert rule_speakers(nlp, text) == ["Eva Lindner", "Jan Roth", "Uwe Seel"]


def test_a_list_debating_a_topic_without_an_event_is_no_panel(nlp):
    assert rule_speakers(nlp, "Eva Lindner und Jan Roth diskutierten über die Zukunft der Dorfläden.") == []


def test_a_fronted_plural_referent_title_makes_the_whole_list_speakers(nlp):
    text = (
        "Das Forum Ländlicher Raum fand in Nordtal statt. "
        "Als Referenten konnten Eva Lindner und Jan Roth gewonnen werden."
    )
    assert rule_speakers(nlp, text) == ["Eva Lindner", "Jan Roth"]


def test_a_position_note_in_brackets_after_a_list_opening_is_skipped(nlp):
    text = (
        "Beim Pflegetag in Nordtal ging es um die Zukunft des Berufs.\n"
        "Auf dem Podium (v.l.n.r.): Eva Lindner (Stadt Nordtal), Jan Roth (Klinikum Nordtal) und Uwe Seel."
    )
    assert rule_speakers(nlp, text) == ["Eva Lindner", "Jan Roth", "Uwe Seel"]


def test_a_name_after_gemeinsam_mit_presents_with_the_subject(nlp):
    text = (
        "Das Forum Ländlicher Raum fand in Nordtal statt. "
        "Eva Lindner stellte die Studie gemeinsam mit Jan Roth vor."
    )
    assert rule_speakers(nlp, text) == ["Eva Lindner", "Jan Roth"]


def test_a_name_after_gemeinsam_mit_in_a_greeting_is_no_speaker(nlp):
    text = "Beim Neujahrsempfang in Nordtal begrüßte Eva Lindner gemeinsam mit Jan Roth die Gäste."
    assert rule_speakers(nlp, text) == ["Eva Lindner"]


def test_a_title_in_a_guest_list_makes_no_speaker(nlp):
    text = "Beim Sommerfest in Nordtal war es voll. Unter den Gästen war auch Moderatorin Eva Lindner."
    assert rule_speakers(nlp, text) == []


def test_a_name_after_the_verb_of_a_fronted_speakers_phrase_is_no_prepositions_object(nlp):
    text = "Das Forum Ländlicher Raum fand in Nordtal statt. Unter den Referenten war auch Eva Lindner."
    assert rule_speakers(nlp, text) == ["Eva Lindner"]


def test_a_speaker_addressing_the_guests_is_no_guest(nlp):
    text = (
        "Das Forum Ländlicher Raum fand in Nordtal statt. "
        "Zu den Gästen sprach Bürgermeister Jan Roth über den Haushalt."
    )
    assert rule_speakers(nlp, text) == ["Jan Roth"]


def test_speaker_noun_with_an_event_genitive_opening_a_copula(nlp):
    text = "Die Fachtagung „Boden im Blick“ fand in Südtal statt. Referentin des Abends war Eva Sand."
    assert rule_speakers(nlp, text) == ["Eva Sand"]


def test_speaker_noun_with_a_named_event_s_genitive_opening_a_copula(nlp):
    assert rule_speakers(nlp, "Referentin des Fachtags Bodenschutz war Eva Sand.") == ["Eva Sand"]


def test_speaker_noun_with_beim_and_a_named_event_opening_a_copula(nlp):
    assert rule_speakers(nlp, "Referentin beim Fachtag Bodenschutz war Eva Sand.") == ["Eva Sand"]


def test_a_name_with_the_copula_and_a_talk_part_at_an_event_is_a_speaker(nlp):
    assert rule_speakers(nlp, "Eva Sand war Hauptrednerin beim Fachtag Bodenschutz.") == ["Eva Sand"]


def test_a_name_with_the_copula_and_a_job_title_of_a_body_is_no_speaker(nlp):
    assert rule_speakers(nlp, "Eva Sand war Referentin der Stadt Nordheim.") == []


def test_compound_of_a_talk_part_opening_a_copula(nlp):
    text = "Die Fachtagung „Boden im Blick“ fand in Südtal statt. Hauptredner war Jan Roth vom Landesamt."
    assert rule_speakers(nlp, text) == ["Jan Roth"]


def test_speaker_noun_with_a_bodys_genitive_is_a_job_title(nlp):
    text = "Die Fachtagung „Boden im Blick“ fand in Südtal statt. Referentin der Stadt war Eva Sand."
    assert rule_speakers(nlp, text) == []


def test_topic_preposition_in_a_relative_clause_ending_in_a_weak_talk_verb(nlp):
    text = (
        "Die Fachtagung „Boden im Blick“ fand in Südtal statt. "
        "Mit dabei war Eva Sand, die über ihre Arbeit berichtete."
    )
    assert rule_speakers(nlp, text) == ["Eva Sand"]


def test_every_name_listed_after_the_agent_of_a_plural_talk_noun_speaks(nlp):
    text = "Beim Fachtag gab es Vorträge von Jens Olt, Eva Sand und Tim Lau."
    assert [s.person.text for s in tagged(nlp, text)._.kg_speakers] == ["Jens Olt", "Eva Sand", "Tim Lau"]


def test_names_listed_after_mit_behind_an_agent_do_not_speak(nlp):
    text = "Beim Fachtag gab es einen Vortrag von Jens Olt mit Eva Sand und Tim Lau."
    assert [s.person.text for s in tagged(nlp, text)._.kg_speakers] == ["Jens Olt"]


def test_participants_of_a_panel_named_by_a_copula_speak(nlp):
    text = "Teilnehmer der Podiumsdiskussion waren Jens Olt und Eva Sand."
    assert [s.person.text for s in tagged(nlp, text)._.kg_speakers] == ["Jens Olt", "Eva Sand"]


def test_participants_of_a_meeting_named_by_a_copula_do_not_speak(nlp):
    text = "Teilnehmer der Versammlung waren Jens Olt und Eva Sand."
    assert [s.person.text for s in tagged(nlp, text)._.kg_speakers] == []


def test_names_listed_after_mit_auf_dem_podium_speak(nlp):
    text = "Mit auf dem Podium: Jens Olt, Eva Sand und Tim Lau."
    assert [s.person.text for s in tagged(nlp, text)._.kg_speakers] == ["Jens Olt", "Eva Sand", "Tim Lau"]


def test_fronted_slot_of_the_programme_filled_by_any_full_verb(nlp):
    assert rule_speakers(nlp, "Den musikalischen Auftakt gestaltete Beate Kimm.") == ["Beate Kimm"]


def test_fronted_talk_noun_before_a_verb_of_attending_names_no_speaker(nlp):
    assert rule_speakers(nlp, "Den Vortrag besuchte Beate Kimm mit ihrer Klasse.") == []


def test_a_fronted_thing_before_a_verb_of_presenting_is_its_object_and_the_name_after_the_subject(nlp):
    assert rule_speakers(nlp, "Das Konzept präsentierte Eva Kranich.") == ["Eva Kranich"]


def test_a_fronted_thing_with_a_genitive_attribute_before_a_verb_of_presenting(nlp):
    text = "Die Ergebnisse der Umfrage erläuterte Professorin Eva Kranich."
    assert rule_speakers(nlp, text) == ["Eva Kranich"]


def test_a_fronted_thing_with_an_indefinite_genitive_before_a_verb_of_presenting(nlp):
    text = "Die Ergebnisse einer Befragung präsentierte Eva Kranich."
    assert rule_speakers(nlp, text) == ["Eva Kranich"]


def test_a_fronted_person_noun_before_a_verb_of_presenting_is_its_subject(nlp):
    assert rule_speakers(nlp, "Die Ministerin stellte Eva Kranich vor.") == []


def test_a_fronted_thing_before_a_verb_of_greeting_is_its_subject(nlp):
    assert rule_speakers(nlp, "Das Publikum begrüßte Eva Kranich.") == []


def test_having_the_floor_makes_a_speaker(nlp):
    assert rule_speakers(nlp, "Danach hatte Eva Kranich das Wort.") == ["Eva Kranich"]


def test_having_a_word_without_its_definite_article_is_no_talk(nlp):
    assert rule_speakers(nlp, "Eva Kranich hatte kein gutes Wort für die Pläne übrig.") == []


def test_names_after_neben_before_auch_and_further_names_are_on_the_panel_too(nlp):
    text = "Auf dem Podium saßen neben Eva Kranich auch Tim Sandrock und Ute Berghaus."
    assert sorted(rule_speakers(nlp, text)) == ["Eva Kranich", "Tim Sandrock", "Ute Berghaus"]


def test_the_floor_fronted_before_its_verb_is_its_object_and_the_name_after_the_speaker(nlp):
    assert rule_speakers(nlp, "Das Wort hatte danach Eva Kranich.") == ["Eva Kranich"]


def test_talk_verb_as_the_infinitive_after_the_future_auxiliary(nlp):
    text = "Beim Zukunftsforum Nordtal wird Ida Kern über Solarstrom sprechen."
    assert rule_speakers(nlp, text) == ["Ida Kern"]


def test_talk_verb_as_the_participle_of_the_perfect(nlp):
    text = "Beim Zukunftsforum Nordtal hat Ida Kern über Solarstrom gesprochen."
    assert rule_speakers(nlp, text) == ["Ida Kern"]


def test_referents_expected_at_an_event_are_its_speakers(nlp):
    text = "Zum Zukunftsforum Nordtal werden Ida Kern und Jan Ott als Referenten erwartet."
    assert rule_speakers(nlp, text) == ["Ida Kern", "Jan Ott"]


def test_infinitive_of_opening_after_the_future_auxiliary(nlp):
    text = "Das Zukunftsforum Nordtal wird Landrätin Ida Kern am Montag eröffnen."
    assert rule_speakers(nlp, text) == ["Ida Kern"]


def test_fronted_interrogative_clause_as_the_topic_of_a_reporting_verb(nlp):
    text = "Wie die neue Leitstelle arbeitet, erläuterte Carla Weiss vom Kreis Nordheim."
    assert rule_speakers(nlp, text) == ["Carla Weiss"]


def test_speakers_announced_after_an_expletive_es_in_the_present(nlp):
    text = "Der Fachtag beginnt um neun Uhr. Es sprechen: Lisa Kern (Stadt Nordheim) und Jan Roth."
    assert rule_speakers(nlp, text) == ["Lisa Kern", "Jan Roth"]


def test_speakers_announced_by_a_fronted_talk_infinitive_and_werden(nlp):
    text = "Der Fachtag beginnt um neun Uhr. Referieren werden Lisa Kern und Jan Roth."
    assert rule_speakers(nlp, text) == ["Lisa Kern", "Jan Roth"]


def test_leading_into_the_topic_with_the_infinitive_closing_the_clause(nlp):
    text = "Der Fachtag beginnt um neun Uhr. Lisa Kern wird in das Thema einführen."
    assert rule_speakers(nlp, text) == ["Lisa Kern"]


def test_subject_of_a_verb_of_depicting_with_a_fronted_object_is_a_speaker(nlp):
    text = "Die Sorgen der Eltern schilderte Eva Kranich."
    assert rule_speakers(nlp, text) == ["Eva Kranich"]


def test_thanks_said_at_an_occasion_make_a_speaker(nlp):
    text = "Bei der Jahresversammlung bedankte sich Eva Kranich bei den Mitgliedern."
    assert rule_speakers(nlp, text) == ["Eva Kranich"]


def test_thanks_outside_an_occasion_make_no_speaker(nlp):
    assert rule_speakers(nlp, "Nach dem Unwetter dankte Eva Kranich den Helfern.") == []


def test_a_meeting_after_an_exercise_is_an_occasion_of_speech(nlp):
    text = "Bei der Abschlussbesprechung sagte Eva Kranich, die Übung sei gelungen."
    assert rule_speakers(nlp, text) == ["Eva Kranich"]


def test_a_name_coordinated_with_a_title_and_its_apposed_name_is_a_subject_of_the_talk_verb(nlp):
    text = "Bürgermeisterin Eva Sand und der Leiter des Bauamts, Jan Roth, stellten den Plan vor."
    assert rule_speakers(nlp, text) == ["Eva Sand", "Jan Roth"]


def test_one_name_after_a_plural_verb_and_a_noun_phrase_is_its_object_not_its_subject(nlp):
    text = "Beim Fachtag des Vereins bestätigten die Mitglieder Eva Sand als Vorsitzende."
    assert rule_speakers(nlp, text) == []


def test_von_of_another_noun_before_a_later_talk_noun_names_no_speaker(nlp):
    text = "Zu den Vorhaben von Eva Sand gehört die Einführung einer neuen Software."
    assert rule_speakers(nlp, text) == []


def test_von_after_a_talk_noun_and_its_topic_names_the_speaker(nlp):
    assert rule_speakers(nlp, "Es folgte ein Vortrag zum Thema Datenschutz von Eva Sand.") == ["Eva Sand"]


def test_a_body_after_the_name_is_no_object_of_speaking_at_an_occasion(nlp):
    assert rule_speakers(nlp, "Beim Digitaltag sprach auch Eva Sand vom Rechenzentrum.") == ["Eva Sand"]
