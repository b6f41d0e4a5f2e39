"""Speakers from talk verbs, talk nouns and panels."""

from nlp.relations.testing import annotate


def speakers(text, persons, orgs=()):
    return [s.person.text for s in annotate(text, persons, orgs)._.kg_speakers]


def test_referierte_ueber():
    assert speakers("Mia Probe referierte über Datenschutz.", ("Mia Probe",)) == ["Mia Probe"]


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
